//! The catalogue through its contract (the `Store`, `Reader` and `Writer` traits), the same
//! scenarios on every engine: SQLite in a file, PostgreSQL on a real server (a throwaway cluster
//! the tests start, or `OERDEX_TEST_POSTGRES_URL`; see `support/postgres.rs`). Merging,
//! deletions and tombstones, licence inference, every filter, facet, order and cursor, hostile
//! query text, harvest bookkeeping, source removal and leases; and a differential test that
//! loads the same records into both engines and compares their answers.

use std::time::Duration;

use oerdex_index::search::Facet;
use oerdex_index::store::changes::{ChangesQuery, SetFilter};
use oerdex_index::store::registrations::Decision;
use oerdex_index::{
    IndexError, RecordMetadata, SearchQuery, Sort, Source, SourceRecord, StartPoint, Writer,
};

mod support;

use support::{apply_page, open_store, Engine, Rng};

/// Runs each named scenario `fn(Engine)` once per engine, as `sqlite::name` and
/// `postgres::name`.
macro_rules! on_every_engine {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[test] fn $name() { super::$name(super::Engine::Sqlite) })*
        }
        mod postgres {
            $(#[test] fn $name() { super::$name(super::Engine::Postgres) })*
        }
    };
}

on_every_engine!(
    the_same_resource_from_two_sources_is_merged_and_survives_one_deletion,
    unchanged_records_do_not_touch_the_resource,
    a_source_default_licence_is_used_only_when_records_state_none,
    filters_and_across_fields_or_within_one,
    each_facet_ignores_its_own_filter_and_counts_live_resources_only,
    cursors_visit_every_result_exactly_once_in_every_order,
    any_query_text_is_safe,
    readers_see_committed_pages_only,
    harvest_bookkeeping_resumes_and_completes,
    a_complete_full_harvest_removes_what_the_repository_no_longer_lists,
    removing_a_source_leaves_tombstones_and_keeps_shared_resources,
    one_lease_holder_at_a_time,
    export_lists_live_resources_in_id_order,
    the_change_feed_pages_through_every_change_with_its_sets,
    the_licence_overview_counts_live_resources_by_family,
    reindex_rebuilds_resources_from_the_kept_raw_xml,
    registration_requests_wait_for_one_decision,
);

struct Lesson<'a> {
    id: &'a str,
    title: &'a str,
    url: &'a str,
    rights: &'a str,
    lang: &'a str,
}

fn record(l: Lesson<'_>) -> SourceRecord {
    SourceRecord {
        oai_identifier: l.id.into(),
        datestamp: "2024-01-01T00:00:00Z".into(),
        sets: vec![],
        deleted: false,
        metadata: Some(RecordMetadata {
            title: Some(l.title.into()),
            url: Some(l.url.into()),
            rights: Some(l.rights)
                .filter(|r| !r.is_empty())
                .map(String::from)
                .into_iter()
                .collect(),
            languages: vec![l.lang.into()],
            learning_resource_types: vec!["video".into()],
            subjects: vec!["Mathematics".into()],
            ..Default::default()
        }),
        raw_xml: Some(format!("<dc><title>{}</title></dc>", l.title)),
    }
}

fn lesson(id: &str, title: &str, n: u32, rights: &str, lang: &str) -> SourceRecord {
    record(Lesson {
        id,
        title,
        url: &format!("https://oer.example/{n}"),
        rights,
        lang,
    })
}

fn withdrawn(id: &str) -> SourceRecord {
    SourceRecord {
        oai_identifier: id.into(),
        datestamp: "2024-02-01T00:00:00Z".into(),
        sets: vec![],
        deleted: true,
        metadata: None,
        raw_xml: None,
    }
}

fn everything() -> SearchQuery {
    let mut q = SearchQuery::new();
    q.limit = 100;
    q
}

fn with(f: impl FnOnce(&mut SearchQuery)) -> SearchQuery {
    let mut q = everything();
    f(&mut q);
    q
}

