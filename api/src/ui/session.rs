//! The operator's session on the pages: a short-lived cookie that stands for the admin token.
//!
//! # Why a session cookie
//! An operator action on a page (approve, reject, register) is a plain HTML form post, and a
//! form cannot send `Authorization: Bearer …`. The token could travel in the form body (then
//! the body must be read before the token is checked, which lets anyone make the server read
//! 64 KiB per request) or in the form's URL (then it lands in access logs, proxy logs and the
//! browser's history). Instead the operator signs in once with a small form
//! (`POST /operator/sign-in`, its body bounded to [`SIGN_IN_MAX_BYTES`] and the only body read
//! before a check), and gets a random session id in a cookie. Every other operator post is
//! admitted or refused by the [`Operator`] extractor from the request's head alone, before its
//! body is read.
//!
//! # The cookie
//! `oerdex_operator`: 32 random bytes (hex), `HttpOnly` (no script reads it), `SameSite=Strict`
//! (no other site's page sends it along), `Path=/operator` (only the operator's page and its
//! forms receive it), `Max-Age` one hour, and `Secure` when a trusted proxy reports HTTPS. The
//! server keeps only the SHA-256 digest of each live id with its expiry, at most
//! [`MAX_SESSIONS`] at once, in memory: signing out forgets the id at once, and a restart ends
//! every session. Posts a browser marks as coming from another site (`Sec-Fetch-Site`) are
//! refused as well.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use maud::html;
use sha2::{Digest, Sha256};

use super::layout::{document, error_page, respond, Section, CACHE_NONE};
use super::locale::Locale;
use crate::client::Client;
use crate::error::ApiError;
use crate::ratelimit::RateLimiter;
use crate::state::AppState;

/// The cookie's name.
pub const COOKIE: &str = "oerdex_operator";
/// The paths that receive the cookie: the operator's page and its forms.
pub const COOKIE_PATH: &str = "/operator";
/// How long a session lasts from sign-in.
pub const LIFETIME: Duration = Duration::from_secs(3600);
/// Live sessions kept at most; a new one beyond ends the one closest to expiry.
pub const MAX_SESSIONS: usize = 32;
/// Largest sign-in body read (it holds the token and perhaps the language).
pub const SIGN_IN_MAX_BYTES: usize = 1024;
/// Sign-in attempts a minute allowed per client address, right or wrong.
const SIGN_INS_PER_MINUTE: u32 = 10;

/// The live sessions of one server.
pub struct Sessions {
    /// Digest of the session id → when it ends. A std mutex: held for a lookup or an insert,
    /// never across an `.await`.
    live: Mutex<HashMap<[u8; 32], Instant>>,
    sign_ins: RateLimiter,
}

impl Default for Sessions {
    fn default() -> Self {
        Sessions {
            live: Mutex::new(HashMap::new()),
            sign_ins: RateLimiter::new(SIGN_INS_PER_MINUTE),
        }
    }
}

impl std::fmt::Debug for Sessions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sessions(<redacted>)")
    }
}

fn digest(id: &str) -> [u8; 32] {
    Sha256::digest(id.as_bytes()).into()
}

impl Sessions {
    /// Starts a session at `now`: its id, for the cookie. `None` when the system's random
    /// source fails (then nobody signs in).
    pub fn start(&self, now: Instant) -> Option<String> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).ok()?;
        let id: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        let mut live = self.live.lock().unwrap_or_else(|e| e.into_inner());
        live.retain(|_, ends| *ends > now);
        if live.len() >= MAX_SESSIONS {
            if let Some(first) = live.iter().min_by_key(|(_, ends)| **ends).map(|(k, _)| *k) {
                live.remove(&first);
            }
        }
        live.insert(digest(&id), now + LIFETIME);
        Some(id)
    }

    /// When the session `id` ends, if it is live at `now`.
    pub fn check(&self, id: &str, now: Instant) -> Option<Instant> {
        let live = self.live.lock().unwrap_or_else(|e| e.into_inner());
        live.get(&digest(id)).copied().filter(|ends| *ends > now)
    }

    /// Ends the session `id`.
    pub fn end(&self, id: &str) {
        let mut live = self.live.lock().unwrap_or_else(|e| e.into_inner());
        live.remove(&digest(id));
    }

    /// Counts a sign-in attempt by `client`; `Err(seconds)` when it has tried too often.
    pub fn attempt(&self, client: Option<&Client>, now: Instant) -> Result<(), u64> {
        match client {
            Some(client) => self.sign_ins.check(client.ip, now),
            None => Ok(()),
        }
    }
}

