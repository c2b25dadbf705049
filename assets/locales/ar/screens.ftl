### شاشات الواجهة الكاملة: العناوين والمقدمات والنماذج وما تعرضه.

## العرض (الملف الشخصي، v)
display-title = العرض
display-intro = طريقة عرض Stoa لك، على كل جهاز تتصل منه. ← → للاختيار؛ Ctrl-S يحفظ ويطبّق فورًا.
display-language = اللغة
display-language-hint = تلقائي: اللغة التي تحددها إعدادات محلية طرفيتك (LANG)، وإلا فالإنجليزية
display-language-automatic = تلقائي ({ $name })
language-partial = { $name } (جزئية: { $missing } بالإنجليزية)
display-colour = الألوان
display-colour-hint = تلقائي: بالألوان ما لم تكن طرفيتك لا تدعمها أو ترسل NO_COLOR
display-ascii = ASCII فقط
display-ascii-hint = تلقائي: للطرفيات القديمة والإعدادات المحلية غير UTF-8 فقط
display-plain = الوضع البسيط
display-plain-hint = أسطر نصية وخيارات مرقّمة، لقارئات الشاشة؛ اعتبارًا من اتصالك التالي
display-bell = الجرس
display-bell-hint = جرس الطرفية عند وصول إشعار؛ تلقائي: مفعّل
display-saved = حُفظت إعدادات العرض: تُطبَّق أينما اتصلت.
setting-automatic = تلقائي
setting-always = دائمًا
setting-never = أبدًا

## الرئيسية
home-title = الرئيسية
home-title-guest = مرحبًا بك
home-guest-notice = أنت تتصفح بصفتك زائرًا. اضغط s للتسجيل: يستغرق ذلك دقيقة، ويصبح المفتاح الذي اتصلت به وسيلة دخولك. هل أنت عضو بالفعل؟ اتصل بالمفتاح الذي سجّلته، أو بكلمة مرورك:
home-welcome = مرحبًا، { $name }
home-committee-work = لجنة التحرير: { $queue } للمراجعة، { $flags ->
        [zero] لا مشاركات مُبلَّغ عنها
        [one] مشاركة واحدة مُبلَّغ عنها
        [two] مشاركتان مُبلَّغ عنهما
        [few] { $flags } مشاركات مُبلَّغ عنها
        [many] { $flags } مشاركة مُبلَّغ عنها
       *[other] { $flags } مشاركة مُبلَّغ عنها
    } · g ثم m
home-latest-news = آخر الأخبار (g n)
home-public-communities = المجتمعات العامة ({ $n }): g ثم c يوضّح الغرض من كل منها
home-communities-none-joined = المجتمعات ({ $n }): J للانضمام إلى المجتمع المحدد
home-your-communities = مجتمعاتك ({ $n })، ثم المجتمعات الأخرى
home-community-new = { $n } جديد
home-jobs-open = { $n ->
        [zero] لا وظائف مفتوحة (g j)
        [one] وظيفة واحدة مفتوحة (g j)
        [two] وظيفتان مفتوحتان (g j)
        [few] { $n } وظائف مفتوحة (g j)
        [many] { $n } وظيفة مفتوحة (g j)
       *[other] { $n } وظيفة مفتوحة (g j)
    }
home-next-event = الفعالية التالية { $when }:{" "}
home-demo = تشير العلامة [demo] إلى محتوى توضيحي تجريبي، بأشخاص خياليين
home-demo-admin = تشير العلامة [demo] إلى محتوى توضيحي تجريبي؛ للمشرف العام: stoa admin remove-demo

## التسجيل
signup-language-hint = ← → للاختيار؛ يمكن تغييرها لاحقًا من إعدادات العرض في الملف الشخصي (v)
signup-username = اسم المستخدم
signup-display-name = الاسم المعروض
signup-display-name-hint = اسمك كما سيراه الأعضاء الآخرون
signup-organization = المنظمة
signup-organization-hint = جهة عملك؛ اتركه فارغًا إن كنت مستقلًا
signup-region = إقليم منظمة الصحة العالمية
signup-region-hint = ← → للاختيار
signup-time-zone = المنطقة الزمنية
signup-time-zone-hint = مثلًا Africa/Nairobi أو America/Lima أو Asia/Manila أو Europe/Lisbon
signup-policy = السياسة التحريرية
signup-policy-accept = قرأت السياسة التحريرية وأوافق عليها
signup-policy-hint = Enter لقراءتها، Space للتحديد

## المساعدة (?)
help-title = مساعدة: { $about }
help-keys-on = المفاتيح في { $about }
help-everywhere = في كل مكان

## المجتمعات (g c)
communities-title = المجتمعات
count-members = { $n ->
        [zero] لا أعضاء
        [one] عضو واحد
        [two] عضوان
        [few] { $n } أعضاء
        [many] { $n } عضوًا
       *[other] { $n } عضو
    }
count-threads = { $n ->
        [zero] لا مواضيع
        [one] موضوع واحد
        [two] موضوعان
        [few] { $n } مواضيع
        [many] { $n } موضوعًا
       *[other] { $n } موضوع
    }
count-posts = { $n ->
        [zero] لا مشاركات
        [one] مشاركة واحدة
        [two] مشاركتان
        [few] { $n } مشاركات
        [many] { $n } مشاركةً
       *[other] { $n } مشاركة
    }
count-replies = { $n ->
        [zero] لا ردود
        [one] رد واحد
        [two] ردّان
        [few] { $n } ردود
        [many] { $n } ردًّا
       *[other] { $n } رد
    }

## مواضيع المجتمع
threads-sign-up-to-start = سجّل لبدء المواضيع: اضغط g ثم u.
threads-nothing-unread = لا شيء غير مقروء هنا.
threads-marked-read = { $n ->
        [zero] لم يُعلَّم أي موضوع كمقروء.
        [one] عُلِّم موضوع واحد كمقروء.
        [two] عُلِّم موضوعان كمقروءين.
        [few] عُلِّمت { $n } مواضيع كمقروءة.
        [many] عُلِّم { $n } موضوعًا كمقروء.
       *[other] عُلِّم { $n } موضوع كمقروء.
    }
threads-order = المواضيع: { $order } (O مجددًا لترتيب آخر).
order-activity = الأحدث نشاطًا أولًا
order-newest = أحدث المواضيع أولًا
order-replies = الأكثر ردودًا أولًا
threads-sign-up-to-take-part = سجّل للمشاركة
threads-you-are-a-member = أنت عضو
threads-j-to-join = J للانضمام
threads-unread = { $n } غير مقروءة
threads-none-yet-start = لا مواضيع بعد. اضغط n لبدء أول موضوع.
threads-none-yet = لا مواضيع بعد.
threads-could-not-read = تعذّرت قراءة المواضيع: { $error }
threads-column-thread = الموضوع
threads-column-started-by = بدأه
threads-column-replies = الردود
threads-column-re = رد
threads-column-last-post = آخر مشاركة

## الموضوع
thread-new-posts = { $n } جديدة (u)
thread-started-by = بدأه { $name }
thread-pinned = مثبّت
thread-locked = مقفل: لا ردود جديدة
thread-edited-by-committee = عدّلته لجنة التحرير: { $note }
thread-folded = { $n ->
        [zero] لا ردود مطويّة
        [one] رد واحد مطويّ: Enter يعرضه
        [two] ردّان مطويّان: Enter يعرضهما
        [few] { $n } ردود مطويّة: Enter يعرضها
        [many] { $n } ردًّا مطويًّا: Enter يعرضها
       *[other] { $n } رد مطويّ: Enter يعرضها
    }

thread-watching = قيد المتابعة
post-hidden-by = أخفاها { $by }: { $reason }
post-hidden-by-committee-because = أخفتها لجنة التحرير: { $reason }
post-hidden-by-committee = أخفتها لجنة التحرير
post-edited = مُعدَّلة
post-new = جديدة

## الموضوع: ما تقوله مفاتيحه
thread-sign-up-to-watch = سجّل لمتابعة المواضيع: اضغط g ثم u.
thread-now-watching = قيد المتابعة: ستُشعَر بالمشاركات الجديدة هنا (g !).
thread-no-longer-watching = أُوقفت المتابعة: لن تُشعَر إلا بالردود عليك والإشارات إليك.
thread-nothing-to-fold = لا ردود لطيّها تحت هذه المشاركة.
thread-no-unread-left = لم تبقَ مشاركات غير مقروءة في هذا الموضوع.
thread-sign-up-to-reply = سجّل للرد: اضغط g ثم u.
thread-is-locked = هذا الموضوع مقفل: لا يقبل ردودًا جديدة.
thread-reply-to-deleted = حُذفت تلك المشاركة: رُدّ على مشاركة أخرى في الموضوع.
thread-nothing-to-quote = لا شيء للاقتباس الآن.
thread-sign-up-to-bookmark = سجّل لحفظ الإشارات المرجعية: اضغط g ثم u.
thread-bookmark-removed = أُزيلت الإشارة المرجعية.
thread-bookmarked = وُضعت إشارة مرجعية: g b يعرض إشاراتك المرجعية، و e هناك يحدد يومًا للتذكير.
thread-edit-only-own = لا يمكنك تعديل إلا مشاركاتك.
thread-post-was-deleted = حُذفت تلك المشاركة.
sign-up-to-take-part = سجّل للمشاركة: اضغط g ثم u.
thread-already-deleted = تلك المشاركة محذوفة بالفعل.
thread-delete-only-own = لا يمكنك حذف إلا مشاركاتك.
thread-delete-own-question = حذف مشاركتك؟ ستظهر على أنها محذوفة، وتبقى الردود عليها في مكانها.
thread-delete-as-committee-question = حذف مشاركة هذا العضو بصفة لجنة التحرير؟ ستظهر على أنها محذوفة.
thread-sign-up-to-react = سجّل للتفاعل: اضغط g ثم u.
member-pages-for-members = صفحات الأعضاء للأعضاء فقط: سجّل بالضغط على g ثم u.

