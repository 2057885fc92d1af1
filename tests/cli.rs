//! The command line: licences, configuration errors and exit codes, export, backup, reindex,
//! sources remove, and text search output.

mod support;

use serde_json::Value;
use support::repo::Repo;
use support::Oerdex;

#[test]
fn license_reads_each_statement_and_prints_the_api_object_as_json() {
    let oerdex = Oerdex::new("license");
    let run = oerdex
        .run(&[
            "license",
            "--json",
            "http://creativecommons.org/licenses/by-sa/3.0/de/deed.de",
            "CC BY-NC-SA 4.0",
            "All rights reserved",
        ])
        .expect(0);
    let lines: Vec<Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "CC-BY-SA-3.0-DE");
    assert_eq!(lines[0]["family"], "cc-by-sa");
    assert_eq!(
        lines[0]["url"],
        "https://creativecommons.org/licenses/by-sa/3.0/de/"
    );
    assert_eq!(lines[0]["share_alike"], true);
    assert_eq!(lines[1]["id"], "CC-BY-NC-SA-4.0");
    assert_eq!(lines[1]["open"], true);
    assert_eq!(lines[1]["commercial"], false);
    assert_eq!(lines[2], Value::Null);
    // Each reading says what "open" and "free" mean, not just yes or no.
    let run = oerdex.run(&["license", "CC BY-ND 4.0"]).expect(0);
    assert!(
        run.stdout.contains("open (UNESCO OER Recommendation: anyone may reuse, adapt and share, perhaps only non-commercially): no"),
        "{}",
        run.stdout
    );
    let run = oerdex.run(&["license", "CC BY-NC 4.0"]).expect(0);
    assert!(
        run.stdout.contains("non-commercially): yes"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(
            "free cultural work (any use, adaptation and sharing, commercial included): no"
        ),
        "{}",
        run.stdout
    );
    let run = oerdex.run(&["license", "CC BY-SA 4.0"]).expect(0);
    assert!(
        run.stdout.contains("commercial included): yes"),
        "{}",
        run.stdout
    );
}

#[test]
fn configuration_errors_exit_with_their_own_code_and_name_the_key() {
    let oerdex = Oerdex::new("config");
    let file = oerdex.dir.0.join("bad.toml");
    std::fs::write(&file, "[harvest]\nretries = 3\nconcurency = 2\n").unwrap();
    let run = oerdex
        .run(&["--config", file.to_str().unwrap(), "sources", "list"])
        .expect(3);
    assert!(
        run.stderr.contains("concurency") && run.stderr.contains("bad.toml"),
        "{}",
        run.stderr
    );

    // ./oerdex.toml is read when present; the environment overrides it.
    std::fs::write(
        oerdex.dir.0.join("oerdex.toml"),
        "[harvest]\ninterval = \"often\"\n",
    )
    .unwrap();
    let run = oerdex.run(&["sources", "list"]).expect(3);
    assert!(run.stderr.contains("harvest.interval"), "{}", run.stderr);
    std::fs::remove_file(oerdex.dir.0.join("oerdex.toml")).unwrap();

    let mut oerdex = oerdex;
    oerdex.set_env("OERDEX_HARVEST_TIMEOUT_S", "soon");
    let run = oerdex.run(&["sources", "list"]).expect(3);
    assert!(
        run.stderr.contains("OERDEX_HARVEST_TIMEOUT_S"),
        "{}",
        run.stderr
    );
}

#[test]
fn sources_declared_in_the_config_file_are_upserted() {
    let oerdex = Oerdex::new("config-sources");
    std::fs::write(
        oerdex.dir.0.join("oerdex.toml"),
        "[[source]]\nname = \"declared\"\nurl = \"https://oer.example.org/oai\"\nmetadata_prefix = \"lom\"\nsets = [\"oer\"]\ndefault_license = \"CC-BY-4.0\"\n",
    )
    .unwrap();
    let run = oerdex.run(&["sources", "list", "--json"]).expect(0);
    let list: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(list[0]["name"], "declared");
    assert_eq!(list[0]["metadata_prefix"], "lom");
    assert_eq!(list[0]["sets"][0], "oer");
    assert_eq!(list[0]["default_license"], "CC-BY-4.0");
    let run = oerdex.run(&["sources", "remove", "declared"]).expect(1);
    assert!(run.stderr.contains("configuration file"), "{}", run.stderr);
}