/// Six resources of source `a` in three languages under six licences.
fn six(writer: &mut dyn Writer) {
    apply_page(
        writer,
        "a",
        &[
            lesson("a1", "Fractions for beginners", 1, "CC BY 4.0", "en"),
            lesson("a2", "Brüche verstehen", 2, "CC BY-SA 4.0", "de"),
            lesson("a3", "Les fractions", 3, "CC BY-NC 4.0", "fr"),
            lesson("a4", "Algebra basics", 4, "CC BY-ND 4.0", "en"),
            lesson("a5", "Geometry", 5, "© All rights reserved", "en"),
            lesson(
                "a6",
                "Public fractions",
                6,
                "https://creativecommons.org/publicdomain/zero/1.0/",
                "de",
            ),
        ],
    );
}

fn the_same_resource_from_two_sources_is_merged_and_survives_one_deletion(engine: Engine) {
    let (_db, store) = open_store(engine, "merge");
    let mut w = store.writer().unwrap();
    six(w.as_mut());
    let counts = apply_page(
        w.as_mut(),
        "b",
        &[record(Lesson {
            id: "b1",
            title: "Fractions (b)",
            url: "http://www.oer.example/1/",
            rights: "",
            lang: "en",
        })],
    );
    assert_eq!(counts.added, 1);
    assert_eq!(w.resource_count().unwrap(), 6);
    let merged = w
        .search(&with(|q| q.sources = vec!["b".into()]))
        .unwrap()
        .results
        .remove(0);
    assert_eq!(merged.sources.len(), 2);
    assert_eq!(merged.title.as_deref(), Some("Fractions for beginners"));

    assert_eq!(apply_page(w.as_mut(), "a", &[withdrawn("a1")]).deleted, 1);
    let (resource, gone) = w.resource(&merged.id).unwrap().unwrap();
    assert!(!gone);
    assert_eq!(resource.sources.len(), 1);
    assert_eq!(resource.title.as_deref(), Some("Fractions (b)"));

    apply_page(w.as_mut(), "b", &[withdrawn("b1")]);
    let (_, gone) = w.resource(&merged.id).unwrap().unwrap();
    assert!(gone, "a resource no source holds is a tombstone");
    assert_eq!(w.resource_count().unwrap(), 5);
    let found = w
        .search(&with(|q| q.text = Some("fractions".into())))
        .unwrap();
    assert!(found.results.iter().all(|r| r.id != merged.id));
    assert_eq!(
        apply_page(w.as_mut(), "b", &[withdrawn("b1")]).already_gone,
        1
    );
}

fn unchanged_records_do_not_touch_the_resource(engine: Engine) {
    let (_db, store) = open_store(engine, "unchanged");
    let mut w = store.writer().unwrap();
    six(w.as_mut());
    let before = w.search(&everything()).unwrap().results;
    let again = lesson("a2", "Brüche verstehen", 2, "CC BY-SA 4.0", "de");
    assert_eq!(apply_page(w.as_mut(), "a", &[again]).unchanged, 1);
    assert_eq!(w.search(&everything()).unwrap().results, before);
    let changed = lesson("a2", "Brüche verstehen!", 2, "CC BY-SA 4.0", "de");
    assert_eq!(apply_page(w.as_mut(), "a", &[changed]).updated, 1);
    let after = w.search(&everything()).unwrap().results;
    assert_eq!(after.len(), before.len());
    assert!(after
        .iter()
        .any(|r| r.title.as_deref() == Some("Brüche verstehen!")));
}

fn a_source_default_licence_is_used_only_when_records_state_none(engine: Engine) {
    let (_db, store) = open_store(engine, "default-license");
    let mut w = store.writer().unwrap();
    let mut source = Source::new("s", "https://example.org/oai", "oai_dc");
    source.default_license = Some("CC-BY-4.0".into());
    w.add_source(&source).unwrap();
    assert!(w.add_source(&source).is_err(), "the name is taken");
    apply_page(
        w.as_mut(),
        "s",
        &[
            lesson("1", "No licence", 1, "", "en"),
            lesson("2", "Own licence", 2, "CC0", "en"),
        ],
    );
    let results = w.search(&everything()).unwrap().results;
    let by_title = |t: &str| {
        results
            .iter()
            .find(|r| r.title.as_deref() == Some(t))
            .and_then(|r| r.license.clone())
            .unwrap()
    };
    assert_eq!(by_title("No licence").id, "CC-BY-4.0");
    assert!(by_title("No licence").inferred);
    assert_eq!(by_title("Own licence").id, "CC0-1.0");
    assert!(!by_title("Own licence").inferred);
    assert_eq!(w.sources().unwrap(), vec![source]);
}

