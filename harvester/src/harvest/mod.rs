//! One source's harvest: incremental by default, resumable after any interruption, pipelined.
//!
//! Three stages, each on its own thread, joined by bounded channels: the download side (this
//! task) fetches and parses page after page; a crosswalk thread maps each page's records and
//! prepares them for writing (JSON, compression, merge keys); a writer thread commits each page
//! together with the checkpoint (the token that fetches the next page). The next download and the
//! next crosswalk overlap the previous page's indexing, and the bounded channels keep memory flat
//! whatever the size of the repository. A harvest that is killed resumes from the last
//! committed checkpoint; a harvest that fails keeps every committed page and says so.
//!
//! No harvest runs for ever: [`crate::oai::guard`] ends a list whose tokens loop or that goes on without
//! adding records, and `harvest.max_duration` bounds the whole harvest.

pub mod lease;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use oerdex_index::write::ingest::PreparedRecord;
use oerdex_index::{timestamp, Checkpoint, Counts, Source, StartPoint, Store, Writer};
use serde::Serialize;
use tokio::sync::mpsc;

use crate::crosswalk;
use crate::error::{HarvestError, NextHarvest, Result};
use crate::http::Fetcher;
use crate::oai::guard::{ListGuard, StaleRun};
use crate::oai::{ListRequest, ListVerb, OaiClient, RawRecord};
use lease::Lease;

/// Pages waiting at most between two stages (download and crosswalk each run ahead of the
/// next stage by this much).
const PIPELINE_DEPTH: usize = 2;

/// Pages prepared for the writer that may wait for it (about 1.5 MB each at 500 records; more
/// made larger commits but cost the memory target, see BENCHMARKS.md).
const WRITER_QUEUE: usize = 4;

/// Records the writer commits in one transaction at most: when pages queue up behind it (the
/// writer is the slowest stage), it takes those already waiting together, so index pages that
/// each of them touches are written to the log once instead of once a page.
const MAX_RECORDS_PER_COMMIT: usize = 2_000;

/// How often one harvest may start its list again after `badResumptionToken`.
const MAX_TOKEN_RESTARTS: u32 = 3;

/// How a harvest runs.
#[derive(Debug, Clone, Default)]
pub struct HarvestOptions {
    /// Harvest everything instead of what changed since the last harvest.
    pub full: bool,
    /// Set to stop at the next page boundary (graceful shutdown).
    pub stop: Arc<AtomicBool>,
}

/// One commit of the harvest writer: one page, or the pages that waited for it together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Committed {
    /// The number of the first page of this commit (1-based, counted in this run).
    pub first_page: u64,
    /// The number of its last page.
    pub last_page: u64,
    /// What these pages did.
    pub counts: Counts,
    /// What the whole run has done so far, these pages included.
    pub total: Counts,
    /// The repository's `completeListSize`, when it gives one.
    pub complete_list_size: Option<u64>,
}

/// Hears about a harvest's progress (a progress bar, log lines, metrics).
pub trait Progress: Send + Sync {
    /// The harvest of `source` starts (or resumes).
    fn begin(&self, _source: &str, _full: bool, _from: Option<&str>, _resumed: bool) {}
    /// Pages were committed.
    fn page(&self, _source: &str, _committed: &Committed) {}
    /// Something the operator should know (a server fault that was worked around).
    fn note(&self, _source: &str, _message: &str) {}
}

/// Progress that goes nowhere.
pub struct NoProgress;

impl Progress for NoProgress {}

/// What a finished harvest did.
#[derive(Debug, Clone, Serialize)]
pub struct HarvestReport {
    /// Source name.
    pub source: String,
    /// Records added, updated, deleted, unchanged and failed.
    pub counts: Counts,
    /// Pages committed in this run.
    pub pages: u64,
    /// Whether it was a full harvest.
    pub full: bool,
    /// Whether it resumed an interrupted harvest.
    pub resumed: bool,
    /// Wall time.
    pub duration: Duration,
}

/// A page on its way through the pipeline: `R` is [`RawRecord`] from the download to the
/// crosswalk, [`PreparedRecord`] from the crosswalk to the writer.
struct Job<R> {
    records: R,
    checkpoint: Checkpoint,
    complete_list_size: Option<u64>,
    remove_unseen: bool,
    /// Pages this run sent before the page's list began (see [`StaleRun::count`]).
    stale_allowance: u64,
}

