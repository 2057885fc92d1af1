//! Opening the catalogue: one SQLite file in WAL mode, so one writer and many readers work at
//! once and readers never see a half-written batch.

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::mpsc::{sync_channel, SyncSender};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::clock::{Clock, SystemClock};
use crate::error::{IndexError, Result};
use crate::search::text::{Commit, Hit, TextIndex, TextQuery};
use crate::store::schema;

/// How long a connection waits for a lock held by another before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Pages the write-ahead log of a bulk writer grows to before it is restarted (256 MiB of 4 KiB
/// pages, on disk only: memory does not grow with it); see [`Index::tune_for_bulk_writes`]. A
/// larger log means fewer copies of the same index pages: SQLite's default of 1,000 pages made
/// a harvest copy them again and again, and at 64 MiB a harvest of a million records still
/// spent 8 % of its writer's time copying and syncing in its own restarts.
const BULK_WAL_PAGES: i64 = 65_536;

/// Commits of a bulk writer between two background checkpoints.
const COMMITS_PER_CHECKPOINT: u32 = 8;

/// FTS5 `automerge` for the full-text index while a harvest writes it: how many segments of one
/// size may pile up before they are merged into one (FTS5's default is 4). Each commit adds a
/// segment, and merging them four at a time rewrote the index again and again: with 16 a
/// harvest of a million records took 55–58 s instead of 62–64 s, and searches were no slower
/// (BENCHMARKS.md, harvest step 13). FTS5 keeps the setting in the index itself.
const BULK_FTS_AUTOMERGE: u32 = 16;

/// Page cache of a bulk writer, in KiB.
const BULK_CACHE_KIB: i64 = 32 * 1024;

/// The catalogue: a handle on the SQLite database file.
///
/// An `Index` owns one connection. Harvest writes go through one writable `Index`; searches can
/// use any number of read-only ones ([`Index::open_read_only`]) side by side. The times it
/// records come from its clock: the system's unless [`Index::with_clock`] gives another.
pub struct Index {
    pub(crate) conn: Connection,
    path: PathBuf,
    /// The background checkpointer of a bulk writer ([`Index::tune_for_bulk_writes`]).
    bulk: Option<WalCheckpointer>,
    clock: Arc<dyn Clock>,
    /// The catalogue's text index, shared by the connections of this process.
    pub(crate) text: Arc<TextIndex>,
    /// (`PRAGMA data_version`, changes made by this connection) when this connection last
    /// brought the text index up to date.
    pub(crate) text_seen: Cell<Option<(i64, u64)>>,
}

impl Index {
    /// Opens (creating if needed) the catalogue at `path` and migrates it to the current schema.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        let mut conn = Connection::open(&path)?;
        configure(&conn)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        schema::migrate(&mut conn, &path.display().to_string())?;
        Index::with(conn, path)
    }

    /// Opens an existing catalogue read-only (for searches beside a running harvest).
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )?;
        configure(&conn)?;
        Index::with(conn, path)
    }

    /// Opens an in-memory catalogue (tests and tools).
    pub fn open_in_memory() -> Result<Self> {
        let mut conn = Connection::open_in_memory()?;
        configure(&conn)?;
        schema::migrate(&mut conn, ":memory:")?;
        Index::with(conn, PathBuf::from(":memory:"))
    }

    fn with(conn: Connection, path: PathBuf) -> Result<Self> {
        let in_memory = path.as_os_str() == ":memory:";
        let text = TextIndex::shared((!in_memory).then_some(path.as_path()))?;
        Ok(Index {
            conn,
            path,
            bulk: None,
            clock: Arc::new(SystemClock::default()),
            text,
            text_seen: Cell::new(None),
        })
    }

    /// This connection, recording times by `clock` from now on.
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The clock this connection records times by.
    pub fn clock(&self) -> &Arc<dyn Clock> {
        &self.clock
    }

    /// The current time by this connection's clock, as the catalogue writes it.
    pub(crate) fn now(&self) -> String {
        self.clock.timestamp()
    }

    /// Starts a write transaction that takes the write lock at once (`BEGIN IMMEDIATE`), so two
    /// writers queue on the busy timeout instead of failing on a read-to-write upgrade.
    pub(crate) fn write_transaction(&mut self) -> Result<rusqlite::Transaction<'_>> {
        Ok(self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?)
    }

    /// Makes this connection a bulk writer (a harvest's): a page cache big enough for the hot
    /// parts of the indexes, and the write-ahead log checkpointed on a thread of its own (see
    /// [`WalCheckpointer`]). [`Index::after_bulk_commit`] then keeps the log in check after each
    /// commit.
    pub fn tune_for_bulk_writes(&mut self) -> Result<()> {
        // SQLite's own checkpoint stays as a safety net should the background one fall behind.
        self.conn
            .pragma_update(None, "wal_autocheckpoint", 4 * BULK_WAL_PAGES)?;
        self.conn
            .pragma_update(None, "journal_size_limit", BULK_WAL_PAGES * 4096)?;
        self.conn
            .pragma_update(None, "cache_size", -BULK_CACHE_KIB)?;
        self.conn.execute(
            &format!(
                "INSERT INTO resources_fts (resources_fts, rank) VALUES ('automerge', {BULK_FTS_AUTOMERGE})"
            ),
            [],
        )?;
        self.bulk = Some(WalCheckpointer::start(&self.path)?);
        Ok(())
    }

    /// Keeps a bulk writer's log in check after a commit (nothing for other connections):
    /// restarts it once it has grown past [`BULK_WAL_PAGES`] (by then the background thread has
    /// copied all but the last commits), and now and then wakes the background thread to copy
    /// the new commits. A restart waits (up to the busy timeout) for readers still on an older
    /// snapshot; if they outlast it, the restart is tried again after the next commit.
    pub fn after_bulk_commit(&self) -> Result<()> {
        let Some(checkpointer) = &self.bulk else {
            return Ok(());
        };
        if checkpointer.log_frames.load(Ordering::Relaxed) > BULK_WAL_PAGES {
            let busy: i64 = self
                .conn
                .query_row("PRAGMA wal_checkpoint(RESTART)", [], |row| row.get(0))?;
            if busy == 0 {
                checkpointer.log_frames.store(0, Ordering::Relaxed);
            }
        }
        checkpointer.wake();
        Ok(())
    }

    /// The database file this index reads and writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs SQLite's `PRAGMA integrity_check`; `Ok(())` when the file is sound, else the
    /// problems SQLite reports.
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let rows = stmt.query_map([], |row| row.get::<_, String>(0))?;
        let problems: Vec<String> = rows.collect::<rusqlite::Result<_>>()?;
        Ok(problems.into_iter().filter(|p| p != "ok").collect())
    }

    /// Copies the whole catalogue into `target` with SQLite's online backup, safe while other
    /// connections read and write.
    pub fn backup_to(&self, target: impl AsRef<Path>) -> Result<()> {
        let mut dst = Connection::open(target.as_ref())?;
        let backup = rusqlite::backup::Backup::new(&self.conn, &mut dst)?;
        backup.run_to_completion(256, Duration::from_millis(5), None)?;
        Ok(())
    }
}

