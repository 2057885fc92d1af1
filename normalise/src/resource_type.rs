//! Resource types: the values records give (`dc:type`, LOM and LRMI `learningResourceType`,
//! DataCite `resourceTypeGeneral`, vocabulary URIs) mapped onto one list of concepts.
//!
//! Repositories put many things in their type fields: learning resource types (`Arbeitsblatt`,
//! `exercise`, an HCRT URI), DCMI types (`Text`, `MovingImage`), repository genres (`Article`,
//! `info:eu-repo/semantics/bachelorThesis`, `doc-type:article`, `Dissertação`) and things that are
//! no type at all (`Nacional`, `NTSC`, `info:eu-repo/semantics/other`). The type facet shows only
//! [`Concept`]s: the Higher Education Resource Types (HCRT, the vocabulary AMB names), the COAR
//! genres a repository uses for scholarly works, and the DCMI types neither covers. A value that
//! maps to none is kept in its record as written, but is not faceted.

/// A resource type oerdex knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Concept {
    /// The facet value and filter term: an English label in lower case (`lesson plan`).
    pub label: &'static str,
    /// The concept's IRI in its vocabulary (HCRT, COAR or DCMI).
    pub iri: &'static str,
    /// The German label.
    pub label_de: &'static str,
}

/// Every resource type, in the order facets list ties: HCRT, then COAR genres, then DCMI types.
pub const CONCEPTS: &[Concept] = &[
    Concept {
        label: "software",
        iri: "https://w3id.org/kim/hcrt/application",
        label_de: "Softwareanwendung",
    },
    Concept {
        label: "assessment",
        iri: "https://w3id.org/kim/hcrt/assessment",
        label_de: "Lernkontrolle",
    },
    Concept {
        label: "audio",
        iri: "https://w3id.org/kim/hcrt/audio",
        label_de: "Audio",
    },
    Concept {
        label: "case study",
        iri: "https://w3id.org/kim/hcrt/case_study",
        label_de: "Fallstudie",
    },
    Concept {
        label: "course",
        iri: "https://w3id.org/kim/hcrt/course",
        label_de: "Kurs",
    },
    Concept {
        label: "data",
        iri: "https://w3id.org/kim/hcrt/data",
        label_de: "Daten",
    },
    Concept {
        label: "diagram",
        iri: "https://w3id.org/kim/hcrt/diagram",
        label_de: "Diagramm",
    },
    Concept {
        label: "exercise",
        iri: "https://w3id.org/kim/hcrt/drill_and_practice",
        label_de: "Übung",
    },
    Concept {
        label: "game",
        iri: "https://w3id.org/kim/hcrt/educational_game",
        label_de: "Lernspiel",
    },
    Concept {
        label: "experiment",
        iri: "https://w3id.org/kim/hcrt/experiment",
        label_de: "Experiment",
    },
    Concept {
        label: "image",
        iri: "https://w3id.org/kim/hcrt/image",
        label_de: "Abbildung",
    },
    Concept {
        label: "reference work",
        iri: "https://w3id.org/kim/hcrt/index",
        label_de: "Nachschlagewerk",
    },
    Concept {
        label: "lesson plan",
        iri: "https://w3id.org/kim/hcrt/lesson_plan",
        label_de: "Unterrichtsplanung",
    },
    Concept {
        label: "map",
        iri: "https://w3id.org/kim/hcrt/map",
        label_de: "Karte",
    },
    Concept {
        label: "web portal",
        iri: "https://w3id.org/kim/hcrt/portal",
        label_de: "Portal",
    },
    Concept {
        label: "questionnaire",
        iri: "https://w3id.org/kim/hcrt/questionnaire",
        label_de: "Fragebogen",
    },
    Concept {
        label: "script",
        iri: "https://w3id.org/kim/hcrt/script",
        label_de: "Skript",
    },
    Concept {
        label: "sheet music",
        iri: "https://w3id.org/kim/hcrt/sheet_music",
        label_de: "Musiknoten",
    },
    Concept {
        label: "simulation",
        iri: "https://w3id.org/kim/hcrt/simulation",
        label_de: "Simulation",
    },
    Concept {
        label: "presentation",
        iri: "https://w3id.org/kim/hcrt/slide",
        label_de: "Präsentation",
    },
    Concept {
        label: "text",
        iri: "https://w3id.org/kim/hcrt/text",
        label_de: "Textdokument",
    },
    Concept {
        label: "textbook",
        iri: "https://w3id.org/kim/hcrt/textbook",
        label_de: "Lehrbuch",
    },
    Concept {
        label: "video",
        iri: "https://w3id.org/kim/hcrt/video",
        label_de: "Video",
    },
    Concept {
        label: "web page",
        iri: "https://w3id.org/kim/hcrt/web_page",
        label_de: "Webseite",
    },
    Concept {
        label: "worksheet",
        iri: "https://w3id.org/kim/hcrt/worksheet",
        label_de: "Arbeitsmaterial",
    },
    Concept {
        label: "article",
        iri: "http://purl.org/coar/resource_type/c_6501",
        label_de: "Artikel",
    },
    Concept {
        label: "book",
        iri: "http://purl.org/coar/resource_type/c_2f33",
        label_de: "Buch",
    },
    Concept {
        label: "book chapter",
        iri: "http://purl.org/coar/resource_type/c_3248",
        label_de: "Buchkapitel",
    },
    Concept {
        label: "thesis",
        iri: "http://purl.org/coar/resource_type/c_46ec",
        label_de: "Abschlussarbeit",
    },
    Concept {
        label: "report",
        iri: "http://purl.org/coar/resource_type/c_93fc",
        label_de: "Bericht",
    },
    Concept {
        label: "conference paper",
        iri: "http://purl.org/coar/resource_type/c_c94f",
        label_de: "Konferenzbeitrag",
    },
    Concept {
        label: "preprint",
        iri: "http://purl.org/coar/resource_type/c_816b",
        label_de: "Preprint",
    },
    Concept {
        label: "working paper",
        iri: "http://purl.org/coar/resource_type/c_8042",
        label_de: "Arbeitspapier",
    },
    Concept {
        label: "lecture",
        iri: "http://purl.org/coar/resource_type/c_8544",
        label_de: "Vorlesung",
    },
    Concept {
        label: "interactive resource",
        iri: "http://purl.org/dc/dcmitype/InteractiveResource",
        label_de: "Interaktive Ressource",
    },
    Concept {
        label: "collection",
        iri: "http://purl.org/dc/dcmitype/Collection",
        label_de: "Sammlung",
    },
    Concept {
        label: "event",
        iri: "http://purl.org/dc/dcmitype/Event",
        label_de: "Veranstaltung",
    },
];

