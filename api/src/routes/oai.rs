//! `GET /oai` and `POST /oai`: the OAI-PMH 2.0 data provider (see [`crate::oai`]).

use axum::extract::{Form, Query, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;
use crate::oai;
use crate::state::AppState;

/// An OAI-PMH request by GET (arguments in the query string).
pub async fn get(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(args): Query<Vec<(String, String)>>,
) -> Result<Response, ApiError> {
    answer(state, &headers, args).await
}

/// An OAI-PMH request by POST (`application/x-www-form-urlencoded` body), as the protocol allows.
pub async fn post(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(args): Form<Vec<(String, String)>>,
) -> Result<Response, ApiError> {
    answer(state, &headers, args).await
}

async fn answer(
    state: AppState,
    headers: &HeaderMap,
    args: Vec<(String, String)>,
) -> Result<Response, ApiError> {
    let base_url = base_url(&state, headers);
    let config = state.oai().provider.clone();
    let body = state
        .pool()
        .read(move |index| Ok(oai::respond(index, &config, &base_url, &args)?))
        .await?;
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/xml; charset=utf-8"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    Ok(response)
}

/// The baseURL: configured, else this server as the client reached it.
fn base_url(state: &AppState, headers: &HeaderMap) -> String {
    if let Some(url) = &state.oai().base_url {
        return url.clone();
    }
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        })
        .unwrap_or("localhost");
    format!("http://{host}/oai")
}
