//! `GET /api/v1/resources` (search) and `GET /api/v1/resources/{id}` (one resource, as JSON or
//! as AMB (LRMI) JSON-LD).

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, Uri};
use axum::response::Response;
use oerdex_index::model::jsonld;

use crate::error::{ApiError, Problem};
use crate::i18n::{labels, negotiate, Tr};
use crate::params::SearchParams;
use crate::respond::{cacheable, CACHE_RESOURCE, CACHE_SEARCH, JSON, JSON_LD};
use crate::state::AppState;
use oerdex_index::jsonld::LearningResourceLd;
use oerdex_index::{Resource, SearchResults};

/// Longest resource id looked up (ids are 16 hex digits).
const MAX_ID_CHARS: usize = 64;

/// Searches the catalogue.
#[utoipa::path(
    get,
    path = "/api/v1/resources",
    operation_id = "searchResources",
    tag = "resources",
    params(
        SearchParams,
        ("Accept-Language" = Option<String>, Header, description = "Ask for `labels`: facet \
            values (licence families, languages, resource types, levels, accessibility filters) \
            named in a language oerdex ships (ar, zh, en, fr, ru, es, de, pt), chosen by quality \
            values. Values and filters stay ids."),
    ),
    responses(
        (status = 200, description = "One page of matching resources, the total and facet counts \
            (with `labels` when `Accept-Language` names a shipped language)",
            body = SearchResults,
            headers(("ETag" = String, description = "Weak validator of the body"))),
        (status = 304, description = "Not modified (the `If-None-Match` validator still holds)"),
        (status = 400, description = "A bad parameter, named with its allowed values",
            body = Problem, content_type = "application/problem+json"),
        (status = 414, description = "The query string is too long",
            body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn search(
    State(state): State<AppState>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let query = SearchParams::from_uri(&uri)?.into_query();
    let results = state
        .pool()
        .read(move |index| Ok(index.search(&query)?))
        .await?;
    let asked = negotiate::from_headers(&headers);
    let mut response = match asked {
        None => cacheable(&headers, &results, JSON, CACHE_SEARCH)?,
        Some(lang) => {
            let labelled = Labelled {
                labels: labels::search_labels(Tr(lang), &results),
                results: &results,
            };
            cacheable(&headers, &labelled, JSON, CACHE_SEARCH)?
        }
    };
    labels::mark_language(&mut response, asked);
    Ok(response)
}

/// Search results with the labels of their facet values in the language asked for.
#[derive(serde::Serialize)]
struct Labelled<'a> {
    #[serde(flatten)]
    results: &'a oerdex_index::SearchResults,
    labels: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
}

/// One resource with its sources, as JSON, or as AMB (LRMI) JSON-LD with
/// `Accept: application/ld+json` (or the `.jsonld` path).
#[utoipa::path(
    get,
    path = "/api/v1/resources/{id}",
    operation_id = "getResource",
    tag = "resources",
    params(("id" = String, Path, description = "Resource id")),
    responses(
        (status = 200, description = "The resource",
            content(
                (Resource = "application/json"),
                (LearningResourceLd = "application/ld+json"),
            ),
            headers(("ETag" = String, description = "Weak validator of the body"))),
        (status = 304, description = "Not modified"),
        (status = 404, description = "No such resource", body = Problem,
            content_type = "application/problem+json"),
        (status = 410, description = "The resource was withdrawn by every source that held it",
            body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn resource(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let Path(id) = id.map_err(|_| ApiError::NotFound("no such resource".into()))?;
    if let Some(id) = id.strip_suffix(".jsonld") {
        return resource_jsonld(State(state), Path(id.to_string()), headers).await;
    }
    let jsonld = prefers_jsonld(&headers);
    answer(&state, id, jsonld, &headers).await
}

/// One resource as AMB (LRMI) JSON-LD, whatever the `Accept` header says.
#[utoipa::path(
    get,
    path = "/api/v1/resources/{id}.jsonld",
    operation_id = "getResourceJsonLd",
    tag = "resources",
    params(("id" = String, Path, description = "Resource id")),
    responses(
        (status = 200, description = "The resource as AMB (LRMI) JSON-LD", body = LearningResourceLd,
            content_type = "application/ld+json"),
        (status = 304, description = "Not modified"),
        (status = 404, description = "No such resource", body = Problem,
            content_type = "application/problem+json"),
        (status = 410, description = "The resource was withdrawn", body = Problem,
            content_type = "application/problem+json"),
    )
)]
pub async fn resource_jsonld(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    answer(&state, id, true, &headers).await
}

async fn answer(
    state: &AppState,
    id: String,
    jsonld: bool,
    headers: &HeaderMap,
) -> Result<Response, ApiError> {
    if id.is_empty() || id.chars().count() > MAX_ID_CHARS {
        return Err(ApiError::NotFound("no resource with this id".into()));
    }
    let lookup = id.clone();
    let (found, sources) = state
        .pool()
        .read(move |index| Ok((index.resource(&lookup)?, index.sources()?)))
        .await?;
    let resource = match found {
        None => return Err(ApiError::NotFound(format!("no resource with id {id:?}"))),
        Some((_, true)) => return Err(ApiError::Gone(id)),
        Some((resource, false)) => resource,
    };
    let mut response = if jsonld {
        cacheable(
            headers,
            &jsonld::to_jsonld(&resource, &jsonld::source_urls(&sources)),
            JSON_LD,
            CACHE_RESOURCE,
        )?
    } else {
        cacheable(headers, &resource, JSON, CACHE_RESOURCE)?
    };
    // The same URL answers JSON or JSON-LD depending on Accept.
    response
        .headers_mut()
        .append(header::VARY, HeaderValue::from_static("Accept"));
    Ok(response)
}

/// True when the `Accept` header asks for JSON-LD more than for plain JSON.
pub fn prefers_jsonld(headers: &HeaderMap) -> bool {
    let Some(accept) = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let quality = |wanted: &str| -> f32 {
        accept
            .split(',')
            .filter_map(|item| {
                let mut parts = item.split(';');
                let media = parts.next()?.trim();
                if !media.eq_ignore_ascii_case(wanted) {
                    return None;
                }
                let q = parts
                    .filter_map(|p| p.trim().strip_prefix("q="))
                    .find_map(|q| q.trim().parse::<f32>().ok())
                    .unwrap_or(1.0);
                Some(q)
            })
            .fold(0.0, f32::max)
    };
    let ld = quality(JSON_LD);
    ld > 0.0 && ld >= quality(JSON)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_negotiation() {
        let cases = [
            (None, false),
            (Some("application/ld+json"), true),
            (Some("application/json"), false),
            (Some("*/*"), false),
            (Some("application/ld+json;q=0.5, application/json"), false),
            (Some("application/json;q=0.5, application/ld+json"), true),
            (
                Some("application/ld+json; profile=\"http://www.w3.org/ns/json-ld#compacted\""),
                true,
            ),
            (Some("application/ld+json;q=0"), false),
            (Some("text/html, application/LD+JSON"), true),
        ];
        for (accept, expected) in cases {
            let mut headers = HeaderMap::new();
            if let Some(a) = accept {
                headers.insert(header::ACCEPT, HeaderValue::from_static(a));
            }
            assert_eq!(prefers_jsonld(&headers), expected, "{accept:?}");
        }
    }
}
