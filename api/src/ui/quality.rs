//! A source's metadata quality report on its page: the share of its records with each field
//! oerdex reads, and the licence statements and language values it could not read, most
//! frequent first, so a repository's manager knows what to fix at home. The numbers are the
//! index's report ([`oerdex_index::store::quality`]), the same as `GET /api/v1/sources/{name}/report`
//! and `oerdex sources report`.

use maud::{html, Markup};
use oerdex_index::store::quality::{QualityReport, Share, ValueCount};

use super::display::shorten;
use super::locale::Locale;

/// Characters of an unreadable value shown (the JSON report has them whole).
const VALUE_CHARS: usize = 160;

/// A share of the records as a whole percentage; never 0 % when some records have the field,
/// nor 100 % when some lack it.
pub fn percent(records: u64, total: u64) -> u64 {
    if total == 0 || records == 0 {
        return 0;
    }
    if records >= total {
        return 100;
    }
    ((records as f64 * 100.0 / total as f64).round() as u64).clamp(1, 99)
}

/// The report's section.
pub fn section(loc: &Locale, report: &QualityReport, json_href: &str) -> Markup {
    let c = &report.coverage;
    let rows: [(&str, &Share); 6] = [
        ("quality-licence", &c.license),
        ("quality-language", &c.language),
        ("quality-url", &c.url),
        ("quality-description", &c.description),
        ("quality-type", &c.resource_type),
        ("quality-level", &c.educational_level),
    ];
    html! {
        section #quality aria-labelledby="quality-heading" {
            h2 #quality-heading { (loc.t("quality-heading")) }
            @if report.records == 0 {
                p { (loc.t("quality-empty")) }
            } @else {
                p { (loc.t_args("quality-intro", &[("records", report.records.into())])) }
                table.compact.quality {
                    caption.visually-hidden { (loc.t("quality-caption")) }
                    thead {
                        tr {
                            th scope="col" { (loc.t("quality-col-field")) }
                            th scope="col" { (loc.t("quality-col-records")) }
                            th scope="col" { (loc.t("quality-col-share")) }
                        }
                    }
                    tbody {
                        @for (message, share) in rows {
                            @let p = percent(share.records, report.records);
                            tr {
                                th scope="row" { (loc.t(message)) }
                                td.number { (loc.num(share.records)) }
                                td.share {
                                    (bar(p, loc.lang().is_rtl()))
                                    " " span.percent { (loc.t_args("percent", &[("value", p.into())])) }
                                }
                            }
                        }
                    }
                }
                (licences(loc, report))
                @if report.unread_records > 0 {
                    p.notice { (loc.t_args("quality-unread", &[("count", report.unread_records.into())])) }
                }
            }
            p.api { a href=(json_href) { (loc.t("quality-json")) } }
        }
    }
}

/// A bar as long as the share (decoration: the percentage beside it says the same).
fn bar(percent: u64, rtl: bool) -> Markup {
    let width = percent.min(100);
    let x = if rtl { 100 - width } else { 0 };
    html! {
        svg.bar aria-hidden="true" focusable="false" viewBox="0 0 100 8" width="100" height="8"
            preserveAspectRatio="none" {
            rect.track x="0" y="0" width="100" height="8" {}
            rect.fill x=(x) y="0" width=(width) height="8" {}
        }
    }
}

/// Why records have no readable licence, and the statements and languages not read.
fn licences(loc: &Locale, report: &QualityReport) -> Markup {
    html! {
        p {
            (loc.t_args("quality-unreadable-licences", &[("count", report.unreadable_license_records.into())]))
            " "
            (loc.t_args("quality-no-rights", &[("count", report.no_rights_records.into())]))
        }
        h3 #unreadable-licences-heading { (loc.t("quality-licences-heading")) }
        (values(loc, &report.unreadable_licenses, "unreadable-licences-heading"))
        h3 #unreadable-languages-heading { (loc.t("quality-languages-heading")) }
        (values(loc, &report.unreadable_languages, "unreadable-languages-heading"))
    }
}

/// Values as the records write them and how many records do, most frequent first.
fn values(loc: &Locale, values: &[ValueCount], heading: &str) -> Markup {
    html! {
        @if values.is_empty() {
            p { (loc.t("quality-none-unreadable")) }
        } @else {
            table.compact.values aria-labelledby=(heading) {
                thead {
                    tr {
                        th scope="col" { (loc.t("quality-col-value")) }
                        th scope="col" { (loc.t("quality-col-records")) }
                    }
                }
                tbody {
                    @for v in values {
                        tr {
                            td { bdi dir="auto" { (shorten(&v.value, VALUE_CHARS)) } }
                            td.number { (loc.num(v.records)) }
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

    #[test]
    fn percentages_never_round_to_all_or_nothing() {
        let cases = [
            (0, 0, 0),
            (0, 10, 0),
            (1, 1000, 1),
            (999, 1000, 99),
            (1000, 1000, 100),
            (1, 3, 33),
            (2, 3, 67),
        ];
        for (records, total, expected) in cases {
            assert_eq!(percent(records, total), expected, "{records}/{total}");
        }
    }

    #[test]
    fn the_report_shows_shares_and_escaped_unreadable_values() {
        let report = QualityReport {
            source: "s".into(),
            records: 4,
            unread_records: 1,
            unreadable_license_records: 2,
            no_rights_records: 1,
            coverage: oerdex_index::store::quality::Coverage {
                license: Share {
                    records: 1,
                    share: 0.25,
                },
                ..Default::default()
            },
            unreadable_licenses: vec![ValueCount {
                value: "<b>all rights</b> reserved".into(),
                records: 2,
            }],
            unreadable_languages: Vec::new(),
        };
        let html = section(&Locale::english(), &report, "/api/v1/sources/s/report").into_string();
        assert!(html.contains("25%"), "{html}");
        assert!(
            html.contains("&lt;b&gt;all rights&lt;/b&gt; reserved"),
            "{html}"
        );
        assert!(
            html.contains("2 records state rights oerdex cannot read as a licence."),
            "{html}"
        );
        assert!(html.contains("1 record is in a format"), "{html}");
        let arabic = Locale::fixed(crate::i18n::Lang::Ar, true);
        let html = section(&arabic, &report, "/r").into_string();
        assert!(html.contains("٢٥"), "{html}");
        assert!(
            html.contains(r#"<rect class="fill" x="75""#),
            "the bar grows from the right: {html}"
        );
    }

    #[test]
    fn an_empty_source_says_there_is_nothing_to_measure() {
        let report = QualityReport::default();
        let html = section(&Locale::english(), &report, "/r").into_string();
        assert!(!html.contains("<table"), "{html}");
    }
}
