//! Registration requests: anyone may submit a repository (`POST /api/v1/registrations`: name,
//! URL, contact e-mail); it is checked live with the same rules as an operator's registration
//! (refused addresses included) and queued. The operator lists the queue and approves or
//! rejects each request (admin token); an approved request becomes a source whose first
//! harvest starts at once.
//!
//! Submissions that pass the checks of their fields are limited per client
//! (`server.registrations_per_hour`) on top of the general rate limit, since each one makes the
//! server contact a repository.

use std::time::Instant;

use axum::extract::rejection::{JsonRejection, PathRejection};
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::response::Response;
use axum::{Extension, Json};
use oerdex_index::store::registrations::{Decision, Registration};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use crate::auth::Admin;
use crate::client::Client;
use crate::error::{ApiError, Problem};
use crate::harvesting::{NewSource, RegisterError};
use crate::params::{once, query_pairs, unknown_parameter};
use crate::respond::{json, json_status, CACHE_NONE};
use crate::routes::sources::{body_error, check_new_source, SourceView};
use crate::state::AppState;

/// Longest contact address accepted.
const MAX_EMAIL: usize = 254;
/// Longest rejection reason kept, in characters.
pub const MAX_REASON: usize = 1000;

/// A repository submitted for registration (the body of `POST /api/v1/registrations`).
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Submission {
    /// Short unique name: 1-64 letters, digits, `-`, `_` or `.`.
    #[schema(example = "zoerr")]
    pub name: String,
    /// The repository's OAI-PMH base URL (http or https).
    #[schema(example = "https://www.oerbw.de/edu-sharing/eduservlet/oai/provider")]
    pub url: String,
    /// Whom the operator may write to about it.
    #[schema(example = "oer-team@example.org")]
    pub contact_email: String,
    /// Metadata format to harvest; by default the richest the repository offers.
    #[serde(default)]
    pub metadata_prefix: Option<String>,
    /// Sets to harvest; by default the whole repository.
    #[serde(default)]
    pub sets: Vec<String>,
    /// Licence assumed for records that state none.
    #[serde(default)]
    pub default_license: Option<String>,
}

/// The operator's reason for a rejection (the optional body of `…/reject`).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Rejection {
    /// Why, in a sentence (at most 1,000 characters).
    #[serde(default)]
    pub reason: Option<String>,
}

/// The parameters of `GET /api/v1/registrations`.
#[derive(Debug, Clone, Default, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct QueueParams {
    /// Only requests with this status: `pending`, `approved` or `rejected`.
    pub status: Option<String>,
}

impl QueueParams {
    fn from_uri(uri: &Uri) -> Result<Self, ApiError> {
        let mut p = QueueParams::default();
        for (key, value) in query_pairs(uri)? {
            match key.as_str() {
                "status" => {
                    once(&p.status, "status")?;
                    const STATUSES: [&str; 3] = ["pending", "approved", "rejected"];
                    if !STATUSES.contains(&value.as_str()) {
                        return Err(ApiError::parameter_allowed(
                            "status",
                            "not a status of a registration request",
                            &STATUSES,
                        ));
                    }
                    p.status = Some(value);
                }
                other => return Err(unknown_parameter(other, &["status"])),
            }
        }
        Ok(p)
    }
}