/// The session id a request's cookies carry, if any.
pub fn cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.trim().to_string())
        .filter(|value| value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The `Set-Cookie` value that keeps session `id` (`Secure` when the client reached us over
/// HTTPS, as a trusted proxy reports it).
pub fn set_cookie(id: &str, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let value = format!(
        "{COOKIE}={id}; Path={COOKIE_PATH}; Max-Age={}; HttpOnly; SameSite=Strict{secure}",
        LIFETIME.as_secs()
    );
    HeaderValue::from_str(&value).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The `Set-Cookie` value that removes the cookie.
pub fn clear_cookie() -> HeaderValue {
    HeaderValue::from_static(
        "oerdex_operator=; Path=/operator; Max-Age=0; HttpOnly; SameSite=Strict",
    )
}

/// True when a browser says the request comes from another site's page (`Sec-Fetch-Site`
/// `cross-site` or `same-site`); requests without the header (other clients, older
/// browsers, which `SameSite=Strict` covers) pass.
pub fn cross_site(headers: &HeaderMap) -> bool {
    headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|site| !matches!(site, "same-origin" | "none"))
}

/// The operator's session, checked from the request's head (see the module documentation):
/// put it before any body extractor, and a refused request's body is never read.
#[derive(Debug, Clone, Copy)]
pub struct Operator {
    /// When the session ends.
    pub ends: Instant,
}

/// Why an operator request was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No admin token is configured: there is no operator.
    Disabled,
    /// Another site's page sent the request.
    CrossSite,
    /// No session, or an ended one.
    SignedOut,
}

impl Operator {
    /// Checks the head of a request against the live sessions.
    pub fn check(
        state: &AppState,
        sessions: &Sessions,
        headers: &HeaderMap,
        now: Instant,
    ) -> Result<Operator, Refusal> {
        if state.admin_token().is_none() {
            return Err(Refusal::Disabled);
        }
        if cross_site(headers) {
            return Err(Refusal::CrossSite);
        }
        cookie(headers)
            .and_then(|id| sessions.check(&id, now))
            .map(|ends| Operator { ends })
            .ok_or(Refusal::SignedOut)
    }
}

impl FromRequestParts<AppState> for Operator {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let loc = Locale::from_request(&parts.uri, &parts.headers);
        let Some(sessions) = parts.extensions.get::<Arc<Sessions>>() else {
            let error = ApiError::internal("operator", "the pages' router has no sessions");
            return Err(error_page(&loc, &error, Section::Sources));
        };
        Operator::check(state, sessions, &parts.headers, Instant::now())
            .map_err(|refusal| refusal_page(&loc, refusal))
    }
}

