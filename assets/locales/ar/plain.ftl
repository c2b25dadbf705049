### الوضع البسيط: أسطر نصية وخيارات مرقّمة، لقارئات الشاشة.

plain-help =
    الأوامر:
      a number         فتح ذلك المجتمع أو الموضوع أو ردود تلك المشاركة
      l                عرض هذا المكان مجددًا
      b                رجوع؛ وعند سؤال، مغادرته (كما يفعل cancel)
      r NUMBER         الرد على المشاركة NUMBER (في موضوع)
      e NUMBER         تعديل مشاركتك NUMBER؛ و d NUMBER يحذفها
      n                بدء موضوع (في مجتمع)
      sort ORDER       ترتيب قوائم المواضيع: activity أو newest أو replies
      post N           في موضوع: متابعة القراءة من مشاركته N
      more             في موضوع طويل: مشاركاته العشر التالية (وكذلك Enter)؛
                       الموضوع الذي قرأته من قبل يُفتح عند أول مشاركة لم تقرأها،
                       و top يقرؤه من المشاركة الأولى
      flag N REASON    الإبلاغ عن المشاركة N: spam أو off-topic أو inappropriate أو other NOTE
      watch            في موضوع: تلقّي إشعار بكل مشاركة جديدة؛ و unwatch يوقف ذلك
      join, leave      في مجتمع: الانضمام إليه أو مغادرته؛ و join NAME (اسم مختصر،
                       أو رقم في القائمة الرئيسية) من أي مكان
      read all         في مجتمع: تعليم كل المواضيع كمقروءة (وفي الإشعارات: الإشعارات)
      e                الفعاليات القادمة؛ وعند فعالية، y للحضور و i للاهتمام
      j                الوظائف والفرص المفتوحة
      close            على وظيفة نشرتها: إغلاقها قبل موعد إغلاقها
      correct          على فعالية أو وظيفة نشرتها: تغييرها مع ذكر السبب
      library          موارد المكتبة وممارساتها
      learning         الفعاليات والموارد التي تبني الكفاءات المذكورة في ملفك الشخصي
      strategies       الاستراتيجيات الخمس للإطار؛ و strategy N يعرض صفحة إحداها
      news             أخبار اللجنة
      translate        على مدخل مكتبة أو خبر: اقتراح ترجمة
      in الرمز         عليه: قراءته بلغة أخرى من لغاته (in en)
      language N الرمز تحديد لغة المشاركة N (en fr es ru zh ar)؛ على مدخل أو
                       خبر أو فعالية مفتوحة: language الرمز
      first الرموز     ما كُتب بهذه اللغات أولًا في القوائم (first fr es)؛
                       first none يلغي ذلك
      committee        أعضاء لجنة التحرير، وكيفية التواصل معها
      search WORDS     البحث في النقاشات واللوحات والمكتبة والأخبار والأعضاء
      notifications    ما يخصّك (أو !)؛ و read all يعلّمها كمقروءة
      latest, unread   أحدث مواضيع المجتمعات التي انضممت إليها، أو
                       المواضيع التي فيها مشاركات لم تقرأها
      react N WHAT     التفاعل مع المشاركة N: thanks أو +1 أو insightful (مجددًا: للتراجع)
      bookmark N DAY   حفظ المشاركة N، مع يوم للتذكير (اختياري)؛ و bookmarks
                       يعرضها، و unbookmark N يزيل إحداها
      history N        النسخ السابقة للمشاركة N؛ و reactions N يعرض من تفاعل
      quote N [A-B]    في موضوع: اقتباس المشاركة N (أو أسطرها من A إلى B) في
                       ردك التالي؛ اقتبس عدة مشاركات، ثم r
      messages         محادثاتك الخاصة؛ الرقم يعرض إحداها (أحدث 20 رسالة
                       فيها؛ و older يعرض المزيد)، و write للكتابة فيها؛
                       و messages WORDS يبحث فيها
      message NAMES    مراسلة أعضاء على انفراد، أو message committee لمراسلة
                       لجنة التحرير (لا يقرأ المحادثة إلا أعضاؤها)
      report N REASON  في محادثة: إرسال الرسالة N إلى اللجنة
      block NAME       منع وصول رسائل عضو وإشاراته وردوده
                       إليك؛ و unblock NAME لإلغاء ذلك؛ و blocked يعرضهم
      people           دليل الأشخاص (الأعضاء)؛ و people WORDS يضيّقه
      submit           اقتراح مجتمع أو فعالية أو وظيفة أو مورد أو ممارسة
      s                مقترحاتك (للأعضاء)؛ التسجيل (للزوار الذين لديهم مفتاح)
      resubmit NUMBER  استئناف مسودة أو مقترح مُعاد
      profile          هويتك هنا؛ و plain on أو off أو auto يضبط الوضع البسيط
      edit profile     اسمك، ومنظمتك، ومنطقتك، ومنطقتك الزمنية، وسطر تعريفي، وكفاءاتك
      keys             مفاتيحك؛ add key، و remove key N؛ و password يعيّن كلمة مرور
      h                هذه الأوامر
      q                مغادرة Stoa
    عند كتابة مشاركة، اكتبها سطرًا سطرًا؛ السطر الذي لا يحوي إلا نقطة (.) يرسلها، والسطر الذي لا يحوي إلا كلمة cancel يتجاهلها.
plain-help-committee =
    أوامر لجنة التحرير:
      queue            ما ينتظر المراجعة؛ الرقم يفتحه، ثم a أو c أو x للبتّ فيه
      flags            المشاركات المُبلَّغ عنها؛ hide N أو dismiss N
      coverage         الممارسات حسب الاستراتيجية وإقليم منظمة الصحة العالمية والمستوى: الثغرات
      withdraw         على فعالية أو وظيفة: إزالتها من لوحتها؛ على خبر: سحبه
      correct          على خبر: تغييره مع ذكر السبب
      level N          على ممارسة: تغيير مستواها
      write news       نشر خبر
plain-welcome = مرحبًا بك في { $site }، { $name }.
plain-welcome-guest = مرحبًا بك في { $site }. أنت تقرأ بصفتك زائرًا؛ اكتب s للتسجيل والمشاركة.
plain-intro = هذا هو الوضع البسيط: اكتب رقمًا أو أمرًا، ثم Enter. يعرض h قائمة الأوامر.
plain-ask-title = اكتب عنوان الموضوع الجديد، ثم Enter.
plain-ask-delete = حذف المشاركة { $post }؟ اكتب yes لحذفها.
plain-ask-submit = اكتب رقم ما تريد تقديمه: 1 مجتمع، 2 فعالية، 3 وظيفة، 4 مورد، 5 ممارسة؛ أو cancel.
plain-ask-answer = اكتب إجابتك، أو cancel.
plain-ask-reason = اكتب السبب، أو cancel.
plain-ask-body = اكتب مشاركتك سطرًا سطرًا. السطر الذي لا يحوي إلا نقطة (.) يرسلها؛ و cancel يتجاهلها.
plain-error = خطأ: { $error }
plain-communities = { $n ->
        [zero] المجتمعات: لا يوجد أي منها
        [one] المجتمعات، مجتمع واحد:
        [two] المجتمعات، مجتمعان:
        [few] المجتمعات، { $n } مجتمعات:
        [many] المجتمعات، { $n } مجتمعًا:
       *[other] المجتمعات، { $n } مجتمع:
    }
plain-threads = { $n ->
        [zero] لا مواضيع
        [one] موضوع واحد
        [two] موضوعان
        [few] { $n } مواضيع
        [many] { $n } موضوعًا
       *[other] { $n } موضوع
    }
plain-with-unread = ، منها { $n } فيها مشاركات غير مقروءة
plain-joined = ، انضممت إليه
plain-home-hint = اكتب رقم مجتمع لفتحه؛ e للفعاليات، j للوظائف، أو library للمكتبة أو news للأخبار.

