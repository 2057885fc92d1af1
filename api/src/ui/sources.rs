//! The sources page (`GET /sources`): every registered repository with its format, record
//! count, last harvest and next harvest; and the registration form (`POST /sources`).
//!
//! The form goes through the very handler of `POST /api/v1/sources`
//! ([`crate::routes::sources::register`]): the same checks, the same live check of the repository,
//! the same storage and scheduling. The admin token is checked first, the same way
//! ([`crate::auth::authorize`]), and never written back into the page: the answer shows the
//! other fields as they were typed, the token field empty.

use axum::extract::rejection::FormRejection;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;
use axum::Form;
use maud::{html, Markup};
use oerdex_index::{HarvestLog, Source};
use serde::Deserialize;

use super::display::{format_name, list, time};
use super::layout::{document, error_page, respond, Section, CACHE_LIVE, CACHE_NONE};
use super::locale::Locale;
use crate::auth::authorize;
use crate::error::ApiError;
use crate::harvesting::{NewSource, ScheduleStatus};
use crate::routes::sources;
use crate::state::AppState;

/// A source with what the page says about it.
pub struct SourceRow {
    /// The source as registered.
    pub source: Source,
    /// Live records it contributes.
    pub records: u64,
    /// Its most recent harvest.
    pub last: Option<HarvestLog>,
    /// Running now, next harvest.
    pub schedule: ScheduleStatus,
}

/// The registration form's fields, as typed.
#[derive(Clone, Default, Deserialize)]
pub struct RegisterForm {
    /// Short unique name.
    #[serde(default)]
    pub name: String,
    /// OAI-PMH base URL.
    #[serde(default)]
    pub url: String,
    /// Metadata format; empty for the richest offered.
    #[serde(default)]
    pub metadata_prefix: String,
    /// Set specs separated by spaces or commas; empty for the whole repository.
    #[serde(default)]
    pub sets: String,
    /// Licence assumed for records that state none.
    #[serde(default)]
    pub default_license: String,
    /// The admin token (never shown again, never logged).
    #[serde(default)]
    pub token: String,
}

impl std::fmt::Debug for RegisterForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RegisterForm")
            .field("name", &self.name)
            .field("url", &self.url)
            .field("token", &"<redacted>")
            .finish_non_exhaustive()
    }
}

impl RegisterForm {
    /// The registration request the API takes.
    pub fn to_request(&self) -> NewSource {
        let optional = |value: &str| Some(value.trim().to_string()).filter(|v| !v.is_empty());
        NewSource {
            name: self.name.trim().to_string(),
            url: self.url.trim().to_string(),
            metadata_prefix: optional(&self.metadata_prefix),
            sets: self
                .sets
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
            default_license: optional(&self.default_license),
        }
    }

    /// The fields to show again: everything but the token.
    fn without_token(&self) -> Self {
        RegisterForm {
            token: String::new(),
            ..self.clone()
        }
    }
}

/// What a registration gave.
pub struct Registered {
    /// The new source's name.
    pub name: String,
    /// The repository's name from Identify.
    pub repository_name: Option<String>,
    /// The format it will be harvested in.
    pub metadata_prefix: String,
}

/// `GET /sources`.
pub async fn page(State(state): State<AppState>, uri: Uri, headers: HeaderMap) -> Response {
    let loc = Locale::from_request(&uri, &headers);
    match load(&state).await {
        Ok(rows) => {
            let markup = render(&loc, &state, &rows, &RegisterForm::default(), None);
            respond(&loc, StatusCode::OK, markup, CACHE_LIVE)
        }
        Err(error) => error_page(&loc, &error, Section::Sources),
    }
}

/// `POST /sources`: registers a repository, then shows the page with the outcome (in the
/// language of the page the form was on: its action keeps `ui`).
pub async fn register(
    State(state): State<AppState>,
    uri: Uri,
    headers: HeaderMap,
    form: Result<Form<RegisterForm>, FormRejection>,
) -> Response {
    let loc = Locale::from_request(&uri, &headers);
    let (form, outcome) = match form {
        Ok(Form(form)) => {
            let outcome = submit(&state, &form).await;
            (form.without_token(), outcome)
        }
        Err(rejection) => (
            RegisterForm::default(),
            Err(ApiError::InvalidBody {
                status: StatusCode::BAD_REQUEST,
                message: format!("the form could not be read: {}", rejection.body_text()),
            }),
        ),
    };
    let status = match &outcome {
        Ok(_) => StatusCode::CREATED,
        Err(error) => error.status_code(),
    };
    if let Err(error @ ApiError::Internal { context, source }) = &outcome {
        tracing::error!(status = %error.status_code(), "{context}: {source}");
    }
    match load(&state).await {
        Ok(rows) => {
            let markup = render(&loc, &state, &rows, &form, Some(&outcome));
            respond(&loc, status, markup, CACHE_NONE)
        }
        Err(error) => error_page(&loc, &error, Section::Sources),
    }
}

/// Checks the token, then registers through the API's own handler.
async fn submit(state: &AppState, form: &RegisterForm) -> Result<Registered, ApiError> {
    let header = format!("Bearer {}", form.token.trim());
    authorize(state.admin_token(), Some(&header))?;
    let view = sources::register(state, form.to_request()).await?;
    Ok(Registered {
        name: view.name,
        repository_name: view.repository_name,
        metadata_prefix: view.metadata_prefix,
    })
}

