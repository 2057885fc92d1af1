//! The source registry and the harvest leases in PostgreSQL.
//!
//! A lease is one row per source. Taking it locks that row (`SELECT … FOR UPDATE` after making
//! sure it exists), so of two nodes asking at once one waits for the other's decision and never
//! both win.

use std::time::Duration;

use postgres::{Client, GenericClient, Row};

use crate::error::{IndexError, Result};
use crate::model::source::Source;

const COLUMNS: &str = "name, url, metadata_prefix, sets, enabled, default_license, \
    repository_name, granularity, earliest_datestamp, deleted_record, formats, added_at";

fn source_from_row(row: &Row) -> Source {
    let json_list = |i: usize| -> Vec<String> {
        serde_json::from_str(row.get::<_, &str>(i)).unwrap_or_default()
    };
    Source {
        name: row.get(0),
        url: row.get(1),
        metadata_prefix: row.get(2),
        sets: json_list(3),
        enabled: row.get(4),
        default_license: row.get(5),
        repository_name: row.get(6),
        granularity: row.get(7),
        earliest_datestamp: row.get(8),
        deleted_record: row.get(9),
        formats: json_list(10),
        added_at: row.get(11),
    }
}

/// Every source, by name.
pub(super) fn sources(client: &mut Client) -> Result<Vec<Source>> {
    let rows = client.query(&format!("SELECT {COLUMNS} FROM sources ORDER BY name"), &[])?;
    Ok(rows.iter().map(source_from_row).collect())
}

/// The source named `name`.
pub(super) fn source(client: &mut Client, name: &str) -> Result<Option<Source>> {
    let row = client.query_opt(
        &format!("SELECT {COLUMNS} FROM sources WHERE name = $1"),
        &[&name],
    )?;
    Ok(row.as_ref().map(source_from_row))
}

/// Live records the source contributes.
pub(super) fn source_record_count(client: &mut Client, name: &str) -> Result<u64> {
    let n: i64 = client
        .query_one(
            "SELECT count(*) FROM records WHERE source = $1 AND NOT deleted",
            &[&name],
        )?
        .get(0);
    Ok(n as u64)
}

/// Registers a new source; fails if the name is taken.
pub(super) fn add_source(client: &mut Client, source: &Source) -> Result<()> {
    insert_new_source(client, source)
}

/// Inserts `source` unless its name is taken (then [`IndexError::DuplicateSource`]).
pub(super) fn insert_new_source(client: &mut impl GenericClient, source: &Source) -> Result<()> {
    let inserted = client.execute(
        &format!(
            "INSERT INTO sources ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
             ON CONFLICT (name) DO NOTHING"
        ),
        &params(source)?.iter().map(|p| p.as_ref()).collect::<Vec<_>>(),
    )?;
    if inserted == 0 {
        return Err(IndexError::DuplicateSource(source.name.clone()));
    }
    Ok(())
}

/// Registers or updates a source, keeping its records and harvest state.
pub(super) fn put_source(client: &mut Client, source: &Source) -> Result<()> {
    client.execute(
        &format!(
            "INSERT INTO sources ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
             ON CONFLICT (name) DO UPDATE SET url = $2, metadata_prefix = $3, sets = $4,
               enabled = $5, default_license = $6, repository_name = $7, granularity = $8,
               earliest_datestamp = $9, deleted_record = $10, formats = $11"
        ),
        &params(source)?.iter().map(|p| p.as_ref()).collect::<Vec<_>>(),
    )?;
    Ok(())
}

type Param = Box<dyn postgres::types::ToSql + Sync>;

fn params(source: &Source) -> Result<Vec<Param>> {
    Ok(vec![
        Box::new(source.name.clone()),
        Box::new(source.url.clone()),
        Box::new(source.metadata_prefix.clone()),
        Box::new(serde_json::to_string(&source.sets)?),
        Box::new(source.enabled),
        Box::new(source.default_license.clone()),
        Box::new(source.repository_name.clone()),
        Box::new(source.granularity.clone()),
        Box::new(source.earliest_datestamp.clone()),
        Box::new(source.deleted_record.clone()),
        Box::new(serde_json::to_string(&source.formats)?),
        Box::new(source.added_at.clone()),
    ])
}

/// Who holds (or last held) the lease on `source`, if anyone.
pub(super) fn lease_holder(client: &mut Client, source: &str) -> Result<Option<String>> {
    let row = client.query_opt(
        "SELECT holder FROM leases WHERE source = $1 AND holder <> ''",
        &[&source],
    )?;
    Ok(row.map(|r| r.get(0)))
}

/// Takes or extends the lease on harvesting `source` (see [`crate::catalogue::Writer`]).
pub(super) fn acquire_lease(
    client: &mut Client,
    source: &str,
    holder: &str,
    ttl: Duration,
    gone: &(dyn Fn(&str) -> bool + Sync),
) -> Result<bool> {
    let mut tx = client.transaction()?;
    // The database's clock, not this node's: every node judges expiry by the same clock.
    let now: i64 = tx
        .query_one(
            "SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint",
            &[],
        )?
        .get(0);
    let expires = now.saturating_add(i64::try_from(ttl.as_millis()).unwrap_or(i64::MAX));
    // An expired placeholder, so there is always a row to lock.
    tx.execute(
        "INSERT INTO leases (source, holder, expires) VALUES ($1, '', 0)
         ON CONFLICT (source) DO NOTHING",
        &[&source],
    )?;
    let row = tx.query_one(
        "SELECT holder, expires FROM leases WHERE source = $1 FOR UPDATE",
        &[&source],
    )?;
    let (current, until): (String, i64) = (row.get(0), row.get(1));
    let free = current.is_empty() || current == holder || until <= now || gone(&current);
    if free {
        tx.execute(
            "UPDATE leases SET holder = $2, expires = $3 WHERE source = $1",
            &[&source, &holder, &expires],
        )?;
    }
    tx.commit()?;
    Ok(free)
}

/// Gives the lease up (nothing happens unless `holder` holds it).
pub(super) fn release_lease(client: &mut Client, source: &str, holder: &str) -> Result<()> {
    client.execute(
        "DELETE FROM leases WHERE source = $1 AND holder = $2",
        &[&source, &holder],
    )?;
    Ok(())
}
