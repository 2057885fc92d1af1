//! The text index beside SQLite: it follows the catalogue whatever happened to it. Behind
//! (records committed to SQLite and never to the text index, as after a SIGKILL between the
//! two), missing, from another analysis, or ahead of the catalogue (a restored backup), it is
//! brought back to agree with the records before the next search answers.

mod support;

use oerdex_index::search::text::{text_dir, Commit};
use oerdex_index::{Index, RecordMetadata, SearchQuery, SourceRecord, StoreOptions};
use support::{apply, TempDb};

fn record(n: usize, title: &str, language: &str) -> SourceRecord {
    SourceRecord {
        oai_identifier: format!("oai:text:{n}"),
        datestamp: "2024-01-01T00:00:00Z".into(),
        sets: vec![],
        deleted: false,
        metadata: Some(RecordMetadata {
            title: Some(title.into()),
            languages: vec![language.into()],
            url: Some(format!("https://text.example/{n}")),
            ..Default::default()
        }),
        raw_xml: None,
    }
}

fn total(index: &Index, text: &str) -> u64 {
    let mut q = SearchQuery::new();
    q.text = Some(text.into());
    q.facets.clear();
    index.search(&q).unwrap().total
}

/// Searches through the store's readers (search columns loaded), as `oerdex serve` does.
fn store_total(db: &TempDb, text: &str) -> u64 {
    let store = oerdex_index::open(&db.path(), &StoreOptions::default()).unwrap();
    store.load_search(true).unwrap();
    let mut q = SearchQuery::new();
    q.text = Some(text.into());
    store.reader().unwrap().search(&q).unwrap().total
}

#[test]
fn records_the_text_index_never_saw_are_replayed_before_the_next_search() {
    let db = TempDb::new("text-behind");
    {
        let mut writer = Index::open(db.path()).unwrap();
        apply(&mut writer, "a", &[record(1, "Adding fractions", "en")]);
        writer.sync_text(Commit::Now).unwrap();
        assert_eq!(writer.text_index().documents().unwrap(), 1);
        // Committed to SQLite only: the text index's writer is never told.
        apply(
            &mut writer,
            "a",
            &[
                record(2, "Brüche erweitern", "de"),
                record(3, "光合作用实验", "zh"),
            ],
        );
    }
    // Every handle closed: what the text index had not committed is gone, as after a kill.
    assert_eq!(store_total(&db, "Bruch"), 1);
    assert_eq!(store_total(&db, "光合作用"), 1);
    assert_eq!(store_total(&db, "fraction"), 1);
}

#[test]
fn changes_and_deletions_in_one_second_reach_the_text_index() {
    let db = TempDb::new("text-same-second");
    let mut writer = Index::open(db.path()).unwrap();
    let reader = Index::open_read_only(db.path()).unwrap();
    apply(&mut writer, "a", &[record(1, "Adding fractions", "en")]);
    assert_eq!(total(&reader, "fraction"), 1);
    // The same resource again, retitled, most likely within the same second.
    apply(&mut writer, "a", &[record(1, "Photosynthesis lab", "en")]);
    assert_eq!(total(&reader, "fraction"), 0);
    assert_eq!(total(&reader, "photosynthesis"), 1);
    let mut gone = record(1, "", "en");
    gone.deleted = true;
    gone.metadata = None;
    apply(&mut writer, "a", &[gone]);
    assert_eq!(total(&reader, "photosynthesis"), 0);
    // The writer's own connection sees its own writes too.
    apply(&mut writer, "a", &[record(4, "Water cycle", "en")]);
    assert_eq!(total(&writer, "water"), 1);
}

#[test]
fn a_missing_or_foreign_text_index_is_rebuilt_from_the_catalogue() {
    let db = TempDb::new("text-missing");
    {
        let mut writer = Index::open(db.path()).unwrap();
        apply(
            &mut writer,
            "a",
            &[
                record(1, "Adding fractions", "en"),
                record(2, "Équations", "fr"),
            ],
        );
        writer.sync_text(Commit::Now).unwrap();
    }
    // Deleted (an upgrade from a version without it, or an operator's rm -r).
    std::fs::remove_dir_all(text_dir(&db.path())).unwrap();
    assert_eq!(store_total(&db, "equation"), 1);

    // Garbage where the index should be.
    std::fs::remove_dir_all(text_dir(&db.path())).unwrap();
    std::fs::create_dir_all(text_dir(&db.path())).unwrap();
    std::fs::write(text_dir(&db.path()).join("meta.json"), "not json").unwrap();
    assert_eq!(
        store_total(&db, "fraction"),
        1,
        "a damaged text index is rebuilt"
    );
}

#[test]
fn a_text_index_ahead_of_the_catalogue_and_a_reindex_rebuild_it() {
    let db = TempDb::new("text-ahead");
    let old = TempDb::new("text-ahead-backup");
    {
        let mut writer = Index::open(db.path()).unwrap();
        apply(&mut writer, "a", &[record(1, "Adding fractions", "en")]);
        writer.sync_text(Commit::Now).unwrap();
        writer.backup_to(old.path()).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(1_100));
        apply(&mut writer, "a", &[record(2, "Photosynthesis lab", "en")]);
        writer.sync_text(Commit::Now).unwrap();
    }
    // The backup restored over the catalogue, the newer text index left beside it.
    std::fs::copy(old.path(), db.path()).unwrap();
    for suffix in ["-wal", "-shm"] {
        let mut path = db.path().into_os_string();
        path.push(suffix);
        let _ = std::fs::remove_file(path);
    }
    assert_eq!(store_total(&db, "photosynthesis"), 0);
    assert_eq!(store_total(&db, "fraction"), 1);

    let writer = Index::open(db.path()).unwrap();
    writer.rebuild_text().unwrap();
    assert_eq!(writer.text_index().documents().unwrap(), 1);
    assert_eq!(total(&writer, "fractions"), 1);
}
