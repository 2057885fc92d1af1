//! What only the PostgreSQL engine has to prove, on a real server (a throwaway cluster the tests
//! start, or `OERDEX_TEST_POSTGRES_URL`; see `support/postgres.rs`): the schema is created and
//! migrated once however many nodes start at once, a newer schema is refused, the password
//! never shows, a failed page leaves nothing behind, two nodes writing at once merge alike, words
//! are found in their other forms, and what the engine cannot do yet fails with an error naming
//! it.

use std::path::Path;

use oerdex_index::write::ingest::PreparedRecord;
use oerdex_index::{
    IndexError, RecordMetadata, SearchQuery, SourceRecord, StartPoint, StoreOptions,
};

mod support;

use support::postgres::{database, execute, query_text};
use support::{apply_page, open_store, Engine};

fn open(url: &str) -> oerdex_index::Result<std::sync::Arc<dyn oerdex_index::Store>> {
    oerdex_index::open(Path::new(url), &StoreOptions::default())
}

fn lesson(id: &str, title: &str, lang: &str) -> SourceRecord {
    SourceRecord {
        oai_identifier: id.into(),
        datestamp: "2024-01-01T00:00:00Z".into(),
        sets: vec![],
        deleted: false,
        metadata: Some(RecordMetadata {
            title: Some(title.into()),
            url: Some(format!("https://oer.example/{id}")),
            languages: vec![lang.into()],
            ..Default::default()
        }),
        raw_xml: None,
    }
}

#[test]
fn nodes_starting_at_once_on_an_empty_database_migrate_it_once() {
    let url = database("concurrent");
    let starts: Vec<_> = (0..6)
        .map(|_| {
            let url = url.clone();
            std::thread::spawn(move || open(&url).map(|_| ()))
        })
        .collect();
    for start in starts {
        start.join().unwrap().unwrap();
    }
    assert_eq!(
        query_text(
            &url,
            "SELECT string_agg(version::text, ',') FROM oerdex_schema"
        )
        .as_deref(),
        Some(
            oerdex_index::postgres::schema::SCHEMA_VERSION
                .to_string()
                .as_str()
        )
    );
    // Opening again finds the work done.
    open(&url).unwrap();
}

#[test]
fn a_database_migrated_by_a_newer_oerdex_is_refused() {
    let url = database("too-new");
    open(&url).unwrap();
    execute(&url, "UPDATE oerdex_schema SET version = 999");
    let error = open(&url).err().expect("refused");
    assert!(
        matches!(error, IndexError::SchemaTooNew { found: 999, .. }),
        "{error}"
    );
    let message = error.to_string();
    assert!(message.contains("upgrade oerdex"), "{message}");
    assert!(!message.contains("oerdex-test-secret"), "{message}");
}

#[test]
fn the_location_never_shows_the_password() {
    let url = database("location");
    assert!(
        url.contains(":oerdex-test-secret@"),
        "the test server has one"
    );
    let store = open(&url).unwrap();
    assert_eq!(store.engine(), "postgresql");
    assert!(!store.location().contains("oerdex-test-secret"));
    assert!(store.location().contains(":***@127.0.0.1"));
    assert_eq!(
        oerdex_index::display_location(Path::new(&url)),
        store.location()
    );
    let wrong = url.replace("oerdex-test-secret", "wrong-secret");
    let error = open(&wrong).err().expect("refused").to_string();
    assert!(!error.contains("wrong-secret"), "{error}");
    let malformed = open("postgres://u:pw@127.0.0.1:notaport/db")
        .err()
        .expect("refused")
        .to_string();
    assert!(!malformed.contains(":pw@"), "{malformed}");
}