/// A bulk writer's write-ahead log, checkpointed on a thread of its own.
///
/// SQLite copies the log back into the database (a checkpoint) on the writing connection, after
/// the commit that takes the log past `wal_autocheckpoint` pages: a sixth of a harvest writer's
/// time went there. Instead, a second connection on this thread checkpoints after every
/// [`COMMITS_PER_CHECKPOINT`] commits in `PASSIVE` mode, which never blocks the writer and copies
/// only what every reader has moved past, on the core the writer does not use; the writer only
/// restarts the log now and then ([`Index::after_bulk_commit`]). (Checkpointing after every
/// commit copied the hot index pages at every commit and was no faster.) Durability is
/// unchanged: each transaction still commits to the log, exactly as before. Dropping it stops
/// the thread.
pub struct WalCheckpointer {
    /// Wakes the thread; at most one wake-up waits, as one checkpoint copies every commit.
    wake: Option<SyncSender<()>>,
    /// Frames in the log at the thread's last checkpoint.
    log_frames: Arc<AtomicI64>,
    /// Commits since the thread was last woken.
    commits: Cell<u32>,
    thread: Option<JoinHandle<()>>,
}

impl WalCheckpointer {
    fn start(path: &Path) -> Result<Self> {
        let conn = Connection::open(path)?;
        configure(&conn)?;
        let log_frames = Arc::new(AtomicI64::new(0));
        let frames = log_frames.clone();
        let (wake, woken) = sync_channel::<()>(1);
        let thread = std::thread::Builder::new()
            .name("wal-checkpoint".into())
            .spawn(move || {
                while woken.recv().is_ok() {
                    match conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |row| {
                        row.get::<_, i64>(1)
                    }) {
                        Ok(log) => frames.store(log, Ordering::Relaxed),
                        // The writer's own checkpoints still bound the log.
                        Err(e) => tracing::warn!(error = %e, "background checkpoint failed"),
                    }
                }
            })
            .map_err(|source| IndexError::Io {
                context: "starting the checkpoint thread".into(),
                source,
            })?;
        Ok(WalCheckpointer {
            wake: Some(wake),
            log_frames,
            commits: Cell::new(0),
            thread: Some(thread),
        })
    }

    fn wake(&self) {
        self.commits.set(self.commits.get() + 1);
        if self.commits.get() < COMMITS_PER_CHECKPOINT {
            return;
        }
        self.commits.set(0);
        if let Some(wake) = &self.wake {
            // Full means a wake-up is already waiting, which covers this commit too.
            let _ = wake.try_send(());
        }
    }
}

impl Drop for WalCheckpointer {
    fn drop(&mut self) {
        self.wake.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Settings every connection needs.
fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(())
}

impl Index {
    /// Every match of `query` (see [`TextIndex::search`]), once the text index holds what this
    /// connection sees: anything committed since it last looked (by it or another connection)
    /// is indexed and committed first.
    pub(crate) fn text_hits(&self, query: &TextQuery, languages: &[String]) -> Result<Vec<Hit>> {
        let version: i64 = self
            .conn
            .query_row("PRAGMA data_version", [], |row| row.get(0))?;
        let seen = (version, self.conn.total_changes());
        if self.text_seen.get() != Some(seen) {
            self.text.sync(&self.conn, Commit::Now)?;
            self.text_seen.set(Some(seen));
        }
        self.text.search(query, languages)
    }

    /// Indexes in the text index what this connection changed (after a write).
    pub fn sync_text(&self, commit: Commit) -> Result<()> {
        self.text.sync(&self.conn, commit)
    }

    /// Rebuilds the text index from the catalogue (`oerdex reindex`).
    pub fn rebuild_text(&self) -> Result<()> {
        self.text.rebuild(&self.conn)
    }

    /// The catalogue's text index.
    pub fn text_index(&self) -> &TextIndex {
        &self.text
    }
}
