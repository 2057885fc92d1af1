//! The search columns give the same answers as SQLite alone: random catalogues in several
//! languages, random queries (text, stemmed, unspaced, misspelt and excluded words, every filter
//! including accessibility, every sort, small pages followed by their cursors), before and after
//! updates, deletions, new records and a removed source, compared field by field.

mod support;

use std::sync::Arc;
use std::time::Duration;

use oerdex_index::model::accessibility::Accessibility;
use oerdex_index::search::{Facet, Searcher};
use oerdex_index::{Index, RecordMetadata, SearchColumns, SearchQuery, Sort, Source, SourceRecord};
use support::{apply, Rng, TempDb};

const WORDS: &[&str] = &[
    "fractions",
    "algebra",
    "water",
    "solar",
    "system",
    "energy",
    "cell",
    "history",
    "music",
    "map",
    // Titles order bytewise, as SQLite compares them: accents after every ASCII letter.
    "Écologie",
    "ökologie",
    // Inflected forms, unspaced scripts and long words for typos, in several languages.
    "Brüche",
    "Bruch",
    "équations",
    "photosynthesis",
    "光合作用实验",
    "植物の光合成について",
    "уравнения",
];
const RIGHTS: &[&str] = &[
    "CC BY 4.0",
    "CC BY-SA 4.0",
    "CC BY-NC 4.0",
    "CC BY-NC-ND 4.0",
    "https://creativecommons.org/publicdomain/zero/1.0/",
    "Public Domain Mark 1.0",
    "© All rights reserved",
    "",
];
const LANGUAGES: &[&str] = &["en", "de", "fr", "es", "ru", "zh", "ja"];
const TYPES: &[&str] = &["video", "exercise", "text"];
const LEVELS: &[&str] = &["primary", "secondary", "higher education"];
const SUBJECTS: &[&str] = &["Mathematics", "Physics", "Biology", "History", "Music"];
/// Accessibility statements as records write them: each gives some filter values or none.
const FEATURES: &[&str] = &[
    "captions",
    "closedCaptions",
    "transcript",
    "alternativeText",
    "MathML",
];
const HAZARDS: &[&str] = &["noFlashingHazard", "none", "flashing", "noSoundHazard"];
const ACCESSIBILITY: &[&str] = &[
    "captions",
    "transcript",
    "alternative-text",
    "accessible-math",
    "no-flashing-hazard",
    "no-sound-hazard",
    "sign-language",
];

fn words(rng: &mut Rng, n: usize) -> String {
    (0..n)
        .map(|_| *rng.pick(WORDS))
        .collect::<Vec<_>>()
        .join(" ")
}

fn record(rng: &mut Rng, n: usize) -> SourceRecord {
    let strings = |v: Vec<&str>| v.into_iter().map(String::from).collect::<Vec<_>>();
    let rights = *rng.pick(RIGHTS);
    let mut accessibility = Accessibility::default();
    for feature in rng.some(FEATURES, 2) {
        accessibility.push_feature(feature);
    }
    for hazard in rng.some(HAZARDS, 1) {
        accessibility.push_hazard(hazard);
    }
    SourceRecord {
        oai_identifier: format!("oai:test:{n}"),
        datestamp: "2024-01-01T00:00:00Z".into(),
        sets: vec![],
        deleted: false,
        metadata: Some(RecordMetadata {
            title: Some(words(rng, 3)),
            description: Some(words(rng, 8)),
            // Both sources use the same URLs for the same numbers: those resources merge.
            url: Some(format!("https://oer.example/{n}")),
            rights: if rights.is_empty() {
                vec![]
            } else {
                vec![rights.into()]
            },
            languages: strings(rng.some(LANGUAGES, 2)),
            learning_resource_types: strings(rng.some(TYPES, 2)),
            educational_levels: strings(rng.some(LEVELS, 1)),
            subjects: strings(rng.some(SUBJECTS, 3)),
            accessibility,
            ..Default::default()
        }),
        raw_xml: None,
    }
}

