//! The catalogue as handlers use it: a small pool of read-only connections, and short-lived
//! writable ones for the rare admin writes.
//!
//! SQLite calls block, so each runs on tokio's blocking thread pool ([`spawn_blocking`]). The
//! catalogue is in WAL mode: read-only connections read the last committed state while a
//! harvest writes, so searches never wait on a running harvest. The pool bounds how many reads
//! run at once (a semaphore) and reuses connections (a std `Mutex` around the idle list, held
//! only to push or pop, never across an `.await`).
//!
//! Every read connection shares one [`SearchColumns`]: a compact in-memory copy of what search
//! filters and counts on, loaded on a thread of its own when the pool is made (searches use
//! SQLite alone until it is ready) and kept up to date by the searches themselves.
//!
//! [`spawn_blocking`]: tokio::task::spawn_blocking

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use oerdex_index::search::Searcher;
use oerdex_index::{Index, SearchColumns};
use tokio::sync::Semaphore;

use crate::error::ApiError;

/// Read connections open at most, by default.
pub const DEFAULT_READ_CONNECTIONS: usize = 4;

/// Handles on the catalogue file.
pub struct Pool {
    path: PathBuf,
    /// Idle read-only connections.
    idle: Mutex<Vec<Searcher>>,
    /// One permit per connection that may be in use at once.
    permits: Arc<Semaphore>,
    /// The search columns every read connection uses.
    columns: Arc<SearchColumns>,
}

/// Ends the searches' wait for the columns when dropped.
struct StopWaiting(Arc<SearchColumns>);

impl Drop for StopWaiting {
    fn drop(&mut self) {
        self.0.stop_waiting();
    }
}

impl Pool {
    /// A pool over the catalogue at `path` (which must exist) with at most `size` readers; starts
    /// loading the search columns in the background. `cache`: keep full-text hits and counts
    /// until the catalogue changes.
    pub fn new(path: impl AsRef<Path>, size: usize, cache: bool) -> Self {
        let columns = Arc::new(SearchColumns::new().with_cache(cache));
        // Searches wait for the columns (about a second for a million resources) rather than
        // ask SQLite alone meanwhile.
        columns.expect_load();
        let loading = (path.as_ref().to_path_buf(), columns.clone());
        let started = std::thread::Builder::new()
            .name("search-columns".into())
            .spawn(move || {
                let (path, columns) = loading;
                // However the load ends (even in a panic), searches stop waiting for it.
                let _stop_waiting = StopWaiting(columns.clone());
                let loaded = Index::open_read_only(&path).and_then(|index| columns.load(&index));
                if let Err(e) = loaded {
                    tracing::warn!(error = %e, "search columns not loaded; searching SQLite alone");
                }
            });
        if let Err(e) = started {
            tracing::warn!(error = %e, "search columns not loaded; searching SQLite alone");
            columns.stop_waiting();
        }
        Pool {
            path: path.as_ref().to_path_buf(),
            idle: Mutex::new(Vec::new()),
            permits: Arc::new(Semaphore::new(size.max(1))),
            columns,
        }
    }

    /// The search columns every read connection shares.
    pub fn columns(&self) -> &SearchColumns {
        &self.columns
    }

    /// The catalogue file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` with a read-only connection on the blocking thread pool.
    pub async fn read<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Searcher) -> Result<T, ApiError> + Send + 'static,
    {
        // The semaphore is never closed, so acquiring only waits.
        let _permit = self
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|e| ApiError::internal("read pool", e))?;
        let idle = self.take_idle();
        let path = self.path.clone();
        let columns = self.columns.clone();
        let (index, outcome) = tokio::task::spawn_blocking(move || {
            let index = match idle {
                Some(index) => index,
                None => match Index::open_read_only(&path) {
                    Ok(index) => Searcher::new(index, Some(columns)),
                    Err(e) => return (None, Err(ApiError::from(e))),
                },
            };
            let outcome = f(&index);
            (Some(index), outcome)
        })
        .await
        .map_err(|e| ApiError::internal("read task", e))?;
        // A connection that met an internal error may be broken: let it go.
        if let (Some(index), false) = (index, matches!(outcome, Err(ApiError::Internal { .. }))) {
            self.idle
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .push(index);
        }
        outcome
    }

    /// Runs `f` with a writable connection on the blocking thread pool. Writes queue behind a
    /// running harvest's page commit (SQLite's busy timeout); they are rare admin actions.
    pub async fn write<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Index) -> Result<T, ApiError> + Send + 'static,
    {
        let path = self.path.clone();
        tokio::task::spawn_blocking(move || {
            let mut index = Index::open(&path)?;
            f(&mut index)
        })
        .await
        .map_err(|e| ApiError::internal("write task", e))?
    }

    fn take_idle(&self) -> Option<Searcher> {
        self.idle
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .pop()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn reads_reuse_connections_and_survive_errors() {
        let dir = std::env::temp_dir().join(format!("oerdex-api-pool-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("pool.db");
        let _ = std::fs::remove_file(&db);
        drop(Index::open(&db).unwrap());
        let pool = Pool::new(&db, 2, true);
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
        let missing = Pool::new(dir.join("missing.db"), 1, true);
        let outcome = missing.read(|index| Ok(index.resource_count()?)).await;
        assert_eq!(outcome.unwrap_err().status_code(), 500);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
