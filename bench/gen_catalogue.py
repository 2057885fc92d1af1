#!/usr/bin/env python3
"""Generates a synthetic OER catalogue as pre-rendered OAI-PMH 2.0 files for the benchmarks.

Output (DIR):
  identify.xml, formats.xml, sets.xml   the Identify, ListMetadataFormats and ListSets answers
  pages/p00001.xml ...                  the full ListRecords list, PER_PAGE records a page; each
                                        page's resumptionToken is the next file's name (p00002),
                                        the last page's token is empty
  pages/d00001.xml ...                  the delta list answered to a request with `from=`: DELTA
                                        changed records (updated, deleted and new ones), dated
                                        after the full list's responseDate
  catalogue.json                        what was generated (sizes, counts), checked to reuse DIR

Records are about 1 KB each, in oai_dc or IEEE LOM, with varied licences (Creative Commons URLs
in several forms, short forms, CC0, the Public Domain Mark, copyright lines, none), languages
(codes, 639-2 codes, locale tags, names), subjects, creators and descriptions drawn from
multilingual word lists; about 1 % of the list is deletions and about 2 % of the records share a
URL with another record (the same resource in two records, so merging is exercised).

Everything is deterministic for a given seed. Only the Python standard library is used.

  gen_catalogue.py --out DIR --records N [--format oai_dc|lom] [--per-page 500] [--delta 1000]
"""

import argparse
import json
import multiprocessing
import os
import random
import sys
from xml.sax.saxutils import escape

OAI_NS = "http://www.openarchives.org/OAI/2.0/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
BASE_URL = "http://127.0.0.1/oai"
FULL_RESPONSE_DATE = "2025-01-01T00:00:00Z"
DELTA_RESPONSE_DATE = "2025-02-01T00:00:00Z"
DELTA_DATESTAMP = "2025-01-20T12:00:00Z"
SETS = [("school", "School education"), ("higher", "Higher education"),
        ("vocational", "Vocational training")]

LICENCES = [
    # (weight, rights statements)
    (14, ["https://creativecommons.org/licenses/by/4.0/"]),
    (8, ["http://creativecommons.org/licenses/by-sa/4.0/"]),
    (4, ["https://creativecommons.org/licenses/by-sa/3.0/de/"]),
    (3, ["https://creativecommons.org/licenses/by-nc-sa/4.0/deed.de"]),
    (3, ["https://creativecommons.org/licenses/by-nc/4.0/legalcode"]),
    (2, ["http://creativecommons.org/licenses/by-nd/3.0/"]),
    (2, ["https://creativecommons.org/licenses/by-nc-nd/4.0/"]),
    (6, ["CC BY 4.0"]),
    (4, ["CC-BY-SA-4.0"]),
    (2, ["cc by-nc 3.0"]),
    (2, ["Creative Commons Attribution-ShareAlike 4.0 International"]),
    (6, ["https://creativecommons.org/publicdomain/zero/1.0/"]),
    (3, ["CC0"]),
    (2, ["https://creativecommons.org/publicdomain/mark/1.0/"]),
    (1, ["Public Domain"]),
    (3, ["\u00a9 2021 Universit\u00e4t Beispielstadt. All rights reserved."]),
    (2, ["Copyright 2019 Example Learning Press"]),
    (3, ["\u00a9 Open School Network", "https://creativecommons.org/licenses/by/3.0/"]),
    (6, []),
]

# (weight, dc:language forms, word list key)
LANGUAGES = [
    (30, ["en", "eng", "en-GB", "English", "en_US"], "en"),
    (22, ["de", "deu", "ger", "de-DE", "Deutsch"], "de"),
    (10, ["fr", "fre", "fr-FR", "French"], "fr"),
    (9, ["es", "spa", "es-ES", "Espa\u00f1ol"], "es"),
    (5, ["it", "ita"], "it"),
    (5, ["nl", "nld", "dut"], "nl"),
    (5, ["pt", "pt-BR", "por"], "pt"),
    (2, ["pl", "pol"], "pl"),
    (2, ["sv", "swe"], "sv"),
    (2, ["und", "mul"], "en"),
]

