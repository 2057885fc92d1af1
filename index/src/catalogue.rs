//! The catalogue as a contract: what the API, the harvester, the OAI-PMH provider, export and
//! the command line may ask of any storage engine.
//!
//! # Architecture
//! Three traits, from the outside in:
//!
//! * [`Store`]: where a catalogue lives; opens connections ([`Store::reader`],
//!   [`Store::writer`]) and says how its search structures stand. [`crate::open`] picks the
//!   engine from a location: a file path is the embedded SQLite catalogue.
//! * [`Reader`]: searching and reading: resources, licences, the change feed other nodes and the
//!   OAI-PMH provider follow, the source registry, the harvest log, quality reports and
//!   registration requests.
//! * [`Writer`]: changing the catalogue: the registry, a harvest page by page (each page
//!   committed with its checkpoint, so a harvest killed at any moment resumes from its last
//!   page), the end of a harvest, reindexing, registrations, and a lease on a source so that two
//!   harvesters (two processes, or two nodes on one database) never harvest it at once.
//!
//! Everything that crosses the contract is a type of [`crate::model`] or [`crate::search::query`]
//! (or a report type of [`crate::store`]): no SQL, no connection, no row id. Cursors are opaque
//! strings. A second engine implements these traits; the callers do not change.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use crate::clock::{Clock, SystemClock};
use crate::error::Result;
use crate::model::harvest::{Checkpoint, Counts, HarvestLog, StartPoint};
use crate::model::source::Source;
use crate::model::{RecordMetadata, Resource};
use crate::search::query::{SearchQuery, SearchResults};
use crate::store::changes::{Change, ChangesQuery};
use crate::store::licenses::LicenseOverview;
use crate::store::quality::QualityReport;
use crate::store::registrations::{Decision, Registration};
use crate::write::ingest::PreparedRecord;

/// Reading the catalogue. A reader sees the last committed state; it never waits on a writer.
pub trait Reader: Send {
    /// One page of results for `query`, with the total, the facet counts and the next cursor.
    fn search(&self, query: &SearchQuery) -> Result<SearchResults>;
    /// The resource with this id, and whether it is a tombstone (every source withdrew it).
    fn resource(&self, id: &str) -> Result<Option<(Resource, bool)>>;
    /// Live resources in all.
    fn resource_count(&self) -> Result<u64>;
    /// Every licence family and licence present, with counts and permissions.
    fn license_overview(&self) -> Result<LicenseOverview>;
    /// The licence families at least one resource (live or withdrawn) has.
    fn license_families_present(&self) -> Result<Vec<String>>;
    /// Resources changed in a window, oldest change first, and how many there are in all (the
    /// change feed: the OAI-PMH provider, mirrors and other nodes follow it).
    fn changes(&self, query: &ChangesQuery) -> Result<(Vec<Change>, u64)>;
    /// One resource's latest change.
    fn change(&self, id: &str) -> Result<Option<Change>>;
    /// When the oldest change recorded happened.
    fn earliest_change(&self) -> Result<Option<String>>;
    /// Calls `f` with every live resource, in id order, until it fails.
    fn for_each_resource(&self, f: &mut dyn FnMut(Resource) -> Result<()>) -> Result<()>;
    /// The ids and update times of live resources in id order: at most `limit` of them, from
    /// the `offset`-th on (the pages of the sitemap). This default walks every resource; an
    /// engine overrides it with an indexed query.
    fn resource_stamps(&self, offset: u64, limit: usize) -> Result<Vec<(String, String)>> {
        let (mut stamps, mut seen) = (Vec::new(), 0u64);
        self.for_each_resource(&mut |r| {
            if seen >= offset && stamps.len() < limit {
                stamps.push((r.id, r.updated));
            }
            seen += 1;
            Ok(())
        })?;
        Ok(stamps)
    }
    /// Every registered source, by name.
    fn sources(&self) -> Result<Vec<Source>>;
    /// The source named `name`.
    fn source(&self, name: &str) -> Result<Option<Source>>;
    /// Live records the source contributes.
    fn source_record_count(&self, name: &str) -> Result<u64>;
    /// The source's most recent harvests, newest first.
    fn harvest_history(&self, source: &str, limit: usize) -> Result<Vec<HarvestLog>>;
    /// For each source, when its last successful harvest ended.
    fn last_successes(&self) -> Result<Vec<(String, String)>>;
    /// What the source's records say and leave out, field by field.
    fn quality_report(&self, source: &str) -> Result<QualityReport>;
    /// Registration requests, newest first, of one status or all.
    fn registrations(&self, status: Option<&str>) -> Result<Vec<Registration>>;
    /// One registration request.
    fn registration(&self, id: i64) -> Result<Option<Registration>>;
    /// Where the source's next harvest starts: an interrupted one's checkpoint, or the end of
    /// the last complete one.
    fn start_point(&self, source: &str) -> Result<StartPoint>;
    /// Problems the engine finds in its own storage (empty when sound).
    fn integrity_check(&self) -> Result<Vec<String>>;
}

