//! The vocabularies AMB names for educational levels, subjects, audiences and interactivity
//! types: each concept with its IRI, its English and German labels and the other words records
//! use for it, so that a value found by IRI, label or alias is one concept, whichever way the
//! record wrote it.
//!
//! * [`levels`]: the KIM educational levels (`https://w3id.org/kim/educationalLevel/`), built on
//!   ISCED 2011, with the LOM `context` terms and ISCED names that mean them.
//! * [`subjects`]: the Destatis Hochschulfächersystematik
//!   (`https://w3id.org/kim/hochschulfaechersystematik/`: its subject groups, study areas and
//!   the subjects OER most often name) and the KIM school subjects
//!   (`http://w3id.org/kim/schulfaecher/`).
//! * [`roles`]: LRMI's educational audience roles and interactivity types
//!   (`http://purl.org/dcx/lrmi-vocabs/`), with LOM's end-user roles.
//!
//! Resource types have their own module ([`crate::resource_type`]): HCRT, COAR and DCMI.
//!
//! A concept's facet value is its English label ([`Term::en`]); a value no table knows is kept
//! as the record wrote it (an IRI with the labels the record gave for it). IRIs are compared
//! without their scheme's `s`, case or a trailing slash, since records write
//! `http://w3id.org/kim/hochschulfaechersystematik/n4` as often as the `https` form.

use std::collections::HashMap;
use std::sync::OnceLock;

pub mod levels;
pub mod roles;
pub mod subjects;

/// A concept of one of the vocabularies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// The concept's IRI, as its vocabulary (and the AMB schema) writes it.
    pub iri: &'static str,
    /// The English label: also the facet value and filter term.
    pub en: &'static str,
    /// The German label.
    pub de: &'static str,
    /// Other words records use for it (folded as [`fold`] folds, in any language).
    pub aliases: &'static [&'static str],
}

impl Term {
    /// The label in `language` (`de`, else English).
    pub fn label(&self, language: &str) -> &'static str {
        match language {
            "de" => self.de,
            _ => self.en,
        }
    }
}

/// Which vocabulary a value belongs to: the field of the resource it describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Vocabulary {
    /// Educational levels ([`levels::TERMS`]).
    Level,
    /// Subjects ([`subjects::TERMS`]).
    Subject,
    /// Audience roles ([`roles::AUDIENCE`]).
    Audience,
    /// Interactivity types ([`roles::INTERACTIVITY`]).
    Interactivity,
}

impl Vocabulary {
    /// The vocabulary's concepts.
    pub fn terms(self) -> &'static [Term] {
        match self {
            Vocabulary::Level => levels::TERMS,
            Vocabulary::Subject => subjects::TERMS,
            Vocabulary::Audience => roles::AUDIENCE,
            Vocabulary::Interactivity => roles::INTERACTIVITY,
        }
    }

    /// The concept a value means: by IRI, else by label or alias (case, accents, white space
    /// and `_ - /` ignored); `None` for values the vocabulary does not know.
    pub fn find(self, value: &str) -> Option<&'static Term> {
        let value = value.trim();
        if value.is_empty() || value.len() > 300 {
            return None;
        }
        let key = if is_iri(value) {
            iri_lookup_key(value)
        } else {
            fold(value)
        };
        self.lookup().get(&key).map(|&i| &self.terms()[i])
    }

    /// Every key a concept is found by (its IRI as compared, its folded labels and aliases),
    /// built once per vocabulary: harvests look up every value of every record.
    fn lookup(self) -> &'static HashMap<String, usize> {
        static TABLES: [OnceLock<HashMap<String, usize>>; 4] = [
            OnceLock::new(),
            OnceLock::new(),
            OnceLock::new(),
            OnceLock::new(),
        ];
        TABLES[self as usize].get_or_init(|| {
            let mut keys = HashMap::new();
            for (i, t) in self.terms().iter().enumerate() {
                let words = [fold(t.en), fold(t.de)]
                    .into_iter()
                    .chain(t.aliases.iter().map(|a| a.to_string()));
                // The first concept a key names wins, as a search in table order would.
                for key in std::iter::once(iri_lookup_key(t.iri)).chain(words) {
                    keys.entry(key).or_insert(i);
                }
            }
            keys
        })
    }

    /// The facet value of a value as written: the concept's English label when the vocabulary
    /// knows it, else the value itself.
    pub fn canonical(self, value: &str) -> String {
        match self.find(value) {
            Some(term) => term.en.to_string(),
            None => value.trim().to_string(),
        }
    }
}

/// True for a value written as an http(s) IRI.
pub fn is_iri(value: &str) -> bool {
    let v = value.trim();
    (v.starts_with("http://") || v.starts_with("https://")) && !v.contains(char::is_whitespace)
}

