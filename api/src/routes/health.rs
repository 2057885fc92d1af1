//! Health for load balancers and alerting: `GET /health` (is the catalogue readable?),
//! `GET /health/live` (the process answers) and `GET /health/ready` (it can serve searches:
//! the catalogue is open and the search columns are loaded).

use std::time::Duration;

use axum::extract::State;
use axum::response::Response;
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::{ApiError, Problem};
use crate::respond::{json, CACHE_NONE};
use crate::state::AppState;

/// How long the database check may take before the server counts as unhealthy.
const CHECK_TIMEOUT: Duration = Duration::from_secs(5);

/// The health answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    /// `ok`.
    #[schema(example = "ok")]
    pub status: &'static str,
    /// `ok`: a read of the catalogue succeeded.
    #[schema(example = "ok")]
    pub database: &'static str,
    /// Live resources in the catalogue.
    pub resources: u64,
    /// The oerdex version.
    pub version: &'static str,
}

/// Checks that the catalogue answers a query.
#[utoipa::path(
    get,
    path = "/health",
    operation_id = "health",
    tag = "operations",
    responses(
        (status = 200, description = "The server and its database work", body = Health),
        (status = 503, description = "The database does not answer", body = Problem,
            content_type = "application/problem+json"),
    )
)]
pub async fn health(State(state): State<AppState>) -> Result<Response, ApiError> {
    let resources = check_database(&state).await?;
    json(
        &Health {
            status: "ok",
            database: "ok",
            resources,
            version: env!("CARGO_PKG_VERSION"),
        },
        CACHE_NONE,
    )
}

/// The liveness answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct Live {
    /// `ok`.
    #[schema(example = "ok")]
    pub status: &'static str,
}

/// The process is up and answering (restart it when this fails).
#[utoipa::path(
    get,
    path = "/health/live",
    operation_id = "live",
    tag = "operations",
    responses((status = 200, description = "The process answers", body = Live))
)]
pub async fn live() -> Result<Response, ApiError> {
    json(&Live { status: "ok" }, CACHE_NONE)
}

/// The readiness answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct Ready {
    /// `ok`.
    #[schema(example = "ok")]
    pub status: &'static str,
    /// Live resources in the catalogue.
    pub resources: u64,
}

/// Ready to serve searches: the catalogue answers and the search columns are loaded (send
/// traffic only then).
#[utoipa::path(
    get,
    path = "/health/ready",
    operation_id = "ready",
    tag = "operations",
    responses(
        (status = 200, description = "The catalogue is open and searches are ready", body = Ready),
        (status = 503, description = "Still loading, or the database does not answer",
            body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn ready(State(state): State<AppState>) -> Result<Response, ApiError> {
    let resources = check_database(&state).await?;
    if !state.pool().store().search_status().ready {
        return Err(ApiError::Unavailable(
            "the search columns are still loading".into(),
        ));
    }
    json(
        &Ready {
            status: "ok",
            resources,
        },
        CACHE_NONE,
    )
}

/// Counts the live resources on a connection of its own, within [`CHECK_TIMEOUT`].
async fn check_database(state: &AppState) -> Result<u64, ApiError> {
    // A connection of its own, not one from the search pool: a server busy with searches is
    // alive, and its health check must not queue behind them.
    let store = state.pool().store().clone();
    let check = tokio::task::spawn_blocking(move || {
        store.reader().and_then(|reader| reader.resource_count())
    });
    let resources = match tokio::time::timeout(CHECK_TIMEOUT, check).await {
        Ok(Ok(Ok(n))) => n,
        Ok(Ok(Err(e))) => {
            tracing::error!("health check: {e}");
            return Err(ApiError::Unavailable("the database does not answer".into()));
        }
        Ok(Err(e)) => {
            tracing::error!("health check: {e}");
            return Err(ApiError::Unavailable("the database does not answer".into()));
        }
        Err(_) => {
            return Err(ApiError::Unavailable(
                "the database did not answer in time".into(),
            ))
        }
    };
    Ok(resources)
}
