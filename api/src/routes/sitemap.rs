//! `GET /sitemap.xml` and `GET /sitemaps/{n}.xml`: every resource page, for OERSI and web search
//! engines to crawl oerdex as they crawl other platforms (the pages embed their AMB JSON-LD).
//!
//! `/sitemap.xml` is a sitemap index (sitemaps.org 0.9) naming one child sitemap per
//! [`URLS_PER_SITEMAP`] resources in id order, each with the latest update time among them;
//! a child lists its resource pages with `lastmod` from each resource's update time. URLs are
//! absolute: the configured OAI-PMH base URL's origin, else this server as the client
//! addressed it.

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Extension;

use crate::client::Client;
use crate::error::ApiError;
use crate::oai::text;
use crate::rejections::oai_base_url;
use crate::respond::CACHE_SEARCH;
use crate::state::AppState;

/// The most URLs one sitemap may list (the sitemaps.org limit).
pub const URLS_PER_SITEMAP: usize = 50_000;

/// `GET /sitemap.xml`: the sitemap index.
pub async fn index(
    State(state): State<AppState>,
    headers: HeaderMap,
    client: Option<Extension<Client>>,
) -> Result<Response, ApiError> {
    let origin = origin(&state, &headers, client.as_deref());
    // One entry per child: the latest update among its resources (at least one child, so the
    // index of an empty catalogue still names a valid, empty sitemap).
    let lastmods = state
        .pool()
        .read(|index| {
            let mut lastmods = Vec::new();
            loop {
                let offset = (lastmods.len() * URLS_PER_SITEMAP) as u64;
                let stamps = index.resource_stamps(offset, URLS_PER_SITEMAP)?;
                let full = stamps.len() == URLS_PER_SITEMAP;
                lastmods.push(stamps.into_iter().map(|(_, updated)| updated).max());
                if !full {
                    return Ok(lastmods);
                }
            }
        })
        .await?;
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (n, lastmod) in lastmods.iter().enumerate() {
        xml.push_str(&format!(
            "<sitemap><loc>{}/sitemaps/{n}.xml</loc>",
            text(&origin)
        ));
        if let Some(lastmod) = lastmod {
            xml.push_str(&format!("<lastmod>{}</lastmod>", text(lastmod)));
        }
        xml.push_str("</sitemap>\n");
    }
    xml.push_str("</sitemapindex>\n");
    Ok(xml_response(xml))
}

/// `GET /sitemaps/{n}.xml`: the resource pages of the `n`-th child sitemap.
pub async fn child(
    State(state): State<AppState>,
    Path(file): Path<String>,
    headers: HeaderMap,
    client: Option<Extension<Client>>,
) -> Result<Response, ApiError> {
    let not_found = || ApiError::NotFound("no such sitemap".into());
    let n: u64 = file
        .strip_suffix(".xml")
        .filter(|n| n.len() <= 9 && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|n| n.parse().ok())
        .ok_or_else(not_found)?;
    let origin = origin(&state, &headers, client.as_deref());
    let stamps = state
        .pool()
        .read(
            move |index| Ok(index.resource_stamps(n * URLS_PER_SITEMAP as u64, URLS_PER_SITEMAP)?),
        )
        .await?;
    // The first sitemap exists even for an empty catalogue; later ones only with resources.
    if stamps.is_empty() && n > 0 {
        return Err(not_found());
    }
    let mut xml = String::with_capacity(64 + stamps.len() * 120);
    xml.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let origin = text(&origin);
    for (id, updated) in &stamps {
        xml.push_str(&format!(
            "<url><loc>{origin}/resources/{}</loc><lastmod>{}</lastmod></url>\n",
            text(&crate::ui::url::encode(id)),
            text(updated)
        ));
    }
    xml.push_str("</urlset>\n");
    Ok(xml_response(xml))
}

/// This server's origin as crawlers should see it (`https://oer.example.org`).
fn origin(state: &AppState, headers: &HeaderMap, client: Option<&Client>) -> String {
    let base = oai_base_url(state, headers, client);
    match base.strip_suffix("/oai") {
        Some(origin) => origin.to_string(),
        None => base.trim_end_matches('/').to_string(),
    }
}

/// An XML document, cacheable for a minute.
fn xml_response(xml: String) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/xml; charset=utf-8"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static(CACHE_SEARCH),
            ),
        ],
        xml,
    )
        .into_response()
}
