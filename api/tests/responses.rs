//! The exact shape of the API's answers, in-process: `router(state).oneshot(..)` over a real
//! SQLite catalogue, compared with the snapshot files in `tests/snapshots/` (`insta`; review a
//! change with `cargo insta review`, or read the `.snap.new` file it leaves beside the old one).
//!
//! Problem documents, LRMI JSON-LD and OAI-PMH responses (Identify, ListRecords, an error).
//! Nothing in them varies between runs: the catalogue records its times by a `ManualClock`
//! (so `updated`, datestamps and `responseDate` are fixed), and requests name a fixed host, so
//! no port shows. The end-to-end tests in the workspace's `tests/` check the same answers
//! through the real binary, against schemas and third-party clients.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use oerdex_api::{router, ApiConfig, AppState, Metrics, NoHarvesting};
use oerdex_index::write::ingest::PreparedRecord;
use oerdex_index::{
    ManualClock, RecordMetadata, Source, SourceRecord, Store, StoreOptions, Writer,
};
use serde_json::{json, Value};
use tower::ServiceExt;

/// A catalogue file in a directory of its own, removed afterwards.
struct TempDir(std::path::PathBuf);

impl TempDir {
    fn new(label: &str) -> Self {
        let dir = std::env::temp_dir().join(format!(
            "oerdex-api-responses-{label}-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn record(id: &str, title: &str, url: &str, rights: &str, lang: &str) -> SourceRecord {
    SourceRecord {
        oai_identifier: format!("oai:school.example.org:{id}"),
        datestamp: "2024-01-01T00:00:00Z".into(),
        sets: vec![],
        deleted: false,
        metadata: Some(RecordMetadata {
            title: Some(title.into()),
            description: Some(format!("{title}, for the classroom.")),
            url: Some(url.into()),
            rights: vec![rights.into()],
            languages: vec![lang.into()],
            learning_resource_types: vec!["video".into()],
            subjects: vec!["Mathematics".into()],
            keywords: vec!["fractions".into()],
            ..Default::default()
        }),
        raw_xml: None,
    }
}

/// Applies `records` as one harvested page of the source `school`.
fn apply(writer: &mut dyn Writer, records: Vec<SourceRecord>) {
    let checkpoint = writer.begin_harvest("school", false, None, None).unwrap();
    let prepared: Vec<PreparedRecord> = records
        .into_iter()
        .map(|r| PreparedRecord::new("school", r).unwrap())
        .collect();
    writer
        .apply_pages("school", "oai_dc", &prepared, 1, &checkpoint)
        .unwrap();
}

/// A catalogue of one source with two resources and one deleted a day later, recorded on a
/// clock that stands at 2026-03-01T12:00:00Z; its store and the id of the first resource.
fn catalogue(dir: &TempDir) -> (Arc<dyn Store>, String) {
    let clock = Arc::new(ManualClock::at("2026-03-01T12:00:00Z"));
    let options = StoreOptions {
        search_cache: false,
        clock: clock.clone(),
    };
    let store = oerdex_index::open(&dir.0.join("catalogue.db"), &options).unwrap();
    let mut writer = store.writer().unwrap();
    writer
        .add_source(&Source::new(
            "school",
            "https://school.example.org/oai",
            "oai_dc",
        ))
        .unwrap();
    let page = [
        record(
            "1",
            "Fractions on a number line",
            "https://school.example.org/fractions",
            "https://creativecommons.org/licenses/by/4.0/",
            "en",
        ),
        record(
            "2",
            "Brüche vergleichen",
            "https://school.example.org/brueche",
            "CC0 1.0",
            "de",
        ),
        record(
            "3",
            "Withdrawn worksheet",
            "https://school.example.org/withdrawn",
            "CC BY-SA 4.0",
            "en",
        ),
    ];
    apply(writer.as_mut(), page.to_vec());
    clock.advance(Duration::from_secs(24 * 3600));
    let gone = SourceRecord {
        oai_identifier: "oai:school.example.org:3".into(),
        datestamp: "2024-02-01T00:00:00Z".into(),
        sets: vec![],
        deleted: true,
        metadata: None,
        raw_xml: None,
    };
    apply(writer.as_mut(), vec![gone]);
    let mut first = None;
    store
        .reader()
        .unwrap()
        .for_each_resource(&mut |resource| {
            if resource.title.as_deref() == Some("Fractions on a number line") {
                first = Some(resource.id.clone());
            }
            Ok(())
        })
        .unwrap();
    (
        store,
        first.expect("the first resource is in the catalogue"),
    )
}

/// What a snapshot holds of an answer: its status, media type and body.
struct Answer {
    status: StatusCode,
    content_type: String,
    body: String,
}

impl Answer {
    /// Status, media type and the body as JSON, for `assert_json_snapshot!`.
    fn json(&self) -> Value {
        json!({
            "status": self.status.as_u16(),
            "content_type": self.content_type,
            "body": serde_json::from_str::<Value>(&self.body).expect("a JSON body"),
        })
    }

    /// Status, media type and the XML body one element a line (the provider writes none
    /// between elements, so a change shows as the element that changed).
    fn xml(&self) -> String {
        format!(
            "{} {}\n\n{}",
            self.status.as_u16(),
            self.content_type,
            self.body.replace("><", ">\n<")
        )
    }
}

/// Sends one request to the router over `store`, as a client at a fixed host.
async fn send(store: &Arc<dyn Store>, method: Method, uri: &str, accept: &str) -> Answer {
    let request = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::HOST, "oerdex.test")
        .header(header::ACCEPT, accept)
        .body(Body::empty())
        .unwrap();
    answer(store, request).await
}

/// The router's answer over `store` to `request`.
async fn answer(store: &Arc<dyn Store>, request: Request<Body>) -> Answer {
    let state = AppState::new(
        ApiConfig::new(store.clone()),
        Arc::new(NoHarvesting),
        Arc::new(Metrics::new()),
    );
    let response = router(state).oneshot(request).await.unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    let bytes = axum::body::to_bytes(response.into_body(), 4 << 20)
        .await
        .unwrap();
    Answer {
        status,
        content_type,
        body: String::from_utf8(bytes.to_vec()).unwrap(),
    }
}

#[tokio::test]
async fn problem_documents() {
    let dir = TempDir::new("problems");
    let (store, _) = catalogue(&dir);
    let json = "application/json";
    let missing = send(&store, Method::GET, "/api/v1/resources/nothing-here", json).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    insta::assert_json_snapshot!("problem_unknown_resource", missing.json());
    let bad = send(&store, Method::GET, "/api/v1/resources?limit=0", json).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    insta::assert_json_snapshot!("problem_bad_parameter", bad.json());
    let method = send(&store, Method::DELETE, "/api/v1/licenses", json).await;
    assert_eq!(method.status, StatusCode::METHOD_NOT_ALLOWED);
    insta::assert_json_snapshot!("problem_method_not_allowed", method.json());
    let route = send(&store, Method::GET, "/api/v2/everything", json).await;
    assert_eq!(route.status, StatusCode::NOT_FOUND);
    insta::assert_json_snapshot!("problem_unknown_route", route.json());
}

#[tokio::test]
async fn a_resource_as_lrmi_json_ld() {
    let dir = TempDir::new("jsonld");
    let (store, id) = catalogue(&dir);
    let uri = format!("/api/v1/resources/{id}");
    let ld = send(&store, Method::GET, &uri, "application/ld+json").await;
    assert_eq!(ld.status, StatusCode::OK);
    insta::assert_json_snapshot!("resource_json_ld", ld.json());
}

#[tokio::test]
async fn oai_pmh_identify_list_records_and_an_error() {
    let dir = TempDir::new("oai");
    let (store, _) = catalogue(&dir);
    let xml = "text/xml";
    let identify = send(&store, Method::GET, "/oai?verb=Identify", xml).await;
    assert_eq!(identify.status, StatusCode::OK);
    insta::assert_snapshot!("oai_identify", identify.xml());
    let list = send(
        &store,
        Method::GET,
        "/oai?verb=ListRecords&metadataPrefix=oai_dc",
        xml,
    )
    .await;
    assert_eq!(list.status, StatusCode::OK);
    insta::assert_snapshot!("oai_list_records", list.xml());
    let error = send(
        &store,
        Method::GET,
        "/oai?verb=ListRecords&metadataPrefix=marc21",
        xml,
    )
    .await;
    assert_eq!(error.status, StatusCode::OK, "protocol errors are HTTP 200");
    insta::assert_snapshot!("oai_cannot_disseminate_format", error.xml());
    // Refused before the provider reads it: still an OAI-PMH document, on the same clock.
    let form = Request::builder()
        .method(Method::POST)
        .uri("/oai")
        .header(header::HOST, "oerdex.test")
        .header(header::CONTENT_TYPE, "text/plain")
        .body(Body::from("verb=Identify"))
        .unwrap();
    let refused = answer(&store, form).await;
    assert_eq!(refused.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    insta::assert_snapshot!("oai_post_not_a_form", refused.xml());
}