WORDS = {
    "en": "water cycle energy photosynthesis fractions equations algebra geometry history "
          "revolution climate change ecosystem cell biology chemistry reaction atoms molecules "
          "electricity magnetism forces motion gravity planet solar system reading writing "
          "grammar vocabulary poetry novel democracy citizenship economics market trade "
          "programming algorithms data statistics probability music art painting sculpture "
          "health nutrition sport teamwork language learning worksheet lesson plan exercise "
          "introduction advanced basic course module unit activity project experiment "
          "students teachers classroom assessment quiz video interactive open textbook chapter "
          "map europe africa asia ocean river mountain weather volcano earthquake renewable "
          "sustainability recycling digital literacy media safety ethics philosophy logic "
          "calculus derivatives integrals vectors matrices triangles circles percentages "
          "ratios numbers counting multiplication division".split(),
    "de": "wasserkreislauf energie photosynthese br\u00fcche gleichungen algebra geometrie "
          "geschichte revolution klimawandel \u00f6kosystem zelle biologie chemie reaktion atome "
          "molek\u00fcle elektrizit\u00e4t magnetismus kr\u00e4fte bewegung schwerkraft planet "
          "sonnensystem lesen schreiben grammatik wortschatz gedichte roman demokratie "
          "wirtschaft markt handel programmieren algorithmen daten statistik "
          "wahrscheinlichkeit musik kunst malerei gesundheit ern\u00e4hrung sport arbeitsblatt "
          "unterricht \u00fcbung einf\u00fchrung kurs modul projekt experiment sch\u00fcler "
          "lehrkr\u00e4fte klassenzimmer pr\u00fcfung video lehrbuch kapitel karte europa "
          "fluss gebirge wetter vulkan erdbeben nachhaltigkeit medienbildung sicherheit ethik "
          "philosophie logik ableitungen integrale vektoren dreiecke prozent zahlen".split(),
    "fr": "cycle eau \u00e9nergie photosynth\u00e8se fractions \u00e9quations alg\u00e8bre "
          "g\u00e9om\u00e9trie histoire r\u00e9volution climat \u00e9cosyst\u00e8me cellule "
          "biologie chimie r\u00e9action atomes mol\u00e9cules \u00e9lectricit\u00e9 forces "
          "mouvement gravit\u00e9 plan\u00e8te lecture \u00e9criture grammaire "
          "vocabulaire po\u00e9sie roman d\u00e9mocratie \u00e9conomie march\u00e9 "
          "programmation algorithmes donn\u00e9es statistiques probabilit\u00e9s musique art "
          "sant\u00e9 nutrition fiche le\u00e7on exercice introduction cours module projet "
          "exp\u00e9rience \u00e9l\u00e8ves enseignants classe \u00e9valuation vid\u00e9o "
          "manuel chapitre carte europe fleuve montagne m\u00e9t\u00e9o volcan".split(),
    "es": "ciclo agua energ\u00eda fotos\u00edntesis fracciones ecuaciones \u00e1lgebra "
          "geometr\u00eda historia revoluci\u00f3n clima ecosistema c\u00e9lula biolog\u00eda "
          "qu\u00edmica reacci\u00f3n \u00e1tomos mol\u00e9culas electricidad fuerzas "
          "movimiento gravedad planeta lectura escritura gram\u00e1tica vocabulario "
          "poes\u00eda novela democracia econom\u00eda mercado programaci\u00f3n algoritmos "
          "datos estad\u00edstica m\u00fasica arte salud nutrici\u00f3n ficha lecci\u00f3n "
          "ejercicio introducci\u00f3n curso m\u00f3dulo proyecto experimento alumnos "
          "docentes aula evaluaci\u00f3n v\u00eddeo libro cap\u00edtulo mapa r\u00edo "
          "monta\u00f1a volc\u00e1n".split(),
    "it": "ciclo acqua energia fotosintesi frazioni equazioni algebra geometria storia "
          "rivoluzione clima ecosistema cellula biologia chimica atomi elettricit\u00e0 forze "
          "movimento pianeta lettura scrittura grammatica poesia democrazia economia musica "
          "arte salute esercizio lezione corso progetto studenti insegnanti".split(),
    "nl": "waterkringloop energie fotosynthese breuken vergelijkingen algebra meetkunde "
          "geschiedenis revolutie klimaat ecosysteem cel biologie scheikunde atomen "
          "elektriciteit krachten beweging planeet lezen schrijven grammatica gedichten "
          "democratie economie muziek kunst gezondheid oefening les cursus project".split(),
    "pt": "ciclo \u00e1gua energia fotoss\u00edntese fra\u00e7\u00f5es equa\u00e7\u00f5es "
          "\u00e1lgebra geometria hist\u00f3ria revolu\u00e7\u00e3o clima ecossistema "
          "c\u00e9lula biologia qu\u00edmica \u00e1tomos eletricidade for\u00e7as movimento "
          "planeta leitura escrita gram\u00e1tica poesia democracia economia m\u00fasica arte "
          "sa\u00fade exerc\u00edcio aula curso projeto alunos professores".split(),
    "pl": "cykl woda energia fotosynteza u\u0142amki r\u00f3wnania algebra geometria historia "
          "rewolucja klimat kom\u00f3rka biologia chemia atomy elektryczno\u015b\u0107 si\u0142y "
          "ruch planeta czytanie pisanie gramatyka poezja demokracja ekonomia muzyka".split(),
    "sv": "vattnets kretslopp energi fotosyntes br\u00e5k ekvationer algebra geometri historia "
          "revolution klimat ekosystem cell biologi kemi atomer elektricitet krafter "
          "r\u00f6relse planet l\u00e4sning skrivning grammatik poesi demokrati ekonomi".split(),
}