thread-sign-up-to-flag = سجّل للإبلاغ عن المشاركات: اضغط g ثم u.
thread-flag-own-post = هذه مشاركتك: عدّلها أو احذفها بدلًا من ذلك.
thread-flag-not-shown = تلك المشاركة لم تعد معروضة: لا شيء للإبلاغ عنه.
thread-hide-deleted = حُذفت تلك المشاركة: لا شيء لإخفائه.

quote-heading = **{ $name }** (المشاركة { $post }):
thread-posts-to-quote = { $n ->
        [zero] لا مشاركات للاقتباس.
        [one] مشاركة واحدة للاقتباس: r يرد بها؛ احذف من الرد الأسطر التي لا تريدها.
        [two] مشاركتان للاقتباس: r يرد بهما؛ احذف من الرد الأسطر التي لا تريدها.
        [few] { $n } مشاركات للاقتباس: r يرد بها؛ احذف من الرد الأسطر التي لا تريدها.
        [many] { $n } مشاركةً للاقتباس: r يرد بها؛ احذف من الرد الأسطر التي لا تريدها.
       *[other] { $n } مشاركة للاقتباس: r يرد بها؛ احذف من الرد الأسطر التي لا تريدها.
    }

post-by = المشاركة { $post } بقلم { $name }

## المحرر: موضوع جديد، أو رد، أو تعديل، أو رسالة
composer-new-thread-in = موضوع جديد في { $name }
composer-reply-to = رد على { $name }
composer-reply = رد
composer-new-thread-about-entry = موضوع جديد في { $name } حول مدخل المكتبة هذا
composer-new-thread = موضوع جديد
composer-edit = تعديل
composer-message-to = رسالة إلى { $names }
composer-message = رسالة
composer-new-conversation = محادثة خاصة جديدة
composer-edit-as-committee = تعديل مشاركة { $name } بصفة لجنة التحرير
composer-edit-your-post = تعديل مشاركتك
composer-to = إلى
composer-to-hint = أسماء الأعضاء مفصولة بمسافات؛ committee للجنة التحرير
composer-subject = الموضوع
composer-subject-hint = ما تدور حوله الرسالة، في كلمات قليلة (يمكن تركه فارغًا)
composer-title = العنوان
composer-title-hint = ما يدور حوله الموضوع، في كلمات قليلة؛ Tab ينتقل إلى المشاركة
composer-note = ملاحظة
composer-note-hint = سبب تغيير اللجنة لها: تُعرض مع المشاركة
composer-message-field = الرسالة
composer-post-field = المشاركة
composer-body-hint = *تأكيد* **عريض** `شيفرة` - قوائم > اقتباسات [نص](رابط) @الاسم
composer-esc-goes-back = Esc للرجوع.
composer-draft-back-posts = عادت مسودتك من { $when }. Ctrl-S ينشرها؛ و Esc يتيح لك حفظها أو تجاهلها.
composer-draft-back-saves = عادت مسودتك من { $when }. Ctrl-S يحفظها؛ و Esc يتيح لك حفظها أو تجاهلها.
composer-draft-back-sends = عادت مسودتك من { $when }. Ctrl-S يرسلها؛ و Esc يتيح لك حفظها أو تجاهلها.
composer-ctrl-s-posts = Ctrl-S للنشر. Esc للمغادرة: يمكنك حفظ ما كتبته كمسودة.
composer-ctrl-s-saves = Ctrl-S للحفظ. Esc للمغادرة: يمكنك حفظ ما كتبته كمسودة.
composer-ctrl-s-sends = Ctrl-S للإرسال. Esc للمغادرة: يمكنك حفظ ما كتبته كمسودة.
composer-reply-posted = نُشر الرد.
composer-message-sent = أُرسلت الرسالة.
composer-conversation-started = أُرسلت الرسالة: لا يقرؤها إلا أطراف المحادثة.
composer-post-edited = عُدّلت المشاركة: تُحفظ النسخة السابقة في سجلّها.
composer-thread-started = بدأ الموضوع.

## الإشعارات (g !)
notifications-title = الإشعارات
notifications-marked-read = { $n ->
        [zero] لم يُعلَّم أي إشعار كمقروء.
        [one] عُلِّم إشعار واحد كمقروء.
        [two] عُلِّم إشعاران كمقروءين.
        [few] عُلِّمت { $n } إشعارات كمقروءة.
        [many] عُلِّم { $n } إشعارًا كمقروء.
       *[other] عُلِّم { $n } إشعار كمقروء.
    }
notifications-about = الردود، والإشارات، والمواضيع المتابَعة، والقرارات، والتنبيهات، الأحدث أولًا.
alerts-about = تُشعَر بالفعاليات أو الوظائف الجديدة التي تطابق هذه التنبيهات. على اللوحة: F، ثم a.
notifications-none = لا شيء بعد. ستُشعَر بالردود على مشاركاتك، والإشارات إليك (@الاسم)، والمشاركات الجديدة في المواضيع التي تتابعها (w)، والقرارات بشأن ما تقدّمه.
alerts-none = لا تنبيهات. على لوحة الفعاليات أو الوظائف، صفِّ بالضغط على F، ثم اضغط a.
notice-kind-reply = رد
notice-kind-mention = إشارة
notice-kind-watched = متابَع
notice-kind-decision = قرار
notice-kind-alert = تنبيه
notice-kind-message = رسالة
notice-kind-reaction = تفاعل
notice-kind-reminder = تذكير

notifications-tab = الإشعارات ({ $n } غير مقروءة)
alerts-tab = التنبيهات ({ $n })
composer-placeholder = اكتب هنا. يبدأ Enter سطرًا جديدًا؛ ويرسل Ctrl-S.
composer-wrote = كتب { $name }:
search-language-hint = ما كُتب بها (كما حدّدها الكاتب أو كما اكتُشفت)

## Round 5: the other screens, and what notifications say
conversations-title = الرسائل
conversations-about = { $n ->
        [zero] لا محادثات
        [one] محادثة واحدة
        [two] محادثتان
        [few] { $n } محادثات
        [many] { $n } محادثةً
       *[other] { $n } محادثة
    } · { $unread } غير مقروءة. لا يقرأ المحادثة إلا أطرافها.
conversations-find = بحث: { $words }_  (Enter للبحث، Esc للإنهاء)
conversations-found = { $n ->
        [zero] لا رسائل
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $n } رسائل
        [many] { $n } رسالةً
       *[other] { $n } رسالة
    } عن «{ $words }» (Esc: كل المحادثات)
conversations-numbered = المحادثة { $id }
conversations-none = لا محادثات بعد. اضغط n للكتابة إلى الأعضاء، أو إلى لجنة التحرير (إلى: committee)؛ وفي صفحة العضو، D للكتابة إليه.
conversations-yourself = أنت
conversations-messages = { $n ->
        [zero] لا رسائل
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $n } رسائل
        [many] { $n } رسالةً
       *[other] { $n } رسالة
    }
conversations-a-report = بلاغ
conversations-older = { $n ->
        [zero] لا محادثات أقدم غير معروضة.
        [one] محادثة أقدم واحدة غير معروضة: F يبحث عن كلمات فيها.
        [two] محادثتان أقدم غير معروضتين: F يبحث عن كلمات فيهما.
        [few] { $n } محادثات أقدم غير معروضة: F يبحث عن كلمات فيها.
        [many] { $n } محادثةً أقدم غير معروضة: F يبحث عن كلمات فيها.
       *[other] { $n } محادثة أقدم غير معروضة: F يبحث عن كلمات فيها.
    }
conversations-new = جديدة
conversations-reported = مُبلَّغ عنها: الرسالة رقم { $number } من { $author }، { $when }:
conversations-why = السبب:
conversations-title-about = الرسائل: { $about }
conversations-conversation = المحادثة { $id }
conversations-report-own = هذه رسالتك: لا يُبلَّغ إلا عن رسائل الآخرين.
conversations-report-committee = هذا رد اللجنة: اكتب إليها هنا بدلًا من الإبلاغ عنه.
conversations-message-from = الرسالة رقم { $number } من { $author }
conversations-block-own = هذه رسالتك: حدّد رسالة شخص آخر لحظره.
conversations-committee-does-not-block = لا تحظر اللجنة الأعضاء الذين يكتبون إليها: اكتم حساباتهم من تبويب الأعضاء إن لزم الأمر.
conversations-committee-cannot-be-blocked = لا يمكن حظر لجنة التحرير: تصل ردودها إلى الأعضاء الذين يكتبون إليها.
conversations-all-shown = كل الرسائل معروضة بالفعل.
conversations-with = مع { $names }
conversations-earlier = { $n } أقدم (o)
conversations-unblocked = يمكن لـ { $name } الوصول إليك مجددًا.
conversations-blocked = حُظر { $name }: لم تعد رسائله وإشاراته وردوده تصل إليك (B مجددًا لإلغاء الحظر).
reading-whats-new = ما الجديد
reading-latest = الأحدث
reading-unread = غير المقروء
reading-nothing-unread = لا شيء غير مقروء في مجتمعاتك.
reading-nothing-yet = لا شيء بعد: انضم إلى مجتمعات (g c، ثم J) لمتابعتها هنا.
reading-about-none-joined = أحدث مواضيع المجتمعات التي تنضم إليها.
reading-about-unread = مواضيع فيها مشاركات لم تقرأها، في المجتمعات التي انضممت إليها.
reading-about-since = { $n ->
        [zero] لا مواضيع فيها جديد منذ زيارتك الأخيرة ({ $when }).
        [one] موضوع واحد فيه جديد منذ زيارتك الأخيرة ({ $when }).
        [two] موضوعان فيهما جديد منذ زيارتك الأخيرة ({ $when }).
        [few] { $n } مواضيع فيها جديد منذ زيارتك الأخيرة ({ $when }).
        [many] { $n } موضوعًا فيها جديد منذ زيارتك الأخيرة ({ $when }).
       *[other] { $n } موضوع فيها جديد منذ زيارتك الأخيرة ({ $when }).
    }
