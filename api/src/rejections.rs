//! The framework's own error answers in the API's shapes.
//!
//! Some requests are refused before a handler can answer in its own words: a body over the size
//! limit (413), a form or JSON body of the wrong media type (415), a body that cannot be read
//! (400), a method a path does not take (405). axum answers those in plain text. This layer
//! turns every error answer that is not already a document of ours into an RFC 9457 problem
//! document, and on `/oai` into an OAI-PMH error document (harvesters read XML), keeping the
//! status and headers such as `Retry-After` and `Allow`.

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::client::Client;
use crate::error::{ApiError, Problem, PROBLEM_JSON};
use crate::state::AppState;

/// Longest framework message read back from a plain-text answer.
const MAX_MESSAGE: usize = 4096;

/// Middleware: rewrites plain error answers (see the module documentation).
pub async fn shape(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let oai = request.uri().path() == "/oai";
    let base_url = oai.then(|| oai_base_url(&state, request.headers(), request.extensions().get()));
    let response = next.run(request).await;
    let status = response.status();
    if !status.is_client_error() && !status.is_server_error() {
        return response;
    }
    let media = media_type(response.headers());
    match base_url {
        Some(base_url) if media != "text/xml" => {
            let (parts, body) = response.into_parts();
            let message = message(status, &media, body).await;
            let code = if status == StatusCode::METHOD_NOT_ALLOWED {
                "badVerb"
            } else {
                "badArgument"
            };
            let clock = state.pool().store().clock();
            let xml = crate::oai::error_document(&*clock, &base_url, code, &message);
            let mut response = (status, xml).into_response();
            keep_headers(&parts.headers, response.headers_mut());
            response.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/xml; charset=utf-8"),
            );
            response
        }
        None if media == "text/plain" || media.is_empty() => {
            let (parts, body) = response.into_parts();
            let message = message(status, &media, body).await;
            let error = match status {
                StatusCode::PAYLOAD_TOO_LARGE => ApiError::InvalidBody {
                    status,
                    message: format!(
                        "the request body is larger than {} KiB",
                        crate::MAX_BODY_BYTES / 1024
                    ),
                },
                StatusCode::UNSUPPORTED_MEDIA_TYPE | StatusCode::BAD_REQUEST => {
                    ApiError::InvalidBody { status, message }
                }
                StatusCode::METHOD_NOT_ALLOWED => ApiError::MethodNotAllowed {
                    method: "this method".into(),
                },
                status if status.is_server_error() => ApiError::internal("framework", message),
                _ => ApiError::InvalidBody { status, message },
            };
            let mut shaped = error.into_response();
            *shaped.status_mut() = status;
            keep_headers(&parts.headers, shaped.headers_mut());
            shaped
                .headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
            shaped
        }
        _ => response,
    }
}

/// The answers to requests the HTTP layer refuses before routing (see
/// [`crate::server::RefusalBody`]): problem documents, and OAI-PMH error documents for `/oai`.
pub fn refusal_body(state: &AppState) -> crate::server::RefusalBody {
    let base_url = state
        .oai()
        .base_url
        .clone()
        .unwrap_or_else(|| "/oai".to_string());
    let clock = state.pool().store().clock();
    std::sync::Arc::new(move |status: StatusCode, path: &str| {
        let (kind, message) = match status {
            StatusCode::URI_TOO_LONG => {
                ("query-too-long", "the request line is longer than 64 KiB")
            }
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE => {
                ("head-too-large", "the request head is too large")
            }
            _ => ("bad-request", "the request could not be read as HTTP/1.1"),
        };
        if path == "/oai" {
            let xml = crate::oai::error_document(&*clock, &base_url, "badArgument", message);
            return ("text/xml; charset=utf-8", xml.into_bytes());
        }
        let problem = Problem {
            kind: format!("urn:oerdex:problem:{kind}"),
            title: status.canonical_reason().unwrap_or("Error").to_string(),
            status: status.as_u16(),
            detail: message.to_string(),
            parameter: None,
            allowed: None,
        };
        (
            PROBLEM_JSON,
            serde_json::to_vec(&problem).unwrap_or_default(),
        )
    })
}

/// The baseURL of `/oai`: configured, else this server as the client addressed it (through
/// trusted proxies).
pub fn oai_base_url(state: &AppState, headers: &HeaderMap, client: Option<&Client>) -> String {
    if let Some(url) = &state.oai().base_url {
        return url.clone();
    }
    let direct = Client {
        ip: std::net::Ipv4Addr::LOCALHOST.into(),
        scheme: None,
        host: None,
    };
    format!("{}/oai", client.unwrap_or(&direct).origin(headers))
}

fn media_type(headers: &HeaderMap) -> String {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase())
        .unwrap_or_default()
}

/// What the answer said: a problem's detail, a plain text, or the status phrase.
async fn message(status: StatusCode, media: &str, body: Body) -> String {
    let bytes = to_bytes(body, MAX_MESSAGE).await.unwrap_or_default();
    let text = if media == PROBLEM_JSON {
        serde_json::from_slice::<serde_json::Value>(&bytes)
            .ok()
            .and_then(|v| v["detail"].as_str().map(str::to_string))
            .unwrap_or_default()
    } else if media.starts_with("text/plain") || media.is_empty() {
        String::from_utf8_lossy(&bytes).trim().to_string()
    } else {
        String::new()
    };
    if text.is_empty() {
        status.canonical_reason().unwrap_or("error").to_string()
    } else {
        text
    }
}

/// Carries over the headers that tell the client what to do next.
fn keep_headers(from: &HeaderMap, to: &mut HeaderMap) {
    for name in [
        header::ALLOW,
        header::RETRY_AFTER,
        header::WWW_AUTHENTICATE,
        header::CACHE_CONTROL,
    ] {
        if let Some(value) = from.get(&name) {
            to.insert(name, value.clone());
        }
    }
}
