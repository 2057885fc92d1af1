//! OAI-PMH 2.0: the client, list-page parsing and body decoding.

pub mod client;
pub mod decode;
pub mod page;

pub use client::{
    richest_format, Identify, ListRequest, ListVerb, MetadataFormat, OaiClient, SetInfo,
    READABLE_FORMATS,
};
pub use page::{OaiError, Page, RawRecord, Resumption};
