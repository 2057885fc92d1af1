//! The sources page (`GET /sources`): every registered repository with its format, record
//! count, last and next harvest, each linking to its own page ([`super::source`]); the form
//! anyone may propose a repository with ([`super::proposal`]); and the way to the operator's
//! page ([`super::operator`]).

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;
use maud::{html, Markup};
use oerdex_index::{HarvestLog, Source};

use super::display::{format_name, list, time};
use super::layout::{document, error_page, respond, Section, CACHE_LIVE};
use super::locale::Locale;
use super::proposal::{self, ProposalForm};
use crate::error::ApiError;
use crate::harvesting::ScheduleStatus;
use crate::state::AppState;

/// A source with what the pages say about it.
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

/// `GET /sources`.
pub async fn page(State(state): State<AppState>, uri: Uri, headers: HeaderMap) -> Response {
    let loc = Locale::from_request(&uri, &headers);
    show(
        &state,
        &loc,
        &ProposalForm::default(),
        None,
        StatusCode::OK,
        CACHE_LIVE,
    )
    .await
}

/// The sources page with the proposal form as given and the error it met, if any.
pub async fn show(
    state: &AppState,
    loc: &Locale,
    form: &ProposalForm,
    error: Option<&ApiError>,
    status: StatusCode,
    cache_control: &'static str,
) -> Response {
    match load(state).await {
        Ok(rows) => {
            let markup = render(loc, state, &rows, form, error);
            respond(loc, status, markup, cache_control)
        }
        Err(error) => error_page(loc, &error, Section::Sources),
    }
}

/// Every source with its record count, last harvest and schedule.
pub async fn load(state: &AppState) -> Result<Vec<SourceRow>, ApiError> {
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
    form: &ProposalForm,
    error: Option<&ApiError>,
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
        (proposal::section(loc, form, error))
        @if state.admin_token().is_some() {
            p.operator-link #operator-link {
                a href=(loc.href("/operator")) { (loc.t("operator-link")) }
            }
        }
    };
    document(loc, &loc.t("sources-heading"), Section::Sources, body)
}

/// The href of a source's own page.
pub fn source_href(loc: &Locale, name: &str) -> String {
    loc.href(&format!("/sources/{}", super::url::encode(name)))
}

/// One source, its name linking to its page.
fn source(loc: &Locale, row: &SourceRow) -> Markup {
    let s = &row.source;
    let heading = format!("source-{}-heading", s.name);
    html! {
        section.source #{ "source-" (s.name) } aria-labelledby=(heading) {
            h2 #(heading) {
                a href=(source_href(loc, &s.name)) {
                    bdi { (s.repository_name.as_deref().unwrap_or(&s.name)) }
                }
                " " span.english { "(" bdi { (s.name) } ")" }
            }
            (facts(loc, row))
            p.more {
                a href=(source_href(loc, &s.name)) {
                    (loc.t("source-page-link"))
                    span.visually-hidden { ": " bdi { (s.repository_name.as_deref().unwrap_or(&s.name)) } }
                }
            }
        }
    }
}

/// What the catalogue knows of a source: endpoint, format, sets, records, last and next
/// harvest, the licence it assumes.
pub fn facts(loc: &Locale, row: &SourceRow) -> Markup {
    let s = &row.source;
    let tr = loc.tr();
    html! {
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
    }
}

/// The last harvest in words: when, what changed, what went wrong (an error as the harvester
/// wrote it, in English).
pub fn last_harvest(loc: &Locale, log: Option<&HarvestLog>) -> Markup {
    let Some(log) = log else {
        return html! { (loc.t("harvest-never")) };
    };
    let tr = loc.tr();
    let kind = html! { (loc.t(if log.full { "harvest-full" } else { "harvest-incremental" })) };
    let counts = html! { (harvest_counts(loc, log)) };
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

/// "47 added, 0 updated, 0 deleted" and, when some could not be read, how many.
pub fn harvest_counts(loc: &Locale, log: &HarvestLog) -> String {
    let mut counts = loc.t_args(
        "harvest-counts",
        &[
            ("added", log.added.into()),
            ("updated", log.updated.into()),
            ("deleted", log.deleted.into()),
        ],
    );
    if log.failed > 0 {
        counts.push_str(&loc.t("list-separator"));
        counts.push_str(&loc.t_args("harvest-unreadable", &[("failed", log.failed.into())]));
    }
    counts
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