#[test]
fn a_page_that_fails_leaves_neither_records_nor_checkpoint() {
    let (_db, store) = open_store(Engine::Postgres, "atomic");
    let mut w = store.writer().unwrap();
    apply_page(w.as_mut(), "s", &[lesson("1", "First", "en")]);
    let before = w.start_point("s").unwrap();
    let mut checkpoint = w.begin_harvest("s", false, None, None).unwrap();
    let started = w.start_point("s").unwrap();
    checkpoint.token = Some("after-the-bad-page".into());
    // PostgreSQL text cannot hold NUL: the second record fails after the first was written.
    let page = [lesson("2", "Second", "en"), lesson("3\0", "Third", "en")]
        .map(|r| PreparedRecord::new("s", r).unwrap());
    assert!(w.apply_pages("s", "oai_dc", &page, 1, &checkpoint).is_err());
    assert_eq!(w.resource_count().unwrap(), 1, "nothing of the page stays");
    assert_eq!(w.start_point("s").unwrap(), started, "nor its checkpoint");
    assert_ne!(before, started);
    assert!(matches!(started, StartPoint::Resume(_)));
    // The connection is usable afterwards.
    let counts = apply_page(w.as_mut(), "s", &[lesson("2", "Second", "en")]);
    assert_eq!(counts.added, 1);
}

#[test]
fn words_are_found_in_other_forms_of_their_language() {
    let (_db, store) = open_store(Engine::Postgres, "stemming");
    let mut w = store.writer().unwrap();
    apply_page(
        w.as_mut(),
        "s",
        &[
            lesson("en", "Teaching fractions to beginners", "en"),
            lesson("de", "Brüche im Unterricht", "de"),
            lesson("fr", "Les équations", "fr"),
        ],
    );
    let total = |text: &str| {
        let mut q = SearchQuery::new();
        q.text = Some(text.into());
        w.search(&q).unwrap().total
    };
    assert_eq!(total("fraction"), 1, "English plural");
    assert_eq!(total("beginner"), 1);
    assert_eq!(total("teach"), 1);
    assert_eq!(total("Bruch"), 1, "German plural with umlaut");
    assert_eq!(total("equation"), 1, "French, accents folded");
    assert_eq!(total("fractions beginners"), 1);
    assert_eq!(total("fractions equation"), 0);
}

#[test]
fn features_it_lacks_fail_with_an_error_naming_them() {
    let (_db, store) = open_store(Engine::Postgres, "unsupported");
    let mut w = store.writer().unwrap();
    apply_page(w.as_mut(), "s", &[lesson("1", "First", "en")]);
    let named = |result: Result<(), IndexError>, feature: &str| {
        let message = result.expect_err("unsupported").to_string();
        assert!(
            message.contains(feature) && message.contains("not supported on postgresql"),
            "{message}"
        );
    };
    named(store.backup(Path::new("/nonexistent/backup.db")), "backup");
    named(w.integrity_check().map(drop), "integrity check");
    named(
        open("postgres://oerdex:pw@127.0.0.1:1/db?sslmode=require").map(drop),
        "TLS to the database (sslmode=require)",
    );
    // What it does support still works on the same connection.
    assert_eq!(w.resource_count().unwrap(), 1);
    assert_eq!(w.license_families_present().unwrap(), Vec::<String>::new());
}

#[test]
fn two_nodes_harvesting_at_once_merge_the_resources_they_share() {
    let url = database("two-nodes");
    // Two stores, as two processes would open them; sources a and b list the same 40 URLs.
    let nodes: Vec<_> = ["a", "b"]
        .into_iter()
        .map(|source| {
            let url = url.clone();
            std::thread::spawn(move || {
                let store = open(&url).unwrap();
                let mut w = store.writer().unwrap();
                for page in 0..4 {
                    let records: Vec<SourceRecord> = (page * 10..page * 10 + 10)
                        .map(|i| {
                            let mut r = lesson(&format!("{source}{i}"), "Shared", "en");
                            if let Some(m) = r.metadata.as_mut() {
                                m.url = Some(format!("https://shared.example/{i}"));
                            }
                            r
                        })
                        .collect();
                    apply_page(w.as_mut(), source, &records);
                }
            })
        })
        .collect();
    for node in nodes {
        node.join().unwrap();
    }
    let store = open(&url).unwrap();
    let r = store.reader().unwrap();
    assert_eq!(
        r.resource_count().unwrap(),
        40,
        "one resource per shared URL"
    );
    let mut q = SearchQuery::new();
    q.limit = 100;
    let results = r.search(&q).unwrap().results;
    assert!(
        results.iter().all(|res| res.sources.len() == 2),
        "every resource merged from both sources"
    );
}
