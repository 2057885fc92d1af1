# Страницы и подписи oerdex: русский.

## Page shell

meta-description = Находите открыто лицензированные образовательные ресурсы, узнавайте, что с ними можно делать, и копируйте готовую атрибуцию.
skip-link = Перейти к содержанию
tagline = открытые образовательные ресурсы под открытыми лицензиями
nav-label = Сайт
nav-search = Поиск
nav-sources = Источники
nav-api = API
footer = oerdex собирает метаданные ООР по протоколу OAI-PMH. Лицензии берутся из метаданных: прежде чем на них полагаться, проверьте сам ресурс. Всё, что здесь есть, доступно и в формате JSON: { $api }.
footer-api = описание API
language-menu = Язык
language-menu-label = Языки сайта

## Error pages

error-not-found-heading = Не найдено
error-not-found = Здесь ничего нет. Возможно, этого ресурса никогда не было в каталоге.
error-gone-heading = Отозван
error-gone = Все репозитории, где был этот ресурс, отозвали его, поэтому в каталоге его больше нет.
error-other-heading = Что-то пошло не так
error-internal = Серверу не удалось ответить на этот запрос; сбой записан в журнал.
error-unavailable = Каталог сейчас не может ответить. Попробуйте ещё раз чуть позже.
error-back = Искать в каталоге

## Search page

page-title-search = Поиск
page-title-query = «{ $query }» – поиск
search-heading = Поиск открытых образовательных ресурсов
search-label = Искать в названиях, описаниях, предметах и авторах
search-placeholder = например, фотосинтез, "линейные уравнения", дроб*
search-button = Найти
sort-label = Порядок
sort-relevance = Наиболее подходящие
sort-updated = Недавно обновлённые
sort-title = По названию, от А до Я
search-invalid = Этот поиск выполнить нельзя: { $detail }
search-new = Начать новый поиск
results-heading =
    { $count ->
        [0] Подходящих ресурсов нет
        [one] Найден { $count } ресурс
        [few] Найдено { $count } ресурса
       *[many] Найдено { $count } ресурсов
    }
results-continued = (продолжение)
results-empty = Попробуйте другие слова или меньше фильтров: каждый фильтр сужает результаты. Число рядом с фильтром показывает, сколько ресурсов он даст.
pages-label = Страницы результатов
page-first = Первая страница
page-next = Следующая страница
api-same = Тот же поиск в формате JSON: { $link }
untitled = Ресурс без названия
fact-language = Язык
fact-type = Тип
fact-level = Уровень
fact-accessibility = Доступность
fact-sources =
    { $count ->
        [one] Источник
       *[other] Источники
    }

## Filters

filters-heading = Фильтры
filters-hint = Отметьте нужное и нажмите «Применить фильтры». Число рядом с фильтром показывает, сколько ресурсов он даст.
filters-hint-live = Результаты обновляются, как только вы отмечаете фильтр. Число рядом с фильтром показывает, сколько ресурсов он даст.
switches-legend = Что вам разрешено
switch-open = Открытые лицензии (ЮНЕСКО): можно изменять и распространять, возможно, некоммерчески
switch-commercial = Разрешено коммерческое использование
switch-derivatives = Разрешены изменения (переработки)
open-meaning = «Открытая» — в смысле Рекомендации ЮНЕСКО об ООР: любой может бесплатно использовать, изменять и распространять ресурс. Лицензии, запрещающие коммерческое использование, считаются открытыми; лицензии, запрещающие изменения, — нет.
switch-free = Только свободные произведения: любое использование, включая коммерческое
free-meaning = «Свободная» — в смысле Определения свободных произведений культуры: любой может использовать, изменять и распространять ресурс с любой целью, включая коммерческую: CC0, общественное достояние, CC BY, CC BY-SA и свободные лицензии на программы. Любая свободная лицензия также открыта; лицензии, запрещающие коммерческое использование, открыты, но не свободны.
facet-license = Лицензия
facet-language = Язык
facet-type = Тип ресурса
facet-level = Уровень образования
facet-accessibility = Доступность
facet-subject = Предмет
facet-source = Источник
facet-more = Ещё ({ $count })
count-resources =
    { $count ->
        [one] ресурс
        [few] ресурса
       *[many] ресурсов
    }
