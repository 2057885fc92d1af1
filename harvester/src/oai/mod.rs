//! OAI-PMH 2.0: the client, list-page parsing, and the guard that bounds a list.

pub mod client;
pub mod guard;
pub mod page;

pub use client::{
    richest_format, Identify, ListRequest, ListVerb, MetadataFormat, OaiClient, SetInfo,
    READABLE_FORMATS,
};
pub use page::{OaiError, Page, RawRecord, Resumption};
