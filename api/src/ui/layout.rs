//! The shell every page shares (document head, site header with navigation and the language
//! menu, footer) and the HTML response with its security, caching and language headers.
//!
//! The document carries the page's language in `<html lang>` and its direction in `dir`
//! (`rtl` for Arabic); the stylesheet uses logical properties only, so the layout mirrors.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{html, Markup, DOCTYPE};

use super::assets;
use super::locale::Locale;
use crate::error::ApiError;
use crate::i18n::Lang;

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

/// A whole HTML document in the page's language: `title` goes into `<title>` (after the site
/// name's separator), `body` into `<main>`.
pub fn document(loc: &Locale, title: &str, section: Section, body: Markup) -> Markup {
    let lang = loc.lang();
    html! {
        (DOCTYPE)
        html lang=(lang.tag()) dir=(lang.dir()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " – oerdex" }
                meta name="description" content=(loc.t("meta-description"));
                link rel="icon" href=(assets::icon_url()) type="image/svg+xml";
                link rel="stylesheet" href=(assets::css_url());
                script src=(assets::js_url()) defer {}
            }
            body {
                a.skip href="#main" { (loc.t("skip-link")) }
                header.site {
                    a.brand href=(loc.href("/")) { "oerdex" }
                    span.tagline { (loc.t("tagline")) }
                    nav.sections aria-label=(loc.t("nav-label")) {
                        ul {
                            li { a href=(loc.href("/")) aria-current=[(section == Section::Search).then_some("page")] { (loc.t("nav-search")) } }
                            li { a href=(loc.href("/sources")) aria-current=[(section == Section::Sources).then_some("page")] { (loc.t("nav-sources")) } }
                            li { a href="/api/v1/openapi.json" { (loc.t("nav-api")) } }
                        }
                    }
                    (language_menu(loc))
                }
                main #main tabindex="-1" { (body) }
                footer.site {
                    p {
                        (loc.rich("footer", &[], &[("api", html! { a href="/api/v1/openapi.json" { (loc.t("footer-api")) } })]))
                    }
                }
            }
        }
    }
}

/// The language menu: a disclosure (no script needed; Enter or Space opens it) listing every
/// language in itself, each a link to this page in that language.
fn language_menu(loc: &Locale) -> Markup {
    let current = loc.lang();
    html! {
        nav.languages aria-label=(loc.t("language-menu-label")) {
            details #language-menu {
                summary {
                    // A globe, drawn inline (no request, no font needed).
                    svg.globe aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16" {
                        circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.3" {}
                        path d="M1.5 8h13M8 1.5c-2.2 2.4-2.2 10.6 0 13M8 1.5c2.2 2.4 2.2 10.6 0 13" fill="none" stroke="currentColor" stroke-width="1.3" {}
                    }
                    span {
                        (loc.rich("label-value", &[], &[
                            ("label", html! { (loc.t("language-menu")) }),
                            ("value", html! { span lang=(current.tag()) dir=(current.dir()) { (current.native_name()) } }),
                        ]))
                    }
                }
                ul {
                    @for lang in Lang::ALL {
                        li {
                            a href=(loc.switch_href(lang)) lang=(lang.tag()) hreflang=(lang.tag())
                                dir=(lang.dir()) aria-current=[(lang == current).then_some("true")] {
                                (lang.native_name())
                            }
                        }
                    }
                }
            }
        }
    }
}

/// An HTML answer with the given status and `Cache-Control`, in the page's language (which
/// may come from `Accept-Language`, so caches keep one copy per language).
pub fn respond(
    loc: &Locale,
    status: StatusCode,
    markup: Markup,
    cache_control: &'static str,
) -> Response {
    let mut response = (status, markup).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(loc.lang().tag()),
    );
    headers.insert(header::VARY, HeaderValue::from_static("Accept-Language"));
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
/// (internal errors are logged and described by a fixed sentence, as in the JSON API; other
/// details come from the API, in English).
pub fn error_page(loc: &Locale, error: &ApiError, section: Section) -> Response {
    let status = error.status_code();
    if let ApiError::Internal { context, source } = error {
        tracing::error!(%status, "{context}: {source}");
    }
    let (heading, detail) = match error {
        ApiError::NotFound(_) => (
            loc.t("error-not-found-heading"),
            html! { (loc.t("error-not-found")) },
        ),
        ApiError::Gone(_) => (loc.t("error-gone-heading"), html! { (loc.t("error-gone")) }),
        ApiError::Internal { .. } => (
            loc.t("error-other-heading"),
            html! { (loc.t("error-internal")) },
        ),
        ApiError::Unavailable(_) => (
            loc.t("error-other-heading"),
            html! { (loc.t("error-unavailable")) },
        ),
        _ => (
            loc.t("error-other-heading"),
            html! { span lang="en" dir="ltr" { (error.problem().detail) } },
        ),
    };
    let markup = document(
        loc,
        &heading,
        section,
        html! {
            h1 { (heading) }
            p.notice.error role="alert" { (detail) }
            p { a href=(loc.href("/")) { (loc.t("error-back")) } }
        },
    );
    respond(loc, status, markup, CACHE_NONE)
}
