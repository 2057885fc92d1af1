//! The harvester's error type.

use thiserror::Error;

/// Everything that can stop a request or a harvest, with the context an operator needs.
#[derive(Debug, Error)]
pub enum HarvestError {
    /// The base URL is not a usable http(s) URL.
    #[error("{url}: not an http(s) URL")]
    BadUrl {
        /// The URL as given.
        url: String,
    },
    /// The URL points at an address harvests may not reach (loopback, private, link-local,
    /// multicast...) and `harvest.allow_private_networks` is off.
    #[error("{url}: refused: {host} is a {kind} address (set harvest.allow_private_networks to allow it)")]
    ForbiddenAddress {
        /// The URL.
        url: String,
        /// The address it resolved to.
        host: String,
        /// What kind of address it is.
        kind: &'static str,
    },
    /// Connecting, sending or receiving failed (after retries).
    #[error("{url}: {message}")]
    Network {
        /// The request URL.
        url: String,
        /// What failed.
        message: String,
    },
    /// The server answered with an HTTP error status (after retries where they make sense).
    #[error("{url}: HTTP {status}")]
    Status {
        /// The request URL.
        url: String,
        /// The status code.
        status: u16,
    },
    /// The response was larger than `harvest.max_response_mb`.
    #[error("{url}: response larger than the {limit_mb} MB limit (harvest.max_response_mb)")]
    TooLarge {
        /// The request URL.
        url: String,
        /// The limit in MB.
        limit_mb: u64,
    },
    /// The response is not an OAI-PMH document: an HTML page, broken or cut-off XML.
    #[error("{url}: {message}")]
    BadResponse {
        /// The request URL.
        url: String,
        /// What is wrong with it.
        message: String,
    },
    /// The repository answered with an OAI-PMH error.
    #[error("{url}: OAI-PMH error {code}: {message}")]
    Protocol {
        /// The request URL.
        url: String,
        /// The OAI-PMH error code (`badArgument`, `cannotDisseminateFormat`...).
        code: String,
        /// The repository's message.
        message: String,
    },
    /// The repository does not offer what the source asks for.
    #[error("{url}: {message}")]
    Unsupported {
        /// The base URL.
        url: String,
        /// What is missing.
        message: String,
    },
    /// The index failed.
    #[error(transparent)]
    Index(#[from] oerdex_index::IndexError),
    /// The harvest was stopped (shutdown) at a page boundary; everything committed is kept.
    #[error(
        "stopped before the end of the list; the next harvest resumes from the last committed page"
    )]
    Stopped,
}

impl HarvestError {
    /// The OAI-PMH error code, if this is a protocol error.
    pub fn oai_code(&self) -> Option<&str> {
        match self {
            HarvestError::Protocol { code, .. } => Some(code),
            _ => None,
        }
    }
}

/// Shorthand for harvester results.
pub type Result<T, E = HarvestError> = std::result::Result<T, E>;
