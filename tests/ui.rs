//! End-to-end tests of the HTML pages: the real `oerdex serve` over a catalogue filled by a real
//! harvest of two loopback OAI-PMH repositories (the API tests' catalogue, `cat`, and a small
//! one, `extra`, with an Arabic title, a hostile title and a record `cat` also holds).
//!
//! One test reads the pages over plain HTTP (escaping, parameters shared with the JSON API,
//! error pages, a source's page against the API's numbers); one runs the registration queue
//! end to end through the forms (propose as anyone, sign in, approve and reject as the
//! operator, the source appears); one checks that operator posts without a session are refused
//! from their head, their body never read. The last drives Debian's headless Chromium
//! with `tests/browser/ui.test.mjs` (playwright-core and axe-core from npm): searching, ticking
//! filters, counts, URLs and the back button, pagination, resource pages and their attribution,
//! right-to-left text, keyboard use, a phone's width, source pages with their chart and quality
//! report, proposing and deciding on repositories, and accessibility checks.
//! `scripts/test.sh` installs Chromium and the npm packages; without them that test fails and
//! says so.

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::AtomicU64;
use std::sync::Arc;
use std::time::{Duration, Instant};

use support::catalogue;
use support::http::{encode, get, get_with, request, Response};
use support::repo::{Repo, SynthRecord};
use support::serve::Served;
use support::server::Server;
use support::Oerdex;

const TOKEN: &str = "ui-admin-token-7c41b9";
/// The title, as the catalogue holds it, of the `extra` record whose metadata tries to inject
/// markup and script.
const HOSTILE: &str =
    "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\"> Hostile & \"quoted\"";
const ARABIC: &str = "دورة الماء – ورقة عمل";

/// A server over the harvested catalogue, and the repositories it came from.
struct Ui {
    _oerdex: Oerdex,
    served: Served,
    _repos: Vec<(Arc<Repo>, Server)>,
    /// The `extra` repository's OAI-PMH base URL.
    extra_oai: String,
}

/// `text` with `&`, `<` and `>` escaped as XML and HTML entities.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The small `extra` repository.
fn extra_repository() -> (Arc<Repo>, Server) {
    let repo = Repo::new(0, 25);
    let record = |i: usize, title: &str, url: &str, rights: &str, language: &str| SynthRecord {
        title: title.into(),
        url: url.into(),
        rights: rights.into(),
        language: language.into(),
        ..SynthRecord::numbered(i)
    };
    *repo.records.lock().unwrap() = vec![
        record(
            1,
            ARABIC,
            "https://extra.example.net/ar/1",
            "https://creativecommons.org/licenses/by/4.0/",
            "ar",
        ),
        // The crosswalk strips tags and decodes entities three times over (HTML escaped twice is
        // common); escaped three times more than the XML needs, the markup reaches the catalogue.
        record(
            2,
            &escape(&escape(&escape(HOSTILE))),
            "https://extra.example.net/x/2",
            "CC BY-SA 4.0",
            "en",
        ),
        // The same resource as the `cat` repository's record 6 (same URL): merged.
        record(
            3,
            "Photosynthesis in plants 6",
            &catalogue::Item(6).url(),
            "https://creativecommons.org/licenses/by/4.0/",
            "en",
        ),
    ];
    let server = repo.serve();
    (repo, server)
}

fn start(label: &str) -> Ui {
    let (cat_repo, cat_server) = catalogue::serve(Arc::new(AtomicU64::new(0)));
    let (extra_repo, extra_server) = extra_repository();
    let mut oerdex = Oerdex::new(label);
    oerdex.set_env("OERDEX_ADMIN_TOKEN", TOKEN);
    oerdex
        .run(&["sources", "add", "cat", &cat_server.oai()])
        .expect(0);
    oerdex
        .run(&["sources", "add", "extra", &extra_server.oai()])
        .expect(0);
    oerdex.run(&["harvest"]).expect(0);
    let served = oerdex.serve();
    Ui {
        _oerdex: oerdex,
        served,
        extra_oai: extra_server.oai(),
        _repos: vec![(cat_repo, cat_server), (extra_repo, extra_server)],
    }
}