reading-about-joined = أحدث مواضيع المجتمعات التي انضممت إليها.
reading-bookmarks = الإشارات المرجعية
reading-bookmarks-about = مشاركات تحتفظ بها. في الموضوع، K يضع إشارة مرجعية على المشاركة المحددة.
reading-bookmarks-none = لا إشارات مرجعية بعد.
reading-remind = تذكير { $day }
reading-post = المشاركة { $post }
reading-remind-on = التذكير في
reading-remind-hint = يوم مثل 2026-12-01؛ فارغ لعدم التذكير
reading-reminder-title = تذكير بالمشاركة { $post }
reading-field-needs-attention = حقل واحد يحتاج إلى انتباه: انظر الرسالة أسفله.
reading-reminded-on = ستُذكَّر في { $day }.
reading-no-reminder = لا تذكير لها.
reading-reminder-intro = في ذلك اليوم (بحسب منطقتك الزمنية)، يعيدك إشعار إلى المشاركة.
history-title = سجلّ المشاركة { $post }
history-never-edited = لم تُعدَّل المشاركة { $post } بقلم { $name } قط.
history-earlier-versions = { $n ->
        [zero] المشاركة { $post } بقلم { $name }: لا نسخ قبل هذه.
        [one] المشاركة { $post } بقلم { $name }: نسخة واحدة قبل هذه، الأحدث أولًا.
        [two] المشاركة { $post } بقلم { $name }: نسختان قبل هذه، الأحدث أولًا.
        [few] المشاركة { $post } بقلم { $name }: { $n } نسخ قبل هذه، الأحدث أولًا.
        [many] المشاركة { $post } بقلم { $name }: { $n } نسخةً قبل هذه، الأحدث أولًا.
       *[other] المشاركة { $post } بقلم { $name }: { $n } نسخة قبل هذه، الأحدث أولًا.
    }
history-now-edited = الآن (عُدّلت { $when })
history-now-written = الآن (كُتبت { $when })
history-version = النسخة { $n } (استُبدلت { $when })
history-some-let-go = لا يُحتفظ إلا بالنسخة الأولى وآخر { $kept } نسخة.
react-none-yet = لا تفاعلات بعد.
react-reaction = التفاعل
react-hint = ← → للاختيار؛ Ctrl-S يمنحه، أو يسحب تفاعلك
react-title = التفاعل مع المشاركة { $post }
react-given = مُنح { $reaction }: سيعلم كاتبها بذلك.
react-taken-back = سُحب { $reaction }.
react-intro = تقول التفاعلات شكرًا دون رد على اتصال بطيء.
react-thanks = شكرًا
react-plus-one = +1
react-insightful = مفيد
post-number-hint = من 1 إلى { $n }
post-number-post = المشاركة
post-number-title = الانتقال إلى مشاركة
post-number-out-of-range = رقم من 1 إلى { $n }
post-number-field-needs-attention = حقل واحد يحتاج إلى انتباه: انظر الرسالة أسفله.
post-number-intro = تُعدّ المشاركات بالترتيب الذي يعرضه الموضوع؛ 1 هي الأولى.
item-corrected = صحّحه { $by } في { $day }: { $reason }
item-withdrawn = سحبته لجنة التحرير: { $reason }
people-title = الأشخاص
people-title-person = الأشخاص: { $name }
people-words = كلمات
people-words-hint = في الاسم أو المنظمة أو الإقليم أو الكفاءات
people-region = الإقليم
people-competency = الكفاءة
people-any = أيّ
people-about = { $n ->
        [zero] لا أعضاء
        [one] عضو واحد
        [two] عضوان
        [few] { $n } أعضاء
        [many] { $n } عضوًا
       *[other] { $n } عضو
    }، حسب المنظمة. F للبحث بالاسم أو الإقليم أو الكفاءة.
people-about-found = { $n ->
        [zero] لا أعضاء
        [one] عضو واحد
        [two] عضوان
        [few] { $n } أعضاء
        [many] { $n } عضوًا
       *[other] { $n } عضو
    }: { $parts } · F لتغيير البحث
people-nobody-matches = لا أحد يطابق البحث.
people-independent = مستقل
people-works-independently = يعمل بشكل مستقل
people-organization = المنظمة
people-region-and-zone = { $region } · المنطقة الزمنية { $zone }
people-competencies = الكفاءات
people-member-since = عضو منذ
people-no-communities = لم ينضم إلى أي مجتمع بعد
people-communities = المجتمعات
people-you-block-them = أنت تحظره: لا يصلك شيء مما يكتبه. B لإلغاء الحظر.
people-no-posts-yet = لا مشاركات بعد.
people-recent-posts = أحدث المشاركات
profile-title = ملفك الشخصي
profile-display-colour = الألوان
profile-display-ascii = ASCII
profile-display-plain = الوضع البسيط
profile-display-bell = الجرس
profile-display-set = { $name } { $setting }
profile-display-all-automatic = كلها تلقائية، بحسب طرفيتك (v)
profile-display-all-set = { $settings } (v)
profile-display-some-set = { $settings }؛ والباقي تلقائي (v)
profile-only-way-to-log-in = هذه وسيلتك الوحيدة لتسجيل الدخول: أضف مفتاحًا آخر أو عيّن كلمة مرور أولًا.
profile-remove-key-question = حذف المفتاح { $key }؟ لن يعود يتيح الدخول إلى حسابك.
profile-remove-session-key-question = حذف المفتاح { $key }؟ لن يعود يتيح الدخول إلى حسابك. أنت متصل به الآن؛ وتبقى هذه الجلسة مفتوحة.
profile-no-comment = (بلا تعليق)
profile-key-added = أُضيف { $date }
profile-this-session = (هذه الجلسة)
profile-fingerprint = البصمة
profile-none = (لا شيء)
profile-region = الإقليم
profile-competencies = الكفاءات
profile-no-competencies = (لا شيء: e لإضافة الكفاءات التي تعمل بها)
profile-time-zone-now = { $zone } (الوقت عندك الآن { $now })
profile-member-since = عضو منذ
profile-password = كلمة المرور
profile-password-set = معيّنة: { $command } يعمل من أي جهاز
profile-password-not-set = غير معيّنة: تسجّل الدخول بمفاتيحك فقط
profile-no-bio = (فارغة: e لكتابة بضعة أسطر عن عملك)
profile-bio = نبذة
profile-ssh-keys = مفاتيح SSH ({ $n })
account-organization-hint = اتركه فارغًا إن كنت تعمل بشكل مستقل
account-bio = نبذة
account-bio-hint = بضعة أسطر عن عملك؛ Enter يبدأ سطرًا جديدًا
account-competencies = الكفاءات
account-competencies-hint = لدليل الأشخاص ولما يبنيها (لتعلّمك)؛ ← → للتنقل، Space للتحديد
account-edit-profile-title = تعديل الملف الشخصي
account-profile-saved = حُفظ الملف الشخصي.
account-edit-profile-intro = كيف يراك الأعضاء الآخرون. Ctrl-S للحفظ، Esc للمغادرة دون حفظ.
account-public-key = المفتاح العام
account-public-key-hint = الصق سطرًا واحدًا، مثلًا محتوى ~/.ssh/id_ed25519.pub
account-add-key-title = إضافة مفتاح SSH
account-key-added = أُضيف المفتاح: يمكنك الآن تسجيل الدخول به أيضًا.
account-add-key-intro = أضف مفتاحًا لتسجيل الدخول من جهاز آخر. على ذلك الجهاز شغّل: cat ~/.ssh/id_ed25519.pub (أو أنشئ مفتاحًا بالأمر ssh-keygen -t ed25519)، ثم الصق السطر هنا. الجزء العام فقط: لا تلصق مفتاحًا خاصًا أبدًا.
account-current-password = كلمة المرور الحالية
account-new-password = كلمة المرور الجديدة
account-new-password-hint = { $min ->
        [zero] بضع كلمات يسهل تذكرها
        [one] حرف واحد على الأقل؛ بضع كلمات يسهل تذكرها
        [two] حرفان على الأقل؛ بضع كلمات يسهل تذكرها
        [few] { $min } أحرف على الأقل؛ بضع كلمات يسهل تذكرها
        [many] { $min } حرفًا على الأقل؛ بضع كلمات يسهل تذكرها
       *[other] { $min } حرف على الأقل؛ بضع كلمات يسهل تذكرها
    }
account-password-again = مرة أخرى
account-password-again-hint = اكتبها مرة أخرى
account-password-title = كلمة المرور
account-password-set = عُيّنت كلمة المرور. من جهاز آخر: { $command }
account-password-intro-unset = عيّن كلمة مرور لتسجيل الدخول من جهاز ليس عليه مفتاحك:
account-password-intro-current = غيّر كلمة مرورك. سجّلت الدخول بها، لذا أدخل كلمة المرور الحالية أولًا.
account-password-intro-key = غيّر كلمة مرورك. سجّلت الدخول بمفتاحك، لذا لا حاجة إلى كلمة المرور الحالية.
search-title = البحث
search-title-asked = البحث: { $words }
search-box = بحث
search-box-hint = Enter للبحث؛ ↓ للانتقال إلى النتائج؛ F لتضييقها
search-type-words = اكتب كلمة أو اثنتين للبحث عنها.
search-about = النقاشات والفعاليات والوظائف والمكتبة والأخبار والأعضاء. تكفي بدايات الكلمات: immun تجد immunisation.
search-narrowed-to = مضيَّق إلى { $parts }.
search-results = { $n ->
        [zero] لا نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $n } نتائج
        [many] { $n } نتيجةً
       *[other] { $n } نتيجة
    } · F للتضييق
