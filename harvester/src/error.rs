//! The harvester's error type.

use std::time::Duration;

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
    /// The response can be read but will not be accepted, and asking again would not change it
    /// (a DTD, absurd nesting): not retried.
    #[error("{url}: {message}")]
    Refused {
        /// The request URL.
        url: String,
        /// What is wrong with it.
        message: String,
    },
    /// The list cannot be completed: its resumption tokens loop, or it goes on past any sane
    /// length. What was committed is kept; the next harvest lists again from the start of the
    /// last complete harvest.
    #[error("{url}: {fault}; the list was given up as incomplete")]
    BrokenList {
        /// The base URL.
        url: String,
        /// What was wrong with the list.
        fault: ListFault,
    },
    /// Another harvester holds the source's lease: it is being harvested elsewhere (another
    /// process on this catalogue, or another node).
    #[error("{name} is being harvested by another harvester (its lease expires within {} s if that harvester stopped)", ttl.as_secs())]
    Busy {
        /// The source's name.
        name: String,
        /// How long a lease lasts without renewal.
        ttl: Duration,
    },
    /// The harvest lost the source's lease (it could not renew it in time, or another harvester
    /// took it over) and stopped at a page boundary.
    #[error("the harvest of {name} lost its lease and stopped; what it committed is kept")]
    LeaseLost {
        /// The source's name.
        name: String,
    },
    /// The harvest ran longer than `harvest.max_duration`.
    #[error("the harvest ran out of its time limit ({} s, harvest.max_duration)", limit.as_secs())]
    TimeLimit {
        /// The limit.
        limit: Duration,
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
    /// The HTTP client could not be built (TLS set-up, resolver).
    #[error("cannot build the HTTP client")]
    Client(#[source] reqwest::Error),
    /// A stage of the harvest (the crosswalk or the index writer) stopped unexpectedly.
    #[error("the {stage} stopped unexpectedly")]
    Task {
        /// Which stage.
        stage: &'static str,
        /// Why it stopped (a panic).
        #[source]
        source: tokio::task::JoinError,
    },
    /// The harvest was stopped (shutdown) at a page boundary; everything committed is kept.
    #[error(
        "stopped before the end of the list; the next harvest resumes from the last committed page"
    )]
    Stopped,
}

/// What the next harvest of a source does after a harvest failed with an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextHarvest {
    /// It resumes from the last committed page (a network fault, a stop, the time limit).
    Resumes,
    /// It lists again from where the last complete harvest started: the list itself was broken.
    StartsOver,
    /// Asking again will fail the same way until the repository or the source's settings
    /// change (an OAI-PMH error such as `cannotDisseminateFormat`, a refused response, a refused
    /// address). It resumes from the last committed page once they do.
    NeedsAttention,
}

impl NextHarvest {
    /// A sentence for operators: what was kept, and what happens next.
    pub fn describe(self, pages: u64) -> String {
        match self {
            NextHarvest::Resumes => format!(
                "the harvest did not reach the end of the list; kept the {pages} page(s) committed before the error; the next harvest resumes from there"
            ),
            NextHarvest::StartsOver => format!(
                "the list could not be completed; kept the {pages} page(s) committed before the error; the next harvest lists again from where the last complete harvest started"
            ),
            NextHarvest::NeedsAttention => format!(
                "kept the {pages} page(s) committed before the error; asking again will not help until the repository or the source's settings change"
            ),
        }
    }

    /// What happens next, in a few words (for log lines).
    pub fn describe_briefly(self) -> &'static str {
        match self {
            NextHarvest::Resumes => "the next harvest resumes from the last committed page",
            NextHarvest::StartsOver => {
                "the next harvest lists again from where the last complete harvest started"
            }
            NextHarvest::NeedsAttention => {
                "asking again will not help until the repository or the source's settings change"
            }
        }
    }
}

impl HarvestError {
    /// The OAI-PMH error code, if this is a protocol error.
    pub fn oai_code(&self) -> Option<&str> {
        match self {
            HarvestError::Protocol { code, .. } => Some(code),
            _ => None,
        }
    }

    /// What the next harvest does after this error.
    pub fn next_harvest(&self) -> NextHarvest {
        match self {
            HarvestError::BrokenList { .. } => NextHarvest::StartsOver,
            HarvestError::Refused { .. }
            | HarvestError::Protocol { .. }
            | HarvestError::Unsupported { .. }
            | HarvestError::BadUrl { .. }
            | HarvestError::ForbiddenAddress { .. }
            | HarvestError::TooLarge { .. } => NextHarvest::NeedsAttention,
            HarvestError::Status { status, .. } if !crate::retry::is_retryable_status(*status) => {
                NextHarvest::NeedsAttention
            }
            _ => NextHarvest::Resumes,
        }
    }
}

/// Shorthand for harvester results.
pub type Result<T, E = HarvestError> = std::result::Result<T, E>;

/// Why a list was given up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListFault {
    /// The repository sent a resumption token this list had already used.
    TokenRepeated {
        /// The token, shortened for messages.
        token: String,
    },
    /// A resumption token longer than the guard accepts.
    TokenTooLong {
        /// Its length in bytes.
        bytes: usize,
        /// The longest token accepted, in bytes.
        limit: usize,
    },
    /// Many more records than the repository said the list holds.
    LongerThanAnnounced {
        /// Records listed so far.
        listed: u64,
        /// The largest `completeListSize` the repository gave.
        announced: u64,
    },
    /// More entries than any real repository lists (sets, for instance).
    TooMany {
        /// Entries listed.
        listed: u64,
        /// What they are (`sets`).
        what: &'static str,
    },
    /// Page after page of records this harvest had already received.
    NoNewRecords {
        /// Pages in a row without a new record.
        pages: u64,
    },
}

impl std::fmt::Display for ListFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ListFault::TokenRepeated { token } => write!(
                f,
                "the repository sent the resumption token {token:?} a second time (a loop)"
            ),
            ListFault::TokenTooLong { bytes, limit } => write!(
                f,
                "the repository sent a resumption token of {bytes} bytes (the limit is {limit})"
            ),
            ListFault::LongerThanAnnounced { listed, announced } => write!(
                f,
                "the repository listed {listed} records, far more than the {announced} its completeListSize announced"
            ),
            ListFault::TooMany { listed, what } => {
                write!(f, "the repository listed {listed} {what}, more than any real one")
            }
            ListFault::NoNewRecords { pages } => write!(
                f,
                "the repository sent {pages} pages in a row without a record this harvest had not already received"
            ),
        }
    }
}
