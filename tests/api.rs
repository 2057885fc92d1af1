//! End-to-end tests of the HTTP API: the real `oerdex serve` on 127.0.0.1 over a real catalogue
//! filled by a real harvest of a loopback OAI-PMH repository (see `support::catalogue`), asked
//! with a plain HTTP/1.1 client.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Value};
use support::catalogue::{self, Item, RECORDS};
use support::http::{encode, get, get_with, request, Response};
use support::openapi::OpenApi;
use support::repo::Repo;
use support::serve::{wait_for, Served};
use support::server::{Reply, Server};
use support::Oerdex;

const TOKEN: &str = "test-admin-token-4f9c2e";
const BEARER: &str = "Bearer test-admin-token-4f9c2e";

/// A server over a catalogue harvested from the test repository (source `cat`).
struct Api {
    oerdex: Oerdex,
    served: Served,
    /// Milliseconds each ListRecords answer of the repository waits.
    delay: Arc<AtomicU64>,
    _repo: Arc<Repo>,
    repo_server: Server,
}

fn start(label: &str) -> Api {
    start_with(label, |_| {})
}

/// Registers and harvests the catalogue (and whatever `more` adds), then serves.
fn start_with(label: &str, more: impl FnOnce(&Oerdex)) -> Api {
    let delay = Arc::new(AtomicU64::new(0));
    let (repo, repo_server) = catalogue::serve(delay.clone());
    let mut oerdex = Oerdex::new(label);
    oerdex.set_env("OERDEX_ADMIN_TOKEN", TOKEN);
    oerdex.set_env("OERDEX_LOG", "info");
    oerdex
        .run(&["sources", "add", "cat", &repo_server.oai()])
        .expect(0);
    more(&oerdex);
    oerdex.run(&["harvest"]).expect(0);
    let served = oerdex.serve();
    Api {
        oerdex,
        served,
        delay,
        _repo: repo,
        repo_server,
    }
}

impl Api {
    fn get(&self, path: &str) -> Response {
        get(&self.served.url(path))
    }

    fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Response {
        get_with(&self.served.url(path), headers)
    }

    /// `GET /api/v1/resources?query`, which must answer 200.
    fn search(&self, query: &str) -> Value {
        self.get(&format!("/api/v1/resources?{query}"))
            .expect(200)
            .json()
    }

    /// Every result of a search, page by page (`limit` per page), as the pages list them.
    fn walk(&self, query: &str, limit: usize) -> (Vec<Value>, u64) {
        let mut seen = Vec::new();
        let mut cursor: Option<String> = None;
        for _ in 0..=RECORDS {
            let mut q = format!("{query}&limit={limit}&facets=");
            if let Some(c) = &cursor {
                q.push_str(&format!("&cursor={}", encode(c)));
            }
            let page = self.search(&q);
            let results = page["results"].as_array().unwrap();
            assert!(results.len() <= limit);
            seen.extend(results.iter().cloned());
            match page["next_cursor"].as_str() {
                Some(next) => cursor = Some(next.to_string()),
                None => return (seen, page["total"].as_u64().unwrap()),
            }
        }
        panic!("the cursor never ended for {query}");
    }

    /// A request with the admin token.
    fn admin(&self, method: &str, path: &str, body: Option<&Value>) -> Response {
        let body = body.map(|b| serde_json::to_vec(b).unwrap());
        let mut headers = vec![("Authorization", BEARER)];
        if body.is_some() {
            headers.push(("Content-Type", "application/json"));
        }
        request(method, &self.served.url(path), &headers, body.as_deref())
    }

    /// The id of the resource made from record `item`.
    fn id_of(&self, item: Item) -> String {
        let (all, _) = self.walk("sort=title", 100);
        all.iter()
            .find(|r| r["url"] == item.url())
            .and_then(|r| r["id"].as_str())
            .unwrap_or_else(|| panic!("no resource for {item:?}"))
            .to_string()
    }
}

/// The record numbers of a page of results.
fn items_of(results: &Value) -> BTreeSet<usize> {
    results
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            Item::from_url(r["url"].as_str().unwrap())
                .unwrap_or_else(|| panic!("not from the catalogue: {r}"))
                .0
        })
        .collect()
}

fn expected(filter: impl Fn(Item) -> bool) -> BTreeSet<usize> {
    Item::all()
        .into_iter()
        .filter(|i| filter(*i))
        .map(|i| i.0)
        .collect()
}

fn assert_problem(response: &Response, status: u16, kind: &str) -> Value {
    assert_eq!(response.status, status, "{}", response.text());
    assert_eq!(response.media_type(), "application/problem+json");
    let problem = response.json();
    assert_eq!(
        problem["type"],
        format!("urn:oerdex:problem:{kind}"),
        "{problem}"
    );
    assert_eq!(problem["status"], status);
    assert!(problem["title"].as_str().is_some_and(|t| !t.is_empty()));
    assert!(problem["detail"].as_str().is_some_and(|t| !t.is_empty()));
    problem
}

#[test]
fn filters_on_different_fields_and_values_of_one_field_or() {
    let api = start("filters");
    type Filter = Box<dyn Fn(Item) -> bool>;
    let cases: Vec<(&str, Filter)> = vec![
        ("", Box::new(|_| true)),
        ("license=cc-by", Box::new(|i| i.family() == Some("cc-by"))),
        (
            "license=cc-by,cc0",
            Box::new(|i| matches!(i.family(), Some("cc-by" | "cc0"))),
        ),
        (
            "license=cc-by&license=cc0",
            Box::new(|i| matches!(i.family(), Some("cc-by" | "cc0"))),
        ),
        (
            "license=CC-BY-SA-4.0",
            Box::new(|i| i.family() == Some("cc-by-sa")),
        ),
        (
            "license=cc-by&lang=de",
            Box::new(|i| i.family() == Some("cc-by") && i.lang() == "de"),
        ),
        (
            "lang=de,fr&type=video",
            Box::new(|i| i.lang() != "en" && i.kind() == "video"),
        ),
        ("lang=German", Box::new(|i| i.lang() == "de")),
        ("lang=fra", Box::new(|i| i.lang() == "fr")),
        ("open=true", Box::new(|i| i.open() == Some(true))),
        ("open=false", Box::new(|i| i.open() == Some(false))),
        // Free cultural works: stricter than open (NC is open, not free).
        (
            "free=true",
            Box::new(|i| matches!(i.family(), Some("cc-by" | "cc-by-sa" | "cc0" | "pdm"))),
        ),
        (
            "free=false",
            Box::new(|i| {
                i.family().is_some()
                    && !matches!(i.family(), Some("cc-by" | "cc-by-sa" | "cc0" | "pdm"))
            }),
        ),
        (
            "free=true&open=true&q=photosynthesis",
            Box::new(|i| {
                i.0 % 6 == 0 && matches!(i.family(), Some("cc-by" | "cc-by-sa" | "cc0" | "pdm"))
            }),
        ),
        (
            "commercial=false",
            Box::new(|i| i.commercial() == Some(false)),
        ),
        (
            "derivatives=true&commercial=true",
            Box::new(|i| i.derivatives() == Some(true) && i.commercial() == Some(true)),
        ),
        (
            "level=higher%20education&subject=Mathematics",
            Box::new(|i| i.level() == "higher education" && i.subject() == "Mathematics"),
        ),
        ("source=cat&type=worksheet&type=video", Box::new(|_| true)),
        ("source=elsewhere", Box::new(|_| false)),
        ("q=photosynthesis", Box::new(|i| i.0 % 6 == 0)),
        (
            "q=photo*&license=cc0,cc-by-nd",
            Box::new(|i| i.0 % 6 == 0 && matches!(i.family(), Some("cc0" | "cc-by-nd"))),
        ),
        ("q=%22in%20plants%22", Box::new(|i| i.0 % 6 == 0)),
        ("updated_since=2000-01-01", Box::new(|_| true)),
        ("updated_since=2999-01-01T00:00:00Z", Box::new(|_| false)),
    ];
    for (query, filter) in cases {
        let want = expected(filter);
        let body = api.search(&format!("{query}&limit=100"));
        assert_eq!(body["total"], want.len(), "total for {query:?}");
        assert_eq!(items_of(&body["results"]), want, "results for {query:?}");
    }
}

