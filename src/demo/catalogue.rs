//! The demo's sample repositories: a few hundred OER records generated here, deterministically,
//! realistic in what matters to oerdex: licences written in the many ways real metadata writes
//! them, several languages (including right-to-left Arabic), oai_dc and IEEE LOM, sets, deleted
//! records, resources held by both repositories (which oerdex merges), and accessibility
//! statements on some (captions, transcripts, alternative text, sign language, hazards).

/// One record of a sample repository.
#[derive(Debug, Clone)]
pub struct DemoRecord {
    /// OAI identifier.
    pub identifier: String,
    /// Datestamp in the repository's granularity.
    pub datestamp: String,
    /// setSpecs.
    pub sets: Vec<String>,
    /// Deleted at the repository.
    pub deleted: bool,
    /// The metadata element (without the OAI envelope).
    pub metadata: String,
}

/// A sample repository.
#[derive(Debug, Clone)]
pub struct DemoRepository {
    /// Repository name for Identify.
    pub name: &'static str,
    /// The one metadata prefix it serves.
    pub prefix: &'static str,
    /// Namespace and schema of that format.
    pub namespace: &'static str,
    /// Schema URL.
    pub schema: &'static str,
    /// `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ssZ`.
    pub granularity: &'static str,
    /// `no`, `transient` or `persistent`.
    pub deleted_record: &'static str,
    /// (setSpec, setName).
    pub sets: Vec<(&'static str, &'static str)>,
    /// Records, oldest datestamp first.
    pub records: Vec<DemoRecord>,
}

/// A topic: subject, English title, translations as (language, title).
type Topic = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

/// The topics of the sample material.
const TOPICS: &[Topic] = &[
    (
        "Mathematics",
        "Fractions",
        &[
            ("de", "Brüche"),
            ("fr", "Les fractions"),
            ("es", "Fracciones"),
            ("sw", "Sehemu"),
            ("ar", "الكسور"),
        ],
    ),
    (
        "Mathematics",
        "Linear equations",
        &[
            ("de", "Lineare Gleichungen"),
            ("fr", "Équations linéaires"),
            ("es", "Ecuaciones lineales"),
            ("pt", "Equações lineares"),
        ],
    ),
    (
        "Mathematics",
        "Probability",
        &[
            ("de", "Wahrscheinlichkeit"),
            ("fr", "Probabilités"),
            ("pt", "Probabilidade"),
            ("ar", "الاحتمالات"),
        ],
    ),
    (
        "Biology",
        "Photosynthesis",
        &[
            ("de", "Fotosynthese"),
            ("fr", "La photosynthèse"),
            ("es", "Fotosíntesis"),
            ("sw", "Usanisinuru"),
        ],
    ),
    (
        "Biology",
        "The cell",
        &[
            ("de", "Die Zelle"),
            ("fr", "La cellule"),
            ("pt", "A célula"),
            ("es", "La célula"),
        ],
    ),
    (
        "Geography",
        "The water cycle",
        &[
            ("de", "Der Wasserkreislauf"),
            ("fr", "Le cycle de l'eau"),
            ("sw", "Mzunguko wa maji"),
            ("ar", "دورة الماء"),
        ],
    ),
    (
        "Geography",
        "Plate tectonics",
        &[
            ("de", "Plattentektonik"),
            ("es", "Tectónica de placas"),
            ("pt", "Tectônica de placas"),
        ],
    ),
    (
        "Physics",
        "Electric circuits",
        &[
            ("de", "Elektrische Stromkreise"),
            ("fr", "Circuits électriques"),
            ("es", "Circuitos eléctricos"),
        ],
    ),
    (
        "Physics",
        "Newton's laws of motion",
        &[
            ("de", "Newtonsche Gesetze"),
            ("fr", "Les lois de Newton"),
            ("pt", "Leis de Newton"),
        ],
    ),
    (
        "History",
        "The Industrial Revolution",
        &[
            ("de", "Die Industrielle Revolution"),
            ("fr", "La révolution industrielle"),
            ("es", "La Revolución Industrial"),
        ],
    ),
    (
        "Computer science",
        "Introduction to programming",
        &[
            ("de", "Einführung in die Programmierung"),
            ("fr", "Introduction à la programmation"),
            ("sw", "Utangulizi wa programu"),
        ],
    ),
    (
        "Climate",
        "Climate change",
        &[
            ("de", "Klimawandel"),
            ("fr", "Le changement climatique"),
            ("es", "El cambio climático"),
            ("ar", "تغير المناخ"),
            ("sw", "Mabadiliko ya tabianchi"),
        ],
    ),
];

