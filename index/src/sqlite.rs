//! The embedded engine: the catalogue in one SQLite file, the first implementation of
//! [`crate::catalogue`].
//!
//! Readers are [`Searcher`]s (a read-only connection with the search columns every reader of the
//! store shares); writers are [`Index`] connections. SQLite in WAL mode lets any number of
//! readers read the last commit while one writer writes, across processes too.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::catalogue::{CacheStats, Reader, SearchStatus, Store, StoreOptions, Writer};
use crate::clock::Clock;
use crate::error::Result;
use crate::model::harvest::{Checkpoint, Counts, HarvestLog, StartPoint};
use crate::model::source::Source;
use crate::model::{RecordMetadata, Resource};
use crate::search::columns::SearchColumns;
use crate::search::query::{SearchQuery, SearchResults};
use crate::search::text::Commit;
use crate::search::Searcher;
use crate::store::changes::{Change, ChangesQuery};
use crate::store::db::Index;
use crate::store::licenses::LicenseOverview;
use crate::store::quality::QualityReport;
use crate::store::registrations::{Decision, Registration};
use crate::write::ingest::PreparedRecord;

/// A catalogue in one SQLite file.
pub struct SqliteStore {
    path: PathBuf,
    /// The search columns every reader shares.
    columns: Arc<SearchColumns>,
    cache: bool,
    clock: Arc<dyn Clock>,
}

impl SqliteStore {
    /// Opens (creating and migrating if needed) the catalogue file at `path`.
    pub fn open(path: &Path, options: &StoreOptions) -> Result<Self> {
        drop(Index::open(path)?);
        Ok(SqliteStore {
            path: path.to_path_buf(),
            columns: Arc::new(SearchColumns::new().with_cache(options.search_cache)),
            cache: options.search_cache,
            clock: options.clock.clone(),
        })
    }

    /// The catalogue file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Ends the searches' wait for the columns when dropped.
struct StopWaiting(Arc<SearchColumns>);

impl Drop for StopWaiting {
    fn drop(&mut self) {
        self.0.stop_waiting();
    }
}

impl Store for SqliteStore {
    fn reader(&self) -> Result<Box<dyn Reader>> {
        let index = Index::open_read_only(&self.path)?;
        Ok(Box::new(Searcher::new(index, Some(self.columns.clone()))))
    }

    fn writer(&self) -> Result<Box<dyn Writer>> {
        Ok(Box::new(
            Index::open(&self.path)?.with_clock(self.clock.clone()),
        ))
    }

    fn location(&self) -> String {
        self.path.display().to_string()
    }

    fn engine(&self) -> &'static str {
        "sqlite"
    }

    /// Brings the text index up to date (replaying what it missed) and loads the search
    /// columns, on a thread of their own (about a second for a million resources when the text
    /// index is current); searches wait for them rather than ask SQLite alone meanwhile.
    fn start_search(&self) {
        let columns = self.columns.clone();
        columns.expect_load();
        let path = self.path.clone();
        let started = std::thread::Builder::new()
            .name("search-columns".into())
            .spawn(move || {
                // However the load ends (even in a panic), searches stop waiting for it.
                let _stop_waiting = StopWaiting(columns.clone());
                // The text index first replays what it missed (after a crash or an upgrade).
                let loaded = Index::open_read_only(&path).and_then(|index| {
                    index.sync_text(Commit::Now)?;
                    columns.load(&index)
                });
                if let Err(e) = loaded {
                    tracing::warn!(error = %e, "search columns not loaded; searching SQLite alone");
                }
            });
        if let Err(e) = started {
            tracing::warn!(error = %e, "search columns not loaded; searching SQLite alone");
            self.columns.stop_waiting();
        }
    }

    fn load_search(&self, titles: bool) -> Result<()> {
        let index = Index::open_read_only(&self.path)?;
        index.sync_text(Commit::Now)?;
        if titles {
            self.columns.load(&index)
        } else {
            self.columns.load_without_titles(&index)
        }
    }

    fn search_status(&self) -> SearchStatus {
        let (hits, misses) = self.columns.cache_stats();
        SearchStatus {
            ready: self.columns.is_loaded(),
            cache: self.cache.then_some(CacheStats { hits, misses }),
        }
    }

    fn backup(&self, target: &Path) -> Result<()> {
        Index::open_read_only(&self.path)?.backup_to(target)
    }

    fn disk_usage(&self) -> Option<(u64, u64)> {
        let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        let mut wal = self.path.clone().into_os_string();
        wal.push("-wal");
        Some((size(&self.path), size(Path::new(&wal))))
    }

    fn clock(&self) -> Arc<dyn Clock> {
        self.clock.clone()
    }
}

/// What both kinds of SQLite connection read through: the connection, and how it searches
/// (a [`Searcher`] with the columns, an [`Index`] with SQL alone).
trait SqliteConnection {
    fn index(&self) -> &Index;
    fn run_search(&self, query: &SearchQuery) -> Result<SearchResults>;
}

impl SqliteConnection for Index {
    fn index(&self) -> &Index {
        self
    }

    fn run_search(&self, query: &SearchQuery) -> Result<SearchResults> {
        self.search(query)
    }
}

impl SqliteConnection for Searcher {
    fn index(&self) -> &Index {
        self
    }

    fn run_search(&self, query: &SearchQuery) -> Result<SearchResults> {
        self.search(query)
    }
}

impl<C: SqliteConnection + Send> Reader for C {
    fn search(&self, query: &SearchQuery) -> Result<SearchResults> {
        self.run_search(query)
    }

