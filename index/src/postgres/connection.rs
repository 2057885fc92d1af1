//! One connection to the catalogue database, reading and writing through the catalogue traits.
//!
//! The traits read through `&self` while the `postgres` client needs `&mut` for every query, so
//! the client sits in a `RefCell`: a connection is used by one thread at a time (the traits ask
//! for `Send`, not `Sync`), and no borrow outlives the call that takes it.
//!
//! Every call goes through [`super::blocking`], which moves it off a thread that runs async
//! tasks; an export's callback stays on the caller's thread, fed over a bounded channel.

use std::cell::{RefCell, RefMut};
use std::sync::mpsc::sync_channel;
use std::sync::Arc;
use std::time::Duration;

use postgres::Client;

use super::{
    blocking, changes, harvests, join, read, registrations, registry, search, unsupported, write,
    Pool,
};
use crate::catalogue::{Reader, Writer};
use crate::error::{IndexError, Result};
use crate::model::harvest::{Checkpoint, Counts, HarvestLog, StartPoint};
use crate::model::source::Source;
use crate::model::{RecordMetadata, Resource};
use crate::search::query::{SearchQuery, SearchResults};
use crate::store::changes::{Change, ChangesQuery};
use crate::store::licenses::LicenseOverview;
use crate::store::quality::QualityReport;
use crate::store::registrations::{Decision, Registration};
use crate::write::ingest::{reread, PreparedRecord};

/// A pooled connection; back to the pool when dropped.
pub(crate) struct PgConnection {
    client: Option<RefCell<postgres::Client>>,
    pool: Arc<Pool>,
}

impl PgConnection {
    pub(crate) fn new(pool: Arc<Pool>) -> Result<Self> {
        Ok(PgConnection {
            client: Some(RefCell::new(pool.get()?)),
            pool,
        })
    }

    fn client(&self) -> RefMut<'_, postgres::Client> {
        // Present from `new` until `drop`.
        self.client.as_ref().map(RefCell::borrow_mut).expect("open")
    }

    /// Runs `f` on the client, where it may block ([`blocking`]).
    fn run<T: Send>(&self, f: impl FnOnce(&mut Client) -> Result<T> + Send) -> Result<T> {
        let mut client = self.client();
        let client: &mut Client = &mut client;
        blocking(move || f(client))
    }
}

fn inside_runtime() -> bool {
    tokio::runtime::Handle::try_current().is_ok()
}

impl Drop for PgConnection {
    fn drop(&mut self) {
        if let Some(client) = self.client.take() {
            self.pool.put(client.into_inner());
        }
    }
}

impl Reader for PgConnection {
    fn search(&self, query: &SearchQuery) -> Result<SearchResults> {
        self.run(|c| search::search(c, query))
    }

    fn resource(&self, id: &str) -> Result<Option<(Resource, bool)>> {
        self.run(|c| read::resource(c, id))
    }

    fn resource_count(&self) -> Result<u64> {
        self.run(read::resource_count)
    }

    fn license_overview(&self) -> Result<LicenseOverview> {
        self.run(read::license_overview)
    }

    fn license_families_present(&self) -> Result<Vec<String>> {
        self.run(read::license_families_present)
    }

    fn changes(&self, query: &ChangesQuery) -> Result<(Vec<Change>, u64)> {
        self.run(|c| changes::changes(c, query))
    }

    fn change(&self, id: &str) -> Result<Option<Change>> {
        self.run(|c| changes::change(c, id))
    }

    fn earliest_change(&self) -> Result<Option<String>> {
        self.run(changes::earliest_change)
    }

    fn for_each_resource(&self, f: &mut dyn FnMut(Resource) -> Result<()>) -> Result<()> {
        if !inside_runtime() {
            return read::for_each_resource(&mut self.client(), f);
        }
        // `f` stays on this thread: the resources come over a bounded channel from the thread
        // that reads them (which stops when `f` fails and the channel closes).
        let mut client = self.client();
        let client: &mut Client = &mut client;
        std::thread::scope(|scope| {
            let (send, receive) = sync_channel::<Resource>(read::EXPORT_BATCH as usize);
            let reading = scope.spawn(move || {
                read::for_each_resource(client, &mut |resource| {
                    send.send(resource).map_err(|_| IndexError::Io {
                        context: "export stopped".into(),
                        source: std::io::Error::other("the receiver stopped"),
                    })
                })
            });
            let mut outcome = Ok(());
            for resource in receive.iter() {
                if let Err(e) = f(resource) {
                    outcome = Err(e);
                    break;
                }
            }
            drop(receive);
            let read = join(reading);
            // The reader's own error, unless it only stopped because `f` failed.
            outcome.and(read)
        })
    }

    fn sources(&self) -> Result<Vec<Source>> {
        self.run(registry::sources)
    }

    fn source(&self, name: &str) -> Result<Option<Source>> {
        self.run(|c| registry::source(c, name))
    }

    fn source_record_count(&self, name: &str) -> Result<u64> {
        self.run(|c| registry::source_record_count(c, name))
    }

