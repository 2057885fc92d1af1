//! What the pages' forms share: a labelled text field with its hint, marked invalid when the
//! error being shown is about it, and errors in plain words in the page's language.

use maud::{html, Markup};

use super::locale::Locale;
use crate::error::ApiError;

/// A text field: its name (as the API names it), input type, whether it is required and what
/// browsers may fill it with. Its label and hint are the messages `register-label-<name>` and
/// `register-hint-<name>` (`_` written `-`).
pub struct Field {
    /// The field's name in the form and in the API.
    pub name: &'static str,
    /// The input type (`text`, `url`, `email`).
    pub kind: &'static str,
    /// Whether the form needs it.
    pub required: bool,
    /// The `autocomplete` token.
    pub autocomplete: &'static str,
}

/// The message of a field's label (`register-label-url`) or hint (`register-hint-url`).
fn message(part: &str, field: &str) -> String {
    format!("register-{part}-{}", field.replace('_', "-"))
}

/// A field's label in the page's language.
pub fn label(loc: &Locale, field: &str) -> String {
    loc.t(&message("label", field))
}

/// One field of a form whose inputs have ids `<prefix>-<name>`; `invalid` when the error shown
/// in the element `outcome` is about it.
pub fn field(
    loc: &Locale,
    prefix: &str,
    field: &Field,
    value: &str,
    invalid: bool,
    outcome: &str,
) -> Markup {
    let id = format!("{prefix}-{}", field.name);
    let hint = format!("{id}-hint");
    let described = if invalid {
        format!("{hint} {outcome}")
    } else {
        hint.clone()
    };
    html! {
        div.field {
            label for=(id) { (label(loc, field.name)) }
            input id=(id) type=(field.kind) name=(field.name) value=(value)
                required[field.required] aria-describedby=(described)
                aria-invalid=[invalid.then_some("true")]
                autocomplete=(field.autocomplete) spellcheck="false" dir="auto";
            p.hint id=(hint) { (loc.t(&message("hint", field.name))) }
        }
    }
}

/// The field an error is about, if any.
pub fn field_in_error(error: &ApiError) -> Option<&str> {
    match error {
        ApiError::InvalidParameter { parameter, .. } => Some(parameter.as_str()),
        ApiError::Conflict(_) => Some("name"),
        ApiError::Registration(_) => Some("url"),
        _ => None,
    }
}

/// What went wrong with a form, in plain words in the page's language; `name` is the source
/// name the form asked for. What the live check or a field's check reported is the API's
/// message, in English.
pub fn error_message(loc: &Locale, error: &ApiError, name: &str) -> Markup {
    let english = |text: &str| html! { span lang="en" dir="ltr" { (text) } };
    match error {
        ApiError::Unauthorized => html! { (loc.t("operator-wrong-token")) },
        ApiError::WritesDisabled => html! { (loc.t("operator-disabled")) },
        ApiError::Registration(message) => {
            loc.rich("register-live-check", &[], &[("detail", english(message))])
        }
        ApiError::InvalidParameter {
            parameter,
            message: detail,
            ..
        } => {
            let label = if loc.has(&message("label", parameter)) {
                label(loc, parameter)
            } else {
                parameter.clone()
            };
            loc.rich(
                "label-value",
                &[],
                &[("label", html! { (label) }), ("value", english(detail))],
            )
        }
        ApiError::Conflict(_) => loc.rich(
            "register-conflict",
            &[],
            &[("name", html! { bdi { (name.trim()) } })],
        ),
        ApiError::TooManyRequests { retry_after_s } => html! {
            (loc.t_args("form-too-many", &[("minutes", retry_after_s.div_ceil(60).max(1).into())]))
        },
        other => english(&other.problem().detail),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of some HTML, without its tags.
    fn text(html: String) -> String {
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
    }

    #[test]
    fn errors_are_told_in_plain_words_with_the_field_named() {
        let cases = [
            (ApiError::Unauthorized, "admin token is wrong"),
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
                ApiError::parameter("contact_email", "an e-mail address like a@b.org"),
                "Contact e-mail address: an e-mail address like a@b.org",
            ),
            (
                ApiError::Conflict("a source named \"cat\" already exists".into()),
                "The name “cat” is taken; choose another.",
            ),
            (
                ApiError::TooManyRequests { retry_after_s: 61 },
                "try again in 2 minutes",
            ),
        ];
        for (error, expected) in cases {
            let message = text(error_message(&Locale::english(), &error, "cat").into_string());
            assert!(message.contains(expected), "{message}");
        }
        let french = Locale::fixed(crate::i18n::Lang::Fr, true);
        let message = error_message(&french, &ApiError::Unauthorized, "cat").into_string();
        assert!(message.contains("jeton"), "{message}");
    }

    #[test]
    fn a_field_in_error_is_marked_and_points_at_the_message() {
        let url = Field {
            name: "url",
            kind: "url",
            required: true,
            autocomplete: "url",
        };
        let html = field(&Locale::english(), "p", &url, "x", true, "p-outcome").into_string();
        assert!(html.contains(r#"aria-invalid="true""#), "{html}");
        assert!(
            html.contains(r#"aria-describedby="p-url-hint p-outcome""#),
            "{html}"
        );
        let html = field(&Locale::english(), "p", &url, "x", false, "p-outcome").into_string();
        assert!(!html.contains("aria-invalid"), "{html}");
    }
}
