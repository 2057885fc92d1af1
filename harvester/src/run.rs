//! Harvesting several sources at once: at most `harvest.concurrency` sources in parallel (and,
//! through the fetcher, one request at a time per host). A source registered without a live
//! check is identified first, so its granularity and format are known before its first harvest.

use std::collections::HashMap;
use std::sync::Arc;

use oerdex_index::{Source, Store};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

use crate::error::{HarvestError, Result};
use crate::harvest::{harvest_source, HarvestOptions, HarvestReport, Progress};
use crate::http::Fetcher;
use crate::register::{inspect, Registration};

/// Harvests `sources` into the catalogue `store`; returns each source's outcome, in the
/// order given.
pub async fn harvest_sources(
    fetcher: Arc<Fetcher>,
    store: &Arc<dyn Store>,
    sources: Vec<Source>,
    options: &HarvestOptions,
    progress: Arc<dyn Progress>,
) -> Vec<(String, Result<HarvestReport>)> {
    let limit = Arc::new(Semaphore::new(fetcher.settings().concurrency.max(1)));
    let mut tasks = JoinSet::new();
    let mut positions = HashMap::new();
    let names: Vec<String> = sources.iter().map(|s| s.name.clone()).collect();
    for (position, source) in sources.into_iter().enumerate() {
        let (fetcher, limit, progress, options) = (
            fetcher.clone(),
            limit.clone(),
            progress.clone(),
            options.clone(),
        );
        let store = store.clone();
        let task = tasks.spawn(async move {
            // The semaphore is never closed, so acquiring cannot fail.
            let _permit = limit.acquire_owned().await;
            let outcome = async {
                let source = identify_if_needed(&fetcher, &store, source).await?;
                harvest_source(&fetcher, &store, &source, &options, progress).await
            }
            .await;
            (position, outcome)
        });
        positions.insert(task.id(), position);
    }
    let mut outcomes: Vec<Option<Result<HarvestReport>>> = names.iter().map(|_| None).collect();
    while let Some(joined) = tasks.join_next().await {
        match joined {
            Ok((position, outcome)) => outcomes[position] = Some(outcome),
            Err(e) => {
                tracing::error!("a harvest task panicked: {e}");
                if let Some(&position) = positions.get(&e.id()) {
                    outcomes[position] = Some(Err(HarvestError::Task {
                        stage: "harvest task",
                        source: e,
                    }));
                }
            }
        }
    }
    names
        .into_iter()
        .zip(outcomes)
        // Every task either returned its outcome or failed with its id known.
        .filter_map(|(name, outcome)| Some((name, outcome?)))
        .collect()
}

/// Fills in Identify and the format for a source that has never been checked.
async fn identify_if_needed(
    fetcher: &Fetcher,
    store: &Arc<dyn Store>,
    source: Source,
) -> Result<Source> {
    if !source.formats.is_empty() && !source.metadata_prefix.is_empty() {
        return Ok(source);
    }
    let registration = Registration {
        name: source.name.clone(),
        url: source.url.clone(),
        metadata_prefix: Some(source.metadata_prefix.clone()).filter(|p| !p.is_empty()),
        sets: source.sets.clone(),
        default_license: source.default_license.clone(),
    };
    let mut checked = inspect(fetcher, &registration).await?;
    checked.enabled = source.enabled;
    checked.added_at = source.added_at;
    let mut index = store.writer()?;
    index.put_source(&checked)?;
    Ok(checked)
}
