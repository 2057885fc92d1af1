//! A source's recent harvests on its page: a strip of marks, one per harvest (its outcome as a
//! colour, a symbol and words), the records it held over time as a chart, and the numbers of
//! both in a table.
//!
//! The catalogue keeps no count of records per harvest, only what each harvest added, updated
//! and deleted ([`HarvestLog`]). So the records after each harvest are worked out backwards from
//! the live count today: before a harvest the source held what it held after it, less what it
//! added, plus what it deleted ([`records_after`]). The page says so.

use maud::{html, Markup};
use oerdex_index::HarvestLog;

use super::chart::LineChart;
use super::display::{shorten, time};
use super::locale::Locale;
use super::sources::harvest_counts;
use crate::i18n::format;

/// Harvests a source's page shows at most.
pub const SHOWN: usize = 30;

/// The records the source held after each harvest of `history` (newest first, as the catalogue
/// lists them), given that it holds `now` live records; newest first too. Harvests that
/// deleted more than the count allows (a count that disagrees with the log) are floored at 0.
pub fn records_after(history: &[HarvestLog], now: u64) -> Vec<u64> {
    let mut after = Vec::with_capacity(history.len());
    let mut count = now;
    for log in history {
        after.push(count);
        count = count.saturating_sub(log.added).saturating_add(log.deleted);
    }
    after
}

/// How a harvest ended: its class, the symbol drawn in its mark and its word.
fn outcome(status: &str) -> (&'static str, &'static str, &'static str) {
    match status {
        "ok" => ("ok", "✓", "status-succeeded"),
        "running" => ("running", "…", "status-running"),
        "interrupted" => ("warn", "!", "status-interrupted"),
        _ => ("failed", "✕", "status-failed"),
    }
}

/// One harvest in words: "succeeded 2 May 2026, full: 47 added, 0 updated, 0 deleted".
fn in_words(loc: &Locale, log: &HarvestLog) -> String {
    let (_, _, word) = outcome(&log.status);
    loc.t_args(
        "harvest-mark",
        &[
            ("status", loc.t(word).into()),
            ("time", loc.time(&log.started).into()),
            (
                "kind",
                loc.t(if log.full {
                    "harvest-full"
                } else {
                    "harvest-incremental"
                })
                .into(),
            ),
            ("counts", harvest_counts(loc, log).into()),
        ],
    )
}

/// The strip of marks, oldest first, each linking to its row of the table; and its legend.
pub fn strip(loc: &Locale, history: &[HarvestLog]) -> Markup {
    html! {
        ol.strip aria-labelledby="harvests-heading" {
            @for log in history.iter().rev() {
                @let (class, symbol, _) = outcome(&log.status);
                li {
                    a href={ "#harvest-" (log.id) } {
                        span class={ "mark " (class) } aria-hidden="true" { (symbol) }
                        span.visually-hidden { (in_words(loc, log)) }
                    }
                }
            }
        }
        ul.legend aria-label=(loc.t("harvest-legend")) {
            @for status in ["ok", "interrupted", "failed", "running"] {
                @let (class, symbol, word) = outcome(status);
                li {
                    span class={ "mark " (class) } aria-hidden="true" { (symbol) }
                    " " (loc.t(word))
                }
            }
        }
    }
}

/// The chart of the records after each harvest (`after`, newest first like `history`).
pub fn chart(loc: &Locale, name: &str, history: &[HarvestLog], after: &[u64]) -> Markup {
    let values: Vec<u64> = after.iter().rev().copied().collect();
    let date = |log: &HarvestLog| {
        let day = log.started.get(..10).unwrap_or(&log.started);
        format::time(loc.tr(), day)
    };
    let (Some(first), Some(last)) = (history.last(), history.first()) else {
        return html! {};
    };
    let lowest = values.iter().copied().min().unwrap_or(0);
    let highest = values.iter().copied().max().unwrap_or(0);
    let desc = loc.t_args(
        "chart-desc",
        &[
            ("harvests", (values.len() as u64).into()),
            ("first", values.first().copied().unwrap_or(0).into()),
            ("from", date(first).into()),
            ("last", values.last().copied().unwrap_or(0).into()),
            ("to", date(last).into()),
            ("lowest", lowest.into()),
            ("highest", highest.into()),
        ],
    );
    let label = |v: u64| loc.num(v);
    LineChart {
        id: "records-chart",
        title: loc.t_args("chart-title", &[("name", name.into())]),
        desc,
        values: &values,
        value_label: &label,
        first_label: date(first),
        last_label: date(last),
        rtl: loc.lang().is_rtl(),
    }
    .render()
}

