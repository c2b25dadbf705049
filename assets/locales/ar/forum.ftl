
## Round 7
forum-account-key-refused = لا يمكن إضافة هذا المفتاح إلى حسابك: اختر مفتاحًا آخر
forum-account-key-already-yours = هذا المفتاح موجود في حسابك بالفعل
forum-account-too-many-keys = يتسع الحساب لـ { $n } مفاتيح على الأكثر؛ احذف واحدًا أولًا
forum-account-last-way-in = هذه طريقتك الوحيدة لتسجيل الدخول: أضف مفتاحًا آخر أو عيّن كلمة مرور أولًا
forum-account-wrong-current-password = هذه ليست كلمة مرورك الحالية
forum-account-passwords-differ = كلمتا المرور مختلفتان
forum-alerts-every-event = كل فعالية جديدة
forum-alerts-every-job = كل وظيفة أو فرصة جديدة
forum-alerts-new-events = فعاليات جديدة: { $parts }
forum-alerts-new-jobs = وظائف وفرص جديدة: { $parts }
forum-alerts-doing-save = حفظ التنبيهات
forum-alerts-doing-remove = حذف التنبيهات
forum-alerts-already = لديك هذا التنبيه بالفعل ({ $alert })
forum-alerts-too-many = لديك { $max } تنبيهات: احذف واحدًا أولًا (g ثم !، ثم a)
forum-audit-reason = اذكر سببًا من { $min } إلى { $max } حرفًا، في سطر واحد
forum-audit-doing-read-log = قراءة سجل التدقيق
forum-board-fields-date-time-needed = أدخل تاريخًا ووقتًا، مثل 2026-12-03 09:00
forum-board-fields-not-date-time = '{ $typed }' ليس تاريخًا ووقتًا: اكتبه هكذا 2026-12-03 09:00
forum-board-fields-date-needed = أدخل تاريخًا، مثل 2026-12-03
forum-board-fields-not-date = '{ $typed }' ليس تاريخًا: اكتبه هكذا 2026-12-03
forum-board-fields-link-needed = عنوان ويب يبدأ بـ https://، مثل https://example.org/join
forum-board-fields-enter = أدخل { $what }
forum-board-fields-at-least = { $min } حرفًا على الأقل
forum-board-fields-at-most = { $max } حرفًا على الأكثر
forum-board-fields-description-needed = اذكر في جملة أو جملتين ما هو ({ $min } حرفًا أو أكثر)
forum-board-fields-too-long = { $max } حرفًا على الأكثر (هذا { $len })
forum-board-fields-too-many-tags = { $max } وسوم على الأكثر (هذه { $count })
forum-board-fields-tag-too-long = يتسع الوسم لـ { $max } حرفًا على الأكثر ('{ $tag }' أطول)
forum-capabilities-only-admins = لا يمكن { $doing } إلا للمشرفين العامّين
forum-capabilities-only-committee = لا يمكن { $doing } إلا للجنة التحرير
forum-conversations-signature-committee = لجنة التحرير ({ $name })
forum-conversations-empty = اكتب شيئًا أولًا: الرسائل الفارغة لا تُرسل
forum-conversations-too-long = { $max } حرفًا على الأكثر (هذه { $len })؛ أرسلها على دفعتين
forum-conversations-sanctioned = { $sanction }؛ لا يزال بإمكانك مراسلة اللجنة (message committee)
forum-conversations-held = إلى أن توافق اللجنة على مشاركاتك الأولى، يمكنك مراسلة اللجنة فقط (message committee)
forum-conversations-blocked-by = { $member } لا يستقبل رسائل منك
forum-conversations-doing-write = كتابة الرسائل الخاصة
forum-conversations-doing-read = قراءة الرسائل الخاصة
forum-conversations-doing-report = الإبلاغ عن الرسائل
forum-conversations-doing-block = حظر الأعضاء
forum-conversations-doing-search = البحث في الرسائل الخاصة
forum-conversations-to-self = أنت فيها بالفعل: اذكر الآخرين
forum-conversations-no-member = لا يوجد عضو باسم { $name }
forum-conversations-to-nobody = اذكر لمن هي: أعضاء، أو committee
forum-conversations-too-many = { $n ->
        [zero] لا أحد غيرك: المحادثات للمجموعات الصغيرة
        [one] شخص آخر واحد على الأكثر: المحادثات للمجموعات الصغيرة
        [two] شخصان آخران على الأكثر: المحادثات للمجموعات الصغيرة
        [few] { $n } أشخاص آخرين على الأكثر: المحادثات للمجموعات الصغيرة
        [many] { $n } شخصًا آخر على الأكثر: المحادثات للمجموعات الصغيرة
       *[other] { $n } شخص آخر على الأكثر: المحادثات للمجموعات الصغيرة
    }