/// Kinds of material, with the level they suit.
const KINDS: &[(&str, &str, &str)] = &[
    ("worksheet", "Worksheet", "primary school"),
    ("lesson plan", "Lesson plan", "lower secondary"),
    ("video", "Video", "upper secondary"),
    ("interactive simulation", "Simulation", "lower secondary"),
    ("textbook chapter", "Textbook", "upper secondary"),
    ("quiz", "Assessment", "primary school"),
];

/// Rights statements as real repositories write them (the second item, if any, is a second
/// `dc:rights` value on the same record).
const RIGHTS: &[(&str, Option<&str>)] = &[
    ("https://creativecommons.org/licenses/by/4.0/", None),
    (
        "http://creativecommons.org/licenses/by-sa/4.0/deed.de",
        None,
    ),
    ("CC BY-NC-SA 4.0", None),
    ("https://creativecommons.org/publicdomain/zero/1.0/", None),
    ("Creative Commons Attribution-ShareAlike 3.0 Unported", None),
    (
        "© 2022 Open School Network",
        Some("http://creativecommons.org/licenses/by/3.0/de/"),
    ),
    ("http://creativecommons.org/licenses/by-nd/4.0/", None),
    ("https://creativecommons.org/publicdomain/mark/1.0/", None),
    ("cc-by-nc", None),
    ("© 2021 Example Publishing. All rights reserved.", None),
    (
        "https://creativecommons.org/licenses/by-sa/3.0/de/legalcode",
        None,
    ),
    ("CC-BY-4.0", None),
];

/// URL of the resource described by topic `t` and kind `k`: shared by both repositories for
/// some pairs, so oerdex merges them.
fn resource_url(t: usize, k: usize, lang: &str) -> String {
    format!(
        "https://oer.example.org/{lang}/{}/{}",
        slug(TOPICS[t].1),
        slug(KINDS[k].0)
    )
}

