//! Search columns: a compact in-memory copy of what search filters, counts and sorts on, for
//! every resource, so that facet counts, totals and the newest-first page come from a pass over
//! a few arrays instead of `GROUP BY` over the match set in SQLite.
//!
//! A resource's row number is its `rowid` (resources are never removed, so rowids stay dense).
//! Per row: a live bit and the three licence permissions packed in one byte, the licence as a
//! small dictionary id, `updated` as seconds since the epoch, and the facet values (language,
//! type, level, subject, source, accessibility) as ids into one dictionary, stored back to back in an arena;
//! the live rows newest first; and the titles and title order (`column_titles.rs`). About 70
//! bytes a resource. Besides, live counts per licence and permissions and per facet value, kept
//! up to date row by row, answer the default query (everything, every facet) and filters on
//! licences and permissions alone without a pass over the rows.
//!
//! The copy follows the catalogue: [`SearchColumns::ensure_fresh`] asks SQLite whether anything
//! was committed since the connection last looked (`PRAGMA data_version`) and, if so, re-reads
//! the resources changed since the newest `updated` seen (one write transaction shares one
//! `updated` time, and writes are serialised, so nothing committed later can carry an older one).
//! A change touching a large part of the catalogue (a reindex) reloads it whole.

pub(crate) mod cache;
pub(crate) mod search;
mod titles;

use std::collections::HashMap;
use std::sync::{Condvar, Mutex, RwLock};
use std::time::Duration;

use rusqlite::Connection;

use crate::error::{IndexError, Result};
use crate::search::columns::cache::SearchCache;
use crate::search::columns::titles::Titles;
use crate::search::facet_values::FacetValues;

pub(crate) use crate::search::facet_values::FIELDS;

/// Row flag: the resource is live (not a tombstone, not unknown).
pub(crate) const LIVE: u8 = 1;

/// Bit offsets of the tri-state permissions in a row's flags (0 = unknown, 1 = no, 2 = yes).
pub(crate) const OPEN_SHIFT: u8 = 1;
pub(crate) const COMMERCIAL_SHIFT: u8 = 3;
pub(crate) const DERIVATIVES_SHIFT: u8 = 5;

/// A licence as the resources table stores it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct LicenseKey {
    /// `license_id`.
    pub id: Option<String>,
    /// `license_family`.
    pub family: Option<String>,
}

/// One row's columns as read from SQLite, before it is stored.
#[derive(Debug, Clone, PartialEq)]
struct RowData {
    rowid: usize,
    live: bool,
    updated: u32,
    license: LicenseKey,
    permissions: [Option<bool>; 3],
    /// (field index, value)
    values: Vec<(u8, String)>,
    /// A hash of the row's document and tombstone flag.
    fingerprint: u64,
    /// `title_sort`.
    title: String,
}

/// The arrays and dictionaries (see the module documentation).
#[derive(Debug, Default)]
pub(crate) struct Columns {
    /// Bumped whenever the copy may have changed; caches are keyed by it.
    pub generation: u64,
    pub flags: Vec<u8>,
    pub license: Vec<u16>,
    pub updated: Vec<u32>,
    start: Vec<u32>,
    len: Vec<u16>,
    values: Vec<u32>,
    /// Arena entries no row points at any more.
    garbage: usize,
    /// Licence dictionary; id 0 is "no licence".
    pub licenses: Vec<LicenseKey>,
    license_ids: HashMap<LicenseKey, u16>,
    /// Facet value dictionary: each id's field index and text.
    pub value_field: Vec<u8>,
    pub value_text: Vec<String>,
    value_ids: [HashMap<String, u32>; FIELDS.len()],
    /// The newest `updated` among the rows read (text, as stored).
    high_water: String,
    /// Fingerprints of the rows whose `updated` is `high_water`: a refresh reads them again
    /// (a later commit in the same second may have changed them) and finds nothing new if
    /// they are all still the same.
    frontier: HashMap<u32, u64>,
    /// Live rows newest first (by [`Columns::order_key`]): a filter-only page walks this until
    /// it has its rows instead of looking at every resource.
    pub by_updated: Vec<u32>,
    /// Titles and the title order (read after the rest).
    pub titles: Titles,
    /// Live rows.
    pub live: usize,
    /// Live rows per licence dictionary id and flags byte (at `id * 256 + flags`), kept up to
    /// date as rows change: the total and licence counts of a search without text that filters
    /// on licences and permissions only, which would otherwise take a pass over every row.
    pub live_per_license_flags: Vec<u64>,
    /// Live rows per facet value id, likewise: the facet counts of a search without text or
    /// filters (the API's default query).
    pub live_per_value: Vec<u64>,
}

