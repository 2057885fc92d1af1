//! The API fuzzed from its own OpenAPI document with Schemathesis (from PyPI, installed by
//! scripts/test.sh): every operation, with generated valid and invalid parameters and bodies,
//! answers without a server error, with a status, media type and body its document declares.
//!
//! The server runs over a harvested catalogue with the admin token, so writes are fuzzed too;
//! every repository URL the fuzzer registers goes to a proxy on a closed loopback port, so no
//! request leaves the machine. Examples, boundary values and random inputs, at most 10 of each
//! per operation, and a minute in all (Schemathesis generates far more than that on its own).

mod support;

use std::process::Command;

use support::repo::Repo;
use support::Oerdex;

const TOKEN: &str = "fuzz-admin-token";

#[test]
fn the_api_fuzzed_from_its_openapi_document_answers_only_declared_statuses() {
    let python = support::python();
    let schemathesis = python.with_file_name("schemathesis");
    assert!(
        schemathesis.exists(),
        "{} not found: scripts/test.sh installs Schemathesis from PyPI into target/pyenv",
        schemathesis.display()
    );
    let repo = Repo::new(30, 10);
    let repo_server = repo.serve();
    let mut oerdex = Oerdex::new("fuzz");
    oerdex.set_env("OERDEX_ADMIN_TOKEN", TOKEN);
    oerdex
        .run(&["sources", "add", "synth", &repo_server.oai()])
        .expect(0);
    oerdex.run(&["harvest"]).expect(0);
    // From here on, whatever the fuzzer registers is fetched through a proxy that is not there.
    oerdex.set_env("OERDEX_HARVEST_PROXY", "http://127.0.0.1:9");
    oerdex.set_env("OERDEX_HARVEST_RETRIES", "0");
    let served = oerdex.serve();
    let dir = support::TempDir::new("schemathesis");
    let output = Command::new(&schemathesis)
        .current_dir(&dir.0)
        .args([
            "run",
            &served.url("/api/v1/openapi.json"),
            "--checks",
            "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
            "--phases",
            "examples,coverage,fuzzing",
            "--max-examples",
            "10",
            "--seed",
            "20261130",
            "--generation-database",
            "none",
            "--max-time",
            "60",
            "--request-timeout",
            "30",
            "--no-color",
            "--header",
            &format!("Authorization: Bearer {TOKEN}"),
        ])
        .output()
        .expect("run schemathesis");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "schemathesis found problems:\n{stdout}\n{}\n--- server log\n{}",
        String::from_utf8_lossy(&output.stderr),
        served.stderr()
    );
    assert!(stdout.contains("passed"), "{stdout}");
    assert!(
        repo_server
            .requests()
            .iter()
            .all(|r| r.arg("verb").is_some()),
        "only OAI-PMH requests reached the repository"
    );
}