plain-new = { $n } جديدة
plain-locked = مقفل
plain-thread-line = { $title }، بقلم { $name }، { $replies }، آخر مشاركة { $when }
plain-community-hint = اكتب رقم موضوع لقراءته، أو n لبدء موضوع، أو b للرجوع.
plain-thread-head = { $title }، في { $community }. { $posts }.
plain-posts-range = المشاركات من { $from } إلى { $to } من أصل { $total }:
plain-replying-to = ردًا على المشاركة { $post }
plain-deleted = محذوفة
plain-reactions = التفاعلات: { $list }.
plain-thread-more-hint = اكتب more (أو Enter فقط) للمشاركات من { $from } إلى { $to } من أصل { $total }، أو r ورقم مشاركة للرد عليها، أو b للرجوع.
plain-thread-hint = اكتب r ورقم مشاركة للرد عليها، أو b للرجوع.
plain-more-no-thread = يقرأ more الصفحة التالية من موضوع طويل: افتح موضوعًا أولًا.
plain-end-of-thread = هذه نهاية الموضوع: l يعرض صفحته الأخيرة مجددًا، و b للرجوع.
plain-goodbye = إلى اللقاء.
plain-committee-only = '{ $command }' أمر خاص بلجنة التحرير: h يعرض أوامرك.
plain-open-event-first = افتح فعالية أولًا: y و i للرد عليها.
plain-open-community-first = افتح مجتمعًا أولًا: n يبدأ موضوعًا فيه.
plain-no-title = لا عنوان: لم يُبدأ أي موضوع.
plain-sorted = تُعرض المواضيع مرتبةً: { $order }.
plain-sort-takes = يقبل sort: activity أو newest أو replies.
plain-post-needs-thread = افتح موضوعًا أولًا: post N يقرأ منه بدءًا من مشاركته N.
plain-post-takes = يقبل post رقم مشاركة من هذا الموضوع، كما يظهر معها (المشاركة 14 بقلم ...).

## Round 6: plain mode, commands, item fields
board-item-when = من { $starts } إلى { $ends } ({ $zone })
board-item-where-and-when = المكان والزمان
board-item-classified = التصنيف
board-item-tags = الوسوم: { $tags }
board-item-withdrawn-by = سحبها { $by }: { $reason }
board-item-on-the-events-board = على لوحة الفعاليات (g e): { $going } سيحضرون، { $interested } مهتمون
board-item-event-over = انتهت: ضمن «السابقة» على لوحة الفعاليات
board-item-job-closed-early = أُغلقت مبكرًا: في أرشيف لوحة الوظائف
board-item-job-open = مفتوحة على لوحة الوظائف (g j)
board-item-job-closed = مُغلقة: في أرشيف لوحة الوظائف
board-item-practice-level = الممارسة: { $level }
board-item-in-the-library = في المكتبة (g l) بصفته { $kind }
board-item-on-the-news-screen = على شاشة الأخبار (g n) بصفته { $kind } { $id }
governance-nobody-yet = لا أحد بعد: يعيّن أحد المسؤولين مشرفيها
governance-reach = للتواصل مع اللجنة، أبلغ عن مشاركة لتنظر فيها، أو اقترح مجتمعًا أو فعالية أو وظيفة أو إدخالًا في المكتبة: تراجع اللجنة كلًّا منها وتبيّن أسباب قرارها.
governance-outside-the-forum = خارج المنتدى: { $contact }.
news-byline-blog = تدوينة بقلم { $name }
news-byline-member = خبر من { $name }
practice-what-was-expected = ما كان متوقعًا
practice-what-happened = ما حدث
practice-why = السبب
practice-what-others-should-do-instead = ما ينبغي للآخرين فعله بدلًا من ذلك
practice-caveat = (تحفّظ المصدر: { $caveat })
app-post-held = تُراجَع المشاركات الأولى للأعضاء الجدد: مشاركتك في قائمة الانتظار (g s).
app-fields-need-attention = { $n ->
        [zero] لا حقول تحتاج إلى انتباه.
        [one] حقل واحد يحتاج إلى انتباه: انظر الرسالة أسفله.
        [two] حقلان يحتاجان إلى انتباه: انظر الرسالتين أسفلهما.
        [few] { $n } حقول تحتاج إلى انتباه: انظر الرسائل أسفلها.
        [many] { $n } حقلًا تحتاج إلى انتباه: انظر الرسائل أسفلها.
       *[other] { $n } حقل تحتاج إلى انتباه: انظر الرسائل أسفلها.
    }
app-not-saved = لم يُحفظ: { $problems }.
app-also = { $under } وأيضًا: { $problems }.
chrome-too-small = الطرفية صغيرة جدًا: { $size }، والمطلوب { $need }
communities-could-not-read = تعذّرت قراءة المجتمعات: { $error }
communities-none-yet = لا مجتمعات بعد.
communities-sign-up-to-join = سجّل للانضمام إلى المجتمعات: اضغط g ثم u.
busy-leaving = جارٍ المغادرة…
busy-joining = جارٍ الانضمام…
communities-left = غادرت { $name }.
communities-joined = انضممت إلى { $name }: يظهر الآن أولًا في شاشتك الرئيسية.
tabs-shown-of = { $label } ({ $n } من { $count }، Tab للتالي)
muted-until = مكتوم حتى { $when }: { $reason }
muted-until-lifted = مكتوم إلى أن ترفع اللجنة الكتم: { $reason }
signup-needs-key = اتصل بمفتاح SSH للتسجيل: يصبح هو وسيلة دخولك.
form-leave-question = مغادرة هذا النموذج؟ سيضيع ما كتبته فيه.
plain-account-name = اسمك كما يراه الآخرون
plain-account-organization = منظمتك
plain-account-region = إقليمك في منظمة الصحة العالمية
plain-account-time-zone = منطقتك الزمنية
plain-account-bio = سطر تعريفي عنك
plain-account-competencies = الكفاءات التي تعمل على بنائها
plain-account-ask = { $question }:
plain-account-now = (الحالي: { $now }. Enter يُبقيه.)
plain-account-type-its-number = { $question }؛ اكتب رقمه.
plain-account-competencies-ask = { $question }، للفعاليات والموارد التي تبنيها (learning)؛ أرقامها مفصولة بفواصل، أو none.
plain-account-paste-key = الصق المفتاح العام في سطر واحد (ssh-ed25519 AAAA... you@laptop)، أو cancel:
plain-account-remove-key-ask = إزالة المفتاح { $fingerprint }؟ اكتب yes لإزالته.
plain-account-current-password = كلمة مرورك الحالية (تظهر نجومًا):
plain-account-new-password = كلمة المرور الجديدة (تظهر نجومًا):
plain-account-new-password-again = كلمة المرور الجديدة مرة أخرى:
plain-account-competency-numbers = اكتب أرقامًا من 1 إلى { $n } مفصولة بفواصل، أو none
plain-account-guests = ليس للزوار حساب: s يسجّلك.
plain-account-keys-head = مفاتيح SSH الخاصة بك، { $n }:
plain-account-key-line = { $fingerprint } { $comment }، أُضيف { $added }
plain-account-keys-hint = add key يضيف مفتاحًا؛ و remove key ورقم يزيل مفتاحًا.
plain-account-remove-key-how = اكتب keys لمعرفة أرقامها، ثم remove key ورقمًا.
plain-account-nothing-changed = لم يتغيّر شيء.
plain-account-type-a-number = اكتب رقمًا من 1 إلى { $n }
plain-account-kept = أُبقي عليه.
plain-account-password-set = عُيّنت كلمة المرور: يمكنك الدخول بـ { $ssh } أيضًا.
plain-committee-tags = الوسوم: { $tags }
plain-committee-queue-only = قائمة المراجعة خاصة بلجنة التحرير.
plain-committee-queue-empty = لا شيء بانتظار المراجعة.
plain-committee-queue-head = قائمة المراجعة، { $n } بالانتظار، الأقدم أولًا:
plain-committee-queue-line = { $kind } «{ $title }» من { $name }، أُرسل { $ago }
plain-committee-queue-hint = اكتب رقم عنصر لقراءته والبتّ فيه، أو b للرجوع.
plain-committee-submission-head = المقترح { $id }: { $kind } «{ $title }» من { $name }، { $state }.
plain-committee-read-files = اقرأ الملفات بـ { $sftp } (في review/{ $folder }/).
plain-committee-decide-hint = اكتب a للموافقة، أو c لطلب تعديلات، أو x للرفض؛ وكلٌّ منها يطلب السبب. و b للرجوع.
plain-committee-why-approve = لماذا الموافقة عليه؟ اكتب السبب الذي سيقرؤه صاحبه، أو cancel.
plain-committee-what-to-change = ما الذي ينبغي لصاحبه تغييره؟ اكتب السبب الذي سيقرؤه، أو cancel.
plain-committee-why-reject = لماذا رفضه؟ اكتب السبب الذي سيقرؤه صاحبه، أو cancel.
plain-committee-flags-only = البلاغات خاصة بلجنة التحرير.
plain-committee-flags-head = المشاركات المُبلَّغ عنها، { $n }:
plain-committee-flag-line = المشاركة { $post } بقلم { $name } في «{ $thread }»: { $reasons }. نصها: { $says }
plain-committee-flags-hint = اكتب hide ورقم مشاركة لإخفائها، أو dismiss ورقمها لإبقائها؛ وكلاهما يطلب السبب.
plain-committee-resolve-only = إخفاء المشاركات ورفض البلاغات من اختصاص لجنة التحرير.
plain-committee-not-a-post-number = '{ $number }' ليس رقم مشاركة.
plain-committee-why-hide = لماذا إخفاء المشاركة { $post }؟ اكتب السبب، أو cancel.
plain-committee-why-keep = لماذا إبقاء المشاركة { $post }؟ اكتب السبب، أو cancel.
plain-committee-steward-only = هذا من اختصاص لجنة التحرير.
plain-committee-level-takes = اكتب level ورقمًا: { $levels }.
plain-committee-steward-what = افتح فعالية أو وظيفة أو خبرًا لسحبه، أو ممارسة لتغيير مستواها.
plain-committee-why-audit = لماذا؟ اكتب السبب، وسيُحفظ في سجل التدقيق، أو cancel.
plain-committee-criterion = يشترط المستوى «{ $level }»، المعيار { $n } من { $total }: { $criterion }. هل تستوفيه الممارسة؟ yes أو no (أو cancel).
plain-committee-nothing-done = لم يُنفَّذ شيء.
plain-committee-yes-or-no = اكتب yes أو no. { $again }
plain-committee-reason-audit = اكتب السبب، وسيُحفظ في سجل التدقيق، أو cancel.
plain-committee-submission-now = أصبح المقترح { $id } الآن: { $state }.
plain-committee-post-hidden = أُخفيت المشاركة { $post }.
plain-committee-flags-dismissed = رُفضت البلاغات عن المشاركة { $post }.
plain-committee-withdrawn-event = سُحب: لم يعد على لوحة الفعاليات.
plain-committee-withdrawn-news = سُحب: لم يعد في الأخبار والخلاصات والبحث.
plain-committee-level-now = أصبحت الآن «{ $level }»: التغيير مسجّل في سجلّها.
plain-committee-not-done = لم يُنفَّذ: { $error }.
plain-committee-members-head = لجنة التحرير:
plain-news-draft-region-number = اكتب رقمًا من 1 إلى { $n }، أو Enter.
plain-news-draft-correcting = تصحيح «{ $title }». لماذا؟ يراه القراء مع التصحيح (أو cancel).
plain-news-draft-headline-keep = العنوان (Enter يُبقي «{ $title }»):
plain-news-draft-region-keep = إقليمه: اكتب رقمه، أو Enter لإبقائه.
plain-news-draft-text-correcting = نصه، سطرًا سطرًا؛ النقطة (.) وحدها تحفظ التصحيح (وإن لم تُكتب أسطر، يبقى النص كما كان).
plain-news-draft-headline = العنوان:
plain-news-draft-region = إقليمه: اكتب رقمه، أو Enter لخبر موجّه إلى الجميع.
plain-news-draft-text = نصه، سطرًا سطرًا؛ السطر الذي لا يحوي إلا نقطة (.) ينشره، و cancel يتجاهله.
plain-news-draft-committee-writes = تكتب لجنة التحرير الأخبار.
plain-news-draft-committee-corrects = تصحّح لجنة التحرير الأخبار.
plain-news-draft-open-first = افتح خبرًا أولًا: correct يغيّره.
plain-news-draft-withdrawn = سُحب هذا الخبر: الخبر المسحوب لا يُصحَّح.
plain-news-draft-not-found = غير موجود: { $error }.
plain-news-draft-thrown-away = تم تجاهله.
plain-news-draft-published = نُشر: «{ $title }».
plain-news-draft-not-published = لم يُنشر: { $error }. اكتب مزيدًا من الأسطر، ثم نقطة؛ أو cancel.
plain-news-draft-corrected = صُحّح، مع سببك.
plain-news-draft-not-corrected = لم يُصحَّح: { $error }.
plain-close-job-open-first = افتح وظيفة أولًا: close يغلق وظيفة نشرتها.
plain-close-job-not-closed = لم تُغلق: { $error }.
plain-more-than-999-unread = أكثر من 999 غير مقروءة
plain-new-notification = إشعار جديد ({ $waiting }): اكتب ! لقراءته.
plain-new-message = رسالة جديدة في المحادثة { $conversation }: اكتب messages لقراءتها.
plain-unread-notifications = { $n ->
        [zero] ليس لديك إشعارات غير مقروءة.
        [one] لديك إشعار واحد غير مقروء: اكتب ! لقراءته.
        [two] لديك إشعاران غير مقروءين: اكتب ! لقراءتهما.
        [few] لديك { $n } إشعارات غير مقروءة: اكتب ! لقراءتها.
        [many] لديك { $n } إشعارًا غير مقروء: اكتب ! لقراءتها.
       *[other] لديك { $n } إشعار غير مقروء: اكتب ! لقراءتها.
    }
