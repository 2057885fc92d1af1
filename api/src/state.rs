//! What every handler shares: the catalogue pool, harvesting, the admin token and the metrics.

use std::sync::Arc;

use oerdex_index::Store;

use crate::auth::AdminToken;
use crate::client::TrustedProxies;
use crate::harvesting::Harvesting;
use crate::metrics::Metrics;
use crate::pool::{Pool, DEFAULT_READ_CONNECTIONS};
use crate::ratelimit::RateLimiter;
use crate::server::ServerLimits;

/// How the API is set up (resolved by the binary from its configuration).
#[derive(Clone)]
pub struct ApiConfig {
    /// The catalogue (opened, and so created and migrated, by the binary).
    pub store: Arc<dyn Store>,
    /// The admin token for write endpoints; `None` disables them.
    pub admin_token: Option<String>,
    /// Read connections open at most.
    pub read_connections: usize,
    /// Sources declared in the configuration file: the API will not delete them.
    pub declared_sources: Vec<String>,
    /// What the OAI-PMH provider says about itself.
    pub oai: OaiConfig,
    /// Requests a minute allowed per client address; 0 turns limiting off.
    pub rate_limit_per_minute: u32,
    /// Registration requests an hour allowed per client address; 0 turns that limit off.
    pub registrations_per_hour: u32,
    /// Bounds on connections: timeouts and how many at once.
    pub limits: ServerLimits,
    /// Reverse proxies whose forwarding headers are believed.
    pub trusted_proxies: TrustedProxies,
    /// A token `/metrics` asks for (`Authorization: Bearer …`); `None` leaves it open.
    pub metrics_token: Option<String>,
    /// `/metrics` is served on an address of its own ([`crate::metrics_router`]), not with
    /// the API.
    pub metrics_apart: bool,
}

/// The OAI-PMH provider's settings.
#[derive(Debug, Clone, Default)]
pub struct OaiConfig {
    /// Identify's repository name, admin e-mail, identifiers and page size.
    pub provider: crate::oai::ProviderConfig,
    /// The public baseURL (`https://oer.example.org/oai`); `None` derives it from the request.
    pub base_url: Option<String>,
}

impl ApiConfig {
    /// Defaults for the catalogue `store`: writes disabled, [`DEFAULT_READ_CONNECTIONS`].
    pub fn new(store: Arc<dyn Store>) -> Self {
        ApiConfig {
            store,
            admin_token: None,
            read_connections: DEFAULT_READ_CONNECTIONS,
            declared_sources: Vec::new(),
            oai: OaiConfig::default(),
            rate_limit_per_minute: 0,
            registrations_per_hour: 10,
            limits: ServerLimits::default(),
            trusted_proxies: TrustedProxies::default(),
            metrics_token: None,
            metrics_apart: false,
        }
    }
}

impl std::fmt::Debug for ApiConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiConfig")
            .field("store", &self.store.location())
            .field(
                "admin_token",
                &self.admin_token.as_ref().map(|_| "<redacted>"),
            )
            .field("read_connections", &self.read_connections)
            .field("declared_sources", &self.declared_sources)
            .field("oai", &self.oai)
            .field("rate_limit_per_minute", &self.rate_limit_per_minute)
            .field("registrations_per_hour", &self.registrations_per_hour)
            .field("limits", &self.limits)
            .field("trusted_proxies", &self.trusted_proxies)
            .field(
                "metrics_token",
                &self.metrics_token.as_ref().map(|_| "<redacted>"),
            )
            .field("metrics_apart", &self.metrics_apart)
            .finish()
    }
}

/// The handlers' shared state; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Shared>,
}

struct Shared {
    pool: Pool,
    harvesting: Arc<dyn Harvesting>,
    admin_token: Option<AdminToken>,
    metrics: Arc<Metrics>,
    declared_sources: Vec<String>,
    oai: OaiConfig,
    rate_limiter: RateLimiter,
    registration_limiter: RateLimiter,
    limits: ServerLimits,
    trusted_proxies: TrustedProxies,
    metrics_token: Option<AdminToken>,
    metrics_apart: bool,
}

impl AppState {
    /// State for a server over `config.db`, harvesting through `harvesting`, counting into
    /// `metrics` (shared with the scheduler, which reports harvests there).
    pub fn new(config: ApiConfig, harvesting: Arc<dyn Harvesting>, metrics: Arc<Metrics>) -> Self {
        AppState {
            inner: Arc::new(Shared {
                pool: Pool::new(config.store.clone(), config.read_connections),
                harvesting,
                admin_token: config.admin_token.as_deref().and_then(AdminToken::new),
                metrics,
                declared_sources: config.declared_sources,
                oai: config.oai,
                rate_limiter: RateLimiter::new(config.rate_limit_per_minute),
                registration_limiter: RateLimiter::per_hour(config.registrations_per_hour),
                limits: config.limits,
                trusted_proxies: config.trusted_proxies,
                metrics_token: config.metrics_token.as_deref().and_then(AdminToken::new),
                metrics_apart: config.metrics_apart,
            }),
        }
    }

    /// The catalogue.
    pub fn pool(&self) -> &Pool {
        &self.inner.pool
    }

    /// Harvesting (registration, scheduled and on-demand harvests).
    pub fn harvesting(&self) -> &dyn Harvesting {
        self.inner.harvesting.as_ref()
    }

    /// The admin token, if write endpoints are enabled.
    pub fn admin_token(&self) -> Option<&AdminToken> {
        self.inner.admin_token.as_ref()
    }

    /// The metrics.
    pub fn metrics(&self) -> &Metrics {
        &self.inner.metrics
    }

    /// The per-client rate limiter.
    pub fn rate_limiter(&self) -> &RateLimiter {
        &self.inner.rate_limiter
    }

    /// The OAI-PMH provider's settings.
    pub fn oai(&self) -> &OaiConfig {
        &self.inner.oai
    }

    /// The per-client limiter of registration requests.
    pub fn registration_limiter(&self) -> &RateLimiter {
        &self.inner.registration_limiter
    }

    /// Bounds on connections.
    pub fn limits(&self) -> ServerLimits {
        self.inner.limits
    }

    /// The reverse proxies whose forwarding headers are believed.
    pub fn trusted_proxies(&self) -> &TrustedProxies {
        &self.inner.trusted_proxies
    }

    /// The token `/metrics` asks for, if any.
    pub fn metrics_token(&self) -> Option<&AdminToken> {
        self.inner.metrics_token.as_ref()
    }

    /// True when `/metrics` is served apart from the API.
    pub fn metrics_apart(&self) -> bool {
        self.inner.metrics_apart
    }

    /// True when `name` is declared in the configuration file.
    pub fn is_declared(&self, name: &str) -> bool {
        self.inner.declared_sources.iter().any(|s| s == name)
    }
}
