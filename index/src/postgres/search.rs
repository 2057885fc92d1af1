//! Searching the catalogue in PostgreSQL: every filter, facet, order and cursor of
//! [`crate::search::query`], as SQL over the `resources` table (text through its `tsvector`
//! column, see [`super::text`]; facet filters and counts through its `jsonb` facet values).
//!
//! Answers follow the SQLite engine's: the same filters, facet counts (a facet's own filter left
//! out, most frequent first, then by value), orders (newest first, or by title, each with the
//! row as tie-break) and opaque cursors; relevance is PostgreSQL's `ts_rank` rather than BM25.

use std::collections::BTreeMap;

use postgres::types::ToSql;
use postgres::Client;

use super::text::{self, Term};
use crate::error::{IndexError, Result};
use crate::model::Resource;
use crate::search::query::{
    Cursor, Facet, FacetCounts, SearchQuery, SearchResults, Sort, FACET_VALUES,
};

type Param = Box<dyn ToSql + Sync>;

/// SQL text and its parameters, numbered as they are bound.
#[derive(Default)]
struct Sql {
    text: String,
    params: Vec<Param>,
}

impl Sql {
    /// Binds `value` and returns its placeholder (`$n`).
    fn bind(&mut self, value: impl ToSql + Sync + 'static) -> String {
        self.params.push(Box::new(value));
        format!("${}", self.params.len())
    }

    fn push(&mut self, text: &str) {
        self.text.push_str(text);
    }

    fn params(&self) -> Vec<&(dyn ToSql + Sync)> {
        self.params.iter().map(|p| p.as_ref()).collect()
    }
}

/// One filter of a query.
enum Condition {
    /// Licence families (lower case) or exact ids (upper case).
    License(Vec<String>),
    /// A permission column is (not) set.
    Permission(&'static str, bool),
    /// Free cultural works: commercial use and adaptation allowed (or not).
    Free(bool),
    /// Any of these values of a facet.
    Values(Facet, Vec<String>),
    /// Changed at or after.
    UpdatedSince(String),
}

impl Condition {
    /// The facet whose counts leave this filter out.
    fn facet(&self) -> Option<Facet> {
        match self {
            Condition::License(_) => Some(Facet::License),
            Condition::Values(facet, _) => Some(*facet),
            _ => None,
        }
    }

    fn write(&self, sql: &mut Sql) {
        match self {
            Condition::License(values) => {
                let families: Vec<String> = values.iter().map(|v| v.to_lowercase()).collect();
                let ids: Vec<String> = values.iter().map(|v| v.to_uppercase()).collect();
                let (f, i) = (sql.bind(families), sql.bind(ids));
                sql.push(&format!(
                    "(r.license_family = ANY({f}) OR upper(r.license_id) = ANY({i}))"
                ));
            }
            Condition::Permission(column, value) => {
                let v = sql.bind(*value);
                sql.push(&format!("r.{column} = {v}"));
            }
            Condition::Free(true) => sql.push("(r.commercial AND r.derivatives)"),
            Condition::Free(false) => sql.push("NOT (r.commercial AND r.derivatives)"),
            Condition::Values(facet, values) => {
                // `@>` per value, so the GIN index on the facet values answers each.
                let mut alternatives = Vec::new();
                for value in values {
                    let json = serde_json::json!({ facet.as_str(): [value] }).to_string();
                    let p = sql.bind(json);
                    alternatives.push(format!("r.facets @> {p}::text::jsonb"));
                }
                sql.push(&format!("({})", alternatives.join(" OR ")));
            }
            Condition::UpdatedSince(since) => {
                let p = sql.bind(since.clone());
                sql.push(&format!("r.updated >= {p}"));
            }
        }
    }
}

/// A query's text and filters, ready to write as SQL.
struct Filters {
    terms: Vec<Term>,
    conditions: Vec<Condition>,
}

impl Filters {
    fn new(q: &SearchQuery) -> Result<Self> {
        let mut conditions = Vec::new();
        if !q.licenses.is_empty() {
            conditions.push(Condition::License(q.licenses.clone()));
        }
        for (column, value) in [
            ("open", q.open),
            ("commercial", q.commercial),
            ("derivatives", q.derivatives),
        ] {
            if let Some(v) = value {
                conditions.push(Condition::Permission(column, v));
            }
        }
        if let Some(free) = q.free {
            conditions.push(Condition::Free(free));
        }
        for (facet, values) in [
            (Facet::Language, &q.languages),
            (Facet::Type, &q.types),
            (Facet::Level, &q.levels),
            (Facet::Subject, &q.subjects),
            (Facet::Source, &q.sources),
            (Facet::Accessibility, &q.accessibility),
        ] {
            if !values.is_empty() {
                conditions.push(Condition::Values(facet, values.clone()));
            }
        }
        if let Some(since) = &q.updated_since {
            let since = oerdex_normalise::timestamp::normalize(since).ok_or_else(|| {
                IndexError::InvalidQuery {
                    parameter: "updated_since",
                    message: format!(
                        "{since:?} is not a date; use YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ"
                    ),
                }
            })?;
            conditions.push(Condition::UpdatedSince(since));
        }
        let terms = q.text.as_deref().map(text::terms).unwrap_or_default();
        if terms.len() > text::MAX_TERMS {
            return Err(IndexError::InvalidQuery {
                parameter: "q",
                message: format!(
                    "at most {} different words or phrases on this catalogue",
                    text::MAX_TERMS
                ),
            });
        }
        Ok(Filters { terms, conditions })
    }