fn random_query(rng: &mut Rng) -> SearchQuery {
    let mut q = SearchQuery::new();
    let strings = |v: Vec<&str>| v.into_iter().map(String::from).collect::<Vec<_>>();
    if rng.below(2) == 0 {
        q.text = Some(
            (*rng.pick(&[
                "fractions",
                "water energy",
                "\"solar system\"",
                "alg*",
                "nomatch",
                "cell music map",
                "fraction",
                "bruch",
                "equation",
                "光合作用",
                "光合成",
                "photosyntesis",
                "уравнение",
                "water -energy",
                "-music",
            ]))
            .to_string(),
        );
    }
    if rng.below(3) == 0 {
        q.licenses = strings(rng.some(
            &[
                "cc-by",
                "cc-by-sa",
                "cc0",
                "CC-BY-4.0",
                "pdm",
                "cc-by-nc",
                "cc-by-nc-nd",
            ],
            2,
        ));
    }
    for slot in [
        &mut q.open,
        &mut q.commercial,
        &mut q.derivatives,
        &mut q.free,
    ] {
        *slot = *rng.pick(&[None, None, None, Some(true), Some(false)]);
    }
    for (list, values) in [
        (&mut q.languages, LANGUAGES),
        (&mut q.types, TYPES),
        (&mut q.levels, LEVELS),
        (&mut q.subjects, SUBJECTS),
        (&mut q.sources, &["a", "b", "gone"][..]),
        (&mut q.accessibility, ACCESSIBILITY),
    ] {
        if rng.below(4) == 0 {
            *list = strings(rng.some(values, 2));
        }
    }
    if rng.below(8) == 0 {
        q.updated_since = Some((*rng.pick(&["2000-01-01", "2999-01-01", "1969-07-20"])).into());
    }
    q.sort = *rng.pick(&[Sort::Relevance, Sort::Updated, Sort::Title]);
    q.limit = 1 + rng.below(7);
    if rng.below(3) == 0 {
        q.facets = rng.some(&Facet::ALL, 3);
    }
    q
}

/// Runs `queries` random queries on both connections, following up to three cursors each. The
/// first is always the match-all query with every facet (the API's default, whose counts the
/// columns keep up to date rather than count).
fn compare(plain: &Index, fast: &Searcher, rng: &mut Rng, queries: usize) {
    for n in 0..queries {
        let mut q = match n {
            0 => SearchQuery::new(),
            _ => random_query(rng),
        };
        for page in 0..4 {
            let expected = plain.search(&q);
            let got = fast.search(&q);
            let (expected, got) = match (expected, got) {
                (Ok(e), Ok(g)) => (e, g),
                (Err(e), Err(g)) => {
                    assert_eq!(e.to_string(), g.to_string());
                    break;
                }
                (e, g) => panic!("query {n} {q:?}: {e:?} against {g:?}"),
            };
            assert_eq!(
                serde_json::to_value(&got).unwrap(),
                serde_json::to_value(&expected).unwrap(),
                "query {n}, page {page}: {q:?}"
            );
            match expected.next_cursor {
                Some(cursor) => q.cursor = Some(cursor),
                None => break,
            }
        }
    }
}

/// A catalogue of `n` random records of source `a`: its writer, a connection searching SQLite
/// alone, and the generator that made them (seeded with `seed`).
fn catalogue(label: &str, seed: u64, n: usize) -> (TempDb, Index, Index, Vec<SourceRecord>, Rng) {
    let db = TempDb::new(label);
    let mut writer = Index::open(db.path()).unwrap().with_clock(support::clock());
    let mut rng = Rng::new(seed);
    let records: Vec<_> = (0..n).map(|i| record(&mut rng, i)).collect();
    apply(&mut writer, "a", &records);
    let plain = Index::open_read_only(db.path()).unwrap();
    (db, writer, plain, records, rng)
}

fn columns_for(path: &std::path::Path, columns: &Arc<SearchColumns>) -> Searcher {
    let index = Index::open_read_only(path).unwrap();
    columns.load(&index).unwrap();
    Searcher::new(index, Some(columns.clone()))
}