fn filters_and_across_fields_or_within_one(engine: Engine) {
    let (_db, store) = open_store(engine, "filters");
    let mut w = store.writer().unwrap();
    six(w.as_mut());
    let r = store.reader().unwrap();
    let count = |f: &dyn Fn(&mut SearchQuery)| {
        let mut q = everything();
        f(&mut q);
        r.search(&q).unwrap().total
    };
    assert_eq!(count(&|_| {}), 6);
    assert_eq!(count(&|q| q.licenses = vec!["cc-by".into()]), 1);
    assert_eq!(
        count(&|q| q.licenses = vec!["cc-by".into(), "cc-by-sa".into()]),
        2
    );
    assert_eq!(count(&|q| q.licenses = vec!["cc-by-sa-4.0".into()]), 1);
    assert_eq!(count(&|q| q.open = Some(true)), 4);
    assert_eq!(count(&|q| q.open = Some(false)), 1, "no licence: neither");
    assert_eq!(count(&|q| q.commercial = Some(true)), 4);
    assert_eq!(count(&|q| q.derivatives = Some(true)), 4);
    assert_eq!(count(&|q| q.free = Some(true)), 3, "BY, BY-SA, CC0");
    assert_eq!(count(&|q| q.languages = vec!["de".into()]), 2);
    assert_eq!(count(&|q| q.languages = vec!["de".into(), "fr".into()]), 3);
    assert_eq!(
        count(&|q| {
            q.languages = vec!["de".into(), "fr".into()];
            q.open = Some(true);
            q.text = Some("fractions".into());
        }),
        2
    );
    assert_eq!(count(&|q| q.types = vec!["video".into()]), 6);
    assert_eq!(count(&|q| q.types = vec!["podcast".into()]), 0);
    assert_eq!(count(&|q| q.subjects = vec!["Mathematics".into()]), 6);
    assert_eq!(count(&|q| q.updated_since = Some("2999-01-01".into())), 0);
    assert_eq!(count(&|q| q.updated_since = Some("2000-01-01".into())), 6);
    assert!(r
        .search(&with(|q| q.updated_since = Some("yesterday".into())))
        .is_err());
    assert!(r.search(&with(|q| q.limit = 0)).is_err());
}

fn each_facet_ignores_its_own_filter_and_counts_live_resources_only(engine: Engine) {
    let (_db, store) = open_store(engine, "facets");
    let mut w = store.writer().unwrap();
    six(w.as_mut());
    let results = w
        .search(&with(|q| {
            q.languages = vec!["de".into()];
            q.licenses = vec!["cc0".into()];
        }))
        .unwrap();
    assert_eq!(results.total, 1);
    assert_eq!(results.facets["language"].0, vec![("de".to_string(), 1)]);
    assert_eq!(
        results.facets["license"].0,
        vec![("cc-by-sa".to_string(), 1), ("cc0".to_string(), 1)]
    );
    assert_eq!(results.facets["source"].0, vec![("a".to_string(), 1)]);
    let all = w.search(&everything()).unwrap().facets;
    assert_eq!(
        all["language"].0,
        vec![
            ("en".to_string(), 3),
            ("de".to_string(), 2),
            ("fr".to_string(), 1)
        ]
    );
    apply_page(w.as_mut(), "a", &[withdrawn("a1")]);
    let after = w.search(&everything()).unwrap().facets;
    assert_eq!(
        after["language"].0,
        vec![
            ("de".to_string(), 2),
            ("en".to_string(), 2),
            ("fr".to_string(), 1)
        ],
        "ties by value"
    );
    assert_eq!(
        after["license"].0.iter().map(|(_, n)| n).sum::<u64>(),
        4,
        "tombstones and unlicensed resources are not counted"
    );
    let only_types = w
        .search(&with(|q| q.facets = vec![Facet::Type]))
        .unwrap()
        .facets;
    assert_eq!(
        only_types.keys().copied().collect::<Vec<_>>(),
        [Facet::Type]
    );
}

