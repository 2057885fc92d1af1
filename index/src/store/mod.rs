//! The SQLite catalogue: one file in WAL mode, so one writer and many readers work at once.
//!
//! # Architecture
//! [`db::Index`] is a connection (with the bulk-writer tuning a harvest uses); [`schema`] creates
//! and migrates the tables. The other modules are the catalogue's own bookkeeping, each a set of
//! queries on the connection: the source registry ([`sources`]), the harvest log and checkpoints
//! ([`harvests`]), the change feed the OAI-PMH provider serves ([`changes`]), export
//! ([`export`]), licence overviews ([`licenses`]), quality reports ([`quality`]) and
//! registration requests ([`registrations`]), and leases on harvesting a source ([`leases`]). What changes resources is in [`crate::write`];
//! search is in [`crate::search`].

pub mod changes;
pub mod db;
pub mod export;
pub mod harvests;
pub mod leases;
pub mod licenses;
pub mod quality;
pub mod registrations;
pub mod resources;
pub(crate) mod schema;
pub mod sources;