plain-unread-notifications-many = لديك أكثر من 999 إشعارًا غير مقروء: اكتب ! لقراءتها.
plain-prompt-title = العنوان:
plain-prompt-reason = السبب:
plain-proposing-all-done = هذا كل شيء. اكتب send لإرساله إلى لجنة التحرير، أو draft للاحتفاظ به مسودةً، أو cancel.
plain-proposing-all-done-correction = هذا كل شيء. اكتب send لحفظ التصحيح فورًا، أو cancel.
plain-proposing-so-far = { $n } حتى الآن. التالي، أو سطر فارغ لإنهائها:
plain-proposing-now = (الحالي: { $answer }. Enter يُبقيه.)
plain-proposing-type-number = اكتب رقمًا من 1 إلى { $n }
plain-proposing-type-numbers = اكتب أرقامًا من 1 إلى { $n } مفصولة بفواصل
plain-proposing-type-yes-or-no = اكتب yes أو no
plain-proposing-sign-up-first = سجّل أولًا (s): ثم يمكنك تقديم المقترحات.
plain-proposing-what-to-submit = ماذا تريد أن تقدّم؟ اكتب رقمه، أو cancel.
plain-proposing-nothing-submitted = لم يُقدَّم شيء.
plain-proposing-choose-kind = اكتب رقمًا من 1 إلى 6، أو cancel.
plain-proposing-how-to-stop = اكتب cancel عند أي سؤال للتوقف، أو draft للاحتفاظ بما كتبته حتى الآن.
plain-proposing-not-a-number = '{ $number }' ليس رقم مقترح.
plain-proposing-no-longer-changed = المقترح { $id } في حالة «{ $state }»: لم يعد من الممكن تغييره.
plain-proposing-held-post = تُعدَّل المشاركة المحتجزة في وضع ملء الشاشة.
plain-proposing-committee-said = قالت اللجنة: { $note }
plain-proposing-answers-shown = يعرض كل سؤال إجابته الآن؛ و Enter يُبقيها.
plain-proposing-open-event-or-job = افتح فعالية أو وظيفة نشرتها: correct يغيّرها.
plain-proposing-poster-only = لا يصحّحها إلا ناشرها ولجنة التحرير.
plain-proposing-correction-reason = ما الذي تغيّر، ولماذا (لسجل التدقيق ولمن أجابوا)؟
plain-proposing-correcting = يعرض كل سؤال إجابته الآن؛ و Enter يُبقيها. بعد السؤال الأخير، send يحفظ التصحيح فورًا.
plain-proposing-send-draft-or-cancel = اكتب send أو draft أو cancel.
plain-proposing-correction-no-draft = ليس للتصحيح مسودة: اكتب send لحفظه، أو cancel.
plain-proposing-not-event-or-job = ليست فعالية ولا وظيفة
plain-proposing-corrected = صُحّح: يظهر التغيير فورًا.
plain-proposing-not-corrected = لم يُصحَّح: { $error }. اكتب send للمحاولة مجددًا، أو cancel.
plain-proposing-sent = أُرسل المقترح { $id }: ستراجعه لجنة التحرير (s يعرض مقترحاتك).
plain-proposing-draft-kept = حُفظت المسودة { $id }: resubmit { $id } يستأنفها.
plain-proposing-not-saved = لم يُحفظ: { $error }.
plain-proposing-not-yet = ليس بعد:
plain-proposing-kind-community = مجتمع
plain-proposing-kind-event = فعالية
plain-proposing-kind-job = وظيفة أو فرصة
plain-proposing-kind-resource = مورد
plain-proposing-kind-practice = ممارسة
plain-proposing-kind-news = خبر أو تدوينة
plain-proposing-strategies = أيّ الاستراتيجيات الخمس (أرقامها مفصولة بفواصل)؟
plain-proposing-some-strategies = على أيّ الاستراتيجيات الخمس يعمل (أرقامها مفصولة بفواصل؛ Enter إن لم يكن أيّ منها)؟
plain-proposing-competencies = أيّ الكفاءات يساعد على بنائها (أرقامها مفصولة بفواصل؛ Enter إن لم يكن أيّ منها)؟
plain-proposing-audiences = لمن هو موجّه (أرقامهم مفصولة بفواصل؛ Enter إن لم يكن أحد منهم)؟
plain-proposing-community = أيّ مجتمع يناقشه؟
plain-proposing-title = عنوانه؟
plain-proposing-country = بلده (Enter إن لم يكن)؟
plain-proposing-tags = الوسوم، مفصولة بفواصل (Enter إن لم تكن)؟
plain-proposing-community-name = اسم المجتمع؟
plain-proposing-community-slug = اسمه المختصر، للعناوين: a-z و 0-9 و '-'؟
plain-proposing-community-purpose = الغرض منه، في جملة أو جملتين؟

