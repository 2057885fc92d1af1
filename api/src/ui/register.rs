//! The registration form of the sources page and the outcome of a registration in plain words.

use maud::{html, Markup};

use super::display::format_name;
use super::sources::{RegisterForm, Registered};
use crate::error::ApiError;

/// A form field: its name (as the API names it), label and hint.
struct Field {
    name: &'static str,
    label: &'static str,
    hint: &'static str,
    kind: &'static str,
    required: bool,
}

const FIELDS: [Field; 5] = [
    Field {
        name: "name",
        label: "Short name",
        hint: "1 to 64 letters, digits, '-', '_' or '.', e.g. zoerr.",
        kind: "text",
        required: true,
    },
    Field {
        name: "url",
        label: "OAI-PMH base URL",
        hint: "The address the repository answers OAI-PMH requests at.",
        kind: "url",
        required: true,
    },
    Field {
        name: "metadata_prefix",
        label: "Metadata format (optional)",
        hint: "Leave empty to take the richest the repository offers: LOM, then LRMI or \
               qualified Dublin Core, then oai_dc.",
        kind: "text",
        required: false,
    },
    Field {
        name: "sets",
        label: "Sets (optional)",
        hint: "Set specs separated by spaces or commas; empty for the whole repository.",
        kind: "text",
        required: false,
    },
    Field {
        name: "default_license",
        label: "Licence to assume when a record states none (optional)",
        hint: "A licence id, URL or name, e.g. CC-BY-4.0.",
        kind: "text",
        required: false,
    },
];

fn value<'a>(form: &'a RegisterForm, field: &str) -> &'a str {
    match field {
        "name" => &form.name,
        "url" => &form.url,
        "metadata_prefix" => &form.metadata_prefix,
        "sets" => &form.sets,
        "default_license" => &form.default_license,
        _ => "",
    }
}

/// The field an error is about, if any.
fn field_in_error(error: &ApiError) -> Option<&str> {
    match error {
        ApiError::InvalidParameter { parameter, .. } => Some(parameter.as_str()),
        ApiError::Conflict(_) => Some("name"),
        ApiError::Registration(_) => Some("url"),
        ApiError::Unauthorized => Some("token"),
        _ => None,
    }
}

/// What went wrong, in plain words.
pub fn error_message(error: &ApiError) -> String {
    match error {
        ApiError::Unauthorized => {
            "The admin token is missing or wrong, so nothing was registered.".to_string()
        }
        ApiError::WritesDisabled => "This server does not register repositories: it has no \
                                     admin token (server.admin_token or OERDEX_ADMIN_TOKEN)."
            .to_string(),
        ApiError::Registration(message) => {
            format!("The repository did not pass the live check: {message}")
        }
        ApiError::InvalidParameter {
            parameter, message, ..
        } => {
            let label = FIELDS
                .iter()
                .find(|f| f.name == parameter)
                .map_or(parameter.as_str(), |f| f.label);
            format!("{label}: {message}")
        }
        ApiError::Conflict(message) => format!("{message}; choose another name."),
        other => other.problem().detail,
    }
}

/// The outcome of a registration.
fn outcome_box(outcome: &Result<Registered, ApiError>) -> Markup {
    match outcome {
        Ok(registered) => html! {
            div.notice.success #register-outcome role="status" {
                p {
                    strong { "Registered " (registered.name) "." }
                    " "
                    (registered.repository_name.as_deref().unwrap_or("The repository"))
                    " passed the live check and will be harvested as "
                    (format_name(&registered.metadata_prefix))
                    ". Its first harvest starts now; reload this page to follow it."
                }
            }
        },
        Err(error) => html! {
            div.notice.error #register-outcome role="alert" {
                p { (error_message(error)) }
            }
        },
    }
}

/// The "Register a repository" section.
pub fn section(
    writes_enabled: bool,
    form: &RegisterForm,
    outcome: Option<&Result<Registered, ApiError>>,
) -> Markup {
    let invalid = outcome
        .and_then(|o| o.as_ref().err())
        .and_then(field_in_error);
    let described = |field: &str, hint: &str| {
        if invalid == Some(field) {
            format!("{hint} register-outcome")
        } else {
            hint.to_string()
        }
    };
    // After a success the form starts empty again.
    let shown = match outcome {
        Some(Ok(_)) => RegisterForm::default(),
        _ => form.clone(),
    };
    html! {
        section.register #register aria-labelledby="register-heading" {
            h2 #register-heading { "Register a repository" }
            p {
                "oerdex checks the endpoint live (Identify, the metadata formats and sets it "
                "offers) before it registers it, then harvests it at once. You need the admin token."
            }
            @if !writes_enabled {
                p.notice { "This server has no admin token configured, so it registers nothing." }
            }
            @if let Some(outcome) = outcome { (outcome_box(outcome)) }
            form method="post" action="/sources#register" {
                @for field in &FIELDS {
                    @let hint = format!("hint-{}", field.name);
                    div.field {
                        label for={ "reg-" (field.name) } { (field.label) }
                        input id={ "reg-" (field.name) } type=(field.kind) name=(field.name)
                            value=(value(&shown, field.name)) required[field.required]
                            aria-describedby=(described(field.name, &hint))
                            aria-invalid=[(invalid == Some(field.name)).then_some("true")]
                            autocomplete="off" spellcheck="false";
                        p.hint id=(hint) { (field.hint) }
                    }
                }
                div.field {
                    label for="reg-token" { "Admin token" }
                    input #reg-token type="password" name="token" required autocomplete="off"
                        aria-describedby=(described("token", "hint-token"))
                        aria-invalid=[(invalid == Some("token")).then_some("true")];
                    p.hint #hint-token { "Sent with this form only; never shown or stored." }
                }
                button type="submit" { "Check and register" }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_told_in_plain_words_with_the_field_named() {
        let cases = [
            (ApiError::Unauthorized, "admin token is missing or wrong"),
            (ApiError::WritesDisabled, "no admin token"),
            (
                ApiError::Registration("http://x/oai?verb=Identify: not well-formed XML".into()),
                "did not pass the live check: http://x/oai?verb=Identify: not well-formed XML",
            ),
            (
                ApiError::parameter("url", "must be an http(s) URL"),
                "OAI-PMH base URL: must be an http(s) URL",
            ),
            (
                ApiError::Conflict("a source named \"cat\" already exists".into()),
                "already exists; choose another name",
            ),
        ];
        for (error, expected) in cases {
            let message = error_message(&error);
            assert!(message.contains(expected), "{message}");
        }
    }

    #[test]
    fn the_token_is_never_shown_again() {
        let form = RegisterForm {
            name: "school".into(),
            url: "https://oer.example.org/oai".into(),
            token: "s3cret-token-value".into(),
            ..RegisterForm::default()
        };
        let outcome: Result<Registered, ApiError> = Err(ApiError::Unauthorized);
        let html = section(true, &form, Some(&outcome)).into_string();
        assert!(!html.contains("s3cret-token-value"), "{html}");
        assert!(
            html.contains(r#"value="https://oer.example.org/oai""#),
            "{html}"
        );
        assert!(html.contains(r#"aria-invalid="true""#), "{html}");
        assert!(!format!("{form:?}").contains("s3cret"));
    }
}
