//! What the index's integration tests share: a catalogue file in a directory of its own, removed
//! afterwards, a clock that moves only when told, a seeded generator, and applying a page of
//! records.

#![allow(dead_code)]

pub mod postgres;

use std::sync::Arc;

use oerdex_index::write::ingest::PreparedRecord;
use oerdex_index::{Counts, Index, ManualClock, Source, SourceRecord, Store, StoreOptions, Writer};

/// A clock standing at a fixed time, for a catalogue whose test moves time on itself.
pub fn clock() -> Arc<ManualClock> {
    Arc::new(ManualClock::at("2026-03-01T12:00:00Z"))
}

/// Applies `records` as one harvested page of `source` (an `oai_dc` source, added if new).
pub fn apply(index: &mut Index, source: &str, records: &[SourceRecord]) -> Counts {
    if index.source(source).unwrap().is_none() {
        index
            .add_source(&Source::new(source, "https://example.org/oai", "oai_dc"))
            .unwrap();
    }
    let checkpoint = index.begin_harvest(source, false, None, None).unwrap();
    index
        .apply_page(source, "oai_dc", records, &checkpoint)
        .unwrap()
}

/// A storage engine the catalogue-level tests run against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// The embedded SQLite catalogue, in a file of its own.
    Sqlite,
    /// PostgreSQL, in a database of its own on the test server ([`postgres::server`]).
    Postgres,
}

/// An empty catalogue of `engine` named after `label`, opened through `oerdex_index::open`; the
/// guard removes a SQLite file when dropped (a test database goes with its cluster).
pub fn open_store(engine: Engine, label: &str) -> (Option<TempDb>, Arc<dyn Store>) {
    let options = StoreOptions::default();
    match engine {
        Engine::Sqlite => {
            let db = TempDb::new(label);
            let store = oerdex_index::open(&db.path(), &options).unwrap();
            (Some(db), store)
        }
        Engine::Postgres => {
            let url = postgres::database(label);
            let store = oerdex_index::open(std::path::Path::new(&url), &options).unwrap();
            (None, store)
        }
    }
}

/// [`apply`] through the catalogue traits: `records` as one harvested page of `source`.
pub fn apply_page(writer: &mut dyn Writer, source: &str, records: &[SourceRecord]) -> Counts {
    if writer.source(source).unwrap().is_none() {
        writer
            .add_source(&Source::new(source, "https://example.org/oai", "oai_dc"))
            .unwrap();
    }
    let checkpoint = writer.begin_harvest(source, false, None, None).unwrap();
    let prepared: Vec<PreparedRecord> = records
        .iter()
        .map(|r| PreparedRecord::new(source, r.clone()).unwrap())
        .collect();
    writer
        .apply_pages(source, "oai_dc", &prepared, 1, &checkpoint)
        .unwrap()
}

/// A directory for one test's catalogue, removed when dropped.
pub struct TempDb(std::path::PathBuf);

impl TempDb {
    /// A fresh, empty directory named after `label`.
    pub fn new(label: &str) -> Self {
        use std::sync::atomic::{AtomicU64, Ordering};
        static N: AtomicU64 = AtomicU64::new(0);
        let dir = std::env::temp_dir().join(format!(
            "oerdex-index-{label}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDb(dir)
    }

    /// The catalogue file in it.
    pub fn path(&self) -> std::path::PathBuf {
        self.0.join("catalogue.db")
    }
}

impl Drop for TempDb {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A small seeded generator (xorshift64*), so a failing case can be replayed.
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// A number below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n.max(1)
    }

    /// One of `items`.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Up to `max` distinct items of `items`.
    pub fn some<T: Clone + PartialEq>(&mut self, items: &[T], max: usize) -> Vec<T> {
        let mut out = Vec::new();
        for _ in 0..self.below(max + 1) {
            let item = self.pick(items).clone();
            if !out.contains(&item) {
                out.push(item);
            }
        }
        out
    }
}
