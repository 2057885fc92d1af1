//! Sources: listing (`GET /api/v1/sources`, `GET /api/v1/sources/{name}`), operator
//! registration (`POST /api/v1/sources`), removal (`DELETE /api/v1/sources/{name}`), harvests
//! on demand (`POST /api/v1/sources/{name}/harvest`) and their history
//! (`GET /api/v1/sources/{name}/harvests`). Writes need the admin token ([`Admin`]).

use axum::extract::rejection::{JsonRejection, PathRejection};
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use oerdex_index::{license, HarvestLog, Reader, Source};
use serde::Serialize;
use utoipa::ToSchema;

use crate::auth::Admin;
use crate::error::{ApiError, Problem};
use crate::harvesting::{NewSource, RegisterError, TriggerError, Triggered};
use crate::params::{no_parameters, HarvestParams, HistoryParams};
use crate::respond::{json, json_status, CACHE_LIVE, CACHE_NONE};
use crate::state::AppState;

/// Harvests listed when `limit` is not given.
const DEFAULT_HISTORY: usize = 20;
/// Longest URL accepted for registration.
const MAX_URL_CHARS: usize = 2048;
/// Most sets one source may name.
const MAX_SETS: usize = 64;

/// A registered source with its record count and harvest state.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SourceView {
    /// Short unique name.
    #[schema(example = "zoerr")]
    pub name: String,
    /// OAI-PMH base URL; a user name, password or access key in it shows as `***`.
    pub url: String,
    /// `repositoryName` from Identify.
    pub repository_name: Option<String>,
    /// The metadata format harvested.
    #[schema(example = "lom")]
    pub metadata_prefix: String,
    /// Sets harvested; empty for the whole repository.
    pub sets: Vec<String>,
    /// Disabled sources are kept but not harvested on schedule.
    pub enabled: bool,
    /// Licence assumed for records that state none.
    pub default_license: Option<String>,
    /// `granularity` from Identify.
    pub granularity: Option<String>,
    /// `earliestDatestamp` from Identify.
    pub earliest_datestamp: Option<String>,
    /// `deletedRecord` from Identify (`no`, `transient`, `persistent`).
    pub deleted_record: Option<String>,
    /// Metadata formats the repository offers.
    pub formats: Vec<String>,
    /// When the source was registered.
    pub added_at: String,
    /// Live records the source contributes.
    pub records: u64,
    /// The most recent harvest (start, end, counts, error); null before the first.
    pub last_harvest: Option<HarvestLog>,
    /// A harvest of this source runs now.
    pub harvest_running: bool,
    /// When the next scheduled harvest starts; null when none is scheduled.
    pub next_harvest: Option<String>,
}

impl SourceView {
    pub(crate) fn read(index: &dyn Reader, source: Source) -> Result<Self, ApiError> {
        Ok(SourceView {
            records: index.source_record_count(&source.name)?,
            last_harvest: index.harvest_history(&source.name, 1)?.pop(),
            url: source.public_url(),
            name: source.name,
            repository_name: source.repository_name,
            metadata_prefix: source.metadata_prefix,
            sets: source.sets,
            enabled: source.enabled,
            default_license: source.default_license,
            granularity: source.granularity,
            earliest_datestamp: source.earliest_datestamp,
            deleted_record: source.deleted_record,
            formats: source.formats,
            added_at: source.added_at,
            harvest_running: false,
            next_harvest: None,
        })
    }

    pub(crate) fn with_schedule(mut self, state: &AppState) -> Self {
        let status = state.harvesting().status(&self.name);
        self.harvest_running = status.running;
        self.next_harvest = status.next_harvest;
        self
    }
}

/// The answer to a harvest request.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HarvestAccepted {
    /// The source.
    pub source: String,
    /// Whether a harvest started, or one was already running.
    pub status: Triggered,
    /// Whether it re-harvests everything.
    pub full: bool,
}

/// Every registered source with its state.
#[utoipa::path(
    get,
    path = "/api/v1/sources",
    operation_id = "listSources",
    tag = "sources",
    responses((status = 200, description = "Every registered source, by name",
        body = Vec<SourceView>))
)]
pub async fn list(State(state): State<AppState>, uri: Uri) -> Result<Response, ApiError> {
    no_parameters(&uri)?;
    let views = state
        .pool()
        .read(|index| {
            index
                .sources()?
                .into_iter()
                .map(|source| SourceView::read(index, source))
                .collect::<Result<Vec<_>, _>>()
        })
        .await?;
    let views: Vec<SourceView> = views.into_iter().map(|v| v.with_schedule(&state)).collect();
    json(&views, CACHE_LIVE)
}

