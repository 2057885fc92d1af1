//! The relevance test set: a multilingual catalogue we wrote (`relevance/catalogue.txt`, eleven
//! languages) and queries with the resources each must find (`relevance/queries.txt`: inflected
//! forms, typos, unspaced scripts, phrases, prefixes, exclusions, and queries that must find
//! nothing). The catalogue is searched as `oerdex serve` searches it (the store's readers, with
//! their search structures loaded), ten results a query, and scored per language:
//!
//! * recall@10: the share of a query's resources among its first ten results;
//! * nDCG@10: how well the first ten are ordered (graded: the first group a query lists is the
//!   most relevant);
//! * for the queries that must find nothing, the share that found nothing.
//!
//! The test prints the table (`cargo test -p oerdex-index --test relevance -- --nocapture`) and
//! fails when recall@10 of a language, of all queries, or the share of empty answers drops
//! below what `relevance/recorded.txt` records (the figures in BENCHMARKS.md).

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use oerdex_index::{RecordMetadata, SearchQuery, SourceRecord, StoreOptions};
use support::{apply, TempDb};

/// Where the set lives.
fn set_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relevance")
}

/// Lines of a set file, without comments and blank lines.
fn lines(name: &str) -> Vec<String> {
    let path = set_dir().join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

fn fields(line: &str, n: usize) -> Vec<String> {
    let parts: Vec<String> = line.split('|').map(|p| p.trim().to_string()).collect();
    assert_eq!(parts.len(), n, "{n} fields separated by | expected: {line}");
    parts
}

/// The catalogue as harvested records, one per resource.
fn catalogue() -> Vec<SourceRecord> {
    lines("catalogue.txt")
        .iter()
        .map(|line| {
            let f = fields(line, 5);
            SourceRecord {
                oai_identifier: format!("oai:relevance:{}", f[0]),
                datestamp: "2024-01-01T00:00:00Z".into(),
                sets: vec![],
                deleted: false,
                metadata: Some(RecordMetadata {
                    title: Some(f[2].clone()),
                    description: Some(f[3].clone()),
                    keywords: f[4]
                        .split(';')
                        .map(|k| k.trim().to_string())
                        .filter(|k| !k.is_empty())
                        .collect(),
                    languages: vec![f[1].clone()],
                    url: Some(format!("https://relevance.example/{}", f[0])),
                    rights: vec!["CC BY 4.0".into()],
                    ..Default::default()
                }),
                raw_xml: None,
            }
        })
        .collect()
}

/// One query of the set.
struct Case {
    language: String,
    text: String,
    filter: Option<String>,
    /// Resource id → grade (higher is more relevant).
    grades: BTreeMap<String, u32>,
}

fn cases(known: &[String]) -> Vec<Case> {
    lines("queries.txt")
        .iter()
        .map(|line| {
            let f = fields(line, 3);
            let (filter, text) = match f[1].strip_prefix("lang=") {
                Some(rest) => {
                    let (lang, text) = rest.split_once(' ').expect("lang=xx then the query");
                    (Some(lang.to_string()), text.trim().to_string())
                }
                None => (None, f[1].clone()),
            };
            let groups: Vec<&str> = f[2].split('>').collect();
            let mut grades = BTreeMap::new();
            for (i, group) in groups.iter().enumerate() {
                for id in group.split_whitespace() {
                    assert!(
                        known.iter().any(|k| k == id),
                        "unknown resource {id}: {line}"
                    );
                    grades.insert(id.to_string(), (groups.len() - i) as u32);
                }
            }
            assert_eq!(
                grades.is_empty(),
                f[0] == "none",
                "queries of `none`, and only they, find nothing: {line}"
            );
            Case {
                language: f[0].clone(),
                text,
                filter,
                grades,
            }
        })
        .collect()
}

/// recall@10 and nDCG@10 of one answer (the ids of the first ten results, in order).
fn score(case: &Case, found: &[String]) -> (f64, f64) {
    let top = &found[..found.len().min(10)];
    let hits = top
        .iter()
        .filter(|id| case.grades.contains_key(*id))
        .count();
    let recall = hits as f64 / case.grades.len() as f64;
    let dcg: f64 = top
        .iter()
        .enumerate()
        .map(|(i, id)| f64::from(*case.grades.get(id).unwrap_or(&0)) / (i as f64 + 2.0).log2())
        .sum();
    let mut ideal: Vec<u32> = case.grades.values().copied().collect();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let idcg: f64 = ideal
        .iter()
        .take(10)
        .enumerate()
        .map(|(i, g)| f64::from(*g) / (i as f64 + 2.0).log2())
        .sum();
    (recall, dcg / idcg)
}

/// Per language: (queries, sum of recall, sum of nDCG).
type Totals = BTreeMap<String, (usize, f64, f64)>;

fn recorded() -> BTreeMap<String, f64> {
    lines("recorded.txt")
        .iter()
        .map(|line| {
            let mut parts = line.split_whitespace();
            let language = parts.next().unwrap().to_string();
            let recall: f64 = parts
                .next()
                .and_then(|r| r.parse().ok())
                .unwrap_or_else(|| {
                    panic!("recorded.txt: a language and its recall@10 expected: {line}")
                });
            (language, recall)
        })
        .collect()
}

#[test]
fn recall_on_the_multilingual_relevance_set_does_not_drop() {
    let db = TempDb::new("relevance");
    let records = catalogue();
    let ids: Vec<String> = records
        .iter()
        .map(|r| {
            r.oai_identifier
                .trim_start_matches("oai:relevance:")
                .to_string()
        })
        .collect();
    let cases = cases(&ids);
    assert!(cases.len() >= 150, "the set has {} queries", cases.len());
    {
        let mut writer = oerdex_index::Index::open(db.path()).unwrap();
        apply(&mut writer, "relevance", &records);
    }
    let store = oerdex_index::open(&db.path(), &StoreOptions::default()).unwrap();
    store.load_search(true).unwrap();
    let reader = store.reader().unwrap();

    let mut totals = Totals::new();
    let (mut empty, mut must_be_empty) = (0usize, 0usize);
    let mut misses = Vec::new();
    for case in &cases {
        let mut q = SearchQuery::new();
        q.text = Some(case.text.clone());
        q.languages = case.filter.iter().cloned().collect();
        q.limit = 10;
        q.facets = vec![];
        let results = reader.search(&q).unwrap();
        let found: Vec<String> = results
            .results
            .iter()
            .filter_map(|r| r.url.as_deref())
            .map(|u| {
                u.trim_start_matches("https://relevance.example/")
                    .to_string()
            })
            .collect();
        if case.grades.is_empty() {
            must_be_empty += 1;
            if results.total == 0 {
                empty += 1;
            } else {
                misses.push(format!(
                    "{} | {}: found {found:?}",
                    case.language, case.text
                ));
            }
            continue;
        }
        let (recall, ndcg) = score(case, &found);
        if recall < 1.0 {
            misses.push(format!(
                "{} | {}: recall {recall:.2}, found {found:?}",
                case.language, case.text
            ));
        }
        for language in [case.language.as_str(), "all"] {
            let t = totals.entry(language.to_string()).or_default();
            t.0 += 1;
            t.1 += recall;
            t.2 += ndcg;
        }
    }

    println!("| language | queries | recall@10 | nDCG@10 |");
    println!("|---|---:|---:|---:|");
    for (language, (n, recall, ndcg)) in &totals {
        println!(
            "| {language} | {n} | {:.3} | {:.3} |",
            recall / *n as f64,
            ndcg / *n as f64
        );
    }
    println!("| none (must find nothing) | {must_be_empty} | found nothing: {empty} of {must_be_empty} | |");
    println!("\nqueries not answered in full:");
    for miss in &misses {
        println!("  {miss}");
    }

    let mut dropped = Vec::new();
    for (language, floor) in recorded() {
        let now = if language == "none" {
            empty as f64 / must_be_empty as f64
        } else {
            let (n, recall, _) = totals
                .get(&language)
                .unwrap_or_else(|| panic!("recorded.txt names {language}, which has no query"));
            recall / *n as f64
        };
        // Recorded with three decimals.
        if now + 0.0005 < floor {
            dropped.push(format!("{language}: {now:.3} < {floor:.3}"));
        }
    }
    assert!(
        dropped.is_empty(),
        "recall@10 dropped below the recorded figures: {dropped:?}"
    );
}