plain-proposing-community-audience = لمن هو موجّه؟
plain-proposing-community-members-only = هل يقرؤه الأعضاء المسجّلون وحدهم، دون الزوار؟ yes أو no؟
plain-proposing-event-kind = ما نوع الفعالية؟
plain-proposing-event-starts = متى تبدأ، بتوقيت المنظِّم، مثلًا 2027-03-02 09:00؟
plain-proposing-event-ends = متى تنتهي، مثلًا 2027-03-03 17:00؟
plain-proposing-event-time-zone = المنطقة الزمنية للمنظِّم، مثلًا Africa/Nairobi؟
plain-proposing-event-online = رابطها على الإنترنت، https://... (Enter إن لم يكن)؟
plain-proposing-event-city = مدينتها، إن كانت حضورية (Enter إن لم تكن)؟
plain-proposing-event-organizer = من ينظّمها؟
plain-proposing-event-deadline = لدعوة تقديم الأوراق، آخر يوم للتقديم، مثلًا 2027-01-15 (Enter إن لم يكن)؟
plain-proposing-event-region = لأيّ إقليم هي؟
plain-proposing-event-description = ما هي، ولمن، وما تكلفتها؟
plain-proposing-job-kind = ما نوعها؟
plain-proposing-job-organization = المنظمة التي تعرضها؟
plain-proposing-job-location = مدينتها أو مكانها (Enter إن كانت عن بُعد)؟
plain-proposing-job-region = في أيّ إقليم هي؟
plain-proposing-job-remote = هل يمكن أداؤها عن بُعد؟ yes أو no؟
plain-proposing-job-closes = آخر يوم للتقديم، مثلًا 2027-01-31؟
plain-proposing-job-competencies = أيّ الكفاءات (أرقامها مفصولة بفواصل؛ Enter إن لم يكن أيّ منها)؟
plain-proposing-job-description = الدور أو البرنامج، ومن يناسبه؟
plain-proposing-job-how-to-apply = كيف يُتقدَّم إليها؟
plain-proposing-resource-kind = ما نوع المورد؟
plain-proposing-resource-authors = مؤلفوه، أو المنظمة التي كتبته؟
plain-proposing-resource-year = سنة صدوره؟
plain-proposing-resource-link = أين يوجد: https://... (Enter إن لم يكن، إذا قدّمت نصه أو ملفاته)؟
plain-proposing-resource-language = لغته؟
plain-proposing-resource-summary = ما هو، وماذا يقول، ولمن هو موجّه؟
plain-proposing-resource-text = نصه الخاص ليقرأه الأعضاء هنا، في سطر واحد (Enter إن لم يكن؛ وتستوعب شاشة الوضع الكامل النصوص الأطول)؟
plain-proposing-resource-files = ملفات من مرفوعاتك لإرفاقها، بأسمائها، مفصولة بفواصل (Enter إن لم تكن؛ يضع sftp الملفات في uploads/)؟
plain-proposing-resource-region = أيّ إقليم يخصّ؟
plain-proposing-resource-country = البلد، إن كان يتناول بلدًا بعينه (Enter إن لم يكن)؟
plain-proposing-news-kind = أهو خبر، أم تدوينة (روايتك أو رأيك الشخصي، بتوقيعك)؟
plain-proposing-news-title = عنوانه؟
plain-proposing-news-region = أيّ إقليم يتناول (عالمي للجميع)؟
plain-proposing-news-body = نصه، فقرة في كل سطر؛ والسطر الفارغ ينهيه؟
plain-proposing-practice-level = إلى أيّ مدى تقدّمت؟
plain-proposing-practice-country = البلد الذي جرت فيه؟
plain-proposing-practice-setting = أين طُبّقت وعلى أيّ نطاق، مثلًا 12 مركزًا صحيًا ريفيًا؟
plain-proposing-practice-period = متى طُبّقت، مثلًا 2016-2021؟
plain-proposing-practice-summary = ما هي، في بضعة أسطر؟
plain-proposing-practice-what-was-done = ما الذي أُنجز؟
plain-proposing-practice-results = ما الذي نتج عنها (وفي حالة الإخفاق المفيد: ما الذي حدث)؟
plain-proposing-practice-impact = أثرها في الناس والخدمات، أبعد مما قيس (Enter إن لم يكن)؟
plain-proposing-practice-expected = في حالة الإخفاق المفيد، ما الذي كان متوقعًا (Enter إن لم تكن كذلك)؟
plain-proposing-practice-why = في حالة الإخفاق المفيد، لماذا لم يتحقق (Enter إن لم تكن كذلك)؟
plain-proposing-practice-instead = في حالة الإخفاق المفيد، ما الذي ينبغي للآخرين فعله بدلًا من ذلك (Enter إن لم تكن كذلك)؟
plain-proposing-practice-lessons = ما الذي يمكن للآخرين تعلّمه منها (Enter إن لم يكن، في حالة الإخفاق المفيد)؟
plain-proposing-practice-references = مراجعها، مرجع في كل سطر: الاستشهاد | https://link (الرابط إن وُجد)؛ والسطر الفارغ ينهيها؟
plain-proposing-practice-figures = أرقامها، رقم في كل سطر، ينتهي كلٌّ منها برقم المرجع الذي أُخذ منه، مثلًا ارتفعت التغطية إلى 75% [1]، ثم | وتحفّظ المصدر إن ذكر تحفّظًا؛ والسطر الفارغ ينهيها؟
plain-proposing-practice-contact = من يُسأل عنها (Enter إن لم يكن)؟
plain-proposing-practice-region = أيّ إقليم؟
plain-joined-none = لم تنضم إلى أي مجتمع بعد: افتح أحدها من القائمة الرئيسية واكتب join.
plain-latest-threads = { $n ->
        [zero] الأحدث، لا مواضيع:
        [one] الأحدث، موضوع واحد:
        [two] الأحدث، موضوعان:
        [few] الأحدث، { $n } مواضيع:
        [many] الأحدث، { $n } موضوعًا:
       *[other] الأحدث، { $n } موضوع:
    }
plain-unread-threads = { $n ->
        [zero] غير المقروء، لا مواضيع:
        [one] غير المقروء، موضوع واحد:
        [two] غير المقروء، موضوعان:
        [few] غير المقروء، { $n } مواضيع:
        [many] غير المقروء، { $n } موضوعًا:
       *[other] غير المقروء، { $n } موضوع:
    }
plain-latest-line = { $title }، في { $community }: { $replies }، آخر مشاركة { $when }
plain-latest-hint = اكتب رقمًا لقراءة ذلك الموضوع، أو b للرجوع.
plain-bookmarks-head = إشاراتك المرجعية، { $n }:
plain-reminder-on = تذكير في { $day }
plain-bookmark-line = المشاركة { $post } في { $title }، بقلم { $name }
plain-bookmarks-hint = اكتب رقمًا لقراءة ذلك الموضوع؛ و bookmark N DAY يضبط تذكيرًا، و unbookmark N يزيل إشارة.
plain-bookmark-usage = اكتب رقم المشاركة: bookmark 12، أو bookmark 12 2026-12-01 للتذكير.
plain-bookmark-taken-away = أُزيلت الإشارة المرجعية عن المشاركة { $post }.
plain-was-not-bookmarked = لم تكن على المشاركة { $post } إشارة مرجعية.
plain-not-bookmarked = لم تُحفظ الإشارة المرجعية: { $error }.
plain-bookmarked-with-reminder = وُضعت إشارة مرجعية على المشاركة { $post }؛ مع تذكير في { $day }.
plain-bookmarked = وُضعت إشارة مرجعية على المشاركة { $post }: bookmarks يعرضها.
plain-react-usage = اكتب react ورقم المشاركة و thanks أو +1 أو insightful: react 12 thanks.
plain-reaction-given = مُنح { $reaction } للمشاركة { $post }: سيُبلَّغ كاتبها بذلك.
plain-reaction-taken-back = سُحب { $reaction } من المشاركة { $post }.
plain-reaction-not-done = لم يُنفَّذ: { $error }.
plain-history-usage = اكتب رقم المشاركة: history 12.
plain-never-edited = لم تُعدَّل المشاركة { $post } قط.
plain-quote-usage = اكتب quote ورقم مشاركة، وأيّ أسطرها إن لم تكن كلها: quote 12 2-3.
plain-quote-needs-thread = افتح موضوعًا أولًا: quote يقتبس إحدى مشاركاته.
plain-quote-other-thread = المشاركة { $post } في موضوع آخر.
plain-quote-lines-range = { $n ->
        [zero] ليس في المشاركة { $post } أي سطر.
        [one] في المشاركة { $post } سطر واحد: اختر من 1 إلى { $n }.
        [two] في المشاركة { $post } سطران: اختر من 1 إلى { $n }.
        [few] في المشاركة { $post } { $n } أسطر: اختر من 1 إلى { $n }.
        [many] في المشاركة { $post } { $n } سطرًا: اختر من 1 إلى { $n }.
       *[other] في المشاركة { $post } { $n } سطر: اختر من 1 إلى { $n }.
    }
