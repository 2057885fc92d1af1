//! The catalogue's change feed, for the OAI-PMH data provider: every resource, live or deleted,
//! in the order it last changed (`updated`, then rowid), selectable by time range and set, paged
//! by keyset so a page can be asked for again, after a restart, with the same answer.

use rusqlite::types::Value;
use rusqlite::OptionalExtension;

use crate::error::Result;
use crate::model::Resource;
use crate::store::db::Index;

/// A selective-harvesting set of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetFilter {
    /// `source:<name>`: resources one source contributed (deleted ones by their last sources).
    Source(String),
    /// `license:<family>`: resources under a licence family.
    License(String),
    /// `open`: resources under an open licence (UNESCO 2019).
    Open,
}

impl SetFilter {
    /// Parses a setSpec; `None` for specs the catalogue does not have.
    pub fn parse(spec: &str) -> Option<Self> {
        if spec == "open" {
            return Some(SetFilter::Open);
        }
        if let Some(name) = spec.strip_prefix("source:").filter(|n| !n.is_empty()) {
            return Some(SetFilter::Source(name.to_string()));
        }
        spec.strip_prefix("license:")
            .filter(|f| oerdex_normalise::license::FAMILIES.contains(f))
            .map(|f| SetFilter::License(f.to_string()))
    }
}

/// Which changes to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangesQuery {
    /// Changed at or after (`YYYY-MM-DDThh:mm:ssZ`).
    pub from: Option<String>,
    /// Changed at or before.
    pub until: Option<String>,
    /// Only this set.
    pub set: Option<SetFilter>,
    /// Start after this (updated, rowid) position.
    pub after: Option<(String, i64)>,
    /// Page size.
    pub limit: usize,
}

/// One entry of the change feed.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// The resource (its last known state, for deleted ones).
    pub resource: Resource,
    /// Deleted at every source.
    pub deleted: bool,
    /// Position in the feed, for the next page.
    pub position: (String, i64),
}

impl Index {
    /// One page of changes and the total matching the query (ignoring `after`).
    pub fn changes(&self, q: &ChangesQuery) -> Result<(Vec<Change>, u64)> {
        let mut conditions = vec!["1 = 1".to_string()];
        let mut params: Vec<Value> = Vec::new();
        if let Some(from) = &q.from {
            conditions.push("r.updated >= ?".into());
            params.push(Value::Text(from.clone()));
        }
        if let Some(until) = &q.until {
            conditions.push("r.updated <= ?".into());
            params.push(Value::Text(until.clone()));
        }
        match &q.set {
            Some(SetFilter::Source(name)) => {
                conditions.push(
                    "EXISTS (SELECT 1 FROM json_each(r.doc, '$.sources') s
                             WHERE json_extract(s.value, '$.source') = ?)"
                        .into(),
                );
                params.push(Value::Text(name.clone()));
            }
            Some(SetFilter::License(family)) => {
                conditions.push("r.license_family = ?".into());
                params.push(Value::Text(family.clone()));
            }
            Some(SetFilter::Open) => conditions.push("r.open = 1".into()),
            None => {}
        }
        let filter = conditions.join(" AND ");
        let total: u64 = self.conn.query_row(
            &format!("SELECT count(*) FROM resources r WHERE {filter}"),
            rusqlite::params_from_iter(params.iter()),
            |row| row.get(0),
        )?;
        let mut page_params = params.clone();
        let mut sql =
            format!("SELECT r.rowid, r.updated, r.deleted, r.doc FROM resources r WHERE {filter}");
        if let Some((updated, rowid)) = &q.after {
            sql.push_str(" AND (r.updated > ? OR (r.updated = ? AND r.rowid > ?))");
            page_params.extend([
                Value::Text(updated.clone()),
                Value::Text(updated.clone()),
                Value::Integer(*rowid),
            ]);
        }
        sql.push_str(" ORDER BY r.updated, r.rowid LIMIT ?");
        page_params.push(Value::Integer(q.limit as i64));
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(page_params.iter()), |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, bool>(2)?,
                row.get::<_, String>(3)?,
            ))
        })?;
        let mut changes = Vec::new();
        for row in rows {
            let (rowid, updated, deleted, doc) = row?;
            let mut resource: Resource = serde_json::from_str(&doc)?;
            resource.updated = updated.clone();
            changes.push(Change {
                resource,
                deleted,
                position: (updated, rowid),
            });
        }
        Ok((changes, total))
    }

    /// The resource `id` in the change feed (live or deleted).
    pub fn change(&self, id: &str) -> Result<Option<Change>> {
        let row: Option<(i64, String, bool, String)> = self
            .conn
            .query_row(
                "SELECT rowid, updated, deleted, doc FROM resources WHERE id = ?1",
                [id],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
            )
            .optional()?;
        let Some((rowid, updated, deleted, doc)) = row else {
            return Ok(None);
        };
        let mut resource: Resource = serde_json::from_str(&doc)?;
        resource.updated = updated.clone();
        Ok(Some(Change {
            resource,
            deleted,
            position: (updated, rowid),
        }))
    }

    /// The oldest change in the catalogue, if any.
    pub fn earliest_change(&self) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT min(updated) FROM resources", [], |row| row.get(0))?)
    }

    /// The licence families present (live or deleted), for the `license:<family>` sets.
    pub fn license_families_present(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT DISTINCT license_family FROM resources WHERE license_family IS NOT NULL ORDER BY 1",
        )?;
        let rows = stmt.query_map([], |row| row.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_specs() {
        assert_eq!(SetFilter::parse("open"), Some(SetFilter::Open));
        assert_eq!(
            SetFilter::parse("source:zoerr"),
            Some(SetFilter::Source("zoerr".into()))
        );
        assert_eq!(
            SetFilter::parse("license:cc-by-sa"),
            Some(SetFilter::License("cc-by-sa".into()))
        );
        assert_eq!(SetFilter::parse("license:nonsense"), None);
        assert_eq!(SetFilter::parse("source:"), None);
        assert_eq!(SetFilter::parse("math"), None);
    }
}
