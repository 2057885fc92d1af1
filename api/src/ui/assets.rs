//! The pages' static files: one stylesheet, one small script and an icon, compiled into the
//! binary with `include_str!` (no front-end build step).
//!
//! Pages link them as `/assets/NAME?v=HASH`, where the hash is a digest of the file, so a new
//! build's files are fetched at once while browsers may keep each version for a day.

use std::sync::LazyLock;

use axum::extract::Path;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

/// The stylesheet.
pub const CSS: &str = include_str!("assets/oerdex.css");
/// The script: submits filters on change, copy buttons. The pages work without it.
pub const JS: &str = include_str!("assets/oerdex.js");
/// The icon.
pub const ICON: &str = include_str!("assets/icon.svg");

/// How long browsers may keep an asset (the URL changes with its content).
const CACHE_ASSET: &str = "public, max-age=86400";

/// One asset: its name under `/assets/`, media type and content.
struct Asset {
    name: &'static str,
    media_type: &'static str,
    body: &'static str,
}

const ASSETS: [Asset; 3] = [
    Asset {
        name: "oerdex.css",
        media_type: "text/css; charset=utf-8",
        body: CSS,
    },
    Asset {
        name: "oerdex.js",
        media_type: "text/javascript; charset=utf-8",
        body: JS,
    },
    Asset {
        name: "icon.svg",
        media_type: "image/svg+xml",
        body: ICON,
    },
];

/// `/assets/NAME?v=HASH` for each asset, in [`ASSETS`] order.
static URLS: LazyLock<Vec<String>> = LazyLock::new(|| {
    ASSETS
        .iter()
        .map(|asset| {
            let digest = Sha256::digest(asset.body.as_bytes());
            let hash: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
            format!("/assets/{}?v={hash}", asset.name)
        })
        .collect()
});

/// The versioned URL of the stylesheet.
pub fn css_url() -> &'static str {
    &URLS[0]
}

/// The versioned URL of the script.
pub fn js_url() -> &'static str {
    &URLS[1]
}

/// The versioned URL of the icon.
pub fn icon_url() -> &'static str {
    &URLS[2]
}

/// `GET /assets/{file}`.
pub async fn asset(Path(file): Path<String>) -> Response {
    let Some(asset) = ASSETS.iter().find(|a| a.name == file) else {
        return (StatusCode::NOT_FOUND, "no such asset").into_response();
    };
    let mut response = asset.body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(asset.media_type),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(CACHE_ASSET));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asset_urls_carry_a_content_hash() {
        assert!(css_url().starts_with("/assets/oerdex.css?v="));
        assert!(js_url().starts_with("/assets/oerdex.js?v="));
        assert!(icon_url().starts_with("/assets/icon.svg?v="));
        assert_eq!(css_url().len(), "/assets/oerdex.css?v=".len() + 12);
    }

    #[tokio::test]
    async fn assets_are_served_with_their_media_type() {
        let response = asset(Path("oerdex.css".into())).await;
        assert_eq!(response.status(), 200);
        assert_eq!(
            response.headers()[header::CONTENT_TYPE],
            "text/css; charset=utf-8"
        );
        let missing = asset(Path("../Cargo.toml".into())).await;
        assert_eq!(missing.status(), 404);
    }
}
