//! A server that cannot be starved and does not give away what it should not: slow and idle
//! clients are closed while others are answered, the connection cap holds, proxies in the
//! environment do not open a way around the address check, rate limits and absolute URLs
//! through a trusted reverse proxy, credentials in source URLs never shown, and every byte
//! echoed by the OAI-PMH provider leaves it well-formed. Real `oerdex` processes on 127.0.0.1.

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::thread;
use std::time::{Duration, Instant};

use support::http::{get, get_with, request};
use support::repo::Repo;
use support::serve::Served;
use support::server::{Reply, Server};
use support::Oerdex;

/// A server over a small harvested catalogue, with `env` on top of the test defaults.
fn serve(label: &str, env: &[(&str, &str)]) -> (Oerdex, Served, Server) {
    let repo = Repo::new(6, 10);
    let repo_server = repo.serve();
    let mut oerdex = Oerdex::new(label);
    for (key, value) in env {
        oerdex.set_env(key, value);
    }
    oerdex
        .run(&["sources", "add", "small", &repo_server.oai()])
        .expect(0);
    oerdex.run(&["harvest"]).expect(0);
    let served = oerdex.serve();
    (oerdex, served, repo_server)
}

fn connect(served: &Served) -> TcpStream {
    let address = served.base.strip_prefix("http://").unwrap();
    let stream = TcpStream::connect(address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream
}

/// Reads until the server closes the connection; how long that took.
fn time_to_close(stream: &mut TcpStream) -> Duration {
    let started = Instant::now();
    let mut buf = [0u8; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return started.elapsed(),
            Ok(_) => {}
        }
    }
}

#[test]
fn slow_and_idle_clients_are_closed_while_others_are_answered() {
    let (_oerdex, served, _repo) = serve(
        "slow",
        &[
            ("OERDEX_SERVER_HEADER_TIMEOUT_S", "2"),
            ("OERDEX_SERVER_IDLE_TIMEOUT_S", "2"),
            ("OERDEX_SERVER_BODY_TIMEOUT_S", "2"),
            ("OERDEX_SERVER_MAX_CONNECTIONS", "64"),
        ],
    );
    let started = Instant::now();
    // Silent sockets, a head sent one line at a time, a body sent one byte at a time.
    let mut idle: Vec<TcpStream> = (0..40).map(|_| connect(&served)).collect();
    let mut slow_head = connect(&served);
    let mut slow_body = connect(&served);
    slow_body
        .write_all(b"POST /oai HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n")
        .unwrap();
    let dripping = thread::spawn({
        let mut head = slow_head.try_clone().unwrap();
        let mut body = slow_body.try_clone().unwrap();
        move || {
            let _ = head.write_all(b"GET /health HTTP/1.1\r\n");
            for i in 0..20 {
                thread::sleep(Duration::from_millis(400));
                let _ = head.write_all(format!("X-Drip-{i}: 1\r\n").as_bytes());
                let _ = body.write_all(b"v");
            }
        }
    });
    // Meanwhile normal requests are answered at once.
    for _ in 0..10 {
        let asked = Instant::now();
        get(&served.url("/health/live")).expect(200);
        assert!(
            asked.elapsed() < Duration::from_secs(1),
            "{:?}",
            asked.elapsed()
        );
    }
    for socket in &mut idle {
        let closed = time_to_close(socket);
        assert!(
            started.elapsed() < Duration::from_secs(6),
            "idle socket open for {closed:?}"
        );
    }
    assert!(time_to_close(&mut slow_head) + started.elapsed() < Duration::from_secs(12));
    let closed = time_to_close(&mut slow_body);
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "a body sent byte by byte held the connection for {closed:?}"
    );
    dripping.join().unwrap();

    // A keep-alive connection is answered, then closed after the idle timeout.
    let mut kept = connect(&served);
    kept.write_all(b"GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let mut buf = [0u8; 1024];
    let n = kept.read(&mut buf).unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
    let idle_for = time_to_close(&mut kept);
    assert!(
        idle_for >= Duration::from_millis(1500) && idle_for < Duration::from_secs(5),
        "{idle_for:?}"
    );
    // A client that does not read its answer is dropped too.
    let mut unread = connect(&served);
    let heavy = b"GET /api/v1/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n".repeat(200);
    let _ = unread.write_all(&heavy);
    thread::sleep(Duration::from_secs(5));
    get(&served.url("/health/live")).expect(200);
}

