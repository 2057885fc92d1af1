//! A synthetic OAI-PMH repository for tests: paged ListRecords with resumption tokens, `from`
//! and `set`, deletions, and a hook that replaces chosen answers with faults.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::server::{Reply, Request, Server};

/// One record of the synthetic repository.
#[derive(Debug, Clone)]
pub struct SynthRecord {
    pub id: String,
    pub datestamp: String,
    pub deleted: bool,
    pub sets: Vec<String>,
    pub title: String,
    pub url: String,
    pub rights: String,
    pub language: String,
}

const RIGHTS: &[&str] = &[
    "https://creativecommons.org/licenses/by/4.0/",
    "CC BY-SA 4.0",
    "http://creativecommons.org/publicdomain/zero/1.0/",
    "© 2020 Example. All rights reserved.",
    "https://creativecommons.org/licenses/by-nc-nd/4.0/",
];
const LANGUAGES: &[&str] = &["en", "de", "fr", "sw"];

impl SynthRecord {
    /// Record number `i` (1-based): datestamps one minute apart from 2024-01-01.
    pub fn numbered(i: usize) -> Self {
        SynthRecord {
            id: format!("oai:synth.example.net:{i}"),
            datestamp: minute(i),
            deleted: false,
            sets: vec![if i % 2 == 0 {
                "even".into()
            } else {
                "odd".into()
            }],
            title: format!("Synthetic resource {i}"),
            url: format!("https://oer.example.net/r/{i}"),
            rights: RIGHTS[i % RIGHTS.len()].into(),
            language: LANGUAGES[i % LANGUAGES.len()].into(),
        }
    }

    fn metadata(&self) -> String {
        format!(
            r#"<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{}</dc:title><dc:description>About {}</dc:description><dc:identifier>{}</dc:identifier><dc:rights>{}</dc:rights><dc:language>{}</dc:language><dc:subject>Testing</dc:subject></oai_dc:dc>"#,
            escape(&self.title),
            escape(&self.title),
            self.url,
            escape(&self.rights),
            self.language
        )
    }
}

