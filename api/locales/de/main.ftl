# Seiten und Bezeichnungen von oerdex: Deutsch.

## Page shell

meta-description = Finden Sie offen lizenzierte Bildungsmaterialien, sehen Sie, was Sie damit tun dürfen, und kopieren Sie einen fertigen Lizenzhinweis.
skip-link = Zum Inhalt springen
tagline = offene Bildungsmaterialien, offen lizenziert
nav-label = Website
nav-search = Suche
nav-sources = Quellen
nav-api = API
footer = oerdex sammelt OER-Metadaten über OAI-PMH. Die Lizenzen stammen aus den Metadaten: Prüfen Sie das Material selbst, bevor Sie sich darauf verlassen. Alles hier gibt es auch als JSON: { $api }.
footer-api = API-Beschreibung
language-menu = Sprache
language-menu-label = Sprachen dieser Website

## Error pages

error-not-found-heading = Nicht gefunden
error-not-found = Hier gibt es nichts. Das Material war vielleicht nie im Katalog.
error-gone-heading = Zurückgezogen
error-gone = Alle Repositorien, die dieses Material führten, haben es zurückgezogen; der Katalog führt es daher nicht mehr.
error-other-heading = Etwas ist schiefgegangen
error-internal = Der Server konnte diese Anfrage nicht beantworten; der Fehler wurde protokolliert.
error-unavailable = Der Katalog kann gerade nicht antworten. Bitte versuchen Sie es gleich noch einmal.
error-back = Im Katalog suchen

## Search page

page-title-search = Suche
page-title-query = „{ $query }“ – Suche
search-heading = Offene Bildungsmaterialien finden
search-label = Titel, Beschreibungen, Fächer und Autorinnen und Autoren durchsuchen
search-placeholder = z. B. Fotosynthese, "lineare Gleichungen", Bruch*
search-button = Suchen
sort-label = Reihenfolge
sort-relevance = Beste Treffer
sort-updated = Zuletzt aktualisiert
sort-title = Titel, A bis Z
search-invalid = Diese Suche kann nicht ausgeführt werden: { $detail }
search-new = Neue Suche beginnen
results-heading =
    { $count ->
        [0] Keine Materialien gefunden
        [one] { $count } Material gefunden
       *[other] { $count } Materialien gefunden
    }
results-continued = (Fortsetzung)
results-empty = Versuchen Sie andere Wörter oder weniger Filter: Jeder Filter schränkt die Ergebnisse ein. Die Zahlen neben den Filtern sagen, wie viele Materialien jeder ergäbe.
pages-label = Ergebnisseiten
page-first = Erste Seite
page-next = Nächste Seite
api-same = Dieselbe Suche als JSON: { $link }
untitled = Material ohne Titel
fact-language = Sprache
fact-type = Art
fact-level = Stufe
fact-accessibility = Barrierefreiheit
fact-sources =
    { $count ->
        [one] Quelle
       *[other] Quellen
    }

## Filters

filters-heading = Filter
filters-hint = Kreuzen Sie an, was Sie brauchen, und wählen Sie dann „Filter anwenden“. Jede Zahl sagt, wie viele Materialien der Filter ergäbe.
filters-hint-live = Die Ergebnisse ändern sich, sobald Sie einen Filter ankreuzen. Jede Zahl sagt, wie viele Materialien der Filter ergäbe.
switches-legend = Was Sie dürfen
switch-open = Offene Lizenzen (UNESCO): bearbeiten und teilen, evtl. nicht kommerziell
switch-commercial = Kommerzielle Nutzung erlaubt
switch-derivatives = Änderungen erlaubt (Bearbeitungen)
open-meaning = „Offen“ folgt der OER-Empfehlung der UNESCO: Alle dürfen das Material kostenlos nutzen, bearbeiten und teilen. Lizenzen, die kommerzielle Nutzung ausschließen, gelten als offen; Lizenzen, die Änderungen verbieten, nicht.
switch-free = Nur freie Kulturwerke: jede Nutzung, auch kommerziell
free-meaning = „Frei“ folgt der Definition freier kultureller Werke: Alle dürfen das Material für jeden Zweck nutzen, bearbeiten und teilen, auch kommerziell – CC0, gemeinfreie Werke, CC BY, CC BY-SA und freie Softwarelizenzen. Jede freie Lizenz ist auch offen; Lizenzen, die kommerzielle Nutzung ausschließen, sind offen, aber nicht frei.
facet-license = Lizenz
facet-language = Sprache
facet-type = Materialart
facet-level = Bildungsstufe
facet-accessibility = Barrierefreiheit
facet-subject = Fach
facet-source = Quelle
facet-more = Mehr ({ $count })
count-resources =
    { $count ->
        [one] Material
       *[other] Materialien
    }
