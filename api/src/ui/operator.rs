//! The operator's page (`GET /operator`): signing in with the admin token, the registration
//! requests waiting for a decision with a button to approve and a form to reject each, and the
//! form to register a repository at once ([`super::register`]).
//!
//! Signing in (`POST /operator/sign-in`) is the one operator post whose body is read before a
//! check: its announced length is checked first (at most [`SIGN_IN_MAX_BYTES`]), attempts are
//! limited per client, and it starts a session ([`super::session`]). Every other operator post
//! (`/operator/sign-out`, `/operator/sources`, `/operator/registrations/{id}/approve` and
//! `…/reject`) is admitted by the session cookie in its head, or refused before its body is
//! read. Approving and rejecting go through the API's own code
//! ([`crate::routes::registrations::approve_request`], [`…::reject_request`](crate::routes::registrations::reject_request)).

use std::sync::Arc;
use std::time::Instant;

use axum::extract::rejection::{FormRejection, PathRejection};
use axum::extract::{FromRequest, Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Form};
use maud::{html, Markup};
use oerdex_index::registrations::Registration;
use serde::Deserialize;

use super::display::{format_name, time};
use super::forms::error_message;
use super::layout::{document, error_page, respond, Section, CACHE_NONE};
use super::locale::Locale;
use super::register::{self, RegisterForm, Registered};
use super::session::{
    clear_cookie, cookie, cross_site, refusal_page, set_cookie, Operator, Refusal, Sessions,
    SIGN_IN_MAX_BYTES,
};
use super::sources::source_href;
use crate::client::Client;
use crate::error::ApiError;
use crate::routes::registrations::{approve_request, reject_request, MAX_REASON};
use crate::state::AppState;

/// Waiting requests listed at most (the oldest first, so none waits forever unseen).
const MAX_LISTED: usize = 100;

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

/// A decided request.
pub enum Decided {
    /// Approved: the new source's name.
    Approved {
        /// The source's name.
        name: String,
    },
    /// Rejected: the request's number and name.
    Rejected {
        /// The request's number.
        id: i64,
        /// The source name it asked for.
        name: String,
    },
}

/// The sign-in form (the token only; the page's language travels in the action's URL).
#[derive(Default, Deserialize)]
pub struct SignIn {
    /// The admin token (never shown again, never logged).
    #[serde(default)]
    token: String,
}

/// The reject form.
#[derive(Default, Deserialize)]
pub struct RejectForm {
    /// Why, in a sentence; optional.
    #[serde(default)]
    reason: String,
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
        let mut response = show(
            &state,
            &loc,
            None,
            Outcome::SignIn(error),
            StatusCode::TOO_MANY_REQUESTS,
        )
        .await;
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(retry_after_s));
        return response;
    }
    let token = match Form::<SignIn>::from_request(request, &state).await {
        Ok(Form(form)) => form.token,
        Err(rejection) => {
            let error = ApiError::InvalidBody {
                status: rejection.status(),
                message: format!("the form could not be read: {}", rejection.body_text()),
            };
            let status = error.status_code();
            return show(&state, &loc, None, Outcome::SignIn(error), status).await;
        }
    };
    let Some(admin) = state.admin_token() else {
        let error = ApiError::WritesDisabled;
        return show(
            &state,
            &loc,
            None,
            Outcome::SignIn(error),
            StatusCode::FORBIDDEN,
        )
        .await;
    };
    if !admin.matches(token.trim()) {
        tracing::info!("a sign-in to the operator's page with a wrong token");
        let error = ApiError::Unauthorized;
        return show(
            &state,
            &loc,
            None,
            Outcome::SignIn(error),
            StatusCode::FORBIDDEN,
        )
        .await;
    }
    let Some(id) = sessions.start(Instant::now()) else {
        let error = ApiError::internal("operator sign-in", "the random source failed");
        return error_page(&loc, &error, Section::Sources);
    };
    let secure = client.is_some_and(|c| c.scheme == Some("https"));
    see_other(&loc.href("/operator"), Some(set_cookie(&id, secure)))
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

