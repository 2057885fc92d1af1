//! The operator's page (`GET /operator`): signing in with the admin token, the registration
//! requests waiting for a decision ([`super::queue`]), and the form to register a repository at
//! once ([`super::register`]).
//!
//! Signing in (`POST /operator/sign-in`) is the one operator post whose body is read before a
//! check: its announced length is checked first (at most [`SIGN_IN_MAX_BYTES`]), attempts are
//! limited per client, and it starts a session ([`super::session`]). Every other operator post
//! (`/operator/sign-out`, `/operator/sources`, `/operator/registrations/{id}/approve` and
//! `…/reject`) is admitted by the session cookie in its head, or refused before its body is
//! read.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::{FromRequest, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Form};
use maud::{html, Markup};
use oerdex_index::store::registrations::Registration;
use serde::Deserialize;

use super::forms::error_message;
use super::layout::{document, error_page, respond, Section, CACHE_NONE};
use super::locale::Locale;
use super::queue::{self, Decided};
use super::register::{self, RegisterForm, Registered};
use super::session::{
    clear_cookie, cookie, cross_site, refusal_page, set_cookie, Operator, Refusal, Sessions,
    SIGN_IN_MAX_BYTES,
};
use crate::client::Client;
use crate::error::ApiError;
use crate::state::AppState;

/// What the operator just did, shown above the form it came from.
pub enum Outcome {
    /// Nothing: the page as it is.
    Nothing,
    /// Signing in failed.
    SignIn(ApiError),
    /// A request was approved or rejected, or could not be.
    Decision(Result<Decided, ApiError>),
    /// A repository was registered at once, or could not be (with the form as typed).
    Registration(RegisterForm, Result<Registered, ApiError>),
}

/// The sign-in form (the token only; the page's language travels in the action's URL).
#[derive(Default, Deserialize)]
pub struct SignIn {
    /// The admin token (never shown again, never logged).
    #[serde(default)]
    token: String,
}

/// `GET /operator`: the sign-in form, or the queue and the registration form when signed in.
pub async fn page(
    State(state): State<AppState>,
    Extension(sessions): Extension<Arc<Sessions>>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let loc = Locale::from_request(&uri, &headers);
    let operator = Operator::check(&state, &sessions, &headers, Instant::now()).ok();
    show(&state, &loc, operator, Outcome::Nothing, StatusCode::OK).await
}

/// `POST /operator/sign-in`: checks the token and starts a session, then goes to the operator's
/// page (303); a wrong token shows the sign-in form again (403).
pub async fn sign_in(
    State(state): State<AppState>,
    Extension(sessions): Extension<Arc<Sessions>>,
    client: Option<Extension<Client>>,
    request: Request,
) -> Response {
    let loc = Locale::from_request(request.uri(), request.headers());
    let headers = request.headers().clone();
    let client = client.map(|Extension(c)| c);
    if cross_site(&headers) {
        return refusal_page(&loc, Refusal::CrossSite);
    }
    // A body announced larger than a token needs is refused before a byte of it is read.
    let announced = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|length| length > SIGN_IN_MAX_BYTES as u64) {
        let error = ApiError::InvalidBody {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            message: format!("a sign-in form has at most {SIGN_IN_MAX_BYTES} bytes"),
        };
        let mut response = error_page(&loc, &error, Section::Sources);
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
        return response;
    }
    if let Err(retry_after_s) = sessions.attempt(client.as_ref(), Instant::now()) {
        let error = ApiError::TooManyRequests { retry_after_s };
        return refused(&state, &loc, error, StatusCode::TOO_MANY_REQUESTS).await;
    }
    let Some(admin) = state.admin_token().cloned() else {
        return refused(
            &state,
            &loc,
            ApiError::WritesDisabled,
            StatusCode::FORBIDDEN,
        )
        .await;
    };
    let token = match Form::<SignIn>::from_request(request, &state).await {
        Ok(Form(form)) => form.token,
        Err(rejection) => {
            let error = ApiError::InvalidBody {
                status: rejection.status(),
                message: format!("the form could not be read: {}", rejection.body_text()),
            };
            return refused(&state, &loc, error, rejection.status()).await;
        }
    };
    if !admin.matches(token.trim()) {
        tracing::info!("a sign-in to the operator's page with a wrong token");
        return refused(&state, &loc, ApiError::Unauthorized, StatusCode::FORBIDDEN).await;
    }
    let Some(id) = sessions.start(Instant::now()) else {
        let error = ApiError::internal("operator sign-in", "the random source failed");
        return error_page(&loc, &error, Section::Sources);
    };
    let secure = client.is_some_and(|c| c.scheme == Some("https"));
    see_other(&loc.href("/operator"), Some(set_cookie(&id, secure)))
}

