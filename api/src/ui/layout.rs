//! The shell every page shares (document head, site header with navigation, footer) and the
//! HTML response with its security and caching headers.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{html, Markup, DOCTYPE};

use super::assets;
use crate::error::ApiError;

/// Scripts, styles, images and form posts from this server only; no framing, no plugins.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
                   connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// Search and resource pages: change with every harvest, fine to reuse for a minute.
pub const CACHE_PAGE: &str = "public, max-age=60";
/// The sources page: live harvest state.
pub const CACHE_LIVE: &str = "no-cache";
/// Answers to the registration form.
pub const CACHE_NONE: &str = "no-store";

/// The navigation entry a page belongs to (marked `aria-current="page"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The search page and resource pages.
    Search,
    /// The sources page.
    Sources,
}

/// A whole HTML document: `title` goes into `<title>` (after the site name's separator), `body`
/// into `<main>`.
pub fn document(title: &str, section: Section, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " – oerdex" }
                meta name="description" content="Find openly licensed educational resources, see what you may do with them and copy a ready-made attribution.";
                link rel="icon" href=(assets::icon_url()) type="image/svg+xml";
                link rel="stylesheet" href=(assets::css_url());
                script src=(assets::js_url()) defer {}
            }
            body {
                a.skip href="#main" { "Skip to content" }
                header.site {
                    a.brand href="/" { "oerdex" }
                    span.tagline { "open educational resources, openly licensed" }
                    nav aria-label="Site" {
                        ul {
                            li { a href="/" aria-current=[(section == Section::Search).then_some("page")] { "Search" } }
                            li { a href="/sources" aria-current=[(section == Section::Sources).then_some("page")] { "Sources" } }
                            li { a href="/api/v1/openapi.json" { "API" } }
                        }
                    }
                }
                main #main tabindex="-1" { (body) }
                footer.site {
                    p {
                        "oerdex harvests OER metadata over OAI-PMH. Licences are read from the metadata: "
                        "check the resource itself before you rely on them. "
                        "Everything here is also served as JSON: " a href="/api/v1/openapi.json" { "API description" } "."
                    }
                }
            }
        }
    }
}

/// An HTML answer with the given status and `Cache-Control`.
pub fn respond(status: StatusCode, markup: Markup, cache_control: &'static str) -> Response {
    let mut response = (status, markup).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(cache_control),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    response
}

/// A page for an error: its status, a heading and the error's message in plain words
/// (internal errors are logged and described by a fixed sentence, as in the JSON API).
pub fn error_page(error: &ApiError, section: Section) -> Response {
    let status = error.status_code();
    if let ApiError::Internal { context, source } = error {
        tracing::error!(%status, "{context}: {source}");
    }
    let (heading, detail) = match error {
        ApiError::NotFound(_) => (
            "Not found",
            "There is nothing here. The resource may never have been in the catalogue.".to_string(),
        ),
        ApiError::Gone(_) => (
            "Withdrawn",
            "Every repository that held this resource has withdrawn it, so the catalogue no \
             longer lists it."
                .to_string(),
        ),
        _ => ("Something went wrong", error.problem().detail),
    };
    let markup = document(
        heading,
        section,
        html! {
            h1 { (heading) }
            p.notice.error role="alert" { (detail) }
            p { a href="/" { "Search the catalogue" } }
        },
    );
    respond(status, markup, CACHE_NONE)
}
