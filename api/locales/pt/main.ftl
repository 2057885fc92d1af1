# Páginas e rótulos do oerdex: português.

## Page shell

meta-description = Encontre recursos educacionais com licença aberta, veja o que pode fazer com eles e copie uma atribuição pronta.
skip-link = Ir para o conteúdo
tagline = recursos educacionais abertos, com licença aberta
nav-label = Site
nav-search = Busca
nav-sources = Fontes
nav-api = API
footer = O oerdex coleta metadados de REA via OAI-PMH. As licenças são lidas dos metadados: confira o próprio recurso antes de confiar nelas. Tudo o que está aqui também é servido em JSON: { $api }.
footer-api = descrição da API
language-menu = Idioma
language-menu-label = Idiomas deste site

## Error pages

error-not-found-heading = Não encontrado
error-not-found = Não há nada aqui. Talvez o recurso nunca tenha estado no catálogo.
error-gone-heading = Retirado
error-gone = Todos os repositórios que tinham este recurso o retiraram, por isso o catálogo não o lista mais.
error-other-heading = Algo deu errado
error-internal = O servidor não conseguiu responder a este pedido; a falha foi registrada.
error-unavailable = O catálogo não pode responder agora. Tente novamente daqui a pouco.
error-back = Buscar no catálogo

## Search page

page-title-search = Busca
page-title-query = “{ $query }” – busca
search-heading = Encontre recursos educacionais abertos
search-label = Buscar em títulos, descrições, assuntos e autores
search-placeholder = p. ex. fotossíntese, "equações lineares", fraç*
search-button = Buscar
sort-label = Ordem
sort-relevance = Mais relevantes
sort-updated = Atualizados recentemente
sort-title = Título, de A a Z
search-invalid = Esta busca não pode ser feita: { $detail }
search-new = Começar uma nova busca
results-heading =
    { $count ->
        [0] Nenhum recurso encontrado
        [one] { $count } recurso encontrado
       *[other] { $count } recursos encontrados
    }
results-continued = (continuação)
results-empty = Tente outras palavras ou menos filtros: cada filtro restringe os resultados. O número ao lado de cada filtro diz quantos recursos ele daria.
pages-label = Páginas de resultados
page-first = Primeira página
page-next = Próxima página
api-same = A mesma busca em JSON: { $link }
untitled = Recurso sem título
fact-language = Idioma
fact-type = Tipo
fact-level = Nível
fact-accessibility = Acessibilidade
fact-sources =
    { $count ->
        [one] Fonte
       *[other] Fontes
    }

## Filters

filters-heading = Filtros
filters-hint = Marque o que precisa e escolha “Aplicar filtros”. Cada número diz quantos recursos o filtro daria.
filters-hint-live = Os resultados são atualizados assim que você marca um filtro. Cada número diz quantos recursos o filtro daria.
switches-legend = O que você pode fazer
switch-open = Licenças abertas (UNESCO): adaptar e compartilhar, talvez sem uso comercial
switch-commercial = Permite uso comercial
switch-derivatives = Permite alterações (adaptações)
open-meaning = “Aberto” segue a Recomendação da UNESCO sobre REA: qualquer pessoa pode usar, adaptar e compartilhar o recurso sem custo. Licenças que proíbem o uso comercial contam como abertas; as que proíbem alterações, não.
switch-free = Só obras culturais livres: qualquer uso, inclusive comercial
free-meaning = “Livre” segue a Definição de Obras Culturais Livres: qualquer pessoa pode usar, adaptar e compartilhar o recurso para qualquer fim, inclusive comercial: CC0, domínio público, CC BY, CC BY-SA e licenças de software livre. Toda licença livre também é aberta; licenças que proíbem o uso comercial são abertas, mas não livres.
facet-license = Licença
facet-language = Idioma
facet-type = Tipo de recurso
facet-level = Nível de ensino
facet-accessibility = Acessibilidade
facet-subject = Assunto
facet-source = Fonte
facet-more = Mais ({ $count })
count-resources =
    { $count ->
        [one] recurso
       *[other] recursos
    }