apply-filters = Filter anwenden
active-filters = Aktive Filter
chip-words = Wörter: { $words }
chip-facet = { $facet }: { $value }
chip-open-yes = Nur offene Lizenzen
chip-open-no = Nicht offen lizenziert
chip-free-yes = Nur freie Kulturwerke
chip-free-no = Kein freies Kulturwerk
chip-commercial-yes = Kommerzielle Nutzung erlaubt
chip-commercial-no = Keine kommerzielle Nutzung
chip-derivatives-yes = Änderungen erlaubt
chip-derivatives-no = Keine Änderungen erlaubt
chip-updated-since = Aktualisiert seit { $date }
chip-remove = (entfernen)
clear-all = Alle entfernen

## Licences

badge-inferred = (angenommen aus der Standardlizenz des Repositoriums)
badge-none = Keine Lizenz angegeben
badge-none-hint = fragen Sie vor einer Nachnutzung die Urheberin oder den Urheber
family-label = { $short }: { $words }
family-other = Andere Lizenz
family-short-pdm = Gemeinfrei
family-cc-by = teilen und bearbeiten, Urheber nennen
family-cc-by-sa = teilen und bearbeiten, Urheber nennen, unter gleichen Bedingungen weitergeben
family-cc-by-nc = nicht kommerziell teilen und bearbeiten, Urheber nennen
family-cc-by-nc-sa = nicht kommerziell teilen und bearbeiten, Urheber nennen, unter gleichen Bedingungen
family-cc-by-nd = unverändert teilen, Urheber nennen
family-cc-by-nc-nd = unverändert und nicht kommerziell teilen, Urheber nennen
family-cc0 = der Gemeinfreiheit gewidmet, ohne Bedingungen
family-pdm = frei von bekannten Urheberrechten, ohne Bedingungen
family-mit = frei nutzen und bearbeiten, Copyright-Hinweis beibehalten
family-apache = frei nutzen und bearbeiten, Hinweise beibehalten
family-bsd = frei nutzen und bearbeiten, Copyright-Hinweis beibehalten
family-mpl = nutzen und bearbeiten, geänderte Dateien bleiben unter der MPL
family-lgpl = nutzen und bearbeiten, Änderungen an der Bibliothek bleiben unter der LGPL
family-gpl = nutzen und bearbeiten, Bearbeitungen bleiben unter der GPL
family-agpl = wie die GPL, auch für Software, die über ein Netzwerk genutzt wird
family-gfdl = teilen und bearbeiten, Bearbeitungen bleiben unter der GFDL
cc-licence = Creative Commons { $title } { $version } { $scope }
cc-title-cc-by = Namensnennung
cc-title-cc-by-sa = Namensnennung - Weitergabe unter gleichen Bedingungen
cc-title-cc-by-nc = Namensnennung - Nicht kommerziell
cc-title-cc-by-nc-sa = Namensnennung - Nicht kommerziell - Weitergabe unter gleichen Bedingungen
cc-title-cc-by-nd = Namensnennung - Keine Bearbeitungen
cc-title-cc-by-nc-nd = Namensnennung - Nicht kommerziell - Keine Bearbeitungen
cc-scope-international = International
cc-scope-unported = Unported
cc-scope-generic = Generic
licence-cc0 = CC0 1.0 Universell
licence-pdm = Public Domain Mark 1.0