/// Terms (folded: lower case, no accents, words separated by one space) and the concept label
/// each means. Vocabulary URIs are reduced to their last segment before the lookup, and camel
/// case is split (`JournalArticle`), so DCMI, DataCite, COAR, info:eu-repo, DINI `doc-type`,
/// HCRT, ScoLOMfr and LOM terms are all found here.
const TERMS: &[(&str, &str)] = &[
    // HCRT identifiers and labels, and learning resource types in many languages.
    ("application", "software"),
    ("software", "software"),
    ("software application", "software"),
    ("computational notebook", "software"),
    ("source code", "software"),
    ("research software", "software"),
    ("app", "software"),
    ("assessment", "assessment"),
    ("self assessment", "assessment"),
    ("exam", "assessment"),
    ("examen", "assessment"),
    ("exame", "assessment"),
    ("test", "assessment"),
    ("quiz", "assessment"),
    ("lernkontrolle", "assessment"),
    ("prufung", "assessment"),
    ("evaluation", "assessment"),
    ("evaluacion", "assessment"),
    ("avaliacao", "assessment"),
    ("valutazione", "assessment"),
    ("audio", "audio"),
    ("sound", "audio"),
    ("audio recording", "audio"),
    ("podcast", "audio"),
    ("tonaufnahme", "audio"),
    ("case study", "case study"),
    ("fallstudie", "case study"),
    ("estudo de caso", "case study"),
    ("estudio de caso", "case study"),
    ("etude de cas", "case study"),
    ("course", "course"),
    ("kurs", "course"),
    ("lernkurs", "course"),
    ("curso", "course"),
    ("cours", "course"),
    ("corso", "course"),
    ("module", "course"),
    ("unit of instruction", "course"),
    ("mooc", "course"),
    ("data", "data"),
    ("dataset", "data"),
    ("daten", "data"),
    ("datensatz", "data"),
    ("conjunto de datos", "data"),
    ("dados", "data"),
    ("table", "data"),
    ("diagram", "diagram"),
    ("diagramm", "diagram"),
    ("grafik", "diagram"),
    ("graph", "diagram"),
    ("chart", "diagram"),
    ("infographic", "diagram"),
    ("diagrama", "diagram"),
    ("drill and practice", "exercise"),
    ("exercise", "exercise"),
    ("problem set", "exercise"),
    ("problem statement", "exercise"),
    ("ubung", "exercise"),
    ("ubungsaufgabe", "exercise"),
    ("aufgabe", "exercise"),
    ("exercice", "exercise"),
    ("ejercicio", "exercise"),
    ("exercicio", "exercise"),
    ("esercizio", "exercise"),
    ("educational game", "game"),
    ("game", "game"),
    ("lernspiel", "game"),
    ("spiel", "game"),
    ("jeu", "game"),
    ("juego", "game"),
    ("jogo", "game"),
    ("experiment", "experiment"),
    ("lab", "experiment"),
    ("experimento", "experiment"),
    ("experience", "experiment"),
    ("image", "image"),
    ("still image", "image"),
    ("picture", "image"),
    ("photograph", "image"),
    ("photo", "image"),
    ("figure", "image"),
    ("abbildung", "image"),
    ("bild", "image"),
    ("imagen", "image"),
    ("imagem", "image"),
    ("immagine", "image"),
    ("index", "reference work"),
    ("reference work", "reference work"),
    ("nachschlagewerk", "reference work"),
    ("encyclopedia", "reference work"),
    ("glossary", "reference work"),
    ("dictionary", "reference work"),
    ("lesson plan", "lesson plan"),
    ("lesson", "lesson plan"),
    ("lesson lesson plan", "lesson plan"),
    ("unterrichtsplanung", "lesson plan"),
    ("unterrichtsentwurf", "lesson plan"),
    ("plan de clase", "lesson plan"),
    ("plan de leccion", "lesson plan"),
    ("plano de aula", "lesson plan"),
    ("fiche pedagogique", "lesson plan"),
    ("sequence pedagogique", "lesson plan"),
    ("map", "map"),
    ("karte", "map"),
    ("mapa", "map"),
    ("carte", "map"),
    ("cartographic material", "map"),
    ("portal", "web portal"),
    ("web portal", "web portal"),
    ("questionnaire", "questionnaire"),
    ("fragebogen", "questionnaire"),
    ("cuestionario", "questionnaire"),
    ("questionario", "questionnaire"),
    ("survey", "questionnaire"),
    ("script", "script"),
    ("skript", "script"),
    ("lecture notes", "script"),
    ("sheet music", "sheet music"),
    ("musiknoten", "sheet music"),
    ("musical notation", "sheet music"),
    ("simulation", "simulation"),
    ("interactive simulation", "simulation"),
    ("simulacion", "simulation"),
    ("simulacao", "simulation"),
    ("simulazione", "simulation"),
    ("slide", "presentation"),
    ("slides", "presentation"),
    ("presentation", "presentation"),
    ("prasentation", "presentation"),
    ("presentacion", "presentation"),
    ("apresentacao", "presentation"),
    ("diaporama", "presentation"),
    ("text", "text"),
    ("texte", "text"),
    ("texto", "text"),
    ("testo", "text"),
    ("textdokument", "text"),
    ("narrative text", "text"),
    ("reading", "text"),
    ("textbook", "textbook"),
    ("textbook chapter", "textbook"),
    ("lehrbuch", "textbook"),
    ("schulbuch", "textbook"),
    ("libro de texto", "textbook"),
    ("livro didatico", "textbook"),
    ("manuel", "textbook"),
    ("manuale", "textbook"),
    ("open textbook", "textbook"),
    ("video", "video"),
    ("moving image", "video"),
    ("audiovisual", "video"),
    ("film", "video"),
    ("animation", "video"),
    ("animacao", "video"),
    ("web page", "web page"),
    ("webpage", "web page"),
    ("website", "web page"),
    ("webseite", "web page"),
    ("pagina web", "web page"),
    ("worksheet", "worksheet"),
    ("arbeitsblatt", "worksheet"),
    ("arbeitsmaterial", "worksheet"),
    ("handout", "worksheet"),
    ("hoja de trabajo", "worksheet"),
    ("ficha de trabalho", "worksheet"),
    ("fiche d exercices", "worksheet"),
    // Scholarly genres (COAR, info:eu-repo, DINI doc-type, DataCite, repository words).
    ("article", "article"),
    ("journal article", "article"),
    ("research article", "article"),
    ("review article", "article"),
    ("data paper", "article"),
    ("contribution to periodical", "article"),
    ("artigo", "article"),
    ("articulo", "article"),
    ("artikel", "article"),
    ("articolo", "article"),
    ("book", "book"),
    ("livro", "book"),
    ("libro", "book"),
    ("livre", "book"),
    ("buch", "book"),
    ("book part", "book chapter"),
    ("book chapter", "book chapter"),
    ("chapter", "book chapter"),
    ("capitulo de livro", "book chapter"),
    ("capitulo de libro", "book chapter"),
    ("buchkapitel", "book chapter"),
    ("thesis", "thesis"),
    ("bachelor thesis", "thesis"),
    ("master thesis", "thesis"),
    ("doctoral thesis", "thesis"),
    ("dissertation", "thesis"),
    ("dissertacao", "thesis"),
    ("dissertacao de mestrado", "thesis"),
    ("tese", "thesis"),
    ("tesis", "thesis"),
    ("these", "thesis"),
    ("tesi", "thesis"),
    ("tcc", "thesis"),
    ("trabalho de conclusao de curso", "thesis"),
    ("abschlussarbeit", "thesis"),
    ("report", "report"),
    ("reports", "report"),
    ("technical report", "report"),
    ("research report", "report"),
    ("technical documentation", "report"),
    ("relatorio", "report"),
    ("informe", "report"),
    ("rapport", "report"),
    ("bericht", "report"),
    ("conference object", "conference paper"),
    ("conference output", "conference paper"),
    ("conference paper", "conference paper"),
    ("conference poster", "conference paper"),
    ("conference proceedings", "conference paper"),
    ("conference proceeding", "conference paper"),
    ("resumo publicado em evento", "conference paper"),
    ("trabalho completo publicado em evento", "conference paper"),
    ("trabalho apresentado em evento", "conference paper"),
    ("preprint", "preprint"),
    ("pre print", "preprint"),
    ("working paper", "working paper"),
    ("lecture", "lecture"),
    ("inaugural address", "lecture"),
    ("vorlesung", "lecture"),
    ("aula", "lecture"),
    // DCMI types no vocabulary above covers.
    ("interactive resource", "interactive resource"),
    ("collection", "collection"),
    ("event", "event"),
];

