//! Typed harvest settings, resolved once from configuration by the binary.

use std::time::Duration;

/// How the harvester behaves towards repositories.
#[derive(Debug, Clone)]
pub struct HarvestSettings {
    /// Sources harvested at the same time.
    pub concurrency: usize,
    /// Pause between two requests to the same host.
    pub per_host_delay: Duration,
    /// Limit for one whole request (connect, send, receive the body).
    pub timeout: Duration,
    /// Retries of a failed request before the harvest of that source stops.
    pub retries: u32,
    /// First backoff delay; doubled each retry, with jitter.
    pub retry_base_delay: Duration,
    /// Longest wait honoured from a `Retry-After` header or a backoff.
    pub max_retry_delay: Duration,
    /// `User-Agent` header, with a contact address.
    pub user_agent: String,
    /// Largest response body accepted, after decompression, in MB.
    pub max_response_mb: u64,
    /// Allow loopback, private, link-local and multicast addresses.
    pub allow_private_networks: bool,
    /// The HTTP proxy every request goes through (`harvest.proxy`). `None`: no proxy at all,
    /// whatever `HTTP_PROXY`, `HTTPS_PROXY` or `ALL_PROXY` say, since a proxy resolves names
    /// itself and so takes the address check out of oerdex's hands.
    pub proxy: Option<String>,
    /// Overlap subtracted from the last harvest's `responseDate` for the next `from`.
    pub incremental_overlap: Duration,
    /// Full re-harvest period for repositories with `deletedRecord=no`.
    pub full_harvest_interval: Duration,
    /// Longest one harvest of one source may run; it then fails, keeping what it committed, and
    /// the next harvest resumes from there.
    pub max_duration: Duration,
}

impl Default for HarvestSettings {
    fn default() -> Self {
        HarvestSettings {
            concurrency: 4,
            per_host_delay: Duration::from_millis(1000),
            timeout: Duration::from_secs(60),
            retries: 5,
            retry_base_delay: Duration::from_secs(2),
            max_retry_delay: Duration::from_secs(300),
            user_agent: concat!(
                "oerdex/",
                env!("CARGO_PKG_VERSION"),
                " (OER metadata harvester; set harvest.user_agent to add your contact address)"
            )
            .to_string(),
            max_response_mb: 64,
            allow_private_networks: false,
            proxy: None,
            incremental_overlap: Duration::from_secs(60),
            full_harvest_interval: Duration::from_secs(7 * 24 * 3600),
            max_duration: Duration::from_secs(12 * 3600),
        }
    }
}