/// An IRI as compared: scheme's `s`, case and trailing `/` or `#` ignored.
fn iri_key(iri: &str) -> String {
    let rest = iri
        .trim()
        .trim_start_matches("https://")
        .trim_start_matches("http://");
    rest.trim_end_matches(['/', '#']).to_lowercase()
}

/// An IRI's key in the lookup table: marked so that no folded label can equal it.
fn iri_lookup_key(iri: &str) -> String {
    format!("\u{1}{}", iri_key(iri))
}

/// Lower case, common accents removed, `_ - / , .` and runs of white space as one space.
pub fn fold(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        if matches!(c, '_' | '-' | '/' | ',' | '.' | '(' | ')') || c.is_whitespace() {
            out.push(' ');
            continue;
        }
        for lower in c.to_lowercase() {
            out.push(match lower {
                'à' | 'á' | 'â' | 'ã' | 'ä' => 'a',
                'é' | 'è' | 'ê' | 'ë' => 'e',
                'í' | 'ì' | 'î' | 'ï' => 'i',
                'ó' | 'ò' | 'ô' | 'õ' | 'ö' => 'o',
                'ú' | 'ù' | 'û' | 'ü' => 'u',
                'ç' => 'c',
                'ñ' => 'n',
                'ß' => 's',
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
    fn every_table_is_consistent() {
        for vocabulary in [
            Vocabulary::Level,
            Vocabulary::Subject,
            Vocabulary::Audience,
            Vocabulary::Interactivity,
        ] {
            for term in vocabulary.terms() {
                assert!(is_iri(term.iri), "{}", term.iri);
                assert!(!term.en.is_empty() && !term.de.is_empty(), "{}", term.iri);
                for alias in term.aliases {
                    assert_eq!(fold(alias), *alias, "aliases are written folded: {alias}");
                }
                // Every concept is found by its IRI in either scheme and by its labels.
                let other = if term.iri.starts_with("https") {
                    term.iri.replacen("https", "http", 1)
                } else {
                    term.iri.replacen("http", "https", 1)
                };
                assert_eq!(vocabulary.find(&other).map(|t| t.iri), Some(term.iri));
                assert_eq!(
                    vocabulary.find(&format!("{}/", term.iri)).map(|t| t.iri),
                    Some(term.iri)
                );
                assert_eq!(vocabulary.canonical(term.de), term.en, "{}", term.de);
                assert_eq!(vocabulary.canonical(term.en), term.en);
            }
        }
    }

    #[test]
    fn finds_concepts_by_the_words_records_use() {
        for (vocabulary, value, iri) in [
            (
                Vocabulary::Level,
                "higher education",
                "https://w3id.org/kim/educationalLevel/level_678",
            ),
            (
                Vocabulary::Level,
                "Sekundarstufe I",
                "https://w3id.org/kim/educationalLevel/level_2",
            ),
            (
                Vocabulary::Level,
                "ISCED 2011, Level 6",
                "https://w3id.org/kim/educationalLevel/level_6",
            ),
            (
                Vocabulary::Level,
                "primary school",
                "https://w3id.org/kim/educationalLevel/level_1",
            ),
            (
                Vocabulary::Subject,
                "http://w3id.org/kim/hochschulfaechersystematik/n4",
                "https://w3id.org/kim/hochschulfaechersystematik/n4",
            ),
            (
                Vocabulary::Subject,
                "Informatik",
                "https://w3id.org/kim/hochschulfaechersystematik/n71",
            ),
            (
                Vocabulary::Subject,
                "mathematics",
                "https://w3id.org/kim/hochschulfaechersystematik/n37",
            ),
            (
                Vocabulary::Subject,
                "https://w3id.org/kim/schulfaecher/s1009",
                "http://w3id.org/kim/schulfaecher/s1009",
            ),
            (
                Vocabulary::Audience,
                "learner",
                "http://purl.org/dcx/lrmi-vocabs/educationalAudienceRole/student",
            ),
            (
                Vocabulary::Audience,
                "Lehrende",
                "http://purl.org/dcx/lrmi-vocabs/educationalAudienceRole/teacher",
            ),
            (
                Vocabulary::Interactivity,
                "expositive",
                "http://purl.org/dcx/lrmi-vocabs/interactivityType/expositive",
            ),
        ] {
            assert_eq!(vocabulary.find(value).map(|t| t.iri), Some(iri), "{value}");
        }
        for (vocabulary, value) in [
            (Vocabulary::Level, "secondary school"),
            (
                Vocabulary::Level,
                "https://w3id.org/kim/educationalLevel/level_06",
            ),
            (Vocabulary::Subject, "Quantum basket weaving"),
            (
                Vocabulary::Subject,
                "http://w3id.org/kim/hochschulfaechersystematik/n276",
            ),
            (Vocabulary::Audience, "author"),
            (Vocabulary::Level, ""),
        ] {
            assert_eq!(vocabulary.find(value), None, "{value}");
            assert_eq!(vocabulary.canonical(value), value.trim());
        }
    }
}
