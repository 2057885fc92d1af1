//! The oerdex index: the resource model, the catalogue's storage and its search.
//!
//! # Architecture
//! The catalogue is a contract ([`catalogue`]: the traits [`Store`], [`Reader`] and [`Writer`])
//! that the API, the harvester and the command line use; [`sqlite`] is its first engine, built
//! from four folders, each depending only on those before it; [`postgres`] the second, for
//! several nodes sharing one catalogue (it reuses the model, the search vocabulary and the
//! merge of records into resources, and keeps its SQL to itself):
//!
//! * [`model`]: what the catalogue holds and every engine shares: the metadata a record states
//!   ([`model::RecordMetadata`]), one source's record ([`model::SourceRecord`]), the merged
//!   resource ([`model::Resource`]) with its agents and accessibility, sources and the harvest
//!   bookkeeping types, and the resource's JSON-LD. Normalisation (licences, languages, dates,
//!   types) comes from the `oerdex-normalise` crate, re-exported here.
//! * [`store`]: the SQLite catalogue: the connection ([`store::db::Index`]), the schema and its
//!   migrations, the source registry, the harvest log and checkpoints, the change feed, export,
//!   licence overviews, quality reports and registration requests.
//! * [`search`]: the search vocabulary every engine shares ([`search::query`]), the text
//!   analysis ([`search::analysis`]) and the text index ([`search::text`], tantivy) that find
//!   and score full-text matches, the SQL engine ([`search::sql`]) and the in-memory column
//!   engine ([`search::columns`]); both engines depend on the vocabulary and the text index, not
//!   on each other.
//! * [`write`]: everything that changes records and resources: preparing and applying a
//!   harvested page with its checkpoint, merging the records of one resource, clipping, ending
//!   a harvest, removing a source.
//!
//! Harvested records are stored per source (table `records`) and merged into resources (table
//! `resources`) by [`write::merge`]: records with the same DOI or normalised URL become one
//! resource with several sources. Each resource's document is stored as JSON beside the columns
//! search filters on, an FTS5 entry and its facet values. [`write::ingest`] writes a harvested
//! page and its checkpoint in one transaction. The times a write records (a resource's
//! `updated`, a harvest's start and end, a registration's) come from the [`Clock`] the
//! catalogue was opened with ([`clock`]).
//! The text index (a directory `<catalogue>.text` beside the file) is derived from the
//! resources and follows them by `updated`: written after each page, replayed from SQLite when
//! it is behind (after a crash), rebuilt by `reindex`.

pub use oerdex_normalise::{date, language, license, resource_type, timestamp, vocabulary};

pub mod catalogue;
pub mod clock;
pub mod error;
pub mod model;
pub mod postgres;
pub mod search;
pub mod sqlite;
pub mod store;
pub mod write;

pub use catalogue::{Reader, Store, StoreOptions, Writer};
pub use clock::{Clock, ManualClock, SystemClock};

/// Opens (creating and migrating if needed) the catalogue at `location`, picking its engine:
/// a `postgres://` or `postgresql://` URL opens a PostgreSQL database
/// ([`postgres::PgStore`]), anything else a file of the embedded SQLite catalogue
/// ([`sqlite::SqliteStore`]).
pub fn open(
    location: &std::path::Path,
    options: &StoreOptions,
) -> Result<std::sync::Arc<dyn Store>> {
    if let Some(url) = location.to_str().filter(|l| postgres::is_url(l)) {
        return Ok(std::sync::Arc::new(postgres::PgStore::open(url, options)?));
    }
    Ok(std::sync::Arc::new(sqlite::SqliteStore::open(
        location, options,
    )?))
}

/// `location` as messages may show it: a database URL without its password.
pub fn display_location(location: &std::path::Path) -> String {
    match location.to_str().filter(|l| postgres::is_url(l)) {
        Some(url) => postgres::redacted(url),
        None => location.display().to_string(),
    }
}
pub use error::{IndexError, Result};
pub use model::agent;
pub use model::harvest::{Checkpoint, Counts, HarvestLog, StartPoint};
pub use model::jsonld;
pub use model::source::Source;
pub use model::{RecordMetadata, Resource, SourceRecord, SourceRef};
pub use search::columns::SearchColumns;
pub use search::{SearchQuery, SearchResults, Sort};
pub use store::db::Index;
pub use store::schema::SCHEMA_VERSION;