impl Ui {
    fn get(&self, path: &str) -> Response {
        get(&self.served.url(path))
    }

    /// A page that must answer `status` with HTML.
    fn page(&self, path: &str, status: u16) -> String {
        let response = self.get(path).expect(status);
        assert_eq!(response.media_type(), "text/html", "{path}");
        response.text()
    }

    /// The API's total for a query.
    fn search_total(&self, query: &str) -> u64 {
        self.get(&format!("/api/v1/resources?{query}&limit=1&facets="))
            .expect(200)
            .json()["total"]
            .as_u64()
            .unwrap()
    }

    /// `POST path` with a form body and extra headers (a session cookie, say).
    fn post_form(&self, path: &str, fields: &[(&str, &str)], headers: &[(&str, &str)]) -> Response {
        let body: Vec<String> = fields
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect();
        let mut all = vec![("Content-Type", "application/x-www-form-urlencoded")];
        all.extend_from_slice(headers);
        request(
            "POST",
            &self.served.url(path),
            &all,
            Some(body.join("&").as_bytes()),
        )
    }

    /// Signs in on the operator's page; the `Cookie` header value of the session.
    fn sign_in(&self) -> String {
        let answer = self
            .post_form("/operator/sign-in", &[("token", TOKEN)], &[])
            .expect(303);
        assert_eq!(answer.header("location"), Some("/operator"));
        let set = answer
            .header("set-cookie")
            .expect("a session cookie")
            .to_string();
        for part in [
            "HttpOnly",
            "SameSite=Strict",
            "Path=/operator",
            "Max-Age=3600",
        ] {
            assert!(set.contains(part), "{set}");
        }
        assert!(!set.contains(TOKEN), "{set}");
        set.split(';').next().unwrap().to_string()
    }

    /// The pending registration requests, through the API.
    fn pending(&self) -> Vec<serde_json::Value> {
        let bearer = format!("Bearer {TOKEN}");
        get_with(
            &self.served.url("/api/v1/registrations?status=pending"),
            &[("Authorization", &bearer)],
        )
        .expect(200)
        .json()
        .as_array()
        .unwrap()
        .clone()
    }
}

/// Sends `head` (a request head, perhaps with a little body) on a connection of its own; the
/// start of the answer and how long it took to come.
fn head_only(base: &str, head: &str) -> (String, Duration) {
    let mut stream = TcpStream::connect(base.strip_prefix("http://").unwrap()).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream.write_all(head.as_bytes()).unwrap();
    let asked = Instant::now();
    let mut buf = [0u8; 512];
    let n = stream.read(&mut buf).unwrap();
    (
        String::from_utf8_lossy(&buf[..n]).into_owned(),
        asked.elapsed(),
    )
}

/// The first number in the results heading, in any language using ASCII digits.
fn shown_total_any(html: &str) -> u64 {
    let start = html
        .find("id=\"results-heading\"")
        .expect("a results heading");
    let text = &html[start..];
    let text = &text[text.find('>').unwrap() + 1..text.find("</h2>").unwrap()];
    let digits: String = text
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit())
        .collect();
    digits.parse().unwrap_or(0)
}

/// The number in the results heading.
fn shown_total(html: &str) -> u64 {
    let start = html
        .find("id=\"results-heading\"")
        .expect("a results heading");
    let text = &html[start..];
    let text = &text[text.find('>').unwrap() + 1..];
    if text.starts_with("No resources") {
        return 0;
    }
    text.split(' ').next().unwrap().parse().expect("a count")
}