/// One source with its state.
#[utoipa::path(
    get,
    path = "/api/v1/sources/{name}",
    operation_id = "getSource",
    tag = "sources",
    params(("name" = String, Path, description = "Source name")),
    responses(
        (status = 200, description = "The source", body = SourceView),
        (status = 404, description = "No such source", body = Problem,
            content_type = "application/problem+json"),
    )
)]
pub async fn get(
    State(state): State<AppState>,
    name: Result<Path<String>, PathRejection>,
) -> Result<Response, ApiError> {
    let name = source_name(name)?;
    let view = find(&state, name).await?;
    json(&view.with_schedule(&state), CACHE_LIVE)
}

/// Registers a source after checking the repository live.
#[utoipa::path(
    post,
    path = "/api/v1/sources",
    operation_id = "addSource",
    tag = "sources",
    request_body = NewSource,
    security(("admin_token" = [])),
    responses(
        (status = 201, description = "Registered; its first harvest is scheduled now",
            body = SourceView,
            headers(("Location" = String, description = "The new source's URL"))),
        (status = 400, description = "The body or the repository failed the check; the detail \
            says what failed", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or wrong admin token", body = Problem,
            content_type = "application/problem+json"),
        (status = 403, description = "Write endpoints are disabled (no admin token configured)",
            body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A source with this name exists", body = Problem,
            content_type = "application/problem+json"),
        (status = 413, description = "The body is larger than 64 KiB", body = Problem,
            content_type = "application/problem+json"),
        (status = 415, description = "The body is not sent as JSON", body = Problem,
            content_type = "application/problem+json"),
    )
)]
pub async fn add(
    _admin: Admin,
    State(state): State<AppState>,
    body: Result<Json<NewSource>, JsonRejection>,
) -> Result<Response, ApiError> {
    let Json(request) = body.map_err(body_error)?;
    let name = request.name.clone();
    let view = register(&state, request).await?;
    let mut response = json_status(StatusCode::CREATED, &view, CACHE_NONE)?;
    if let Ok(location) = HeaderValue::from_str(&format!("/api/v1/sources/{name}")) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

/// Registers a source for an admitted request: checks the request, validates the endpoint live,
/// stores the source and schedules its first harvest. Shared by `POST /api/v1/sources` and the
/// sources page.
pub async fn register(state: &AppState, request: NewSource) -> Result<SourceView, ApiError> {
    check_new_source(&request)?;
    let name = request.name.clone();
    if exists(state, name.clone()).await? {
        return Err(duplicate(&name));
    }
    let source = state
        .harvesting()
        .register(request)
        .await
        .map_err(|e| match e {
            RegisterError::Rejected(message) => {
                ApiError::Registration(oerdex_index::model::redact::text(&message).into_owned())
            }
            RegisterError::Internal(message) => ApiError::internal("registration", message),
        })?;
    let view = state
        .pool()
        .write(move |index| {
            index.add_source(&source)?;
            SourceView::read(index, source)
        })
        .await?;
    state.harvesting().added(&name);
    Ok(view.with_schedule(state))
}

/// Removes a source and its contributions; resources other sources also hold stay.
#[utoipa::path(
    delete,
    path = "/api/v1/sources/{name}",
    operation_id = "removeSource",
    tag = "sources",
    params(("name" = String, Path, description = "Source name")),
    security(("admin_token" = [])),
    responses(
        (status = 204, description = "Removed; resources only it held are now withdrawn (410)"),
        (status = 401, description = "No or wrong admin token", body = Problem,
            content_type = "application/problem+json"),
        (status = 403, description = "Write endpoints are disabled (no admin token configured)",
            body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such source", body = Problem,
            content_type = "application/problem+json"),
        (status = 409, description = "The source is declared in the configuration file",
            body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn remove(
    _admin: Admin,
    State(state): State<AppState>,
    name: Result<Path<String>, PathRejection>,
) -> Result<Response, ApiError> {
    let name = source_name(name)?;
    if state.is_declared(&name) {
        return Err(ApiError::Conflict(format!(
            "source {name:?} is declared in the configuration file; remove it there"
        )));
    }
    if !exists(&state, name.clone()).await? {
        return Err(no_source(&name));
    }
    state.harvesting().removed(&name);
    state
        .pool()
        .write(move |index| Ok(index.remove_source(&name)?))
        .await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(CACHE_NONE));
    Ok(response)
}

/// Starts a harvest of the source now (incremental unless `full=true`).
#[utoipa::path(
    post,
    path = "/api/v1/sources/{name}/harvest",
    operation_id = "startHarvest",
    tag = "sources",
    params(("name" = String, Path, description = "Source name"), HarvestParams),
    security(("admin_token" = [])),
    responses(
        (status = 202, description = "A harvest started (or one was already running)",
            body = HarvestAccepted,
            headers(("Location" = String, description = "The source's harvest history"))),
        (status = 401, description = "No or wrong admin token", body = Problem,
            content_type = "application/problem+json"),
        (status = 403, description = "Write endpoints are disabled (no admin token configured)",
            body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such source", body = Problem,
            content_type = "application/problem+json"),
        (status = 503, description = "The server is shutting down or does not harvest",
            body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn harvest(
    _admin: Admin,
    State(state): State<AppState>,
    name: Result<Path<String>, PathRejection>,
    uri: Uri,
) -> Result<Response, ApiError> {
    let name = source_name(name)?;
    let full = HarvestParams::from_uri(&uri)?.full.unwrap_or(false);
    if !exists(&state, name.clone()).await? {
        return Err(no_source(&name));
    }
    let status = state
        .harvesting()
        .trigger(&name, full)
        .map_err(|e| match e {
            TriggerError::ShuttingDown => {
                ApiError::Unavailable("the server is shutting down; no harvest starts now".into())
            }
            TriggerError::Unavailable => {
                ApiError::Unavailable("this server does not harvest".into())
            }
        })?;
    let accepted = HarvestAccepted {
        source: name.clone(),
        status,
        full,
    };
    let mut response = json_status(StatusCode::ACCEPTED, &accepted, CACHE_NONE)?;
    if let Ok(location) = HeaderValue::from_str(&format!("/api/v1/sources/{name}/harvests")) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

/// The source's harvests, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/sources/{name}/harvests",
    operation_id = "listHarvests",
    tag = "sources",
    params(("name" = String, Path, description = "Source name"), HistoryParams),
    responses(
        (status = 200, description = "Harvests, newest first", body = Vec<HarvestLog>),
        (status = 404, description = "No such source", body = Problem,
            content_type = "application/problem+json"),
    )
)]
pub async fn harvests(
    State(state): State<AppState>,
    name: Result<Path<String>, PathRejection>,
    uri: Uri,
) -> Result<Response, ApiError> {
    let name = source_name(name)?;
    let limit = HistoryParams::from_uri(&uri)?
        .limit
        .unwrap_or(DEFAULT_HISTORY);
    let history = state
        .pool()
        .read(move |index| {
            if index.source(&name)?.is_none() {
                return Err(no_source(&name));
            }
            Ok(index.harvest_history(&name, limit)?)
        })
        .await?;
    json(&history, CACHE_LIVE)
}

pub(crate) async fn find(state: &AppState, name: String) -> Result<SourceView, ApiError> {
    state
        .pool()
        .read(move |index| match index.source(&name)? {
            Some(source) => SourceView::read(index, source),
            None => Err(no_source(&name)),
        })
        .await
}

async fn exists(state: &AppState, name: String) -> Result<bool, ApiError> {
    state
        .pool()
        .read(move |index| Ok(index.source(&name)?.is_some()))
        .await
}

fn no_source(name: &str) -> ApiError {
    ApiError::NotFound(format!("no source named {name:?}"))
}

fn duplicate(name: &str) -> ApiError {
    ApiError::Conflict(format!("a source named {name:?} already exists"))
}

/// The `{name}` path segment; a name no source can have is simply not found.
pub(crate) fn source_name(name: Result<Path<String>, PathRejection>) -> Result<String, ApiError> {
    let Path(name) = name.map_err(|_| ApiError::NotFound("no such source".into()))?;
    if Source::valid_name(&name) {
        Ok(name)
    } else {
        Err(ApiError::NotFound("no such source".into()))
    }
}

/// Checks a registration body before anything is fetched.
pub(crate) fn check_new_source(request: &NewSource) -> Result<(), ApiError> {
    if !Source::valid_name(&request.name) {
        return Err(ApiError::parameter(
            "name",
            "a source name has 1-64 letters, digits, '-', '_' or '.'",
        ));
    }
    let url = request.url.trim();
    let scheme_ok = ["http://", "https://"].iter().any(|scheme| {
        url.get(..scheme.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
    });
    if !scheme_ok || url.len() > MAX_URL_CHARS {
        return Err(ApiError::parameter(
            "url",
            format!(
                "the OAI-PMH base URL must be an http(s) URL of at most {MAX_URL_CHARS} characters"
            ),
        ));
    }
    if let Some(prefix) = &request.metadata_prefix {
        if prefix.trim().is_empty() || prefix.len() > 64 {
            return Err(ApiError::parameter(
                "metadata_prefix",
                "a metadata prefix has 1-64 characters; leave it out to pick the richest format",
            ));
        }
    }
    if request.sets.len() > MAX_SETS
        || request
            .sets
            .iter()
            .any(|s| s.trim().is_empty() || s.len() > 256)
    {
        return Err(ApiError::parameter(
            "sets",
            format!("at most {MAX_SETS} set specs of 1-256 characters"),
        ));
    }
    if let Some(default) = &request.default_license {
        if default.len() > 512 || license::normalize(default).is_none() {
            return Err(ApiError::parameter(
                "default_license",
                "not a licence oerdex knows; give a licence id (CC-BY-4.0), URL or name",
            ));
        }
    }
    Ok(())
}

/// A body the JSON extractor refused, as a problem.
pub(crate) fn body_error(rejection: JsonRejection) -> ApiError {
    let status = match rejection.status() {
        StatusCode::PAYLOAD_TOO_LARGE => StatusCode::PAYLOAD_TOO_LARGE,
        StatusCode::UNSUPPORTED_MEDIA_TYPE => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        _ => StatusCode::BAD_REQUEST,
    };
    let message = match status {
        StatusCode::PAYLOAD_TOO_LARGE => "the request body is too large".to_string(),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => {
            "send the body as JSON with `Content-Type: application/json`".to_string()
        }
        // serde's message names the field and what was expected; it holds no server detail.
        _ => format!("the body is not a valid source: {}", rejection.body_text()),
    };
    ApiError::InvalidBody { status, message }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(name: &str, url: &str) -> NewSource {
        NewSource {
            name: name.into(),
            url: url.into(),
            metadata_prefix: None,
            sets: Vec::new(),
            default_license: None,
        }
    }

    fn field(outcome: Result<(), ApiError>) -> Option<String> {
        match outcome {
            Err(ApiError::InvalidParameter { parameter, .. }) => Some(parameter),
            _ => None,
        }
    }

    #[test]
    fn registration_bodies_are_checked_field_by_field() {
        assert!(check_new_source(&request("zoerr", "https://example.org/oai")).is_ok());
        assert!(check_new_source(&request("a.b_c-1", "HTTP://example.org/oai")).is_ok());
        assert_eq!(
            field(check_new_source(&request("", "https://x"))).as_deref(),
            Some("name")
        );
        assert_eq!(
            field(check_new_source(&request("a b", "https://x"))).as_deref(),
            Some("name")
        );
        assert_eq!(
            field(check_new_source(&request("a", "ftp://x"))).as_deref(),
            Some("url")
        );
        assert_eq!(
            field(check_new_source(&request("a", "x"))).as_deref(),
            Some("url")
        );
        let mut r = request("a", "https://x");
        r.default_license = Some("whatever I like".into());
        assert_eq!(
            field(check_new_source(&r)).as_deref(),
            Some("default_license")
        );
        r.default_license = Some("CC BY 4.0".into());
        assert!(check_new_source(&r).is_ok());
        r.sets = vec![String::new()];
        assert_eq!(field(check_new_source(&r)).as_deref(), Some("sets"));
        r.sets = Vec::new();
        r.metadata_prefix = Some(" ".into());
        assert_eq!(
            field(check_new_source(&r)).as_deref(),
            Some("metadata_prefix")
        );
    }
}
