//! The HTTP side of harvesting: one client, politeness per host (one request at a time, a pause
//! between requests), retries with backoff, response size limits, decompression and decoding,
//! and refusal of forbidden addresses (also after DNS resolution and on redirects).
//!
//! Proxies: the environment's (`HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY`) are ignored, since a
//! request sent to a proxy is resolved there and would bypass the address check. Only
//! `harvest.proxy` sets one; then names are resolved, and private addresses must be refused,
//! by the proxy (literal addresses and redirects are still checked here).

use std::borrow::Cow;
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use reqwest::header::{ACCEPT, ACCEPT_ENCODING, CONTENT_ENCODING, CONTENT_TYPE, RETRY_AFTER};
use tokio::time::Instant;
use url::Url;

pub mod decode;

use crate::address::forbidden_kind;
use crate::error::{HarvestError, Result};
use crate::retry;
use crate::settings::HarvestSettings;

/// Fetches OAI-PMH responses politely and robustly.
pub struct Fetcher {
    client: reqwest::Client,
    settings: Arc<HarvestSettings>,
    /// Last request time per host. The outer std mutex is only held to look up the entry; the
    /// inner tokio mutex is held across the request's `.await`s, which is what serialises
    /// requests to one host.
    hosts: Mutex<HashMap<String, Arc<tokio::sync::Mutex<Option<Instant>>>>>,
}

/// A body that arrived and was decoded, with its HTTP status.
pub struct Body {
    /// HTTP status code.
    pub status: u16,
    /// The body as text, decompressed, decoded and stripped of characters XML forbids.
    pub text: String,
    /// How many forbidden characters or undecodable bytes were removed.
    pub repaired: usize,
}

/// Why a body could not be read as what was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// What is wrong, in plain words.
    pub message: String,
    /// True when asking again cannot help (a DTD, elements nested too deep): the request is not
    /// retried.
    pub permanent: bool,
}

impl Unreadable {
    /// A body that will not become readable by asking again.
    pub fn permanent(message: impl Into<String>) -> Self {
        Unreadable {
            message: message.into(),
            permanent: true,
        }
    }
}

impl From<String> for Unreadable {
    /// A body that may read well next time (cut off, an error page): retried.
    fn from(message: String) -> Self {
        Unreadable {
            message,
            permanent: false,
        }
    }
}

impl From<&str> for Unreadable {
    fn from(message: &str) -> Self {
        Unreadable::from(message.to_string())
    }
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// One failed try: whether it is worth trying again, and any wait the server asked for.
struct Failure {
    error: HarvestError,
    retryable: bool,
    retry_after: Option<Duration>,
}

impl Fetcher {
    /// Builds the client from the settings.
    pub fn new(settings: HarvestSettings) -> Result<Self> {
        let allow_private = settings.allow_private_networks;
        let mut builder = reqwest::Client::builder()
            .user_agent(settings.user_agent.clone())
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout.min(Duration::from_secs(30)))
            .redirect(redirect_policy(allow_private));
        match &settings.proxy {
            Some(proxy) => {
                let proxy = reqwest::Proxy::all(proxy).map_err(|e| HarvestError::Network {
                    url: String::new(),
                    message: format!("harvest.proxy is not a proxy URL: {e}"),
                })?;
                // The proxy resolves the repositories' names; ours resolves only the proxy,
                // which the operator chose, so it may well be on a private network.
                builder = builder.proxy(proxy);
            }
            None => {
                builder = builder.no_proxy();
                if !allow_private {
                    builder = builder.dns_resolver(Arc::new(PublicOnlyResolver));
                }
            }
        }
        let client = builder.build().map_err(HarvestError::Client)?;
        Ok(Fetcher {
            client,
            settings: Arc::new(settings),
            hosts: Mutex::new(HashMap::new()),
        })
    }

    /// The settings this fetcher runs with.
    pub fn settings(&self) -> &HarvestSettings {
        &self.settings
    }

