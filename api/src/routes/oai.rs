//! `GET /oai` and `POST /oai`: the OAI-PMH 2.0 data provider (see [`crate::oai`]).

use axum::extract::{Form, Query, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Extension;

use crate::client::Client;
use crate::error::ApiError;
use crate::oai;
use crate::rejections::oai_base_url;
use crate::state::AppState;

/// An OAI-PMH request by GET (arguments in the query string).
pub async fn get(
    State(state): State<AppState>,
    headers: HeaderMap,
    client: Option<Extension<Client>>,
    Query(args): Query<Vec<(String, String)>>,
) -> Result<Response, ApiError> {
    let base_url = oai_base_url(&state, &headers, client.as_deref());
    answer(state, base_url, args).await
}

/// An OAI-PMH request by POST (`application/x-www-form-urlencoded` body), as the protocol allows.
pub async fn post(
    State(state): State<AppState>,
    headers: HeaderMap,
    client: Option<Extension<Client>>,
    Form(args): Form<Vec<(String, String)>>,
) -> Result<Response, ApiError> {
    let base_url = oai_base_url(&state, &headers, client.as_deref());
    answer(state, base_url, args).await
}

async fn answer(
    state: AppState,
    base_url: String,
    args: Vec<(String, String)>,
) -> Result<Response, ApiError> {
    let config = state.oai().provider.clone();
    let clock = state.pool().store().clock();
    let body = state
        .pool()
        .read(move |index| Ok(oai::respond(index, &*clock, &config, &base_url, &args)?))
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