## Resource page

back-to-search = ← Im Katalog suchen
open-resource = Material öffnen
machine-readable = Maschinenlesbar: { $json }, { $jsonld }
label-value = { $label }: { $value }
licence-heading = Was Sie dürfen
licence-label = Lizenz
rights-statements = Rechteangaben, wie die Repositorien sie geschrieben haben
allowed-yes = ja
allowed-no = nein
permission-share = Nutzen und Kopien teilen
permission-adapt = Bearbeiten und Ihre Fassung teilen
permission-commercial = Kommerziell nutzen
permission-open = Offene Lizenz (OER-Definition der UNESCO)
share-alike-hint = Weitergabe unter gleichen Bedingungen: Ihre Bearbeitungen müssen dieselbe Lizenz tragen.
inferred-hint = Das Material nennt keine Lizenz; dies ist die Lizenz, die sein Repositorium für alle seine Datensätze angibt. Prüfen Sie das Material selbst.
attribution-heading = Lizenzhinweis
attribution-none = Es wurde keine Lizenz angegeben oder erkannt, daher gibt es keinen Lizenzhinweis zum Kopieren: Fragen Sie die Urheberin, den Urheber oder das Repositorium, bevor Sie dieses Material nachnutzen.
copy-plain = Reiner Text
copy-html = HTML, für eine Webseite
copy-text-button = Text kopieren
copy-html-button = HTML kopieren
copied = Kopiert.
copy-selected = Markiert: Drücken Sie Strg+C (oder ⌘+C) zum Kopieren.
details-heading = Details
detail-also-titled = Weitere Titel
detail-languages = Sprachen
detail-subjects = Fächer
detail-keywords = Schlagwörter
detail-types = Materialarten
detail-levels = Bildungsstufen
detail-accessibility = Barrierefreiheit
detail-access-modes = Wahrnehmbar durch
detail-audience = Zielgruppe
detail-age = Typisches Alter
detail-time-required = Zeitbedarf
detail-interactivity = Interaktivität
detail-educational-use = Verwendungszweck
detail-alignments = Bezug zu
detail-formats = Formate
detail-based-on = Beruht auf
detail-part-of = Teil von
detail-parts = Teile
detail-authors = Urheberinnen und Urheber
detail-contributors = Mitwirkende
detail-publisher = Herausgeber
detail-published = Veröffentlicht
detail-address = Adresse
detail-doi = DOI
detail-updated = In diesem Katalog aktualisiert
detail-id = Katalog-ID
sources-heading-resource = Woher es stammt
sources-one = Ein Repositorium beschreibt dieses Material.
sources-many = { $count } Datensätze beschreiben dieses Material; der Katalog hat sie zusammengeführt.
sources-table-region = Quelldatensätze, seitlich scrollbar
sources-table-caption = Quelldatensätze dieses Materials
sources-col-repository = Repositorium
sources-col-identifier = Datensatzkennung (OAI-PMH)
sources-col-changed = Zuletzt dort geändert
sources-col-format = Format
format-qdc = qualifiziertes Dublin Core

## Attribution (the form Creative Commons recommends: title, author, source, licence)

