//! A resource's page (`GET /resources/{id}`): every field, what its licence allows, the
//! attribution to copy, and every source record it was merged from.

use std::collections::BTreeMap;

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{html, Markup, PreEscaped};
use oerdex_index::license::License;
use oerdex_index::Resource;

use super::attribution::{attribution, Attribution};
use super::display::{
    doi_url, format_name, join_names, language_list, licence_badge, safe_url, short_name,
    text_attrs, time,
};
use super::layout::{document, error_page, respond, Section, CACHE_PAGE};
use super::url::encode;
use crate::error::ApiError;
use crate::state::AppState;

/// Longest id looked up (ids are 16 hex digits).
const MAX_ID_CHARS: usize = 64;

/// `GET /resources/{id}`.
pub async fn page(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
) -> Response {
    match load(&state, id).await {
        Ok((resource, repositories)) => {
            respond(StatusCode::OK, render(&resource, &repositories), CACHE_PAGE)
        }
        Err(error) => error_page(&error, Section::Search),
    }
}

/// The live resource and the repository names of its sources.
async fn load(
    state: &AppState,
    id: Result<Path<String>, PathRejection>,
) -> Result<(Resource, BTreeMap<String, String>), ApiError> {
    let not_found = || ApiError::NotFound("no such resource".into());
    let Path(id) = id.map_err(|_| not_found())?;
    if id.is_empty() || id.chars().count() > MAX_ID_CHARS {
        return Err(not_found());
    }
    let lookup = id.clone();
    let (found, repositories) = state
        .pool()
        .read(move |index| {
            let found = index.resource(&lookup)?;
            let repositories: BTreeMap<String, String> = index
                .sources()?
                .into_iter()
                .filter_map(|s| Some((s.name, s.repository_name?)))
                .collect();
            Ok((found, repositories))
        })
        .await?;
    match found {
        None => Err(not_found()),
        Some((_, true)) => Err(ApiError::Gone(id)),
        Some((resource, false)) => Ok((resource, repositories)),
    }
}

/// The whole page.
pub fn render(resource: &Resource, repositories: &BTreeMap<String, String>) -> Markup {
    let title = resource.title.as_deref().unwrap_or("Untitled resource");
    let (lang, dir) = text_attrs(resource, title);
    let body = html! {
        p.back { a href="/" { "← Search the catalogue" } }
        article.resource {
            h1 lang=[lang] dir=[dir] { (title) }
            @if let Some(description) = &resource.description {
                @let (lang, dir) = text_attrs(resource, description);
                p.lead lang=[lang] dir=[dir] { (description) }
            }
            p.actions {
                @if let Some(url) = resource.url.as_deref().and_then(safe_url) {
                    a.button href=(url) { "Open the resource" }
                }
                @if let Some(doi) = &resource.doi {
                    " " a href=(doi_url(doi)) { "DOI " (doi) }
                }
            }
            (permissions(resource))
            (attribution_section(resource, attribution(resource).as_ref()))
            (details(resource))
            (sources_section(resource, repositories))
            p.api {
                "Machine-readable: "
                a href={ "/api/v1/resources/" (encode(&resource.id)) } { "JSON" }
                ", "
                a href={ "/api/v1/resources/" (encode(&resource.id)) ".jsonld" } { "LRMI JSON-LD" }
            }
        }
    };
    document(title, Section::Search, body)
}

/// A yes/no line of what the licence allows.
fn allowed(yes: bool, what: &str) -> Markup {
    html! {
        li.yes[yes].no[!yes] {
            span aria-hidden="true" { @if yes { "✓ " } @else { "✗ " } }
            (what) ": " strong { @if yes { "yes" } @else { "no" } }
        }
    }
}

