//! End-to-end harvests: the real binary against real HTTP servers on 127.0.0.1 serving the real
//! fixtures in ../shared/fixtures/real and synthetic pages.

mod support;

use serde_json::Value;
use support::repo::{minute, Repo, SynthRecord};
use support::server::{Reply, Server};
use support::{fixture, Oerdex};

fn titles(export: &[Value]) -> Vec<String> {
    let mut t: Vec<String> = export
        .iter()
        .filter_map(|r| r["title"].as_str().map(str::to_string))
        .collect();
    t.sort();
    t
}

fn add(oerdex: &Oerdex, name: &str, url: &str, extra: &[&str]) {
    let mut args = vec!["sources", "add", name, url];
    args.extend_from_slice(extra);
    oerdex.run(&args).expect(0);
}

#[test]
fn harvests_every_page_of_a_paged_repository() {
    let repo = Repo::new(230, 50);
    let server = repo.serve();
    let oerdex = Oerdex::new("paged");
    add(&oerdex, "synth", &server.oai(), &[]);
    let run = oerdex.run(&["harvest"]).expect(0);
    assert!(run.stdout.contains("synth"), "{}", run.stdout);
    let export = oerdex.export();
    assert_eq!(export.len(), 230);
    // Five pages; each token came back exactly as issued (it holds '+', '/' and '=').
    let lists = server.verb_requests("ListRecords");
    assert_eq!(lists.len(), 5);
    assert_eq!(lists[1].arg("resumptionToken"), Some("o=50+f=/s==="));
    assert!(
        lists[1].arg("metadataPrefix").is_none(),
        "no other arguments beside the token"
    );
    // Licences and languages are normalised.
    let r6 = export
        .iter()
        .find(|r| r["url"] == "https://oer.example.net/r/6")
        .unwrap();
    assert_eq!(r6["license"]["id"], "CC-BY-SA-4.0");
    assert_eq!(r6["languages"], serde_json::json!(["fr"]));
    let r8 = export
        .iter()
        .find(|r| r["url"] == "https://oer.example.net/r/8")
        .unwrap();
    assert_eq!(r8["license"], Value::Null, "a copyright line is no licence");
    assert_eq!(r8["rights"][0], "© 2020 Example. All rights reserved.");
}

#[test]
fn sources_add_reads_identify_and_picks_the_richest_format() {
    let server = Server::start(|req| {
        match req.arg("verb") {
        Some("Identify") => Reply::xml(fixture("sickle/Identify.xml")),
        Some("ListMetadataFormats") => Reply::xml(
            support::repo::envelope(
                "<ListMetadataFormats>\
                 <metadataFormat><metadataPrefix>oai_dc</metadataPrefix><schema>s</schema><metadataNamespace>http://www.openarchives.org/OAI/2.0/oai_dc/</metadataNamespace></metadataFormat>\
                 <metadataFormat><metadataPrefix>mods</metadataPrefix><schema>s</schema><metadataNamespace>http://www.loc.gov/mods/v3</metadataNamespace></metadataFormat>\
                 <metadataFormat><metadataPrefix>lom</metadataPrefix><schema>s</schema><metadataNamespace>http://ltsc.ieee.org/xsd/LOM</metadataNamespace></metadataFormat>\
                 </ListMetadataFormats>",
            ),
        ),
        Some("ListSets") => Reply::xml(fixture("sickle/ListSets.xml")),
        _ => Reply::xml(fixture("sickle/badArgument.xml")),
    }
    });
    let oerdex = Oerdex::new("add");
    let run = oerdex
        .run(&["sources", "add", "repo", &server.oai()])
        .expect(0);
    assert!(run.stdout.contains("format lom"), "{}", run.stdout);
    let list: Value =
        serde_json::from_str(&oerdex.run(&["sources", "list", "--json"]).expect(0).stdout).unwrap();
    let source = &list[0];
    assert_eq!(source["metadata_prefix"], "lom");
    assert_eq!(source["granularity"], "YYYY-MM-DD");
    assert_eq!(source["deleted_record"], "persistent");
    assert_eq!(
        source["formats"],
        serde_json::json!(["oai_dc", "mods", "lom"])
    );

    // A prefix the repository does not offer, and a set it does not have, are refused by name.
    let run = oerdex
        .run(&["sources", "add", "r2", &server.oai(), "--prefix", "marc21"])
        .expect(1);
    assert!(
        run.stderr.contains("marc21") && run.stderr.contains("oai_dc, mods, lom"),
        "{}",
        run.stderr
    );
    let run = oerdex
        .run(&[
            "sources",
            "add",
            "r3",
            &server.oai(),
            "--set",
            "no-such-set",
        ])
        .expect(1);
    assert!(run.stderr.contains("no-such-set"), "{}", run.stderr);
    // A set the repository has (sickle/ListSets.xml) is accepted.
    oerdex
        .run(&["sources", "add", "r4", &server.oai(), "--set", "bookEditor"])
        .expect(0);
    // A duplicate name is refused.
    let run = oerdex
        .run(&["sources", "add", "repo", &server.oai()])
        .expect(1);
    assert!(run.stderr.contains("already exists"), "{}", run.stderr);
}

