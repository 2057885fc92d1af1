# صفحات oerdex وتسمياته: العربية.

## Page shell

meta-description = ابحث عن موارد تعليمية ذات تراخيص مفتوحة، واعرف ما يحق لك فعله بها، وانسخ نص إسناد جاهزًا.
skip-link = انتقل إلى المحتوى
tagline = موارد تعليمية مفتوحة بتراخيص مفتوحة
nav-label = الموقع
nav-search = البحث
nav-sources = المصادر
nav-api = واجهة البرمجة
footer = يجمع oerdex البيانات الوصفية للموارد التعليمية المفتوحة عبر بروتوكول OAI-PMH. تُقرأ التراخيص من البيانات الوصفية، فتحقق من المورد نفسه قبل الاعتماد عليها. كل ما هنا متاح أيضًا بصيغة JSON: { $api }.
footer-api = وصف واجهة البرمجة
language-menu = اللغة
language-menu-label = لغات هذا الموقع

## Error pages

error-not-found-heading = غير موجود
error-not-found = لا يوجد شيء هنا. ربما لم يكن المورد في الفهرس قط.
error-gone-heading = مسحوب
error-gone = سحبت كل المستودعات التي كانت تحفظ هذا المورد نسختها منه، لذا لم يعد الفهرس يدرجه.
error-other-heading = حدث خطأ ما
error-internal = تعذّر على الخادم الرد على هذا الطلب؛ وقد سُجّل العطل.
error-unavailable = لا يستطيع الفهرس الرد الآن. يُرجى المحاولة مجددًا بعد قليل.
error-back = ابحث في الفهرس

## Search page

page-title-search = البحث
page-title-query = «{ $query }» – البحث
search-heading = ابحث عن موارد تعليمية مفتوحة
search-label = ابحث في العناوين والأوصاف والمواضيع والمؤلفين
search-placeholder = مثلًا: التمثيل الضوئي، "المعادلات الخطية"، كسر*
search-button = ابحث
sort-label = الترتيب
sort-relevance = الأكثر صلة
sort-updated = المحدَّثة مؤخرًا
sort-title = العنوان أبجديًا
search-invalid = لا يمكن إجراء هذا البحث: { $detail }
search-new = ابدأ بحثًا جديدًا
results-heading =
    { $count ->
        [0] لا توجد موارد مطابقة
       *[other] عدد الموارد المطابقة: { $count }
    }
results-continued = (تابع)
results-empty = جرّب كلمات أخرى أو عوامل تصفية أقل: كل عامل تصفية يضيّق النتائج. يبيّن العدد بجانب كل عامل تصفية كم موردًا سيعطي.
pages-label = صفحات النتائج
page-first = الصفحة الأولى
page-next = الصفحة التالية
api-same = البحث نفسه بصيغة JSON: { $link }
untitled = مورد بلا عنوان
fact-language = اللغة
fact-type = النوع
fact-level = المرحلة
fact-accessibility = إمكانية الوصول
fact-sources =
    { $count ->
        [one] المصدر
       *[other] المصادر
    }

## Filters

