//! The catalogue through its public API on a real SQLite file: merging, deletions and
//! tombstones, licence inference, search filters, facets, cursors and hostile query text.

use std::sync::Arc;
use std::time::Duration;

use oerdex_index::{Index, ManualClock, RecordMetadata, SearchQuery, Sort, Source, SourceRecord};

mod support;

use support::{apply, TempDb};

fn record(id: &str, title: &str, url: &str, rights: &str, lang: &str) -> SourceRecord {
    SourceRecord {
        oai_identifier: id.into(),
        datestamp: "2024-01-01T00:00:00Z".into(),
        sets: vec![],
        deleted: false,
        metadata: Some(RecordMetadata {
            title: Some(title.into()),
            url: Some(url.into()),
            rights: if rights.is_empty() {
                vec![]
            } else {
                vec![rights.into()]
            },
            languages: vec![lang.into()],
            learning_resource_types: vec!["video".into()],
            subjects: vec!["Mathematics".into()],
            ..Default::default()
        }),
        raw_xml: None,
    }
}

fn deleted(id: &str) -> SourceRecord {
    SourceRecord {
        oai_identifier: id.into(),
        datestamp: "2024-02-01T00:00:00Z".into(),
        sets: vec![],
        deleted: true,
        metadata: None,
        raw_xml: None,
    }
}

fn query() -> SearchQuery {
    let mut q = SearchQuery::new();
    q.limit = 100;
    q
}

fn catalogue(label: &str) -> (TempDb, Index) {
    let (db, index, _) = catalogue_with_clock(label);
    (db, index)
}

/// [`catalogue`], recording times by a clock the test moves.
fn catalogue_with_clock(label: &str) -> (TempDb, Index, Arc<ManualClock>) {
    let db = TempDb::new(label);
    let clock = support::clock();
    let mut index = Index::open(db.path()).unwrap().with_clock(clock.clone());
    apply(
        &mut index,
        "a",
        &[
            record(
                "a1",
                "Fractions for beginners",
                "https://oer.example/1",
                "CC BY 4.0",
                "en",
            ),
            record(
                "a2",
                "Brüche verstehen",
                "https://oer.example/2",
                "CC BY-SA 4.0",
                "de",
            ),
            record(
                "a3",
                "Les fractions",
                "https://oer.example/3",
                "CC BY-NC 4.0",
                "fr",
            ),
            record(
                "a4",
                "Algebra basics",
                "https://oer.example/4",
                "CC BY-ND 4.0",
                "en",
            ),
            record(
                "a5",
                "Geometry",
                "https://oer.example/5",
                "© All rights reserved",
                "en",
            ),
            record(
                "a6",
                "Public fractions",
                "https://oer.example/6",
                "https://creativecommons.org/publicdomain/zero/1.0/",
                "de",
            ),
        ],
    );
    (db, index, clock)
}

#[test]
fn the_same_resource_from_two_sources_is_merged_and_survives_one_deletion() {
    let (_db, mut index) = catalogue("merge");
    // Source b describes resource 1 under another URL spelling.
    let counts = apply(
        &mut index,
        "b",
        &[record(
            "b1",
            "Fractions (b)",
            "http://www.oer.example/1/",
            "",
            "en",
        )],
    );
    assert_eq!(counts.added, 1);
    assert_eq!(index.resource_count().unwrap(), 6);
    let results = index.search(&{
        let mut q = query();
        q.sources = vec!["b".into()];
        q
    });
    let merged = &results.unwrap().results[0];
    assert_eq!(merged.sources.len(), 2);
    assert_eq!(
        merged.title.as_deref(),
        Some("Fractions for beginners"),
        "first source (by name) wins scalars"
    );

    let counts = apply(&mut index, "a", &[deleted("a1")]);
    assert_eq!(counts.deleted, 1);
    let (resource, gone) = index.resource(&merged.id).unwrap().unwrap();
    assert!(!gone);
    assert_eq!(resource.sources.len(), 1);
    assert_eq!(resource.title.as_deref(), Some("Fractions (b)"));

    apply(&mut index, "b", &[deleted("b1")]);
    let (_, gone) = index.resource(&merged.id).unwrap().unwrap();
    assert!(gone, "a resource no source holds is a tombstone");
    assert_eq!(index.resource_count().unwrap(), 5);
    let q = {
        let mut q = query();
        q.text = Some("fractions".into());
        q
    };
    assert!(index
        .search(&q)
        .unwrap()
        .results
        .iter()
        .all(|r| r.id != merged.id));
}