/// Every source with its record count, last harvest and schedule.
async fn load(state: &AppState) -> Result<Vec<SourceRow>, ApiError> {
    let rows = state
        .pool()
        .read(|index| {
            index
                .sources()?
                .into_iter()
                .map(|source| {
                    Ok((
                        index.source_record_count(&source.name)?,
                        index.harvest_history(&source.name, 1)?.pop(),
                        source,
                    ))
                })
                .collect::<Result<Vec<_>, ApiError>>()
        })
        .await?;
    Ok(rows
        .into_iter()
        .map(|(records, last, source)| SourceRow {
            schedule: state.harvesting().status(&source.name),
            source,
            records,
            last,
        })
        .collect())
}

/// The whole page.
fn render(
    loc: &Locale,
    state: &AppState,
    rows: &[SourceRow],
    form: &RegisterForm,
    outcome: Option<&Result<Registered, ApiError>>,
) -> Markup {
    let body = html! {
        h1 { (loc.t("sources-heading")) }
        p.lead { (loc.t("sources-lead")) }
        @if rows.is_empty() {
            p.notice { (loc.t("sources-none")) }
        }
        @for row in rows {
            (source(loc, row))
        }
        (super::register::section(loc, state.admin_token().is_some(), form, outcome))
    };
    document(loc, &loc.t("sources-heading"), Section::Sources, body)
}

/// One source.
fn source(loc: &Locale, row: &SourceRow) -> Markup {
    let s = &row.source;
    let tr = loc.tr();
    let heading = format!("source-{}-heading", s.name);
    html! {
        section.source #{ "source-" (s.name) } aria-labelledby=(heading) {
            h2 #(heading) {
                bdi { (s.repository_name.as_deref().unwrap_or(&s.name)) }
                " " span.english { "(" bdi { (s.name) } ")" }
            }
            dl.facts {
                div { dt { (loc.t("source-endpoint")) } dd { code dir="ltr" { (s.public_url()) } } }
                div { dt { (loc.t("source-format")) } dd { bdi { (format_name(tr, &s.metadata_prefix)) } } }
                div {
                    dt { (loc.t("source-sets")) }
                    dd { @if s.sets.is_empty() { (loc.t("source-sets-all")) } @else { (list(tr, &s.sets)) } }
                }
                div { dt { (loc.t("source-records")) } dd { (loc.num(row.records)) } }
                div { dt { (loc.t("source-last")) } dd { (last_harvest(loc, row.last.as_ref())) } }
                div { dt { (loc.t("source-next")) } dd { (next_harvest(loc, s, &row.schedule)) } }
                @if let Some(default) = &s.default_license {
                    div { dt { (loc.t("source-default-licence")) } dd { bdi { (default) } } }
                }
            }
            p.api {
                a href={ "/api/v1/sources/" (s.name) "/harvests" } { (loc.t("source-history")) }
            }
        }
    }
}

/// The last harvest in words: when, what changed, what went wrong (an error as the harvester
/// wrote it, in English).
fn last_harvest(loc: &Locale, log: Option<&HarvestLog>) -> Markup {
    let Some(log) = log else {
        return html! { (loc.t("harvest-never")) };
    };
    let tr = loc.tr();
    let kind = html! { (loc.t(if log.full { "harvest-full" } else { "harvest-incremental" })) };
    let mut counts = loc.t_args(
        "harvest-counts",
        &[
            ("added", log.added.into()),
            ("updated", log.updated.into()),
            ("deleted", log.deleted.into()),
        ],
    );
    if log.failed > 0 {
        counts.push_str(&tr.t("list-separator"));
        counts.push_str(&loc.t_args("harvest-unreadable", &[("failed", log.failed.into())]));
    }
    let counts = html! { (counts) };
    let ended = time(tr, log.ended.as_deref().unwrap_or(&log.started));
    let error = |class: &str| {
        html! {
            @if let Some(error) = &log.error {
                ". " span class=(class) lang="en" dir="ltr" { (error) }
            }
        }
    };
    let parts = |status: Markup, time: Markup| {
        vec![
            ("status", status),
            ("time", time),
            ("kind", kind.clone()),
            ("counts", counts.clone()),
        ]
    };
    html! {
        @match log.status.as_str() {
            "running" => {
                (loc.rich("harvest-running", &[], &parts(html! {}, time(tr, &log.started))))
            },
            "ok" => {
                (loc.rich("harvest-ok", &[], &parts(html! { span.status.ok { (loc.t("status-succeeded")) } }, ended)))
            },
            "interrupted" => {
                (loc.rich("harvest-interrupted", &[], &parts(html! { span.status.warn { (loc.t("status-interrupted")) } }, ended)))
                (error("error-detail"))
            },
            _ => {
                (loc.rich("harvest-failed", &[], &parts(html! { span.status.failed { (loc.t("status-failed")) } }, ended)))
                (error("error-text"))
            },
        }
    }
}

/// The next harvest in words.
fn next_harvest(loc: &Locale, source: &Source, schedule: &ScheduleStatus) -> Markup {
    html! {
        @if schedule.running {
            (loc.t("next-now"))
        } @else if let Some(next) = &schedule.next_harvest {
            (time(loc.tr(), next))
        } @else if !source.enabled {
            (loc.t("next-disabled"))
        } @else {
            (loc.t("next-unscheduled"))
        }
    }
}
