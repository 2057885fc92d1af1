//! Harvest progress on the terminal: a progress bar per source when standard error is a
//! terminal, plain log lines otherwise.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::sync::Mutex;
use std::time::Duration;

use indicatif::{MultiProgress, ProgressBar, ProgressStyle};
use oerdex_harvester::Progress;
use oerdex_index::Counts;

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

    fn page(&self, source: &str, done: &Counts, pages: u64, complete_list_size: Option<u64>) {
        match self.bar(source) {
            Some(bar) => {
                if let Some(size) = complete_list_size {
                    bar.set_length(size.max(done.total()));
                } else {
                    bar.set_length(done.total());
                }
                bar.set_position(done.total());
                bar.set_message(format!("page {pages}"));
            }
            None => eprintln!(
                "{source}: page {pages}: {} records ({} added, {} updated, {} deleted){}",
                done.total(),
                done.added,
                done.updated,
                done.deleted,
                complete_list_size
                    .map(|n| format!(" of about {n}"))
                    .unwrap_or_default()
            ),
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
