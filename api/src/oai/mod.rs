//! The OAI-PMH 2.0 data provider: re-exposes the catalogue so other platforms (another oerdex
//! among them) can mirror it incrementally.
//!
//! Records are resources; their identifiers are `oai:<repository identifier>:<resource id>`
//! and their datestamps are when the resource last changed in our index, so `from=` yields
//! exactly what changed. Deleted resources stay as tombstones (`deletedRecord=persistent`).
//! Resumption tokens are stateless (arguments and position travel inside), so they can be
//! repeated and survive a restart. [`respond`] is synchronous; the HTTP layer calls it on a
//! read connection off the async runtime.

mod dc;
mod lom;
pub mod request;
mod token;
mod xml;

use oerdex_index::store::changes::{Change, ChangesQuery, SetFilter};
use oerdex_index::{Clock, Reader, Resource};

use request::{ListArgs, ListStart, OaiError, OaiRequest};
use token::Token;
use xml::element;
pub(crate) use xml::text;

/// What the provider says about itself.
#[derive(Debug, Clone)]
pub struct ProviderConfig {
    /// `repositoryName`.
    pub repository_name: String,
    /// `adminEmail`.
    pub admin_email: String,
    /// The repository identifier in record identifiers (`oai:<this>:<id>`), a domain name.
    pub repository_identifier: String,
    /// Records or headers per list page.
    pub page_size: usize,
}

impl Default for ProviderConfig {
    fn default() -> Self {
        ProviderConfig {
            repository_name: "oerdex catalogue".into(),
            admin_email: "admin@oerdex.invalid".into(),
            repository_identifier: "oerdex.invalid".into(),
            page_size: 100,
        }
    }
}

/// The formats every record is available in: (prefix, schema, namespace).
const FORMATS: &[(&str, &str, &str)] = &[
    (dc::PREFIX, dc::SCHEMA, dc::NAMESPACE),
    (lom::PREFIX, lom::SCHEMA, lom::NAMESPACE),
];

/// Answers one OAI-PMH request (`args` from the query string or form body, in order) with the
/// complete XML document, its `responseDate` read from `clock` (the catalogue's, so that it is
/// comparable with the datestamps). Protocol errors are OAI-PMH `<error>` elements (HTTP 200);
/// only a database failure is an `Err`.
pub fn respond(
    index: &dyn Reader,
    clock: &dyn Clock,
    config: &ProviderConfig,
    base_url: &str,
    args: &[(String, String)],
) -> oerdex_index::Result<String> {
    let mut out = String::with_capacity(16 * 1024);
    out.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd\">",
    );
    element(&mut out, "responseDate", &clock.timestamp());
    let request = request::parse(args);
    // The request is echoed with its arguments, except after badVerb or badArgument.
    match &request {
        Ok(_) => {
            out.push_str("<request");
            for (key, value) in args {
                out.push_str(&format!(" {}=\"{}\"", text(key), text(value)));
            }
            out.push('>');
            out.push_str(&text(base_url));
            out.push_str("</request>");
        }
        Err(_) => element(&mut out, "request", base_url),
    }
    let body = match request {
        Ok(request) => answer(index, config, base_url, request)?,
        Err(e) => Err(e),
    };
    match body {
        Ok(xml) => out.push_str(&xml),
        Err(e) => {
            out.push_str(&format!(
                "<error code=\"{}\">{}</error>",
                e.code,
                text(&e.message)
            ));
        }
    }
    out.push_str("</OAI-PMH>\n");
    Ok(out)
}

/// A whole OAI-PMH document holding only `<error code="code">message</error>`, for requests
/// refused before the provider could read them (a body too large, a wrong media type); its
/// `responseDate` read from `clock`.
pub fn error_document(clock: &dyn Clock, base_url: &str, code: &str, message: &str) -> String {
    let mut out = String::with_capacity(512);
    out.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd\">",
    );
    element(&mut out, "responseDate", &clock.timestamp());
    element(&mut out, "request", base_url);
    out.push_str(&format!(
        "<error code=\"{}\">{}</error></OAI-PMH>\n",
        text(code),
        text(message)
    ));
    out
}

type Answer = Result<String, OaiError>;