impl Columns {
    /// Number of row slots (one more than the largest rowid).
    pub fn rows(&self) -> usize {
        self.flags.len()
    }

    /// The facet value ids of row `r`.
    pub fn values(&self, r: usize) -> &[u32] {
        let start = self.start[r] as usize;
        &self.values[start..start + self.len[r] as usize]
    }

    /// Row `r`'s place in the newest-first order (`updated` descending, then rowid descending):
    /// smaller comes first.
    pub fn order_key(&self, r: usize) -> (u64, u32) {
        newest_first_key(self.updated[r], r as u32)
    }

    /// Puts the changed rows (already stored) in their place in [`Columns::by_updated`].
    fn reorder(&mut self, changed: &[RowData]) {
        let rows: Vec<usize> = changed.iter().map(|row| row.rowid).collect();
        let flags = &self.flags;
        let live = |r: usize| flags.get(r).is_some_and(|f| f & LIVE != 0);
        let old = std::mem::take(&mut self.by_updated);
        let by_updated = merge_changed(old, &rows, live, |a, b| {
            self.order_key(a as usize).cmp(&self.order_key(b as usize))
        });
        self.by_updated = by_updated;
        if self.titles.loaded {
            let old = std::mem::take(&mut self.titles.order);
            let titles = &self.titles;
            let order = merge_changed(old, &rows, live, |a, b| {
                titles.key(a as usize).cmp(&titles.key(b as usize))
            });
            self.titles.order = order;
        }
    }

    /// Sorts every live row into [`Columns::by_updated`].
    fn sort_all(&mut self) {
        let mut order: Vec<u32> = (0..self.rows())
            .filter(|&r| self.flags[r] & LIVE != 0)
            .map(|r| r as u32)
            .collect();
        order.sort_unstable_by_key(|&r| self.order_key(r as usize));
        self.by_updated = order;
    }

    /// Moves the high-water time to the newest of `rows` (tombstones included) and remembers
    /// the fingerprints of the rows at that time.
    fn set_frontier(&mut self, rows: &[RowData]) {
        let newest = rows.iter().map(|r| r.updated).max();
        if let Some(newest) = newest {
            let text = oerdex_normalise::timestamp::format_epoch_seconds(newest);
            if text > self.high_water {
                self.high_water = text;
            }
        }
        self.frontier = rows
            .iter()
            .filter(|r| Some(r.updated) == newest)
            .map(|r| (r.rowid as u32, r.fingerprint))
            .collect();
    }

    /// The id of `value` in facet field `field`, if any resource has it.
    pub fn value_id(&self, field: usize, value: &str) -> Option<u32> {
        self.value_ids[field].get(value).copied()
    }

    fn license_id(&mut self, key: &LicenseKey) -> Result<u16> {
        if let Some(id) = self.license_ids.get(key) {
            return Ok(*id);
        }
        let id = u16::try_from(self.licenses.len()).map_err(|_| too_many("licences"))?;
        self.licenses.push(key.clone());
        self.live_per_license_flags.extend([0; 256]);
        self.license_ids.insert(key.clone(), id);
        Ok(id)
    }

    fn value_id_or_insert(&mut self, field: u8, value: &str) -> Result<u32> {
        if let Some(id) = self.value_ids[field as usize].get(value) {
            return Ok(*id);
        }
        let id = u32::try_from(self.value_text.len()).map_err(|_| too_many("facet values"))?;
        self.value_text.push(value.to_string());
        self.live_per_value.push(0);
        self.value_field.push(field);
        self.value_ids[field as usize].insert(value.to_string(), id);
        Ok(id)
    }