#[test]
fn unchanged_records_do_not_touch_the_resource() {
    let (_db, mut index, clock) = catalogue_with_clock("unchanged");
    let before = index.search(&query()).unwrap().results;
    // A later second: a resource the unchanged record touched would show a new `updated`.
    clock.advance(Duration::from_secs(1));
    let counts = apply(
        &mut index,
        "a",
        &[record(
            "a2",
            "Brüche verstehen",
            "https://oer.example/2",
            "CC BY-SA 4.0",
            "de",
        )],
    );
    assert_eq!(counts.unchanged, 1);
    let after = index.search(&query()).unwrap().results;
    assert_eq!(before, after);
    let counts = apply(
        &mut index,
        "a",
        &[record(
            "a2",
            "Brüche verstehen!",
            "https://oer.example/2",
            "CC BY-SA 4.0",
            "de",
        )],
    );
    assert_eq!(counts.updated, 1);
    let changed = index
        .search(&query())
        .unwrap()
        .results
        .into_iter()
        .find(|r| r.title.as_deref() == Some("Brüche verstehen!"))
        .unwrap();
    let old = before.iter().find(|r| r.id == changed.id).unwrap();
    assert!(changed.updated > old.updated);
}

#[test]
fn a_source_default_licence_is_used_only_when_records_state_none_and_is_marked_inferred() {
    let db = TempDb::new("default-license");
    let mut index = Index::open(db.path()).unwrap();
    let mut source = Source::new("s", "https://example.org/oai", "oai_dc");
    source.default_license = Some("CC-BY-4.0".into());
    index.add_source(&source).unwrap();
    apply(
        &mut index,
        "s",
        &[
            record("1", "No licence", "https://x.example/1", "", "en"),
            record("2", "Own licence", "https://x.example/2", "CC0", "en"),
        ],
    );
    let results = index.search(&query()).unwrap().results;
    let inferred = results
        .iter()
        .find(|r| r.title.as_deref() == Some("No licence"))
        .unwrap();
    let license = inferred.license.as_ref().unwrap();
    assert_eq!(license.id, "CC-BY-4.0");
    assert!(license.inferred);
    let own = results
        .iter()
        .find(|r| r.title.as_deref() == Some("Own licence"))
        .unwrap();
    assert_eq!(own.license.as_ref().unwrap().id, "CC0-1.0");
    assert!(!own.license.as_ref().unwrap().inferred);
}

#[test]
fn filters_and_across_fields_or_within_one() {
    let (_db, index) = catalogue("filters");
    let count = |f: &dyn Fn(&mut SearchQuery)| {
        let mut q = query();
        f(&mut q);
        index.search(&q).unwrap().total
    };
    assert_eq!(count(&|_| {}), 6);
    assert_eq!(count(&|q| q.licenses = vec!["cc-by".into()]), 1);
    assert_eq!(
        count(&|q| q.licenses = vec!["cc-by".into(), "cc-by-sa".into()]),
        2
    );
    assert_eq!(
        count(&|q| q.licenses = vec!["CC-BY-SA-4.0".into()]),
        1,
        "exact id"
    );
    assert_eq!(
        count(&|q| q.licenses = vec!["cc-by-sa-4.0".into()]),
        1,
        "ids ignore case"
    );
    assert_eq!(
        count(&|q| q.open = Some(true)),
        4,
        "BY, BY-SA, BY-NC, CC0 are open; ND and none are not"
    );
    assert_eq!(
        count(&|q| q.commercial = Some(true)),
        4,
        "BY, BY-SA, BY-ND, CC0"
    );
    assert_eq!(count(&|q| q.derivatives = Some(true)), 4);
    assert_eq!(count(&|q| q.languages = vec!["de".into()]), 2);
    assert_eq!(count(&|q| q.languages = vec!["de".into(), "fr".into()]), 3);
    assert_eq!(
        count(&|q| {
            q.languages = vec!["de".into(), "fr".into()];
            q.open = Some(true);
            q.text = Some("fractions".into());
        }),
        2,
        "Les fractions and Public fractions"
    );
    assert_eq!(count(&|q| q.types = vec!["video".into()]), 6);
    assert_eq!(count(&|q| q.types = vec!["podcast".into()]), 0);
    assert_eq!(count(&|q| q.updated_since = Some("2999-01-01".into())), 0);
    let mut q = query();
    q.updated_since = Some("yesterday".into());
    assert!(index.search(&q).is_err());
}