/// A repository offering exactly the formats `(prefix, namespace)`.
fn offering(formats: &'static [(&'static str, &'static str)]) -> Server {
    Server::start(move |req| {
        match req.arg("verb") {
        Some("Identify") => Reply::xml(fixture("sickle/Identify.xml")),
        Some("ListMetadataFormats") => Reply::xml(support::repo::envelope(&format!(
            "<ListMetadataFormats>{}</ListMetadataFormats>",
            formats
                .iter()
                .map(|(p, ns)| format!("<metadataFormat><metadataPrefix>{p}</metadataPrefix><schema>s</schema><metadataNamespace>{ns}</metadataNamespace></metadataFormat>"))
                .collect::<String>()
        ))),
        _ => Reply::xml(fixture("sickle/badArgument.xml")),
    }
    })
}

#[test]
fn endpoints_offering_only_datacite_or_mods_register_without_a_prefix() {
    let oerdex = Oerdex::new("formats");
    let datacite = offering(&[
        ("oai_datacite", "http://datacite.org/schema/kernel-4"),
        ("marc21", "http://www.loc.gov/MARC21/slim"),
    ]);
    let run = oerdex
        .run(&["sources", "add", "zenodo", &datacite.oai()])
        .expect(0);
    assert!(run.stdout.contains("format oai_datacite"), "{}", run.stdout);
    let mods = offering(&[("mods", "http://www.loc.gov/mods/v3")]);
    let run = oerdex
        .run(&["sources", "add", "duepublico", &mods.oai()])
        .expect(0);
    assert!(run.stdout.contains("format mods"), "{}", run.stdout);
    // Nothing oerdex reads: the error says what the repository offers and what oerdex reads.
    let marc = offering(&[("marc21", "http://www.loc.gov/MARC21/slim")]);
    let run = oerdex
        .run(&["sources", "add", "library", &marc.oai()])
        .expect(1);
    assert!(
        run.stderr.contains("it offers: marc21")
            && run.stderr.contains("oerdex reads: IEEE LOM")
            && run.stderr.contains("DataCite"),
        "{}",
        run.stderr
    );
}

#[test]
fn loopback_sources_are_refused_unless_private_networks_are_allowed() {
    let repo = Repo::new(3, 10);
    let server = repo.serve();
    let mut oerdex = Oerdex::new("ssrf");
    oerdex.set_env("OERDEX_HARVEST_ALLOW_PRIVATE_NETWORKS", "false");
    let run = oerdex
        .run(&["sources", "add", "local", &server.oai()])
        .expect(1);
    assert!(run.stderr.contains("loopback"), "{}", run.stderr);
    let numeric = server.oai().replace("127.0.0.1", "2130706433");
    let run = oerdex
        .run(&["sources", "add", "numeric", &numeric])
        .expect(1);
    assert!(run.stderr.contains("loopback"), "{}", run.stderr);
    assert!(
        server.requests().is_empty(),
        "nothing may reach a forbidden address"
    );
}

