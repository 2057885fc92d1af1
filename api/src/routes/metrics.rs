//! `GET /metrics`: Prometheus text.

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};

use crate::auth::authorize;
use crate::error::{ApiError, Problem};
use crate::metrics::{CatalogueGauges, ServerGauges};
use crate::respond::CACHE_NONE;
use crate::state::AppState;

/// The Prometheus text format's media type.
const PROMETHEUS_TEXT: &str = "text/plain; version=0.0.4; charset=utf-8";

/// The server's metrics.
#[utoipa::path(
    get,
    path = "/metrics",
    operation_id = "metrics",
    tag = "operations",
    responses(
        (status = 200, description = "Requests and latencies per route; harvests, records, \
            errors and the last success per source; catalogue, database and write-ahead log \
            size; search cache hits; build and process figures (Prometheus text format 0.0.4)",
            body = String, content_type = "text/plain"),
        (status = 401, description = "`server.metrics_token` is set and the request did not \
            carry it", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn metrics(State(state): State<AppState>, request: HeaderMap) -> Response {
    if let Some(token) = state.metrics_token() {
        let presented = request
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok());
        if authorize(Some(token), presented).is_err() {
            return ApiError::Unauthorized.into_response();
        }
    }
    // The catalogue gauges are left out when the database does not answer: /metrics itself
    // must keep working for the alert to fire.
    let gauges = state
        .pool()
        .read(|index| {
            let last_success = index
                .last_successes()?
                .into_iter()
                .filter_map(|(source, ended)| {
                    let t = oerdex_index::timestamp::parse(&ended)?;
                    Some((source, t.unix_timestamp()))
                })
                .collect();
            Ok(CatalogueGauges {
                resources: index.resource_count()?,
                sources: index.sources()?.len() as u64,
                last_success,
            })
        })
        .await
        .ok();
    let store = state.pool().store();
    let disk = store.disk_usage();
    let server = ServerGauges {
        database_bytes: disk.map(|(db, _)| db),
        wal_bytes: disk.map(|(_, wal)| wal),
        cache: store
            .search_status()
            .cache
            .map_or((0, 0), |c| (c.hits, c.misses)),
        process: crate::process::read(),
    };
    let mut response = state.metrics().render(gauges, &server).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(PROMETHEUS_TEXT),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(CACHE_NONE));
    response
}