    /// `WITH q AS (…)` for the text query, when there is text.
    fn with_text(&self, sql: &mut Sql) {
        if self.terms.is_empty() {
            return;
        }
        let mut parts = Vec::new();
        for term in &self.terms {
            let value = if term.prefix {
                text::prefix_query(&term.text)
            } else {
                term.text.clone()
            };
            let p = sql.bind(value);
            let n: usize = p[1..].parse().unwrap_or_default();
            let part = text::term_sql(term, n);
            parts.push(if term.exclude {
                format!("!!({part})")
            } else {
                part
            });
        }
        sql.push(&format!(
            "WITH q AS (SELECT {} AS tsq) ",
            parts.join(" && ")
        ));
    }

    /// `FROM … WHERE …` over the filtered live resources, leaving out the filter of `except`.
    fn write_from_where(&self, sql: &mut Sql, except: Option<Facet>) {
        if self.terms.is_empty() {
            sql.push("FROM resources r WHERE NOT r.deleted");
        } else {
            sql.push("FROM resources r, q WHERE NOT r.deleted AND r.search @@ q.tsq");
        }
        for condition in &self.conditions {
            if except.is_some() && condition.facet() == except {
                continue;
            }
            sql.push(" AND ");
            condition.write(sql);
        }
    }
}

/// Answers a search: the total, one page, the facet counts and the next cursor.
pub(super) fn search(client: &mut Client, q: &SearchQuery) -> Result<SearchResults> {
    q.check()?;
    let filters = Filters::new(q)?;
    // Relevance needs query text; without it the newest come first.
    let sort = match (q.sort, filters.terms.is_empty()) {
        (Sort::Relevance, true) => Sort::Updated,
        (sort, _) => sort,
    };
    let mut count = Sql::default();
    filters.with_text(&mut count);
    count.push("SELECT count(*) ");
    filters.write_from_where(&mut count, None);
    let total: i64 = client.query_one(&count.text, &count.params())?.get(0);
    let (results, next_cursor) = page(client, &filters, sort, q)?;
    let mut facets = BTreeMap::new();
    for facet in &q.facets {
        facets.insert(*facet, facet_counts(client, &filters, *facet)?);
    }
    Ok(SearchResults {
        total: total as u64,
        results,
        facets,
        next_cursor,
        // Highlights come from the embedded text index, which this engine does not keep.
        highlights: Vec::new(),
    })
}

fn page(
    client: &mut Client,
    filters: &Filters,
    sort: Sort,
    q: &SearchQuery,
) -> Result<(Vec<Resource>, Option<String>)> {
    // Sort key, rows after the cursor, order; the row number breaks ties.
    let (key, after, order) = match sort {
        Sort::Relevance => (
            "ts_rank(r.search, q.tsq)::float8",
            "(k < {k} OR (k = {k} AND rid > {r}))",
            "k DESC, rid ASC",
        ),
        Sort::Updated => (
            "r.updated",
            "(k < {k} OR (k = {k} AND rid < {r}))",
            "k DESC, rid DESC",
        ),
        Sort::Title => (
            "r.title_sort",
            "(k > {k} OR (k = {k} AND rid > {r}))",
            "k ASC, rid ASC",
        ),
    };
    let mut sql = Sql::default();
    filters.with_text(&mut sql);
    sql.push(&format!(
        "SELECT rid, k::text, doc FROM (SELECT r.rowid AS rid, {key} AS k, r.doc AS doc "
    ));
    filters.write_from_where(&mut sql, None);
    sql.push(") m");
    if let Some(text) = &q.cursor {
        let cursor = Cursor::decode(text, sort)?;
        let k = match sort {
            Sort::Relevance => {
                let bits = u64::from_str_radix(&cursor.k, 16).map_err(|_| damaged())?;
                sql.bind(f64::from_bits(bits))
            }
            _ => sql.bind(cursor.k),
        };
        let r = sql.bind(cursor.r);
        sql.push(&format!(
            " WHERE {}",
            after.replace("{k}", &k).replace("{r}", &r)
        ));
    }
    let limit = sql.bind(q.limit as i64 + 1);
    sql.push(&format!(" ORDER BY {order} LIMIT {limit}"));

    let rows = client.query(&sql.text, &sql.params())?;
    let more = rows.len() > q.limit;
    let mut results = Vec::with_capacity(q.limit);
    let mut last = None;
    for row in rows.iter().take(q.limit) {
        let rowid: i64 = row.get(0);
        let key: String = row.get(1);
        results.push(serde_json::from_str(row.get::<_, &str>(2))?);
        last = Some((rowid, key));
    }
    let next_cursor = match (more, last) {
        (true, Some((r, key))) => {
            let k = match sort {
                // The exact bits of the rank, as the SQLite engine keeps BM25's.
                Sort::Relevance => {
                    format!("{:x}", key.parse::<f64>().map_err(|_| damaged())?.to_bits())
                }
                _ => key,
            };
            Some(Cursor { s: sort, k, r }.encode())
        }
        _ => None,
    };
    Ok((results, next_cursor))
}

fn damaged() -> IndexError {
    IndexError::InvalidQuery {
        parameter: "cursor",
        message: "damaged cursor".into(),
    }
}

fn facet_counts(client: &mut Client, filters: &Filters, facet: Facet) -> Result<FacetCounts> {
    let mut sql = Sql::default();
    filters.with_text(&mut sql);
    if facet == Facet::License {
        sql.push("SELECT r.license_family AS v, count(*) AS n ");
        filters.write_from_where(&mut sql, Some(facet));
        sql.push(" AND r.license_family IS NOT NULL GROUP BY v");
    } else {
        let field = sql.bind(facet.as_str().to_string());
        sql.push(&format!(
            "SELECT v COLLATE \"C\" AS v, count(*) AS n FROM (SELECT r.facets -> {field}::text AS vals "
        ));
        filters.write_from_where(&mut sql, Some(facet));
        sql.push(") m, jsonb_array_elements_text(m.vals) v GROUP BY 1");
    }
    sql.push(&format!(" ORDER BY n DESC, v LIMIT {FACET_VALUES}"));
    let rows = client.query(&sql.text, &sql.params())?;
    Ok(FacetCounts(
        rows.iter()
            .map(|row| (row.get(0), row.get::<_, i64>(1) as u64))
            .collect(),
    ))
}
