//! Hostile input against the real `oerdex serve`: per-client rate limits, and random hostile
//! query strings that must never produce a 5xx. (Load while harvesting is in tests/load.rs, a
//! test binary of its own so that nothing else competes for the two cores while it measures.)

mod support;

use support::http::{encode, get};
use support::repo::Repo;
use support::Oerdex;

#[test]
fn clients_over_the_rate_limit_get_429_with_retry_after() {
    let repo = Repo::new(3, 10);
    let server = repo.serve();
    let mut oerdex = Oerdex::new("ratelimit");
    oerdex.set_env("OERDEX_SERVER_RATE_LIMIT_PER_MINUTE", "20");
    oerdex
        .run(&["sources", "add", "s", &server.oai()])
        .expect(0);
    oerdex.run(&["harvest"]).expect(0);
    let served = oerdex.serve();
    let statuses: Vec<_> = (0..30)
        .map(|_| get(&served.url("/api/v1/resources")))
        .collect();
    assert_eq!(statuses.iter().filter(|r| r.status == 200).count(), 20);
    let refused = statuses
        .iter()
        .find(|r| r.status == 429)
        .expect("refused requests");
    assert!(refused
        .header("retry-after")
        .is_some_and(|v| v.parse::<u64>().is_ok()));
    assert_eq!(refused.media_type(), "application/problem+json");
    assert_eq!(
        refused.json()["type"],
        "urn:oerdex:problem:too-many-requests"
    );
    let metrics = get(&served.url("/metrics"));
    assert_eq!(metrics.status, 429, "the limit holds for every route");
}

#[test]
fn random_hostile_parameters_never_cause_a_server_error() {
    let repo = Repo::new(30, 10);
    let server = repo.serve();
    let mut oerdex = Oerdex::new("hostile");
    oerdex.set_env("OERDEX_SERVER_RATE_LIMIT_PER_MINUTE", "0");
    oerdex
        .run(&["sources", "add", "s", &server.oai()])
        .expect(0);
    oerdex.run(&["harvest"]).expect(0);
    let served = oerdex.serve();
    let names = [
        "q",
        "license",
        "open",
        "commercial",
        "derivatives",
        "lang",
        "type",
        "level",
        "subject",
        "source",
        "updated_since",
        "sort",
        "limit",
        "cursor",
        "facets",
        "verb",
        "metadataPrefix",
        "from",
        "until",
        "set",
        "resumptionToken",
        "identifier",
        "",
        "q[]",
        "%00",
    ];
    let pieces = [
        "\"",
        "*",
        "NEAR(",
        ")",
        "OR",
        "AND NOT",
        "^",
        "'",
        ";",
        "--",
        "\0",
        "\u{202e}",
        "💥",
        "%",
        "%zz",
        "&",
        "=",
        "+",
        "-1",
        "0",
        "101",
        "99999999999999999999",
        "true",
        "yes",
        "cc-by",
        "CC-BY-4.0",
        "de",
        "2024-13-40",
        "eyJ9",
        "null",
        "<x>",
        "../..",
        "\\",
        " ",
        "\t",
    ];
    let mut rng = support::Lcg(0x5eed);
    for round in 0..600 {
        let mut query = String::new();
        for _ in 0..=rng.next(4) {
            let name = names[rng.next(names.len())];
            let value: String = (0..=rng.next(6))
                .map(|_| pieces[rng.next(pieces.len())])
                .collect();
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str(&encode(name));
            query.push('=');
            query.push_str(&encode(&value));
        }
        let path = [
            "/api/v1/resources",
            "/oai",
            "/api/v1/licenses",
            "/api/v1/sources",
            "/api/v1/resources/x",
        ][round % 5];
        let response = get(&served.url(&format!("{path}?{query}")));
        assert!(
            response.status < 500,
            "{path}?{query} gave {}: {}",
            response.status,
            response.text()
        );
    }
    // A 100 KB query string and a 100 KB q value.
    let huge = "a".repeat(100_000);
    assert!(get(&served.url(&format!("/api/v1/resources?q={huge}"))).status < 500);
}