attribution-quoted = „{ $title }“
licence-version-unknown = { $licence } (Version nicht angegeben)
attribution-licensed = { $title } von { $author } ist lizenziert unter { $licence }.
attribution-licensed-anonymous = { $title } ist lizenziert unter { $licence }.
attribution-marked = { $title } von { $author } ist gekennzeichnet mit { $licence }.
attribution-marked-anonymous = { $title } ist gekennzeichnet mit { $licence }.
attribution-note-cc = Die Lizenz verlangt, dass Sie das Werk überall, wo Sie es nutzen, so nennen. Wenn Sie es ändern, sagen Sie es, z. B. „bearbeitet nach …“.
attribution-note-cc-nd = Die Lizenz verlangt, dass Sie das Werk überall, wo Sie es nutzen, so nennen. Veränderte Fassungen dürfen Sie nicht weitergeben.
attribution-note-public-domain = Ein Lizenzhinweis ist nicht vorgeschrieben, aber Urheber und Quelle zu nennen, ist gute Praxis.
attribution-note-other = Dies ist keine Creative-Commons-Lizenz: Beachten Sie auch ihre eigenen Bedingungen (bei Softwarelizenzen die Copyright- und Lizenzhinweise beibehalten).

## Sources page

sources-heading = Quellen
sources-lead = oerdex sammelt die Daten dieser OAI-PMH-Repositorien. Die erste Abfrage liest alles; jede weitere fragt nur nach dem, was sich geändert hat.
sources-none = Es ist noch kein Repositorium registriert.
source-endpoint = Schnittstelle
source-format = Format
source-sets = Sets
source-sets-all = das ganze Repositorium
source-records = Datensätze
source-last = Letzte Abfrage
source-next = Nächste Abfrage
source-default-licence = Angenommene Lizenz, wenn ein Datensatz keine nennt
source-history = Abfrageverlauf (JSON)
harvest-never = noch nicht abgefragt
harvest-full = vollständig
harvest-incremental = inkrementell
harvest-counts = { $added } hinzugefügt, { $updated } aktualisiert, { $deleted } gelöscht
harvest-unreadable = { $failed } nicht lesbar
harvest-running = läuft seit { $time } ({ $kind }): bisher { $counts }
harvest-ok = { $status } { $time } ({ $kind }): { $counts }
harvest-interrupted = { $status } { $time }: { $counts }; die nächste Abfrage setzt dort fort
harvest-failed = { $status } { $time }: { $counts }
status-succeeded = erfolgreich
status-interrupted = unterbrochen
status-failed = fehlgeschlagen
next-now = wird gerade abgefragt
next-disabled = keine: die Quelle ist deaktiviert
next-unscheduled = auf diesem Server nicht geplant

## Registration form

register-heading = Ein Repositorium registrieren
register-intro = oerdex prüft die Schnittstelle live (Identify, die angebotenen Metadatenformate und Sets), bevor es sie registriert, und fragt sie dann sofort ab – ohne Warteschlange.
register-label-name = Kurzname
register-hint-name = 1 bis 64 Buchstaben, Ziffern, „-“, „_“ oder „.“, z. B. zoerr.
register-label-url = OAI-PMH-Basis-URL
register-hint-url = Die Adresse, unter der das Repositorium OAI-PMH-Anfragen beantwortet.
register-label-metadata-prefix = Metadatenformat (optional)
register-hint-metadata-prefix = Leer lassen, um das reichhaltigste angebotene zu nehmen: LOM, dann LRMI oder qualifiziertes Dublin Core, dann oai_dc.
register-label-sets = Sets (optional)
register-hint-sets = Set-Kennungen, durch Leerzeichen oder Kommas getrennt; leer für das ganze Repositorium.
register-label-default-license = Anzunehmende Lizenz, wenn ein Datensatz keine nennt (optional)
register-hint-default-license = Eine Lizenzkennung, URL oder ein Lizenzname, z. B. CC-BY-4.0.
register-button = Prüfen und registrieren
register-live-check = Das Repositorium hat die Live-Prüfung nicht bestanden: { $detail }
register-conflict = Der Name „{ $name }“ ist schon vergeben; wählen Sie einen anderen.
register-ok = { $name } ist registriert.
register-ok-detail = { $repository } hat die Live-Prüfung bestanden und wird im Format { $format } abgefragt. Die erste Abfrage beginnt jetzt; die Seite der Quelle zeigt, wie sie verläuft.
register-the-repository = Das Repositorium