    fn grow(&mut self, rows: usize) {
        if rows > self.flags.len() {
            self.flags.resize(rows, 0);
            self.license.resize(rows, 0);
            self.updated.resize(rows, 0);
            self.start.resize(rows, 0);
            self.len.resize(rows, 0);
        }
    }

    /// Stores one row, replacing what the copy had for it.
    fn store(&mut self, row: &RowData) -> Result<()> {
        self.grow(row.rowid + 1);
        let r = row.rowid;
        if self.flags[r] & LIVE != 0 {
            self.live -= 1;
            self.count_row(r, false);
        }
        self.garbage += self.len[r] as usize;
        self.len[r] = 0;
        self.flags[r] = 0;
        self.titles.set(r, row.live.then_some(row.title.as_str()))?;
        if !row.live {
            return Ok(());
        }
        let mut flags = LIVE;
        for (shift, permission) in [OPEN_SHIFT, COMMERCIAL_SHIFT, DERIVATIVES_SHIFT]
            .into_iter()
            .zip(row.permissions)
        {
            flags |= tri_state(permission) << shift;
        }
        self.flags[r] = flags;
        self.live += 1;
        self.license[r] = self.license_id(&row.license)?;
        self.updated[r] = row.updated;
        let start = u32::try_from(self.values.len()).map_err(|_| too_many("facet values"))?;
        for (field, value) in &row.values {
            let id = self.value_id_or_insert(*field, value)?;
            self.values.push(id);
        }
        self.start[r] = start;
        self.len[r] = u16::try_from(row.values.len()).map_err(|_| too_many("values per row"))?;
        self.count_row(r, true);
        Ok(())
    }

    /// Adds live row `r`'s licence and values to the live counts, or takes them away.
    fn count_row(&mut self, r: usize, add: bool) {
        let bucket = self.license[r] as usize * 256 + self.flags[r] as usize;
        let n = &mut self.live_per_license_flags[bucket];
        *n = if add { *n + 1 } else { *n - 1 };
        let start = self.start[r] as usize;
        for &v in &self.values[start..start + self.len[r] as usize] {
            let n = &mut self.live_per_value[v as usize];
            *n = if add { *n + 1 } else { *n - 1 };
        }
    }

    /// Counts every live row's licence and values afresh (after a load).
    fn count_all(&mut self) {
        self.live_per_license_flags = vec![0; self.licenses.len() * 256];
        self.live_per_value = vec![0; self.value_text.len()];
        for r in 0..self.rows() {
            if self.flags[r] & LIVE != 0 {
                self.count_row(r, true);
            }
        }
    }

    /// Rewrites the arena without the entries of replaced rows.
    fn compact(&mut self) {
        let mut values = Vec::with_capacity(self.values.len() - self.garbage);
        for r in 0..self.rows() {
            let start = values.len() as u32;
            values.extend_from_slice(self.values(r));
            self.start[r] = start;
        }
        self.values = values;
        self.garbage = 0;
    }
}

/// The place of a row changed at `updated` in the newest-first order (`updated` descending, then
/// rowid descending, as the SQL path orders): smaller comes first.
pub(crate) fn newest_first_key(updated: u32, rowid: u32) -> (u64, u32) {
    (u64::from(u32::MAX - updated), u32::MAX - rowid)
}

/// An order of rows (`old`, sorted by `cmp`) with the `changed` rows taken out and those of them
/// still `live` put back in their place: one merge, O(rows).
pub(crate) fn merge_changed(
    old: Vec<u32>,
    changed: &[usize],
    live: impl Fn(usize) -> bool,
    cmp: impl Fn(u32, u32) -> std::cmp::Ordering,
) -> Vec<u32> {
    let rows = changed.iter().max().map_or(0, |m| m + 1);
    let mut marked = vec![0u64; rows / 64 + 1];
    for &r in changed {
        marked[r / 64] |= 1 << (r % 64);
    }
    let is_changed = |r: u32| (r as usize) < rows && marked[r as usize / 64] & (1 << (r % 64)) != 0;
    let mut fresh: Vec<u32> = changed
        .iter()
        .filter(|&&r| live(r))
        .map(|&r| r as u32)
        .collect();
    fresh.sort_unstable_by(|&a, &b| cmp(a, b));
    fresh.dedup();
    let mut merged = Vec::with_capacity(old.len() + fresh.len());
    let mut fresh = fresh.into_iter().peekable();
    for r in old {
        if is_changed(r) {
            continue;
        }
        while let Some(&f) = fresh.peek() {
            if cmp(f, r).is_lt() {
                merged.push(f);
                fresh.next();
            } else {
                break;
            }
        }
        merged.push(r);
    }
    merged.extend(fresh);
    merged
}