filters-heading = عوامل التصفية
filters-hint = حدّد ما تحتاج إليه، ثم اختر «تطبيق عوامل التصفية». يبيّن كل عدد كم موردًا سيعطي عامل التصفية.
filters-hint-live = تتحدّث النتائج بمجرد تحديد عامل تصفية. يبيّن كل عدد كم موردًا سيعطي عامل التصفية.
switches-legend = ما يحق لك فعله
switch-open = تراخيص مفتوحة (اليونسكو): التعديل والمشاركة، وقد يُستثنى الاستخدام التجاري
switch-commercial = يسمح بالاستخدام التجاري
switch-derivatives = يسمح بالتعديل (الأعمال المشتقة)
open-meaning = «مفتوح» وفق توصية اليونسكو بشأن الموارد التعليمية المفتوحة: يحق لأي شخص استخدام المورد وتعديله ومشاركته دون مقابل. التراخيص التي تمنع الاستخدام التجاري تُعدّ مفتوحة، أما التي تمنع التعديل فلا.
switch-free = الأعمال الثقافية الحرة فقط: أي استخدام، بما فيه التجاري
free-meaning = «حرّ» وفق تعريف الأعمال الثقافية الحرة: يحق لأي شخص استخدام المورد وتعديله ومشاركته لأي غرض، بما في ذلك الغرض التجاري: CC0 والملك العام وCC BY وCC BY-SA وتراخيص البرمجيات الحرة. كل ترخيص حرّ هو ترخيص مفتوح أيضًا؛ أما التراخيص التي تمنع الاستخدام التجاري فهي مفتوحة لكنها ليست حرّة.
facet-license = الترخيص
facet-language = اللغة
facet-type = نوع المورد
facet-level = المرحلة التعليمية
facet-accessibility = إمكانية الوصول
facet-subject = الموضوع
facet-source = المصدر
facet-more = المزيد ({ $count })
count-resources =
    { $count ->
        [zero] مورد
        [one] مورد
        [two] موردان
        [few] موارد
        [many] موردًا
       *[other] مورد
    }
apply-filters = تطبيق عوامل التصفية
active-filters = عوامل التصفية المفعّلة
chip-words = الكلمات: { $words }
chip-facet = { $facet }: { $value }
chip-open-yes = التراخيص المفتوحة فقط
chip-open-no = ترخيص غير مفتوح
chip-free-yes = الأعمال الثقافية الحرة فقط
chip-free-no = ليس عملًا ثقافيًا حرًا
chip-commercial-yes = يسمح بالاستخدام التجاري
chip-commercial-no = لا يسمح بالاستخدام التجاري
chip-derivatives-yes = يسمح بالتعديل
chip-derivatives-no = لا يسمح بالتعديل
chip-updated-since = حُدّثت منذ { $date }
chip-remove = (إزالة)
clear-all = مسح الكل

## Licences

badge-inferred = (مفترض من الترخيص الافتراضي للمستودع)
badge-none = لم يُذكر ترخيص
badge-none-hint = اسأل المؤلف قبل إعادة الاستخدام
family-label = { $short }: { $words }
family-other = ترخيص آخر
family-short-pdm = الملك العام
family-cc-by = المشاركة والتعديل مع نسب العمل إلى مؤلفه
family-cc-by-sa = المشاركة والتعديل مع النسب والترخيص بالمثل
family-cc-by-nc = المشاركة والتعديل لغير الأغراض التجارية مع النسب
family-cc-by-nc-sa = المشاركة والتعديل لغير الأغراض التجارية مع النسب والترخيص بالمثل
family-cc-by-nd = المشاركة دون تعديل مع النسب
family-cc-by-nc-nd = المشاركة دون تعديل ولغير الأغراض التجارية مع النسب
family-cc0 = مُهدى إلى الملك العام، بلا شروط
family-pdm = خالٍ من حقوق النشر المعروفة، بلا شروط
family-mit = الاستخدام والتعديل بحرية مع الإبقاء على إشعار حقوق النشر
family-apache = الاستخدام والتعديل بحرية مع الإبقاء على الإشعارات
family-bsd = الاستخدام والتعديل بحرية مع الإبقاء على إشعار حقوق النشر
family-mpl = الاستخدام والتعديل، وتبقى الملفات المعدّلة تحت رخصة MPL
family-lgpl = الاستخدام والتعديل، وتبقى تعديلات المكتبة تحت رخصة LGPL
family-gpl = الاستخدام والتعديل، وتبقى الأعمال المشتقة تحت رخصة GPL
family-agpl = مثل GPL، وتشمل أيضًا البرامج المستخدمة عبر الشبكة
family-gfdl = المشاركة والتعديل، وتبقى الأعمال المشتقة تحت رخصة GFDL
cc-licence = رخصة المشاع الإبداعي { $title } { $version } { $scope }
cc-title-cc-by = نسب المصنَّف
cc-title-cc-by-sa = نسب المصنَّف - الترخيص بالمثل
cc-title-cc-by-nc = نسب المصنَّف - غير تجاري
cc-title-cc-by-nc-sa = نسب المصنَّف - غير تجاري - الترخيص بالمثل
cc-title-cc-by-nd = نسب المصنَّف - منع الاشتقاق
cc-title-cc-by-nc-nd = نسب المصنَّف - غير تجاري - منع الاشتقاق
cc-scope-international = دولية
cc-scope-unported = غير موطَّنة
cc-scope-generic = عامة
licence-cc0 = CC0 1.0 عالمية
licence-pdm = علامة الملك العام 1.0

