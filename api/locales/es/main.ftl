# Páginas y etiquetas de oerdex: español.

## Page shell

meta-description = Encuentre recursos educativos con licencia abierta, vea qué puede hacer con ellos y copie una atribución lista para usar.
skip-link = Saltar al contenido
tagline = recursos educativos abiertos, con licencia abierta
nav-label = Sitio
nav-search = Búsqueda
nav-sources = Fuentes
nav-api = API
footer = oerdex recolecta metadatos de REA mediante OAI-PMH. Las licencias se leen de los metadatos: compruebe el propio recurso antes de confiar en ellas. Todo lo que hay aquí también se ofrece en JSON: { $api }.
footer-api = descripción de la API
language-menu = Idioma
language-menu-label = Idiomas de este sitio

## Error pages

error-not-found-heading = No encontrado
error-not-found = Aquí no hay nada. Es posible que el recurso nunca haya estado en el catálogo.
error-gone-heading = Retirado
error-gone = Todos los repositorios que tenían este recurso lo han retirado, por lo que el catálogo ya no lo incluye.
error-other-heading = Algo salió mal
error-internal = El servidor no pudo responder a esta solicitud; el fallo ha quedado registrado.
error-unavailable = El catálogo no puede responder en este momento. Vuelva a intentarlo en un momento.
error-back = Buscar en el catálogo

## Search page

page-title-search = Búsqueda
page-title-query = «{ $query }» – búsqueda
search-heading = Encuentre recursos educativos abiertos
search-label = Buscar en títulos, descripciones, materias y autores
search-placeholder = p. ej., fotosíntesis, "ecuaciones lineales", fracci*
search-button = Buscar
sort-label = Orden
sort-relevance = Más pertinentes
sort-updated = Actualizados recientemente
sort-title = Título, de la A a la Z
search-invalid = No se puede realizar esta búsqueda: { $detail }
search-new = Empezar una nueva búsqueda
results-heading =
    { $count ->
        [0] Ningún recurso coincide
        [one] { $count } recurso coincide
       *[other] { $count } recursos coinciden
    }
results-continued = (continuación)
results-empty = Pruebe con otras palabras o con menos filtros: cada filtro reduce los resultados. El número junto a cada filtro indica cuántos recursos daría.
pages-label = Páginas de resultados
page-first = Primera página
page-next = Página siguiente
api-same = La misma búsqueda en JSON: { $link }
untitled = Recurso sin título
fact-language = Idioma
fact-type = Tipo
fact-level = Nivel
fact-accessibility = Accesibilidad
fact-sources =
    { $count ->
        [one] Fuente
       *[other] Fuentes
    }

## Filters

filters-heading = Filtros
filters-hint = Marque lo que necesite y elija «Aplicar filtros». Cada número indica cuántos recursos daría el filtro.
filters-hint-live = Los resultados se actualizan en cuanto marca un filtro. Cada número indica cuántos recursos daría el filtro.
switches-legend = Lo que puede hacer
switch-open = Licencias abiertas (UNESCO): adaptar y compartir, quizá sin uso comercial
switch-commercial = Permite el uso comercial
switch-derivatives = Permite cambios (adaptaciones)
open-meaning = «Abierto» sigue la Recomendación de la UNESCO sobre los REA: cualquiera puede usar, adaptar y compartir el recurso sin coste. Las licencias que prohíben el uso comercial cuentan como abiertas; las que prohíben los cambios, no.
switch-free = Solo obras culturales libres: cualquier uso, también comercial
free-meaning = «Libre» sigue la Definición de Obras Culturales Libres: cualquiera puede usar, adaptar y compartir el recurso con cualquier fin, también comercial: CC0, dominio público, CC BY, CC BY-SA y licencias de software libre. Toda licencia libre es también abierta; las licencias que prohíben el uso comercial son abiertas, pero no libres.
facet-license = Licencia
facet-language = Idioma
facet-type = Tipo de recurso
facet-level = Nivel educativo
facet-accessibility = Accesibilidad
facet-subject = Materia
facet-source = Fuente
facet-more = Más ({ $count })
count-resources =
    { $count ->
        [one] recurso
       *[other] recursos
    }