fn slug(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .trim_matches('-')
        .to_string()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The title of topic `t` in `lang`, falling back to English.
fn title_in(t: usize, lang: &str) -> (String, &'static str) {
    let (_, english, translations) = TOPICS[t];
    match translations.iter().find(|(l, _)| *l == lang) {
        Some((l, title)) => (title.to_string(), l),
        None => (english.to_string(), "en"),
    }
}

/// The school repository: oai_dc, seconds granularity, persistent deletions, two sets.
pub fn school_repository() -> DemoRepository {
    let languages = ["en", "de", "fr", "es", "sw", "ar", "pt"];
    let mut records = Vec::new();
    let mut urls = std::collections::HashSet::new();
    let mut n = 0;
    #[allow(clippy::needless_range_loop)] // `t` also names the topic in URLs
    for t in 0..TOPICS.len() {
        for (k, kind) in KINDS.iter().enumerate() {
            for (li, wanted) in languages.iter().enumerate().skip((t + k) % 4).step_by(3) {
                let (title, lang) = title_in(t, wanted);
                if !urls.insert(resource_url(t, k, lang)) {
                    continue;
                }
                n += 1;
                let (rights, second) = RIGHTS[(n * 7 + li) % RIGHTS.len()];
                let mut rights_xml = format!("<dc:rights>{}</dc:rights>", escape(rights));
                if let Some(second) = second {
                    rights_xml.push_str(&format!("<dc:rights>{}</dc:rights>", escape(second)));
                }
                let lang_written = match n % 4 {
                    0 => lang.to_string(),
                    1 => format!("{lang}-{}", lang.to_uppercase()),
                    2 => three_letter(lang).to_string(),
                    _ => lang.to_string(),
                };
                let metadata = format!(
                    r#"<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
  <dc:title>{title} – {kind}</dc:title>
  <dc:creator>{creator}</dc:creator>
  <dc:subject>{subject}</dc:subject>
  <dc:description>&lt;p&gt;{english}: {article} {kind} for {level}, ready to use in class.&lt;/p&gt;</dc:description>
  <dc:publisher>Open School Network</dc:publisher>
  <dc:date>{year}-0{month}-1{day}</dc:date>
  <dc:type>{kind}</dc:type>
  <dc:identifier>{url}</dc:identifier>
  <dc:language>{lang_written}</dc:language>
  {rights_xml}
  <dcterms:educationLevel>{level}</dcterms:educationLevel>{accessibility}
</oai_dc:dc>"#,
                    kind = kind.0,
                    article = if kind.0.starts_with(['a', 'e', 'i', 'o', 'u']) {
                        "an"
                    } else {
                        "a"
                    },
                    creator = CREATORS[n % CREATORS.len()],
                    subject = TOPICS[t].0,
                    english = TOPICS[t].1,
                    level = kind.2,
                    year = 2018 + n % 6,
                    month = 1 + n % 9,
                    day = n % 10,
                    url = resource_url(t, k, lang),
                    accessibility = school_accessibility(kind.0, n),
                );
                let set = if kind.2 == "primary school" {
                    "primary"
                } else {
                    "secondary"
                };
                records.push(DemoRecord {
                    identifier: format!("oai:school.example.org:{n}"),
                    datestamp: format!(
                        "2024-{:02}-{:02}T{:02}:00:00Z",
                        1 + n % 12,
                        1 + n % 28,
                        n % 24
                    ),
                    sets: vec![set.to_string()],
                    deleted: n % 37 == 0,
                    metadata,
                });
            }
        }
    }
    records.sort_by(|a, b| a.datestamp.cmp(&b.datestamp));
    DemoRepository {
        name: "Open School Network (oerdex demo)",
        prefix: "oai_dc",
        namespace: "http://www.openarchives.org/OAI/2.0/oai_dc/",
        schema: "http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
        granularity: "YYYY-MM-DDThh:mm:ssZ",
        deleted_record: "persistent",
        sets: vec![
            ("primary", "Primary school"),
            ("secondary", "Secondary school"),
        ],
        records,
    }
}

/// What a school record says about accessibility, in schema.org terms as LRMI carries them:
/// videos are captioned (most with a transcript), worksheets describe their images, simulations
/// state their hazards; other material says nothing, as most real records do.
fn school_accessibility(kind: &str, n: usize) -> String {
    let property = |name: &str, value: &str| {
        format!("\n  <sdo:{name} xmlns:sdo=\"https://schema.org/\">{value}</sdo:{name}>")
    };
    let mut xml = String::new();
    match kind {
        "video" => {
            xml.push_str(&property("accessibilityFeature", "closedCaptions"));
            if n % 3 != 0 {
                xml.push_str(&property("accessibilityFeature", "transcript"));
            }
            xml.push_str(&property("accessMode", "auditory"));
            xml.push_str(&property("accessMode", "visual"));
            xml.push_str(&property(
                "accessibilitySummary",
                "Closed captions in the language of the video.",
            ));
        }
        "worksheet" if n % 2 == 0 => {
            xml.push_str(&property("accessibilityFeature", "alternativeText"));
            xml.push_str(&property("accessMode", "textual"));
        }
        "interactive simulation" => {
            let hazard = if n % 4 == 0 {
                "flashing"
            } else {
                "noFlashingHazard"
            };
            xml.push_str(&property("accessibilityHazard", hazard));
        }
        _ => {}
    }
    xml
}

const CREATORS: &[&str] = &[
    "Amina Njoroge",
    "Jonas Becker",
    "Claire Dubois",
    "Lucía Fernández",
    "Omar Haddad",
    "Beatriz Souza",
    "Open School Network",
];

fn three_letter(lang: &str) -> &'static str {
    match lang {
        "de" => "ger",
        "fr" => "fre",
        "es" => "spa",
        "sw" => "swa",
        "ar" => "ara",
        "pt" => "por",
        _ => "eng",
    }
}

