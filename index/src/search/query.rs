//! The vocabulary of a search, shared by every engine: the query with its filters, facets,
//! order, page size and cursor, and the results.
//!
//! A [`SearchQuery`] is typed and checked where it is made (the API parses its parameters into
//! one; [`SearchQuery::check`] holds the bounds); the engines in [`super::sql`] and
//! [`super::columns`] trust it.

use std::collections::BTreeMap;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};

use crate::error::{IndexError, Result};
use crate::model::vocabulary::{self, ConceptField};
use crate::model::Resource;

/// Result order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    /// Best BM25 match first (newest first when there is no query text).
    #[default]
    Relevance,
    /// Most recently changed first.
    Updated,
    /// By title, A to Z.
    Title,
}

impl Sort {
    /// Every order, as its parameter value.
    pub const VALUES: [&'static str; 3] = ["relevance", "updated", "title"];

    /// The order a parameter value names (`relevance`, `updated`, `title`).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "relevance" => Some(Sort::Relevance),
            "updated" => Some(Sort::Updated),
            "title" => Some(Sort::Title),
            _ => None,
        }
    }

    /// The parameter value.
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Updated => "updated",
            Sort::Title => "title",
        }
    }
}

/// A facet oerdex counts. Ordered by name, as facets are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Facet {
    /// What the records state about accessibility ([`crate::model::accessibility::FILTERS`]).
    Accessibility,
    /// Language codes.
    Language,
    /// Educational levels.
    Level,
    /// Licence families.
    License,
    /// Source names.
    Source,
    /// Subjects.
    Subject,
    /// Resource types.
    Type,
}

impl Facet {
    /// Every facet.
    pub const ALL: [Facet; 7] = [
        Facet::License,
        Facet::Language,
        Facet::Type,
        Facet::Level,
        Facet::Source,
        Facet::Subject,
        Facet::Accessibility,
    ];

    /// Every facet's name, in the order of [`Facet::ALL`].
    pub const NAMES: [&'static str; 7] = [
        "license",
        "language",
        "type",
        "level",
        "source",
        "subject",
        "accessibility",
    ];

    /// The facet's name (`license`, `language`...).
    pub fn as_str(self) -> &'static str {
        match self {
            Facet::License => Self::NAMES[0],
            Facet::Language => Self::NAMES[1],
            Facet::Type => Self::NAMES[2],
            Facet::Level => Self::NAMES[3],
            Facet::Source => Self::NAMES[4],
            Facet::Subject => Self::NAMES[5],
            Facet::Accessibility => Self::NAMES[6],
        }
    }

    /// The facet with this name.
    pub fn parse(name: &str) -> Option<Self> {
        Facet::ALL.into_iter().find(|f| f.as_str() == name)
    }
}

/// A facet borrows as its name, so results can be read by name (`results.facets["license"]`).
/// The variants are declared in the alphabetical order of their names, so that ordering by
/// facet and by name agree, as `Borrow` requires.
impl std::borrow::Borrow<str> for Facet {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Display for Facet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Page size when none is asked for.
pub const DEFAULT_LIMIT: usize = 20;

/// Largest page size.
pub const MAX_LIMIT: usize = 100;

/// How many values a facet lists at most (most frequent first).
pub(crate) const FACET_VALUES: usize = 50;

/// A search request. Filters on different fields AND; values within one field OR.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchQuery {
    /// Free text; words AND, `"quoted phrases"`, a trailing `*` for prefixes, `-word` to
    /// exclude ([`crate::search::text::TextQuery`]).
    pub text: Option<String>,
    /// Licence families (`cc-by`) or exact ids (`CC-BY-4.0`).
    pub licenses: Vec<String>,
    /// Only openly licensed resources in the sense of the UNESCO OER Recommendation (true: the
    /// licence allows reuse, adaptation and redistribution, perhaps for non-commercial purposes
    /// only), or only the others (false).
    pub open: Option<bool>,
    /// Only free cultural works (true: the licence allows use, adaptation and redistribution for
    /// any purpose, commercial included: CC0, public domain, CC BY, CC BY-SA, free software and
    /// documentation licences), or only the others (false).
    pub free: Option<bool>,
    /// Commercial use allowed.
    pub commercial: Option<bool>,
    /// Adaptation allowed.
    pub derivatives: Option<bool>,
    /// Language codes.
    pub languages: Vec<String>,
    /// Learning resource types.
    pub types: Vec<String>,
    /// Educational levels.
    pub levels: Vec<String>,
    /// Subjects.
    pub subjects: Vec<String>,
    /// Source names.
    pub sources: Vec<String>,
    /// Accessibility filters ([`crate::model::accessibility::FILTERS`]).
    pub accessibility: Vec<String>,
    /// Only resources changed at or after this time (`YYYY-MM-DD` or full timestamp).
    pub updated_since: Option<String>,
    /// Order.
    pub sort: Sort,
    /// Page size, 1 to [`MAX_LIMIT`].
    pub limit: usize,
    /// Opaque cursor from a previous page's `next_cursor`.
    pub cursor: Option<String>,
    /// Which facets to count.
    pub facets: Vec<Facet>,
    /// Mark the words the text matched in each result's title and description.
    pub highlight: bool,
}

impl SearchQuery {
    /// A match-all query with the default page size and every facet.
    pub fn new() -> Self {
        SearchQuery {
            limit: DEFAULT_LIMIT,
            facets: Facet::ALL.to_vec(),
            ..Default::default()
        }
    }