apply-filters = Aplicar filtros
active-filters = Filtros activos
chip-words = Palabras: { $words }
chip-facet = { $facet }: { $value }
chip-open-yes = Solo licencias abiertas
chip-open-no = Sin licencia abierta
chip-free-yes = Solo obras culturales libres
chip-free-no = No es una obra cultural libre
chip-commercial-yes = Permite el uso comercial
chip-commercial-no = Sin uso comercial
chip-derivatives-yes = Permite cambios
chip-derivatives-no = No permite cambios
chip-updated-since = Actualizados desde el { $date }
chip-remove = (quitar)
clear-all = Quitar todos

## Licences

badge-inferred = (supuesta a partir de la licencia por defecto del repositorio)
badge-none = Sin licencia indicada
badge-none-hint = pregunte al autor antes de reutilizarlo
family-label = { $short }: { $words }
family-other = Otra licencia
family-short-pdm = Dominio público
family-cc-by = compartir y adaptar, citando al autor
family-cc-by-sa = compartir y adaptar, citando al autor, compartir igual
family-cc-by-nc = compartir y adaptar sin fines comerciales, citando al autor
family-cc-by-nc-sa = compartir y adaptar sin fines comerciales, citando, compartir igual
family-cc-by-nd = compartir sin cambios, citando al autor
family-cc-by-nc-nd = compartir sin cambios y sin fines comerciales, citando al autor
family-cc0 = dedicado al dominio público, sin condiciones
family-pdm = libre de derechos de autor conocidos, sin condiciones
family-mit = usar y adaptar libremente, conservando el aviso de copyright
family-apache = usar y adaptar libremente, conservando los avisos
family-bsd = usar y adaptar libremente, conservando el aviso de copyright
family-mpl = usar y adaptar; los archivos modificados siguen bajo la MPL
family-lgpl = usar y adaptar; los cambios en la biblioteca siguen bajo la LGPL
family-gpl = usar y adaptar; las adaptaciones siguen bajo la GPL
family-agpl = como la GPL, también para software usado a través de una red
family-gfdl = compartir y adaptar; las adaptaciones siguen bajo la GFDL
cc-licence = Creative Commons { $title } { $version } { $scope }
cc-title-cc-by = Atribución
cc-title-cc-by-sa = Atribución-CompartirIgual
cc-title-cc-by-nc = Atribución-NoComercial
cc-title-cc-by-nc-sa = Atribución-NoComercial-CompartirIgual
cc-title-cc-by-nd = Atribución-SinDerivadas
cc-title-cc-by-nc-nd = Atribución-NoComercial-SinDerivadas
cc-scope-international = Internacional
cc-scope-unported = Unported
cc-scope-generic = Genérica
licence-cc0 = CC0 1.0 Universal
licence-pdm = Marca de Dominio Público 1.0

## Resource page