#[test]
fn the_connection_cap_holds_and_frees_as_connections_close() {
    let (_oerdex, served, _repo) = serve(
        "cap",
        &[
            ("OERDEX_SERVER_HEADER_TIMEOUT_S", "2"),
            ("OERDEX_SERVER_MAX_CONNECTIONS", "8"),
        ],
    );
    let started = Instant::now();
    let _held: Vec<TcpStream> = (0..8).map(|_| connect(&served)).collect();
    thread::sleep(Duration::from_millis(200));
    // The ninth waits in the backlog until the held ones time out.
    get(&served.url("/health/live")).expect(200);
    assert!(
        started.elapsed() >= Duration::from_millis(1500),
        "answered after {:?} although 8 of 8 connections were held",
        started.elapsed()
    );
    let again = Instant::now();
    get(&served.url("/health/live")).expect(200);
    assert!(again.elapsed() < Duration::from_secs(1));
}

#[test]
fn a_proxy_in_the_environment_does_not_let_a_loopback_name_through() {
    let proxy = Server::start(|_| Reply::status(502, &[], "proxy"));
    let repo = Repo::new(2, 10);
    let repo_server = repo.serve();
    let port = repo_server.oai().rsplit(':').next().unwrap().to_string();
    let named = format!("http://localhost:{port}");
    let mut oerdex = Oerdex::new("proxy");
    oerdex.set_env("OERDEX_HARVEST_ALLOW_PRIVATE_NETWORKS", "false");
    let proxy_url = proxy.base.clone();
    let mut command = oerdex.command(&["sources", "add", "sneaky", &named]);
    for var in [
        "HTTP_PROXY",
        "http_proxy",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "all_proxy",
    ] {
        command.env(var, &proxy_url);
    }
    command.env_remove("NO_PROXY").env_remove("no_proxy");
    let output = command.output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_ne!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("loopback"), "{stderr}");
    assert!(proxy.requests().is_empty(), "the proxy was asked");
    assert!(
        repo_server.requests().is_empty(),
        "the repository was reached"
    );

    // A configured proxy is used (and is where the address check happens then).
    oerdex.set_env("OERDEX_HARVEST_PROXY", &proxy_url);
    let run = oerdex.run(&["sources", "add", "proxied", "http://oer.example.org/oai"]);
    assert_ne!(run.code, 0);
    let asked = proxy.requests();
    assert!(!asked.is_empty(), "{}", run.stderr);
    assert!(
        asked.iter().all(|r| r.path == "http://oer.example.org/oai"),
        "{asked:?}"
    );
}

#[test]
fn rate_limits_and_absolute_urls_follow_only_trusted_proxies() {
    let (_oerdex, served, _repo) = serve(
        "proxied",
        &[
            ("OERDEX_SERVER_RATE_LIMIT_PER_MINUTE", "5"),
            ("OERDEX_SERVER_TRUSTED_PROXIES", "127.0.0.0/8, ::1"),
        ],
    );
    let as_client = |client: &str| {
        get_with(
            &served.url("/health/live"),
            &[("X-Forwarded-For", &format!("198.51.100.9, {client}"))],
        )
        .status
    };
    for _ in 0..5 {
        assert_eq!(as_client("203.0.113.1"), 200);
    }
    assert_eq!(
        as_client("203.0.113.1"),
        429,
        "the client behind the proxy is limited"
    );
    assert_eq!(as_client("203.0.113.2"), 200, "another client is not");
    let forwarded = get_with(
        &served.url("/health/live"),
        &[("Forwarded", "for=203.0.113.1")],
    );
    assert_eq!(forwarded.status, 429, "Forwarded names the same client");
    for _ in 0..5 {
        assert_eq!(as_client("2001:db8:1:2::1"), 200);
    }
    assert_eq!(
        as_client("2001:db8:1:2:ffff::7"),
        429,
        "one /64 is one client"
    );
    assert_eq!(as_client("2001:db8:1:3::1"), 200);
    let identify = get_with(
        &served.url("/oai?verb=Identify"),
        &[
            ("X-Forwarded-For", "203.0.113.50"),
            ("X-Forwarded-Proto", "https"),
            ("X-Forwarded-Host", "oer.example.org"),
        ],
    )
    .expect(200)
    .text();
    assert!(
        identify.contains("<baseURL>https://oer.example.org/oai</baseURL>"),
        "{identify}"
    );

    // Without trusted proxies the same headers change nothing.
    let (_oerdex, direct, _repo) = serve("direct", &[("OERDEX_SERVER_RATE_LIMIT_PER_MINUTE", "5")]);
    let spoofing = |client: &str| {
        let headers = [
            ("X-Forwarded-For", client),
            ("X-Forwarded-Proto", "https"),
            ("X-Forwarded-Host", "evil.example"),
        ];
        get_with(&direct.url("/oai?verb=Identify"), &headers)
    };
    let identify = spoofing("203.0.113.70").expect(200).text();
    let host = direct.base.strip_prefix("http://").unwrap();
    assert!(
        identify.contains(&format!("<baseURL>http://{host}/oai</baseURL>")),
        "{identify}"
    );
    let statuses: Vec<u16> = (71..76)
        .map(|i| spoofing(&format!("203.0.113.{i}")).status)
        .collect();
    assert_eq!(statuses, [200, 200, 200, 200, 429], "one client: the peer");
}

