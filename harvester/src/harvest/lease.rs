//! The lease on harvesting a source, so that two harvesters (a `serve` and an `oerdex harvest`
//! on one catalogue, or several nodes on one database) never harvest one source at once.
//!
//! The lease is taken before the harvest starts, renewed in the background every third of its
//! time to live, and given up when the harvest ends. A harvester that dies stops renewing: its
//! lease expires and another takes the source over, resuming from the last committed page. A
//! holder on this machine whose process no longer runs has gone at once (a killed `oerdex
//! harvest` does not block the next one for a minute).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use oerdex_index::Store;

use crate::error::{HarvestError, Result};

/// How long a lease lasts without renewal.
pub const LEASE_TTL: Duration = Duration::from_secs(60);

/// This process's name as a lease holder: `host:pid:nonce`.
pub fn holder() -> &'static str {
    static HOLDER: OnceLock<String> = OnceLock::new();
    HOLDER.get_or_init(|| {
        format!(
            "{}:{}:{:08x}",
            host_name(),
            std::process::id(),
            fastrand::u32(..)
        )
    })
}

/// True when `other` is a holder on this machine whose process has ended.
pub fn gone(other: &str) -> bool {
    let mut parts = other.split(':');
    let (Some(host), Some(pid)) = (parts.next(), parts.next()) else {
        return false;
    };
    if host != host_name() {
        return false;
    }
    match pid.parse::<u32>() {
        Ok(pid) if pid == std::process::id() => false,
        Ok(pid) => {
            let proc_dir = std::path::Path::new("/proc");
            // Without /proc (not Linux) nothing is known: the lease runs out instead.
            proc_dir.is_dir() && !proc_dir.join(pid.to_string()).exists()
        }
        Err(_) => false,
    }
}

fn host_name() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_string())
        .ok()
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".into())
}

/// A lease held for a running harvest: renewed in the background, given up when dropped.
pub struct Lease {
    store: Arc<dyn Store>,
    source: String,
    renewal: tokio::task::JoinHandle<()>,
}

impl Lease {
    /// Takes the lease on `source`; when renewing it fails or finds it lost, `stop` is set so the
    /// harvest stops at the next page boundary.
    pub async fn take(
        store: &Arc<dyn Store>,
        source: &str,
        stop: Arc<AtomicBool>,
        lost: Arc<AtomicBool>,
    ) -> Result<Lease> {
        let taken = renew(store.clone(), source.to_string()).await?;
        if !taken {
            return Err(HarvestError::Busy {
                name: source.to_string(),
                ttl: LEASE_TTL,
            });
        }
        let renewal = {
            let (store, source) = (store.clone(), source.to_string());
            tokio::spawn(async move {
                loop {
                    tokio::time::sleep(LEASE_TTL / 3).await;
                    match renew(store.clone(), source.clone()).await {
                        Ok(true) => {}
                        outcome => {
                            tracing::warn!(%source, ?outcome, "the lease on the source was lost; stopping its harvest");
                            lost.store(true, Ordering::Relaxed);
                            stop.store(true, Ordering::Relaxed);
                            return;
                        }
                    }
                }
            })
        };
        Ok(Lease {
            store: store.clone(),
            source: source.to_string(),
            renewal,
        })
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        self.renewal.abort();
        let released = self
            .store
            .writer()
            .and_then(|mut w| w.release_lease(&self.source, holder()));
        if let Err(e) = released {
            tracing::warn!(source = %self.source, error = %e, "could not give the lease up; it expires by itself");
        }
    }
}

/// Takes or extends the lease, on the blocking pool.
async fn renew(store: Arc<dyn Store>, source: String) -> Result<bool> {
    tokio::task::spawn_blocking(move || {
        let mut writer = store.writer()?;
        Ok(writer.acquire_lease(&source, holder(), LEASE_TTL, &gone)?)
    })
    .await
    .map_err(|source| HarvestError::Task {
        stage: "lease renewal",
        source,
    })?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_is_not_gone_and_a_dead_one_is() {
        assert!(!gone(holder()));
        let host = host_name();
        // Process ids are below 2^22 on Linux; this one cannot run.
        assert_eq!(
            gone(&format!("{host}:4294967295:0")),
            std::path::Path::new("/proc").is_dir()
        );
        assert!(!gone("another-host:1:0"), "another machine's process");
        assert!(!gone("garbage"));
    }
}
