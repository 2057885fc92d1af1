//! The API's error type and its one answer shape.
//!
//! Every failure a request can meet is an [`ApiError`]; the type owns the HTTP mapping
//! ([`ApiError::status_code`]) and renders an RFC 9457 problem document
//! (`application/problem+json`: `type`, `title`, `status`, `detail`, plus `parameter` and
//! `allowed` for a bad parameter). Internal errors are logged with their cause and answered
//! with a fixed sentence: nothing from SQLite, the file system or a panic reaches a client.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use oerdex_index::IndexError;
use serde::Serialize;
use thiserror::Error;
use utoipa::ToSchema;

/// The media type of problem documents.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// Everything that can go wrong while answering a request.
#[derive(Debug, Error)]
pub enum ApiError {
    /// A query or path parameter is malformed, out of range or unknown.
    #[error("{parameter}: {message}")]
    InvalidParameter {
        /// The parameter's name as the client wrote it (`license`, `limit`...).
        parameter: String,
        /// What is wrong and what is allowed, in words.
        message: String,
        /// The values the parameter takes, when there is a short list of them.
        allowed: Vec<String>,
    },
    /// The request body is not what the endpoint takes (JSON syntax, fields, size, media type).
    #[error("{message}")]
    InvalidBody {
        /// 400, 413 or 415.
        status: StatusCode,
        /// What is wrong with the body.
        message: String,
    },
    /// The query string is longer than the API reads.
    #[error("the query string is {length} bytes long; at most {limit} are accepted")]
    QueryTooLong {
        /// Its length in bytes.
        length: usize,
        /// The limit.
        limit: usize,
    },
    /// The repository offered for registration did not pass the live check.
    #[error("{0}")]
    Registration(String),
    /// The request needs the admin token and came without it, or with a wrong one.
    #[error("this endpoint needs the admin token: send `Authorization: Bearer <token>`")]
    Unauthorized,
    /// No admin token is configured, so write endpoints are off.
    #[error("write endpoints are disabled on this server: it has no admin token (server.admin_token or OERDEX_ADMIN_TOKEN)")]
    WritesDisabled,
    /// Nothing lives at this path (an unknown resource, source or route).
    #[error("{0}")]
    NotFound(String),
    /// The path exists but not for this method.
    #[error("{method} is not allowed here")]
    MethodNotAllowed {
        /// The method used.
        method: String,
    },
    /// The resource existed but every source that held it has withdrawn it.
    #[error("resource {0} was withdrawn by every source that held it")]
    Gone(String),
    /// The request conflicts with the catalogue's state (a duplicate source name...).
    #[error("{0}")]
    Conflict(String),
    /// The server cannot answer now (database unreachable, shutting down).
    #[error("{0}")]
    Unavailable(String),
    /// The client sent more requests than `server.rate_limit_per_minute` allows.
    #[error("too many requests from this address; try again in {retry_after_s} s")]
    TooManyRequests {
        /// Seconds until a request is allowed again.
        retry_after_s: u64,
    },
    /// A fault on our side; logged, never described to the client.
    #[error("{context}: {source}")]
    Internal {
        /// What was being done.
        context: &'static str,
        /// The cause.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

impl ApiError {
    /// A bad parameter without a short list of allowed values.
    pub fn parameter(parameter: impl Into<String>, message: impl Into<String>) -> Self {
        ApiError::InvalidParameter {
            parameter: parameter.into(),
            message: message.into(),
            allowed: Vec::new(),
        }
    }

    /// A bad parameter with the values it takes.
    pub fn parameter_allowed<S: ToString>(
        parameter: impl Into<String>,
        message: impl Into<String>,
        allowed: &[S],
    ) -> Self {
        ApiError::InvalidParameter {
            parameter: parameter.into(),
            message: message.into(),
            allowed: allowed.iter().map(ToString::to_string).collect(),
        }
    }

    /// An internal error with what was being done.
    pub fn internal(
        context: &'static str,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        ApiError::Internal {
            context,
            source: source.into(),
        }
    }

    /// The HTTP status this error is answered with.
    pub fn status_code(&self) -> StatusCode {
        match self {
            ApiError::InvalidParameter { .. } | ApiError::Registration(_) => {
                StatusCode::BAD_REQUEST
            }
            ApiError::InvalidBody { status, .. } => *status,
            ApiError::QueryTooLong { .. } => StatusCode::URI_TOO_LONG,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::WritesDisabled => StatusCode::FORBIDDEN,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::Gone(_) => StatusCode::GONE,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Internal { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The problem type: a URN naming the kind of problem, stable for clients to match on.
    fn kind(&self) -> &'static str {
        match self {
            ApiError::InvalidParameter { .. } => "invalid-parameter",
            ApiError::InvalidBody { .. } => "invalid-body",
            ApiError::QueryTooLong { .. } => "query-too-long",
            ApiError::Registration(_) => "registration-failed",
            ApiError::Unauthorized => "unauthorized",
            ApiError::WritesDisabled => "writes-disabled",
            ApiError::NotFound(_) => "not-found",
            ApiError::MethodNotAllowed { .. } => "method-not-allowed",
            ApiError::Gone(_) => "gone",
            ApiError::Conflict(_) => "conflict",
            ApiError::Unavailable(_) => "unavailable",
            ApiError::TooManyRequests { .. } => "too-many-requests",
            ApiError::Internal { .. } => "internal",
        }
    }

    /// The problem document for this error.
    pub fn problem(&self) -> Problem {
        let status = self.status_code();
        let detail = match self {
            ApiError::Internal { .. } => {
                "the server failed to answer this request; the fault has been logged".to_string()
            }
            other => other.to_string(),
        };
        let (parameter, allowed) = match self {
            ApiError::InvalidParameter {
                parameter, allowed, ..
            } => (
                Some(parameter.clone()),
                Some(allowed.clone()).filter(|a| !a.is_empty()),
            ),
            _ => (None, None),
        };
        Problem {
            kind: format!("urn:oerdex:problem:{}", self.kind()),
            title: status.canonical_reason().unwrap_or("Error").to_string(),
            status: status.as_u16(),
            detail,
            parameter,
            allowed,
        }
    }
}

/// An RFC 9457 problem document.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(title = "Problem")]
pub struct Problem {
    /// The kind of problem: `urn:oerdex:problem:invalid-parameter`, `…:not-found`, `…:gone`,
    /// `…:unauthorized`, `…:conflict`, `…:registration-failed`, `…:internal`…
    #[serde(rename = "type")]
    pub kind: String,
    /// The HTTP status phrase.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong, in words, for this request.
    pub detail: String,
    /// The bad parameter, for `invalid-parameter`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
    /// The values the bad parameter takes, when there is a short list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed: Option<Vec<String>>,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status_code();
        if let ApiError::Internal { context, source } = &self {
            tracing::error!(%status, "{context}: {source}");
        } else {
            tracing::debug!(%status, "{self}");
        }
        let body = serde_json::to_vec(&self.problem()).unwrap_or_default();
        let mut response = (status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if let ApiError::TooManyRequests { retry_after_s } = &self {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(*retry_after_s));
        }
        if matches!(self, ApiError::Unauthorized) {
            headers.insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"oerdex\""),
            );
        }
        response
    }
}

