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
detail-time-required = Durée
detail-interactivity = Interactivité
detail-educational-use = Usage pédagogique
detail-alignments = Aligné sur
detail-formats = Formats
detail-based-on = Basé sur
detail-part-of = Fait partie de
detail-parts = Parties
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
licence-version-unknown = { $licence } (version non précisée)
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
register-intro = oerdex vérifie le point d’accès en direct (Identify, les formats de métadonnées et les ensembles qu’il propose) avant de l’enregistrer, puis le moissonne aussitôt, sans passer par la file d’attente.
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
register-button = Vérifier et enregistrer
register-live-check = Le dépôt n’a pas passé la vérification en direct : { $detail }
register-conflict = Le nom « { $name } » est déjà pris ; choisissez-en un autre.
register-ok = { $name } est enregistrée.
register-ok-detail = { $repository } a passé la vérification en direct et sera moissonné au format { $format }. Sa première moisson commence maintenant ; la page de la source montre son avancement.
register-the-repository = Le dépôt

register-label-contact-email = Adresse électronique de contact
register-hint-contact-email = L’adresse à laquelle l’exploitant peut vous écrire au sujet de ce dépôt ; lui seul la voit.
form-too-many =
    Trop de tentatives sont venues de votre adresse ; réessayez dans { $minutes ->
        [one] une minute
       *[other] { $minutes } minutes
    }.

## Proposing a repository (anyone)

propose-heading = Proposer un dépôt
propose-intro = Vous connaissez un dépôt OAI-PMH de ressources éducatives libres qui manque ici ? Proposez-le : oerdex le vérifie aussitôt en direct et, s’il répond, le place dans la file d’attente de l’exploitant, qui décide s’il sera moissonné.
propose-button = Vérifier et proposer
propose-queued-heading = Votre proposition attend l’exploitant
propose-queued = { $name } a passé la vérification en direct et figure dans la file d’attente comme demande numéro { $id }.
propose-number = Numéro de la demande
propose-repository = Nom du dépôt (d’après la vérification en direct)
propose-submitted = Soumise le
propose-next = L’exploitant accepte ou refuse chaque demande. Une fois acceptée, le dépôt est moissonné aussitôt et apparaît sur la page des sources. Gardez le numéro de la demande au cas où vous écririez à l’exploitant.
propose-back = Retour aux sources
source-page-link = Moissons et qualité des métadonnées
operator-link = Pour l’exploitant : statuer sur les dépôts proposés
status-running = en cours

## A source's page

source-back = Toutes les sources
source-json = Cette source (JSON)
harvests-heading = Moissons récentes
harvests-intro =
    { $count ->
        [one] La dernière moisson.
       *[other] Les { $count } dernières moissons, de la plus ancienne à la plus récente.
    } Chaque repère mène à sa ligne dans le tableau ci-dessous.
harvest-mark = { $status }, { $time } ({ $kind }) : { $counts }
harvest-legend = Ce que signifient les repères
records-heading = Notices au fil du temps
records-how = Combien de notices de ce dépôt le catalogue contenait après chaque moisson. Le catalogue ne conserve pas ces nombres : ils sont recalculés à rebours à partir du nombre actuel et de ce que chaque moisson a ajouté et supprimé ; ce sont donc des estimations.
chart-title = Notices de { $name } après chaque moisson
chart-desc = Du { $from } au { $to } : { $first } notices après la première moisson affichée, { $last } après la dernière ; au moins { $lowest }, au plus { $highest }. Le tableau ci-dessous donne chaque nombre.
harvest-table-caption = Chaque moisson affichée, la plus récente en premier
harvest-col-started = Début
harvest-col-result = Résultat
harvest-col-added = Ajoutées
harvest-col-updated = Mises à jour
harvest-col-deleted = Supprimées
harvest-col-unreadable = Illisibles
harvest-col-records = Notices après

## Metadata quality report

quality-heading = Qualité des métadonnées
quality-intro =
    { $records ->
        [one] Si l’unique notice en vigueur
       *[other] Combien des { $records } notices en vigueur
    } de ce dépôt indiquent chaque champ d’une façon qu’oerdex sait lire. Les notices sont comptées telles que le dépôt les décrit, avant leur fusion avec celles d’autres dépôts : ses responsables voient ainsi ce qu’ils peuvent améliorer chez eux.