apply-filters = Применить фильтры
active-filters = Действующие фильтры
chip-words = Слова: { $words }
chip-facet = { $facet }: { $value }
chip-open-yes = Только открытые лицензии
chip-open-no = Не открытая лицензия
chip-free-yes = Только свободные произведения
chip-free-no = Не свободное произведение
chip-commercial-yes = Разрешено коммерческое использование
chip-commercial-no = Без коммерческого использования
chip-derivatives-yes = Разрешены изменения
chip-derivatives-no = Изменения запрещены
chip-updated-since = Обновлено с { $date }
chip-remove = (убрать)
clear-all = Сбросить все

## Licences

badge-inferred = (предполагается по лицензии репозитория по умолчанию)
badge-none = Лицензия не указана
badge-none-hint = спросите автора, прежде чем использовать повторно
family-label = { $short }: { $words }
family-other = Другая лицензия
family-short-pdm = Общественное достояние
family-cc-by = распространять и изменять с указанием автора
family-cc-by-sa = распространять и изменять с указанием автора, на тех же условиях
family-cc-by-nc = распространять и изменять некоммерчески, с указанием автора
family-cc-by-nc-sa = распространять и изменять некоммерчески, с указанием автора, на тех же условиях
family-cc-by-nd = распространять без изменений, с указанием автора
family-cc-by-nc-nd = распространять без изменений, некоммерчески, с указанием автора
family-cc0 = передано в общественное достояние, без условий
family-pdm = свободно от известных авторских прав, без условий
family-mit = свободно использовать и изменять, сохраняя уведомление об авторских правах
family-apache = свободно использовать и изменять, сохраняя уведомления
family-bsd = свободно использовать и изменять, сохраняя уведомление об авторских правах
family-mpl = использовать и изменять; изменённые файлы остаются под MPL
family-lgpl = использовать и изменять; изменения библиотеки остаются под LGPL
family-gpl = использовать и изменять; переработки остаются под GPL
family-agpl = как GPL, в том числе для программ, используемых по сети
family-gfdl = распространять и изменять; переработки остаются под GFDL
cc-licence = Creative Commons «{ $title }» { $version } { $scope }
cc-title-cc-by = Атрибуция
cc-title-cc-by-sa = Атрибуция — С сохранением условий
cc-title-cc-by-nc = Атрибуция — Некоммерческое использование
cc-title-cc-by-nc-sa = Атрибуция — Некоммерческое использование — С сохранением условий
cc-title-cc-by-nd = Атрибуция — Без производных произведений
cc-title-cc-by-nc-nd = Атрибуция — Некоммерческое использование — Без производных произведений
cc-scope-international = Всемирная
cc-scope-unported = Непортированная
cc-scope-generic = Общая
licence-cc0 = CC0 1.0 Универсальная
licence-pdm = Знак общественного достояния 1.0

## Resource page