SUBJECTS = ["Mathematics", "Biology", "Chemistry", "Physics", "History", "Geography",
            "German", "English", "French", "Spanish", "Computer science", "Economics",
            "Music", "Art", "Physical education", "Ethics", "Politics", "Media education",
            "Environmental education", "Religion", "Philosophy", "Engineering", "Medicine",
            "Psychology", "Pedagogy"]
TYPES = ["worksheet", "video", "text", "lesson plan", "interactive", "image", "audio",
         "simulation", "assessment", "course", "presentation", "Text", "MovingImage"]
FORMATS = ["text/html", "application/pdf", "video/mp4", "image/png", "audio/mpeg",
           "application/vnd.openxmlformats-officedocument.presentationml.presentation"]
FIRST = ["Anna", "Ben", "Clara", "David", "Elif", "Felix", "Greta", "Hugo", "Ines", "Jonas",
         "Katrin", "Lukas", "Marie", "Noah", "Olga", "Paul", "Rosa", "Samir", "Tina", "Yusuf",
         "Marta", "Pierre", "Luc\u00eda", "Jan", "Sofia"]
LAST = ["M\u00fcller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
        "Becker", "Dubois", "Martin", "Garc\u00eda", "Rossi", "de Vries", "Silva", "Kowalski",
        "Johansson", "Smith", "Jones", "Brown", "Taylor", "Nguyen", "Yilmaz", "Novak"]
PUBLISHERS = ["Open School Network", "Universit\u00e4t Beispielstadt", "Example University",
              "Landesbildungsserver", "OER Commons Europe", "Zentrale f\u00fcr Unterrichtsmedien",
              "Acad\u00e9mie de Lyon", "Universidad Abierta", "Open Textbook Collective"]
HOSTS = ["oer.example.org", "www.example-university.edu", "materials.schule.example",
         "repository.example.net", "media.example.org"]

# Beside each language's common words, a long tail: 20,000 made-up words a language drawn with
# Zipf weights, so that, as in real descriptions, most words are rare and the full-text index has
# a realistic vocabulary (a term matches a small share of the catalogue, not a third of it).
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "ba", "di", "fe", "go", "hu", "ji",
             "pa", "qu", "ri", "so", "tu", "xe", "ze", "an", "er", "is", "on", "ur", "ch", "st"]
TAIL_SIZE = 20_000


def tail_words(key):
    rng = random.Random(key)
    seen, out = set(), []
    while len(out) < TAIL_SIZE:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 5)))
        if word not in seen:
            seen.add(word)
            out.append(word)
    return out


TAIL = {key: tail_words(key) for key in WORDS}
TAIL_CUM = []
_total = 0.0
for rank in range(1, TAIL_SIZE + 1):
    _total += 1.0 / rank
    TAIL_CUM.append(_total)

LICENCE_WEIGHTS = [w for w, _ in LICENCES]
LANGUAGE_WEIGHTS = [w for w, _, _ in LANGUAGES]


def identifier(n):
    return f"oai:bench.oerdex.test:res-{n:07d}"


def record_url(n):
    # About 2 % of records share the URL of the record before them: one resource, two records.
    target = n - 1 if n % 50 == 7 and n > 0 else n
    host = HOSTS[target % len(HOSTS)]
    return f"https://{host}/resources/{target:07d}"


