//! Crash safety: a harvest killed with SIGKILL at random moments and started again ends with
//! the same catalogue as an uninterrupted harvest, and the database stays sound; the text index
//! (written beside SQLite, behind it after a kill) answers searches as the uninterrupted one.

mod support;

use std::time::{Duration, SystemTime};

use support::repo::Repo;
use support::Oerdex;

const RECORDS: usize = 50_000;
const PAGE: usize = 500;

/// The total and the ids of the first 100 results of a search.
fn search_ids(oerdex: &Oerdex, query: &str) -> (u64, Vec<String>) {
    let found = oerdex.search(&["--limit", "100", "--", query]);
    let ids = found["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    (found["total"].as_u64().unwrap(), ids)
}

/// Searches whose answers must not depend on how the harvest went: every resource, stemmed,
/// phrase, prefix, typo, exclusion.
const SEARCHES: [&str; 6] = [
    "testing",
    "resources 4242",
    "\"synthetic resource 31337\"",
    "resour*",
    "synthetc 777",
    "synthetic -resource",
];

fn export_without_times(oerdex: &Oerdex) -> Vec<serde_json::Value> {
    let mut export = oerdex.export();
    for r in &mut export {
        r.as_object_mut().unwrap().remove("updated");
    }
    export
}

#[test]
fn a_harvest_killed_at_random_moments_resumes_to_the_same_catalogue() {
    // 100 pages at 50 ms each keep a harvest busy for at least 5 s, longer than five kill
    // intervals at most (5 × 0.76 s): the harvest is killed five times whatever its speed.
    let repo = Repo::new(RECORDS, PAGE);
    *repo.page_delay.lock().unwrap() = Duration::from_millis(50);
    let server = repo.serve();

    let reference = Oerdex::new("crash-reference");
    reference
        .run(&["sources", "add", "synth", &server.oai()])
        .expect(0);
    reference.run(&["harvest"]).expect(0);
    let expected = export_without_times(&reference);
    assert_eq!(expected.len(), RECORDS);

    let oerdex = Oerdex::new("crash");
    oerdex
        .run(&["sources", "add", "synth", &server.oai()])
        .expect(0);
    let seed = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    eprintln!("crash test seed {seed}"); // for replay
    let mut rng = support::Lcg(seed);
    let mut kills = 0;
    while kills < 6 {
        let mut child = oerdex
            .command(&["harvest"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(60 + rng.next(700) as u64));
        if child.try_wait().unwrap().is_some() {
            break; // finished before the kill: nothing left to interrupt
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        kills += 1;
    }
    assert!(
        kills >= 5,
        "the harvest was killed {kills} times (seed {seed})"
    );
    let run = oerdex.run(&["harvest"]).expect(0);
    assert!(run.stdout.contains("ok"), "{}", run.stdout);
    assert_eq!(export_without_times(&oerdex), expected, "seed {seed}");
    for query in SEARCHES {
        assert_eq!(
            search_ids(&oerdex, query),
            search_ids(&reference, query),
            "{query} (seed {seed})"
        );
    }
    assert_eq!(search_ids(&oerdex, "testing").0 as usize, RECORDS);
    assert_eq!(search_ids(&oerdex, "synthetic -resource").0, 0);

    let conn = rusqlite::Connection::open(oerdex.db()).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let records: i64 = conn
        .query_row("SELECT count(*) FROM records", [], |r| r.get(0))
        .unwrap();
    assert_eq!(records as usize, RECORDS, "no record stored twice");
}

#[test]
fn a_harvest_killed_between_its_last_page_and_its_completion_is_completed_next_time() {
    let repo = Repo::new(30, 10);
    let server = repo.serve();
    let oerdex = Oerdex::new("crash-complete");
    oerdex
        .run(&["sources", "add", "synth", &server.oai()])
        .expect(0);
    oerdex.run(&["harvest"]).expect(0);
    // The state a kill leaves between the last page's commit and the completion.
    let conn = rusqlite::Connection::open(oerdex.db()).unwrap();
    let harvest: i64 = conn
        .query_row("SELECT max(id) FROM harvests", [], |r| r.get(0))
        .unwrap();
    conn.execute(
        "UPDATE harvest_state SET checkpoint_harvest_id = ?1, checkpoint_complete = 1,
            checkpoint_full = 1, checkpoint_response_date = '2030-01-01T00:00:00Z'",
        [harvest],
    )
    .unwrap();
    drop(conn);
    let before = server.verb_requests("ListRecords").len();
    let run = oerdex.run(&["harvest"]).expect(0);
    assert!(run.stdout.contains("(resumed)"), "{}", run.stdout);
    assert_eq!(
        server.verb_requests("ListRecords").len(),
        before,
        "nothing left to fetch"
    );
    oerdex.run(&["harvest"]).expect(0);
    let from = server
        .verb_requests("ListRecords")
        .last()
        .unwrap()
        .arg("from")
        .map(str::to_string);
    assert_eq!(
        from.as_deref(),
        Some("2029-12-31T23:59:00Z"),
        "the completed harvest's responseDate, less the overlap"
    );
}