back-to-search = ← Искать в каталоге
open-resource = Открыть ресурс
machine-readable = В машиночитаемом виде: { $json }, { $jsonld }
label-value = { $label }: { $value }
licence-heading = Что вам разрешено
licence-label = Лицензия
rights-statements = Сведения о правах в том виде, в каком их записали репозитории
allowed-yes = да
allowed-no = нет
permission-share = Использовать и распространять копии
permission-adapt = Изменять и распространять свою версию
permission-commercial = Использовать в коммерческих целях
permission-open = Открытая лицензия (определение ООР ЮНЕСКО)
share-alike-hint = На тех же условиях: ваши переработки должны распространяться под той же лицензией.
inferred-hint = Для ресурса лицензия не указана; это лицензия, которую его репозиторий заявляет для всех своих записей. Проверьте сам ресурс.
attribution-heading = Атрибуция
attribution-none = Лицензия не указана или не распознана, поэтому копировать нечего: прежде чем использовать этот ресурс, спросите автора или репозиторий.
copy-plain = Простой текст
copy-html = HTML для веб-страницы
copy-text-button = Скопировать текст
copy-html-button = Скопировать HTML
copied = Скопировано.
copy-selected = Выделено: нажмите Ctrl+C (или ⌘+C), чтобы скопировать.
details-heading = Подробности
detail-also-titled = Другие названия
detail-languages = Языки
detail-subjects = Предметы
detail-keywords = Ключевые слова
detail-types = Типы ресурса
detail-levels = Уровни образования
detail-accessibility = Доступность
detail-access-modes = Воспринимается через
detail-audience = Аудитория
detail-age = Типичный возраст
detail-time-required = Необходимое время
detail-interactivity = Интерактивность
detail-educational-use = Образовательное использование
detail-alignments = Соответствует
detail-formats = Форматы
detail-based-on = Основано на
detail-part-of = Часть
detail-parts = Части
detail-authors = Авторы
detail-contributors = Участники
detail-publisher = Издатель
detail-published = Опубликовано
detail-address = Адрес
detail-doi = DOI
detail-updated = Обновлено в этом каталоге
detail-id = Идентификатор в каталоге
sources-heading-resource = Откуда он взят
sources-one = Этот ресурс описан в одном репозитории.
sources-many =
    { $count ->
        [one] Этот ресурс описывает { $count } запись; каталог объединил их.
        [few] Этот ресурс описывают { $count } записи; каталог объединил их.
       *[many] Этот ресурс описывают { $count } записей; каталог объединил их.
    }
sources-table-region = Исходные записи, прокручиваются по горизонтали
sources-table-caption = Исходные записи этого ресурса
sources-col-repository = Репозиторий
sources-col-identifier = Идентификатор записи (OAI-PMH)
sources-col-changed = Последнее изменение там
sources-col-format = Формат
format-qdc = квалифицированный Dublin Core

## Attribution (the form Creative Commons recommends: title, author, source, licence)

attribution-quoted = «{ $title }»
licence-version-unknown = { $licence } (версия не указана)
attribution-licensed = { $title } (автор: { $author }) распространяется по лицензии { $licence }.
attribution-licensed-anonymous = { $title } распространяется по лицензии { $licence }.
attribution-marked = { $title } (автор: { $author }) отмечено знаком { $licence }.
attribution-marked-anonymous = { $title } отмечено знаком { $licence }.
attribution-note-cc = Лицензия требует указывать произведение именно так везде, где вы его используете. Если вы его изменили, сообщите об этом, например: «переработано на основе …».
attribution-note-cc-nd = Лицензия требует указывать произведение именно так везде, где вы его используете. Распространять изменённые версии она не разрешает.
attribution-note-public-domain = Указывать автора не обязательно, но упомянуть автора и источник — хорошая практика.
attribution-note-other = Это не лицензия Creative Commons: соблюдайте также её собственные условия (для лицензий на программы сохраняйте уведомления об авторских правах и о лицензии).

## Sources page

sources-heading = Источники
sources-lead = oerdex собирает данные из этих репозиториев OAI-PMH. Первый сбор читает всё; каждый следующий запрашивает только изменения.
sources-none = Пока не зарегистрировано ни одного репозитория.
source-endpoint = Точка доступа
source-format = Формат
source-sets = Наборы
source-sets-all = весь репозиторий
source-records = Записи
source-last = Последний сбор
source-next = Следующий сбор
source-default-licence = Лицензия, предполагаемая, если в записи её нет
source-history = История сборов (JSON)
harvest-never = ещё не собирались
harvest-full = полный
harvest-incremental = инкрементный
harvest-counts = добавлено: { $added }, обновлено: { $updated }, удалено: { $deleted }
harvest-unreadable = не удалось прочитать: { $failed }
harvest-running = идёт с { $time } ({ $kind }): пока { $counts }
harvest-ok = { $status } { $time } ({ $kind }): { $counts }
harvest-interrupted = { $status } { $time }: { $counts }; следующий сбор продолжится с места остановки
harvest-failed = { $status } { $time }: { $counts }
status-succeeded = успешно
status-interrupted = прерван
status-failed = ошибка
next-now = сбор идёт сейчас
next-disabled = нет: источник отключён
next-unscheduled = не запланирован на этом сервере