#[test]
fn export_search_remove_backup_and_reindex_work_on_a_harvested_catalogue() {
    let repo = Repo::new(30, 10);
    let server = repo.serve();
    let other = Repo::new(2, 10);
    let other_server = other.serve();
    let oerdex = Oerdex::new("workflow");
    oerdex
        .run(&["sources", "add", "synth", &server.oai()])
        .expect(0);
    oerdex
        .run(&["sources", "add", "other", &other_server.oai()])
        .expect(0);
    oerdex.run(&["harvest"]).expect(0);

    // Export as AMB JSON-LD.
    let run = oerdex.run(&["export", "--format", "jsonld"]).expect(0);
    let docs: Vec<Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        docs.len(),
        30,
        "the two records of 'other' merge with records 1 and 2"
    );
    let by = docs
        .iter()
        .find(|d| d["url"] == "https://oer.example.net/r/5")
        .unwrap();
    assert_eq!(by["type"], serde_json::json!(["LearningResource"]));
    assert_eq!(by["@context"][0], "https://w3id.org/kim/amb/context.jsonld");
    assert_eq!(
        by["license"]["id"],
        "https://creativecommons.org/licenses/by/4.0/"
    );
    assert_eq!(by["inLanguage"][0], "de");
    // A merged resource names both records it was built from, each at its source.
    let providers = |d: &Value| -> Vec<String> {
        d["mainEntityOfPage"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["provider"]["name"].as_str().unwrap().to_string())
            .collect()
    };
    let merged: Vec<&Value> = docs.iter().filter(|d| providers(d).len() == 2).collect();
    assert_eq!(merged.len(), 2, "records 1 and 2");
    for d in merged {
        assert_eq!(providers(d), ["other", "synth"]);
        assert!(d["mainEntityOfPage"][1]["id"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{}?verb=GetRecord", server.oai())));
    }
    let out = oerdex.dir.0.join("export.jsonl");
    oerdex
        .run(&["export", "--out", out.to_str().unwrap()])
        .expect(0);
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 30);

    // Search: text output and the API's JSON document.
    let run = oerdex
        .run(&["search", "synthetic", "--license", "cc0", "--limit", "3"])
        .expect(0);
    assert!(run.stdout.contains("6 resources match"), "{}", run.stdout);
    assert!(run.stdout.contains("[CC0-1.0]"), "{}", run.stdout);
    let json = oerdex.search(&["--open", "--lang", "German"]);
    assert!(json["total"].as_u64().unwrap() > 0);
    assert!(json["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["license"]["open"] == true && r["languages"][0] == "de"));
    assert!(json["facets"]["license"].is_object());

    // Removing a source keeps the resources another source holds.
    oerdex.run(&["sources", "remove", "synth"]).expect(0);
    let export = oerdex.export();
    assert_eq!(export.len(), 2);
    assert!(export.iter().all(|r| r["sources"][0]["source"] == "other"));
    let run = oerdex.run(&["sources", "remove", "synth"]).expect(1);
    assert!(run.stderr.contains("no source named"), "{}", run.stderr);

    // Backup, then the copy is a working catalogue.
    let copy = oerdex.dir.0.join("copy.db");
    let run = oerdex.run(&["backup", copy.to_str().unwrap()]).expect(0);
    assert!(
        run.stdout.contains("backed up 2 resources"),
        "{}",
        run.stdout
    );
    let run = oerdex
        .run(&["--db", copy.to_str().unwrap(), "search", "--json"])
        .expect(0);
    assert_eq!(
        serde_json::from_str::<Value>(&run.stdout).unwrap()["total"],
        2
    );
    oerdex.run(&["backup", copy.to_str().unwrap()]).expect(1);

    // Reindex rebuilds records from the raw XML kept at harvest time.
    let conn = rusqlite::Connection::open(oerdex.db()).unwrap();
    conn.execute(
        "UPDATE records SET metadata = '{}' WHERE source = 'other'",
        [],
    )
    .unwrap();
    drop(conn);
    let run = oerdex.run(&["reindex", "other"]).expect(0);
    assert!(
        run.stdout.contains("2 records re-read, 2 changed"),
        "{}",
        run.stdout
    );
    let titles: Vec<String> = oerdex
        .export()
        .iter()
        .map(|r| r["title"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(
        titles.contains(&"Synthetic resource 1".to_string()),
        "{titles:?}"
    );
}

#[test]
fn search_json_prints_the_same_document_as_the_api() {
    let repo = Repo::new(25, 10);
    let server = repo.serve();
    let oerdex = Oerdex::new("search-json");
    oerdex
        .run(&["sources", "add", "synth", &server.oai()])
        .expect(0);
    oerdex.run(&["harvest"]).expect(0);
    let served = oerdex.serve();
    for (cli, api) in [
        (
            vec!["synthetic", "--license", "cc0", "--limit", "5"],
            "q=synthetic&license=cc0&limit=5",
        ),
        (
            vec!["--open", "--lang", "de", "--limit", "3"],
            "open=true&lang=de&limit=3",
        ),
        (
            vec!["resource", "--license", "cc-by", "--license", "cc-by-sa"],
            "q=resource&license=cc-by,cc-by-sa&limit=10",
        ),
        (vec!["--free", "--limit", "20"], "free=true&limit=20"),
    ] {
        let from_cli = oerdex.search(&cli);
        let from_api = support::http::get(&served.url(&format!("/api/v1/resources?{api}")))
            .expect(200)
            .json();
        assert_eq!(from_cli, from_api, "{cli:?} vs {api}");
        assert!(
            from_cli["total"].as_u64().unwrap() > 0,
            "{cli:?} matches something"
        );
    }
}

#[test]
fn exported_json_ld_is_accepted_by_a_json_ld_processor() {
    let repo = Repo::new(12, 10);
    let server = repo.serve();
    let oerdex = Oerdex::new("jsonld");
    oerdex
        .run(&["sources", "add", "synth", &server.oai()])
        .expect(0);
    oerdex.run(&["harvest"]).expect(0);
    let export = oerdex
        .run(&["export", "--format", "jsonld"])
        .expect(0)
        .stdout;
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/clients/jsonld_expand.py");
    let context = support::amb::schema_dir().join("context.jsonld");
    let mut child = std::process::Command::new(support::python())
        .arg(script)
        .arg(context)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(export.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "PyLD rejected a document: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let expanded: Vec<Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(expanded.len(), 12);
    // The AMB context's vocabulary is schema.org over http.
    let schema = |p: &str| format!("http://schema.org/{p}");
    for doc in &expanded {
        assert_eq!(
            doc["@type"],
            serde_json::json!([schema("LearningResource")])
        );
        assert!(doc[&schema("name")][0]
            .as_str()
            .unwrap()
            .starts_with("Synthetic resource"));
        assert!(doc[&schema("inLanguage")].is_array());
    }
    let by = expanded
        .iter()
        .find(|d| d[&schema("url")][0] == "https://oer.example.net/r/5")
        .unwrap();
    assert_eq!(
        by[&schema("license")][0],
        "https://creativecommons.org/licenses/by/4.0/",
        "the licence is an IRI"
    );
}

#[test]
fn search_has_the_api_s_facet_filters_and_sorts() {
    let delay = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let (_repo, server) = support::catalogue::serve(delay);
    let oerdex = Oerdex::new("search-facets");
    oerdex
        .run(&["sources", "add", "cat", &server.oai()])
        .expect(0);
    oerdex.run(&["harvest"]).expect(0);
    let served = oerdex.serve();
    for (cli, api) in [
        (
            vec!["--type", "video", "--sort", "title", "--limit", "100"],
            "type=video&sort=title&limit=100",
        ),
        (
            vec![
                "--level",
                "higher education",
                "--subject",
                "Biology",
                "--sort",
                "updated",
            ],
            "level=higher%20education&subject=Biology&sort=updated&limit=10",
        ),
        (
            vec!["--source", "cat", "--type", "worksheet", "--limit", "5"],
            "source=cat&type=worksheet&limit=5",
        ),
    ] {
        let from_cli = oerdex.search(&cli);
        let from_api = support::http::get(&served.url(&format!("/api/v1/resources?{api}")))
            .expect(200)
            .json();
        assert_eq!(from_cli, from_api, "{cli:?} vs {api}");
        let total = from_cli["total"].as_u64().unwrap();
        assert!(
            total > 0 && total < support::catalogue::RECORDS as u64,
            "{cli:?}: {total}"
        );
    }
    let none = oerdex.search(&["--source", "elsewhere"]);
    assert_eq!(none["total"], 0);
    let bad = oerdex.run(&["search", "--sort", "oldest"]);
    assert_eq!(bad.code, 2, "{}", bad.stderr);
}
