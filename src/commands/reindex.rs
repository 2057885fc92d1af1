//! `oerdex reindex`: re-crosswalk stored raw records without harvesting.

use anyhow::bail;
use oerdex_harvester::crosswalk::crosswalk_xml;

use crate::catalogue::open_index;
use crate::cli::ReindexArgs;
use crate::config::Settings;
use crate::exit;

/// Re-crosswalks the named sources (or all) and prints what changed.
pub fn run(settings: &Settings, args: ReindexArgs) -> anyhow::Result<u8> {
    let mut index = open_index(settings)?;
    let names: Vec<String> = if args.names.is_empty() {
        index.sources()?.into_iter().map(|s| s.name).collect()
    } else {
        args.names
    };
    for name in &names {
        if index.source(name)?.is_none() {
            bail!("no source named {name:?}");
        }
        let counts = index.reindex(name, &crosswalk_xml)?;
        println!(
            "{name}: {} records re-read, {} changed, {} unreadable",
            counts.total(),
            counts.updated + counts.added,
            counts.failed
        );
    }
    // The text index is derived from the records: rebuilt whole, so that a change in how text
    // is analysed reaches every resource, changed or not.
    index.rebuild_search()?;
    Ok(exit::OK)
}