/// `2024-01-01T00:00:00Z` plus `i` minutes.
pub fn minute(i: usize) -> String {
    let day = 1 + i / 1440;
    let hour = (i % 1440) / 60;
    let min = i % 60;
    format!("2024-01-{day:02}T{hour:02}:{min:02}:00Z")
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Replaces the answer to a request: gets the request and the 1-based number of list requests
/// so far; `None` keeps the normal answer.
pub type Fault = Box<dyn FnMut(&Request, usize) -> Option<Reply> + Send>;

/// The repository's state, shared with its server.
pub struct Repo {
    pub records: Mutex<Vec<SynthRecord>>,
    pub page_size: usize,
    pub granularity: &'static str,
    pub deleted_record: &'static str,
    pub fault: Mutex<Option<Fault>>,
    pub page_delay: Mutex<Duration>,
    list_calls: AtomicUsize,
}

impl Repo {
    /// `n` records, `page_size` a page, seconds granularity, persistent deletions.
    pub fn new(n: usize, page_size: usize) -> Arc<Self> {
        Arc::new(Repo {
            records: Mutex::new((1..=n).map(SynthRecord::numbered).collect()),
            page_size,
            granularity: "YYYY-MM-DDThh:mm:ssZ",
            deleted_record: "persistent",
            fault: Mutex::new(None),
            page_delay: Mutex::new(Duration::ZERO),
            list_calls: AtomicUsize::new(0),
        })
    }

    /// Like [`Repo::new`] with day granularity and `deletedRecord=no`.
    pub fn day_granular(n: usize, page_size: usize) -> Arc<Self> {
        let mut repo = Arc::try_unwrap(Repo::new(n, page_size)).ok().unwrap();
        for r in repo.records.get_mut().unwrap().iter_mut() {
            r.datestamp.truncate(10);
        }
        repo.granularity = "YYYY-MM-DD";
        repo.deleted_record = "no";
        Arc::new(repo)
    }

    /// Starts serving at `/oai`.
    pub fn serve(self: &Arc<Self>) -> Server {
        let repo = self.clone();
        Server::start(move |req| repo.respond(req))
    }

    /// Installs a fault hook.
    pub fn set_fault(&self, fault: impl FnMut(&Request, usize) -> Option<Reply> + Send + 'static) {
        *self.fault.lock().unwrap() = Some(Box::new(fault));
    }

    /// Removes the fault hook.
    pub fn clear_fault(&self) {
        *self.fault.lock().unwrap() = None;
    }

    /// The normal or faulty answer.
    pub fn respond(&self, req: &Request) -> Reply {
        let verb = req.arg("verb").unwrap_or("");
        let n = if verb == "ListRecords" {
            self.list_calls.fetch_add(1, Ordering::SeqCst) + 1
        } else {
            0
        };
        if let Some(fault) = self.fault.lock().unwrap().as_mut() {
            if let Some(reply) = fault(req, n) {
                return reply;
            }
        }
        if verb == "ListRecords" {
            let delay = *self.page_delay.lock().unwrap();
            std::thread::sleep(delay);
        }
        Reply::xml(self.answer(req))
    }

    /// The normal answer's XML.
    pub fn answer(&self, req: &Request) -> String {
        let inner = match req.arg("verb").unwrap_or("") {
            "Identify" => format!(
                "<Identify><repositoryName>Synthetic OER</repositoryName><baseURL>http://127.0.0.1/oai</baseURL><protocolVersion>2.0</protocolVersion><adminEmail>a@example.net</adminEmail><earliestDatestamp>2024-01-01T00:00:00Z</earliestDatestamp><deletedRecord>{}</deletedRecord><granularity>{}</granularity></Identify>",
                self.deleted_record, self.granularity
            ),
            "ListMetadataFormats" => "<ListMetadataFormats><metadataFormat><metadataPrefix>oai_dc</metadataPrefix><schema>http://www.openarchives.org/OAI/2.0/oai_dc.xsd</schema><metadataNamespace>http://www.openarchives.org/OAI/2.0/oai_dc/</metadataNamespace></metadataFormat></ListMetadataFormats>".to_string(),
            "ListSets" => "<ListSets><set><setSpec>even</setSpec><setName>Even</setName></set><set><setSpec>odd</setSpec><setName>Odd</setName></set></ListSets>".to_string(),
            "ListRecords" => self.list(req),
            _ => "<error code=\"badVerb\">bad verb</error>".to_string(),
        };
        envelope(&inner)
    }

    fn list(&self, req: &Request) -> String {
        // Tokens hold characters that must be URL-encoded exactly once to come back intact.
        let (offset, from, set) = match req.arg("resumptionToken") {
            Some(token) => match parse_token(token) {
                Some(parts) => parts,
                None => return "<error code=\"badResumptionToken\">unknown token</error>".into(),
            },
            None => {
                if req.arg("metadataPrefix") != Some("oai_dc") {
                    return "<error code=\"cannotDisseminateFormat\">only oai_dc</error>".into();
                }
                (
                    0,
                    req.arg("from").unwrap_or("").to_string(),
                    req.arg("set").unwrap_or("").to_string(),
                )
            }
        };
        let records = self.records.lock().unwrap();
        let matching: Vec<&SynthRecord> = records
            .iter()
            .filter(|r| set.is_empty() || r.sets.contains(&set))
            .filter(|r| {
                from.is_empty()
                    || r.datestamp[..from.len().min(r.datestamp.len())] >= *from.as_str()
            })
            .collect();
        if matching.is_empty() {
            return "<error code=\"noRecordsMatch\">none</error>".into();
        }
        let page: Vec<&SynthRecord> = matching
            .iter()
            .skip(offset)
            .take(self.page_size)
            .copied()
            .collect();
        let next = offset + self.page_size;
        let token = if next < matching.len() {
            format!("o={next}+f={from}/s={set}==")
        } else {
            String::new()
        };
        list_records(&page, &token, Some(matching.len()))
    }

    /// One page of the normal answer without consuming a list call (for building faulty
    /// variants).
    pub fn page_for(&self, req: &Request) -> String {
        self.answer(req)
    }
}

fn parse_token(token: &str) -> Option<(usize, String, String)> {
    let rest = token.strip_prefix("o=")?.strip_suffix("==")?;
    let (offset, rest) = rest.split_once("+f=")?;
    let (from, set) = rest.split_once("/s=")?;
    Some((offset.parse().ok()?, from.to_string(), set.to_string()))
}

/// A `<ListRecords>` element holding `records` and ending with `token` (empty: the last page).
pub fn list_records(
    records: &[&SynthRecord],
    token: &str,
    complete_list_size: Option<usize>,
) -> String {
    let page: String = records.iter().map(|r| record_xml(r)).collect();
    let size = complete_list_size
        .map(|n| format!(" completeListSize=\"{n}\""))
        .unwrap_or_default();
    format!(
        "<ListRecords>{page}<resumptionToken{size}>{}</resumptionToken></ListRecords>",
        escape(token)
    )
}

fn record_xml(r: &SynthRecord) -> String {
    let header = format!(
        "<header{}><identifier>{}</identifier><datestamp>{}</datestamp>{}</header>",
        if r.deleted { " status=\"deleted\"" } else { "" },
        r.id,
        r.datestamp,
        r.sets
            .iter()
            .map(|s| format!("<setSpec>{s}</setSpec>"))
            .collect::<String>()
    );
    if r.deleted {
        format!("<record>{header}</record>")
    } else {
        format!(
            "<record>{header}<metadata>{}</metadata></record>",
            r.metadata()
        )
    }
}

/// Wraps a verb's element in the OAI-PMH envelope.
pub fn envelope(inner: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><responseDate>{}</responseDate><request>http://127.0.0.1/oai</request>{inner}</OAI-PMH>",
        now()
    )
}

/// An HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`) `ahead` seconds from now.
pub fn http_date(ahead: u64) -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + ahead;
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][((secs / 86_400) % 7) as usize];
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ][m as usize - 1];
    let rem = secs % 86_400;
    format!(
        "{weekday}, {d:02} {month} {y} {:02}:{:02}:{:02} GMT",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    )
}

fn now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let days = secs / 86_400;
    let (y, m, d) = civil_from_days(days as i64);
    let rem = secs % 86_400;
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    )
}

/// Days since 1970-01-01 to a calendar date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}
