//! Catalogue values in a reader's language: licence names and what each licence family allows,
//! language names, resource types and educational levels where the vocabulary term is known,
//! accessibility filters and access modes. Values stay ids everywhere else (the JSON API, the
//! URLs); only what a person reads is translated.
//!
//! Resource types are the index's concepts (message `type-lesson-plan` for `lesson plan`), and
//! any term or IRI that maps to one shares its label (`narrative text` is `text`). Levels,
//! subjects, audiences and interactivity types are the concepts of the vocabularies AMB names
//! (`oerdex_index::vocabulary`), labelled in German and English from the vocabularies and in the
//! other languages from the message files where a term has one (else in English); other levels
//! are matched by their LOM term. A value no vocabulary knows has no label and is shown as
//! the repository wrote it.

use std::collections::BTreeMap;

use axum::http::{header, HeaderValue};
use axum::response::Response;
use oerdex_index::license::License;
use oerdex_index::search::Facet;
use oerdex_index::store::licenses::{LicenseCount, LicenseOverview, Permissions};
use oerdex_index::vocabulary::{self, Vocabulary};
use oerdex_index::SearchResults;
use oerdex_index::{language, resource_type};
use serde::Serialize;

use super::{Lang, Tr};

/// The short name of each licence family, as licences abbreviate themselves (only "Public
/// domain" is a word, and is translated).
const FAMILY_SHORT: &[(&str, &str)] = &[
    ("cc-by", "CC BY"),
    ("cc-by-sa", "CC BY-SA"),
    ("cc-by-nc", "CC BY-NC"),
    ("cc-by-nc-sa", "CC BY-NC-SA"),
    ("cc-by-nd", "CC BY-ND"),
    ("cc-by-nc-nd", "CC BY-NC-ND"),
    ("cc0", "CC0"),
    ("mit", "MIT"),
    ("apache", "Apache 2.0"),
    ("bsd", "BSD"),
    ("mpl", "MPL"),
    ("lgpl", "LGPL"),
    ("gpl", "GPL"),
    ("agpl", "AGPL"),
    ("gfdl", "GNU FDL"),
];

/// The family's short name: "CC BY-SA", "Public domain" (translated).
pub fn family_short(tr: Tr, family: &str) -> String {
    match FAMILY_SHORT.iter().find(|(f, _)| *f == family) {
        Some((_, short)) => short.to_string(),
        None if family == "pdm" => tr.t("family-short-pdm"),
        None => tr.t("family-other"),
    }
}

/// What a family allows, in plain words: "share and adapt, credit the author".
pub fn family_permissions(tr: Tr, family: &str) -> Option<String> {
    let id = format!("family-{family}");
    tr.has(&id).then(|| tr.t(&id))
}

/// A family's label: "CC BY: share and adapt, credit the author" ("Other licence" for a
/// family oerdex does not know).
pub fn family_label(tr: Tr, family: &str) -> String {
    match family_permissions(tr, family) {
        Some(words) => tr.t_args(
            "family-label",
            &[
                ("short", family_short(tr, family).into()),
                ("words", words.into()),
            ],
        ),
        None => tr.t("family-other"),
    }
}

/// A licence's full name in `tr`'s language: Creative Commons licences as their translated
/// deeds name them ("Creative Commons Namensnennung - Weitergabe unter gleichen Bedingungen 4.0
/// International"), CC0 and the Public Domain Mark likewise; software licences keep their
/// proper names. English is the canonical name.
pub fn licence_name(tr: Tr, license: &License) -> String {
    if tr.lang() == Lang::En {
        return license.name.clone();
    }
    match license.family.as_str() {
        "cc0" => return tr.t("licence-cc0"),
        "pdm" => return tr.t("licence-pdm"),
        family if family.starts_with("cc-by") => {}
        _ => return license.name.clone(),
    }
    // CC-BY-NC-SA-3.0-DE: elements, version, port.
    let rest = license.id.strip_prefix("CC-").unwrap_or(&license.id);
    let parts: Vec<&str> = rest.split('-').collect();
    let Some(at) = parts.iter().position(|p| p.contains('.')) else {
        return license.name.clone();
    };
    let version = parts[at];
    let port = parts[at + 1..].join("-");
    let scope = if !port.is_empty() {
        port
    } else if version == "4.0" {
        tr.t("cc-scope-international")
    } else if version == "3.0" {
        tr.t("cc-scope-unported")
    } else {
        tr.t("cc-scope-generic")
    };
    tr.t_args(
        "cc-licence",
        &[
            (
                "title",
                tr.t(&format!("cc-title-{}", license.family)).into(),
            ),
            ("version", version.into()),
            ("scope", scope.into()),
        ],
    )
}

