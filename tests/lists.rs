//! Lists that real repositories get wrong: tokens that expire in a list out of datestamp order,
//! tokens that repeat or cycle, fresh tokens for the same records, lists without end, oversized
//! tokens, and errors that will not heal by asking again. Each runs the real binary against a
//! loopback repository: no record may be lost silently, and no harvest may run for ever.

mod support;

use std::time::{Duration, Instant};

use support::repo::{envelope, list_records, Repo, SynthRecord};
use support::server::{Reply, Request};
use support::Oerdex;

const RECORDS: usize = 60;
const PAGE: usize = 20;

/// A repository with `RECORDS` records, registered with a fresh oerdex.
fn registered(label: &str) -> (Oerdex, std::sync::Arc<Repo>, support::server::Server) {
    let repo = Repo::new(RECORDS, PAGE);
    let server = repo.serve();
    let oerdex = Oerdex::new(label);
    oerdex
        .run(&["sources", "add", "synth", &server.oai()])
        .expect(0);
    (oerdex, repo, server)
}

/// A ListRecords answer with `records` and `token`.
fn page(records: &[SynthRecord], token: &str, size: Option<usize>) -> Reply {
    let refs: Vec<&SynthRecord> = records.iter().collect();
    Reply::xml(envelope(&list_records(&refs, token, size)))
}

/// The status and error of the source's newest harvest, from the catalogue.
fn last_harvest(oerdex: &Oerdex) -> (String, Option<String>) {
    let conn = rusqlite::Connection::open(oerdex.db()).unwrap();
    conn.query_row(
        "SELECT status, error FROM harvests WHERE source = 'synth' ORDER BY id DESC LIMIT 1",
        [],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )
    .unwrap()
}

/// Checks that every progress line counts its own pages' records (`page 4: 20 records`,
/// `pages 3–5: 60 records`), not the run's total; returns how many lines there were.
fn page_lines_count_their_own_pages(stderr: &str) -> usize {
    let mut lines = 0;
    for line in stderr.lines() {
        let Some(rest) = line
            .strip_prefix("synth: page ")
            .or_else(|| line.strip_prefix("synth: pages "))
        else {
            continue;
        };
        let (pages, rest) = rest.split_once(": ").unwrap();
        let pages = match pages.split_once('–') {
            Some((a, b)) => b.parse::<usize>().unwrap() - a.parse::<usize>().unwrap() + 1,
            None => 1,
        };
        let records: usize = rest.split(' ').next().unwrap().parse().unwrap();
        assert_eq!(records, pages * PAGE, "{line}");
        lines += 1;
    }
    lines
}

#[test]
fn an_expired_token_in_a_list_out_of_datestamp_order_loses_nothing() {
    let (oerdex, repo, server) = registered("outoforder");
    // Datestamps in no order: record i is stamped (i * 37) mod 60 minutes after the first, so
    // the newest datestamp of the first pages says nothing about the records still to come.
    for (i, record) in repo.records.lock().unwrap().iter_mut().enumerate() {
        record.datestamp = support::repo::minute((i * 37) % RECORDS + 1);
    }
    let mut rejected = false;
    repo.set_fault(move |req, n| {
        if n == 3 && !rejected && req.arg("resumptionToken").is_some() {
            rejected = true;
            return Some(Reply::xml(envelope(
                "<error code=\"badResumptionToken\">The token has expired</error>",
            )));
        }
        None
    });
    let run = oerdex.run(&["harvest"]).expect(0);
    assert!(
        run.stderr.contains("rejected the resumption token")
            && run.stderr.contains("again from the beginning"),
        "{}",
        run.stderr
    );
    let lists = server.verb_requests("ListRecords");
    let restart = &lists[3];
    assert_eq!(restart.arg("resumptionToken"), None);
    assert_eq!(
        restart.arg("from"),
        None,
        "the full list is asked for again"
    );
    assert_eq!(oerdex.export().len(), RECORDS, "no record is lost");
}

