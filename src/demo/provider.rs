//! A small OAI-PMH 2.0 data provider over the demo's sample repositories, served from inside
//! the process on a loopback port, so the demo harvests over real HTTP with the real harvester.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;

use super::catalogue::{DemoRecord, DemoRepository};

/// Records per ListRecords page.
const PAGE_SIZE: usize = 50;

/// Routes `/{name}/oai` for each repository.
pub fn router(repositories: Vec<(&'static str, DemoRepository)>) -> Router {
    let mut router = Router::new();
    for (name, repository) in repositories {
        router = router.route(
            &format!("/{name}/oai"),
            get(answer).with_state(Arc::new(repository)),
        );
    }
    router
}

async fn answer(
    State(repo): State<Arc<DemoRepository>>,
    Query(args): Query<HashMap<String, String>>,
) -> impl IntoResponse {
    let body = respond(&repo, &args);
    ([(header::CONTENT_TYPE, "text/xml; charset=utf-8")], body)
}

fn respond(repo: &DemoRepository, args: &HashMap<String, String>) -> String {
    let verb = args.get("verb").map(String::as_str).unwrap_or("");
    let inner = match verb {
        "Identify" => Ok(format!(
            "<Identify><repositoryName>{}</repositoryName><baseURL>http://127.0.0.1/oai</baseURL>\
             <protocolVersion>2.0</protocolVersion><adminEmail>demo@example.org</adminEmail>\
             <earliestDatestamp>2024-01-01</earliestDatestamp><deletedRecord>{}</deletedRecord>\
             <granularity>{}</granularity></Identify>",
            repo.name, repo.deleted_record, repo.granularity
        )),
        "ListMetadataFormats" => Ok(format!(
            "<ListMetadataFormats><metadataFormat><metadataPrefix>{}</metadataPrefix><schema>{}</schema>\
             <metadataNamespace>{}</metadataNamespace></metadataFormat></ListMetadataFormats>",
            repo.prefix, repo.schema, repo.namespace
        )),
        "ListSets" => Ok(format!(
            "<ListSets>{}</ListSets>",
            repo.sets
                .iter()
                .map(|(spec, name)| format!("<set><setSpec>{spec}</setSpec><setName>{name}</setName></set>"))
                .collect::<String>()
        )),
        "ListRecords" | "ListIdentifiers" => list(repo, args, verb == "ListRecords"),
        "GetRecord" => match repo.records.iter().find(|r| Some(&r.identifier) == args.get("identifier")) {
            Some(record) => Ok(format!("<GetRecord>{}</GetRecord>", record_xml(record, true))),
            None => Err(("idDoesNotExist", "no such record")),
        },
        _ => Err(("badVerb", "illegal OAI verb")),
    };
    let inner =
        inner.unwrap_or_else(|(code, message)| format!("<error code=\"{code}\">{message}</error>"));
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">\
         <responseDate>{}</responseDate><request>http://127.0.0.1/oai</request>{inner}</OAI-PMH>",
        oerdex_index::timestamp::now()
    )
}

fn list(
    repo: &DemoRepository,
    args: &HashMap<String, String>,
    with_metadata: bool,
) -> Result<String, (&'static str, &'static str)> {
    // The token carries the offset and the original arguments: `offset|prefix|set|from`.
    let (offset, prefix, set, from) = match args.get("resumptionToken") {
        Some(token) => {
            let parts: Vec<&str> = token.split('|').collect();
            let [offset, prefix, set, from] = parts[..] else {
                return Err(("badResumptionToken", "unknown token"));
            };
            let offset = offset
                .parse()
                .map_err(|_| ("badResumptionToken", "unknown token"))?;
            (
                offset,
                prefix.to_string(),
                set.to_string(),
                from.to_string(),
            )
        }
        None => (
            0usize,
            args.get("metadataPrefix")
                .cloned()
                .ok_or(("badArgument", "metadataPrefix is required"))?,
            args.get("set").cloned().unwrap_or_default(),
            args.get("from").cloned().unwrap_or_default(),
        ),
    };
    if prefix != repo.prefix {
        return Err(("cannotDisseminateFormat", "format not offered"));
    }
    let matching: Vec<&DemoRecord> = repo
        .records
        .iter()
        .filter(|r| set.is_empty() || r.sets.contains(&set))
        .filter(|r| from.is_empty() || r.datestamp.as_str() >= from.as_str())
        .collect();
    if matching.is_empty() {
        return Err(("noRecordsMatch", "no records match"));
    }
    let page: String = matching
        .iter()
        .skip(offset)
        .take(PAGE_SIZE)
        .map(|r| {
            if with_metadata {
                record_xml(r, true)
            } else {
                header_xml(r)
            }
        })
        .collect();
    let next = offset + PAGE_SIZE;
    let token = if next < matching.len() {
        format!("{next}|{prefix}|{set}|{from}")
    } else {
        String::new()
    };
    let verb = if with_metadata {
        "ListRecords"
    } else {
        "ListIdentifiers"
    };
    Ok(format!(
        "<{verb}>{page}<resumptionToken completeListSize=\"{}\" cursor=\"{offset}\">{}</resumptionToken></{verb}>",
        matching.len(),
        token.replace('&', "&amp;")
    ))
}

fn header_xml(r: &DemoRecord) -> String {
    format!(
        "<header{}><identifier>{}</identifier><datestamp>{}</datestamp>{}</header>",
        if r.deleted { " status=\"deleted\"" } else { "" },
        r.identifier,
        r.datestamp,
        r.sets
            .iter()
            .map(|s| format!("<setSpec>{s}</setSpec>"))
            .collect::<String>()
    )
}

fn record_xml(r: &DemoRecord, with_metadata: bool) -> String {
    let metadata = if r.deleted || !with_metadata {
        String::new()
    } else {
        format!("<metadata>{}</metadata>", r.metadata)
    };
    format!("<record>{}{metadata}</record>", header_xml(r))
}