#[test]
fn the_columns_answer_as_sqlite_does_before_and_after_changes() {
    let db = TempDb::new("columns");
    let clock = support::clock();
    let mut writer = Index::open(db.path()).unwrap().with_clock(clock.clone());
    let mut rng = Rng::new(7);
    let a: Vec<_> = (0..300).map(|n| record(&mut rng, n)).collect();
    let b: Vec<_> = (200..400).map(|n| record(&mut rng, n)).collect();
    apply(&mut writer, "a", &a[..150]);
    apply(&mut writer, "a", &a[150..]);
    apply(&mut writer, "b", &b);

    let plain = Index::open_read_only(db.path()).unwrap();
    let columns = Arc::new(SearchColumns::new());
    let fast = columns_for(&db.path(), &columns);
    // A second connection on the same columns: it must notice changes on its own.
    let other = Searcher::new(
        Index::open_read_only(db.path()).unwrap(),
        Some(columns.clone()),
    );
    assert!(columns.is_loaded());
    compare(&plain, &fast, &mut rng, 300);
    compare(&plain, &other, &mut rng, 30);

    // Changes in the same second as the first pages and in a later one.
    let changed: Vec<_> = (0..60).map(|n| record(&mut rng, n * 5)).collect();
    apply(&mut writer, "a", &changed);
    compare(&plain, &fast, &mut rng, 100);
    clock.advance(Duration::from_secs(1));
    let mut gone: Vec<SourceRecord> = (0..40)
        .map(|n| SourceRecord {
            oai_identifier: format!("oai:test:{}", n * 7),
            datestamp: "2024-02-01T00:00:00Z".into(),
            sets: vec![],
            deleted: true,
            metadata: None,
            raw_xml: None,
        })
        .collect();
    gone.extend((400..450).map(|n| record(&mut rng, n)));
    apply(&mut writer, "a", &gone);
    compare(&plain, &fast, &mut rng, 100);
    compare(&plain, &other, &mut rng, 100);
    writer.remove_source("b").unwrap();
    compare(&plain, &other, &mut rng, 100);
    compare(&plain, &fast, &mut rng, 100);
}

#[test]
fn the_text_part_of_the_random_catalogues_finds_what_it_should() {
    // The comparisons above would pass with a text index that found nothing: check it finds.
    let (_db, _writer, plain, records, _) = catalogue("columns-text", 11, 300);
    let has = |word: &str| {
        records.iter().any(|r| {
            let m = r.metadata.as_ref().unwrap();
            m.title.as_deref().unwrap_or("").contains(word)
                || m.description.as_deref().unwrap_or("").contains(word)
        })
    };
    for (query, word) in [
        ("fraction", "fractions"),
        ("bruch", "Brüche"),
        ("equation", "équations"),
        ("光合作用", "光合作用实验"),
        ("光合成", "植物の光合成について"),
        ("photosyntesis", "photosynthesis"),
        ("уравнение", "уравнения"),
        ("ecologie", "Écologie"),
    ] {
        assert!(has(word), "the catalogue has {word}");
        let mut q = SearchQuery::new();
        q.text = Some(query.into());
        assert!(plain.search(&q).unwrap().total > 0, "{query} finds {word}");
    }
    let mut q = SearchQuery::new();
    q.text = Some("-music".into());
    let without = plain.search(&q).unwrap().total;
    q.text = Some("music".into());
    let with = plain.search(&q).unwrap().total;
    let all = plain.search(&SearchQuery::new()).unwrap().total;
    assert!(with > 0 && without > 0);
    assert_eq!(
        with + without,
        all,
        "-music leaves out exactly what music finds"
    );
}

#[test]
fn a_large_change_reloads_the_columns_whole() {
    let (db, writer, plain, _, mut rng) = catalogue("columns-reload", 11, 200);
    // Reload when more than a quarter of the catalogue plus 5 rows changed.
    let columns = Arc::new(SearchColumns::new().with_reload_after(5));
    let fast = columns_for(&db.path(), &columns);
    compare(&plain, &fast, &mut rng, 50);
    // The changes come a second after the catalogue was written (its clock's start).
    let clock = support::clock();
    let mut writer = writer.with_clock(clock.clone());
    clock.advance(Duration::from_secs(1));
    let again: Vec<_> = (0..200).map(|n| record(&mut rng, n)).collect();
    apply(&mut writer, "a", &again);
    compare(&plain, &fast, &mut rng, 100);
}