/// Submits a repository for registration: checked live, then queued for the operator.
#[utoipa::path(
    post,
    path = "/api/v1/registrations",
    operation_id = "submitRegistration",
    tag = "registrations",
    request_body = Submission,
    responses(
        (status = 202, description = "Checked and queued; the operator decides",
            body = Registration),
        (status = 400, description = "The body or the repository failed the check; the detail \
            says what failed", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "A source or a waiting request has this name",
            body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "Too many requests wait for the operator",
            body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn submit(
    State(state): State<AppState>,
    client: Option<Extension<Client>>,
    body: Result<Json<Submission>, JsonRejection>,
) -> Result<Response, ApiError> {
    let Json(submission) = body.map_err(body_error)?;
    let queued = queue(&state, client.as_ref().map(|Extension(c)| c), submission).await?;
    let mut response = json_status(StatusCode::ACCEPTED, &queued, CACHE_NONE)?;
    if let Ok(location) = HeaderValue::from_str(&format!("/api/v1/registrations/{}", queued.id)) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

/// Checks a submission, checks its repository live and queues it for the operator: the
/// checks of its fields, a name no source or waiting request has, the per-client limit of
/// submissions (`client`: `None` only where nothing identifies the client), then the live
/// check with the harvester's address rules. Shared by `POST /api/v1/registrations` and the
/// sources page's form.
pub async fn queue(
    state: &AppState,
    client: Option<&Client>,
    submission: Submission,
) -> Result<Registration, ApiError> {
    let contact = submission.contact_email.trim().to_string();
    if !plausible_email(&contact) {
        return Err(ApiError::parameter(
            "contact_email",
            "an e-mail address like oer-team@example.org",
        ));
    }
    let request = NewSource {
        name: submission.name,
        url: submission.url,
        metadata_prefix: submission.metadata_prefix,
        sets: submission.sets,
        default_license: submission.default_license,
    };
    check_new_source(&request)?;
    let name = request.name.clone();
    let taken = state
        .pool()
        .read(move |index| {
            let pending = index.registrations(Some("pending"))?;
            Ok(index.source(&name)?.is_some() || pending.iter().any(|r| r.name == name))
        })
        .await?;
    if taken {
        return Err(ApiError::Conflict(format!(
            "a source or a waiting request is named {:?} already",
            request.name
        )));
    }
    // Only submissions that reach the live check count: that is what the limit protects.
    if let Some(client) = client {
        if let Err(retry_after_s) = state
            .registration_limiter()
            .check(client.ip, Instant::now())
        {
            return Err(ApiError::TooManyRequests { retry_after_s });
        }
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
    state
        .pool()
        .write(move |index| Ok(index.submit_registration(&source, &contact)?))
        .await
}

/// The registration requests, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/registrations",
    operation_id = "listRegistrations",
    tag = "registrations",
    params(QueueParams),
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "Requests, newest first", body = Vec<Registration>),
        (status = 401, description = "No or wrong admin token", body = Problem,
            content_type = "application/problem+json"),
        (status = 403, description = "Write endpoints are disabled (no admin token configured)",
            body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list(
    _admin: Admin,
    State(state): State<AppState>,
    uri: Uri,
) -> Result<Response, ApiError> {
    let status = QueueParams::from_uri(&uri)?.status;
    let listed: Vec<Registration> = state
        .pool()
        .read(move |index| Ok(index.registrations(status.as_deref())?))
        .await?;
    json(&listed, CACHE_NONE)
}

/// One registration request.
#[utoipa::path(
    get,
    path = "/api/v1/registrations/{id}",
    operation_id = "getRegistration",
    tag = "registrations",
    params(("id" = i64, Path, description = "Request number")),
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "The request", body = Registration),
        (status = 401, description = "No or wrong admin token", body = Problem,
            content_type = "application/problem+json"),
        (status = 403, description = "Write endpoints are disabled (no admin token configured)",
            body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request", body = Problem,
            content_type = "application/problem+json"),
    )
)]
pub async fn get(
    _admin: Admin,
    State(state): State<AppState>,
    id: Result<Path<i64>, PathRejection>,
) -> Result<Response, ApiError> {
    let id = request_id(id)?;
    let found = state
        .pool()
        .read(move |index| Ok(index.registration(id)?))
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("no registration request {id}")))?;
    json(&found, CACHE_NONE)
}

