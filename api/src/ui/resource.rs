//! A resource's page (`GET /resources/{id}`): every field, what its licence allows, the
//! attribution to copy, and every source record it was merged from.

use std::collections::BTreeMap;

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;
use maud::{html, Markup, PreEscaped};
use oerdex_index::jsonld::{self, SourceUrls};
use oerdex_index::license::License;
use oerdex_index::Resource;

use super::attribution::{attribution, Attribution};
use super::display::{
    doi_url, format_name, join_names, language_list, licence_badge, list, safe_url, short_name,
    text_attrs, time, vocabulary_list,
};
use super::layout::{document, error_page, respond, Section, CACHE_PAGE};
use super::locale::Locale;
use super::url::encode;
use crate::error::ApiError;
use crate::i18n::{labels, Tr};
use crate::state::AppState;

/// Longest id looked up (ids are 16 hex digits).
const MAX_ID_CHARS: usize = 64;

/// `GET /resources/{id}`.
pub async fn page(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let loc = Locale::from_request(&uri, &headers);
    match load(&state, id).await {
        Ok((resource, repositories, sources)) => respond(
            &loc,
            StatusCode::OK,
            render(&loc, &resource, &repositories, &sources),
            CACHE_PAGE,
        ),
        Err(error) => error_page(&loc, &error, Section::Search),
    }
}

/// The live resource, the repository names of its sources and their URLs.
async fn load(
    state: &AppState,
    id: Result<Path<String>, PathRejection>,
) -> Result<(Resource, BTreeMap<String, String>, SourceUrls), ApiError> {
    let not_found = || ApiError::NotFound("no such resource".into());
    let Path(id) = id.map_err(|_| not_found())?;
    if id.is_empty() || id.chars().count() > MAX_ID_CHARS {
        return Err(not_found());
    }
    let lookup = id.clone();
    let (found, repositories, urls) = state
        .pool()
        .read(move |index| {
            let found = index.resource(&lookup)?;
            let sources = index.sources()?;
            let urls = jsonld::source_urls(&sources);
            let repositories: BTreeMap<String, String> = sources
                .into_iter()
                .filter_map(|s| Some((s.name, s.repository_name?)))
                .collect();
            Ok((found, repositories, urls))
        })
        .await?;
    match found {
        None => Err(not_found()),
        Some((_, true)) => Err(ApiError::Gone(id)),
        Some((resource, false)) => Ok((resource, repositories, urls)),
    }
}

/// The resource's JSON-LD for a `<script>` element: `<`, `>` and `&` written as JSON escapes,
/// so no text in the metadata can end the element or open another.
fn embedded_jsonld(resource: &Resource, sources: &SourceUrls) -> PreEscaped<String> {
    let json = jsonld::to_jsonld(resource, sources).to_string();
    PreEscaped(
        json.replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026"),
    )
}

/// The whole page, with the resource's AMB JSON-LD embedded for crawlers (OERSI, search
/// engines); `sources` gives its sources' URLs for the provenance.
pub fn render(
    loc: &Locale,
    resource: &Resource,
    repositories: &BTreeMap<String, String>,
    sources: &SourceUrls,
) -> Markup {
    let page = loc.lang();
    let untitled = loc.t("untitled");
    let title = resource.title.as_deref().unwrap_or(&untitled);
    let (lang, dir) = match &resource.title {
        Some(title) => text_attrs(resource, title, page),
        None => (None, None),
    };
    let api = format!("/api/v1/resources/{}", encode(&resource.id));
    let body = html! {
        p.back { a href=(loc.href("/")) { (loc.t("back-to-search")) } }
        article.resource {
            h1 lang=[lang] dir=[dir] { (title) }
            @if let Some(description) = &resource.description {
                @let (lang, dir) = text_attrs(resource, description, page);
                p.lead lang=[lang] dir=[dir] { (description) }
            }
            p.actions {
                @if let Some(url) = resource.url.as_deref().and_then(safe_url) {
                    a.button href=(url) { (loc.t("open-resource")) }
                }
                @if let Some(doi) = &resource.doi {
                    " " a href=(doi_url(doi)) dir="ltr" { "DOI " (doi) }
                }
            }
            (permissions(loc, resource))
            (attribution_section(loc, resource, attribution(loc.tr(), resource).as_ref()))
            (details(loc, resource))
            (sources_section(loc, resource, repositories))
            p.api {
                (loc.rich("machine-readable", &[], &[
                    ("json", html! { a href=(api) { "JSON" } }),
                    ("jsonld", html! { a href={ (api) ".jsonld" } { "AMB JSON-LD" } }),
                ]))
            }
            script type="application/ld+json" { (embedded_jsonld(resource, sources)) }
        }
    };
    document(loc, title, Section::Search, body)
}