register-label-contact-email = Kontakt-E-Mail-Adresse
register-hint-contact-email = Unter dieser Adresse kann der Betreiber Sie zu diesem Repositorium erreichen; nur er sieht sie.
form-too-many =
    Von Ihrer Adresse kamen zu viele Versuche; versuchen Sie es in { $minutes ->
        [one] einer Minute
       *[other] { $minutes } Minuten
    } erneut.

## Proposing a repository (anyone)

propose-heading = Ein Repositorium vorschlagen
propose-intro = Sie kennen ein OAI-PMH-Repositorium mit offenen Bildungsmaterialien, das hier fehlt? Schlagen Sie es vor: oerdex prüft es sofort live und stellt es, wenn es antwortet, in die Warteschlange des Betreibers, der entscheidet, ob es abgefragt wird.
propose-button = Prüfen und vorschlagen
propose-queued-heading = Ihr Vorschlag wartet auf den Betreiber
propose-queued = { $name } hat die Live-Prüfung bestanden und steht als Anfrage Nummer { $id } in der Warteschlange.
propose-number = Anfragenummer
propose-repository = Name des Repositoriums (aus der Live-Prüfung)
propose-submitted = Eingereicht
propose-next = Der Betreiber nimmt jede Anfrage an oder lehnt sie ab. Nach der Annahme wird das Repositorium sofort abgefragt und erscheint auf der Quellenseite. Notieren Sie sich die Anfragenummer, falls Sie dem Betreiber schreiben.
propose-back = Zurück zu den Quellen
source-page-link = Abfragen und Metadatenqualität
operator-link = Für den Betreiber: über vorgeschlagene Repositorien entscheiden
status-running = läuft

## A source's page

source-back = Alle Quellen
source-json = Diese Quelle (JSON)
harvests-heading = Letzte Abfragen
harvests-intro =
    { $count ->
        [one] Die letzte Abfrage.
       *[other] Die letzten { $count } Abfragen, die älteste zuerst.
    } Jede Marke führt zu ihrer Zeile in der Tabelle darunter.
harvest-mark = { $status }, { $time } ({ $kind }): { $counts }
harvest-legend = Was die Marken bedeuten
records-heading = Datensätze im Zeitverlauf
records-how = Wie viele Datensätze dieses Repositoriums der Katalog nach jeder Abfrage enthielt. Der Katalog speichert diese Zahlen nicht: Sie werden vom heutigen Stand aus rückwärts berechnet, aus dem, was jede Abfrage hinzugefügt und gelöscht hat; es sind also Schätzungen.
chart-title = Datensätze von { $name } nach jeder Abfrage
chart-desc = Von { $from } bis { $to }: { $first } Datensätze nach der ersten gezeigten Abfrage, { $last } nach der letzten; mindestens { $lowest }, höchstens { $highest }. Die Tabelle darunter nennt jede Zahl.
harvest-table-caption = Jede gezeigte Abfrage, die neueste zuerst
harvest-col-started = Begonnen
harvest-col-result = Ergebnis
harvest-col-added = Hinzugefügt
harvest-col-updated = Aktualisiert
harvest-col-deleted = Gelöscht
harvest-col-unreadable = Nicht lesbar
harvest-col-records = Datensätze danach

## Metadata quality report

quality-heading = Metadatenqualität
quality-intro =
    { $records ->
        [one] Ob der eine vorhandene Datensatz
       *[other] Wie viele der { $records } vorhandenen Datensätze
    } dieses Repositoriums jedes Feld so angeben, dass oerdex es lesen kann. Gezählt wird, wie das Repositorium die Datensätze beschreibt, bevor sie mit denen anderer Repositorien zusammengeführt werden – so sehen seine Betreuer, was sie bei sich verbessern können.
