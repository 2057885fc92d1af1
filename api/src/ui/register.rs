//! The operator's form to register a repository at once (`POST /operator/sources`), without
//! the queue: it goes through the very handler of `POST /api/v1/sources`
//! ([`crate::routes::sources::register`]): the same checks, the same live check of the
//! repository, the same storage and scheduling. Only a signed-in operator's post is read
//! ([`Operator`] checks the session from the request's head first).

use axum::extract::rejection::FormRejection;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;
use axum::Form;
use maud::{html, Markup};
use serde::Deserialize;

use super::display::format_name;
use super::forms::{error_message, field, field_in_error, Field};
use super::locale::Locale;
use super::operator::{show, Outcome};
use super::session::Operator;
use crate::error::ApiError;
use crate::harvesting::NewSource;
use crate::routes::sources;
use crate::state::AppState;

/// The registration form's fields, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RegisterForm {
    /// Short unique name.
    #[serde(default)]
    pub name: String,
    /// OAI-PMH base URL.
    #[serde(default)]
    pub url: String,
    /// Metadata format; empty for the richest offered.
    #[serde(default)]
    pub metadata_prefix: String,
    /// Set specs separated by spaces or commas; empty for the whole repository.
    #[serde(default)]
    pub sets: String,
    /// Licence assumed for records that state none.
    #[serde(default)]
    pub default_license: String,
}

const FIELDS: [Field; 5] = [
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
        autocomplete: "off",
    },
    Field {
        name: "metadata_prefix",
        kind: "text",
        required: false,
        autocomplete: "off",
    },
    Field {
        name: "sets",
        kind: "text",
        required: false,
        autocomplete: "off",
    },
    Field {
        name: "default_license",
        kind: "text",
        required: false,
        autocomplete: "off",
    },
];

impl RegisterForm {
    /// The registration request the API takes.
    pub fn to_request(&self) -> NewSource {
        let optional = |value: &str| Some(value.trim().to_string()).filter(|v| !v.is_empty());
        NewSource {
            name: self.name.trim().to_string(),
            url: self.url.trim().to_string(),
            metadata_prefix: optional(&self.metadata_prefix),
            sets: self
                .sets
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
            default_license: optional(&self.default_license),
        }
    }

    fn value(&self, field: &str) -> &str {
        match field {
            "name" => &self.name,
            "url" => &self.url,
            "metadata_prefix" => &self.metadata_prefix,
            "sets" => &self.sets,
            "default_license" => &self.default_license,
            _ => "",
        }
    }
}

/// What a registration gave.
pub struct Registered {
    /// The new source's name.
    pub name: String,
    /// The repository's name from Identify.
    pub repository_name: Option<String>,
    /// The format it will be harvested in.
    pub metadata_prefix: String,
}

/// `POST /operator/sources`: registers a repository, then shows the operator's page with the
/// outcome (in the language of the page the form was on: its action keeps `ui`).
pub async fn register(
    operator: Operator,
    State(state): State<AppState>,
    uri: Uri,
    headers: HeaderMap,
    form: Result<Form<RegisterForm>, FormRejection>,
) -> Response {
    let loc = Locale::from_request(&uri, &headers);
    let (form, outcome) = match form {
        Ok(Form(form)) => {
            let outcome = sources::register(&state, form.to_request())
                .await
                .map(|view| Registered {
                    name: view.name,
                    repository_name: view.repository_name,
                    metadata_prefix: view.metadata_prefix,
                });
            (form, outcome)
        }
        Err(rejection) => (
            RegisterForm::default(),
            Err(ApiError::InvalidBody {
                status: StatusCode::BAD_REQUEST,
                message: format!("the form could not be read: {}", rejection.body_text()),
            }),
        ),
    };
    let status = match &outcome {
        Ok(_) => StatusCode::CREATED,
        Err(error) => error.status_code(),
    };
    let outcome = Outcome::Registration(form, outcome);
    show(&state, &loc, Some(operator), outcome, status).await
}

/// The outcome of a registration.
fn outcome_box(
    loc: &Locale,
    outcome: &Result<Registered, ApiError>,
    form: &RegisterForm,
) -> Markup {
    match outcome {
        Ok(registered) => {
            let repository = match &registered.repository_name {
                Some(name) => html! { bdi { (name) } },
                None => html! { (loc.t("register-the-repository")) },
            };
            html! {
                div.notice.success #register-outcome role="status" {
                    p {
                        strong { (loc.rich("register-ok", &[], &[("name", html! { (registered.name) })])) }
                        " "
                        (loc.rich("register-ok-detail", &[], &[
                            ("repository", repository),
                            ("format", html! { bdi { (format_name(loc.tr(), &registered.metadata_prefix)) } }),
                        ]))
                    }
                }
            }
        }
        Err(error) => html! {
            div.notice.error #register-outcome role="alert" {
                p { (error_message(loc, error, &form.name)) }
            }
        },
    }
}

/// The "Register a repository" section of the operator's page.
pub fn section(
    loc: &Locale,
    form: &RegisterForm,
    outcome: Option<&Result<Registered, ApiError>>,
) -> Markup {
    let invalid = outcome
        .and_then(|o| o.as_ref().err())
        .and_then(field_in_error);
    // After a success the form starts empty again.
    let empty = RegisterForm::default();
    let shown = match outcome {
        Some(Ok(_)) => &empty,
        _ => form,
    };
    html! {
        section.register #register aria-labelledby="register-heading" {
            h2 #register-heading { (loc.t("register-heading")) }
            p { (loc.t("register-intro")) }
            @if let Some(outcome) = outcome { (outcome_box(loc, outcome, form)) }
            form method="post" action=(loc.href("/operator/sources#register")) {
                @for f in &FIELDS {
                    (field(loc, "reg", f, shown.value(f.name), invalid == Some(f.name), "register-outcome"))
                }
                button type="submit" { (loc.t("register-button")) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_becomes_the_apis_request() {
        let form = RegisterForm {
            name: " school ".into(),
            url: "https://oer.example.org/oai".into(),
            sets: "math, physics  bio".into(),
            ..RegisterForm::default()
        };
        let request = form.to_request();
        assert_eq!(request.name, "school");
        assert_eq!(request.sets, ["math", "physics", "bio"]);
        assert_eq!(request.metadata_prefix, None);
        assert_eq!(request.default_license, None);
    }

    #[test]
    fn a_refused_registration_keeps_the_fields_and_marks_the_wrong_one() {
        let form = RegisterForm {
            name: "school".into(),
            url: "https://oer.example.org/oai".into(),
            ..RegisterForm::default()
        };
        let outcome: Result<Registered, ApiError> =
            Err(ApiError::Registration("no OAI-PMH here".into()));
        let html = section(&Locale::english(), &form, Some(&outcome)).into_string();
        assert!(
            html.contains(r#"value="https://oer.example.org/oai""#),
            "{html}"
        );
        assert!(html.contains(r#"aria-invalid="true""#), "{html}");
        let ok: Result<Registered, ApiError> = Ok(Registered {
            name: "school".into(),
            repository_name: None,
            metadata_prefix: "oai_dc".into(),
        });
        let html = section(&Locale::english(), &form, Some(&ok)).into_string();
        assert!(
            !html.contains(r#"value="https://oer.example.org/oai""#),
            "{html}"
        );
        assert!(html.contains("Registered school."), "{html}");
    }
}
