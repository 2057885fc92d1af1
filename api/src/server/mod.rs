//! Serving HTTP/1.1 connections with bounds on every one of them: the number open at once, the
//! time a client may take to send a request head or a body, and how long a connection may sit
//! idle between requests or stall while an answer is written.
//!
//! # Architecture
//! [`serve`] accepts connections while fewer than `max_connections` are open (the others wait
//! in the kernel's backlog, holding no descriptor of ours), and serves each with hyper on a task
//! of its own. A [`watchdog`] per connection follows what the connection is doing (waiting for a
//! request, reading its head or body, answering, writing) through a wrapper around the socket
//! and the bodies, and closes the connection when the phase it is in outlasts its limit. Handlers
//! themselves bound their own work (database reads, live checks of repositories).
//!
//! Requests hyper refuses itself (a request line or head too long, a malformed request) are
//! answered in the API's shapes through [`refusal`].
//!
//! On shutdown the listener closes, idle connections close at once, requests in flight finish,
//! and [`serve`] returns when every connection has ended.

mod refusal;
mod watchdog;

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, Semaphore};
use tower::ServiceExt;

pub use refusal::RefusalBody;
use refusal::RefusingIo;
use watchdog::{Activity, WatchedBody, WatchedIo};

/// Bounds on connections (`server.*` in the configuration).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerLimits {
    /// Time to send a complete request head, from the connection's start or from its first byte
    /// after an idle pause.
    pub header_timeout: Duration,
    /// Time a keep-alive connection may wait for its next request, and a client may leave an
    /// answer unread.
    pub idle_timeout: Duration,
    /// Time to send a whole request body, from the end of its head.
    pub body_timeout: Duration,
    /// Connections open at once; more wait to be accepted.
    pub max_connections: usize,
}

impl Default for ServerLimits {
    fn default() -> Self {
        ServerLimits {
            header_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(30),
            body_timeout: Duration::from_secs(30),
            max_connections: 512,
        }
    }
}

/// Serves `app` on `listener` within `limits` until `shutdown` completes, then lets the requests
/// in flight finish. Each request carries its peer address as [`ConnectInfo<SocketAddr>`];
/// requests the HTTP layer refuses are answered with `refusal`.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: ServerLimits,
    refusal: RefusalBody,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let max = limits.max_connections.clamp(1, Semaphore::MAX_PERMITS) as u32;
    let permits = Arc::new(Semaphore::new(max as usize));
    let (stop_tx, stop_rx) = watch::channel(false);
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = permits.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of descriptors or a connection reset before it was accepted: wait a
                    // moment rather than spin, and go on.
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let app = app.clone();
        let stop = stop_rx.clone();
        let refusal = refusal.clone();
        tokio::spawn(async move {
            connection(stream, peer, app, limits, refusal, stop).await;
            drop(permit);
        });
    }
    drop(listener);
    let _ = stop_tx.send(true);
    // Every connection holds a permit until it ends: having them all back means all ended.
    let _ = permits.acquire_many(max).await;
    Ok(())
}

/// Serves one connection until the client closes it, a limit is overrun, or shutdown.
async fn connection(
    stream: TcpStream,
    peer: SocketAddr,
    app: Router,
    limits: ServerLimits,
    refusal: RefusalBody,
    mut stop: watch::Receiver<bool>,
) {
    let _ = stream.set_nodelay(true);
    let activity = Arc::new(Activity::new(limits));
    let io = TokioIo::new(RefusingIo::new(
        WatchedIo::new(stream, activity.clone()),
        activity.clone(),
        refusal,
    ));
    let watched = activity.clone();
    let service = hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
        let app = app.clone();
        let activity = watched.clone();
        async move {
            let has_body = !hyper::body::Body::is_end_stream(request.body());
            let answering = activity.request_started(has_body);
            let mut request =
                request.map(|body| Body::new(WatchedBody::request(body, activity.clone())));
            request.extensions_mut().insert(ConnectInfo(peer));
            let response = match app.oneshot(request).await {
                Ok(response) => response,
                Err(never) => match never {},
            };
            activity.response_ready();
            Ok::<_, Infallible>(
                response.map(|body| Body::new(WatchedBody::response(body, answering))),
            )
        }
    });
    let conn = hyper::server::conn::http1::Builder::new()
        .max_buf_size(64 * 1024)
        .serve_connection(io, service);
    tokio::pin!(conn);
    let expired = watchdog::expired(activity.clone());
    tokio::pin!(expired);
    let mut stopping = *stop.borrow();
    if stopping {
        conn.as_mut().graceful_shutdown();
    }
    loop {
        tokio::select! {
            result = conn.as_mut() => {
                if let Err(e) = result {
                    tracing::debug!(error = %e, %peer, "connection ended with an error");
                }
                return;
            }
            phase = &mut expired => {
                tracing::debug!(%peer, phase, "closing a connection that overran its time");
                return;
            }
            changed = stop.changed(), if !stopping => {
                stopping = true;
                if changed.is_ok() {
                    conn.as_mut().graceful_shutdown();
                }
            }
        }
    }
}
