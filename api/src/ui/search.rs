//! The search page (`GET /`): a search box, filters with facet counts, one page of results and
//! a link to the next.
//!
//! The page reads its state from the query string with the JSON API's own parser
//! ([`SearchParams`]), so `/?q=…&license=cc-by` and `/api/v1/resources?q=…&license=cc-by` find
//! the same resources. Every control belongs to one GET form (the filters beside the results
//! join it with `form="search"`), so submitting it writes the whole state into the URL; links
//! (next page, removing a filter) are built from the same state ([`super::url`]). The page's
//! `ui` parameter (its language, [`super::locale`]) is read first and kept by every link.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;
use maud::{html, Markup, PreEscaped};
use oerdex_index::search::{Facet, Highlight};
use oerdex_index::Sort;
use oerdex_index::{Resource, SearchResults};

use super::display::{
    isolated_list, language_list, licence_badge, list, shorten, text_attrs, vocabulary_list,
};
use super::filters::{active_filters, filters, Switches};
use super::layout::{document, error_page, respond, Section, CACHE_NONE, CACHE_PAGE};
use super::locale::Locale;
use super::url::{api_href, resource_href, search_href};
use crate::error::ApiError;
use crate::i18n::labels;
use crate::params::SearchParams;
use crate::state::AppState;

/// Characters of a description shown in the results.
const DESCRIPTION_CHARS: usize = 280;

/// What one search page shows, read in one visit to the catalogue.
pub struct Found {
    /// The page of results, the total and the facet counts.
    pub results: SearchResults,
    /// How many would match with each switch on (the other filters unchanged).
    pub switches: Switches,
    /// Each source's repository name, by source name.
    pub repositories: BTreeMap<String, String>,
}

/// `GET /`: the search page.
pub async fn page(State(state): State<AppState>, uri: Uri, headers: HeaderMap) -> Response {
    let loc = Locale::from_request(&uri, &headers);
    let params = match crate::params::query_pairs(&uri)
        .and_then(|_| SearchParams::from_pairs(loc.query()))
    {
        Ok(params) => params,
        Err(error) => return invalid(&loc, &error),
    };
    match find(&state, params.clone()).await {
        Ok(found) => respond(
            &loc,
            StatusCode::OK,
            render(&loc, &params, &found),
            CACHE_PAGE,
        ),
        // A damaged cursor, say: the index names the parameter.
        Err(error @ ApiError::InvalidParameter { .. }) => invalid(&loc, &error),
        Err(error) => error_page(&loc, &error, Section::Search),
    }
}

/// Runs the search, the switch counts and the source names on one read connection.
async fn find(state: &AppState, params: SearchParams) -> Result<Found, ApiError> {
    state
        .pool()
        .read(move |index| {
            let mut query = params.clone().into_query();
            query.facets = Facet::ALL.to_vec();
            query.highlight = true;
            let results = index.search(&query)?;
            // Counts for the switches: the same search with the switch on, first page only.
            let count_with = |set: fn(&mut oerdex_index::SearchQuery)| {
                let mut q = params.clone().into_query();
                set(&mut q);
                q.facets.clear();
                q.cursor = None;
                q.limit = 1;
                index.search(&q).map(|r| r.total)
            };
            let switches = Switches {
                open: count_with(|q| q.open = Some(true))?,
                free: count_with(|q| q.free = Some(true))?,
                commercial: count_with(|q| q.commercial = Some(true))?,
                derivatives: count_with(|q| q.derivatives = Some(true))?,
            };
            let repositories = index
                .sources()?
                .into_iter()
                .filter_map(|s| Some((s.name, s.repository_name?)))
                .collect();
            Ok(Found {
                results,
                switches,
                repositories,
            })
        })
        .await
}

/// The page for a query string the parser refused: the message (the API's, in English), and a
/// way back.
fn invalid(loc: &Locale, error: &ApiError) -> Response {
    let q = loc
        .query()
        .iter()
        .find(|(k, _)| k == "q")
        .map(|(_, v)| v.clone())
        .filter(|q| q.chars().count() <= crate::params::MAX_TEXT_CHARS);
    let params = SearchParams {
        q,
        ..SearchParams::default()
    };
    let detail = html! { span lang="en" dir="ltr" { (error.problem().detail) } };
    let body = html! {
        h1 { (loc.t("search-heading")) }
        (search_form(loc, &params))
        div.notice.error role="alert" {
            p { (loc.rich("search-invalid", &[], &[("detail", detail)])) }
            p { a href=(loc.href("/")) { (loc.t("search-new")) } }
        }
    };
    let status = error.status_code();
    respond(
        loc,
        status,
        document(loc, &loc.t("page-title-search"), Section::Search, body),
        CACHE_NONE,
    )
}