fn tri_state(value: Option<bool>) -> u8 {
    match value {
        None => 0,
        Some(false) => 1,
        Some(true) => 2,
    }
}

fn too_many(what: &str) -> IndexError {
    IndexError::Columns(format!("too many {what}"))
}

/// The search columns of one catalogue, shared by all the connections that search it (attach
/// with a [`crate::search::Searcher`]). Empty until [`SearchColumns::load`] has run;
/// searches meanwhile go to SQLite alone, unless a load was announced
/// ([`SearchColumns::expect_load`]): they then wait for it.
pub struct SearchColumns {
    pub(crate) data: RwLock<Option<Columns>>,
    /// Changed rows beyond a quarter of the catalogue above which a refresh reloads it whole.
    reload_after: usize,
    /// Serialises loads and refreshes.
    refreshing: Mutex<()>,
    /// The load searches wait for, announced by [`SearchColumns::expect_load`].
    loading: Mutex<LoadWait>,
    loaded: Condvar,
    pub(crate) cache: Mutex<SearchCache>,
}

/// An announced load and the searches waiting for it.
#[derive(Debug, Default)]
struct LoadWait {
    /// True from [`SearchColumns::expect_load`] until the rows are read (or could not be).
    announced: bool,
    /// Searches waiting for the rows.
    searches: usize,
}

/// How long a search waits for announced columns before it asks SQLite alone.
const LOAD_WAIT: Duration = Duration::from_secs(60);

impl Default for SearchColumns {
    fn default() -> Self {
        SearchColumns::new()
    }
}

impl SearchColumns {
    /// Empty columns.
    pub fn new() -> Self {
        SearchColumns {
            data: RwLock::new(None),
            reload_after: 10_000,
            refreshing: Mutex::new(()),
            loading: Mutex::new(LoadWait::default()),
            loaded: Condvar::new(),
            cache: Mutex::new(SearchCache::default()),
        }
    }

    /// Turns the caches of full-text hits and counts on (the default) or off: off, every search
    /// computes its answer (to measure that, or to save their memory, at most 32 MiB).
    pub fn with_cache(self, on: bool) -> Self {
        if !on {
            *self.cache.lock().unwrap_or_else(|p| p.into_inner()) = SearchCache::disabled();
        }
        self
    }

    /// Sets how many changed rows, beyond a quarter of the catalogue, make a refresh reload the
    /// whole catalogue instead of applying the changes one by one (10,000 by default).
    pub fn with_reload_after(mut self, rows: usize) -> Self {
        self.reload_after = rows;
        self
    }

    /// Reads the whole catalogue through `index` (about a second for a million resources: it
    /// reads the covering indexes and the facet values, never the documents), then the titles
    /// (about as long again).
    pub fn load(&self, index: &crate::store::db::Index) -> Result<()> {
        let _guard = self.refreshing.lock().unwrap_or_else(|p| p.into_inner());
        self.read_rows(index)?;
        self.read_titles(index)
    }

    /// [`SearchColumns::load`] without the titles: title order is then left to SQLite. For a
    /// one-shot search, which has no use for them.
    pub fn load_without_titles(&self, index: &crate::store::db::Index) -> Result<()> {
        let _guard = self.refreshing.lock().unwrap_or_else(|p| p.into_inner());
        self.read_rows(index)
    }

