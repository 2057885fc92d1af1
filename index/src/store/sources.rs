//! Registered sources: the OAI-PMH endpoints oerdex harvests, stored in the catalogue.

use rusqlite::{params, OptionalExtension, Row};

use crate::error::{IndexError, Result};
use crate::model::source::Source;
use crate::store::db::Index;

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
                source_from_row,
            )
            .optional()?)
    }

    /// Every registered source, by name.
    pub fn sources(&self) -> Result<Vec<Source>> {
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {COLUMNS} FROM sources ORDER BY name"))?;
        let rows = stmt.query_map([], source_from_row)?;
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

const COLUMNS: &str = "name, url, metadata_prefix, sets, enabled, default_license, \
    repository_name, granularity, earliest_datestamp, deleted_record, formats, added_at";

/// A source from a row of [`COLUMNS`].
fn source_from_row(row: &Row<'_>) -> rusqlite::Result<Source> {
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
