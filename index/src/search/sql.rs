//! The SQL engine: every filter, order, page and facet count as SQL over the catalogue, the
//! text index's matches and scores joined in from a temporary table. It answers every query, and is the reference the column engine is
//! tested against; the column engine answers faster when it is loaded.

use std::collections::BTreeMap;

use rusqlite::types::Value;

use super::query::{Cursor, FacetCounts, SearchQuery, SearchResults, Sort, FACET_VALUES};
use super::text::TextQuery;
use crate::error::{IndexError, Result};
use crate::model::Resource;
use crate::store::db::Index;

/// SQL conditions and their parameters, built from the filters.
pub(crate) struct Filters {
    /// The query text, parsed, if any.
    pub text: Option<TextQuery>,
    /// (facet the condition belongs to, SQL, parameters)
    conditions: Vec<(&'static str, String, Vec<Value>)>,
}

impl Filters {
    pub(crate) fn new(q: &SearchQuery) -> Result<Self> {
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
            let since = oerdex_normalise::timestamp::normalize(since).ok_or_else(|| {
                IndexError::InvalidQuery {
                    parameter: "updated_since",
                    message: format!(
                        "{since:?} is not a date; use YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ"
                    ),
                }
            })?;
            conditions.push(("", "r.updated >= ?".to_string(), vec![Value::Text(since)]));
        }
        Ok(Filters {
            text: q.text.as_deref().and_then(TextQuery::parse),
            conditions,
        })
    }

    /// `FROM … WHERE …` over the filtered live resources, leaving out the filter of `except`.
    fn sql_where(&self, except: &str) -> (String, Vec<Value>) {
        let mut sql = String::from("FROM resources r");
        let mut params = Vec::new();
        if self.text.is_some() {
            // The text index's matches, put there by `Index::put_text_hits`.
            sql.push_str(" JOIN temp.text_hits h ON h.rowid = r.rowid");
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
    /// Answers a search with SQL alone: the total, one page, the facet counts and the next
    /// cursor. `sort` is the order to use (relevance without text is the newest first).
    pub(crate) fn search_sql(
        &self,
        q: &SearchQuery,
        filters: &Filters,
        sort: Sort,
    ) -> Result<SearchResults> {
        if let Some(text) = &filters.text {
            let hits = self.text_hits(text, &q.languages)?;
            self.put_text_hits(&hits)?;
        }
        let (from_where, params) = filters.sql_where("");
        let total: u64 = self.conn.query_row(
            &format!("SELECT count(*) {from_where}"),
            rusqlite::params_from_iter(params.iter()),
            |row| row.get(0),
        )?;
        let (results, next_cursor) = self.page(filters, sort, q)?;
        let mut facets = BTreeMap::new();
        for facet in &q.facets {
            facets.insert(*facet, self.facet_counts(filters, facet.as_str())?);
        }
        Ok(SearchResults {
            total,
            results,
            facets,
            next_cursor,
            highlights: Vec::new(),
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
            Sort::Relevance => ("h.score", "(k > ? OR (k = ? AND id > ?))", "k ASC, id ASC"),
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

    /// Puts the text index's matches in the connection's temporary table `text_hits`, for the
    /// queries of one search to join.
    fn put_text_hits(&self, hits: &[super::text::Hit]) -> Result<()> {
        let tx = self.conn.unchecked_transaction()?;
        tx.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS text_hits (rowid INTEGER PRIMARY KEY, score REAL NOT NULL);
             DELETE FROM temp.text_hits;",
        )?;
        {
            let mut insert =
                tx.prepare_cached("INSERT INTO temp.text_hits (rowid, score) VALUES (?1, ?2)")?;
            for hit in hits {
                insert.execute(rusqlite::params![hit.rowid, hit.score])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    fn facet_counts(&self, filters: &Filters, facet: &str) -> Result<FacetCounts> {
        let (from_where, mut params) = filters.sql_where(facet);
        // Only this facet's own filter (ignored here) or none: count over the whole catalogue,
        // straight from the facet values, which exist for live resources only.
        let unfiltered =
            filters.text.is_none() && filters.conditions.iter().all(|(f, _, _)| *f == facet);
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
}