#[test]
fn credentials_in_source_urls_are_never_shown() {
    let repo = Repo::new(2, 10);
    // The repository answers who it is, then refuses to list: the harvest fails and its error
    // quotes the URL.
    repo.set_fault(|req, _| {
        (req.arg("verb") == Some("ListRecords")).then(|| Reply::status(403, &[], "no"))
    });
    let repo_server = repo.serve();
    let address = repo_server
        .base
        .strip_prefix("http://")
        .unwrap()
        .to_string();
    let oerdex = Oerdex::new("secrets");
    let secret_url = format!("http://harvester:pa55word@{address}/oai?token=t0ken");
    oerdex
        .run(&["sources", "add", "locked", &secret_url])
        .expect(0);
    oerdex.run(&["harvest"]).expect(4);
    let served = oerdex.serve();
    let shown = [
        get(&served.url("/api/v1/sources")).expect(200).text(),
        get(&served.url("/api/v1/sources/locked"))
            .expect(200)
            .text(),
        get(&served.url("/api/v1/sources/locked/harvests"))
            .expect(200)
            .text(),
        get(&served.url("/sources")).expect(200).text(),
        get(&served.url("/oai?verb=ListSets")).expect(200).text(),
        oerdex.run(&["sources", "list"]).expect(0).stdout,
        oerdex.run(&["sources", "list", "--json"]).expect(0).stdout,
    ];
    for text in &shown {
        assert!(
            !text.contains("pa55word") && !text.contains("t0ken"),
            "{text}"
        );
    }
    assert!(
        shown[0].contains(&format!("http://***@{address}/oai?token=***")),
        "{}",
        shown[0]
    );
    assert!(
        shown[2].contains("***@") && shown[2].contains("403"),
        "the harvest error names the redacted URL: {}",
        shown[2]
    );
    // The harvester itself used the credentials.
    assert!(repo_server.requests().iter().all(|r| r
        .headers
        .get("authorization")
        .is_some_and(|a| a.starts_with("Basic "))));
}

#[test]
fn oai_output_is_well_formed_for_every_argument_byte() {
    let (_oerdex, served, _repo) = serve("bytes", &[]);
    let well_formed = |label: &str, xml: &str| {
        if let Err(e) = roxmltree::Document::parse(xml) {
            panic!("{label}: {e}\n{xml}");
        }
    };
    let mut values: Vec<String> = (0u8..=255).map(|b| format!("%{b:02X}")).collect();
    values.push("%EF%BF%BE".into()); // U+FFFE
    values.push("%EF%BF%BF".into()); // U+FFFF
    values.push("%ED%A0%80".into()); // a surrogate, not UTF-8
    for value in &values {
        for query in [
            format!("verb=ListIdentifiers&metadataPrefix=oai_dc&set=a{value}b"),
            format!("verb=GetRecord&metadataPrefix=oai_dc&identifier={value}"),
            format!("verb=ListRecords&resumptionToken={value}"),
            format!("verb={value}"),
            format!("verb=Identify&{value}=1"),
            format!("verb=ListRecords&metadataPrefix={value}&from={value}"),
        ] {
            let answer = get(&served.url(&format!("/oai?{query}")));
            assert_eq!(answer.status, 200, "{query}");
            well_formed(&query, &answer.text());
        }
        let body = format!("verb=ListSets&resumptionToken={value}");
        let answer = request(
            "POST",
            &served.url("/oai"),
            &[("Content-Type", "application/x-www-form-urlencoded")],
            Some(body.as_bytes()),
        );
        well_formed(&body, &answer.text());
    }
}

