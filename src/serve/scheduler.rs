//! The harvest scheduler of `oerdex serve`: harvests every enabled source every
//! `harvest.interval` in the background and on demand, at most one harvest per source at a time
//! and at most `harvest.concurrency` at once, and stops them at a page boundary on shutdown.
//! It implements the API's [`Harvesting`] trait, so the API can register sources and start
//! harvests without depending on the harvester.
//!
//! # How it runs
//! A loop wakes every [`TICK`] (or when poked), reads the registered sources from the catalogue
//! and starts those that are due. A source's first harvest is due at once; after that, one
//! interval after its last harvest ended (read from the harvest history at start, so a restart
//! keeps the rhythm). Each harvest is a task in one `JoinSet`, so shutdown can wait for all.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use oerdex_api::harvesting::{
    BoxFuture, Harvesting, NewSource, RegisterError, ScheduleStatus, TriggerError, Triggered,
};
use oerdex_api::metrics::HarvestOutcome;
use oerdex_api::Metrics;
use oerdex_harvester::harvest::Committed;
use oerdex_harvester::register::{inspect, Registration};
use oerdex_harvester::{
    harvest_sources, Fetcher, HarvestError, HarvestOptions, HarvestSettings, Progress,
};
use oerdex_index::{timestamp, Counts, Source, Store};
use time::OffsetDateTime;
use tokio::sync::{Notify, Semaphore};
use tokio::task::JoinSet;

/// How often the schedule is checked.
const TICK: Duration = Duration::from_secs(1);
/// Longest a registration check may take (it answers an HTTP request).
const REGISTER_TIMEOUT: Duration = Duration::from_secs(60);

/// The scheduler; cheap to clone.
#[derive(Clone)]
pub struct Scheduler {
    inner: Arc<Inner>,
}

struct Inner {
    store: Arc<dyn Store>,
    interval: Duration,
    /// Fetcher of scheduled and on-demand harvests (per-host politeness is shared).
    fetcher: Arc<Fetcher>,
    /// Fetcher of registration checks: one retry at most, so an API call answers quickly.
    register_fetcher: Arc<Fetcher>,
    /// Harvests at once (`harvest.concurrency`).
    permits: Arc<Semaphore>,
    metrics: Arc<Metrics>,
    /// Each source's schedule. A std mutex: held only to read or update the map, never across
    /// an `.await`.
    slots: Mutex<HashMap<String, Slot>>,
    /// The loop and every harvest. A std mutex for the same reason; spawning and the shutdown
    /// flag are changed under it, so no task can be spawned after [`Scheduler::join`] took
    /// the set.
    tasks: Mutex<Tasks>,
    /// Wakes the loop early (a source was added, or shutdown).
    wake: Notify,
}

#[derive(Default)]
struct Tasks {
    set: JoinSet<()>,
    stopping: bool,
}

/// One source's place in the schedule.
#[derive(Debug, Clone)]
struct Slot {
    enabled: bool,
    next: OffsetDateTime,
    /// The stop flag of the running harvest, if one runs.
    running: Option<Arc<AtomicBool>>,
}

impl Scheduler {
    /// A scheduler over the catalogue `store`; nothing runs before [`Scheduler::start`].
    pub fn new(
        store: Arc<dyn Store>,
        settings: &HarvestSettings,
        interval: Duration,
        metrics: Arc<Metrics>,
    ) -> anyhow::Result<Self> {
        let mut quick = settings.clone();
        quick.retries = quick.retries.min(1);
        quick.timeout = quick.timeout.min(Duration::from_secs(20));
        Ok(Scheduler {
            inner: Arc::new(Inner {
                store,
                interval,
                fetcher: Arc::new(Fetcher::new(settings.clone())?),
                register_fetcher: Arc::new(Fetcher::new(quick)?),
                permits: Arc::new(Semaphore::new(settings.concurrency.max(1))),
                metrics,
                slots: Mutex::new(HashMap::new()),
                tasks: Mutex::new(Tasks::default()),
                wake: Notify::new(),
            }),
        })
    }

    /// Starts the schedule loop.
    pub fn start(&self) {
        let inner = self.inner.clone();
        let mut tasks = lock(&self.inner.tasks);
        if !tasks.stopping {
            tasks.set.spawn(run_loop(inner));
        }
    }

    /// Asks every harvest to stop at its next page boundary and the loop to end; starts none.
    pub fn stop(&self) {
        lock(&self.inner.tasks).stopping = true;
        for slot in lock(&self.inner.slots).values() {
            if let Some(flag) = &slot.running {
                flag.store(true, Ordering::Relaxed);
            }
        }
        self.inner.wake.notify_one();
    }

