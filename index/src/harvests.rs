//! Harvest bookkeeping: the history of harvests per source, the checkpoint of a running harvest,
//! and where the last complete harvest ended (for the next incremental one).

use rusqlite::{params, OptionalExtension, Row, Transaction};
use serde::Serialize;

use crate::db::Index;
use crate::error::Result;
use crate::ingest::Counts;
use crate::{merge, timestamp};

/// Where a harvest stands after a committed page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Checkpoint {
    /// The harvest this checkpoint belongs to.
    pub harvest_id: i64,
    /// The resumptionToken that fetches the next page of the current list; `None` when the
    /// current list (set) has not started yet, or when [`Checkpoint::complete`] is set.
    pub token: Option<String>,
    /// The set being harvested (selective harvesting), `None` for the whole repository.
    pub set: Option<String>,
    /// True once every list of the harvest has been committed.
    pub complete: bool,
    /// The `from` argument the harvest started with.
    pub from: Option<String>,
    /// Whether this is a full harvest (deletions by absence are applied at its end).
    pub full: bool,
    /// The `responseDate` of the harvest's first page: the next incremental harvest starts there.
    pub response_date: Option<String>,
}

impl Checkpoint {
    /// Stores the checkpoint and, for committed pages, adds their counts and number to the
    /// harvest's.
    pub(crate) fn store(
        &self,
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
            self.harvest_id,
            self.token,
            self.from,
            self.full,
            self.response_date,
            self.set,
            self.complete
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
            self.harvest_id,
            counts.added,
            counts.updated,
            counts.deleted,
            counts.failed,
            pages,
            counts.clipped
        ])?;
        Ok(())
    }
}

/// One harvest of one source, as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HarvestLog {
    /// Harvest number.
    pub id: i64,
    /// Source name.
    pub source: String,
    /// When it started.
    pub started: String,
    /// When it ended, if it has.
    pub ended: Option<String>,
    /// `running`, `ok`, `failed` or `interrupted`.
    pub status: String,
    /// Whether it was a full harvest.
    pub full: bool,
    /// The `from` it asked for, if incremental.
    pub from: Option<String>,
    /// Records added.
    pub added: u64,
    /// Records updated.
    pub updated: u64,
    /// Records deleted.
    pub deleted: u64,
    /// Records that could not be crosswalked (kept raw).
    pub failed: u64,
    /// Pages committed.
    pub pages: u64,
    /// What went wrong, in plain words, if it failed.
    pub error: Option<String>,
    /// Records (among the others) whose over-long fields were clipped to the size limits.
    pub clipped: u64,
}

impl HarvestLog {
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Self> {
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
}

const LOG_COLUMNS: &str =
    "id, source, started, ended, status, full, request_from, added, updated, deleted, failed, pages, error, clipped";

/// How a source's next harvest should start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartPoint {
    /// Continue an interrupted harvest from its checkpoint.
    Resume(Checkpoint),
    /// Start a new harvest (`from` is `None` for a full one).
    Fresh {
        /// `responseDate` of the last complete harvest, if any.
        last_response_date: Option<String>,
        /// When the last complete full harvest ended, if any.
        last_full_harvest: Option<String>,
    },
}

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
        let tx = self.write_transaction()?;
        tx.execute(
            "INSERT INTO harvests (source, started, status, full, request_from)
             VALUES (?1, ?2, 'running', ?3, ?4)",
            params![source, timestamp::now(), full, from],
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
        checkpoint.store(&tx, source, None)?;
        tx.commit()?;
        Ok(checkpoint)
    }

    /// Marks a harvest whose list is complete as done: the next incremental harvest starts from
    /// its first `responseDate`. After a complete full harvest, records of the source that the
    /// repository no longer lists are deleted (for repositories that do not report deletions).
    pub fn complete_harvest(
        &mut self,
        source: &str,
        checkpoint: &Checkpoint,
        remove_unseen: bool,
    ) -> Result<Counts> {
        let tx = self.write_transaction()?;
        let now = timestamp::now();
        let mut counts = Counts::default();
        if checkpoint.full && remove_unseen {
            let gone: Vec<(String, Option<String>)> = {
                let mut stmt = tx.prepare(
                    "SELECT oai_identifier, resource_id FROM records
                     WHERE source = ?1 AND deleted = 0
                       AND (seen_harvest IS NULL OR seen_harvest <> ?2)",
                )?;
                let rows = stmt.query_map(params![source, checkpoint.harvest_id], |row| {
                    Ok((row.get(0)?, row.get(1)?))
                })?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            for (identifier, resource) in gone {
                tx.execute(
                    "UPDATE records SET deleted = 1, metadata = NULL, raw_xml = NULL,
                        resource_id = NULL WHERE source = ?1 AND oai_identifier = ?2",
                    params![source, identifier],
                )?;
                counts.deleted += 1;
                if let Some(id) = resource {
                    merge::rebuild_resource(&tx, &id, &now)?;
                }
            }
        }
        tx.execute(
            "UPDATE harvests SET ended = ?2, status = 'ok', deleted = deleted + ?3 WHERE id = ?1",
            params![checkpoint.harvest_id, now, counts.deleted],
        )?;
        tx.execute(
            "UPDATE harvest_state SET checkpoint_harvest_id = NULL, checkpoint_token = NULL,
                checkpoint_from = NULL, checkpoint_full = NULL, checkpoint_datestamp = NULL,
                checkpoint_response_date = NULL, checkpoint_set = NULL, checkpoint_complete = NULL,
                last_response_date = COALESCE(?2, last_response_date),
                last_full_harvest = CASE WHEN ?3 THEN ?4 ELSE last_full_harvest END
             WHERE source = ?1",
            params![source, checkpoint.response_date, checkpoint.full, now],
        )?;
        tx.commit()?;
        Ok(counts)
    }

    /// Marks a harvest as failed with `error` and drops its checkpoint: its list could not be
    /// completed (resumption tokens that loop, a list without end), so resuming it would only
    /// repeat the fault. What it committed stays; the next harvest starts where the last complete
    /// one did.
    pub fn abandon_harvest(&mut self, source: &str, harvest_id: i64, error: &str) -> Result<()> {
        let tx = self.write_transaction()?;
        tx.execute(
            "UPDATE harvests SET ended = ?2, status = 'failed', error = ?3 WHERE id = ?1",
            params![harvest_id, timestamp::now(), error],
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
        let error = crate::redact::text(error);
        self.conn.execute(
            "UPDATE harvests SET ended = ?2, status = ?3, error = ?4 WHERE id = ?1",
            params![harvest_id, timestamp::now(), status, error.as_ref()],
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
        let rows = stmt.query_map(params![source, limit as i64], HarvestLog::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
