//! `GET /api/v1/openapi.json`: the OpenAPI 3.1 description of this API, generated from the
//! handlers' `#[utoipa::path]` attributes and the types they answer with.

use std::sync::OnceLock;

use axum::http::{HeaderMap, Uri};
use axum::response::Response;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::error::{ApiError, Problem};
use crate::harvesting::{NewSource, Triggered};
use crate::params::{no_parameters, SortParam};
use crate::respond::{cacheable, CACHE_STATIC, JSON};
use crate::routes::health::{Health, Live, Ready};
use crate::routes::sources::{HarvestAccepted, SourceView};
use crate::routes::{health, licenses, metrics, resources, sources};
use crate::schema::{
    AgentSchema, AudienceSchema, FamilyCountSchema, HarvestSchema, JsonLdSchema,
    LicenseCountSchema, LicenseOverviewSchema, LicenseSchema, ResourceSchema, SearchResultsSchema,
    SourceRefSchema,
};

/// The API's OpenAPI document.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "oerdex API",
        description = "Search a catalogue of Open Educational Resources harvested over OAI-PMH, \
            with licence-aware filters and facets; read resources as JSON or LRMI JSON-LD; \
            register sources and start harvests (admin token). Errors are RFC 9457 problem \
            documents (application/problem+json).",
        license(name = "Apache-2.0", identifier = "Apache-2.0"),
    ),
    paths(
        resources::search,
        resources::resource,
        resources::resource_jsonld,
        licenses::licenses,
        sources::list,
        sources::get,
        sources::add,
        sources::remove,
        sources::harvest,
        sources::harvests,
        health::health,
        health::live,
        health::ready,
        metrics::metrics,
        openapi,
    ),
    components(schemas(
        Problem,
        SearchResultsSchema,
        ResourceSchema,
        LicenseSchema,
        SourceRefSchema,
        JsonLdSchema,
        AgentSchema,
        AudienceSchema,
        LicenseOverviewSchema,
        FamilyCountSchema,
        LicenseCountSchema,
        SourceView,
        HarvestSchema,
        NewSource,
        HarvestAccepted,
        Triggered,
        Health,
        Live,
        Ready,
        SortParam,
    )),
    modifiers(&AdminToken),
    tags(
        (name = "resources", description = "Search and read resources"),
        (name = "licenses", description = "Licences present in the catalogue"),
        (name = "sources", description = "OAI-PMH sources and their harvests"),
        (name = "operations", description = "Health and metrics"),
    )
)]
pub struct ApiDoc;

/// Declares the admin token as a bearer security scheme.
struct AdminToken;

impl Modify for AdminToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "admin_token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "The server's admin token (server.admin_token or OERDEX_ADMIN_TOKEN)",
                    ))
                    .build(),
            ),
        );
    }
}

/// The document, built once.
pub fn document() -> &'static serde_json::Value {
    static DOCUMENT: OnceLock<serde_json::Value> = OnceLock::new();
    DOCUMENT.get_or_init(|| {
        let mut doc = ApiDoc::openapi();
        doc.info.version = env!("CARGO_PKG_VERSION").to_string();
        serde_json::to_value(&doc).unwrap_or_default()
    })
}

/// The OpenAPI 3.1 description of this API.
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    operation_id = "openapi",
    tag = "operations",
    responses((status = 200, description = "This document (OpenAPI 3.1)", body = Object))
)]
pub async fn openapi(uri: Uri, headers: HeaderMap) -> Result<Response, ApiError> {
    no_parameters(&uri)?;
    cacheable(&headers, document(), JSON, CACHE_STATIC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_is_openapi_3_1_with_every_route() {
        let doc = document();
        assert!(
            doc["openapi"].as_str().unwrap().starts_with("3.1"),
            "{}",
            doc["openapi"]
        );
        for path in [
            "/api/v1/resources",
            "/api/v1/resources/{id}",
            "/api/v1/resources/{id}.jsonld",
            "/api/v1/licenses",
            "/api/v1/sources",
            "/api/v1/sources/{name}",
            "/api/v1/sources/{name}/harvest",
            "/api/v1/sources/{name}/harvests",
            "/health",
            "/metrics",
            "/api/v1/openapi.json",
        ] {
            assert!(doc["paths"][path].is_object(), "{path} missing");
        }
        let params = doc["paths"]["/api/v1/resources"]["get"]["parameters"]
            .as_array()
            .unwrap();
        let names: Vec<&str> = params.iter().filter_map(|p| p["name"].as_str()).collect();
        assert!(names.contains(&"type") && names.contains(&"license") && names.contains(&"facets"));
        assert_eq!(
            doc["components"]["schemas"]["Resource"]["additionalProperties"],
            false
        );
        assert_eq!(
            doc["components"]["securitySchemes"]["admin_token"]["scheme"],
            "bearer"
        );
    }
}