fn cursors_visit_every_result_exactly_once_in_every_order(engine: Engine) {
    let (_db, store) = open_store(engine, "cursor");
    let mut w = store.writer().unwrap();
    let records: Vec<SourceRecord> = (0..57)
        .map(|i| {
            lesson(
                &format!("r{i}"),
                &format!("Lesson {} on fractions", i % 9),
                i,
                "CC BY",
                "en",
            )
        })
        .collect();
    apply_page(w.as_mut(), "a", &records);
    for (sort, text) in [
        (Sort::Relevance, Some("fractions")),
        (Sort::Updated, None),
        (Sort::Title, None),
        (Sort::Title, Some("lesson")),
    ] {
        let mut seen = Vec::new();
        let mut q = with(|q| {
            q.limit = 10;
            q.sort = sort;
            q.text = text.map(str::to_string);
        });
        loop {
            let page = w.search(&q).unwrap();
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
        assert_eq!((seen.len(), unique.len()), (57, 57), "{sort:?}");
    }
    let mut q = with(|q| {
        q.limit = 5;
        q.sort = Sort::Title;
    });
    let cursor = w.search(&q).unwrap().next_cursor.unwrap();
    q.sort = Sort::Updated;
    q.cursor = Some(cursor);
    assert!(w.search(&q).is_err(), "a cursor belongs to its sort order");
    q.cursor = Some("not-a-cursor".into());
    assert!(w.search(&q).is_err());
}

fn any_query_text_is_safe(engine: Engine) {
    let (_db, store) = open_store(engine, "hostile");
    let mut w = store.writer().unwrap();
    six(w.as_mut());
    let long = "fractions ".repeat(10_000);
    for text in [
        "\"",
        "*",
        "NEAR(a b)",
        "a OR b AND NOT c",
        "a & b | !c <-> d",
        "'fractions':*",
        "'; DROP TABLE resources; --",
        "\0",
        "a\0b",
        "-fractions",
        "\\",
        "{x}",
        "🙂",
        "\u{202e}",
        long.as_str(),
    ] {
        let result = w.search(&with(|q| q.text = Some(text.to_string())));
        assert!(
            result.is_ok(),
            "{:?}: {:?}",
            &text[..text.len().min(40)],
            result.err()
        );
    }
    let total = |text: &str| {
        w.search(&with(|q| q.text = Some(text.into())))
            .unwrap()
            .total
    };
    assert_eq!(total("title:fractions"), 0, "no column syntax");
    assert_eq!(total("fraction*"), 3, "prefix search");
    assert_eq!(total("bruche"), 1, "diacritics folded");
    assert_eq!(total("\"les fractions\""), 1, "phrase");
    assert_eq!(total("fractions algebra"), 0, "words AND");
    let many: String = (0..60).map(|i| format!("w{i} ")).collect();
    assert_eq!(total(&many), 0, "many different words");
    assert_eq!(w.resource_count().unwrap(), 6);
}

fn readers_see_committed_pages_only(engine: Engine) {
    let (_db, store) = open_store(engine, "reader");
    let mut w = store.writer().unwrap();
    six(w.as_mut());
    let reader = store.reader().unwrap();
    let writing = store.clone();
    let writer = std::thread::spawn(move || {
        let mut w = writing.writer().unwrap();
        let records: Vec<SourceRecord> = (10..400)
            .map(|i| lesson(&format!("w{i}"), "Bulk", 1000 + i, "CC0", "en"))
            .collect();
        apply_page(w.as_mut(), "a", &records);
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
}

fn harvest_bookkeeping_resumes_and_completes(engine: Engine) {
    let (_db, store) = open_store(engine, "bookkeeping");
    let mut w = store.writer().unwrap();
    w.add_source(&Source::new("s", "https://example.org/oai", "oai_dc"))
        .unwrap();
    assert!(matches!(
        w.start_point("s").unwrap(),
        StartPoint::Fresh {
            last_response_date: None,
            ..
        }
    ));
    let mut checkpoint = w.begin_harvest("s", true, None, Some("set-a")).unwrap();
    checkpoint.token = Some("token-1".into());
    checkpoint.response_date = Some("2024-05-01T00:00:00Z".into());
    let page = [lesson("1", "One", 1, "CC0", "en")]
        .map(|r| oerdex_index::write::ingest::PreparedRecord::new("s", r).unwrap());
    let counts = w.apply_pages("s", "oai_dc", &page, 2, &checkpoint).unwrap();
    assert_eq!(counts.added, 1);
    // Killed here: the next harvest resumes from the committed checkpoint.
    w.fail_harvest(
        checkpoint.harvest_id,
        "failed",
        "https://u:secret@x.example broke",
    )
    .unwrap();
    assert_eq!(
        w.start_point("s").unwrap(),
        StartPoint::Resume(checkpoint.clone())
    );
    let log = w.harvest_history("s", 5).unwrap();
    assert_eq!((log[0].pages, log[0].added, log[0].full), (2, 1, true));
    assert!(!log[0].error.as_deref().unwrap().contains("secret"));
    w.complete_harvest("s", &checkpoint, false).unwrap();
    match w.start_point("s").unwrap() {
        StartPoint::Fresh {
            last_response_date,
            last_full_harvest,
        } => {
            assert_eq!(last_response_date.as_deref(), Some("2024-05-01T00:00:00Z"));
            assert!(last_full_harvest.is_some());
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(w.last_successes().unwrap()[0].0, "s");
    let abandoned = w
        .begin_harvest("s", false, Some("2024-05-01"), None)
        .unwrap();
    w.abandon_harvest("s", abandoned.harvest_id, "token loop")
        .unwrap();
    assert!(matches!(
        w.start_point("s").unwrap(),
        StartPoint::Fresh { .. }
    ));
    let log = w.harvest_history("s", 1).unwrap();
    assert_eq!(log[0].status, "failed");
    assert_eq!(log[0].from.as_deref(), Some("2024-05-01"));
}

fn a_complete_full_harvest_removes_what_the_repository_no_longer_lists(engine: Engine) {
    let (_db, store) = open_store(engine, "remove-unseen");
    let mut w = store.writer().unwrap();
    six(w.as_mut());
    let checkpoint = w.begin_harvest("a", true, None, None).unwrap();
    let relisted: Vec<_> = [
        lesson("a1", "Fractions for beginners", 1, "CC BY 4.0", "en"),
        lesson("a2", "Brüche verstehen", 2, "CC BY-SA 4.0", "de"),
    ]
    .into_iter()
    .map(|r| oerdex_index::write::ingest::PreparedRecord::new("a", r).unwrap())
    .collect();
    w.apply_pages("a", "oai_dc", &relisted, 1, &checkpoint)
        .unwrap();
    let counts = w.complete_harvest("a", &checkpoint, true).unwrap();
    assert_eq!(counts.deleted, 4);
    assert_eq!(w.resource_count().unwrap(), 2);
    assert_eq!(w.source_record_count("a").unwrap(), 2);
    assert_eq!(w.harvest_history("a", 1).unwrap()[0].deleted, 4);
}

fn removing_a_source_leaves_tombstones_and_keeps_shared_resources(engine: Engine) {
    let (_db, store) = open_store(engine, "remove-source");
    let mut w = store.writer().unwrap();
    six(w.as_mut());
    apply_page(
        w.as_mut(),
        "b",
        &[lesson("b1", "Geometry (b)", 5, "CC0", "en")],
    );
    let shared = w
        .search(&with(|q| q.sources = vec!["b".into()]))
        .unwrap()
        .results[0]
        .id
        .clone();
    assert!(w.remove_source("nope").is_err());
    w.remove_source("a").unwrap();
    assert_eq!(w.resource_count().unwrap(), 1);
    let (kept, gone) = w.resource(&shared).unwrap().unwrap();
    assert!(!gone);
    assert_eq!(kept.title.as_deref(), Some("Geometry (b)"));
    assert_eq!(w.sources().unwrap().len(), 1);
    assert_eq!(w.source_record_count("a").unwrap(), 0);
}

fn one_lease_holder_at_a_time(engine: Engine) {
    let (_db, store) = open_store(engine, "leases");
    let (mut a, mut b) = (store.writer().unwrap(), store.writer().unwrap());
    let long = Duration::from_secs(60);
    let alive = |_: &str| false;
    assert!(a.acquire_lease("s", "node-a", long, &alive).unwrap());
    assert!(!b.acquire_lease("s", "node-b", long, &alive).unwrap());
    assert!(a.acquire_lease("s", "node-a", long, &alive).unwrap());
    assert!(b.acquire_lease("other", "node-b", long, &alive).unwrap());
    b.release_lease("s", "node-b").unwrap();
    assert!(!b.acquire_lease("s", "node-b", long, &alive).unwrap());
    assert!(b
        .acquire_lease("s", "node-b", long, &|h: &str| h == "node-a")
        .unwrap());
    b.release_lease("s", "node-b").unwrap();
    assert!(a
        .acquire_lease("s", "node-a", Duration::ZERO, &alive)
        .unwrap());
    assert!(b.acquire_lease("s", "node-b", long, &alive).unwrap());
}

fn export_lists_live_resources_in_id_order(engine: Engine) {
    let (_db, store) = open_store(engine, "export");
    let mut w = store.writer().unwrap();
    six(w.as_mut());
    apply_page(w.as_mut(), "a", &[withdrawn("a3")]);
    let mut ids = Vec::new();
    store
        .reader()
        .unwrap()
        .for_each_resource(&mut |r| {
            ids.push(r.id);
            Ok(())
        })
        .unwrap();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids.len(), 5);
    assert_eq!(ids, sorted);
}

fn the_change_feed_pages_through_every_change_with_its_sets(engine: Engine) {
    let (_db, store) = open_store(engine, "changes");
    let mut w = store.writer().unwrap();
    six(w.as_mut());
    apply_page(w.as_mut(), "a", &[withdrawn("a1")]);
    let feed = |set: Option<SetFilter>| {
        let mut seen = Vec::new();
        let mut q = ChangesQuery {
            set,
            limit: 4,
            ..Default::default()
        };
        loop {
            let (page, total) = w.changes(&q).unwrap();
            assert!(page.len() <= 4);
            let Some(last) = page.last() else {
                return (seen, total);
            };
            q.after = Some(last.position.clone());
            seen.extend(page);
        }
    };
    let (all, total) = feed(None);
    assert_eq!((all.len(), total), (6, 6), "tombstones are in the feed");
    let positions: Vec<_> = all.iter().map(|c| c.position.clone()).collect();
    let mut ordered = positions.clone();
    ordered.sort();
    assert_eq!(positions, ordered, "oldest change first");
    let deleted: Vec<_> = all.iter().filter(|c| c.deleted).collect();
    assert_eq!(deleted.len(), 1, "the withdrawal");
    let withdrawn = deleted[0];
    assert_eq!(
        w.change(&withdrawn.resource.id).unwrap().unwrap(),
        *withdrawn
    );
    assert_eq!(feed(Some(SetFilter::Source("a".into()))).1, 6);
    assert_eq!(feed(Some(SetFilter::Source("b".into()))).1, 0);
    assert_eq!(feed(Some(SetFilter::License("cc-by-sa".into()))).1, 1);
    assert_eq!(feed(Some(SetFilter::Open)).1, 4);
    let earliest = w.earliest_change().unwrap().unwrap();
    assert_eq!(earliest, all[0].position.0);
    let (none, total) = w
        .changes(&ChangesQuery {
            from: Some("2999-01-01T00:00:00Z".into()),
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!((none.len(), total), (0, 0));
    assert!(w.change("0000000000000000").unwrap().is_none());
}

fn the_licence_overview_counts_live_resources_by_family(engine: Engine) {
    let (_db, store) = open_store(engine, "licences");
    let mut w = store.writer().unwrap();
    six(w.as_mut());
    apply_page(w.as_mut(), "a", &[withdrawn("a3")]);
    let overview = w.license_overview().unwrap();
    assert_eq!((overview.total, overview.unlicensed), (5, 1));
    let families: Vec<_> = overview
        .families
        .iter()
        .map(|f| (f.family.as_str(), f.count))
        .collect();
    assert_eq!(
        families,
        [("cc-by", 1), ("cc-by-sa", 1), ("cc-by-nd", 1), ("cc0", 1)],
        "in display order; the withdrawn BY-NC is not counted"
    );
    assert_eq!(overview.families[0].licenses[0].id, "CC-BY-4.0");
    assert!(w
        .license_families_present()
        .unwrap()
        .contains(&"cc-by-nc".to_string()));
}

fn reindex_rebuilds_resources_from_the_kept_raw_xml(engine: Engine) {
    let (_db, store) = open_store(engine, "reindex");
    let mut w = store.writer().unwrap();
    six(w.as_mut());
    // A "better crosswalk": the title from the raw XML, in capitals, and a keyword.
    let crosswalk = |xml: &str| {
        let title = xml.split("<title>").nth(1)?.split("</title>").next()?;
        Some(RecordMetadata {
            title: Some(title.to_uppercase()),
            keywords: vec!["reindexed".into()],
            ..Default::default()
        })
    };
    let counts = w.reindex("a", &crosswalk).unwrap();
    assert_eq!(counts.updated, 6);
    let found = w
        .search(&with(|q| q.text = Some("reindexed".into())))
        .unwrap();
    assert_eq!(found.total, 6);
    assert!(found
        .results
        .iter()
        .any(|r| r.title.as_deref() == Some("BRÜCHE VERSTEHEN")));
    assert_eq!(w.reindex("a", &crosswalk).unwrap().unchanged, 6);
    assert!(w.reindex("nope", &crosswalk).is_err());
}

fn registration_requests_wait_for_one_decision(engine: Engine) {
    let (_db, store) = open_store(engine, "registrations");
    let mut w = store.writer().unwrap();
    let mut asked = Source::new("zoerr", "https://user:pw@oer.example/oai", "lom");
    asked.repository_name = Some("ZOERR".into());
    let ids: Vec<i64> = ["zoerr", "other"]
        .into_iter()
        .map(|name| {
            let mut s = asked.clone();
            s.name = name.into();
            w.submit_registration(&s, "team@oer.example").unwrap().id
        })
        .collect();
    let shown = w.registration(ids[0]).unwrap().unwrap();
    assert_eq!(
        (
            shown.status.as_str(),
            shown.url.as_str(),
            shown.metadata_prefix.as_str()
        ),
        ("pending", "https://***@oer.example/oai", "lom")
    );
    assert!(matches!(
        w.submit_registration(&asked, "again@oer.example"),
        Err(IndexError::DuplicateSource(_))
    ));
    let approved = w.decide_registration(ids[0], &Decision::Approve).unwrap();
    assert_eq!(
        approved.unwrap().url,
        asked.url,
        "the harvester gets the real URL"
    );
    assert!(w.source("zoerr").unwrap().is_some());
    assert!(matches!(
        w.decide_registration(ids[0], &Decision::Approve),
        Err(IndexError::AlreadyDecided { .. })
    ));
    let reason = Decision::Reject(Some("not open".into()));
    assert_eq!(w.decide_registration(ids[1], &reason).unwrap(), None);
    assert_eq!(
        w.registration(ids[1]).unwrap().unwrap().reason.as_deref(),
        Some("not open")
    );
    let all: Vec<i64> = w
        .registrations(None)
        .unwrap()
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(all, [ids[1], ids[0]], "newest first");
    assert!(w.registrations(Some("pending")).unwrap().is_empty());
    assert!(matches!(
        w.decide_registration(12345, &Decision::Approve),
        Err(IndexError::UnknownRegistration(12345))
    ));
}

/// Random records in both engines: totals, facet counts, the title order, the licence overview
/// and the quality reports agree.
#[test]
fn both_engines_answer_alike() {
    let (_a, sqlite) = open_store(Engine::Sqlite, "alike-sqlite");
    let (_b, postgres) = open_store(Engine::Postgres, "alike-postgres");
    let mut rng = Rng::new(15);
    let titles = [
        "Fractions",
        "Algebra",
        "Zellen",
        "Éléments",
        "optics",
        "Waves",
    ];
    let licences = ["CC BY 4.0", "CC BY-SA", "CC0", "CC BY-NC-ND", "", "MIT"];
    let langs = ["en", "de", "fr", "es"];
    let pages: Vec<(String, Vec<SourceRecord>)> = (0..6)
        .map(|p| {
            let source = ["x", "y"][p % 2].to_string();
            let records = (0..40)
                .map(|i| {
                    let n = rng.below(150) as u32;
                    if rng.below(10) == 0 {
                        return withdrawn(&format!("{source}{n}"));
                    }
                    let title = format!("{} {}", rng.pick(&titles), rng.below(20));
                    let licence = *rng.pick::<&str>(&licences);
                    let lang = *rng.pick::<&str>(&langs);
                    let mut r = lesson(&format!("{source}{n}"), &title, n, licence, lang);
                    r.datestamp = format!("2024-01-{:02}T00:00:00Z", 1 + i % 28);
                    r
                })
                .collect();
            (source, records)
        })
        .collect();
    for store in [&sqlite, &postgres] {
        let mut w = store.writer().unwrap();
        for (source, records) in &pages {
            apply_page(w.as_mut(), source, records);
        }
    }
    let (s, p) = (sqlite.reader().unwrap(), postgres.reader().unwrap());
    assert_eq!(s.license_overview().unwrap(), p.license_overview().unwrap());
    assert_eq!(
        s.license_families_present().unwrap(),
        p.license_families_present().unwrap()
    );
    for source in ["x", "y"] {
        assert_eq!(
            s.quality_report(source).unwrap(),
            p.quality_report(source).unwrap()
        );
    }
    assert!(p.quality_report("nope").is_err());
    let queries = [
        everything(),
        with(|q| q.sort = Sort::Title),
        with(|q| q.languages = vec!["de".into(), "fr".into()]),
        with(|q| {
            q.licenses = vec!["cc-by".into()];
            q.sort = Sort::Title;
        }),
        with(|q| q.open = Some(true)),
        with(|q| q.free = Some(false)),
        with(|q| q.sources = vec!["y".into()]),
        with(|q| q.text = Some("fractions".into())),
        with(|q| {
            q.text = Some("alg*".into());
            q.sort = Sort::Title;
        }),
    ];
    for q in queries {
        let mut q = q;
        q.limit = 7;
        let (mut a, mut b) = (s.search(&q).unwrap(), p.search(&q).unwrap());
        assert_eq!(a.total, b.total, "{q:?}");
        assert_eq!(a.facets, b.facets, "{q:?}");
        // Title order page by page (ids are the same on both: they come from the merge keys).
        // Relevance scores differ by design (BM25, ts_rank); the newest-first order depends on
        // when each engine committed its pages until the clock can be injected.
        if q.sort == Sort::Title {
            loop {
                let ids = |r: &oerdex_index::SearchResults| {
                    r.results.iter().map(|x| x.id.clone()).collect::<Vec<_>>()
                };
                assert_eq!(ids(&a), ids(&b), "{q:?}");
                match (a.next_cursor.take(), b.next_cursor.take()) {
                    (Some(ca), Some(cb)) => {
                        let (mut qa, mut qb) = (q.clone(), q.clone());
                        qa.cursor = Some(ca);
                        qb.cursor = Some(cb);
                        a = s.search(&qa).unwrap();
                        b = p.search(&qb).unwrap();
                    }
                    (None, None) => break,
                    other => panic!("one engine has more pages: {other:?}"),
                }
            }
        }
    }
}
