//! An OAI-PMH 2.0 client: the six verbs over a [`Fetcher`].

use serde::Serialize;
use url::Url;

use crate::error::{HarvestError, Result};
use crate::http::{Body, Fetcher, Unreadable};
use crate::oai::guard::{ListFault, ListGuard};
use crate::oai::page::{self, OaiError, Page, Resumption};

/// Most sets a repository's ListSets may hold (real ones hold hundreds, a few thousands).
const MAX_SETS: usize = 100_000;

/// What a repository's Identify says.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Identify {
    /// `repositoryName`.
    pub repository_name: String,
    /// `baseURL` as the repository states it.
    pub base_url: String,
    /// `protocolVersion`.
    pub protocol_version: String,
    /// `earliestDatestamp`, if it is a valid date.
    pub earliest_datestamp: Option<String>,
    /// `deletedRecord`: `no`, `transient` or `persistent`.
    pub deleted_record: String,
    /// `granularity`.
    pub granularity: String,
    /// `adminEmail` values.
    pub admin_emails: Vec<String>,
}

/// One entry of ListMetadataFormats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MetadataFormat {
    /// `metadataPrefix`.
    pub prefix: String,
    /// `schema`.
    pub schema: String,
    /// `metadataNamespace`.
    pub namespace: String,
}

/// One entry of ListSets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SetInfo {
    /// `setSpec`.
    pub spec: String,
    /// `setName`.
    pub name: String,
}

/// The list verbs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListVerb {
    /// Full records.
    ListRecords,
    /// Headers only.
    ListIdentifiers,
}

/// Arguments of a list request; with a token, the other arguments are not sent (the protocol
/// forbids them beside `resumptionToken`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListRequest {
    /// `metadataPrefix`.
    pub metadata_prefix: String,
    /// `from`, already in the repository's granularity.
    pub from: Option<String>,
    /// `until`, already in the repository's granularity.
    pub until: Option<String>,
    /// `set`.
    pub set: Option<String>,
    /// `resumptionToken` from the previous page.
    pub token: Option<String>,
}

/// A client for one repository.
pub struct OaiClient<'a> {
    fetcher: &'a Fetcher,
    base: Url,
}

impl<'a> OaiClient<'a> {
    /// A client for the repository at `base_url`.
    pub fn new(fetcher: &'a Fetcher, base_url: &str) -> Result<Self> {
        let base = Url::parse(base_url.trim()).map_err(|_| HarvestError::BadUrl {
            url: base_url.to_string(),
        })?;
        fetcher.check_url(&base)?;
        Ok(OaiClient { fetcher, base })
    }

    /// The request URL for `args`; each value is URL-encoded exactly once here.
    pub fn url(&self, args: &[(&str, &str)]) -> Url {
        let mut url = self.base.clone();
        {
            let mut query = url.query_pairs_mut();
            for (key, value) in args {
                query.append_pair(key, value);
            }
        }
        url
    }

    /// Identify.
    pub async fn identify(&self) -> Result<Identify> {
        let url = self.url(&[("verb", "Identify")]);
        let result = self
            .fetcher
            .fetch(&url, |body| with_document(body, parse_identify))
            .await?;
        result.map_err(|e| protocol(&url, e))
    }

    /// ListMetadataFormats.
    pub async fn list_metadata_formats(&self) -> Result<Vec<MetadataFormat>> {
        let url = self.url(&[("verb", "ListMetadataFormats")]);
        let result = self
            .fetcher
            .fetch(&url, |body| {
                with_document(body, |doc| {
                    Ok(descendants(doc.root_element(), "metadataFormat")
                        .map(|f| MetadataFormat {
                            prefix: child_text(f, "metadataPrefix"),
                            schema: child_text(f, "schema"),
                            namespace: child_text(f, "metadataNamespace"),
                        })
                        .filter(|f| !f.prefix.is_empty())
                        .collect())
                })
            })
            .await?;
        result.map_err(|e| protocol(&url, e))
    }

