//! `oerdex search`.

use oerdex_index::search::Facet;
use oerdex_index::{language, SearchQuery, Sort};

use crate::catalogue::open_store;

use crate::cli::{SearchArgs, SortArg};
use crate::config::Settings;
use crate::exit;

/// Runs a search and prints the results (or the API's JSON document with `--json`).
pub fn run(settings: &Settings, args: SearchArgs) -> anyhow::Result<u8> {
    let store = open_store(settings)?;
    // The search structures count and filter as `serve` does: loading the embedded engine's
    // takes about a second for a million resources, where SQLite alone may take several for
    // one broad query.
    if let Err(e) = store.load_search(false) {
        tracing::warn!("searching without the search columns: {e}");
    }
    let index = store.reader()?;
    let mut query = SearchQuery::new();
    let text = args.query.join(" ");
    query.text = Some(text).filter(|t| !t.trim().is_empty());
    query.licenses = args.licenses;
    query.open = args.open.then_some(true);
    query.free = args.free.then_some(true);
    query.commercial = args.commercial.then_some(true);
    query.derivatives = args.derivatives.then_some(true);
    query.languages = args
        .languages
        .iter()
        .map(|l| language::normalize(l).unwrap_or_else(|| l.clone()))
        .collect();
    query.types = args.types;
    query.levels = args.levels;
    query.subjects = args.subjects;
    query.sources = args.sources;
    query.sort = match args.sort {
        SortArg::Relevance => Sort::Relevance,
        SortArg::Updated => Sort::Updated,
        SortArg::Title => Sort::Title,
    };
    query.limit = args.limit;
    query.cursor = args.cursor;
    if !args.json {
        query.facets = vec![Facet::License, Facet::Language];
    }
    let results = index.search(&query)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&results)?);
        return Ok(exit::OK);
    }
    println!("{} resources match", results.total);
    for r in &results.results {
        let license = r
            .license
            .as_ref()
            .map(|l| l.id.as_str())
            .unwrap_or("no licence stated");
        println!(
            "- {} [{}] ({})",
            r.title.as_deref().unwrap_or("(untitled)"),
            license,
            if r.languages.is_empty() {
                "-".to_string()
            } else {
                r.languages.join(", ")
            }
        );
        if let Some(url) = &r.url {
            println!("  {url}");
        }
    }
    for (facet, counts) in &results.facets {
        let values: Vec<String> = counts
            .0
            .iter()
            .take(8)
            .map(|(v, n)| format!("{v} {n}"))
            .collect();
        if !values.is_empty() {
            println!("{facet}: {}", values.join(", "));
        }
    }
    if let Some(cursor) = &results.next_cursor {
        println!("more: --cursor {cursor}");
    }
    Ok(exit::OK)
}