## Resource page

back-to-search = → ابحث في الفهرس
open-resource = افتح المورد
machine-readable = بصيغة يقرؤها الحاسوب: { $json }، { $jsonld }
label-value = { $label }: { $value }
licence-heading = ما يحق لك فعله
licence-label = الترخيص
rights-statements = بيانات الحقوق كما كتبتها المستودعات
allowed-yes = نعم
allowed-no = لا
permission-share = الاستخدام ومشاركة النسخ
permission-adapt = تعديله ومشاركة نسختك
permission-commercial = استخدامه تجاريًا
permission-open = ترخيص مفتوح (تعريف اليونسكو للموارد التعليمية المفتوحة)
share-alike-hint = الترخيص بالمثل: يجب أن تحمل النسخ التي تعدّلها الترخيص نفسه.
inferred-hint = لا يذكر المورد ترخيصًا؛ هذا هو الترخيص الذي يعلنه مستودعه لجميع سجلاته. تحقق من المورد نفسه.
attribution-heading = الإسناد
attribution-none = لم يُذكر ترخيص أو لم يُفهم، لذا لا يوجد نص إسناد لنسخه: اسأل المؤلف أو المستودع قبل إعادة استخدام هذا المورد.
copy-plain = نص عادي
copy-html = HTML لصفحة ويب
copy-text-button = انسخ النص
copy-html-button = انسخ HTML
copied = نُسخ.
copy-selected = حُدّد النص: اضغط Ctrl+C (أو ⌘+C) لنسخه.
details-heading = التفاصيل
detail-also-titled = عناوين أخرى
detail-languages = اللغات
detail-subjects = المواضيع
detail-keywords = الكلمات المفتاحية
detail-types = أنواع المورد
detail-levels = المراحل التعليمية
detail-accessibility = إمكانية الوصول
detail-access-modes = يُدرَك عبر
detail-audience = الجمهور
detail-age = العمر المعتاد
detail-time-required = الوقت اللازم
detail-interactivity = التفاعلية
detail-educational-use = الاستخدام التعليمي
detail-alignments = متوافق مع
detail-formats = الصيغ
detail-based-on = مبني على
detail-part-of = جزء من
detail-parts = الأجزاء
detail-authors = المؤلفون
detail-contributors = المساهمون
detail-publisher = الناشر
detail-published = تاريخ النشر
detail-address = العنوان
detail-doi = DOI
detail-updated = آخر تحديث في هذا الفهرس
detail-id = المعرّف في الفهرس
sources-heading-resource = مصدره
sources-one = يصف هذا المورد مستودع واحد.
sources-many =
    { $count ->
        [two] يصف هذا المورد سجلان؛ وقد دمجهما الفهرس.
        [few] يصف هذا المورد { $count } سجلات؛ وقد دمجها الفهرس.
        [many] يصف هذا المورد { $count } سجلًا؛ وقد دمجها الفهرس.
       *[other] يصف هذا المورد { $count } سجل؛ وقد دمجها الفهرس.
    }
sources-table-region = السجلات المصدرية، قابلة للتمرير أفقيًا
sources-table-caption = السجلات المصدرية لهذا المورد
sources-col-repository = المستودع
sources-col-identifier = معرّف السجل (OAI-PMH)
sources-col-changed = آخر تغيير هناك
sources-col-format = الصيغة
format-qdc = دبلن كور المؤهَّل