#[test]
fn a_catalogue_the_columns_cannot_hold_is_searched_in_sqlite() {
    let (db, _writer, plain, _, mut rng) = catalogue("columns-give-up", 13, 50);
    let columns = Arc::new(SearchColumns::new());
    let fast = columns_for(&db.path(), &columns);
    compare(&plain, &fast, &mut rng, 20);
    // A time the columns cannot store, written behind oerdex's back.
    let raw = rusqlite::Connection::open(db.path()).unwrap();
    raw.execute(
        "UPDATE resources SET updated = '9999-12-31T23:59:59Z' WHERE rowid = 3",
        [],
    )
    .unwrap();
    compare(&plain, &fast, &mut rng, 50);
    assert!(!columns.is_loaded(), "the columns gave up");
}

#[test]
fn not_yet_loaded_columns_leave_searches_to_sqlite() {
    let (db, _writer, plain, _, mut rng) = catalogue("columns-unloaded", 17, 50);
    let fast = Searcher::new(
        Index::open_read_only(db.path()).unwrap(),
        Some(Arc::new(SearchColumns::new())),
    );
    compare(&plain, &fast, &mut rng, 20);
}

#[test]
fn searches_wait_for_an_announced_load_and_not_for_a_cancelled_one() {
    let (db, _writer, plain, _, mut rng) = catalogue("columns-announced", 23, 60);
    let columns = Arc::new(SearchColumns::new());
    columns.expect_load();
    let searcher = {
        let (path, columns) = (db.path().to_path_buf(), columns.clone());
        std::thread::spawn(move || {
            let fast = Searcher::new(Index::open_read_only(&path).unwrap(), Some(columns.clone()));
            let results = fast.search(&SearchQuery::new()).unwrap();
            (serde_json::to_value(results).unwrap(), columns.is_loaded())
        })
    };
    // The search has reached the wait before the load runs, and cannot have answered.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while columns.searches_waiting() == 0 {
        assert!(
            !searcher.is_finished(),
            "the search answered without waiting for the load"
        );
        assert!(
            std::time::Instant::now() < deadline,
            "the search never waited"
        );
        std::thread::yield_now();
    }
    assert!(!searcher.is_finished(), "the search waits for the load");
    columns
        .load(&Index::open_read_only(db.path()).unwrap())
        .unwrap();
    let (results, loaded_when_answered) = searcher.join().unwrap();
    assert!(loaded_when_answered);
    assert_eq!(columns.searches_waiting(), 0);
    let expected = plain.search(&SearchQuery::new()).unwrap();
    assert_eq!(results, serde_json::to_value(expected).unwrap());

    // A load announced but never run (it could not start): searches go to SQLite at once.
    let cancelled = Arc::new(SearchColumns::new());
    cancelled.expect_load();
    cancelled.stop_waiting();
    let fast = Searcher::new(
        Index::open_read_only(db.path()).unwrap(),
        Some(cancelled.clone()),
    );
    compare(&plain, &fast, &mut rng, 5);
    assert!(!cancelled.is_loaded());
}

#[test]
fn commits_that_change_no_resource_keep_the_columns_and_their_caches() {
    let (db, mut writer, plain, a, mut rng) = catalogue("columns-generation", 19, 80);
    let columns = Arc::new(SearchColumns::new());
    let fast = columns_for(&db.path(), &columns);
    compare(&plain, &fast, &mut rng, 10);
    let loaded = columns.generation().unwrap();

    // The same records again, and a new source: commits, but no resource changes.
    apply(&mut writer, "a", &a);
    writer
        .add_source(&Source::new("quiet", "https://example.org/oai", "oai_dc"))
        .unwrap();
    compare(&plain, &fast, &mut rng, 10);
    assert_eq!(columns.generation(), Some(loaded));

    // One changed record moves it on.
    apply(&mut writer, "a", &[record(&mut rng, 3)]);
    compare(&plain, &fast, &mut rng, 10);
    assert_eq!(columns.generation(), Some(loaded + 1));
}
