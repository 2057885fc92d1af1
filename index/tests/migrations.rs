//! Schema migrations, from the first released schema onwards: a catalogue written by the first
//! release (kept as `fixtures/catalogue-v1.db`, made by `write_v1_fixture` below when that schema
//! was released) opens with this build, is migrated, and keeps every resource, source and
//! harvest state; a catalogue from a newer oerdex is refused rather than misread.

use std::path::{Path, PathBuf};

use oerdex_index::{
    Index, IndexError, RecordMetadata, SearchQuery, Source, SourceRecord, StartPoint,
};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/catalogue-v1.db")
}

fn temp_copy(label: &str) -> (PathBuf, PathBuf) {
    let dir =
        std::env::temp_dir().join(format!("oerdex-migrations-{label}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("catalogue.db");
    std::fs::copy(fixture(), &db).unwrap();
    (dir, db)
}

fn record(i: usize, deleted: bool) -> SourceRecord {
    SourceRecord {
        oai_identifier: format!("oai:first-release.example.org:{i}"),
        datestamp: format!("2026-11-{:02}T10:00:00Z", 1 + i % 28),
        sets: vec!["oer".into()],
        deleted,
        metadata: (!deleted).then(|| RecordMetadata {
            title: Some(format!("Lesson {i}: fractions")),
            url: Some(format!("https://first-release.example.org/lessons/{i}")),
            rights: vec![["CC BY 4.0", "CC BY-SA 4.0", "CC0 1.0"][i % 3].into()],
            languages: vec![["en", "de", "fr"][i % 3].into()],
            subjects: vec!["Mathematics".into()],
            ..Default::default()
        }),
        raw_xml: Some(format!("<metadata><oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Lesson {i}: fractions</dc:title></oai_dc:dc></metadata>")),
    }
}

#[test]
fn the_first_released_schema_is_migrated_and_keeps_its_data() {
    let (dir, db) = temp_copy("v1");
    let version = |path: &Path| -> i64 {
        rusqlite::Connection::open(path)
            .unwrap()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(version(&db), 1, "the fixture is the first released schema");
    let mut index = Index::open(&db).unwrap();
    assert_eq!(version(&db), oerdex_index::SCHEMA_VERSION);
    assert!(index.integrity_check().unwrap().is_empty());
    assert_eq!(index.resource_count().unwrap(), 38);
    let mut q = SearchQuery::new();
    q.text = Some("fractions".into());
    q.licenses = vec!["cc-by-sa".into()];
    assert_eq!(index.search(&q).unwrap().total, 13);
    // Facet values moved to one JSON object a resource in version 2: counts and filters agree
    // with what the first release wrote (languages by record number modulo 3).
    let all = index.search(&SearchQuery::new()).unwrap();
    let counts = |facet: &str| {
        all.facets[facet]
            .0
            .iter()
            .map(|(v, n)| (v.as_str(), *n))
            .collect::<Vec<_>>()
    };
    assert_eq!(counts("language"), [("de", 13), ("en", 13), ("fr", 12)]);
    assert_eq!(counts("subject"), [("Mathematics", 38)]);
    assert_eq!(counts("source"), [("first", 38)]);
    let mut q = SearchQuery::new();
    q.languages = vec!["fr".into()];
    q.text = Some("fractions".into());
    assert_eq!(index.search(&q).unwrap().total, 12);
    let source = index.source("first").unwrap().expect("the source survives");
    assert_eq!(source.sets, ["oer"]);
    assert!(matches!(
        index.start_point("first").unwrap(),
        StartPoint::Fresh {
            last_response_date: Some(_),
            ..
        }
    ));
    // The migrated catalogue takes new harvests.
    let checkpoint = index.begin_harvest("first", false, None, None).unwrap();
    let counts = index
        .apply_page(
            "first",
            "oai_dc",
            &[record(100, false), record(1, true)],
            &checkpoint,
        )
        .unwrap();
    assert_eq!((counts.added, counts.deleted), (1, 1));
    drop(index);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_catalogue_from_a_newer_oerdex_is_refused() {
    let (dir, db) = temp_copy("newer");
    rusqlite::Connection::open(&db)
        .unwrap()
        .pragma_update(None, "user_version", 999)
        .unwrap();
    match Index::open(&db) {
        Err(IndexError::SchemaTooNew { found: 999, .. }) => {}
        Err(other) => panic!("wrong error: {other}"),
        Ok(_) => panic!("a newer schema was opened"),
    }
    let _ = std::fs::remove_dir_all(dir);
}

/// Writes `fixtures/catalogue-v1.db` with the schema of the release that introduces it. Run
/// once per released schema (`cargo test -p oerdex-index --test migrations -- --ignored`), never
/// to refresh an old fixture: the point is to keep the old file.
#[test]
#[ignore]
fn write_v1_fixture() {
    assert_eq!(
        oerdex_index::SCHEMA_VERSION,
        1,
        "the v1 fixture comes from the v1 schema"
    );
    let path = fixture();
    let _ = std::fs::remove_file(&path);
    let mut index = Index::open(&path).unwrap();
    let mut source = Source::new("first", "https://first-release.example.org/oai", "oai_dc");
    source.sets = vec!["oer".into()];
    source.granularity = Some("YYYY-MM-DDThh:mm:ssZ".into());
    source.deleted_record = Some("persistent".into());
    source.formats = vec!["oai_dc".into()];
    index.add_source(&source).unwrap();
    let mut checkpoint = index
        .begin_harvest("first", true, None, Some("oer"))
        .unwrap();
    checkpoint.response_date = Some("2026-11-25T10:00:00Z".into());
    let records: Vec<SourceRecord> = (0..40).map(|i| record(i, false)).collect();
    index
        .apply_page("first", "oai_dc", &records, &checkpoint)
        .unwrap();
    checkpoint.complete = true;
    let deletions = [record(38, true), record(39, true)];
    index
        .apply_page("first", "oai_dc", &deletions, &checkpoint)
        .unwrap();
    index.complete_harvest("first", &checkpoint, false).unwrap();
    drop(index);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); VACUUM;")
        .unwrap();
}
