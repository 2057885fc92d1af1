//! The search page's filters: the permission switches ("Open licences only", "Allows
//! commercial use", "Allows changes") and one group of checkboxes per facet (licence, language,
//! type, level, subject, source), each with its count, plus the list of active filters with a
//! link that removes each one.
//!
//! Counts are the index's facet counts, which leave out the facet's own filter: ticking "CC BY"
//! still shows how many CC BY-SA resources there are, since ticking that too would add them.
//! The checkboxes live beside the results but join the search form with `form="search"`.

use maud::{html, Markup};
use oerdex_index::license;
use oerdex_index::search::FacetCounts;

use super::display::language_name;
use super::search::Found;
use super::url::search_href;
use crate::params::SearchParams;

/// Values a facet shows before the rest fold into "More".
const VISIBLE_VALUES: usize = 8;

/// How many resources would match with each switch on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Switches {
    /// With "Open licences only".
    pub open: u64,
    /// With "Allows commercial use".
    pub commercial: u64,
    /// With "Allows changes".
    pub derivatives: u64,
}

/// A facet as the page shows it.
struct Facet {
    /// Key in the index's facet counts.
    key: &'static str,
    /// Query parameter.
    param: &'static str,
    /// Fieldset legend.
    legend: &'static str,
}

const FACET_GROUPS: [Facet; 6] = [
    Facet {
        key: "license",
        param: "license",
        legend: "Licence",
    },
    Facet {
        key: "language",
        param: "lang",
        legend: "Language",
    },
    Facet {
        key: "type",
        param: "type",
        legend: "Resource type",
    },
    Facet {
        key: "level",
        param: "level",
        legend: "Educational level",
    },
    Facet {
        key: "subject",
        param: "subject",
        legend: "Subject",
    },
    Facet {
        key: "source",
        param: "source",
        legend: "Source",
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

/// How a facet value is labelled.
fn value_label(param: &str, value: &str, found: &Found) -> Markup {
    match param {
        "license" => {
            let label = if license::FAMILIES.contains(&value) {
                license::family_label(value).to_string()
            } else {
                license::by_id(value).map_or(value.to_string(), |l| l.name)
            };
            html! { (label) }
        }
        "lang" => language_name(value),
        "source" => match found.repositories.get(value) {
            Some(repository) => html! { (repository) " " span.english { "(" (value) ")" } },
            None => html! { (value) },
        },
        _ => html! { (value) },
    }
}

/// One checkbox with its label and count.
fn option(param: &str, value: &str, count: u64, checked: bool, found: &Found) -> Markup {
    let id = control_id(param, value);
    html! {
        div.option {
            input type="checkbox" id=(id) name=(param) value=(value) form="search"
                checked[checked] data-autosubmit;
            label for=(id) {
                span.name { (value_label(param, value, found)) }
                " "
                (count_badge(count))
            }
        }
    }
}

/// A count, read out as "N resources".
fn count_badge(count: u64) -> Markup {
    html! {
        span.count {
            (count)
            span.visually-hidden { @if count == 1 { " resource" } @else { " resources" } }
        }
    }
}

/// One facet's fieldset: the counted values, then selected values the counts do not list.
fn facet_group(facet: &Facet, params: &SearchParams, found: &Found) -> Markup {
    let empty = FacetCounts::default();
    let counts = found.results.facets.get(facet.key).unwrap_or(&empty);
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
            legend { (facet.legend) }
            @for (value, count) in shown {
                (option(facet.param, value, *count, chosen.iter().any(|c| c == value), found))
            }
            @if !folded.is_empty() {
                details open[open] {
                    summary { "More (" (folded.len()) ")" }
                    @for (value, count) in folded {
                        (option(facet.param, value, *count, chosen.iter().any(|c| c == value), found))
                    }
                }
            }
        }
    }
}