/// Changing the catalogue. One writer at a time commits; a writer also reads.
pub trait Writer: Reader {
    /// Registers a new source; fails if the name is taken.
    fn add_source(&mut self, source: &Source) -> Result<()>;
    /// Registers or updates a source, keeping its records and harvest state.
    fn put_source(&mut self, source: &Source) -> Result<()>;
    /// Removes a source and its records; resources other sources hold stay, the others become
    /// tombstones.
    fn remove_source(&mut self, name: &str) -> Result<()>;
    /// Records the start of a harvest and returns its first checkpoint.
    fn begin_harvest(
        &mut self,
        source: &str,
        full: bool,
        from: Option<&str>,
        first_set: Option<&str>,
    ) -> Result<Checkpoint>;
    /// Prepares this writer for a harvest's stream of pages (an engine may tune itself for
    /// bulk writes; nothing about what is committed changes).
    fn begin_bulk_writes(&mut self) -> Result<()> {
        Ok(())
    }
    /// Applies `pages` harvested pages of `source` and stores `checkpoint`, all or nothing: a
    /// harvest killed at any moment resumes from the last checkpoint committed.
    fn apply_pages(
        &mut self,
        source: &str,
        metadata_prefix: &str,
        records: &[PreparedRecord],
        pages: u64,
        checkpoint: &Checkpoint,
    ) -> Result<Counts>;
    /// Ends a harvest whose list is complete; after a full one, deletes the source's records it
    /// no longer listed when `remove_unseen`.
    fn complete_harvest(
        &mut self,
        source: &str,
        checkpoint: &Checkpoint,
        remove_unseen: bool,
    ) -> Result<Counts>;
    /// Marks a harvest as ended with `status` and `error`; its checkpoint stays, so the next
    /// harvest resumes.
    fn fail_harvest(&mut self, harvest_id: i64, status: &str, error: &str) -> Result<()>;
    /// Marks a harvest as failed and drops its checkpoint (its list cannot be completed); the
    /// next harvest starts where the last complete one did.
    fn abandon_harvest(&mut self, source: &str, harvest_id: i64, error: &str) -> Result<()>;
    /// Reads every stored record of `source` again with `crosswalk` (from its raw metadata)
    /// and rebuilds the resources that changed.
    fn reindex(
        &mut self,
        source: &str,
        crosswalk: &dyn Fn(&str) -> Option<RecordMetadata>,
    ) -> Result<Counts>;
    /// Rebuilds the search structures derived from the records (the text index) from the
    /// catalogue, after a reindex or an upgrade of the text analysis.
    fn rebuild_search(&mut self) -> Result<()> {
        Ok(())
    }
    /// Queues a registration request.
    fn submit_registration(&mut self, source: &Source, contact: &str) -> Result<Registration>;
    /// Approves (registering its source) or rejects a request.
    fn decide_registration(&mut self, id: i64, decision: &Decision) -> Result<Option<Source>>;
    /// Takes (or, for the same `holder`, extends) the lease on harvesting `source` for `ttl`;
    /// `false` when another holder's lease has not expired and `gone` does not say that holder
    /// has gone (a process on this machine that no longer runs). A holder that stops renewing
    /// loses its lease when it expires, and another may take it and resume from the last
    /// checkpoint.
    fn acquire_lease(
        &mut self,
        source: &str,
        holder: &str,
        ttl: Duration,
        gone: &dyn Fn(&str) -> bool,
    ) -> Result<bool>;
    /// Gives the lease up (nothing happens unless `holder` holds it).
    fn release_lease(&mut self, source: &str, holder: &str) -> Result<()>;
}

/// How a store's search structures stand (for health checks and metrics).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SearchStatus {
    /// The fast search structures are loaded (searches are answered by them, not the fallback).
    pub ready: bool,
    /// Hits and misses of the search cache, when there is one.
    pub cache: Option<CacheStats>,
}

/// How often the search cache answered, and how often it had to compute.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CacheStats {
    /// Answers found in the cache.
    pub hits: u64,
    /// Answers computed.
    pub misses: u64,
}

/// Where a catalogue lives, and the way to its connections.
pub trait Store: Send + Sync {
    /// A read connection (cheap to keep: callers pool them).
    fn reader(&self) -> Result<Box<dyn Reader>>;
    /// A write connection.
    fn writer(&self) -> Result<Box<dyn Writer>>;
    /// Where it is, for messages (never with a password).
    fn location(&self) -> String;
    /// The engine's name (`sqlite`).
    fn engine(&self) -> &'static str;
    /// Starts building the search structures in the background, if the engine has any
    /// (searches wait for them rather than ask the slow fallback meanwhile).
    fn start_search(&self) {}
    /// Builds the search structures now, on this thread, for a one-off search (the command
    /// line); `titles`: also what title order needs (else title order asks the fallback).
    fn load_search(&self, _titles: bool) -> Result<()> {
        Ok(())
    }
    /// How the search structures stand.
    fn search_status(&self) -> SearchStatus {
        SearchStatus {
            ready: true,
            cache: None,
        }
    }
    /// Copies the whole catalogue to `target` while others read and write.
    fn backup(&self, target: &Path) -> Result<()>;
    /// Bytes the catalogue takes on disk, and its write-ahead log's, where the engine knows.
    fn disk_usage(&self) -> Option<(u64, u64)> {
        None
    }
    /// The clock the catalogue records times by ([`StoreOptions::clock`]); whatever compares
    /// the time with recorded times (a `responseDate`, a schedule) reads this one too.
    fn clock(&self) -> Arc<dyn Clock>;
}

/// How to open a catalogue.
#[derive(Debug, Clone)]
pub struct StoreOptions {
    /// Keep the search cache (full-text matches and counts of recent searches).
    pub search_cache: bool,
    /// Where the times the catalogue records come from: the system clock unless a test (or an
    /// end-to-end test's shifted clock) says otherwise; see [`crate::clock`].
    pub clock: Arc<dyn Clock>,
}

impl Default for StoreOptions {
    fn default() -> Self {
        StoreOptions {
            search_cache: false,
            clock: Arc::new(SystemClock::default()),
        }
    }
}
