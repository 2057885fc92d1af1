//! `oerdex harvest`: harvests sources and ends with a report table.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use anyhow::bail;
use oerdex_harvester::{harvest_sources, Fetcher, HarvestOptions};

use crate::catalogue::open_store;
use crate::cli::HarvestArgs;
use crate::config::Settings;
use crate::exit;
use crate::progress::{print_report, Display};

/// Runs the harvest; exit code 0 when every source succeeded, [`exit::PARTIAL`] otherwise.
pub async fn run(settings: &Settings, args: HarvestArgs) -> anyhow::Result<u8> {
    let store = open_store(settings)?;
    let all = store.reader()?.sources()?;
    let sources = if args.names.is_empty() {
        all.into_iter().filter(|s| s.enabled).collect::<Vec<_>>()
    } else {
        let mut chosen = Vec::new();
        for name in &args.names {
            match all.iter().find(|s| &s.name == name) {
                Some(s) => chosen.push(s.clone()),
                None => bail!("no source named {name:?} (see `oerdex sources list`)"),
            }
        }
        chosen
    };
    if sources.is_empty() {
        println!(
            "nothing to harvest: no enabled sources (add one with `oerdex sources add NAME URL`)"
        );
        return Ok(exit::OK);
    }
    let options = HarvestOptions {
        full: args.full,
        ..Default::default()
    };
    let stop = options.stop.clone();
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            eprintln!("stopping at the next page boundary (press Ctrl-C again to abort)…");
            stop.store(true, Ordering::Relaxed);
            if tokio::signal::ctrl_c().await.is_ok() {
                std::process::exit(130);
            }
        }
    });
    let display = Arc::new(Display::new());
    let fetcher = Arc::new(Fetcher::new(settings.harvest.clone())?);
    let outcomes = harvest_sources(fetcher, &store, sources, &options, display.clone()).await;
    display.finish();
    print_report(store.reader()?.as_ref(), &outcomes)?;
    Ok(if outcomes.iter().all(|(_, o)| o.is_ok()) {
        exit::OK
    } else {
        exit::PARTIAL
    })
}