## Registration form

register-heading = Зарегистрировать репозиторий
register-intro = oerdex проверяет точку доступа в реальном времени (Identify, предлагаемые форматы метаданных и наборы), прежде чем зарегистрировать её, а затем сразу собирает данные — без очереди.
register-label-name = Краткое имя
register-hint-name = От 1 до 64 латинских букв, цифр, «-», «_» или «.», например zoerr.
register-label-url = Базовый URL OAI-PMH
register-hint-url = Адрес, по которому репозиторий отвечает на запросы OAI-PMH.
register-label-metadata-prefix = Формат метаданных (необязательно)
register-hint-metadata-prefix = Оставьте пустым, чтобы взять самый полный из предлагаемых: LOM, затем LRMI или квалифицированный Dublin Core, затем oai_dc.
register-label-sets = Наборы (необязательно)
register-hint-sets = Идентификаторы наборов через пробел или запятую; пусто — весь репозиторий.
register-label-default-license = Лицензия, предполагаемая, если в записи её нет (необязательно)
register-hint-default-license = Идентификатор, URL или название лицензии, например CC-BY-4.0.
register-button = Проверить и зарегистрировать
register-live-check = Репозиторий не прошёл проверку в реальном времени: { $detail }
register-conflict = Имя «{ $name }» уже занято; выберите другое.
register-ok = { $name } зарегистрирован.
register-ok-detail = { $repository } прошёл проверку в реальном времени; данные будут собираться в формате { $format }. Первый сбор начинается сейчас; за ходом можно следить на странице источника.
register-the-repository = Репозиторий

register-label-contact-email = Адрес электронной почты для связи
register-hint-contact-email = По этому адресу оператор сможет написать вам об этом репозитории; его видит только оператор.
form-too-many =
    С вашего адреса пришло слишком много попыток; попробуйте снова через { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }.

## Proposing a repository (anyone)

propose-heading = Предложить репозиторий
propose-intro = Знаете репозиторий OAI-PMH с открытыми образовательными ресурсами, которого здесь нет? Предложите его: oerdex сразу проверит его в реальном времени и, если он отвечает, поставит в очередь к оператору, который решит, собирать ли из него данные.
propose-button = Проверить и предложить
propose-queued-heading = Ваше предложение ждёт решения оператора
propose-queued = { $name } прошёл проверку в реальном времени и стоит в очереди как заявка номер { $id }.
propose-number = Номер заявки
propose-repository = Название репозитория (по данным проверки)
propose-submitted = Отправлена
propose-next = Оператор одобряет или отклоняет каждую заявку. После одобрения данные из репозитория сразу начинают собираться, и он появляется на странице источников. Сохраните номер заявки на случай, если будете писать оператору.
propose-back = Назад к источникам
source-page-link = Сборы и качество метаданных
operator-link = Для оператора: решения по предложенным репозиториям
status-running = идёт

## A source's page

source-back = Все источники
source-json = Этот источник (JSON)
harvests-heading = Последние сборы
harvests-intro =
    { $count ->
        [one] Последний сбор.
       *[other] Последние сборы ({ $count }), от самого раннего к самому позднему.
    } Каждая отметка ведёт к своей строке в таблице ниже.
