//! `GET /api/v1/licenses`: every licence family and id present, with counts and permissions,
//! labelled in the language `Accept-Language` asks for.

use axum::extract::State;
use axum::http::{HeaderMap, Uri};
use axum::response::Response;

use crate::error::ApiError;
use crate::i18n::{labels, negotiate, Tr};
use crate::params::no_parameters;
use crate::respond::{cacheable, CACHE_RESOURCE, JSON};
use crate::state::AppState;
use oerdex_index::store::licenses::LicenseOverview;

/// The licences of the catalogue.
#[utoipa::path(
    get,
    path = "/api/v1/licenses",
    operation_id = "listLicenses",
    tag = "licenses",
    params(
        ("Accept-Language" = Option<String>, Header, description = "The language of the \
            families' `label` and of a `label` for each licence (its name, as the translated \
            Creative Commons deeds give it), among those oerdex ships (ar, zh, en, fr, ru, es, \
            de, pt); without it families are labelled in English and licences have no `label`."),
    ),
    responses(
        (status = 200, description = "Every licence family and id that live resources carry, \
            with counts and what each permits", body = LicenseOverview),
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
    let asked = negotiate::from_headers(&headers);
    let mut response = match asked {
        None => cacheable(&headers, &overview, JSON, CACHE_RESOURCE)?,
        Some(lang) => {
            let labelled = labels::licence_overview(Tr(lang), &overview);
            cacheable(&headers, &labelled, JSON, CACHE_RESOURCE)?
        }
    };
    labels::mark_language(&mut response, asked);
    Ok(response)
}