/// `POST /operator/registrations/{id}/approve`.
pub async fn approve(
    operator: Operator,
    State(state): State<AppState>,
    uri: Uri,
    headers: HeaderMap,
    id: Result<Path<i64>, PathRejection>,
) -> Response {
    let loc = Locale::from_request(&uri, &headers);
    let decided = match request_id(id) {
        Ok(id) => approve_request(&state, id)
            .await
            .map(|view| Decided::Approved { name: view.name }),
        Err(error) => Err(error),
    };
    let status = match &decided {
        Ok(_) => StatusCode::CREATED,
        Err(error) => error.status_code(),
    };
    show(
        &state,
        &loc,
        Some(operator),
        Outcome::Decision(decided),
        status,
    )
    .await
}

/// `POST /operator/registrations/{id}/reject`, with an optional reason.
pub async fn reject(
    operator: Operator,
    State(state): State<AppState>,
    uri: Uri,
    headers: HeaderMap,
    id: Result<Path<i64>, PathRejection>,
    form: Result<Form<RejectForm>, FormRejection>,
) -> Response {
    let loc = Locale::from_request(&uri, &headers);
    let decided = match (request_id(id), form) {
        (Ok(id), Ok(Form(form))) => reject_request(&state, id, Some(form.reason))
            .await
            .map(|r| Decided::Rejected {
                id: r.id,
                name: r.name,
            }),
        (Err(error), _) => Err(error),
        (_, Err(rejection)) => Err(ApiError::InvalidBody {
            status: rejection.status(),
            message: format!("the form could not be read: {}", rejection.body_text()),
        }),
    };
    let status = match &decided {
        Ok(_) => StatusCode::OK,
        Err(error) => error.status_code(),
    };
    show(
        &state,
        &loc,
        Some(operator),
        Outcome::Decision(decided),
        status,
    )
    .await
}

fn request_id(id: Result<Path<i64>, PathRejection>) -> Result<i64, ApiError> {
    match id {
        Ok(Path(id)) if id > 0 => Ok(id),
        _ => Err(ApiError::NotFound("no such registration request".into())),
    }
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
                (queue(loc, pending, outcome))
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

/// The requests waiting for a decision, each with its approve button and reject form.
fn queue(loc: &Locale, pending: &[Registration], outcome: &Outcome) -> Markup {
    let tr = loc.tr();
    // Oldest first: the queue's order.
    let listed: Vec<&Registration> = pending.iter().rev().take(MAX_LISTED).collect();
    html! {
        section #queue aria-labelledby="queue-heading" {
            h2 #queue-heading { (loc.t_args("queue-heading", &[("count", (pending.len() as u64).into())])) }
            @if let Outcome::Decision(decided) = outcome { (decision_box(loc, decided)) }
            @if pending.is_empty() {
                p { (loc.t("queue-empty")) }
            } @else {
                p { (loc.t("queue-intro")) }
                @if pending.len() > listed.len() {
                    p.notice { (loc.t_args("queue-more", &[("shown", (listed.len() as u64).into())])) }
                }
                ol.requests {
                    @for r in listed {
                        @let heading = format!("request-{}-heading", r.id);
                        li.request #{ "request-" (r.id) } aria-labelledby=(heading) {
                            h3 #(heading) {
                                (loc.rich("request-heading", &[("id", r.id.into())], &[("name", html! { bdi { (r.name) } })]))
                            }
                            dl.facts {
                                div { dt { (loc.t("register-label-url")) } dd { code dir="ltr" { (r.url) } } }
                                @if let Some(repository) = &r.repository_name {
                                    div { dt { (loc.t("propose-repository")) } dd { bdi { (repository) } } }
                                }
                                div { dt { (loc.t("source-format")) } dd { bdi { (format_name(tr, &r.metadata_prefix)) } } }
                                div {
                                    dt { (loc.t("register-label-contact-email")) }
                                    dd { a href={ "mailto:" (r.contact) } dir="ltr" { (r.contact) } }
                                }
                                div { dt { (loc.t("propose-submitted")) } dd { (time(tr, &r.submitted_at)) } }
                            }
                            (decision_forms(loc, r))
                        }
                    }
                }
            }
        }
    }
}

