//! Prometheus metrics, written by hand in the text exposition format (version 0.0.4):
//! requests and latency per route, harvests, their record counts and errors per source; at
//! scrape time the catalogue's figures (resources, sources, each source's last successful
//! harvest, database and write-ahead log size, the search cache's hits), the build and the
//! process (see [`crate::process`]).
//!
//! Routes are labelled by their template (`/api/v1/resources/{id}`), never by the raw path, and
//! methods outside the usual few are counted as `other`, so no request can grow the label set.
//! The binary's scheduler reports harvests through [`Metrics::harvest_started`] and
//! [`Metrics::harvest_finished`].

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;

use crate::state::AppState;

/// Upper bounds of the latency histogram's buckets, in seconds.
const BUCKETS: [f64; 11] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// A latency histogram: counts per bucket (not cumulative), sum and count.
#[derive(Debug, Default, Clone)]
struct Histogram {
    buckets: [u64; BUCKETS.len()],
    sum: f64,
    count: u64,
}

impl Histogram {
    fn observe(&mut self, seconds: f64) {
        if let Some(i) = BUCKETS.iter().position(|&bound| seconds <= bound) {
            self.buckets[i] += 1;
        }
        self.sum += seconds;
        self.count += 1;
    }
}

/// One source's harvest counters.
#[derive(Debug, Default, Clone)]
struct HarvestCounters {
    /// Finished harvests by status (`ok`, `failed`, `interrupted`).
    by_status: BTreeMap<&'static str, u64>,
    added: u64,
    updated: u64,
    deleted: u64,
    failed_records: u64,
    running: u64,
}

/// How a harvest ended, for the counters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HarvestOutcome {
    /// `ok`, `failed` (an error stopped it) or `interrupted` (stopped at a page boundary).
    pub status: &'static str,
    /// Records added.
    pub added: u64,
    /// Records updated.
    pub updated: u64,
    /// Records deleted.
    pub deleted: u64,
    /// Records that could not be crosswalked.
    pub failed: u64,
}

/// Catalogue figures read at scrape time.
#[derive(Debug, Clone, Default)]
pub struct CatalogueGauges {
    /// Live resources.
    pub resources: u64,
    /// Registered sources.
    pub sources: u64,
    /// Each source's last successful harvest, in seconds since the Unix epoch.
    pub last_success: Vec<(String, i64)>,
}

/// Figures of the server read at scrape time, whether or not the catalogue answers.
#[derive(Debug, Clone, Default)]
pub struct ServerGauges {
    /// The catalogue file's size in bytes.
    pub database_bytes: Option<u64>,
    /// The write-ahead log's size in bytes.
    pub wal_bytes: Option<u64>,
    /// Searches answered from the search cache, and searches that were not.
    pub cache: (u64, u64),
    /// The process's own figures.
    pub process: Option<crate::process::ProcessFigures>,
}