#[test]
fn each_facet_ignores_its_own_filter() {
    let (_db, index) = catalogue("facets");
    let mut q = query();
    q.languages = vec!["de".into()];
    q.licenses = vec!["cc0".into()];
    let results = index.search(&q).unwrap();
    assert_eq!(results.total, 1);
    // The language facet counts every language among cc0 resources; the licence facet counts
    // every licence among German resources.
    let language: Vec<_> = results.facets["language"].0.clone();
    assert_eq!(language, vec![("de".to_string(), 1)]);
    let license: Vec<_> = results.facets["license"].0.clone();
    assert_eq!(
        license,
        vec![("cc-by-sa".to_string(), 1), ("cc0".to_string(), 1)]
    );
    assert_eq!(results.facets["source"].0, vec![("a".to_string(), 1)]);
}

#[test]
fn cursors_visit_every_result_exactly_once_in_every_order() {
    let db = TempDb::new("cursor");
    let mut index = Index::open(db.path()).unwrap();
    let records: Vec<SourceRecord> = (0..57)
        .map(|i| {
            record(
                &format!("r{i}"),
                &format!("Lesson {} on fractions", i % 9),
                &format!("https://oer.example/{i}"),
                "CC BY",
                "en",
            )
        })
        .collect();
    apply(&mut index, "a", &records);
    for (sort, text) in [
        (Sort::Relevance, Some("fractions")),
        (Sort::Updated, None),
        (Sort::Title, None),
        (Sort::Title, Some("lesson")),
    ] {
        let mut seen = Vec::new();
        let mut q = query();
        q.limit = 10;
        q.sort = sort;
        q.text = text.map(str::to_string);
        loop {
            let page = index.search(&q).unwrap();
            assert_eq!(page.total, 57);
            seen.extend(page.results.iter().map(|r| r.id.clone()));
            match page.next_cursor {
                Some(c) => q.cursor = Some(c),
                None => break,
            }
        }
        let mut unique = seen.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(seen.len(), 57, "{sort:?}");
        assert_eq!(unique.len(), 57, "{sort:?}: no result twice");
    }
    let mut q = query();
    q.limit = 5;
    q.sort = Sort::Title;
    let cursor = index.search(&q).unwrap().next_cursor.unwrap();
    q.sort = Sort::Updated;
    q.cursor = Some(cursor);
    assert!(
        index.search(&q).is_err(),
        "a cursor belongs to its sort order"
    );
    q.cursor = Some("not-a-cursor".into());
    assert!(index.search(&q).is_err());
}

#[test]
fn any_query_text_is_safe() {
    let (_db, index) = catalogue("hostile");
    let long = "fractions ".repeat(10_000);
    let hostile = [
        "\"",
        "\"\"",
        "*",
        "NEAR(a b)",
        "a OR b AND NOT c",
        "title:fractions",
        "^fractions",
        "fractions)",
        "(",
        "'; DROP TABLE resources; --",
        "\0",
        "a\0b",
        "-fractions",
        "+",
        "{x}",
        "[]",
        "fractions*",
        "\u{202e}",
        "🙂",
        long.as_str(),
    ];
    for text in hostile {
        let mut q = query();
        q.text = Some(text.to_string());
        let result = index.search(&q);
        assert!(
            result.is_ok(),
            "{:?}: {:?}",
            &text[..text.len().min(40)],
            result.err()
        );
    }
    let mut q = query();
    q.text = Some("title:fractions".into());
    assert_eq!(
        index.search(&q).unwrap().total,
        0,
        "column filters are not FTS syntax here"
    );
    q.text = Some("fraction*".into());
    assert_eq!(index.search(&q).unwrap().total, 3, "prefix search");
    q.text = Some("bruche".into());
    assert_eq!(index.search(&q).unwrap().total, 1, "diacritics folded");
}

