//! End-to-end tests of the HTML pages: the real `oerdex serve` over a catalogue filled by a real
//! harvest of two loopback OAI-PMH repositories (the API tests' catalogue, `cat`, and a small
//! one, `extra`, with an Arabic title, a hostile title and a record `cat` also holds).
//!
//! One test reads the pages over plain HTTP (escaping, parameters shared with the JSON API,
//! error pages, the registration form's answers). The other drives Debian's headless Chromium
//! with `tests/browser/ui.test.mjs` (playwright-core and axe-core from npm): searching, ticking
//! filters, counts, URLs and the back button, pagination, resource pages and their attribution,
//! right-to-left text, keyboard use, a phone's width, registration, and accessibility checks.
//! `scripts/test.sh` installs Chromium and the npm packages; without them that test fails and
//! says so.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::AtomicU64;
use std::sync::Arc;

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

    /// `POST /sources` with a form body.
    fn register(&self, fields: &[(&str, &str)]) -> Response {
        let body: Vec<String> = fields
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect();
        request(
            "POST",
            &self.served.url("/sources"),
            &[("Content-Type", "application/x-www-form-urlencoded")],
            Some(body.join("&").as_bytes()),
        )
    }
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
    assert!(html.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt; Hostile &amp; &quot;quoted&quot;"));
    let id = found["results"][0]["id"].as_str().unwrap();
    let html = ui.page(&format!("/resources/{id}"), 200);
    assert!(!html.contains("<script>window"), "{html}");
    assert!(!html.contains("<img src=x"), "{html}");
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the page's own script"
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

    // Registration: a wrong token is refused and never written back.
    let answer = ui.register(&[
        ("name", "again"),
        ("url", &ui.extra_oai),
        ("token", "not-the-token-51ab"),
    ]);
    assert_eq!(answer.status, 401);
    let html = answer.text();
    assert!(html.contains("admin token is missing or wrong"), "{html}");
    assert!(!html.contains("not-the-token-51ab"), "{html}");
    assert!(
        html.contains(&format!(r#"value="{}""#, ui.extra_oai)),
        "{html}"
    );

    // The form goes through the API's checks: a taken name is a conflict.
    let answer = ui.register(&[("name", "cat"), ("url", &ui.extra_oai), ("token", TOKEN)]);
    assert_eq!(answer.status, 409, "{}", answer.text());
    assert!(answer
        .text()
        .contains("already exists; choose another name"));
    assert!(!answer.text().contains(TOKEN));

    // And registers after the live check.
    let answer = ui.register(&[
        ("name", "extra-mirror"),
        ("url", &ui.extra_oai),
        ("token", TOKEN),
    ]);
    assert_eq!(answer.status, 201, "{}", answer.text());
    assert!(answer.text().contains("Registered extra-mirror."));
    assert!(!answer.text().contains(TOKEN));
    let source = ui.get("/api/v1/sources/extra-mirror").expect(200).json();
    assert_eq!(source["repository_name"], "Synthetic OER");
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