/// A yes/no line of what the licence allows.
fn allowed(loc: &Locale, yes: bool, what: &str) -> Markup {
    let answer = html! { strong { (loc.t(if yes { "allowed-yes" } else { "allowed-no" })) } };
    html! {
        li.yes[yes].no[!yes] {
            span aria-hidden="true" { @if yes { "✓ " } @else { "✗ " } }
            (loc.rich("label-value", &[], &[("label", html! { (loc.t(what)) }), ("value", answer)]))
        }
    }
}

/// "What you may do": the badge, the permissions, the rights statements as written.
fn permissions(loc: &Locale, resource: &Resource) -> Markup {
    html! {
        section aria-labelledby="licence-heading" {
            h2 #licence-heading { (loc.t("licence-heading")) }
            (licence_badge(loc.tr(), resource.license.as_ref()))
            @if let Some(l) = &resource.license {
                (licence_facts(loc, l))
            }
            @if !resource.rights.is_empty() {
                details.rights {
                    summary { (loc.t("rights-statements")) }
                    ul { @for r in &resource.rights { li dir="auto" { (r) } } }
                }
            }
        }
    }
}

fn licence_facts(loc: &Locale, l: &License) -> Markup {
    let name = labels::licence_name(loc.tr(), l);
    let short = short_name(loc.tr(), l);
    let link = html! {
        @match l.url.as_deref().and_then(safe_url) {
            Some(url) => a href=(url) rel="license" { (name) },
            None => (name),
        }
        @if short != name { " (" bdi { (short) } ")" }
    };
    html! {
        p { (loc.rich("label-value", &[], &[("label", html! { (loc.t("licence-label")) }), ("value", link)])) }
        ul.allowed {
            (allowed(loc, true, "permission-share"))
            (allowed(loc, l.derivatives, "permission-adapt"))
            (allowed(loc, l.commercial, "permission-commercial"))
            (allowed(loc, l.open, "permission-open"))
        }
        p.hint { (loc.t("open-meaning")) }
        @if l.share_alike {
            p.hint { (loc.t("share-alike-hint")) }
        }
        @if l.inferred {
            p.hint { (loc.t("inferred-hint")) }
        }
    }
}

/// The attribution to copy, as plain text and HTML, with a preview.
fn attribution_section(
    loc: &Locale,
    resource: &Resource,
    attribution: Option<&Attribution>,
) -> Markup {
    html! {
        section.attribution aria-labelledby="attribution-heading" {
            h2 #attribution-heading { (loc.t("attribution-heading")) }
            @match attribution {
                None => p.notice {
                    @if resource.license.is_none() {
                        (loc.t("attribution-none"))
                    }
                },
                Some(a) => {
                    p.hint { (a.note) }
                    div.preview #attribution-preview {
                        // Built by maud from escaped parts (see `attribution`), so it is safe HTML.
                        (PreEscaped(&a.html))
                    }
                    div.copy {
                        label for="attribution-text" { (loc.t("copy-plain")) }
                        textarea #attribution-text readonly rows="4" { (a.text) }
                        button type="button" data-copy="attribution-text" hidden { (loc.t("copy-text-button")) }
                    }
                    div.copy {
                        label for="attribution-html" { (loc.t("copy-html")) }
                        textarea #attribution-html readonly rows="4" dir="ltr" { (a.html) }
                        button type="button" data-copy="attribution-html" hidden { (loc.t("copy-html-button")) }
                    }
                    p.copy-status #copy-status role="status" aria-live="polite"
                        data-copied=(loc.t("copied")) data-selected=(loc.t("copy-selected")) {}
                }
            }
        }
    }
}

