//! Proposing a repository from the sources page: anyone fills in a name, the OAI-PMH base URL
//! and a contact address (`POST /registrations`), and the request joins the queue the operator
//! decides on, through the very code of `POST /api/v1/registrations`
//! ([`crate::routes::registrations::queue`]): the same checks of the fields, the same live check
//! of the repository under the harvester's address rules, the same per-client limit. A queued
//! request gets a page of its own saying what happens next; a refused one shows the sources page
//! again with the form as typed and what went wrong.

use axum::extract::rejection::FormRejection;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::Response;
use axum::{Extension, Form};
use maud::{html, Markup};
use oerdex_index::store::registrations::Registration;
use serde::Deserialize;

use super::display::{format_name, time};
use super::forms::{error_message, field, field_in_error, Field};
use super::layout::{document, respond, Section, CACHE_NONE};
use super::locale::Locale;
use crate::client::Client;
use crate::error::ApiError;
use crate::routes::registrations::{queue, Submission};
use crate::state::AppState;

/// The proposal form's fields, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ProposalForm {
    /// Short unique name.
    #[serde(default)]
    pub name: String,
    /// OAI-PMH base URL.
    #[serde(default)]
    pub url: String,
    /// Whom the operator may write to.
    #[serde(default)]
    pub contact_email: String,
}

const FIELDS: [Field; 3] = [
    Field {
        name: "name",
        kind: "text",
        required: true,
        autocomplete: "off",
    },
    Field {
        name: "url",
        kind: "url",
        required: true,
        autocomplete: "url",
    },
    Field {
        name: "contact_email",
        kind: "email",
        required: true,
        autocomplete: "email",
    },
];

impl ProposalForm {
    fn value(&self, field: &str) -> &str {
        match field {
            "name" => &self.name,
            "url" => &self.url,
            "contact_email" => &self.contact_email,
            _ => "",
        }
    }

    fn submission(&self) -> Submission {
        Submission {
            name: self.name.trim().to_string(),
            url: self.url.trim().to_string(),
            contact_email: self.contact_email.trim().to_string(),
            metadata_prefix: None,
            sets: Vec::new(),
            default_license: None,
        }
    }
}

/// `POST /registrations`: queues a proposed repository after its live check.
pub async fn submit(
    State(state): State<AppState>,
    client: Option<Extension<Client>>,
    uri: Uri,
    headers: HeaderMap,
    form: Result<Form<ProposalForm>, FormRejection>,
) -> Response {
    let loc = Locale::from_request(&uri, &headers);
    let form = match form {
        Ok(Form(form)) => form,
        Err(rejection) => {
            let error = ApiError::InvalidBody {
                status: StatusCode::BAD_REQUEST,
                message: format!("the form could not be read: {}", rejection.body_text()),
            };
            return refused(&state, &loc, &ProposalForm::default(), &error).await;
        }
    };
    let client = client.as_ref().map(|Extension(c)| c);
    match queue(&state, client, form.submission()).await {
        Ok(queued) => respond(
            &loc,
            StatusCode::ACCEPTED,
            result_page(&loc, &queued),
            CACHE_NONE,
        ),
        Err(error) => refused(&state, &loc, &form, &error).await,
    }
}

/// The sources page again, with the form as typed and what went wrong.
async fn refused(
    state: &AppState,
    loc: &Locale,
    form: &ProposalForm,
    error: &ApiError,
) -> Response {
    if let ApiError::Internal { context, source } = error {
        tracing::error!(status = %error.status_code(), "{context}: {source}");
    }
    let mut response = super::sources::show(
        state,
        loc,
        form,
        Some(error),
        error.status_code(),
        CACHE_NONE,
    )
    .await;
    if let ApiError::TooManyRequests { retry_after_s } = error {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(*retry_after_s));
    }
    response
}

/// The "Propose a repository" section of the sources page.
pub fn section(loc: &Locale, form: &ProposalForm, error: Option<&ApiError>) -> Markup {
    let invalid = error.and_then(field_in_error);
    html! {
        section.register #propose aria-labelledby="propose-heading" {
            h2 #propose-heading { (loc.t("propose-heading")) }
            p { (loc.t("propose-intro")) }
            @if let Some(error) = error {
                div.notice.error #propose-outcome role="alert" {
                    p { (error_message(loc, error, &form.name)) }
                }
            }
            form method="post" action=(loc.href("/registrations")) {
                @for f in &FIELDS {
                    (field(loc, "propose", f, form.value(f.name), invalid == Some(f.name), "propose-outcome"))
                }
                button type="submit" { (loc.t("propose-button")) }
            }
        }
    }
}

/// The page saying a proposal is queued and what happens next.
fn result_page(loc: &Locale, queued: &Registration) -> Markup {
    let tr = loc.tr();
    let heading = loc.t("propose-queued-heading");
    let body = html! {
        h1 { (heading) }
        div.notice.success #propose-outcome role="status" {
            p {
                (loc.rich("propose-queued", &[("id", queued.id.into())], &[
                    ("name", html! { bdi { (queued.name) } }),
                ]))
            }
        }
        dl.details {
            div { dt { (loc.t("propose-number")) } dd { (loc.num(queued.id.unsigned_abs())) } }
            div { dt { (loc.t("register-label-name")) } dd { bdi { (queued.name) } } }
            div { dt { (loc.t("register-label-url")) } dd { code dir="ltr" { (queued.url) } } }
            @if let Some(repository) = &queued.repository_name {
                div { dt { (loc.t("propose-repository")) } dd { bdi { (repository) } } }
            }
            div { dt { (loc.t("source-format")) } dd { bdi { (format_name(tr, &queued.metadata_prefix)) } } }
            div { dt { (loc.t("register-label-contact-email")) } dd { bdi { (queued.contact) } } }
            div { dt { (loc.t("propose-submitted")) } dd { (time(tr, &queued.submitted_at)) } }
        }
        p { (loc.t("propose-next")) }
        p { a href=(loc.href("/sources")) { (loc.t("propose-back")) } }
    };
    document(loc, &heading, Section::Sources, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_keeps_what_was_typed_and_marks_the_field_in_error() {
        let form = ProposalForm {
            name: "school".into(),
            url: "https://oer.example.org/oai".into(),
            contact_email: "not an address".into(),
        };
        let error = ApiError::parameter("contact_email", "an e-mail address like a@b.org");
        let html = section(&Locale::english(), &form, Some(&error)).into_string();
        assert!(
            html.contains(r#"value="https://oer.example.org/oai""#),
            "{html}"
        );
        assert!(html.contains(r#"id="propose-contact_email""#), "{html}");
        let invalid = html.find(r#"aria-invalid="true""#).unwrap();
        assert!(
            html[..invalid]
                .ends_with(r#"aria-describedby="propose-contact_email-hint propose-outcome" "#),
            "{html}"
        );
        assert!(html.contains(r#"role="alert""#));
        let clean = section(&Locale::english(), &ProposalForm::default(), None).into_string();
        assert!(!clean.contains("aria-invalid") && !clean.contains("role=\"alert\""));
    }

    #[test]
    fn a_proposal_is_what_the_api_takes() {
        let form = ProposalForm {
            name: " school ".into(),
            url: " https://oer.example.org/oai ".into(),
            contact_email: " a@b.org ".into(),
        };
        let s = form.submission();
        assert_eq!(
            (s.name.as_str(), s.url.as_str(), s.contact_email.as_str()),
            ("school", "https://oer.example.org/oai", "a@b.org")
        );
    }
}