/// The process's metrics.
#[derive(Debug)]
pub struct Metrics {
    /// Request counts by (route, method, status). A std mutex: held only to bump a counter or
    /// to write the text, never across an `.await`.
    requests: Mutex<BTreeMap<(String, &'static str, u16), u64>>,
    /// Latency by route (same locking).
    latency: Mutex<BTreeMap<String, Histogram>>,
    /// Harvest counters by source (same locking).
    harvests: Mutex<BTreeMap<String, HarvestCounters>>,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    /// Empty metrics.
    pub fn new() -> Self {
        Metrics {
            requests: Mutex::new(BTreeMap::new()),
            latency: Mutex::new(BTreeMap::new()),
            harvests: Mutex::new(BTreeMap::new()),
        }
    }

    /// Counts an answered request.
    pub fn observe_request(&self, route: &str, method: &str, status: u16, elapsed: Duration) {
        let method = match method {
            "GET" => "GET",
            "HEAD" => "HEAD",
            "POST" => "POST",
            "PUT" => "PUT",
            "DELETE" => "DELETE",
            "OPTIONS" => "OPTIONS",
            "PATCH" => "PATCH",
            _ => "other",
        };
        *lock(&self.requests)
            .entry((route.to_string(), method, status))
            .or_default() += 1;
        lock(&self.latency)
            .entry(route.to_string())
            .or_default()
            .observe(elapsed.as_secs_f64());
    }

    /// A harvest of `source` started.
    pub fn harvest_started(&self, source: &str) {
        lock(&self.harvests)
            .entry(source.to_string())
            .or_default()
            .running += 1;
    }

    /// A harvest of `source` ended.
    pub fn harvest_finished(&self, source: &str, outcome: &HarvestOutcome) {
        let mut harvests = lock(&self.harvests);
        let c = harvests.entry(source.to_string()).or_default();
        c.running = c.running.saturating_sub(1);
        *c.by_status.entry(outcome.status).or_default() += 1;
        c.added += outcome.added;
        c.updated += outcome.updated;
        c.deleted += outcome.deleted;
        c.failed_records += outcome.failed;
    }

    /// The metrics in Prometheus text format.
    pub fn render(&self, catalogue: Option<CatalogueGauges>, server: &ServerGauges) -> String {
        let mut out = String::new();
        header(
            &mut out,
            "oerdex_build_info",
            "The running build: its version.",
            "gauge",
        );
        let _ = writeln!(
            out,
            "oerdex_build_info{{version=\"{}\"}} 1",
            env!("CARGO_PKG_VERSION")
        );
        self.render_requests(&mut out);
        self.render_harvests(&mut out);
        if let Some(g) = catalogue {
            gauge(
                &mut out,
                "oerdex_resources",
                "Live resources in the catalogue.",
                g.resources,
            );
            gauge(&mut out, "oerdex_sources", "Registered sources.", g.sources);
            header(
                &mut out,
                "oerdex_source_last_success_timestamp_seconds",
                "When the last successful harvest of each source ended (Unix time).",
                "gauge",
            );
            for (source, seconds) in &g.last_success {
                let _ = writeln!(
                    out,
                    "oerdex_source_last_success_timestamp_seconds{{source=\"{}\"}} {seconds}",
                    escape(source)
                );
            }
        }
        if let Some(bytes) = server.database_bytes {
            gauge(
                &mut out,
                "oerdex_database_bytes",
                "Size of the catalogue file.",
                bytes,
            );
        }
        if let Some(bytes) = server.wal_bytes {
            gauge(
                &mut out,
                "oerdex_database_wal_bytes",
                "Size of the catalogue's write-ahead log.",
                bytes,
            );
        }
        let (found, missed) = server.cache;
        counter(
            &mut out,
            "oerdex_search_cache_hits_total",
            "Searches whose matches or counts came from the search cache.",
            found,
        );
        counter(
            &mut out,
            "oerdex_search_cache_misses_total",
            "Searches whose matches or counts had to be computed.",
            missed,
        );
        header(
            &mut out,
            "oerdex_search_cache_hit_ratio",
            "Share of search cache lookups answered from it since the start.",
            "gauge",
        );
        let ratio = if found + missed == 0 {
            0.0
        } else {
            found as f64 / (found + missed) as f64
        };
        let _ = writeln!(out, "oerdex_search_cache_hit_ratio {ratio:.4}");
        if let Some(process) = &server.process {
            crate::process::render(&mut out, process);
        }
        out
    }

    fn render_requests(&self, out: &mut String) {
        header(
            out,
            "oerdex_http_requests_total",
            "HTTP requests answered, by route template, method and status.",
            "counter",
        );
        for ((route, method, status), n) in lock(&self.requests).iter() {
            let _ = writeln!(
                out,
                "oerdex_http_requests_total{{route=\"{}\",method=\"{method}\",status=\"{status}\"}} {n}",
                escape(route)
            );
        }
        header(
            out,
            "oerdex_http_request_duration_seconds",
            "Time to answer a request, by route template.",
            "histogram",
        );
        for (route, h) in lock(&self.latency).iter() {
            let route = escape(route);
            let mut cumulative = 0;
            for (bound, n) in BUCKETS.iter().zip(h.buckets) {
                cumulative += n;
                let _ = writeln!(
                    out,
                    "oerdex_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {cumulative}"
                );
            }
            let _ = writeln!(
                out,
                "oerdex_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}\n\
                 oerdex_http_request_duration_seconds_sum{{route=\"{route}\"}} {:.6}\n\
                 oerdex_http_request_duration_seconds_count{{route=\"{route}\"}} {}",
                h.count, h.sum, h.count
            );
        }
    }

    fn render_harvests(&self, out: &mut String) {
        let harvests = lock(&self.harvests);
        header(
            out,
            "oerdex_harvests_total",
            "Harvests finished since the server started, by source and status (ok, failed, interrupted).",
            "counter",
        );
        for (source, c) in harvests.iter() {
            for (status, n) in &c.by_status {
                let _ = writeln!(
                    out,
                    "oerdex_harvests_total{{source=\"{}\",status=\"{status}\"}} {n}",
                    escape(source)
                );
            }
        }
        header(
            out,
            "oerdex_harvest_errors_total",
            "Harvests that ended in an error, by source.",
            "counter",
        );
        for (source, c) in harvests.iter() {
            let n = c.by_status.get("failed").copied().unwrap_or(0);
            let _ = writeln!(
                out,
                "oerdex_harvest_errors_total{{source=\"{}\"}} {n}",
                escape(source)
            );
        }
        header(
            out,
            "oerdex_harvest_records_total",
            "Records harvested, by source and change (added, updated, deleted, failed).",
            "counter",
        );
        for (source, c) in harvests.iter() {
            let source = escape(source);
            for (change, n) in [
                ("added", c.added),
                ("updated", c.updated),
                ("deleted", c.deleted),
                ("failed", c.failed_records),
            ] {
                let _ = writeln!(
                    out,
                    "oerdex_harvest_records_total{{source=\"{source}\",change=\"{change}\"}} {n}"
                );
            }
        }
        header(
            out,
            "oerdex_harvest_running",
            "Harvests running now, by source.",
            "gauge",
        );
        for (source, c) in harvests.iter() {
            let _ = writeln!(
                out,
                "oerdex_harvest_running{{source=\"{}\"}} {}",
                escape(source),
                c.running
            );
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panic while a counter was bumped leaves it usable.
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn header(out: &mut String, name: &str, help: &str, kind: &str) {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
}

fn gauge(out: &mut String, name: &str, help: &str, value: u64) {
    header(out, name, help, "gauge");
    let _ = writeln!(out, "{name} {value}");
}

fn counter(out: &mut String, name: &str, help: &str, value: u64) {
    header(out, name, help, "counter");
    let _ = writeln!(out, "{name} {value}");
}

/// Escapes a label value: backslash, double quote and line feed.
fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// Middleware: counts and times every request by its route template, and logs it (method,
/// route, status, time; never headers, so never the admin token).
pub async fn track(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".to_string());
    let method = request.method().clone();
    let started = Instant::now();
    let response = next.run(request).await;
    let elapsed = started.elapsed();
    let status = response.status().as_u16();
    state
        .metrics()
        .observe_request(&route, method.as_str(), status, elapsed);
    tracing::info!(
        method = %method,
        route = %route,
        status,
        ms = elapsed.as_secs_f64() * 1000.0,
        "request"
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters_histograms_and_harvests() {
        let m = Metrics::new();
        m.observe_request("/health", "GET", 200, Duration::from_millis(3));
        m.observe_request("/health", "GET", 200, Duration::from_millis(30));
        m.observe_request("/api/v1/resources", "BREW", 405, Duration::from_secs(20));
        m.harvest_started("a\"b");
        m.harvest_finished(
            "a\"b",
            &HarvestOutcome {
                status: "failed",
                added: 5,
                ..Default::default()
            },
        );
        let text = m.render(
            Some(CatalogueGauges {
                resources: 7,
                sources: 1,
                last_success: vec![("a\"b".into(), 1_764_000_000)],
            }),
            &ServerGauges {
                database_bytes: Some(4096),
                wal_bytes: Some(0),
                cache: (3, 1),
                process: None,
            },
        );
        for line in [
            "oerdex_http_requests_total{route=\"/health\",method=\"GET\",status=\"200\"} 2",
            "oerdex_http_requests_total{route=\"/api/v1/resources\",method=\"other\",status=\"405\"} 1",
            "oerdex_http_request_duration_seconds_bucket{route=\"/health\",le=\"0.005\"} 1",
            "oerdex_http_request_duration_seconds_bucket{route=\"/health\",le=\"0.05\"} 2",
            "oerdex_http_request_duration_seconds_bucket{route=\"/api/v1/resources\",le=\"10\"} 0",
            "oerdex_http_request_duration_seconds_bucket{route=\"/api/v1/resources\",le=\"+Inf\"} 1",
            "oerdex_http_request_duration_seconds_count{route=\"/health\"} 2",
            "oerdex_harvests_total{source=\"a\\\"b\",status=\"failed\"} 1",
            "oerdex_harvest_errors_total{source=\"a\\\"b\"} 1",
            "oerdex_harvest_records_total{source=\"a\\\"b\",change=\"added\"} 5",
            "oerdex_harvest_running{source=\"a\\\"b\"} 0",
            "oerdex_resources 7",
            "oerdex_source_last_success_timestamp_seconds{source=\"a\\\"b\"} 1764000000",
            "oerdex_build_info{version=\"0.1.0\"} 1",
            "oerdex_database_bytes 4096",
            "oerdex_database_wal_bytes 0",
            "oerdex_search_cache_hits_total 3",
            "oerdex_search_cache_hit_ratio 0.7500",
        ] {
            assert!(text.lines().any(|l| l == line), "missing {line}\n{text}");
        }
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let value = line.rsplit(' ').next().unwrap();
            assert!(value.parse::<f64>().is_ok(), "{line}");
        }
    }
}