apply-filters = Aplicar filtros
active-filters = Filtros ativos
chip-words = Palavras: { $words }
chip-facet = { $facet }: { $value }
chip-open-yes = Só licenças abertas
chip-open-no = Sem licença aberta
chip-free-yes = Só obras culturais livres
chip-free-no = Não é obra cultural livre
chip-commercial-yes = Permite uso comercial
chip-commercial-no = Sem uso comercial
chip-derivatives-yes = Permite alterações
chip-derivatives-no = Não permite alterações
chip-updated-since = Atualizados desde { $date }
chip-remove = (remover)
clear-all = Limpar tudo

## Licences

badge-inferred = (presumida a partir da licença padrão do repositório)
badge-none = Nenhuma licença indicada
badge-none-hint = pergunte ao autor antes de reutilizar
family-label = { $short }: { $words }
family-other = Outra licença
family-short-pdm = Domínio público
family-cc-by = compartilhar e adaptar, citando o autor
family-cc-by-sa = compartilhar e adaptar, citando o autor, compartilhar igual
family-cc-by-nc = compartilhar e adaptar sem fins comerciais, citando o autor
family-cc-by-nc-sa = compartilhar e adaptar sem fins comerciais, citando, compartilhar igual
family-cc-by-nd = compartilhar sem alterações, citando o autor
family-cc-by-nc-nd = compartilhar sem alterações e sem fins comerciais, citando o autor
family-cc0 = dedicado ao domínio público, sem condições
family-pdm = livre de direitos autorais conhecidos, sem condições
family-mit = usar e adaptar livremente, mantendo o aviso de copyright
family-apache = usar e adaptar livremente, mantendo os avisos
family-bsd = usar e adaptar livremente, mantendo o aviso de copyright
family-mpl = usar e adaptar; arquivos alterados continuam sob a MPL
family-lgpl = usar e adaptar; alterações na biblioteca continuam sob a LGPL
family-gpl = usar e adaptar; adaptações continuam sob a GPL
family-agpl = como a GPL, também para software usado pela rede
family-gfdl = compartilhar e adaptar; adaptações continuam sob a GFDL
cc-licence = Creative Commons { $title } { $version } { $scope }
cc-title-cc-by = Atribuição
cc-title-cc-by-sa = Atribuição-CompartilhaIgual
cc-title-cc-by-nc = Atribuição-NãoComercial
cc-title-cc-by-nc-sa = Atribuição-NãoComercial-CompartilhaIgual
cc-title-cc-by-nd = Atribuição-SemDerivações
cc-title-cc-by-nc-nd = Atribuição-NãoComercial-SemDerivações
cc-scope-international = Internacional
cc-scope-unported = Não Adaptada
cc-scope-generic = Genérica
licence-cc0 = CC0 1.0 Universal
licence-pdm = Marca de Domínio Público 1.0

## Resource page

