//! Vocabulary concepts behind a resource's types, levels, subjects, audiences and interactivity
//! type: kept as IRIs from harvest on, with their labels, so that the JSON-LD oerdex writes
//! names the same concepts the records did.
//!
//! A crosswalk pushes a concept's IRI into the record's list (`educational_levels`,
//! `subjects`...) and the labels the record gives for it into
//! [`RecordMetadata::vocabulary_labels`]. When a resource is built, [`resolve`] turns each list
//! into facet values and [`ConceptRef`]s:
//!
//! | value as written | facet value | concept |
//! |---|---|---|
//! | IRI, label or alias of a concept oerdex knows | its English label | its IRI, English and German labels and the record's labels in other languages |
//! | another IRI | the label the record gives for it, else the IRI | the IRI with the record's labels |
//! | other text | the text (not for types: an unknown type is no facet value) | none |

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::RecordMetadata;
use oerdex_normalise::language;
use oerdex_normalise::resource_type;
use oerdex_normalise::vocabulary::{self, Vocabulary};

/// The field of a resource a concept describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum ConceptField {
    /// A learning resource type (HCRT, COAR, DCMI, OpenEduHub...).
    Type,
    /// An educational level (KIM educational levels, ISCED 2011).
    Level,
    /// A subject (Hochschulfächersystematik, school subjects...).
    Subject,
    /// An audience role (LRMI educational audience roles).
    Audience,
    /// An interactivity type (LRMI).
    Interactivity,
}

/// A vocabulary concept a resource's records name: its IRI and labels by language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConceptRef {
    /// What the concept describes.
    pub field: ConceptField,
    /// The concept's IRI.
    pub id: String,
    /// Its labels, by ISO 639-1 language code (`de`, `en`...).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
}

/// A label a record gives for a vocabulary IRI (LOM's `<entry>` beside its `<id>`, an AMB
/// `prefLabel`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VocabularyLabel {
    /// The IRI.
    pub iri: String,
    /// The label.
    pub label: String,
    /// Its language as the record writes it, when it says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

impl RecordMetadata {
    /// Records `label` (in `language`, if known) as the record's name for `iri`.
    pub fn label_concept(&mut self, iri: &str, label: &str, language: Option<&str>) {
        let (iri, label) = (iri.trim(), crate::model::collapse_whitespace(label));
        if iri.is_empty() || label.is_empty() || label == iri || self.vocabulary_labels.len() >= 64
        {
            return;
        }
        let language = language
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string);
        if !self
            .vocabulary_labels
            .iter()
            .any(|l| l.iri == iri && l.label == label)
        {
            self.vocabulary_labels.push(VocabularyLabel {
                iri: iri.to_string(),
                label,
                language,
            });
        }
    }
}

/// The facet values and concepts of one field's values (see the module docs).
pub fn resolve(
    field: ConceptField,
    values: &[String],
    labels: &[VocabularyLabel],
) -> (Vec<String>, Vec<ConceptRef>) {
    let mut facet: Vec<String> = Vec::new();
    let mut concepts: Vec<ConceptRef> = Vec::new();
    for value in values {
        let known = known(field, value);
        let iri = match known {
            Some(k) => Some(k.iri),
            None if vocabulary::is_iri(value) => Some(value.trim()),
            None => None,
        };
        let record_labels: Vec<&VocabularyLabel> = match iri {
            Some(iri) => labels
                .iter()
                .filter(|l| same_iri(&l.iri, iri) || same_iri(&l.iri, value))
                .collect(),
            None => Vec::new(),
        };
        match (known, iri) {
            (Some(k), _) => push_new(&mut facet, k.facet.to_string()),
            (None, Some(iri)) if field != ConceptField::Type => push_new(
                &mut facet,
                record_labels
                    .iter()
                    .find(|l| {
                        l.language
                            .as_deref()
                            .and_then(language::normalize)
                            .as_deref()
                            == Some("en")
                    })
                    .or(record_labels.first())
                    .map_or_else(|| iri.to_string(), |l| l.label.clone()),
            ),
            (None, Some(_)) => {}
            (None, None) if field != ConceptField::Type => {
                push_new(&mut facet, value.trim().to_string())
            }
            (None, None) => {}
        }
        let Some(iri) = iri else { continue };
        let index = match concepts.iter().position(|c| same_iri(&c.id, iri)) {
            Some(i) => i,
            None => {
                concepts.push(ConceptRef {
                    field,
                    id: iri.to_string(),
                    labels: BTreeMap::new(),
                });
                concepts.len() - 1
            }
        };
        let concept = &mut concepts[index];
        if let Some(k) = known {
            concept.labels.insert("en".into(), k.en.to_string());
            concept.labels.insert("de".into(), k.de.to_string());
        }
        for l in record_labels {
            let Some(code) = l.language.as_deref().and_then(language::normalize) else {
                continue;
            };
            if code.len() == 2 && concept.labels.len() < 16 {
                concept
                    .labels
                    .entry(code)
                    .or_insert_with(|| l.label.clone());
            }
        }
    }
    (facet, concepts)
}

