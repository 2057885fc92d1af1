//! `GET /api/v1/sources/{name}/report`: a source's metadata quality report (see
//! [`oerdex_index::store::quality`]), for the repository's manager.

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::error::{ApiError, Problem};
use crate::params::no_parameters;
use crate::respond::{json, CACHE_LIVE};
use crate::state::AppState;

/// How many records have a field (the schema of the report's shares).
#[derive(Deserialize, ToSchema)]
#[schema(as = Share)]
#[serde(deny_unknown_fields)]
pub struct ShareSchema {
    /// Records with the field.
    pub records: u64,
    /// Their share of the live records, 0 to 1 (three decimals).
    pub share: f64,
}

/// The fields counted.
#[derive(Deserialize, ToSchema)]
#[schema(as = Coverage)]
#[serde(deny_unknown_fields)]
pub struct CoverageSchema {
    /// A licence read from the record's own rights statements.
    pub license: ShareSchema,
    /// A language oerdex reads.
    pub language: ShareSchema,
    /// A URL of the resource.
    pub url: ShareSchema,
    /// A description.
    pub description: ShareSchema,
    /// A learning resource type.
    pub resource_type: ShareSchema,
    /// An educational level.
    pub educational_level: ShareSchema,
}

/// A value as records write it, and how many do.
#[derive(Deserialize, ToSchema)]
#[schema(as = ValueCount)]
#[serde(deny_unknown_fields)]
pub struct ValueCountSchema {
    /// The value.
    pub value: String,
    /// Records stating it.
    pub records: u64,
}

/// A source's metadata quality.
#[derive(Deserialize, ToSchema)]
#[schema(as = QualityReport)]
#[serde(deny_unknown_fields)]
pub struct QualityReportSchema {
    /// The source.
    pub source: String,
    /// Live records.
    pub records: u64,
    /// Live records in a format no crosswalk understood.
    pub unread_records: u64,
    /// Records whose rights statements oerdex could not read as a licence.
    pub unreadable_license_records: u64,
    /// Records that state no rights.
    pub no_rights_records: u64,
    /// How many records have each field.
    pub coverage: CoverageSchema,
    /// Rights statements not read as a licence, most frequent first (20 at most).
    pub unreadable_licenses: Vec<ValueCountSchema>,
    /// Language values not read, most frequent first (20 at most).
    pub unreadable_languages: Vec<ValueCountSchema>,
}

/// The source's metadata quality: how many records have a licence, a language, a URL, a
/// description, a type and a level, and the values oerdex could not read.
#[utoipa::path(
    get,
    path = "/api/v1/sources/{name}/report",
    operation_id = "sourceReport",
    tag = "sources",
    params(("name" = String, Path, description = "Source name")),
    responses(
        (status = 200, description = "The report", body = QualityReportSchema),
        (status = 400, description = "An unknown query parameter", body = Problem,
            content_type = "application/problem+json"),
        (status = 404, description = "No such source", body = Problem,
            content_type = "application/problem+json"),
    )
)]
pub async fn report(
    State(state): State<AppState>,
    name: Result<Path<String>, PathRejection>,
    uri: Uri,
) -> Result<Response, ApiError> {
    let name = super::sources::source_name(name)?;
    no_parameters(&uri)?;
    let report = state
        .pool()
        .read(move |index| Ok(index.quality_report(&name)?))
        .await?;
    json(&report, CACHE_LIVE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use oerdex_index::{Index, Source};

    #[test]
    fn the_report_matches_its_schema() {
        let mut index = Index::open_in_memory().unwrap();
        index
            .add_source(&Source::new("q", "https://q.example/oai", "oai_dc"))
            .unwrap();
        let report = index.quality_report("q").unwrap();
        let _: QualityReportSchema =
            serde_json::from_value(serde_json::to_value(&report).unwrap()).expect("QualityReport");
    }
}
