//! The admin token that guards write endpoints (`Authorization: Bearer <token>`).
//!
//! The configured token is kept only as its SHA-256 digest, and a presented token is hashed and
//! compared with [`subtle`] in constant time, so neither the comparison's timing nor the token's
//! length tells an attacker anything. The token is never logged: [`AdminToken`]'s `Debug` is
//! redacted and the request log does not record headers.

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::error::ApiError;
use crate::state::AppState;

/// The admin token, as its digest.
#[derive(Clone)]
pub struct AdminToken {
    digest: [u8; 32],
}

impl AdminToken {
    /// Keeps `token` for later checks; `None` for an empty token (writes stay disabled).
    pub fn new(token: &str) -> Option<Self> {
        (!token.is_empty()).then(|| AdminToken {
            digest: Sha256::digest(token.as_bytes()).into(),
        })
    }

    /// True when `presented` is the token (constant time).
    pub fn matches(&self, presented: &str) -> bool {
        let digest: [u8; 32] = Sha256::digest(presented.as_bytes()).into();
        digest.ct_eq(&self.digest).into()
    }
}

impl std::fmt::Debug for AdminToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AdminToken(<redacted>)")
    }
}

/// Checks an `Authorization` header value against the configured token.
pub fn authorize(configured: Option<&AdminToken>, header: Option<&str>) -> Result<(), ApiError> {
    let Some(token) = configured else {
        return Err(ApiError::WritesDisabled);
    };
    let presented = header
        .and_then(|value| {
            let (scheme, rest) = value.trim().split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then(|| rest.trim())
        })
        .ok_or(ApiError::Unauthorized)?;
    if token.matches(presented) {
        Ok(())
    } else {
        Err(ApiError::Unauthorized)
    }
}

/// Extractor that admits only requests carrying the admin token; put it first in a handler's
/// arguments so the check runs before the body is read.
#[derive(Debug, Clone, Copy)]
pub struct Admin;

impl FromRequestParts<AppState> for Admin {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let header = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok());
        authorize(state.admin_token(), header).map(|()| Admin)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_right_bearer_token_passes() {
        let token = AdminToken::new("s3cret-token");
        let cases: [(Option<&str>, bool); 8] = [
            (Some("Bearer s3cret-token"), true),
            (Some("bearer s3cret-token"), true),
            (Some("Bearer  s3cret-token "), true),
            (Some("Bearer s3cret-tokeN"), false),
            (Some("Bearer s3cret"), false),
            (Some("Basic s3cret-token"), false),
            (Some("s3cret-token"), false),
            (None, false),
        ];
        for (header, ok) in cases {
            let outcome = authorize(token.as_ref(), header);
            assert_eq!(outcome.is_ok(), ok, "{header:?}");
            if !ok {
                assert!(matches!(outcome, Err(ApiError::Unauthorized)));
            }
        }
    }

    #[test]
    fn without_a_configured_token_writes_are_disabled() {
        assert!(AdminToken::new("").is_none());
        assert!(matches!(
            authorize(None, Some("Bearer anything")),
            Err(ApiError::WritesDisabled)
        ));
    }

    #[test]
    fn the_token_never_shows_in_debug_output() {
        let token = AdminToken::new("s3cret-token").unwrap();
        assert!(!format!("{token:?}").contains("s3cret"));
    }
}
