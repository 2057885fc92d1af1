//! Reading resources from PostgreSQL: one by id, the live count, the licence overview and the
//! licence families present, every live resource in id order (export), and a source's quality
//! report.

use postgres::fallible_iterator::FallibleIterator;
use postgres::types::ToSql;
use postgres::Client;

use crate::error::{IndexError, Result};
use crate::model::{RecordMetadata, Resource};
use crate::store::licenses::{self, LicenseOverview, LicenseRow};
use crate::store::quality::{QualityReport, Tally};

/// The resource with this id, live or tombstoned (`None` if never seen).
pub(super) fn resource(client: &mut Client, id: &str) -> Result<Option<(Resource, bool)>> {
    let row = client.query_opt("SELECT doc, deleted FROM resources WHERE id = $1", &[&id])?;
    match row {
        Some(row) => Ok(Some((
            serde_json::from_str(row.get::<_, &str>(0))?,
            row.get(1),
        ))),
        None => Ok(None),
    }
}

/// How many live resources the catalogue holds.
pub(super) fn resource_count(client: &mut Client) -> Result<u64> {
    let n: i64 = client
        .query_one("SELECT count(*) FROM resources WHERE NOT deleted", &[])?
        .get(0);
    Ok(n as u64)
}

/// The licence families at least one resource (live or withdrawn) has.
pub(super) fn license_families_present(client: &mut Client) -> Result<Vec<String>> {
    let rows = client.query(
        "SELECT DISTINCT license_family FROM resources WHERE license_family IS NOT NULL
         ORDER BY license_family",
        &[],
    )?;
    Ok(rows.iter().map(|row| row.get(0)).collect())
}

/// Every licence family and id live resources carry, with counts and permissions (named,
/// grouped and ordered as for SQLite, by [`licenses::overview`]).
pub(super) fn license_overview(client: &mut Client) -> Result<LicenseOverview> {
    let total = resource_count(client)?;
    let rows = client.query(
        "SELECT g.license_id, g.license_family, g.n,
            (SELECT (r.doc::jsonb -> 'license')::text FROM resources r
             WHERE NOT r.deleted AND r.license_id = g.license_id LIMIT 1)
         FROM (SELECT license_id, license_family, count(*) AS n FROM resources
               WHERE NOT deleted AND license_id IS NOT NULL
               GROUP BY license_id, license_family) g
         ORDER BY g.n DESC, g.license_id",
        &[],
    )?;
    let rows = rows
        .iter()
        .map(|row| LicenseRow {
            id: row.get(0),
            family: row.get(1),
            count: row.get::<_, i64>(2) as u64,
            license_json: row.get(3),
        })
        .collect();
    Ok(licenses::overview(total, rows))
}

/// Rows an export fetches at a time: memory stays bounded however large the catalogue.
pub(super) const EXPORT_BATCH: i32 = 500;

/// Calls `f` with every live resource, ordered by id, until it fails.
pub(super) fn for_each_resource(
    client: &mut Client,
    f: &mut dyn FnMut(Resource) -> Result<()>,
) -> Result<()> {
    for_each_text(
        client,
        "SELECT doc FROM resources WHERE NOT deleted ORDER BY id",
        &[],
        &mut |doc| f(serde_json::from_str(doc.unwrap_or_default())?),
    )
}

/// The metadata quality report of `source`, counted by [`Tally`] as for SQLite.
pub(super) fn quality_report(client: &mut Client, source: &str) -> Result<QualityReport> {
    if super::registry::source(client, source)?.is_none() {
        return Err(IndexError::UnknownSource(source.to_string()));
    }
    let mut tally = Tally::default();
    for_each_text(
        client,
        "SELECT metadata FROM records WHERE source = $1 AND NOT deleted",
        &[&source],
        &mut |metadata| {
            let parsed = metadata.and_then(|m| serde_json::from_str::<RecordMetadata>(m).ok());
            tally.add(parsed.as_ref());
            Ok(())
        },
    )?;
    Ok(tally.report(source))
}

/// Calls `f` with the first column (text) of every row `sql` returns, until it fails: through
/// a portal (server-side cursor) in one read-only transaction, so one consistent snapshot is
/// read in batches and memory stays bounded however many rows there are.
fn for_each_text(
    client: &mut Client,
    sql: &str,
    params: &[&(dyn ToSql + Sync)],
    f: &mut dyn FnMut(Option<&str>) -> Result<()>,
) -> Result<()> {
    let mut tx = client.build_transaction().read_only(true).start()?;
    let statement = tx.prepare(sql)?;
    let portal = tx.bind(&statement, params)?;
    loop {
        let mut rows = tx.query_portal_raw(&portal, EXPORT_BATCH)?;
        let mut fetched = 0;
        while let Some(row) = rows.next()? {
            fetched += 1;
            f(row.get(0))?;
        }
        if fetched < EXPORT_BATCH {
            break;
        }
    }
    tx.commit()?;
    Ok(())
}
