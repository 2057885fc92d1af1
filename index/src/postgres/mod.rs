//! The shared engine: the catalogue in a PostgreSQL database, the second implementation of
//! [`crate::catalogue`], for platforms that run several oerdex nodes on one catalogue.
//!
//! # Architecture
//! [`PgStore`] holds the connection settings and a small pool of idle connections; each
//! [`Reader`] or [`Writer`] it hands out is one connection (`connection::PgConnection`),
//! returned to the pool when dropped. Calls block, as SQLite's do; `blocking` keeps them off
//! threads that run async tasks. The schema ([`schema`]) is created and migrated by oerdex under
//! an advisory lock, so nodes starting at once migrate one after the other.
//!
//! Writes (`write`, `harvests`, `registry`, `registrations`) follow the SQLite engine's
//! rules: a harvested page and its checkpoint commit in one transaction, records merge into
//! resources by the same keys ([`crate::write::merge`] builds the merged document for both
//! engines), a resource no source holds stays as a tombstone; write transactions take one
//! advisory lock, so they commit one at a time across every node. Reads (`read`, the change
//! feed in `changes`) and searches (`search`, with PostgreSQL's text search and its
//! Snowball configurations per language, [`text`]) answer from the tables alone; the licence
//! overview, quality reports and registration requests share their non-SQL parts with SQLite.
//!
//! What the engine cannot do yet (a backup to a file, the integrity check, TLS) fails with
//! [`IndexError::Unsupported`] naming it, never with a wrong answer. The connection is
//! unencrypted (`NoTls`): a URL with `sslmode=require` is refused before anything is sent.

mod changes;
mod connection;
mod harvests;
mod read;
mod registrations;
mod registry;
pub mod schema;
mod search;
pub mod text;
mod write;

use std::path::Path;
use std::str::FromStr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::catalogue::{Reader, Store, StoreOptions, Writer};
use crate::clock::Clock;
use crate::error::{IndexError, Result};

use connection::PgConnection;

/// The engine's name, in messages and health reports.
pub const ENGINE: &str = "postgresql";

/// How long connecting may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The longest a statement may run before the server cancels it (milliseconds): nothing waits
/// for ever, a migration waiting for another node's included.
const STATEMENT_TIMEOUT_MS: u64 = 300_000;

/// Idle connections kept for reuse; more are opened when needed and closed when returned.
const MAX_IDLE: usize = 16;

/// Whether `location` names a PostgreSQL database (`postgres://…` or `postgresql://…`).
pub fn is_url(location: &str) -> bool {
    location.starts_with("postgres://") || location.starts_with("postgresql://")
}

/// `url` without its password, for messages and logs.
pub fn redacted(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) => {
            if parsed.password().is_some() {
                let _ = parsed.set_password(Some("***"));
            }
            parsed.to_string()
        }
        Err(_) => "a PostgreSQL URL that cannot be read".to_string(),
    }
}

/// A catalogue in a PostgreSQL database.
pub struct PgStore {
    pool: Arc<Pool>,
    /// The URL without its password.
    location: String,
}

impl PgStore {
    /// Connects to the database at `url` (a `postgres://` URL; the password may also come from
    /// `PGPASSWORD`) and creates or migrates the schema.
    pub fn open(url: &str, options: &StoreOptions) -> Result<Self> {
        let location = redacted(url);
        let mut config = postgres::Config::from_str(url).map_err(|e| {
            IndexError::Location(format!("{location} is not a PostgreSQL URL: {e}"))
        })?;
        if config.get_ssl_mode() == postgres::config::SslMode::Require {
            // Refused before connecting: this build has no TLS, and falling back to an
            // unencrypted connection would go against what the URL asks for.
            return Err(unsupported("TLS to the database (sslmode=require)"));
        }
        if config.get_password().is_none() {
            if let Ok(password) = std::env::var("PGPASSWORD") {
                config.password(password);
            }
        }
        config
            .connect_timeout(CONNECT_TIMEOUT)
            .keepalives(true)
            .keepalives_idle(Duration::from_secs(60))
            .application_name("oerdex")
            .options(&format!("-c statement_timeout={STATEMENT_TIMEOUT_MS}"));
        let pool = Arc::new(Pool {
            config,
            idle: Mutex::new(Vec::new()),
            clock: options.clock.clone(),
        });
        let mut client = pool.get()?;
        blocking(|| schema::migrate(&mut client, &location))?;
        pool.put(client);
        Ok(PgStore { pool, location })
    }
}