impl<R> Job<R> {
    /// The records, and the page's place in the list without them.
    fn take_records(self) -> (R, Job<()>) {
        let rest = Job {
            records: (),
            checkpoint: self.checkpoint,
            complete_list_size: self.complete_list_size,
            remove_unseen: self.remove_unseen,
            stale_allowance: self.stale_allowance,
        };
        (self.records, rest)
    }
}

/// A page as downloaded.
type RawJob = Job<Vec<RawRecord>>;
/// A page crosswalked and prepared, or why it could not be.
type PreparedJob = Job<Result<Vec<PreparedRecord>>>;

/// Harvests `source` into the catalogue `store`, holding the source's lease meanwhile (a
/// source another harvester holds is [`HarvestError::Busy`]).
pub async fn harvest_source(
    fetcher: &Fetcher,
    store: &Arc<dyn Store>,
    source: &Source,
    options: &HarvestOptions,
    progress: Arc<dyn Progress>,
) -> Result<HarvestReport> {
    let started = Instant::now();
    let client = OaiClient::new(fetcher, &source.url)?;
    let lost_lease = Arc::new(AtomicBool::new(false));
    let _lease = Lease::take(
        store,
        &source.name,
        options.stop.clone(),
        lost_lease.clone(),
    )
    .await?;
    let mut index = store.writer()?;
    // The catalogue's clock decides whether a full harvest is due: it recorded the last one.
    let now = store.clock().now();
    let (mut checkpoint, resumed) = start(index.as_mut(), source, options, fetcher, now)?;
    if checkpoint.complete {
        // Killed after its last page was committed but before it was marked complete.
        let counts = index.complete_harvest(&source.name, &checkpoint, removes_unseen(source))?;
        return Ok(HarvestReport {
            source: source.name.clone(),
            counts,
            pages: 0,
            full: checkpoint.full,
            resumed,
            duration: started.elapsed(),
        });
    }
    drop(index);
    progress.begin(
        &source.name,
        checkpoint.full,
        checkpoint.from.as_deref(),
        resumed,
    );

    let (tx, rx) = mpsc::channel::<RawJob>(PIPELINE_DEPTH);
    let (prepared_tx, prepared_rx) = mpsc::channel::<PreparedJob>(WRITER_QUEUE);
    let crosswalk = spawn_crosswalk(source.name.clone(), rx, prepared_tx);
    let writer = spawn_writer(store.clone(), source.clone(), prepared_rx, progress.clone());

    let limit = fetcher.settings().max_duration;
    let download = tokio::time::timeout(
        limit.saturating_sub(started.elapsed()),
        download(
            &client,
            source,
            &mut checkpoint,
            options,
            progress.as_ref(),
            &tx,
        ),
    )
    .await
    .unwrap_or(Err(HarvestError::TimeLimit { limit }));
    drop(tx);
    let written = writer.await.map_err(|source| HarvestError::Task {
        stage: "index writer",
        source,
    })?;
    crosswalk.await.map_err(|source| HarvestError::Task {
        stage: "crosswalk",
        source,
    })?;

    let mut index = store.writer()?;
    let download = match download {
        Err(HarvestError::Stopped) if lost_lease.load(Ordering::Relaxed) => {
            Err(HarvestError::LeaseLost {
                name: source.name.clone(),
            })
        }
        other => other,
    };
    let outcome = match (download, written) {
        (Ok(()), Ok((counts, pages))) => {
            return Ok(HarvestReport {
                source: source.name.clone(),
                counts,
                pages,
                full: checkpoint.full,
                resumed,
                duration: started.elapsed(),
            })
        }
        (_, Err(e)) | (Err(e), _) => e,
    };
    let status = if matches!(outcome, HarvestError::Stopped) {
        "interrupted"
    } else {
        "failed"
    };
    if outcome.next_harvest() == NextHarvest::StartsOver {
        index.abandon_harvest(&source.name, checkpoint.harvest_id, &outcome.to_string())?;
    } else {
        index.fail_harvest(checkpoint.harvest_id, status, &outcome.to_string())?;
    }
    Err(outcome)
}

