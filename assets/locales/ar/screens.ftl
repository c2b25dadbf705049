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
