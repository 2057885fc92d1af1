//! Registration requests in PostgreSQL: queued by anyone, decided by the operator (as
//! [`crate::store::registrations`] keeps them in SQLite). Submitting and deciding hold the write
//! lock, so the checks for a taken name and a full queue cannot race another node's.

use postgres::{Client, Row};

use super::registry;
use super::write::write_transaction;
use crate::error::{IndexError, Result};
use crate::model::source::Source;
use crate::store::registrations::{Decision, Registration, StoredRegistration, MAX_PENDING};

const COLUMNS: &str = "id, name, url, contact, source, submitted_at, status, decided_at, reason";

fn from_row(row: &Row) -> Registration {
    StoredRegistration {
        id: row.get(0),
        name: row.get(1),
        url: row.get(2),
        contact: row.get(3),
        source_json: row.get(4),
        submitted_at: row.get(5),
        status: row.get(6),
        decided_at: row.get(7),
        reason: row.get(8),
    }
    .read()
}

/// Queues `source` as submitted by `contact`; refuses a name a source or a pending request has,
/// and a full queue.
pub(super) fn submit(
    client: &mut Client,
    source: &Source,
    contact: &str,
    now: &str,
) -> Result<Registration> {
    let mut tx = write_transaction(client)?;
    let taken: bool = tx
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM sources WHERE name = $1)
                 OR EXISTS (SELECT 1 FROM registrations WHERE name = $1 AND status = 'pending')",
            &[&source.name],
        )?
        .get(0);
    if taken {
        return Err(IndexError::DuplicateSource(source.name.clone()));
    }
    let pending: i64 = tx
        .query_one(
            "SELECT count(*) FROM registrations WHERE status = 'pending'",
            &[],
        )?
        .get(0);
    if pending as u64 >= MAX_PENDING {
        return Err(IndexError::QueueFull(MAX_PENDING));
    }
    let row = tx.query_one(
        &format!(
            "INSERT INTO registrations (name, url, contact, source, submitted_at, status)
             VALUES ($1, $2, $3, $4, $5, 'pending') RETURNING {COLUMNS}"
        ),
        &[
            &source.name,
            &source.url,
            &contact,
            &serde_json::to_string(source)?,
            &now,
        ],
    )?;
    let registration = from_row(&row);
    tx.commit()?;
    Ok(registration)
}

/// Registration requests, newest first; only those with `status` when given.
pub(super) fn list(client: &mut Client, status: Option<&str>) -> Result<Vec<Registration>> {
    let rows = client.query(
        &format!(
            "SELECT {COLUMNS} FROM registrations WHERE $1::text IS NULL OR status = $1
             ORDER BY id DESC"
        ),
        &[&status],
    )?;
    Ok(rows.iter().map(from_row).collect())
}

/// One registration request.
pub(super) fn get(client: &mut Client, id: i64) -> Result<Option<Registration>> {
    let row = client.query_opt(
        &format!("SELECT {COLUMNS} FROM registrations WHERE id = $1"),
        &[&id],
    )?;
    Ok(row.as_ref().map(from_row))
}

/// Decides a pending request: approving adds its source (returned), rejecting keeps the reason.
/// A request already decided, or whose name a source took meanwhile, is refused.
pub(super) fn decide(
    client: &mut Client,
    id: i64,
    decision: &Decision,
    now: &str,
) -> Result<Option<Source>> {
    let mut tx = write_transaction(client)?;
    let found = tx.query_opt(
        "SELECT status, source FROM registrations WHERE id = $1 FOR UPDATE",
        &[&id],
    )?;
    let Some(found) = found else {
        return Err(IndexError::UnknownRegistration(id));
    };
    let (status, source_json): (String, String) = (found.get(0), found.get(1));
    if status != "pending" {
        return Err(IndexError::AlreadyDecided { id, status });
    }
    let added = match decision {
        Decision::Approve => {
            let mut source: Source = serde_json::from_str(&source_json)?;
            source.added_at = now.to_string();
            registry::insert_new_source(&mut tx, &source)?;
            tx.execute(
                "UPDATE registrations SET status = 'approved', decided_at = $2 WHERE id = $1",
                &[&id, &now],
            )?;
            Some(source)
        }
        Decision::Reject(reason) => {
            tx.execute(
                "UPDATE registrations SET status = 'rejected', decided_at = $2, reason = $3
                 WHERE id = $1",
                &[&id, &now, reason],
            )?;
            None
        }
    };
    tx.commit()?;
    Ok(added)
}
