//! The OAI-PMH client's six verbs against a loopback server answering with real fixtures.

use std::path::PathBuf;
use std::time::Duration;

use oerdex_harvester::oai::{ListRequest, ListVerb, OaiClient};
use oerdex_harvester::{Fetcher, HarvestSettings};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn fixtures() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/fixtures/real");
    assert!(
        dir.is_dir(),
        "shared fixtures not found at {}: these tests need ../shared beside the checkout (CI has it)",
        dir.display()
    );
    dir
}

/// Serves `route(query)` (a fixture path) on 127.0.0.1; returns the base URL.
async fn serve(route: impl Fn(&str) -> &'static str + Send + Sync + Copy + 'static) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}/oai", listener.local_addr().unwrap());
    tokio::spawn(async move {
        loop {
            let Ok((mut stream, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(async move {
                let mut buf = vec![0u8; 8192];
                let n = stream.read(&mut buf).await.unwrap_or(0);
                let head = String::from_utf8_lossy(&buf[..n]).to_string();
                let target = head.split(' ').nth(1).unwrap_or("/");
                let query = target.split_once('?').map(|(_, q)| q).unwrap_or("");
                let body = std::fs::read(fixtures().join(route(query))).unwrap();
                let reply = format!("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
                let _ = stream.write_all(reply.as_bytes()).await;
                let _ = stream.write_all(&body).await;
            });
        }
    });
    base
}

fn fetcher() -> Fetcher {
    Fetcher::new(HarvestSettings {
        allow_private_networks: true,
        per_host_delay: Duration::ZERO,
        retries: 0,
        ..HarvestSettings::default()
    })
    .unwrap()
}

#[tokio::test]
async fn identify_list_metadata_formats_and_list_sets() {
    let base = serve(|q| {
        if q.contains("Identify") {
            "pyoai/fake1/00001.xml"
        } else if q.contains("ListMetadataFormats") {
            "sickle/ListMetadataFormats.xml"
        } else {
            "pyoai/fake1/00000.xml"
        }
    })
    .await;
    let fetcher = fetcher();
    let client = OaiClient::new(&fetcher, &base).unwrap();
    let identify = client.identify().await.unwrap();
    assert_eq!(identify.deleted_record, "no");
    assert_eq!(identify.protocol_version, "2.0");
    assert!(!identify.repository_name.is_empty());
    let formats = client.list_metadata_formats().await.unwrap();
    let prefixes: Vec<&str> = formats.iter().map(|f| f.prefix.as_str()).collect();
    assert_eq!(
        prefixes,
        ["epicur", "xMetaDissPlus", "oai_dc", "mods", "swepub_mods"]
    );
    let sets = client.list_sets().await.unwrap();
    assert!(
        sets.iter().any(|s| s.spec == "3:5"),
        "hierarchical setSpecs are kept"
    );
}

#[tokio::test]
async fn an_invalid_earliest_datestamp_is_dropped_not_fatal() {
    // pyoai/fake5/00001.xml: earliestDatestamp "aaaa-bb-cc".
    let base = serve(|_| "pyoai/fake5/00001.xml").await;
    let fetcher = fetcher();
    let identify = OaiClient::new(&fetcher, &base)
        .unwrap()
        .identify()
        .await
        .unwrap();
    assert_eq!(identify.earliest_datestamp, None);
}

#[tokio::test]
async fn no_set_hierarchy_is_an_empty_list() {
    let base = serve(|_| "sickle/noSetHierarchy.xml").await;
    let fetcher = fetcher();
    assert!(OaiClient::new(&fetcher, &base)
        .unwrap()
        .list_sets()
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn get_record_and_its_errors() {
    let base = serve(|q| {
        if q.contains("missing") {
            "sickle/idDoesNotExist.xml"
        } else {
            "sickle/GetRecord_utf8test.xml"
        }
    })
    .await;
    let fetcher = fetcher();
    let client = OaiClient::new(&fetcher, &base).unwrap();
    let page = client
        .get_record("oai:test.example.com:1996652", "oai_dc")
        .await
        .unwrap();
    assert_eq!(page.records.len(), 1);
    let record = oerdex_harvester::crosswalk::source_record(page.records[0].clone());
    assert!(
        record
            .metadata
            .unwrap()
            .creators
            .iter()
            .any(|c| c.name.contains('某')),
        "UTF-8 survives"
    );
    let err = client.get_record("missing", "oai_dc").await.unwrap_err();
    assert_eq!(err.oai_code(), Some("idDoesNotExist"));
}

#[tokio::test]
async fn list_identifiers_pages_by_token() {
    let base = serve(|q| {
        if q.contains("resumptionToken") {
            "sickle/ListIdentifiers2.xml"
        } else {
            "sickle/ListIdentifiers.xml"
        }
    })
    .await;
    let fetcher = fetcher();
    let client = OaiClient::new(&fetcher, &base).unwrap();
    let request = ListRequest {
        metadata_prefix: "oai_dc".into(),
        ..Default::default()
    };
    let (_, first) = client
        .list_page(ListVerb::ListIdentifiers, &request)
        .await
        .unwrap();
    assert_eq!(first.records.len(), 2);
    assert!(first.records.iter().any(|r| r.deleted));
    let token = first.resumption.unwrap();
    assert_eq!(token.token, "ListIdentifiers2.xml");
    assert_eq!(token.complete_list_size, Some(4));
    let next = ListRequest {
        token: Some(token.token),
        ..request
    };
    let (url, second) = client
        .list_page(ListVerb::ListIdentifiers, &next)
        .await
        .unwrap();
    assert!(!url.as_str().contains("metadataPrefix"), "{url}");
    assert_eq!(second.records.len(), 2);
    assert!(second.resumption.is_none());
}

#[tokio::test]
async fn protocol_errors_from_the_specification_examples() {
    for (file, code) in [
        ("sickle/badArgument.xml", "badArgument"),
        (
            "sickle/cannotDisseminateFormat.xml",
            "cannotDisseminateFormat",
        ),
        ("sickle/noRecordsMatch.xml", "noRecordsMatch"),
        ("phpoaipmh/BadResponseNonExistentVerb.xml", "badVerb"),
    ] {
        let base = serve(move |_| file).await;
        let fetcher = fetcher();
        let client = OaiClient::new(&fetcher, &base).unwrap();
        let request = ListRequest {
            metadata_prefix: "oai_dc".into(),
            ..Default::default()
        };
        let (_, page) = client
            .list_page(ListVerb::ListRecords, &request)
            .await
            .unwrap();
        assert_eq!(page.errors[0].code, code, "{file}");
    }
}

#[tokio::test]
async fn broken_documents_are_errors_after_retries() {
    for file in [
        "sickle/ListRecordsBroken.xml",
        "pyoai/fake3/00001.xml",
        "pyoai/fake4/00001.xml",
    ] {
        let base = serve(move |_| file).await;
        let fetcher = fetcher();
        let client = OaiClient::new(&fetcher, &base).unwrap();
        let request = ListRequest {
            metadata_prefix: "oai_dc".into(),
            ..Default::default()
        };
        let err = client
            .list_page(ListVerb::ListRecords, &request)
            .await
            .unwrap_err();
        assert!(
            matches!(err, oerdex_harvester::HarvestError::BadResponse { .. }),
            "{file}: {err}"
        );
    }
}

#[tokio::test]
async fn an_unbound_prefix_on_the_root_does_not_hide_the_answer() {
    // inroa/metadata/oai_norecords2.xml: no xmlns on the root and an unbound xsi: prefix. The
    // envelope is still unambiguous, so it is read (as noRecordsMatch), not refused.
    let base = serve(|_| "inroa/metadata/oai_norecords2.xml").await;
    let fetcher = fetcher();
    let client = OaiClient::new(&fetcher, &base).unwrap();
    let request = ListRequest {
        metadata_prefix: "lom".into(),
        ..Default::default()
    };
    let (_, page) = client
        .list_page(ListVerb::ListRecords, &request)
        .await
        .unwrap();
    assert_eq!(page.errors[0].code, "noRecordsMatch");
}