back-to-search = ← Buscar no catálogo
open-resource = Abrir o recurso
machine-readable = Legível por máquina: { $json }, { $jsonld }
label-value = { $label }: { $value }
licence-heading = O que você pode fazer
licence-label = Licença
rights-statements = Declarações de direitos como os repositórios as escreveram
allowed-yes = sim
allowed-no = não
permission-share = Usar e compartilhar cópias
permission-adapt = Adaptá-lo e compartilhar a sua versão
permission-commercial = Usá-lo comercialmente
permission-open = Licença aberta (definição de REA da UNESCO)
share-alike-hint = Compartilhar igual: as versões que você adaptar devem ter a mesma licença.
inferred-hint = O recurso não indica licença; esta é a licença que o repositório declara para todos os seus registros. Confira o próprio recurso.
attribution-heading = Atribuição
attribution-none = Nenhuma licença foi indicada ou compreendida, por isso não há atribuição para copiar: pergunte ao autor ou ao repositório antes de reutilizar este recurso.
copy-plain = Texto simples
copy-html = HTML, para uma página web
copy-text-button = Copiar texto
copy-html-button = Copiar HTML
copied = Copiado.
copy-selected = Selecionado: pressione Ctrl+C (ou ⌘+C) para copiar.
details-heading = Detalhes
detail-also-titled = Outros títulos
detail-languages = Idiomas
detail-subjects = Assuntos
detail-keywords = Palavras-chave
detail-types = Tipos de recurso
detail-levels = Níveis de ensino
detail-accessibility = Acessibilidade
detail-access-modes = Percebido por
detail-audience = Público
detail-age = Idade típica
detail-time-required = Tempo necessário
detail-interactivity = Interatividade
detail-educational-use = Uso educacional
detail-alignments = Alinhado com
detail-formats = Formatos
detail-based-on = Baseado em
detail-part-of = Parte de
detail-parts = Partes
detail-authors = Autores
detail-contributors = Colaboradores
detail-publisher = Editora
detail-published = Publicado
detail-address = Endereço
detail-doi = DOI
detail-updated = Atualizado neste catálogo
detail-id = Identificador no catálogo
sources-heading-resource = De onde vem
sources-one = Um repositório descreve este recurso.
sources-many = { $count } registros descrevem este recurso; o catálogo os juntou.
sources-table-region = Registros de origem, rola para o lado
sources-table-caption = Registros de origem deste recurso
sources-col-repository = Repositório
sources-col-identifier = Identificador do registro (OAI-PMH)
sources-col-changed = Última alteração lá
sources-col-format = Formato
format-qdc = Dublin Core qualificado

## Attribution (the form Creative Commons recommends: title, author, source, licence)

attribution-quoted = “{ $title }”
licence-version-unknown = { $licence } (versão não indicada)
attribution-licensed = { $title } de { $author } está licenciado sob { $licence }.
attribution-licensed-anonymous = { $title } está licenciado sob { $licence }.
attribution-marked = { $title } de { $author } está marcado com { $licence }.
attribution-marked-anonymous = { $title } está marcado com { $licence }.
attribution-note-cc = A licença pede que você credite a obra assim onde quer que a use. Se a alterar, diga isso, p. ex. “adaptado de …”.
attribution-note-cc-nd = A licença pede que você credite a obra assim onde quer que a use. Ela não permite compartilhar versões alteradas.
attribution-note-public-domain = A atribuição não é obrigatória, mas citar o autor e a fonte é uma boa prática.
attribution-note-other = Esta não é uma licença Creative Commons: siga também os termos dela (em licenças de software, mantenha os avisos de copyright e de licença).

## Sources page

sources-heading = Fontes
sources-lead = O oerdex coleta estes repositórios OAI-PMH. A primeira coleta lê tudo; cada uma das seguintes pede só o que mudou.
sources-none = Ainda não há nenhum repositório registrado.
source-endpoint = Ponto de acesso
source-format = Formato
source-sets = Conjuntos
source-sets-all = o repositório inteiro
source-records = Registros
source-last = Última coleta
source-next = Próxima coleta
source-default-licence = Licença presumida quando um registro não indica nenhuma
source-history = Histórico de coletas (JSON)
harvest-never = ainda não coletado
harvest-full = completa
harvest-incremental = incremental
harvest-counts = { $added } adicionados, { $updated } atualizados, { $deleted } excluídos
harvest-unreadable = { $failed } ilegíveis
harvest-running = em andamento desde { $time } ({ $kind }): { $counts } até agora
harvest-ok = { $status } em { $time } ({ $kind }): { $counts }
harvest-interrupted = { $status } em { $time }: { $counts }; a próxima coleta continuará de onde parou
harvest-failed = { $status } em { $time }: { $counts }
status-succeeded = concluída
status-interrupted = interrompida
status-failed = falhou
next-now = coletando agora
next-disabled = nenhuma: a fonte está desativada
next-unscheduled = não agendada neste servidor