/// A language's name in `tr`'s language, where oerdex knows it: from the message files
/// (`language-de`), and in English from ISO 639 for every language.
pub fn language_name(tr: Tr, code: &str) -> Option<String> {
    let id = format!("language-{code}");
    if tr.has(&id) {
        return Some(tr.t(&id));
    }
    match tr.lang() {
        Lang::En => language::english_name(code).map(str::to_string),
        _ => None,
    }
}

/// The vocabulary term of a value: the last segment of a URI, in lower case, words joined by
/// `-` (`Narrative_Text` → `narrative-text`); `None` when it is no short term.
fn term(value: &str) -> Option<String> {
    let value = value.trim().trim_end_matches(['/', '#']);
    let tail = value.rsplit(['/', '#']).next().unwrap_or(value);
    let words: Vec<String> = tail
        .split([' ', '-', '_'])
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let key = words.join("-");
    (!key.is_empty()
        && key.len() <= 40
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
    .then_some(key)
}

fn vocabulary_label(tr: Tr, prefix: &str, value: &str) -> Option<String> {
    let id = format!("{prefix}-{}", term(value)?);
    tr.has(&id).then(|| tr.t(&id))
}

/// The label of a resource type oerdex knows: one of the index's concepts
/// ([`resource_type::CONCEPTS`]), by its label or any term or IRI that maps to it (`video`,
/// LOM's `narrative text`, an HCRT IRI).
pub fn type_label(tr: Tr, value: &str) -> Option<String> {
    vocabulary_label(tr, "type", resource_type::normalize(value).unwrap_or(value))
}

/// The label of an educational level oerdex knows: a KIM educational level (by IRI, label or
/// alias: `University`, `higher education`, `level_678`) in German or English from the
/// vocabulary, in the other languages from the message files where one of its terms has a
/// message (`level-higher-education`), else in English; or a LOM term with a message.
pub fn level_label(tr: Tr, value: &str) -> Option<String> {
    let Some(term) = Vocabulary::Level.find(value) else {
        return vocabulary_label(tr, "level", value);
    };
    Some(concept_label(tr, term, "level"))
}

/// The label of a subject oerdex knows (Hochschulfächersystematik, school subjects), in German
/// or English from the vocabulary, else in English.
pub fn subject_label(tr: Tr, value: &str) -> Option<String> {
    Vocabulary::Subject
        .find(value)
        .map(|term| concept_label(tr, term, "subject"))
}

/// The label of an audience role oerdex knows (LRMI's roles, LOM's `learner`).
pub fn audience_label(tr: Tr, value: &str) -> Option<String> {
    Vocabulary::Audience
        .find(value)
        .map(|term| concept_label(tr, term, "audience"))
}

/// The label of an interactivity type oerdex knows (LRMI's `active`, `expositive`, `mixed`).
pub fn interactivity_label(tr: Tr, value: &str) -> Option<String> {
    Vocabulary::Interactivity
        .find(value)
        .map(|term| concept_label(tr, term, "interactivity"))
}

/// A concept's label in `tr`'s language: the vocabulary's German or English label, else a
/// message for one of its terms (`{prefix}-{term}`), else the English label.
fn concept_label(tr: Tr, term: &vocabulary::Term, prefix: &str) -> String {
    match tr.lang() {
        Lang::De => return term.de.to_string(),
        Lang::En => return term.en.to_string(),
        _ => {}
    }
    std::iter::once(term.en)
        .chain(term.aliases.iter().copied())
        .find_map(|t| vocabulary_label(tr, prefix, t))
        .unwrap_or_else(|| term.en.to_string())
}

/// The label of an accessibility filter value (`captions` → "Captions").
pub fn accessibility_label(tr: Tr, filter: &str) -> Option<String> {
    vocabulary_label(tr, "a11y", filter)
}

/// The label of a schema.org access mode (`auditory` → "hearing").
pub fn access_mode_label(tr: Tr, mode: &str) -> Option<String> {
    vocabulary_label(tr, "a11y-mode", mode)
}

/// A facet value's label in `tr`'s language, for the facets that have labels (`license`,
/// `language`, `type`, `level`, `accessibility`); `None` where the value has none.
pub fn facet_label(tr: Tr, facet: Facet, value: &str) -> Option<String> {
    match facet {
        Facet::License => Some(family_label(tr, value)),
        Facet::Language => {
            language_name(tr, value).or_else(|| language::native_name(value).map(str::to_string))
        }
        Facet::Type => type_label(tr, value),
        Facet::Level => level_label(tr, value),
        Facet::Subject => subject_label(tr, value),
        Facet::Accessibility => accessibility_label(tr, value),
        Facet::Source => None,
    }
}

/// The labels of a search's facet values, by facet, for the JSON API's `labels` (only the
/// values that have one).
pub fn search_labels(
    tr: Tr,
    results: &SearchResults,
) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for (facet, counts) in &results.facets {
        let labels: BTreeMap<String, String> = counts
            .0
            .iter()
            .filter_map(|(value, _)| Some((value.clone(), facet_label(tr, *facet, value)?)))
            .collect();
        if !labels.is_empty() {
            out.insert(facet.as_str().to_string(), labels);
        }
    }
    out
}

