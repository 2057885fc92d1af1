//! Search: full-text (FTS5, BM25) with licence and facet filters, facet counts and stable
//! cursor pagination.
//!
//! A [`SearchQuery`] is a typed filter built outside any handler; [`Index::search`] turns it into
//! SQL here. Every user string reaches SQLite as a bound parameter, and the full-text query is
//! rebuilt from quoted terms, so no input can inject FTS5 syntax or SQL.

use std::collections::BTreeMap;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rusqlite::types::Value;
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};

use crate::db::Index;
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
    /// Accessibility filters ([`crate::accessibility::FILTERS`]).
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

/// Builds an FTS5 query from user text: each word or `"phrase"` becomes a quoted FTS5 string (so
/// operators and punctuation are inert); a trailing `*` keeps prefix search. `None` when nothing
/// searchable remains.
pub fn fts_query(text: &str) -> Option<String> {
    let mut terms = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        rest = rest.trim_start();
        let (term, after) = if let Some(stripped) = rest.strip_prefix('"') {
            match stripped.find('"') {
                Some(end) => (&stripped[..end], &stripped[end + 1..]),
                None => (stripped, ""),
            }
        } else {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            (&rest[..end], &rest[end..])
        };
        rest = after;
        let prefix = term.ends_with('*');
        let clean: String = term
            .chars()
            .map(|c| if c.is_control() || c == '"' { ' ' } else { c })
            .collect();
        let clean = clean.trim_end_matches('*').trim();
        if !clean.chars().any(char::is_alphanumeric) {
            continue;
        }
        let mut fts = format!("\"{clean}\"");
        if prefix {
            fts.push_str(" *");
        }
        terms.push(fts);
    }
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// SQL conditions and their parameters, built from the filters.
pub(crate) struct Filters {
    /// The FTS5 query built from the text, if any.
    pub fts: Option<String>,
    /// (facet the condition belongs to, SQL, parameters)
    conditions: Vec<(&'static str, String, Vec<Value>)>,
}

impl Filters {
    fn new(q: &SearchQuery) -> Result<Self> {
        let mut conditions = Vec::new();
        if !q.licenses.is_empty() {
            let marks = placeholders(q.licenses.len());
            let mut params: Vec<Value> = q
                .licenses
                .iter()
                .map(|l| Value::Text(l.to_lowercase()))
                .collect();
            params.extend(q.licenses.iter().map(|l| Value::Text(l.to_uppercase())));
            conditions.push((
                "license",
                format!("(r.license_family IN ({marks}) OR upper(r.license_id) IN ({marks}))"),
                params,
            ));
        }
        for (column, value) in [
            ("open", q.open),
            ("commercial", q.commercial),
            ("derivatives", q.derivatives),
        ] {
            if let Some(v) = value {
                conditions.push((
                    "",
                    format!("r.{column} = ?"),
                    vec![Value::Integer(v as i64)],
                ));
            }
        }
        if let Some(free) = q.free {
            let both = "(r.commercial = 1 AND r.derivatives = 1)";
            let condition = if free {
                both.to_string()
            } else {
                format!("NOT {both}")
            };
            conditions.push(("", condition, Vec::new()));
        }
        for (field, values) in [
            ("language", &q.languages),
            ("type", &q.types),
            ("level", &q.levels),
            ("subject", &q.subjects),
            ("source", &q.sources),
            ("accessibility", &q.accessibility),
        ] {
            if values.is_empty() {
                continue;
            }
            let mut params = vec![Value::Text(format!("$.{field}"))];
            params.extend(values.iter().map(|v| Value::Text(v.clone())));
            conditions.push((
                field,
                // Correlated, so a full-text query reads the values of its matches only.
                format!(
                    "EXISTS (SELECT 1 FROM resource_facets f, json_each(f.vals, ?) v
                     WHERE f.resource_rowid = r.rowid AND v.value IN ({}))",
                    placeholders(values.len())
                ),
                params,
            ));
        }
        if let Some(since) = &q.updated_since {
            let since =
                crate::timestamp::normalize(since).ok_or_else(|| IndexError::InvalidQuery {
                    parameter: "updated_since",
                    message: format!(
                        "{since:?} is not a date; use YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ"
                    ),
                })?;
            conditions.push(("", "r.updated >= ?".to_string(), vec![Value::Text(since)]));
        }
        Ok(Filters {
            fts: q.text.as_deref().and_then(fts_query),
            conditions,
        })
    }

