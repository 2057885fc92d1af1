//! `GET /api/v1/openapi.json`: the OpenAPI 3.1 description of this API, generated from the
//! handlers' `#[utoipa::path]` attributes and the types they answer with.

use std::sync::OnceLock;

use axum::http::{HeaderMap, Uri};
use axum::response::Response;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::openapi_schemas;
use crate::error::{ApiError, Problem};
use crate::harvesting::{NewSource, Triggered};
use crate::params::no_parameters;
use crate::respond::{cacheable, CACHE_STATIC, JSON};
use crate::routes::health::{Health, Live, Ready};
use crate::routes::registrations::{Rejection, Submission};
use crate::routes::sources::{HarvestAccepted, SourceView};
use crate::routes::{health, licenses, metrics, quality, registrations, resources, sources};
use oerdex_index::jsonld::{
    AgentLd, AlignmentLd, ConceptLd, IdLd, LearningResourceLd, PageLd, ProviderLd, RelatedLd,
};
use oerdex_index::license::License;
use oerdex_index::model::accessibility::Accessibility;
use oerdex_index::model::agent::Agent;
use oerdex_index::model::LangText;
use oerdex_index::search::Highlight;
use oerdex_index::store::licenses::{FamilyCount, LicenseCount, LicenseOverview};
use oerdex_index::store::quality::{Coverage, QualityReport, Share, ValueCount};
use oerdex_index::store::registrations::Registration;
use oerdex_index::{HarvestLog, Resource, SearchResults, Sort, SourceRef};

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
        quality::report,
        registrations::submit,
        registrations::list,
        registrations::get,
        registrations::approve,
        registrations::reject,
        health::health,
        health::live,
        health::ready,
        metrics::metrics,
        openapi,
    ),
    components(schemas(
        Problem,
        SearchResults,
        Highlight,
        Resource,
        Agent,
        LangText,
        Accessibility,
        License,
        SourceRef,
        LearningResourceLd,
        AgentLd,
        AlignmentLd,
        ConceptLd,
        IdLd,
        RelatedLd,
        PageLd,
        ProviderLd,
        LicenseOverview,
        FamilyCount,
        LicenseCount,
        SourceView,
        HarvestLog,
        NewSource,
        HarvestAccepted,
        Triggered,
        QualityReport,
        Submission,
        Rejection,
        Registration,
        Coverage,
        Share,
        ValueCount,
        Health,
        Live,
        Ready,
        Sort,
    )),
    modifiers(&AdminToken),
    tags(
        (name = "resources", description = "Search and read resources"),
        (name = "licenses", description = "Licences present in the catalogue"),
        (name = "sources", description = "OAI-PMH sources and their harvests"),
        (name = "registrations", description = "Repositories submitted for registration"),
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
        let mut doc = serde_json::to_value(&doc).unwrap_or_default();
        declare_common_responses(&mut doc);
        openapi_schemas::finish(&mut doc);
        doc
    })
}

/// Operations that refuse query parameters they do not know (400).
const REFUSE_UNKNOWN_PARAMETERS: &[&str] = &[
    "searchResources",
    "listLicenses",
    "openapi",
    "listSources",
    "startHarvest",
    "listHarvests",
    "sourceReport",
    "listRegistrations",
];

/// Adds the answers every operation may get whatever it does: the rate limit (429), a query
/// string over the limit (414), a request head too large (431), a method the path does not take
/// (405), an internal fault (500);
/// with a request body, a body too large (413) or not JSON (415); and 400 where unknown
/// parameters are refused. Each is declared where the handler did not declare it itself.
fn declare_common_responses(doc: &mut serde_json::Value) {
    let problem = |description: &str| {
        serde_json::json!({
            "description": description,
            "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
        })
    };
    let Some(paths) = doc.get_mut("paths").and_then(|p| p.as_object_mut()) else {
        return;
    };
    for item in paths.values_mut() {
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for (method, operation) in item.iter_mut() {
            if !matches!(method.as_str(), "get" | "post" | "put" | "delete" | "patch") {
                continue;
            }
            let id = operation["operationId"].as_str().unwrap_or("").to_string();
            let has_body = operation.get("requestBody").is_some();
            let Some(responses) = operation
                .get_mut("responses")
                .and_then(|r| r.as_object_mut())
            else {
                continue;
            };
            let mut add = |status: &str, value: serde_json::Value| {
                responses.entry(status).or_insert(value);
            };
            if REFUSE_UNKNOWN_PARAMETERS.contains(&id.as_str()) {
                add(
                    "400",
                    problem("A parameter is unknown, malformed or out of range"),
                );
            }
            if has_body {
                add("400", problem("The body is not valid"));
                add("413", problem("The body is larger than 64 KiB"));
                add("415", problem("The body is not sent as JSON"));
            }
            add(
                "405",
                problem("The path does not take this method (see `Allow`)"),
            );
            add("414", problem("The query string is longer than 16 KiB"));
            add("431", problem("The request head is too large"));
            let mut limited = problem("Too many requests from this client; see `Retry-After`");
            limited["headers"] = serde_json::json!({
                "Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer"}}
            });
            add("429", limited);
            add(
                "500",
                problem("An internal fault; it is logged, and the detail says nothing of it"),
            );
        }
    }
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
            "/api/v1/sources/{name}/report",
            "/health",
            "/health/live",
            "/health/ready",
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
        for (path, method, status) in [
            ("/api/v1/resources", "get", "400"),
            ("/api/v1/resources", "get", "429"),
            ("/api/v1/resources/{id}", "get", "414"),
            ("/api/v1/sources", "post", "413"),
            ("/api/v1/sources", "post", "415"),
            ("/health/ready", "get", "405"),
        ] {
            assert!(
                doc["paths"][path][method]["responses"][status].is_object(),
                "{method} {path} does not declare {status}"
            );
        }
    }
}