#[test]
fn the_sickle_fixture_chain_is_harvested_and_its_broken_header_reported() {
    // sickle's ListRecords pages chain by file name; ListRecords4 ends the list and holds a
    // deleted header with neither identifier nor datestamp.
    let server = Server::start(|req| match (req.arg("verb"), req.arg("resumptionToken")) {
        (Some("Identify"), _) => Reply::xml(fixture("sickle/Identify.xml")),
        (Some("ListMetadataFormats"), _) => Reply::xml(fixture("sickle/ListMetadataFormats.xml")),
        (Some("ListRecords"), None) => Reply::xml(fixture("sickle/ListRecords.xml")),
        (Some("ListRecords"), Some(file)) if file.starts_with("ListRecords") => {
            Reply::xml(fixture(&format!("sickle/{file}")))
        }
        _ => Reply::xml(fixture("sickle/badResumptionToken.xml")),
    });
    let oerdex = Oerdex::new("sickle");
    add(&oerdex, "sickle", &server.oai(), &["--prefix", "oai_dc"]);
    let run = oerdex.run(&["harvest"]).expect(0);
    assert!(
        run.stderr.contains("no identifier or datestamp"),
        "{}",
        run.stderr
    );
    assert_eq!(server.verb_requests("ListRecords").len(), 4);
    // The four pages repeat the same two records: 1585310 deleted, 1585322 live.
    let log: Value =
        serde_json::from_str(&oerdex.run(&["sources", "list", "--json"]).expect(0).stdout).unwrap();
    assert_eq!(log[0]["records"], 1);
    assert_eq!(
        log[0]["last_harvest"]["added"], 1,
        "a record seen again unchanged is not added twice"
    );
    assert_eq!(log[0]["last_harvest"]["pages"], 4);
    let export = oerdex.export();
    assert_eq!(export.len(), 1);
    assert_eq!(
        export[0]["sources"][0]["oai_identifier"],
        "oai:test.example.com:1585322"
    );
}

#[test]
fn an_empty_self_closing_token_ends_the_list() {
    // inroa/FEB-fiocruz6.xml: the last page of an OBAA (LOM) list, ending with <resumptionToken/>.
    let server = Server::start(|req| {
        match req.arg("verb") {
        Some("ListRecords") => Reply::xml(fixture("inroa/FEB-fiocruz6.xml")),
        Some("Identify") => Reply::xml(fixture("sickle/Identify.xml")),
        _ => Reply::xml(support::repo::envelope("<ListMetadataFormats><metadataFormat><metadataPrefix>obaa</metadataPrefix><schema>s</schema><metadataNamespace>http://ltsc.ieee.org/xsd/LOM</metadataNamespace></metadataFormat></ListMetadataFormats>")),
    }
    });
    let oerdex = Oerdex::new("fiocruz");
    add(&oerdex, "feb", &server.oai(), &[]);
    oerdex.run(&["harvest"]).expect(0);
    assert_eq!(server.verb_requests("ListRecords").len(), 1);
    let export = oerdex.export();
    let with_title = export.iter().filter(|r| r["title"].is_string()).count();
    assert!(
        with_title >= 80,
        "{with_title} titled resources from 84 LOM records"
    );
}

#[test]
fn namespaces_declared_on_the_root_reach_each_record() {
    // phpoaipmh/NamespacedSample.xml (BnF Gallica): dc and oai_dc declared only on <OAI-PMH>.
    // Its token is answered with noRecordsMatch-free end: the second page is the empty list.
    let server = Server::start(|req| match (req.arg("verb"), req.arg("resumptionToken")) {
        (Some("ListRecords"), None) => Reply::xml(fixture("phpoaipmh/NamespacedSample.xml")),
        (Some("ListRecords"), Some(_)) => Reply::xml(support::repo::envelope(
            "<ListRecords><resumptionToken/></ListRecords>",
        )),
        (Some("Identify"), _) => Reply::xml(fixture("sickle/Identify.xml")),
        _ => Reply::xml(fixture("sickle/ListMetadataFormats.xml")),
    });
    let oerdex = Oerdex::new("gallica");
    add(&oerdex, "gallica", &server.oai(), &["--prefix", "oai_dc"]);
    oerdex.run(&["harvest"]).expect(0);
    let export = oerdex.export();
    let expected = String::from_utf8(fixture("phpoaipmh/NamespacedSample.xml"))
        .unwrap()
        .matches("<dc:title>")
        .count();
    assert!(expected > 0);
    assert_eq!(
        export.iter().filter(|r| r["title"].is_string()).count(),
        expected
    );
}