    fn resource(&self, id: &str) -> Result<Option<(Resource, bool)>> {
        self.index().resource(id)
    }

    fn resource_count(&self) -> Result<u64> {
        self.index().resource_count()
    }

    fn license_overview(&self) -> Result<LicenseOverview> {
        self.index().license_overview()
    }

    fn license_families_present(&self) -> Result<Vec<String>> {
        self.index().license_families_present()
    }

    fn changes(&self, query: &ChangesQuery) -> Result<(Vec<Change>, u64)> {
        self.index().changes(query)
    }

    fn change(&self, id: &str) -> Result<Option<Change>> {
        self.index().change(id)
    }

    fn earliest_change(&self) -> Result<Option<String>> {
        self.index().earliest_change()
    }

    fn for_each_resource(&self, f: &mut dyn FnMut(Resource) -> Result<()>) -> Result<()> {
        self.index().for_each_resource(f)?
    }

    fn resource_stamps(&self, offset: u64, limit: usize) -> Result<Vec<(String, String)>> {
        self.index().resource_stamps(offset, limit)
    }

    fn sources(&self) -> Result<Vec<Source>> {
        self.index().sources()
    }

    fn source(&self, name: &str) -> Result<Option<Source>> {
        self.index().source(name)
    }

    fn source_record_count(&self, name: &str) -> Result<u64> {
        self.index().source_record_count(name)
    }

    fn harvest_history(&self, source: &str, limit: usize) -> Result<Vec<HarvestLog>> {
        self.index().harvest_history(source, limit)
    }

    fn last_successes(&self) -> Result<Vec<(String, String)>> {
        self.index().last_successes()
    }

    fn quality_report(&self, source: &str) -> Result<QualityReport> {
        self.index().quality_report(source)
    }

    fn registrations(&self, status: Option<&str>) -> Result<Vec<Registration>> {
        self.index().registrations(status)
    }

    fn registration(&self, id: i64) -> Result<Option<Registration>> {
        self.index().registration(id)
    }

    fn start_point(&self, source: &str) -> Result<StartPoint> {
        self.index().start_point(source)
    }

    fn integrity_check(&self) -> Result<Vec<String>> {
        self.index().integrity_check()
    }
}

impl Writer for Index {
    fn add_source(&mut self, source: &Source) -> Result<()> {
        Index::add_source(self, source)
    }

    fn put_source(&mut self, source: &Source) -> Result<()> {
        Index::put_source(self, source)
    }

    fn remove_source(&mut self, name: &str) -> Result<()> {
        Index::remove_source(self, name)?;
        self.sync_text(Commit::Now)
    }

    fn begin_harvest(
        &mut self,
        source: &str,
        full: bool,
        from: Option<&str>,
        first_set: Option<&str>,
    ) -> Result<Checkpoint> {
        Index::begin_harvest(self, source, full, from, first_set)
    }

    fn begin_bulk_writes(&mut self) -> Result<()> {
        self.tune_for_bulk_writes()
    }

    fn apply_pages(
        &mut self,
        source: &str,
        metadata_prefix: &str,
        records: &[PreparedRecord],
        pages: u64,
        checkpoint: &Checkpoint,
    ) -> Result<Counts> {
        let counts =
            self.apply_prepared_pages(source, metadata_prefix, records, pages, checkpoint)?;
        self.after_bulk_commit()?;
        // The page is committed; a text index that cannot follow now catches up at the next
        // sync (a search, the end of the harvest), so the harvest goes on.
        if let Err(e) = self.sync_text(Commit::Soon) {
            tracing::warn!(error = %e, "text index not updated after a page; replayed later");
        }
        Ok(counts)
    }

    fn complete_harvest(
        &mut self,
        source: &str,
        checkpoint: &Checkpoint,
        remove_unseen: bool,
    ) -> Result<Counts> {
        let counts = Index::complete_harvest(self, source, checkpoint, remove_unseen)?;
        self.sync_text(Commit::Now)?;
        Ok(counts)
    }

    fn fail_harvest(&mut self, harvest_id: i64, status: &str, error: &str) -> Result<()> {
        Index::fail_harvest(self, harvest_id, status, error)
    }

    fn abandon_harvest(&mut self, source: &str, harvest_id: i64, error: &str) -> Result<()> {
        Index::abandon_harvest(self, source, harvest_id, error)
    }

    fn reindex(
        &mut self,
        source: &str,
        crosswalk: &dyn Fn(&str) -> Option<RecordMetadata>,
    ) -> Result<Counts> {
        let counts = Index::reindex(self, source, crosswalk)?;
        self.sync_text(Commit::Now)?;
        Ok(counts)
    }

    fn rebuild_search(&mut self) -> Result<()> {
        self.rebuild_text()
    }

    fn submit_registration(&mut self, source: &Source, contact: &str) -> Result<Registration> {
        Index::submit_registration(self, source, contact)
    }

    fn decide_registration(&mut self, id: i64, decision: &Decision) -> Result<Option<Source>> {
        Index::decide_registration(self, id, decision)
    }

    fn acquire_lease(
        &mut self,
        source: &str,
        holder: &str,
        ttl: Duration,
        gone: &dyn Fn(&str) -> bool,
    ) -> Result<bool> {
        Index::acquire_lease(self, source, holder, ttl, gone)
    }

    fn release_lease(&mut self, source: &str, holder: &str) -> Result<()> {
        Index::release_lease(self, source, holder)
    }
}