#[test]
fn facets_respect_every_filter_but_their_own() {
    let api = start("facets");
    let body = api.search("license=cc-by&lang=de&limit=1");
    let count = |filter: &dyn Fn(Item) -> bool, key: &dyn Fn(Item) -> Option<String>| {
        let mut counts: BTreeMap<String, u64> = BTreeMap::new();
        for item in Item::all().into_iter().filter(|i| filter(*i)) {
            if let Some(k) = key(item) {
                *counts.entry(k).or_default() += 1;
            }
        }
        json!(counts)
    };
    let facet = |name: &str| -> Value {
        let object = body["facets"][name].as_object().unwrap();
        json!(object
            .iter()
            .map(|(k, v)| (k.clone(), v.as_u64().unwrap()))
            .collect::<BTreeMap<_, _>>())
    };
    // The licence facet ignores the licence filter: the alternatives within German resources.
    assert_eq!(
        facet("license"),
        count(&|i| i.lang() == "de", &|i| i.family().map(str::to_string))
    );
    // The language facet ignores the language filter.
    assert_eq!(
        facet("language"),
        count(&|i| i.family() == Some("cc-by"), &|i| Some(
            i.lang().to_string()
        ))
    );
    // Other facets respect both filters.
    let both = |i: Item| i.family() == Some("cc-by") && i.lang() == "de";
    assert_eq!(facet("type"), count(&both, &|i| Some(i.kind().to_string())));
    // A level a vocabulary knows is counted under its concept's label (`higher education` is
    // the KIM level `University`); others as written.
    assert_eq!(
        facet("level"),
        count(&both, &|i| Some(
            oerdex_index::vocabulary::Vocabulary::Level.canonical(i.level())
        ))
    );
    assert_eq!(
        facet("subject"),
        count(&both, &|i| Some(i.subject().to_string()))
    );
    assert_eq!(facet("source"), json!({"cat": body["total"]}));
    // Most frequent first (read from the text: a JSON object's order is lost once parsed).
    let text = api.get("/api/v1/resources?facets=license&limit=1").text();
    let counts = text
        .split("\"facets\":{\"license\":{")
        .nth(1)
        .and_then(|rest| rest.split('}').next())
        .expect("the licence facet");
    let counts: Vec<u64> = counts
        .split(',')
        .map(|pair| pair.rsplit(':').next().unwrap().parse().unwrap())
        .collect();
    assert_eq!(counts.len(), 6, "{text}");
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    // Only the facets asked for.
    let some = api.search("facets=license,type");
    let keys: Vec<&String> = some["facets"].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["license", "type"]);
    assert_eq!(api.search("facets=")["facets"], json!({}));
}

#[test]
fn the_accessibility_filter_and_facet_follow_the_records_statements() {
    let api = start("accessibility");
    let with = |filter: &str| expected(|i| i.accessibility().contains(&filter));
    let body = api.search("facets=accessibility&limit=100");
    let facet = body["facets"]["accessibility"].as_object().unwrap();
    let counted: BTreeMap<&str, u64> = facet
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_u64().unwrap()))
        .collect();
    let wanted: BTreeMap<&str, u64> = ["captions", "transcript", "no-flashing-hazard"]
        .into_iter()
        .map(|f| (f, with(f).len() as u64))
        .collect();
    assert_eq!(counted, wanted);
    // A filter keeps what its records state; values of one filter are alternatives.
    let captioned = api.search("accessibility=captions&limit=100");
    assert_eq!(captioned["total"], with("captions").len());
    for r in captioned["results"].as_array().unwrap() {
        assert_eq!(
            r["accessibility"]["features"],
            json!(["closedCaptions", "transcript"]),
            "{r}"
        );
    }
    let either = api.search("accessibility=captions,no-flashing-hazard&limit=1");
    assert_eq!(
        either["total"],
        with("captions").len() + with("no-flashing-hazard").len()
    );
    // The facet leaves out its own filter, and respects the others.
    let videos = api.search("accessibility=captions&type=worksheet&facets=accessibility");
    assert_eq!(videos["total"], 0);
    assert_eq!(
        videos["facets"]["accessibility"]["no-flashing-hazard"],
        with("no-flashing-hazard").len()
    );
    // A resource whose records say nothing has no accessibility field at all.
    let silent = Item(1).url();
    let plain = api.search("q=%22Cells+and+tissues+1%22&limit=1");
    assert_eq!(plain["results"][0]["url"], silent);
    assert!(plain["results"][0].get("accessibility").is_none());
    let problem = api.get("/api/v1/resources?accessibility=braille");
    assert_problem(&problem, 400, "invalid-parameter");
    assert_eq!(problem.json()["allowed"].as_array().unwrap().len(), 10);
}

#[test]
fn cursor_pages_visit_every_result_exactly_once() {
    let api = start("cursor");
    for (query, limit) in [
        ("sort=updated", 7),
        ("sort=title", 7),
        ("sort=relevance", 11),
        ("q=cells", 6),
        ("q=cells%20tissues&sort=relevance", 9),
        ("license=cc-by,cc-by-sa,cc-by-nc&sort=title", 4),
        ("lang=de&sort=updated", 100),
    ] {
        let (results, total) = api.walk(query, limit);
        let ids: Vec<&str> = results.iter().map(|r| r["id"].as_str().unwrap()).collect();
        let unique: BTreeSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "a result repeated for {query}");
        assert_eq!(ids.len() as u64, total, "results missed for {query}");
        if query.contains("sort=title") {
            let titles: Vec<String> = results
                .iter()
                .map(|r| r["title"].as_str().unwrap().to_lowercase())
                .collect();
            assert!(titles.windows(2).all(|w| w[0] <= w[1]), "{titles:?}");
        }
    }
    // A cursor belongs to its sort; garbage is a bad parameter, not a failure.
    let page = api.search("sort=title&limit=5");
    let cursor = encode(page["next_cursor"].as_str().unwrap());
    let wrong = api.get(&format!("/api/v1/resources?sort=updated&cursor={cursor}"));
    assert_eq!(
        assert_problem(&wrong, 400, "invalid-parameter")["parameter"],
        "cursor"
    );
    let garbage = api.get("/api/v1/resources?cursor=bm90LWEtY3Vyc29y");
    assert_eq!(
        assert_problem(&garbage, 400, "invalid-parameter")["parameter"],
        "cursor"
    );
}

