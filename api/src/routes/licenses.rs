//! `GET /api/v1/licenses`: every licence family and id present, with counts and permissions.

use axum::extract::State;
use axum::http::{HeaderMap, Uri};
use axum::response::Response;

use crate::error::ApiError;
use crate::params::no_parameters;
use crate::respond::{cacheable, CACHE_RESOURCE, JSON};
use crate::schema::LicenseOverviewSchema;
use crate::state::AppState;

/// The licences of the catalogue.
#[utoipa::path(
    get,
    path = "/api/v1/licenses",
    operation_id = "listLicenses",
    tag = "licenses",
    responses(
        (status = 200, description = "Every licence family and id that live resources carry, \
            with counts and what each permits", body = LicenseOverviewSchema),
        (status = 304, description = "Not modified"),
    )
)]
pub async fn licenses(
    State(state): State<AppState>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    no_parameters(&uri)?;
    let overview = state
        .pool()
        .read(|index| Ok(index.license_overview()?))
        .await?;
    cacheable(&headers, &overview, JSON, CACHE_RESOURCE)
}
