//! The search page's filters: the permission switches ("Open licences", "Free cultural works
//! only", "Allows commercial use", "Allows changes", with what "open" and "free" mean) and one
//! group of checkboxes per facet (licence, language, type, level, accessibility, subject, source), each with its count,
//! plus the list of active filters with a link that removes each one. Labels are in the page's
//! language; values (what the URL holds) are the API's ids.
//!
//! Counts are the index's facet counts, which leave out the facet's own filter: ticking "CC BY"
//! still shows how many CC BY-SA resources there are, since ticking that too would add them.
//! The checkboxes live beside the results but join the search form with `form="search"`.

use maud::{html, Markup};
use oerdex_index::license;
use oerdex_index::search::{Facet, FacetCounts};

use super::display::language_name;
use super::locale::Locale;
use super::search::Found;
use super::url::search_href;
use crate::i18n::labels;
use crate::params::SearchParams;

/// Values a facet shows before the rest fold into "More".
const VISIBLE_VALUES: usize = 8;

/// How many resources would match with each switch on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Switches {
    /// With "Open licences only".
    pub open: u64,
    /// With "Free cultural works only".
    pub free: u64,
    /// With "Allows commercial use".
    pub commercial: u64,
    /// With "Allows changes".
    pub derivatives: u64,
}

/// A facet as the page shows it.
struct FacetGroup {
    /// The index's facet.
    key: Facet,
    /// Query parameter.
    param: &'static str,
    /// Message of the fieldset legend.
    legend: &'static str,
}

const FACET_GROUPS: [FacetGroup; 7] = [
    FacetGroup {
        key: Facet::License,
        param: "license",
        legend: "facet-license",
    },
    FacetGroup {
        key: Facet::Language,
        param: "lang",
        legend: "facet-language",
    },
    FacetGroup {
        key: Facet::Type,
        param: "type",
        legend: "facet-type",
    },
    FacetGroup {
        key: Facet::Level,
        param: "level",
        legend: "facet-level",
    },
    FacetGroup {
        key: Facet::Accessibility,
        param: "accessibility",
        legend: "facet-accessibility",
    },
    FacetGroup {
        key: Facet::Subject,
        param: "subject",
        legend: "facet-subject",
    },
    FacetGroup {
        key: Facet::Source,
        param: "source",
        legend: "facet-source",
    },
];

/// The values selected for a query parameter.
fn selected<'a>(params: &'a SearchParams, param: &str) -> &'a [String] {
    match param {
        "license" => &params.license,
        "lang" => &params.lang,
        "type" => &params.kind,
        "level" => &params.level,
        "subject" => &params.subject,
        "source" => &params.source,
        "accessibility" => &params.accessibility,
        _ => &[],
    }
}

fn selected_mut<'a>(params: &'a mut SearchParams, param: &str) -> Option<&'a mut Vec<String>> {
    match param {
        "license" => Some(&mut params.license),
        "lang" => Some(&mut params.lang),
        "type" => Some(&mut params.kind),
        "level" => Some(&mut params.level),
        "subject" => Some(&mut params.subject),
        "source" => Some(&mut params.source),
        "accessibility" => Some(&mut params.accessibility),
        _ => None,
    }
}

/// A stable element id for a facet value (the same on every page, so focus can be restored
/// after the form submits itself).
fn control_id(param: &str, value: &str) -> String {
    // FNV-1a: short, stable, and no characters an id cannot hold.
    let hash = value.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("f-{param}-{:08x}", hash as u32)
}

/// How a facet value is labelled in the page's language.
fn value_label(loc: &Locale, param: &str, value: &str, found: &Found) -> Markup {
    let tr = loc.tr();
    match param {
        "license" => {
            let label = if license::FAMILIES.contains(&value) {
                labels::family_label(tr, value)
            } else {
                license::by_id(value).map_or(value.to_string(), |l| labels::licence_name(tr, &l))
            };
            html! { (label) }
        }
        "lang" => language_name(tr, value),
        "source" => match found.repositories.get(value) {
            Some(repository) => html! { (repository) " " span.english { "(" (value) ")" } },
            None => html! { (value) },
        },
        _ => html! { (translated(loc, param, value)) },
    }
}

