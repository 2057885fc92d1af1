//! Everything that changes records and resources.
//!
//! # Architecture
//! A harvested page is prepared off the writer's thread ([`ingest::PreparedRecord`]: metadata
//! serialised, raw XML compressed, merge keys computed), then applied in one transaction with
//! its checkpoint ([`ingest`]); each changed record's resource is rebuilt from all the records
//! that describe it ([`merge`]), clipped to bounded sizes ([`limits`]), and its search entries
//! (full text, facet values) written. Ending a harvest and removing a source rebuild the
//! resources they affect the same way. Reads go through [`crate::store`]; nothing here is read
//! by the store.

pub mod ingest;
pub mod limits;
pub mod merge;
pub mod removal;
