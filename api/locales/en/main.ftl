# oerdex pages and labels: English (the reference: every other language has exactly these
# messages, with the same $placeholders).

## Page shell

meta-description = Find openly licensed educational resources, see what you may do with them and copy a ready-made attribution.
skip-link = Skip to content
tagline = open educational resources, openly licensed
nav-label = Site
nav-search = Search
nav-sources = Sources
nav-api = API
footer = oerdex harvests OER metadata over OAI-PMH. Licences are read from the metadata: check the resource itself before you rely on them. Everything here is also served as JSON: { $api }.
footer-api = API description
language-menu = Language
language-menu-label = Languages of this site

## Error pages

error-not-found-heading = Not found
error-not-found = There is nothing here. The resource may never have been in the catalogue.
error-gone-heading = Withdrawn
error-gone = Every repository that held this resource has withdrawn it, so the catalogue no longer lists it.
error-other-heading = Something went wrong
error-internal = The server failed to answer this request; the fault has been logged.
error-unavailable = The catalogue cannot answer right now. Please try again in a moment.
error-back = Search the catalogue

## Search page

page-title-search = Search
page-title-query = “{ $query }” – search
search-heading = Find open educational resources
search-label = Search titles, descriptions, subjects and authors
search-placeholder = e.g. photosynthesis, "linear equations", fraction*
search-button = Search
sort-label = Order
sort-relevance = Best match
sort-updated = Recently updated
sort-title = Title, A to Z
search-invalid = This search cannot be run: { $detail }
search-new = Start a new search
results-heading =
    { $count ->
        [0] No resources match
        [one] { $count } resource matches
       *[other] { $count } resources match
    }
results-continued = (continued)
results-empty = Try other words, or fewer filters: each filter narrows the results. The counts beside the filters say how many resources each would give.
pages-label = Result pages
page-first = First page
page-next = Next page
api-same = The same search as JSON: { $link }
untitled = Untitled resource
fact-language = Language
fact-type = Type
fact-level = Level
fact-accessibility = Accessibility
fact-sources =
    { $count ->
        [one] Source
       *[other] Sources
    }

## Filters

filters-heading = Filters
filters-hint = Tick what you need, then choose “Apply filters”. Each count says how many resources the filter would give.
filters-hint-live = Results update as soon as you tick a filter. Each count says how many resources the filter would give.
switches-legend = What you may do
switch-open = Open licences (UNESCO): adapt and share, perhaps not commercially
switch-commercial = Allows commercial use
switch-derivatives = Allows changes (adaptations)
open-meaning = “Open” follows UNESCO’s OER Recommendation: anyone may use, adapt and share the resource at no cost. Licences that forbid commercial use count as open; licences that forbid changes do not.
switch-free = Free cultural works only: any use, commercial included
free-meaning = “Free” follows the Definition of Free Cultural Works: anyone may use, adapt and share the resource for any purpose, commercial included: CC0, public domain, CC BY, CC BY-SA and free software licences. Every free licence is also open; licences that forbid commercial use are open but not free.
facet-license = Licence
facet-language = Language
facet-type = Resource type
facet-level = Educational level
facet-accessibility = Accessibility
facet-subject = Subject
facet-source = Source
facet-more = More ({ $count })
count-resources =
    { $count ->
        [one] resource
       *[other] resources
    }
apply-filters = Apply filters
active-filters = Active filters
chip-words = Words: { $words }
chip-facet = { $facet }: { $value }
chip-open-yes = Open licences only
chip-open-no = Not openly licensed
chip-free-yes = Free cultural works only
chip-free-no = Not a free cultural work
chip-commercial-yes = Allows commercial use
chip-commercial-no = No commercial use
chip-derivatives-yes = Allows changes
chip-derivatives-no = No changes allowed
chip-updated-since = Updated since { $date }
chip-remove = (remove)
clear-all = Clear all

## Licences

