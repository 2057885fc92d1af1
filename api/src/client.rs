//! Who sent a request: the client's address, and the scheme and host it asked for, as seen
//! through trusted reverse proxies.
//!
//! Behind a reverse proxy every connection comes from the proxy. `server.trusted_proxies` lists
//! the proxies (as CIDRs) whose `Forwarded` (RFC 7239) or `X-Forwarded-For`, `-Proto` and
//! `-Host` headers are believed: the client is the right-most address in the chain that is not a
//! trusted proxy. Those headers from anyone else are ignored, so a client cannot choose the
//! address its rate limit is kept under, nor the host name absolute URLs are built with.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderMap};
use axum::middleware::Next;
use axum::response::Response;
use ipnet::IpNet;

use crate::state::AppState;

/// The proxies whose forwarding headers are believed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Parses CIDRs (`10.0.0.0/8`, `::1/128`) or single addresses (`127.0.0.1`).
    pub fn parse<S: AsRef<str>>(list: &[S]) -> Result<Self, String> {
        list.iter()
            .map(|item| {
                let item = item.as_ref().trim();
                item.parse::<IpNet>()
                    .or_else(|_| item.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| format!("{item:?} is not an address or CIDR like 10.0.0.0/8"))
            })
            .collect::<Result<_, _>>()
            .map(TrustedProxies)
    }

    /// True when `ip` is a trusted proxy.
    pub fn trusts(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.0.iter().any(|net| net.contains(&ip))
    }
}

/// The request's client, as far as it can be believed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Client {
    /// The client's address.
    pub ip: IpAddr,
    /// `http` or `https`, as a trusted proxy reports the client asked; `None` when told nothing.
    pub scheme: Option<&'static str>,
    /// The host (and port) the client asked for, as a trusted proxy reports it.
    pub host: Option<String>,
}

impl Client {
    /// Reads the client of a request that came from `peer`.
    pub fn identify(peer: IpAddr, headers: &HeaderMap, trusted: &TrustedProxies) -> Self {
        let peer = canonical(peer);
        let direct = Client {
            ip: peer,
            scheme: None,
            host: None,
        };
        if !trusted.trusts(peer) {
            return direct;
        }
        let forwarded = forwarded(headers);
        let chain: Vec<Option<IpAddr>> = match &forwarded {
            Some(elements) => elements.iter().map(|e| e.for_ip).collect(),
            None => all_values(headers, "x-forwarded-for")
                .map(parse_ip)
                .collect(),
        };
        let mut ip = peer;
        for hop in chain.iter().rev() {
            match hop {
                Some(hop) if trusted.trusts(*hop) => ip = *hop,
                Some(hop) => {
                    ip = *hop;
                    break;
                }
                // `unknown` or an obfuscated name: the last proxy we trust is all we know.
                None => break,
            }
        }
        let (scheme, host) = match forwarded.as_ref().and_then(|e| e.last()) {
            Some(last) => (last.proto, last.host.clone()),
            None => (
                all_values(headers, "x-forwarded-proto")
                    .last()
                    .and_then(scheme_of),
                all_values(headers, "x-forwarded-host")
                    .last()
                    .and_then(host_of),
            ),
        };
        Client {
            ip: canonical(ip),
            scheme,
            host,
        }
    }

    /// The origin (`https://oer.example.org`) the client addressed: the trusted proxy's word,
    /// else the `Host` header over plain HTTP.
    pub fn origin(&self, headers: &HeaderMap) -> String {
        let host = self
            .host
            .clone()
            .or_else(|| {
                headers
                    .get(header::HOST)
                    .and_then(|h| h.to_str().ok())
                    .and_then(host_of)
            })
            .unwrap_or_else(|| "localhost".to_string());
        format!("{}://{host}", self.scheme.unwrap_or("http"))
    }
}

/// Middleware: puts the request's [`Client`] in its extensions. Requests without a peer address
/// (a router driven in-process) get none.
pub async fn identify(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip());
    if let Some(peer) = peer {
        let client = Client::identify(peer, request.headers(), state.trusted_proxies());
        request.extensions_mut().insert(client);
    }
    next.run(request).await
}

/// IPv4-mapped IPv6 addresses as the IPv4 address they are.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

/// One element of a `Forwarded` header.
#[derive(Debug, Default)]
struct Element {
    for_ip: Option<IpAddr>,
    proto: Option<&'static str>,
    host: Option<String>,
}

/// Every element of every `Forwarded` header, in order; `None` when there is none.
fn forwarded(headers: &HeaderMap) -> Option<Vec<Element>> {
    let mut elements = Vec::new();
    for value in headers.get_all(header::FORWARDED) {
        let Ok(value) = value.to_str() else {
            elements.push(Element::default());
            continue;
        };
        for element in value.split(',') {
            let mut parsed = Element::default();
            for pair in element.split(';') {
                let Some((key, value)) = pair.split_once('=') else {
                    continue;
                };
                let value = value.trim().trim_matches('"');
                match key.trim().to_ascii_lowercase().as_str() {
                    "for" => parsed.for_ip = parse_ip(value),
                    "proto" => parsed.proto = scheme_of(value),
                    "host" => parsed.host = host_of(value),
                    _ => {}
                }
            }
            elements.push(parsed);
        }
    }
    (!elements.is_empty()).then_some(elements)
}