def base_datestamp(rng):
    return "20%02d-%02d-%02dT%02d:%02d:%02dZ" % (
        rng.randint(18, 24), rng.randint(1, 12), rng.randint(1, 28),
        rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def words(rng, key, k):
    """k words: about two in three from the common list, the rest from the Zipf tail."""
    common = rng.choices(WORDS[key], k=k)
    rare = rng.choices(TAIL[key], cum_weights=TAIL_CUM, k=k)
    return " ".join(c if rng.random() < 0.65 else r for c, r in zip(common, rare))


def content(n, rng, revision=0):
    """The metadata fields of record `n` (revision > 0: a changed version of it)."""
    _, forms, key = rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0]
    title = words(rng, key, rng.randint(3, 7)).capitalize()
    if revision:
        title += f" (revised {revision})"
    desc_words = rng.randint(25, 45)
    description = words(rng, key, desc_words).capitalize() + "."
    if n % 5 == 0:
        description = f"<p>{description}</p>"  # HTML in descriptions, as real repositories do
    return {
        "title": title,
        "creators": [f"{rng.choice(LAST)}, {rng.choice(FIRST)}"
                     for _ in range(rng.randint(1, 3))],
        "subjects": rng.sample(SUBJECTS, rng.randint(1, 3)),
        "keywords": rng.sample(WORDS[key], rng.randint(2, 5)),
        "description": description,
        "publisher": rng.choice(PUBLISHERS),
        "date": f"20{rng.randint(10, 24):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "type": rng.choice(TYPES),
        "format": rng.choice(FORMATS),
        "url": record_url(n),
        "language": rng.choice(forms),
        "rights": rng.choices(LICENCES, LICENCE_WEIGHTS)[0][1],
        "level": rng.choice(["primary school", "secondary school", "higher education",
                             "vocational education"]),
    }


def oai_dc(c):
    e = escape
    parts = ['<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
             'xmlns:dc="http://purl.org/dc/elements/1.1/" '
             'xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ '
             'http://www.openarchives.org/OAI/2.0/oai_dc.xsd">',
             f"<dc:title>{e(c['title'])}</dc:title>"]
    parts += [f"<dc:creator>{e(x)}</dc:creator>" for x in c["creators"]]
    parts += [f"<dc:subject>{e(x)}</dc:subject>" for x in c["subjects"]]
    parts.append(f"<dc:subject>{e('; '.join(c['keywords']))}</dc:subject>")
    parts.append(f"<dc:description>{e(c['description'])}</dc:description>")
    parts.append(f"<dc:publisher>{e(c['publisher'])}</dc:publisher>")
    parts.append(f"<dc:date>{c['date']}</dc:date>")
    parts.append(f"<dc:type>{e(c['type'])}</dc:type>")
    parts.append(f"<dc:format>{e(c['format'])}</dc:format>")
    parts.append(f"<dc:identifier>{e(c['url'])}</dc:identifier>")
    parts.append(f"<dc:language>{e(c['language'])}</dc:language>")
    parts += [f"<dc:rights>{e(x)}</dc:rights>" for x in c["rights"]]
    parts.append("</oai_dc:dc>")
    return "".join(parts)


def lom(c):
    e = escape
    lang = e(c["language"])

    def ls(text):
        return f'<string language="{lang}">{e(text)}</string>'

    def vocab(value):
        return f"<source>LOMv1.0</source><value>{e(value)}</value>"

    parts = ['<lom xmlns="http://ltsc.ieee.org/xsd/LOM" '
             'xsi:schemaLocation="http://ltsc.ieee.org/xsd/LOM '
             'http://ltsc.ieee.org/xsd/lomv1.0/lom.xsd"><general>',
             f"<identifier><catalog>URI</catalog><entry>{e(c['url'])}</entry></identifier>",
             f"<title>{ls(c['title'])}</title><language>{lang}</language>",
             f"<description>{ls(c['description'])}</description>"]
    parts += [f"<keyword>{ls(k)}</keyword>" for k in c["keywords"]]
    parts.append("</general><lifeCycle>")
    for creator in c["creators"]:
        parts.append(f"<contribute><role>{vocab('author')}</role><entity><![CDATA[BEGIN:VCARD\n"
                     f"VERSION:3.0\nFN:{creator}\nEND:VCARD]]></entity></contribute>")
    parts.append(f"<contribute><role>{vocab('publisher')}</role><entity><![CDATA[BEGIN:VCARD\n"
                 f"VERSION:3.0\nFN:{c['publisher']}\nEND:VCARD]]></entity>"
                 f"<date><dateTime>{c['date']}</dateTime></date></contribute>")
    parts.append(f"</lifeCycle><technical><format>{e(c['format'])}</format>"
                 f"<location>{e(c['url'])}</location></technical><educational>"
                 f"<learningResourceType>{vocab(c['type'])}</learningResourceType>"
                 f"<context>{vocab(c['level'])}</context></educational><rights>"
                 f"<copyrightAndOtherRestrictions>{vocab('yes')}</copyrightAndOtherRestrictions>")
    for statement in c["rights"][:1]:
        parts.append(f"<description>{ls(statement)}</description>")
    parts.append("</rights>")
    for subject in c["subjects"]:
        parts.append(f"<classification><purpose>{vocab('discipline')}</purpose><taxonPath>"
                     f"<source>{ls('Subjects')}</source><taxon><entry>{ls(subject)}</entry>"
                     "</taxon></taxonPath></classification>")
    parts.append("</lom>")
    return "".join(parts)


