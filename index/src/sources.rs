//! Registered sources: the OAI-PMH endpoints oerdex harvests, stored in the catalogue.

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::db::Index;
use crate::error::{IndexError, Result};

/// A registered OAI-PMH endpoint and what its Identify and ListMetadataFormats said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Short unique name chosen by the operator.
    pub name: String,
    /// The OAI-PMH base URL.
    pub url: String,
    /// The metadata format harvested.
    pub metadata_prefix: String,
    /// Sets to harvest selectively; empty means the whole repository.
    pub sets: Vec<String>,
    /// Disabled sources are kept but not harvested.
    pub enabled: bool,
    /// Licence to assume for records that state none (marked `inferred`).
    pub default_license: Option<String>,
    /// `repositoryName` from Identify.
    pub repository_name: Option<String>,
    /// `granularity` from Identify (`YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ssZ`).
    pub granularity: Option<String>,
    /// `earliestDatestamp` from Identify.
    pub earliest_datestamp: Option<String>,
    /// `deletedRecord` from Identify (`no`, `transient`, `persistent`).
    pub deleted_record: Option<String>,
    /// The metadata prefixes ListMetadataFormats offered.
    pub formats: Vec<String>,
    /// When the source was registered.
    pub added_at: String,
}

impl Source {
    /// True for a valid source name: 1-64 ASCII letters, digits, `-`, `_` or `.` (names appear
    /// in URLs, set specs and file-like contexts, so nothing else is allowed).
    pub fn valid_name(name: &str) -> bool {
        !name.is_empty()
            && name.len() <= 64
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    }

    /// A new enabled source with nothing known about the repository yet.
    pub fn new(name: &str, url: &str, metadata_prefix: &str) -> Self {
        Source {
            name: name.to_string(),
            url: url.to_string(),
            metadata_prefix: metadata_prefix.to_string(),
            sets: Vec::new(),
            enabled: true,
            default_license: None,
            repository_name: None,
            granularity: None,
            earliest_datestamp: None,
            deleted_record: None,
            formats: Vec::new(),
            added_at: crate::timestamp::now(),
        }
    }

    /// The URL to show anyone but the harvester: credentials replaced by `***`
    /// (see [`crate::redact`]).
    pub fn public_url(&self) -> String {
        crate::redact::url(&self.url).into_owned()
    }

    /// True when the repository accepts `from`/`until` with seconds (else days only).
    pub fn has_seconds_granularity(&self) -> bool {
        self.granularity.as_deref() == Some("YYYY-MM-DDThh:mm:ssZ")
    }

    fn from_row(row: &Row<'_>) -> rusqlite::Result<Self> {
        let json_list = |i: usize| -> rusqlite::Result<Vec<String>> {
            let text: String = row.get(i)?;
            Ok(serde_json::from_str(&text).unwrap_or_default())
        };
        Ok(Source {
            name: row.get(0)?,
            url: row.get(1)?,
            metadata_prefix: row.get(2)?,
            sets: json_list(3)?,
            enabled: row.get(4)?,
            default_license: row.get(5)?,
            repository_name: row.get(6)?,
            granularity: row.get(7)?,
            earliest_datestamp: row.get(8)?,
            deleted_record: row.get(9)?,
            formats: json_list(10)?,
            added_at: row.get(11)?,
        })
    }
}

const COLUMNS: &str = "name, url, metadata_prefix, sets, enabled, default_license, \
    repository_name, granularity, earliest_datestamp, deleted_record, formats, added_at";

impl Index {
    /// Registers a new source; fails with [`IndexError::DuplicateSource`] if the name is taken.
    pub fn add_source(&mut self, source: &Source) -> Result<()> {
        if self.source(&source.name)?.is_some() {
            return Err(IndexError::DuplicateSource(source.name.clone()));
        }
        self.put_source(source)
    }

    /// Inserts or replaces a source (keeping its records and harvest state).
    pub fn put_source(&mut self, source: &Source) -> Result<()> {
        insert(&self.conn, source)
    }

    /// The source named `name`, if registered.
    pub fn source(&self, name: &str) -> Result<Option<Source>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM sources WHERE name = ?1"),
                [name],
                Source::from_row,
            )
            .optional()?)
    }

    /// Every registered source, by name.
    pub fn sources(&self) -> Result<Vec<Source>> {
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {COLUMNS} FROM sources ORDER BY name"))?;
        let rows = stmt.query_map([], Source::from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many live (not deleted) records a source contributes.
    pub fn source_record_count(&self, name: &str) -> Result<u64> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM records WHERE source = ?1 AND deleted = 0",
            [name],
            |row| row.get(0),
        )?)
    }

    /// Removes a source and its contributions; resources also held by other sources stay, the
    /// others become tombstones.
    pub fn remove_source(&mut self, name: &str) -> Result<()> {
        if self.source(name)?.is_none() {
            return Err(IndexError::UnknownSource(name.to_string()));
        }
        let tx = self.write_transaction()?;
        let affected: Vec<String> = {
            let mut stmt = tx.prepare(
                "SELECT DISTINCT resource_id FROM records WHERE source = ?1 AND resource_id IS NOT NULL",
            )?;
            let rows = stmt.query_map([name], |row| row.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        tx.execute("DELETE FROM records WHERE source = ?1", [name])?;
        tx.execute("DELETE FROM harvest_state WHERE source = ?1", [name])?;
        tx.execute("DELETE FROM sources WHERE name = ?1", [name])?;
        let now = crate::timestamp::now();
        for id in affected {
            crate::merge::rebuild_resource(&tx, &id, &now)?;
        }
        tx.commit()?;
        Ok(())
    }
}

/// Inserts or replaces a source (keeping its records and harvest state) on `conn`.
pub(crate) fn insert(conn: &rusqlite::Connection, source: &Source) -> Result<()> {
    conn.execute(
        &format!(
            "INSERT INTO sources ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
             ON CONFLICT(name) DO UPDATE SET url = ?2, metadata_prefix = ?3, sets = ?4,
               enabled = ?5, default_license = ?6, repository_name = ?7, granularity = ?8,
               earliest_datestamp = ?9, deleted_record = ?10, formats = ?11"
        ),
        params![
            source.name,
            source.url,
            source.metadata_prefix,
            serde_json::to_string(&source.sets)?,
            source.enabled,
            source.default_license,
            source.repository_name,
            source.granularity,
            source.earliest_datestamp,
            source.deleted_record,
            serde_json::to_string(&source.formats)?,
            source.added_at,
        ],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_names() {
        for ok in [
            "zoerr",
            "phaidra-univie",
            "demo_school",
            "a.b",
            &"x".repeat(64),
        ] {
            assert!(Source::valid_name(ok), "{ok}");
        }
        for bad in [
            "",
            "with space",
            "slash/name",
            "ümlaut",
            "a:b",
            &"x".repeat(65),
        ] {
            assert!(!Source::valid_name(bad), "{bad}");
        }
    }
}