back-to-search = ← Buscar en el catálogo
open-resource = Abrir el recurso
machine-readable = Legible por máquina: { $json }, { $jsonld }
label-value = { $label }: { $value }
licence-heading = Lo que puede hacer
licence-label = Licencia
rights-statements = Declaraciones de derechos tal como las escribieron los repositorios
allowed-yes = sí
allowed-no = no
permission-share = Usar y compartir copias
permission-adapt = Adaptarlo y compartir su versión
permission-commercial = Usarlo con fines comerciales
permission-open = Licencia abierta (definición de REA de la UNESCO)
share-alike-hint = Compartir igual: las versiones que adapte deben llevar la misma licencia.
inferred-hint = El recurso no indica ninguna licencia; esta es la que su repositorio declara para todos sus registros. Compruebe el propio recurso.
attribution-heading = Atribución
attribution-none = No se indicó ni se entendió ninguna licencia, así que no hay atribución que copiar: pregunte al autor o al repositorio antes de reutilizar este recurso.
copy-plain = Texto sin formato
copy-html = HTML, para una página web
copy-text-button = Copiar texto
copy-html-button = Copiar HTML
copied = Copiado.
copy-selected = Seleccionado: pulse Ctrl+C (o ⌘+C) para copiar.
details-heading = Detalles
detail-also-titled = Otros títulos
detail-languages = Idiomas
detail-subjects = Materias
detail-keywords = Palabras clave
detail-types = Tipos de recurso
detail-levels = Niveles educativos
detail-accessibility = Accesibilidad
detail-access-modes = Se percibe mediante
detail-audience = Destinatarios
detail-age = Edad típica
detail-time-required = Tiempo necesario
detail-interactivity = Interactividad
detail-educational-use = Uso educativo
detail-alignments = Alineado con
detail-formats = Formatos
detail-based-on = Basado en
detail-part-of = Parte de
detail-parts = Partes
detail-authors = Autores
detail-contributors = Colaboradores
detail-publisher = Editor
detail-published = Publicado
detail-address = Dirección
detail-doi = DOI
detail-updated = Actualizado en este catálogo
detail-id = Identificador en el catálogo
sources-heading-resource = De dónde procede
sources-one = Un repositorio describe este recurso.
sources-many = { $count } registros describen este recurso; el catálogo los ha fusionado.
sources-table-region = Registros de origen, se desplaza en horizontal
sources-table-caption = Registros de origen de este recurso
sources-col-repository = Repositorio
sources-col-identifier = Identificador del registro (OAI-PMH)
sources-col-changed = Último cambio allí
sources-col-format = Formato
format-qdc = Dublin Core cualificado

## Attribution (the form Creative Commons recommends: title, author, source, licence)

attribution-quoted = «{ $title }»
licence-version-unknown = { $licence } (versión no indicada)
attribution-licensed = { $title } de { $author } está bajo una licencia { $licence }.
attribution-licensed-anonymous = { $title } está bajo una licencia { $licence }.
attribution-marked = { $title } de { $author } está marcado con { $licence }.
attribution-marked-anonymous = { $title } está marcado con { $licence }.
attribution-note-cc = La licencia le pide que reconozca la obra así allí donde la use. Si la modifica, indíquelo, p. ej., «adaptado de …».
attribution-note-cc-nd = La licencia le pide que reconozca la obra así allí donde la use. No le permite compartir versiones modificadas.
attribution-note-public-domain = No se exige atribución, pero citar al autor y la fuente es una buena práctica.
attribution-note-other = No es una licencia Creative Commons: siga también sus propias condiciones (en las licencias de software, conserve los avisos de copyright y de licencia).

## Sources page

sources-heading = Fuentes
sources-lead = oerdex recolecta estos repositorios OAI-PMH. La primera recolección lo lee todo; cada una de las siguientes solo pide lo que ha cambiado.
sources-none = Todavía no hay ningún repositorio registrado.
source-endpoint = Punto de acceso
source-format = Formato
source-sets = Conjuntos
source-sets-all = todo el repositorio
source-records = Registros
source-last = Última recolección
source-next = Próxima recolección
source-default-licence = Licencia supuesta cuando un registro no indica ninguna
source-history = Historial de recolecciones (JSON)
harvest-never = aún no recolectado
harvest-full = completa
harvest-incremental = incremental
harvest-counts = { $added } añadidos, { $updated } actualizados, { $deleted } eliminados
harvest-unreadable = { $failed } ilegibles
harvest-running = en curso desde el { $time } ({ $kind }): { $counts } hasta ahora
harvest-ok = { $status } el { $time } ({ $kind }): { $counts }
harvest-interrupted = { $status } el { $time }: { $counts }; la próxima recolección continuará donde se detuvo
harvest-failed = { $status } el { $time }: { $counts }
status-succeeded = correcta
status-interrupted = interrumpida
status-failed = fallida
next-now = recolectando ahora
next-disabled = ninguna: la fuente está desactivada
next-unscheduled = no programada en este servidor