/// Approves a request: its repository becomes a source, harvested at once.
#[utoipa::path(
    post,
    path = "/api/v1/registrations/{id}/approve",
    operation_id = "approveRegistration",
    tag = "registrations",
    params(("id" = i64, Path, description = "Request number")),
    security(("admin_token" = [])),
    responses(
        (status = 201, description = "The new source; its first harvest starts now",
            body = SourceView,
            headers(("Location" = String, description = "The new source's URL"))),
        (status = 401, description = "No or wrong admin token", body = Problem,
            content_type = "application/problem+json"),
        (status = 403, description = "Write endpoints are disabled (no admin token configured)",
            body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request", body = Problem,
            content_type = "application/problem+json"),
        (status = 409, description = "Decided already, or a source took the name meanwhile",
            body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn approve(
    _admin: Admin,
    State(state): State<AppState>,
    id: Result<Path<i64>, PathRejection>,
) -> Result<Response, ApiError> {
    let view = approve_request(&state, request_id(id)?).await?;
    let location = format!("/api/v1/sources/{}", view.name);
    let mut response = json_status(StatusCode::CREATED, &view, CACHE_NONE)?;
    if let Ok(location) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

/// Approves request `id` for an admitted operator: its repository becomes a source, whose
/// first harvest is scheduled at once. Shared by the API and the operator's page.
pub async fn approve_request(state: &AppState, id: i64) -> Result<SourceView, ApiError> {
    let added = state
        .pool()
        .write(move |index| Ok(index.decide_registration(id, &Decision::Approve)?))
        .await?
        .ok_or_else(|| ApiError::internal("approval", "no source was added"))?;
    let name = added.name.clone();
    state.harvesting().added(&name);
    Ok(crate::routes::sources::find(state, name)
        .await?
        .with_schedule(state))
}

/// Rejects a request, with an optional reason.
#[utoipa::path(
    post,
    path = "/api/v1/registrations/{id}/reject",
    operation_id = "rejectRegistration",
    tag = "registrations",
    params(("id" = i64, Path, description = "Request number")),
    request_body(content = Rejection, description = "Optional: why", content_type = "application/json"),
    security(("admin_token" = [])),
    responses(
        (status = 200, description = "The request, rejected", body = Registration),
        (status = 401, description = "No or wrong admin token", body = Problem,
            content_type = "application/problem+json"),
        (status = 403, description = "Write endpoints are disabled (no admin token configured)",
            body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such request", body = Problem,
            content_type = "application/problem+json"),
        (status = 409, description = "Decided already", body = Problem,
            content_type = "application/problem+json"),
    )
)]
pub async fn reject(
    _admin: Admin,
    State(state): State<AppState>,
    id: Result<Path<i64>, PathRejection>,
    body: Result<Json<Rejection>, JsonRejection>,
) -> Result<Response, ApiError> {
    let id = request_id(id)?;
    let rejection = match body {
        Ok(Json(rejection)) => rejection,
        // No body at all is a rejection without a reason.
        Err(JsonRejection::MissingJsonContentType(_)) => Rejection::default(),
        Err(other) => return Err(body_error(other)),
    };
    let decided = reject_request(&state, id, rejection.reason).await?;
    json(&decided, CACHE_NONE)
}

/// Rejects request `id` for an admitted operator, with the reason trimmed to 1,000 characters
/// (none when empty). Shared by the API and the operator's page.
pub async fn reject_request(
    state: &AppState,
    id: i64,
    reason: Option<String>,
) -> Result<Registration, ApiError> {
    let reason = reason
        .map(|r| r.trim().chars().take(MAX_REASON).collect::<String>())
        .filter(|r| !r.is_empty());
    state
        .pool()
        .write(move |index| {
            index.decide_registration(id, &Decision::Reject(reason))?;
            Ok(index.registration(id)?)
        })
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("no registration request {id}")))
}

fn request_id(id: Result<Path<i64>, PathRejection>) -> Result<i64, ApiError> {
    match id {
        Ok(Path(id)) if id > 0 => Ok(id),
        _ => Err(ApiError::NotFound("no such registration request".into())),
    }
}

/// An address with one `@`, something before it and a dotted domain after it, no spaces.
fn plausible_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    value.len() <= MAX_EMAIL
        && !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_addresses_are_checked_for_shape() {
        for ok in ["a@b.org", "oer-team@example.org", "x.y+z@sub.example.de"] {
            assert!(plausible_email(ok), "{ok}");
        }
        for bad in [
            "",
            "a",
            "a@",
            "@b.org",
            "a@b",
            "a@@b.org",
            "a b@c.org",
            "a@.org",
            "a@b.org.",
        ] {
            assert!(!plausible_email(bad), "{bad}");
        }
    }
}
