//! The HTML pages: a search page for educators (`/`), resource pages with a ready-to-copy
//! attribution (`/resources/{id}`), the sources page where anyone may propose a repository
//! (`/sources`), a page per source with its harvests and metadata quality (`/sources/{name}`),
//! and the operator's page (`/operator`).
//!
//! # Architecture
//! Pages are rendered on the server with [maud](https://maud.lambda.xyz/): templates are Rust
//! macros checked at compile time, and every spliced value is HTML-escaped. Titles and
//! descriptions come from harvested metadata and are treated as hostile: escaped everywhere
//! (the one `PreEscaped` splices the attribution's HTML, itself built by maud from escaped
//! parts), and links are made only from `http(s)` URLs ([`display::safe_url`]). A Content-Security-Policy allows scripts
//! and styles from this server only.
//!
//! Every page speaks the reader's language ([`locale`]: the `ui` parameter, else
//! `Accept-Language`, else English; messages in [`crate::i18n`]), with `<html lang>` and, for
//! Arabic, `dir="rtl"`; a language menu on every page links to the same page in each language.
//!
//! The pages need no JavaScript. The whole search state lives in the URL, read with the same
//! [`crate::params::SearchParams`] as `GET /api/v1/resources`, so a page can be shared, the back
//! button restores it, and the JSON API answers the same query. A small script
//! ([`assets`]) submits the filters as soon as one changes and adds copy buttons.
//!
//! - [`search`] and [`filters`]: the search page (search box, filters with facet counts, results).
//! - [`resource`]: one resource with every field, its source records and its attribution.
//! - [`attribution`]: the attribution text Creative Commons recommends (TASL), as plain text
//!   and HTML.
//! - [`sources`] and [`proposal`]: the sources and their last harvests, and the form anyone may
//!   propose a repository with (it joins the registration queue).
//! - [`source`], [`history`], [`chart`] and [`quality`]: a source's own page with its harvests,
//!   the records it held over time (an SVG chart drawn on the server) and its metadata quality.
//! - [`operator`], [`session`], [`queue`] and [`register`]: the operator's page (sign in with
//!   the admin token, approve or reject waiting requests, register a repository at once); every
//!   operator post but the sign-in is admitted or refused from its head, before its body is
//!   read.
//! - [`layout`], [`display`], [`forms`], [`url`], [`locale`]: the page shell with the language
//!   menu, shared formatting, form fields and errors, query strings, and the page's language.

pub mod assets;
pub mod attribution;
pub mod chart;
pub mod display;
pub mod filters;
pub mod forms;
pub mod history;
pub mod layout;
pub mod locale;
pub mod operator;
pub mod proposal;
pub mod quality;
pub mod queue;
pub mod register;
pub mod resource;
pub mod search;
pub mod session;
pub mod source;
pub mod sources;
pub mod url;

use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::{Extension, Router};

use crate::state::AppState;

/// The HTML pages and their assets, to merge into the API's router.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(search::page))
        .route("/resources/{id}", get(resource::page))
        .route("/sources", get(sources::page))
        .route("/sources/{name}", get(source::page))
        .route("/registrations", post(proposal::submit))
        .route("/operator", get(operator::page))
        .route(
            "/operator/sign-in",
            post(operator::sign_in).layer(DefaultBodyLimit::max(session::SIGN_IN_MAX_BYTES)),
        )
        .route("/operator/sign-out", post(operator::sign_out))
        .route("/operator/sources", post(register::register))
        .route("/operator/registrations/{id}/approve", post(queue::approve))
        .route("/operator/registrations/{id}/reject", post(queue::reject))
        .route("/assets/{file}", get(assets::asset))
        // The operator's sessions belong to this server's pages.
        .layer(Extension(Arc::new(session::Sessions::default())))
}
