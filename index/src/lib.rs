//! The oerdex index: the resource model, licence and language normalisation, and the SQLite
//! catalogue with full-text search.
//!
//! # Architecture
//! Harvested records are stored per source ([`model::SourceRecord`], table `records`) and merged
//! into resources ([`model::Resource`], table `resources`) by [`merge`]: records with the same
//! DOI or normalised URL become one resource with several sources. Each resource's document is
//! stored as JSON beside the columns search filters on, an FTS5 entry and its facet values.
//! [`ingest`] writes a harvested page and its checkpoint in one transaction.

pub use oerdex_normalise::{date, language, license, resource_type, timestamp};

pub mod accessibility;
pub mod agent;
pub mod changes;
mod column_search;
mod column_titles;
pub mod columns;
pub mod db;
pub mod error;
pub mod export;
mod facet_values;
pub mod harvests;
pub mod ingest;
pub mod jsonld;
pub mod licenses;
pub mod limits;
pub mod merge;
pub mod model;
pub mod quality;
pub mod redact;
pub mod registrations;
mod schema;
pub mod search;
mod search_cache;
pub mod sources;

pub use columns::SearchColumns;
pub use db::Index;
pub use error::{IndexError, Result};
pub use harvests::{Checkpoint, HarvestLog, StartPoint};
pub use ingest::Counts;
pub use model::{RecordMetadata, Resource, SourceRecord, SourceRef};
pub use schema::SCHEMA_VERSION;
pub use search::{SearchQuery, SearchResults, Sort};
pub use sources::Source;
