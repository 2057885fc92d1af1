//! Retry-After and backoff, timed on paused tokio time: a loopback server in the test's runtime
//! answers with errors first, and the gaps between the requests it received are the harvester's
//! waits, exactly, without the test waiting for them on the wall clock.

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use oerdex_harvester::oai::OaiClient;
use oerdex_harvester::{Fetcher, HarvestError, HarvestSettings};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::time::Instant;

/// The answer once the scripted errors are used up.
const IDENTIFY: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
  <responseDate>2026-01-01T00:00:00Z</responseDate>
  <request verb="Identify">http://127.0.0.1/oai</request>
  <Identify>
    <repositoryName>Retries</repositoryName>
    <baseURL>http://127.0.0.1/oai</baseURL>
    <protocolVersion>2.0</protocolVersion>
    <adminEmail>admin@example.org</adminEmail>
    <earliestDatestamp>2020-01-01T00:00:00Z</earliestDatestamp>
    <deletedRecord>persistent</deletedRecord>
    <granularity>YYYY-MM-DDThh:mm:ssZ</granularity>
  </Identify>
</OAI-PMH>"#;

/// An error answer: its status and extra header lines.
struct Fault {
    status: u16,
    headers: Vec<(&'static str, String)>,
}

fn fault(status: u16, headers: &[(&'static str, String)]) -> Fault {
    Fault {
        status,
        headers: headers.to_vec(),
    }
}

/// Serves `faults` in turn on 127.0.0.1 (a task of this runtime, so paused time sees its
/// sockets), then Identify; returns the base URL and when each request arrived.
async fn serve(faults: Vec<Fault>) -> (String, Arc<Mutex<Vec<Instant>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}/oai", listener.local_addr().unwrap());
    let arrivals = Arc::new(Mutex::new(Vec::new()));
    let seen = arrivals.clone();
    let faults = Arc::new(Mutex::new(faults.into_iter()));
    tokio::spawn(async move {
        loop {
            let Ok((mut stream, _)) = listener.accept().await else {
                return;
            };
            let (seen, faults) = (seen.clone(), faults.clone());
            tokio::spawn(async move {
                let mut buf = vec![0u8; 8192];
                let _ = stream.read(&mut buf).await;
                seen.lock().unwrap().push(Instant::now());
                let next = faults.lock().unwrap().next();
                let reply = match next {
                    Some(fault) => {
                        let mut head = format!(
                            "HTTP/1.1 {} Fault\r\nContent-Length: 5\r\nConnection: close\r\n",
                            fault.status
                        );
                        for (name, value) in &fault.headers {
                            head.push_str(&format!("{name}: {value}\r\n"));
                        }
                        head + "\r\nfault"
                    }
                    None => format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: {}\r\n\
                         Connection: close\r\n\r\n{IDENTIFY}",
                        IDENTIFY.len()
                    ),
                };
                let _ = stream.write_all(reply.as_bytes()).await;
            });
        }
    });
    (base, arrivals)
}

/// A fetcher retrying `retries` times, backing off from 1 s, waiting 60 s at most.
fn fetcher(retries: u32) -> Fetcher {
    Fetcher::new(HarvestSettings {
        allow_private_networks: true,
        per_host_delay: Duration::ZERO,
        retries,
        retry_base_delay: Duration::from_secs(1),
        max_retry_delay: Duration::from_secs(60),
        ..HarvestSettings::default()
    })
    .unwrap()
}

/// Asks for Identify through `fetcher` at `base`; the gaps between the requests that arrived.
async fn identify(
    fetcher: &Fetcher,
    base: &str,
    arrivals: &Mutex<Vec<Instant>>,
) -> (Result<String, HarvestError>, Vec<Duration>) {
    let client = OaiClient::new(fetcher, base).unwrap();
    let outcome = client.identify().await.map(|i| i.repository_name);
    let arrivals = arrivals.lock().unwrap();
    let gaps = arrivals.windows(2).map(|w| w[1] - w[0]).collect();
    (outcome, gaps)
}

#[tokio::test(start_paused = true)]
async fn a_503_with_retry_after_seconds_waits_exactly_that_long() {
    let (base, arrivals) = serve(vec![fault(503, &[("Retry-After", "7".into())])]).await;
    let (outcome, gaps) = identify(&fetcher(2), &base, &arrivals).await;
    assert_eq!(outcome.unwrap(), "Retries");
    assert_eq!(
        gaps,
        [Duration::from_secs(7)],
        "Retry-After: 7, not the backoff"
    );
}

#[tokio::test(start_paused = true)]
async fn a_429_with_an_http_date_waits_until_that_date() {
    // HTTP dates have whole seconds: 30 s from now is between 29 and 30 s away.
    let date = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(30));
    let (base, arrivals) = serve(vec![fault(429, &[("Retry-After", date)])]).await;
    let (outcome, gaps) = identify(&fetcher(2), &base, &arrivals).await;
    assert_eq!(outcome.unwrap(), "Retries");
    assert_eq!(gaps.len(), 1);
    assert!(
        (Duration::from_secs(29)..=Duration::from_secs(30)).contains(&gaps[0]),
        "{gaps:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn a_retry_after_beyond_the_cap_waits_the_cap() {
    let (base, arrivals) = serve(vec![fault(503, &[("Retry-After", "86400".into())])]).await;
    let (outcome, gaps) = identify(&fetcher(2), &base, &arrivals).await;
    assert_eq!(outcome.unwrap(), "Retries");
    assert_eq!(gaps, [Duration::from_secs(60)]);
}

#[tokio::test(start_paused = true)]
async fn server_errors_back_off_doubling_with_jitter_then_give_up() {
    let faults = (0..4).map(|_| fault(500, &[])).collect();
    let (base, arrivals) = serve(faults).await;
    let (outcome, gaps) = identify(&fetcher(3), &base, &arrivals).await;
    assert!(
        matches!(outcome, Err(HarvestError::Status { status: 500, .. })),
        "{outcome:?}"
    );
    assert_eq!(gaps.len(), 3, "three retries, then the error");
    for (attempt, gap) in gaps.iter().enumerate() {
        let floor = Duration::from_secs(1 << attempt);
        assert!(
            *gap >= floor && *gap <= floor.mul_f64(1.5),
            "retry {attempt}: {gap:?}"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn a_client_error_is_not_retried() {
    let (base, arrivals) = serve(vec![fault(404, &[]), fault(404, &[])]).await;
    let (outcome, gaps) = identify(&fetcher(3), &base, &arrivals).await;
    assert!(outcome.is_err());
    assert!(gaps.is_empty(), "asked once: {gaps:?}");
}