search-results-narrowed = { $n ->
        [zero] لا نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $n } نتائج
        [many] { $n } نتيجةً
       *[other] { $n } نتيجة
    } · { $parts } · F للتضييق
search-nothing-found = لم يُعثر على شيء. جرّب كلمات أقل أو أقصر، أو عوامل تصفية أقل.
search-filter-community = في { $name }
search-filter-since = منذ { $day }
search-filter-language = بـ{ $name }
search-kind-discussion = النقاشات
search-kind-event = الفعاليات
search-kind-job = الوظائف والفرص
search-kind-resource = الموارد
search-kind-practice = الممارسات
search-kind-news = الأخبار
search-kind-member = الأعضاء
menu-title = انتقال إلى
menu-events = الفعاليات
menu-jobs = الوظائف والفرص
menu-library = المكتبة
menu-news = الأخبار
menu-strategies = الاستراتيجيات
menu-people = الأشخاص
menu-messages = الرسائل
menu-whats-new = ما الجديد
menu-bookmarks = الإشارات المرجعية
menu-submissions = مقترحاتي
menu-profile = ملفك الشخصي
menu-sign-up = التسجيل
menu-moderation = الإشراف
menu-policy = السياسة التحريرية
confirm-title = تأكيد
confirm-post-deleted = حُذفت المشاركة: تبقى الردود عليها في مكانها.
confirm-key-removed = حُذف المفتاح.
confirm-job-closed = أُغلقت: نُقلت إلى الأرشيف.
confirm-could-not-keep-draft = تعذّر حفظ المسودة: { $error }
confirm-leave-title = مغادرة
confirm-leave-composer-question = مغادرة المحرر؟ احفظ ما كتبته كمسودة، وسيعود في المرة القادمة التي تكتب فيها هنا.
events-title = الفعاليات
events-title-past = الفعاليات: السابقة
events-title-mine = الفعاليات: فعالياتي
events-title-learning = الفعاليات: لتعلّمك
events-tab-upcoming = القادمة
events-tab-past = السابقة
events-tab-mine = فعالياتي
events-tab-learning = لتعلّمك
events-kind-conference = مؤتمر
events-kind-call-for-papers = دعوة لتقديم أوراق
events-kind-training = تدريب
events-kind-webinar = ندوة عبر الإنترنت
events-kind-meeting = اجتماع
events-kind-other = فعالية أخرى
events-place-online = عبر الإنترنت
events-place-town-and-online = { $town } وعبر الإنترنت
events-filter-any = أيّ
events-filter-kind = النوع
events-filter-region = الإقليم
events-filter-strategy = الاستراتيجية
events-filter-month = الشهر
events-filter-month-hint = مثلًا 2027-01؛ فارغ لأي شهر
events-filter-competency = الكفاءة
events-filter-competency-hint = ← → للاختيار: ما تساعد الأعضاء على تعلّمه
events-filter-audience = لمن
events-filter-audience-hint = ← → للاختيار: الفئة الموجّهة إليها
events-filter-for-audience = لـ{ $audience }
events-month-format = اكتب الشهر بالشكل 2027-01
events-mine-about = الفعاليات التي أجبت عنها: سأحضر أو مهتم.
events-learning-count = { $n ->
        [zero] لا فعاليات تبني كفاءات ملفك الشخصي. F للتصفية.
        [one] فعالية واحدة تبني كفاءات ملفك الشخصي، التدريبات أولًا. F للتصفية.
        [two] فعاليتان تبنيان كفاءات ملفك الشخصي، التدريبات أولًا. F للتصفية.
        [few] { $n } فعاليات تبني كفاءات ملفك الشخصي، التدريبات أولًا. F للتصفية.
        [many] { $n } فعاليةً تبني كفاءات ملفك الشخصي، التدريبات أولًا. F للتصفية.
       *[other] { $n } فعالية تبني كفاءات ملفك الشخصي، التدريبات أولًا. F للتصفية.
    }
events-all-count = { $n ->
        [zero] لا فعاليات. F للتصفية.
        [one] فعالية واحدة، بتوقيت منطقتك الزمنية. F للتصفية.
        [two] الفعاليتان كلتاهما، بتوقيت منطقتك الزمنية. F للتصفية.
       *[other] جميع الفعاليات ({ $n })، بتوقيت منطقتك الزمنية. F للتصفية.
    }
events-filtered-count = { $n ->
        [zero] لا فعاليات: { $filter } · F لتغيير التصفية
        [one] فعالية واحدة: { $filter } · F لتغيير التصفية
        [two] فعاليتان: { $filter } · F لتغيير التصفية
        [few] { $n } فعاليات: { $filter } · F لتغيير التصفية
        [many] { $n } فعاليةً: { $filter } · F لتغيير التصفية
       *[other] { $n } فعالية: { $filter } · F لتغيير التصفية
    }
events-sign-up-for-my-events = سجّل للاحتفاظ بقائمة فعاليات.
events-mine-none = لا شيء بعد: افتح فعالية واضغط y (سأحضر) أو i (مهتم).
events-learning-no-competencies = حدّد في ملفك الشخصي الكفاءات التي تبنيها (g y، e) لرؤية الفعاليات التي تبنيها.
events-learning-none = لا توجد فعالية قادمة تبني الكفاءات المذكورة في ملفك الشخصي.
events-none-match = لا فعاليات تطابق هذه التصفية.
events-none-yet = لا فعاليات بعد. اضغط n لتقديم فعالية.
events-withdrawn-by-committee = سحبتها اللجنة
events-going-interested = سيحضر: { $going }، مهتمون: { $interested }
events-deadline-mark = الموعد النهائي { $date }
events-sign-up-to-save-alerts = سجّل لحفظ التنبيهات: اضغط g ثم u.
events-alert-saved = حُفظ التنبيه: ستُشعَر بـ{ $alert }. تجده تحت g ثم !.
events-sign-up-to-submit = سجّل للتقديم إلى اللوحات: اضغط g ثم u.
events-withdraw-about = الفعالية «{ $title }» من { $name }
events-event-title = فعالية: { $title }
events-event-number = الفعالية { $id }
events-sign-up-to-answer = سجّل للإجابة عن الفعاليات: اضغط g ثم u.
events-answered = { $answer ->
        [going] ستحضر — تجدها تحت «فعالياتي». سيحضر: { $going }، مهتمون: { $interested }.
       *[interested] أنت مهتم — تجدها تحت «فعالياتي». سيحضر: { $going }، مهتمون: { $interested }.
    }
events-answer-taken-back = سُحبت الإجابة.
events-not-found = غير موجودة.
events-kind-organized-by = { $kind } · ينظّمها { $organizer }
events-field-when = متى
events-when-yours = { $span } بتوقيتك ({ $zone })
events-when-organizers = { $span } بتوقيت { $zone }، توقيت المنظِّم
events-field-where = أين
events-field-online = عبر الإنترنت
events-field-deadline = الموعد النهائي
events-deadline-closes = { $date } (يُغلق { $until })
events-deadline-passed = { $date } (انقضى)
events-field-strategy = الاستراتيجية
events-field-region = الإقليم
events-field-competency = الكفاءة
events-field-audience = لمن
events-field-tags = الوسوم
events-field-answers = الإجابات
events-answers = سيحضر: { $going } · مهتمون: { $interested }
events-answers-yours = أنت: { $answer ->
        [going] ستحضر
       *[interested] مهتم
    }
events-posted-by-on = نشرها { $name } في { $date }.
jobs-title = الوظائف والفرص
jobs-title-archive = الوظائف: الأرشيف
jobs-tab-open = المفتوحة
jobs-tab-archive = الأرشيف
jobs-kind-job = وظيفة
jobs-kind-training = تدريب
jobs-kind-education = فرصة تعليمية
jobs-place-remote = عن بُعد
jobs-place-town-or-remote = { $town } أو عن بُعد
jobs-filter-any = أيّ
jobs-filter-kind = النوع
jobs-filter-region = الإقليم
jobs-filter-remote = عن بُعد
jobs-filter-remote-only = عن بُعد فقط (Space للتحديد)
jobs-filter-competency = الكفاءة
jobs-filter-part-remote = عن بُعد
jobs-open-count = { $n ->
        [zero] لا عناصر مفتوحة. F للتصفية.
        [one] عنصر واحد مفتوح، الأقرب إغلاقًا أولًا. F للتصفية.
        [two] عنصران مفتوحان، الأقرب إغلاقًا أولًا. F للتصفية.
        [few] { $n } عناصر مفتوحة، الأقرب إغلاقًا أولًا. F للتصفية.
        [many] { $n } عنصرًا مفتوحًا، الأقرب إغلاقًا أولًا. F للتصفية.
       *[other] { $n } عنصر مفتوح، الأقرب إغلاقًا أولًا. F للتصفية.
    }
jobs-closed-count = { $n ->
        [zero] لا عناصر مغلقة. F للتصفية.
        [one] عنصر واحد مغلق، محفوظ للرجوع إليه. F للتصفية.
        [two] عنصران مغلقان، محفوظان للرجوع إليهما. F للتصفية.
        [few] { $n } عناصر مغلقة، محفوظة للرجوع إليها. F للتصفية.
        [many] { $n } عنصرًا مغلقًا، محفوظة للرجوع إليها. F للتصفية.
       *[other] { $n } عنصر مغلق، محفوظة للرجوع إليها. F للتصفية.
    }
jobs-filtered-count = { $n ->
        [zero] لا عناصر: { $filter } · F لتغيير التصفية
        [one] عنصر واحد: { $filter } · F لتغيير التصفية
        [two] عنصران: { $filter } · F لتغيير التصفية
        [few] { $n } عناصر: { $filter } · F لتغيير التصفية
        [many] { $n } عنصرًا: { $filter } · F لتغيير التصفية
       *[other] { $n } عنصر: { $filter } · F لتغيير التصفية
    }
