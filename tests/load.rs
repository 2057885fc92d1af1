//! Reliability under load: 32 concurrent clients against the real `oerdex serve` while another
//! process harvests 100,000 records into the same catalogue (no 5xx, no failed request, nothing
//! lost), with an online backup taken in the middle of the harvest. A test binary of its own, so
//! no other test competes for the machine while it runs.

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use support::http::get;
use support::repo::Repo;
use support::Oerdex;

/// A keep-alive HTTP/1.1 client connection (no compression asked for, so bodies carry a length
/// or are chunked).
struct Connection {
    reader: BufReader<TcpStream>,
    authority: String,
}

impl Connection {
    fn open(base: &str) -> std::io::Result<Self> {
        let authority = base.trim_start_matches("http://").to_string();
        let stream = TcpStream::connect(&authority)?;
        stream.set_read_timeout(Some(Duration::from_secs(120)))?;
        Ok(Connection {
            reader: BufReader::new(stream),
            authority,
        })
    }

    /// GETs `target`; the status, or what went wrong.
    fn get(&mut self, target: &str) -> Result<u16, String> {
        let request = format!("GET {target} HTTP/1.1\r\nHost: {}\r\n\r\n", self.authority);
        self.reader
            .get_mut()
            .write_all(request.as_bytes())
            .map_err(|e| e.to_string())?;
        let mut line = String::new();
        self.reader
            .read_line(&mut line)
            .map_err(|e| e.to_string())?;
        let status: u16 = line
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| format!("bad status line {line:?}"))?;
        let mut length = None;
        let mut chunked = false;
        loop {
            let mut header = String::new();
            self.reader
                .read_line(&mut header)
                .map_err(|e| e.to_string())?;
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            let lower = header.to_ascii_lowercase();
            if let Some(v) = lower.strip_prefix("content-length:") {
                length = v.trim().parse::<usize>().ok();
            }
            if lower.starts_with("transfer-encoding:") && lower.contains("chunked") {
                chunked = true;
            }
        }
        if chunked {
            loop {
                let mut size = String::new();
                self.reader
                    .read_line(&mut size)
                    .map_err(|e| e.to_string())?;
                let n = usize::from_str_radix(size.trim(), 16).map_err(|e| e.to_string())?;
                let mut chunk = vec![0; n + 2];
                self.reader
                    .read_exact(&mut chunk)
                    .map_err(|e| e.to_string())?;
                if n == 0 {
                    break;
                }
            }
        } else {
            let mut body = vec![0; length.unwrap_or(0)];
            self.reader
                .read_exact(&mut body)
                .map_err(|e| e.to_string())?;
        }
        Ok(status)
    }
}

/// The query mix of the load test: searches of every kind, most without facet counts (as a
/// client paging through results asks), two with every facet (as a first search does).
const QUERIES: &[&str] = &[
    "/api/v1/resources?facets=",
    "/api/v1/resources?q=synthetic&facets=license,language",
    "/api/v1/resources?q=resource+42&license=cc-by,cc0&facets=",
    "/api/v1/resources?q=%22synthetic+resource%22&lang=de&facets=",
    "/api/v1/resources?open=true&facets=license,language",
    "/api/v1/resources?license=cc-by-sa&sort=title&limit=50&facets=",
    "/api/v1/resources?commercial=true&derivatives=true&sort=updated&facets=",
    "/api/v1/resources",
    "/api/v1/licenses",
    "/api/v1/sources",
    "/health",
    "/oai?verb=ListIdentifiers&metadataPrefix=oai_dc",
];

struct LoadOutcome {
    latencies: Vec<Duration>,
    server_errors: Vec<String>,
    failures: Vec<String>,
}