#[test]
fn a_resource_as_json_and_as_lrmi_jsonld_with_validators() {
    let api = start("resource");
    // Record 12: CC BY-NC (open, adaptable, not commercial), English, video.
    let item = Item(12);
    let id = api.id_of(item);
    let path = format!("/api/v1/resources/{id}");

    let plain = api.get(&path).expect(200);
    assert_eq!(plain.media_type(), "application/json");
    assert_eq!(plain.header("cache-control"), Some("public, max-age=300"));
    assert!(plain.header_all("vary").to_lowercase().contains("accept"));
    let resource = plain.json();
    assert_eq!(resource["id"], id);
    assert_eq!(resource["title"], item.title());
    assert_eq!(resource["license"]["id"], "CC-BY-NC-4.0");
    assert_eq!(resource["license"]["commercial"], false);
    assert_eq!(resource["languages"], json!(["en"]));
    assert_eq!(resource["sources"][0]["source"], "cat");
    assert_eq!(
        resource["sources"][0]["oai_identifier"],
        "oai:cat.example.net:12"
    );

    // ETag and If-None-Match.
    let etag = plain.header("etag").expect("an ETag").to_string();
    assert!(etag.starts_with("W/\""), "{etag}");
    let again = api.get_with(&path, &[("If-None-Match", &etag)]).expect(304);
    assert!(again.body.is_empty());
    assert_eq!(again.header("etag"), Some(etag.as_str()));
    api.get_with(&path, &[("If-None-Match", "W/\"something-else\"")])
        .expect(200);

    // JSON-LD by Accept and by the .jsonld path.
    let ld = api
        .get_with(&path, &[("Accept", "application/ld+json")])
        .expect(200);
    assert_eq!(ld.media_type(), "application/ld+json");
    assert_ne!(
        ld.header("etag"),
        Some(etag.as_str()),
        "another representation"
    );
    let doc = ld.json();
    // AMB: valid against its schema, concepts by IRI, provenance per source.
    assert_eq!(
        support::amb::errors(&support::amb::validator(), &doc),
        Vec::<String>::new()
    );
    assert_eq!(
        doc["@context"],
        json!(["https://w3id.org/kim/amb/context.jsonld", {"@language": "en"}])
    );
    assert_eq!(doc["type"], json!(["LearningResource"]));
    assert_eq!(doc["id"], item.url());
    assert_eq!(doc["name"], item.title());
    assert_eq!(
        doc["license"],
        json!({"id": "https://creativecommons.org/licenses/by-nc/4.0/"})
    );
    assert_eq!(doc["inLanguage"], json!(["en"]));
    assert_eq!(
        doc["learningResourceType"][0]["id"],
        "https://w3id.org/kim/hcrt/video"
    );
    assert_eq!(doc["learningResourceType"][0]["prefLabel"]["de"], "Video");
    match oerdex_index::vocabulary::Vocabulary::Level.find(item.level()) {
        Some(level) => assert_eq!(doc["educationalLevel"][0]["id"], level.iri),
        None => assert!(doc.get("educationalLevel").is_none(), "{doc}"),
    }
    assert_eq!(
        doc["audience"][0]["id"],
        "http://purl.org/dcx/lrmi-vocabs/educationalAudienceRole/teacher"
    );
    let page = &doc["mainEntityOfPage"][0];
    assert!(
        page["id"].as_str().unwrap().contains("verb=GetRecord"),
        "{page}"
    );
    assert_eq!(page["type"], "WebContent");
    assert!(page["provider"]["name"].is_string(), "{page}");
    assert_eq!(doc["isAccessibleForFree"], true);
    let by_path = api.get(&format!("{path}.jsonld")).expect(200);
    assert_eq!(by_path.media_type(), "application/ld+json");
    assert_eq!(by_path.json(), doc);
    let ld_etag = ld.header("etag").unwrap();
    api.get_with(&format!("{path}.jsonld"), &[("If-None-Match", ld_etag)])
        .expect(304);

    // Search results are cacheable too.
    let search = api.get("/api/v1/resources?q=cells").expect(200);
    assert_eq!(search.header("cache-control"), Some("public, max-age=60"));
    let search_etag = search.header("etag").unwrap();
    api.get_with(
        "/api/v1/resources?q=cells",
        &[("If-None-Match", search_etag)],
    )
    .expect(304);

    // Without a licence: the rights as written, no claim of free access.
    let unlicensed = api
        .get(&format!("/api/v1/resources/{}.jsonld", api.id_of(Item(3))))
        .expect(200)
        .json();
    assert!(unlicensed.get("license").is_none(), "{unlicensed}");
    assert!(unlicensed.get("isAccessibleForFree").is_none());
    assert_eq!(
        unlicensed["copyrightNotice"],
        "© 2020 Example. All rights reserved."
    );

    let missing = api.get("/api/v1/resources/0000000000000000");
    assert_problem(&missing, 404, "not-found");
}

#[test]
fn licenses_lists_every_family_and_id_present_with_permissions() {
    let api = start("licenses");
    let body = api.get("/api/v1/licenses").expect(200).json();
    assert_eq!(body["total"], RECORDS);
    assert_eq!(body["unlicensed"], expected(|i| i.family().is_none()).len());
    let families: Vec<&str> = body["families"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["family"].as_str().unwrap())
        .collect();
    assert_eq!(
        families,
        [
            "cc-by",
            "cc-by-sa",
            "cc-by-nc",
            "cc-by-nd",
            "cc-by-nc-nd",
            "cc0"
        ],
        "display order, present families only"
    );
    for family in body["families"].as_array().unwrap() {
        let name = family["family"].as_str().unwrap();
        let items = expected(|i| i.family() == Some(name));
        assert_eq!(family["count"], items.len(), "{name}");
        let sample = Item(*items.iter().next().unwrap());
        assert_eq!(family["open"], sample.open().unwrap(), "{name}");
        assert_eq!(family["commercial"], sample.commercial().unwrap(), "{name}");
        assert_eq!(
            family["derivatives"],
            sample.derivatives().unwrap(),
            "{name}"
        );
        assert_eq!(family["share_alike"], name == "cc-by-sa", "{name}");
        assert!(family["label"].as_str().unwrap().len() > 4);
        let ids = family["licenses"].as_array().unwrap();
        assert_eq!(ids.len(), 1, "{name}: {ids:?}");
        assert_eq!(ids[0]["count"], items.len());
        assert!(ids[0]["url"]
            .as_str()
            .unwrap()
            .starts_with("https://creativecommons.org/"));
    }
    let cc_by = &body["families"][0]["licenses"][0];
    assert_eq!(cc_by["id"], "CC-BY-4.0");
    assert_eq!(
        cc_by["name"],
        "Creative Commons Attribution 4.0 International"
    );
    assert!(cc_by.get("label").is_none(), "labels only when asked for");

    // Labels in the language Accept-Language prefers; ids, names and counts unchanged.
    let response = api.get_with(
        "/api/v1/licenses",
        &[("Accept-Language", "ja, de-AT;q=0.9, en;q=0.5")],
    );
    let response = response.expect(200);
    assert_eq!(response.header("content-language"), Some("de"));
    assert!(response.header_all("vary").contains("Accept-Language"));
    let german = response.json();
    let cc_by = &german["families"][0];
    assert_eq!(cc_by["family"], "cc-by");
    assert_eq!(
        cc_by["label"],
        "CC BY: teilen und bearbeiten, Urheber nennen"
    );
    assert_eq!(cc_by["count"], body["families"][0]["count"]);
    assert_eq!(
        cc_by["licenses"][0]["label"],
        "Creative Commons Namensnennung 4.0 International"
    );
    assert_eq!(
        cc_by["licenses"][0]["name"],
        "Creative Commons Attribution 4.0 International"
    );
    let arabic = api
        .get_with("/api/v1/licenses", &[("Accept-Language", "ar")])
        .expect(200)
        .json();
    assert!(
        arabic["families"][0]["label"]
            .as_str()
            .unwrap()
            .contains("المشاركة"),
        "{arabic}"
    );
    // The same validator for the same answer; another language is another answer.
    let plain = api.get("/api/v1/licenses");
    let again = api.get("/api/v1/licenses");
    assert_eq!(plain.header("etag"), again.header("etag"));
    let labelled = api.get_with("/api/v1/licenses", &[("Accept-Language", "de")]);
    assert_ne!(plain.header("etag"), labelled.header("etag"));
}