plain-quoted = { $n ->
        [zero] لم يُقتبس أي سطر من المشاركة { $post }.
        [one] اقتُبس سطر واحد من المشاركة { $post } لردك التالي (r ورقم مشاركة).
        [two] اقتُبس سطران من المشاركة { $post } لردك التالي (r ورقم مشاركة).
        [few] اقتُبست { $n } أسطر من المشاركة { $post } لردك التالي (r ورقم مشاركة).
        [many] اقتُبس { $n } سطرًا من المشاركة { $post } لردك التالي (r ورقم مشاركة).
       *[other] اقتُبس { $n } سطر من المشاركة { $post } لردك التالي (r ورقم مشاركة).
    }
plain-reply-starts-with-quotes = يبدأ ردك بما اقتبسته:
plain-reactions-usage = اكتب رقم المشاركة: reactions 12.
plain-no-reactions = لا تفاعلات مع المشاركة { $post } بعد.
plain-reaction-from = { $reaction } من { $names }
plain-post-reactions = المشاركة { $post }: { $list }.
plain-signup-policy-again = اكتب yes لقبول السياسة التحريرية وإنشاء حسابك، أو no للتوقف، أو l لقراءتها مجددًا.
plain-signup-username = اختر اسم مستخدم: من 2 إلى 32 حرفًا من a-z و 0-9 و _ و -. يراه الآخرون على مشاركاتك.
plain-signup-name = اسمك كما سيراه الآخرون:
plain-signup-organization = منظمتك (Enter لتركها فارغة):
plain-signup-region = إقليمك في منظمة الصحة العالمية؛ اكتب رقمه:
plain-signup-time-zone = منطقتك الزمنية، مثلًا Africa/Nairobi (Enter لـ UTC):
plain-signup-policy-head = السياسة التحريرية:
plain-signup-policy-ask = اكتب yes لقبولها وإنشاء حسابك، أو no للتوقف.
plain-signup-already = أنت مسجّل بالفعل.
plain-signup-needs-key = اتصل بمفتاح SSH للتسجيل: يصبح هو وسيلة دخولك.
plain-signup-start = التسجيل. اكتب cancel عند أي سؤال للتوقف.
plain-signup-not-signed-up = لم يتم التسجيل.
plain-signup-taken = '{ $name }' مأخوذ؛ اختر اسمًا آخر
plain-signup-needs-key-short = اتصل بمفتاح SSH للتسجيل.
plain-signup-welcome-admin = مرحبًا بك في الشبكة، { $name }! أنت أول عضو في المنتدى، لذا فأنت مسؤوله.
plain-signup-welcome = مرحبًا بك في الشبكة، { $name }!
plain-signup-start-again = لم يتم التسجيل: { $problems }. لنبدأ من جديد.
plain-signup-failed = لم يتم التسجيل: { $error }.
plain-not-shown = لم يُعرض: { $error }.
plain-needs = يحتاج '{ $command }' إلى { $what }: h يبيّن الطريقة.
plain-needs-post-or-item = رقم مشاركة أو عنصر
plain-needs-level = رقم المستوى الجديد
plain-needs-words = كلمات للبحث عنها
plain-needs-strategy = رقم استراتيجية (strategies يعرضها)
plain-needs-on-off-auto = on أو off أو auto
plain-needs-whom = من تكتب إليه: أسماء أعضاء، أو committee
plain-needs-post = رقم مشاركة
plain-needs-post-and-reaction = رقم مشاركة و thanks أو +1 أو insightful
plain-needs-message-and-why = رقم رسالة والسبب
plain-needs-member = اسم عضو
plain-needs-key = رقم المفتاح (keys يعرضها)
plain-not-a-command = '{ $command }' ليس أمرًا هنا: h يعرض الأوامر.
plain-open-no-such-number = لا يوجد الرقم { $n } هنا: l يعرض هذا المكان مجددًا.
plain-new-since-visit = { $n ->
        [zero] لا مشاركات جديدة منذ زيارتك الأخيرة.
        [one] مشاركة واحدة جديدة منذ زيارتك الأخيرة: القراءة تبدأ منها (top يقرأ من البداية).
        [two] مشاركتان جديدتان منذ زيارتك الأخيرة: القراءة تبدأ من أولاهما (top يقرأ من البداية).
        [few] { $n } مشاركات جديدة منذ زيارتك الأخيرة: القراءة تبدأ من أولاها (top يقرأ من البداية).
        [many] { $n } مشاركةً جديدة منذ زيارتك الأخيرة: القراءة تبدأ من أولاها (top يقرأ من البداية).
       *[other] { $n } مشاركة جديدة منذ زيارتك الأخيرة: القراءة تبدأ من أولاها (top يقرأ من البداية).
    }
plain-reply-needs-thread = افتح موضوعًا أولًا: r يرد على إحدى مشاركاته.
plain-not-a-post-number = '{ $number }' ليس رقم مشاركة.
plain-reply-other-thread = المشاركة { $post } في موضوع آخر: r يرد على مشاركة من هذا الموضوع (تظهر أرقامها مع كل مشاركة).
plain-replying-to-post = الرد على المشاركة { $post }.
plain-guests-cannot-write = لا يمكن للزوار الكتابة: سجّل أولًا (اكتب s؛ لا يستغرق الأمر إلا دقيقة).
plain-draft-back = { $n ->
        [zero] عادت مسودتك من { $when }، دون أسطر:
        [one] عادت مسودتك من { $when }، سطر واحد:
        [two] عادت مسودتك من { $when }، سطران:
        [few] عادت مسودتك من { $when }، { $n } أسطر:
        [many] عادت مسودتك من { $when }، { $n } سطرًا:
       *[other] عادت مسودتك من { $when }، { $n } سطر:
    }
plain-thrown-away = تم تجاهلها.
plain-thread-started = بُدئ الموضوع { $thread }.
plain-reply-posted = نُشر الرد بوصفه المشاركة { $post }.
plain-post-edited = عُدّلت المشاركة { $post }: النسخة السابقة محفوظة في سجلها.
plain-first-posts-reviewed = تُراجَع المشاركات الأولى للأعضاء الجدد: مشاركتك في قائمة الانتظار.
plain-not-posted = لم تُنشر: { $error }. اكتب مزيدًا من الأسطر، ثم نقطة؛ أو cancel.
plain-message-sent = أُرسلت الرسالة { $number } في المحادثة { $conversation }. l يعرض المحادثة مجددًا، و b يعود إلى رسائلك.
plain-not-sent = لم تُرسل: { $error }. اكتب مزيدًا من الأسطر، ثم نقطة؛ أو cancel.
plain-events-heading = الفعاليات القادمة، { $n }، بتوقيتك المحلي:
plain-events-you-are = { $answer ->
        [going] ستحضر
       *[interested] أنت مهتم
    }
plain-events-hint = اكتب رقم فعالية لقراءتها، أو b للرجوع.
plain-event-head = { $title }. { $kind } من تنظيم { $organizer }.
plain-event-when = من { $from } إلى { $to }، بتوقيتك.
plain-event-when-organizer = من { $from } إلى { $to } بتوقيت { $zone }، توقيت المنظِّم.
plain-event-where = المكان: { $place }.
plain-event-online = عبر الإنترنت: { $link }
plain-event-deadline = آخر موعد للتقديم: { $date }.
plain-item-strategy = الاستراتيجية: { $stream }.
plain-item-region = الإقليم: { $region }.
plain-item-competencies = الكفاءات: { $list }.
plain-item-for = موجّه إلى: { $list }.
plain-event-hint = اكتب y إن كنت ستحضر، أو i إن كنت مهتمًا (مجددًا للتراجع)، أو b للرجوع.
plain-events-answered = { $answer ->
        [going] ستحضر. { $going } سيحضرون، { $interested } مهتمون.
       *[interested] أنت مهتم. { $going } سيحضرون، { $interested } مهتمون.
    }
plain-jobs-heading = { $n ->
        [zero] الوظائف والفرص المفتوحة، لا عناصر:
        [one] الوظائف والفرص المفتوحة، عنصر واحد:
        [two] الوظائف والفرص المفتوحة، عنصران:
        [few] الوظائف والفرص المفتوحة، { $n } عناصر:
        [many] الوظائف والفرص المفتوحة، { $n } عنصرًا:
       *[other] الوظائف والفرص المفتوحة، { $n } عنصر:
    }