/// The approve button and the reject form of one request; each control names the request.
fn decision_forms(loc: &Locale, r: &Registration) -> Markup {
    let which = html! { span.visually-hidden { " " (loc.t_args("request-which", &[("id", r.id.into())])) } };
    let reason = format!("reason-{}", r.id);
    html! {
        div.decide {
            form.approve method="post" action=(loc.href(&format!("/operator/registrations/{}/approve", r.id))) {
                button type="submit" { (loc.t("request-approve")) (which) }
            }
            form.reject method="post" action=(loc.href(&format!("/operator/registrations/{}/reject", r.id))) {
                div.field {
                    label for=(reason) { (loc.t("request-reason")) (which) }
                    textarea id=(reason) name="reason" rows="2" maxlength=(MAX_REASON) dir="auto" {}
                }
                button.secondary type="submit" { (loc.t("request-reject")) (which) }
            }
        }
    }
}

/// The outcome of a decision.
fn decision_box(loc: &Locale, decided: &Result<Decided, ApiError>) -> Markup {
    let english = |text: &str| html! { span lang="en" dir="ltr" { (text) } };
    match decided {
        Ok(Decided::Approved { name }) => html! {
            div.notice.success #decision-outcome role="status" {
                p {
                    (loc.rich("request-approved", &[], &[(
                        "name",
                        html! { a href=(source_href(loc, name)) { bdi { (name) } } },
                    )]))
                }
            }
        },
        Ok(Decided::Rejected { id, name }) => html! {
            div.notice.success #decision-outcome role="status" {
                p { (loc.rich("request-rejected", &[("id", (*id).into())], &[("name", html! { bdi { (name) } })])) }
            }
        },
        Err(ApiError::NotFound(_)) => html! {
            div.notice.error #decision-outcome role="alert" { p { (loc.t("request-not-found")) } }
        },
        Err(error) => html! {
            div.notice.error #decision-outcome role="alert" {
                p { (loc.rich("request-failed", &[], &[("detail", english(&error.problem().detail))])) }
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(id: i64, name: &str) -> Registration {
        Registration {
            id,
            name: name.into(),
            url: "https://oer.example.org/oai".into(),
            contact: "team@example.org".into(),
            submitted_at: "2026-01-02T03:04:05Z".into(),
            status: "pending".into(),
            decided_at: None,
            reason: None,
            repository_name: Some("<b>Example</b> OER".into()),
            metadata_prefix: "oai_dc".into(),
        }
    }

    #[test]
    fn each_request_has_its_own_forms_and_names_itself() {
        let pending = [request(2, "second"), request(1, "first")];
        let html = queue(&Locale::english(), &pending, &Outcome::Nothing).into_string();
        // Oldest first.
        assert!(html.find("request-1").unwrap() < html.find("request-2").unwrap());
        assert!(
            html.contains(r#"action="/operator/registrations/1/approve""#),
            "{html}"
        );
        assert!(
            html.contains(r#"action="/operator/registrations/2/reject""#),
            "{html}"
        );
        assert!(
            html.contains("&lt;b&gt;Example&lt;/b&gt; OER"),
            "escaped: {html}"
        );
        assert!(html.contains(r#"href="mailto:team@example.org""#));
        assert!(html.contains("(request 2)"), "{html}");
    }

    #[test]
    fn decisions_are_told_in_words() {
        let loc = Locale::english();
        let gone = Decided::Rejected {
            id: 7,
            name: "gone".into(),
        };
        let rejected = decision_box(&loc, &Ok(gone)).into_string();
        assert!(rejected.contains("Rejected request 7"), "{rejected}");
        let missing = decision_box(&loc, &Err(ApiError::NotFound("x".into()))).into_string();
        assert!(missing.contains("role=\"alert\""), "{missing}");
        let decided = decision_box(
            &loc,
            &Err(ApiError::Conflict(
                "registration request 7 was approved already".into(),
            )),
        )
        .into_string();
        assert!(decided.contains("was approved already"), "{decided}");
    }

    #[test]
    fn the_sign_in_form_marks_a_wrong_token_and_shows_nothing_of_it() {
        let html = sign_in_form(&Locale::english(), &Outcome::SignIn(ApiError::Unauthorized))
            .into_string();
        assert!(html.contains(r#"aria-invalid="true""#), "{html}");
        assert!(html.contains(r#"type="password""#));
        assert!(!html.contains("value="), "{html}");
    }
}