## Registration form

register-heading = Registrar un repositorio
register-intro = oerdex comprueba el punto de acceso en directo (Identify, los formatos de metadatos y los conjuntos que ofrece) antes de registrarlo y lo recolecta enseguida, sin pasar por la cola.
register-label-name = Nombre corto
register-hint-name = De 1 a 64 letras, cifras, «-», «_» o «.», p. ej., zoerr.
register-label-url = URL base OAI-PMH
register-hint-url = La dirección en la que el repositorio responde a las peticiones OAI-PMH.
register-label-metadata-prefix = Formato de metadatos (opcional)
register-hint-metadata-prefix = Déjelo vacío para tomar el más completo que ofrezca el repositorio: LOM, luego LRMI o Dublin Core cualificado, luego oai_dc.
register-label-sets = Conjuntos (opcional)
register-hint-sets = Identificadores de conjunto separados por espacios o comas; vacío para todo el repositorio.
register-label-default-license = Licencia que se supondrá cuando un registro no indique ninguna (opcional)
register-hint-default-license = Un identificador, URL o nombre de licencia, p. ej., CC-BY-4.0.
register-button = Comprobar y registrar
register-live-check = El repositorio no superó la comprobación en directo: { $detail }
register-conflict = El nombre «{ $name }» ya está en uso; elija otro.
register-ok = { $name } registrado.
register-ok-detail = { $repository } superó la comprobación en directo y se recolectará en formato { $format }. Su primera recolección empieza ahora; la página de la fuente muestra cómo avanza.
register-the-repository = El repositorio

register-label-contact-email = Correo electrónico de contacto
register-hint-contact-email = Donde el operador puede escribirle sobre este repositorio; solo lo ve el operador.
form-too-many =
    Llegaron demasiados intentos desde su dirección; vuelva a intentarlo dentro de { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    }.

## Proposing a repository (anyone)

propose-heading = Proponer un repositorio
propose-intro = ¿Conoce un repositorio OAI-PMH de recursos educativos abiertos que falte aquí? Propóngalo: oerdex lo comprueba en directo al momento y, si responde, lo pone en la cola del operador, que decide si se recolecta.
propose-button = Comprobar y proponer
propose-queued-heading = Su propuesta espera al operador
propose-queued = { $name } superó la comprobación en directo y está en la cola como solicitud número { $id }.
propose-number = Número de solicitud
propose-repository = Nombre del repositorio (según la comprobación en directo)
propose-submitted = Enviada
propose-next = El operador aprueba o rechaza cada solicitud. Una vez aprobada, el repositorio se recolecta enseguida y aparece en la página de fuentes. Guarde el número de solicitud por si escribe al operador.
propose-back = Volver a las fuentes
source-page-link = Recolecciones y calidad de los metadatos
operator-link = Para el operador: decidir sobre los repositorios propuestos
status-running = en curso

## A source's page

source-back = Todas las fuentes
source-json = Esta fuente (JSON)
harvests-heading = Recolecciones recientes
harvests-intro =
    { $count ->
        [one] La última recolección.
       *[other] Las últimas { $count } recolecciones, de la más antigua a la más reciente.
    } Cada marca lleva a su fila en la tabla de abajo.