/// A row of the details list, shown only when there is something to show.
fn row(loc: &Locale, term: &str, value: Option<Markup>) -> Markup {
    html! {
        @if let Some(value) = value {
            div { dt { (loc.t(term)) } dd { (value) } }
        }
    }
}

fn values(loc: &Locale, values: &[String]) -> Option<Markup> {
    (!values.is_empty()).then(|| html! { (list(loc.tr(), values)) })
}

/// The resource's other titles (translations, subtitles), each isolated and marked with its
/// language when the record gives one.
fn alternative_titles(tr: Tr, r: &Resource) -> Option<Markup> {
    let separator = tr.t("list-separator");
    (!r.alternative_titles.is_empty()).then(|| {
        html! {
            @for (i, t) in r.alternative_titles.iter().enumerate() {
                @if i > 0 { (separator) }
                bdi lang=[t.language.as_deref().and_then(oerdex_index::language::normalize)] { (t.text) }
            }
        }
    })
}

/// What the records say about accessibility: the filters it satisfies (in the page's
/// language), other features as written, and the access modes.
fn accessibility(loc: &Locale, r: &Resource) -> Option<Markup> {
    let a = &r.accessibility;
    let tr = loc.tr();
    let mut shown: Vec<String> = a
        .filters()
        .iter()
        .map(|f| labels::accessibility_label(tr, f).unwrap_or_else(|| f.to_string()))
        .collect();
    // Features the filters do not name (braille, large print…), as the record wrote them.
    let covered = |f: &str| {
        let mut one = oerdex_index::model::accessibility::Accessibility::default();
        one.push_feature(f);
        !one.filters().is_empty()
    };
    shown.extend(
        a.features
            .iter()
            .filter(|f| !covered(f) && *f != "none")
            .cloned(),
    );
    let modes: Vec<String> = a
        .modes
        .iter()
        .map(|m| labels::access_mode_label(tr, m).unwrap_or_else(|| m.clone()))
        .collect();
    if shown.is_empty() && modes.is_empty() && a.summary.is_none() {
        return None;
    }
    Some(html! {
        @if !shown.is_empty() { (list(tr, &shown)) }
        @if !modes.is_empty() {
            @if !shown.is_empty() { br; }
            (loc.rich("label-value", &[], &[
                ("label", html! { (loc.t("detail-access-modes")) }),
                ("value", html! { (list(tr, &modes)) }),
            ]))
        }
        @if let Some(summary) = &a.summary {
            @if !shown.is_empty() || !modes.is_empty() { br; }
            span dir="auto" { (summary) }
        }
    })
}