/// The sign-in form again, with why signing in failed.
async fn refused(state: &AppState, loc: &Locale, error: ApiError, status: StatusCode) -> Response {
    let retry_after = match &error {
        ApiError::TooManyRequests { retry_after_s } => Some(*retry_after_s),
        _ => None,
    };
    let mut response = show(state, loc, None, Outcome::SignIn(error), status).await;
    if let Some(seconds) = retry_after {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    response
}

/// `POST /operator/sign-out`: ends the session, then goes to the sources page.
pub async fn sign_out(
    Extension(sessions): Extension<Arc<Sessions>>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let loc = Locale::from_request(&uri, &headers);
    if cross_site(&headers) {
        return refusal_page(&loc, Refusal::CrossSite);
    }
    if let Some(id) = cookie(&headers) {
        sessions.end(&id);
    }
    see_other(&loc.href("/sources"), Some(clear_cookie()))
}

/// A 303 to `location`, perhaps setting a cookie.
fn see_other(location: &str, cookie: Option<HeaderValue>) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    if let Ok(location) = HeaderValue::from_str(location) {
        headers.insert(header::LOCATION, location);
    }
    if let Some(cookie) = cookie {
        headers.insert(header::SET_COOKIE, cookie);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(CACHE_NONE));
    response
}

/// The operator's page with the outcome of what was just done.
pub async fn show(
    state: &AppState,
    loc: &Locale,
    operator: Option<Operator>,
    outcome: Outcome,
    status: StatusCode,
) -> Response {
    let pending = match operator {
        Some(_) => state
            .pool()
            .read(|index| Ok(index.registrations(Some("pending"))?))
            .await
            .map(Some),
        None => Ok(None),
    };
    let mut response = match pending {
        Ok(pending) => {
            let markup = render(loc, state, operator, pending.as_deref(), &outcome);
            respond(loc, status, markup, CACHE_NONE)
        }
        Err(error) => error_page(loc, &error, Section::Sources),
    };
    // Nothing here is for search engines.
    response
        .headers_mut()
        .insert("x-robots-tag", HeaderValue::from_static("noindex"));
    response
}

/// The whole page; `pending` is the queue (newest first), given when signed in.
fn render(
    loc: &Locale,
    state: &AppState,
    operator: Option<Operator>,
    pending: Option<&[Registration]>,
    outcome: &Outcome,
) -> Markup {
    let heading = loc.t("operator-heading");
    let body = html! {
        h1 { (heading) }
        @match (operator, pending) {
            (Some(operator), Some(pending)) => {
                (signed_in(loc, operator))
                (queue::section(loc, pending, outcome))
                @match outcome {
                    Outcome::Registration(form, result) => (register::section(loc, form, Some(result))),
                    _ => (register::section(loc, &RegisterForm::default(), None)),
                }
            },
            _ => {
                p.lead { (loc.t("operator-intro")) }
                @if state.admin_token().is_none() {
                    p.notice { (loc.t("operator-disabled")) }
                } @else {
                    (sign_in_form(loc, outcome))
                }
            },
        }
    };
    document(loc, &heading, Section::Sources, body)
}

/// The sign-in form, with what went wrong last time.
fn sign_in_form(loc: &Locale, outcome: &Outcome) -> Markup {
    let error = match outcome {
        Outcome::SignIn(error) => Some(error),
        _ => None,
    };
    let wrong_token = matches!(error, Some(ApiError::Unauthorized));
    let described = if error.is_some() {
        "token-hint sign-in-outcome"
    } else {
        "token-hint"
    };
    html! {
        section.register #sign-in aria-labelledby="sign-in-heading" {
            h2 #sign-in-heading { (loc.t("operator-sign-in-heading")) }
            @if let Some(error) = error {
                div.notice.error #sign-in-outcome role="alert" {
                    p { (error_message(loc, error, "")) }
                }
            }
            form method="post" action=(loc.href("/operator/sign-in")) {
                div.field {
                    label for="token" { (loc.t("operator-token-label")) }
                    input #token type="password" name="token" required autocomplete="current-password"
                        aria-describedby=(described) aria-invalid=[wrong_token.then_some("true")];
                    p.hint #token-hint { (loc.t("operator-token-hint")) }
                }
                button type="submit" { (loc.t("operator-sign-in-button")) }
            }
        }
    }
}

/// How long the session lasts, and the sign-out button.
fn signed_in(loc: &Locale, operator: Operator) -> Markup {
    let left = operator.ends.saturating_duration_since(Instant::now());
    let minutes = left.as_secs().div_ceil(60).max(1);
    html! {
        div.session {
            p { (loc.t_args("operator-session", &[("minutes", minutes.into())])) }
            form method="post" action=(loc.href("/operator/sign-out")) {
                button.secondary type="submit" { (loc.t("operator-sign-out")) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sign_in_form_marks_a_wrong_token_and_shows_nothing_of_it() {
        let html = sign_in_form(&Locale::english(), &Outcome::SignIn(ApiError::Unauthorized))
            .into_string();
        assert!(html.contains(r#"aria-invalid="true""#), "{html}");
        assert!(html.contains(r#"type="password""#));
        assert!(!html.contains("value="), "{html}");
    }
}