    /// Announces that [`SearchColumns::load`] is about to run (on another thread): until it has
    /// read the rows, searches wait for it (a minute at most) instead of asking SQLite alone,
    /// which takes seconds for a broad query over a million resources where the load takes one.
    pub fn expect_load(&self) {
        self.loading
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .announced = true;
    }

    /// How many searches are waiting for an announced load ([`SearchColumns::expect_load`]):
    /// what shows that a search has reached the wait (a readiness probe, a test).
    pub fn searches_waiting(&self) -> usize {
        self.loading
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .searches
    }

    /// Waits while an announced load has not read the rows yet.
    fn wait_for_load(&self) {
        let mut wait = self.loading.lock().unwrap_or_else(|p| p.into_inner());
        if !wait.announced {
            return;
        }
        wait.searches += 1;
        let (mut wait, _) = self
            .loaded
            .wait_timeout_while(wait, LOAD_WAIT, |wait| wait.announced)
            .unwrap_or_else(|p| p.into_inner());
        wait.searches -= 1;
    }

    fn read_rows(&self, index: &crate::store::db::Index) -> Result<()> {
        let read = read_all(&index.conn);
        let outcome = read.map(|mut columns| {
            let mut data = self.data.write().unwrap_or_else(|p| p.into_inner());
            columns.generation = data.as_ref().map_or(0, |c| c.generation) + 1;
            tracing::info!(resources = columns.live, "search columns loaded");
            *data = Some(columns);
        });
        // Loaded or not, searches stop waiting.
        self.stop_waiting();
        outcome
    }

    /// Ends the wait [`SearchColumns::expect_load`] began, for a load that will not happen
    /// (it could not start); searches go to SQLite alone until a load succeeds.
    pub fn stop_waiting(&self) {
        self.loading
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .announced = false;
        self.loaded.notify_all();
    }

    fn read_titles(&self, index: &crate::store::db::Index) -> Result<()> {
        // Titles take a pass over the table: searches go on meanwhile (refreshes wait). Rows
        // changed since the columns were read are read again by the next refresh.
        let mut titles = Titles::default();
        {
            let data = self.data.read().unwrap_or_else(|p| p.into_inner());
            let Some(columns) = data.as_ref() else {
                return Ok(());
            };
            let tx = index.conn.unchecked_transaction()?;
            titles.load(&tx, |r| columns.flags.get(r).is_some_and(|f| f & LIVE != 0))?;
        }
        if let Some(columns) = self
            .data
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .as_mut()
        {
            columns.titles = titles;
            tracing::info!("search columns: titles loaded");
        }
        Ok(())
    }

    /// Drops the columns for good: searches go to SQLite alone.
    pub(crate) fn give_up(&self) {
        *self.data.write().unwrap_or_else(|p| p.into_inner()) = None;
    }

    /// How many times the copy has changed (`None` before it is loaded). Cached answers last
    /// one generation.
    pub fn generation(&self) -> Option<u64> {
        self.data
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .map(|c| c.generation)
    }

    /// Searches answered from the cache of hits and counts, and searches that were not, since
    /// the start (for the cache's hit ratio).
    pub fn cache_stats(&self) -> (u64, u64) {
        self.cache.lock().unwrap_or_else(|p| p.into_inner()).stats()
    }

    /// True once loaded.
    pub fn is_loaded(&self) -> bool {
        self.data.read().map(|d| d.is_some()).unwrap_or(false)
    }

    /// Brings the copy up to date with what `index`'s connection sees, if that connection saw
    /// a commit since it last asked. False when not loaded.
    pub(crate) fn ensure_fresh(
        &self,
        index: &crate::store::db::Index,
        seen_data_version: &std::cell::Cell<Option<i64>>,
    ) -> Result<bool> {
        if !self.is_loaded() {
            self.wait_for_load();
            if !self.is_loaded() {
                return Ok(false);
            }
        }
        let version: i64 = index
            .conn
            .query_row("PRAGMA data_version", [], |row| row.get(0))?;
        if seen_data_version.get() != Some(version) {
            self.refresh(&index.conn)?;
            seen_data_version.set(Some(version));
        }
        Ok(true)
    }