## Attribution (the form Creative Commons recommends: title, author, source, licence)

attribution-quoted = «{ $title }»
licence-version-unknown = { $licence } (الإصدار غير محدد)
attribution-licensed = { $title } من إعداد { $author }، مرخَّص بموجب { $licence }.
attribution-licensed-anonymous = { $title } مرخَّص بموجب { $licence }.
attribution-marked = { $title } من إعداد { $author }، يحمل علامة { $licence }.
attribution-marked-anonymous = { $title } يحمل علامة { $licence }.
attribution-note-cc = يطلب منك الترخيص أن تنسب العمل بهذه الصيغة حيثما استخدمته. وإن عدّلته فاذكر ذلك، مثلًا: «مقتبس من …».
attribution-note-cc-nd = يطلب منك الترخيص أن تنسب العمل بهذه الصيغة حيثما استخدمته. ولا يسمح لك بمشاركة نسخ معدّلة.
attribution-note-public-domain = الإسناد غير مطلوب، لكن ذكر المؤلف والمصدر ممارسة حسنة.
attribution-note-other = هذا ليس ترخيص مشاع إبداعي: اتبع شروطه الخاصة أيضًا (في تراخيص البرمجيات أبقِ على إشعارات حقوق النشر والترخيص).

## Sources page

sources-heading = المصادر
sources-lead = يجمع oerdex البيانات من مستودعات OAI-PMH هذه. يقرأ الجمع الأول كل شيء، ولا يطلب كل جمع لاحق إلا ما تغيّر.
sources-none = لم يُسجَّل أي مستودع بعد.
source-endpoint = نقطة الوصول
source-format = الصيغة
source-sets = المجموعات
source-sets-all = المستودع كله
source-records = السجلات
source-last = آخر جمع
source-next = الجمع التالي
source-default-licence = الترخيص المفترض إذا لم يذكر السجل ترخيصًا
source-history = سجل عمليات الجمع (JSON)
harvest-never = لم يُجمع بعد
harvest-full = كامل
harvest-incremental = تزايدي
harvest-counts = أُضيف { $added }، حُدِّث { $updated }، حُذف { $deleted }
harvest-unreadable = تعذّرت قراءة { $failed }
harvest-running = جارٍ منذ { $time } ({ $kind }): حتى الآن { $counts }
harvest-ok = { $status } في { $time } ({ $kind }): { $counts }
harvest-interrupted = { $status } في { $time }: { $counts }؛ سيتابع الجمع التالي من حيث توقف
harvest-failed = { $status } في { $time }: { $counts }
status-succeeded = نجح
status-interrupted = انقطع
status-failed = فشل
next-now = الجمع جارٍ الآن
next-disabled = لا يوجد: المصدر معطَّل
next-unscheduled = غير مجدول على هذا الخادم

## Registration form

register-heading = تسجيل مستودع
register-intro = يتحقق oerdex من نقطة الوصول مباشرةً (Identify وصيغ البيانات الوصفية والمجموعات التي تقدّمها) قبل تسجيلها، ثم يجمع بياناتها فورًا دون المرور بقائمة الانتظار.
register-label-name = الاسم المختصر
register-hint-name = من 1 إلى 64 حرفًا لاتينيًا أو رقمًا أو «-» أو «_» أو «.»، مثل zoerr.
register-label-url = عنوان URL الأساسي لـ OAI-PMH
register-hint-url = العنوان الذي يجيب عنده المستودع عن طلبات OAI-PMH.
register-label-metadata-prefix = صيغة البيانات الوصفية (اختياري)
register-hint-metadata-prefix = اتركه فارغًا لاعتماد أغنى صيغة يقدّمها المستودع: LOM، ثم LRMI أو دبلن كور المؤهَّل، ثم oai_dc.
register-label-sets = المجموعات (اختياري)
register-hint-sets = معرّفات المجموعات مفصولة بمسافات أو فواصل؛ فارغ للمستودع كله.
register-label-default-license = الترخيص المفترض إذا لم يذكر السجل ترخيصًا (اختياري)
register-hint-default-license = معرّف ترخيص أو عنوان URL له أو اسمه، مثل CC-BY-4.0.
register-button = تحقّق وسجّل
register-live-check = لم يجتز المستودع التحقق المباشر: { $detail }
register-conflict = الاسم «{ $name }» مستخدم بالفعل؛ اختر اسمًا آخر.
register-ok = سُجّل { $name }.
register-ok-detail = اجتاز { $repository } التحقق المباشر وستُجمع بياناته بصيغة { $format }. يبدأ الجمع الأول الآن؛ تعرض صفحة المصدر سير العمل.
register-the-repository = المستودع

