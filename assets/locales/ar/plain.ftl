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
