//! Registration requests: repositories anyone may submit (name, URL, contact e-mail), checked
//! live when submitted and kept here until the operator approves one (it becomes a [`Source`])
//! or rejects it.

use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;

use crate::error::{IndexError, Result};
use crate::model::source::Source;
use crate::store::db::Index;

/// Pending requests kept at most: beyond, submissions are refused until the operator decides.
pub const MAX_PENDING: u64 = 500;

/// A submitted repository and what became of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Registration {
    /// Its number.
    pub id: i64,
    /// The source name asked for.
    pub name: String,
    /// The OAI-PMH base URL (credentials shown as `***`).
    pub url: String,
    /// The submitter's e-mail address.
    pub contact: String,
    /// When it was submitted.
    pub submitted_at: String,
    /// `pending`, `approved` or `rejected`.
    pub status: String,
    /// When the operator decided.
    pub decided_at: Option<String>,
    /// Why it was rejected, if the operator said.
    pub reason: Option<String>,
    /// What the live check found: the repository's name and the format it would be harvested in.
    pub repository_name: Option<String>,
    /// The metadata format it would be harvested in.
    pub metadata_prefix: String,
}

/// Why a registration cannot be decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Approve: the source is added.
    Approve,
    /// Reject, with an optional reason.
    Reject(Option<String>),
}

const COLUMNS: &str = "id, name, url, contact, source, submitted_at, status, decided_at, reason";

fn from_row(row: &Row<'_>) -> rusqlite::Result<(Registration, String)> {
    let source_json: String = row.get(4)?;
    let registration = StoredRegistration {
        id: row.get(0)?,
        name: row.get(1)?,
        url: row.get(2)?,
        contact: row.get(3)?,
        source_json: &source_json,
        submitted_at: row.get(5)?,
        status: row.get(6)?,
        decided_at: row.get(7)?,
        reason: row.get(8)?,
    }
    .read();
    Ok((registration, source_json))
}

/// A registration request's columns as an engine stores them (the source it asks for as JSON).
pub(crate) struct StoredRegistration<'a> {
    pub id: i64,
    pub name: String,
    pub url: String,
    pub contact: String,
    pub source_json: &'a str,
    pub submitted_at: String,
    pub status: String,
    pub decided_at: Option<String>,
    pub reason: Option<String>,
}

impl StoredRegistration<'_> {
    /// The request as callers see it: credentials in its URL hidden, what Identify said about
    /// the repository from the stored source.
    pub(crate) fn read(self) -> Registration {
        let source: Option<Source> = serde_json::from_str(self.source_json).ok();
        Registration {
            id: self.id,
            name: self.name,
            url: crate::model::redact::url(&self.url).into_owned(),
            contact: self.contact,
            submitted_at: self.submitted_at,
            status: self.status,
            decided_at: self.decided_at,
            reason: self.reason,
            repository_name: source.as_ref().and_then(|s| s.repository_name.clone()),
            metadata_prefix: source.map(|s| s.metadata_prefix).unwrap_or_default(),
        }
    }
}