harvest-mark = { $status }, { $time } ({ $kind }): { $counts }
harvest-legend = Qué significan las marcas
records-heading = Registros a lo largo del tiempo
records-how = Cuántos registros de este repositorio tenía el catálogo después de cada recolección. El catálogo no guarda estas cifras: se calculan hacia atrás a partir de la cifra actual y de lo que cada recolección añadió y eliminó, así que son estimaciones.
chart-title = Registros de { $name } después de cada recolección
chart-desc = Del { $from } al { $to }: { $first } registros después de la primera recolección mostrada, { $last } después de la última; como mínimo { $lowest }, como máximo { $highest }. La tabla de abajo da cada cifra.
harvest-table-caption = Cada recolección mostrada, la más reciente primero
harvest-col-started = Inicio
harvest-col-result = Resultado
harvest-col-added = Añadidos
harvest-col-updated = Actualizados
harvest-col-deleted = Eliminados
harvest-col-unreadable = Ilegibles
harvest-col-records = Registros después

## Metadata quality report

quality-heading = Calidad de los metadatos
quality-intro =
    { $records ->
        [one] Si el único registro vigente
       *[other] Cuántos de los { $records } registros vigentes
    } de este repositorio indican cada campo de forma que oerdex pueda leerlo. Los registros se cuentan tal como los describe el repositorio, antes de fusionarlos con los de otros repositorios, para que sus responsables sepan qué mejorar en casa.
quality-empty = Esta fuente aún no tiene registros vigentes, así que no hay nada que medir.
quality-caption = Proporción de registros con cada campo
quality-col-field = Campo
quality-col-records = Registros
quality-col-share = Proporción
quality-licence = Una licencia que oerdex puede leer
quality-language = Un idioma
quality-url = Una URL del recurso
quality-description = Una descripción
quality-type = Un tipo de recurso
quality-level = Un nivel educativo
percent = { $value } %
quality-unreadable-licences =
    { $count ->
        [one] { $count } registro indica derechos que oerdex no puede leer como licencia.
       *[other] { $count } registros indican derechos que oerdex no puede leer como licencia.
    }
quality-no-rights =
    { $count ->
        [one] { $count } registro no indica ningún derecho.
       *[other] { $count } registros no indican ningún derecho.
    }
quality-licences-heading = Declaraciones de derechos que oerdex no pudo leer, las más frecuentes primero
quality-languages-heading = Valores de idioma que oerdex no pudo leer, los más frecuentes primero
quality-col-value = Tal como lo escriben los registros
quality-none-unreadable = Ninguno: oerdex los leyó todos.
quality-unread =
    { $count ->
        [one] { $count } registro está en un formato que ninguna conversión entiende: se guarda tal como se recolectó, pero no está en el catálogo.
       *[other] { $count } registros están en un formato que ninguna conversión entiende: se guardan tal como se recolectaron, pero no están en el catálogo.
    }
quality-json = El mismo informe en JSON

## The operator's page

operator-heading = Operador
operator-intro = El operador decide sobre los repositorios propuestos y puede registrar un repositorio directamente. Inicie sesión con el token de administración del servidor.
operator-sign-in-heading = Iniciar sesión
operator-token-label = Token de administración
operator-token-hint = Se envía una sola vez para abrir una sesión de una hora, guardada en una cookie solo para la página del operador; el token en sí nunca se muestra ni se guarda.
operator-sign-in-button = Iniciar sesión
operator-wrong-token = El token de administración es incorrecto, así que no ha iniciado sesión.
operator-disabled = Este servidor no tiene token de administración (server.admin_token u OERDEX_ADMIN_TOKEN), así que nadie puede iniciar sesión como operador.
operator-disabled-heading = Este servidor no tiene operador
operator-refused-heading = Inicie sesión primero
operator-signed-out = No ha iniciado sesión como operador o su sesión ha terminado, así que no se ha cambiado nada.
operator-cross-site = Esta petición venía de la página de otro sitio, así que se rechazó y no se ha cambiado nada.
operator-go-sign-in = Ir a la página del operador
operator-session =
    Ha iniciado sesión como operador; su sesión termina dentro de { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    } o cuando cierre la sesión.