register-label-contact-email = البريد الإلكتروني للتواصل
register-hint-contact-email = العنوان الذي يراسلك عليه المشغّل بشأن هذا المستودع؛ لا يراه أحد غير المشغّل.
form-too-many =
    وصلت محاولات كثيرة جدًا من عنوانك؛ أعد المحاولة بعد { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }.

## Proposing a repository (anyone)

propose-heading = اقتراح مستودع
propose-intro = هل تعرف مستودع OAI-PMH لموارد تعليمية مفتوحة غير موجود هنا؟ اقترحه: يتحقق منه oerdex مباشرةً على الفور، وإن استجاب يضعه في قائمة انتظار المشغّل الذي يقرر هل تُجمع بياناته.
propose-button = تحقّق واقترح
propose-queued-heading = اقتراحك في انتظار قرار المشغّل
propose-queued = اجتاز { $name } التحقق المباشر، وهو في قائمة الانتظار بالطلب رقم { $id }.
propose-number = رقم الطلب
propose-repository = اسم المستودع (من التحقق المباشر)
propose-submitted = تاريخ الإرسال
propose-next = يوافق المشغّل على كل طلب أو يرفضه. بعد الموافقة تُجمع بيانات المستودع فورًا ويظهر في صفحة المصادر. احتفظ برقم الطلب إن أردت مراسلة المشغّل.
propose-back = العودة إلى المصادر
source-page-link = عمليات الجمع وجودة البيانات الوصفية
operator-link = للمشغّل: البتّ في المستودعات المقترحة
status-running = جارٍ

## A source's page

source-back = كل المصادر
source-json = هذا المصدر (JSON)
harvests-heading = عمليات الجمع الأخيرة
harvests-intro =
    { $count ->
        [one] آخر عملية جمع.
       *[other] آخر عمليات الجمع (عددها { $count })، من الأقدم إلى الأحدث.
    } كل علامة تقود إلى سطرها في الجدول أدناه.
harvest-mark = { $status }، { $time } ({ $kind }): { $counts }
harvest-legend = معنى العلامات
records-heading = السجلات عبر الزمن
records-how = عدد السجلات من هذا المستودع التي كانت في الفهرس بعد كل عملية جمع. لا يحفظ الفهرس هذه الأعداد، بل تُحسب رجوعًا من العدد الحالي ومما أضافته كل عملية جمع وحذفته، لذا فهي تقديرية.
chart-title = السجلات من { $name } بعد كل عملية جمع
chart-desc = من { $from } إلى { $to }: عدد السجلات بعد أول عملية جمع معروضة { $first }، وبعد آخرها { $last }؛ أقل عدد { $lowest } وأكبر عدد { $highest }. يعرض الجدول أدناه كل الأعداد.
harvest-table-caption = كل عمليات الجمع المعروضة، الأحدث أولًا
harvest-col-started = البدء
harvest-col-result = النتيجة
harvest-col-added = أُضيف
harvest-col-updated = حُدِّث
harvest-col-deleted = حُذف
harvest-col-unreadable = تعذّرت قراءته
harvest-col-records = السجلات بعدها