/// The whole page.
pub fn render(loc: &Locale, params: &SearchParams, found: &Found) -> Markup {
    let title = match &params.q {
        Some(q) => loc.t_args("page-title-query", &[("query", shorten(q, 60).into())]),
        None => loc.t("page-title-search"),
    };
    let body = html! {
        h1 { (loc.t("search-heading")) }
        (search_form(loc, params))
        div.layout {
            (filters(loc, params, found))
            (results(loc, params, found))
        }
    };
    document(loc, &title, Section::Search, body)
}

/// The search box and the order, in the form every filter joins.
fn search_form(loc: &Locale, params: &SearchParams) -> Markup {
    let sorts = [
        (Sort::Relevance, "sort-relevance"),
        (Sort::Updated, "sort-updated"),
        (Sort::Title, "sort-title"),
    ];
    let current = params.sort.unwrap_or(Sort::Relevance);
    html! {
        // `autocomplete="off"`: the browser must not restore ticked boxes the URL does not hold.
        form #search .searchbar role="search" action="/" method="get" autocomplete="off" {
            (loc.keep())
            div.field.grow {
                label for="q" { (loc.t("search-label")) }
                div.inline {
                    input #q type="search" name="q" value=[params.q.as_deref()]
                        placeholder=(loc.t("search-placeholder"))
                        autocomplete="off" maxlength="1000";
                    button type="submit" { (loc.t("search-button")) }
                }
            }
            div.field {
                label for="sort" { (loc.t("sort-label")) }
                select #sort name="sort" data-autosubmit {
                    @for (sort, label) in sorts {
                        option value=(sort.as_str()) selected[sort == current] { (loc.t(label)) }
                    }
                }
            }
        }
    }
}

/// The result list with its heading, the active filters and the next page.
fn results(loc: &Locale, params: &SearchParams, found: &Found) -> Markup {
    let r = &found.results;
    let heading = loc.t_args("results-heading", &[("count", r.total.into())]);
    let next = r.next_cursor.as_ref().map(|cursor| {
        search_href(
            loc,
            &SearchParams {
                cursor: Some(cursor.clone()),
                ..params.clone()
            },
        )
    });
    let first = params.cursor.is_some().then(|| {
        search_href(
            loc,
            &SearchParams {
                cursor: None,
                ..params.clone()
            },
        )
    });
    html! {
        section.results aria-labelledby="results-heading" {
            h2 #results-heading {
                (heading)
                @if params.cursor.is_some() { span.continued { " " (loc.t("results-continued")) } }
            }
            (active_filters(loc, params))
            @if r.results.is_empty() {
                p.empty { (loc.t("results-empty")) }
            } @else {
                ol.result-list {
                    @for (i, resource) in r.results.iter().enumerate() {
                        li { (result(loc, resource, r.highlights.get(i), &found.repositories)) }
                    }
                }
            }
            @if next.is_some() || first.is_some() {
                nav.pages aria-label=(loc.t("pages-label")) {
                    @if let Some(first) = first { a href=(first) { (loc.t("page-first")) } }
                    @if let Some(next) = next { a.next href=(next) rel="next" { (loc.t("page-next")) } }
                }
            }
            p.api {
                (loc.rich("api-same", &[], &[("link", html! {
                    a href=(api_href(params)) lang="en" dir="ltr" { "GET /api/v1/resources" }
                })]))
            }
        }
    }
}