badge-inferred = (assumed from the repository's default licence)
badge-none = No licence stated
badge-none-hint = ask the author before you reuse it
family-label = { $short }: { $words }
family-other = Other licence
family-short-pdm = Public domain
family-cc-by = share and adapt, credit the author
family-cc-by-sa = share and adapt, credit the author, share alike
family-cc-by-nc = share and adapt non-commercially, credit the author
family-cc-by-nc-sa = share and adapt non-commercially, credit, share alike
family-cc-by-nd = share unchanged, credit the author
family-cc-by-nc-nd = share unchanged, non-commercially, credit the author
family-cc0 = dedicated to the public domain, no conditions
family-pdm = free of known copyright, no conditions
family-mit = use and adapt freely, keep the copyright notice
family-apache = use and adapt freely, keep the notices
family-bsd = use and adapt freely, keep the copyright notice
family-mpl = use and adapt, changed files stay under the MPL
family-lgpl = use and adapt, changes to the library stay under the LGPL
family-gpl = use and adapt, adaptations stay under the GPL
family-agpl = like the GPL, also for software used over a network
family-gfdl = share and adapt, adaptations stay under the GFDL
cc-licence = Creative Commons { $title } { $version } { $scope }
cc-title-cc-by = Attribution
cc-title-cc-by-sa = Attribution-ShareAlike
cc-title-cc-by-nc = Attribution-NonCommercial
cc-title-cc-by-nc-sa = Attribution-NonCommercial-ShareAlike
cc-title-cc-by-nd = Attribution-NoDerivatives
cc-title-cc-by-nc-nd = Attribution-NonCommercial-NoDerivatives
cc-scope-international = International
cc-scope-unported = Unported
cc-scope-generic = Generic
licence-cc0 = CC0 1.0 Universal
licence-pdm = Public Domain Mark 1.0

## Resource page

back-to-search = ← Search the catalogue
open-resource = Open the resource
machine-readable = Machine-readable: { $json }, { $jsonld }
label-value = { $label }: { $value }
licence-heading = What you may do
licence-label = Licence
rights-statements = Rights statements as the repositories wrote them
allowed-yes = yes
allowed-no = no
permission-share = Use and share copies
permission-adapt = Adapt it and share your version
permission-commercial = Use it commercially
permission-open = Open licence (UNESCO OER definition)
share-alike-hint = Share alike: versions you adapt must carry the same licence.
inferred-hint = The resource states no licence; this is the licence its repository declares for all its records. Check the resource itself.
attribution-heading = Attribution
attribution-none = No licence was stated or understood, so there is no attribution to copy: ask the author or the repository before you reuse this resource.
copy-plain = Plain text
copy-html = HTML, for a web page
copy-text-button = Copy text
copy-html-button = Copy HTML
copied = Copied.
copy-selected = Selected: press Ctrl+C (or ⌘+C) to copy.
details-heading = Details
detail-also-titled = Also titled
detail-languages = Languages
detail-subjects = Subjects
detail-keywords = Keywords
detail-types = Resource types
detail-levels = Educational levels
detail-accessibility = Accessibility
detail-access-modes = Perceived by
detail-audience = Audience
detail-age = Typical age
detail-time-required = Time required
detail-interactivity = Interactivity
detail-educational-use = Educational use
detail-alignments = Aligned with
detail-formats = Formats
detail-based-on = Based on
detail-part-of = Part of
detail-parts = Parts
detail-authors = Authors
detail-contributors = Contributors
detail-publisher = Publisher
detail-published = Published
detail-address = Address
detail-doi = DOI
detail-updated = Updated in this catalogue
detail-id = Catalogue id
sources-heading-resource = Where it comes from
sources-one = One repository describes this resource.
sources-many = { $count } records describe this resource; the catalogue merged them.
sources-table-region = Source records, scrolls sideways
sources-table-caption = Source records of this resource
sources-col-repository = Repository
sources-col-identifier = Record identifier (OAI-PMH)
sources-col-changed = Last changed there
sources-col-format = Format
format-qdc = qualified Dublin Core

## Attribution (the form Creative Commons recommends: title, author, source, licence)

attribution-quoted = “{ $title }”
licence-version-unknown = { $licence } (version not stated)
attribution-licensed = { $title } by { $author } is licensed under { $licence }.
attribution-licensed-anonymous = { $title } is licensed under { $licence }.
attribution-marked = { $title } by { $author } is marked with { $licence }.
attribution-marked-anonymous = { $title } is marked with { $licence }.
attribution-note-cc = The licence asks you to credit the work like this wherever you use it. If you change it, say so, e.g. "adapted from …".
attribution-note-cc-nd = The licence asks you to credit the work like this wherever you use it. It does not allow you to share changed versions.
attribution-note-public-domain = No attribution is required, but crediting the author and source is good practice.
attribution-note-other = This is not a Creative Commons licence: follow its own terms as well (for software licences, keep the copyright and licence notices).

## Sources page

sources-heading = Sources
sources-lead = oerdex harvests these OAI-PMH repositories. The first harvest reads everything; each later one asks only for what changed.
sources-none = No repository is registered yet.
source-endpoint = Endpoint
source-format = Format
source-sets = Sets
source-sets-all = the whole repository
source-records = Records
source-last = Last harvest
source-next = Next harvest
source-default-licence = Licence assumed when a record states none
source-history = Harvest history (JSON)
harvest-never = not harvested yet
harvest-full = full
harvest-incremental = incremental
harvest-counts = { $added } added, { $updated } updated, { $deleted } deleted
harvest-unreadable = { $failed } could not be read
harvest-running = running since { $time } ({ $kind }): { $counts } so far
harvest-ok = { $status } { $time } ({ $kind }): { $counts }
harvest-interrupted = { $status } { $time }: { $counts }; the next harvest resumes where it stopped
harvest-failed = { $status } { $time }: { $counts }
status-succeeded = succeeded
status-interrupted = interrupted
status-failed = failed
next-now = harvesting now
next-disabled = none: the source is disabled
next-unscheduled = not scheduled on this server

## Registration form

register-heading = Register a repository
register-intro = oerdex checks the endpoint live (Identify, the metadata formats and sets it offers) before it registers it, then harvests it at once, without the queue.
register-label-name = Short name
register-hint-name = 1 to 64 letters, digits, '-', '_' or '.', e.g. zoerr.
register-label-url = OAI-PMH base URL
register-hint-url = The address the repository answers OAI-PMH requests at.
register-label-metadata-prefix = Metadata format (optional)
register-hint-metadata-prefix = Leave empty to take the richest the repository offers: LOM, then LRMI or qualified Dublin Core, then oai_dc.
register-label-sets = Sets (optional)
register-hint-sets = Set specs separated by spaces or commas; empty for the whole repository.
register-label-default-license = Licence to assume when a record states none (optional)
register-hint-default-license = A licence id, URL or name, e.g. CC-BY-4.0.
register-button = Check and register
register-live-check = The repository did not pass the live check: { $detail }
register-conflict = The name “{ $name }” is taken; choose another.
register-ok = Registered { $name }.
register-ok-detail = { $repository } passed the live check and will be harvested as { $format }. Its first harvest starts now; its page shows how it goes.
register-the-repository = The repository

register-label-contact-email = Contact e-mail address
register-hint-contact-email = Where the operator can reach you about this repository; only the operator sees it.
form-too-many =
    Too many attempts came from your address; try again in { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }.

## Proposing a repository (anyone)

propose-heading = Propose a repository
propose-intro = Do you know an OAI-PMH repository of open educational resources that is missing here? Propose it: oerdex checks it live at once and, if it answers, queues it for the operator, who decides whether it is harvested.
propose-button = Check and propose
propose-queued-heading = Your proposal is waiting for the operator
propose-queued = { $name } passed the live check and is request number { $id } in the queue.
propose-number = Request number
propose-repository = Repository name (from the live check)
propose-submitted = Submitted
propose-next = The operator approves or rejects each request. Once approved, the repository is harvested at once and appears on the sources page. Keep the request number in case you write to the operator.
propose-back = Back to the sources
source-page-link = Harvests and metadata quality
operator-link = For the operator: decide on proposed repositories
status-running = running

## A source's page

source-back = All sources
source-json = This source (JSON)
harvests-heading = Recent harvests
harvests-intro =
    { $count ->
        [one] The last harvest.
       *[other] The last { $count } harvests, oldest first.
    } Each mark leads to its row in the table below.
harvest-mark = { $status }, { $time } ({ $kind }): { $counts }
harvest-legend = What the marks mean
records-heading = Records over time
records-how = How many records the catalogue held from this repository after each harvest. The catalogue does not store these counts: they are worked out backwards from today’s count and what each harvest added and deleted, so they are estimates.
chart-title = Records from { $name } after each harvest
chart-desc = From { $from } to { $to }: { $first } records after the first harvest shown, { $last } after the last; at least { $lowest }, at most { $highest }. The table below gives every number.
harvest-table-caption = Each harvest shown, newest first
harvest-col-started = Started
harvest-col-result = Result
harvest-col-added = Added
harvest-col-updated = Updated
harvest-col-deleted = Deleted
harvest-col-unreadable = Could not be read
harvest-col-records = Records after

## Metadata quality report

quality-heading = Metadata quality
quality-intro =
    { $records ->
        [one] Whether the one live record
       *[other] How many of the { $records } live records
    } from this repository state each field in a way oerdex can read. The records are counted as the repository describes them, before they are merged with other repositories’ records, so its manager knows what to improve at home.
quality-empty = This source holds no live records yet, so there is nothing to measure.
quality-caption = Share of records with each field
quality-col-field = Field
quality-col-records = Records
quality-col-share = Share
quality-licence = A licence oerdex can read
quality-language = A language
quality-url = A URL of the resource
quality-description = A description
quality-type = A resource type
quality-level = An educational level
percent = { $value }%
quality-unreadable-licences =
    { $count ->
        [one] { $count } record states rights oerdex cannot read as a licence.
       *[other] { $count } records state rights oerdex cannot read as a licence.
    }
quality-no-rights =
    { $count ->
        [one] { $count } record states no rights at all.
       *[other] { $count } records state no rights at all.
    }
quality-licences-heading = Rights statements oerdex could not read, most frequent first
quality-languages-heading = Language values oerdex could not read, most frequent first
quality-col-value = As the records write it
quality-none-unreadable = None: oerdex read every one.
quality-unread =
    { $count ->
        [one] { $count } record is in a format no crosswalk understood: it is kept as harvested but is not in the catalogue.
       *[other] { $count } records are in a format no crosswalk understood: they are kept as harvested but are not in the catalogue.
    }
quality-json = The same report as JSON

## The operator's page

operator-heading = Operator
operator-intro = The operator decides on proposed repositories and can register a repository at once. Sign in with the server’s admin token.
operator-sign-in-heading = Sign in
operator-token-label = Admin token
operator-token-hint = Sent once to start a session of one hour, kept in a cookie for the operator’s page only; the token itself is never shown or stored.
operator-sign-in-button = Sign in
operator-wrong-token = The admin token is wrong, so you are not signed in.
operator-disabled = This server has no admin token (server.admin_token or OERDEX_ADMIN_TOKEN), so nobody can sign in as the operator.
operator-disabled-heading = No operator on this server
operator-refused-heading = Sign in first
operator-signed-out = You are not signed in as the operator, or your session has ended, so nothing was changed.
operator-cross-site = This request came from another site’s page, so it was refused and nothing was changed.
operator-go-sign-in = Go to the operator’s page
operator-session =
    You are signed in as the operator; your session ends in { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    } or when you sign out.
operator-sign-out = Sign out
queue-heading = Requests waiting for a decision ({ $count })
queue-intro = Each repository below passed the live check when it was proposed. Approving one registers it and starts its first harvest; rejecting one keeps the request on record with your reason.
queue-empty = No request is waiting.
queue-more = The { $shown } oldest requests are shown; decide on these to see the others.
request-heading = Request { $id }: { $name }
request-which = (request { $id })
request-approve = Approve
request-reject = Reject
request-reason = Reason for rejecting (optional)
request-approved = Approved: { $name } is now a source, and its first harvest starts now.
request-rejected = Rejected request { $id } ({ $name }).
request-not-found = There is no such request.
request-failed = The request could not be decided: { $detail }

## Numbers, dates, lists

list-separator = { ", " }
list-and = { $init } and { $last }
date = { $day } { $month } { $year }
date-time = { $date }, { $time } UTC
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec

## Languages (names in this language; other languages are shown by their own name)

language-ar = Arabic
language-zh = Chinese
language-en = English
language-fr = French
language-ru = Russian
language-es = Spanish
language-de = German
language-pt = Portuguese
language-sw = Swahili
language-it = Italian
language-nl = Dutch
language-pl = Polish
language-tr = Turkish
language-uk = Ukrainian
language-el = Greek
language-sv = Swedish
language-ja = Japanese
language-ko = Korean
language-hi = Hindi
language-fa = Persian

## Resource types (the concepts the index maps every type onto: HCRT, COAR genres, DCMI types)

type-software = software
type-assessment = assessment
type-audio = audio
type-case-study = case study
type-course = course
type-data = data
type-diagram = diagram
type-exercise = exercise
type-game = game
type-experiment = experiment
type-image = image
type-reference-work = reference work
type-lesson-plan = lesson plan
type-map = map
type-web-portal = web portal
type-questionnaire = questionnaire
type-script = script
type-sheet-music = sheet music
type-simulation = simulation
type-presentation = presentation
type-text = text
type-textbook = textbook
type-video = video
type-web-page = web page
type-worksheet = worksheet
type-article = article
type-book = book
type-book-chapter = book chapter
type-thesis = thesis
type-report = report
type-conference-paper = conference paper
type-preprint = preprint
type-working-paper = working paper
type-lecture = lecture
type-interactive-resource = interactive resource
type-collection = collection
type-event = event

## Educational levels (LOM's context vocabulary and common stages)

level-school = school
level-higher-education = higher education
level-training = training
level-other = other
level-early-childhood-education = early childhood education
level-primary = primary
level-primary-school = primary school
level-secondary = secondary
level-secondary-school = secondary school
level-lower-secondary = lower secondary
level-upper-secondary = upper secondary
level-vocational-education = vocational education
level-adult-education = adult education

## Accessibility (filters, and the senses a resource is perceived with)

a11y-captions = Captions
a11y-transcript = Transcript
a11y-alternative-text = Text alternatives for images
a11y-audio-description = Audio description
a11y-sign-language = Sign language
a11y-structural-navigation = Headings to navigate by
a11y-accessible-math = Accessible mathematics
a11y-no-flashing-hazard = No flashing hazard
a11y-no-motion-hazard = No motion simulation hazard
a11y-no-sound-hazard = No sound hazard
a11y-mode-auditory = hearing
a11y-mode-visual = sight
a11y-mode-textual = reading text
a11y-mode-tactile = touch