/// The university repository: IEEE LOM, day granularity, no deletion tracking.
pub fn university_repository() -> DemoRepository {
    let mut records = Vec::new();
    let mut n = 0;
    #[allow(clippy::needless_range_loop)] // `t` also names the topic in URLs
    for t in 0..TOPICS.len() {
        for (k, kind) in KINDS.iter().enumerate().filter(|(k, _)| k % 2 == 0) {
            n += 1;
            // Every third resource is the English one the school repository also describes.
            let lang = if n % 3 == 0 {
                "en"
            } else {
                ["de", "fr", "es"][n % 3]
            };
            let (title, lang) = title_in(t, lang);
            let (rights, _) = RIGHTS[(n * 5) % RIGHTS.len()];
            let metadata = format!(
                r#"<lom xmlns="http://ltsc.ieee.org/xsd/LOM">
  <general>
    <identifier><catalog>URI</catalog><entry>{url}</entry></identifier>
    <title><string language="{lang}">{title} ({kind})</string></title>
    <language>{lang}</language>
    <description><string language="{lang}">University course material: {kind} on {english}.</string></description>
    <keyword><string language="en">{english}</string></keyword>
    <keyword><string language="en">{subject}</string></keyword>
  </general>
  <lifeCycle>
    <contribute>
      <role><source>LOMv1.0</source><value>author</value></role>
      <entity><![CDATA[BEGIN:VCARD
VERSION:3.0
FN:{creator}
END:VCARD]]></entity>
    </contribute>
  </lifeCycle>
  <technical><location>{url}</location><format>text/html</format></technical>
  <educational>
    <learningResourceType><source>LOMv1.0</source><value>{lrt}</value></learningResourceType>
    <intendedEndUserRole><source>LOMv1.0</source><value>learner</value></intendedEndUserRole>
    <context><source>LOMv1.0</source><value>higher education</value></context>
    <typicalAgeRange><string language="en">18-</string></typicalAgeRange>
  </educational>
  <rights>
    <copyrightAndOtherRestrictions><source>LOMv1.0</source><value>yes</value></copyrightAndOtherRestrictions>
    <description><string language="en">{rights}</string></description>
  </rights>
{accessibility}  <classification>
    <purpose><source>LOMv1.0</source><value>discipline</value></purpose>
    <taxonPath><taxon><entry><string language="en">{subject}</string></entry></taxon></taxonPath>
  </classification>
</lom>"#,
                url = resource_url(t, k, lang),
                kind = kind.0,
                english = TOPICS[t].1,
                subject = TOPICS[t].0,
                creator = CREATORS[(n + 2) % CREATORS.len()],
                lrt = ["exercise", "narrative text", "simulation", "lecture"][n % 4],
                rights = escape(rights),
                accessibility = if n % 4 == 3 {
                    // A lecture recording with a sign language interpreter, in a LOM profile's
                    // accessibility element.
                    "  <accessibility>\n    <feature><source>schema.org</source><value>signLanguage</value></feature>\n    \
                     <feature><source>schema.org</source><value>captions</value></feature>\n    \
                     <hazard><source>schema.org</source><value>none</value></hazard>\n  </accessibility>\n"
                } else {
                    ""
                },
            );
            records.push(DemoRecord {
                identifier: format!("oai:uni.example.org:lom/{n}"),
                datestamp: format!("2024-{:02}-{:02}", 1 + n % 12, 1 + n % 28),
                sets: vec!["oer".into()],
                deleted: false,
                metadata,
            });
        }
    }
    records.sort_by(|a, b| a.datestamp.cmp(&b.datestamp));
    DemoRepository {
        name: "Example University OER (oerdex demo)",
        prefix: "lom",
        namespace: "http://ltsc.ieee.org/xsd/LOM",
        schema: "http://ltsc.ieee.org/xsd/lomv1.0/lom.xsd",
        granularity: "YYYY-MM-DD",
        deleted_record: "no",
        sets: vec![("oer", "Open educational resources")],
        records,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_repositories_are_realistic_and_well_formed() {
        let school = school_repository();
        let uni = university_repository();
        assert!(school.records.len() >= 120, "{}", school.records.len());
        assert!(uni.records.len() >= 30);
        assert!(school.records.iter().any(|r| r.deleted));
        for r in school.records.iter().chain(&uni.records) {
            roxmltree::Document::parse(&r.metadata)
                .unwrap_or_else(|e| panic!("{}: {e}", r.identifier));
        }
        // Some resources are described by both repositories.
        let shared = uni
            .records
            .iter()
            .filter(|u| {
                school.records.iter().any(|s| {
                    !s.deleted
                        && s.metadata
                            .contains(&between(&u.metadata, "<location>", "</location>"))
                })
            })
            .count();
        assert!(shared >= 3, "{shared}");
    }

    fn between(text: &str, a: &str, b: &str) -> String {
        let start = text.find(a).unwrap() + a.len();
        let end = text[start..].find(b).unwrap() + start;
        text[start..end].to_string()
    }
}
