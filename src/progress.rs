//! Harvest progress on the terminal: a progress bar per source when standard error is a
//! terminal, plain log lines otherwise, and the closing report table.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::sync::Mutex;
use std::time::Duration;

use indicatif::{MultiProgress, ProgressBar, ProgressStyle};
use oerdex_harvester::harvest::Committed;
use oerdex_harvester::{HarvestReport, Progress, Result as HarvestResult};
use oerdex_index::{HarvestLog, Reader};

/// Shows harvest progress.
pub struct Display {
    bars: Option<MultiProgress>,
    /// One bar per source; a std mutex because it is never held across an `.await`.
    by_source: Mutex<HashMap<String, ProgressBar>>,
}

impl Display {
    /// Bars on a terminal, log lines elsewhere.
    pub fn new() -> Self {
        Display {
            bars: std::io::stderr().is_terminal().then(MultiProgress::new),
            by_source: Mutex::new(HashMap::new()),
        }
    }

    /// Plain log lines whatever the output is.
    pub fn plain() -> Self {
        Display {
            bars: None,
            by_source: Mutex::new(HashMap::new()),
        }
    }

    /// Ends every bar.
    pub fn finish(&self) {
        let bars = self.by_source.lock().unwrap_or_else(|p| p.into_inner());
        for bar in bars.values() {
            bar.finish();
        }
    }

    fn bar(&self, source: &str) -> Option<ProgressBar> {
        let multi = self.bars.as_ref()?;
        let mut bars = self.by_source.lock().unwrap_or_else(|p| p.into_inner());
        Some(
            bars.entry(source.to_string())
                .or_insert_with(|| {
                    let bar = multi.add(ProgressBar::new(0));
                    bar.set_style(
                        ProgressStyle::with_template(
                            "{prefix:>14} {bar:30} {pos:>8}/{len:<8} records {msg} {per_sec} eta {eta}",
                        )
                        .unwrap_or_else(|_| ProgressStyle::default_bar()),
                    );
                    bar.set_prefix(source.to_string());
                    bar.enable_steady_tick(Duration::from_millis(250));
                    bar
                })
                .clone(),
        )
    }
}

impl Progress for Display {
    fn begin(&self, source: &str, full: bool, from: Option<&str>, resumed: bool) {
        let what = match (resumed, full, from) {
            (true, _, _) => "resuming interrupted harvest".to_string(),
            (false, true, _) => "full harvest".to_string(),
            (false, false, Some(from)) => format!("incremental harvest from {from}"),
            (false, false, None) => "harvest".to_string(),
        };
        match self.bar(source) {
            Some(bar) => bar.set_message(what),
            None => eprintln!("{source}: {what}"),
        }
    }

    fn page(&self, source: &str, committed: &Committed) {
        let total = committed.total.total();
        match self.bar(source) {
            Some(bar) => {
                bar.set_length(committed.complete_list_size.unwrap_or(0).max(total));
                bar.set_position(total);
                bar.set_message(format!("page {}", committed.last_page));
            }
            None => eprintln!("{source}: {}", page_line(committed)),
        }
    }

    fn note(&self, source: &str, message: &str) {
        match &self.bars {
            Some(multi) => {
                let _ = multi.println(format!("{source}: {message}"));
            }
            None => eprintln!("{source}: {message}"),
        }
    }
}

/// What one commit did, in words: `page 4: 100 records (0 added, 0 updated, 0 deleted, 100
/// unchanged); 400 so far of about 141`. The counts are the page's own, the total the run's.
pub fn page_line(committed: &Committed) -> String {
    let Committed {
        first_page,
        last_page,
        counts,
        total,
        complete_list_size,
    } = committed;
    let pages = if first_page == last_page {
        format!("page {last_page}")
    } else {
        format!("pages {first_page}–{last_page}")
    };
    let mut extra = String::new();
    if counts.already_gone > 0 {
        extra.push_str(&format!(", {} already gone", counts.already_gone));
    }
    if counts.failed > 0 {
        extra.push_str(&format!(", {} unreadable", counts.failed));
    }
    if counts.unreadable_dates > 0 {
        extra.push_str(&format!(
            "; {} with a date that could not be read",
            counts.unreadable_dates
        ));
    }
    format!(
        "{pages}: {} records ({} added, {} updated, {} deleted, {} unchanged{extra}); {} so far{}",
        counts.total(),
        counts.added,
        counts.updated,
        counts.deleted,
        counts.unchanged,
        total.total(),
        complete_list_size
            .map(|n| format!(" of about {n}"))
            .unwrap_or_default()
    )
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

#[cfg(test)]
mod tests {
    use super::*;
    use oerdex_index::Counts;

    #[test]
    fn a_page_line_counts_the_page_and_the_run_apart() {
        let page = Counts {
            unchanged: 100,
            ..Counts::default()
        };
        let total = Counts {
            unchanged: 400,
            ..Counts::default()
        };
        let line = page_line(&Committed {
            first_page: 4,
            last_page: 4,
            counts: page,
            total,
            complete_list_size: Some(141),
        });
        assert_eq!(
            line,
            "page 4: 100 records (0 added, 0 updated, 0 deleted, 100 unchanged); 400 so far of about 141"
        );
        let deletions = Counts {
            deleted: 7,
            already_gone: 2,
            failed: 1,
            ..Counts::default()
        };
        let line = page_line(&Committed {
            first_page: 2,
            last_page: 3,
            counts: deletions,
            total: deletions,
            complete_list_size: None,
        });
        assert_eq!(
            line,
            "pages 2–3: 10 records (0 added, 0 updated, 7 deleted, 0 unchanged, 2 already gone, 1 unreadable); 10 so far"
        );
    }
}