impl Index {
    /// Queues `source` (checked live) as submitted by `contact`; refuses a name that a source or
    /// a pending request already has, and a full queue.
    pub fn submit_registration(&mut self, source: &Source, contact: &str) -> Result<Registration> {
        let now = self.now();
        let tx = self.write_transaction()?;
        let taken: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM sources WHERE name = ?1)
                 OR EXISTS (SELECT 1 FROM registrations WHERE name = ?1 AND status = 'pending')",
            [&source.name],
            |row| row.get(0),
        )?;
        if taken {
            return Err(IndexError::DuplicateSource(source.name.clone()));
        }
        let pending: u64 = tx.query_row(
            "SELECT count(*) FROM registrations WHERE status = 'pending'",
            [],
            |row| row.get(0),
        )?;
        if pending >= MAX_PENDING {
            return Err(IndexError::QueueFull(MAX_PENDING));
        }
        tx.execute(
            "INSERT INTO registrations (name, url, contact, source, submitted_at, status)
             VALUES (?1, ?2, ?3, ?4, ?5, 'pending')",
            params![
                source.name,
                source.url,
                contact,
                serde_json::to_string(source)?,
                now
            ],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        self.registration(id)?
            .ok_or_else(|| IndexError::UnknownRegistration(id))
    }

    /// Registration requests, newest first; only those with `status` when given.
    pub fn registrations(&self, status: Option<&str>) -> Result<Vec<Registration>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM registrations WHERE ?1 IS NULL OR status = ?1 ORDER BY id DESC"
        ))?;
        let rows = stmt.query_map([status], from_row)?;
        Ok(rows
            .map(|r| r.map(|(registration, _)| registration))
            .collect::<rusqlite::Result<_>>()?)
    }

    /// One registration request.
    pub fn registration(&self, id: i64) -> Result<Option<Registration>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM registrations WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .map(|(registration, _)| registration))
    }

    /// Decides a pending request: approving adds its source (returned), rejecting keeps the
    /// reason. A request already decided, or whose name a source took meanwhile, is refused.
    pub fn decide_registration(&mut self, id: i64, decision: &Decision) -> Result<Option<Source>> {
        let now = self.now();
        let tx = self.write_transaction()?;
        let found: Option<(String, String)> = tx
            .query_row(
                "SELECT status, source FROM registrations WHERE id = ?1",
                [id],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        let Some((status, source_json)) = found else {
            return Err(IndexError::UnknownRegistration(id));
        };
        if status != "pending" {
            return Err(IndexError::AlreadyDecided { id, status });
        }
        let added = match decision {
            Decision::Approve => {
                let mut source: Source = serde_json::from_str(&source_json)?;
                let exists: bool = tx.query_row(
                    "SELECT EXISTS (SELECT 1 FROM sources WHERE name = ?1)",
                    [&source.name],
                    |row| row.get(0),
                )?;
                if exists {
                    return Err(IndexError::DuplicateSource(source.name));
                }
                source.added_at = now.clone();
                crate::store::sources::insert(&tx, &source)?;
                tx.execute(
                    "UPDATE registrations SET status = 'approved', decided_at = ?2 WHERE id = ?1",
                    params![id, now],
                )?;
                Some(source)
            }
            Decision::Reject(reason) => {
                tx.execute(
                    "UPDATE registrations SET status = 'rejected', decided_at = ?2, reason = ?3
                     WHERE id = ?1",
                    params![id, now, reason],
                )?;
                None
            }
        };
        tx.commit()?;
        Ok(added)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(name: &str) -> Source {
        let mut s = Source::new(name, "https://u:p@repo.example/oai", "oai_dc");
        s.repository_name = Some("Example OER".into());
        s
    }

    #[test]
    fn a_request_waits_then_is_approved_or_rejected_once() {
        let mut index = Index::open_in_memory().unwrap();
        let first = index
            .submit_registration(&source("repo"), "manager@repo.example")
            .unwrap();
        assert_eq!(first.status, "pending");
        assert_eq!(first.url, "https://***@repo.example/oai");
        assert_eq!(first.repository_name.as_deref(), Some("Example OER"));
        assert!(matches!(
            index.submit_registration(&source("repo"), "other@x.example"),
            Err(IndexError::DuplicateSource(_))
        ));
        let second = index
            .submit_registration(&source("other"), "o@x.example")
            .unwrap();
        assert_eq!(index.registrations(Some("pending")).unwrap().len(), 2);
        let added = index
            .decide_registration(first.id, &Decision::Approve)
            .unwrap()
            .unwrap();
        assert_eq!(
            added.url, "https://u:p@repo.example/oai",
            "the harvester gets the real URL"
        );
        assert_eq!(index.source("repo").unwrap().unwrap().name, "repo");
        assert!(matches!(
            index.decide_registration(first.id, &Decision::Reject(None)),
            Err(IndexError::AlreadyDecided { .. })
        ));
        index
            .decide_registration(second.id, &Decision::Reject(Some("not OER".into())))
            .unwrap();
        let rejected = index.registration(second.id).unwrap().unwrap();
        assert_eq!(
            (rejected.status.as_str(), rejected.reason.as_deref()),
            ("rejected", Some("not OER"))
        );
        assert!(index.registrations(Some("pending")).unwrap().is_empty());
        assert_eq!(index.registrations(None).unwrap().len(), 2);
        assert!(matches!(
            index.decide_registration(99, &Decision::Approve),
            Err(IndexError::UnknownRegistration(99))
        ));
        assert!(
            matches!(
                index.submit_registration(&source("repo"), "m@x.example"),
                Err(IndexError::DuplicateSource(_))
            ),
            "a source has the name now"
        );
    }
}