/// The page for a refused operator request: 403, what to do, a link to sign in.
pub fn refusal_page(loc: &Locale, refusal: Refusal) -> Response {
    let (heading, text) = match refusal {
        Refusal::Disabled => ("operator-disabled-heading", "operator-disabled"),
        Refusal::CrossSite => ("operator-refused-heading", "operator-cross-site"),
        Refusal::SignedOut => ("operator-refused-heading", "operator-signed-out"),
    };
    let heading = loc.t(heading);
    let markup = document(
        loc,
        &heading,
        Section::Sources,
        html! {
            h1 { (heading) }
            p.notice.error role="alert" { (loc.t(text)) }
            p { a href=(loc.href("/operator")) { (loc.t("operator-go-sign-in")) } }
        },
    );
    let mut response = respond(loc, StatusCode::FORBIDDEN, markup, CACHE_NONE);
    // The body announced is never read: tell the client the connection ends here.
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn a_session_lives_for_its_lifetime_and_ends_when_signed_out() {
        let sessions = Sessions::default();
        let now = Instant::now();
        let id = sessions.start(now).unwrap();
        assert_eq!(id.len(), 64);
        assert_eq!(sessions.check(&id, now), Some(now + LIFETIME));
        assert!(sessions.check(&id, now + LIFETIME).is_none(), "expired");
        assert!(sessions.check(&"0".repeat(64), now).is_none(), "unknown");
        sessions.end(&id);
        assert!(sessions.check(&id, now).is_none(), "signed out");
        assert_ne!(sessions.start(now), sessions.start(now), "ids are random");
    }

    #[test]
    fn sessions_are_bounded() {
        let sessions = Sessions::default();
        let start = Instant::now();
        let first = sessions.start(start).unwrap();
        for i in 1..=MAX_SESSIONS as u64 {
            sessions.start(start + Duration::from_millis(i)).unwrap();
        }
        assert!(
            sessions.check(&first, start).is_none(),
            "the oldest gave way"
        );
        assert_eq!(sessions.live.lock().unwrap().len(), MAX_SESSIONS);
    }

    #[test]
    fn the_cookie_is_read_among_others_and_must_look_like_an_id() {
        let id = "ab".repeat(32);
        let h = headers(&[("cookie", &format!("a=1; {COOKIE}={id}; b=2"))]);
        assert_eq!(cookie(&h).as_deref(), Some(id.as_str()));
        let h = headers(&[("cookie", "a=1"), ("cookie", &format!("{COOKIE}={id}"))]);
        assert_eq!(cookie(&h).as_deref(), Some(id.as_str()));
        for bad in ["", "short", &"zz".repeat(32), &"ab".repeat(40)] {
            let h = headers(&[("cookie", &format!("{COOKIE}={bad}"))]);
            assert_eq!(cookie(&h), None, "{bad}");
        }
        let set = set_cookie(&id, true);
        let set = set.to_str().unwrap();
        for part in [
            "HttpOnly",
            "SameSite=Strict",
            "Path=/operator",
            "Secure",
            "Max-Age=3600",
        ] {
            assert!(set.contains(part), "{set}");
        }
        assert!(!set_cookie(&id, false).to_str().unwrap().contains("Secure"));
    }

    #[test]
    fn sign_in_attempts_are_limited_per_client() {
        let sessions = Sessions::default();
        let client = Client {
            ip: "192.0.2.7".parse().unwrap(),
            scheme: None,
            host: None,
        };
        let other = Client {
            ip: "192.0.2.8".parse().unwrap(),
            ..client.clone()
        };
        let now = Instant::now();
        for _ in 0..SIGN_INS_PER_MINUTE {
            assert!(sessions.attempt(Some(&client), now).is_ok());
        }
        assert!(
            sessions.attempt(Some(&client), now).is_err(),
            "one too many"
        );
        assert!(
            sessions.attempt(Some(&other), now).is_ok(),
            "others may still try"
        );
        assert!(
            sessions
                .attempt(Some(&client), now + Duration::from_secs(60))
                .is_ok(),
            "a minute later"
        );
    }

    #[test]
    fn posts_from_other_sites_are_told_apart() {
        assert!(cross_site(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(cross_site(&headers(&[("sec-fetch-site", "same-site")])));
        assert!(!cross_site(&headers(&[("sec-fetch-site", "same-origin")])));
        assert!(!cross_site(&headers(&[])));
    }
}