#[test]
fn readers_see_committed_pages_only_while_a_writer_works() {
    let (db, index) = catalogue("reader");
    let reader = Index::open_read_only(db.path()).unwrap();
    assert_eq!(reader.resource_count().unwrap(), 6);
    // A page is applied on another thread while the reader keeps reading.
    let path = db.path();
    let writer = std::thread::spawn(move || {
        let mut w = Index::open(path).unwrap();
        let records: Vec<SourceRecord> = (10..400)
            .map(|i| {
                record(
                    &format!("w{i}"),
                    "Bulk",
                    &format!("https://bulk.example/{i}"),
                    "CC0",
                    "en",
                )
            })
            .collect();
        apply(&mut w, "a", &records);
    });
    let mut seen = Vec::new();
    while !writer.is_finished() {
        seen.push(reader.resource_count().unwrap());
    }
    writer.join().unwrap();
    assert!(
        seen.iter().all(|&n| n == 6 || n == 396),
        "only whole pages are visible: {seen:?}"
    );
    assert_eq!(reader.resource_count().unwrap(), 396);
    assert!(index.integrity_check().unwrap().is_empty());
}

#[test]
fn unfiltered_facets_count_live_resources_only() {
    let (_db, mut index) = catalogue("unfiltered-facets");
    let facets = |index: &Index, q: &SearchQuery| index.search(q).unwrap().facets;
    let all = facets(&index, &query());
    assert_eq!(
        all["language"].0,
        vec![
            ("en".to_string(), 3),
            ("de".to_string(), 2),
            ("fr".to_string(), 1)
        ]
    );
    assert_eq!(all["type"].0, vec![("video".to_string(), 6)]);
    // A language filter leaves the language facet unfiltered, but not the others.
    let mut de = query();
    de.languages = vec!["de".into()];
    let with_de = facets(&index, &de);
    assert_eq!(with_de["language"], all["language"]);
    assert_eq!(with_de["type"].0, vec![("video".to_string(), 2)]);
    apply(&mut index, "a", &[deleted("a1")]);
    let after = facets(&index, &query());
    assert_eq!(
        after["language"].0,
        vec![
            ("de".to_string(), 2),
            ("en".to_string(), 2),
            ("fr".to_string(), 1)
        ]
    );
    assert_eq!(
        after["license"].0.iter().map(|(_, n)| n).sum::<u64>(),
        4,
        "tombstones and unlicensed resources are not counted"
    );
}

#[test]
fn pages_committed_together_count_as_pages_in_the_history() {
    let (_db, mut index) = catalogue("pages-together");
    let first = oerdex_index::write::ingest::PreparedRecord::new(
        "a",
        record("a7", "Optics", "https://oer.example/7", "CC BY 4.0", "en"),
    )
    .unwrap();
    let second = oerdex_index::write::ingest::PreparedRecord::new(
        "a",
        record("a8", "Waves", "https://oer.example/8", "CC BY 4.0", "en"),
    )
    .unwrap();
    let checkpoint = index.begin_harvest("a", false, None, None).unwrap();
    let counts = index
        .apply_prepared_pages("a", "oai_dc", &[first, second], 2, &checkpoint)
        .unwrap();
    assert_eq!(counts.added, 2);
    let history = index.harvest_history("a", 1).unwrap();
    assert_eq!(history[0].pages, 2);
    assert_eq!(history[0].added, 2);
}

#[test]
fn a_bulk_writer_lets_more_full_text_segments_wait_before_merging() {
    let db = TempDb::new("bulk-automerge");
    let mut index = Index::open(db.path()).unwrap();
    let automerge = |index: &Index| -> Option<i64> {
        let conn = rusqlite::Connection::open(index.path()).unwrap();
        conn.query_row(
            "SELECT v FROM resources_fts_config WHERE k = 'automerge'",
            [],
            |row| row.get(0),
        )
        .ok()
    };
    assert_eq!(
        automerge(&index),
        None,
        "FTS5's default until a harvest writes"
    );
    index.tune_for_bulk_writes().unwrap();
    assert_eq!(automerge(&index), Some(16));
}