    /// ListSets, following resumption tokens; `noSetHierarchy` is an empty list. A list whose
    /// tokens loop, or that goes on past any sane length, is an error.
    pub async fn list_sets(&self) -> Result<Vec<SetInfo>> {
        let mut sets = Vec::new();
        let mut token: Option<String> = None;
        let mut guard = ListGuard::default();
        loop {
            let url = match &token {
                Some(t) => self.url(&[("verb", "ListSets"), ("resumptionToken", t)]),
                None => self.url(&[("verb", "ListSets")]),
            };
            let result = self
                .fetcher
                .fetch(&url, |body| {
                    with_document(body, |doc| {
                        let page: Vec<SetInfo> = descendants(doc.root_element(), "set")
                            .map(|s| SetInfo {
                                spec: child_text(s, "setSpec"),
                                name: child_text(s, "setName"),
                            })
                            .collect();
                        let next = descendants(doc.root_element(), "resumptionToken")
                            .next()
                            .and_then(|t| t.text())
                            .map(|t| t.trim().to_string())
                            .filter(|t| !t.is_empty());
                        Ok((page, next))
                    })
                })
                .await?;
            match result {
                Ok((page, next)) => {
                    let resumption = next.clone().map(|token| Resumption {
                        token,
                        ..Resumption::default()
                    });
                    guard
                        .check(page.len(), resumption.as_ref())
                        .map_err(|fault| HarvestError::BrokenList {
                            url: self.base.to_string(),
                            fault,
                        })?;
                    sets.extend(page);
                    if next.is_none() {
                        return Ok(sets);
                    }
                    if sets.len() > MAX_SETS {
                        return Err(HarvestError::BrokenList {
                            url: self.base.to_string(),
                            fault: ListFault::TooMany {
                                listed: sets.len() as u64,
                                what: "sets",
                            },
                        });
                    }
                    token = next;
                }
                Err(e) if e.code == "noSetHierarchy" => return Ok(sets),
                Err(e) => return Err(protocol(&url, e)),
            }
        }
    }

    /// One page of ListRecords or ListIdentifiers. OAI-PMH errors come back inside the page
    /// (the caller decides: `noRecordsMatch` is an empty list, `badResumptionToken` a restart).
    pub async fn list_page(&self, verb: ListVerb, request: &ListRequest) -> Result<(Url, Page)> {
        let verb_name = match verb {
            ListVerb::ListRecords => "ListRecords",
            ListVerb::ListIdentifiers => "ListIdentifiers",
        };
        let mut args = vec![("verb", verb_name)];
        match &request.token {
            Some(token) => args.push(("resumptionToken", token)),
            None => {
                args.push(("metadataPrefix", &request.metadata_prefix));
                if let Some(from) = &request.from {
                    args.push(("from", from));
                }
                if let Some(until) = &request.until {
                    args.push(("until", until));
                }
                if let Some(set) = &request.set {
                    args.push(("set", set));
                }
            }
        }
        let url = self.url(&args);
        let page = self.fetcher.fetch(&url, parse_page).await?;
        Ok((url, page))
    }

    /// GetRecord.
    pub async fn get_record(&self, identifier: &str, metadata_prefix: &str) -> Result<Page> {
        let url = self.url(&[
            ("verb", "GetRecord"),
            ("identifier", identifier),
            ("metadataPrefix", metadata_prefix),
        ]);
        let page = self.fetcher.fetch(&url, parse_page).await?;
        if let Some(e) = page.errors.first() {
            return Err(protocol(&url, e.clone()));
        }
        Ok(page)
    }
}

/// Parses a list page; a page with OAI-PMH errors is still a page (with `errors` filled).
fn parse_page(body: &Body) -> std::result::Result<Page, Unreadable> {
    page::parse(&body.text)
}

fn protocol(url: &Url, e: OaiError) -> HarvestError {
    HarvestError::Protocol {
        url: url.to_string(),
        code: e.code,
        message: e.message,
    }
}

