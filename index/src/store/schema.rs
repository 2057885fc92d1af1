//! The SQLite schema and its migrations.
//!
//! `PRAGMA user_version` holds the schema version. Each migration is a batch of SQL run in one
//! transaction, so a database is always at exactly one version; a database newer than this build
//! is refused rather than misread.

use rusqlite::Connection;

use crate::error::{IndexError, Result};

/// Migrations in order; index `i` brings the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // Version 1: the first schema.
    r#"
CREATE TABLE sources (
    name               TEXT PRIMARY KEY,
    url                TEXT NOT NULL,
    metadata_prefix    TEXT NOT NULL,
    sets               TEXT NOT NULL DEFAULT '[]',
    enabled            INTEGER NOT NULL DEFAULT 1,
    default_license    TEXT,
    repository_name    TEXT,
    granularity        TEXT,
    earliest_datestamp TEXT,
    deleted_record     TEXT,
    formats            TEXT NOT NULL DEFAULT '[]',
    added_at           TEXT NOT NULL
);

-- One row per record per source, as harvested; the raw XML is kept (deflate-compressed) so a
-- better crosswalk can re-index without harvesting again. A rowid table, not WITHOUT ROWID:
-- rows (metadata JSON and raw XML) run to a few KB, and a WITHOUT ROWID table keeps only about
-- 1 KB of a row in its B-tree page, spilling the rest into an overflow page of its own, which
-- made the table four times the size of its data and slowed every harvest.
CREATE TABLE records (
    source          TEXT NOT NULL REFERENCES sources(name) ON DELETE CASCADE,
    oai_identifier  TEXT NOT NULL,
    datestamp       TEXT NOT NULL,
    metadata_prefix TEXT NOT NULL,
    deleted         INTEGER NOT NULL,
    sets            TEXT NOT NULL,
    metadata        TEXT,
    raw_xml         BLOB,
    resource_id     TEXT,
    seen_harvest    INTEGER,
    PRIMARY KEY (source, oai_identifier)
);
CREATE INDEX records_resource ON records(resource_id);

-- The merged catalogue. Rows are never removed: a resource no source holds any more stays as a
-- tombstone (deleted = 1) so the OAI-PMH provider can report the deletion.
CREATE TABLE resources (
    rowid          INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    deleted        INTEGER NOT NULL DEFAULT 0,
    updated        TEXT NOT NULL,
    title_sort     TEXT NOT NULL DEFAULT '',
    license_id     TEXT,
    license_family TEXT,
    open           INTEGER,
    commercial     INTEGER,
    derivatives    INTEGER,
    doc            TEXT NOT NULL
);
CREATE INDEX resources_updated ON resources(deleted, updated);
CREATE INDEX resources_changes ON resources(updated, rowid);
-- Licence and permission filters and the licence facet read these indexes, never the rows (a
-- row carries the whole document: scanning them for a count read the entire catalogue).
CREATE INDEX resources_license ON resources(deleted, license_family, license_id);
CREATE INDEX resources_permissions ON resources(deleted, open, commercial, derivatives);

-- Merge keys (normalised URL, DOI, or source record) pointing at the resource they identify.
CREATE TABLE resource_keys (
    key         TEXT PRIMARY KEY,
    resource_id TEXT NOT NULL
) WITHOUT ROWID;

-- Facet values of live resources: language, type, level, subject, source (replaced in version 2).
CREATE TABLE facets (
    field          TEXT NOT NULL,
    value          TEXT NOT NULL,
    resource_rowid INTEGER NOT NULL,
    PRIMARY KEY (field, value, resource_rowid)
) WITHOUT ROWID;
CREATE INDEX facets_resource ON facets(resource_rowid);

CREATE VIRTUAL TABLE resources_fts USING fts5(
    title, description, keywords, subjects, creators,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE harvests (
    id        INTEGER PRIMARY KEY,
    source    TEXT NOT NULL,
    started   TEXT NOT NULL,
    ended     TEXT,
    status    TEXT NOT NULL,
    full      INTEGER NOT NULL,
    request_from TEXT,
    added     INTEGER NOT NULL DEFAULT 0,
    updated   INTEGER NOT NULL DEFAULT 0,
    deleted   INTEGER NOT NULL DEFAULT 0,
    failed    INTEGER NOT NULL DEFAULT 0,
    pages     INTEGER NOT NULL DEFAULT 0,
    error     TEXT
);
CREATE INDEX harvests_source ON harvests(source, id);

-- Per-source harvest state: where the last complete harvest ended, and the checkpoint of the
-- running one (written in the same transaction as each page's records).
CREATE TABLE harvest_state (
    source                 TEXT PRIMARY KEY REFERENCES sources(name) ON DELETE CASCADE,
    last_response_date     TEXT,
    last_full_harvest      TEXT,
    checkpoint_harvest_id  INTEGER,
    checkpoint_token       TEXT,
    checkpoint_from        TEXT,
    checkpoint_set         TEXT,
    checkpoint_complete    INTEGER,
    checkpoint_full        INTEGER,
    checkpoint_datestamp   TEXT,
    checkpoint_response_date TEXT
);
"#,
    // Version 2: a resource's facet values as one JSON object (see `facet_values.rs`) instead of
    // a row per value in two B-trees, the largest single cost of writing a resource.
    r#"
CREATE TABLE resource_facets (
    resource_rowid INTEGER PRIMARY KEY,
    vals           TEXT NOT NULL
);
INSERT INTO resource_facets (resource_rowid, vals)
SELECT resource_rowid, json_group_object(field, json(vals))
FROM (SELECT resource_rowid, field, json_group_array(value) AS vals
      FROM (SELECT resource_rowid, field, value FROM facets
            ORDER BY resource_rowid, field, value)
      GROUP BY resource_rowid, field)
GROUP BY resource_rowid;
DROP TABLE facets;
"#,
    // Version 3: repositories submitted for registration by anyone, waiting for the operator;
    // and each harvest's count of records clipped to the size limits.
    r#"
ALTER TABLE harvests ADD COLUMN clipped INTEGER NOT NULL DEFAULT 0;
CREATE TABLE registrations (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    url          TEXT NOT NULL,
    contact      TEXT NOT NULL,
    source       TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    status       TEXT NOT NULL,
    decided_at   TEXT,
    reason       TEXT
);
CREATE INDEX registrations_status ON registrations(status, id);
"#,
    // Version 4: who is harvesting a source, until when (see `leases.rs`).
    r#"
CREATE TABLE leases (
    source  TEXT PRIMARY KEY,
    holder  TEXT NOT NULL,
    expires INTEGER NOT NULL
);
"#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database up to [`SCHEMA_VERSION`], refusing databases from a newer oerdex.
pub fn migrate(conn: &mut Connection, path: &str) -> Result<()> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(IndexError::SchemaTooNew {
            path: path.to_string(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    for (version, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version as i64 + 1)?;
        tx.commit()?;
        tracing::info!(version = version + 1, "database schema migrated");
    }
    Ok(())
}