#[test]
fn refusals_by_the_framework_are_problems_on_the_api_and_oai_errors_on_oai() {
    let (_oerdex, served, _repo) = serve("refusals", &[("OERDEX_ADMIN_TOKEN", "t")]);
    let oai_error = |response: support::http::Response, status: u16| {
        assert_eq!(response.status, status, "{}", response.text());
        assert_eq!(response.media_type(), "text/xml");
        let text = response.text();
        let doc = roxmltree::Document::parse(&text).unwrap();
        assert!(doc.descendants().any(|n| n.has_tag_name("error")), "{text}");
    };
    let form = [("Content-Type", "application/x-www-form-urlencoded")];
    oai_error(request("PUT", &served.url("/oai"), &[], Some(b"")), 405);
    oai_error(
        request(
            "POST",
            &served.url("/oai"),
            &[("Content-Type", "application/json")],
            Some(b"{}"),
        ),
        415,
    );
    let huge = format!("verb=Identify&x={}", "a".repeat(100 * 1024));
    oai_error(
        request("POST", &served.url("/oai"), &form, Some(huge.as_bytes())),
        413,
    );
    let problem = |response: support::http::Response, status: u16| {
        assert_eq!(response.status, status, "{}", response.text());
        assert_eq!(response.media_type(), "application/problem+json");
        assert_eq!(response.json()["status"], status);
    };
    let admin = [
        ("Authorization", "Bearer t"),
        ("Content-Type", "text/plain"),
    ];
    problem(
        request("POST", &served.url("/api/v1/sources"), &admin, Some(b"{}")),
        415,
    );
    let big = vec![b' '; 100 * 1024];
    let admin_json = [
        ("Authorization", "Bearer t"),
        ("Content-Type", "application/json"),
    ];
    problem(
        request(
            "POST",
            &served.url("/api/v1/sources"),
            &admin_json,
            Some(&big),
        ),
        413,
    );
    problem(
        request("PATCH", &served.url("/api/v1/resources"), &[], None),
        405,
    );
    let long = format!("/api/v1/resources?q={}", "a".repeat(20 * 1024));
    problem(get(&served.url(&long)), 414);
    // Refused by the HTTP layer itself, before any route: a request line over 64 KiB, a head
    // larger than its buffer, a request that is not HTTP.
    let longer = format!("/api/v1/resources?q={}", "a".repeat(70 * 1024));
    problem(get(&served.url(&longer)), 414);
    let big_head = [("X-Filler", "f".repeat(300 * 1024))];
    let big_head: Vec<(&str, &str)> = big_head.iter().map(|(k, v)| (*k, v.as_str())).collect();
    problem(get_with(&served.url("/api/v1/licenses"), &big_head), 431);
    oai_error(
        get(&served.url(&format!("/oai?verb=Identify&x={}", "a".repeat(70 * 1024)))),
        414,
    );
    let mut garbage = TcpStream::connect(served.base.strip_prefix("http://").unwrap()).unwrap();
    garbage.write_all(b"NOT HTTP AT ALL\r\n\r\n").unwrap();
    let mut answer = String::new();
    let _ = garbage.read_to_string(&mut answer);
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    assert!(answer.contains("application/problem+json"), "{answer}");
    // A write without the token is refused from its head: the body it announces is never read.
    for path in ["/api/v1/sources", "/api/v1/registrations/1/reject"] {
        let mut writer = connect(&served);
        writer
            .write_all(
                format!(
                    "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50000000\r\n\r\n"
                )
                .as_bytes(),
            )
            .unwrap();
        let asked = Instant::now();
        let mut buf = [0u8; 512];
        let n = writer.read(&mut buf).unwrap();
        assert!(
            String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 401"),
            "{path}"
        );
        assert!(
            asked.elapsed() < Duration::from_secs(1),
            "{path}: {:?}",
            asked.elapsed()
        );
    }
    // Answers of the application keep their own words (only the HTTP layer's are replaced).
    let missing = get(&served.url("/api/v1/sources/none")).expect(404).json();
    assert_eq!(missing["type"], "urn:oerdex:problem:not-found");
    assert_eq!(missing["detail"], "no source named \"none\"");
    get(&served.url("/health/live")).expect(200);
}