/// Every other field.
fn details(loc: &Locale, r: &Resource) -> Markup {
    let tr = loc.tr();
    html! {
        section aria-labelledby="details-heading" {
            h2 #details-heading { (loc.t("details-heading")) }
            dl.details {
                (row(loc, "detail-also-titled", alternative_titles(tr, r)))
                (row(loc, "detail-languages", (!r.languages.is_empty()).then(|| language_list(tr, &r.languages))))
                (row(loc, "detail-subjects", (!r.subjects.is_empty()).then(|| html! { (vocabulary_list(tr, &r.subjects, labels::subject_label)) })))
                (row(loc, "detail-keywords", values(loc, &r.keywords)))
                (row(loc, "detail-types", (!r.learning_resource_types.is_empty()).then(|| html! { (vocabulary_list(tr, &r.learning_resource_types, labels::type_label)) })))
                (row(loc, "detail-levels", (!r.educational_levels.is_empty()).then(|| html! { (vocabulary_list(tr, &r.educational_levels, labels::level_label)) })))
                (row(loc, "detail-accessibility", accessibility(loc, r)))
                (row(loc, "detail-audience", (!r.audience.is_empty()).then(|| html! { (vocabulary_list(tr, &r.audience, labels::audience_label)) })))
                (row(loc, "detail-age", r.typical_age_range.as_ref().map(|a| html! { bdi { (a) } })))
                (row(loc, "detail-time-required", r.time_required.as_ref().map(|t| html! { bdi dir="ltr" { (t) } })))
                (row(loc, "detail-interactivity", r.interactivity_type.as_ref().map(|i| html! { (vocabulary_list(tr, std::slice::from_ref(i), labels::interactivity_label)) })))
                (row(loc, "detail-educational-use", values(loc, &r.educational_uses)))
                (row(loc, "detail-alignments", values(loc, &r.educational_alignments)))
                (row(loc, "detail-formats", values(loc, &r.formats)))
                (row(loc, "detail-based-on", values(loc, &r.is_based_on)))
                (row(loc, "detail-part-of", values(loc, &r.is_part_of)))
                (row(loc, "detail-parts", values(loc, &r.has_part)))
                (row(loc, "detail-authors", (!r.creators.is_empty()).then(|| html! { (join_names(tr, &r.creators)) })))
                (row(loc, "detail-contributors", (!r.contributors.is_empty()).then(|| html! { (join_names(tr, &r.contributors)) })))
                (row(loc, "detail-publisher", r.publisher.as_ref().map(|p| html! { (p) })))
                (row(loc, "detail-published", r.date_published.as_deref().map(|d| time(tr, d))))
                (row(loc, "detail-address", r.url.as_ref().map(|u| match safe_url(u) {
                    Some(url) => html! { a href=(url) dir="ltr" { (url) } },
                    None => html! { bdi { (u) } },
                })))
                (row(loc, "detail-doi", r.doi.as_ref().map(|d| html! { a href=(doi_url(d)) dir="ltr" { (d) } })))
                (row(loc, "detail-updated", Some(time(tr, &r.updated))))
                (row(loc, "detail-id", Some(html! { code { (r.id) } })))
            }
        }
    }
}

