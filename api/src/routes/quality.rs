//! `GET /api/v1/sources/{name}/report`: a source's metadata quality report (see
//! [`oerdex_index::store::quality`]), for the repository's manager.

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use oerdex_index::store::quality::QualityReport;

use crate::error::{ApiError, Problem};
use crate::params::no_parameters;
use crate::respond::{json, CACHE_LIVE};
use crate::state::AppState;

/// The source's metadata quality: how many records have a licence, a language, a URL, a
/// description, a type and a level, and the values oerdex could not read.
#[utoipa::path(
    get,
    path = "/api/v1/sources/{name}/report",
    operation_id = "sourceReport",
    tag = "sources",
    params(("name" = String, Path, description = "Source name")),
    responses(
        (status = 200, description = "The report", body = QualityReport),
        (status = 400, description = "An unknown query parameter", body = Problem,
            content_type = "application/problem+json"),
        (status = 404, description = "No such source", body = Problem,
            content_type = "application/problem+json"),
    )
)]
pub async fn report(
    State(state): State<AppState>,
    name: Result<Path<String>, PathRejection>,
    uri: Uri,
) -> Result<Response, ApiError> {
    let name = super::sources::source_name(name)?;
    no_parameters(&uri)?;
    let report = state
        .pool()
        .read(move |index| Ok(index.quality_report(&name)?))
        .await?;
    json(&report, CACHE_LIVE)
}
