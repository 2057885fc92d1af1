//! `oerdex registrations list | approve | reject`: the operator's side of the registration
//! requests anyone may submit through `POST /api/v1/registrations`.

use oerdex_index::store::registrations::Decision;

use crate::catalogue::open_index;
use crate::config::Settings;
use crate::exit;

/// Lists the requests (waiting ones unless `all`).
pub fn list(settings: &Settings, all: bool, json: bool) -> anyhow::Result<u8> {
    let index = open_index(settings)?;
    let listed = index.registrations(if all { None } else { Some("pending") })?;
    if json {
        println!("{}", serde_json::to_string_pretty(&listed)?);
        return Ok(exit::OK);
    }
    if listed.is_empty() {
        println!(
            "no registration requests{}",
            if all { "" } else { " waiting" }
        );
        return Ok(exit::OK);
    }
    println!(
        "{:>4}  {:<9} {:<16} {:<8} {:<28} URL",
        "ID", "STATUS", "NAME", "FORMAT", "CONTACT"
    );
    for r in &listed {
        println!(
            "{:>4}  {:<9} {:<16} {:<8} {:<28} {}",
            r.id, r.status, r.name, r.metadata_prefix, r.contact, r.url
        );
    }
    Ok(exit::OK)
}

/// Approves request `id`: its repository becomes a source.
pub fn approve(settings: &Settings, id: i64) -> anyhow::Result<u8> {
    let mut index = open_index(settings)?;
    let added = index.decide_registration(id, &Decision::Approve)?;
    if let Some(source) = added {
        println!(
            "approved request {id}: added source {} ({}) format {}; a running `oerdex serve` harvests it at once, else `oerdex harvest {}`",
            source.name,
            source.repository_name.as_deref().unwrap_or("?"),
            source.metadata_prefix,
            source.name
        );
    }
    Ok(exit::OK)
}

/// Rejects request `id`.
pub fn reject(settings: &Settings, id: i64, reason: Option<String>) -> anyhow::Result<u8> {
    let mut index = open_index(settings)?;
    let reason = reason
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty());
    index.decide_registration(id, &Decision::Reject(reason))?;
    println!("rejected request {id}");
    Ok(exit::OK)
}