quality-empty = Diese Quelle enthält noch keine Datensätze, es gibt also nichts zu messen.
quality-caption = Anteil der Datensätze mit jedem Feld
quality-col-field = Feld
quality-col-records = Datensätze
quality-col-share = Anteil
quality-licence = Eine Lizenz, die oerdex lesen kann
quality-language = Eine Sprache
quality-url = Eine URL der Ressource
quality-description = Eine Beschreibung
quality-type = Ein Materialtyp
quality-level = Eine Bildungsstufe
percent = { $value } %
quality-unreadable-licences =
    { $count ->
        [one] { $count } Datensatz nennt Rechte, die oerdex nicht als Lizenz lesen kann.
       *[other] { $count } Datensätze nennen Rechte, die oerdex nicht als Lizenz lesen kann.
    }
quality-no-rights =
    { $count ->
        [one] { $count } Datensatz nennt gar keine Rechte.
       *[other] { $count } Datensätze nennen gar keine Rechte.
    }
quality-licences-heading = Rechteangaben, die oerdex nicht lesen konnte, die häufigsten zuerst
quality-languages-heading = Sprachangaben, die oerdex nicht lesen konnte, die häufigsten zuerst
quality-col-value = Wie die Datensätze es schreiben
quality-none-unreadable = Keine: oerdex hat jede gelesen.
quality-unread =
    { $count ->
        [one] { $count } Datensatz liegt in einem Format vor, das kein Crosswalk versteht: Er wird so aufbewahrt, wie er abgefragt wurde, steht aber nicht im Katalog.
       *[other] { $count } Datensätze liegen in einem Format vor, das kein Crosswalk versteht: Sie werden so aufbewahrt, wie sie abgefragt wurden, stehen aber nicht im Katalog.
    }
quality-json = Derselbe Bericht als JSON

## The operator's page

operator-heading = Betreiber
operator-intro = Der Betreiber entscheidet über vorgeschlagene Repositorien und kann ein Repositorium sofort registrieren. Melden Sie sich mit dem Admin-Token des Servers an.
operator-sign-in-heading = Anmelden
operator-token-label = Admin-Token
operator-token-hint = Wird einmal gesendet und startet eine Sitzung von einer Stunde, die ein Cookie nur für die Betreiberseite festhält; das Token selbst wird nie angezeigt oder gespeichert.
operator-sign-in-button = Anmelden
operator-wrong-token = Das Admin-Token ist falsch, daher sind Sie nicht angemeldet.
operator-disabled = Auf diesem Server ist kein Admin-Token eingerichtet (server.admin_token oder OERDEX_ADMIN_TOKEN), daher kann sich niemand als Betreiber anmelden.
operator-disabled-heading = Kein Betreiber auf diesem Server
operator-refused-heading = Bitte zuerst anmelden
operator-signed-out = Sie sind nicht als Betreiber angemeldet oder Ihre Sitzung ist abgelaufen, daher wurde nichts geändert.
operator-cross-site = Diese Anfrage kam von der Seite einer anderen Website, daher wurde sie abgelehnt und nichts geändert.
operator-go-sign-in = Zur Betreiberseite
operator-session =
    Sie sind als Betreiber angemeldet; Ihre Sitzung endet in { $minutes ->
        [one] einer Minute
       *[other] { $minutes } Minuten
    } oder wenn Sie sich abmelden.
operator-sign-out = Abmelden
queue-heading = Anfragen, die auf eine Entscheidung warten ({ $count })
queue-intro = Jedes Repositorium unten hat die Live-Prüfung bestanden, als es vorgeschlagen wurde. Annehmen registriert es und startet seine erste Abfrage; Ablehnen bewahrt die Anfrage mit Ihrer Begründung auf.
queue-empty = Keine Anfrage wartet.
queue-more = Die { $shown } ältesten Anfragen werden gezeigt; entscheiden Sie über diese, um die übrigen zu sehen.
request-heading = Anfrage { $id }: { $name }
request-which = (Anfrage { $id })
request-approve = Annehmen
request-reject = Ablehnen
request-reason = Grund der Ablehnung (optional)
request-approved = Angenommen: { $name } ist jetzt eine Quelle, und ihre erste Abfrage beginnt jetzt.
request-rejected = Anfrage { $id } ({ $name }) abgelehnt.
request-not-found = Diese Anfrage gibt es nicht.
request-failed = Über die Anfrage konnte nicht entschieden werden: { $detail }