#[test]
fn an_expired_token_in_an_incremental_harvest_lists_again_from_the_same_from() {
    let (oerdex, repo, server) = registered("incremental-restart");
    oerdex.run(&["harvest"]).expect(0);
    // Every record changes (after the harvest's responseDate, which is now), listed in an order
    // that is not that of their new datestamps.
    for (i, record) in repo.records.lock().unwrap().iter_mut().enumerate() {
        record.datestamp = format!("2099-01-01T00:00:{:02}Z", (i * 37) % RECORDS);
        record.title = format!("Changed resource {i}");
    }
    let mut rejected = false;
    let first = server.verb_requests("ListRecords").len();
    repo.set_fault(move |req, _| {
        if !rejected && req.arg("resumptionToken").is_some() {
            rejected = true;
            return Some(Reply::xml(envelope(
                "<error code=\"badResumptionToken\">expired</error>",
            )));
        }
        None
    });
    oerdex.run(&["harvest"]).expect(0);
    let lists = server.verb_requests("ListRecords");
    let (opening, restart) = (&lists[first], &lists[first + 2]);
    assert!(opening.arg("from").is_some());
    assert_eq!(restart.arg("from"), opening.arg("from"));
    let titles: Vec<String> = oerdex
        .export()
        .iter()
        .map(|r| r["title"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(titles.len(), RECORDS);
    assert!(
        titles.iter().all(|t| t.starts_with("Changed")),
        "every change arrived: {titles:?}"
    );
}

#[test]
fn a_repeated_token_fails_the_harvest_and_the_next_one_starts_over() {
    let (oerdex, repo, server) = registered("repeat");
    repo.set_fault(|req, _| {
        // Every resumed page hands back the token it was asked with.
        let token = req.arg("resumptionToken")?;
        let records: Vec<SynthRecord> = (PAGE + 1..=2 * PAGE).map(SynthRecord::numbered).collect();
        Some(page(&records, token, None))
    });
    let run = oerdex.run(&["harvest"]).expect(4);
    assert!(
        run.stdout.contains("a second time") && run.stdout.contains("incomplete"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("the next harvest lists again"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("resumes from there"), "{}", run.stdout);
    assert_eq!(server.verb_requests("ListRecords").len(), 2);
    assert_eq!(
        oerdex.export().len(),
        2 * PAGE,
        "what was committed is kept"
    );
    let (status, error) = last_harvest(&oerdex);
    assert_eq!(status, "failed");
    assert!(error.unwrap().contains("a second time"));

    // The list was not complete: the next harvest is not incremental from its responseDate,
    // nor a resumption of the looping token, but the whole list again.
    repo.clear_fault();
    oerdex.run(&["harvest"]).expect(0);
    let lists = server.verb_requests("ListRecords");
    assert_eq!(lists[2].arg("resumptionToken"), None);
    assert_eq!(lists[2].arg("from"), None);
    assert_eq!(oerdex.export().len(), RECORDS);
}

#[test]
fn tokens_that_cycle_between_two_values_end_the_harvest() {
    let (oerdex, repo, server) = registered("cycle");
    // The first page hands out A, A gives B, and B gives A again.
    let numbered = |range: std::ops::RangeInclusive<usize>| -> Vec<SynthRecord> {
        range.map(SynthRecord::numbered).collect()
    };
    repo.set_fault(move |req, _| match req.arg("resumptionToken") {
        None => Some(page(&numbered(1..=PAGE), "A", None)),
        Some("A") => Some(page(&numbered(PAGE + 1..=2 * PAGE), "B", None)),
        Some(_) => Some(page(&numbered(2 * PAGE + 1..=3 * PAGE), "A", None)),
    });
    let started = Instant::now();
    let run = oerdex.run(&["harvest"]).expect(4);
    assert!(started.elapsed() < Duration::from_secs(30));
    assert!(run.stdout.contains("\"A\" a second time"), "{}", run.stdout);
    assert_eq!(server.verb_requests("ListRecords").len(), 3);
    assert_eq!(oerdex.export().len(), 3 * PAGE);
}

#[test]
fn fresh_tokens_for_the_same_records_end_the_harvest() {
    let (oerdex, repo, server) = registered("stale");
    // A server that ignores the token it is given: the first page again, with a new token.
    let first: Vec<SynthRecord> = (1..=PAGE).map(SynthRecord::numbered).collect();
    let mut minted = 0;
    repo.set_fault(move |_, _| {
        minted += 1;
        Some(page(&first, &format!("fresh-{minted}"), None))
    });
    let started = Instant::now();
    let run = oerdex.run(&["harvest"]).expect(4);
    assert!(started.elapsed() < Duration::from_secs(60));
    assert!(
        run.stdout.contains("pages in a row without a record"),
        "{}",
        run.stdout
    );
    // The writer finds the eleventh stale page; the download runs ahead of it by the pages the
    // pipeline holds (two waiting for the crosswalk, four for the writer, and one in each stage).
    let requests = server.verb_requests("ListRecords").len();
    assert!(
        (11..=25).contains(&requests),
        "stopped soon after ten stale pages: {requests}"
    );
    assert_eq!(oerdex.export().len(), PAGE);
    // The same 20 records served again and again: each line counts its own pages' records.
    assert!(
        page_lines_count_their_own_pages(&run.stderr) >= 2,
        "{}",
        run.stderr
    );
}

#[test]
fn a_list_far_longer_than_its_complete_list_size_ends_the_harvest() {
    let (oerdex, repo, server) = registered("endless-list");
    // New records on every page, for ever, though the list is said to hold 60.
    let mut next = 0;
    repo.set_fault(move |_, _| {
        let records: Vec<SynthRecord> =
            (next + 1..=next + 200).map(SynthRecord::numbered).collect();
        next += 200;
        Some(page(&records, &format!("t{next}"), Some(RECORDS)))
    });
    let run = oerdex.run(&["harvest"]).expect(4);
    assert!(
        run.stdout
            .contains("far more than the 60 its completeListSize announced"),
        "{}",
        run.stdout
    );
    assert_eq!(server.verb_requests("ListRecords").len(), 6);
}

#[test]
fn max_duration_ends_a_list_without_end_and_the_next_harvest_resumes() {
    let (mut oerdex, repo, _server) = registered("max-duration");
    oerdex.set_env("OERDEX_HARVEST_MAX_DURATION", "2s");
    let mut next = 0;
    repo.set_fault(move |_, _| {
        std::thread::sleep(Duration::from_millis(100));
        let records: Vec<SynthRecord> = (next + 1..=next + 5).map(SynthRecord::numbered).collect();
        next += 5;
        // No completeListSize: only the clock can end this.
        Some(page(&records, &format!("t{next}"), None))
    });
    let started = Instant::now();
    let run = oerdex.run(&["harvest"]).expect(4);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    assert!(
        run.stdout.contains("harvest.max_duration"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("resumes from there"), "{}", run.stdout);
    assert!(!oerdex.export().is_empty(), "committed pages are kept");
}

#[test]
fn an_oversized_token_is_refused_and_never_stored() {
    let (oerdex, repo, _server) = registered("big-token");
    let huge = "x".repeat(102_400);
    let first: Vec<SynthRecord> = (1..=PAGE).map(SynthRecord::numbered).collect();
    repo.set_fault(move |_, _| Some(page(&first, &huge, None)));
    let run = oerdex.run(&["harvest"]).expect(4);
    // (Texts over 64 KiB are cut before a page is parsed, so the token arrives shortened.)
    assert!(
        run.stdout.contains("a resumption token of")
            && run.stdout.contains("bytes (the limit is 4096)"),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("xxxxxxxxxx"),
        "the token is not echoed"
    );
    assert!(!run.stderr.contains("xxxxxxxxxx"), "nor logged");
    let history = oerdex.run(&["sources", "list"]).expect(0);
    assert!(!history.stdout.contains("xxxxxxxxxx"));
    let conn = rusqlite::Connection::open(oerdex.db()).unwrap();
    let longest: i64 = conn
        .query_row(
            "SELECT COALESCE(MAX(length(checkpoint_token)), 0) FROM harvest_state",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(longest, 0);
    let (_, error) = last_harvest(&oerdex);
    assert!(error.unwrap().len() < 500, "the history holds no token");
}

/// A repository whose list answers are replaced by what `reply` gives, harvested once; returns
/// the run and the number of ListRecords requests.
fn harvest_refused(
    label: &str,
    reply: impl Fn(&Request) -> Option<String> + Send + 'static,
) -> (support::Run, usize) {
    let (oerdex, repo, server) = registered(label);
    repo.set_fault(move |req, _| reply(req).map(Reply::xml));
    let started = Instant::now();
    let run = oerdex.run(&["harvest"]).expect(4);
    assert!(started.elapsed() < Duration::from_secs(10), "no backoff");
    (run, server.verb_requests("ListRecords").len())
}

#[test]
fn errors_that_cannot_heal_are_not_retried() {
    let dtd = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">&lol;</OAI-PMH>"#;
    let (run, requests) = harvest_refused("dtd", move |_| Some(dtd.to_string()));
    assert_eq!(requests, 1, "a DTD is not asked for again");
    assert!(run.stdout.contains("DTD"), "{}", run.stdout);
    assert!(
        run.stdout.contains("asking again will not help"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("resumes from there"), "{}", run.stdout);

    for code in ["cannotDisseminateFormat", "badArgument", "idDoesNotExist"] {
        let (run, requests) = harvest_refused(code, move |_| {
            Some(envelope(&format!("<error code=\"{code}\">no</error>")))
        });
        assert_eq!(requests, 1, "{code}");
        assert!(run.stdout.contains(code), "{}", run.stdout);
        assert!(
            run.stdout.contains("asking again will not help"),
            "{code}: {}",
            run.stdout
        );
    }
}

#[test]
fn a_badargument_on_a_resumed_page_keeps_the_pages_before() {
    let (oerdex, repo, server) = registered("badargument-late");
    repo.set_fault(|req, _| {
        req.arg("resumptionToken")?;
        Some(Reply::xml(envelope(
            "<error code=\"badArgument\">resumptionToken not valid here</error>",
        )))
    });
    let run = oerdex.run(&["harvest"]).expect(4);
    assert_eq!(server.verb_requests("ListRecords").len(), 2);
    assert!(run.stdout.contains("kept the 1 page(s)"), "{}", run.stdout);
    assert_eq!(oerdex.export().len(), PAGE);
}

#[test]
fn a_page_of_deletions_says_how_many_were_deleted() {
    let (oerdex, repo, _server) = registered("deletions");
    oerdex.run(&["harvest"]).expect(0);
    for record in repo.records.lock().unwrap().iter_mut().take(PAGE) {
        record.deleted = true;
        record.datestamp = "2099-01-01T00:00:00Z".into();
    }
    let run = oerdex.run(&["harvest"]).expect(0);
    assert!(
        run.stderr
            .contains("page 1: 20 records (0 added, 0 updated, 20 deleted, 0 unchanged)"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_utf16_declaration_over_utf8_bytes_is_read() {
    let (oerdex, repo, _server) = registered("utf16-decl");
    let inner = repo.clone();
    repo.set_fault(move |req, _| {
        let body = inner.page_for(req);
        Some(Reply::xml(body.replacen(
            "encoding=\"UTF-8\"",
            "encoding=\"UTF-16\"",
            1,
        )))
    });
    oerdex.run(&["harvest"]).expect(0);
    assert_eq!(oerdex.export().len(), RECORDS);
}