plain-jobs-line = { $title }، { $kind } لدى { $organization }، { $place }؛ تُغلق في { $date }
plain-item-number-hint = اكتب رقم عنصر لقراءته، أو b للرجوع.
plain-job-head = { $title }. { $kind } لدى { $organization }، { $place }.
plain-job-closes = تُغلق في { $date }.
plain-job-closes-closed = تُغلق في { $date } (مُغلقة).
plain-job-how-to-apply = طريقة التقديم: { $how }
plain-back-hint = اكتب b للرجوع.
plain-library-heading = { $n ->
        [zero] المكتبة، لا إدخالات:
        [one] المكتبة، إدخال واحد، الأحدث أولًا:
        [two] المكتبة، إدخالان، الأحدث أولًا:
        [few] المكتبة، { $n } إدخالات، الأحدث أولًا:
        [many] المكتبة، { $n } إدخالًا، الأحدث أولًا:
       *[other] المكتبة، { $n } إدخال، الأحدث أولًا:
    }
plain-library-no-strategy = دون استراتيجية محددة
plain-library-hint = اكتب رقم إدخال لقراءته، أو b للرجوع.
plain-entry-kind-practice = ممارسة: { $level }
plain-entry-head = { $title }. { $kind }.
plain-entry-by = تأليف { $authors }، { $year }، اللغة: { $language }.
plain-entry-setting = السياق: { $setting }.
plain-entry-level = المستوى «{ $level }» منذ { $day }، حدّده { $by }: { $reason }
plain-entry-text = النص:
plain-entry-files = الملفات: { $files }.
plain-entry-read-discussion-hint = اكتب d لقراءة النقاش حوله، أو b للرجوع.
plain-entry-start-discussion-hint = اكتب d لبدء النقاش حوله، أو b للرجوع.
plain-entry-sign-up-to-discuss = لم يناقشه أحد بعد. سجّل لبدء النقاش: اكتب s.
plain-entry-new-thread = موضوع جديد في { $community }، بعنوان «{ $title }». تبدأ مشاركته الأولى بـ:
plain-news-heading = { $n ->
        [zero] أخبار لجنة التحرير والأعضاء، لا عناصر:
        [one] أخبار لجنة التحرير والأعضاء، عنصر واحد:
        [two] أخبار لجنة التحرير والأعضاء، عنصران:
        [few] أخبار لجنة التحرير والأعضاء، { $n } عناصر:
        [many] أخبار لجنة التحرير والأعضاء، { $n } عنصرًا:
       *[other] أخبار لجنة التحرير والأعضاء، { $n } عنصر:
    }
plain-news-hint-member = اكتب رقم عنصر لقراءته، أو submit لاقتراح خبر أو تدوينة، أو b للرجوع.
plain-news-withdrawn = { $title }. سحبته لجنة التحرير في { $day }: { $reason }
plain-news-committee-hint = correct يغيّره، و withdraw يسحبه.
plain-multiple-streams = عدة محاور
plain-search-heading = { $n ->
        [zero] البحث عن { $words }: لا نتائج.
        [one] البحث عن { $words }: نتيجة واحدة.
        [two] البحث عن { $words }: نتيجتان.
        [few] البحث عن { $words }: { $n } نتائج.
        [many] البحث عن { $words }: { $n } نتيجةً.
       *[other] البحث عن { $words }: { $n } نتيجة.
    }
plain-search-hint = اكتب رقم نتيجة لفتحها، أو b للرجوع.
plain-learning-guest = لتعلّمك: سجّل (s)، ثم حدّد في ملفك الشخصي الكفاءات التي تعمل على بنائها.

plain-learning-no-competencies = لتعلّمك: لا يذكر ملفك الشخصي أي كفاءات بعد. اكتب edit profile لتحديد التي تعمل على بنائها.
plain-learning-heading = لتعلّمك ({ $competencies }): { $events } و{ $entries }.
plain-count-upcoming-events = { $n ->
        [zero] لا فعاليات قادمة
        [one] فعالية قادمة واحدة
        [two] فعاليتان قادمتان
        [few] { $n } فعاليات قادمة
        [many] { $n } فعاليةً قادمة
       *[other] { $n } فعالية قادمة
    }
plain-count-library-entries = { $n ->
        [zero] لا إدخالات في المكتبة
        [one] إدخال واحد في المكتبة
        [two] إدخالان في المكتبة
        [few] { $n } إدخالات في المكتبة
        [many] { $n } إدخالًا في المكتبة
       *[other] { $n } إدخال في المكتبة
    }
plain-learning-events = الفعاليات، التدريبات أولًا:
plain-learning-event = { $day }، { $kind }: { $title }؛ تبني { $competencies }
plain-learning-library = المكتبة:
plain-learning-entry = { $kind }: { $title }؛ يبني { $competencies }
plain-number-hint = اكتب رقمًا لفتحه، أو b للرجوع.
plain-strategies-heading = استراتيجيات الإطار:
plain-strategies-hint = اكتب strategy ورقمًا لقراءة صفحتها.
plain-strategies-hint-committee = اكتب strategy ورقمًا لقراءة صفحتها، أو coverage للممارسات حسب الاستراتيجية والإقليم والمستوى.
plain-strategy-usage = اكتب strategy ورقمًا من 1 إلى { $n }: strategies يعرضها.
plain-communities-line = المجتمعات: { $names }.
plain-strategy-resources = موارد المكتبة
plain-strategy-practices = الممارسات، حسب المستوى
plain-strategy-events = الفعاليات القادمة
plain-strategy-jobs = الوظائف المفتوحة
plain-strategy-job = { $title } لدى { $organization }
plain-coverage-heading = الممارسات حسب الاستراتيجية وإقليم منظمة الصحة العالمية (AFR، AMR، SEAR، EUR، EMR، WPR، عالمي)؛ والثغرة تُقرأ «لا شيء».
plain-coverage-count = { $n } { $level }
plain-none = لا شيء
plain-notices-heading = الإشعارات، { $unread } غير مقروءة من أصل { $n }، الأحدث أولًا:
plain-notices-new = جديد:
plain-notices-hint = اكتب رقمًا لفتحه (فيُعلَّم كمقروء)، أو read all لتعليم الكل كمقروء، أو b للرجوع.
plain-people-heading = { $n ->
        [zero] الأشخاص: لا أعضاء:
        [one] الأشخاص: عضو واحد، حسب المنظمة:
        [two] الأشخاص: عضوان، حسب المنظمة:
        [few] الأشخاص: { $n } أعضاء، حسب المنظمة:
        [many] الأشخاص: { $n } عضوًا، حسب المنظمة:
       *[other] الأشخاص: { $n } عضو، حسب المنظمة:
    }
plain-people-hint = اكتب رقمًا لقراءة صفحة عضو، أو people WORDS للتضييق، أو b للرجوع.
plain-member-head = { $name } ({ $username })، { $organization }، { $region }، المنطقة الزمنية { $zone }.
plain-member-recent = المشاركات الأخيرة، { $n }:
plain-member-post = في { $thread }: { $opening }
plain-member-hint = اكتب رقمًا لقراءة موضوع تلك المشاركة، أو b للرجوع.
plain-watch-needs-thread = افتح موضوعًا أولًا: watch و unwatch يعملان عليه.
plain-watching = متابَع: ستُشعَر بالمشاركات الجديدة في هذا الموضوع.
plain-not-watching = لم تعد تتابع هذا الموضوع.
plain-read-all-needs-place = افتح مجتمعًا أو إشعاراتك (!) أولًا: read all يعلّم ما تعرضه كمقروء.
plain-messages-heading = محادثاتك الخاصة، { $n }، منها { $unread } غير مقروءة:
plain-messages-unread = (غير مقروءة)
plain-messages-line = مع { $names }: { $about } { $messages }، آخرها { $when }.
plain-messages-none = لا شيء بعد.
plain-messages-hint = اكتب رقمًا لقراءة إحداها؛ و message NAMES يكتب إلى أعضاء (و message committee إلى لجنة التحرير)؛ و messages WORDS يبحث فيها.
plain-conversation-head = المحادثة { $id }: { $about } مع { $names }.
plain-conversation-earlier = { $n ->
        [zero] لا رسائل سابقة غير معروضة.
        [one] رسالة سابقة واحدة غير معروضة: older يعرض { $more } أخرى.
        [two] رسالتان سابقتان غير معروضتين: older يعرض { $more } أخرى.
        [few] { $n } رسائل سابقة غير معروضة: older يعرض { $more } أخرى.
        [many] { $n } رسالةً سابقة غير معروضة: older يعرض { $more } أخرى.
       *[other] { $n } رسالة سابقة غير معروضة: older يعرض { $more } أخرى.
    }
