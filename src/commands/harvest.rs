//! `oerdex harvest`: harvests sources and ends with a report table.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use anyhow::bail;
use oerdex_harvester::{
    harvest_sources, Fetcher, HarvestOptions, HarvestReport, Result as HarvestResult,
};
use oerdex_index::{HarvestLog, Reader};

use crate::cli::HarvestArgs;
use crate::commands::open_store;
use crate::config::Settings;
use crate::exit;
use crate::progress::Display;

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

/// Prints the closing table: one row per source, then the errors in plain words with what the
/// failed harvests kept (from the harvest log, which counts committed pages only).
pub fn print_report(
    index: &dyn Reader,
    outcomes: &[(String, HarvestResult<HarvestReport>)],
) -> anyhow::Result<()> {
    println!(
        "{:<16} {:>8} {:>8} {:>8} {:>8} {:>9}  STATUS",
        "SOURCE", "ADDED", "UPDATED", "DELETED", "FAILED", "SECONDS"
    );
    for (name, outcome) in outcomes {
        match outcome {
            Ok(r) => println!(
                "{:<16} {:>8} {:>8} {:>8} {:>8} {:>9.1}  ok{}",
                name,
                r.counts.added,
                r.counts.updated,
                r.counts.deleted,
                r.counts.failed,
                r.duration.as_secs_f64(),
                if r.resumed { " (resumed)" } else { "" }
            ),
            Err(_) => {
                let log = index.harvest_history(name, 1)?.pop();
                let count = |f: fn(&HarvestLog) -> u64| log.as_ref().map(f).unwrap_or(0);
                println!(
                    "{:<16} {:>8} {:>8} {:>8} {:>8} {:>9}  FAILED",
                    name,
                    count(|l| l.added),
                    count(|l| l.updated),
                    count(|l| l.deleted),
                    count(|l| l.failed),
                    "-"
                );
            }
        }
    }
    for (name, outcome) in outcomes {
        if let Ok(report) = outcome {
            if report.counts.unreadable_dates > 0 {
                println!(
                    "{name}: {} record(s) give a publication date oerdex cannot read; it is left out of their resources",
                    report.counts.unreadable_dates
                );
            }
            if report.counts.clipped > 0 {
                println!(
                    "{name}: {} record(s) had over-long fields clipped to the size limits",
                    report.counts.clipped
                );
            }
        }
        if let Err(e) = outcome {
            println!("{name}: {e}");
            if let Some(log) = index.harvest_history(name, 1)?.pop() {
                println!("{name}: {}", e.next_harvest().describe(log.pages));
            }
        }
    }
    Ok(())
}
