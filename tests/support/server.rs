//! A loopback HTTP/1.1 server for tests: each request goes to a handler that chooses a
//! [`Reply`], including broken ones (cut-off bodies, dropped connections, stalls).

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct Request {
    /// Path without the query.
    pub path: String,
    /// Decoded query arguments.
    pub query: HashMap<String, String>,
    /// The raw query string.
    pub raw_query: String,
    /// Request headers, names lower-cased.
    pub headers: HashMap<String, String>,
    /// When it arrived.
    pub at: std::time::Instant,
}

impl Request {
    /// A query argument.
    pub fn arg(&self, key: &str) -> Option<&str> {
        self.query.get(key).map(String::as_str)
    }
}

/// What the server does with a request.
pub enum Reply {
    /// A complete response.
    Full {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// Announces the whole body's length but sends only `keep` bytes, then closes.
    Cut { body: Vec<u8>, keep: usize },
    /// Closes the connection without answering.
    Drop,
    /// Sends the headers and the first bytes, then stalls for the duration.
    Stall(Duration),
    /// Streams a body with no length, without end, until the client hangs up (or 4 GB).
    Endless,
}

impl Reply {
    /// 200 with an XML body.
    pub fn xml(body: impl Into<Vec<u8>>) -> Self {
        Reply::Full {
            status: 200,
            headers: vec![("Content-Type".into(), "text/xml; charset=utf-8".into())],
            body: body.into(),
        }
    }

    /// A status with a plain body and extra headers.
    pub fn status(status: u16, headers: &[(&str, &str)], body: &str) -> Self {
        Reply::Full {
            status,
            headers: headers
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            body: body.as_bytes().to_vec(),
        }
    }
}

type Handler = dyn Fn(&Request) -> Reply + Send + Sync;

/// A running server; stops accepting when dropped (its thread ends with the test process).
pub struct Server {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    requests: Arc<Mutex<Vec<Request>>>,
}

impl Server {
    /// Starts a server on 127.0.0.1 on a free port.
    pub fn start(handler: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let base = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let seen = requests.clone();
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let handler = handler.clone();
                let seen = seen.clone();
                thread::spawn(move || serve(stream, &*handler, &seen));
            }
        });
        Server { base, requests }
    }

    /// The OAI-PMH base URL (`/oai`).
    pub fn oai(&self) -> String {
        format!("{}/oai", self.base)
    }

    /// Every request so far.
    pub fn requests(&self) -> Vec<Request> {
        self.requests.lock().unwrap().clone()
    }

    /// Requests with this verb.
    pub fn verb_requests(&self, verb: &str) -> Vec<Request> {
        self.requests()
            .into_iter()
            .filter(|r| r.arg("verb") == Some(verb))
            .collect()
    }
}

fn serve(mut stream: TcpStream, handler: &Handler, seen: &Mutex<Vec<Request>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
    let head = String::from_utf8_lossy(&buf).into_owned();
    let mut lines = head.split("\r\n");
    let target = lines
        .next()
        .unwrap_or("")
        .split(' ')
        .nth(1)
        .unwrap_or("/")
        .to_string();
    let headers = lines
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_lowercase(), v.trim().to_string()))
        .collect();
    let (path, raw_query) = target.split_once('?').unwrap_or((&target, ""));
    let query = url::form_urlencoded::parse(raw_query.as_bytes())
        .into_owned()
        .collect();
    let request = Request {
        path: path.to_string(),
        query,
        raw_query: raw_query.to_string(),
        headers,
        at: std::time::Instant::now(),
    };
    seen.lock().unwrap().push(request.clone());
    match handler(&request) {
        Reply::Full {
            status,
            headers,
            body,
        } => {
            let mut head = format!(
                "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
                body.len()
            );
            for (k, v) in headers {
                head.push_str(&format!("{k}: {v}\r\n"));
            }
            head.push_str("\r\n");
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
        Reply::Cut { body, keep } => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body[..keep.min(body.len())]);
        }
        Reply::Drop => {}
        Reply::Endless => {
            let _ = stream.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nConnection: close\r\n\r\n<?xml version=\"1.0\"?><OAI-PMH><!-- ",
            );
            let chunk = vec![b'x'; 64 * 1024];
            for _ in 0..(4u64 << 30) / chunk.len() as u64 {
                if stream.write_all(&chunk).is_err() {
                    break;
                }
            }
        }
        Reply::Stall(duration) => {
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 1000\r\n\r\n<OAI-PMH");
            let _ = stream.flush();
            thread::sleep(duration);
        }
    }
    let _ = stream.flush();
    let _ = stream.shutdown(std::net::Shutdown::Both);
}