#[test]
fn facet_values_carry_labels_in_the_language_asked_for() {
    let api = start("labels");
    let plain = api.search("limit=1&facets=license,language,type,accessibility,source");
    assert!(
        plain.get("labels").is_none(),
        "language-neutral unless asked"
    );
    let response = api
        .get_with(
            "/api/v1/resources?limit=1&facets=license,language,type,accessibility,source&lang=de",
            &[("Accept-Language", "fr")],
        )
        .expect(200);
    assert_eq!(response.header("content-language"), Some("fr"));
    let french = response.json();
    let labels = &french["labels"];
    assert_eq!(labels["language"]["de"], "allemand");
    assert_eq!(labels["language"]["en"], "anglais");
    assert_eq!(labels["type"]["video"], "vidéo");
    assert_eq!(labels["accessibility"]["captions"], "Sous-titres");
    assert!(labels["license"]["cc-by"]
        .as_str()
        .unwrap()
        .starts_with("CC BY\u{202f}:"));
    assert!(
        labels.get("source").is_none(),
        "source names are not translated"
    );
    // Values, filters and counts are the same ids as without labels.
    assert_eq!(
        french["facets"]["language"],
        api.search("limit=1&facets=language&lang=de")["facets"]["language"]
    );
    let chinese = api
        .get_with(
            "/api/v1/resources?limit=1&facets=language",
            &[("Accept-Language", "zh-CN,zh;q=0.9")],
        )
        .expect(200)
        .json();
    assert_eq!(chinese["labels"]["language"]["fr"], "法语");
    let unknown = api
        .get_with("/api/v1/resources?limit=1", &[("Accept-Language", "ja")])
        .expect(200);
    assert!(unknown.header("content-language").is_none());
    assert!(unknown.json().get("labels").is_none());
}

#[test]
fn cors_for_reads_compression_and_cache_control() {
    let api = start("http");
    let origin = ("Origin", "https://teacher.example.edu");
    let read = api
        .get_with("/api/v1/resources?q=cells", &[origin])
        .expect(200);
    assert_eq!(read.header("access-control-allow-origin"), Some("*"));
    let preflight = request(
        "OPTIONS",
        &api.served.url("/api/v1/resources"),
        &[
            origin,
            ("Access-Control-Request-Method", "GET"),
            ("Access-Control-Request-Headers", "if-none-match"),
        ],
        None,
    );
    assert!(preflight.status < 300, "{}", preflight.status);
    assert!(preflight
        .header_all("access-control-allow-methods")
        .contains("GET"));
    assert!(preflight
        .header_all("access-control-allow-headers")
        .to_lowercase()
        .contains("if-none-match"));
    let write_preflight = request(
        "OPTIONS",
        &api.served.url("/api/v1/sources"),
        &[origin, ("Access-Control-Request-Method", "POST")],
        None,
    );
    assert!(!write_preflight
        .header_all("access-control-allow-methods")
        .contains("POST"));

    // gzip and brotli, decoded to the same document.
    let path = "/api/v1/resources?limit=100";
    let plain = api.get(path).expect(200);
    assert_eq!(plain.header("content-encoding"), None);
    let gzip = api
        .get_with(path, &[("Accept-Encoding", "gzip")])
        .expect(200);
    assert_eq!(gzip.header("content-encoding"), Some("gzip"));
    assert!(gzip.body.len() < plain.body.len() / 3, "compressed");
    let mut decoded = Vec::new();
    flate2::read::GzDecoder::new(&gzip.body[..])
        .read_to_end(&mut decoded)
        .unwrap();
    let decoded: Value = serde_json::from_slice(&decoded).unwrap();
    assert_eq!(decoded, plain.json());
    let br = api.get_with(path, &[("Accept-Encoding", "br")]).expect(200);
    assert_eq!(br.header("content-encoding"), Some("br"));
    assert!(br.body.len() < plain.body.len() / 3);

    for (path, cache) in [
        ("/api/v1/resources", "public, max-age=60"),
        ("/api/v1/licenses", "public, max-age=300"),
        ("/api/v1/sources", "no-cache"),
        ("/api/v1/sources/cat/harvests", "no-cache"),
        ("/api/v1/openapi.json", "public, max-age=3600"),
        ("/health", "no-store"),
        ("/metrics", "no-store"),
        ("/api/v1/resources?limit=0", "no-store"),
    ] {
        assert_eq!(api.get(path).header("cache-control"), Some(cache), "{path}");
    }
}

#[test]
fn bad_parameters_are_problem_documents_naming_the_parameter() {
    let api = start("problems");
    let cases: [(&str, &str, &[&str]); 12] = [
        (
            "license=cc-by-xyz",
            "license",
            &["cc-by", "cc-by-sa", "cc0", "pdm"],
        ),
        ("license=cc-by,nonsense", "license", &["cc-by-nc-nd"]),
        ("limit=0", "limit", &[]),
        ("limit=101", "limit", &[]),
        ("limit=ten", "limit", &[]),
        ("sort=random", "sort", &["relevance", "updated", "title"]),
        ("open=maybe", "open", &["true", "false"]),
        ("facets=colour", "facets", &["license", "language", "type"]),
        ("lang=qqqqqq", "lang", &[]),
        ("updated_since=soon", "updated_since", &[]),
        ("licence=cc-by", "licence", &["license", "lang"]),
        ("q=a&q=b", "q", &[]),
    ];
    for (query, parameter, allowed) in cases {
        let response = api.get(&format!("/api/v1/resources?{query}"));
        let problem = assert_problem(&response, 400, "invalid-parameter");
        assert_eq!(problem["title"], "Bad Request");
        assert_eq!(problem["parameter"], parameter, "{query}: {problem}");
        assert!(
            problem["detail"].as_str().unwrap().contains(parameter),
            "{problem}"
        );
        for value in allowed {
            assert!(
                problem["allowed"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|a| a == value),
                "{query}: {value} not in {problem}"
            );
        }
    }
    let unknown = api.get("/api/v1/nothing-here");
    assert_problem(&unknown, 404, "not-found");
    let method = request(
        "PUT",
        &api.served.url("/api/v1/resources"),
        &[],
        Some(b"{}"),
    );
    assert_problem(&method, 405, "method-not-allowed");
    assert!(method.header("allow").unwrap().contains("GET"));
}

