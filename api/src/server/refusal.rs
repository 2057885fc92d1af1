//! Answers for requests the HTTP layer refuses before any handler sees them, in the API's own
//! shapes.
//!
//! hyper answers a request line longer than 64 KiB (414), a head larger than its buffer (431) or
//! a malformed request (400) itself, with an empty body. [`RefusingIo`] sits between hyper and
//! the socket and counts the answers written against the requests that reached the
//! application: an answer beyond them is hyper's own refusal, and the bytes it writes are
//! replaced by a complete answer of ours (a problem document, or an OAI-PMH error document on
//! `/oai`); the connection then closes as hyper intended.

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{ready, Context, Poll};

use axum::http::StatusCode;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

use super::watchdog::Activity;

/// Makes the body of a refusal: the status and the request's path in, the media type and body
/// out.
pub type RefusalBody = Arc<dyn Fn(StatusCode, &str) -> (&'static str, Vec<u8>) + Send + Sync>;

/// Bytes of a request head kept to find its path.
const HEAD_KEPT: usize = 512;

/// The socket, with hyper's own refusals replaced (see the module documentation).
pub struct RefusingIo<T> {
    inner: T,
    activity: Arc<Activity>,
    body: RefusalBody,
    /// The start of the request being read.
    head: Vec<u8>,
    /// Answers (final status lines) written so far.
    answered: u64,
    /// Our answer, and how much of it went out.
    answer: Vec<u8>,
    sent: usize,
    /// hyper's refusal is being replaced: what it writes goes nowhere.
    replacing: bool,
}

impl<T> RefusingIo<T> {
    /// Wraps `inner`, answering refusals with `body`.
    pub fn new(inner: T, activity: Arc<Activity>, body: RefusalBody) -> Self {
        RefusingIo {
            inner,
            activity,
            body,
            head: Vec::new(),
            answered: 0,
            answer: Vec::new(),
            sent: 0,
            replacing: false,
        }
    }
}

impl<T: AsyncWrite + Unpin> RefusingIo<T> {
    /// Starts replacing when `first` begins an answer to no request the application saw.
    fn intercept(&mut self, first: &[u8]) {
        if self.replacing {
            return;
        }
        let Some(status) = final_status(first) else {
            return;
        };
        if self.activity.requests_started() > self.answered {
            // The application's answer to its request.
            self.answered += 1;
            self.head.clear();
            return;
        }
        if !(status.is_client_error() || status.is_server_error()) {
            return;
        }
        let path = request_path(&self.head);
        let (media_type, body) = (self.body)(status, &path);
        let mut answer = format!(
            "HTTP/1.1 {} {}\r\ncontent-type: {media_type}\r\ncontent-length: {}\r\ncache-control: no-store\r\nconnection: close\r\n\r\n",
            status.as_u16(),
            status.canonical_reason().unwrap_or("Error"),
            body.len()
        )
        .into_bytes();
        answer.extend_from_slice(&body);
        self.answer = answer;
        self.sent = 0;
        self.replacing = true;
    }

    /// Writes what is left of our answer.
    fn poll_answer(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while self.sent < self.answer.len() {
            let n = ready!(Pin::new(&mut self.inner).poll_write(cx, &self.answer[self.sent..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            self.sent += n;
        }
        Poll::Ready(Ok(()))
    }
}

/// The status of an HTTP/1.x status line that ends a request (not `100 Continue`).
fn final_status(bytes: &[u8]) -> Option<StatusCode> {
    let rest = bytes
        .strip_prefix(b"HTTP/1.1 ")
        .or_else(|| bytes.strip_prefix(b"HTTP/1.0 "))?;
    let code = std::str::from_utf8(rest.get(..3)?).ok()?.parse().ok()?;
    StatusCode::from_u16(code)
        .ok()
        .filter(|s| !s.is_informational())
}

/// The path of the request line in `head` (without its query), or `/`.
fn request_path(head: &[u8]) -> String {
    let line = head
        .split(|&b| b == b'\r' || b == b'\n')
        .next()
        .unwrap_or(&[]);
    let target = line.split(|&b| b == b' ').nth(1).unwrap_or(b"/");
    let path = target.split(|&b| b == b'?').next().unwrap_or(b"/");
    String::from_utf8_lossy(path).into_owned()
}

impl<T: AsyncRead + Unpin> AsyncRead for RefusingIo<T> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.inner).poll_read(cx, buf);
        if self.head.len() < HEAD_KEPT {
            let fresh = &buf.filled()[before..];
            let take = fresh.len().min(HEAD_KEPT - self.head.len());
            let fresh = fresh[..take].to_vec();
            self.head.extend_from_slice(&fresh);
        }
        polled
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for RefusingIo<T> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.intercept(buf);
        if self.replacing {
            ready!(self.poll_answer(cx))?;
            return Poll::Ready(Ok(buf.len()));
        }
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        if let Some(first) = bufs.iter().find(|b| !b.is_empty()) {
            self.intercept(first);
        }
        if self.replacing {
            ready!(self.poll_answer(cx))?;
            return Poll::Ready(Ok(bufs.iter().map(|b| b.len()).sum()));
        }
        Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.poll_answer(cx))?;
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.poll_answer(cx))?;
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_status_lines_and_request_paths_are_read() {
        assert_eq!(
            final_status(b"HTTP/1.1 414 URI Too Long\r\n"),
            Some(StatusCode::URI_TOO_LONG)
        );
        assert_eq!(
            final_status(b"HTTP/1.1 431 Request Header Fields Too Large\r\n"),
            Some(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE)
        );
        assert_eq!(final_status(b"HTTP/1.1 200 OK\r\n"), Some(StatusCode::OK));
        assert_eq!(final_status(b"HTTP/1.1 100 Continue\r\n"), None);
        assert_eq!(final_status(b"{\"a\":1}"), None);
        assert_eq!(
            request_path(b"GET /oai?verb=Identify HTTP/1.1\r\nHost: x"),
            "/oai"
        );
        assert_eq!(
            request_path(b"GET /api/v1/resources?q=aaaa"),
            "/api/v1/resources"
        );
        assert_eq!(request_path(b""), "/");
    }
}