## Registration form

register-heading = Registrar um repositório
register-intro = O oerdex verifica o ponto de acesso ao vivo (Identify, os formatos de metadados e os conjuntos que oferece) antes de registrá-lo e o coleta em seguida, sem passar pela fila.
register-label-name = Nome curto
register-hint-name = De 1 a 64 letras, dígitos, “-”, “_” ou “.”, p. ex. zoerr.
register-label-url = URL base OAI-PMH
register-hint-url = O endereço em que o repositório responde a pedidos OAI-PMH.
register-label-metadata-prefix = Formato de metadados (opcional)
register-hint-metadata-prefix = Deixe vazio para usar o mais completo que o repositório oferece: LOM, depois LRMI ou Dublin Core qualificado, depois oai_dc.
register-label-sets = Conjuntos (opcional)
register-hint-sets = Identificadores de conjuntos separados por espaços ou vírgulas; vazio para o repositório inteiro.
register-label-default-license = Licença a presumir quando um registro não indica nenhuma (opcional)
register-hint-default-license = Um identificador, URL ou nome de licença, p. ex. CC-BY-4.0.
register-button = Verificar e registrar
register-live-check = O repositório não passou na verificação ao vivo: { $detail }
register-conflict = O nome “{ $name }” já está em uso; escolha outro.
register-ok = { $name } registrado.
register-ok-detail = { $repository } passou na verificação ao vivo e será coletado no formato { $format }. A primeira coleta começa agora; a página da fonte mostra como ela avança.
register-the-repository = O repositório

register-label-contact-email = E-mail de contato
register-hint-contact-email = Onde o operador pode falar com você sobre este repositório; só o operador o vê.
form-too-many =
    Chegaram tentativas demais do seu endereço; tente de novo em { $minutes ->
        [one] um minuto
       *[other] { $minutes } minutos
    }.

## Proposing a repository (anyone)

propose-heading = Sugerir um repositório
propose-intro = Conhece um repositório OAI-PMH de recursos educacionais abertos que falta aqui? Sugira-o: o oerdex o verifica ao vivo na hora e, se ele responder, coloca-o na fila do operador, que decide se ele será coletado.
propose-button = Verificar e sugerir
propose-queued-heading = Sua sugestão aguarda o operador
propose-queued = { $name } passou na verificação ao vivo e está na fila como pedido número { $id }.
propose-number = Número do pedido
propose-repository = Nome do repositório (segundo a verificação ao vivo)
propose-submitted = Enviado em
propose-next = O operador aprova ou recusa cada pedido. Depois de aprovado, o repositório é coletado em seguida e aparece na página de fontes. Guarde o número do pedido caso escreva ao operador.
propose-back = Voltar às fontes
source-page-link = Coletas e qualidade dos metadados
operator-link = Para o operador: decidir sobre os repositórios sugeridos
status-running = em andamento

## A source's page

source-back = Todas as fontes
source-json = Esta fonte (JSON)
harvests-heading = Coletas recentes
harvests-intro =
    { $count ->
        [one] A última coleta.
       *[other] As últimas { $count } coletas, da mais antiga para a mais recente.
    } Cada marca leva à sua linha na tabela abaixo.