/// Parses a small response (Identify, ListMetadataFormats, ListSets) as a DOM and hands it to
/// `f` unless it carries an OAI-PMH error.
fn with_document<T>(
    body: &Body,
    f: impl FnOnce(&roxmltree::Document<'_>) -> std::result::Result<T, OaiError>,
) -> std::result::Result<std::result::Result<T, OaiError>, Unreadable> {
    if crate::http::decode::looks_like_html(&body.text) {
        return Err(page::HTML_PAGE.into());
    }
    let doc = roxmltree::Document::parse(&body.text).map_err(|e| match e {
        roxmltree::Error::DtdDetected => {
            Unreadable::permanent("document type declarations (DTDs) are not accepted")
        }
        e => Unreadable::from(format!("not well-formed XML: {e}")),
    })?;
    let root = doc.root_element();
    page::check_root(root.tag_name().name())?;
    if let Some(error) = root.children().find(|n| n.has_tag_name("error")) {
        return Ok(Err(OaiError {
            code: error.attribute("code").unwrap_or("").to_string(),
            message: error
                .text()
                .unwrap_or("")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        }));
    }
    Ok(f(&doc))
}

fn parse_identify(doc: &roxmltree::Document<'_>) -> std::result::Result<Identify, OaiError> {
    let identify = descendants(doc.root_element(), "Identify")
        .next()
        .ok_or_else(|| OaiError {
            code: "badResponse".into(),
            message: "no Identify element".into(),
        })?;
    let earliest = child_text(identify, "earliestDatestamp");
    Ok(Identify {
        repository_name: child_text(identify, "repositoryName"),
        base_url: child_text(identify, "baseURL"),
        protocol_version: child_text(identify, "protocolVersion"),
        earliest_datestamp: oerdex_index::timestamp::parse(&earliest).map(|_| earliest),
        deleted_record: child_text(identify, "deletedRecord"),
        granularity: child_text(identify, "granularity"),
        admin_emails: identify
            .children()
            .filter(|n| n.tag_name().name() == "adminEmail")
            .filter_map(|n| n.text())
            .map(|t| t.trim().to_string())
            .collect(),
    })
}

fn descendants<'a, 'input>(
    node: roxmltree::Node<'a, 'input>,
    local: &'static str,
) -> impl Iterator<Item = roxmltree::Node<'a, 'input>> {
    node.descendants()
        .filter(move |n| n.is_element() && n.tag_name().name() == local)
}

fn child_text(node: roxmltree::Node<'_, '_>, local: &str) -> String {
    node.children()
        .find(|n| n.is_element() && n.tag_name().name() == local)
        .map(|n| n.text().unwrap_or("").trim().to_string())
        .unwrap_or_default()
}

/// The metadata formats oerdex reads, richest first, as operators name them.
pub const READABLE_FORMATS: &str =
    "IEEE LOM and its profiles (lom, obaa, ScoLOMfr...), LRMI, qualified Dublin Core (qdc, nsdl_dc...), DataCite (oai_datacite, datacite), oai_dc, MODS";

/// Picks the richest metadata format oerdex can read: LOM (and its profiles), then LRMI, then
/// qualified DC, then DataCite, then `oai_dc`, then MODS (read only lightly).
pub fn richest_format(formats: &[MetadataFormat]) -> Option<&MetadataFormat> {
    formats
        .iter()
        .filter_map(|f| format_rank(f).map(|rank| (rank, f)))
        .max_by_key(|(rank, _)| *rank)
        .map(|(_, f)| f)
}

fn format_rank(f: &MetadataFormat) -> Option<u8> {
    let prefix = f.prefix.to_ascii_lowercase();
    let ns = f.namespace.to_ascii_lowercase();
    Some(
        if ns.contains("ltsc.ieee.org/xsd/lom") || prefix.contains("lom") || prefix == "obaa" {
            6
        } else if ns.contains("lrmi") || prefix.contains("lrmi") {
            5
        } else if matches!(
            prefix.as_str(),
            "qdc" | "oai_qdc" | "nsdl_dc" | "dcterms" | "oai_dcterms"
        ) || ns.contains("purl.org/dc/terms")
        {
            4
        } else if prefix.contains("datacite") || ns.contains("datacite.org/schema/kernel") {
            3
        } else if prefix == "oai_dc" {
            2
        } else if prefix == "mods" || ns.contains("loc.gov/mods") {
            1
        } else {
            return None;
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format(prefix: &str, namespace: &str) -> MetadataFormat {
        MetadataFormat {
            prefix: prefix.into(),
            schema: String::new(),
            namespace: namespace.into(),
        }
    }

    #[test]
    fn picks_lom_over_qualified_dc_over_oai_dc() {
        let formats = [
            format("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc/"),
            format("lom", "http://ltsc.ieee.org/xsd/LOM"),
            format("qdc", "http://purl.org/dc/terms/"),
            format("marc21", "http://www.loc.gov/MARC21/slim"),
        ];
        assert_eq!(richest_format(&formats).unwrap().prefix, "lom");
        // DataCite is richer than oai_dc (person/organisation, DOIs, rights URIs); MODS, read
        // lightly, is taken only when nothing else is offered.
        let zenodo = [
            format("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc/"),
            format("oai_datacite", "http://datacite.org/schema/kernel-4"),
            format("marc21", "http://www.loc.gov/MARC21/slim"),
        ];
        assert_eq!(richest_format(&zenodo).unwrap().prefix, "oai_datacite");
        let duepublico = [format("mods", "http://www.loc.gov/mods/v3")];
        assert_eq!(richest_format(&duepublico).unwrap().prefix, "mods");
        let both = [
            format("mods", "http://www.loc.gov/mods/v3"),
            format("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc/"),
        ];
        assert_eq!(richest_format(&both).unwrap().prefix, "oai_dc");
        assert_eq!(richest_format(&formats[..1]).unwrap().prefix, "oai_dc");
        assert_eq!(
            richest_format(&[formats[0].clone(), formats[2].clone()])
                .unwrap()
                .prefix,
            "qdc"
        );
        assert!(richest_format(&formats[3..]).is_none());
    }
}