    /// `FROM … WHERE …` over the filtered live resources, leaving out the filter of `except`.
    fn sql_where(&self, except: &str) -> (String, Vec<Value>) {
        let mut sql = String::from("FROM resources r");
        let mut params = Vec::new();
        if let Some(fts) = &self.fts {
            sql.push_str(
                " JOIN resources_fts ON resources_fts.rowid = r.rowid AND resources_fts MATCH ?",
            );
            params.push(Value::Text(fts.clone()));
        }
        sql.push_str(" WHERE r.deleted = 0");
        for (facet, condition, values) in &self.conditions {
            if *facet == except && !except.is_empty() {
                continue;
            }
            sql.push_str(" AND ");
            sql.push_str(condition);
            params.extend(values.iter().cloned());
        }
        (sql, params)
    }
}

fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

impl Index {
    /// Runs a search: one page of results, the total, the facet counts and the next cursor.
    pub fn search(&self, q: &SearchQuery) -> Result<SearchResults> {
        if q.limit == 0 || q.limit > MAX_LIMIT {
            return Err(IndexError::InvalidQuery {
                parameter: "limit",
                message: format!("must be between 1 and {MAX_LIMIT}"),
            });
        }
        for facet in &q.facets {
            if !FACETS.contains(&facet.as_str()) {
                return Err(IndexError::InvalidQuery {
                    parameter: "facets",
                    message: format!("unknown facet {facet:?}; use {}", FACETS.join(", ")),
                });
            }
        }
        let filters = Filters::new(q)?;
        // Relevance needs query text; without it the newest come first.
        let sort = match (q.sort, &filters.fts) {
            (Sort::Relevance, None) => Sort::Updated,
            (sort, _) => sort,
        };
        if let Some(columns) = &self.columns {
            match crate::column_search::search(self, columns, q, &filters, sort) {
                Ok(Some(results)) => return Ok(results),
                Ok(None) => {}
                Err(IndexError::Columns(message)) => {
                    tracing::warn!(%message, "search columns given up; searching SQLite alone");
                    columns.give_up();
                }
                Err(e) => return Err(e),
            }
        }
        let (from_where, params) = filters.sql_where("");
        let total: u64 = self.conn.query_row(
            &format!("SELECT count(*) {from_where}"),
            rusqlite::params_from_iter(params.iter()),
            |row| row.get(0),
        )?;
        let (results, next_cursor) = self.page(&filters, sort, q)?;
        let mut facets = BTreeMap::new();
        for facet in &q.facets {
            facets.insert(facet.clone(), self.facet_counts(&filters, facet)?);
        }
        Ok(SearchResults {
            total,
            results,
            facets,
            next_cursor,
        })
    }

