//! AMB out: every JSON-LD document oerdex writes validates against the AMB JSON Schema in
//! ../shared/schemas/amb (read in place), for the demo catalogue and for everything harvested
//! from the real fixtures in ../shared/fixtures/real; vocabulary IRIs survive from harvest to
//! output, and each document names the source records it was built from.

mod support;

use std::path::{Path, PathBuf};

use oerdex_harvester::crosswalk::jsonld;
use oerdex_index::jsonld::{to_jsonld, SourceUrls};
use oerdex_index::model::RecordMetadata;
use oerdex_index::write::merge::resource_of;
use oerdex_index::SourceRef;
use serde_json::Value;
use support::server::{Reply, Server};
use support::{amb, fixtures_dir, Oerdex};

/// `oerdex export --format jsonld`, one document per line.
fn export_jsonld(oerdex: &Oerdex) -> Vec<Value> {
    oerdex
        .run(&["export", "--format", "jsonld"])
        .expect(0)
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("export lines are JSON"))
        .collect()
}

/// Asserts every document is valid AMB, naming the document and each error's JSON pointer.
fn assert_valid(docs: &[Value]) {
    let validator = amb::validator();
    let broken: Vec<String> = docs
        .iter()
        .filter_map(|doc| {
            let errors = amb::errors(&validator, doc);
            (!errors.is_empty()).then(|| format!("{}: {errors:#?}", doc["id"]))
        })
        .collect();
    assert!(broken.is_empty(), "{} invalid: {broken:#?}", broken.len());
}

#[test]
fn the_validator_accepts_the_valid_amb_examples_and_refuses_the_invalid_ones() {
    let validator = amb::validator();
    let dir = fixtures_dir().join("amb");
    for (kind, valid) in [("valid", true), ("invalid", false)] {
        let files = json_files(&dir.join(kind));
        assert!(!files.is_empty(), "no {kind} AMB examples");
        for path in files {
            let doc: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
            let errors = amb::errors(&validator, &doc);
            assert_eq!(errors.is_empty(), valid, "{}: {errors:?}", path.display());
        }
    }
}

#[test]
fn every_resource_of_the_demo_catalogue_is_valid_amb() {
    let mut oerdex = Oerdex::new("amb-demo");
    oerdex.run(&["demo", "--no-serve"]).expect(0);
    let demo = oerdex.dir.0.join("oerdex-demo.db");
    oerdex.set_env("OERDEX_DB", &demo.display().to_string());
    let docs = export_jsonld(&oerdex);
    assert!(
        docs.len() >= 10,
        "the demo catalogue: {} resources",
        docs.len()
    );
    assert_valid(&docs);
    for doc in &docs {
        assert_eq!(
            doc["@context"][0],
            "https://w3id.org/kim/amb/context.jsonld"
        );
        assert!(doc["type"]
            .as_array()
            .is_some_and(|t| t.contains(&"LearningResource".into())));
        let pages = doc["mainEntityOfPage"].as_array().expect("provenance");
        assert!(!pages.is_empty(), "{doc}");
    }
}