jobs-none-match = لا شيء يطابق هذه التصفية.
jobs-none-open = لا شيء مفتوح. اضغط n لتقديم وظيفة أو فرصة؛ F للتصفية.
jobs-none-closed = لم يُغلق شيء بعد؛ تُحفظ الوظائف المغلقة هنا للرجوع إليها.
jobs-closed-early = أُغلقت مبكرًا
jobs-closes-on = تُغلق { $date }
jobs-closing-soon = تُغلق قريبًا
jobs-job-title = { $kind }: { $title }
jobs-job-number = الوظيفة { $id }
jobs-withdraw-about = «{ $title }» نشرها { $name }
jobs-close-question = إغلاق «{ $title }» الآن؟ ستغادر اللوحة إلى الأرشيف ولا يمكن فتحها مجددًا.
jobs-not-found = غير موجودة.
jobs-field-where = أين
jobs-field-region = الإقليم
jobs-field-closing-date = تاريخ الإغلاق
jobs-closed-early-on = أُغلقت مبكرًا في { $date }
jobs-closes-withdrawn = { $date } (سُحبت)
jobs-closes-closed = { $date } (مغلقة)
jobs-closes-soon = { $date } (تُغلق قريبًا: { $until })
jobs-field-competencies = الكفاءات
jobs-field-tags = الوسوم
jobs-how-to-apply = طريقة التقديم
jobs-posted-by-on = نشرها { $name } في { $date }.
submit-draft-kept = حُفظت المسودة { $id }: تجدها تحت g ثم s (مقترحاتي).
submit-changes-asked = طلبت اللجنة تغييرات: «{ $note }» Ctrl-S يرسله مجددًا.
board-form-region = الإقليم
board-form-region-hint = ← → للاختيار؛ «عالمي» إن شمل عدة أقاليم
board-form-strategies = الاستراتيجيات
board-form-strategies-hint = ← → للتنقل، Space للتحديد: الاستراتيجيات التي يعمل عليها، لتظهر في صفحاتها
board-form-competencies = الكفاءات
board-form-competencies-hint = ← → للتنقل، Space للتحديد: ما يساعد الأعضاء على تعلّمه
board-form-audiences = لمن
board-form-audiences-hint = ← → للتنقل، Space للتحديد: الفئات الموجّه إليها
board-form-kind = النوع
board-form-event-title-hint = مثلًا أيام الرعاية الصحية الأولية 2027
board-form-starts = تبدأ
board-form-starts-hint = التاريخ والوقت بتوقيت منطقة المنظِّم، مثلًا 2027-03-02 09:00
board-form-ends = تنتهي
board-form-ends-hint = مثلًا 2027-03-03 17:00
board-form-time-zone-hint = منطقة المنظِّم، مثلًا Europe/Zurich أو Africa/Nairobi
board-form-online = رابط الإنترنت
board-form-online-hint = https://…؛ رابط عبر الإنترنت أو مدينة، أو كلاهما
board-form-city = المدينة
board-form-city-hint = مكان انعقادها، إن كانت حضورية
board-form-country = البلد
board-form-organizer = المنظِّم
board-form-deadline = الموعد النهائي
board-form-deadline-hint = لدعوة تقديم الأوراق: آخر يوم للتقديم، مثلًا 2027-01-15
board-form-event-strategies-hint = ← → للتنقل، Space للتحديد؛ استراتيجية واحدة أو أكثر من الخمس
board-form-tags = الوسوم
board-form-event-tags-hint = مفصولة بفواصل، مثلًا nursing, primary care
board-form-description = الوصف
board-form-event-description-hint = ما هي، ولمن، وما تكلفتها؛ Enter يبدأ سطرًا جديدًا
board-form-remote = عن بُعد
board-form-remote-text = يمكن أداؤها عن بُعد (Space للتحديد)
board-form-job-title-hint = مثلًا قائد برنامج صحة المجتمع
board-form-location = الموقع
board-form-location-hint = مدينة أو مكان؛ فارغ إن كانت عن بُعد
board-form-closes = تاريخ الإغلاق
board-form-closes-hint = آخر يوم للتقديم، مثلًا 2027-01-31
board-form-job-tags-hint = مفصولة بفواصل، مثلًا nursing, data
board-form-job-description-hint = الدور أو البرنامج، ومن يناسبه؛ Enter يبدأ سطرًا جديدًا
board-form-how-to-apply = طريقة التقديم
board-form-intro = تراجعه لجنة التحرير قبل إدراجه. Ctrl-S يرسله؛ Ctrl-D يحفظه كمسودة.
board-form-sent = أُرسل المقترح { $id }: يظهر على اللوحة بعد موافقة لجنة التحرير عليه (g s).
board-form-why = السبب
board-form-why-hint = ما الذي تغيّر ولماذا: يُسجَّل في سجل التدقيق، ويُرسَل إلى من أجابوا
board-form-not-this-kind = ليس عنصرًا من هذا النوع
board-form-corrected = صُحّح: يعرض «{ $title }» التغيير؛ وسجل التدقيق يبيّن السبب.
board-form-correct-event = تصحيح الفعالية
board-form-correct-job = تصحيح الوظيفة
board-form-submit-event = تقديم فعالية
board-form-edit-event = تعديل فعاليتك
board-form-submit-job = تقديم وظيفة أو فرصة
board-form-edit-job = تعديل وظيفتك أو فرصتك
board-form-correction-intro = يظهر التصحيح فورًا، دون مراجعة ثانية؛ ويحفظ سجل التدقيق ما تغيّر وسببه، ويُبلَّغ من أجابوا. Ctrl-S يحفظه.
policy-committee = لجنة التحرير
policy-press-a-to-accept = اضغط a للقبول والعودة إلى النموذج.
strategies-title = الاستراتيجية: { $name }
strategies-title-multiple = الاستراتيجية: عدة محاور
strategies-title-coverage = الاستراتيجيات: التغطية
strategies-tab-people = الناس
strategies-tab-governance = الحوكمة
strategies-tab-care = الرعاية
strategies-tab-services = الخدمات
strategies-tab-enabling = التمكين
strategies-tab-multiple = متعددة
strategies-tab-coverage = التغطية
strategies-about-engaging-people = منح الناس والأسر والمجتمعات المحلية الوسائل والصوت للمشاركة في صحتهم وفي خدماتهم.
strategies-about-governance = جعل القرارات المتعلقة بالخدمات شفافة، ومشتركة مع المجتمعات المحلية، وخاضعة للمساءلة أمام من تخدمهم.
strategies-about-model-of-care = توجيه الرعاية نحو الأوساط الأولية والمجتمعية، والوقاية، وخدمات مخططة حول الناس لا حول الأمراض.
strategies-about-coordinating-services = ربط الرعاية عبر المستويات ومقدمي الخدمات والقطاعات بحيث يتنقل الناس فيها دون ثغرات.
strategies-about-enabling-environment = القوى العاملة والتمويل والتنظيم والمعلومات والقيادة التي تجعل الاستراتيجيات الأربع الأخرى ممكنة.
strategies-about-multiple = عمل يتناول أكثر من استراتيجية واحدة في آن.
strategies-communities = المجتمعات ({ $n })
strategies-library-resources = المكتبة: الموارد ({ $n })
strategies-library-practices = المكتبة: الممارسات حسب المستوى ({ $n })

strategies-upcoming-events = الفعاليات القادمة ({ $n })
strategies-open-jobs = الوظائف المفتوحة ({ $n })
strategies-none-yet = لا شيء بعد
strategies-coverage-about = الممارسات حسب الاستراتيجية وإقليم منظمة الصحة العالمية؛ · تعني ثغرة. الممارسة التي تشمل عدة استراتيجيات تُحتسب تحت كل منها.
strategies-all-levels = كل المستويات
strategies-unplaced = { $n ->
        [zero] لا ممارسات بلا إقليم.
        [one] ممارسة واحدة لا تذكر إقليمًا ولا تُحتسب.
        [two] ممارستان لا تذكران إقليمًا ولا تُحتسبان.
        [few] { $n } ممارسات لا تذكر إقليمًا ولا تُحتسب.
        [many] { $n } ممارسةً لا تذكر إقليمًا ولا تُحتسب.
       *[other] { $n } ممارسة لا تذكر إقليمًا ولا تُحتسب.
    }
strategies-could-not-read = تعذّرت قراءة هذه الصفحة: { $error }
proposal-intro = تراجع لجنة التحرير كل اقتراح. Ctrl-S يرسله؛ Ctrl-D يحفظه كمسودة.
proposal-members-only = للأعضاء فقط
proposal-members-only-text = يقرؤه الأعضاء فقط، لا الزوار (المسافة)
proposal-sent = أُرسل الاقتراح { $id }: ستراجعه لجنة التحرير. انظر g ثم s.
proposal-name = الاسم
proposal-name-hint = مثلًا القيادة التمريضية؛ { $max } حرفًا على الأكثر
proposal-short-name = الاسم المختصر
proposal-short-name-hint = للعناوين والأوامر: a-z و 0-9 و '-'، مثلًا nursing
proposal-purpose = الغرض
proposal-purpose-hint = ما سيتبادله الأعضاء ويتعلمونه فيه؛ Enter يبدأ سطرًا جديدًا
proposal-audience = لمن هو
proposal-audience-hint = مثلًا الممرضون ومديرو التمريض؛ { $max } حرفًا على الأكثر
proposal-edit = تعديل اقتراحك
proposal-new = اقتراح مجتمع
submission-no-longer-changed = حالة هذا المقترح: { $state }؛ لم يعد من الممكن تغييره.
submission-title = المقترح { $id }
submission-title-with-name = المقترح { $id }: { $title }
submission-about = { $kind } «{ $title }» من { $name }
submission-not-found = غير موجود.
submission-pending-sent = قيد المراجعة · أُرسل { $ago }
submission-approvals = { $n } من { $quorum ->
        [zero] { $quorum } موافقات
        [one] موافقة واحدة
        [two] موافقتين
        [few] { $quorum } موافقات
        [many] { $quorum } موافقةً
       *[other] { $quorum } موافقة
    }
