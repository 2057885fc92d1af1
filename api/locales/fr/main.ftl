# Pages et libellés d’oerdex : français.

## Page shell

meta-description = Trouvez des ressources éducatives sous licence libre, voyez ce que vous pouvez en faire et copiez une attribution toute prête.
skip-link = Aller au contenu
tagline = ressources éducatives libres, sous licence ouverte
nav-label = Site
nav-search = Recherche
nav-sources = Sources
nav-api = API
footer = oerdex moissonne les métadonnées de REL par OAI-PMH. Les licences sont lues dans les métadonnées : vérifiez la ressource elle-même avant de vous y fier. Tout ce qui figure ici est aussi servi en JSON : { $api }.
footer-api = description de l’API
language-menu = Langue
language-menu-label = Langues de ce site

## Error pages

error-not-found-heading = Introuvable
error-not-found = Il n’y a rien ici. La ressource n’a peut-être jamais figuré dans le catalogue.
error-gone-heading = Retirée
error-gone = Tous les dépôts qui détenaient cette ressource l’ont retirée ; le catalogue ne la répertorie donc plus.
error-other-heading = Une erreur s’est produite
error-internal = Le serveur n’a pas pu répondre à cette demande ; l’incident a été consigné.
error-unavailable = Le catalogue ne peut pas répondre pour le moment. Veuillez réessayer dans un instant.
error-back = Rechercher dans le catalogue

## Search page

page-title-search = Recherche
page-title-query = « { $query } » – recherche
search-heading = Trouver des ressources éducatives libres
search-label = Rechercher dans les titres, descriptions, sujets et auteurs
search-placeholder = p. ex. photosynthèse, "équations linéaires", fraction*
search-button = Rechercher
sort-label = Ordre
sort-relevance = Les plus pertinentes
sort-updated = Mises à jour récemment
sort-title = Titre, de A à Z
search-invalid = Cette recherche ne peut pas être lancée : { $detail }
search-new = Lancer une nouvelle recherche
results-heading =
    { $count ->
        [0] Aucune ressource ne correspond
        [one] { $count } ressource correspond
       *[other] { $count } ressources correspondent
    }
results-continued = (suite)
results-empty = Essayez d’autres mots ou moins de filtres : chaque filtre restreint les résultats. Le nombre affiché à côté de chaque filtre indique combien de ressources il donnerait.
pages-label = Pages de résultats
page-first = Première page
page-next = Page suivante
api-same = La même recherche en JSON : { $link }
untitled = Ressource sans titre
fact-language = Langue
fact-type = Type
fact-level = Niveau
fact-accessibility = Accessibilité
fact-sources =
    { $count ->
        [one] Source
       *[other] Sources
    }

## Filters

filters-heading = Filtres
filters-hint = Cochez ce dont vous avez besoin, puis choisissez « Appliquer les filtres ». Chaque nombre indique combien de ressources le filtre donnerait.
filters-hint-live = Les résultats se mettent à jour dès que vous cochez un filtre. Chaque nombre indique combien de ressources le filtre donnerait.
switches-legend = Ce que vous pouvez faire
switch-open = Licences ouvertes (UNESCO) : adapter et partager, parfois sans usage commercial
switch-commercial = Usage commercial autorisé
switch-derivatives = Modifications autorisées (adaptations)
open-meaning = « Ouverte » suit la Recommandation de l’UNESCO sur les REL : chacun peut utiliser, adapter et partager la ressource gratuitement. Les licences qui interdisent l’usage commercial sont ouvertes ; celles qui interdisent les modifications ne le sont pas.
switch-free = Œuvres culturelles libres uniquement : tout usage, y compris commercial
free-meaning = « Libre » suit la Définition des œuvres culturelles libres : chacun peut utiliser, adapter et partager la ressource pour tout usage, y compris commercial : CC0, domaine public, CC BY, CC BY-SA et licences de logiciels libres. Toute licence libre est aussi ouverte ; les licences qui interdisent l’usage commercial sont ouvertes mais pas libres.
facet-license = Licence
facet-language = Langue
facet-type = Type de ressource
facet-level = Niveau d’enseignement
facet-accessibility = Accessibilité
facet-subject = Sujet
facet-source = Source
facet-more = Plus ({ $count })
count-resources =
    { $count ->
        [one] ressource
       *[other] ressources
    }