/// Every harvest shown, newest first, with its counts and the records after it.
pub fn table(loc: &Locale, history: &[HarvestLog], after: &[u64]) -> Markup {
    let tr = loc.tr();
    html! {
        div.table-scroll role="region" aria-labelledby="harvest-table-caption" tabindex="0" {
            table.harvests {
                caption #harvest-table-caption { (loc.t("harvest-table-caption")) }
                thead {
                    tr {
                        th scope="col" { (loc.t("harvest-col-started")) }
                        th scope="col" { (loc.t("harvest-col-result")) }
                        th scope="col" { (loc.t("harvest-col-added")) }
                        th scope="col" { (loc.t("harvest-col-updated")) }
                        th scope="col" { (loc.t("harvest-col-deleted")) }
                        th scope="col" { (loc.t("harvest-col-unreadable")) }
                        th scope="col" { (loc.t("harvest-col-records")) }
                    }
                }
                tbody {
                    @for (log, records) in history.iter().zip(after) {
                        @let (class, symbol, word) = outcome(&log.status);
                        tr #{ "harvest-" (log.id) } {
                            th scope="row" {
                                (time(tr, &log.started))
                                br;
                                span.english { (loc.t(if log.full { "harvest-full" } else { "harvest-incremental" })) }
                            }
                            td {
                                span class={ "mark " (class) } aria-hidden="true" { (symbol) }
                                " " span class={ "status " (class) } { (loc.t(word)) }
                                @if let Some(error) = &log.error {
                                    br;
                                    span.error-detail lang="en" dir="ltr" { (shorten(error, 300)) }
                                }
                            }
                            td.number { (loc.num(log.added)) }
                            td.number { (loc.num(log.updated)) }
                            td.number { (loc.num(log.deleted)) }
                            td.number { (loc.num(log.failed)) }
                            td.number { (loc.num(*records)) }
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

    fn log(id: i64, status: &str, added: u64, deleted: u64) -> HarvestLog {
        HarvestLog {
            id,
            source: "s".into(),
            started: format!("2026-01-{:02}T08:00:00Z", id),
            ended: Some(format!("2026-01-{:02}T08:01:00Z", id)),
            status: status.into(),
            full: id == 1,
            from: None,
            added,
            updated: 0,
            deleted,
            failed: 0,
            pages: 1,
            error: (status == "failed").then(|| "HTTP 500 <from> the repository".into()),
            clipped: 0,
        }
    }

    #[test]
    fn records_after_each_harvest_are_worked_out_from_todays_count() {
        // Newest first: +5 −2, then +1, then the first harvest +100.
        let history = [log(3, "ok", 5, 2), log(2, "ok", 1, 0), log(1, "ok", 100, 0)];
        assert_eq!(records_after(&history, 104), [104, 101, 100]);
        // A count lower than the log says floors at zero instead of wrapping.
        assert_eq!(
            records_after(&[log(2, "ok", 50, 0), log(1, "ok", 10, 0)], 20),
            [20, 0]
        );
        assert!(records_after(&[], 7).is_empty());
    }

    #[test]
    fn each_mark_has_a_symbol_and_words_not_only_a_colour() {
        let history = [
            log(3, "failed", 0, 0),
            log(2, "interrupted", 2, 0),
            log(1, "ok", 10, 0),
        ];
        let html = strip(&Locale::english(), &history).into_string();
        // Oldest first, each linking to its row.
        let first = html.find("#harvest-1").unwrap();
        assert!(first < html.find("#harvest-3").unwrap(), "{html}");
        assert!(html.contains(r#"<span class="mark ok" aria-hidden="true">✓</span>"#));
        assert!(html.contains(r#"<span class="mark failed" aria-hidden="true">✕</span>"#));
        assert!(
            html.contains(
                "succeeded, 1 Jan 2026, 08:00 UTC (full): 10 added, 0 updated, 0 deleted"
            ),
            "{html}"
        );
        assert!(html.contains("failed, 3 Jan 2026"), "{html}");
    }

    #[test]
    fn the_table_escapes_errors_and_gives_every_number() {
        let history = [log(2, "failed", 0, 1), log(1, "ok", 10, 0)];
        let after = records_after(&history, 9);
        let html = table(&Locale::english(), &history, &after).into_string();
        assert!(
            html.contains("HTTP 500 &lt;from&gt; the repository"),
            "{html}"
        );
        assert!(html.contains(r#"<tr id="harvest-2">"#));
        assert!(html.contains(r#"<td class="number">10</td>"#));
    }
}
