//! The registration requests waiting for the operator's decision, on the operator's page:
//! each with what the live check found, a button to approve it and a form to reject it with a
//! reason (`POST /operator/registrations/{id}/approve` and `…/reject`). Both are admitted by
//! the session ([`Operator`]) from the request's head, and decide through the API's own code
//! ([`approve_request`], [`reject_request`]).

use axum::extract::rejection::{FormRejection, PathRejection};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;
use axum::Form;
use maud::{html, Markup};
use oerdex_index::store::registrations::Registration;
use serde::Deserialize;

use super::display::{format_name, time};
use super::locale::Locale;
use super::operator::{show, Outcome};
use super::session::Operator;
use super::sources::source_href;
use crate::error::ApiError;
use crate::routes::registrations::{approve_request, reject_request, MAX_REASON};
use crate::state::AppState;

/// Waiting requests listed at most (the oldest first, so none waits forever unseen).
const MAX_LISTED: usize = 100;

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

/// The reject form.
#[derive(Default, Deserialize)]
pub struct RejectForm {
    /// Why, in a sentence; optional.
    #[serde(default)]
    reason: String,
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

/// The requests waiting for a decision, each with its approve button and reject form.
pub fn section(loc: &Locale, pending: &[Registration], outcome: &Outcome) -> Markup {
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
        let html = section(&Locale::english(), &pending, &Outcome::Nothing).into_string();
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
}