#[test]
fn no_query_can_make_the_server_fail() {
    let api = start("fuzz");
    let long = "photosynthesis ".repeat(60);
    let big = "x".repeat(20 * 1024);
    let huge = "x".repeat(100 * 1024);
    let texts: Vec<String> = [
        "NOT cells",
        "cells OR tissues",
        "cells AND",
        "NEAR(cells tissues, 2)",
        "title:cells",
        "\"unbalanced",
        "\"\"",
        "*",
        "**",
        "-cells",
        "^cells",
        "(",
        ")",
        "{title}: cells",
        "cells\0tissues",
        "\0",
        "'; DROP TABLE resources; --",
        "😀 ∑ ünïcödé",
        "\u{FFFF}\u{202E}",
        long.as_str(),
        big.as_str(),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for q in &texts {
        let response = api.get(&format!("/api/v1/resources?q={}", encode(q)));
        assert!(
            response.status == 200 || (400..500).contains(&response.status),
            "q={:?}: {} {}",
            &q.chars().take(40).collect::<String>(),
            response.status,
            response.text()
        );
        if response.status == 200 {
            assert!(response.json()["total"].is_u64());
        } else {
            assert_eq!(response.media_type(), "application/problem+json");
        }
    }
    let odd = [
        "q=%FF%FE%00".to_string(),
        "q=%".to_string(),
        "limit=99999999999999999999999".to_string(),
        format!("cursor={}", "A".repeat(5000)),
        "cursor=%00%01".to_string(),
        format!(
            "cursor={}",
            encode("{\"s\":\"title\",\"k\":\"\",\"r\":-99999999999}")
        ),
        (0..40).map(|i| format!("type=t{i}&")).collect::<String>(),
        "license=".to_string() + &",cc-by".repeat(40),
        format!("subject={}", "s".repeat(300)),
        "updated_since=9999-99-99".to_string(),
        "facets=license&facets=license&facets=type".to_string(),
        "&&&=&=x&".to_string(),
    ];
    for query in &odd {
        let status = api.get(&format!("/api/v1/resources?{query}")).status;
        assert!(
            status == 200 || (400..500).contains(&status),
            "{query:.60}: {status}"
        );
    }
    // Beyond the query limit: 414 from the API; beyond what a URI may hold: 414 from hyper.
    let too_long = api.get(&format!("/api/v1/resources?q={big}"));
    assert_problem(&too_long, 414, "query-too-long");
    assert_eq!(api.get(&format!("/api/v1/resources?q={huge}")).status, 414);
    api.get("/health").expect(200);
}

#[test]
fn write_endpoints_need_the_admin_token() {
    let api = start("auth");
    let body = json!({"name": "other", "url": api.repo_server.oai()});
    let bytes = serde_json::to_vec(&body).unwrap();
    let json_type = ("Content-Type", "application/json");
    for auth in [
        None,
        Some("Bearer wrong-token"),
        Some("Basic dGVzdA=="),
        Some(TOKEN),
    ] {
        let mut headers = vec![json_type];
        if let Some(a) = auth {
            headers.push(("Authorization", a));
        }
        for (method, path, body) in [
            ("POST", "/api/v1/sources", Some(&bytes[..])),
            ("DELETE", "/api/v1/sources/cat", None),
            ("POST", "/api/v1/sources/cat/harvest", None),
        ] {
            let response = request(method, &api.served.url(path), &headers, body);
            assert_problem(&response, 401, "unauthorized");
            assert_eq!(
                response.header("www-authenticate"),
                Some("Bearer realm=\"oerdex\"")
            );
        }
    }
    api.get("/api/v1/sources/cat").expect(200);
    assert_eq!(
        api.get("/api/v1/sources").json().as_array().unwrap().len(),
        1
    );
    // The request log never holds the token, right or wrong.
    api.admin("POST", "/api/v1/sources/cat/harvest", None)
        .expect(202);
    let log = api.served.stderr();
    assert!(log.contains("request"), "requests are logged: {log}");
    assert!(
        !log.contains(TOKEN) && !log.contains("wrong-token"),
        "{log}"
    );

    // Without a configured token, writes are disabled.
    let mut open = Oerdex::new("no-token");
    open.set_env("OERDEX_LOG", "warn");
    let served = open.serve();
    let response = request(
        "POST",
        &served.url("/api/v1/sources"),
        &[json_type, ("Authorization", BEARER)],
        Some(&bytes),
    );
    assert_problem(&response, 403, "writes-disabled");
}

#[test]
fn registration_checks_the_repository_live() {
    let api = start("register");
    let synth = Repo::new(12, 5);
    let synth_server = synth.serve();
    let created = api.admin(
        "POST",
        "/api/v1/sources",
        Some(&json!({"name": "synth", "url": synth_server.oai(), "default_license": "CC-BY-4.0"})),
    );
    assert_eq!(created.status, 201, "{}", created.text());
    assert_eq!(created.header("location"), Some("/api/v1/sources/synth"));
    let source = created.json();
    assert_eq!(source["name"], "synth");
    assert_eq!(source["repository_name"], "Synthetic OER");
    assert_eq!(source["metadata_prefix"], "oai_dc");
    assert_eq!(source["formats"], json!(["oai_dc"]));
    assert_eq!(source["granularity"], "YYYY-MM-DDThh:mm:ssZ");
    assert_eq!(source["default_license"], "CC-BY-4.0");
    assert!(source["next_harvest"].is_string() || source["harvest_running"] == true);

    // Its first harvest starts at once.
    let harvested = wait_for(Duration::from_secs(30), || {
        let history = api.get("/api/v1/sources/synth/harvests").json();
        (history[0]["status"] == "ok").then_some(history)
    })
    .expect("the first harvest of a new source runs");
    assert_eq!(harvested[0]["added"], 12);
    assert_eq!(api.search("source=synth")["total"], 12);
    let listed = api.get("/api/v1/sources").json();
    let names: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["cat", "synth"]);
    assert_eq!(listed[1]["records"], 12);
    assert_eq!(listed[1]["last_harvest"]["status"], "ok");

    let duplicate = api.admin(
        "POST",
        "/api/v1/sources",
        Some(&json!({"name": "synth", "url": synth_server.oai()})),
    );
    assert!(assert_problem(&duplicate, 409, "conflict")["detail"]
        .as_str()
        .unwrap()
        .contains("synth"));

    let with_set = api.admin(
        "POST",
        "/api/v1/sources",
        Some(&json!({"name": "synth-even", "url": synth_server.oai(), "sets": ["even"]})),
    );
    assert_eq!(with_set.expect(201).json()["sets"], json!(["even"]));
    for (body, says) in [
        (
            json!({"name": "s2", "url": synth_server.oai(), "sets": ["nope"]}),
            "nope",
        ),
        (
            json!({"name": "s3", "url": synth_server.oai(), "metadata_prefix": "lom"}),
            "lom",
        ),
    ] {
        let refused = api.admin("POST", "/api/v1/sources", Some(&body));
        let problem = assert_problem(&refused, 400, "registration-failed");
        assert!(
            problem["detail"].as_str().unwrap().contains(says),
            "{problem}"
        );
    }

    // An endpoint that is not OAI-PMH.
    let html = Server::start(|_| {
        Reply::status(
            200,
            &[("Content-Type", "text/html")],
            "<html><body><h1>Welcome to our library</h1></body></html>",
        )
    });
    let refused = api.admin(
        "POST",
        "/api/v1/sources",
        Some(&json!({"name": "library", "url": html.oai()})),
    );
    let problem = assert_problem(&refused, 400, "registration-failed");
    assert!(
        problem["detail"].as_str().unwrap().contains(&html.oai()),
        "{problem}"
    );

    // Bodies checked before anything is fetched.
    let post = |body: &[u8], content_type: &str| {
        request(
            "POST",
            &api.served.url("/api/v1/sources"),
            &[("Authorization", BEARER), ("Content-Type", content_type)],
            Some(body),
        )
    };
    assert_problem(&post(b"{", "application/json"), 400, "invalid-body");
    let missing = post(br#"{"name": "x"}"#, "application/json");
    assert!(assert_problem(&missing, 400, "invalid-body")["detail"]
        .as_str()
        .unwrap()
        .contains("url"));
    let unknown = post(
        br#"{"name": "x", "url": "http://a/oai", "colour": 1}"#,
        "application/json",
    );
    assert!(assert_problem(&unknown, 400, "invalid-body")["detail"]
        .as_str()
        .unwrap()
        .contains("colour"));
    let bad_name = post(
        br#"{"name": "two words", "url": "http://a/oai"}"#,
        "application/json",
    );
    assert_eq!(
        assert_problem(&bad_name, 400, "invalid-parameter")["parameter"],
        "name"
    );
    let bad_url = post(
        br#"{"name": "x", "url": "ftp://a/oai"}"#,
        "application/json",
    );
    assert_eq!(
        assert_problem(&bad_url, 400, "invalid-parameter")["parameter"],
        "url"
    );
    assert_problem(&post(b"name=x", "text/plain"), 415, "invalid-body");
    let huge = format!(
        r#"{{"name": "x", "url": "http://a/{}"}}"#,
        "a".repeat(100 * 1024)
    );
    assert_problem(
        &post(huge.as_bytes(), "application/json"),
        413,
        "invalid-body",
    );
}

#[test]
fn registration_refuses_private_addresses_unless_allowed() {
    let synth = Repo::new(3, 5);
    let synth_server = synth.serve();
    let mut strict = Oerdex::new("strict");
    strict.set_env("OERDEX_ADMIN_TOKEN", TOKEN);
    strict.set_env("OERDEX_HARVEST_ALLOW_PRIVATE_NETWORKS", "false");
    let served = strict.serve();
    let body = serde_json::to_vec(&json!({"name": "local", "url": synth_server.oai()})).unwrap();
    let response = request(
        "POST",
        &served.url("/api/v1/sources"),
        &[
            ("Authorization", BEARER),
            ("Content-Type", "application/json"),
        ],
        Some(&body),
    );
    let problem = assert_problem(&response, 400, "registration-failed");
    let detail = problem["detail"].as_str().unwrap();
    assert!(
        detail.contains("127.0.0.1") && detail.contains("loopback"),
        "{detail}"
    );
    assert!(
        synth_server.requests().is_empty(),
        "nothing was sent to the refused address"
    );
    assert_eq!(get(&served.url("/api/v1/sources")).json(), json!([]));
}

#[test]
fn deleting_a_source_keeps_resources_another_source_holds() {
    let mirror = Repo::new(5, 10);
    {
        // Records 1-3 describe catalogue records 1-3 (same URL); 4 and 5 only the mirror has.
        let mut records = mirror.records.lock().unwrap();
        for r in records.iter_mut().take(3) {
            let n: usize = r.id.rsplit(':').next().unwrap().parse().unwrap();
            r.url = Item(n).url();
        }
    }
    let mirror_server = mirror.serve();
    let api = start_with("delete", |oerdex| {
        oerdex
            .run(&["sources", "add", "mirror", &mirror_server.oai()])
            .expect(0);
    });
    let shared = api.id_of(Item(2));
    let before = api.get(&format!("/api/v1/resources/{shared}")).json();
    assert_eq!(before["sources"].as_array().unwrap().len(), 2);
    let mirror_only = api.search("source=mirror&limit=100")["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["url"] == "https://oer.example.net/r/5")
        .map(|r| r["id"].as_str().unwrap().to_string())
        .expect("the mirror's own resource");
    assert_eq!(api.search("")["total"], RECORDS + 2);

    api.admin("DELETE", "/api/v1/sources/mirror", None)
        .expect(204);

    let after = api
        .get(&format!("/api/v1/resources/{shared}"))
        .expect(200)
        .json();
    let sources: Vec<&str> = after["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["source"].as_str().unwrap())
        .collect();
    assert_eq!(sources, ["cat"]);
    let gone = api.get(&format!("/api/v1/resources/{mirror_only}"));
    assert!(assert_problem(&gone, 410, "gone")["detail"]
        .as_str()
        .unwrap()
        .contains(&mirror_only));
    assert_eq!(api.search("")["total"], RECORDS);
    assert_eq!(api.search("source=mirror")["total"], 0);
    let names: Vec<String> = api
        .get("/api/v1/sources")
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["cat"]);
    assert_problem(
        &api.admin("DELETE", "/api/v1/sources/mirror", None),
        404,
        "not-found",
    );
    assert_problem(
        &api.get("/api/v1/sources/mirror/harvests"),
        404,
        "not-found",
    );
}

#[test]
fn a_harvest_on_demand_is_accepted_then_recorded() {
    let api = start("on-demand");
    let history = api.get("/api/v1/sources/cat/harvests").expect(200).json();
    assert_eq!(
        history.as_array().unwrap().len(),
        1,
        "the harvest before serving"
    );
    let first = history[0]["id"].as_i64().unwrap();

    api.delay.store(400, Ordering::Relaxed);
    let accepted = api
        .admin("POST", "/api/v1/sources/cat/harvest", None)
        .expect(202);
    assert_eq!(
        accepted.header("location"),
        Some("/api/v1/sources/cat/harvests")
    );
    assert_eq!(
        accepted.json(),
        json!({"source": "cat", "status": "started", "full": false})
    );
    let again = api
        .admin("POST", "/api/v1/sources/cat/harvest", None)
        .expect(202);
    assert_eq!(
        again.json()["status"],
        "already_running",
        "one harvest per source"
    );
    assert_eq!(
        api.get("/api/v1/sources/cat").json()["harvest_running"],
        true
    );
    api.delay.store(0, Ordering::Relaxed);

    // A harvest is done when its history says so and its task has reported its outcome (the
    // history says "ok" as soon as the harvest commits its end, a moment before).
    let done = |after: i64| {
        wait_for(Duration::from_secs(30), || {
            let history = api.get("/api/v1/sources/cat/harvests").json();
            let ended = history[0]["id"].as_i64() > Some(after)
                && history[0]["status"] == "ok"
                && api.get("/api/v1/sources/cat").json()["harvest_running"] == false;
            ended.then_some(history)
        })
        .expect("the harvest finishes")
    };
    let history = done(first);
    assert_eq!(history.as_array().unwrap().len(), 2);
    assert_eq!(history[0]["full"], false);
    assert!(history[0]["ended"].is_string());
    // The history says "ok" as soon as the harvest commits its end; the task then still reports
    // its outcome, and until it has, a new request is answered "already_running".
    wait_for(Duration::from_secs(30), || {
        (api.get("/api/v1/sources/cat").json()["harvest_running"] == false).then_some(())
    })
    .expect("the harvest task ends");

    let full = api
        .admin("POST", "/api/v1/sources/cat/harvest?full=true", None)
        .expect(202);
    assert_eq!(full.json()["full"], true);
    assert_eq!(full.json()["status"], "started");
    let history = done(history[0]["id"].as_i64().unwrap());
    assert_eq!(history[0]["full"], true);
    assert_eq!(history[0]["pages"], 3);
    assert_eq!(
        api.get("/api/v1/sources/cat/harvests?limit=1")
            .json()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let source = api.get("/api/v1/sources/cat").json();
    assert_eq!(source["last_harvest"]["id"], history[0]["id"]);
    assert_eq!(source["harvest_running"], false);
    assert!(
        source["next_harvest"].as_str().unwrap()
            > source["last_harvest"]["ended"].as_str().unwrap()
    );

    let metrics = api.get("/metrics").text();
    assert!(
        metrics.contains("oerdex_harvests_total{source=\"cat\",status=\"ok\"} 2"),
        "{metrics}"
    );
    assert!(metrics.contains("oerdex_harvest_errors_total{source=\"cat\"} 0"));
    assert_problem(
        &api.admin("POST", "/api/v1/sources/nope/harvest", None),
        404,
        "not-found",
    );
    assert_problem(
        &api.get("/api/v1/sources/cat/harvests?limit=0"),
        400,
        "invalid-parameter",
    );
}

#[test]
fn health_checks_the_database_and_metrics_count_requests() {
    let api = start("ops");
    let health = api.get("/health").expect(200);
    assert_eq!(
        health.json(),
        json!({"status": "ok", "database": "ok", "resources": RECORDS, "version": env!("CARGO_PKG_VERSION")})
    );
    let head = request("HEAD", &api.served.url("/health"), &[], None).expect(200);
    assert!(head.body.is_empty());
    for _ in 0..3 {
        api.get("/api/v1/licenses").expect(200);
    }
    api.get("/api/v1/resources?limit=0").expect(400);
    let id = api.id_of(Item(1));
    api.get(&format!("/api/v1/resources/{id}")).expect(200);
    let metrics = api.get("/metrics").expect(200);
    assert!(metrics
        .header("content-type")
        .unwrap()
        .starts_with("text/plain; version=0.0.4"));
    let text = metrics.text();
    for line in [
        "oerdex_http_requests_total{route=\"/api/v1/licenses\",method=\"GET\",status=\"200\"} 3",
        "oerdex_http_requests_total{route=\"/api/v1/resources\",method=\"GET\",status=\"400\"} 1",
        "oerdex_http_requests_total{route=\"/api/v1/resources/{id}\",method=\"GET\",status=\"200\"} 1",
        "oerdex_http_requests_total{route=\"/health\",method=\"GET\",status=\"200\"} 1",
        "oerdex_http_request_duration_seconds_count{route=\"/api/v1/licenses\"} 3",
        "oerdex_http_request_duration_seconds_bucket{route=\"/api/v1/licenses\",le=\"+Inf\"} 3",
        "oerdex_resources 60",
        "oerdex_sources 1",
        "# TYPE oerdex_http_request_duration_seconds histogram",
    ] {
        assert!(text.lines().any(|l| l == line), "missing {line}\n{text}");
    }
}

#[test]
fn highlights_mark_the_matched_words_escaped_and_only_when_asked() {
    let api = start("highlight");
    let plain = api
        .get("/api/v1/resources?q=cells&limit=3")
        .expect(200)
        .json();
    assert!(plain.get("highlights").is_none(), "{plain}");
    let marked = api
        .get("/api/v1/resources?q=cell&highlight=true&limit=3")
        .expect(200)
        .json();
    let results = marked["results"].as_array().unwrap();
    let highlights = marked["highlights"].as_array().unwrap();
    assert!(!results.is_empty());
    assert_eq!(highlights.len(), results.len(), "one per result, in order");
    for (result, highlight) in results.iter().zip(highlights) {
        let marked = [&highlight["title"], &highlight["description"]]
            .iter()
            .filter_map(|v| v.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            marked.to_lowercase().contains("<b>cell"),
            "{result} {highlight}"
        );
        if let Some(title) = highlight["title"].as_str() {
            let text = title.replace("<b>", "").replace("</b>", "");
            assert_eq!(
                text,
                result["title"].as_str().unwrap().replace('&', "&amp;")
            );
        }
    }
    api.get("/api/v1/resources?q=cell&highlight=maybe")
        .expect(400);
}

#[test]
fn the_openapi_document_describes_the_real_responses() {
    let api = start("openapi");
    let doc = api.get("/api/v1/openapi.json").expect(200).json();
    assert!(
        doc["openapi"].as_str().unwrap().starts_with("3.1."),
        "{}",
        doc["openapi"]
    );
    let spec = OpenApi(doc);
    let id = api.id_of(Item(14));
    let synth = Repo::new(4, 5);
    let synth_server = synth.serve();
    let checks: Vec<(&str, &str, Response)> = vec![
        (
            "get",
            "/api/v1/resources",
            api.get("/api/v1/resources?q=cells&limit=3"),
        ),
        (
            "get",
            "/api/v1/resources",
            api.get("/api/v1/resources?q=cell*&highlight=true&limit=3"),
        ),
        (
            "get",
            "/api/v1/resources",
            api.get("/api/v1/resources?license=cc-by&facets=license,type"),
        ),
        (
            "get",
            "/api/v1/resources",
            api.get("/api/v1/resources?sort=oldest"),
        ),
        (
            "get",
            "/api/v1/resources/{id}",
            api.get(&format!("/api/v1/resources/{id}")),
        ),
        (
            "get",
            "/api/v1/resources/{id}",
            api.get_with(
                &format!("/api/v1/resources/{id}"),
                &[("Accept", "application/ld+json")],
            ),
        ),
        (
            "get",
            "/api/v1/resources/{id}.jsonld",
            api.get(&format!("/api/v1/resources/{id}.jsonld")),
        ),
        (
            "get",
            "/api/v1/resources/{id}",
            api.get("/api/v1/resources/ffffffffffffffff"),
        ),
        ("get", "/api/v1/licenses", api.get("/api/v1/licenses")),
        (
            "post",
            "/api/v1/sources",
            api.admin(
                "POST",
                "/api/v1/sources",
                Some(&json!({"name": "synth", "url": synth_server.oai()})),
            ),
        ),
        (
            "post",
            "/api/v1/sources",
            api.admin(
                "POST",
                "/api/v1/sources",
                Some(&json!({"name": "synth", "url": synth_server.oai()})),
            ),
        ),
        (
            "post",
            "/api/v1/sources",
            api.admin(
                "POST",
                "/api/v1/sources",
                Some(&json!({"name": "x", "url": "http://127.0.0.1:9/oai"})),
            ),
        ),
        (
            "post",
            "/api/v1/sources",
            request("POST", &api.served.url("/api/v1/sources"), &[], Some(b"{}")),
        ),
        ("get", "/api/v1/sources", api.get("/api/v1/sources")),
        (
            "get",
            "/api/v1/sources/{name}",
            api.get("/api/v1/sources/cat"),
        ),
        (
            "get",
            "/api/v1/sources/{name}",
            api.get("/api/v1/sources/none"),
        ),
        (
            "get",
            "/api/v1/sources/{name}/harvests",
            api.get("/api/v1/sources/cat/harvests"),
        ),
        (
            "post",
            "/api/v1/sources/{name}/harvest",
            api.admin("POST", "/api/v1/sources/cat/harvest", None),
        ),
        (
            "delete",
            "/api/v1/sources/{name}",
            api.admin("DELETE", "/api/v1/sources/synth", None),
        ),
        ("get", "/health", api.get("/health")),
        ("get", "/metrics", api.get("/metrics")),
        (
            "get",
            "/api/v1/openapi.json",
            api.get("/api/v1/openapi.json"),
        ),
    ];
    let statuses: Vec<u16> = checks.iter().map(|(_, _, r)| r.status).collect();
    assert_eq!(
        statuses,
        [
            200, 200, 200, 400, 200, 200, 200, 404, 200, 201, 409, 400, 401, 200, 200, 404, 200,
            202, 204, 200, 200, 200
        ]
    );
    for (method, path, response) in &checks {
        spec.check(method, path, response);
    }
    // Labels in a language asked for are described too.
    let labelled = [
        (
            "/api/v1/licenses",
            api.get_with("/api/v1/licenses", &[("Accept-Language", "ru")]),
        ),
        (
            "/api/v1/resources",
            api.get_with(
                "/api/v1/resources?limit=2&facets=license,language,type,level,accessibility",
                &[("Accept-Language", "es")],
            ),
        ),
    ];
    for (path, response) in &labelled {
        assert_eq!(response.status, 200, "{path}");
        assert!(response.text().contains("\"label"), "{path}");
        spec.check("get", path, response);
    }
}

#[test]
fn sigterm_stops_a_harvest_at_a_page_boundary_and_exits_cleanly() {
    let mut api = start("sigterm");
    api.delay.store(1500, Ordering::Relaxed);
    api.admin("POST", "/api/v1/sources/cat/harvest?full=true", None)
        .expect(202);
    wait_for(Duration::from_secs(30), || {
        let history = api.get("/api/v1/sources/cat/harvests").json();
        (history[0]["status"] == "running" && history[0]["pages"].as_u64() >= Some(1)).then_some(())
    })
    .expect("the harvest commits its first page");
    let code = api.served.terminate(Duration::from_secs(30));
    assert_eq!(code, Some(0), "stderr:\n{}", api.served.stderr());
    assert!(api.served.stderr().contains("shutting down"));

    let listed = api.oerdex.run(&["sources", "list", "--json"]).expect(0);
    let sources: Value = serde_json::from_str(&listed.stdout).unwrap();
    let last = &sources[0]["last_harvest"];
    assert_eq!(last["status"], "interrupted", "{last}");
    assert!(
        last["pages"].as_u64().unwrap() < 3,
        "stopped before the end: {last}"
    );
    // The next harvest resumes where the stopped one ended.
    api.delay.store(0, Ordering::Relaxed);
    let resumed = api.oerdex.run(&["harvest"]).expect(0);
    assert!(resumed.stdout.contains("resumed"), "{}", resumed.stdout);
}

#[test]
fn the_demo_serves_its_catalogue_until_sigterm() {
    let oerdex = Oerdex::new("demo");
    let quiet = oerdex.run(&["demo", "--no-serve"]).expect(0);
    assert!(!quiet.stdout.contains("listening on"), "{}", quiet.stdout);
    // The demo has a catalogue of its own and says where; the configured one is not touched.
    let own = oerdex.dir.0.join("oerdex-demo.db");
    assert!(own.exists(), "{}", quiet.stdout);
    assert!(
        !oerdex.db().exists(),
        "the configured catalogue was written"
    );
    assert!(
        quiet
            .stdout
            .contains("the demo writes its own catalogue oerdex-demo.db"),
        "{}",
        quiet.stdout
    );
    let configured = oerdex.db().display().to_string();
    let refused = oerdex.run(&["demo", "--no-serve", "--catalogue", &configured]);
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(refused
        .stderr
        .contains("will not write into the configured catalogue"));
    assert!(!oerdex.db().exists());
    let mut demo = oerdex.spawn_server(&["demo", "--bind", "127.0.0.1:0"]);
    let printed = demo.stdout();
    assert!(
        printed.contains(&format!(
            "curl '{}/api/v1/resources?q=fractions&open=true'",
            demo.base
        )),
        "{printed}"
    );
    let found = get(&demo.url("/api/v1/resources?q=fractions&open=true"))
        .expect(200)
        .json();
    assert!(found["total"].as_u64().unwrap() > 0, "{found}");
    // Some demo records state their accessibility, in LRMI (school) and in LOM (university).
    let facets = get(&demo.url("/api/v1/resources?facets=accessibility&limit=1"))
        .expect(200)
        .json();
    let accessibility = &facets["facets"]["accessibility"];
    for filter in [
        "captions",
        "transcript",
        "alternative-text",
        "sign-language",
    ] {
        assert!(
            accessibility[filter].as_u64() > Some(0),
            "{filter}: {facets}"
        );
    }
    let captioned = get(&demo.url("/api/v1/resources?accessibility=captions&limit=100"))
        .expect(200)
        .json();
    for r in captioned["results"].as_array().unwrap() {
        let features = r["accessibility"]["features"].to_string();
        assert!(features.to_lowercase().contains("captions"), "{r}");
    }
    let sources = get(&demo.url("/api/v1/sources")).expect(200).json();
    assert_eq!(sources[0]["name"], "demo-school");
    assert_eq!(sources[0]["last_harvest"]["status"], "ok");
    assert_eq!(
        demo.terminate(Duration::from_secs(30)),
        Some(0),
        "{}",
        demo.stderr()
    );
}

#[test]
fn the_sitemap_index_lists_every_resource_page_with_its_update_time() {
    let api = start("sitemap");
    let (all, total) = api.walk("sort=title", 100);
    assert_eq!(all.len() as u64, total);

    let index = api.get("/sitemap.xml").expect(200);
    assert_eq!(index.media_type(), "application/xml");
    let text = index.text();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "sitemapindex");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.sitemaps.org/schemas/sitemap/0.9")
    );
    let children: Vec<_> = root.children().filter(|n| n.is_element()).collect();
    assert_eq!(children.len(), 1, "{text}");
    let child_text = |name: &str| {
        children[0]
            .children()
            .find(|n| n.has_tag_name(name))
            .and_then(|n| n.text())
            .unwrap()
            .to_string()
    };
    let loc = child_text("loc");
    assert_eq!(loc, api.served.url("/sitemaps/0.xml"), "absolute URLs");
    let newest = all
        .iter()
        .map(|r| r["updated"].as_str().unwrap())
        .max()
        .unwrap();
    assert_eq!(child_text("lastmod"), newest);

    let urlset = get(&loc).expect(200).text();
    let doc = roxmltree::Document::parse(&urlset).unwrap();
    let urls: Vec<(String, String)> = doc
        .root_element()
        .children()
        .filter(|n| n.has_tag_name("url"))
        .map(|u| {
            let text = |name| {
                u.children()
                    .find(|n| n.has_tag_name(name))
                    .and_then(|n| n.text())
                    .unwrap()
                    .to_string()
            };
            (text("loc"), text("lastmod"))
        })
        .collect();
    assert_eq!(urls.len(), all.len(), "every live resource, once");
    for r in &all {
        let page = api
            .served
            .url(&format!("/resources/{}", r["id"].as_str().unwrap()));
        let lastmod = urls
            .iter()
            .find(|(loc, _)| *loc == page)
            .map(|(_, lastmod)| lastmod.as_str())
            .unwrap_or_else(|| panic!("{page} missing"));
        assert_eq!(lastmod, r["updated"]);
    }
    // Each listed page is a resource page with its JSON-LD.
    let page = get(&urls[0].0).expect(200).text();
    assert!(page.contains("<script type=\"application/ld+json\">"));

    api.get("/sitemaps/1.xml").expect(404);
    api.get("/sitemaps/x.xml").expect(404);
    api.get("/sitemaps/0").expect(404);
}