## Metadata quality report

quality-heading = جودة البيانات الوصفية
quality-intro = كم سجلًا من السجلات القائمة في هذا المستودع (وعددها { $records }) يذكر كل حقل بطريقة يستطيع oerdex قراءتها. تُعدّ السجلات كما يصفها المستودع، قبل دمجها مع سجلات المستودعات الأخرى، ليعرف القائمون عليه ما يحسّنونه لديهم.
quality-empty = لا يضم هذا المصدر سجلات قائمة بعد، فلا شيء يُقاس.
quality-caption = نسبة السجلات التي تذكر كل حقل
quality-col-field = الحقل
quality-col-records = السجلات
quality-col-share = النسبة
quality-licence = ترخيص يستطيع oerdex قراءته
quality-language = لغة
quality-url = عنوان URL للمورد
quality-description = وصف
quality-type = نوع المورد
quality-level = مرحلة تعليمية
percent = { $value }٪
quality-unreadable-licences = عدد السجلات التي تذكر حقوقًا لا يستطيع oerdex قراءتها بوصفها ترخيصًا: { $count }.
quality-no-rights = عدد السجلات التي لا تذكر أي حقوق: { $count }.
quality-licences-heading = بيانات الحقوق التي تعذّر على oerdex قراءتها، الأكثر تكرارًا أولًا
quality-languages-heading = قيم اللغة التي تعذّر على oerdex قراءتها، الأكثر تكرارًا أولًا
quality-col-value = كما تكتبها السجلات
quality-none-unreadable = لا شيء: قرأ oerdex كل القيم.
quality-unread = عدد السجلات بصيغة لا يفهمها أي تحويل: { $count }؛ تُحفظ كما جُمعت لكنها ليست في الفهرس.
quality-json = التقرير نفسه بصيغة JSON

## The operator's page

operator-heading = المشغّل
operator-intro = يبتّ المشغّل في المستودعات المقترحة ويستطيع تسجيل مستودع مباشرةً. سجّل الدخول برمز المشرف الخاص بالخادم.
operator-sign-in-heading = تسجيل الدخول
operator-token-label = رمز المشرف
operator-token-hint = يُرسل مرة واحدة لبدء جلسة مدتها ساعة تُحفظ في ملف تعريف ارتباط خاص بصفحة المشغّل وحدها؛ ولا يُعرض الرمز نفسه ولا يُحفظ أبدًا.
operator-sign-in-button = تسجيل الدخول
operator-wrong-token = رمز المشرف خاطئ، لذا لم يتم تسجيل دخولك.
operator-disabled = ليس لهذا الخادم رمز مشرف (server.admin_token أو OERDEX_ADMIN_TOKEN)، لذا لا يستطيع أحد تسجيل الدخول بصفته المشغّل.
operator-disabled-heading = لا مشغّل لهذا الخادم
operator-refused-heading = سجّل الدخول أولًا
operator-signed-out = لم تسجّل الدخول بصفتك المشغّل أو انتهت جلستك، لذا لم يتغيّر شيء.
operator-cross-site = جاء هذا الطلب من صفحة موقع آخر، لذا رُفض ولم يتغيّر شيء.
operator-go-sign-in = الانتقال إلى صفحة المشغّل
operator-session =
    سجّلت الدخول بصفتك المشغّل؛ تنتهي جلستك بعد { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    } أو عند تسجيل خروجك.
operator-sign-out = تسجيل الخروج
queue-heading = طلبات تنتظر القرار ({ $count })
queue-intro = اجتاز كل مستودع أدناه التحقق المباشر عند اقتراحه. الموافقة عليه تسجّله وتبدأ أول عملية جمع له؛ ورفضه يُبقي الطلب محفوظًا مع السبب الذي تذكره.
queue-empty = لا ينتظر أي طلب.
queue-more = تُعرض أقدم الطلبات (عددها { $shown })؛ بتّ فيها لترى الباقي.
request-heading = الطلب { $id }: { $name }
request-which = (الطلب { $id })
request-approve = موافقة
request-reject = رفض
request-reason = سبب الرفض (اختياري)
request-approved = تمت الموافقة: أصبح { $name } مصدرًا، وتبدأ أول عملية جمع له الآن.
request-rejected = رُفض الطلب { $id } ({ $name }).
request-not-found = لا يوجد طلب كهذا.
request-failed = تعذّر البتّ في الطلب: { $detail }

