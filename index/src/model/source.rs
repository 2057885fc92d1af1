//! A registered repository: its endpoint, what it is harvested in, and what it said of itself.

use serde::{Deserialize, Serialize};

/// A registered OAI-PMH endpoint and what its Identify and ListMetadataFormats said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Short unique name chosen by the operator.
    pub name: String,
    /// The OAI-PMH base URL.
    pub url: String,
    /// The metadata format harvested.
    pub metadata_prefix: String,
    /// Sets to harvest selectively; empty means the whole repository.
    pub sets: Vec<String>,
    /// Disabled sources are kept but not harvested.
    pub enabled: bool,
    /// Licence to assume for records that state none (marked `inferred`).
    pub default_license: Option<String>,
    /// `repositoryName` from Identify.
    pub repository_name: Option<String>,
    /// `granularity` from Identify (`YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ssZ`).
    pub granularity: Option<String>,
    /// `earliestDatestamp` from Identify.
    pub earliest_datestamp: Option<String>,
    /// `deletedRecord` from Identify (`no`, `transient`, `persistent`).
    pub deleted_record: Option<String>,
    /// The metadata prefixes ListMetadataFormats offered.
    pub formats: Vec<String>,
    /// When the source was registered.
    pub added_at: String,
}

impl Source {
    /// True for a valid source name: 1-64 ASCII letters, digits, `-`, `_` or `.` (names appear
    /// in URLs, set specs and file-like contexts, so nothing else is allowed).
    pub fn valid_name(name: &str) -> bool {
        !name.is_empty()
            && name.len() <= 64
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    }

    /// Checks a source name (see [`Source::valid_name`]), saying what a valid one is.
    pub fn check_name(name: &str) -> Result<(), String> {
        if Source::valid_name(name) {
            Ok(())
        } else {
            Err(format!(
                "{name:?} is not a valid source name (1-64 letters, digits, '-', '_', '.')"
            ))
        }
    }

    /// A new enabled source with nothing known about the repository yet.
    pub fn new(name: &str, url: &str, metadata_prefix: &str) -> Self {
        Source {
            name: name.to_string(),
            url: url.to_string(),
            metadata_prefix: metadata_prefix.to_string(),
            sets: Vec::new(),
            enabled: true,
            default_license: None,
            repository_name: None,
            granularity: None,
            earliest_datestamp: None,
            deleted_record: None,
            formats: Vec::new(),
            added_at: oerdex_normalise::timestamp::now(),
        }
    }

    /// The URL to show anyone but the harvester: credentials replaced by `***`
    /// (see [`crate::model::redact`]).
    pub fn public_url(&self) -> String {
        crate::model::redact::url(&self.url).into_owned()
    }

    /// True when the repository accepts `from`/`until` with seconds (else days only).
    pub fn has_seconds_granularity(&self) -> bool {
        self.granularity.as_deref() == Some("YYYY-MM-DDThh:mm:ssZ")
    }
}