/// Decides where the harvest starts: resume a checkpoint, or begin an incremental or full one.
fn start(
    index: &mut dyn Writer,
    source: &Source,
    options: &HarvestOptions,
    fetcher: &Fetcher,
    now: time::OffsetDateTime,
) -> Result<(Checkpoint, bool)> {
    let first_set = source.sets.first().map(String::as_str);
    match index.start_point(&source.name)? {
        StartPoint::Resume(checkpoint) if !options.full || checkpoint.full => {
            Ok((checkpoint, true))
        }
        StartPoint::Resume(checkpoint) => {
            index.fail_harvest(
                checkpoint.harvest_id,
                "interrupted",
                "superseded by a full harvest",
            )?;
            Ok((
                index.begin_harvest(&source.name, true, None, first_set)?,
                false,
            ))
        }
        StartPoint::Fresh {
            last_response_date,
            last_full_harvest,
        } => {
            let settings = fetcher.settings();
            let full_due = source.deleted_record.as_deref() == Some("no")
                && last_full_harvest
                    .as_deref()
                    .and_then(timestamp::parse)
                    .is_none_or(|t| (now - t).unsigned_abs() >= settings.full_harvest_interval);
            let from = match (&last_response_date, options.full || full_due) {
                (Some(date), false) => timestamp::parse(date).map(|t| {
                    let t = t - settings.incremental_overlap;
                    if source.has_seconds_granularity() {
                        timestamp::format_seconds(t)
                    } else {
                        timestamp::format_day(t)
                    }
                }),
                _ => None,
            };
            let full = from.is_none();
            Ok((
                index.begin_harvest(&source.name, full, from.as_deref(), first_set)?,
                false,
            ))
        }
    }
}

/// Fetches pages until the list (every set) is complete, sending each to the writer.
async fn download(
    client: &OaiClient<'_>,
    source: &Source,
    checkpoint: &mut Checkpoint,
    options: &HarvestOptions,
    progress: &dyn Progress,
    tx: &mpsc::Sender<RawJob>,
) -> Result<()> {
    let mut restarts = 0;
    let mut guard = ListGuard::default();
    let mut pages_sent: u64 = 0;
    let mut list_began_after: u64 = 0;
    while !checkpoint.complete {
        if options.stop.load(Ordering::Relaxed) {
            return Err(HarvestError::Stopped);
        }
        let request = ListRequest {
            metadata_prefix: source.metadata_prefix.clone(),
            from: checkpoint.from.clone(),
            until: None,
            set: checkpoint.set.clone(),
            token: checkpoint.token.clone(),
        };
        let (url, page) = client.list_page(ListVerb::ListRecords, &request).await?;
        if let Some(error) = page.errors.first() {
            match error.code.as_str() {
                "noRecordsMatch" => {}
                "badResumptionToken"
                    if request.token.is_some() && restarts < MAX_TOKEN_RESTARTS =>
                {
                    // Start this list again from its beginning: repositories need not list in
                    // datestamp order, so resuming from the newest datestamp seen could skip
                    // records listed later with older datestamps. Records already committed
                    // come again as unchanged.
                    restarts += 1;
                    progress.note(
                        &source.name,
                        &format!(
                            "the repository rejected the resumption token ({}); listing {} again from {}",
                            error.message,
                            checkpoint.set.as_deref().map_or("the repository".to_string(), |s| format!("set {s:?}")),
                            checkpoint.from.as_deref().unwrap_or("the beginning")
                        ),
                    );
                    checkpoint.token = None;
                    guard.reset();
                    list_began_after = pages_sent;
                    continue;
                }
                _ => {
                    return Err(HarvestError::Protocol {
                        url: url.to_string(),
                        code: error.code.clone(),
                        message: error.message.clone(),
                    })
                }
            }
        }
        if let Err(fault) = guard.check(page.records.len(), page.resumption.as_ref()) {
            // The page's records are sound: they are committed, with the checkpoint where it
            // was, before the list is given up.
            let job = Job {
                records: page.records,
                checkpoint: checkpoint.clone(),
                complete_list_size: None,
                remove_unseen: false,
                stale_allowance: u64::MAX,
            };
            let _ = tx.send(job).await;
            return Err(HarvestError::BrokenList {
                url: source.url.clone(),
                fault,
            });
        }
        if page.unidentified > 0 {
            progress.note(
                &source.name,
                &format!("{} record(s) on a page had no identifier or datestamp and were skipped ({url})", page.unidentified),
            );
        }
        if checkpoint.response_date.is_none() {
            checkpoint.response_date = page.response_date.clone();
        }
        let complete_list_size = page.resumption.as_ref().and_then(|r| r.complete_list_size);
        checkpoint.token = page
            .resumption
            .map(|r| r.token)
            .filter(|token| !token.is_empty());
        let stale_allowance = list_began_after;
        pages_sent += 1;
        if checkpoint.token.is_none() {
            next_list(checkpoint, source);
            guard.reset();
            list_began_after = pages_sent;
        }
        let job = Job {
            records: page.records,
            checkpoint: checkpoint.clone(),
            complete_list_size,
            remove_unseen: removes_unseen(source),
            stale_allowance,
        };
        if tx.send(job).await.is_err() {
            // The writer stopped; its error is reported by the caller.
            return Ok(());
        }
    }
    Ok(())
}