/// The licence overview with labels in one language: each family's `label` in it, and a
/// `label` for each licence (its name in that language); fields in the order of the
/// unlabelled answer.
#[derive(Debug, Serialize)]
pub struct LabelledOverview<'a> {
    total: u64,
    unlicensed: u64,
    families: Vec<LabelledFamily<'a>>,
}

#[derive(Debug, Serialize)]
struct LabelledFamily<'a> {
    family: &'a str,
    label: String,
    count: u64,
    #[serde(flatten)]
    permissions: &'a Permissions,
    licenses: Vec<LabelledLicence<'a>>,
}

#[derive(Debug, Serialize)]
struct LabelledLicence<'a> {
    #[serde(flatten)]
    licence: &'a LicenseCount,
    label: String,
}

/// The licence overview labelled in `tr`'s language.
pub fn licence_overview<'a>(tr: Tr, overview: &'a LicenseOverview) -> LabelledOverview<'a> {
    let families = overview
        .families
        .iter()
        .map(|f| LabelledFamily {
            family: &f.family,
            label: family_label(tr, &f.family),
            count: f.count,
            permissions: &f.permissions,
            licenses: f
                .licenses
                .iter()
                .map(|l| LabelledLicence {
                    label: oerdex_index::license::by_id(&l.id)
                        .map_or_else(|| l.name.clone(), |known| licence_name(tr, &known)),
                    licence: l,
                })
                .collect(),
        })
        .collect();
    LabelledOverview {
        total: overview.total,
        unlicensed: overview.unlicensed,
        families,
    }
}