    fn refresh(&self, conn: &Connection) -> Result<()> {
        let _guard = self.refreshing.lock().unwrap_or_else(|p| p.into_inner());
        let (since, live) = match self.data.read().unwrap_or_else(|p| p.into_inner()).as_ref() {
            Some(c) => (c.high_water.clone(), c.live),
            None => return Ok(()),
        };
        let tx = conn.unchecked_transaction()?;
        let Some(mut changed) = read_changed(&tx, &since, live / 4 + self.reload_after)? else {
            drop(tx);
            let mut columns = read_all(conn)?;
            let flags = &columns.flags;
            let mut titles = Titles::default();
            titles.load(conn, |r| flags.get(r).is_some_and(|f| f & LIVE != 0))?;
            columns.titles = titles;
            let mut data = self.data.write().unwrap_or_else(|p| p.into_inner());
            columns.generation = data.as_ref().map_or(0, |c| c.generation) + 1;
            tracing::debug!(generation = columns.generation, "search columns reloaded");
            *data = Some(columns);
            return Ok(());
        };
        // Commits that changed no resource (a harvest's bookkeeping, a page of unchanged
        // records) leave the columns, and what was cached on them, as they are.
        let same = |c: &Columns| {
            changed
                .iter()
                .all(|row| c.frontier.get(&(row.rowid as u32)) == Some(&row.fingerprint))
        };
        if self
            .data
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .is_some_and(same)
        {
            return Ok(());
        }
        read_values(&tx, &mut changed)?;
        drop(tx);
        let mut data = self.data.write().unwrap_or_else(|p| p.into_inner());
        let Some(columns) = data.as_mut() else {
            return Ok(());
        };
        for row in &changed {
            columns.store(row)?;
        }
        columns.reorder(&changed);
        columns.set_frontier(&changed);
        if columns.garbage > columns.values.len() / 2 {
            columns.compact();
        }
        // The full-text index may have changed too: what was cached is stale.
        columns.generation += 1;
        tracing::debug!(
            rows = changed.len(),
            generation = columns.generation,
            "search columns refreshed"
        );
        Ok(())
    }
}

/// Reads every live resource's columns in one read transaction.
fn read_all(conn: &Connection) -> Result<Columns> {
    let tx = conn.unchecked_transaction()?;
    let mut c = Columns {
        licenses: vec![LicenseKey {
            id: None,
            family: None,
        }],
        ..Default::default()
    };
    c.license_ids.insert(c.licenses[0].clone(), 0);
    let max: i64 = tx.query_row("SELECT coalesce(max(rowid), 0) FROM resources", [], |r| {
        r.get(0)
    })?;
    c.grow(usize::try_from(max).unwrap_or(0) + 1);

    // Each scan reads one covering index, never the table (whose rows carry the documents).
    let mut stmt = tx.prepare(
        "SELECT rowid, updated FROM resources INDEXED BY resources_updated WHERE deleted = 0",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let r = rowid(row.get(0)?)?;
        let text = text_at(row, 1)?;
        let updated = parse_updated(text)?;
        c.grow(r + 1);
        c.flags[r] = LIVE;
        c.updated[r] = updated;
        c.live += 1;
    }
    drop(rows);
    drop(stmt);

    let mut stmt = tx.prepare(
        "SELECT rowid, license_id, license_family FROM resources INDEXED BY resources_license
         WHERE deleted = 0",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let r = rowid(row.get(0)?)?;
        let key = LicenseKey {
            id: row.get(1)?,
            family: row.get(2)?,
        };
        if r < c.rows() {
            c.license[r] = c.license_id(&key)?;
        }
    }
    drop(rows);
    drop(stmt);

    let mut stmt = tx.prepare(
        "SELECT rowid, open, commercial, derivatives FROM resources
         INDEXED BY resources_permissions WHERE deleted = 0",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let r = rowid(row.get(0)?)?;
        if r < c.rows() {
            for (i, shift) in [OPEN_SHIFT, COMMERCIAL_SHIFT, DERIVATIVES_SHIFT]
                .into_iter()
                .enumerate()
            {
                c.flags[r] |= tri_state(row.get(i + 1)?) << shift;
            }
        }
    }
    drop(rows);
    drop(stmt);

    // Facet values in rowid order, so each row's values land side by side in the arena.
    let mut stmt = tx.prepare("SELECT resource_rowid, vals FROM resource_facets")?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let r = rowid(row.get(0)?)?;
        if r >= c.rows() || c.flags[r] & LIVE == 0 {
            continue;
        }
        c.start[r] = u32::try_from(c.values.len()).map_err(|_| too_many("facet values"))?;
        for (field, value) in FacetValues::parse(text_at(row, 1)?)?.iter() {
            let id = c.value_id_or_insert(field, value)?;
            c.values.push(id);
            c.len[r] = c.len[r]
                .checked_add(1)
                .ok_or_else(|| too_many("values per row"))?;
        }
    }
    drop(rows);
    drop(stmt);
    c.count_all();
    c.sort_all();
    // The newest time of any row, tombstones included.
    c.high_water = tx.query_row(
        "SELECT coalesce(max(updated), '') FROM resources INDEXED BY resources_changes",
        [],
        |r| r.get(0),
    )?;
    let newest = read_changed(&tx, &c.high_water, usize::MAX)?.unwrap_or_default();
    c.set_frontier(&newest);
    Ok(c)
}