quality-empty = Cette source ne contient encore aucune notice : il n’y a rien à mesurer.
quality-caption = Part des notices qui ont chaque champ
quality-col-field = Champ
quality-col-records = Notices
quality-col-share = Part
quality-licence = Une licence qu’oerdex sait lire
quality-language = Une langue
quality-url = Une URL de la ressource
quality-description = Une description
quality-type = Un type de ressource
quality-level = Un niveau éducatif
percent = { $value } %
quality-unreadable-licences =
    { $count ->
        [one] { $count } notice indique des droits qu’oerdex ne sait pas lire comme une licence.
       *[other] { $count } notices indiquent des droits qu’oerdex ne sait pas lire comme une licence.
    }
quality-no-rights =
    { $count ->
        [one] { $count } notice n’indique aucun droit.
       *[other] { $count } notices n’indiquent aucun droit.
    }
quality-licences-heading = Mentions de droits qu’oerdex n’a pas su lire, les plus fréquentes d’abord
quality-languages-heading = Valeurs de langue qu’oerdex n’a pas su lire, les plus fréquentes d’abord
quality-col-value = Telle que les notices l’écrivent
quality-none-unreadable = Aucune : oerdex les a toutes lues.
quality-unread =
    { $count ->
        [one] { $count } notice est dans un format qu’aucune correspondance ne comprend : elle est conservée telle que moissonnée, mais ne figure pas au catalogue.
       *[other] { $count } notices sont dans un format qu’aucune correspondance ne comprend : elles sont conservées telles que moissonnées, mais ne figurent pas au catalogue.
    }
quality-json = Le même rapport en JSON

## The operator's page

operator-heading = Exploitant
operator-intro = L’exploitant statue sur les dépôts proposés et peut enregistrer un dépôt directement. Connectez-vous avec le jeton d’administration du serveur.
operator-sign-in-heading = Connexion
operator-token-label = Jeton d’administration
operator-token-hint = Envoyé une seule fois pour ouvrir une session d’une heure, gardée dans un cookie réservé à la page de l’exploitant ; le jeton lui-même n’est jamais affiché ni conservé.
operator-sign-in-button = Se connecter
operator-wrong-token = Le jeton d’administration est erroné : vous n’êtes pas connecté.
operator-disabled = Ce serveur n’a pas de jeton d’administration (server.admin_token ou OERDEX_ADMIN_TOKEN) : personne ne peut se connecter comme exploitant.
operator-disabled-heading = Pas d’exploitant sur ce serveur
operator-refused-heading = Connectez-vous d’abord
operator-signed-out = Vous n’êtes pas connecté comme exploitant, ou votre session a pris fin : rien n’a été modifié.
operator-cross-site = Cette requête venait de la page d’un autre site : elle a été refusée et rien n’a été modifié.
operator-go-sign-in = Aller à la page de l’exploitant
operator-session =
    Vous êtes connecté comme exploitant ; votre session prend fin dans { $minutes ->
        [one] une minute
       *[other] { $minutes } minutes
    } ou quand vous vous déconnectez.
operator-sign-out = Se déconnecter
queue-heading = Demandes en attente de décision ({ $count })
queue-intro = Chaque dépôt ci-dessous a passé la vérification en direct lorsqu’il a été proposé. L’accepter l’enregistre et lance sa première moisson ; le refuser garde la demande en mémoire avec votre motif.
queue-empty = Aucune demande n’attend.
queue-more = Les { $shown } demandes les plus anciennes sont affichées ; statuez sur celles-ci pour voir les autres.
request-heading = Demande { $id } : { $name }
request-which = (demande { $id })
request-approve = Accepter
request-reject = Refuser
request-reason = Motif du refus (facultatif)
request-approved = Acceptée : { $name } est désormais une source, et sa première moisson commence maintenant.
request-rejected = Demande { $id } ({ $name }) refusée.
request-not-found = Cette demande n’existe pas.
request-failed = Impossible de statuer sur la demande : { $detail }

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