/// Marks a JSON answer whose labels depend on `Accept-Language`: `Vary` always, and the
/// language of the labels when there are some.
pub fn mark_language(response: &mut Response, labels: Option<Lang>) {
    let headers = response.headers_mut();
    headers.append(header::VARY, HeaderValue::from_static("Accept-Language"));
    if let Some(lang) = labels {
        headers.insert(
            header::CONTENT_LANGUAGE,
            HeaderValue::from_static(lang.tag()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oerdex_index::license::{self, FAMILIES};

    #[test]
    fn english_labels_are_the_index_labels_and_names() {
        let en = Tr(Lang::En);
        for family in FAMILIES {
            assert_eq!(
                family_label(en, family),
                license::family_label(family),
                "{family}"
            );
        }
        assert_eq!(family_label(en, "unknown"), "Other licence");
        for id in ["CC-BY-4.0", "CC-BY-SA-3.0-DE", "CC0-1.0", "MIT"] {
            let l = license::by_id(id).unwrap();
            assert_eq!(licence_name(en, &l), l.name);
        }
        assert_eq!(language_name(en, "de").as_deref(), Some("German"));
        assert_eq!(language_name(en, "haw").as_deref(), Some("Hawaiian"));
    }

    #[test]
    fn licence_names_follow_the_translated_deeds() {
        let name = |lang, id| licence_name(Tr(lang), &license::by_id(id).unwrap());
        assert_eq!(
            name(Lang::De, "CC-BY-SA-4.0"),
            "Creative Commons Namensnennung - Weitergabe unter gleichen Bedingungen 4.0 International"
        );
        assert_eq!(
            name(Lang::Fr, "CC-BY-NC-3.0-DE"),
            "Creative Commons Attribution - Pas d’Utilisation Commerciale 3.0 DE"
        );
        assert_eq!(name(Lang::Es, "CC0-1.0"), "CC0 1.0 Universal");
        assert_eq!(name(Lang::Ru, "MIT"), "MIT License");
        assert!(
            name(Lang::Zh, "CC-BY-4.0").contains("署名"),
            "{}",
            name(Lang::Zh, "CC-BY-4.0")
        );
    }

    #[test]
    fn every_resource_type_has_a_label_in_every_language() {
        for lang in Lang::ALL {
            for concept in resource_type::CONCEPTS {
                let label = type_label(Tr(lang), concept.label);
                assert!(label.is_some(), "{}: {}", lang.code(), concept.label);
            }
        }
        assert_eq!(
            type_label(Tr(Lang::De), "lesson plan").as_deref(),
            Some("Unterrichtsplanung")
        );
    }

    #[test]
    fn vocabulary_terms_match_however_written() {
        let fr = Tr(Lang::Fr);
        assert_eq!(
            type_label(fr, "Narrative_Text"),
            type_label(fr, "narrative text")
        );
        assert_eq!(type_label(fr, "narrative text").as_deref(), Some("texte"));
        assert!(type_label(fr, "http://w3id.org/kim/hcrt/video").is_some());
        assert_eq!(type_label(fr, "interpretive dance"), None);
        assert_eq!(type_label(fr, "ünïcode"), None);
        assert!(level_label(fr, "higher education").is_some());
        assert!(accessibility_label(fr, "no-flashing-hazard").is_some());
        assert_eq!(
            facet_label(fr, Facet::Subject, "Biology").as_deref(),
            Some("Biology"),
            "a known subject is named in English where its vocabulary has no label"
        );
        assert_eq!(
            facet_label(Tr(Lang::De), Facet::Subject, "Biology").as_deref(),
            Some("Biologie")
        );
        assert_eq!(facet_label(fr, Facet::Subject, "Basket weaving"), None);
        assert_eq!(
            level_label(
                Tr(Lang::De),
                "https://w3id.org/kim/educationalLevel/level_678"
            )
            .as_deref(),
            Some("Hochschule")
        );
        assert_eq!(
            level_label(fr, "University"),
            level_label(fr, "higher education"),
            "a level's other languages come from its LOM term's message"
        );
        assert_eq!(
            facet_label(fr, Facet::Language, "de").as_deref(),
            Some("allemand")
        );
        assert_eq!(
            facet_label(fr, Facet::Language, "haw").as_deref(),
            Some("ʻŌlelo Hawaiʻi")
        );
    }
}