apply-filters = Appliquer les filtres
active-filters = Filtres actifs
chip-words = Mots : { $words }
chip-facet = { $facet } : { $value }
chip-open-yes = Licences ouvertes uniquement
chip-open-no = Sans licence ouverte
chip-free-yes = Œuvres culturelles libres uniquement
chip-free-no = Pas une œuvre culturelle libre
chip-commercial-yes = Usage commercial autorisé
chip-commercial-no = Pas d’usage commercial
chip-derivatives-yes = Modifications autorisées
chip-derivatives-no = Aucune modification autorisée
chip-updated-since = Mises à jour depuis le { $date }
chip-remove = (retirer)
clear-all = Tout effacer

## Licences

badge-inferred = (déduite de la licence par défaut du dépôt)
badge-none = Aucune licence indiquée
badge-none-hint = demandez à l’auteur avant de la réutiliser
family-label = { $short } : { $words }
family-other = Autre licence
family-short-pdm = Domaine public
family-cc-by = partager et adapter, en citant l’auteur
family-cc-by-sa = partager et adapter, en citant l’auteur, à l’identique
family-cc-by-nc = partager et adapter sans usage commercial, en citant l’auteur
family-cc-by-nc-sa = partager et adapter sans usage commercial, en citant, à l’identique
family-cc-by-nd = partager sans modification, en citant l’auteur
family-cc-by-nc-nd = partager sans modification ni usage commercial, en citant l’auteur
family-cc0 = versée au domaine public, sans condition
family-pdm = libre de tout droit d’auteur connu, sans condition
family-mit = utiliser et adapter librement, en conservant la mention de copyright
family-apache = utiliser et adapter librement, en conservant les mentions
family-bsd = utiliser et adapter librement, en conservant la mention de copyright
family-mpl = utiliser et adapter ; les fichiers modifiés restent sous MPL
family-lgpl = utiliser et adapter ; les modifications de la bibliothèque restent sous LGPL
family-gpl = utiliser et adapter ; les adaptations restent sous GPL
family-agpl = comme la GPL, y compris pour un logiciel utilisé en réseau
family-gfdl = partager et adapter ; les adaptations restent sous GFDL
cc-licence = Creative Commons { $title } { $version } { $scope }
cc-title-cc-by = Attribution
cc-title-cc-by-sa = Attribution - Partage dans les Mêmes Conditions
cc-title-cc-by-nc = Attribution - Pas d’Utilisation Commerciale
cc-title-cc-by-nc-sa = Attribution - Pas d’Utilisation Commerciale - Partage dans les Mêmes Conditions
cc-title-cc-by-nd = Attribution - Pas de Modification
cc-title-cc-by-nc-nd = Attribution - Pas d’Utilisation Commerciale - Pas de Modification
cc-scope-international = International
cc-scope-unported = Non transposé
cc-scope-generic = Générique
licence-cc0 = CC0 1.0 Universel
licence-pdm = Marque du domaine public 1.0

## Resource page

back-to-search = ← Rechercher dans le catalogue
open-resource = Ouvrir la ressource
machine-readable = Lisible par machine : { $json }, { $jsonld }
label-value = { $label } : { $value }
licence-heading = Ce que vous pouvez faire
licence-label = Licence
rights-statements = Mentions de droits telles que les dépôts les ont écrites
allowed-yes = oui
allowed-no = non
permission-share = Utiliser et partager des copies
permission-adapt = L’adapter et partager votre version
permission-commercial = En faire un usage commercial
permission-open = Licence ouverte (définition des REL de l’UNESCO)
share-alike-hint = Partage à l’identique : les versions que vous adaptez doivent porter la même licence.
inferred-hint = La ressource n’indique aucune licence ; voici celle que son dépôt déclare pour toutes ses notices. Vérifiez la ressource elle-même.
attribution-heading = Attribution
attribution-none = Aucune licence n’a été indiquée ou comprise, il n’y a donc pas d’attribution à copier : demandez à l’auteur ou au dépôt avant de réutiliser cette ressource.
copy-plain = Texte brut
copy-html = HTML, pour une page web
copy-text-button = Copier le texte
copy-html-button = Copier le HTML
copied = Copié.
copy-selected = Sélectionné : appuyez sur Ctrl+C (ou ⌘+C) pour copier.
details-heading = Détails
detail-also-titled = Autres titres
detail-languages = Langues
detail-subjects = Sujets
detail-keywords = Mots-clés
detail-types = Types de ressource
detail-levels = Niveaux d’enseignement
detail-accessibility = Accessibilité
detail-access-modes = Perçue par
detail-audience = Public
detail-age = Âge type
detail-authors = Auteurs
detail-contributors = Contributeurs
detail-publisher = Éditeur
detail-published = Publication
detail-address = Adresse
detail-doi = DOI
detail-updated = Mise à jour dans ce catalogue
detail-id = Identifiant dans le catalogue
sources-heading-resource = D’où elle vient
sources-one = Un seul dépôt décrit cette ressource.
sources-many = { $count } notices décrivent cette ressource ; le catalogue les a fusionnées.
sources-table-region = Notices sources, défilement horizontal
sources-table-caption = Notices sources de cette ressource
sources-col-repository = Dépôt
sources-col-identifier = Identifiant de la notice (OAI-PMH)
sources-col-changed = Dernière modification là-bas
sources-col-format = Format
format-qdc = Dublin Core qualifié