submission-kind-by = { $kind } من { $name }
submission-files-how = { $sftp } (في review/{ $folder }/) ما دام ينتظر المراجعة
submission-read-files-with = اقرأ الملفات باستخدام
submission-now = الآن
submission-new-thread-in = موضوع جديد في { $name }
submission-reply-to-post = رد على المشاركة { $post } في «{ $thread }»
submission-where = أين
submission-published = نُشر
submission-as-post = بصفته المشاركة { $post }
submission-history = السجلّ
submission-history-step = { $name } { $action }
submission-sent-by = أرسله { $name }
submission-not-sent-yet = لم يُرسل بعد: مسودة.
submission-decide = القرار: a موافقة · c طلب تغييرات · x رفض
submission-empty = (فارغ)
submission-kind-community = مجتمع
submission-kind-thread = موضوع
submission-kind-reply = رد
submission-kind-event = فعالية
submission-kind-job = وظيفة
submission-kind-training = تدريب
submission-kind-educational-opportunity = فرصة تعليمية
submission-kind-resource = مورد
submission-kind-practice = ممارسة
submission-kind-news = خبر
submission-kind-blog-post = تدوينة
submission-state-draft = مسودة
submission-state-pending-review = قيد المراجعة
submission-state-changes-requested = طُلبت تغييرات
submission-state-approved = مقبول
submission-state-rejected = مرفوض
submission-state-withdrawn = مسحوب
submission-action-submitted = قدّم
submission-action-approved = وافق
submission-action-asked-for-changes = طلب تغييرات
submission-action-rejected = رفض
held-title = عدّل مشاركتك وأرسلها مجددًا
held-sent-again = أُرسلت مجددًا: ستراجعها لجنة التحرير.
held-changes-asked = طلبت اللجنة تغييرات: «{ $note }» Ctrl-S يرسلها مجددًا.
submissions-title = مقترحاتي
submissions-intro = ما أرسلته إلى لجنة التحرير، الأحدث أولًا.
submissions-none = لا شيء بعد. اضغط n لاقتراح مجتمع جديد.
submissions-decision = { $name } { $action } { $ago }: { $note }
submissions-draft-started = مسودة، بدأت { $ago }: Enter، ثم e لإكمالها وإرسالها
submissions-sent-waiting = أُرسل { $ago }، بانتظار اللجنة
submissions-sign-up-to-propose = سجّل لاقتراح مجتمع: اضغط g ثم u.
news-title = الأخبار
news-intro = من لجنة التحرير والأعضاء، الأحدث أولًا.
news-none-yet = لا أخبار بعد.
news-item-title = خبر: { $title }
news-item-number = الخبر { $id }
news-withdraw-about = الخبر «{ $title }»
news-corrected-on = صحّحته لجنة التحرير في { $day }: { $reason }
news-kind-news = خبر
news-kind-blog = تدوينة
news-form-kind = النوع
news-form-kind-hint = الخبر ينقل ما حدث؛ والتدوينة روايتك أو رأيك الخاص، موقّعة باسمك
news-form-region = الإقليم
news-form-region-hint = ← → للاختيار؛ اتركه دون اختيار، أو «عالمي»، للأخبار الموجّهة للجميع
news-form-headline = العنوان الرئيسي
news-form-text = النص
news-form-why = السبب
news-form-why-hint = ما كان خاطئًا: يراه القراء مع التصحيح، ويحفظه سجل التدقيق
news-form-proposal-intro = تراجعه لجنة التحرير، ثم يُنشر باسمك. Ctrl-S يرسله؛ Ctrl-D يحفظه كمسودة.
news-form-proposal-sent = أُرسل المقترح { $id }: يُنشر بعد موافقة لجنة التحرير عليه (g s).
news-corrected = صُحّح: يذكر «{ $title }» ذلك، مع سببك.
news-published = نُشر: «{ $title }» على شاشة الأخبار والرئيسية.
news-form-title-correct = تصحيح خبر
news-form-title-write = كتابة خبر أو تدوينة
news-form-title-edit-proposal = تعديل اقتراح الخبر
news-form-title-propose = اقتراح خبر أو تدوينة
news-form-correct-intro = يظهر التصحيح فورًا؛ ويرى القراء أنه صُحّح، ومتى ولماذا. Ctrl-S يحفظه.
news-form-publish-intro = يُنشر فورًا للجميع، وتعرض الرئيسية أحدث ثلاثة. Ctrl-S للنشر.
reason-own-words = (بكلماتي الخاصة، أدناه)
reason-template = قالب
reason-template-hint = ← → لاختيار أحد أسباب اللجنة؛ عدّله أدناه
reason-note = ملاحظة
reason-note-hint = ما الخطأ، للجنة (مطلوبة عند اختيار «أخرى»)
reason-reason = السبب
reason-report-hint = ما الخطأ فيها، للجنة
reason-reason-hint = يُعرض على المعنيين ويُحفظ في سجل التدقيق
reason-one-field-needs-attention = حقل واحد يحتاج إلى انتباه: انظر الرسالة أسفله.
reason-approve = موافقة
reason-approve-intro = { $about }. يُنشر فورًا (أو عند اكتمال النصاب).
reason-request-changes = طلب تغييرات
reason-request-changes-intro = { $about }. يعود إلى كاتبه مع ملاحظتك.
reason-reject = رفض
reason-reject-intro = { $about }. يرى الكاتب سببك في «مقترحاتي».
reason-report-message = الإبلاغ عن رسالة
reason-report-message-intro = { $about }. تقرأ لجنة التحرير هذه الرسالة وسببك، ولا شيء آخر من المحادثة؛ ولا يُخبَر كاتبها.
reason-flag = الإبلاغ عن مشاركة
reason-flag-intro = { $about }. تراجع لجنة التحرير المشاركات المُبلَّغ عنها؛ ولا يُخبَر الكاتب بمن أبلغ عنها.
reason-hide = إخفاء مشاركة
reason-hide-intro = { $about }. سيرى الأعضاء أن اللجنة أخفتها؛ ويرى الكاتب سببك.
reason-restore = استعادة مشاركة
reason-restore-intro = { $about }. تظهر للجميع مجددًا.
reason-dismiss = تجاهل البلاغات
reason-dismiss-intro = { $about }. تبقى المشاركة كما هي؛ وتُغلق البلاغات.
reason-mute = كتم { $name }
reason-mute-intro = { $about }. حتى انتهاء المدة، لا يمكن لـ { $name } النشر أو الرد، ويُعرض عليه سببك وتاريخ الانتهاء.
reason-ban = حظر { $name }
reason-ban-intro = { $about }. حتى انتهاء المدة، لا يمكن لـ { $name } تسجيل الدخول، ويُعرض عليه سببك وتاريخ الانتهاء.
reason-lift = رفع العقوبة عن { $name }
reason-lift-intro = { $about }. يمكن لـ { $name } النشر وتسجيل الدخول مجددًا.
reason-role = دور { $name }
reason-role-intro = { $about }. يشكّل المشرفون لجنة التحرير؛ ويدير المشرفون العامون أيضًا الأدوار والنسخ الاحتياطية.
reason-lock = قفل الموضوع
reason-unlock = فتح قفل الموضوع
reason-pin = تثبيت الموضوع
reason-unpin = إلغاء تثبيت الموضوع
reason-move = نقل الموضوع
reason-steer-intro = { $about }.
reason-withdraw-from-board = السحب من اللوحة
reason-withdraw-event-intro = { $about }. تغادر اللوحة؛ ويرى ناشرها (في «مقترحاتي») والأعضاء الذين أجابوا عنها (في «فعالياتي») سببك.
reason-change-level = تغيير المستوى
reason-change-level-intro = { $about }. اختر المستوى، ثم حدّد أيّ معاييره المعلنة تستوفيها الممارسة: يظهر المستوى فورًا، مع تقييمك وسببك في سجلّها وفي سجل التدقيق.
reason-withdraw-news = سحب الخبر
reason-withdraw-news-intro = { $about }. يغادر الأخبار والخلاصات والبحث؛ وتذكر صفحته أنه سُحب، ويحفظ سجل التدقيق سببك.
reason-withdraw-job-intro = { $about }. تغادر اللوحة وأرشيفها؛ ويرى ناشرها سببك في «مقترحاتي».
reason-no-criteria = لا يذكر هذا المستوى أي معايير
reason-criteria-hint = معايير المستوى: Space لتحديد كل معيار تستوفيه الممارسة؛ وغير المحدد لم يُستوفَ
reason-level-criteria-hint = معايير «{ $level }»: Space لتحديد كل معيار تستوفيه الممارسة؛ وغير المحدد لم يُستوفَ
reason-level = المستوى
reason-level-hint = ← → للاختيار؛ تليه معاييره
reason-criteria = المعايير
reason-why = السبب
reason-why-spam = رسائل مزعجة
reason-why-off-topic = خارج الموضوع
reason-why-inappropriate = غير لائق
reason-why-other = أخرى
reason-for = المدة
reason-for-hint = ساعات أو أيام، مثل 12h أو 7d، أو forever
reason-role-field = الدور
reason-to = إلى
reason-to-hint = ← → لاختيار المجتمع
reason-done-approved = تمت الموافقة والنشر؛ يراه { $name } في «مقترحاتي».
reason-done-sent-back = أُعيد إلى { $name } مع ملاحظتك.
reason-done-rejected = رُفض؛ يرى { $name } سببك في «مقترحاتي».
reason-done-approval-recorded = سُجّلت الموافقة: يحتاج إلى { $n } أخرى من اللجنة.
reason-choose-why = اختر سبب الإبلاغ
reason-done-flagged = شكرًا لك: ستنظر لجنة التحرير في الأمر.
reason-done-hidden = أُخفيت المشاركة: يرى الأعضاء أن اللجنة أخفتها.
reason-done-restored = استُعيدت المشاركة.
reason-done-dismissed = تم تجاهل البلاغات.
reason-done-muted-flags-resolved = كُتم { $name }؛ وسُوّيت البلاغات.
reason-done-banned-flags-resolved = حُظر { $name }؛ وسُوّيت البلاغات.
reason-done-muted = كُتم { $name }.
reason-done-banned = حُظر { $name }.
reason-done-lifted = يمكن لـ { $name } النشر وتسجيل الدخول مجددًا.
reason-choose-role = اختر دورًا
reason-sign-in-first = سجّل الدخول أولًا
reason-done-role = { $role ->
        [admin] أصبح { $name } الآن مشرفًا عامًا.
        [moderator] أصبح { $name } الآن مشرفًا.
       *[member] أصبح { $name } الآن عضوًا.
    }
