//! One connection to the catalogue database, reading and writing through the catalogue traits.
//!
//! The traits read through `&self` while the `postgres` client needs `&mut` for every query, so
//! the client sits in a `RefCell`: a connection is used by one thread at a time (the traits ask
//! for `Send`, not `Sync`), and no borrow outlives the call that takes it.

use std::cell::{RefCell, RefMut};
use std::sync::Arc;
use std::time::Duration;

use super::{harvests, read, registry, search, unsupported, write, Pool};
use crate::catalogue::{Reader, Writer};
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
        search::search(&mut self.client(), query)
    }

    fn resource(&self, id: &str) -> Result<Option<(Resource, bool)>> {
        read::resource(&mut self.client(), id)
    }

    fn resource_count(&self) -> Result<u64> {
        read::resource_count(&mut self.client())
    }

    fn license_overview(&self) -> Result<LicenseOverview> {
        Err(unsupported("the licence overview"))
    }

    fn license_families_present(&self) -> Result<Vec<String>> {
        read::license_families_present(&mut self.client())
    }

    fn changes(&self, _query: &ChangesQuery) -> Result<(Vec<Change>, u64)> {
        Err(unsupported("the change feed (OAI-PMH provider)"))
    }

    fn change(&self, _id: &str) -> Result<Option<Change>> {
        Err(unsupported("the change feed (OAI-PMH provider)"))
    }

    fn earliest_change(&self) -> Result<Option<String>> {
        Err(unsupported("the change feed (OAI-PMH provider)"))
    }

    fn for_each_resource(&self, f: &mut dyn FnMut(Resource) -> Result<()>) -> Result<()> {
        read::for_each_resource(&mut self.client(), f)
    }

    fn sources(&self) -> Result<Vec<Source>> {
        registry::sources(&mut self.client())
    }

    fn source(&self, name: &str) -> Result<Option<Source>> {
        registry::source(&mut self.client(), name)
    }

    fn source_record_count(&self, name: &str) -> Result<u64> {
        registry::source_record_count(&mut self.client(), name)
    }

    fn harvest_history(&self, source: &str, limit: usize) -> Result<Vec<HarvestLog>> {
        harvests::history(&mut self.client(), source, limit)
    }

    fn last_successes(&self) -> Result<Vec<(String, String)>> {
        harvests::last_successes(&mut self.client())
    }

    fn quality_report(&self, _source: &str) -> Result<QualityReport> {
        Err(unsupported("quality reports"))
    }

    fn registrations(&self, _status: Option<&str>) -> Result<Vec<Registration>> {
        Err(unsupported("registration requests"))
    }

    fn registration(&self, _id: i64) -> Result<Option<Registration>> {
        Err(unsupported("registration requests"))
    }

    fn start_point(&self, source: &str) -> Result<StartPoint> {
        harvests::start_point(&mut self.client(), source)
    }

    fn integrity_check(&self) -> Result<Vec<String>> {
        Err(unsupported(
            "the integrity check (PostgreSQL checks its own pages)",
        ))
    }
}

impl Writer for PgConnection {
    fn add_source(&mut self, source: &Source) -> Result<()> {
        registry::add_source(&mut self.client(), source)
    }

    fn put_source(&mut self, source: &Source) -> Result<()> {
        registry::put_source(&mut self.client(), source)
    }

    fn remove_source(&mut self, name: &str) -> Result<()> {
        write::remove_source(&mut self.client(), name)
    }

    fn begin_harvest(
        &mut self,
        source: &str,
        full: bool,
        from: Option<&str>,
        first_set: Option<&str>,
    ) -> Result<Checkpoint> {
        harvests::begin(&mut self.client(), source, full, from, first_set)
    }

    fn apply_pages(
        &mut self,
        source: &str,
        metadata_prefix: &str,
        records: &[PreparedRecord],
        pages: u64,
        checkpoint: &Checkpoint,
    ) -> Result<Counts> {
        write::apply_pages(
            &mut self.client(),
            source,
            metadata_prefix,
            records,
            pages,
            checkpoint,
        )
    }

    fn complete_harvest(
        &mut self,
        source: &str,
        checkpoint: &Checkpoint,
        remove_unseen: bool,
    ) -> Result<Counts> {
        write::complete_harvest(&mut self.client(), source, checkpoint, remove_unseen)
    }

    fn fail_harvest(&mut self, harvest_id: i64, status: &str, error: &str) -> Result<()> {
        harvests::fail(&mut self.client(), harvest_id, status, error)
    }

    fn abandon_harvest(&mut self, source: &str, harvest_id: i64, error: &str) -> Result<()> {
        harvests::abandon(&mut self.client(), source, harvest_id, error)
    }

    fn reindex(
        &mut self,
        _source: &str,
        _crosswalk: &dyn Fn(&str) -> Option<RecordMetadata>,
    ) -> Result<Counts> {
        Err(unsupported("reindex"))
    }

    fn submit_registration(&mut self, _source: &Source, _contact: &str) -> Result<Registration> {
        Err(unsupported("registration requests"))
    }

    fn decide_registration(&mut self, _id: i64, _decision: &Decision) -> Result<Option<Source>> {
        Err(unsupported("registration requests"))
    }

    fn acquire_lease(
        &mut self,
        source: &str,
        holder: &str,
        ttl: Duration,
        gone: &dyn Fn(&str) -> bool,
    ) -> Result<bool> {
        registry::acquire_lease(&mut self.client(), source, holder, ttl, gone)
    }

    fn release_lease(&mut self, source: &str, holder: &str) -> Result<()> {
        registry::release_lease(&mut self.client(), source, holder)
    }
}
