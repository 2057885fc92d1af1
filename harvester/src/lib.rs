//! The oerdex harvester: an OAI-PMH 2.0 client and crosswalks from oai_dc, LRMI and IEEE LOM
//! into the resource model of `oerdex-index`.
//!
//! # Architecture
//! [`http::Fetcher`] does polite, retried, size-limited requests and decodes bodies
//! ([`http::decode`]); [`oai`] speaks the protocol, streams list pages and bounds each list
//! ([`oai::guard`]); [`crosswalk`] maps each record; [`harvest`] drives one source's
//! incremental, resumable harvest: a download task fetches and parses the next page while a
//! writer thread crosswalks and commits the previous one with its checkpoint.

pub mod address;
pub mod crosswalk;
pub mod error;
pub mod harvest;
pub mod http;
pub mod limits;
pub mod oai;
pub mod register;
pub mod retry;
pub mod run;
pub mod settings;

pub use error::{HarvestError, NextHarvest, Result};
pub use harvest::{harvest_source, Committed, HarvestOptions, HarvestReport, Progress};
pub use http::Fetcher;
pub use run::harvest_sources;
pub use settings::HarvestSettings;