impl Concept {
    /// The concept with this label (the facet value), if any.
    pub fn by_label(label: &str) -> Option<&'static Concept> {
        CONCEPTS.iter().find(|c| c.label == label)
    }

    /// The concept a value as written means, if any (see the module docs).
    pub fn of(value: &str) -> Option<&'static Concept> {
        let value = value.trim();
        if value.is_empty() || value.len() > 200 {
            return None;
        }
        if let Some(concept) = CONCEPTS.iter().find(|c| c.iri.eq_ignore_ascii_case(value)) {
            return Some(concept);
        }
        let term = fold(last_segment(value));
        TERMS
            .iter()
            .find(|(t, _)| *t == term)
            .and_then(|(_, label)| Concept::by_label(label))
    }
}

/// The facet label of a type value as written, if oerdex knows the type.
pub fn normalize(value: &str) -> Option<&'static str> {
    Concept::of(value).map(|c| c.label)
}

/// The last segment of a vocabulary URI or code (`info:eu-repo/semantics/article`, `doc-type:
/// article`, `https://w3id.org/kim/hcrt/worksheet`, `http://x/concept/simulation`); other values
/// as they are.
fn last_segment(value: &str) -> &str {
    let is_code = value.contains("://")
        || value.starts_with("info:")
        || value.starts_with("doc-type:")
        || value.starts_with("urn:");
    if !is_code {
        return value;
    }
    let trimmed = value.trim_end_matches(['/', '#']);
    trimmed.rsplit(['/', '#', ':']).next().unwrap_or(trimmed)
}