impl Store for PgStore {
    fn reader(&self) -> Result<Box<dyn Reader>> {
        Ok(Box::new(PgConnection::new(self.pool.clone())?))
    }

    fn writer(&self) -> Result<Box<dyn Writer>> {
        Ok(Box::new(PgConnection::new(self.pool.clone())?))
    }

    fn location(&self) -> String {
        self.location.clone()
    }

    fn engine(&self) -> &'static str {
        ENGINE
    }

    fn backup(&self, _target: &Path) -> Result<()> {
        Err(unsupported("backup to a file (use pg_dump)"))
    }

    fn clock(&self) -> Arc<dyn Clock> {
        self.pool.clock.clone()
    }
}

/// The error for something this engine does not do yet.
pub(crate) fn unsupported(feature: &'static str) -> IndexError {
    IndexError::Unsupported {
        engine: ENGINE,
        feature,
    }
}

/// Connections to one database: the settings, and the idle ones kept for reuse.
pub(crate) struct Pool {
    config: postgres::Config,
    /// A std mutex: held only to push or pop, never across a query.
    idle: Mutex<Vec<postgres::Client>>,
    /// The clock the catalogue records times by ([`StoreOptions::clock`]).
    clock: Arc<dyn Clock>,
}

impl Pool {
    /// The current time by the catalogue's clock, as the catalogue writes it.
    pub(crate) fn now(&self) -> String {
        self.clock.timestamp()
    }

    /// An idle connection, or a new one.
    pub(crate) fn get(&self) -> Result<postgres::Client> {
        let idle = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        match idle {
            Some(client) if !client.is_closed() => Ok(client),
            broken => {
                blocking(move || drop(broken));
                Ok(blocking(|| self.config.connect(postgres::NoTls))?)
            }
        }
    }

    /// Keeps `client` for reuse, unless it is broken or enough are idle.
    pub(crate) fn put(&self, client: postgres::Client) {
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        if !client.is_closed() && idle.len() < MAX_IDLE {
            idle.push(client);
            return;
        }
        drop(idle);
        blocking(move || drop(client));
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        let idle = std::mem::take(self.idle.get_mut().unwrap_or_else(|e| e.into_inner()));
        blocking(move || drop(idle));
    }
}

/// Runs `f`, which uses the blocking `postgres` client, where it may block.
///
/// Each blocking client drives a small tokio runtime of its own (to connect, to query, and to
/// shut down when dropped), which tokio refuses on a thread that runs async tasks: the binary's
/// commands run inside `#[tokio::main]`. On a thread inside a tokio runtime, `f` therefore runs
/// on a scoped thread of its own while the caller waits, as callers of a blocking engine
/// expect; elsewhere (the API's blocking pool, tools, tests) it runs in place.
pub(crate) fn blocking<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    if tokio::runtime::Handle::try_current().is_err() {
        return f();
    }
    std::thread::scope(|scope| join(scope.spawn(f)))
}

/// The result of a scoped thread; its panic goes on in the caller.
pub(crate) fn join<T>(handle: std::thread::ScopedJoinHandle<'_, T>) -> T {
    match handle.join() {
        Ok(value) => value,
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_never_show_the_password() {
        assert_eq!(
            redacted("postgres://oerdex:s3cret@db.example:5432/oerdex"),
            "postgres://oerdex:***@db.example:5432/oerdex"
        );
        assert_eq!(
            redacted("postgresql://oerdex@db.example/oerdex?sslmode=require"),
            "postgresql://oerdex@db.example/oerdex?sslmode=require"
        );
        assert!(!redacted("postgres://a:b c@%zz").contains("b c"));
        assert!(is_url("postgres://h/db") && is_url("postgresql://h/db"));
        assert!(!is_url("catalogue.db") && !is_url("/var/lib/postgres://x"));
    }
}