## Numbers, dates, lists

list-separator = { ", " }
list-and = { $init } und { $last }
date = { $day }. { $month } { $year }
date-time = { $date }, { $time } UTC
month-1 = Jan.
month-2 = Feb.
month-3 = März
month-4 = Apr.
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = Aug.
month-9 = Sept.
month-10 = Okt.
month-11 = Nov.
month-12 = Dez.

## Languages (names in this language; other languages are shown by their own name)

language-ar = Arabisch
language-zh = Chinesisch
language-en = Englisch
language-fr = Französisch
language-ru = Russisch
language-es = Spanisch
language-de = Deutsch
language-pt = Portugiesisch
language-sw = Swahili
language-it = Italienisch
language-nl = Niederländisch
language-pl = Polnisch
language-tr = Türkisch
language-uk = Ukrainisch
language-el = Griechisch
language-sv = Schwedisch
language-ja = Japanisch
language-ko = Koreanisch
language-hi = Hindi
language-fa = Persisch

## Resource types (the concepts the index maps every type onto: HCRT, COAR genres, DCMI types)

type-software = Software
type-assessment = Lernkontrolle
type-audio = Audio
type-case-study = Fallstudie
type-course = Kurs
type-data = Daten
type-diagram = Diagramm
type-exercise = Übung
type-game = Lernspiel
type-experiment = Experiment
type-image = Abbildung
type-reference-work = Nachschlagewerk
type-lesson-plan = Unterrichtsplanung
type-map = Karte
type-web-portal = Portal
type-questionnaire = Fragebogen
type-script = Skript
type-sheet-music = Musiknoten
type-simulation = Simulation
type-presentation = Präsentation
type-text = Textdokument
type-textbook = Lehrbuch
type-video = Video
type-web-page = Webseite
type-worksheet = Arbeitsmaterial
type-article = Artikel
type-book = Buch
type-book-chapter = Buchkapitel
type-thesis = Abschlussarbeit
type-report = Bericht
type-conference-paper = Konferenzbeitrag
type-preprint = Preprint
type-working-paper = Arbeitspapier
type-lecture = Vorlesung
type-interactive-resource = interaktive Ressource
type-collection = Sammlung
type-event = Veranstaltung

## Educational levels (LOM's context vocabulary and common stages)

level-school = Schule
level-higher-education = Hochschule
level-training = berufliche Weiterbildung
level-other = Sonstiges
level-early-childhood-education = frühkindliche Bildung
level-primary = Primarstufe
level-primary-school = Grundschule
level-secondary = Sekundarstufe
level-secondary-school = weiterführende Schule
level-lower-secondary = Sekundarstufe I
level-upper-secondary = Sekundarstufe II
level-vocational-education = Berufsbildung
level-adult-education = Erwachsenenbildung

## Accessibility (filters, and the senses a resource is perceived with)

a11y-captions = Untertitel
a11y-transcript = Transkript
a11y-alternative-text = Alternativtexte für Bilder
a11y-audio-description = Audiodeskription
a11y-sign-language = Gebärdensprache
a11y-structural-navigation = Überschriften zur Navigation
a11y-accessible-math = Barrierefreie Mathematik
a11y-no-flashing-hazard = Kein Risiko durch Blitzlicht
a11y-no-motion-hazard = Kein Risiko durch Bewegungssimulation
a11y-no-sound-hazard = Kein Risiko durch Geräusche
a11y-mode-auditory = Hören
a11y-mode-visual = Sehen
a11y-mode-textual = Lesen von Text
a11y-mode-tactile = Tasten
