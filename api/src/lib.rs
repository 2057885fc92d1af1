//! The oerdex HTTP API: licence-aware search over the catalogue, resources as JSON or LRMI
//! JSON-LD, the licences present, and the operator's sources and harvests.
//!
//! # Architecture
//! [`router`] builds the axum application over an [`AppState`]: a [`pool::Pool`] of read-only
//! catalogue connections (WAL, so reads never wait on a harvest), the admin token, the
//! [`metrics::Metrics`], and a [`harvesting::Harvesting`] implementation. The API does not
//! depend on the harvester: the `oerdex` binary implements that trait with its scheduler and
//! calls [`serve`] with the shutdown signal.
//!
//! Handlers parse their parameters into typed values ([`params`]), run index calls on the
//! blocking pool, and answer through [`respond`] (Cache-Control, ETag/304) or with an
//! [`error::ApiError`] (RFC 9457 problem documents). Layers add CORS for reads,
//! gzip/brotli compression, a body size limit, per-route metrics, the client's address through
//! trusted proxies ([`client`]), per-client rate limits ([`ratelimit`]) and problem documents
//! for the framework's own refusals ([`rejections`]). [`server`] serves connections with a
//! bound on each (timeouts, how many at once).

pub mod auth;
pub mod client;
pub mod error;
pub mod harvesting;
pub mod i18n;
pub mod metrics;
pub mod oai;
pub mod params;
pub mod pool;
pub mod process;
pub mod ratelimit;
pub mod rejections;
pub mod respond;
pub mod routes;
pub mod server;
pub mod state;
pub mod ui;

use std::future::Future;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, Method};
use axum::routing::{get, post};
use axum::Router;
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;
use tower_http::cors::{Any, CorsLayer};

pub use client::TrustedProxies;
pub use error::ApiError;
pub use harvesting::{Harvesting, NewSource, NoHarvesting};
pub use metrics::Metrics;
pub use server::ServerLimits;
pub use state::{ApiConfig, AppState, OaiConfig};

use crate::routes::{health, licenses, openapi, quality, registrations, resources, sources};

/// Largest request body accepted (source registrations are a few hundred bytes).
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// The API's routes with every layer, ready to serve.
pub fn router(state: AppState) -> Router {
    let cors = CorsLayer::new()
        .allow_origin(Any)
        .allow_methods([Method::GET, Method::HEAD])
        .allow_headers([header::ACCEPT, header::IF_NONE_MATCH])
        .expose_headers([header::ETAG, header::LOCATION]);
    let mut router = Router::new()
        .route("/api/v1/resources", get(resources::search))
        .route("/api/v1/resources/{id}", get(resources::resource))
        .route("/api/v1/licenses", get(licenses::licenses))
        .route("/api/v1/sources", get(sources::list).post(sources::add))
        .route(
            "/api/v1/sources/{name}",
            get(sources::get).delete(sources::remove),
        )
        .route("/api/v1/sources/{name}/harvest", post(sources::harvest))
        .route("/api/v1/sources/{name}/harvests", get(sources::harvests))
        .route("/api/v1/sources/{name}/report", get(quality::report))
        .route(
            "/api/v1/registrations",
            get(registrations::list).post(registrations::submit),
        )
        .route("/api/v1/registrations/{id}", get(registrations::get))
        .route(
            "/api/v1/registrations/{id}/approve",
            post(registrations::approve),
        )
        .route(
            "/api/v1/registrations/{id}/reject",
            post(registrations::reject),
        )
        .route("/api/v1/openapi.json", get(openapi::openapi))
        .route("/health", get(health::health))
        .route("/health/live", get(health::live))
        .route("/health/ready", get(health::ready))
        .route("/oai", get(routes::oai::get).post(routes::oai::post))
        .route("/sitemap.xml", get(routes::sitemap::index))
        .route("/sitemaps/{file}", get(routes::sitemap::child))
        .merge(ui::routes());
    if !state.metrics_apart() {
        router = router.route("/metrics", get(routes::metrics::metrics));
    }
    router
        .fallback(routes::not_found)
        .method_not_allowed_fallback(routes::method_not_allowed)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        // Inside the metrics layer, so refused requests are counted too.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            ratelimit::limit,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            rejections::shape,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            client::identify,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::track,
        ))
        .layer(CompressionLayer::new())
        // Reads are open to every origin; writes allow no cross-origin call (GET/HEAD only).
        .layer(cors)
        .with_state(state)
}

/// `/metrics` alone, for an address of its own (`server.metrics_bind`).
pub fn metrics_router(state: AppState) -> Router {
    Router::new()
        .route("/metrics", get(routes::metrics::metrics))
        .fallback(routes::not_found)
        .with_state(state)
}

/// Serves the API on `listener` until `shutdown` completes, then lets in-flight requests finish.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let limits = state.limits();
    let refusal = rejections::refusal_body(&state);
    server::serve(listener, router(state), limits, refusal, shutdown).await
}
