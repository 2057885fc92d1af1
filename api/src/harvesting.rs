//! What the API needs from harvesting, as a trait the binary implements.
//!
//! Dependencies point one way (api → index ← harvester): the API does not know the harvester.
//! The `oerdex` binary wires the two by implementing [`Harvesting`] with its scheduler, which
//! checks repositories live, runs scheduled and on-demand harvests (one per source at a time)
//! and stops them at a page boundary on shutdown. [`NoHarvesting`] stands in where there is no
//! harvester (tests, read-only deployments).

use std::future::Future;
use std::pin::Pin;

use oerdex_index::Source;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A boxed, sendable future (what [`Harvesting::register`] returns).
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// An operator's request to register a source (the body of `POST /api/v1/sources`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewSource {
    /// Short unique name: 1-64 letters, digits, `-`, `_` or `.`.
    #[schema(example = "zoerr")]
    pub name: String,
    /// The repository's OAI-PMH base URL (http or https).
    #[schema(example = "https://www.oerbw.de/edu-sharing/eduservlet/oai/provider")]
    pub url: String,
    /// Metadata format to harvest; by default the richest the repository offers (LOM, then
    /// LRMI or qualified DC, then `oai_dc`).
    #[serde(default)]
    pub metadata_prefix: Option<String>,
    /// Sets to harvest; by default the whole repository.
    #[serde(default)]
    pub sets: Vec<String>,
    /// Licence assumed for records that state none (such licences are marked `inferred`).
    #[serde(default)]
    pub default_license: Option<String>,
}

/// Why a registration was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegisterError {
    /// The repository failed the live check (unreachable, not OAI-PMH, forbidden address, no
    /// such format or set); the message says what failed. Answered with 400.
    Rejected(String),
    /// Something on our side failed (logged, answered with 500).
    Internal(String),
}

/// What a harvest request started.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Triggered {
    /// A harvest of the source starts now.
    Started,
    /// A harvest of the source is already running; no second one is started.
    AlreadyRunning,
}

/// Why a harvest could not be started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TriggerError {
    /// The server is shutting down.
    ShuttingDown,
    /// This server does not harvest.
    Unavailable,
}

/// A source's place in the harvest schedule.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScheduleStatus {
    /// A harvest of the source is running now.
    pub running: bool,
    /// When the next scheduled harvest starts (`YYYY-MM-DDThh:mm:ssZ`); `None` when none is
    /// scheduled (disabled source, or no scheduler).
    pub next_harvest: Option<String>,
}

/// Harvesting, as the API sees it.
pub trait Harvesting: Send + Sync {
    /// Checks a repository live (Identify, ListMetadataFormats, the format and sets exist;
    /// refused addresses) and returns the source to store. Does not store it.
    fn register(&self, request: NewSource) -> BoxFuture<'static, Result<Source, RegisterError>>;

    /// A source was stored: schedule its first harvest.
    fn added(&self, name: &str);

    /// A source is being removed: stop its running harvest and forget its schedule.
    fn removed(&self, name: &str);

    /// Starts a harvest of `name` now unless one is running (`full` re-harvests everything).
    fn trigger(&self, name: &str, full: bool) -> Result<Triggered, TriggerError>;

    /// Whether a harvest of `name` runs, and when the next one is due.
    fn status(&self, name: &str) -> ScheduleStatus;
}

/// A stand-in for servers without a harvester: registration and harvests are refused.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoHarvesting;

impl Harvesting for NoHarvesting {
    fn register(&self, _request: NewSource) -> BoxFuture<'static, Result<Source, RegisterError>> {
        Box::pin(async {
            Err(RegisterError::Rejected(
                "this server does not harvest, so it cannot register sources".into(),
            ))
        })
    }

    fn added(&self, _name: &str) {}

    fn removed(&self, _name: &str) {}

    fn trigger(&self, _name: &str, _full: bool) -> Result<Triggered, TriggerError> {
        Err(TriggerError::Unavailable)
    }

    fn status(&self, _name: &str) -> ScheduleStatus {
        ScheduleStatus::default()
    }
}