reason-choose-where = اختر وجهته
reason-done-locked = قُفل الموضوع: لا يمكن الرد إلا للجنة.
reason-done-unlocked = فُتح قفل الموضوع.
reason-done-pinned = ثُبّت الموضوع في أعلى مجتمعه.
reason-done-unpinned = أُلغي تثبيت الموضوع.
reason-done-moved = نُقل الموضوع إلى { $name }.
reason-done-reported = أُبلغ عنها: تجيب اللجنة في المحادثة { $id } (g d).
reason-done-withdrawn-event = سُحبت: لم تعد على لوحة الفعاليات؛ ويرى من أجابوا عنها سببك.
reason-choose-level = اختر مستوى
reason-done-level = أصبحت الآن «{ $level }»: التغيير مسجّل في سجلّها وفي سجل التدقيق.
reason-done-withdrawn-job = سُحبت: لم تعد على لوحة الوظائف.
reason-done-withdrawn-news = سُحب: لم يعد في الأخبار والخلاصات والبحث؛ وسجل التدقيق يبيّن السبب.
moderation-title-queue = الإشراف: قائمة المراجعة
moderation-title-flags = الإشراف: البلاغات
moderation-title-members = الإشراف: الأعضاء
moderation-title-audit = الإشراف: سجل التدقيق
moderation-tab-queue = القائمة ({ $n })
moderation-tab-flags = البلاغات ({ $n })
moderation-tab-members = الأعضاء
moderation-tab-audit = سجل التدقيق
moderation-queue-empty = لا شيء بانتظار المراجعة. أحسنتم.
moderation-queue-column-kind = النوع
moderation-queue-column-title = العنوان
moderation-queue-column-author = الكاتب
moderation-queue-column-waiting = الانتظار
moderation-queue-overdue = { $hours ->
        [zero] ينتظر
        [one] ينتظر منذ أكثر من ساعة
        [two] ينتظر منذ أكثر من ساعتين
        [few] ينتظر منذ أكثر من { $hours } ساعات
        [many] ينتظر منذ أكثر من { $hours } ساعةً
       *[other] ينتظر منذ أكثر من { $hours } ساعة
    }
moderation-waiting-minutes = { $n } د
moderation-waiting-hours = { $n } س
moderation-waiting-days = { $n } ي
moderation-flags-none = لا مشاركات مُبلَّغ عنها.
moderation-flag-about = المشاركة { $post } بقلم { $name } في «{ $thread }»
moderation-flag-head = المشاركة { $post } بقلم { $name } في «{ $thread }» · أول بلاغ { $ago }
moderation-flag-hidden = {"["}مخفية]
moderation-flag-why = { $n ->
        [zero] لا بلاغات: { $reasons }
        [one] بلاغ واحد: { $reasons }
        [two] بلاغان: { $reasons }
        [few] { $n } بلاغات: { $reasons }
        [many] { $n } بلاغًا: { $reasons }
       *[other] { $n } بلاغ: { $reasons }
    }
moderation-flag-reason-spam = رسائل مزعجة
moderation-flag-reason-off-topic = خارج الموضوع
moderation-flag-reason-inappropriate = غير لائق
moderation-flag-reason-other = أخرى
moderation-member-not-sanctioned = { $name } ليس مكتومًا ولا محظورًا.
moderation-muted-until = مكتوم حتى { $when }
moderation-banned-until = محظور حتى { $when }
moderation-muted-until-lifted = مكتوم حتى ترفع اللجنة الكتم
moderation-banned-until-lifted = محظور حتى ترفع اللجنة الحظر
moderation-audit-any-action = أيّ
moderation-audit-by = بواسطة
moderation-audit-by-hint = اسم مستخدم أحد أعضاء اللجنة؛ فارغ لأي شخص
moderation-audit-target = الهدف
moderation-audit-target-hint = جزء من الهدف، مثلًا post 42 أو اسم مستخدم
moderation-audit-action = الإجراء
moderation-audit-every-action = كل إجراءات اللجنة، الأحدث أولًا. F للتصفية.
moderation-audit-filter-by = بواسطة { $name }
moderation-audit-filter-target = الهدف يتضمن «{ $target }»
moderation-audit-filter-action = الإجراء { $action }
moderation-audit-filtered = مُصفّى: { $filter } · { $n ->
        [zero] لا إدخالات
        [one] إدخال واحد
        [two] إدخالان
        [few] { $n } إدخالات
        [many] { $n } إدخالًا
       *[other] { $n } إدخال
    } · F لتغييرها
moderation-audit-at-by = { $when } بواسطة { $name }
moderation-audit-why = السبب
moderation-audit-before = قبل
moderation-audit-after = بعد
moderation-audit-esc-back = Esc للعودة إلى السجل.
moderation-audit-entry-gone = لم يعد هذا الإدخال موجودًا.
moderation-audit-none = لا شيء مسجّل.
moderation-audit-why-line = السبب: { $reason }
library-tab-strategy = الاستراتيجية
library-tab-sort = النوع أو المستوى
library-tab-region = الإقليم
library-tab-competency = الكفاءة
library-tab-audience = الجمهور
library-tab-learning = لتعلّمك
library-title-strategy = المكتبة: حسب الاستراتيجية
library-title-sort = المكتبة: حسب النوع أو المستوى
library-title-region = المكتبة: حسب الإقليم
library-title-competency = المكتبة: حسب الكفاءة
library-title-audience = المكتبة: حسب الجمهور
library-title-learning = المكتبة: لتعلّمك
library-entries-in-the-library = { $n ->
        [zero] لا مداخل في المكتبة. n لاقتراح مورد، و N لاقتراح ممارسة.
        [one] مدخل واحد في المكتبة. n لاقتراح مورد، و N لاقتراح ممارسة.
        [two] مدخلان في المكتبة. n لاقتراح مورد، و N لاقتراح ممارسة.
        [few] { $n } مداخل في المكتبة. n لاقتراح مورد، و N لاقتراح ممارسة.
        [many] { $n } مدخلًا في المكتبة. n لاقتراح مورد، و N لاقتراح ممارسة.
       *[other] { $n } مدخل في المكتبة. n لاقتراح مورد، و N لاقتراح ممارسة.
    }
library-entries-for-your-learning = { $n ->
        [zero] لا مداخل لتعلّمك. n لاقتراح مورد، و N لاقتراح ممارسة.
        [one] مدخل واحد لتعلّمك. n لاقتراح مورد، و N لاقتراح ممارسة.
        [two] مدخلان لتعلّمك. n لاقتراح مورد، و N لاقتراح ممارسة.
        [few] { $n } مداخل لتعلّمك. n لاقتراح مورد، و N لاقتراح ممارسة.
        [many] { $n } مدخلًا لتعلّمك. n لاقتراح مورد، و N لاقتراح ممارسة.
       *[other] { $n } مدخل لتعلّمك. n لاقتراح مورد، و N لاقتراح ممارسة.
    }