#[test]
fn zenodo_errors_with_http_422_are_read_as_oai_pmh() {
    // oaipmh-scythe/list_identifiers_2.xml is Zenodo's noRecordsMatch, sent with HTTP 422.
    let server = Server::start(|req| match req.arg("verb") {
        Some("ListRecords") => Reply::Full {
            status: 422,
            headers: vec![("Content-Type".into(), "text/xml".into())],
            body: fixture("oaipmh-scythe/list_identifiers_2.xml"),
        },
        Some("Identify") => Reply::xml(fixture("oaipmh-scythe/identify_2.xml")),
        _ => Reply::xml(fixture("oaipmh-scythe/list_metadata_formats_0.xml")),
    });
    let oerdex = Oerdex::new("zenodo");
    add(&oerdex, "zenodo", &server.oai(), &["--prefix", "oai_dc"]);
    let run = oerdex.run(&["harvest"]).expect(0);
    assert!(run.stdout.contains("ok"), "{}", run.stdout);
    assert_eq!(oerdex.export().len(), 0);
}

#[test]
fn an_html_page_is_not_an_oai_pmh_endpoint() {
    // oaipmh-scythe/identify_0.xml is an HTML page served with 200.
    let server = Server::start(|_| Reply::Full {
        status: 200,
        headers: vec![("Content-Type".into(), "text/html".into())],
        body: fixture("oaipmh-scythe/identify_0.xml"),
    });
    let oerdex = Oerdex::new("html");
    let run = oerdex
        .run(&["sources", "add", "html", &server.oai()])
        .expect(1);
    assert!(run.stderr.contains("HTML page"), "{}", run.stderr);
}

#[test]
fn incremental_harvests_ask_from_the_last_response_date_in_the_repository_granularity() {
    let repo = Repo::day_granular(40, 25);
    let server = repo.serve();
    let oerdex = Oerdex::new("incremental");
    add(&oerdex, "days", &server.oai(), &[]);
    oerdex.run(&["harvest"]).expect(0);
    assert_eq!(oerdex.export().len(), 40);
    assert!(
        server.verb_requests("ListRecords")[0].arg("from").is_none(),
        "the first harvest is full"
    );

    // A record changes and one is added, with datestamps after the first harvest.
    {
        let mut records = repo.records.lock().unwrap();
        let stamp = "2999-01-01".to_string();
        records[0].title = "Changed title".into();
        records[0].datestamp = stamp.clone();
        let mut new = SynthRecord::numbered(41);
        new.datestamp = stamp;
        records.push(new);
    }
    let before = server.verb_requests("ListRecords").len();
    oerdex.run(&["harvest"]).expect(0);
    let incremental = &server.verb_requests("ListRecords")[before];
    let from = incremental
        .arg("from")
        .expect("the second harvest is incremental");
    assert_eq!(from.len(), 10, "day granularity: {from}");
    let export = oerdex.export();
    assert_eq!(export.len(), 41);
    assert!(titles(&export).contains(&"Changed title".to_string()));

    // --full asks for everything again.
    let before = server.verb_requests("ListRecords").len();
    oerdex.run(&["harvest", "--full"]).expect(0);
    assert!(server.verb_requests("ListRecords")[before]
        .arg("from")
        .is_none());
}

