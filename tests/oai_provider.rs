//! The OAI-PMH data provider (`/oai` of `oerdex serve`): every response of a full harvest,
//! errors included, validates against the OAI-PMH 2.0 XSD offline; third-party clients (Sickle,
//! oaipmh-scythe) harvest it completely, deletions included; and a second oerdex mirrors it,
//! incrementally, to the same resources, licences and fields.

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use support::http::{encode, get, request};
use support::repo::Repo;
use support::serve::Served;
use support::Oerdex;

const OAI_NS: &str = "http://www.openarchives.org/OAI/2.0/";

fn schemas() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/schemas");
    assert!(dir.is_dir(), "OAI-PMH schemas not found at {}: these tests need ../shared beside the checkout (CI has it)", dir.display());
    dir.canonicalize().unwrap()
}

/// Validates one response with xmllint against the OAI-PMH schema (with oai_dc where metadata
/// is present) and checks the root element.
fn validate(xml: &str, label: &str) {
    let dir = support::TempDir::new("xsd");
    let file = dir.0.join("response.xml");
    std::fs::write(&file, xml).unwrap();
    let schemas = schemas();
    let output = Command::new("xmllint")
        .env("XML_CATALOG_FILES", schemas.join("catalog.xml"))
        .args(["--noout", "--nonet", "--schema"])
        .arg(schemas.join("oai-pmh-with-dc.xsd"))
        .arg(&file)
        .output()
        .expect("xmllint not found: scripts/test.sh installs it (Debian package libxml2-utils)");
    assert!(
        output.status.success(),
        "{label}: not valid OAI-PMH:\n{}\n{}",
        String::from_utf8_lossy(&output.stderr),
        &xml[..xml.len().min(2000)]
    );
    let doc = roxmltree::Document::parse(xml).unwrap();
    let root = doc.root_element();
    assert_eq!(
        (root.tag_name().namespace(), root.tag_name().name()),
        (Some(OAI_NS), "OAI-PMH"),
        "{label}"
    );
}

fn oai(served: &Served, query: &str) -> String {
    let response = get(&served.url(&format!("/oai?{query}")));
    assert_eq!(response.status, 200, "{query}");
    assert!(
        response.media_type().ends_with("xml"),
        "{query}: {}",
        response.media_type()
    );
    response.text()
}

fn error_code(xml: &str) -> Option<String> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants()
        .find(|n| n.has_tag_name((OAI_NS, "error")))
        .and_then(|e| e.attribute("code"))
        .map(str::to_string)
}

fn token(xml: &str) -> Option<String> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants()
        .find(|n| n.has_tag_name((OAI_NS, "resumptionToken")))
        .and_then(|t| t.text())
        .map(str::to_string)
        .filter(|t| !t.is_empty())
}

/// A catalogue harvested from a synthetic repository and served, with a small page size.
fn origin(
    label: &str,
    records: usize,
) -> (
    Oerdex,
    std::sync::Arc<Repo>,
    support::server::Server,
    Served,
) {
    let repo = Repo::new(records, 25);
    let server = repo.serve();
    let mut oerdex = Oerdex::new(label);
    oerdex.set_env("OERDEX_OAI_PAGE_SIZE", "10");
    oerdex.set_env("OERDEX_OAI_REPOSITORY_IDENTIFIER", "oer.example.org");
    oerdex
        .run(&["sources", "add", "synth", &server.oai()])
        .expect(0);
    oerdex.run(&["harvest"]).expect(0);
    let served = oerdex.serve();
    (oerdex, repo, server, served)
}