/// Lower case, accents removed, camel case split, and `_ - / . ,` as word breaks:
/// `JournalArticle` → `journal article`, `Lesson/Lesson Plan` → `lesson lesson plan`,
/// `Dissertação` → `dissertacao`.
fn fold(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut previous_lower = false;
    for c in value.chars() {
        if c.is_uppercase() && previous_lower {
            out.push(' ');
        }
        previous_lower = c.is_lowercase();
        if matches!(c, '_' | '-' | '/' | '.' | ',' | '\'' | '’') || c.is_whitespace() {
            out.push(' ');
            continue;
        }
        for lower in c.to_lowercase() {
            out.push(match lower {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
                'é' | 'è' | 'ê' | 'ë' => 'e',
                'í' | 'ì' | 'î' | 'ï' => 'i',
                'ó' | 'ò' | 'ô' | 'õ' | 'ö' => 'o',
                'ú' | 'ù' | 'û' | 'ü' => 'u',
                'ç' => 'c',
                'ñ' => 'n',
                c => c,
            });
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_term_names_a_concept_and_every_iri_is_in_its_vocabulary() {
        for (term, label) in TERMS {
            assert!(Concept::by_label(label).is_some(), "{term} → {label}");
            assert_eq!(fold(term), *term, "terms are written folded: {term}");
        }
        for concept in CONCEPTS {
            assert!(
                [
                    "https://w3id.org/kim/hcrt/",
                    "http://purl.org/coar/resource_type/",
                    "http://purl.org/dc/dcmitype/"
                ]
                .iter()
                .any(|b| concept.iri.starts_with(b)),
                "{}",
                concept.iri
            );
            assert_eq!(normalize(concept.label), Some(concept.label));
            assert_eq!(normalize(concept.iri), Some(concept.label));
        }
    }

    #[test]
    fn maps_vocabularies_and_repository_words() {
        for (value, label) in [
            ("https://w3id.org/kim/hcrt/worksheet", "worksheet"),
            (
                "http://data.education.fr/voc/scolomfr/concept/simulation",
                "simulation",
            ),
            ("info:eu-repo/semantics/article", "article"),
            ("info:eu-repo/semantics/bachelorThesis", "thesis"),
            ("info:eu-repo/semantics/lecture", "lecture"),
            ("doc-type:article", "article"),
            ("JournalArticle", "article"),
            ("Dataset", "data"),
            ("MovingImage", "video"),
            ("StillImage", "image"),
            ("InteractiveResource", "interactive resource"),
            ("Text", "text"),
            ("texte", "text"),
            ("narrative_text", "text"),
            ("Dissertação", "thesis"),
            ("TCC", "thesis"),
            ("Resumo publicado em evento", "conference paper"),
            (
                "Trabalho completo publicado em\n\t\tevento",
                "conference paper",
            ),
            ("Book chapter", "book chapter"),
            ("Working Paper", "working paper"),
            ("Lesson/Lesson Plan", "lesson plan"),
            ("Problem Set", "exercise"),
            ("Arbeitsblatt", "worksheet"),
            ("textbook chapter", "textbook"),
            ("Unit of Instruction", "course"),
        ] {
            assert_eq!(normalize(value), Some(label), "{value}");
        }
    }

    #[test]
    fn values_that_are_not_types_are_not_faceted() {
        for value in [
            "Nacional",
            "Estrangeiro",
            "NTSC",
            "N/T",
            "Other",
            "info:eu-repo/semantics/other",
            "Instructional Material",
            "",
            "printed serial",
        ] {
            assert_eq!(normalize(value), None, "{value}");
        }
    }
}
