//! Real-server faults: each is injected by a loopback server into a real harvest by the real
//! binary. Each harvest either ends with the same catalogue as a fault-free one, or stops with
//! a clear error, keeps everything committed before the fault, and resumes from there.

mod support;

use std::io::Write;
use std::time::Duration;

use support::repo::{http_date, Repo};
use support::server::Reply;
use support::Oerdex;

/// Record count of the synthetic repository in these tests, and its page size.
const RECORDS: usize = 60;
const PAGE: usize = 20;

/// Harvests a fault-free copy and returns its export, to compare with.
fn reference() -> Vec<serde_json::Value> {
    let repo = Repo::new(RECORDS, PAGE);
    let server = repo.serve();
    let oerdex = Oerdex::new("reference");
    oerdex
        .run(&["sources", "add", "synth", &server.oai()])
        .expect(0);
    oerdex.run(&["harvest"]).expect(0);
    strip_times(oerdex.export())
}

/// Export without the `updated` times (they record when our index changed).
fn strip_times(mut export: Vec<serde_json::Value>) -> Vec<serde_json::Value> {
    for r in &mut export {
        r.as_object_mut().unwrap().remove("updated");
    }
    export
}

/// Sets up a repository whose `n`th ListRecords request (1-based) gets `fault` instead, on
/// the first `times` occasions; harvests it; returns the runner, server and run.
fn harvest_with_fault(
    label: &str,
    times: usize,
    fault: impl Fn(&support::server::Request, &Repo) -> Reply + Send + 'static,
) -> (Oerdex, support::server::Server, support::Run) {
    let repo = Repo::new(RECORDS, PAGE);
    let server = repo.serve();
    let oerdex = Oerdex::new(label);
    oerdex
        .run(&["sources", "add", "synth", &server.oai()])
        .expect(0);
    let inner = repo.clone();
    let mut injected = 0;
    repo.set_fault(move |req, n| {
        // Leave the first page alone; fault the second page's first `times` requests.
        if n >= 2 && injected < times {
            injected += 1;
            return Some(fault(req, &inner));
        }
        None
    });
    let run = oerdex.run(&["harvest"]);
    (oerdex, server, run)
}

#[test]
fn a_503_with_retry_after_seconds_is_waited_for_and_retried() {
    let (oerdex, server, run) = harvest_with_fault("503", 1, |_, _| {
        Reply::status(503, &[("Retry-After", "1")], "busy")
    });
    run.expect(0);
    assert_eq!(strip_times(oerdex.export()), reference());
    let lists = server.verb_requests("ListRecords");
    let waited = lists[2].at.duration_since(lists[1].at);
    assert!(
        waited >= Duration::from_millis(900),
        "Retry-After: 1 honoured, waited {waited:?}"
    );
}

#[test]
fn a_429_with_an_http_date_is_waited_for_and_retried() {
    let (oerdex, server, run) = harvest_with_fault("429", 1, |_, _| {
        Reply::status(429, &[("Retry-After", &http_date(2))], "slow down")
    });
    run.expect(0);
    assert_eq!(strip_times(oerdex.export()), reference());
    let lists = server.verb_requests("ListRecords");
    let waited = lists[2].at.duration_since(lists[1].at);
    assert!(waited >= Duration::from_millis(900), "waited {waited:?}");
}

#[test]
fn server_errors_are_retried_with_backoff() {
    let (oerdex, _, run) = harvest_with_fault("500", 2, |_, _| Reply::status(500, &[], "oops"));
    run.expect(0);
    assert_eq!(strip_times(oerdex.export()), reference());
}

#[test]
fn a_body_cut_short_or_a_dropped_connection_is_requested_again() {
    let (oerdex, _, run) = harvest_with_fault("cut", 1, |req, repo| {
        let body = repo.page_for(req).into_bytes();
        let keep = body.len() / 2;
        Reply::Cut { body, keep }
    });
    run.expect(0);
    assert_eq!(strip_times(oerdex.export()), reference());
    let (oerdex, _, run) = harvest_with_fault("drop", 1, |_, _| Reply::Drop);
    run.expect(0);
    assert_eq!(strip_times(oerdex.export()), reference());
}

