//! The facet values of a live resource (languages, types, levels, subjects, sources, and the
//! accessibility filters it satisfies), stored as one JSON object per resource in
//! `resource_facets`, e.g.
//! `{"language":["de"],"subject":["Biology","Botany"],"source":["zenodo"],"accessibility":["captions"]}`.
//!
//! Objects written before the accessibility facet existed simply lack its key: those resources
//! had no accessibility statements to count (until `oerdex reindex` reads them from the raw XML).
//!
//! One row per resource replaced a row per value (about ten a resource, each inserted into two
//! B-trees), which was the largest single cost of a harvest's writer. Searches count facets from
//! the in-memory columns, which read these objects; the SQL search path reads them with
//! `json_each`.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::model::Resource;

/// The facet fields, in the order the search columns number them.
pub(crate) const FIELDS: [&str; 6] = [
    "language",
    "type",
    "level",
    "subject",
    "source",
    "accessibility",
];

/// One value, borrowed from the JSON text unless it had to be unescaped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub(crate) struct Value<'a>(#[serde(borrow)] pub Cow<'a, str>);

/// A resource's facet values, each list without repeats.
#[derive(Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct FacetValues<'a> {
    #[serde(borrow, default, skip_serializing_if = "Vec::is_empty")]
    language: Vec<Value<'a>>,
    #[serde(
        rename = "type",
        borrow,
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    kind: Vec<Value<'a>>,
    #[serde(borrow, default, skip_serializing_if = "Vec::is_empty")]
    level: Vec<Value<'a>>,
    #[serde(borrow, default, skip_serializing_if = "Vec::is_empty")]
    subject: Vec<Value<'a>>,
    #[serde(borrow, default, skip_serializing_if = "Vec::is_empty")]
    source: Vec<Value<'a>>,
    #[serde(borrow, default, skip_serializing_if = "Vec::is_empty")]
    accessibility: Vec<Value<'a>>,
}

impl<'a> FacetValues<'a> {
    /// The values of `r` (a resource whose records come from one source twice names it once).
    pub(crate) fn of(r: &'a Resource) -> Self {
        fn unique<'a>(values: impl Iterator<Item = &'a String>) -> Vec<Value<'a>> {
            let mut out: Vec<Value<'a>> = Vec::new();
            for v in values {
                if !out.iter().any(|o| o.0 == v.as_str()) {
                    out.push(Value(Cow::Borrowed(v)));
                }
            }
            out
        }
        FacetValues {
            language: unique(r.languages.iter()),
            kind: unique(r.learning_resource_types.iter()),
            level: unique(r.educational_levels.iter()),
            subject: unique(r.subjects.iter()),
            source: unique(r.sources.iter().map(|s| &s.source)),
            accessibility: r
                .accessibility
                .filters()
                .into_iter()
                .map(|f| Value(Cow::Borrowed(f)))
                .collect(),
        }
    }

    /// Reads the stored JSON object.
    pub(crate) fn parse(json: &'a str) -> Result<Self> {
        Ok(serde_json::from_str(json)?)
    }

    /// The stored JSON object.
    pub(crate) fn to_json(&self) -> Result<String> {
        Ok(serde_json::to_string(self)?)
    }

    /// Every (field index in [`FIELDS`], value).
    pub(crate) fn iter(&self) -> impl Iterator<Item = (u8, &str)> {
        [
            &self.language,
            &self.kind,
            &self.level,
            &self.subject,
            &self.source,
            &self.accessibility,
        ]
        .into_iter()
        .enumerate()
        .flat_map(|(field, values)| values.iter().map(move |v| (field as u8, v.0.as_ref())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceRef;

    fn source(name: &str) -> SourceRef {
        SourceRef {
            source: name.into(),
            oai_identifier: format!("oai:{name}:1"),
            datestamp: "2024-01-01".into(),
            metadata_prefix: "oai_dc".into(),
        }
    }

    fn resource() -> Resource {
        Resource {
            id: "r".into(),
            title: None,
            description: None,
            url: None,
            doi: None,
            license: None,
            rights: vec![],
            languages: vec!["de".into(), "en".into()],
            subjects: vec!["C:\\ \"quoted\"".into(), "Biology".into(), "Biology".into()],
            keywords: vec![],
            learning_resource_types: vec!["video".into()],
            educational_levels: vec![],
            audience: vec![],
            typical_age_range: None,
            creators: vec![],
            publisher: None,
            date_published: None,
            updated: String::new(),
            sources: vec![source("a"), source("b"), source("a")],
            ..Resource::default()
        }
    }

    #[test]
    fn values_round_trip_without_repeats_and_in_field_order() {
        let mut r = resource();
        r.accessibility.push_feature("closedCaptions, openCaptions");
        r.accessibility.push_hazard("none");
        let json = FacetValues::of(&r).to_json().unwrap();
        assert_eq!(
            json,
            r#"{"language":["de","en"],"type":["video"],"subject":["C:\\ \"quoted\"","Biology"],"source":["a","b"],"accessibility":["captions","no-flashing-hazard","no-motion-hazard","no-sound-hazard"]}"#
        );
        let parsed = FacetValues::parse(&json).unwrap();
        let pairs: Vec<(u8, &str)> = parsed.iter().collect();
        assert_eq!(
            pairs,
            [
                (0, "de"),
                (0, "en"),
                (1, "video"),
                (3, "C:\\ \"quoted\""),
                (3, "Biology"),
                (4, "a"),
                (4, "b"),
                (5, "captions"),
                (5, "no-flashing-hazard"),
                (5, "no-motion-hazard"),
                (5, "no-sound-hazard"),
            ]
        );
        assert_eq!(FacetValues::parse("{}").unwrap(), FacetValues::default());
        assert!(FacetValues::parse("[").is_err());
    }
}