forum-conversations-no-reason = اذكر ما المشكلة فيها، للجنة
forum-conversations-own-message = هذه الرسالة رسالتك: للتراجع عما قلته، اكتب من جديد
forum-conversations-committee-not-reported = لا يُبلَّغ اللجنة عن محادثاتها الخاصة: اكتب إليها هناك بدلًا من ذلك
forum-conversations-block-self = لا يمكنك حظر نفسك
forum-conversations-no-query = اكتب كلمة للبحث عنها
forum-corrections-doing-correct-events = تصحيح الفعاليات
forum-corrections-doing-correct-jobs = تصحيح الوظائف
forum-corrections-event-not-yours = لا يصحح الفعالية إلا ناشرها ولجنة التحرير
forum-corrections-job-not-yours = لا يصحح الوظيفة إلا ناشرها ولجنة التحرير
forum-corrections-event-corrected = صُحّحت الفعالية "{ $title }": { $reason }
forum-corrections-nothing-changed = لم يتغير فيها شيء
forum-corrections-withdrawn = لقد سُحبت: العنصر المسحوب لا يُصحَّح
forum-discussions-hidden-title = { "[" }أخفته لجنة التحرير]
forum-discussions-title-missing = أعطِ الموضوع عنوانًا
forum-discussions-title-too-short = { $min ->
        [zero] { $min } حرف على الأقل
        [one] حرف واحد على الأقل
        [two] حرفان على الأقل
        [few] { $min } أحرف على الأقل
        [many] { $min } حرفًا على الأقل
       *[other] { $min } حرف على الأقل
    }
forum-discussions-body-empty = اكتب شيئًا أولًا: المشاركات الفارغة لا تُرسل
forum-discussions-body-too-long = { $max } حرفًا على الأكثر (هذه { $len })؛ قسّمها على عدة ردود
forum-discussions-guests-cannot = لا يمكن للزوار { $doing }: سجّل أولًا (لا يستغرق الأمر إلا دقيقة)
forum-discussions-doing-start-threads = بدء المواضيع
forum-discussions-doing-reply = الرد
forum-discussions-thread-locked = هذا الموضوع مقفل: لا ردود جديدة
forum-editing-doing-edit-others-posts = تعديل مشاركات الأعضاء الآخرين
forum-editing-doing-edit-posts = تعديل المشاركات
forum-editing-doing-delete-posts = حذف المشاركات
forum-editing-note-needed = اذكر في سطر لماذا تغيّر اللجنة هذه المشاركة
forum-editing-only-your-own-to-edit = لا يمكنك تعديل إلا مشاركاتك
forum-editing-post-was-deleted = حُذفت هذه المشاركة
forum-editing-only-your-own-to-delete = لا يمكنك حذف إلا مشاركاتك
forum-editing-already-deleted = هذه المشاركة محذوفة بالفعل
forum-editorial-decided-by = { $action } بواسطة { $by } في { $at }
forum-editorial-doing-propose-communities = اقتراح المجتمعات
forum-editorial-doing-submit-items = تقديم العناصر
forum-editorial-doing-read-submissions = قراءة المقترحات
forum-editorial-doing-read-review-queue = قراءة قائمة المراجعة
forum-editorial-doing-decide-on-submissions = البت في المقترحات
forum-editorial-held-post-edited-from-submission = المشاركة المعلّقة تُعدَّل من مقترحها
forum-editorial-no-longer-changed = هذا المقترح { $state }: لم يعد من الممكن تغييره
forum-editorial-already-decided = المقترح { $id } { $decided } بالفعل
forum-editorial-changed-while-read = تغيّر المقترح { $id } أثناء قراءتك له ({ $decided }): افتحه من جديد
forum-editorial-not-your-own = لا يمكنك البت في مقترحك
forum-editorial-approved-already = لقد وافقت عليه بالفعل: إنه ينتظر عضوًا آخر من اللجنة
forum-editorial-short-name-taken-now = يوجد الآن مجتمع بهذا الاسم المختصر: اطلب تعديلات ليختار المؤلف اسمًا آخر
forum-error-not-found = لم يُعثر على { $what }
forum-missing-post = المشاركة { $id }
forum-missing-thread = الموضوع { $id }
forum-missing-thread-is-reply = الموضوع { $id } (المشاركة { $id } رد في الموضوع { $thread })
forum-missing-conversation = المحادثة { $id }
forum-missing-message = الرسالة { $n } من المحادثة { $id }
forum-missing-job = الوظيفة { $id }
forum-missing-submission = المقترح { $id }
forum-missing-submission-or-post = المقترح { $id } أو المشاركة التي يرد عليها
forum-missing-event = الفعالية { $id }
forum-missing-alert = التنبيه { $id }
forum-missing-news = الخبر { $id }
forum-missing-entry = مدخل المكتبة { $id }
forum-missing-account = الحساب «{ $name }»
forum-missing-member = العضو { $name }
forum-missing-community = المجتمع «{ $name }»
forum-missing-key = هذا المفتاح
forum-missing-your-account = حسابك
forum-missing-upload = الملف المرفوع «{ $name }»
forum-missing-file = الملف «{ $name }» في مدخل المكتبة { $id }
forum-error-held = مشاركتك تنتظر مراجعة لجنة التحرير (المقترح { $submission })؛ ستجدها تحت g ثم s
forum-error-nothing-to-fix = لا شيء لإصلاحه
forum-events-for-audience = لـ { $audience }
forum-events-what-title = عنوان الفعالية
forum-events-start-passed = موعد البدء هذا قد مضى: الفعاليات في اللوحة هي القادمة
forum-events-end-before-start = يجب أن يأتي الانتهاء بعد البدء ({ $start })
forum-events-deadline-needed = تحتاج الدعوة لتقديم الأوراق إلى موعد نهائي للتقديم، مثل 2026-12-01
forum-events-deadline-after-start = يجب أن يكون الموعد النهائي في يوم البدء أو قبله
forum-events-place-needed = أعطِ رابطًا عبر الإنترنت أو مدينة (أو كليهما)
forum-events-organizer-needed = أدخل الجهة المنظِّمة
forum-events-region-needed = اختر الإقليم المعني (عالمي إذا شمل عدة أقاليم)
forum-events-time-missing-in-zone = هذا الوقت غير موجود في هذه المنطقة الزمنية
forum-events-doing-submit = تقديم الفعاليات
forum-events-doing-keep-list = الاحتفاظ بقائمة فعاليات
forum-events-doing-answer = الرد على الفعاليات
forum-events-over = انتهت هذه الفعالية
forum-events-withdrawn = سحبت لجنة التحرير هذه الفعالية
forum-files-size-bytes = { $n ->
        [zero] { $n } بايت
        [one] بايت واحد
        [two] بايتان
        [few] { $n } بايتات
        [many] { $n } بايتًا
       *[other] { $n } بايت
    }