#[test]
fn every_response_of_a_full_harvest_validates_against_the_schema() {
    let (oerdex, _repo, _server, served) = origin("xsd", 34);
    let identify = oai(&served, "verb=Identify");
    validate(&identify, "Identify");
    assert!(identify.contains("<deletedRecord>persistent</deletedRecord>"));
    assert!(identify.contains("<granularity>YYYY-MM-DDThh:mm:ssZ</granularity>"));
    assert!(identify.contains("<compression>gzip</compression>"));
    assert!(identify.contains(&format!("<baseURL>{}/oai</baseURL>", served.base)));
    validate(
        &oai(&served, "verb=ListMetadataFormats"),
        "ListMetadataFormats",
    );
    let sets = oai(&served, "verb=ListSets");
    validate(&sets, "ListSets");
    for spec in ["open", "source:synth", "license:cc-by", "license:cc0"] {
        assert!(
            sets.contains(&format!("<setSpec>{spec}</setSpec>")),
            "{spec}"
        );
    }

    // Walk every page of ListRecords and ListIdentifiers.
    for verb in ["ListRecords", "ListIdentifiers"] {
        let mut query = format!("verb={verb}&metadataPrefix=oai_dc");
        let mut identifiers = Vec::new();
        let mut pages = 0;
        loop {
            let xml = oai(&served, &query);
            validate(&xml, &query);
            let doc = roxmltree::Document::parse(&xml).unwrap();
            identifiers.extend(
                doc.descendants()
                    .filter(|n| n.has_tag_name((OAI_NS, "identifier")))
                    .filter_map(|n| n.text().map(str::to_string)),
            );
            pages += 1;
            match token(&xml) {
                Some(t) => query = format!("verb={verb}&resumptionToken={}", encode(&t)),
                None => break,
            }
        }
        assert_eq!(pages, 4, "{verb}: 34 records in pages of 10");
        assert_eq!(identifiers.len(), 34);
        assert!(identifiers
            .iter()
            .all(|i| i.starts_with("oai:oer.example.org:")));
    }

    // GetRecord and ListMetadataFormats for one item.
    let export = oerdex.export();
    let id = format!("oai:oer.example.org:{}", export[0]["id"].as_str().unwrap());
    let record = oai(
        &served,
        &format!(
            "verb=GetRecord&metadataPrefix=oai_dc&identifier={}",
            encode(&id)
        ),
    );
    validate(&record, "GetRecord");
    assert!(record.contains(export[0]["title"].as_str().unwrap()));
    validate(
        &oai(
            &served,
            &format!("verb=ListMetadataFormats&identifier={}", encode(&id)),
        ),
        "ListMetadataFormats/identifier",
    );

    // Every error the protocol defines (noSetHierarchy and noMetadataFormats cannot happen here:
    // the catalogue has sets, and every record is in both formats).
    let errors = [
        ("verb=Nonsense", "badVerb"),
        ("", "badVerb"),
        ("verb=Identify&verb=Identify", "badArgument"),
        ("verb=Identify&extra=1", "badArgument"),
        ("verb=ListRecords", "badArgument"),
        (
            "verb=ListRecords&metadataPrefix=oai_dc&from=2024-13-45",
            "badArgument",
        ),
        (
            "verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-01-01T00:00:00Z",
            "badArgument",
        ),
        (
            "verb=ListRecords&resumptionToken=bogus",
            "badResumptionToken",
        ),
        (
            "verb=ListRecords&metadataPrefix=marc21",
            "cannotDisseminateFormat",
        ),
        (
            "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:oer.example.org:nothing",
            "idDoesNotExist",
        ),
        (
            "verb=ListMetadataFormats&identifier=oai:elsewhere:1",
            "idDoesNotExist",
        ),
        (
            "verb=ListRecords&metadataPrefix=oai_dc&from=2999-01-01",
            "noRecordsMatch",
        ),
        (
            "verb=ListRecords&metadataPrefix=oai_dc&set=license:nonsense",
            "noRecordsMatch",
        ),
    ];
    for (query, code) in errors {
        let xml = oai(&served, query);
        validate(&xml, query);
        assert_eq!(error_code(&xml).as_deref(), Some(code), "{query}");
    }

    // POST, as the protocol allows.
    let response = request(
        "POST",
        &served.url("/oai"),
        &[("Content-Type", "application/x-www-form-urlencoded")],
        Some(b"verb=Identify"),
    );
    assert_eq!(response.status, 200);
    validate(&response.text(), "POST Identify");
}

