//! A test catalogue whose every property is a function of the record number, served as a paged
//! `oai_dc` repository, so API tests can compute the expected answer of any filter.
//!
//! Record `i` (1..=[`RECORDS`]) has licence `i % 7` (CC BY, CC BY-SA, CC0, none, CC BY-NC-ND,
//! CC BY-NC, CC BY-ND), language `i % 3` (en, de, fr), type `i % 2` (video, worksheet), level
//! by `i % 4` (secondary school, higher education), subject by `i % 5` (Mathematics, Biology),
//! a title with "Photosynthesis" when `i % 6 == 0`, and accessibility statements (schema.org, as
//! LRMI carries them): videos with `i % 4 == 0` are captioned with a transcript, worksheets
//! with `i % 3 == 0` state that they do not flash.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use super::repo::{envelope, minute, Repo};
use super::server::{Reply, Server};

/// Records in the catalogue.
pub const RECORDS: usize = 60;
/// Records per ListRecords page.
pub const PAGE: usize = 25;

/// Rights statements and the family and permissions (open, commercial, derivatives) each gives.
#[allow(clippy::type_complexity)]
const LICENCES: [(&str, Option<(&str, bool, bool, bool)>); 7] = [
    (
        "https://creativecommons.org/licenses/by/4.0/",
        Some(("cc-by", true, true, true)),
    ),
    ("CC BY-SA 4.0", Some(("cc-by-sa", true, true, true))),
    (
        "http://creativecommons.org/publicdomain/zero/1.0/",
        Some(("cc0", true, true, true)),
    ),
    ("© 2020 Example. All rights reserved.", None),
    (
        "https://creativecommons.org/licenses/by-nc-nd/4.0/",
        Some(("cc-by-nc-nd", false, false, false)),
    ),
    ("CC BY-NC 4.0", Some(("cc-by-nc", true, false, true))),
    (
        "https://creativecommons.org/licenses/by-nd/4.0/",
        Some(("cc-by-nd", false, true, false)),
    ),
];

/// One record of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item(pub usize);

impl Item {
    /// Every record.
    pub fn all() -> Vec<Item> {
        (1..=RECORDS).map(Item).collect()
    }

    /// The record whose resource has this URL.
    pub fn from_url(url: &str) -> Option<Item> {
        url.strip_prefix("https://cat.example.net/r/")?
            .parse()
            .ok()
            .map(Item)
    }

    pub fn rights(self) -> &'static str {
        LICENCES[self.0 % 7].0
    }

    pub fn family(self) -> Option<&'static str> {
        LICENCES[self.0 % 7].1.map(|l| l.0)
    }

    pub fn open(self) -> Option<bool> {
        LICENCES[self.0 % 7].1.map(|l| l.1)
    }

    pub fn commercial(self) -> Option<bool> {
        LICENCES[self.0 % 7].1.map(|l| l.2)
    }

    pub fn derivatives(self) -> Option<bool> {
        LICENCES[self.0 % 7].1.map(|l| l.3)
    }

    pub fn lang(self) -> &'static str {
        ["en", "de", "fr"][self.0 % 3]
    }

    pub fn kind(self) -> &'static str {
        ["video", "worksheet"][self.0 % 2]
    }

    pub fn level(self) -> &'static str {
        if self.0 % 4 < 2 {
            "secondary school"
        } else {
            "higher education"
        }
    }

    pub fn subject(self) -> &'static str {
        if self.0 % 5 == 0 {
            "Mathematics"
        } else {
            "Biology"
        }
    }

    pub fn title(self) -> String {
        if self.0 % 6 == 0 {
            format!("Photosynthesis in plants {}", self.0)
        } else {
            format!("Cells and tissues {}", self.0)
        }
    }

    /// The accessibility filters the record's statements satisfy.
    pub fn accessibility(self) -> &'static [&'static str] {
        if self.0 % 4 == 0 {
            &["captions", "transcript"]
        } else if self.0 % 2 == 1 && self.0 % 3 == 0 {
            &["no-flashing-hazard"]
        } else {
            &[]
        }
    }

    fn accessibility_xml(self) -> &'static str {
        match self.accessibility() {
            ["captions", ..] => {
                "<sdo:accessibilityFeature>closedCaptions</sdo:accessibilityFeature>\
                 <sdo:accessibilityFeature>transcript</sdo:accessibilityFeature>"
            }
            [_] => "<sdo:accessibilityHazard>noFlashingHazard</sdo:accessibilityHazard>",
            _ => "",
        }
    }

    pub fn url(self) -> String {
        format!("https://cat.example.net/r/{}", self.0)
    }

    fn xml(self) -> String {
        format!(
            "<record><header><identifier>oai:cat.example.net:{i}</identifier><datestamp>{date}</datestamp></header>\
             <metadata><oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" \
             xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
             xmlns:sdo=\"https://schema.org/\">\
             <dc:title>{title}</dc:title><dc:description>Teaching material number {i}</dc:description>\
             <dc:identifier>{url}</dc:identifier><dc:rights>{rights}</dc:rights>\
             <dc:language>{lang}</dc:language><dc:type>{kind}</dc:type>\
             <dcterms:educationLevel>{level}</dcterms:educationLevel><dc:subject>{subject}</dc:subject>\
             <dcterms:audience>teacher</dcterms:audience><dc:creator>Author {i}</dc:creator>\
             {accessibility}</oai_dc:dc></metadata></record>",
            i = self.0,
            date = minute(self.0),
            title = self.title(),
            url = self.url(),
            rights = self.rights().replace('&', "&amp;"),
            lang = self.lang(),
            kind = self.kind(),
            level = self.level(),
            subject = self.subject(),
            accessibility = self.accessibility_xml(),
        )
    }
}

/// Page `page` (0-based) of ListRecords, with a resumption token naming the next page.
fn list_page(page: usize) -> String {
    let records: String = Item::all()
        .into_iter()
        .skip(page * PAGE)
        .take(PAGE)
        .map(Item::xml)
        .collect();
    let token = if (page + 1) * PAGE < RECORDS {
        (page + 1).to_string()
    } else {
        String::new()
    };
    envelope(&format!(
        "<ListRecords>{records}<resumptionToken completeListSize=\"{RECORDS}\" cursor=\"{}\">{token}</resumptionToken></ListRecords>",
        page * PAGE
    ))
}

/// Serves the catalogue at `/oai`; each ListRecords answer waits `delay` milliseconds first.
pub fn serve(delay: Arc<AtomicU64>) -> (Arc<Repo>, Server) {
    let repo = Repo::new(0, PAGE);
    repo.set_fault(move |req, _| {
        if req.arg("verb") != Some("ListRecords") {
            return None;
        }
        std::thread::sleep(Duration::from_millis(delay.load(Ordering::Relaxed)));
        let page = match req.arg("resumptionToken") {
            Some(token) => token.parse().ok()?,
            None => 0,
        };
        Some(Reply::xml(list_page(page)))
    });
    let server = repo.serve();
    (repo, server)
}