def render_record(n, datestamp, metadata_format, rng, revision=0, deleted=False):
    sets = SETS[n % len(SETS)][0]
    if deleted:
        return (f'<record><header status="deleted"><identifier>{identifier(n)}</identifier>'
                f"<datestamp>{datestamp}</datestamp><setSpec>{sets}</setSpec></header></record>")
    c = content(n, rng, revision)
    body = oai_dc(c) if metadata_format == "oai_dc" else lom(c)
    return (f"<record><header><identifier>{identifier(n)}</identifier>"
            f"<datestamp>{datestamp}</datestamp><setSpec>{sets}</setSpec></header>"
            f"<metadata>{body}</metadata></record>")


def envelope(metadata_format, response_date, records, token, total, cursor, request_args=""):
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<OAI-PMH xmlns="{OAI_NS}" '
            f'xmlns:xsi="{XSI_NS}" xsi:schemaLocation="{OAI_NS} '
            'http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">'
            f"<responseDate>{response_date}</responseDate>"
            f'<request verb="ListRecords"{request_args}>{BASE_URL}</request><ListRecords>')
    if token:
        tail = (f'<resumptionToken completeListSize="{total}" cursor="{cursor}">{token}'
                "</resumptionToken>")
    else:
        tail = f'<resumptionToken completeListSize="{total}" cursor="{cursor}"/>'
    return head + "".join(records) + tail + "</ListRecords></OAI-PMH>\n"


def full_page(job):
    """Renders page `page` (1-based) of the full list."""
    out, page, per_page, total, metadata_format, seed = job
    start = (page - 1) * per_page
    end = min(start + per_page, total)
    records = []
    for n in range(start, end):
        rng = random.Random(seed * 1_000_003 + n)
        deleted = n % 97 == 13  # about 1 % deletions
        records.append(render_record(n, base_datestamp(rng), metadata_format, rng,
                                     deleted=deleted))
    last = end >= total
    token = "" if last else f"p{page + 1:05d}"
    args = "" if page > 1 else f' metadataPrefix="{metadata_format}"'
    text = envelope(metadata_format, FULL_RESPONSE_DATE, records, token, total, start, args)
    with open(os.path.join(out, "pages", f"p{page:05d}.xml"), "w", encoding="utf-8") as f:
        f.write(text)
    return end - start


