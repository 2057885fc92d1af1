//! What one connection is doing, and when it has taken too long at it.
//!
//! A connection is always in one phase: waiting for a request (idle), receiving a request head,
//! receiving a body, being answered by a handler, or having its answer written. [`WatchedIo`]
//! (the socket) and [`WatchedBody`] (request and response bodies) move it from phase to phase
//! through [`Activity`], which sets the phase's deadline; [`expired`] completes when a deadline
//! passes, and the connection is then closed. A handler at work has no deadline here: handlers
//! bound their own work.

use std::io;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};

use axum::body::Body;
use bytes::Bytes;
use http_body::{Frame, SizeHint};
use hyper::body::Incoming;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::sync::Notify;
use tokio::time::Instant;

use super::ServerLimits;

/// The phases of a connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Waiting for a request (a new connection, or keep-alive between requests).
    Idle,
    /// Bytes of a request head arrived; the rest must follow within the header timeout.
    Head,
    /// Receiving a request body.
    Body,
    /// A handler works on the request.
    Handling,
    /// The answer is being written; the client must keep taking it.
    Writing,
}

impl Phase {
    fn name(self) -> &'static str {
        match self {
            Phase::Idle => "idle",
            Phase::Head => "request head",
            Phase::Body => "request body",
            Phase::Handling => "handler",
            Phase::Writing => "writing the answer",
        }
    }
}

struct State {
    phase: Phase,
    deadline: Option<Instant>,
    /// No request has come yet: the header timeout counts from the connection's start.
    fresh: bool,
    /// Requests that reached the application.
    requests: u64,
}

/// One connection's phase and deadline, shared by its socket, bodies and watchdog.
pub struct Activity {
    limits: ServerLimits,
    /// A std mutex: held for a few assignments, never across an `.await`; only this
    /// connection's own tasks take it.
    state: Mutex<State>,
    /// Wakes the watchdog when the phase changes.
    changed: Notify,
}

impl Activity {
    /// A new connection: its first request head must arrive within the header timeout.
    pub fn new(limits: ServerLimits) -> Self {
        Activity {
            limits,
            state: Mutex::new(State {
                phase: Phase::Idle,
                deadline: Some(Instant::now() + limits.header_timeout),
                fresh: true,
                requests: 0,
            }),
            changed: Notify::new(),
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn set(&self, phase: Phase, deadline: Option<Instant>) {
        {
            let mut state = self.state();
            state.phase = phase;
            state.deadline = deadline;
        }
        self.changed.notify_one();
    }

    /// Requests that reached the application on this connection so far.
    pub fn requests_started(&self) -> u64 {
        self.state().requests
    }

    /// Bytes arrived from the client.
    fn read(&self) {
        let mut state = self.state();
        if state.phase == Phase::Idle {
            state.phase = Phase::Head;
            if !state.fresh {
                state.deadline = Some(Instant::now() + self.limits.header_timeout);
                drop(state);
                self.changed.notify_one();
            }
        }
    }

    /// Bytes of the answer went out: the client is taking it.
    fn wrote(&self) {
        let mut state = self.state();
        if state.phase == Phase::Writing {
            // Only pushes the deadline later: the watchdog notices when it wakes.
            state.deadline = Some(Instant::now() + self.limits.idle_timeout);
        }
    }

    /// A request head was read; returns the guard that ends the request when dropped.
    pub fn request_started(self: &Arc<Self>, has_body: bool) -> Answering {
        {
            let mut state = self.state();
            state.fresh = false;
            state.requests += 1;
        }
        if has_body {
            self.set(Phase::Body, Some(Instant::now() + self.limits.body_timeout));
        } else {
            self.set(Phase::Handling, None);
        }
        Answering(self.clone())
    }

    /// The request body was read to its end.
    fn body_finished(&self) {
        if self.state().phase == Phase::Body {
            self.set(Phase::Handling, None);
        }
    }

    /// The handler answered; the answer is to be written.
    pub fn response_ready(&self) {
        self.set(
            Phase::Writing,
            Some(Instant::now() + self.limits.idle_timeout),
        );
    }

    /// The answer was written (or abandoned): wait for the next request.
    fn response_done(&self) {
        self.set(Phase::Idle, Some(Instant::now() + self.limits.idle_timeout));
    }
}

/// Ends a request's answer when dropped (its body written to the end, or dropped).
pub struct Answering(Arc<Activity>);

impl Drop for Answering {
    fn drop(&mut self) {
        self.0.response_done();
    }
}

/// Completes, with the phase's name, when the connection overruns its current phase's deadline.
pub async fn expired(activity: Arc<Activity>) -> &'static str {
    loop {
        let (phase, deadline) = {
            let state = activity.state();
            (state.phase, state.deadline)
        };
        match deadline {
            Some(deadline) if deadline <= Instant::now() => return phase.name(),
            Some(deadline) => {
                tokio::select! {
                    () = tokio::time::sleep_until(deadline) => {}
                    () = activity.changed.notified() => {}
                }
            }
            None => activity.changed.notified().await,
        }
    }
}

/// The socket, reporting reads and writes to the connection's [`Activity`].
pub struct WatchedIo<T> {
    inner: T,
    activity: Arc<Activity>,
}

impl<T> WatchedIo<T> {
    /// Wraps `inner`.
    pub fn new(inner: T, activity: Arc<Activity>) -> Self {
        WatchedIo { inner, activity }
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for WatchedIo<T> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.inner).poll_read(cx, buf);
        if matches!(polled, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            self.activity.read();
        }
        polled
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for WatchedIo<T> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write(cx, buf);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.wrote();
        }
        polled
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.wrote();
        }
        polled
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// A request body that reports its end, or a response body that ends its request when done.
pub struct WatchedBody<B> {
    inner: B,
    watch: Watch,
}

enum Watch {
    /// A request body: tell the activity when it has been read.
    Request(Option<Arc<Activity>>),
    /// A response body: the request ends when this is dropped.
    Response(#[allow(dead_code)] Answering),
}

impl WatchedBody<Incoming> {
    /// A request body.
    pub fn request(inner: Incoming, activity: Arc<Activity>) -> Self {
        WatchedBody {
            inner,
            watch: Watch::Request(Some(activity)),
        }
    }
}

impl WatchedBody<Body> {
    /// A response body; `answering` ends the request when the body is done with.
    pub fn response(inner: Body, answering: Answering) -> Self {
        WatchedBody {
            inner,
            watch: Watch::Response(answering),
        }
    }
}

impl<B> http_body::Body for WatchedBody<B>
where
    B: http_body::Body<Data = Bytes> + Unpin,
{
    type Data = Bytes;
    type Error = B::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, B::Error>>> {
        let polled = Pin::new(&mut self.inner).poll_frame(cx);
        let finished = match &polled {
            Poll::Ready(None) | Poll::Ready(Some(Err(_))) => true,
            Poll::Ready(Some(Ok(_))) => self.inner.is_end_stream(),
            Poll::Pending => false,
        };
        if finished {
            if let Watch::Request(activity) = &mut self.watch {
                if let Some(activity) = activity.take() {
                    activity.body_finished();
                }
            }
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}
