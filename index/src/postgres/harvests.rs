//! Harvest bookkeeping in PostgreSQL: the harvest log, the checkpoint of a running harvest and
//! where the last complete one ended (as [`crate::store::harvests`] keeps them in SQLite).

use postgres::{Client, GenericClient, Row};

use crate::error::Result;
use crate::model::harvest::{Checkpoint, Counts, HarvestLog, StartPoint};

/// Stores `checkpoint` and, for committed pages, adds their counts and number to the harvest's.
pub(super) fn store_checkpoint(
    tx: &mut impl GenericClient,
    checkpoint: &Checkpoint,
    source: &str,
    pages: Option<(&Counts, u64)>,
) -> Result<()> {
    tx.execute(
        "INSERT INTO harvest_state (source, checkpoint_harvest_id, checkpoint_token,
            checkpoint_from, checkpoint_full, checkpoint_response_date, checkpoint_set,
            checkpoint_complete)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (source) DO UPDATE SET checkpoint_harvest_id = $2, checkpoint_token = $3,
            checkpoint_from = $4, checkpoint_full = $5, checkpoint_response_date = $6,
            checkpoint_set = $7, checkpoint_complete = $8",
        &[
            &source,
            &checkpoint.harvest_id,
            &checkpoint.token,
            &checkpoint.from,
            &checkpoint.full,
            &checkpoint.response_date,
            &checkpoint.set,
            &checkpoint.complete,
        ],
    )?;
    let Some((counts, pages)) = pages else {
        return Ok(());
    };
    tx.execute(
        "UPDATE harvests SET added = added + $2, updated = updated + $3,
            deleted = deleted + $4, failed = failed + $5, pages = pages + $6,
            clipped = clipped + $7 WHERE id = $1",
        &[
            &checkpoint.harvest_id,
            &(counts.added as i64),
            &(counts.updated as i64),
            &(counts.deleted as i64),
            &(counts.failed as i64),
            &(pages as i64),
            &(counts.clipped as i64),
        ],
    )?;
    Ok(())
}

/// Records the start of a harvest and returns its checkpoint (no page committed yet).
pub(super) fn begin(
    client: &mut Client,
    source: &str,
    full: bool,
    from: Option<&str>,
    first_set: Option<&str>,
    now: &str,
) -> Result<Checkpoint> {
    let mut tx = client.transaction()?;
    let harvest_id: i64 = tx
        .query_one(
            "INSERT INTO harvests (source, started, status, full_harvest, request_from)
             VALUES ($1, $2, 'running', $3, $4) RETURNING id",
            &[&source, &now, &full, &from],
        )?
        .get(0);
    let checkpoint = Checkpoint {
        harvest_id,
        token: None,
        set: first_set.map(str::to_string),
        complete: false,
        from: from.map(str::to_string),
        full,
        response_date: None,
    };
    store_checkpoint(&mut tx, &checkpoint, source, None)?;
    tx.commit()?;
    Ok(checkpoint)
}

/// Marks a harvest as failed with `error`; its checkpoint stays so the next run resumes.
pub(super) fn fail(
    client: &mut Client,
    harvest_id: i64,
    status: &str,
    error: &str,
    now: &str,
) -> Result<()> {
    // The error is shown to operators and on the sources page: no credentials in it.
    let error = crate::model::redact::text(error);
    client.execute(
        "UPDATE harvests SET ended = $2, status = $3, error = $4 WHERE id = $1",
        &[&harvest_id, &now, &status, &error.as_ref()],
    )?;
    Ok(())
}

/// The SQL that forgets a source's checkpoint (the `WHERE` is the caller's).
pub(super) const CLEAR_CHECKPOINT: &str = "UPDATE harvest_state SET checkpoint_harvest_id = NULL,
    checkpoint_token = NULL, checkpoint_from = NULL, checkpoint_full = NULL,
    checkpoint_response_date = NULL, checkpoint_set = NULL, checkpoint_complete = NULL";

/// Marks a harvest as failed and drops its checkpoint; the next harvest starts where the last
/// complete one did.
pub(super) fn abandon(
    client: &mut Client,
    source: &str,
    harvest_id: i64,
    error: &str,
    now: &str,
) -> Result<()> {
    let mut tx = client.transaction()?;
    tx.execute(
        "UPDATE harvests SET ended = $2, status = 'failed', error = $3 WHERE id = $1",
        &[&harvest_id, &now, &error],
    )?;
    tx.execute(
        &format!("{CLEAR_CHECKPOINT} WHERE source = $1 AND checkpoint_harvest_id = $2"),
        &[&source, &harvest_id],
    )?;
    tx.commit()?;
    Ok(())
}

/// Where the next harvest of `source` starts.
pub(super) fn start_point(client: &mut Client, source: &str) -> Result<StartPoint> {
    let row = client.query_opt(
        "SELECT checkpoint_harvest_id, checkpoint_token, checkpoint_from, checkpoint_full,
            checkpoint_response_date, last_response_date, last_full_harvest,
            checkpoint_set, checkpoint_complete
         FROM harvest_state WHERE source = $1",
        &[&source],
    )?;
    let Some(row) = row else {
        return Ok(StartPoint::Fresh {
            last_response_date: None,
            last_full_harvest: None,
        });
    };
    Ok(match row.get::<_, Option<i64>>(0) {
        Some(harvest_id) => StartPoint::Resume(Checkpoint {
            harvest_id,
            token: row.get(1),
            from: row.get(2),
            full: row.get::<_, Option<bool>>(3).unwrap_or(false),
            response_date: row.get(4),
            set: row.get(7),
            complete: row.get::<_, Option<bool>>(8).unwrap_or(false),
        }),
        None => StartPoint::Fresh {
            last_response_date: row.get(5),
            last_full_harvest: row.get(6),
        },
    })
}

/// For each source, when its last successful harvest ended.
pub(super) fn last_successes(client: &mut Client) -> Result<Vec<(String, String)>> {
    let rows = client.query(
        "SELECT source, max(ended) FROM harvests
         WHERE status = 'ok' AND ended IS NOT NULL GROUP BY source ORDER BY source",
        &[],
    )?;
    Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
}

/// The most recent harvests of `source`, newest first.
pub(super) fn history(client: &mut Client, source: &str, limit: usize) -> Result<Vec<HarvestLog>> {
    let rows = client.query(
        "SELECT id, source, started, ended, status, full_harvest, request_from, added, updated,
            deleted, failed, pages, error, clipped
         FROM harvests WHERE source = $1 ORDER BY id DESC LIMIT $2",
        &[&source, &(limit.min(i64::MAX as usize) as i64)],
    )?;
    Ok(rows.iter().map(log_from_row).collect())
}

fn log_from_row(row: &Row) -> HarvestLog {
    let count = |i: usize| row.get::<_, i64>(i).max(0) as u64;
    HarvestLog {
        id: row.get(0),
        source: row.get(1),
        started: row.get(2),
        ended: row.get(3),
        status: row.get(4),
        full: row.get(5),
        from: row.get(6),
        added: count(7),
        updated: count(8),
        deleted: count(9),
        failed: count(10),
        pages: count(11),
        error: row.get(12),
        clipped: count(13),
    }
}