/// Every source record merged into the resource.
fn sources_section(loc: &Locale, r: &Resource, repositories: &BTreeMap<String, String>) -> Markup {
    let tr = loc.tr();
    html! {
        section aria-labelledby="sources-heading" {
            h2 #sources-heading { (loc.t("sources-heading-resource")) }
            p {
                @if r.sources.len() == 1 {
                    (loc.t("sources-one"))
                } @else {
                    (loc.t_args("sources-many", &[("count", (r.sources.len() as u64).into())]))
                }
            }
            div.table-scroll role="region" aria-label=(loc.t("sources-table-region")) tabindex="0" {
                table {
                    caption.visually-hidden { (loc.t("sources-table-caption")) }
                    thead {
                        tr {
                            th scope="col" { (loc.t("sources-col-repository")) }
                            th scope="col" { (loc.t("sources-col-identifier")) }
                            th scope="col" { (loc.t("sources-col-changed")) }
                            th scope="col" { (loc.t("sources-col-format")) }
                        }
                    }
                    tbody {
                        @for s in &r.sources {
                            tr {
                                td {
                                    a href=(super::sources::source_href(loc, &s.source)) {
                                        bdi { (repositories.get(&s.source).map_or(s.source.as_str(), String::as_str)) }
                                    }
                                    " " span.english { "(" bdi { (s.source) } ")" }
                                }
                                td { code { (s.oai_identifier) } }
                                td { (time(tr, &s.datestamp)) }
                                td { bdi { (format_name(tr, &s.metadata_prefix)) } }
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
            contributors: vec![evil.into()],
            alternative_titles: vec![oerdex_index::model::LangText {
                text: evil.into(),
                language: Some(evil.into()),
            }],
            alternative_descriptions: Vec::new(),
            publisher: Some(evil.into()),
            date_published: Some(evil.into()),
            updated: "2026-11-25T08:00:30Z".into(),
            sources: vec![SourceRef {
                source: "src".into(),
                oai_identifier: evil.into(),
                datestamp: evil.into(),
                metadata_prefix: evil.into(),
            }],
            accessibility: {
                let mut a = oerdex_index::model::accessibility::Accessibility::default();
                a.push_feature(evil);
                a.push_mode(evil);
                a.set_summary(evil);
                a
            },
            concepts: vec![oerdex_index::model::vocabulary::ConceptRef {
                field: oerdex_index::model::vocabulary::ConceptField::Subject,
                id: format!("https://example.org/{evil}"),
                labels: [("en".to_string(), evil.to_string())].into(),
            }],
            time_required: Some(evil.into()),
            interactivity_type: Some(evil.into()),
            educational_uses: vec![evil.into()],
            educational_alignments: vec![evil.into()],
            formats: vec![evil.into()],
            is_based_on: vec![evil.into()],
            has_part: vec![evil.into()],
            is_part_of: vec![evil.into()],
        }
    }

    #[test]
    fn hostile_metadata_is_escaped_everywhere_on_the_page() {
        let repositories = BTreeMap::from([("src".to_string(), "<b>Repo</b>".to_string())]);
        let html = render(
            &Locale::english(),
            &hostile(),
            &repositories,
            &SourceUrls::new(),
        )
        .into_string();
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
        // The page's own script and its JSON-LD are the only ones, and the JSON-LD's text
        // cannot end its element: the metadata's `<` is a JSON escape there.
        assert_eq!(html.matches("<script").count(), 2, "{html}");
        assert_eq!(html.matches("</script>").count(), 2, "{html}");
        let (_, embedded) = html
            .split_once("<script type=\"application/ld+json\">")
            .expect("the JSON-LD is embedded");
        let (embedded, _) = embedded.split_once("</script>").unwrap();
        let doc: serde_json::Value = serde_json::from_str(embedded).expect("valid JSON");
        assert_eq!(
            doc["name"],
            "<script>alert(1)</script><img src=x onerror=alert(2)>\"'& title"
        );
    }

    #[test]
    fn the_lrmi_fields_are_shown_and_embedded() {
        let resource = Resource {
            id: "0123456789abcdef".into(),
            title: Some("Fractions".into()),
            updated: "2026-11-25T08:00:30Z".into(),
            time_required: Some("PT45M".into()),
            interactivity_type: Some("expositive".into()),
            educational_uses: vec!["group work".into()],
            educational_alignments: vec!["KMK Bildungsstandards Mathematik".into()],
            formats: vec!["video/mp4".into()],
            is_part_of: vec!["https://oer.example/course".into()],
            ..Resource::default()
        };
        let html = render(
            &Locale::english(),
            &resource,
            &BTreeMap::new(),
            &SourceUrls::new(),
        )
        .into_string();
        for shown in [
            "Time required",
            "PT45M",
            "Interactivity",
            "expositive",
            "Educational use",
            "group work",
            "Aligned with",
            "KMK Bildungsstandards Mathematik",
            "Formats",
            "video/mp4",
            "\"timeRequired\":\"PT45M\"",
            "\"encodingFormat\":[\"video/mp4\"]",
            "Part of",
            "\"isPartOf\":[{\"id\":\"https://oer.example/course\"}]",
        ] {
            assert!(html.contains(shown), "{shown}: {html}");
        }
    }

    #[test]
    fn an_unlicensed_resource_gets_a_warning_instead_of_an_attribution() {
        let mut resource = hostile();
        resource.license = None;
        let html = render(
            &Locale::english(),
            &resource,
            &BTreeMap::new(),
            &SourceUrls::new(),
        )
        .into_string();
        assert!(
            html.contains("No licence was stated or understood"),
            "{html}"
        );
        assert!(!html.contains("attribution-text"), "{html}");
    }
}
