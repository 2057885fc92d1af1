//! `oerdex license`: how oerdex reads rights statements.

use oerdex_index::license;

use crate::cli::LicenseArgs;
use crate::exit;

/// Prints each statement's reading; exit code 0 even when a statement names no licence (that
/// is an answer, not an error).
pub fn run(args: LicenseArgs) -> anyhow::Result<u8> {
    for text in &args.texts {
        let reading = license::normalize(text);
        if args.json {
            println!("{}", serde_json::to_string(&reading)?);
            continue;
        }
        match reading {
            Some(l) => println!(
                "{text:?}\n  {} ({}), family {}\n  url {}\n  commercial use: {}, adaptation: {}, share-alike: {}\n  open (UNESCO OER Recommendation: anyone may reuse, adapt and share, perhaps only non-commercially): {}\n  free cultural work (any use, adaptation and sharing, commercial included): {}",
                l.id,
                l.name,
                l.family,
                l.url.as_deref().unwrap_or("-"),
                yes_no(l.commercial),
                yes_no(l.derivatives),
                yes_no(l.share_alike),
                yes_no(l.open),
                yes_no(l.is_free()),
            ),
            None => println!("{text:?}\n  no licence recognised (kept as written, counted neither as open nor as free)"),
        }
    }
    Ok(exit::OK)
}

fn yes_no(v: bool) -> &'static str {
    if v {
        "yes"
    } else {
        "no"
    }
}