fn answer(
    index: &dyn Reader,
    config: &ProviderConfig,
    base_url: &str,
    request: OaiRequest,
) -> oerdex_index::Result<Answer> {
    Ok(match request {
        OaiRequest::Identify => Ok(identify(index, config, base_url)?),
        OaiRequest::ListMetadataFormats { identifier } => {
            list_metadata_formats(index, config, identifier.as_deref())?
        }
        OaiRequest::ListSets { token: Some(_) } => Err(OaiError::new(
            "badResumptionToken",
            "ListSets is never resumed",
        )),
        OaiRequest::ListSets { token: None } => Ok(list_sets(index)?),
        OaiRequest::GetRecord {
            identifier,
            metadata_prefix,
        } => get_record(index, config, &identifier, &metadata_prefix)?,
        OaiRequest::List { records, start } => list(index, config, records, start)?,
    })
}

fn identify(
    index: &dyn Reader,
    config: &ProviderConfig,
    base_url: &str,
) -> oerdex_index::Result<String> {
    let earliest = index
        .earliest_change()?
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
    let mut out = String::from("<Identify>");
    element(&mut out, "repositoryName", &config.repository_name);
    element(&mut out, "baseURL", base_url);
    element(&mut out, "protocolVersion", "2.0");
    element(&mut out, "adminEmail", &config.admin_email);
    element(&mut out, "earliestDatestamp", &earliest);
    element(&mut out, "deletedRecord", "persistent");
    element(&mut out, "granularity", "YYYY-MM-DDThh:mm:ssZ");
    element(&mut out, "compression", "gzip");
    out.push_str(
        "<description><oai-identifier xmlns=\"http://www.openarchives.org/OAI/2.0/oai-identifier\" \
         xsi:schemaLocation=\"http://www.openarchives.org/OAI/2.0/oai-identifier http://www.openarchives.org/OAI/2.0/oai-identifier.xsd\">",
    );
    element(&mut out, "scheme", "oai");
    element(
        &mut out,
        "repositoryIdentifier",
        &config.repository_identifier,
    );
    element(&mut out, "delimiter", ":");
    element(
        &mut out,
        "sampleIdentifier",
        &format!("oai:{}:0123456789abcdef", config.repository_identifier),
    );
    out.push_str("</oai-identifier></description></Identify>");
    Ok(out)
}

fn list_metadata_formats(
    index: &dyn Reader,
    config: &ProviderConfig,
    identifier: Option<&str>,
) -> oerdex_index::Result<Answer> {
    if let Some(identifier) = identifier {
        if find(index, config, identifier)?.is_none() {
            return Ok(Err(OaiError::new(
                "idDoesNotExist",
                format!("no record {identifier:?}"),
            )));
        }
    }
    let mut out = String::from("<ListMetadataFormats>");
    for (prefix, schema, namespace) in FORMATS {
        out.push_str("<metadataFormat>");
        element(&mut out, "metadataPrefix", prefix);
        element(&mut out, "schema", schema);
        element(&mut out, "metadataNamespace", namespace);
        out.push_str("</metadataFormat>");
    }
    out.push_str("</ListMetadataFormats>");
    Ok(Ok(out))
}

fn list_sets(index: &dyn Reader) -> oerdex_index::Result<String> {
    let mut out = String::from("<ListSets>");
    let mut set = |spec: &str, name: &str| {
        out.push_str("<set>");
        element(&mut out, "setSpec", spec);
        element(&mut out, "setName", name);
        out.push_str("</set>");
    };
    set("open", "Openly licensed (UNESCO 2019 OER Recommendation)");
    for source in index.sources()? {
        let name = source
            .repository_name
            .clone()
            .unwrap_or_else(|| source.public_url());
        set(&format!("source:{}", source.name), &format!("From {name}"));
    }
    for family in index.license_families_present()? {
        set(
            &format!("license:{family}"),
            oerdex_index::license::family_label(&family),
        );
    }
    out.push_str("</ListSets>");
    Ok(out)
}

fn get_record(
    index: &dyn Reader,
    config: &ProviderConfig,
    identifier: &str,
    prefix: &str,
) -> oerdex_index::Result<Answer> {
    let Some(change) = find(index, config, identifier)? else {
        return Ok(Err(OaiError::new(
            "idDoesNotExist",
            format!("no record {identifier:?}"),
        )));
    };
    if !FORMATS.iter().any(|(p, _, _)| *p == prefix) {
        return Ok(Err(cannot_disseminate(prefix)));
    }
    let mut out = String::from("<GetRecord>");
    record(&mut out, config, &change, Some(prefix));
    out.push_str("</GetRecord>");
    Ok(Ok(out))
}