    /// Waits for the loop and every harvest to end (call [`Scheduler::stop`] first).
    pub async fn join(&self) {
        let mut set = std::mem::take(&mut lock(&self.inner.tasks).set);
        let running: Vec<String> = lock(&self.inner.slots)
            .iter()
            .filter(|(_, s)| s.running.is_some())
            .map(|(name, _)| name.clone())
            .collect();
        if !running.is_empty() {
            eprintln!(
                "waiting for the harvest of {} to reach a page boundary…",
                running.join(", ")
            );
        }
        while let Some(joined) = set.join_next().await {
            if let Err(e) = joined {
                tracing::error!("a scheduler task failed: {e}");
            }
        }
    }
}

impl Inner {
    /// Now by the catalogue's clock, which recorded when the last harvests ended.
    fn now(&self) -> OffsetDateTime {
        self.store.clock().now()
    }

    /// Reads the sources, updates the schedule, starts what is due.
    async fn tick(self: &Arc<Self>) {
        let store = self.store.clone();
        let interval = self.interval;
        let read = tokio::task::spawn_blocking(
            move || -> anyhow::Result<Vec<(Source, Option<OffsetDateTime>)>> {
                let index = store.reader()?;
                let mut sources = Vec::new();
                for source in index.sources()? {
                    let last = index.harvest_history(&source.name, 1)?.pop();
                    // Due one interval after the last harvest ended; an unfinished or missing one
                    // (never harvested, or interrupted by a crash) is due now.
                    let next = last
                        .filter(|h| h.status != "running")
                        .and_then(|h| timestamp::parse(h.ended.as_deref().unwrap_or(&h.started)))
                        .map(|ended| ended + interval);
                    sources.push((source, next));
                }
                Ok(sources)
            },
        )
        .await;
        let sources = match read {
            Ok(Ok(sources)) => sources,
            Ok(Err(e)) => {
                tracing::warn!("scheduler: cannot read the sources: {e:#}");
                return;
            }
            Err(e) => {
                tracing::error!("scheduler: {e}");
                return;
            }
        };
        let now = self.now();
        let due: Vec<String> = {
            let mut slots = lock(&self.slots);
            slots.retain(|name, slot| {
                slot.running.is_some() || sources.iter().any(|(s, _)| &s.name == name)
            });
            for (source, next) in &sources {
                let slot = slots.entry(source.name.clone()).or_insert_with(|| Slot {
                    enabled: source.enabled,
                    next: next.unwrap_or(now),
                    running: None,
                });
                slot.enabled = source.enabled;
            }
            slots
                .iter()
                .filter(|(_, s)| s.enabled && s.running.is_none() && s.next <= now)
                .map(|(name, _)| name.clone())
                .collect()
        };
        for name in due {
            self.start_harvest(&name, false);
        }
    }

    /// Starts a harvest of `name` unless one runs. `None` when shutting down.
    fn start_harvest(self: &Arc<Self>, name: &str, full: bool) -> Option<Triggered> {
        let mut tasks = lock(&self.tasks);
        if tasks.stopping {
            return None;
        }
        let stop = {
            let mut slots = lock(&self.slots);
            let slot = slots.entry(name.to_string()).or_insert_with(|| Slot {
                enabled: true,
                next: self.now(),
                running: None,
            });
            if slot.running.is_some() {
                return Some(Triggered::AlreadyRunning);
            }
            let stop = Arc::new(AtomicBool::new(false));
            slot.running = Some(stop.clone());
            stop
        };
        tasks
            .set
            .spawn(harvest(self.clone(), name.to_string(), full, stop));
        Some(Triggered::Started)
    }

    /// Marks the harvest of `name` ended and schedules the next.
    fn finish(&self, name: &str) {
        if let Some(slot) = lock(&self.slots).get_mut(name) {
            slot.running = None;
            slot.next = self.now() + self.interval;
        }
    }
}

async fn run_loop(inner: Arc<Inner>) {
    loop {
        if lock(&inner.tasks).stopping {
            break;
        }
        inner.tick().await;
        reap(&inner);
        tokio::select! {
            _ = tokio::time::sleep(TICK) => {}
            _ = inner.wake.notified() => {}
        }
    }
}

/// Drops finished harvest tasks from the set (their outcome was already recorded).
fn reap(inner: &Inner) {
    let mut tasks = lock(&inner.tasks);
    while let Some(joined) = tasks.set.try_join_next() {
        if let Err(e) = joined {
            tracing::error!("a harvest task failed: {e}");
        }
    }
}