/// "What you may do": the badge, the permissions, the rights statements as written.
fn permissions(resource: &Resource) -> Markup {
    html! {
        section aria-labelledby="licence-heading" {
            h2 #licence-heading { "What you may do" }
            (licence_badge(resource.license.as_ref()))
            @if let Some(l) = &resource.license {
                (licence_facts(l))
            }
            @if !resource.rights.is_empty() {
                details.rights {
                    summary { "Rights statements as the repositories wrote them" }
                    ul { @for r in &resource.rights { li { (r) } } }
                }
            }
        }
    }
}

fn licence_facts(l: &License) -> Markup {
    html! {
        p {
            "Licence: "
            @match l.url.as_deref().and_then(safe_url) {
                Some(url) => a href=(url) rel="license" { (l.name) },
                None => (l.name),
            }
            @let short = short_name(l);
            @if short != l.name { " (" (short) ")" }
        }
        ul.allowed {
            (allowed(true, "Use and share copies"))
            (allowed(l.derivatives, "Adapt it and share your version"))
            (allowed(l.commercial, "Use it commercially"))
            (allowed(l.open, "Open licence (UNESCO OER definition)"))
        }
        @if l.share_alike {
            p.hint { "Share alike: versions you adapt must carry the same licence." }
        }
        @if l.inferred {
            p.hint {
                "The resource states no licence; this is the licence its repository declares "
                "for all its records. Check the resource itself."
            }
        }
    }
}

/// The attribution to copy, as plain text and HTML, with a preview.
fn attribution_section(resource: &Resource, attribution: Option<&Attribution>) -> Markup {
    html! {
        section.attribution aria-labelledby="attribution-heading" {
            h2 #attribution-heading { "Attribution" }
            @match attribution {
                None => p.notice {
                    @if resource.license.is_none() {
                        "No licence was stated or understood, so there is no attribution to "
                        "copy: ask the author or the repository before you reuse this resource."
                    }
                },
                Some(a) => {
                    p.hint { (a.note) }
                    div.preview #attribution-preview {
                        // Built by maud from escaped parts (see `attribution`), so it is safe HTML.
                        (PreEscaped(&a.html))
                    }
                    div.copy {
                        label for="attribution-text" { "Plain text" }
                        textarea #attribution-text readonly rows="4" { (a.text) }
                        button type="button" data-copy="attribution-text" hidden { "Copy text" }
                    }
                    div.copy {
                        label for="attribution-html" { "HTML, for a web page" }
                        textarea #attribution-html readonly rows="4" { (a.html) }
                        button type="button" data-copy="attribution-html" hidden { "Copy HTML" }
                    }
                    p.copy-status #copy-status role="status" aria-live="polite" {}
                }
            }
        }
    }
}

/// A row of the details list, shown only when there is something to show.
fn row(term: &str, value: Option<Markup>) -> Markup {
    html! {
        @if let Some(value) = value {
            div { dt { (term) } dd { (value) } }
        }
    }
}

fn list(values: &[String]) -> Option<Markup> {
    (!values.is_empty()).then(|| html! { (values.join(", ")) })
}

/// Every other field.
fn details(r: &Resource) -> Markup {
    html! {
        section aria-labelledby="details-heading" {
            h2 #details-heading { "Details" }
            dl.details {
                (row("Languages", (!r.languages.is_empty()).then(|| language_list(&r.languages))))
                (row("Subjects", list(&r.subjects)))
                (row("Keywords", list(&r.keywords)))
                (row("Resource types", list(&r.learning_resource_types)))
                (row("Educational levels", list(&r.educational_levels)))
                (row("Audience", list(&r.audience)))
                (row("Typical age", r.typical_age_range.as_ref().map(|a| html! { (a) })))
                (row("Authors", (!r.creators.is_empty()).then(|| html! { (join_names(&r.creators)) })))
                (row("Publisher", r.publisher.as_ref().map(|p| html! { (p) })))
                (row("Published", r.date_published.as_deref().map(time)))
                (row("Address", r.url.as_ref().map(|u| match safe_url(u) {
                    Some(url) => html! { a href=(url) { (url) } },
                    None => html! { (u) },
                })))
                (row("DOI", r.doi.as_ref().map(|d| html! { a href=(doi_url(d)) { (d) } })))
                (row("Updated in this catalogue", Some(time(&r.updated))))
                (row("Catalogue id", Some(html! { code { (r.id) } })))
            }
        }
    }
}