/// A type, level or accessibility value in the page's language where its term is known; other
/// values as written.
fn translated(loc: &Locale, param: &str, value: &str) -> String {
    let label = match param {
        "type" => labels::type_label,
        "level" => labels::level_label,
        "accessibility" => labels::accessibility_label,
        _ => return value.to_string(),
    };
    label(loc.tr(), value).unwrap_or_else(|| value.to_string())
}

/// One checkbox with its label and count.
fn option(
    loc: &Locale,
    param: &str,
    value: &str,
    count: u64,
    checked: bool,
    found: &Found,
) -> Markup {
    let id = control_id(param, value);
    html! {
        div.option {
            input type="checkbox" id=(id) name=(param) value=(value) form="search"
                checked[checked] data-autosubmit;
            label for=(id) {
                span.name { (value_label(loc, param, value, found)) }
                " "
                (count_badge(loc, count))
            }
        }
    }
}

/// A count, read out as "N resources".
fn count_badge(loc: &Locale, count: u64) -> Markup {
    html! {
        span.count {
            (loc.num(count))
            span.visually-hidden { " " (loc.t_args("count-resources", &[("count", count.into())])) }
        }
    }
}

/// One facet's fieldset: the counted values, then selected values the counts do not list.
fn facet_group(loc: &Locale, facet: &FacetGroup, params: &SearchParams, found: &Found) -> Markup {
    let empty = FacetCounts::default();
    let counts = found.results.facets.get(&facet.key).unwrap_or(&empty);
    let chosen = selected(params, facet.param);
    let mut values: Vec<(&str, u64)> = counts.0.iter().map(|(v, n)| (v.as_str(), *n)).collect();
    for value in chosen {
        if !values.iter().any(|(v, _)| v == value) {
            values.push((value.as_str(), 0));
        }
    }
    if values.is_empty() {
        return html! {};
    }
    let (shown, folded) = values.split_at(values.len().min(VISIBLE_VALUES));
    let open = folded.iter().any(|(v, _)| chosen.iter().any(|c| c == v));
    html! {
        fieldset.facet {
            legend { (loc.t(facet.legend)) }
            @for (value, count) in shown {
                (option(loc, facet.param, value, *count, chosen.iter().any(|c| c == value), found))
            }
            @if !folded.is_empty() {
                details open[open] {
                    summary { (loc.t_args("facet-more", &[("count", (folded.len() as u64).into())])) }
                    @for (value, count) in folded {
                        (option(loc, facet.param, value, *count, chosen.iter().any(|c| c == value), found))
                    }
                }
            }
        }
    }
}

/// One permission switch; `described` names an element that explains it.
fn switch(
    loc: &Locale,
    param: &str,
    label: &str,
    state: Option<bool>,
    count: u64,
    described: Option<&str>,
) -> Markup {
    let id = format!("f-{param}");
    html! {
        div.option.switch {
            @if state == Some(false) {
                // Only reachable from a URL (`open=false`): kept, and listed as an active filter.
                input type="hidden" name=(param) value="false" form="search";
            } @else {
                input type="checkbox" id=(id) name=(param) value="true" form="search"
                    checked[state == Some(true)] data-autosubmit aria-describedby=[described];
                label for=(id) {
                    span.name { (loc.t(label)) }
                    " "
                    (count_badge(loc, count))
                }
            }
        }
    }
}