/// The comma-separated values of every instance of a header, in order.
fn all_values<'a>(headers: &'a HeaderMap, name: &'static str) -> impl Iterator<Item = &'a str> {
    headers
        .get_all(name)
        .into_iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
}

/// An address as forwarding headers write it: `192.0.2.1`, `192.0.2.1:4711`, `[2001:db8::1]`,
/// `[2001:db8::1]:4711` or a bare IPv6 address.
fn parse_ip(value: &str) -> Option<IpAddr> {
    let value = value.trim().trim_matches('"');
    if let Ok(ip) = value.parse::<IpAddr>() {
        return Some(ip);
    }
    if let Ok(socket) = value.parse::<SocketAddr>() {
        return Some(socket.ip());
    }
    value
        .strip_prefix('[')
        .and_then(|v| v.split(']').next())
        .and_then(|v| v.parse().ok())
}

fn scheme_of(value: &str) -> Option<&'static str> {
    match value.trim().to_ascii_lowercase().as_str() {
        "http" => Some("http"),
        "https" => Some("https"),
        _ => None,
    }
}

/// A host (with an optional port) made of the characters host names and addresses use.
fn host_of(value: &str) -> Option<String> {
    let value = value.trim();
    let ok = !value.is_empty()
        && value.len() <= 255
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    ok.then(|| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_str(value).unwrap());
        }
        map
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn forwarding_headers_are_believed_only_from_trusted_proxies() {
        let trusted = TrustedProxies::parse(&["10.0.0.0/8", "::1"]).unwrap();
        let h = headers(&[
            ("x-forwarded-for", "203.0.113.9, 10.1.1.1"),
            ("x-forwarded-proto", "https"),
            ("x-forwarded-host", "oer.example.org"),
        ]);
        let from_proxy = Client::identify(ip("10.0.0.2"), &h, &trusted);
        assert_eq!(from_proxy.ip, ip("203.0.113.9"), "proxies are skipped");
        assert_eq!(from_proxy.origin(&h), "https://oer.example.org");
        let direct = Client::identify(ip("198.51.100.7"), &h, &trusted);
        assert_eq!(
            direct.ip,
            ip("198.51.100.7"),
            "an untrusted peer cannot claim"
        );
        assert_eq!(direct.scheme, None);
        assert_eq!(direct.host, None);
        // A client's own X-Forwarded-For is kept left of what the proxy appended.
        let spoofed = headers(&[("x-forwarded-for", "1.2.3.4, 203.0.113.9")]);
        assert_eq!(
            Client::identify(ip("10.0.0.2"), &spoofed, &trusted).ip,
            ip("203.0.113.9")
        );
        let mapped = Client::identify(ip("::ffff:10.0.0.2"), &spoofed, &trusted);
        assert_eq!(mapped.ip, ip("203.0.113.9"), "IPv4-mapped peers are IPv4");
    }

    #[test]
    fn the_forwarded_header_wins_with_its_syntax() {
        let trusted = TrustedProxies::parse(&["127.0.0.1/32"]).unwrap();
        let h = headers(&[
            (
                "forwarded",
                "for=198.51.100.1, for=\"[2001:db8:cafe::17]:4711\";proto=https;host=oer.example.org",
            ),
            ("x-forwarded-for", "192.0.2.200"),
        ]);
        let client = Client::identify(ip("127.0.0.1"), &h, &trusted);
        assert_eq!(client.ip, ip("2001:db8:cafe::17"));
        assert_eq!(client.scheme, Some("https"));
        assert_eq!(client.host.as_deref(), Some("oer.example.org"));
        let unknown = headers(&[("forwarded", "for=unknown")]);
        assert_eq!(
            Client::identify(ip("127.0.0.1"), &unknown, &trusted).ip,
            ip("127.0.0.1")
        );
        let bad_host = headers(&[("forwarded", "host=\"evil.example/<x>\";proto=gopher")]);
        let client = Client::identify(ip("127.0.0.1"), &bad_host, &trusted);
        assert_eq!((client.scheme, client.host), (None, None));
    }

    #[test]
    fn trusted_proxies_parse_cidrs_and_addresses() {
        assert!(TrustedProxies::parse(&["10.0.0.0/8", "fd00::/8", "127.0.0.1"]).is_ok());
        let err = TrustedProxies::parse(&["10.0.0.0/33"]).unwrap_err();
        assert!(err.contains("10.0.0.0/33"), "{err}");
        assert!(!TrustedProxies::default().trusts(ip("127.0.0.1")));
    }
}