/// Runs `clients` threads issuing the query mix until `stop` is set.
fn load(base: &str, clients: usize, stop: Arc<AtomicBool>) -> LoadOutcome {
    let outcome = Arc::new(Mutex::new(LoadOutcome {
        latencies: Vec::new(),
        server_errors: Vec::new(),
        failures: Vec::new(),
    }));
    let threads: Vec<_> = (0..clients)
        .map(|n| {
            let (base, stop, outcome) = (base.to_string(), stop.clone(), outcome.clone());
            std::thread::spawn(move || {
                let mut connection = None;
                let mut i = n;
                let mut latencies = Vec::new();
                while !stop.load(Ordering::Relaxed) {
                    let target = QUERIES[i % QUERIES.len()];
                    i += 1;
                    let conn = match connection.as_mut() {
                        Some(c) => c,
                        None => match Connection::open(&base) {
                            Ok(c) => connection.insert(c),
                            Err(e) => {
                                outcome
                                    .lock()
                                    .unwrap()
                                    .failures
                                    .push(format!("connect: {e}"));
                                std::thread::sleep(Duration::from_millis(50));
                                continue;
                            }
                        },
                    };
                    let started = Instant::now();
                    match conn.get(target) {
                        Ok(status) if status >= 500 => outcome
                            .lock()
                            .unwrap()
                            .server_errors
                            .push(format!("{status} {target}")),
                        Ok(_) => latencies.push(started.elapsed()),
                        Err(e) => {
                            outcome
                                .lock()
                                .unwrap()
                                .failures
                                .push(format!("{target}: {e}"));
                            connection = None;
                        }
                    }
                }
                outcome.lock().unwrap().latencies.extend(latencies);
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    Arc::try_unwrap(outcome).ok().unwrap().into_inner().unwrap()
}

fn percentile(latencies: &mut [Duration], p: f64) -> Duration {
    latencies.sort();
    if latencies.is_empty() {
        return Duration::ZERO;
    }
    latencies[((latencies.len() - 1) as f64 * p) as usize]
}

#[test]
fn the_api_answers_32_clients_while_a_100000_record_harvest_writes() {
    let seconds: u64 = std::env::var("OERDEX_LOAD_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let idle_repo = Repo::new(5_000, 500);
    let idle_server = idle_repo.serve();
    let big = Repo::new(100_000, 500);
    let big_server = big.serve();
    let mut oerdex = Oerdex::new("load");
    oerdex.set_env("OERDEX_SERVER_RATE_LIMIT_PER_MINUTE", "0");
    oerdex
        .run(&["sources", "add", "small", &idle_server.oai()])
        .expect(0);
    oerdex.run(&["harvest"]).expect(0);
    // Serve only: the harvest under load is another process's, as on a serve-only node.
    let served = oerdex.spawn_server(&["serve", "--bind", "127.0.0.1:0", "--no-harvest"]);

    // Idle: the server alone.
    let stop = Arc::new(AtomicBool::new(false));
    let timer = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_secs(seconds / 6 + 1));
            stop.store(true, Ordering::Relaxed);
        })
    };
    let mut idle = load(&served.base, 32, stop);
    timer.join().unwrap();

    // Loaded: the same clients while another process harvests 100,000 records into the same
    // catalogue, and an online backup is taken in the middle of it.
    oerdex
        .run(&["sources", "add", "big", &big_server.oai()])
        .expect(0);
    let harvest = oerdex
        .command(&["harvest", "big"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let loader = {
        let (base, stop) = (served.base.clone(), stop.clone());
        std::thread::spawn(move || load(&base, 32, stop))
    };
    let started = Instant::now();
    std::thread::sleep(Duration::from_secs(3));
    let backup = oerdex.dir.0.join("during-harvest.db");
    oerdex.run(&["backup", backup.to_str().unwrap()]).expect(0);
    let harvest_output = harvest.wait_with_output().unwrap();
    let harvest_took = started.elapsed();
    let remaining = Duration::from_secs(seconds).saturating_sub(started.elapsed());
    std::thread::sleep(remaining);
    stop.store(true, Ordering::Relaxed);
    let mut loaded = loader.join().unwrap();

    let report = format!(
        "load: idle p50 {:?} p99 {:?} ({} requests); during the harvest ({:.1} s) p50 {:?} p99 {:?} ({} requests)",
        percentile(&mut idle.latencies, 0.5),
        percentile(&mut idle.latencies, 0.99),
        idle.latencies.len(),
        harvest_took.as_secs_f64(),
        percentile(&mut loaded.latencies, 0.5),
        percentile(&mut loaded.latencies, 0.99),
        loaded.latencies.len()
    );
    println!("{report}");
    eprintln!("{report}");
    assert!(
        harvest_output.status.success(),
        "the harvest under load succeeded: {}",
        String::from_utf8_lossy(&harvest_output.stdout)
    );
    assert!(
        idle.server_errors.is_empty() && loaded.server_errors.is_empty(),
        "5xx: {:?} {:?}",
        idle.server_errors,
        loaded.server_errors
    );
    assert!(
        idle.failures.is_empty() && loaded.failures.is_empty(),
        "failed requests: {:?} {:?}",
        &idle.failures[..idle.failures.len().min(5)],
        &loaded.failures[..loaded.failures.len().min(5)]
    );
    let search = get(&served.url("/api/v1/resources?source=big&limit=1&facets=source"))
        .expect(200)
        .json();
    assert_eq!(
        search["total"], 100_000,
        "every harvested record is searchable"
    );
    let conn = rusqlite::Connection::open(&backup).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        check, "ok",
        "the online backup taken during the harvest is sound"
    );
}