harvest-mark = { $status }, { $time } ({ $kind }): { $counts }
harvest-legend = Что означают отметки
records-heading = Записи во времени
records-how = Сколько записей из этого репозитория было в каталоге после каждого сбора. Каталог не хранит эти числа: они вычислены в обратном порядке от сегодняшнего числа по тому, что каждый сбор добавил и удалил, поэтому это оценки.
chart-title = Записи из { $name } после каждого сбора
chart-desc = С { $from } по { $to }: записей после первого показанного сбора — { $first }, после последнего — { $last }; не меньше { $lowest } и не больше { $highest }. В таблице ниже приведены все числа.
harvest-table-caption = Все показанные сборы, сначала самые новые
harvest-col-started = Начало
harvest-col-result = Итог
harvest-col-added = Добавлено
harvest-col-updated = Обновлено
harvest-col-deleted = Удалено
harvest-col-unreadable = Не прочитано
harvest-col-records = Записей после

## Metadata quality report

quality-heading = Качество метаданных
quality-intro =
    { $records ->
        [one] Указывает ли единственная действующая запись этого репозитория
       *[other] Сколько из действующих записей этого репозитория ({ $records }) указывают
    } каждое поле так, чтобы oerdex мог его прочитать. Записи считаются в том виде, в каком их описывает репозиторий, до слияния с записями других репозиториев, — так его сотрудники видят, что улучшить у себя.
quality-empty = В этом источнике пока нет действующих записей, поэтому измерять нечего.
quality-caption = Доля записей с каждым полем
quality-col-field = Поле
quality-col-records = Записи
quality-col-share = Доля
quality-licence = Лицензия, которую oerdex может прочитать
quality-language = Язык
quality-url = URL ресурса
quality-description = Описание
quality-type = Тип ресурса
quality-level = Уровень образования
percent = { $value } %
quality-unreadable-licences =
    { $count ->
        [one] { $count } запись указывает права, которые oerdex не может прочитать как лицензию.
        [few] { $count } записи указывают права, которые oerdex не может прочитать как лицензию.
       *[other] { $count } записей указывают права, которые oerdex не может прочитать как лицензию.
    }
quality-no-rights =
    { $count ->
        [one] { $count } запись вообще не указывает прав.
        [few] { $count } записи вообще не указывают прав.
       *[other] { $count } записей вообще не указывают прав.
    }
quality-licences-heading = Сведения о правах, которые oerdex не смог прочитать, сначала самые частые
quality-languages-heading = Значения языка, которые oerdex не смог прочитать, сначала самые частые
quality-col-value = Как написано в записях
quality-none-unreadable = Таких нет: oerdex прочитал все.
quality-unread =
    { $count ->
        [one] { $count } запись в формате, который не понимает ни одно преобразование: она хранится в собранном виде, но не входит в каталог.
        [few] { $count } записи в формате, который не понимает ни одно преобразование: они хранятся в собранном виде, но не входят в каталог.
       *[other] { $count } записей в формате, который не понимает ни одно преобразование: они хранятся в собранном виде, но не входят в каталог.
    }
quality-json = Тот же отчёт в JSON

## The operator's page

operator-heading = Оператор
operator-intro = Оператор принимает решения по предложенным репозиториям и может сразу зарегистрировать репозиторий. Войдите с токеном администратора сервера.
operator-sign-in-heading = Вход
operator-token-label = Токен администратора
operator-token-hint = Отправляется один раз и открывает сеанс на час, который хранится в cookie только для страницы оператора; сам токен нигде не показывается и не хранится.
operator-sign-in-button = Войти
operator-wrong-token = Токен администратора неверен, поэтому вход не выполнен.
operator-disabled = У этого сервера нет токена администратора (server.admin_token или OERDEX_ADMIN_TOKEN), поэтому никто не может войти как оператор.
operator-disabled-heading = На этом сервере нет оператора
operator-refused-heading = Сначала войдите
operator-signed-out = Вы не вошли как оператор или ваш сеанс закончился, поэтому ничего не изменено.
operator-cross-site = Этот запрос пришёл со страницы другого сайта, поэтому он отклонён и ничего не изменено.
operator-go-sign-in = На страницу оператора
operator-session =
    Вы вошли как оператор; сеанс закончится через { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    } или когда вы выйдете.
