//! `oerdex sources report NAME`: a source's metadata quality report (the same as
//! `GET /api/v1/sources/{name}/report`).

use oerdex_index::store::quality::{QualityReport, Share, ValueCount};

use crate::catalogue::open_index;
use crate::config::Settings;
use crate::exit;

/// Prints the report of source `name`, as a table or as JSON.
pub fn run(settings: &Settings, name: &str, json: bool) -> anyhow::Result<u8> {
    let index = open_index(settings)?;
    let report = index.quality_report(name)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", render(&report));
    }
    Ok(exit::OK)
}

/// The report in plain words.
fn render(r: &QualityReport) -> String {
    let mut out = format!("{}: {} live record(s)", r.source, r.records);
    if r.unread_records > 0 {
        out.push_str(&format!(
            ", {} in a format oerdex cannot read",
            r.unread_records
        ));
    }
    out.push_str("\nrecords with\n");
    let c = &r.coverage;
    for (label, share) in [
        ("a licence oerdex reads", c.license),
        ("a language", c.language),
        ("a URL", c.url),
        ("a description", c.description),
        ("a resource type", c.resource_type),
        ("an educational level", c.educational_level),
    ] {
        out.push_str(&line(label, share));
    }
    out.push_str(&format!(
        "records whose rights oerdex cannot read as a licence: {}; stating no rights: {}\n",
        r.unreadable_license_records, r.no_rights_records
    ));
    values(
        &mut out,
        "rights statements not read as a licence",
        &r.unreadable_licenses,
    );
    values(
        &mut out,
        "language values not read",
        &r.unreadable_languages,
    );
    out
}

fn line(label: &str, share: Share) -> String {
    format!(
        "  {label:<24} {:>8}  {:>5.1} %\n",
        share.records,
        share.share * 100.0
    )
}

fn values(out: &mut String, title: &str, values: &[ValueCount]) {
    if values.is_empty() {
        return;
    }
    out.push_str(&format!("{title}, most frequent first:\n"));
    for v in values {
        let shown: String = v.value.chars().take(100).collect();
        out.push_str(&format!("  {:>8}  {shown}\n", v.records));
    }
}
