//! Serving: the API of `oerdex-api` over the configured catalogue, with the [`Scheduler`]
//! harvesting in the background, until SIGINT or SIGTERM. Used by `oerdex serve` and by the
//! demo.
//!
//! Shutdown order: on the first signal the scheduler asks running harvests to stop at their
//! next page boundary and the server stops accepting connections; in-flight requests finish;
//! then the harvests are awaited. A second signal exits at once (committed pages are safe).

pub mod scheduler;

use std::sync::Arc;

use anyhow::Context;
use oerdex_api::{ApiConfig, AppState, Metrics};
use oerdex_harvester::HarvestSettings;
use tokio::net::TcpListener;

use crate::config::Settings;
use crate::exit;
pub use scheduler::Scheduler;

/// Binds `address` for the API, with a message that says what to do when it is taken.
pub async fn bind(address: &str) -> anyhow::Result<TcpListener> {
    TcpListener::bind(address).await.with_context(|| {
        format!("cannot listen on {address} (set --bind, server.bind or OERDEX_BIND)")
    })
}

/// Serves the API on `listener` until a shutdown signal; harvests with `harvest` settings.
/// Prints `listening on http://ADDR` first (tests and scripts read it).
pub async fn run(
    settings: &Settings,
    listener: TcpListener,
    harvest: &HarvestSettings,
) -> anyhow::Result<u8> {
    let address = listener.local_addr()?;
    // Create or migrate the catalogue before read-only connections open it.
    let store = crate::catalogue::open_store(settings)?;

    let metrics = Arc::new(Metrics::new());
    let scheduler = Scheduler::new(
        store.clone(),
        harvest,
        settings.harvest_interval,
        metrics.clone(),
    )?;
    let config = ApiConfig {
        admin_token: settings.admin_token.clone(),
        declared_sources: settings.sources.iter().map(|s| s.name.clone()).collect(),
        oai: settings.oai.clone(),
        rate_limit_per_minute: settings.rate_limit_per_minute,
        registrations_per_hour: settings.registrations_per_hour,
        limits: settings.server_limits,
        trusted_proxies: settings.trusted_proxies.clone(),
        metrics_token: settings.metrics_token.clone(),
        metrics_apart: settings.metrics_bind.is_some(),
        ..ApiConfig::new(store.clone())
    };
    let state = AppState::new(config, Arc::new(scheduler.clone()), metrics);
    let metrics_listener = match &settings.metrics_bind {
        Some(address) => Some(TcpListener::bind(address).await.with_context(|| {
            format!("cannot listen on {address} for /metrics (server.metrics_bind)")
        })?),
        None => None,
    };
    scheduler.start();

    println!("listening on http://{address}");
    if let Some(listener) = &metrics_listener {
        println!("metrics on http://{}/metrics", listener.local_addr()?);
    }
    println!(
        "oerdex API over {} (harvests every {}; write endpoints {}); Ctrl-C stops",
        store.location(),
        humane(settings.harvest_interval),
        if settings.admin_token.is_some() {
            "need the admin token"
        } else {
            "disabled: no admin token"
        }
    );

    let stopping = scheduler.clone();
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let shutdown = async move {
        shutdown_signal().await;
        eprintln!("shutting down: finishing requests, stopping harvests at a page boundary…");
        stopping.stop();
        let _ = stop_tx.send(true);
        tokio::spawn(async {
            shutdown_signal().await;
            eprintln!("stopped at once");
            std::process::exit(130);
        });
    };
    let metrics_server = metrics_listener.map(|listener| {
        let mut stop = stop_rx.clone();
        let app = oerdex_api::metrics_router(state.clone());
        tokio::spawn(oerdex_api::server::serve(
            listener,
            app,
            state.limits(),
            oerdex_api::rejections::refusal_body(&state),
            async move {
                let _ = stop.wait_for(|stopped| *stopped).await;
            },
        ))
    });
    oerdex_api::serve(listener, state, shutdown)
        .await
        .context("the server failed")?;
    if let Some(server) = metrics_server {
        let _ = server.await;
    }
    scheduler.stop();
    scheduler.join().await;
    eprintln!("stopped");
    Ok(exit::OK)
}

/// Completes on SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = terminate => {}
    }
}

/// `86400 s` → `24h`, for the start-up line.
fn humane(d: std::time::Duration) -> String {
    let s = d.as_secs();
    match s {
        s if s % 86_400 == 0 => format!("{}d", s / 86_400),
        s if s % 3600 == 0 => format!("{}h", s / 3600),
        s if s % 60 == 0 => format!("{}m", s / 60),
        s => format!("{s}s"),
    }
}