/// One result: title (linked), short description, licence badge and facts; the words the
/// query matched in bold (`highlight`: HTML the index escaped).
fn result(
    loc: &Locale,
    resource: &Resource,
    highlight: Option<&Highlight>,
    repositories: &BTreeMap<String, String>,
) -> Markup {
    let page = loc.lang();
    let untitled = loc.t("untitled");
    let title = resource.title.as_deref().unwrap_or(&untitled);
    let (lang, dir) = match &resource.title {
        Some(title) => text_attrs(resource, title, page),
        None => (None, None),
    };
    let title_marked = highlight.and_then(|h| h.title.clone());
    let description_marked = highlight.and_then(|h| h.description.clone());
    let description = resource
        .description
        .as_deref()
        .filter(|d| !d.trim().is_empty())
        .map(|d| shorten(d, DESCRIPTION_CHARS));
    let (description_lang, description_dir) =
        text_attrs(resource, description.as_deref().unwrap_or(""), page);
    let mut sources: Vec<String> = Vec::new();
    for s in &resource.sources {
        let name = repositories.get(&s.source).unwrap_or(&s.source);
        if !sources.contains(name) {
            sources.push(name.clone());
        }
    }
    html! {
        article.result {
            h3 lang=[lang] dir=[dir] {
                a href=(loc.href(&resource_href(&resource.id))) {
                    @if let Some(marked) = &title_marked { (PreEscaped(marked)) } @else { (title) }
                }
            }
            @if let Some(description) = &description {
                p.description lang=[description_lang] dir=[description_dir] {
                    @if let Some(marked) = &description_marked { (PreEscaped(marked)) } @else { (description) }
                }
            }
            (licence_badge(loc.tr(), resource.license.as_ref()))
            dl.facts {
                @if !resource.languages.is_empty() {
                    div { dt { (loc.t("fact-language")) } dd { (language_list(loc.tr(), &resource.languages)) } }
                }
                @if !resource.learning_resource_types.is_empty() {
                    div { dt { (loc.t("fact-type")) } dd { (vocabulary_list(loc.tr(), &resource.learning_resource_types, labels::type_label)) } }
                }
                @if !resource.educational_levels.is_empty() {
                    div { dt { (loc.t("fact-level")) } dd { (vocabulary_list(loc.tr(), &resource.educational_levels, labels::level_label)) } }
                }
                @let accessible = resource.accessibility.filters();
                @if !accessible.is_empty() {
                    div {
                        dt { (loc.t("fact-accessibility")) }
                        dd { (list(loc.tr(), &accessible.iter().map(|f| labels::accessibility_label(loc.tr(), f).unwrap_or_else(|| f.to_string())).collect::<Vec<_>>())) }
                    }
                }
                div {
                    dt { (loc.t_args("fact-sources", &[("count", (sources.len() as u64).into())])) }
                    dd { (isolated_list(loc.tr(), &sources)) }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oerdex_index::search::FacetCounts;

    #[test]
    fn results_facets_and_links_escape_hostile_values() {
        let evil = "<script>alert(1)</script>\"&";
        let mut resource: Resource = serde_json::from_value(serde_json::json!({
            "id": "abc", "title": format!("{evil} title"), "description": evil, "url": null,
            "doi": null, "license": null, "rights": [], "languages": ["ar"], "subjects": [],
            "keywords": [], "learning_resource_types": [evil], "educational_levels": [evil],
            "audience": [], "typical_age_range": null, "creators": [], "publisher": null,
            "date_published": null, "updated": "2026-01-01T00:00:00Z", "sources": [],
            "accessibility": {"features": [evil], "summary": evil}
        }))
        .unwrap();
        resource.title = Some(format!("{evil} العنوان"));
        let found = Found {
            results: SearchResults {
                total: 1,
                results: vec![resource],
                facets: [(Facet::Subject, FacetCounts(vec![(evil.to_string(), 1)]))].into(),
                next_cursor: Some("next\"<cursor>".into()),
                highlights: Vec::new(),
            },
            switches: Switches::default(),
            repositories: BTreeMap::new(),
        };
        let params = SearchParams {
            q: Some(evil.into()),
            subject: vec![evil.into()],
            ..SearchParams::default()
        };
        let html = render(&Locale::english(), &params, &found).into_string();
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;"),
            "{html}"
        );
        // Values in links are URL-encoded, then HTML-escaped.
        assert!(html.contains("cursor=next%22%3Ccursor%3E"), "{html}");
        assert!(html.contains("subject=%3Cscript%3Ealert%281%29"), "{html}");
        assert_eq!(html.matches("<script").count(), 1, "{html}");
    }
}
