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