#[test]
fn every_resource_harvested_from_the_real_fixtures_is_valid_amb() {
    let pages = real_pages();
    let served = pages.clone();
    let server = Server::start(move |req| {
        let n: usize = match req.path.rsplit('/').next().and_then(|n| n.parse().ok()) {
            Some(n) if n < served.len() => n,
            _ => return Reply::status(404, &[], "no such repository"),
        };
        match (req.arg("verb"), req.arg("resumptionToken")) {
            (Some("ListRecords"), None) => Reply::xml(served[n].clone()),
            (Some("ListRecords"), Some(_)) => Reply::xml(support::repo::envelope(
                "<ListRecords><resumptionToken/></ListRecords>",
            )),
            (Some("Identify"), _) => Reply::xml(support::fixture("sickle/Identify.xml")),
            _ => Reply::xml(support::repo::envelope(
                "<ListMetadataFormats><metadataFormat><metadataPrefix>oai_dc</metadataPrefix><schema>s</schema><metadataNamespace>n</metadataNamespace></metadataFormat></ListMetadataFormats>",
            )),
        }
    });
    let oerdex = Oerdex::new("amb-real");
    for n in 0..pages.len() {
        let url = format!("{}/{n}", server.oai());
        oerdex
            .run(&["sources", "add", &format!("real{n}"), &url])
            .expect(0);
    }
    // Some real pages are broken on purpose (a record without a header): the harvest reports
    // them and goes on, so its exit code is not the point here.
    oerdex.run(&["harvest"]);
    let docs = export_jsonld(&oerdex);
    assert!(docs.len() >= 40, "{} resources harvested", docs.len());
    assert_valid(&docs);

    // The hs-oer-lom-profil's Hochschulfächersystematik IRIs reach the output as concepts with
    // German and English labels; its HCRT types too.
    let difference = docs
        .iter()
        .find(|d| d["name"] == "Introduction to Difference Equations")
        .expect("the hs-oer-lom-profil example");
    let about = difference["about"].as_array().expect("about");
    let maths = about
        .iter()
        .find(|c| c["id"] == "https://w3id.org/kim/hochschulfaechersystematik/n4")
        .unwrap_or_else(|| panic!("{about:#?}"));
    assert_eq!(maths["prefLabel"]["de"], "Mathematik, Naturwissenschaften");
    assert_eq!(maths["prefLabel"]["en"], "Mathematics, Natural Sciences");
    assert!(difference["learningResourceType"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["id"] == "https://w3id.org/kim/hcrt/video"));
    assert_eq!(
        difference["license"]["id"],
        "https://creativecommons.org/publicdomain/zero/1.0/"
    );
    // Provenance: the source record at its repository.
    let page = &difference["mainEntityOfPage"][0];
    assert!(
        page["id"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{}/", server.oai())),
        "{page}"
    );
    assert!(page["provider"]["name"]
        .as_str()
        .unwrap()
        .starts_with("real"));
    // Creators are persons or organisations, as the records say.
    let kinds: Vec<&str> = docs
        .iter()
        .flat_map(|d| d["creator"].as_array().into_iter().flatten())
        .map(|c| c["type"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"Person") && kinds.contains(&"Organization"),
        "{kinds:?}"
    );
}

/// One record alone made into a resource, as the catalogue would, and written as AMB.
fn through_the_model(node: &Value) -> (RecordMetadata, Value) {
    let md = jsonld::crosswalk(node);
    let source = SourceRef {
        source: "deposit".into(),
        oai_identifier: "oai:deposit:1".into(),
        datestamp: "2026-01-02T03:04:05Z".into(),
        metadata_prefix: "amb".into(),
    };
    let resource = resource_of(
        "0123456789abcdef",
        source,
        md.clone(),
        "2026-01-02T03:04:05Z",
    );
    (md, to_jsonld(&resource, &SourceUrls::new()))
}

#[test]
fn valid_amb_examples_round_trip_through_the_model() {
    let validator = amb::validator();
    let iris = |doc: &Value, key: &str| -> Vec<String> {
        doc[key]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| c["id"].as_str().map(str::to_string))
            .collect()
    };
    for path in json_files(&fixtures_dir().join("amb/valid")) {
        let name = path.display().to_string();
        let original: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        let nodes = jsonld::learning_resources(&original);
        assert_eq!(nodes.len(), 1, "{name}");
        let (md, out) = through_the_model(nodes[0]);
        assert_eq!(
            amb::errors(&validator, &out),
            Vec::<String>::new(),
            "{name}: {out:#}"
        );
        // Read back, nothing the model knows is lost.
        let (again, _) = through_the_model(&out);
        assert_eq!(again.title, md.title, "{name}");
        assert_eq!(again.description, md.description, "{name}");
        assert_eq!(out["name"], original["name"], "{name}");
        assert_eq!(out["id"], original["id"], "{name}");
        // The licence as the same licence (its canonical URL).
        if let Some(id) = original["license"]["id"].as_str() {
            let canonical = |url: &str| oerdex_index::license::normalize(url).map(|l| l.id);
            assert_eq!(
                out["license"]["id"].as_str().and_then(canonical),
                canonical(id),
                "{name}"
            );
        }
        for key in ["inLanguage", "timeRequired"] {
            if original.get(key).is_some() {
                assert_eq!(out[key], original[key], "{name}: {key}");
            }
        }
        for key in [
            "about",
            "learningResourceType",
            "educationalLevel",
            "audience",
            "isBasedOn",
            "hasPart",
            "isPartOf",
        ] {
            assert_eq!(iris(&out, key), iris(&original, key), "{name}: {key}");
        }
        let agents = |doc: &Value, key: &str| -> Vec<(String, String)> {
            doc[key]
                .as_array()
                .into_iter()
                .flatten()
                .map(|a| (a["name"].to_string(), a["type"].to_string()))
                .collect()
        };
        assert_eq!(
            agents(&out, "creator"),
            agents(&original, "creator"),
            "{name}"
        );
        for keyword in original["keywords"].as_array().into_iter().flatten() {
            assert!(
                out["keywords"].as_array().unwrap().contains(keyword),
                "{name}: {keyword}"
            );
        }
        assert_eq!(again.creators, md.creators, "{name}");
        assert_eq!(again.languages, md.languages, "{name}");
    }
}

#[test]
fn lrmi_examples_become_valid_amb() {
    let validator = amb::validator();
    let dir = fixtures_dir().join("lrmi");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut seen = 0;
    for path in files {
        // Two examples are the `<script>` element a page embeds them in.
        let text = std::fs::read_to_string(&path).unwrap();
        let json = match text.trim_start().strip_prefix('<') {
            Some(_) => text
                .split_once('>')
                .and_then(|(_, rest)| rest.rsplit_once("</script>"))
                .map_or(text.as_str(), |(json, _)| json),
            None => text.as_str(),
        };
        let doc: Value =
            serde_json::from_str(json).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for node in jsonld::learning_resources(&doc) {
            let (_, out) = through_the_model(node);
            assert_eq!(
                amb::errors(&validator, &out),
                Vec::<String>::new(),
                "{}: {out:#}",
                path.display()
            );
            seen += 1;
        }
    }
    assert!(seen >= 4, "{seen} LRMI resources read");
}

/// The `.json` files in `dir`, sorted.
fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

/// Every real ListRecords page, and every bare real metadata record (LOM profiles) wrapped in
/// a ListRecords page of its own.
fn real_pages() -> Vec<Vec<u8>> {
    let mut files = Vec::new();
    let mut dirs = vec![fixtures_dir()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "xml") {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut pages = Vec::new();
    for path in files {
        let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
        if text.contains("ListRecords>") {
            pages.push(text.into_bytes());
        } else if !text.contains("OAI-PMH") && !text.contains("<html") {
            let body = text
                .split_once("?>")
                .filter(|(head, _)| head.trim_start().starts_with("<?xml"))
                .map_or(text.as_str(), |(_, body)| body);
            let n = pages.len();
            pages.push(
                support::repo::envelope(&format!(
                    "<ListRecords><record><header><identifier>oai:fixtures:{n}</identifier><datestamp>2024-01-01</datestamp></header><metadata>{body}</metadata></record><resumptionToken/></ListRecords>"
                ))
                .into_bytes(),
            );
        }
    }
    pages
}