def delta_records(total, delta, metadata_format, seed):
    """The changed records: mostly updates spread over the list, some deletions, some new."""
    deletions = delta * 3 // 100
    new = delta * 2 // 100
    updates = delta - deletions - new
    step = max(1, total // max(1, updates + deletions))
    changed = [(i * step + 3) % total for i in range(updates + deletions)]
    records = []
    for i, n in enumerate(changed):
        rng = random.Random(seed * 7_000_003 + n)
        deleted = i >= updates
        records.append(render_record(n, DELTA_DATESTAMP, metadata_format, rng, revision=1,
                                     deleted=deleted))
    for n in range(total, total + new):
        rng = random.Random(seed * 1_000_003 + n)
        records.append(render_record(n, DELTA_DATESTAMP, metadata_format, rng))
    return records, {"updated": updates, "deleted": deletions, "new": new}


def write_static(out, metadata_format):
    ns = f'<OAI-PMH xmlns="{OAI_NS}">'
    head = f'<?xml version="1.0" encoding="UTF-8"?>\n{ns}<responseDate>{FULL_RESPONSE_DATE}</responseDate>'
    identify = (head + f'<request verb="Identify">{BASE_URL}</request><Identify>'
                "<repositoryName>oerdex benchmark catalogue</repositoryName>"
                f"<baseURL>{BASE_URL}</baseURL><protocolVersion>2.0</protocolVersion>"
                "<adminEmail>bench@example.org</adminEmail>"
                "<earliestDatestamp>2018-01-01T00:00:00Z</earliestDatestamp>"
                "<deletedRecord>persistent</deletedRecord>"
                "<granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify></OAI-PMH>\n")
    if metadata_format == "oai_dc":
        formats = [("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
                    "http://www.openarchives.org/OAI/2.0/oai_dc/")]
    else:
        formats = [("lom", "http://ltsc.ieee.org/xsd/lomv1.0/lom.xsd",
                    "http://ltsc.ieee.org/xsd/LOM")]
    listed = "".join(f"<metadataFormat><metadataPrefix>{p}</metadataPrefix><schema>{s}</schema>"
                     f"<metadataNamespace>{n}</metadataNamespace></metadataFormat>"
                     for p, s, n in formats)
    formats_xml = (head + f'<request verb="ListMetadataFormats">{BASE_URL}</request>'
                   f"<ListMetadataFormats>{listed}</ListMetadataFormats></OAI-PMH>\n")
    sets = "".join(f"<set><setSpec>{s}</setSpec><setName>{n}</setName></set>" for s, n in SETS)
    sets_xml = (head + f'<request verb="ListSets">{BASE_URL}</request>'
                f"<ListSets>{sets}</ListSets></OAI-PMH>\n")
    for name, text in [("identify.xml", identify), ("formats.xml", formats_xml),
                       ("sets.xml", sets_xml)]:
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True)
    parser.add_argument("--records", type=int, required=True)
    parser.add_argument("--format", choices=["oai_dc", "lom"], default="oai_dc")
    parser.add_argument("--per-page", type=int, default=500)
    parser.add_argument("--delta", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    wanted = {"records": args.records, "format": args.format, "per_page": args.per_page,
              "delta": args.delta, "seed": args.seed, "generator": 2}
    manifest = os.path.join(args.out, "catalogue.json")
    try:
        with open(manifest, encoding="utf-8") as f:
            if {k: v for k, v in json.load(f).items() if k in wanted} == wanted:
                print(f"{args.out}: already generated", file=sys.stderr)
                return
    except (OSError, ValueError):
        pass

    os.makedirs(os.path.join(args.out, "pages"), exist_ok=True)
    for name in os.listdir(os.path.join(args.out, "pages")):
        os.remove(os.path.join(args.out, "pages", name))
    write_static(args.out, args.format)

    pages = (args.records + args.per_page - 1) // args.per_page
    jobs = [(args.out, p, args.per_page, args.records, args.format, args.seed)
            for p in range(1, pages + 1)]
    with multiprocessing.Pool(args.jobs) as pool:
        written = sum(pool.imap_unordered(full_page, jobs, chunksize=8))

    records, delta_counts = delta_records(args.records, args.delta, args.format, args.seed)
    delta_pages = (len(records) + args.per_page - 1) // args.per_page
    for p in range(1, delta_pages + 1):
        chunk = records[(p - 1) * args.per_page: p * args.per_page]
        token = f"d{p + 1:05d}" if p < delta_pages else ""
        args_attr = f' metadataPrefix="{args.format}" from="2024-12-31T00:00:00Z"' if p == 1 else ""
        text = envelope(args.format, DELTA_RESPONSE_DATE, chunk, token, len(records),
                        (p - 1) * args.per_page, args_attr)
        with open(os.path.join(args.out, "pages", f"d{p:05d}.xml"), "w", encoding="utf-8") as f:
            f.write(text)

    size = sum(os.path.getsize(os.path.join(args.out, "pages", f"p{p:05d}.xml"))
               for p in range(1, pages + 1))
    summary = dict(wanted, pages=pages, records_written=written,
                   deletions=sum(1 for n in range(args.records) if n % 97 == 13),
                   list_bytes=size, bytes_per_record=round(size / max(1, written)),
                   delta_records=len(records), delta_counts=delta_counts)
    with open(manifest, "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1)
    print(json.dumps(summary), file=sys.stderr)


if __name__ == "__main__":
    main()
