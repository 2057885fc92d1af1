//! What an operator sees: metrics for alerting (on the API's address, behind a token, or on an
//! address of their own), liveness and readiness, logs in JSON or plain text without colour
//! codes. Real `oerdex` processes on 127.0.0.1.

mod support;

use support::http::{get, get_with};
use support::repo::Repo;
use support::serve::Served;
use support::server::Server;
use support::Oerdex;

/// A server over a harvested catalogue of `records` records, with `env` set.
fn serve(label: &str, records: usize, env: &[(&str, &str)]) -> (Oerdex, Served, Server) {
    let repo = Repo::new(records, 10);
    let repo_server = repo.serve();
    let mut oerdex = Oerdex::new(label);
    for (key, value) in env {
        oerdex.set_env(key, value);
    }
    oerdex
        .run(&["sources", "add", "synth", &repo_server.oai()])
        .expect(0);
    oerdex.run(&["harvest"]).expect(0);
    let served = oerdex.serve();
    (oerdex, served, repo_server)
}

fn metric(text: &str, name: &str) -> Option<f64> {
    text.lines()
        .find(|l| l.starts_with(name) && l[name.len()..].starts_with([' ', '{']))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
}

#[test]
fn metrics_and_health_tell_an_operator_what_to_alert_on() {
    let (_oerdex, served, _repo) = serve("metrics", 12, &[]);
    let live = get(&served.url("/health/live")).expect(200).json();
    assert_eq!(live["status"], "ok");
    let ready = support::serve::wait_for(std::time::Duration::from_secs(30), || {
        let r = get(&served.url("/health/ready"));
        (r.status == 200).then(|| r.json())
    })
    .expect("ready once the search columns are loaded");
    assert_eq!(ready["resources"], 12);
    for _ in 0..3 {
        get(&served.url("/api/v1/resources?q=title")).expect(200);
    }
    let text = get(&served.url("/metrics")).expect(200).text();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    let last = metric(
        &text,
        "oerdex_source_last_success_timestamp_seconds{source=\"synth\"}",
    )
    .unwrap_or_else(|| panic!("no last success\n{text}"));
    assert!((now - last).abs() < 300.0, "{last} vs {now}");
    assert!(text.contains(&format!(
        "oerdex_build_info{{version=\"{}\"}} 1",
        env!("CARGO_PKG_VERSION")
    )));
    let started = metric(&text, "process_start_time_seconds").expect("process start");
    assert!(started <= now && now - started < 600.0, "{started}");
    assert!(!text.contains("oerdex_uptime_seconds"));
    assert!(metric(&text, "process_resident_memory_bytes").unwrap() > 1e6);
    assert!(metric(&text, "process_open_fds").unwrap() >= 3.0);
    assert!(metric(&text, "process_cpu_seconds_total").is_some());
    assert!(metric(&text, "oerdex_database_bytes").unwrap() > 4096.0);
    assert!(metric(&text, "oerdex_database_wal_bytes").is_some());
    // The same search three times: computed once, then twice from the cache.
    assert!(
        metric(&text, "oerdex_search_cache_hits_total").unwrap() >= 2.0,
        "{text}"
    );
    let ratio = metric(&text, "oerdex_search_cache_hit_ratio").unwrap();
    assert!(ratio > 0.0 && ratio <= 1.0);
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        assert!(
            line.rsplit(' ').next().unwrap().parse::<f64>().is_ok(),
            "{line}"
        );
    }
}

#[test]
fn metrics_can_need_a_token_or_live_on_an_address_of_their_own() {
    let (_oerdex, served, _repo) = serve(
        "metrics-token",
        3,
        &[("OERDEX_SERVER_METRICS_TOKEN", "scrape-me")],
    );
    let refused = get(&served.url("/metrics"));
    assert_eq!(refused.status, 401);
    assert_eq!(refused.media_type(), "application/problem+json");
    get_with(&served.url("/metrics"), &[("Authorization", "Bearer nope")]).expect(401);
    let text = get_with(
        &served.url("/metrics"),
        &[("Authorization", "Bearer scrape-me")],
    )
    .expect(200)
    .text();
    assert!(text.contains("oerdex_resources 3"), "{text}");

    let (_oerdex, apart, _repo) = serve(
        "metrics-apart",
        3,
        &[("OERDEX_SERVER_METRICS_BIND", "127.0.0.1:0")],
    );
    get(&apart.url("/metrics")).expect(404);
    let printed = apart.stdout();
    let address = printed
        .lines()
        .find_map(|l| l.strip_prefix("metrics on "))
        .unwrap_or_else(|| panic!("{printed}"))
        .to_string();
    let text = get(&address).expect(200).text();
    assert!(text.contains("oerdex_resources 3"), "{text}");
    get(&address.replace("/metrics", "/api/v1/resources")).expect(404);
}