/// Whether a complete full harvest of `source` deletes the records it no longer lists: only for
/// repositories that do not report deletions themselves.
fn removes_unseen(source: &Source) -> bool {
    source.deleted_record.as_deref() == Some("no")
}

/// Moves the checkpoint to the next set, or marks the harvest complete after the last one.
fn next_list(checkpoint: &mut Checkpoint, source: &Source) {
    let position = checkpoint
        .set
        .as_ref()
        .and_then(|s| source.sets.iter().position(|x| x == s));
    match position.map(|p| p + 1).filter(|&p| p < source.sets.len()) {
        Some(next) => checkpoint.set = Some(source.sets[next].clone()),
        None => checkpoint.complete = true,
    }
}

/// The crosswalk thread: maps each page's records and prepares them for the writer, in order.
fn spawn_crosswalk(
    source: String,
    mut rx: mpsc::Receiver<RawJob>,
    tx: mpsc::Sender<PreparedJob>,
) -> tokio::task::JoinHandle<()> {
    tokio::task::spawn_blocking(move || {
        while let Some(job) = rx.blocking_recv() {
            let records = job
                .records
                .into_iter()
                .map(|raw| PreparedRecord::new(&source, crosswalk::source_record(raw)))
                .collect::<oerdex_index::Result<Vec<_>>>()
                .map_err(HarvestError::from);
            let prepared = Job {
                records,
                checkpoint: job.checkpoint,
                complete_list_size: job.complete_list_size,
                remove_unseen: job.remove_unseen,
                stale_allowance: job.stale_allowance,
            };
            if tx.blocking_send(prepared).is_err() {
                // The writer stopped; its error is reported by the caller.
                return;
            }
        }
    })
}

/// The writer thread: commits each page (or the pages waiting for it, together) with its
/// checkpoint, completes the harvest after the last page, and returns the counts.
fn spawn_writer(
    store: Arc<dyn Store>,
    source: Source,
    mut rx: mpsc::Receiver<PreparedJob>,
    progress: Arc<dyn Progress>,
) -> tokio::task::JoinHandle<Result<(Counts, u64)>> {
    tokio::task::spawn_blocking(move || {
        let mut index = store.writer()?;
        index.begin_bulk_writes()?;
        let mut done = Counts::default();
        let mut pages = 0;
        let mut stale = StaleRun::default();
        while let Some(first) = rx.blocking_recv() {
            // The pages already waiting join this one, up to the limit: they commit together
            // with the checkpoint of the last, the harvest's final page always last.
            let (records, mut last) = first.take_records();
            let mut records = records?;
            let mut batched: u64 = 1;
            while !last.checkpoint.complete && records.len() < MAX_RECORDS_PER_COMMIT {
                let Ok(next) = rx.try_recv() else {
                    break;
                };
                let (more, place) = next.take_records();
                records.extend(more?);
                last = place;
                batched += 1;
            }
            let counts = index.apply_pages(
                &source.name,
                &source.metadata_prefix,
                &records,
                batched,
                &last.checkpoint,
            )?;
            drop(records);
            if counts.failed > 0 {
                progress.note(
                    &source.name,
                    &format!("{} record(s) in format {:?} could not be read; kept raw for a later reindex", counts.failed, source.metadata_prefix),
                );
            }
            if !last.checkpoint.complete {
                stale
                    .count(batched, counts.new_in_harvest(), last.stale_allowance)
                    .map_err(|fault| HarvestError::BrokenList {
                        url: source.url.clone(),
                        fault,
                    })?;
            }
            let mut counts = counts;
            if last.checkpoint.complete {
                let removed =
                    index.complete_harvest(&source.name, &last.checkpoint, last.remove_unseen)?;
                counts.add(&removed);
            }
            done.add(&counts);
            progress.page(
                &source.name,
                &Committed {
                    first_page: pages + 1,
                    last_page: pages + batched,
                    counts,
                    total: done,
                    complete_list_size: last.complete_list_size,
                },
            );
            pages += batched;
        }
        Ok((done, pages))
    })
}