operator-sign-out = Выйти
queue-heading = Заявки, ждущие решения ({ $count })
queue-intro = Каждый репозиторий ниже прошёл проверку в реальном времени, когда его предложили. Одобрение регистрирует его и запускает первый сбор; отклонение сохраняет заявку вместе с вашей причиной.
queue-empty = Заявок, ждущих решения, нет.
queue-more = Показаны самые старые заявки ({ $shown }); примите по ним решения, чтобы увидеть остальные.
request-heading = Заявка { $id }: { $name }
request-which = (заявка { $id })
request-approve = Одобрить
request-reject = Отклонить
request-reason = Причина отклонения (необязательно)
request-approved = Одобрено: { $name } теперь источник, и его первый сбор начинается сейчас.
request-rejected = Заявка { $id } ({ $name }) отклонена.
request-not-found = Такой заявки нет.
request-failed = Не удалось принять решение по заявке: { $detail }

## Numbers, dates, lists

list-separator = { ", " }
list-and = { $init } и { $last }
date = { $day } { $month } { $year } г.
date-time = { $date }, { $time } UTC
month-1 = янв.
month-2 = февр.
month-3 = мар.
month-4 = апр.
month-5 = мая
month-6 = июн.
month-7 = июл.
month-8 = авг.
month-9 = сент.
month-10 = окт.
month-11 = нояб.
month-12 = дек.

## Languages (names in this language; other languages are shown by their own name)

language-ar = арабский
language-zh = китайский
language-en = английский
language-fr = французский
language-ru = русский
language-es = испанский
language-de = немецкий
language-pt = португальский
language-sw = суахили
language-it = итальянский
language-nl = нидерландский
language-pl = польский
language-tr = турецкий
language-uk = украинский
language-el = греческий
language-sv = шведский
language-ja = японский
language-ko = корейский
language-hi = хинди
language-fa = персидский

## Resource types (the concepts the index maps every type onto: HCRT, COAR genres, DCMI types)

type-software = программа
type-assessment = проверка знаний
type-audio = аудио
type-case-study = кейс
type-course = курс
type-data = данные
type-diagram = диаграмма
type-exercise = упражнение
type-game = игра
type-experiment = эксперимент
type-image = изображение
type-reference-work = справочник
type-lesson-plan = план урока
type-map = карта
type-web-portal = портал
type-questionnaire = опросник
type-script = конспект
type-sheet-music = ноты
type-simulation = симуляция
type-presentation = презентация
type-text = текст
type-textbook = учебник
type-video = видео
type-web-page = веб-страница
type-worksheet = рабочий лист
type-article = статья
type-book = книга
type-book-chapter = глава книги
type-thesis = диссертация
type-report = отчёт
type-conference-paper = доклад на конференции
type-preprint = препринт
type-working-paper = рабочий документ
type-lecture = лекция
type-interactive-resource = интерактивный ресурс
type-collection = коллекция
type-event = событие

## Educational levels (LOM's context vocabulary and common stages)

level-school = школа
level-higher-education = высшее образование
level-training = профессиональное обучение
level-other = другое
level-early-childhood-education = дошкольное образование
level-primary = начальная ступень
level-primary-school = начальная школа
level-secondary = средняя ступень
level-secondary-school = средняя школа
level-lower-secondary = основная школа
level-upper-secondary = старшая школа
level-vocational-education = профессиональное образование
level-adult-education = образование взрослых

## Accessibility (filters, and the senses a resource is perceived with)

a11y-captions = Субтитры
a11y-transcript = Расшифровка
a11y-alternative-text = Текстовые описания изображений
a11y-audio-description = Тифлокомментарий
a11y-sign-language = Жестовый язык
a11y-structural-navigation = Заголовки для навигации
a11y-accessible-math = Доступная математика
a11y-no-flashing-hazard = Без риска вспышек
a11y-no-motion-hazard = Без риска от имитации движения
a11y-no-sound-hazard = Без риска от звуков
a11y-mode-auditory = слух
a11y-mode-visual = зрение
a11y-mode-textual = чтение текста
a11y-mode-tactile = осязание