/// One permission switch.
fn switch(param: &str, label: &str, state: Option<bool>, count: u64) -> Markup {
    let id = format!("f-{param}");
    html! {
        div.option.switch {
            @if state == Some(false) {
                // Only reachable from a URL (`open=false`): kept, and listed as an active filter.
                input type="hidden" name=(param) value="false" form="search";
            } @else {
                input type="checkbox" id=(id) name=(param) value="true" form="search"
                    checked[state == Some(true)] data-autosubmit;
                label for=(id) {
                    span.name { (label) }
                    " "
                    (count_badge(count))
                }
            }
        }
    }
}

/// The filter column.
pub fn filters(params: &SearchParams, found: &Found) -> Markup {
    let s = found.switches;
    html! {
        aside.filters aria-labelledby="filters-heading" {
            // Open by default; the script folds it on narrow screens when no filter is ticked.
            details #filter-panel open {
                summary { h2 #filters-heading { "Filters" } }
                p.hint #filters-hint {
                    "Tick what you need, then choose “Apply filters”. Each count says how many "
                    "resources the filter would give."
                }
                fieldset.facet.switches {
                    legend { "What you may do" }
                    (switch("open", "Open licences only (free to adapt and share)", params.open, s.open))
                    (switch("commercial", "Allows commercial use", params.commercial, s.commercial))
                    (switch("derivatives", "Allows changes (adaptations)", params.derivatives, s.derivatives))
                }
                @for facet in &FACET_GROUPS {
                    (facet_group(facet, params, found))
                }
                @if let Some(since) = &params.updated_since {
                    input type="hidden" name="updated_since" value=(since) form="search";
                }
                @if let Some(limit) = params.limit {
                    input type="hidden" name="limit" value=(limit) form="search";
                }
                div.actions {
                    button type="submit" form="search" { "Apply filters" }
                }
            }
        }
    }
}

/// The active filters, each with a link that removes it, and one that removes them all.
pub fn active_filters(params: &SearchParams) -> Markup {
    let mut chips: Vec<(Markup, String)> = Vec::new();
    let base = SearchParams {
        cursor: None,
        ..params.clone()
    };
    if let Some(q) = &params.q {
        let href = search_href(&SearchParams {
            q: None,
            ..base.clone()
        });
        chips.push((html! { "Words: " (q) }, href));
    }
    let switches: [(&str, Option<bool>, &str, &str); 3] = [
        (
            "open",
            params.open,
            "Open licences only",
            "Not openly licensed",
        ),
        (
            "commercial",
            params.commercial,
            "Allows commercial use",
            "No commercial use",
        ),
        (
            "derivatives",
            params.derivatives,
            "Allows changes",
            "No changes allowed",
        ),
    ];
    for (param, state, yes, no) in switches {
        if let Some(on) = state {
            let mut without = base.clone();
            match param {
                "open" => without.open = None,
                "commercial" => without.commercial = None,
                _ => without.derivatives = None,
            }
            chips.push((html! { (if on { yes } else { no }) }, search_href(&without)));
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
                    let label = license::family_label(value);
                    html! { (label.split_once(':').map_or(label, |(short, _)| short)) }
                }
                "lang" => language_name(value),
                _ => html! { (value) },
            };
            chips.push((html! { (facet.legend) ": " (label) }, search_href(&without)));
        }
    }
    if let Some(since) = &params.updated_since {
        let href = search_href(&SearchParams {
            updated_since: None,
            ..base.clone()
        });
        chips.push((html! { "Updated since " (since) }, href));
    }
    if chips.is_empty() {
        return html! {};
    }
    let clear = search_href(&SearchParams {
        sort: params.sort,
        limit: params.limit,
        ..SearchParams::default()
    });
    html! {
        div.active {
            h3.visually-hidden { "Active filters" }
            ul {
                @for (label, href) in &chips {
                    li { a.chip href=(href) { (label) span.visually-hidden { " (remove)" } span aria-hidden="true" { " ×" } } }
                }
            }
            @if chips.len() > 1 {
                a.clear href=(clear) { "Clear all" }
            }
        }
    }
}