/// Pushes a facet value unless it is empty or there.
fn push_new(list: &mut Vec<String>, value: String) {
    if !value.is_empty() && !list.contains(&value) {
        list.push(value);
    }
}

/// A concept oerdex knows: its IRI, facet value and English and German labels.
#[derive(Debug, Clone, Copy)]
struct Known {
    iri: &'static str,
    facet: &'static str,
    en: &'static str,
    de: &'static str,
}

/// The concept a value means in `field`'s vocabulary, if oerdex knows it.
fn known(field: ConceptField, value: &str) -> Option<Known> {
    let vocabulary = match field {
        ConceptField::Type => {
            return resource_type::Concept::of(value).map(|c| Known {
                iri: c.iri,
                facet: c.label,
                en: c.label,
                de: c.label_de,
            })
        }
        ConceptField::Level => Vocabulary::Level,
        ConceptField::Subject => Vocabulary::Subject,
        ConceptField::Audience => Vocabulary::Audience,
        ConceptField::Interactivity => Vocabulary::Interactivity,
    };
    vocabulary.find(value).map(|t| Known {
        iri: t.iri,
        facet: t.en,
        en: t.en,
        de: t.de,
    })
}

/// Two IRIs name the same concept (the scheme's `s`, case and a trailing slash aside).
fn same_iri(a: &str, b: &str) -> bool {
    let key = |s: &str| {
        s.trim()
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_end_matches(['/', '#'])
            .to_lowercase()
    };
    key(a) == key(b)
}

/// The IRI of a facet value of `field` that names a concept oerdex knows (its label, alias or
/// IRI), for filters given by IRI or in another language: `None` for other values.
pub fn facet_value(field: ConceptField, value: &str) -> Option<&'static str> {
    known(field, value).map(|k| k.facet)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(values: &[&str]) -> Vec<String> {
        values.iter().map(|v| v.to_string()).collect()
    }

    #[test]
    fn known_concepts_unknown_iris_and_text() {
        let mut md = RecordMetadata::default();
        md.label_concept(
            "http://w3id.org/kim/hochschulfaechersystematik/n276",
            "Wirtschaftsmathematik",
            Some("de"),
        );
        md.label_concept(
            "http://w3id.org/kim/hochschulfaechersystematik/n4",
            "Mathematik, Naturwissenschaften",
            None,
        );
        md.label_concept(
            "https://w3id.org/kim/hochschulfaechersystematik/n37",
            "Mathématiques",
            Some("fr"),
        );
        let (facet, concepts) = resolve(
            ConceptField::Subject,
            &strings(&[
                "http://w3id.org/kim/hochschulfaechersystematik/n4",
                "https://w3id.org/kim/hochschulfaechersystematik/n37",
                "Mathematik",
                "http://w3id.org/kim/hochschulfaechersystematik/n276",
                "Stochastics",
            ]),
            &md.vocabulary_labels,
        );
        assert_eq!(
            facet,
            [
                "Mathematics, Natural Sciences",
                "Mathematics",
                "Wirtschaftsmathematik",
                "Stochastics"
            ]
        );
        let ids: Vec<&str> = concepts.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "https://w3id.org/kim/hochschulfaechersystematik/n4",
                "https://w3id.org/kim/hochschulfaechersystematik/n37",
                "http://w3id.org/kim/hochschulfaechersystematik/n276",
            ],
            "known IRIs in the vocabulary's form, one concept for the IRI and the label"
        );
        assert_eq!(concepts[1].labels["fr"], "Mathématiques");
        assert_eq!(concepts[1].labels["de"], "Mathematik");
        assert_eq!(concepts[2].labels["de"], "Wirtschaftsmathematik");
    }

    #[test]
    fn types_keep_iris_but_facet_only_known_concepts() {
        let (facet, concepts) = resolve(
            ConceptField::Type,
            &strings(&[
                "https://w3id.org/kim/hcrt/video",
                "Video",
                "http://w3id.org/openeduhub/vocabs/new_lrt/4e16015a",
                "Nacional",
            ]),
            &[],
        );
        assert_eq!(facet, ["video"]);
        assert_eq!(concepts.len(), 2);
        assert_eq!(concepts[0].labels["de"], "Video");
        assert!(concepts[1].labels.is_empty());
        assert_eq!(
            facet_value(ConceptField::Type, "https://w3id.org/kim/hcrt/video"),
            Some("video")
        );
        assert_eq!(
            facet_value(ConceptField::Level, "Hochschule"),
            Some("University")
        );
    }
}