forum-files-size-kb = { $n } ك.ب
forum-files-size-mb = { $n } م.ب
forum-files-doing-keep-uploads = الاحتفاظ بالملفات المرفوعة
forum-files-doing-upload = رفع الملفات
forum-files-file-too-big = الحد الأقصى لحجم الملف { $size }
forum-files-space-full = ستشغل ملفاتك المرفوعة { $used } من مساحتك البالغة { $space }: احذف بعضها أولًا
forum-files-uploads-full = { $n ->
        [zero] لا ملفات مرفوعة لديك
        [one] لديك ملف مرفوع واحد، وهو الحد الأقصى: احذفه أولًا
        [two] لديك ملفان مرفوعان، وهو الحد الأقصى: احذف بعضها أولًا
        [few] لديك { $n } ملفات مرفوعة، وهو الحد الأقصى: احذف بعضها أولًا
        [many] لديك { $n } ملفًا مرفوعًا، وهو الحد الأقصى: احذف بعضها أولًا
       *[other] لديك { $n } ملف مرفوع، وهو الحد الأقصى: احذف بعضها أولًا
    }
forum-files-bad-name = '{ $name }' ليس اسم ملف صالحًا للحفظ
forum-files-name-reserved = { $name } هو اسم نص الإدخال نفسه: أعطِ الملف اسمًا آخر
forum-files-doing-review = مراجعة الملفات
forum-files-not-uploaded = { $name } ليس من ملفاتك المرفوعة: ارفعه أولًا (sftp، إلى uploads/)
forum-files-attached-twice = { $name } مرفق مرتين
forum-files-too-many = { $n ->
        [zero] لا ملفات
        [one] ملف واحد على الأكثر
        [two] ملفان على الأكثر
        [few] { $n } ملفات على الأكثر
        [many] { $n } ملفًا على الأكثر
       *[other] { $n } ملف على الأكثر
    }
forum-flags-doing-flag-posts = الإبلاغ عن المشاركات
forum-flags-own-post = هذه مشاركتك: عدّلها أو احذفها بدلًا من ذلك
forum-flags-note-needed = اذكر ما المشكلة (لـ 'other' يلزم تعليق)
forum-flags-doing-read-queue = قراءة قائمة البلاغات
forum-flags-doing-hide-or-restore = إخفاء المشاركات أو استعادتها
forum-flags-hidden-already = هذه المشاركة مخفية بالفعل
forum-flags-not-hidden = هذه المشاركة ليست مخفية
forum-flags-doing-dismiss = رفض البلاغات
forum-flags-doing-act-on-authors = اتخاذ إجراء بحق المؤلفين
forum-flags-none-open = لا بلاغات مفتوحة على هذه المشاركة (ربما عالجها أحدهم)