#[test]
fn deletions_remove_a_source_contribution_and_merged_resources_keep_the_other() {
    // Two repositories describe resource 1 (same URL, written differently); one then deletes it.
    let a = Repo::new(5, 10);
    let b = Repo::new(1, 10);
    {
        let mut records = b.records.lock().unwrap();
        records[0].id = "oai:other.example.net:1".into();
        records[0].url = "http://www.oer.example.net/r/1/".into();
    }
    let (sa, sb) = (a.serve(), b.serve());
    let oerdex = Oerdex::new("merge");
    add(&oerdex, "a", &sa.oai(), &[]);
    add(&oerdex, "b", &sb.oai(), &[]);
    oerdex.run(&["harvest"]).expect(0);
    let export = oerdex.export();
    assert_eq!(export.len(), 5, "resource 1 is merged");
    let merged = export
        .iter()
        .find(|r| r["sources"].as_array().unwrap().len() == 2)
        .expect("a merged resource");
    assert_eq!(merged["title"], "Synthetic resource 1");

    // Source a deletes records 1 and 2.
    {
        let mut records = a.records.lock().unwrap();
        for r in records.iter_mut().take(2) {
            r.deleted = true;
            r.datestamp = "2999-01-01T00:00:00Z".into();
        }
    }
    let run = oerdex.run(&["harvest", "a"]).expect(0);
    assert!(
        run.stdout
            .lines()
            .any(|l| l.starts_with("a ") && l.split_whitespace().nth(3) == Some("2")),
        "{}",
        run.stdout
    );
    let export = oerdex.export();
    assert_eq!(
        export.len(),
        4,
        "resource 2 is gone, resource 1 stays through b"
    );
    let one = export
        .iter()
        .find(|r| r["title"] == "Synthetic resource 1")
        .unwrap();
    assert_eq!(one["sources"].as_array().unwrap().len(), 1);
    assert_eq!(one["sources"][0]["source"], "b");
}

#[test]
fn a_full_harvest_of_a_repository_without_deletion_tracking_drops_what_disappeared() {
    let repo = Repo::day_granular(6, 10);
    let server = repo.serve();
    let oerdex = Oerdex::new("nodelete");
    add(&oerdex, "nd", &server.oai(), &[]);
    oerdex.run(&["harvest"]).expect(0);
    assert_eq!(oerdex.export().len(), 6);
    repo.records
        .lock()
        .unwrap()
        .retain(|r| r.id != "oai:synth.example.net:3");
    oerdex.run(&["harvest", "--full"]).expect(0);
    let export = oerdex.export();
    assert_eq!(export.len(), 5);
    assert!(!titles(&export).contains(&"Synthetic resource 3".to_string()));
}

#[test]
fn selective_harvesting_by_sets() {
    let repo = Repo::new(20, 4);
    let server = repo.serve();
    let oerdex = Oerdex::new("sets");
    add(&oerdex, "even", &server.oai(), &["--set", "even"]);
    oerdex.run(&["harvest"]).expect(0);
    let export = oerdex.export();
    assert_eq!(export.len(), 10);
    assert!(server
        .verb_requests("ListRecords")
        .iter()
        .filter(|r| r.arg("resumptionToken").is_none())
        .all(|r| r.arg("set") == Some("even")));

    let oerdex = Oerdex::new("sets2");
    add(
        &oerdex,
        "both",
        &server.oai(),
        &["--set", "even", "--set", "odd"],
    );
    oerdex.run(&["harvest"]).expect(0);
    assert_eq!(oerdex.export().len(), 20);
}