/// Every source record merged into the resource.
fn sources_section(r: &Resource, repositories: &BTreeMap<String, String>) -> Markup {
    html! {
        section aria-labelledby="sources-heading" {
            h2 #sources-heading { "Where it comes from" }
            p {
                @if r.sources.len() == 1 {
                    "One repository describes this resource."
                } @else {
                    (r.sources.len()) " records describe this resource; the catalogue merged them."
                }
            }
            div.table-scroll role="region" aria-label="Source records, scrolls sideways" tabindex="0" {
                table {
                    caption.visually-hidden { "Source records of this resource" }
                    thead {
                        tr {
                            th scope="col" { "Repository" }
                            th scope="col" { "Record identifier (OAI-PMH)" }
                            th scope="col" { "Last changed there" }
                            th scope="col" { "Format" }
                        }
                    }
                    tbody {
                        @for s in &r.sources {
                            tr {
                                td {
                                    a href={ "/sources#source-" (s.source) } {
                                        (repositories.get(&s.source).map_or(s.source.as_str(), String::as_str))
                                    }
                                    " " span.english { "(" (s.source) ")" }
                                }
                                td { code { (s.oai_identifier) } }
                                td { (time(&s.datestamp)) }
                                td { (format_name(&s.metadata_prefix)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oerdex_index::SourceRef;

    /// A resource whose every text field tries to inject markup or script.
    fn hostile() -> Resource {
        let evil = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
        Resource {
            id: "0123456789abcdef".into(),
            title: Some(format!("{evil} title")),
            description: Some(format!("{evil} description")),
            url: Some("javascript:alert(document.cookie)".into()),
            doi: Some("10.1234/\"><script>alert(3)</script>".into()),
            license: oerdex_index::license::by_id("CC-BY-4.0"),
            rights: vec![evil.into()],
            languages: vec!["ar".into()],
            subjects: vec![evil.into()],
            keywords: vec![evil.into()],
            learning_resource_types: vec![evil.into()],
            educational_levels: vec![evil.into()],
            audience: vec![evil.into()],
            typical_age_range: Some(evil.into()),
            creators: vec![evil.into()],
            publisher: Some(evil.into()),
            date_published: Some(evil.into()),
            updated: "2026-11-25T08:00:30Z".into(),
            sources: vec![SourceRef {
                source: "src".into(),
                oai_identifier: evil.into(),
                datestamp: evil.into(),
                metadata_prefix: evil.into(),
            }],
            accessibility: Default::default(),
        }
    }

    #[test]
    fn hostile_metadata_is_escaped_everywhere_on_the_page() {
        let repositories = BTreeMap::from([("src".to_string(), "<b>Repo</b>".to_string())]);
        let html = render(&hostile(), &repositories).into_string();
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(!html.contains("href=\"javascript:"), "{html}");
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{html}"
        );
        // The DOI is part of a URL: encoded, not able to close the attribute.
        assert!(
            html.contains("href=\"https://doi.org/10.1234/%22%3E%3Cscript"),
            "{html}"
        );
        // The page's own script is the only one.
        assert_eq!(html.matches("<script").count(), 1, "{html}");
    }

    #[test]
    fn an_unlicensed_resource_gets_a_warning_instead_of_an_attribution() {
        let mut resource = hostile();
        resource.license = None;
        let html = render(&resource, &BTreeMap::new()).into_string();
        assert!(
            html.contains("No licence was stated or understood"),
            "{html}"
        );
        assert!(!html.contains("attribution-text"), "{html}");
    }
}