/// The filter column.
pub fn filters(loc: &Locale, params: &SearchParams, found: &Found) -> Markup {
    let s = found.switches;
    html! {
        aside.filters aria-labelledby="filters-heading" {
            // Open by default; the script folds it on narrow screens when no filter is ticked.
            details #filter-panel open {
                summary { h2 #filters-heading { (loc.t("filters-heading")) } }
                p.hint #filters-hint data-live=(loc.t("filters-hint-live")) {
                    (loc.t("filters-hint"))
                }
                fieldset.facet.switches {
                    legend { (loc.t("switches-legend")) }
                    (switch(loc, "open", "switch-open", params.open, s.open, Some("open-meaning")))
                    (switch(loc, "free", "switch-free", params.free, s.free, Some("free-meaning")))
                    (switch(loc, "commercial", "switch-commercial", params.commercial, s.commercial, None))
                    (switch(loc, "derivatives", "switch-derivatives", params.derivatives, s.derivatives, None))
                    p.hint #open-meaning { (loc.t("open-meaning")) }
                    p.hint #free-meaning { (loc.t("free-meaning")) }
                }
                @for facet in &FACET_GROUPS {
                    (facet_group(loc, facet, params, found))
                }
                @if let Some(since) = &params.updated_since {
                    input type="hidden" name="updated_since" value=(since) form="search";
                }
                @if let Some(limit) = params.limit {
                    input type="hidden" name="limit" value=(limit) form="search";
                }
                div.actions {
                    button type="submit" form="search" { (loc.t("apply-filters")) }
                }
            }
        }
    }
}

/// The active filters, each with a link that removes it, and one that removes them all.
pub fn active_filters(loc: &Locale, params: &SearchParams) -> Markup {
    let tr = loc.tr();
    let mut chips: Vec<(Markup, String)> = Vec::new();
    let base = SearchParams {
        cursor: None,
        ..params.clone()
    };
    if let Some(q) = &params.q {
        let href = search_href(
            loc,
            &SearchParams {
                q: None,
                ..base.clone()
            },
        );
        chips.push((
            loc.rich("chip-words", &[], &[("words", html! { bdi { (q) } })]),
            href,
        ));
    }
    let switches: [(&str, Option<bool>, &str, &str); 4] = [
        ("open", params.open, "chip-open-yes", "chip-open-no"),
        ("free", params.free, "chip-free-yes", "chip-free-no"),
        (
            "commercial",
            params.commercial,
            "chip-commercial-yes",
            "chip-commercial-no",
        ),
        (
            "derivatives",
            params.derivatives,
            "chip-derivatives-yes",
            "chip-derivatives-no",
        ),
    ];
    for (param, state, yes, no) in switches {
        if let Some(on) = state {
            let mut without = base.clone();
            match param {
                "open" => without.open = None,
                "free" => without.free = None,
                "commercial" => without.commercial = None,
                _ => without.derivatives = None,
            }
            chips.push((
                html! { (loc.t(if on { yes } else { no })) },
                search_href(loc, &without),
            ));
        }
    }
    for facet in &FACET_GROUPS {
        for value in selected(params, facet.param) {
            let mut without = base.clone();
            if let Some(list) = selected_mut(&mut without, facet.param) {
                list.retain(|v| v != value);
            }
            let label = match facet.param {
                "license" if license::FAMILIES.contains(&value.as_str()) => {
                    html! { (labels::family_short(tr, value)) }
                }
                "lang" => language_name(tr, value),
                "type" | "level" | "accessibility" => {
                    html! { bdi { (translated(loc, facet.param, value)) } }
                }
                _ => html! { bdi { (value) } },
            };
            let chip = loc.rich(
                "chip-facet",
                &[],
                &[("facet", html! { (loc.t(facet.legend)) }), ("value", label)],
            );
            chips.push((chip, search_href(loc, &without)));
        }
    }
    if let Some(since) = &params.updated_since {
        let href = search_href(
            loc,
            &SearchParams {
                updated_since: None,
                ..base.clone()
            },
        );
        chips.push((
            html! { (loc.t_args("chip-updated-since", &[("date", loc.time(since).into())])) },
            href,
        ));
    }
    if chips.is_empty() {
        return html! {};
    }
    let clear = search_href(
        loc,
        &SearchParams {
            sort: params.sort,
            limit: params.limit,
            ..SearchParams::default()
        },
    );
    html! {
        div.active {
            h3.visually-hidden { (loc.t("active-filters")) }
            ul {
                @for (label, href) in &chips {
                    li { a.chip href=(href) { (label) span.visually-hidden { " " (loc.t("chip-remove")) } span aria-hidden="true" { " ×" } } }
                }
            }
            @if chips.len() > 1 {
                a.clear href=(clear) { (loc.t("clear-all")) }
            }
        }
    }
}