operator-sign-out = Cerrar sesión
queue-heading = Solicitudes pendientes de decisión ({ $count })
queue-intro = Cada repositorio de abajo superó la comprobación en directo cuando se propuso. Aprobarlo lo registra e inicia su primera recolección; rechazarlo conserva la solicitud con su motivo.
queue-empty = No hay ninguna solicitud pendiente.
queue-more = Se muestran las { $shown } solicitudes más antiguas; decida sobre ellas para ver las demás.
request-heading = Solicitud { $id }: { $name }
request-which = (solicitud { $id })
request-approve = Aprobar
request-reject = Rechazar
request-reason = Motivo del rechazo (opcional)
request-approved = Aprobada: { $name } es ahora una fuente y su primera recolección empieza ahora.
request-rejected = Solicitud { $id } ({ $name }) rechazada.
request-not-found = No existe esa solicitud.
request-failed = No se pudo decidir sobre la solicitud: { $detail }

## Numbers, dates, lists

list-separator = { ", " }
list-and = { $init } y { $last }
date = { $day } { $month } { $year }
date-time = { $date }, { $time } UTC
month-1 = ene
month-2 = feb
month-3 = mar
month-4 = abr
month-5 = may
month-6 = jun
month-7 = jul
month-8 = ago
month-9 = sept
month-10 = oct
month-11 = nov
month-12 = dic

## Languages (names in this language; other languages are shown by their own name)

language-ar = árabe
language-zh = chino
language-en = inglés
language-fr = francés
language-ru = ruso
language-es = español
language-de = alemán
language-pt = portugués
language-sw = suajili
language-it = italiano
language-nl = neerlandés
language-pl = polaco
language-tr = turco
language-uk = ucraniano
language-el = griego
language-sv = sueco
language-ja = japonés
language-ko = coreano
language-hi = hindi
language-fa = persa

## Resource types (the concepts the index maps every type onto: HCRT, COAR genres, DCMI types)

type-software = software
type-assessment = evaluación
type-audio = audio
type-case-study = estudio de caso
type-course = curso
type-data = datos
type-diagram = diagrama
type-exercise = ejercicio
type-game = juego
type-experiment = experimento
type-image = imagen
type-reference-work = obra de referencia
type-lesson-plan = plan de clase
type-map = mapa
type-web-portal = portal web
type-questionnaire = cuestionario
type-script = apuntes
type-sheet-music = partitura
type-simulation = simulación
type-presentation = presentación
type-text = texto
type-textbook = libro de texto
type-video = vídeo
type-web-page = página web
type-worksheet = hoja de trabajo
type-article = artículo
type-book = libro
type-book-chapter = capítulo de libro
type-thesis = tesis
type-report = informe
type-conference-paper = ponencia
type-preprint = preimpresión
type-working-paper = documento de trabajo
type-lecture = clase magistral
type-interactive-resource = recurso interactivo
type-collection = colección
type-event = evento

## Educational levels (LOM's context vocabulary and common stages)

level-school = enseñanza escolar
level-higher-education = educación superior
level-training = formación para el empleo
level-other = otro
level-early-childhood-education = educación infantil
level-primary = primaria
level-primary-school = educación primaria
level-secondary = secundaria
level-secondary-school = educación secundaria
level-lower-secondary = secundaria inferior
level-upper-secondary = secundaria superior
level-vocational-education = formación profesional
level-adult-education = educación de adultos

## Accessibility (filters, and the senses a resource is perceived with)

a11y-captions = Subtítulos
a11y-transcript = Transcripción
a11y-alternative-text = Textos alternativos para imágenes
a11y-audio-description = Audiodescripción
a11y-sign-language = Lengua de signos
a11y-structural-navigation = Encabezados para navegar
a11y-accessible-math = Matemáticas accesibles
a11y-no-flashing-hazard = Sin riesgo por destellos
a11y-no-motion-hazard = Sin riesgo por simulación de movimiento
a11y-no-sound-hazard = Sin riesgo por sonidos
a11y-mode-auditory = el oído
a11y-mode-visual = la vista
a11y-mode-textual = la lectura de texto
a11y-mode-tactile = el tacto
