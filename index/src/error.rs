//! The index's error type.

use thiserror::Error;

/// Everything that can go wrong in the index.
#[derive(Debug, Error)]
pub enum IndexError {
    /// SQLite failed (I/O, corruption, a locked database beyond the busy timeout...).
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL failed (connection lost, a statement refused, a timeout...).
    #[error("database error: {0}")]
    Postgres(#[from] ::postgres::Error),
    /// The catalogue's engine does not (yet) do what was asked; nothing was read or changed.
    #[error("{feature} is not supported on {engine} yet")]
    Unsupported {
        /// The engine (`postgresql`).
        engine: &'static str,
        /// What was asked (`the licence overview`, `backup`...).
        feature: &'static str,
    },
    /// The catalogue location is not one oerdex can open (for example a malformed PostgreSQL
    /// URL); the message never repeats a password.
    #[error("{0}")]
    Location(String),
    /// The database file was written by a newer oerdex than this one.
    #[error("the database {path} has schema version {found}, newer than this oerdex supports ({supported}); upgrade oerdex")]
    SchemaTooNew {
        /// The database file.
        path: String,
        /// The version found in the file.
        found: i64,
        /// The newest version this build knows.
        supported: i64,
    },
    /// A stored JSON document could not be read back.
    #[error("stored document is damaged: {0}")]
    Json(#[from] serde_json::Error),
    /// A source with this name does not exist.
    #[error("no source named {0:?}")]
    UnknownSource(String),
    /// A source with this name already exists.
    #[error("a source named {0:?} already exists")]
    DuplicateSource(String),
    /// No registration request has this number.
    #[error("no registration request {0}")]
    UnknownRegistration(i64),
    /// The registration request was approved or rejected already.
    #[error("registration request {id} is {status} already")]
    AlreadyDecided {
        /// Its number.
        id: i64,
        /// `approved` or `rejected`.
        status: String,
    },
    /// Too many registration requests wait for the operator.
    #[error("{0} registration requests are waiting already; try again once they are decided")]
    QueueFull(u64),
    /// A search request was not valid; the message names the parameter and what is allowed.
    #[error("{parameter}: {message}")]
    InvalidQuery {
        /// The offending parameter (`cursor`, `license`, `updated_since`...).
        parameter: &'static str,
        /// What was wrong and what is allowed.
        message: String,
    },
    /// The catalogue holds something the in-memory search columns cannot represent (searches
    /// then go to SQLite alone).
    #[error("search columns: {0}")]
    Columns(String),
    /// The text index (tantivy) failed to open, write or search.
    #[error("text index: {0}")]
    Text(String),
    /// Reading or writing a file (export, backup) failed.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}

/// Shorthand for results of index operations.
pub type Result<T, E = IndexError> = std::result::Result<T, E>;
