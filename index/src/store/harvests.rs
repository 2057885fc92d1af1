//! Harvest bookkeeping: the history of harvests per source, the checkpoint of a running harvest,
//! and where the last complete harvest ended (for the next incremental one).

use rusqlite::{params, OptionalExtension, Row, Transaction};

use crate::error::Result;
use crate::model::harvest::{Checkpoint, Counts, HarvestLog, StartPoint};
use crate::store::db::Index;

/// Stores `checkpoint` and, for committed pages, adds their counts and number to the harvest's.
pub(crate) fn store_checkpoint(
    checkpoint: &Checkpoint,
    tx: &Transaction<'_>,
    source: &str,
    pages: Option<(&Counts, u64)>,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO harvest_state (source, checkpoint_harvest_id, checkpoint_token,
            checkpoint_from, checkpoint_full, checkpoint_response_date, checkpoint_set,
            checkpoint_complete)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT(source) DO UPDATE SET checkpoint_harvest_id = ?2, checkpoint_token = ?3,
            checkpoint_from = ?4, checkpoint_full = ?5, checkpoint_response_date = ?6,
            checkpoint_set = ?7, checkpoint_complete = ?8",
    )?
    .execute(params![
        source,
        checkpoint.harvest_id,
        checkpoint.token,
        checkpoint.from,
        checkpoint.full,
        checkpoint.response_date,
        checkpoint.set,
        checkpoint.complete
    ])?;
    let Some((counts, pages)) = pages else {
        return Ok(());
    };
    tx.prepare_cached(
        "UPDATE harvests SET added = added + ?2, updated = updated + ?3,
            deleted = deleted + ?4, failed = failed + ?5, pages = pages + ?6,
            clipped = clipped + ?7 WHERE id = ?1",
    )?
    .execute(params![
        checkpoint.harvest_id,
        counts.added,
        counts.updated,
        counts.deleted,
        counts.failed,
        pages,
        counts.clipped
    ])?;
    Ok(())
}

/// A harvest log entry from a row of [`LOG_COLUMNS`].
fn log_from_row(row: &Row<'_>) -> rusqlite::Result<HarvestLog> {
    Ok(HarvestLog {
        id: row.get(0)?,
        source: row.get(1)?,
        started: row.get(2)?,
        ended: row.get(3)?,
        status: row.get(4)?,
        full: row.get(5)?,
        from: row.get(6)?,
        added: row.get(7)?,
        updated: row.get(8)?,
        deleted: row.get(9)?,
        failed: row.get(10)?,
        pages: row.get(11)?,
        error: row.get(12)?,
        clipped: row.get(13)?,
    })
}

const LOG_COLUMNS: &str =
    "id, source, started, ended, status, full, request_from, added, updated, deleted, failed, pages, error, clipped";

impl Index {
    /// Where the next harvest of `source` starts: an interrupted harvest's checkpoint, or the
    /// end of the last complete one.
    pub fn start_point(&self, source: &str) -> Result<StartPoint> {
        let row = self
            .conn
            .query_row(
                "SELECT checkpoint_harvest_id, checkpoint_token, checkpoint_from, checkpoint_full,
                    checkpoint_response_date, last_response_date, last_full_harvest,
                    checkpoint_set, checkpoint_complete
                 FROM harvest_state WHERE source = ?1",
                [source],
                |row| {
                    Ok((
                        row.get::<_, Option<i64>>(0)?,
                        Checkpoint {
                            harvest_id: 0,
                            token: row.get(1)?,
                            from: row.get(2)?,
                            full: row.get::<_, Option<bool>>(3)?.unwrap_or(false),
                            response_date: row.get(4)?,
                            set: row.get(7)?,
                            complete: row.get::<_, Option<bool>>(8)?.unwrap_or(false),
                        },
                        row.get::<_, Option<String>>(5)?,
                        row.get::<_, Option<String>>(6)?,
                    ))
                },
            )
            .optional()?;
        Ok(match row {
            Some((Some(harvest_id), checkpoint, _, _)) => StartPoint::Resume(Checkpoint {
                harvest_id,
                ..checkpoint
            }),
            Some((None, _, last_response_date, last_full_harvest)) => StartPoint::Fresh {
                last_response_date,
                last_full_harvest,
            },
            None => StartPoint::Fresh {
                last_response_date: None,
                last_full_harvest: None,
            },
        })
    }

    /// Records the start of a harvest and returns its checkpoint (no page committed yet).
    pub fn begin_harvest(
        &mut self,
        source: &str,
        full: bool,
        from: Option<&str>,
        first_set: Option<&str>,
    ) -> Result<Checkpoint> {
        let now = self.now();
        let tx = self.write_transaction()?;
        tx.execute(
            "INSERT INTO harvests (source, started, status, full, request_from)
             VALUES (?1, ?2, 'running', ?3, ?4)",
            params![source, now, full, from],
        )?;
        let checkpoint = Checkpoint {
            harvest_id: tx.last_insert_rowid(),
            token: None,
            set: first_set.map(str::to_string),
            complete: false,
            from: from.map(str::to_string),
            full,
            response_date: None,
        };
        store_checkpoint(&checkpoint, &tx, source, None)?;
        tx.commit()?;
        Ok(checkpoint)
    }

    /// Marks a harvest as failed with `error` and drops its checkpoint: its list could not be
    /// completed (resumption tokens that loop, a list without end), so resuming it would only
    /// repeat the fault. What it committed stays; the next harvest starts where the last complete
    /// one did.
    pub fn abandon_harvest(&mut self, source: &str, harvest_id: i64, error: &str) -> Result<()> {
        let now = self.now();
        let tx = self.write_transaction()?;
        tx.execute(
            "UPDATE harvests SET ended = ?2, status = 'failed', error = ?3 WHERE id = ?1",
            params![harvest_id, now, error],
        )?;
        tx.execute(
            "UPDATE harvest_state SET checkpoint_harvest_id = NULL, checkpoint_token = NULL,
                checkpoint_from = NULL, checkpoint_full = NULL, checkpoint_datestamp = NULL,
                checkpoint_response_date = NULL, checkpoint_set = NULL, checkpoint_complete = NULL
             WHERE source = ?1 AND checkpoint_harvest_id = ?2",
            params![source, harvest_id],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Marks a harvest as failed with `error`; its checkpoint stays so the next run resumes.
    pub fn fail_harvest(&mut self, harvest_id: i64, status: &str, error: &str) -> Result<()> {
        // The error is shown to operators and on the sources page: no credentials in it.
        let error = crate::model::redact::text(error);
        self.conn.execute(
            "UPDATE harvests SET ended = ?2, status = ?3, error = ?4 WHERE id = ?1",
            params![harvest_id, self.now(), status, error.as_ref()],
        )?;
        Ok(())
    }

    /// When each source's last successful harvest ended (`YYYY-MM-DDThh:mm:ssZ`), by source.
    pub fn last_successes(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare(
            "SELECT source, max(ended) FROM harvests
             WHERE status = 'ok' AND ended IS NOT NULL GROUP BY source ORDER BY source",
        )?;
        let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The most recent harvests of `source`, newest first.
    pub fn harvest_history(&self, source: &str, limit: usize) -> Result<Vec<HarvestLog>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {LOG_COLUMNS} FROM harvests WHERE source = ?1 ORDER BY id DESC LIMIT ?2"
        ))?;
        let rows = stmt.query_map(params![source, limit as i64], log_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
