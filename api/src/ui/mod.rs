//! The HTML pages: a search page for educators (`/`), resource pages with a ready-to-copy
//! attribution (`/resources/{id}`) and the operator's sources page with its registration form
//! (`/sources`).
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
//! - [`sources`] and [`register`]: the sources and their harvests, and the registration form.
//! - [`layout`], [`display`], [`url`], [`locale`]: the page shell with the language menu,
//!   shared formatting, query strings, and the page's language.

pub mod assets;
pub mod attribution;
pub mod display;
pub mod filters;
pub mod layout;
pub mod locale;
pub mod register;
pub mod resource;
pub mod search;
pub mod sources;
pub mod url;

use axum::routing::get;
use axum::Router;

use crate::state::AppState;

/// The HTML pages and their assets, to merge into the API's router.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(search::page))
        .route("/resources/{id}", get(resource::page))
        .route("/sources", get(sources::page).post(sources::register))
        .route("/assets/{file}", get(assets::asset))
}
