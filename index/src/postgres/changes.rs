//! The change feed in PostgreSQL, for the OAI-PMH provider and mirrors: every resource, live or
//! deleted, in the order it last changed (`updated`, then row), by time range and set, paged by
//! keyset (as [`crate::store::changes`] does in SQLite).

use postgres::types::ToSql;
use postgres::{Client, Row};

use crate::error::Result;
use crate::model::Resource;
use crate::store::changes::{Change, ChangesQuery, SetFilter};

type Param = Box<dyn ToSql + Sync>;

fn refs(params: &[Param]) -> Vec<&(dyn ToSql + Sync)> {
    params.iter().map(|p| p.as_ref()).collect()
}

/// Adds `value` to `params`; its placeholder.
fn bind(params: &mut Vec<Param>, value: Param) -> String {
    params.push(value);
    format!("${}", params.len())
}

/// One page of changes and the total matching the query (ignoring `after`).
pub(super) fn changes(client: &mut Client, q: &ChangesQuery) -> Result<(Vec<Change>, u64)> {
    let mut conditions = vec!["TRUE".to_string()];
    let mut params: Vec<Param> = Vec::new();
    if let Some(from) = &q.from {
        let p = bind(&mut params, Box::new(from.clone()));
        conditions.push(format!("r.updated >= {p}"));
    }
    if let Some(until) = &q.until {
        let p = bind(&mut params, Box::new(until.clone()));
        conditions.push(format!("r.updated <= {p}"));
    }
    match &q.set {
        Some(SetFilter::Source(name)) => {
            // A tombstone's document keeps the sources that last held it.
            let p = bind(&mut params, Box::new(name.clone()));
            conditions.push(format!(
                "EXISTS (SELECT 1 FROM jsonb_array_elements(r.doc::jsonb -> 'sources') s
                         WHERE s ->> 'source' = {p})"
            ));
        }
        Some(SetFilter::License(family)) => {
            let p = bind(&mut params, Box::new(family.clone()));
            conditions.push(format!("r.license_family = {p}"));
        }
        Some(SetFilter::Open) => conditions.push("r.open".into()),
        None => {}
    }
    let filter = conditions.join(" AND ");
    let total: i64 = client
        .query_one(
            &format!("SELECT count(*) FROM resources r WHERE {filter}"),
            &refs(&params),
        )?
        .get(0);
    let mut sql =
        format!("SELECT r.rowid, r.updated, r.deleted, r.doc FROM resources r WHERE {filter}");
    if let Some((updated, rowid)) = &q.after {
        let u = bind(&mut params, Box::new(updated.clone()));
        let r = bind(&mut params, Box::new(*rowid));
        sql.push_str(&format!(
            " AND (r.updated > {u} OR (r.updated = {u} AND r.rowid > {r}))"
        ));
    }
    let limit = bind(&mut params, Box::new(q.limit.min(i64::MAX as usize) as i64));
    sql.push_str(&format!(" ORDER BY r.updated, r.rowid LIMIT {limit}"));
    let rows = client.query(&sql, &refs(&params))?;
    let changes = rows.iter().map(change_from_row).collect::<Result<_>>()?;
    Ok((changes, total as u64))
}

/// The resource `id` in the change feed (live or deleted).
pub(super) fn change(client: &mut Client, id: &str) -> Result<Option<Change>> {
    let row = client.query_opt(
        "SELECT rowid, updated, deleted, doc FROM resources WHERE id = $1",
        &[&id],
    )?;
    row.as_ref().map(change_from_row).transpose()
}

/// The oldest change in the catalogue, if any.
pub(super) fn earliest_change(client: &mut Client) -> Result<Option<String>> {
    Ok(client
        .query_one("SELECT min(updated) FROM resources", &[])?
        .get(0))
}

fn change_from_row(row: &Row) -> Result<Change> {
    let (rowid, updated): (i64, String) = (row.get(0), row.get(1));
    let mut resource: Resource = serde_json::from_str(row.get::<_, &str>(3))?;
    resource.updated = updated.clone();
    Ok(Change {
        resource,
        deleted: row.get(2),
        position: (updated, rowid),
    })
}