    /// Reads the type, level and subject filters as the facet values the engines hold: a value
    /// given by a concept's IRI, its label in another language or an alias becomes the
    /// concept's facet value (`level=https://w3id.org/kim/educationalLevel/level_678` and
    /// `level=Hochschule` are `University`); other values stay as they are. Callers that build
    /// a query from what a person or client wrote call it once before searching.
    pub fn resolve_vocabulary(&mut self) {
        for (field, values) in [
            (ConceptField::Type, &mut self.types),
            (ConceptField::Level, &mut self.levels),
            (ConceptField::Subject, &mut self.subjects),
        ] {
            for value in values.iter_mut() {
                if let Some(facet) = vocabulary::facet_value(field, value) {
                    *value = facet.to_string();
                }
            }
        }
    }

    /// Checks the bound every engine relies on that the types cannot hold: the page size.
    pub fn check(&self) -> Result<()> {
        if self.limit == 0 || self.limit > MAX_LIMIT {
            return Err(IndexError::InvalidQuery {
                parameter: "limit",
                message: format!("must be between 1 and {MAX_LIMIT}"),
            });
        }
        Ok(())
    }
}

/// Facet values with counts, most frequent first (serialised as a JSON object in that order).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FacetCounts(pub Vec<(String, u64)>);

impl Serialize for FacetCounts {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (value, count) in &self.0 {
            map.serialize_entry(value, count)?;
        }
        map.end()
    }
}

/// One page of search results.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SearchResults {
    /// How many resources match in all.
    pub total: u64,
    /// This page.
    pub results: Vec<Resource>,
    /// For each facet asked for, value → count over the filtered resources, most frequent
    /// first; a facet's own filter is left out so the alternatives show.
    #[cfg_attr(feature = "openapi", schema(value_type = BTreeMap<String, BTreeMap<String, u64>>))]
    pub facets: BTreeMap<Facet, FacetCounts>,
    /// Cursor of the next page; null on the last.
    pub next_cursor: Option<String>,
    /// With `highlight=true` and query text: for each result, in the same order, its title and
    /// a fragment of its description as HTML (the text escaped, the matched words in
    /// `<b>…</b>`); absent otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub highlights: Vec<Highlight>,
}

/// The matched words of one result, as HTML: the text escaped, the matched words in
/// `<b>…</b>`. A field is absent when the query matched nothing in it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Highlight {
    /// The title, whole.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Up to 240 characters of the description around its first match.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// Where a page ended: the sort key and rowid of its last row.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Cursor {
    /// Sort the cursor belongs to.
    pub s: Sort,
    /// Text of the sort key (title or updated), or the BM25 score's bits.
    pub k: String,
    /// Rowid of the last row.
    pub r: i64,
}

impl Cursor {
    pub(crate) fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).unwrap_or_default())
    }

    pub(crate) fn decode(text: &str, sort: Sort) -> Result<Self> {
        let invalid = |message: &str| IndexError::InvalidQuery {
            parameter: "cursor",
            message: message.to_string(),
        };
        let bytes = URL_SAFE_NO_PAD.decode(text).map_err(|_| {
            invalid("not a cursor from this API; use next_cursor from a previous page")
        })?;
        let cursor: Cursor = serde_json::from_slice(&bytes).map_err(|_| {
            invalid("not a cursor from this API; use next_cursor from a previous page")
        })?;
        if cursor.s != sort {
            return Err(invalid("the cursor belongs to another sort order"));
        }
        Ok(cursor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facet_and_sort_names_read_back() {
        for (facet, name) in Facet::ALL.into_iter().zip(Facet::NAMES) {
            assert_eq!(facet.as_str(), name);
            assert_eq!(Facet::parse(name), Some(facet));
            assert_eq!(serde_json::to_value(facet).unwrap(), name);
        }
        for name in Sort::VALUES {
            assert_eq!(Sort::parse(name).map(Sort::as_str), Some(name));
        }
        assert_eq!(Facet::parse("colour"), None);
        let mut by_facet = Facet::ALL;
        by_facet.sort();
        let mut by_name = Facet::NAMES;
        by_name.sort();
        assert_eq!(
            by_facet.map(Facet::as_str),
            by_name,
            "Borrow<str> needs one order"
        );
        assert_eq!(Sort::parse("Title"), None);
    }

    #[test]
    fn vocabulary_filters_by_iri_label_or_alias_become_facet_values() {
        let mut q = SearchQuery {
            types: vec!["https://w3id.org/kim/hcrt/video".into()],
            levels: vec![
                "https://w3id.org/kim/educationalLevel/level_678".into(),
                "Hochschule".into(),
            ],
            subjects: vec!["Biologie".into(), "Basket weaving".into()],
            ..SearchQuery::default()
        };
        q.resolve_vocabulary();
        assert_eq!(q.types, ["video"]);
        assert_eq!(q.levels, ["University", "University"]);
        assert_eq!(q.subjects, ["Biology", "Basket weaving"]);
    }

    #[test]
    fn cursors_reject_garbage_and_other_sorts() {
        let c = Cursor {
            s: Sort::Title,
            k: "abc".into(),
            r: 7,
        }
        .encode();
        assert!(Cursor::decode(&c, Sort::Title).is_ok());
        assert!(Cursor::decode(&c, Sort::Updated).is_err());
        assert!(Cursor::decode("%%%", Sort::Title).is_err());
        assert!(Cursor::decode("e30", Sort::Title).is_err());
    }
}
