//! The search page (`GET /`): a search box, filters with facet counts, one page of results and
//! a link to the next.
//!
//! The page reads its state from the query string with the JSON API's own parser
//! ([`SearchParams`]), so `/?q=…&license=cc-by` and `/api/v1/resources?q=…&license=cc-by` find
//! the same resources. Every control belongs to one GET form (the filters beside the results
//! join it with `form="search"`), so submitting it writes the whole state into the URL; links
//! (next page, removing a filter) are built from the same state ([`super::url`]).

use std::collections::BTreeMap;

use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use maud::{html, Markup};
use oerdex_index::search::FACETS;
use oerdex_index::{Resource, SearchResults};

use super::display::{language_list, licence_badge, shorten, text_attrs};
use super::filters::{active_filters, filters, Switches};
use super::layout::{document, error_page, respond, Section, CACHE_NONE, CACHE_PAGE};
use super::url::{api_href, resource_href, search_href, sort_value};
use crate::error::ApiError;
use crate::params::{query_pairs, SearchParams, SortParam};
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
pub async fn page(State(state): State<AppState>, uri: Uri) -> Response {
    let params = match query_pairs(&uri).and_then(|pairs| SearchParams::from_pairs(&pairs)) {
        Ok(params) => params,
        Err(error) => return invalid(&uri, &error),
    };
    match find(&state, params.clone()).await {
        Ok(found) => respond(StatusCode::OK, render(&params, &found), CACHE_PAGE),
        // A damaged cursor, say: the index names the parameter.
        Err(error @ ApiError::InvalidParameter { .. }) => invalid(&uri, &error),
        Err(error) => error_page(&error, Section::Search),
    }
}

/// Runs the search, the switch counts and the source names on one read connection.
async fn find(state: &AppState, params: SearchParams) -> Result<Found, ApiError> {
    state
        .pool()
        .read(move |index| {
            let mut query = params.clone().into_query();
            query.facets = FACETS.iter().map(|f| f.to_string()).collect();
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

/// The page for a query string the parser refused: the message, and a way back.
fn invalid(uri: &Uri, error: &ApiError) -> Response {
    let q = query_pairs(uri)
        .ok()
        .and_then(|pairs| pairs.into_iter().find(|(k, _)| k == "q").map(|(_, v)| v))
        .filter(|q| q.chars().count() <= crate::params::MAX_TEXT_CHARS);
    let params = SearchParams {
        q,
        ..SearchParams::default()
    };
    let body = html! {
        h1 { "Find open educational resources" }
        (search_form(&params))
        div.notice.error role="alert" {
            p { "This search cannot be run: " (error.problem().detail) }
            p { a href="/" { "Start a new search" } }
        }
    };
    let status = error.status_code();
    respond(
        status,
        document("Search", Section::Search, body),
        CACHE_NONE,
    )
}

/// The whole page.
pub fn render(params: &SearchParams, found: &Found) -> Markup {
    let title = match &params.q {
        Some(q) => format!("“{}” – search", shorten(q, 60)),
        None => "Search".to_string(),
    };
    let body = html! {
        h1 { "Find open educational resources" }
        (search_form(params))
        div.layout {
            (filters(params, found))
            (results(params, found))
        }
    };
    document(&title, Section::Search, body)
}

/// The search box and the order, in the form every filter joins.
fn search_form(params: &SearchParams) -> Markup {
    let sorts = [
        (SortParam::Relevance, "Best match"),
        (SortParam::Updated, "Recently updated"),
        (SortParam::Title, "Title, A to Z"),
    ];
    let current = params.sort.unwrap_or(SortParam::Relevance);
    html! {
        // `autocomplete="off"`: the browser must not restore ticked boxes the URL does not hold.
        form #search .searchbar role="search" action="/" method="get" autocomplete="off" {
            div.field.grow {
                label for="q" { "Search titles, descriptions, subjects and authors" }
                div.inline {
                    input #q type="search" name="q" value=[params.q.as_deref()]
                        placeholder="e.g. photosynthesis, \"linear equations\", fraction*"
                        autocomplete="off" maxlength="1000";
                    button type="submit" { "Search" }
                }
            }
            div.field {
                label for="sort" { "Order" }
                select #sort name="sort" data-autosubmit {
                    @for (sort, label) in sorts {
                        option value=(sort_value(sort)) selected[sort == current] { (label) }
                    }
                }
            }
        }
    }
}

/// The result list with its heading, the active filters and the next page.
fn results(params: &SearchParams, found: &Found) -> Markup {
    let r = &found.results;
    let heading = match r.total {
        0 => "No resources match".to_string(),
        1 => "1 resource matches".to_string(),
        n => format!("{n} resources match"),
    };
    let next = r.next_cursor.as_ref().map(|cursor| {
        search_href(&SearchParams {
            cursor: Some(cursor.clone()),
            ..params.clone()
        })
    });
    let first = params.cursor.is_some().then(|| {
        search_href(&SearchParams {
            cursor: None,
            ..params.clone()
        })
    });
    html! {
        section.results aria-labelledby="results-heading" {
            h2 #results-heading {
                (heading)
                @if params.cursor.is_some() { span.continued { " (continued)" } }
            }
            (active_filters(params))
            @if r.results.is_empty() {
                p.empty {
                    "Try other words, or fewer filters: each filter narrows the results. "
                    "The counts beside the filters say how many resources each would give."
                }
            } @else {
                ol.result-list {
                    @for resource in &r.results {
                        li { (result(resource, &found.repositories)) }
                    }
                }
            }
            @if next.is_some() || first.is_some() {
                nav.pages aria-label="Result pages" {
                    @if let Some(first) = first { a href=(first) { "First page" } }
                    @if let Some(next) = next { a.next href=(next) rel="next" { "Next page" } }
                }
            }
            p.api {
                "The same search as JSON: "
                a href=(api_href(params)) { "GET /api/v1/resources" }
            }
        }
    }
}