    /// Checks that `url` is http(s) and, for a literal IP host, that it may be reached.
    pub fn check_url(&self, url: &Url) -> Result<()> {
        if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
            return Err(HarvestError::BadUrl {
                url: url.to_string(),
            });
        }
        if self.settings.allow_private_networks {
            return Ok(());
        }
        let ip = match url.host() {
            Some(url::Host::Ipv4(ip)) => Some(IpAddr::V4(ip)),
            Some(url::Host::Ipv6(ip)) => Some(IpAddr::V6(ip)),
            _ => None,
        };
        if let Some(ip) = ip {
            if let Some(kind) = forbidden_kind(ip) {
                return Err(HarvestError::ForbiddenAddress {
                    url: url.to_string(),
                    host: ip.to_string(),
                    kind,
                });
            }
        }
        Ok(())
    }

    /// GETs `url` and hands the body to `parse`, retrying network failures, 429, 5xx, broken
    /// bodies and bodies `parse` rejects, up to `harvest.retries` times; a body `parse` calls
    /// [permanently](Unreadable::permanent) unreadable is not asked for again. A 4xx other than
    /// 429 is still handed to `parse` (some repositories send OAI-PMH errors with 4xx statuses);
    /// if it is not OAI-PMH, the status is the error.
    pub async fn fetch<T, E: Into<Unreadable>>(
        &self,
        url: &Url,
        parse: impl Fn(&Body) -> std::result::Result<T, E>,
    ) -> Result<T> {
        self.check_url(url)?;
        let mut attempt = 0;
        loop {
            let outcome = match self.try_once(url).await {
                Ok(body) => match parse(&body).map_err(Into::into) {
                    Ok(value) => return Ok(value),
                    Err(unreadable) if (200..300).contains(&body.status) => Failure {
                        retryable: !unreadable.permanent,
                        error: if unreadable.permanent {
                            HarvestError::Refused {
                                url: url.to_string(),
                                message: unreadable.message,
                            }
                        } else {
                            HarvestError::BadResponse {
                                url: url.to_string(),
                                message: unreadable.message,
                            }
                        },
                        retry_after: None,
                    },
                    Err(_) => Failure {
                        error: HarvestError::Status {
                            url: url.to_string(),
                            status: body.status,
                        },
                        retryable: false,
                        retry_after: None,
                    },
                },
                Err(failure) => failure,
            };
            if !outcome.retryable || attempt >= self.settings.retries {
                return Err(outcome.error);
            }
            let wait = retry::delay(
                attempt,
                self.settings.retry_base_delay,
                self.settings.max_retry_delay,
                outcome.retry_after,
            );
            tracing::warn!(%url, attempt = attempt + 1, wait_ms = wait.as_millis() as u64, error = %outcome.error, "retrying");
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
    }

    /// One request, waiting for this host's turn first.
    async fn try_once(&self, url: &Url) -> std::result::Result<Body, Failure> {
        let gate = self.host_gate(url);
        let mut last = gate.lock().await;
        if let Some(previous) = *last {
            tokio::time::sleep_until(previous + self.settings.per_host_delay).await;
        }
        let result = self.request(url).await;
        *last = Some(Instant::now());
        result
    }

    fn host_gate(&self, url: &Url) -> Arc<tokio::sync::Mutex<Option<Instant>>> {
        let key = format!(
            "{}:{}",
            url.host_str().unwrap_or(""),
            url.port_or_known_default().unwrap_or(0)
        );
        let mut hosts = self
            .hosts
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        hosts.entry(key).or_default().clone()
    }

    async fn request(&self, url: &Url) -> std::result::Result<Body, Failure> {
        let network = |message: String| Failure {
            error: HarvestError::Network {
                url: url.to_string(),
                message,
            },
            retryable: true,
            retry_after: None,
        };
        let response = self
            .client
            .get(url.clone())
            .header(ACCEPT, "text/xml, application/xml;q=0.9, */*;q=0.1")
            .header(ACCEPT_ENCODING, "gzip, deflate")
            .send()
            .await
            .map_err(|e| network(describe(&e)))?;
        let status = response.status().as_u16();
        if retry::is_retryable_status(status) {
            let retry_after = response
                .headers()
                .get(RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| retry::parse_retry_after(v, SystemTime::now()));
            return Err(Failure {
                error: HarvestError::Status {
                    url: url.to_string(),
                    status,
                },
                retryable: true,
                retry_after,
            });
        }
        let encoding = header(&response, CONTENT_ENCODING);
        let charset = header(&response, CONTENT_TYPE).and_then(|ct| {
            ct.split(';')
                .filter_map(|p| p.trim().strip_prefix("charset="))
                .map(|c| c.trim_matches('"').to_string())
                .next()
        });
        let limit = self.settings.max_response_mb.saturating_mul(1024 * 1024);
        let too_large = || Failure {
            error: HarvestError::TooLarge {
                url: url.to_string(),
                limit_mb: self.settings.max_response_mb,
            },
            retryable: false,
            retry_after: None,
        };
        if response.content_length().is_some_and(|n| n > limit) {
            return Err(too_large());
        }
        // One allocation of the announced size rather than a doubling one: growing to a large
        // body kept every step's block resident.
        let mut bytes = Vec::with_capacity(response.content_length().unwrap_or(0) as usize);
        let mut response = response;
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| network(format!("the response body broke off: {}", describe(&e))))?
        {
            if bytes.len() as u64 + chunk.len() as u64 > limit {
                return Err(too_large());
            }
            bytes.extend_from_slice(&chunk);
        }
        let bytes = decode::decompress(bytes, encoding.as_deref(), limit).map_err(|e| match e {
            decode::DecodeError::TooLarge(_) => too_large(),
            decode::DecodeError::BadCompression(m) => {
                network(format!("broken compressed body: {m}"))
            }
        })?;
        let (text, replaced) = decode::to_text(&bytes, charset.as_deref());
        let (text, stripped) = decode::strip_invalid_chars(text);
        if replaced + stripped > 0 {
            tracing::warn!(%url, replaced, stripped, "repaired characters XML does not allow");
        }
        // The text as an owned string: when it is the body's own bytes (UTF-8 needing no
        // repair, the usual case), those bytes become the string without a copy, so a large
        // page is held once, not twice.
        let text = match text {
            Cow::Owned(text) => Ok(text),
            Cow::Borrowed(slice) => Err((
                slice.as_ptr() as usize - bytes.as_ptr() as usize,
                slice.len(),
            )),
        };
        let text = match text {
            Ok(text) => text,
            Err((start, len)) => reuse_as_text(bytes, start, len),
        };
        Ok(Body {
            status,
            text: crate::limits::bound_page(text),
            repaired: replaced + stripped,
        })
    }
}

