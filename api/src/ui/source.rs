//! A source's own page (`GET /sources/{name}`), for the operator and the repository's manager:
//! what the catalogue knows of it, its recent harvests as a strip of marks, the records it held
//! over time as a chart with its numbers in a table ([`super::history`]), and its metadata
//! quality report ([`super::quality`]).

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;
use maud::{html, Markup};
use oerdex_index::store::quality::QualityReport;
use oerdex_index::HarvestLog;

use super::history::{self, records_after, SHOWN};
use super::layout::{document, error_page, respond, Section, CACHE_LIVE};
use super::locale::Locale;
use super::sources::{facts, SourceRow};
use crate::error::ApiError;
use crate::routes::sources::source_name;
use crate::state::AppState;

/// What the page shows, read in one visit to the catalogue.
struct Loaded {
    row: SourceRow,
    /// The last harvests, newest first.
    history: Vec<HarvestLog>,
    report: QualityReport,
}

/// `GET /sources/{name}`.
pub async fn page(
    State(state): State<AppState>,
    name: Result<Path<String>, PathRejection>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let loc = Locale::from_request(&uri, &headers);
    match load(&state, name).await {
        Ok(loaded) => respond(&loc, StatusCode::OK, render(&loc, &loaded), CACHE_LIVE),
        Err(error) => error_page(&loc, &error, Section::Sources),
    }
}

async fn load(
    state: &AppState,
    name: Result<Path<String>, PathRejection>,
) -> Result<Loaded, ApiError> {
    let name = source_name(name)?;
    let (source, records, history, report) = state
        .pool()
        .read(move |index| {
            let Some(source) = index.source(&name)? else {
                return Err(ApiError::NotFound(format!("no source named {name:?}")));
            };
            Ok((
                source,
                index.source_record_count(&name)?,
                index.harvest_history(&name, SHOWN)?,
                index.quality_report(&name)?,
            ))
        })
        .await?;
    Ok(Loaded {
        row: SourceRow {
            schedule: state.harvesting().status(&source.name),
            last: history.first().cloned(),
            source,
            records,
        },
        history,
        report,
    })
}

fn render(loc: &Locale, loaded: &Loaded) -> Markup {
    let s = &loaded.row.source;
    let shown_name = s.repository_name.as_deref().unwrap_or(&s.name);
    let api = format!("/api/v1/sources/{}", s.name);
    let after = records_after(&loaded.history, loaded.row.records);
    let body = html! {
        p.back { a href=(loc.href("/sources")) { (loc.t("source-back")) } }
        h1 {
            bdi { (shown_name) }
            " " span.english { "(" bdi { (s.name) } ")" }
        }
        (facts(loc, &loaded.row))
        p.api {
            a href=(api) { (loc.t("source-json")) }
            " · "
            a href={ (api) "/harvests" } { (loc.t("source-history")) }
        }
        section #harvests aria-labelledby="harvests-heading" {
            h2 #harvests-heading { (loc.t("harvests-heading")) }
            @if loaded.history.is_empty() {
                p { (loc.t("harvest-never")) }
            } @else {
                p { (loc.t_args("harvests-intro", &[("count", (loaded.history.len() as u64).into())])) }
                (history::strip(loc, &loaded.history))
            }
        }
        @if !loaded.history.is_empty() {
            section #records aria-labelledby="records-heading" {
                h2 #records-heading { (loc.t("records-heading")) }
                p { (loc.t("records-how")) }
                figure.chart-figure {
                    (history::chart(loc, shown_name, &loaded.history, &after))
                }
                (history::table(loc, &loaded.history, &after))
            }
        }
        (super::quality::section(loc, &loaded.report, &format!("{api}/report")))
    };
    document(loc, shown_name, Section::Sources, body)
}