/// The rows changed at or after `since` (their facet values not yet read), or `None` when there
/// are more than `limit` of them.
fn read_changed(conn: &Connection, since: &str, limit: usize) -> Result<Option<Vec<RowData>>> {
    use std::hash::{Hash, Hasher};
    let mut stmt = conn.prepare_cached(
        "SELECT rowid, deleted, updated, license_id, license_family, open, commercial, derivatives,
                doc, title_sort
         FROM resources INDEXED BY resources_changes WHERE updated >= ?1",
    )?;
    let mut rows = stmt.query([since])?;
    let mut changed = Vec::new();
    while let Some(row) = rows.next()? {
        if changed.len() == limit {
            return Ok(None);
        }
        let deleted: bool = row.get(1)?;
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        (deleted, text_at(row, 8)?).hash(&mut hasher);
        changed.push(RowData {
            rowid: rowid(row.get(0)?)?,
            live: !deleted,
            updated: parse_updated(text_at(row, 2)?)?,
            license: LicenseKey {
                id: row.get(3)?,
                family: row.get(4)?,
            },
            permissions: [row.get(5)?, row.get(6)?, row.get(7)?],
            values: Vec::new(),
            fingerprint: hasher.finish(),
            title: row.get(9)?,
        });
    }
    Ok(Some(changed))
}

/// Reads the facet values of the live rows among `changed`.
fn read_values(conn: &Connection, changed: &mut [RowData]) -> Result<()> {
    let mut facets =
        conn.prepare_cached("SELECT vals FROM resource_facets WHERE resource_rowid = ?1")?;
    for row in changed.iter_mut().filter(|r| r.live) {
        let mut found = facets.query([row.rowid as i64])?;
        if let Some(vals) = found.next()? {
            for (field, value) in FacetValues::parse(text_at(vals, 0)?)?.iter() {
                row.values.push((field, value.to_string()));
            }
        }
    }
    Ok(())
}

fn rowid(value: i64) -> Result<usize> {
    usize::try_from(value).map_err(|_| IndexError::Columns(format!("negative rowid {value}")))
}

fn parse_updated(text: &str) -> Result<u32> {
    oerdex_normalise::timestamp::epoch_seconds(text).ok_or_else(|| {
        IndexError::Columns(format!(
            "resource time {text:?} is not YYYY-MM-DDThh:mm:ssZ"
        ))
    })
}

/// Column `i` of `row` as text, without copying it.
pub(crate) fn text_at<'a>(row: &'a rusqlite::Row<'_>, i: usize) -> Result<&'a str> {
    row.get_ref(i)?.as_str().map_err(|e| {
        IndexError::Sqlite(rusqlite::Error::FromSqlConversionFailure(
            i,
            rusqlite::types::Type::Text,
            Box::new(e),
        ))
    })
}
