//! Reading what OER metadata states, as repositories really write it: licences, languages,
//! publication dates, OAI-PMH datestamps and resource types, each into one canonical form.
//!
//! # Architecture
//! Leaves only: every module is a pure function of its input (plus small static tables), with
//! no storage and no I/O, so the index, the API (which checks parameters with the same readers)
//! and the fuzz targets all use them without SQLite. Each module's documentation says what it
//! reads and what it decides; the index applies them when it builds a resource from its
//! records, so a better reader here improves every resource at the next `oerdex reindex`.
//!
//! * [`license`]: rights statements → [`license::License`] (SPDX id, family, permissions), in
//!   parts: Creative Commons, software and documentation licences, public-domain tools and
//!   wording, and the tokens they share.
//! * [`language`]: language tags, codes and names → ISO 639-1 (else 639-3).
//! * [`date`]: publication dates in many forms → ISO 8601 (`2006`, `2006-05`, `2006-05-17`).
//! * [`timestamp`]: OAI-PMH datestamps and the catalogue's own UTC timestamps.
//! * [`resource_type`]: type values of every vocabulary → the concepts the type facet shows.
//! * [`vocabulary`]: educational levels, subjects, audiences and interactivity types → the
//!   concepts of the vocabularies AMB names, with their IRIs and English and German labels.

pub mod date;
pub mod language;
pub mod license;
pub mod resource_type;
pub mod timestamp;
pub mod vocabulary;