#[test]
fn logs_are_json_lines_on_request_and_never_coloured_in_a_file() {
    // A new catalogue logs its schema migrations at info.
    let mut oerdex = Oerdex::new("logs");
    oerdex.set_env("OERDEX_LOG", "info");
    let plain = oerdex
        .run(&["--db", "plain.db", "sources", "list"])
        .expect(0);
    assert!(plain.stderr.contains("INFO"), "{}", plain.stderr);
    assert!(!plain.stderr.contains('\u{1b}'), "{:?}", plain.stderr);
    oerdex.set_env("OERDEX_LOG_FORMAT", "json");
    let run = oerdex
        .run(&["--db", "json.db", "sources", "list"])
        .expect(0);
    let lines: Vec<&str> = run.stderr.lines().filter(|l| !l.is_empty()).collect();
    assert!(!lines.is_empty());
    for line in lines {
        let value: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(
            value["level"].is_string() && value["timestamp"].is_string(),
            "{line}"
        );
    }
}

#[test]
fn the_quality_report_is_the_same_in_the_api_and_the_cli() {
    let delay = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let (_repo, repo_server) = support::catalogue::serve(delay);
    let oerdex = Oerdex::new("quality");
    oerdex
        .run(&["sources", "add", "cat", &repo_server.oai()])
        .expect(0);
    oerdex.run(&["harvest"]).expect(0);
    let served = oerdex.serve();
    let report = get(&served.url("/api/v1/sources/cat/report"))
        .expect(200)
        .json();
    let records = support::catalogue::RECORDS as u64;
    let unlicensed = (1..=records).filter(|i| i % 7 == 3).count() as u64;
    assert_eq!(report["records"], records);
    assert_eq!(
        report["coverage"]["license"]["records"],
        records - unlicensed
    );
    assert_eq!(report["coverage"]["language"]["records"], records);
    assert_eq!(report["unreadable_license_records"], unlicensed);
    assert_eq!(
        report["unreadable_licenses"][0],
        serde_json::json!({"value": "© 2020 Example. All rights reserved.", "records": unlicensed})
    );
    let cli = oerdex
        .run(&["sources", "report", "cat", "--json"])
        .expect(0);
    let from_cli: serde_json::Value = serde_json::from_str(&cli.stdout).unwrap();
    assert_eq!(from_cli, report);
    let table = oerdex.run(&["sources", "report", "cat"]).expect(0).stdout;
    assert!(table.contains("a licence oerdex reads"), "{table}");
    assert!(
        table.contains("© 2020 Example. All rights reserved."),
        "{table}"
    );
    get(&served.url("/api/v1/sources/none/report")).expect(404);
    get(&served.url("/api/v1/sources/cat/report?x=1")).expect(400);
    let missing = oerdex.run(&["sources", "report", "none"]);
    assert_ne!(missing.code, 0);
}