#[test]
fn pages_are_server_rendered_escaped_and_read_the_apis_parameters() {
    let ui = start("ui-http");

    // The page and the JSON API read the same parameters and find the same resources.
    for query in [
        "",
        "q=Photosynthesis",
        "license=cc-by&license=cc-by-sa&lang=de",
        "open=true&commercial=true&type=video",
        "lang=German,fr&level=higher+education&subject=Biology",
        "source=extra&derivatives=false",
    ] {
        let html = ui.page(&format!("/?{query}"), 200);
        let api = ui
            .get(&format!("/api/v1/resources?{query}&limit=1&facets="))
            .expect(200)
            .json();
        assert_eq!(
            shown_total(&html),
            api["total"].as_u64().unwrap(),
            "{query}"
        );
    }

    // Harvested titles are text: escaped in the results, the resource page and the attribution.
    let found = ui.get("/api/v1/resources?q=Hostile&facets=").json();
    assert_eq!(
        found["results"][0]["title"], HOSTILE,
        "the markup must reach the catalogue for this test to mean something"
    );
    let html = ui.page("/?q=Hostile", 200);
    assert!(!html.contains("<script>window"), "{html}");
    assert!(!html.contains("<img src=x"), "{html}");
    // The searched word in bold (highlights), the rest still escaped.
    assert!(html.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt; <b>Hostile</b> &amp; &quot;quoted&quot;"), "{html}");
    let id = found["results"][0]["id"].as_str().unwrap();
    let html = ui.page(&format!("/resources/{id}"), 200);
    assert!(!html.contains("<script>window"), "{html}");
    assert!(!html.contains("<img src=x"), "{html}");
    assert_eq!(
        html.matches("<script").count(),
        2,
        "only the page's own script and its JSON-LD"
    );
    // The embedded JSON-LD is the resource's AMB document, the hostile title kept as data.
    let (_, embedded) = html
        .split_once("<script type=\"application/ld+json\">")
        .expect("the resource page embeds its JSON-LD");
    let (embedded, _) = embedded.split_once("</script>").unwrap();
    let doc: serde_json::Value = serde_json::from_str(embedded).unwrap();
    assert_eq!(doc["name"], HOSTILE);
    assert_eq!(
        doc["@context"][0],
        "https://w3id.org/kim/amb/context.jsonld"
    );

    // Arabic is marked right to left, with its language.
    let html = ui.page("/?lang=ar", 200);
    assert!(
        html.contains(r#"<h3 lang="ar" dir="rtl"><a href="/resources/"#),
        "{html}"
    );
    assert!(html.contains(ARABIC));

    // Headers: HTML, a strict Content-Security-Policy.
    let response = ui.get("/");
    let csp = response.header("content-security-policy").unwrap_or("");
    assert!(csp.contains("script-src 'self'"), "{csp}");
    assert!(response.header("cache-control").is_some());

    // Errors are pages too, in words.
    let html = ui.page("/?license=cc-by-nc-sa-9", 400);
    assert!(
        html.contains("is not a licence family or licence id"),
        "{html}"
    );
    let html = ui.page("/?cursor=damaged", 400);
    assert!(html.contains("cursor"), "{html}");
    ui.page("/resources/0000000000000000", 404);

    // The language: English unless asked; Accept-Language with quality values; `ui` wins and
    // every link keeps it; caches are told the answer varies by language.
    let response = ui.get("/");
    assert_eq!(response.header("content-language"), Some("en"));
    assert!(response.header_all("vary").contains("Accept-Language"));
    assert!(response.text().contains(r#"<html lang="en" dir="ltr">"#));
    let asked = |accept: &str| {
        get_with(&ui.served.url("/sources"), &[("Accept-Language", accept)])
            .expect(200)
            .header("content-language")
            .map(str::to_string)
    };
    assert_eq!(asked("fr-CH, fr;q=0.9, en;q=0.8").as_deref(), Some("fr"));
    assert_eq!(asked("en;q=0.3, ru;q=0.7, ja").as_deref(), Some("ru"));
    assert_eq!(asked("zh-CN").as_deref(), Some("zh-Hans"));
    assert_eq!(asked("ja, ko").as_deref(), Some("en"));
    let html = get_with(
        &ui.served.url("/?q=Photosynthesis&ui=ar"),
        &[("Accept-Language", "de")],
    )
    .expect(200)
    .text();
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#), "{html}");
    assert!(html.contains(r#"href="/sources?ui=ar""#), "{html}");
    assert!(html.contains(r#"<input type="hidden" name="ui" value="ar">"#));
    assert!(
        html.contains(r#"href="/?q=Photosynthesis&amp;ui=zh" lang="zh-Hans""#),
        "{html}"
    );
    // The page finds what the API finds, whatever its language, and says it in that language
    // (German, singular).
    let html = ui.page("/?ui=de&lang=ar", 200);
    assert_eq!(ui.search_total("lang=ar"), 1);
    assert_eq!(shown_total_any(&html), 1);
    assert!(html.contains("1 Material gefunden"), "{html}");
    let html = ui.page("/resources/0000000000000000?ui=es", 404);
    assert!(html.contains("No encontrado"), "{html}");

    // Each source has a page: its harvests, the records over time and the quality report,
    // with the numbers the JSON API gives.
    let html = ui.page("/sources", 200);
    assert!(html.contains(r#"href="/sources/cat""#), "{html}");
    let html = ui.page("/sources/extra", 200);
    let harvests = ui.get("/api/v1/sources/extra/harvests").expect(200).json();
    let harvest = &harvests[0];
    assert!(
        html.contains(&format!(r##"<a href="#harvest-{}">"##, harvest["id"])),
        "{html}"
    );
    assert!(
        html.contains(&format!(r#"<tr id="harvest-{}">"#, harvest["id"])),
        "{html}"
    );
    assert!(html.contains(r#"role="img" aria-labelledby="records-chart-title records-chart-desc""#));
    let report = ui.get("/api/v1/sources/extra/report").expect(200).json();
    let records = report["records"].as_u64().unwrap();
    assert_eq!(records, 3);
    // One harvest, so the records after it are today's.
    assert!(
        html.contains(&format!(
            "{records} records after the first harvest shown, {records} after the last"
        )),
        "{html}"
    );
    assert!(
        html.contains(&format!("How many of the {records} live records")),
        "{html}"
    );
    let licensed = report["coverage"]["license"]["records"].as_u64().unwrap();
    assert!(
        html.contains(&format!(
            r#"<th scope="row">A licence oerdex can read</th><td class="number">{licensed}</td>"#
        )),
        "{html}"
    );
    ui.page("/sources/none", 404);
    ui.page("/sources/not%20a%20name", 404);
    let html = ui.page("/sources/cat?ui=ar", 200);
    assert!(
        html.contains(r#"direction="rtl""#),
        "the chart runs right to left: {html}"
    );
}

#[test]
fn the_registration_queue_end_to_end_through_the_forms() {
    let ui = start("ui-queue");
    let propose = |name: &str, url: &str, contact: &str| {
        ui.post_form(
            "/registrations",
            &[("name", name), ("url", url), ("contact_email", contact)],
            &[],
        )
    };

    // Anyone proposes a repository on the sources page; a bad field is named and the form
    // keeps what was typed.
    let html = ui.page("/sources", 200);
    assert!(
        html.contains(r#"<form method="post" action="/registrations">"#),
        "{html}"
    );
    let answer = propose("proposed", &ui.extra_oai, "not-an-address");
    assert_eq!(answer.status, 400, "{}", answer.text());
    let html = answer.text();
    assert!(html.contains("Contact e-mail address:"), "{html}");
    assert!(
        html.contains(&format!(r#"value="{}""#, ui.extra_oai)),
        "{html}"
    );
    let answer = propose("cat", &ui.extra_oai, "a@b.org");
    assert_eq!(answer.status, 409, "{}", answer.text());
    assert!(answer
        .text()
        .contains("The name “<bdi>cat</bdi>” is taken; choose another."));
    // The live check runs as for the API: this server is no OAI-PMH repository.
    let answer = propose("itself", &ui.served.url("/health"), "a@b.org");
    assert_eq!(answer.status, 400, "{}", answer.text());
    assert!(answer.text().contains("did not pass the live check"));
    assert!(ui.pending().is_empty());

    // A good proposal is queued, with a page that says what happens next.
    let answer = propose("proposed", &ui.extra_oai, "oer@example.org");
    assert_eq!(answer.status, 202, "{}", answer.text());
    let pending = ui.pending();
    assert_eq!(pending.len(), 1);
    let id = pending[0]["id"].as_i64().unwrap();
    assert_eq!(pending[0]["contact"], "oer@example.org");
    let html = answer.text();
    assert!(
        html.contains("Your proposal is waiting for the operator"),
        "{html}"
    );
    assert!(
        html.contains(&format!("request number {id} in the queue")),
        "{html}"
    );
    let approve = format!("/operator/registrations/{id}/approve");

    // No session, a forged one, or a wrong token: refused, and nothing changes.
    let answer = ui.post_form(&approve, &[], &[]).expect(403);
    assert!(answer
        .text()
        .contains("You are not signed in as the operator"));
    let forged = format!("oerdex_operator={}", "ab".repeat(32));
    ui.post_form(&approve, &[], &[("Cookie", &forged)])
        .expect(403);
    let answer = ui.post_form("/operator/sign-in", &[("token", "not-the-token-51ab")], &[]);
    assert_eq!(answer.status, 403);
    assert!(answer.header("set-cookie").is_none());
    assert!(answer.text().contains("The admin token is wrong"));
    assert!(!answer.text().contains("not-the-token-51ab"));
    assert_eq!(ui.pending().len(), 1);
    let html = ui.page("/operator", 200);
    assert!(!html.contains(&approve), "signed out, no queue: {html}");

    // The operator signs in and sees the request on the page.
    let cookie = ui.sign_in();
    let operator = get_with(&ui.served.url("/operator"), &[("Cookie", &cookie)]).expect(200);
    assert_eq!(operator.header("cache-control"), Some("no-store"));
    let html = operator.text();
    assert!(html.contains(&format!(r#"action="{approve}""#)), "{html}");
    assert!(html.contains("mailto:oer@example.org"), "{html}");

    // A post from another site's page is refused even with the session.
    ui.post_form(
        &approve,
        &[],
        &[("Cookie", &cookie), ("Sec-Fetch-Site", "cross-site")],
    )
    .expect(403);

    // Approved: the source appears, on the pages and in the API.
    let answer = ui.post_form(
        &approve,
        &[],
        &[("Cookie", &cookie), ("Sec-Fetch-Site", "same-origin")],
    );
    assert_eq!(answer.status, 201, "{}", answer.text());
    assert!(answer.text().contains("Approved: "), "{}", answer.text());
    assert!(answer.text().contains(r#"href="/sources/proposed""#));
    ui.get("/api/v1/sources/proposed").expect(200);
    assert!(ui.page("/sources", 200).contains(r#"id="source-proposed""#));
    ui.page("/sources/proposed", 200);
    assert!(ui.pending().is_empty());
    // Decided already: refused in words.
    let answer = ui.post_form(&approve, &[], &[("Cookie", &cookie)]);
    assert_eq!(answer.status, 409, "{}", answer.text());
    assert!(answer.text().contains("The request could not be decided"));

    // Another proposal, rejected with a reason.
    propose("unwanted", &ui.extra_oai, "x@example.org").expect(202);
    let id = ui.pending()[0]["id"].as_i64().unwrap();
    let answer = ui.post_form(
        &format!("/operator/registrations/{id}/reject"),
        &[("reason", "  not open educational resources  ")],
        &[("Cookie", &cookie)],
    );
    assert_eq!(answer.status, 200, "{}", answer.text());
    assert!(answer.text().contains(&format!("Rejected request {id} (")));
    let bearer = format!("Bearer {TOKEN}");
    let rejected = get_with(
        &ui.served.url(&format!("/api/v1/registrations/{id}")),
        &[("Authorization", &bearer)],
    )
    .expect(200)
    .json();
    assert_eq!(rejected["status"], "rejected");
    assert_eq!(rejected["reason"], "not open educational resources");
    ui.get("/api/v1/sources/unwanted").expect(404);

    // The operator registers a repository at once, through the API's checks.
    let answer = ui.post_form(
        "/operator/sources",
        &[("name", "cat"), ("url", &ui.extra_oai)],
        &[("Cookie", &cookie)],
    );
    assert_eq!(answer.status, 409, "{}", answer.text());
    let answer = ui.post_form(
        "/operator/sources",
        &[
            ("name", "extra-mirror"),
            ("url", &ui.extra_oai),
            ("sets", ""),
        ],
        &[("Cookie", &cookie)],
    );
    assert_eq!(answer.status, 201, "{}", answer.text());
    assert!(answer.text().contains("Registered extra-mirror."));
    let source = ui.get("/api/v1/sources/extra-mirror").expect(200).json();
    assert_eq!(source["repository_name"], "Synthetic OER");

    // Signing out ends the session on the server: the cookie admits nothing any more.
    let answer = ui
        .post_form("/operator/sign-out", &[], &[("Cookie", &cookie)])
        .expect(303);
    assert!(answer.header("set-cookie").unwrap().contains("Max-Age=0"));
    ui.post_form(
        "/operator/sources",
        &[("name", "late"), ("url", &ui.extra_oai)],
        &[("Cookie", &cookie)],
    )
    .expect(403);
    ui.get("/api/v1/sources/late").expect(404);
}

#[test]
fn operator_posts_without_a_session_are_refused_before_their_body_is_read() {
    let ui = start("ui-refused");
    let forged = format!("Cookie: oerdex_operator={}\r\n", "ab".repeat(32));
    let cases = [
        ("/operator/sources", ""),
        ("/operator/registrations/1/approve", ""),
        ("/operator/registrations/1/reject", forged.as_str()),
        ("/operator/sources?ui=ar", forged.as_str()),
    ];
    // Each post announces 50 MB and sends none of it: the answer comes from its head alone.
    for (path, cookie) in cases {
        let (head, took) = head_only(
            &ui.served.base,
            &format!(
                "POST {path} HTTP/1.1\r\nHost: x\r\n{cookie}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 50000000\r\n\r\n"
            ),
        );
        assert!(head.starts_with("HTTP/1.1 403"), "{path}: {head}");
        assert!(took < Duration::from_secs(1), "{path}: {took:?}");
    }
    // Signing in reads a body, but a small one: a larger one is refused from its head…
    let (head, took) = head_only(
        &ui.served.base,
        "POST /operator/sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 50000000\r\n\r\n",
    );
    assert!(head.starts_with("HTTP/1.1 413"), "{head}");
    assert!(took < Duration::from_secs(1), "{took:?}");
    // …and one sent in chunks, without a length, is cut off at the limit.
    let chunk = format!("token={}", "x".repeat(4096));
    let (head, _) = head_only(
        &ui.served.base,
        &format!(
            "POST /operator/sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{chunk}\r\n0\r\n\r\n",
            chunk.len()
        ),
    );
    assert!(head.starts_with("HTTP/1.1 413"), "{head}");
    assert!(!head.to_ascii_lowercase().contains("set-cookie"), "{head}");
}

/// Where the browser test lives, once its prerequisites are there; otherwise a plain message.
fn browser_test_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let run_setup =
        "run scripts/test.sh, which installs Debian's chromium and runs npm ci in tests/browser";
    assert!(
        Path::new(&chromium).exists(),
        "{chromium} is missing: {run_setup}"
    );
    assert!(
        Command::new("node").arg("--version").output().is_ok(),
        "node is missing: install Node.js 20 or newer, then {run_setup}"
    );
    for package in ["playwright-core", "axe-core"] {
        assert!(
            dir.join("node_modules").join(package).is_dir(),
            "tests/browser/node_modules/{package} is missing: {run_setup}"
        );
    }
    dir
}

#[test]
fn the_pages_work_in_headless_chromium() {
    let dir = browser_test_dir();
    let ui = start("ui-browser");
    let output = Command::new("node")
        .arg("ui.test.mjs")
        .arg(&ui.served.base)
        .current_dir(&dir)
        .env("OERDEX_UI_TOKEN", TOKEN)
        .env("OERDEX_UI_REPO", &ui.extra_oai)
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    println!("{stdout}");
    assert!(
        output.status.success(),
        "the browser test failed\n--- stdout\n{stdout}\n--- stderr\n{stderr}\n--- server log\n{}",
        ui.served.stderr()
    );
    assert!(stdout.contains("# fail 0"), "{stdout}");
}
