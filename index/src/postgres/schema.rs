//! The PostgreSQL schema and its migrations.
//!
//! Table `oerdex_schema` holds the version. Each start takes a transaction-scoped advisory lock
//! ([`MIGRATION_LOCK`]) before it reads the version, so of several nodes starting at once against
//! an empty database one migrates and the others, waiting on the lock, find the work done. All
//! migrations a start applies run in that one transaction: a database is always at exactly one
//! version. A database newer than this build is refused rather than misread.
//!
//! The tables mirror the SQLite engine's (`store::schema`), with PostgreSQL's types:
//! booleans, identity columns, the facet values as `jsonb` on the resource row (with a GIN
//! index), and the full-text entry as a `tsvector` column (see [`super::text`]). Text that is
//! ordered or compared (ids, titles, timestamps) uses the `C` collation, so orders are the same
//! bytewise orders as SQLite's, whatever the database's locale.

use crate::error::{IndexError, Result};

/// The advisory lock key migrations hold (`oerdex` in ASCII, then 1).
pub const MIGRATION_LOCK: i64 = 0x6f65_7264_6578_0001;

/// Migrations in order; index `i` brings the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // Version 1: the catalogue as the SQLite engine's version 4 holds it.
    r#"
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TABLE sources (
    name               TEXT COLLATE "C" PRIMARY KEY,
    url                TEXT NOT NULL,
    metadata_prefix    TEXT NOT NULL,
    sets               TEXT NOT NULL DEFAULT '[]',
    enabled            BOOLEAN NOT NULL DEFAULT TRUE,
    default_license    TEXT,
    repository_name    TEXT,
    granularity        TEXT,
    earliest_datestamp TEXT,
    deleted_record     TEXT,
    formats            TEXT NOT NULL DEFAULT '[]',
    added_at           TEXT NOT NULL
);

CREATE TABLE records (
    source          TEXT COLLATE "C" NOT NULL REFERENCES sources(name) ON DELETE CASCADE,
    oai_identifier  TEXT COLLATE "C" NOT NULL,
    datestamp       TEXT NOT NULL,
    metadata_prefix TEXT NOT NULL,
    deleted         BOOLEAN NOT NULL,
    sets            TEXT NOT NULL,
    metadata        TEXT,
    raw_xml         BYTEA,
    resource_id     TEXT COLLATE "C",
    seen_harvest    BIGINT,
    PRIMARY KEY (source, oai_identifier)
);
CREATE INDEX records_resource ON records(resource_id);

-- Rows are never removed: a resource no source holds stays as a tombstone (deleted).
CREATE TABLE resources (
    rowid          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id             TEXT COLLATE "C" NOT NULL UNIQUE,
    deleted        BOOLEAN NOT NULL DEFAULT FALSE,
    updated        TEXT COLLATE "C" NOT NULL,
    title_sort     TEXT COLLATE "C" NOT NULL DEFAULT '',
    license_id     TEXT COLLATE "C",
    license_family TEXT COLLATE "C",
    open           BOOLEAN,
    commercial     BOOLEAN,
    derivatives    BOOLEAN,
    doc            TEXT NOT NULL,
    -- Facet values of a live resource (see `search/facet_values.rs`); NULL for tombstones.
    facets         JSONB,
    -- The full-text entry of a live resource; NULL for tombstones.
    search         TSVECTOR
);
CREATE INDEX resources_updated ON resources(deleted, updated, rowid);
CREATE INDEX resources_changes ON resources(updated, rowid);
CREATE INDEX resources_title ON resources(deleted, title_sort, rowid);
CREATE INDEX resources_license ON resources(deleted, license_family, license_id);
CREATE INDEX resources_facets ON resources USING GIN (facets jsonb_path_ops);
CREATE INDEX resources_search ON resources USING GIN (search);

-- Merge keys (normalised URL, DOI, or source record) pointing at the resource they identify.
CREATE TABLE resource_keys (
    key         TEXT COLLATE "C" PRIMARY KEY,
    resource_id TEXT COLLATE "C" NOT NULL
);

CREATE TABLE harvests (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source       TEXT COLLATE "C" NOT NULL,
    started      TEXT NOT NULL,
    ended        TEXT COLLATE "C",
    status       TEXT NOT NULL,
    full_harvest BOOLEAN NOT NULL,
    request_from TEXT,
    added        BIGINT NOT NULL DEFAULT 0,
    updated      BIGINT NOT NULL DEFAULT 0,
    deleted      BIGINT NOT NULL DEFAULT 0,
    failed       BIGINT NOT NULL DEFAULT 0,
    pages        BIGINT NOT NULL DEFAULT 0,
    clipped      BIGINT NOT NULL DEFAULT 0,
    error        TEXT
);
CREATE INDEX harvests_source ON harvests(source, id);

-- Per-source harvest state: where the last complete harvest ended, and the checkpoint of the
-- running one (written in the same transaction as each page's records).
CREATE TABLE harvest_state (
    source                   TEXT COLLATE "C" PRIMARY KEY REFERENCES sources(name) ON DELETE CASCADE,
    last_response_date       TEXT,
    last_full_harvest        TEXT,
    checkpoint_harvest_id    BIGINT,
    checkpoint_token         TEXT,
    checkpoint_from          TEXT,
    checkpoint_set           TEXT,
    checkpoint_complete      BOOLEAN,
    checkpoint_full          BOOLEAN,
    checkpoint_response_date TEXT
);

CREATE TABLE registrations (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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

-- Who is harvesting a source, until when (milliseconds since 1970).
CREATE TABLE leases (
    source  TEXT COLLATE "C" PRIMARY KEY,
    holder  TEXT NOT NULL,
    expires BIGINT NOT NULL
);
"#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database up to [`SCHEMA_VERSION`] under the migration lock, refusing databases
/// from a newer oerdex. `location` names the database in messages (without its password).
pub fn migrate(client: &mut postgres::Client, location: &str) -> Result<()> {
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
    tx.batch_execute("CREATE TABLE IF NOT EXISTS oerdex_schema (version BIGINT NOT NULL)")?;
    let found: i64 = tx
        .query_one("SELECT coalesce(max(version), 0) FROM oerdex_schema", &[])?
        .get(0);
    if found > SCHEMA_VERSION {
        return Err(IndexError::SchemaTooNew {
            path: location.to_string(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    if found == SCHEMA_VERSION {
        return Ok(());
    }
    for (version, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        tx.batch_execute(sql)?;
        tracing::info!(version = version + 1, "database schema migrated");
    }
    tx.execute("DELETE FROM oerdex_schema", &[])?;
    tx.execute(
        "INSERT INTO oerdex_schema (version) VALUES ($1)",
        &[&SCHEMA_VERSION],
    )?;
    tx.commit()?;
    Ok(())
}