#[test]
fn the_registration_queue_end_to_end() {
    use support::http::request;
    const TOKEN: &str = "queue-admin";
    let admin = [("Authorization", "Bearer queue-admin")];
    let (oerdex, served, _repo) = serve(
        "queue",
        3,
        &[
            ("OERDEX_ADMIN_TOKEN", TOKEN),
            ("OERDEX_SERVER_REGISTRATIONS_PER_HOUR", "4"),
        ],
    );
    let wanted = Repo::new(4, 10);
    let wanted_server = wanted.serve();
    let submit = |body: serde_json::Value| {
        request(
            "POST",
            &served.url("/api/v1/registrations"),
            &[("Content-Type", "application/json")],
            Some(&serde_json::to_vec(&body).unwrap()),
        )
    };
    // Anyone may submit; the repository is checked live and queued.
    let queued = submit(serde_json::json!({
        "name": "wanted", "url": wanted_server.oai(), "contact_email": "manager@wanted.example"
    }))
    .expect(202);
    assert_eq!(queued.header("location"), Some("/api/v1/registrations/1"));
    let queued = queued.json();
    assert_eq!(queued["status"], "pending");
    assert_eq!(queued["repository_name"], "Synthetic OER");
    assert!(wanted_server.verb_requests("Identify").len() == 1);
    let bad_email = submit(serde_json::json!({
        "name": "x", "url": wanted_server.oai(), "contact_email": "nobody"
    }));
    assert_eq!(bad_email.status, 400);
    assert_eq!(bad_email.json()["parameter"], "contact_email");
    submit(serde_json::json!({
        "name": "wanted", "url": wanted_server.oai(), "contact_email": "b@wanted.example"
    }))
    .expect(409);
    submit(serde_json::json!({
        "name": "synth", "url": wanted_server.oai(), "contact_email": "b@wanted.example"
    }))
    .expect(409);
    let not_oai = submit(serde_json::json!({
        "name": "web", "url": served.url("/health"), "contact_email": "w@web.example"
    }));
    assert_eq!(not_oai.status, 400, "{}", not_oai.text());
    submit(serde_json::json!({
        "name": "other", "url": wanted_server.oai(), "contact_email": "o@other.example"
    }))
    .expect(202);

    // The queue is the operator's.
    get(&served.url("/api/v1/registrations")).expect(401);
    let listed = get_with(&served.url("/api/v1/registrations?status=pending"), &admin)
        .expect(200)
        .json();
    assert_eq!(listed.as_array().unwrap().len(), 2);
    let cli = oerdex.run(&["registrations", "list"]).expect(0).stdout;
    assert!(
        cli.contains("wanted") && cli.contains("manager@wanted.example"),
        "{cli}"
    );

    // Approved by API: a source, harvested at once.
    let approved = request(
        "POST",
        &served.url("/api/v1/registrations/1/approve"),
        &admin,
        None,
    )
    .expect(201)
    .json();
    assert_eq!(approved["name"], "wanted");
    let harvested = support::serve::wait_for(std::time::Duration::from_secs(30), || {
        let source = get(&served.url("/api/v1/sources/wanted")).json();
        (source["last_harvest"]["status"] == "ok").then_some(source)
    })
    .expect("the approved source is harvested");
    assert_eq!(harvested["records"], 4);
    request(
        "POST",
        &served.url("/api/v1/registrations/1/approve"),
        &admin,
        None,
    )
    .expect(409);

    // Rejected by the CLI, with a reason the API shows.
    oerdex
        .run(&[
            "registrations",
            "reject",
            "2",
            "--reason",
            "a copy of wanted",
        ])
        .expect(0);
    let rejected = get_with(&served.url("/api/v1/registrations/2"), &admin)
        .expect(200)
        .json();
    assert_eq!(rejected["status"], "rejected");
    assert_eq!(rejected["reason"], "a copy of wanted");
    assert!(oerdex.run(&["registrations", "approve", "2"]).code != 0);

    // Approved by the CLI.
    submit(serde_json::json!({
        "name": "third", "url": wanted_server.oai(), "contact_email": "t@third.example"
    }))
    .expect(202);
    let approved = oerdex.run(&["registrations", "approve", "3"]).expect(0);
    assert!(
        approved.stdout.contains("added source third"),
        "{}",
        approved.stdout
    );
    let by_api = request(
        "POST",
        &served.url("/api/v1/registrations/3/reject"),
        &admin,
        None,
    );
    assert_eq!(by_api.status, 409);
    get(&served.url("/api/v1/sources/third")).expect(200);

    // Submissions that reach the live check are limited per client (4 an hour here).
    let limited = submit(serde_json::json!({
        "name": "fourth", "url": wanted_server.oai(), "contact_email": "f@x.example"
    }));
    assert_eq!(limited.status, 429);
    assert!(limited.header("retry-after").is_some());
}

#[test]
fn a_submitted_url_the_address_rules_refuse_is_never_fetched() {
    let mut oerdex = Oerdex::new("queue-ssrf");
    oerdex.set_env("OERDEX_HARVEST_ALLOW_PRIVATE_NETWORKS", "false");
    let served = oerdex.serve();
    let target = Repo::new(1, 10);
    let target_server = target.serve();
    let port = target_server.oai().rsplit(':').next().unwrap().to_string();
    for url in [
        target_server.oai(),
        format!("http://localhost:{port}"),
        format!("http://[::ffff:127.0.0.1]:{port}"),
    ] {
        let body = serde_json::json!({"name": "inside", "url": url, "contact_email": "a@b.org"});
        let refused = support::http::request(
            "POST",
            &served.url("/api/v1/registrations"),
            &[("Content-Type", "application/json")],
            Some(&serde_json::to_vec(&body).unwrap()),
        );
        assert_eq!(refused.status, 400, "{url}: {}", refused.text());
        assert!(refused.json()["detail"]
            .as_str()
            .unwrap()
            .contains("loopback"));
    }
    assert!(target_server.requests().is_empty(), "nothing was fetched");
}
