### شاشات الواجهة الكاملة: العناوين والمقدمات والنماذج وما تعرضه.

## العرض (الملف الشخصي، v)
display-title = العرض
display-intro = طريقة عرض Stoa لك، على كل جهاز تتصل منه. ← → للاختيار؛ Ctrl-S يحفظ ويطبّق فورًا.
display-language = اللغة
display-language-hint = تلقائي: اللغة التي تحددها إعدادات محلية طرفيتك (LANG)، وإلا فالإنجليزية
display-language-automatic = تلقائي
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
