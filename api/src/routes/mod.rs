//! One module per group of endpoints; [`crate::router`] wires them.

pub mod health;
pub mod licenses;
pub mod metrics;
pub mod oai;
pub mod openapi;
mod openapi_schemas;
pub mod quality;
pub mod registrations;
pub mod resources;
pub mod sitemap;
pub mod sources;

use axum::http::{Method, Uri};

use crate::error::ApiError;

/// Answer for paths that match no route.
pub async fn not_found(uri: Uri) -> ApiError {
    let path: String = uri.path().chars().take(200).collect();
    ApiError::NotFound(format!(
        "nothing at {path}; see /api/v1/openapi.json for the endpoints"
    ))
}

/// Answer for a known path with a method it does not take (axum adds the `Allow` header).
pub async fn method_not_allowed(method: Method) -> ApiError {
    let method: String = method.as_str().chars().take(20).collect();
    ApiError::MethodNotAllowed { method }
}