/// One harvest of one source.
async fn harvest(inner: Arc<Inner>, name: String, full: bool, stop: Arc<AtomicBool>) {
    // The semaphore is never closed, so acquiring only waits.
    let _permit = inner.permits.clone().acquire_owned().await;
    if stop.load(Ordering::Relaxed) {
        inner.finish(&name);
        return;
    }
    let store = inner.store.clone();
    let lookup = name.clone();
    let source = tokio::task::spawn_blocking(move || store.reader()?.source(&lookup))
        .await
        .ok()
        .and_then(Result::ok)
        .flatten();
    let Some(source) = source else {
        inner.finish(&name);
        return;
    };
    inner.metrics.harvest_started(&name);
    tracing::info!(source = %name, full, "harvest starts");
    let options = HarvestOptions { full, stop };
    let progress: Arc<dyn Progress> = Arc::new(LogProgress);
    let mut outcomes = harvest_sources(
        inner.fetcher.clone(),
        &inner.store,
        vec![source],
        &options,
        progress,
    )
    .await;
    let outcome = match outcomes.pop() {
        Some((_, Ok(report))) => {
            tracing::info!(source = %name, added = report.counts.added, updated = report.counts.updated,
                deleted = report.counts.deleted, "harvest done");
            counted("ok", &report.counts)
        }
        Some((_, Err(HarvestError::Stopped))) => {
            tracing::info!(source = %name, "harvest stopped at a page boundary");
            counted("interrupted", &Counts::default())
        }
        Some((_, Err(e))) => {
            tracing::warn!(source = %name, "harvest failed: {e}; {}", e.next_harvest().describe_briefly());
            counted("failed", &Counts::default())
        }
        None => counted("failed", &Counts::default()),
    };
    inner.metrics.harvest_finished(&name, &outcome);
    inner.finish(&name);
}

fn counted(status: &'static str, counts: &Counts) -> HarvestOutcome {
    HarvestOutcome {
        status,
        added: counts.added,
        updated: counts.updated,
        deleted: counts.deleted,
        failed: counts.failed,
    }
}

impl Harvesting for Scheduler {
    fn register(&self, request: NewSource) -> BoxFuture<'static, Result<Source, RegisterError>> {
        let fetcher = self.inner.register_fetcher.clone();
        Box::pin(async move {
            let registration = Registration {
                name: request.name,
                url: request.url.trim().to_string(),
                metadata_prefix: request.metadata_prefix,
                sets: request.sets,
                default_license: request.default_license,
            };
            match tokio::time::timeout(REGISTER_TIMEOUT, inspect(&fetcher, &registration)).await {
                Ok(Ok(source)) => Ok(source),
                Ok(Err(HarvestError::Index(e))) => Err(RegisterError::Internal(e.to_string())),
                Ok(Err(e)) => Err(RegisterError::Rejected(e.to_string())),
                Err(_) => Err(RegisterError::Rejected(format!(
                    "{}: the repository did not answer within {} seconds",
                    registration.url,
                    REGISTER_TIMEOUT.as_secs()
                ))),
            }
        })
    }

    fn added(&self, name: &str) {
        lock(&self.inner.slots).insert(
            name.to_string(),
            Slot {
                enabled: true,
                next: self.inner.now(),
                running: None,
            },
        );
        self.inner.wake.notify_one();
    }

    fn removed(&self, name: &str) {
        if let Some(slot) = lock(&self.inner.slots).get_mut(name) {
            slot.enabled = false;
            if let Some(flag) = &slot.running {
                flag.store(true, Ordering::Relaxed);
            }
        }
    }

    fn trigger(&self, name: &str, full: bool) -> Result<Triggered, TriggerError> {
        self.inner
            .start_harvest(name, full)
            .ok_or(TriggerError::ShuttingDown)
    }

    fn status(&self, name: &str) -> ScheduleStatus {
        match lock(&self.inner.slots).get(name) {
            Some(slot) => ScheduleStatus {
                running: slot.running.is_some(),
                next_harvest: slot.enabled.then(|| timestamp::format_seconds(slot.next)),
            },
            None => ScheduleStatus::default(),
        }
    }
}

/// Harvest progress as log lines (`OERDEX_LOG=info` shows them).
struct LogProgress;

impl Progress for LogProgress {
    fn begin(&self, source: &str, full: bool, from: Option<&str>, resumed: bool) {
        tracing::info!(source, full, from, resumed, "harvest begins");
    }

    fn page(&self, source: &str, committed: &Committed) {
        tracing::info!(source, "{}", crate::progress::page_line(committed));
    }

    fn note(&self, source: &str, message: &str) {
        tracing::warn!(source, "{message}");
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // The maps stay consistent even if a holder panicked: every update is a single step.
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
