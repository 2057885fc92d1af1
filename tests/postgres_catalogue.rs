//! The real binary on a PostgreSQL catalogue (a throwaway cluster the tests start, or
//! `OERDEX_TEST_POSTGRES_URL`; see `index/tests/support/postgres.rs`): `OERDEX_DB` and `--db`
//! take its URL, a harvest, an incremental harvest, search and export work and agree with the
//! same harvest into SQLite, the password never shows, and a feature the engine lacks says so.

mod support;

#[path = "../index/tests/support/postgres.rs"]
mod pg;

use serde_json::Value;
use support::http::get;
use support::repo::Repo;
use support::Oerdex;

/// A runner whose catalogue is a fresh PostgreSQL database.
fn on_postgres(label: &str) -> (Oerdex, String) {
    let url = pg::database(label);
    let mut oerdex = Oerdex::new(label);
    oerdex.set_env("OERDEX_DB", &url);
    (oerdex, url)
}

/// Export lines without the times each catalogue stamped itself.
fn without_times(export: Vec<Value>) -> Vec<Value> {
    export
        .into_iter()
        .map(|mut r| {
            r.as_object_mut().unwrap().remove("updated");
            r
        })
        .collect()
}

#[test]
fn harvest_search_and_export_on_postgresql_agree_with_sqlite() {
    let repo = Repo::new(230, 50);
    let server = repo.serve();
    let (postgres, url) = on_postgres("e2e-harvest");
    let sqlite = Oerdex::new("e2e-harvest-sqlite");
    for oerdex in [&postgres, &sqlite] {
        oerdex
            .run(&["sources", "add", "synth", &server.oai()])
            .expect(0);
        oerdex.run(&["harvest"]).expect(0);
    }
    let export = postgres.export();
    assert_eq!(export.len(), 230);
    assert_eq!(without_times(export), without_times(sqlite.export()));
    for args in [
        &["--license", "cc-by-sa"][..],
        &["--lang", "fr", "--sort", "title"],
        &["--open", "--limit", "5"],
    ] {
        let (a, b) = (postgres.search(args), sqlite.search(args));
        assert_eq!(a["total"], b["total"], "{args:?}");
        assert_eq!(a["facets"], b["facets"], "{args:?}");
    }
    // The second harvest is incremental and finds nothing new.
    let again = postgres.run(&["harvest"]).expect(0);
    assert_eq!(postgres.export().len(), 230);
    let everything = format!("{}{}", again.stdout, again.stderr);
    assert!(!everything.contains("oerdex-test-secret"), "{everything}");
    // --db takes the URL too, over OERDEX_DB.
    let mut elsewhere = Oerdex::new("e2e-flag");
    elsewhere.set_env("OERDEX_DB", "unused.db");
    let run = elsewhere
        .run(&["--db", &url, "sources", "list", "--json"])
        .expect(0);
    assert!(run.stdout.contains("synth"), "{}", run.stdout);
}

#[test]
fn a_wrong_password_is_a_clear_error_without_the_password() {
    let (mut oerdex, url) = on_postgres("e2e-password");
    oerdex.set_env(
        "OERDEX_DB",
        &url.replace("oerdex-test-secret", "not-the-secret"),
    );
    let run = oerdex.run(&["sources", "list"]);
    assert_ne!(run.code, 0);
    assert!(
        run.stderr.contains("cannot open the catalogue"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("postgres://oerdex:***@127.0.0.1"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("not-the-secret"), "{}", run.stderr);
}

#[test]
fn a_feature_postgresql_lacks_yet_says_so() {
    let (oerdex, _url) = on_postgres("e2e-unsupported");
    let run = oerdex.run(&["backup", "copy.db"]);
    assert_ne!(run.code, 0);
    assert!(
        run.stderr.contains("not supported on postgresql"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_api_serves_searches_and_resources_from_postgresql() {
    let repo = Repo::new(60, 25);
    let server = repo.serve();
    let (oerdex, _url) = on_postgres("e2e-serve");
    oerdex
        .run(&["sources", "add", "synth", &server.oai()])
        .expect(0);
    oerdex.run(&["harvest"]).expect(0);
    let served = oerdex.serve();
    let health = get(&served.url("/health")).expect(200).json();
    assert_eq!(health["resources"], 60, "{health}");
    get(&served.url("/health/ready")).expect(200);
    let page = get(&served.url("/api/v1/resources?limit=10&sort=title"))
        .expect(200)
        .json();
    assert_eq!(page["total"], 60);
    assert_eq!(page["results"].as_array().unwrap().len(), 10);
    let cursor = page["next_cursor"].as_str().unwrap();
    let next = get(&served.url(&format!(
        "/api/v1/resources?limit=10&sort=title&cursor={cursor}"
    )))
    .expect(200)
    .json();
    assert_ne!(next["results"][0]["id"], page["results"][0]["id"]);
    let id = page["results"][0]["id"].as_str().unwrap();
    let resource = get(&served.url(&format!("/api/v1/resources/{id}")))
        .expect(200)
        .json();
    assert_eq!(resource["id"], id);
    get(&served.url("/api/v1/resources/0000000000000000")).expect(404);
    // The OAI-PMH provider lists every resource, with its sets.
    let oai = get(&served.url("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc&set=source:synth"))
        .expect(200)
        .text();
    assert_eq!(oai.matches("<header>").count(), 60);
    let record = get(&served.url(&format!(
        "/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:oerdex.invalid:{id}"
    )))
    .expect(200)
    .text();
    assert!(record.contains("<dc:title>"), "{record}");
    let sources = get(&served.url("/api/v1/sources")).expect(200).json();
    assert!(sources.to_string().contains("synth"), "{sources}");
    let report = get(&served.url("/api/v1/sources/synth/report"))
        .expect(200)
        .json();
    assert_eq!(report["records"], 60, "{report}");
    let licences = get(&served.url("/api/v1/licenses")).expect(200).json();
    assert_eq!(licences["total"], 60, "{licences}");
    assert!(!served.stderr().contains("oerdex-test-secret"));
}
