//! The registration form of the sources page and the outcome of a registration in plain words.

use maud::{html, Markup};

use super::display::format_name;
use super::locale::Locale;
use super::sources::{RegisterForm, Registered};
use crate::error::ApiError;

/// A form field: its name (as the API names it), the messages of its label and hint, its input
/// type.
struct Field {
    name: &'static str,
    kind: &'static str,
    required: bool,
}

const FIELDS: [Field; 5] = [
    Field {
        name: "name",
        kind: "text",
        required: true,
    },
    Field {
        name: "url",
        kind: "url",
        required: true,
    },
    Field {
        name: "metadata_prefix",
        kind: "text",
        required: false,
    },
    Field {
        name: "sets",
        kind: "text",
        required: false,
    },
    Field {
        name: "default_license",
        kind: "text",
        required: false,
    },
];

/// The message of a field's label (`register-label-url`) or hint (`register-hint-url`).
fn message(part: &str, field: &str) -> String {
    format!("register-{part}-{}", field.replace('_', "-"))
}

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

/// What went wrong, in plain words in the page's language; what the live check or a field's
/// check reported is the API's message, in English.
pub fn error_message(loc: &Locale, error: &ApiError, form: &RegisterForm) -> Markup {
    let english = |text: &str| html! { span lang="en" dir="ltr" { (text) } };
    match error {
        ApiError::Unauthorized => html! { (loc.t("register-unauthorized")) },
        ApiError::WritesDisabled => html! { (loc.t("register-writes-disabled")) },
        ApiError::Registration(message) => {
            loc.rich("register-live-check", &[], &[("detail", english(message))])
        }
        ApiError::InvalidParameter {
            parameter, message, ..
        } => {
            let label = if FIELDS.iter().any(|f| f.name == parameter) {
                loc.t(&message_id_label(parameter))
            } else {
                parameter.clone()
            };
            loc.rich(
                "label-value",
                &[],
                &[("label", html! { (label) }), ("value", english(message))],
            )
        }
        ApiError::Conflict(_) => loc.rich(
            "register-conflict",
            &[],
            &[("name", html! { bdi { (form.name.trim()) } })],
        ),
        other => english(&other.problem().detail),
    }
}

fn message_id_label(field: &str) -> String {
    message("label", field)
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
                p { (error_message(loc, error, form)) }
            }
        },
    }
}

/// The "Register a repository" section.
pub fn section(
    loc: &Locale,
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
            h2 #register-heading { (loc.t("register-heading")) }
            p { (loc.t("register-intro")) }
            @if !writes_enabled {
                p.notice { (loc.t("register-disabled")) }
            }
            @if let Some(outcome) = outcome { (outcome_box(loc, outcome, form)) }
            form method="post" action=(loc.href("/sources#register")) {
                @for field in &FIELDS {
                    @let hint = format!("hint-{}", field.name);
                    div.field {
                        label for={ "reg-" (field.name) } { (loc.t(&message("label", field.name))) }
                        input id={ "reg-" (field.name) } type=(field.kind) name=(field.name)
                            value=(value(&shown, field.name)) required[field.required]
                            aria-describedby=(described(field.name, &hint))
                            aria-invalid=[(invalid == Some(field.name)).then_some("true")]
                            autocomplete="off" spellcheck="false" dir="auto";
                        p.hint id=(hint) { (loc.t(&message("hint", field.name))) }
                    }
                }
                div.field {
                    label for="reg-token" { (loc.t("register-label-token")) }
                    input #reg-token type="password" name="token" required autocomplete="off"
                        aria-describedby=(described("token", "hint-token"))
                        aria-invalid=[(invalid == Some("token")).then_some("true")];
                    p.hint #hint-token { (loc.t("register-hint-token")) }
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
        let form = RegisterForm {
            name: "cat".into(),
            ..RegisterForm::default()
        };
        // The words, without the markup that marks the API's English.
        let text = |html: String| {
            let mut out = String::new();
            let mut in_tag = false;
            for c in html.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => out.push(c),
                    _ => {}
                }
            }
            out
        };
        for (error, expected) in cases {
            let message = text(error_message(&Locale::english(), &error, &form).into_string());
            assert!(message.contains(expected), "{message}");
        }
        let french = Locale::fixed(crate::i18n::Lang::Fr, true);
        let message = error_message(&french, &ApiError::Unauthorized, &form).into_string();
        assert!(message.contains("jeton"), "{message}");
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
        let html = section(&Locale::english(), true, &form, Some(&outcome)).into_string();
        assert!(!html.contains("s3cret-token-value"), "{html}");
        assert!(
            html.contains(r#"value="https://oer.example.org/oai""#),
            "{html}"
        );
        assert!(html.contains(r#"aria-invalid="true""#), "{html}");
        assert!(!format!("{form:?}").contains("s3cret"));
    }
}