/// One result: title (linked), short description, licence badge and facts.
fn result(resource: &Resource, repositories: &BTreeMap<String, String>) -> Markup {
    let title = resource.title.as_deref().unwrap_or("Untitled resource");
    let (lang, dir) = text_attrs(resource, title);
    let description = resource
        .description
        .as_deref()
        .filter(|d| !d.trim().is_empty())
        .map(|d| shorten(d, DESCRIPTION_CHARS));
    let (description_lang, description_dir) =
        text_attrs(resource, description.as_deref().unwrap_or(""));
    let mut sources: Vec<&str> = resource
        .sources
        .iter()
        .map(|s| {
            repositories
                .get(&s.source)
                .map_or(s.source.as_str(), String::as_str)
        })
        .collect();
    let mut seen = Vec::new();
    sources.retain(|s| {
        let first = !seen.contains(s);
        seen.push(*s);
        first
    });
    html! {
        article.result {
            h3 lang=[lang] dir=[dir] {
                a href=(resource_href(&resource.id)) { (title) }
            }
            @if let Some(description) = &description {
                p.description lang=[description_lang] dir=[description_dir] { (description) }
            }
            (licence_badge(resource.license.as_ref()))
            dl.facts {
                @if !resource.languages.is_empty() {
                    div { dt { "Language" } dd { (language_list(&resource.languages)) } }
                }
                @if !resource.learning_resource_types.is_empty() {
                    div { dt { "Type" } dd { (resource.learning_resource_types.join(", ")) } }
                }
                @if !resource.educational_levels.is_empty() {
                    div { dt { "Level" } dd { (resource.educational_levels.join(", ")) } }
                }
                div {
                    dt { @if sources.len() == 1 { "Source" } @else { "Sources" } }
                    dd { (sources.join(", ")) }
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
            "date_published": null, "updated": "2026-01-01T00:00:00Z", "sources": []
        }))
        .unwrap();
        resource.title = Some(format!("{evil} العنوان"));
        let found = Found {
            results: SearchResults {
                total: 1,
                results: vec![resource],
                facets: [(
                    "subject".to_string(),
                    FacetCounts(vec![(evil.to_string(), 1)]),
                )]
                .into(),
                next_cursor: Some("next\"<cursor>".into()),
            },
            switches: Switches::default(),
            repositories: BTreeMap::new(),
        };
        let params = SearchParams {
            q: Some(evil.into()),
            subject: vec![evil.into()],
            ..SearchParams::default()
        };
        let html = render(&params, &found).into_string();
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