impl From<IndexError> for ApiError {
    fn from(e: IndexError) -> Self {
        match e {
            IndexError::InvalidQuery { parameter, message } => {
                ApiError::parameter(parameter, message)
            }
            IndexError::UnknownSource(name) => {
                ApiError::NotFound(format!("no source named {name:?}"))
            }
            IndexError::DuplicateSource(name) => {
                ApiError::Conflict(format!("a source named {name:?} already exists"))
            }
            IndexError::UnknownRegistration(id) => {
                ApiError::NotFound(format!("no registration request {id}"))
            }
            e @ IndexError::AlreadyDecided { .. } => ApiError::Conflict(e.to_string()),
            e @ IndexError::QueueFull(_) => ApiError::Unavailable(e.to_string()),
            // The catalogue's engine cannot answer this yet: said plainly, never a wrong answer.
            e @ IndexError::Unsupported { .. } => ApiError::Unavailable(e.to_string()),
            other => ApiError::internal("catalogue", other),
        }
    }
}

impl From<serde_json::Error> for ApiError {
    fn from(e: serde_json::Error) -> Self {
        ApiError::internal("serialising the answer", e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_error_has_its_status_and_problem_type() {
        let cases = [
            (
                ApiError::parameter("limit", "too big"),
                400,
                "invalid-parameter",
            ),
            (ApiError::Unauthorized, 401, "unauthorized"),
            (ApiError::WritesDisabled, 403, "writes-disabled"),
            (ApiError::NotFound("x".into()), 404, "not-found"),
            (ApiError::Gone("abc".into()), 410, "gone"),
            (ApiError::Conflict("dup".into()), 409, "conflict"),
            (
                ApiError::QueryTooLong {
                    length: 9,
                    limit: 1,
                },
                414,
                "query-too-long",
            ),
            (ApiError::Unavailable("down".into()), 503, "unavailable"),
            (ApiError::internal("x", "boom"), 500, "internal"),
        ];
        for (error, status, kind) in cases {
            let problem = error.problem();
            assert_eq!(problem.status, status, "{error}");
            assert_eq!(problem.kind, format!("urn:oerdex:problem:{kind}"));
        }
    }

    #[test]
    fn internal_details_are_not_sent() {
        let error =
            ApiError::internal("catalogue", "database disk image is malformed at /srv/x.db");
        let problem = serde_json::to_string(&error.problem()).unwrap();
        assert!(!problem.contains("malformed"), "{problem}");
        assert!(!problem.contains("/srv"), "{problem}");
    }

    #[test]
    fn a_bad_parameter_names_it_and_its_allowed_values() {
        let error = ApiError::parameter_allowed("sort", "unknown sort", &["relevance", "title"]);
        let problem = serde_json::to_value(error.problem()).unwrap();
        assert_eq!(problem["parameter"], "sort");
        assert_eq!(
            problem["allowed"],
            serde_json::json!(["relevance", "title"])
        );
        let bare = serde_json::to_value(ApiError::NotFound("x".into()).problem()).unwrap();
        assert!(bare.get("parameter").is_none() && bare.get("allowed").is_none());
    }

    #[test]
    fn index_errors_map_to_client_or_internal_errors() {
        let invalid = IndexError::InvalidQuery {
            parameter: "cursor",
            message: "damaged".into(),
        };
        assert_eq!(ApiError::from(invalid).status_code(), 400);
        assert_eq!(
            ApiError::from(IndexError::DuplicateSource("a".into())).status_code(),
            409
        );
        assert_eq!(
            ApiError::from(IndexError::UnknownSource("a".into())).status_code(),
            404
        );
    }
}