## Numbers, dates, lists

list-separator = { "، " }
list-and = { $init } و{ $last }
date = { $day } { $month } { $year }
date-time = { $date }، الساعة { $time } (UTC)
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## Languages (names in this language; other languages are shown by their own name)

language-ar = العربية
language-zh = الصينية
language-en = الإنجليزية
language-fr = الفرنسية
language-ru = الروسية
language-es = الإسبانية
language-de = الألمانية
language-pt = البرتغالية
language-sw = السواحلية
language-it = الإيطالية
language-nl = الهولندية
language-pl = البولندية
language-tr = التركية
language-uk = الأوكرانية
language-el = اليونانية
language-sv = السويدية
language-ja = اليابانية
language-ko = الكورية
language-hi = الهندية
language-fa = الفارسية

## Resource types (the concepts the index maps every type onto: HCRT, COAR genres, DCMI types)

type-software = برمجية
type-assessment = تقييم
type-audio = صوت
type-case-study = دراسة حالة
type-course = مقرر دراسي
type-data = بيانات
type-diagram = مخطط
type-exercise = تمرين
type-game = لعبة
type-experiment = تجربة
type-image = صورة
type-reference-work = مرجع
type-lesson-plan = خطة درس
type-map = خريطة
type-web-portal = بوابة إلكترونية
type-questionnaire = استبيان
type-script = مذكرة
type-sheet-music = نوتة موسيقية
type-simulation = محاكاة
type-presentation = عرض تقديمي
type-text = نص
type-textbook = كتاب مدرسي
type-video = فيديو
type-web-page = صفحة ويب
type-worksheet = ورقة عمل
type-article = مقال
type-book = كتاب
type-book-chapter = فصل من كتاب
type-thesis = أطروحة
type-report = تقرير
type-conference-paper = ورقة مؤتمر
type-preprint = مسودة بحث
type-working-paper = ورقة عمل بحثية
type-lecture = محاضرة
type-interactive-resource = مورد تفاعلي
type-collection = مجموعة
type-event = فعالية

## Educational levels (LOM's context vocabulary and common stages)

level-school = التعليم المدرسي
level-higher-education = التعليم العالي
level-training = التدريب المهني
level-other = أخرى
level-early-childhood-education = التعليم في الطفولة المبكرة
level-primary = المرحلة الابتدائية
level-primary-school = المدرسة الابتدائية
level-secondary = المرحلة الثانوية
level-secondary-school = المدرسة الثانوية
level-lower-secondary = المرحلة الإعدادية
level-upper-secondary = المرحلة الثانوية العليا
level-vocational-education = التعليم المهني
level-adult-education = تعليم الكبار

## Accessibility (filters, and the senses a resource is perceived with)

a11y-captions = ترجمة نصية مرافقة
a11y-transcript = نص مكتوب للمحتوى الصوتي
a11y-alternative-text = نص بديل للصور
a11y-audio-description = وصف صوتي
a11y-sign-language = لغة الإشارة
a11y-structural-navigation = عناوين للتنقل
a11y-accessible-math = رياضيات ميسّرة الوصول
a11y-no-flashing-hazard = بلا خطر وميض
a11y-no-motion-hazard = بلا خطر محاكاة الحركة
a11y-no-sound-hazard = بلا خطر صوتي
a11y-mode-auditory = السمع
a11y-mode-visual = البصر
a11y-mode-textual = قراءة النص
a11y-mode-tactile = اللمس