#[test]
fn lom_records_have_the_structure_of_the_lom_binding() {
    let (_oerdex, _repo, _server, served) = origin("lom", 12);
    let xml = oai(&served, "verb=ListRecords&metadataPrefix=lom");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let lom_ns = "http://ltsc.ieee.org/xsd/LOM";
    let order = [
        "general",
        "lifeCycle",
        "metaMetadata",
        "technical",
        "educational",
        "rights",
        "relation",
        "annotation",
        "classification",
    ];
    let records: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name((lom_ns, "lom")))
        .collect();
    assert_eq!(records.len(), 10);
    for lom in records {
        let categories: Vec<&str> = lom
            .children()
            .filter(|n| n.is_element())
            .map(|n| n.tag_name().name())
            .collect();
        let positions: Vec<usize> = categories
            .iter()
            .map(|c| order.iter().position(|o| o == c).expect("a LOM category"))
            .collect();
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "categories in binding order: {categories:?}"
        );
        assert!(lom
            .descendants()
            .all(|n| !n.is_element() || n.tag_name().namespace() == Some(lom_ns)));
        let general = lom
            .children()
            .find(|n| n.has_tag_name((lom_ns, "general")))
            .unwrap();
        let title = general
            .children()
            .find(|n| n.has_tag_name((lom_ns, "title")))
            .unwrap();
        let string = title
            .children()
            .find(|n| n.has_tag_name((lom_ns, "string")))
            .unwrap();
        assert!(
            string.attribute("language").is_some()
                && string.text().unwrap().starts_with("Synthetic resource")
        );
        let rights = lom
            .children()
            .find(|n| n.has_tag_name((lom_ns, "rights")))
            .unwrap();
        let restrictions = rights
            .children()
            .find(|n| n.has_tag_name((lom_ns, "copyrightAndOtherRestrictions")))
            .unwrap();
        let pair: Vec<&str> = restrictions
            .children()
            .filter(|n| n.is_element())
            .map(|n| n.tag_name().name())
            .collect();
        assert_eq!(pair, ["source", "value"]);
    }
}

fn clients(served: &Served, from: Option<&str>) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/clients/harvest.py");
    let mut cmd = Command::new(support::python());
    cmd.arg(script).arg(served.url("/oai"));
    if let Some(from) = from {
        cmd.arg(from);
    }
    let output = cmd.output().unwrap();
    assert!(
        output.status.success(),
        "client script failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn sickle_and_oaipmh_scythe_harvest_every_record_and_see_deletions() {
    let (oerdex, repo, _server, served) = origin("clients", 27);
    let ids: Vec<String> = oerdex
        .export()
        .iter()
        .map(|r| format!("oai:oer.example.org:{}", r["id"].as_str().unwrap()))
        .collect();
    let seen = clients(&served, None);
    for client in ["sickle", "scythe"] {
        let c = &seen[client];
        assert_eq!(c["identify"]["deletedRecord"], "persistent", "{client}");
        assert_eq!(
            c["formats"],
            serde_json::json!(["lom", "oai_dc"]),
            "{client}"
        );
        let records = c["records"].as_object().unwrap();
        let mut got: Vec<&String> = records.keys().collect();
        got.sort();
        let mut want: Vec<&String> = ids.iter().collect();
        want.sort();
        assert_eq!(got, want, "{client}: every record arrives");
        assert_eq!(c["identifiers"].as_array().unwrap().len(), 27, "{client}");
        let cc0 = records
            .values()
            .filter(|r| r["rights"][0] == "https://creativecommons.org/publicdomain/zero/1.0/")
            .count();
        assert!(cc0 > 0, "{client}: licences as URLs in dc:rights");
    }

    // Two records are deleted at the origin's source; the clients see them as deleted. The
    // harvest that finds them runs a second ahead (its clock shifted, not waited for), so
    // `since`, the second after everything harvested so far, is no later than their datestamps.
    let since = utc_in(1);
    {
        let mut records = repo.records.lock().unwrap();
        for r in records.iter_mut().take(2) {
            r.deleted = true;
            r.datestamp = "2999-01-01T00:00:00Z".into();
        }
    }
    oerdex.run_later(1, &["harvest"]).expect(0);
    let seen = clients(&served, Some(&since));
    for client in ["sickle", "scythe"] {
        let records = seen[client]["records"].as_object().unwrap();
        let deleted: Vec<_> = records.values().filter(|r| r["deleted"] == true).collect();
        assert_eq!(deleted.len(), 2, "{client}: {records:?}");
        assert_eq!(
            records.len(),
            2,
            "{client}: from= gives exactly what changed"
        );
    }
}