## Attribution (the form Creative Commons recommends: title, author, source, licence)

attribution-quoted = « { $title } »
attribution-licensed = { $title } par { $author } est mis à disposition selon les termes de la licence { $licence }.
attribution-licensed-anonymous = { $title } est mis à disposition selon les termes de la licence { $licence }.
attribution-marked = { $title } par { $author } est marqué avec { $licence }.
attribution-marked-anonymous = { $title } est marqué avec { $licence }.
attribution-note-cc = La licence vous demande de créditer l’œuvre ainsi partout où vous l’utilisez. Si vous la modifiez, indiquez-le, p. ex. « adapté de … ».
attribution-note-cc-nd = La licence vous demande de créditer l’œuvre ainsi partout où vous l’utilisez. Elle ne vous permet pas de partager des versions modifiées.
attribution-note-public-domain = Aucune attribution n’est exigée, mais citer l’auteur et la source est une bonne pratique.
attribution-note-other = Ce n’est pas une licence Creative Commons : respectez aussi ses propres conditions (pour les licences de logiciels, conservez les mentions de copyright et de licence).

## Sources page

sources-heading = Sources
sources-lead = oerdex moissonne ces dépôts OAI-PMH. La première moisson lit tout ; chacune des suivantes ne demande que ce qui a changé.
sources-none = Aucun dépôt n’est encore enregistré.
source-endpoint = Point d’accès
source-format = Format
source-sets = Ensembles
source-sets-all = tout le dépôt
source-records = Notices
source-last = Dernière moisson
source-next = Prochaine moisson
source-default-licence = Licence supposée quand une notice n’en indique pas
source-history = Historique des moissons (JSON)
harvest-never = pas encore moissonné
harvest-full = complète
harvest-incremental = incrémentale
harvest-counts = { $added } ajoutées, { $updated } mises à jour, { $deleted } supprimées
harvest-unreadable = { $failed } illisibles
harvest-running = en cours depuis le { $time } ({ $kind }) : { $counts } pour l’instant
harvest-ok = { $status } le { $time } ({ $kind }) : { $counts }
harvest-interrupted = { $status } le { $time } : { $counts } ; la prochaine moisson reprendra là où elle s’est arrêtée
harvest-failed = { $status } le { $time } : { $counts }
status-succeeded = réussie
status-interrupted = interrompue
status-failed = échouée
next-now = moisson en cours
next-disabled = aucune : la source est désactivée
next-unscheduled = non planifiée sur ce serveur

## Registration form