#[test]
fn records_in_an_unknown_format_are_kept_raw_and_reported() {
    // oaipmh-scythe/list_records_5.xml is Zenodo oai_dc; here it is served under a format no
    // crosswalk knows, wrapped as MARC.
    let page = support::repo::envelope(
        "<ListRecords><record><header><identifier>oai:x:1</identifier><datestamp>2024-01-01</datestamp></header>\
         <metadata><marc:record xmlns:marc=\"http://www.loc.gov/MARC21/slim\"><marc:leader>x</marc:leader></marc:record></metadata></record></ListRecords>",
    );
    let server = Server::start(move |req| {
        match req.arg("verb") {
        Some("ListRecords") => Reply::xml(page.clone()),
        Some("Identify") => Reply::xml(fixture("sickle/Identify.xml")),
        _ => Reply::xml(support::repo::envelope("<ListMetadataFormats><metadataFormat><metadataPrefix>marc21</metadataPrefix><schema>s</schema><metadataNamespace>http://www.loc.gov/MARC21/slim</metadataNamespace></metadataFormat></ListMetadataFormats>")),
    }
    });
    let oerdex = Oerdex::new("marc");
    add(&oerdex, "marc", &server.oai(), &["--prefix", "marc21"]);
    let run = oerdex.run(&["harvest"]).expect(0);
    assert!(
        run.stderr.contains("could not be read; kept raw"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout
            .lines()
            .any(|l| l.starts_with("marc") && l.split_whitespace().nth(4) == Some("1")),
        "{}",
        run.stdout
    );
}

#[test]
fn minute_helper_counts_minutes() {
    assert_eq!(minute(0), "2024-01-01T00:00:00Z");
    assert_eq!(minute(61), "2024-01-01T01:01:00Z");
    assert_eq!(minute(1440), "2024-01-02T00:00:00Z");
}

#[test]
fn one_request_at_a_time_per_host_with_a_pause_and_our_user_agent() {
    let repo = Repo::new(40, 5);
    *repo.page_delay.lock().unwrap() = std::time::Duration::from_millis(30);
    let server = repo.serve();
    let mut oerdex = Oerdex::new("polite");
    oerdex.set_env("OERDEX_HARVEST_PER_HOST_DELAY_MS", "100");
    oerdex.set_env("OERDEX_HARVEST_CONCURRENCY", "2");
    oerdex.set_env(
        "OERDEX_HARVEST_USER_AGENT",
        "oerdex-test (mailto:ops@example.org)",
    );
    add(&oerdex, "even", &server.oai(), &["--set", "even"]);
    add(&oerdex, "odd", &server.oai(), &["--set", "odd"]);
    let before = server.requests().len();
    oerdex.run(&["harvest"]).expect(0);
    assert_eq!(oerdex.export().len(), 40);
    let requests = &server.requests()[before..];
    assert!(requests.len() >= 8);
    // Both sources were harvested at once, yet the host saw one request at a time, each at
    // least the pause plus the previous answer's time after the one before.
    for pair in requests.windows(2) {
        let gap = pair[1].at.duration_since(pair[0].at);
        assert!(
            gap >= std::time::Duration::from_millis(100),
            "requests {gap:?} apart"
        );
    }
    assert!(requests
        .iter()
        .all(|r| r.headers.get("user-agent").map(String::as_str)
            == Some("oerdex-test (mailto:ops@example.org)")));
    assert!(
        requests.iter().any(|r| r.arg("set") == Some("odd"))
            && requests.iter().any(|r| r.arg("set") == Some("even"))
    );
}

#[test]
fn a_repository_without_deletion_tracking_gets_a_periodic_full_harvest() {
    let repo = Repo::day_granular(8, 10);
    let server = repo.serve();
    let oerdex = Oerdex::new("periodic-full");
    add(&oerdex, "nd", &server.oai(), &[]);
    oerdex.run(&["harvest"]).expect(0);
    // Recently fully harvested: the next harvest is incremental.
    oerdex.run(&["harvest"]).expect(0);
    assert!(server
        .verb_requests("ListRecords")
        .last()
        .unwrap()
        .arg("from")
        .is_some());
    // The last full harvest is more than a week old: the next one is full again, and drops
    // what the repository no longer lists.
    repo.records
        .lock()
        .unwrap()
        .retain(|r| r.id != "oai:synth.example.net:5");
    let conn = rusqlite::Connection::open(oerdex.db()).unwrap();
    conn.execute(
        "UPDATE harvest_state SET last_full_harvest = '2020-01-01T00:00:00Z'",
        [],
    )
    .unwrap();
    drop(conn);
    oerdex.run(&["harvest"]).expect(0);
    assert!(
        server
            .verb_requests("ListRecords")
            .last()
            .unwrap()
            .arg("from")
            .is_none(),
        "a full harvest"
    );
    assert_eq!(oerdex.export().len(), 7);
}

/// A loopback repository that answers every ListRecords with one real page from the shared
/// fixtures (a resumed request gets an empty last page), offering `prefix`.
fn fixture_repository(page: &'static str, prefix: &'static str) -> Server {
    Server::start(move |req| {
        match (req.arg("verb"), req.arg("resumptionToken")) {
        (Some("ListRecords"), None) => Reply::xml(fixture(page)),
        (Some("ListRecords"), Some(_)) => Reply::xml(support::repo::envelope(
            "<ListRecords><resumptionToken/></ListRecords>",
        )),
        (Some("Identify"), _) => Reply::xml(fixture("sickle/Identify.xml")),
        _ => Reply::xml(support::repo::envelope(&format!(
            "<ListMetadataFormats><metadataFormat><metadataPrefix>{prefix}</metadataPrefix><schema>s</schema><metadataNamespace>n</metadataNamespace></metadataFormat></ListMetadataFormats>"
        ))),
    }
    })
}

#[test]
fn real_repositories_give_honest_dates_agents_types_urls_and_second_titles() {
    let lume = fixture_repository("inroa/metadata/lume_erro_null_documento.xml", "oai_dc");
    let fiocruz = fixture_repository("inroa/FEB-fiocruz6.xml", "obaa");
    let zenodo = fixture_repository("oaipmh-scythe/list_records_4.xml", "oai_datacite");
    let capes = fixture_repository("inroa/metadata/FEB-capes___dspace10.xml", "qdc");
    let oerdex = Oerdex::new("honest-fields");
    add(&oerdex, "lume", &lume.oai(), &[]);
    add(&oerdex, "fiocruz", &fiocruz.oai(), &[]);
    add(&oerdex, "zenodo", &zenodo.oai(), &[]);
    add(&oerdex, "capes", &capes.oai(), &[]);
    oerdex.run(&["harvest"]).expect(0);

    let export = oerdex.export();
    let by_title = |start: &str| {
        export
            .iter()
            .find(|r| r["title"].as_str().is_some_and(|t| t.starts_with(start)))
            .unwrap_or_else(|| panic!("{start}"))
    };
    // DSpace: the issue year, not the accession timestamp listed first.
    let lume_record = by_title("Um algoritmo de criptografia");
    assert_eq!(lume_record["date_published"], "2006");
    // ... and its English title, dropped before, is kept and found.
    assert_eq!(
        lume_record["alternative_titles"][0]["text"],
        "A semantically secure public key algorithm based on elliptic curves"
    );
    let found = oerdex.search(&["semantically secure elliptic"]);
    assert_eq!(found["results"][0]["id"], lume_record["id"]);
    // Every date written is ISO 8601.
    for r in &export {
        if let Some(date) = r["date_published"].as_str() {
            let ok = [4, 7, 10].contains(&date.len())
                && date.bytes().enumerate().all(|(i, b)| {
                    if i == 4 || i == 7 {
                        b == b'-'
                    } else {
                        b.is_ascii_digit()
                    }
                });
            assert!(ok, "{date}");
        }
    }
    // OBAA: the Publisher role is the publisher, an organisation; the author stays alone.
    let fiocruz_record = by_title("Vinte anos de atividade");
    assert_eq!(fiocruz_record["publisher"]["name"], "Fundação Oswaldo Cruz");
    assert_eq!(fiocruz_record["publisher"]["type"], "organization");
    assert_eq!(
        fiocruz_record["creators"],
        serde_json::json!([{"name": "FARIA, NIELI RODRIGUES DA COSTA", "type": "person"}])
    );
    // eduCAPES: the university credited as dc:contributor is a contributor, not a creator.
    let capes_record = by_title("História da Educação Brasileira I");
    assert_eq!(capes_record["creators"].as_array().unwrap().len(), 1);
    assert_eq!(
        capes_record["contributors"][0],
        serde_json::json!({"name": "UNIVERSIDADE FEDERAL DA PARAIBA", "type": "organization"})
    );
    // DataCite: every record has a URL, built from its DOI where it gives no other link.
    let zenodo_records: Vec<&Value> = export
        .iter()
        .filter(|r| r["sources"][0]["source"] == "zenodo")
        .collect();
    assert!(zenodo_records.len() >= 45, "{}", zenodo_records.len());
    assert!(zenodo_records.iter().all(|r| r["url"].is_string()));
    // Types: only known ones are faceted; "Nacional" (a publication scope) is not among them.
    let facets = oerdex.search(&[]);
    let types = facets["facets"]["type"].as_object().unwrap();
    assert!(!types.contains_key("Nacional"), "{types:?}");
    assert!(
        types.contains_key("thesis") || types.contains_key("article"),
        "{types:?}"
    );
    for label in types.keys() {
        assert!(
            oerdex_index_label(label),
            "{label} is a known resource type"
        );
    }
    // The JSON-LD types organisations as such.
    let jsonld = oerdex.run(&["export", "--format", "jsonld"]).expect(0);
    let fiocruz_ld: Value = jsonld
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .find(|d| {
            d["name"]
                .as_str()
                .is_some_and(|n| n.starts_with("Vinte anos"))
        })
        .unwrap();
    assert_eq!(fiocruz_ld["publisher"][0]["type"], "Organization");
    assert_eq!(fiocruz_ld["creator"][0]["type"], "Person");
}

/// True for a facet label of a resource type oerdex knows (the labels the index writes).
fn oerdex_index_label(label: &str) -> bool {
    [
        "software",
        "assessment",
        "audio",
        "case study",
        "course",
        "data",
        "diagram",
        "exercise",
        "game",
        "experiment",
        "image",
        "reference work",
        "lesson plan",
        "map",
        "web portal",
        "questionnaire",
        "script",
        "sheet music",
        "simulation",
        "presentation",
        "text",
        "textbook",
        "video",
        "web page",
        "worksheet",
        "article",
        "book",
        "book chapter",
        "thesis",
        "report",
        "conference paper",
        "preprint",
        "working paper",
        "lecture",
        "interactive resource",
        "collection",
        "event",
    ]
    .contains(&label)
}

#[test]
fn an_unreadable_date_is_left_out_and_counted() {
    let page = r#"<ListRecords><record><header><identifier>oai:x:1</identifier><datestamp>2024-01-01</datestamp></header><metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Undated</dc:title><dc:identifier>https://oer.example.net/undated</dc:identifier><dc:date>sometime in spring</dc:date></oai_dc:dc></metadata></record><record><header><identifier>oai:x:2</identifier><datestamp>2024-01-01</datestamp></header><metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Dated</dc:title><dc:identifier>https://oer.example.net/dated</dc:identifier><dc:date>30/04/2012</dc:date></oai_dc:dc></metadata></record></ListRecords>"#;
    let server = Server::start(move |req| match req.arg("verb") {
        Some("ListRecords") => Reply::xml(support::repo::envelope(page)),
        Some("Identify") => Reply::xml(fixture("sickle/Identify.xml")),
        _ => Reply::xml(fixture("sickle/ListMetadataFormats.xml")),
    });
    let oerdex = Oerdex::new("unreadable-date");
    add(&oerdex, "x", &server.oai(), &["--prefix", "oai_dc"]);
    let run = oerdex.run(&["harvest"]).expect(0);
    assert!(
        run.stdout
            .contains("1 record(s) give a publication date oerdex cannot read"),
        "{}",
        run.stdout
    );
    let export = oerdex.export();
    let undated = export.iter().find(|r| r["title"] == "Undated").unwrap();
    assert!(undated["date_published"].is_null());
    let dated = export.iter().find(|r| r["title"] == "Dated").unwrap();
    assert_eq!(dated["date_published"], "2012-04-30");
    let jsonld = oerdex.run(&["export", "--format", "jsonld"]).expect(0);
    assert!(!jsonld.stdout.contains("sometime"), "{}", jsonld.stdout);
    assert!(jsonld.stdout.contains("\"datePublished\":\"2012-04-30\""));
}

#[test]
fn two_harvesters_never_harvest_one_source_at_once() {
    let repo = Repo::new(200, 10);
    *repo.page_delay.lock().unwrap() = std::time::Duration::from_millis(100);
    let server = repo.serve();
    let oerdex = Oerdex::new("lease");
    add(&oerdex, "synth", &server.oai(), &[]);
    // The first harvest takes about two seconds (twenty pages); a second one started meanwhile
    // finds the source's lease taken and says so.
    let mut first = oerdex
        .command(&["harvest"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while server.verb_requests("ListRecords").is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "the first harvest started"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let second = oerdex.run(&["harvest"]).expect(4);
    assert!(
        second
            .stdout
            .contains("synth is being harvested by another harvester"),
        "{}",
        second.stdout
    );
    assert!(first.wait().unwrap().success(), "the first one finishes");
    assert_eq!(oerdex.export().len(), 200);
    // Once the first has ended, its lease is given up: the next harvest runs at once.
    oerdex.run(&["harvest"]).expect(0);
}