library-strategy-about-engaging-people = منح الناس والأسر والمجتمعات المحلية الوسائل والصوت للمشاركة في صحتهم وفي خدماتهم.
library-strategy-about-governance = جعل القرارات المتعلقة بالخدمات شفافة، ومشتركة مع المجتمعات المحلية، وخاضعة للمساءلة أمام من تخدمهم.
library-strategy-about-model-of-care = توجيه الرعاية نحو الأوساط الأولية والمجتمعية، والوقاية، وخدمات مخططة حول الناس لا حول الأمراض.
library-strategy-about-coordinating-services = ربط الرعاية عبر المستويات ومقدمي الخدمات والقطاعات بحيث يتنقل الناس فيها دون ثغرات.
library-strategy-about-enabling-environment = القوى العاملة والتمويل والتنظيم والمعلومات والقيادة التي تجعل الاستراتيجيات الأربع الأخرى ممكنة.
library-multiple-streams-about = مداخل تتناول أكثر من استراتيجية واحدة في آن.
library-sort-resources = الموارد: { $kind }
library-sort-practices = الممارسات: { $level }
library-for-audience = لـ{ $audience }
library-your-competencies = كفاءاتك
library-tick-your-competencies = حدّد في ملفك الشخصي الكفاءات التي تبنيها (g y، e) لرؤية ما يبنيها.
library-building = بناء { $competency }
library-none-yet = لا شيء بعد
library-row-practice = ممارسة: { $level } · { $country }
library-sign-up-to-add = سجّل للإضافة إلى المكتبة: اضغط g ثم u.
library-kind-who-document = وثيقة لمنظمة الصحة العالمية
library-kind-publication = منشور علمي
library-kind-implementation-report = تقرير تنفيذ
library-kind-toolkit = مجموعة أدوات
library-kind-multimedia = وسائط متعددة
library-kind-other = مورد آخر
library-undated = غير مؤرّخ
library-entry-title = المكتبة: { $title }
library-entry-number = مدخل المكتبة { $id }
library-entry-not-found = غير موجود.
library-entry-sign-up-to-discuss = لم يناقشه أحد بعد. سجّل لبدء النقاش: اضغط g ثم u.
library-entry-change-level-about = الممارسة «{ $title }»، حاليًا { $level }
library-entry-practice = ممارسة
library-entry-link = الرابط
library-entry-setting = السياق
library-entry-level-history = سجلّ المستوى
library-entry-level-change = { $level } بواسطة { $by }: { $reason }
library-entry-criteria = المعايير: { $criteria }
library-entry-criterion-met = { $criterion }: مستوفى
library-entry-criterion-not-met = { $criterion }: غير مستوفى
library-entry-strategy = الاستراتيجية
library-entry-region = الإقليم
library-entry-country = البلد
library-entry-competencies = الكفاءات
library-entry-for = لمن
library-entry-tags = الوسوم
library-entry-contact = جهة الاتصال
library-entry-text = النص
library-entry-files = الملفات
library-entry-fetch-files = نزّلها باستخدام { $sftp } (في library/{ $folder }/)، أو { $ssh } get { $id } FILE > FILE.
library-entry-discussed-in = يُناقَش في { $community }: { $key } يفتح الموضوع.
library-entry-not-discussed-yet = لم يُناقَش بعد: { $key } يكتب أول مشاركة في موضوع في { $community }.
library-entry-proposed-by = اقترحه { $name }، وهو في المكتبة منذ { $day }.
library-form-propose-a-resource = اقتراح مورد
library-form-edit-your-resource = تعديل موردك
library-form-propose-a-practice = اقتراح ممارسة
library-form-edit-your-practice = تعديل ممارستك
library-form-intro = تراجعه لجنة التحرير قبل أن ينضم إلى المكتبة. Ctrl-S يرسله؛ Ctrl-D يحفظه كمسودة.
library-form-sent = أُرسل المقترح { $id }: ينضم إلى المكتبة بعد موافقة لجنة التحرير عليه (g s).
library-form-level = المستوى
library-form-level-hint = { $level }: { $criteria } (← → لمستوى آخر)
library-form-files = الملفات
library-form-files-none-hint = لم يُرفع شيء بعد: ضع الملفات في uploads/ باستخدام sftp، ثم عُد
library-form-files-hint = ملفاتك المرفوعة: ← → للتنقل، Space للإرفاق (يضيف sftp المزيد إلى uploads/)
library-form-strategies = الاستراتيجيات
library-form-strategies-hint = ← → للتنقل، Space للتحديد؛ أكثر من واحدة تُعدّ «عدة محاور»
library-form-discussed-in = يُناقَش في
library-form-discussed-in-hint = ← → لاختيار المجتمع الذي يناقشه فيه الأعضاء
library-form-country = البلد
library-form-country-hint = إن كان يتعلق ببلد واحد
library-form-setting = السياق
library-form-setting-hint = أين نُفّذت وعلى أي نطاق، مثلًا 12 مركزًا صحيًا ريفيًا
library-form-period = الفترة
library-form-period-hint = متى نُفّذت، مثلًا 2016–2021
library-form-summary = الملخص
library-form-summary-hint = ما هو، وماذا يقول، ولمن هو
library-form-what-was-done = ما الذي نُفّذ
library-form-results = النتائج
library-form-results-hint = مخرجاتها؛ وفي حالة الإخفاق المفيد، ما الذي حدث
library-form-impact = الأثر
library-form-impact-hint = ما الذي تغيّر للناس والخدمات إلى جانب ما قيس
library-form-expected = المتوقع
library-form-expected-hint = في حالة الإخفاق المفيد: ما كان متوقعًا (وإلا فاتركه فارغًا)
library-form-why-not = لماذا لم يتحقق
library-form-why-not-hint = في حالة الإخفاق المفيد: لماذا لم يتحقق
library-form-do-instead = البديل
library-form-do-instead-hint = في حالة الإخفاق المفيد: ما ينبغي للآخرين فعله بدلًا من ذلك
library-form-lessons = الدروس المستفادة
library-form-lessons-hint = ما يمكن للآخرين تعلّمه منها (مطلوب ما لم تكن إخفاقًا مفيدًا)
library-form-references = المراجع
library-form-references-hint = واحد في كل سطر: الاستشهاد | https://link (الرابط إن وُجد)
library-form-figures = الأرقام
library-form-figures-hint = رقم في كل سطر، مع الإحالة إلى مرجع: ارتفعت التغطية إلى 75% [1] | تحفّظ المصدر
library-form-contact = جهة الاتصال
library-form-contact-hint = من يُسأل عنها، إن وافق على ذلك
library-form-tags = الوسوم
library-form-tags-hint = مفصولة بفواصل
library-form-kind = النوع
library-form-authors = المؤلفون
library-form-authors-hint = الأشخاص أو المنظمة التي كتبته
library-form-year = السنة
library-form-year-hint = سنة صدوره؛ n.d. إن لم يذكرها
library-form-link = الرابط
library-form-link-hint = https://… حيث يُقرأ أو يُشاهَد؛ أو نصه أو ملفاته أدناه
library-form-text = النص
library-form-text-hint = نصه، ليقرأه الأعضاء هنا (اختياري)
notice-reply = ردّ عليك { $name } في «{ $title }»
notice-mention = أشار إليك { $name } في «{ $title }»
notice-started = بدأ { $name } «{ $title }»
notice-posted = نشر { $name } في «{ $title }»
notice-message = كتب إليك { $name }
notice-message-about = كتب إليك { $name }: «{ $subject }»
notice-thanks = شكرك { $name } على مشاركتك في «{ $title }»
notice-plus-one = منح { $name } مشاركتك في «{ $title }» +1
notice-insightful = وجد { $name } مشاركتك في «{ $title }» مفيدة
notice-reminder = تذكير: المشاركة التي وضعت عليها إشارة مرجعية في «{ $title }»
notice-alert = «{ $title }» يطابق تنبيهك ({ $alert })
notice-and-more = { $n ->
        [zero] (ولا شيء آخر)
        [one] (وواحد آخر)
        [two] (واثنان آخران)
        [few] (و{ $n } أخرى)
        [many] (و{ $n } أخرى)
       *[other] (و{ $n } أخرى)
    }
notice-and-more-many = (و99+ أخرى)

## التسجيل، عوامل التصفية
signup-title = التسجيل
signup-intro = انضم إلى الشبكة. الحقول المعلّمة بـ * إلزامية.
signup-your-key = سيكون دخولك بالمفتاح الذي اتصلت به: { $key }
signup-no-key = اتصلت دون مفتاح SSH، لذا لا يمكنك التسجيل من هذه الجلسة.
signup-welcome = مرحبًا بك في الشبكة، { $name }!
signup-welcome-first = مرحبًا، { $name }! أنت أول عضو في المنتدى، لذا فأنت مديره.
form-choose-with-arrows = (اختر بـ ← →)
communities-count = { $n ->
        [zero] لا مجتمعات
        [one] مجتمع واحد
        [two] مجتمعان
        [few] { $n } مجتمعات
        [many] { $n } مجتمعًا
       *[other] { $n } مجتمع
    }
search-filter-community-field = المجتمع
search-filter-community-hint = للنقاشات والمكتبة
search-filter-since-field = منذ
search-filter-since-hint = مثلًا 2026-01-01؛ اتركه فارغًا لأي تاريخ
search-filter-since-error = اكتب اليوم هكذا: 2026-01-31
communities-public-count = المجتمعات العامة ({ $n }): سجّل لترى البقية

# Content languages and translations
translation-of = ترجمة لـ
translation-text = النص
translation-of-entry = مدخل المكتبة { $id }: { $title }
translation-of-news = الخبر { $id }: { $title }
translation-kept-with = محفوظة مع { $original }، لقرّاء { $language }
translation-language-unknown = لغة غير معروفة بعد
translation-form-intro = ترجمة { $original } (الأصل بـ{ $language }). تراجعها اللجنة؛ وبعد الموافقة يراها قرّاء تلك اللغة.
translation-form-language-hint = اللغة التي تترجم إليها (←/→).
translation-form-sent = أُرسلت الترجمة للمراجعة (الطلب { $id }).
translation-form-title = اقتراح ترجمة
translation-form-title-edit = تعديل ترجمتك
composer-language = اللغة
composer-language-automatic = تلقائي
composer-language-chosen = كما اخترتها (←/→ للتغيير).
composer-language-detected = المكتشفة: { $name }. إن لم تكن كذلك، اختر بـ ←/→.
composer-language-not-yet = لم تُكتشف بعد: اكتب أكثر قليلًا، أو اختر بـ ←/→.
display-first = أولًا
display-first-hint = ما كُتب باللغات المحدّدة (أو تُرجم إليها) يأتي أولًا في المواضيع والمكتبة والفعاليات والأخبار. المسافة للتحديد.
translation-original-named = { $name } (الأصل)
translation-original = الأصل
translation-shown-from = ترجمة عن الأصل ({ $from }) بقلم { $by }، بموافقة اللجنة.
translation-shown = ترجمة { $by }، بموافقة اللجنة.
translation-languages = اللغات
translation-written-in = مكتوب بـ
translation-now-shown = يُعرض الآن بـ{ $name }.
translation-sign-up-to-translate = سجّل لتقترح ترجمة.
translation-languages-line = متوفر بـ: { $languages } ({ $key } للتنقل بينها).
post-written-in = بـ{ $name }
composer-language-automatic-is = تلقائي: { $name }
form-none-ticked = لا شيء محدّد
form-ticked = المحدّد: { $n }
submission-kind-translation = ترجمة
translation-original-text = الأصل ({ $language }) كما هو الآن
board-item-language-detected = { $name } (مكتشفة)
language-form-title = لغته
language-form-intro = بأي لغة كُتب { $about }؟ الآن: { $now }. Ctrl-S للحفظ.
language-form-hint = ←/→ للاختيار؛ تضعه القوائم أولًا لقرّاء تلك اللغة.
language-form-saved = حُفظ: مكتوب بـ{ $name }.
profile-display-first = { $names } أولًا في القوائم