    pub(crate) fn page(
        &self,
        filters: &Filters,
        sort: Sort,
        q: &SearchQuery,
    ) -> Result<(Vec<Resource>, Option<String>)> {
        let (from_where, mut params) = filters.sql_where("");
        // Sort key as text, comparable in SQL; rows after the cursor; order.
        let (key, after, order) = match sort {
            Sort::Relevance => (
                "bm25(resources_fts, 10.0, 1.0, 5.0, 3.0, 2.0)",
                "(k > ? OR (k = ? AND id > ?))",
                "k ASC, id ASC",
            ),
            Sort::Updated => (
                "r.updated",
                "(k < ? OR (k = ? AND id < ?))",
                "k DESC, id DESC",
            ),
            Sort::Title => (
                "r.title_sort",
                "(k > ? OR (k = ? AND id > ?))",
                "k ASC, id ASC",
            ),
        };
        let mut sql =
            format!("SELECT * FROM (SELECT r.rowid AS id, {key} AS k, r.doc AS doc {from_where})");
        if let Some(text) = &q.cursor {
            let cursor = Cursor::decode(text, sort)?;
            let k = match sort {
                Sort::Relevance => {
                    let bits = u64::from_str_radix(&cursor.k, 16).map_err(|_| {
                        IndexError::InvalidQuery {
                            parameter: "cursor",
                            message: "damaged cursor".into(),
                        }
                    })?;
                    Value::Real(f64::from_bits(bits))
                }
                _ => Value::Text(cursor.k),
            };
            sql.push_str(&format!(" WHERE {after}"));
            params.extend([k.clone(), k, Value::Integer(cursor.r)]);
        }
        sql.push_str(&format!(" ORDER BY {order} LIMIT ?"));
        params.push(Value::Integer(q.limit as i64 + 1));

        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(params.iter()))?;
        let mut results = Vec::with_capacity(q.limit);
        let mut last: Option<(i64, String)> = None;
        let mut more = false;
        while let Some(row) = rows.next()? {
            if results.len() == q.limit {
                more = true;
                break;
            }
            let rowid: i64 = row.get(0)?;
            let key = match row.get_ref(1)? {
                rusqlite::types::ValueRef::Real(f) => format!("{:x}", f.to_bits()),
                rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                _ => String::new(),
            };
            let doc: String = row.get(2)?;
            results.push(serde_json::from_str(&doc)?);
            last = Some((rowid, key));
        }
        let next_cursor = match (more, last) {
            (true, Some((r, k))) => Some(Cursor { s: sort, k, r }.encode()),
            _ => None,
        };
        Ok((results, next_cursor))
    }

    fn facet_counts(&self, filters: &Filters, facet: &str) -> Result<FacetCounts> {
        let (from_where, mut params) = filters.sql_where(facet);
        // Only this facet's own filter (ignored here) or none: count over the whole catalogue,
        // straight from the facet values, which exist for live resources only.
        let unfiltered =
            filters.fts.is_none() && filters.conditions.iter().all(|(f, _, _)| *f == facet);
        let sql = if facet != "license" && unfiltered {
            params = vec![Value::Text(format!("$.{facet}"))];
            format!(
                "SELECT v.value, count(*) AS n FROM resource_facets f, json_each(f.vals, ?) v
                 GROUP BY v.value ORDER BY n DESC, v.value LIMIT {FACET_VALUES}"
            )
        } else if facet == "license" {
            format!(
                "SELECT r.license_family, count(*) AS n {from_where} AND r.license_family IS NOT NULL
                 GROUP BY r.license_family ORDER BY n DESC, r.license_family LIMIT {FACET_VALUES}"
            )
        } else {
            // From the matches to their values (CROSS JOIN keeps that order), not the other
            // way round: a full-text query's matches are far fewer than the resources.
            params.push(Value::Text(format!("$.{facet}")));
            format!(
                "SELECT v.value, count(*) AS n
                 FROM (SELECT r.rowid AS rid {from_where}) m
                 CROSS JOIN resource_facets f ON f.resource_rowid = m.rid, json_each(f.vals, ?) v
                 GROUP BY v.value ORDER BY n DESC, v.value LIMIT {FACET_VALUES}"
            )
        };
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(params.iter()), |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, u64>(1)?))
        })?;
        Ok(FacetCounts(rows.collect::<rusqlite::Result<_>>()?))
    }

    /// The resource with this id, live or tombstoned (`Ok(None)` if never seen).
    pub fn resource(&self, id: &str) -> Result<Option<(Resource, bool)>> {
        use rusqlite::OptionalExtension;
        let row: Option<(String, bool)> = self
            .conn
            .query_row(
                "SELECT doc, deleted FROM resources WHERE id = ?1",
                [id],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        match row {
            Some((doc, deleted)) => Ok(Some((serde_json::from_str(&doc)?, deleted))),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_becomes_inert_fts_terms() {
        let cases = [
            ("fractions", Some(r#""fractions""#)),
            ("linear algebra", Some(r#""linear" "algebra""#)),
            (
                r#""open educational" resources"#,
                Some(r#""open educational" "resources""#),
            ),
            ("photo*", Some(r#""photo" *"#)),
            ("NOT OR AND NEAR(", Some(r#""NOT" "OR" "AND" "NEAR(""#)),
            ("title:foo", Some(r#""title:foo""#)),
            (r#"unbalanced "quote"#, Some(r#""unbalanced" "quote""#)),
            ("a\0b", Some(r#""a b""#)),
            ("* - ( ) \"\"", None),
            ("", None),
        ];
        for (input, expected) in cases {
            assert_eq!(fts_query(input).as_deref(), expected, "{input:?}");
        }
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