/// Runs `oerdex ARGS…` and returns its exit code and peak resident memory in MB: the kernel's
/// high-water mark of the process (`VmHWM`), read until it exits. (`wait4`'s `ru_maxrss` will
/// not do: it counts the spawning test process's memory too, recorded at `exec`.)
fn run_measured(oerdex: &Oerdex, args: &[&str]) -> (i32, f64) {
    let mut child = oerdex
        .command(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0u64;
    let code = loop {
        if let Ok(status) = std::fs::read_to_string(&status_file) {
            let hwm = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok());
            peak_kb = peak_kb.max(hwm.unwrap_or(0));
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status.code().unwrap_or(-1);
        }
        thread::sleep(Duration::from_millis(5));
    };
    assert!(peak_kb > 0, "{status_file} was never read");
    (code, peak_kb as f64 / 1024.0)
}

#[test]
fn a_60_mb_field_is_clipped_and_the_harvest_stays_small() {
    const FIELD: usize = 60 * 1024 * 1024;
    // Letters from a generator, so the field does not compress to nothing.
    let mut lcg = support::Lcg(7);
    let mut title = String::with_capacity(FIELD);
    while title.len() < FIELD {
        let word = 3 + lcg.next(8);
        title.extend((0..word).map(|_| (b'a' + lcg.next(26) as u8) as char));
        title.push(' ');
    }
    let page = std::sync::Arc::new(support::repo::envelope(&format!(
        "<ListRecords><record><header><identifier>oai:big:1</identifier><datestamp>2024-01-01T00:00:00Z</datestamp></header>\
         <metadata><oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\
         <dc:title>{title}</dc:title><dc:identifier>https://big.example.org/1</dc:identifier>\
         <dc:rights>CC BY 4.0</dc:rights></oai_dc:dc></metadata></record>\
         <record><header><identifier>oai:big:2</identifier><datestamp>2024-01-01T00:00:00Z</datestamp></header>\
         <metadata><oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\
         <dc:title>Fractions</dc:title><dc:identifier>https://big.example.org/2</dc:identifier></oai_dc:dc></metadata></record>\
         </ListRecords>"
    )).into_bytes());
    drop(title);
    let repo = Repo::new(1, 10);
    let served_page = page.clone();
    repo.set_fault(move |req, _| {
        (req.arg("verb") == Some("ListRecords")).then(|| Reply::xml(served_page.as_ref().clone()))
    });
    let repo_server = repo.serve();
    let oerdex = Oerdex::new("bigfield");
    oerdex
        .run(&["sources", "add", "big", &repo_server.oai()])
        .expect(0);
    let (code, peak_mb) = run_measured(&oerdex, &["harvest"]);
    assert_eq!(code, 0);
    assert!(peak_mb < 150.0, "the harvest peaked at {peak_mb:.0} MB");
    let resources = oerdex.export();
    assert_eq!(resources.len(), 2);
    let big = resources
        .iter()
        .find(|r| r["url"] == "https://big.example.org/1")
        .unwrap();
    let clipped = big["title"].as_str().unwrap();
    assert!(
        clipped.len() <= 2048 && clipped.ends_with('…'),
        "{}",
        clipped.len()
    );
    assert_eq!(
        big["license"]["id"], "CC-BY-4.0",
        "the rest of the record is kept"
    );
    // The harvest's record and its report count the clipped record.
    let listed = oerdex.run(&["sources", "list", "--json"]).expect(0).stdout;
    let listed: serde_json::Value = serde_json::from_str(&listed).unwrap();
    assert_eq!(listed[0]["last_harvest"]["status"], "ok");
    assert_eq!(listed[0]["last_harvest"]["clipped"], 1, "{listed}");
    let again = oerdex.run(&["harvest", "--full"]).expect(0);
    assert!(
        again
            .stdout
            .contains("1 record(s) had over-long fields clipped"),
        "{}",
        again.stdout
    );
    let served = oerdex.serve();
    let page = get(&served.url(&format!(
        "/api/v1/resources/{}",
        big["id"].as_str().unwrap()
    )))
    .expect(200);
    assert!(page.body.len() < 64 * 1024, "{}", page.body.len());
}
