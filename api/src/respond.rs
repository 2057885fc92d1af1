//! Successful answers: JSON bodies with the `Cache-Control` that fits each endpoint, and for
//! cacheable ones an `ETag` with `If-None-Match` handling (304 Not Modified).
//!
//! ETags are weak (`W/"…"`, a digest of the JSON body): the compression layer may send the same
//! JSON gzip- or brotli-encoded, and a weak validator stays true across content codings.

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::ApiError;

/// `application/json`.
pub const JSON: &str = "application/json";
/// `application/ld+json` (AMB, LRMI JSON-LD).
pub const JSON_LD: &str = "application/ld+json";

/// Search results: change with every harvest, fine to reuse for a minute.
pub const CACHE_SEARCH: &str = "public, max-age=60";
/// One resource, the licence overview: change rarely.
pub const CACHE_RESOURCE: &str = "public, max-age=300";
/// The OpenAPI document: changes only with a new build.
pub const CACHE_STATIC: &str = "public, max-age=3600";
/// Sources and harvest history: may be stored, but must be checked each time.
pub const CACHE_LIVE: &str = "no-cache";
/// Health, metrics, admin answers: never stored.
pub const CACHE_NONE: &str = "no-store";

/// A JSON answer with status 200, without a validator.
pub fn json<T: Serialize>(value: &T, cache_control: &'static str) -> Result<Response, ApiError> {
    json_status(StatusCode::OK, value, cache_control)
}

/// A JSON answer with the given status, without a validator.
pub fn json_status<T: Serialize>(
    status: StatusCode,
    value: &T,
    cache_control: &'static str,
) -> Result<Response, ApiError> {
    let body = serde_json::to_vec(value)?;
    let mut response = (status, body).into_response();
    set(&mut response, JSON, cache_control);
    Ok(response)
}

/// A cacheable JSON answer: 200 with an `ETag`, or 304 when the request's `If-None-Match`
/// already names it.
pub fn cacheable<T: Serialize>(
    request: &HeaderMap,
    value: &T,
    content_type: &'static str,
    cache_control: &'static str,
) -> Result<Response, ApiError> {
    let body = serde_json::to_vec(value)?;
    let tag = etag(&body);
    let not_modified = request
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| none_match(v, &tag));
    let mut response = if not_modified {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        body.into_response()
    };
    set(&mut response, content_type, cache_control);
    if not_modified {
        response.headers_mut().remove(header::CONTENT_TYPE);
    }
    if let Ok(value) = HeaderValue::from_str(&tag) {
        response.headers_mut().insert(header::ETAG, value);
    }
    Ok(response)
}

fn set(response: &mut Response, content_type: &'static str, cache_control: &'static str) {
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(cache_control),
    );
}

/// The weak entity tag of a body.
pub fn etag(body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!("W/\"{hex}\"")
}

/// True when an `If-None-Match` value names `tag` (weak comparison, RFC 9110 13.1.2) or is `*`.
pub fn none_match(if_none_match: &str, tag: &str) -> bool {
    let opaque = |t: &str| t.trim().trim_start_matches("W/").to_string();
    let ours = opaque(tag);
    if_none_match
        .split(',')
        .any(|candidate| candidate.trim() == "*" || opaque(candidate) == ours)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_none_match_uses_weak_comparison() {
        let tag = etag(b"{\"a\":1}");
        assert!(tag.starts_with("W/\"") && tag.ends_with('"') && tag.len() == 36);
        let strong = tag.trim_start_matches("W/");
        let cases = [
            (tag.clone(), true),
            (strong.to_string(), true),
            (format!("\"other\", {tag}"), true),
            ("*".to_string(), true),
            ("\"other\"".to_string(), false),
            (String::new(), false),
        ];
        for (header, expected) in cases {
            assert_eq!(none_match(&header, &tag), expected, "{header}");
        }
        assert_ne!(etag(b"{\"a\":1}"), etag(b"{\"a\":2}"));
    }

    #[test]
    fn a_matching_validator_gives_304_without_a_body() {
        let value = serde_json::json!({"a": 1});
        let first = cacheable(&HeaderMap::new(), &value, JSON, CACHE_RESOURCE).unwrap();
        assert_eq!(first.status(), 200);
        let tag = first.headers()[header::ETAG].clone();
        let mut request = HeaderMap::new();
        request.insert(header::IF_NONE_MATCH, tag.clone());
        let second = cacheable(&request, &value, JSON, CACHE_RESOURCE).unwrap();
        assert_eq!(second.status(), 304);
        assert_eq!(second.headers()[header::ETAG], tag);
        assert_eq!(second.headers()[header::CACHE_CONTROL], CACHE_RESOURCE);
    }
}