register-heading = Enregistrer un dépôt
register-intro = oerdex vérifie le point d’accès en direct (Identify, les formats de métadonnées et les ensembles qu’il propose) avant de l’enregistrer, puis le moissonne aussitôt. Il vous faut le jeton d’administration.
register-disabled = Aucun jeton d’administration n’est configuré sur ce serveur : il n’enregistre donc rien.
register-label-name = Nom court
register-hint-name = De 1 à 64 lettres, chiffres, « - », « _ » ou « . », p. ex. zoerr.
register-label-url = URL de base OAI-PMH
register-hint-url = L’adresse à laquelle le dépôt répond aux requêtes OAI-PMH.
register-label-metadata-prefix = Format de métadonnées (facultatif)
register-hint-metadata-prefix = Laissez vide pour prendre le plus riche que propose le dépôt : LOM, puis LRMI ou Dublin Core qualifié, puis oai_dc.
register-label-sets = Ensembles (facultatif)
register-hint-sets = Identifiants d’ensembles séparés par des espaces ou des virgules ; vide pour tout le dépôt.
register-label-default-license = Licence à supposer quand une notice n’en indique pas (facultatif)
register-hint-default-license = Un identifiant, une URL ou un nom de licence, p. ex. CC-BY-4.0.
register-label-token = Jeton d’administration
register-hint-token = Envoyé avec ce formulaire uniquement ; jamais affiché ni conservé.
register-button = Vérifier et enregistrer
register-unauthorized = Le jeton d’administration est absent ou erroné : rien n’a été enregistré.
register-writes-disabled = Ce serveur n’enregistre pas de dépôts : il n’a pas de jeton d’administration (server.admin_token ou OERDEX_ADMIN_TOKEN).
register-live-check = Le dépôt n’a pas passé la vérification en direct : { $detail }
register-conflict = Une source nommée « { $name } » existe déjà ; choisissez un autre nom.
register-ok = { $name } est enregistrée.
register-ok-detail = { $repository } a passé la vérification en direct et sera moissonné au format { $format }. Sa première moisson commence maintenant ; rechargez cette page pour la suivre.
register-the-repository = Le dépôt

## Numbers, dates, lists

list-separator = { ", " }
list-and = { $init } et { $last }
date = { $day } { $month } { $year }
date-time = { $date }, { $time } UTC
month-1 = janv.
month-2 = févr.
month-3 = mars
month-4 = avr.
month-5 = mai
month-6 = juin
month-7 = juil.
month-8 = août
month-9 = sept.
month-10 = oct.
month-11 = nov.
month-12 = déc.

## Languages (names in this language; other languages are shown by their own name)

language-ar = arabe
language-zh = chinois
language-en = anglais
language-fr = français
language-ru = russe
language-es = espagnol
language-de = allemand
language-pt = portugais
language-sw = swahili
language-it = italien
language-nl = néerlandais
language-pl = polonais
language-tr = turc
language-uk = ukrainien
language-el = grec
language-sv = suédois
language-ja = japonais
language-ko = coréen
language-hi = hindi
language-fa = persan

## Resource types (the concepts the index maps every type onto: HCRT, COAR genres, DCMI types)

type-software = logiciel
type-assessment = évaluation
type-audio = audio
type-case-study = étude de cas
type-course = cours
type-data = données
type-diagram = diagramme
type-exercise = exercice
type-game = jeu
type-experiment = expérience
type-image = image
type-reference-work = ouvrage de référence
type-lesson-plan = plan de cours
type-map = carte
type-web-portal = portail web
type-questionnaire = questionnaire
type-script = polycopié
type-sheet-music = partition
type-simulation = simulation
type-presentation = présentation
type-text = texte
type-textbook = manuel
type-video = vidéo
type-web-page = page web
type-worksheet = fiche d’exercices
type-article = article
type-book = livre
type-book-chapter = chapitre d’ouvrage
type-thesis = thèse ou mémoire
type-report = rapport
type-conference-paper = communication
type-preprint = prépublication
type-working-paper = document de travail
type-lecture = cours magistral
type-interactive-resource = ressource interactive
type-collection = collection
type-event = événement

## Educational levels (LOM's context vocabulary and common stages)

level-school = enseignement scolaire
level-higher-education = enseignement supérieur
level-training = formation professionnelle
level-other = autre
level-early-childhood-education = petite enfance
level-primary = primaire
level-primary-school = école primaire
level-secondary = secondaire
level-secondary-school = enseignement secondaire
level-lower-secondary = collège
level-upper-secondary = lycée
level-vocational-education = enseignement professionnel
level-adult-education = éducation des adultes

## Accessibility (filters, and the senses a resource is perceived with)

a11y-captions = Sous-titres
a11y-transcript = Transcription
a11y-alternative-text = Textes alternatifs des images
a11y-audio-description = Audiodescription
a11y-sign-language = Langue des signes
a11y-structural-navigation = Titres pour naviguer
a11y-accessible-math = Mathématiques accessibles
a11y-no-flashing-hazard = Sans risque lié aux flashs
a11y-no-motion-hazard = Sans risque lié aux simulations de mouvement
a11y-no-sound-hazard = Sans risque sonore
a11y-mode-auditory = l’ouïe
a11y-mode-visual = la vue
a11y-mode-textual = la lecture de texte
a11y-mode-tactile = le toucher
