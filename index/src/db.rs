//! Opening the catalogue: one SQLite file in WAL mode, so one writer and many readers work at
//! once and readers never see a half-written batch.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::error::Result;
use crate::schema;

/// How long a connection waits for a lock held by another before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Pages the write-ahead log of a bulk writer grows to before a checkpoint (64 MiB of 4 KiB
/// pages); see [`Index::tune_for_bulk_writes`].
const BULK_WAL_PAGES: i64 = 16_384;

/// Page cache of a bulk writer, in KiB.
const BULK_CACHE_KIB: i64 = 32 * 1024;

/// The catalogue: a handle on the SQLite database file.
///
/// An `Index` owns one connection. Harvest writes go through one writable `Index`; searches can
/// use any number of read-only ones ([`Index::open_read_only`]) side by side.
pub struct Index {
    pub(crate) conn: Connection,
    path: PathBuf,
}

impl Index {
    /// Opens (creating if needed) the catalogue at `path` and migrates it to the current schema.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref().to_path_buf();
        let mut conn = Connection::open(&path)?;
        configure(&conn)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        schema::migrate(&mut conn, &path.display().to_string())?;
        Ok(Index { conn, path })
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
        Ok(Index { conn, path })
    }

    /// Opens an in-memory catalogue (tests and tools).
    pub fn open_in_memory() -> Result<Self> {
        let mut conn = Connection::open_in_memory()?;
        configure(&conn)?;
        schema::migrate(&mut conn, ":memory:")?;
        Ok(Index {
            conn,
            path: PathBuf::from(":memory:"),
        })
    }

    /// Starts a write transaction that takes the write lock at once (`BEGIN IMMEDIATE`), so two
    /// writers queue on the busy timeout instead of failing on a read-to-write upgrade.
    pub(crate) fn write_transaction(&mut self) -> Result<rusqlite::Transaction<'_>> {
        Ok(self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?)
    }

    /// Tunes this connection for a long run of large write transactions (a harvest's writer):
    /// a page cache big enough for the hot parts of the indexes, and a write-ahead log allowed
    /// to grow to [`BULK_WAL_PAGES`] before it is copied back into the database. SQLite's default
    /// (1,000 pages) made the writer copy the same index pages back again and again, a fifth of
    /// its time; the log is cut back to [`BULK_WAL_PAGES`] after each checkpoint. Durability is
    /// unchanged: every transaction still commits to the log.
    pub fn tune_for_bulk_writes(&self) -> Result<()> {
        self.conn
            .pragma_update(None, "wal_autocheckpoint", BULK_WAL_PAGES)?;
        self.conn
            .pragma_update(None, "journal_size_limit", BULK_WAL_PAGES * 4096)?;
        self.conn
            .pragma_update(None, "cache_size", -BULK_CACHE_KIB)?;
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

/// Settings every connection needs.
fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(())
}
