//! The catalogue as handlers use it: a small pool of read-only connections, and short-lived
//! writable ones for the rare admin writes.
//!
//! SQLite calls block, so each runs on tokio's blocking thread pool ([`spawn_blocking`]). The
//! catalogue is in WAL mode: read-only connections read the last committed state while a
//! harvest writes, so searches never wait on a running harvest. The pool bounds how many reads
//! run at once (a semaphore) and reuses connections (a std `Mutex` around the idle list, held
//! only to push or pop, never across an `.await`).
//!
//! The pool knows only the catalogue contract ([`Store`], [`Reader`], [`Writer`]): with the
//! embedded engine, every read connection shares the search columns, a compact in-memory copy of
//! what search filters and counts on, which the store builds on a thread of its own when the
//! pool is made.
//!
//! [`spawn_blocking`]: tokio::task::spawn_blocking

use std::sync::{Arc, Mutex};

use oerdex_index::{Reader, Store, Writer};
use tokio::sync::Semaphore;

use crate::error::ApiError;

/// Read connections open at most, by default.
pub const DEFAULT_READ_CONNECTIONS: usize = 4;

/// Handles on the catalogue.
pub struct Pool {
    store: Arc<dyn Store>,
    /// Idle read connections.
    idle: Mutex<Vec<Box<dyn Reader>>>,
    /// One permit per connection that may be in use at once.
    permits: Arc<Semaphore>,
}

impl Pool {
    /// A pool over `store` with at most `size` readers; starts building the store's search
    /// structures in the background (searches wait for them rather than ask the slow fallback).
    pub fn new(store: Arc<dyn Store>, size: usize) -> Self {
        store.start_search();
        Pool {
            store,
            idle: Mutex::new(Vec::new()),
            permits: Arc::new(Semaphore::new(size.max(1))),
        }
    }

    /// The catalogue.
    pub fn store(&self) -> &Arc<dyn Store> {
        &self.store
    }

    /// Runs `f` with a read connection on the blocking thread pool.
    pub async fn read<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&dyn Reader) -> Result<T, ApiError> + Send + 'static,
    {
        // The semaphore is never closed, so acquiring only waits.
        let _permit = self
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| ApiError::internal("read pool", e))?;
        let idle = self.take_idle();
        let store = self.store.clone();
        let (reader, outcome) = tokio::task::spawn_blocking(move || {
            let reader = match idle {
                Some(reader) => reader,
                None => match store.reader() {
                    Ok(reader) => reader,
                    Err(e) => return (None, Err(ApiError::from(e))),
                },
            };
            let outcome = f(reader.as_ref());
            (Some(reader), outcome)
        })
        .await
        .map_err(|e| ApiError::internal("read task", e))?;
        // A connection that met an internal error may be broken: let it go.
        if let (Some(reader), false) = (reader, matches!(outcome, Err(ApiError::Internal { .. }))) {
            self.idle
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .push(reader);
        }
        outcome
    }

    /// Runs `f` with a write connection on the blocking thread pool. Writes queue behind a
    /// running harvest's page commit; they are rare admin actions.
    pub async fn write<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut dyn Writer) -> Result<T, ApiError> + Send + 'static,
    {
        let store = self.store.clone();
        tokio::task::spawn_blocking(move || {
            let mut writer = store.writer()?;
            f(writer.as_mut())
        })
        .await
        .map_err(|e| ApiError::internal("write task", e))?
    }

    fn take_idle(&self) -> Option<Box<dyn Reader>> {
        self.idle
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .pop()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oerdex_index::StoreOptions;

    #[tokio::test]
    async fn reads_reuse_connections_and_survive_errors() {
        let dir = std::env::temp_dir().join(format!("oerdex-api-pool-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("pool.db");
        let _ = std::fs::remove_file(&db);
        let options = StoreOptions {
            search_cache: true,
            ..StoreOptions::default()
        };
        let pool = Pool::new(oerdex_index::open(&db, &options).unwrap(), 2);
        for _ in 0..5 {
            let count = pool
                .read(|index| Ok(index.resource_count()?))
                .await
                .unwrap();
            assert_eq!(count, 0);
        }
        assert_eq!(pool.idle.lock().unwrap().len(), 1, "one connection reused");
        let failed: Result<(), _> = pool
            .read(|_| Err(ApiError::internal("test", "broken")))
            .await;
        assert!(failed.is_err());
        assert!(
            pool.idle.lock().unwrap().is_empty(),
            "a failed connection is dropped"
        );
        // A catalogue that went away (its file deleted under the server).
        let gone = dir.join("gone.db");
        let missing = Pool::new(oerdex_index::open(&gone, &options).unwrap(), 1);
        std::fs::remove_file(&gone).unwrap();
        let outcome = missing.read(|index| Ok(index.resource_count()?)).await;
        assert_eq!(outcome.unwrap_err().status_code(), 500);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