plain-conversation-message = الرسالة { $number }، من { $author }، { $when }:
plain-conversation-message-new = الرسالة { $number } (جديدة)، من { $author }، { $when }:
plain-conversation-reported = مُبلَّغ عنها: الرسالة { $number } من { $author }، { $when }، ونصها:
plain-conversation-reason-given = السبب المذكور:
plain-conversation-hint = اكتب write للرد؛ و report N REASON يرسل الرسالة N إلى اللجنة؛ و block NAME يمنع شخصًا من الوصول إليك؛ و b يعود إلى رسائلك.
plain-messages-found = { $n ->
        [zero] لا رسائل في محادثاتك عن «{ $words }».
        [one] رسالة واحدة في محادثاتك عن «{ $words }»:
        [two] رسالتان في محادثاتك عن «{ $words }»:
        [few] { $n } رسائل في محادثاتك عن «{ $words }»:
        [many] { $n } رسالةً في محادثاتك عن «{ $words }»:
       *[other] { $n } رسالة في محادثاتك عن «{ $words }»:
    }
plain-messages-found-line = المحادثة { $id }، الرسالة { $number } من { $author }: { $first }
plain-messages-found-hint = اكتب رقمًا لقراءة تلك المحادثة، أو b للرجوع.
plain-not-searched = لم يتم البحث: { $error }.
plain-messages-guests = لا يمكن للزوار كتابة الرسائل: سجّل أولًا (اكتب s).
plain-message-needs-whom = يحتاج 'message' إلى من تكتب إليه: أسماء أعضاء، أو committee.
plain-not-now = ليس الآن: { $error }.
plain-message-write = اكتب رسالتك سطرًا سطرًا. السطر الذي لا يحوي إلا نقطة (.) يرسلها؛ و cancel يتجاهلها.
plain-message-no-member = لا يوجد عضو باسم { $name }: people يعرض الأعضاء.
plain-not-started = لم تُبدأ: { $error }.
plain-message-write-to = اكتب إلى { $names } سطرًا سطرًا. السطر الذي لا يحوي إلا نقطة (.) يرسلها؛ و cancel يتجاهلها.
plain-write-needs-conversation = افتح محادثة أولًا (messages، ثم رقمها): write يرد فيها.
plain-report-needs-conversation = افتح محادثة أولًا: report N REASON يرسل رسالتها N إلى اللجنة.
plain-report-usage = يحتاج report إلى رقم رسالة، ثم السبب: report 2 يطلب كلمة مروري
plain-reported = أُبلغ عنها: تقرأ اللجنة تلك الرسالة وسببك، لا غير. يصلك ردها في المحادثة { $id } (messages).
plain-not-reported = لم يُبلَّغ عنها: { $error }.
plain-block-nobody = لا تحظر أحدًا.
plain-block-list = تحظر: { $names }. و unblock NAME يسمح لأحدهم بالوصول إليك مجددًا.
plain-blocked = حُظر { $name }: لم تعد رسائله وإشاراته وردوده تصل إليك.
plain-not-blocked = لم يُحظر: { $error }.
plain-unblocked = أُلغي حظر { $name }: يمكنه الوصول إليك مجددًا.
plain-not-blocking = لم تكن قد حظرت { $name }.
plain-older-needs-conversation = افتح محادثة أولًا: older يعرض رسائلها السابقة.
plain-unread-conversations = { $n ->
        [zero] ليس لديك محادثات فيها رسائل غير مقروءة.
        [one] لديك محادثة واحدة فيها رسائل غير مقروءة: اكتب messages.
        [two] لديك محادثتان فيهما رسائل غير مقروءة: اكتب messages.
        [few] لديك { $n } محادثات فيها رسائل غير مقروءة: اكتب messages.
        [many] لديك { $n } محادثةً فيها رسائل غير مقروءة: اكتب messages.
       *[other] لديك { $n } محادثة فيها رسائل غير مقروءة: اكتب messages.
    }
plain-flag-usage = اكتب flag ورقم المشاركة وسببًا: spam أو off-topic أو inappropriate، أو other مع ملاحظة (flag 12 other تكرّر إعلانًا).
plain-membership-needs-community = افتح مجتمعًا أولًا، أو اكتب { $verb } واسمه المختصر أو رقمه في القائمة الرئيسية.
plain-no-number-here = لا يوجد الرقم { $n } هنا.
plain-already-member = أنت عضو بالفعل في { $name }.
plain-not-member = لست عضوًا في { $name }.
plain-joined-community = انضممت إلى { $name }.
plain-left-community = غادرت { $name }.
plain-not-done = لم يُنفَّذ: { $error }.
plain-not-a-reason = '{ $reason }' ليس سببًا.
plain-flagged = أُبلغ عن المشاركة { $post } بسبب { $reason }: ستنظر فيها لجنة التحرير.
plain-not-flagged = لم يتم الإبلاغ: { $error }.
plain-committee-waiting = { $n ->
        [zero] لا مقترحات بانتظار المراجعة (اكتب queue)
        [one] مقترح واحد بانتظار المراجعة (اكتب queue)
        [two] مقترحان بانتظار المراجعة (اكتب queue)
        [few] { $n } مقترحات بانتظار المراجعة (اكتب queue)
        [many] { $n } مقترحًا بانتظار المراجعة (اكتب queue)
       *[other] { $n } مقترح بانتظار المراجعة (اكتب queue)
    }
plain-committee-flagged = { $n ->
        [zero] لا مشاركات مُبلَّغ عنها بانتظار قرار (اكتب flags)
        [one] مشاركة واحدة مُبلَّغ عنها بانتظار قرار (اكتب flags)
        [two] مشاركتان مُبلَّغ عنهما بانتظار قرار (اكتب flags)
        [few] { $n } مشاركات مُبلَّغ عنها بانتظار قرار (اكتب flags)
        [many] { $n } مشاركةً مُبلَّغًا عنها بانتظار قرار (اكتب flags)
       *[other] { $n } مشاركة مُبلَّغ عنها بانتظار قرار (اكتب flags)
    }
plain-committee-line = للجنة التحرير: { $parts }.
plain-edit-needs-thread = افتح موضوعًا أولًا: e يعدّل إحدى مشاركاتك فيه.
plain-editing = تعديل المشاركة { $post }. نصها الحالي:
plain-editing-hint = اكتب النص الجديد سطرًا سطرًا؛ السطر الذي لا يحوي إلا نقطة (.) يحفظه مكان القديم، و cancel يُبقي القديم.
plain-edit-not-yours = المشاركة { $post } ليست لك لتعدّلها.
plain-delete-needs-thread = افتح موضوعًا أولًا: d يحذف إحدى مشاركاتك فيه.
plain-delete-question = حذف المشاركة { $post }؟ تبقى الردود عليها في مكانها. اكتب yes لحذفها، أو أي شيء آخر لإبقائها.
plain-kept = أُبقي عليها.
plain-post-deleted = حُذفت المشاركة { $post }.
plain-not-deleted = لم تُحذف: { $error }.
plain-submissions-none = لم ترسل شيئًا إلى لجنة التحرير بعد.
plain-submissions-heading = { $n ->
        [zero] مقترحاتك، لا شيء:
        [one] مقترحاتك، مقترح واحد، الأحدث أولًا:
        [two] مقترحاتك، مقترحان، الأحدث أولًا:
        [few] مقترحاتك، { $n } مقترحات، الأحدث أولًا:
        [many] مقترحاتك، { $n } مقترحًا، الأحدث أولًا:
       *[other] مقترحاتك، { $n } مقترح، الأحدث أولًا:
    }
