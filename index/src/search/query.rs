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
use crate::model::Resource;

/// Result order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
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
    /// Parses `relevance`, `updated` or `title`.
    pub fn parse(value: &str) -> Result<Self> {
        match value {
            "relevance" => Ok(Sort::Relevance),
            "updated" => Ok(Sort::Updated),
            "title" => Ok(Sort::Title),
            other => Err(IndexError::InvalidQuery {
                parameter: "sort",
                message: format!("unknown sort {other:?}; use relevance, updated or title"),
            }),
        }
    }
}

/// The facets oerdex counts.
pub const FACETS: &[&str] = &[
    "license",
    "language",
    "type",
    "level",
    "source",
    "subject",
    "accessibility",
];

/// Largest page size.
pub const MAX_LIMIT: usize = 100;

/// How many values a facet lists at most (most frequent first).
pub(crate) const FACET_VALUES: usize = 50;

/// A search request. Filters on different fields AND; values within one field OR.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchQuery {
    /// Free text; words AND, `"quoted phrases"`, a trailing `*` for prefixes.
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
    /// Which facets to count (names from [`FACETS`]).
    pub facets: Vec<String>,
}

impl SearchQuery {
    /// A match-all query with the default page size and every facet.
    pub fn new() -> Self {
        SearchQuery {
            limit: 20,
            facets: FACETS.iter().map(|f| f.to_string()).collect(),
            ..Default::default()
        }
    }

    /// Checks the bounds every engine relies on: the page size and the facet names.
    pub fn check(&self) -> Result<()> {
        if self.limit == 0 || self.limit > MAX_LIMIT {
            return Err(IndexError::InvalidQuery {
                parameter: "limit",
                message: format!("must be between 1 and {MAX_LIMIT}"),
            });
        }
        for facet in &self.facets {
            if !FACETS.contains(&facet.as_str()) {
                return Err(IndexError::InvalidQuery {
                    parameter: "facets",
                    message: format!("unknown facet {facet:?}; use {}", FACETS.join(", ")),
                });
            }
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
pub struct SearchResults {
    /// How many resources match in all.
    pub total: u64,
    /// This page.
    pub results: Vec<Resource>,
    /// Counts per facet value over the filtered set (each facet ignoring its own filter).
    pub facets: BTreeMap<String, FacetCounts>,
    /// Cursor for the next page, `None` on the last.
    pub next_cursor: Option<String>,
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