#[test]
fn a_page_that_stays_cut_off_stops_the_harvest_keeps_what_was_committed_and_resumes() {
    // The cut is at a record boundary, so a recovering parser would see a shorter, valid-looking
    // list. oerdex must not: the page is cut off before </OAI-PMH>.
    let repo = Repo::new(RECORDS, PAGE);
    let server = repo.serve();
    let oerdex = Oerdex::new("stays-cut");
    oerdex
        .run(&["sources", "add", "synth", &server.oai()])
        .expect(0);
    let inner = repo.clone();
    repo.set_fault(move |req, n| {
        (n >= 2).then(|| {
            let body = inner.page_for(req);
            let keep = body.find("</record>").unwrap() + "</record>".len();
            Reply::Cut {
                body: body.into_bytes(),
                keep,
            }
        })
    });
    let run = oerdex.run(&["harvest"]).expect(4);
    assert!(run.stdout.contains("FAILED"), "{}", run.stdout);
    assert!(
        run.stdout.contains("cut off") || run.stdout.contains("broke off"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("kept the 1 page(s) committed"),
        "{}",
        run.stdout
    );
    assert_eq!(oerdex.export().len(), PAGE, "the first page is kept");
    assert_eq!(
        server.verb_requests("ListRecords").len(),
        1 + 3,
        "one try and two retries"
    );

    // The server recovers: the next harvest resumes with the token, not from the start.
    repo.clear_fault();
    let before = server.verb_requests("ListRecords").len();
    let run = oerdex.run(&["harvest"]).expect(0);
    assert!(run.stdout.contains("(resumed)"), "{}", run.stdout);
    let resumed = &server.verb_requests("ListRecords")[before];
    assert!(
        resumed.arg("resumptionToken").is_some(),
        "resumed from the checkpoint"
    );
    assert_eq!(strip_times(oerdex.export()), reference());
}

#[test]
fn a_stalled_body_times_out_and_is_retried() {
    let mut oerdex = Oerdex::new("stall");
    oerdex.set_env("OERDEX_HARVEST_TIMEOUT_S", "1");
    let repo = Repo::new(RECORDS, PAGE);
    let server = repo.serve();
    oerdex
        .run(&["sources", "add", "synth", &server.oai()])
        .expect(0);
    let mut stalled = false;
    repo.set_fault(move |_, n| {
        if n == 2 && !stalled {
            stalled = true;
            return Some(Reply::Stall(Duration::from_secs(3)));
        }
        None
    });
    oerdex.run(&["harvest"]).expect(0);
    assert_eq!(strip_times(oerdex.export()), reference());
}

#[test]
fn an_html_error_page_with_status_200_is_retried() {
    let (oerdex, _, run) = harvest_with_fault("html200", 1, |_, _| Reply::Full {
        status: 200,
        headers: vec![("Content-Type".into(), "text/html".into())],
        body: b"<!DOCTYPE html><html><body><h1>Service temporarily unavailable</h1></body></html>"
            .to_vec(),
    });
    run.expect(0);
    assert_eq!(strip_times(oerdex.export()), reference());
}

#[test]
fn characters_xml_forbids_are_stripped() {
    let (oerdex, _, run) = harvest_with_fault("badchars", 1, |req, repo| {
        let body = repo.page_for(req).replacen(
            "Synthetic resource",
            "Synthetic\u{1} re\u{FFFF}source&#x1B;",
            1,
        );
        Reply::xml(body)
    });
    run.expect(0);
    assert_eq!(strip_times(oerdex.export()), reference());
}

#[test]
fn gzip_and_deflate_bodies_declared_or_not() {
    for (label, declared, zlib) in [
        ("gzip-undeclared", None, false),
        ("gzip-declared", Some("gzip"), false),
        ("deflate", Some("deflate"), true),
    ] {
        let (oerdex, _, run) = harvest_with_fault(label, usize::MAX, move |req, repo| {
            let body = repo.page_for(req);
            let packed = if zlib {
                let mut e =
                    flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
                e.write_all(body.as_bytes()).unwrap();
                e.finish().unwrap()
            } else {
                let mut e =
                    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
                e.write_all(body.as_bytes()).unwrap();
                e.finish().unwrap()
            };
            let mut headers = vec![("Content-Type".to_string(), "text/xml".to_string())];
            if let Some(encoding) = declared {
                headers.push(("Content-Encoding".into(), encoding.into()));
            }
            Reply::Full {
                status: 200,
                headers,
                body: packed,
            }
        });
        run.expect(0);
        assert_eq!(strip_times(oerdex.export()), reference(), "{label}");
    }
}

#[test]
fn the_xml_declaration_wins_over_a_wrong_charset_header_and_a_bom_is_skipped() {
    let (oerdex, _, run) = harvest_with_fault("latin1", 1, |req, repo| {
        let body = repo
            .page_for(req)
            .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
            .replacen("About Synthetic", "Über Synthetic", 1);
        let latin1: Vec<u8> = body
            .chars()
            .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
            .collect();
        Reply::Full {
            status: 200,
            headers: vec![("Content-Type".into(), "text/xml; charset=utf-8".into())],
            body: latin1,
        }
    });
    run.expect(0);
    let export = oerdex.export();
    assert!(export.iter().any(|r| r["description"]
        .as_str()
        .is_some_and(|d| d.starts_with("Über Synthetic"))));

    let (oerdex, _, run) = harvest_with_fault("bom", 1, |req, repo| {
        let mut body = vec![0xef, 0xbb, 0xbf];
        body.extend_from_slice(repo.page_for(req).as_bytes());
        Reply::Full {
            status: 200,
            headers: vec![],
            body,
        }
    });
    run.expect(0);
    assert_eq!(strip_times(oerdex.export()), reference());
}

#[test]
fn a_response_over_the_size_limit_is_refused_without_retrying() {
    let mut oerdex = Oerdex::new("toolarge");
    oerdex.set_env("OERDEX_HARVEST_MAX_RESPONSE_MB", "1");
    let repo = Repo::new(RECORDS, PAGE);
    let server = repo.serve();
    oerdex
        .run(&["sources", "add", "synth", &server.oai()])
        .expect(0);
    repo.set_fault(|req, n| {
        (n == 2).then(|| {
            let _ = req;
            let mut body = b"<?xml version=\"1.0\"?><OAI-PMH><!-- ".to_vec();
            body.extend(std::iter::repeat_n(b'x', 2 * 1024 * 1024));
            Reply::Full {
                status: 200,
                headers: vec![],
                body,
            }
        })
    });
    let run = oerdex.run(&["harvest"]).expect(4);
    assert!(
        run.stdout.contains("larger than the 1 MB limit"),
        "{}",
        run.stdout
    );
    assert_eq!(server.verb_requests("ListRecords").len(), 2, "not retried");
    assert_eq!(oerdex.export().len(), PAGE);
}

#[test]
fn an_endless_response_is_cut_at_the_size_limit() {
    let mut oerdex = Oerdex::new("endless");
    oerdex.set_env("OERDEX_HARVEST_MAX_RESPONSE_MB", "2");
    let repo = Repo::new(RECORDS, PAGE);
    let server = repo.serve();
    oerdex
        .run(&["sources", "add", "synth", &server.oai()])
        .expect(0);
    repo.set_fault(|_, n| (n == 2).then_some(Reply::Endless));
    let started = std::time::Instant::now();
    let run = oerdex.run(&["harvest"]).expect(4);
    assert!(
        run.stdout.contains("larger than the 2 MB limit"),
        "{}",
        run.stdout
    );
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "refused at the limit, not at the end"
    );
    assert_eq!(oerdex.export().len(), PAGE, "the pages before are kept");
}