    fn harvest_history(&self, source: &str, limit: usize) -> Result<Vec<HarvestLog>> {
        self.run(|c| harvests::history(c, source, limit))
    }

    fn last_successes(&self) -> Result<Vec<(String, String)>> {
        self.run(harvests::last_successes)
    }

    fn quality_report(&self, source: &str) -> Result<QualityReport> {
        self.run(|c| read::quality_report(c, source))
    }

    fn registrations(&self, status: Option<&str>) -> Result<Vec<Registration>> {
        self.run(|c| registrations::list(c, status))
    }

    fn registration(&self, id: i64) -> Result<Option<Registration>> {
        self.run(|c| registrations::get(c, id))
    }

    fn start_point(&self, source: &str) -> Result<StartPoint> {
        self.run(|c| harvests::start_point(c, source))
    }

    fn integrity_check(&self) -> Result<Vec<String>> {
        Err(unsupported(
            "the integrity check (PostgreSQL checks its own pages)",
        ))
    }
}

impl Writer for PgConnection {
    fn add_source(&mut self, source: &Source) -> Result<()> {
        self.run(|c| registry::add_source(c, source))
    }

    fn put_source(&mut self, source: &Source) -> Result<()> {
        self.run(|c| registry::put_source(c, source))
    }

    fn remove_source(&mut self, name: &str) -> Result<()> {
        let now = self.pool.now();
        self.run(|c| write::remove_source(c, name, &now))
    }

    fn begin_harvest(
        &mut self,
        source: &str,
        full: bool,
        from: Option<&str>,
        first_set: Option<&str>,
    ) -> Result<Checkpoint> {
        let now = self.pool.now();
        self.run(|c| harvests::begin(c, source, full, from, first_set, &now))
    }

    fn apply_pages(
        &mut self,
        source: &str,
        metadata_prefix: &str,
        records: &[PreparedRecord],
        pages: u64,
        checkpoint: &Checkpoint,
    ) -> Result<Counts> {
        let now = self.pool.now();
        self.run(|c| {
            write::apply_pages(c, source, metadata_prefix, records, pages, checkpoint, &now)
        })
    }

    fn complete_harvest(
        &mut self,
        source: &str,
        checkpoint: &Checkpoint,
        remove_unseen: bool,
    ) -> Result<Counts> {
        let now = self.pool.now();
        self.run(|c| write::complete_harvest(c, source, checkpoint, remove_unseen, &now))
    }

    fn fail_harvest(&mut self, harvest_id: i64, status: &str, error: &str) -> Result<()> {
        let now = self.pool.now();
        self.run(|c| harvests::fail(c, harvest_id, status, error, &now))
    }

    fn abandon_harvest(&mut self, source: &str, harvest_id: i64, error: &str) -> Result<()> {
        let now = self.pool.now();
        self.run(|c| harvests::abandon(c, source, harvest_id, error, &now))
    }

    /// Batch by batch: the stored records are read, crosswalked on this thread (`crosswalk`
    /// need not be sendable) and written back in one transaction per batch.
    fn reindex(
        &mut self,
        source: &str,
        crosswalk: &dyn Fn(&str) -> Option<RecordMetadata>,
    ) -> Result<Counts> {
        let Some(prefix) = self.source(source)?.map(|s| s.metadata_prefix) else {
            return Err(IndexError::UnknownSource(source.to_string()));
        };
        let mut counts = Counts::default();
        let mut after = String::new();
        loop {
            let batch = self.run(|c| write::stored_records(c, source, &after))?;
            let Some(last) = batch.last() else {
                return Ok(counts);
            };
            after = last.0.clone();
            let records = batch
                .into_iter()
                .map(|(id, datestamp, sets, raw)| {
                    reread(source, id, datestamp, &sets, &raw, crosswalk)
                })
                .collect::<Result<Vec<_>>>()?;
            let now = self.pool.now();
            counts.add(&self.run(|c| write::apply_reindexed(c, source, &prefix, &records, &now))?);
        }
    }

    fn submit_registration(&mut self, source: &Source, contact: &str) -> Result<Registration> {
        let now = self.pool.now();
        self.run(|c| registrations::submit(c, source, contact, &now))
    }

    fn decide_registration(&mut self, id: i64, decision: &Decision) -> Result<Option<Source>> {
        let now = self.pool.now();
        self.run(|c| registrations::decide(c, id, decision, &now))
    }

    fn acquire_lease(
        &mut self,
        source: &str,
        holder: &str,
        ttl: Duration,
        gone: &dyn Fn(&str) -> bool,
    ) -> Result<bool> {
        // `gone` stays on this thread: it is asked about the holder found first, and the lease
        // is taken only if the holder is still that one when its row is locked.
        let holder_now = self.run(|c| registry::lease_holder(c, source))?;
        let gone_now = holder_now.as_deref().is_some_and(gone);
        self.run(|c| {
            registry::acquire_lease(c, source, holder, ttl, &|h: &str| {
                gone_now && holder_now.as_deref() == Some(h)
            })
        })
    }

    fn release_lease(&mut self, source: &str, holder: &str) -> Result<()> {
        self.run(|c| registry::release_lease(c, source, holder))
    }
}