harvest-mark = { $status }, { $time } ({ $kind }): { $counts }
harvest-legend = O que as marcas significam
records-heading = Registros ao longo do tempo
records-how = Quantos registros deste repositório o catálogo tinha depois de cada coleta. O catálogo não guarda esses números: eles são calculados de trás para frente a partir do número atual e do que cada coleta adicionou e excluiu, portanto são estimativas.
chart-title = Registros de { $name } depois de cada coleta
chart-desc = De { $from } a { $to }: { $first } registros depois da primeira coleta mostrada, { $last } depois da última; no mínimo { $lowest }, no máximo { $highest }. A tabela abaixo traz cada número.
harvest-table-caption = Cada coleta mostrada, a mais recente primeiro
harvest-col-started = Início
harvest-col-result = Resultado
harvest-col-added = Adicionados
harvest-col-updated = Atualizados
harvest-col-deleted = Excluídos
harvest-col-unreadable = Ilegíveis
harvest-col-records = Registros depois

## Metadata quality report

quality-heading = Qualidade dos metadados
quality-intro =
    { $records ->
        [one] Se o único registro vigente
       *[other] Quantos dos { $records } registros vigentes
    } deste repositório indicam cada campo de um jeito que o oerdex consegue ler. Os registros são contados como o repositório os descreve, antes de serem mesclados com os de outros repositórios, para que seus responsáveis saibam o que melhorar em casa.
quality-empty = Esta fonte ainda não tem registros vigentes, então não há nada a medir.
quality-caption = Proporção de registros com cada campo
quality-col-field = Campo
quality-col-records = Registros
quality-col-share = Proporção
quality-licence = Uma licença que o oerdex consegue ler
quality-language = Um idioma
quality-url = Uma URL do recurso
quality-description = Uma descrição
quality-type = Um tipo de recurso
quality-level = Um nível educacional
percent = { $value }%
quality-unreadable-licences =
    { $count ->
        [one] { $count } registro indica direitos que o oerdex não consegue ler como licença.
       *[other] { $count } registros indicam direitos que o oerdex não consegue ler como licença.
    }
quality-no-rights =
    { $count ->
        [one] { $count } registro não indica nenhum direito.
       *[other] { $count } registros não indicam nenhum direito.
    }
quality-licences-heading = Declarações de direitos que o oerdex não conseguiu ler, as mais frequentes primeiro
quality-languages-heading = Valores de idioma que o oerdex não conseguiu ler, os mais frequentes primeiro
quality-col-value = Como os registros o escrevem
quality-none-unreadable = Nenhum: o oerdex leu todos.
quality-unread =
    { $count ->
        [one] { $count } registro está num formato que nenhuma conversão entende: ele é guardado como foi coletado, mas não está no catálogo.
       *[other] { $count } registros estão num formato que nenhuma conversão entende: eles são guardados como foram coletados, mas não estão no catálogo.
    }
quality-json = O mesmo relatório em JSON

## The operator's page

operator-heading = Operador
operator-intro = O operador decide sobre os repositórios sugeridos e pode registrar um repositório diretamente. Entre com o token de administração do servidor.
operator-sign-in-heading = Entrar
operator-token-label = Token de administração
operator-token-hint = Enviado uma única vez para abrir uma sessão de uma hora, guardada num cookie só para a página do operador; o token em si nunca é exibido nem guardado.
operator-sign-in-button = Entrar
operator-wrong-token = O token de administração está errado, por isso você não entrou.
operator-disabled = Este servidor não tem token de administração (server.admin_token ou OERDEX_ADMIN_TOKEN), por isso ninguém pode entrar como operador.
operator-disabled-heading = Este servidor não tem operador
operator-refused-heading = Entre primeiro
operator-signed-out = Você não entrou como operador ou sua sessão terminou, por isso nada foi alterado.
operator-cross-site = Este pedido veio da página de outro site, por isso foi recusado e nada foi alterado.
operator-go-sign-in = Ir para a página do operador
operator-session =
    Você entrou como operador; sua sessão termina em { $minutes ->
        [one] um minuto
       *[other] { $minutes } minutos
    } ou quando você sair.