/// `YYYY-MM-DDThh:mm:ssZ`, `seconds` from now (UTC).
fn utc_in(seconds: i64) -> String {
    let out = Command::new("date")
        .args([
            "-u",
            "-d",
            &format!("{seconds:+} seconds"),
            "+%Y-%m-%dT%H:%M:%SZ",
        ])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// The fields a mirror must reproduce, by resource URL.
fn comparable(export: &[Value]) -> BTreeMap<String, Value> {
    export
        .iter()
        .map(|r| {
            let fields = serde_json::json!({
                "title": r["title"],
                "description": r["description"],
                "license": r["license"]["id"],
                "open": r["license"]["open"],
                "languages": r["languages"],
                "subjects": r["subjects"],
                "types": r["learning_resource_types"],
                "levels": r["educational_levels"],
                "creators": r["creators"],
            });
            (r["url"].as_str().unwrap().to_string(), fields)
        })
        .collect()
}

#[test]
fn a_second_oerdex_mirrors_the_catalogue_incrementally() {
    let (origin_oerdex, repo, _server, served) = origin("mirror-origin", 33);
    let mirror = Oerdex::new("mirror");
    let run = mirror
        .run(&["sources", "add", "origin", &served.url("/oai")])
        .expect(0);
    assert!(
        run.stdout.contains("format lom"),
        "the richest format is chosen: {}",
        run.stdout
    );
    mirror.run(&["harvest"]).expect(0);
    assert_eq!(
        comparable(&mirror.export()),
        comparable(&origin_oerdex.export())
    );

    // New, updated and deleted records at the origin's source.
    {
        let mut records = repo.records.lock().unwrap();
        records[0].deleted = true;
        records[0].datestamp = "2999-01-01T00:00:00Z".into();
        records[1].title = "An updated title".into();
        records[1].rights = "CC BY-SA 4.0".into();
        records[1].datestamp = "2999-01-01T00:00:00Z".into();
        let mut new = support::repo::SynthRecord::numbered(1000);
        new.datestamp = "2999-01-01T00:00:00Z".into();
        records.push(new);
    }
    // The origin records these changes in a later second than the mirror's first harvest, as a
    // later harvest would (its clock shifted a second ahead rather than waited for).
    origin_oerdex.run_later(1, &["harvest"]).expect(0);
    let run = mirror.run(&["harvest"]).expect(0);
    assert!(
        run.stdout.lines().any(|l| l.starts_with("origin")),
        "{}",
        run.stdout
    );
    let mirrored = comparable(&mirror.export());
    assert_eq!(mirrored, comparable(&origin_oerdex.export()));
    assert_eq!(mirrored.len(), 33);
    assert!(mirrored
        .values()
        .any(|f| f["title"] == "An updated title" && f["license"] == "CC-BY-SA-4.0"));
    let history: Value =
        serde_json::from_str(&mirror.run(&["sources", "list", "--json"]).expect(0).stdout).unwrap();
    let last = &history[0]["last_harvest"];
    assert_eq!(last["full"], false, "the second harvest is incremental");
    assert_eq!(last["deleted"], 1);
}