/// `bytes[start..start + len]`, known to be UTF-8, as a string in the same allocation.
fn reuse_as_text(mut bytes: Vec<u8>, start: usize, len: usize) -> String {
    bytes.truncate(start + len);
    bytes.drain(..start);
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

fn header(response: &reqwest::Response, name: reqwest::header::HeaderName) -> Option<String> {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// A plain description of a reqwest error, with its causes.
fn describe(e: &reqwest::Error) -> String {
    let mut message = if e.is_timeout() {
        "timed out".to_string()
    } else if e.is_connect() {
        "could not connect".to_string()
    } else {
        "request failed".to_string()
    };
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}

/// Follows up to five redirects, refusing literal forbidden addresses (names are checked by the
/// resolver).
fn redirect_policy(allow_private: bool) -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(move |attempt| {
        if attempt.previous().len() >= 5 {
            return attempt.error("too many redirects");
        }
        match redirect_refusal(attempt.url(), allow_private) {
            Some(reason) => attempt.error(reason),
            None => attempt.follow(),
        }
    })
}

/// Why a redirect to `url` is refused, if it is: a literal forbidden address, or a scheme
/// other than http(s).
fn redirect_refusal(url: &Url, allow_private: bool) -> Option<String> {
    if !matches!(url.scheme(), "http" | "https") {
        return Some(format!("redirect to a {} URL refused", url.scheme()));
    }
    if allow_private {
        return None;
    }
    let ip = match url.host() {
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip),
        _ => return None,
    };
    forbidden_kind(ip).map(|kind| format!("redirect to a {kind} address refused"))
}

/// Resolves names with the system resolver and drops forbidden addresses, so a public name that
/// points at a private address is refused too.
struct PublicOnlyResolver;

impl Resolve for PublicOnlyResolver {
    fn resolve(&self, name: Name) -> Resolving {
        Box::pin(async move {
            let host = name.as_str().to_string();
            let addrs: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let allowed: Vec<SocketAddr> = addrs
                .iter()
                .copied()
                .filter(|a| forbidden_kind(a.ip()).is_none())
                .collect();
            if allowed.is_empty() {
                let kind = addrs
                    .first()
                    .and_then(|a| forbidden_kind(a.ip()))
                    .unwrap_or("unresolvable");
                return Err(format!(
                    "{host} resolves to a {kind} address; refused (set harvest.allow_private_networks to allow it)"
                )
                .into());
            }
            Ok(Box::new(allowed.into_iter()) as Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirects_to_forbidden_addresses_are_refused() {
        let refused = |u: &str| redirect_refusal(&Url::parse(u).unwrap(), false);
        assert_eq!(
            refused("http://127.0.0.1/oai").as_deref(),
            Some("redirect to a loopback address refused")
        );
        assert_eq!(
            refused("http://2130706433/").as_deref(),
            Some("redirect to a loopback address refused")
        );
        assert_eq!(
            refused("http://[fd00::1]/").as_deref(),
            Some("redirect to a unique-local address refused")
        );
        assert_eq!(
            refused("http://169.254.169.254/latest/meta-data").as_deref(),
            Some("redirect to a link-local address refused")
        );
        assert_eq!(
            refused("file:///etc/passwd").as_deref(),
            Some("redirect to a file URL refused")
        );
        assert_eq!(
            refused("https://oer.example.org/oai"),
            None,
            "names are checked by the resolver"
        );
        assert_eq!(refused("http://93.184.215.14/oai"), None);
        assert_eq!(
            redirect_refusal(&Url::parse("http://127.0.0.1/").unwrap(), true),
            None
        );
    }
}