operator-sign-out = Sair
queue-heading = Pedidos aguardando decisão ({ $count })
queue-intro = Cada repositório abaixo passou na verificação ao vivo quando foi sugerido. Aprová-lo o registra e inicia sua primeira coleta; recusá-lo mantém o pedido registrado com o seu motivo.
queue-empty = Nenhum pedido aguarda.
queue-more = Os { $shown } pedidos mais antigos são mostrados; decida sobre eles para ver os demais.
request-heading = Pedido { $id }: { $name }
request-which = (pedido { $id })
request-approve = Aprovar
request-reject = Recusar
request-reason = Motivo da recusa (opcional)
request-approved = Aprovado: { $name } agora é uma fonte, e sua primeira coleta começa agora.
request-rejected = Pedido { $id } ({ $name }) recusado.
request-not-found = Esse pedido não existe.
request-failed = Não foi possível decidir sobre o pedido: { $detail }

## Numbers, dates, lists

list-separator = { ", " }
list-and = { $init } e { $last }
date = { $day } de { $month } de { $year }
date-time = { $date }, { $time } UTC
month-1 = jan.
month-2 = fev.
month-3 = mar.
month-4 = abr.
month-5 = mai.
month-6 = jun.
month-7 = jul.
month-8 = ago.
month-9 = set.
month-10 = out.
month-11 = nov.
month-12 = dez.

## Languages (names in this language; other languages are shown by their own name)

language-ar = árabe
language-zh = chinês
language-en = inglês
language-fr = francês
language-ru = russo
language-es = espanhol
language-de = alemão
language-pt = português
language-sw = suaíli
language-it = italiano
language-nl = holandês
language-pl = polonês
language-tr = turco
language-uk = ucraniano
language-el = grego
language-sv = sueco
language-ja = japonês
language-ko = coreano
language-hi = híndi
language-fa = persa

## Resource types (the concepts the index maps every type onto: HCRT, COAR genres, DCMI types)

type-software = software
type-assessment = avaliação
type-audio = áudio
type-case-study = estudo de caso
type-course = curso
type-data = dados
type-diagram = diagrama
type-exercise = exercício
type-game = jogo
type-experiment = experimento
type-image = imagem
type-reference-work = obra de referência
type-lesson-plan = plano de aula
type-map = mapa
type-web-portal = portal
type-questionnaire = questionário
type-script = apostila
type-sheet-music = partitura
type-simulation = simulação
type-presentation = apresentação
type-text = texto
type-textbook = livro didático
type-video = vídeo
type-web-page = página web
type-worksheet = ficha de trabalho
type-article = artigo
type-book = livro
type-book-chapter = capítulo de livro
type-thesis = tese ou dissertação
type-report = relatório
type-conference-paper = trabalho em evento
type-preprint = preprint
type-working-paper = documento de trabalho
type-lecture = aula expositiva
type-interactive-resource = recurso interativo
type-collection = coleção
type-event = evento

## Educational levels (LOM's context vocabulary and common stages)

level-school = ensino escolar
level-higher-education = ensino superior
level-training = capacitação profissional
level-other = outro
level-early-childhood-education = educação infantil
level-primary = fundamental I
level-primary-school = ensino fundamental I
level-secondary = secundário
level-secondary-school = ensino secundário
level-lower-secondary = ensino fundamental II
level-upper-secondary = ensino médio
level-vocational-education = educação profissional
level-adult-education = educação de adultos

## Accessibility (filters, and the senses a resource is perceived with)

a11y-captions = Legendas
a11y-transcript = Transcrição
a11y-alternative-text = Texto alternativo para imagens
a11y-audio-description = Audiodescrição
a11y-sign-language = Língua de sinais
a11y-structural-navigation = Títulos para navegar
a11y-accessible-math = Matemática acessível
a11y-no-flashing-hazard = Sem risco de luzes piscando
a11y-no-motion-hazard = Sem risco de simulação de movimento
a11y-no-sound-hazard = Sem risco sonoro
a11y-mode-auditory = audição
a11y-mode-visual = visão
a11y-mode-textual = leitura de texto
a11y-mode-tactile = tato