plain-submission-line = { $id }، { $kind } «{ $title }»: { $state }
plain-submission-decision = { $name } { $action }: { $note }
plain-submissions-hint = resubmit ورقم يستأنف مسودة أو مقترحًا مُعادًا.
plain-profile-guest = ليس للزوار ملف شخصي: s يسجّلك.
plain-profile-about = نبذة: { $bio }
plain-profile-head = { $name } ({ $username })، { $role }.
plain-profile-organization = المنظمة: { $organization }
plain-profile-region = الإقليم: { $region }
plain-profile-competencies = الكفاءات: { $competencies }
plain-profile-time-zone = المنطقة الزمنية: { $zone }
plain-profile-keys = مفاتيح SSH: { $n }
plain-profile-plain = الوضع البسيط: { $setting }.
plain-profile-display = العرض: الألوان { $colour }، ASCII فقط { $ascii }، الجرس { $bell }.
plain-profile-hint = plain on أو plain off أو plain auto يضبط الوضع البسيط لاتصالاتك التالية؛ وبقية الملف الشخصي تُعدَّل في وضع ملء الشاشة (g ثم y).
plain-set-plain-usage = اكتب plain on أو plain off أو plain auto.
plain-settings-guest = ليس للزوار إعدادات: s يسجّلك.
plain-saved-never = حُفظ: يفتح اتصالك التالي المنتدى بملء الشاشة.
plain-saved-always = حُفظ: كل اتصال يُفتح في الوضع البسيط.
plain-saved-automatic = حُفظ: الوضع البسيط حين لا تستطيع طرفيتك رسم الشاشات (TERM=dumb).
plain-not-saved = لم يُحفظ: { $error }.
exec-profile-guest = ليس للزوار ملف شخصي: سجّل أولًا
exec-joined-community = انضممت إلى { $community }.
exec-left-community = غادرت { $community }.
exec-watching-thread = تتابع الموضوع { $thread }: ستُشعَر بكل مشاركة جديدة فيه.
exec-not-watching-thread = لم تعد تتابع الموضوع { $thread }.
exec-post-deleted = حُذفت المشاركة { $post }؛ وتبقى الردود عليها.
exec-flag-give-reason = اذكر سببًا: spam أو off-topic أو inappropriate، أو other مع ملاحظة
exec-post-flagged = أُبلغ عن المشاركة { $post } بسبب { $reason }: ستنظر فيها لجنة التحرير.
exec-bookmark-taken-away = أُزيلت الإشارة المرجعية عن المشاركة { $post }.
exec-post-not-bookmarked = لم تكن على المشاركة { $post } إشارة مرجعية.
exec-post-bookmarked-remind = وُضعت إشارة مرجعية على المشاركة { $post }؛ وستُذكَّر في { $day }.
exec-post-bookmarked = وُضعت إشارة مرجعية على المشاركة { $post }.
exec-not-a-reaction = '{ $typed }' ليس تفاعلًا: thanks أو +1 أو insightful
exec-reaction-given = مُنح { $reaction } للمشاركة { $post } ({ $n } إجمالًا).
exec-reaction-taken-back = سُحب { $reaction } من المشاركة { $post } (بقي { $n }).
exec-latest-none-joined = لم تنضم إلى أي مجتمع بعد: join COMMUNITY (و communities يعرضها).
exec-latest-news-since = { $n ->
        [zero] لا مواضيع فيها جديد منذ زيارتك الأخيرة ({ $since })
        [one] موضوع واحد فيه جديد منذ زيارتك الأخيرة ({ $since })
        [two] موضوعان فيهما جديد منذ زيارتك الأخيرة ({ $since })
        [few] { $n } مواضيع فيها جديد منذ زيارتك الأخيرة ({ $since })
        [many] { $n } موضوعًا فيها جديد منذ زيارتك الأخيرة ({ $since })
       *[other] { $n } موضوع فيها جديد منذ زيارتك الأخيرة ({ $since })
    }
exec-admin-dump-not-text = ملف التفريغ ليس نصًا
exec-admin-lifted-reason = رفعته اللجنة مبكرًا
exec-admin-lifted = يمكن لـ { $name } النشر وتسجيل الدخول مجددًا
exec-admin-members-only = { $community } لا يقرؤه إلا الأعضاء
exec-admin-public = { $community } يقرؤه الجميع
exec-admin-now = حالة { $name } الآن: { $state }
exec-admin-sanction = { $until }: { $reason }
exec-admin-not-a-date = '{ $text }' ليس تاريخًا: استخدم YYYY-MM-DD، مثل 2026-11-01
exec-filter-unknown-kind = نوع غير معروف '{ $value }' (أحد: { $names })
exec-filter-unknown-region = إقليم غير معروف '{ $value }' (أحد: { $names })
exec-filter-unknown-strategy = استراتيجية غير معروفة '{ $value }' (إحدى: { $names })
exec-filter-unknown-competency = كفاءة غير معروفة '{ $value }' (إحدى: { $names })
exec-filter-unknown-audience = جمهور غير معروف '{ $value }' (أحد: { $names })
exec-filter-month = اكتب الشهر بصيغة 2027-01، لا '{ $value }'
exec-edited-by-committee = عدّلته لجنة التحرير: { $note }
exec-entry-text = نص الإدخال { $id } في المكتبة
exec-entry-text-or-files = نص الإدخال { $id } في المكتبة أو ملفاته (يُقرأ حيث يشير رابطه)
exec-older-conversations = { $n ->
        [zero] (لا محادثات أقدم غير مسرودة)
        [one] (محادثة أقدم واحدة غير مسرودة؛ و messages --search WORDS يجدها)
        [two] (محادثتان أقدم غير مسرودتين؛ و messages --search WORDS يجدهما)
        [few] ({ $n } محادثات أقدم غير مسرودة؛ و messages --search WORDS يجدها)
        [many] ({ $n } محادثةً أقدم غير مسرودة؛ و messages --search WORDS يجدها)
       *[other] ({ $n } محادثة أقدم غير مسرودة؛ و messages --search WORDS يجدها)
    }
exec-conversation-head = المحادثة { $id }: { $about }
exec-conversation-with = مع: { $names }
exec-earlier-messages = { $n ->
        [zero] (لا رسائل سابقة)
        [one] (رسالة سابقة واحدة: conversation { $id } --all)
        [two] (رسالتان سابقتان: conversation { $id } --all)
        [few] ({ $n } رسائل سابقة: conversation { $id } --all)
        [many] ({ $n } رسالةً سابقة: conversation { $id } --all)
       *[other] ({ $n } رسالة سابقة: conversation { $id } --all)
    }
exec-reported-message = مُبلَّغ عنها: الرسالة #{ $number } من المحادثة { $conversation }، من { $author } في { $at }:
exec-report-why = السبب:
exec-reported = أُبلغت لجنة التحرير: تحوي المحادثة { $conversation } البلاغ وردّ اللجنة.
exec-blocked = حُظر { $name }: لن تصلك منه رسائل أو إشارات أو ردود.
exec-unblocked = أُلغي حظر { $name }.
exec-had-not-blocked = لم تكن قد حظرت { $name }.
exec-guest-sign-up = { $why }؛ للتسجيل، اتصل دون أمر ({ $ssh }) واضغط s
exec-for-me-sign-up-first = يسرد --for-me ما يبني الكفاءات المذكورة في ملفك الشخصي: سجّل أولًا
exec-for-me-no-competencies = يسرد --for-me ما يبني الكفاءات المذكورة في ملفك الشخصي، وملفك لا يذكر أيًّا منها: حدّدها في ملفك الشخصي (g y ثم e في وضع ملء الشاشة، أو edit profile في الوضع البسيط)
exec-with-usage = { $why } (الاستخدام: { $usage })
exec-fixed-get-file = 'get ENTRY_ID FILE' يرسل الملف كما هو
exec-fixed-events-ics = 'events.ics' موجز iCalendar
exec-fixed-feed = 'feed' موجز Atom
exec-fixed-policy = 'policy' هو نص السياسة
exec-fixed-admin-export = 'admin export' هو أسطر JSON الخاصة بالمنتدى
exec-json-does-not-apply = { $what }: لا ينطبق --json
exec-not-an-order = '{ $typed }' ليس ترتيبًا: activity أو newest أو replies
exec-filter-unknown-language = لغة غير معروفة '{ $value }' (إحدى: { $names })
exec-filter-since = يقبل --since يومًا، مثلًا 2026-01-31
exec-strategy-unknown = استراتيجية غير معروفة '{ $value }': إحدى { $names }


# Content languages and translations
plain-written-in = اللغة المكتشفة: { $name }. إن لم تكن كذلك: language { $post } { $code } (أو رمز آخر: en fr es ru zh ar).
plain-language-unknown = تعذّر تحديد لغته من نص قصير كهذا؛ حدّدها: language { $post } الرمز (en fr es ru zh ar).
plain-translate-open-first = افتح أولًا مدخلًا في المكتبة أو خبرًا.
plain-proposing-translation-language = إلى أي لغة؟
plain-proposing-translation-title = العنوان مترجمًا؟
plain-proposing-translation-text = النص مترجمًا (فقرة في كل سطر؛ السطر الفارغ ينهيه)؟
plain-language-code-takes = حدّد اللغة برمزها: en أو fr أو es أو ru أو zh أو ar.
plain-not-in-language = غير متوفر بـ{ $name }: لا ترجمة بعد. translate لاقتراح ترجمة.
plain-languages-line = اللغات: { $languages }. in الرمز للقراءة بلغة أخرى (in en).
plain-language-takes = تأخذ language رقم مشاركة ورمزًا (language 12 fr)، أو رمزًا فقط على مدخل أو خبر أو فعالية مفتوحة (language fr).
plain-language-set = لغته الآن: { $name }.
plain-first-none = عادت القوائم إلى ترتيبها المعتاد.
plain-first-set = ما كُتب بـ{ $names } يأتي الآن أولًا في القوائم.
plain-item-written-in = مكتوب بـ{ $name }.
plain-first-note = (ما كُتب بـ{ $names } يأتي أولًا؛ first none يلغي ذلك.)