fn list(
    index: &dyn Reader,
    config: &ProviderConfig,
    records: bool,
    start: ListStart,
) -> oerdex_index::Result<Answer> {
    let (args, after, cursor) = match start {
        ListStart::Args(args) => (args, None, 0),
        ListStart::Token(text) => match Token::decode(&text) {
            Some(token) => (token.args(), Some((token.t.clone(), token.r)), token.c),
            None => {
                return Ok(Err(OaiError::new(
                    "badResumptionToken",
                    "the resumption token is not valid",
                )))
            }
        },
    };
    if !FORMATS.iter().any(|(p, _, _)| *p == args.metadata_prefix) {
        return Ok(Err(cannot_disseminate(&args.metadata_prefix)));
    }
    let set = match &args.set {
        Some(spec) => match SetFilter::parse(spec) {
            Some(filter) => Some(filter),
            None => {
                return Ok(Err(OaiError::new(
                    "noRecordsMatch",
                    format!("there is no set {spec:?}"),
                )))
            }
        },
        None => None,
    };
    let query = ChangesQuery {
        from: args.from.clone(),
        until: args.until.clone(),
        set,
        after,
        limit: config.page_size + 1,
    };
    let (mut changes, total) = index.changes(&query)?;
    if changes.is_empty() {
        return Ok(Err(OaiError::new(
            "noRecordsMatch",
            "no records match the arguments",
        )));
    }
    let more = changes.len() > config.page_size;
    changes.truncate(config.page_size);
    let verb = if records {
        "ListRecords"
    } else {
        "ListIdentifiers"
    };
    let mut out = format!("<{verb}>");
    for change in &changes {
        if records {
            record(&mut out, config, change, Some(&args.metadata_prefix));
        } else {
            header(&mut out, config, change);
        }
    }
    resumption(&mut out, &args, &changes, more, total, cursor);
    out.push_str(&format!("</{verb}>"));
    Ok(Ok(out))
}

/// The resumptionToken element: a token while more follows, an empty one on the last page of a
/// resumed list, none for a list that fit one page.
fn resumption(
    out: &mut String,
    args: &ListArgs,
    page: &[Change],
    more: bool,
    total: u64,
    cursor: u64,
) {
    let attributes = format!("completeListSize=\"{total}\" cursor=\"{cursor}\"");
    match (more, page.last()) {
        (true, Some(last)) => {
            let (t, r) = last.position.clone();
            let token = Token::new(args, t, r, cursor + page.len() as u64).encode();
            out.push_str(&format!(
                "<resumptionToken {attributes}>{token}</resumptionToken>"
            ));
        }
        _ if cursor > 0 => out.push_str(&format!("<resumptionToken {attributes}/>")),
        _ => {}
    }
}

fn cannot_disseminate(prefix: &str) -> OaiError {
    OaiError::new(
        "cannotDisseminateFormat",
        format!("metadataPrefix {prefix:?} is not offered; use oai_dc or lom"),
    )
}

/// The record named by an OAI identifier of this repository.
fn find(
    index: &dyn Reader,
    config: &ProviderConfig,
    identifier: &str,
) -> oerdex_index::Result<Option<Change>> {
    let prefix = format!("oai:{}:", config.repository_identifier);
    match identifier.strip_prefix(&prefix) {
        Some(id) if !id.is_empty() => index.change(id),
        _ => Ok(None),
    }
}

fn header(out: &mut String, config: &ProviderConfig, change: &Change) {
    let r = &change.resource;
    out.push_str(if change.deleted {
        "<header status=\"deleted\">"
    } else {
        "<header>"
    });
    element(
        out,
        "identifier",
        &format!("oai:{}:{}", config.repository_identifier, r.id),
    );
    element(out, "datestamp", &r.updated);
    for spec in set_specs(r) {
        element(out, "setSpec", &spec);
    }
    out.push_str("</header>");
}

fn record(out: &mut String, config: &ProviderConfig, change: &Change, prefix: Option<&str>) {
    out.push_str("<record>");
    header(out, config, change);
    if !change.deleted {
        out.push_str("<metadata>");
        match prefix {
            Some(lom::PREFIX) => lom::write(out, &change.resource),
            _ => dc::write(out, &change.resource),
        }
        out.push_str("</metadata>");
    }
    out.push_str("</record>");
}

/// The sets a resource belongs to.
fn set_specs(r: &Resource) -> Vec<String> {
    let mut specs = Vec::new();
    if r.license.as_ref().is_some_and(|l| l.open) {
        specs.push("open".to_string());
    }
    if let Some(license) = &r.license {
        specs.push(format!("license:{}", license.family));
    }
    for source in &r.sources {
        let spec = format!("source:{}", source.source);
        if !specs.contains(&spec) {
            specs.push(spec);
        }
    }
    specs
}