forum-jobs-what-title = العنوان
forum-jobs-closing-passed = تاريخ الإغلاق هذا قد مضى
forum-jobs-organization-needed = أدخل الجهة التي تعرضها
forum-jobs-place-needed = أعطِ مكانًا، أو حدّد «عن بُعد»
forum-jobs-region-needed = اختر الإقليم الذي تقع فيه (عالمي إذا شمل عدة أقاليم)
forum-jobs-how-to-apply-needed = اذكر طريقة التقديم: رابطًا، أو عنوانًا، والوثائق المطلوبة
forum-jobs-doing-submit = تقديم الوظائف
forum-jobs-doing-close = إغلاق الوظائف
forum-jobs-only-poster-closes = لا يمكن إغلاقها إلا لناشرها ({ $poster })
forum-jobs-closed-already = إنها مغلقة بالفعل
forum-library-text-short = { $what } ({ $min } حرفًا أو أكثر)
forum-library-text-long = { $max } حرفًا على الأكثر (هذا { $len })
forum-library-tick-strategy = حدّد استراتيجية واحدة على الأقل من الاستراتيجيات الخمس
forum-library-choose-region = اختر الإقليم المعني (عالمي إذا شمل عدة أقاليم)
forum-library-choose-community = اختر المجتمع الذي ستُناقش فيه
forum-library-no-such-community = لا يوجد مجتمع كهذا
forum-library-criterion-unassessed = اذكر هل تستوفي كل معيار من معايير { $level }: "{ $criterion }" لم يُقيَّم
forum-library-not-a-criterion = "{ $criterion }" ليس معيارًا من معايير { $level }
forum-library-say-setting = اذكر أين نُفذت وعلى أي نطاق، مثل 12 مركزًا صحيًا ريفيًا
forum-library-say-expected = اذكر ما كان متوقعًا
forum-library-say-why = اذكر لماذا لم يتحقق
forum-library-say-instead = اذكر ما ينبغي للآخرين فعله بدلًا من ذلك
forum-library-year = سنة الصدور، مثل { $year }، أو n.d. إن لم تُذكر
forum-library-doing-submit = التقديم إلى المكتبة
forum-library-the-title = العنوان
forum-library-enter-authors = أدخل المؤلفين أو الجهة التي كتبته
forum-library-enter-link = أدخل مكان العثور عليه (https://…)، أو ضع نصه أو ملفاته هنا
forum-library-say-resource-summary = اذكر ما هو ولمن هو موجّه
forum-library-enter-language = اللغة التي كُتب بها، مثل العربية
forum-library-text-attach = { $max } حرفًا على الأكثر: أرفق الوثيقة الأطول كملف
forum-library-enter-country = أدخل البلد (أو البلدان) الذي جرت فيه
forum-library-enter-period = متى نُفذت، مثل 2016–2021 أو منذ 2019
forum-library-say-practice-summary = اذكر في بضعة أسطر ما هي
forum-library-say-what-was-done = اذكر ما الذي نُفذ
forum-library-say-results = اذكر ما نتج عنها، بالأرقام حيثما وُجدت
forum-library-say-lessons = اذكر ما يمكن للآخرين تعلمه منها
forum-library-doing-change-level = تغيير مستوى الممارسة
forum-library-only-practices-level = للممارسات وحدها مستوى
forum-library-level-already = إنها { $level } بالفعل
forum-library-level-changed = أصبحت ممارستك "{ $title }" الآن { $level ->
        [emerging] { -level-emerging }
        [promising] { -level-promising }
        [leading] { -level-leading }
        [brilliant-failure] { -level-brilliant-failure }
        [not-assessed] { -level-not-assessed }
       *[other] { $level }
    }: { $reason }
forum-new-member-review-doing-post = النشر
forum-news-doing-write = كتابة الأخبار
forum-news-doing-propose = اقتراح الأخبار
forum-news-doing-correct = تصحيح الأخبار
forum-news-doing-withdraw = سحب الأخبار
forum-news-withdrawn-not-corrected = لقد سُحب: العنصر المسحوب لا يُصحَّح
forum-news-nothing-changed = لم يتغير فيه شيء
forum-news-withdrawn-already = سبق أن سحبه { $name }
forum-news-told-corrected = { $kind ->
        [blog] صحّحت اللجنة تدوينتك "{ $title }": { $reason }
       *[news] صحّحت اللجنة خبرك "{ $title }": { $reason }
    }
forum-news-told-withdrew = { $kind ->
        [blog] سحبت اللجنة تدوينتك "{ $title }": { $reason }
       *[news] سحبت اللجنة خبرك "{ $title }": { $reason }
    }
forum-news-what-headline = عنوانًا رئيسيًا
forum-news-body-needed = اكتب نص الخبر نفسه ({ $min } حرفًا أو أكثر)
forum-notifications-doing-receive = تلقي الإشعارات
forum-notifications-doing-watch-threads = متابعة المواضيع
forum-notifications-approved = { $kind ->
        [community] تمت الموافقة على مجتمعك "{ $title }" ونُشر
        [thread] تمت الموافقة على موضوعك "{ $title }" ونُشر
        [reply] تمت الموافقة على ردك "{ $title }" ونُشر
        [event] تمت الموافقة على فعاليتك "{ $title }" ونُشرت
        [job] تمت الموافقة على وظيفتك "{ $title }" ونُشرت
        [training] تمت الموافقة على تدريبك "{ $title }" ونُشر
        [educational-opportunity] تمت الموافقة على فرصتك التعليمية "{ $title }" ونُشرت
        [resource] تمت الموافقة على موردك "{ $title }" ونُشر
        [practice] تمت الموافقة على ممارستك "{ $title }" ونُشرت
        [news] تمت الموافقة على خبرك "{ $title }" ونُشر
        [blog-post] تمت الموافقة على تدوينتك "{ $title }" ونُشرت
       *[other] تمت الموافقة على مقترحك "{ $title }" ونُشر
    }
forum-notifications-changes-requested = تطلب اللجنة تعديلات على { $kind ->
        [community] مجتمعك
        [thread] موضوعك
        [reply] ردك
        [event] فعاليتك
        [job] وظيفتك
        [training] تدريبك
        [educational-opportunity] فرصتك التعليمية
        [resource] موردك
        [practice] ممارستك
        [news] خبرك
        [blog-post] تدوينتك
       *[other] مقترحك
    } "{ $title }": { $reason }
forum-notifications-rejected = { $kind ->
        [community] رُفض مجتمعك "{ $title }": { $reason }
        [thread] رُفض موضوعك "{ $title }": { $reason }
        [reply] رُفض ردك "{ $title }": { $reason }
        [event] رُفضت فعاليتك "{ $title }": { $reason }
        [job] رُفضت وظيفتك "{ $title }": { $reason }
        [training] رُفض تدريبك "{ $title }": { $reason }
        [educational-opportunity] رُفضت فرصتك التعليمية "{ $title }": { $reason }
        [resource] رُفض موردك "{ $title }": { $reason }
        [practice] رُفضت ممارستك "{ $title }": { $reason }
        [news] رُفض خبرك "{ $title }": { $reason }
        [blog-post] رُفضت تدوينتك "{ $title }": { $reason }
       *[other] رُفض مقترحك "{ $title }": { $reason }
    }
forum-pace-starting = { $n ->
        [zero] لم تبدأ أي محادثة في الساعة الأخيرة
        [one] بدأت محادثة واحدة في الساعة الأخيرة؛ انتظر قليلًا، أو اكتب فيها
        [two] بدأت محادثتين في الساعة الأخيرة؛ انتظر قليلًا، أو اكتب في إحداهما
        [few] بدأت { $n } محادثات في الساعة الأخيرة؛ انتظر قليلًا، أو اكتب في إحداها
        [many] بدأت { $n } محادثةً في الساعة الأخيرة؛ انتظر قليلًا، أو اكتب في إحداها
       *[other] بدأت { $n } محادثة في الساعة الأخيرة؛ انتظر قليلًا، أو اكتب في إحداها
    }
forum-pace-writing = { $n ->
        [zero] لم ترسل أي رسالة في عشر دقائق
        [one] أرسلت رسالة واحدة في عشر دقائق؛ انتظر قليلًا قبل التالية
        [two] أرسلت رسالتين في عشر دقائق؛ انتظر قليلًا قبل التالية
        [few] أرسلت { $n } رسائل في عشر دقائق؛ انتظر قليلًا قبل التالية
        [many] أرسلت { $n } رسالةً في عشر دقائق؛ انتظر قليلًا قبل التالية
       *[other] أرسلت { $n } رسالة في عشر دقائق؛ انتظر قليلًا قبل التالية
    }
forum-pace-reacting = { $n ->
        [zero] لم تُبدِ أي تفاعل في عشر دقائق
        [one] أبديت تفاعلًا واحدًا في عشر دقائق؛ انتظر قليلًا قبل التالي
        [two] أبديت تفاعلين في عشر دقائق؛ انتظر قليلًا قبل التالي
        [few] أبديت { $n } تفاعلات في عشر دقائق؛ انتظر قليلًا قبل التالي
        [many] أبديت { $n } تفاعلًا في عشر دقائق؛ انتظر قليلًا قبل التالي
       *[other] أبديت { $n } تفاعل في عشر دقائق؛ انتظر قليلًا قبل التالي
    }
forum-pace-threads = { $n ->
        [zero] لم تبدأ أي موضوع في الساعة الأخيرة
        [one] بدأت موضوعًا واحدًا في الساعة الأخيرة؛ انتظر قليلًا، أو رُدّ فيه
        [two] بدأت موضوعين في الساعة الأخيرة؛ انتظر قليلًا، أو رُدّ في أحدهما
        [few] بدأت { $n } مواضيع في الساعة الأخيرة؛ انتظر قليلًا، أو رُدّ في أحدها
        [many] بدأت { $n } موضوعًا في الساعة الأخيرة؛ انتظر قليلًا، أو رُدّ في أحدها
       *[other] بدأت { $n } موضوع في الساعة الأخيرة؛ انتظر قليلًا، أو رُدّ في أحدها
    }
forum-pace-replying = { $n ->
        [zero] لم تنشر أي رد في عشر دقائق
        [one] نشرت ردًا واحدًا في عشر دقائق؛ انتظر قليلًا قبل التالي
        [two] نشرت ردّين في عشر دقائق؛ انتظر قليلًا قبل التالي
        [few] نشرت { $n } ردود في عشر دقائق؛ انتظر قليلًا قبل التالي
        [many] نشرت { $n } ردًا في عشر دقائق؛ انتظر قليلًا قبل التالي
       *[other] نشرت { $n } رد في عشر دقائق؛ انتظر قليلًا قبل التالي
    }
forum-pace-editing = { $n ->
        [zero] لم تُجرِ أي تعديل في عشر دقائق
        [one] أجريت تعديلًا واحدًا في عشر دقائق؛ انتظر قليلًا قبل التالي
        [two] أجريت تعديلين في عشر دقائق؛ انتظر قليلًا قبل التالي
        [few] أجريت { $n } تعديلات في عشر دقائق؛ انتظر قليلًا قبل التالي
        [many] أجريت { $n } تعديلًا في عشر دقائق؛ انتظر قليلًا قبل التالي
       *[other] أجريت { $n } تعديل في عشر دقائق؛ انتظر قليلًا قبل التالي
    }
forum-pace-submitting = { $n ->
        [zero] لم ترسل أي عنصر إلى اللجنة في آخر 24 ساعة
        [one] أرسلت عنصرًا واحدًا إلى اللجنة في آخر 24 ساعة؛ انتظر قليلًا قبل التالي
        [two] أرسلت عنصرين إلى اللجنة في آخر 24 ساعة؛ انتظر قليلًا قبل التالي
        [few] أرسلت { $n } عناصر إلى اللجنة في آخر 24 ساعة؛ انتظر قليلًا قبل التالي
        [many] أرسلت { $n } عنصرًا إلى اللجنة في آخر 24 ساعة؛ انتظر قليلًا قبل التالي
       *[other] أرسلت { $n } عنصر إلى اللجنة في آخر 24 ساعة؛ انتظر قليلًا قبل التالي
    }
forum-mentions-too-many = يمكن أن تذكر المشاركة { $max } عضوًا على الأكثر، ويُنبَّه كل منهم؛ وهذه تذكر { $n }
forum-password-at-least = { $n ->
        [zero] { $n } حرف على الأقل
        [one] حرف واحد على الأقل
        [two] حرفان على الأقل
        [few] { $n } أحرف على الأقل
        [many] { $n } حرفًا على الأقل
       *[other] { $n } حرف على الأقل
    }
forum-password-at-most = { $n ->
        [zero] { $n } حرف على الأكثر
        [one] حرف واحد على الأكثر
        [two] حرفان على الأكثر
        [few] { $n } أحرف على الأكثر
        [many] { $n } حرفًا على الأكثر
       *[other] { $n } حرف على الأكثر
    }
forum-password-hashing-failed = فشل تجزئة كلمة المرور: { $error }
forum-people-doing-see-directory = الاطلاع على دليل الأشخاص
forum-people-doing-see-pages = الاطلاع على صفحات الأعضاء
forum-pin-lock-move-doing-steer-threads = قفل المواضيع أو تثبيتها أو نقلها
forum-pin-lock-move-already-locked = الموضوع مقفل بالفعل
forum-pin-lock-move-already-open = الموضوع مفتوح بالفعل
forum-pin-lock-move-already-pinned = الموضوع مثبّت بالفعل
forum-pin-lock-move-already-not-pinned = الموضوع غير مثبّت بالفعل
forum-pin-lock-move-already-in = الموضوع في { $community } بالفعل
forum-proposals-short-name-taken = '{ $slug }' مستخدم لمجتمع قائم
forum-proposals-purpose-needed = اذكر في جملة أو جملتين الغرض من المجتمع (20 حرفًا أو أكثر)
forum-proposals-purpose-too-long = { $max } حرفًا على الأكثر (هذا { $len })
forum-proposals-audience-needed = اذكر لمن هو موجّه، مثل ممرضي الرعاية الأولية
forum-proposals-short-name-needed = اختر اسمًا مختصرًا، مثل primary-care
forum-proposals-short-name-form = من 2 إلى 32 حرفًا: a-z و0-9 و'-'
forum-reactions-not-a-day = '{ $typed }' ليس يومًا: اكتبه هكذا 2026-12-01
forum-reactions-doing-react = التفاعل مع المشاركات
forum-reactions-doing-bookmark = حفظ المشاركات في العلامات المرجعية
forum-reactions-own-post = هذه المشاركة مشاركتك: التفاعلات لمشاركات الآخرين
forum-reactions-day-passed = { $day } قد مضى: اختر اليوم أو يومًا لاحقًا
forum-reactions-bookmarks-full = { $n ->
        [zero] لا علامات مرجعية لديك
        [one] لديك علامة مرجعية واحدة بالفعل: أزلها أولًا (g b، ثم d)
        [two] لديك علامتان مرجعيتان بالفعل: أزل بعضها أولًا (g b، ثم d)
        [few] لديك { $n } علامات مرجعية بالفعل: أزل بعضها أولًا (g b، ثم d)
        [many] لديك { $n } علامةً مرجعية بالفعل: أزل بعضها أولًا (g b، ثم d)
       *[other] لديك { $n } علامة مرجعية بالفعل: أزل بعضها أولًا (g b، ثم d)
    }
forum-reactions-gone = (لم يعد موجودًا)
forum-roles-only-admins-can = لا يمكن { $doing } إلا للمشرفين العامّين
forum-roles-doing-change-roles = تغيير الأدوار
forum-roles-doing-add-accounts = إضافة الحسابات
forum-roles-only-admin = { $username } هو المشرف العام الوحيد؛ اجعل شخصًا آخر مشرفًا عامًا أولًا
forum-roles-give-a-key = أعطِ مفتاحًا عامًا واحدًا على الأقل
forum-roles-username-taken = '{ $username }' مستخدم
forum-roles-key-taken = هذا المفتاح يخص حسابًا آخر بالفعل
forum-sanctions-your-account = حسابك { $kind ->
        [muted] مكتوم
       *[banned] محظور
    } { $until }: { $reason }
forum-sanctions-until = حتى { $end } { $zone }
forum-sanctions-until-lifted = حتى ترفع اللجنة ذلك
forum-sanctions-bad-length = '{ $length }' ليست مدة: استخدم الساعات أو الأيام، مثل 12h أو 7d، أو forever
forum-sanctions-doing-mute-or-ban = كتم الحسابات أو حظرها
forum-sanctions-doing-lift = رفع الكتم والحظر
forum-sanctions-doing-list-accounts = عرض قائمة الحسابات
forum-sanctions-end-in-future = يجب أن تكون النهاية في المستقبل
forum-sanctions-not-sanctioned = { $username } ليس مكتومًا ولا محظورًا
forum-sanctions-mute-notice = حسابك مكتوم { $until }: { $reason }. يمكنك القراءة؛ أما الكتابة فتنتظر حتى ذلك الحين.
forum-sanctions-login-key-removed = حُذف مفتاح SSH الذي سجّلت به هذه الجلسة الدخول من حسابك؛ اتصل من جديد بمفتاح لا يزال في حسابك
forum-sanctions-not-yourself = لا يمكنك كتم نفسك أو حظرها
forum-sanctions-outranked = لا يمكن { $actor ->
        [admin] لمشرف عام
        [moderator] لمشرف
       *[member] لعضو
    } كتم أو حظر { $target ->
        [admin] مشرف عام
        [moderator] مشرف
       *[member] عضو
    }
forum-search-broken = البحث لا يستجيب حاليًا؛ أُبلغ المسؤولون في السجل (إعادة التشغيل أو stoa reindex يعيد بناء الفهرس)
forum-search-no-index = البحث غير متاح: هذا المنتدى يعمل دون فهرس بحث
forum-search-guests-cannot-search-members = لا يمكن للزوار البحث عن الأعضاء: سجّل أولًا
forum-search-reply-title = رد: { $title }
forum-search-job-about = { $kind } · { $organization } · يُغلق في { $closes }
forum-search-news-about = أخبار · { $day }
forum-signup-choose-region = اختر إقليمك في منظمة الصحة العالمية (← →)
forum-signup-accept-policy = اقرأ السياسة التحريرية واقبلها للانضمام
forum-signup-key-taken = هذا المفتاح يخص حسابًا بالفعل: أعد الاتصال لتسجيل الدخول
forum-strategies-doing-coverage = الاطلاع على تغطية المكتبة
forum-validate-username-rule = من 2 إلى 32 حرفًا: أحرف لاتينية صغيرة وأرقام و- و_
forum-validate-choose-username = اختر اسم مستخدم
forum-validate-username-reserved = '{ $name }' محجوز؛ اختر اسمًا آخر
forum-validate-enter-display-name = أدخل اسمك كما سيراه الآخرون
forum-validate-enter-community-name = أدخل اسم مجتمعك
forum-validate-enter-your = أدخل { $what }
forum-validate-control-characters = يحتوي على محارف تحكم أو محارف غير مرئية لا يمكن عرضها؛ اكتب نصًا عاديًا
forum-validate-too-long = { $max ->
        [zero] { $max } حرف على الأكثر (هذا { $len })
        [one] حرف واحد على الأكثر (هذا { $len })
        [two] حرفان على الأكثر (هذا { $len })
        [few] { $max } أحرف على الأكثر (هذا { $len })
        [many] { $max } حرفًا على الأكثر (هذا { $len })
       *[other] { $max } حرف على الأكثر (هذا { $len })
    }
forum-validate-enter-time-zone = أدخل منطقة زمنية، مثل Africa/Nairobi أو UTC
forum-validate-unknown-time-zone = منطقة زمنية غير معروفة؛ جرّب مثلًا Africa/Nairobi أو UTC
forum-withdraw-already = سحبه { $by } في { $at }
forum-withdraw-doing-withdraw-events = سحب الفعاليات
forum-withdraw-doing-withdraw-jobs = سحب الوظائف
forum-withdraw-event-withdrawn = سحبت اللجنة الفعالية "{ $title }": { $reason }
forum-withdraw-job-withdrawn = سحبت اللجنة { $kind ->
        [training] تدريبك
        [education] فرصتك التعليمية
       *[job] وظيفتك
    } "{ $title }": { $reason }

# Content languages and translations
forum-languages-doing-set = تحديد لغة النص
forum-languages-only-author = لا يغيّر لغته إلا كاتبه أو لجنة التحرير
forum-languages-not-written = اللغة للمشاركات والفعاليات ومداخل المكتبة والأخبار فقط
forum-translations-doing-propose = اقتراح الترجمات
forum-translations-same-language = الأصل مكتوب بالفعل بـ{ $name }: اختر لغة أخرى
forum-translations-what-title = العنوان بلغة الترجمة
forum-translations-text-needed = اكتب النص المترجم
forum-error-field = { $field }: { $message }
field-action = الإجراء
field-ascii = ASCII
field-audience = الجمهور
field-assessment = التقييم
field-setting = السياق
field-references = المراجع
field-instead = ما كان يُفعل قبل ذلك
field-impact = الأثر
field-figures = الأرقام
field-expected = النتائج المتوقعة
field-audiences = الفئات المستهدفة
field-authors = المؤلفون
field-bell = التنبيه الصوتي
field-bio = نبذة
field-body = النص
field-by = بواسطة
field-city = المدينة
field-closes = تاريخ الإغلاق
field-colour = الألوان
field-community = المجتمع
field-competencies = الكفاءات
field-competency = الكفاءة
field-confirm = التأكيد
field-contact = جهة الاتصال
field-country = البلد
field-current = كلمة المرور الحالية
field-deadline = الموعد النهائي
field-description = الوصف
field-display_name = الاسم المعروض
field-ends = النهاية
field-files = الملفات
field-members_only = للأعضاء فقط
field-how_to_apply = طريقة التقديم
field-key = المفتاح
field-kind = النوع
field-language = اللغة
field-first_languages = اللغات أولًا
field-length = المدة
field-lessons = الدروس
field-level = المستوى
field-link = الرابط
field-location = المكان
field-month = الشهر
field-name = الاسم
field-new = كلمة المرور الجديدة
field-note = الملاحظة
field-online = عبر الإنترنت
field-organization = المنظمة
field-organizer = الجهة المنظمة
field-period = الفترة
field-plain = الوضع النصي
field-policy = السياسة التحريرية
field-purpose = الغرض
field-query = البحث
field-reason = السبب
field-region = الإقليم
field-remote = عن بُعد
field-results = النتائج
field-role = الدور
field-since = منذ
field-slug = الاسم المختصر
field-starts = البداية
field-strategies = الاستراتيجيات
field-strategy = الاستراتيجية
field-summary = الملخص
field-tags = الوسوم
field-target = الهدف
field-template = القالب
field-text = النص
field-time_zone = المنطقة الزمنية
field-title = العنوان
field-until = حتى
field-username = اسم المستخدم
field-what_was_done = ما الذي تم
field-why = السبب
field-subject = الموضوع
field-to = إلى
field-remind = التذكير
field-year = السنة
forum-library-thread-title = المكتبة: { $title }
forum-library-thread-about = عن «{ $title }» ({ $kind }، مدخل المكتبة { $id }).
