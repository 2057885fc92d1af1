//! Writing the catalogue in PostgreSQL: harvested pages with their checkpoint in one
//! transaction, deletions and tombstones, the end of a harvest and the removal of a source.
//!
//! The rules are the SQLite engine's ([`crate::write::ingest`], [`crate::write::merge`]): a
//! record is matched with its previous state, assigned to a resource by its merge keys, and
//! every resource it touched is rebuilt from its live records with [`merge::build`] (shared by
//! both engines, so both merge alike); a resource no live record holds becomes a tombstone.
//!
//! Writers take a transaction-scoped advisory lock ([`WRITE_LOCK`]) first, so writes commit one
//! at a time across every node, as SQLite's single writer does: two harvests of different
//! sources that reach the same resource never rebuild it from each other's half-seen state.

use postgres::{Client, GenericClient, Transaction};

use super::harvests::{store_checkpoint, CLEAR_CHECKPOINT};
use super::text;
use crate::error::{IndexError, Result};
use crate::model::harvest::{Checkpoint, Counts};
use crate::model::{Resource, SourceRef};
use crate::search::facet_values::FacetValues;
use crate::write::ingest::PreparedRecord;
use crate::write::merge::{self, Contribution};

/// The advisory lock every write transaction holds (`oerdex` in ASCII, then 2).
pub const WRITE_LOCK: i64 = 0x6f65_7264_6578_0002;

/// A write transaction holding [`WRITE_LOCK`].
pub(super) fn write_transaction(client: &mut Client) -> Result<Transaction<'_>> {
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])?;
    Ok(tx)
}

/// Applies the records of `pages` harvested pages of `source` and stores `checkpoint`, in one
/// transaction.
pub(super) fn apply_pages(
    client: &mut Client,
    source: &str,
    metadata_prefix: &str,
    records: &[PreparedRecord],
    pages: u64,
    checkpoint: &Checkpoint,
    now: &str,
) -> Result<Counts> {
    let mut tx = write_transaction(client)?;
    let harvest = Some(checkpoint.harvest_id);
    let counts = apply_records(&mut tx, source, metadata_prefix, harvest, records, now)?;
    store_checkpoint(&mut tx, checkpoint, source, Some((&counts, pages)))?;
    tx.commit()?;
    Ok(counts)
}

/// Applies `records` of `source`, seen by harvest `harvest_id` (none for a reindex).
fn apply_records(
    tx: &mut Transaction<'_>,
    source: &str,
    metadata_prefix: &str,
    harvest_id: Option<i64>,
    records: &[PreparedRecord],
    now: &str,
) -> Result<Counts> {
    let default_license: Option<String> = tx
        .query_opt(
            "SELECT default_license FROM sources WHERE name = $1",
            &[&source],
        )?
        .and_then(|row| row.get(0));
    let batch = Batch {
        source,
        metadata_prefix,
        harvest_id,
        now,
        default_license: default_license.as_deref(),
    };
    let mut counts = Counts::default();
    for record in records {
        apply_record(tx, &batch, record, &mut counts)?;
    }
    Ok(counts)
}

/// A stored record as a reindex reads it: identifier, datestamp, sets (JSON) and raw XML
/// (compressed).
pub(super) type StoredRecord = (String, String, String, Vec<u8>);

/// Records of `source` a reindex reads again, after `after` in identifier order, a batch at a
/// time.
pub(super) fn stored_records(
    client: &mut Client,
    source: &str,
    after: &str,
) -> Result<Vec<StoredRecord>> {
    let rows = client.query(
        "SELECT oai_identifier, datestamp, sets, raw_xml FROM records
         WHERE source = $1 AND NOT deleted AND raw_xml IS NOT NULL AND oai_identifier > $2
         ORDER BY oai_identifier LIMIT 500",
        &[&source, &after],
    )?;
    Ok(rows
        .iter()
        .map(|row| (row.get(0), row.get(1), row.get(2), row.get(3)))
        .collect())
}

/// Applies records read again by a reindex (no harvest saw them), in one transaction.
pub(super) fn apply_reindexed(
    client: &mut Client,
    source: &str,
    metadata_prefix: &str,
    records: &[PreparedRecord],
    now: &str,
) -> Result<Counts> {
    let mut tx = write_transaction(client)?;
    let counts = apply_records(&mut tx, source, metadata_prefix, None, records, now)?;
    tx.commit()?;
    Ok(counts)
}

/// What the records of one transaction share.
struct Batch<'a> {
    source: &'a str,
    metadata_prefix: &'a str,
    /// The harvest that saw the records.
    harvest_id: Option<i64>,
    /// The `updated` time of the resources this transaction changes.
    now: &'a str,
    default_license: Option<&'a str>,
}

fn apply_record(
    tx: &mut Transaction<'_>,
    batch: &Batch<'_>,
    prepared: &PreparedRecord,
    counts: &mut Counts,
) -> Result<()> {
    let (source, harvest_id) = (batch.source, batch.harvest_id);
    let record = &prepared.record;
    if prepared.unreadable_date {
        counts.unreadable_dates += 1;
    }
    let previous = tx.query_opt(
        "SELECT datestamp, deleted, metadata, resource_id, seen_harvest FROM records
         WHERE source = $1 AND oai_identifier = $2",
        &[&source, &record.oai_identifier],
    )?;
    let previous = previous.map(|row| Previous {
        datestamp: row.get(0),
        deleted: row.get(1),
        metadata: row.get(2),
        resource_id: row.get(3),
        seen_harvest: row.get(4),
    });
    if harvest_id.is_some() && previous.as_ref().and_then(|p| p.seen_harvest) == harvest_id {
        counts.relisted += 1;
    }
    let was_live = previous.as_ref().is_some_and(|p| !p.deleted);
    let old_resource = previous.as_ref().and_then(|p| p.resource_id.clone());

    if record.deleted {
        if previous.is_some() {
            tx.execute(
                "UPDATE records SET datestamp = $3, deleted = TRUE, sets = $4, metadata = NULL,
                    raw_xml = NULL, resource_id = NULL,
                    seen_harvest = COALESCE($5, seen_harvest)
                 WHERE source = $1 AND oai_identifier = $2",
                &[
                    &source,
                    &record.oai_identifier,
                    &record.datestamp,
                    &prepared.sets_json,
                    &harvest_id,
                ],
            )?;
        }
        if was_live {
            counts.deleted += 1;
            if let Some(id) = old_resource {
                rebuild_resource(tx, &id, batch.now, None)?;
            }
        } else {
            counts.already_gone += 1;
        }
        return Ok(());
    }

    if prepared.clipped {
        counts.clipped += 1;
    }
    if let Some(p) = &previous {
        if was_live && p.datestamp == record.datestamp && p.metadata == prepared.metadata_json {
            counts.unchanged += 1;
            tx.execute(
                "UPDATE records SET seen_harvest = COALESCE($3, seen_harvest)
                 WHERE source = $1 AND oai_identifier = $2",
                &[&source, &record.oai_identifier, &harvest_id],
            )?;
            return Ok(());
        }
    }

    let assigned = match &record.metadata {
        Some(_) => Some(assign_resource(tx, &prepared.merge_keys)?),
        None => None,
    };
    let new_resource = assigned.as_ref().map(|(id, _)| id.clone());
    tx.execute(
        "INSERT INTO records (source, oai_identifier, datestamp, metadata_prefix, deleted, sets,
            metadata, raw_xml, resource_id, seen_harvest)
         VALUES ($1, $2, $3, $4, FALSE, $5, $6, $7, $8, $9)
         ON CONFLICT (source, oai_identifier) DO UPDATE SET datestamp = $3,
            metadata_prefix = $4, deleted = FALSE, sets = $5, metadata = $6, raw_xml = $7,
            resource_id = $8, seen_harvest = COALESCE($9, records.seen_harvest)",
        &[
            &source,
            &record.oai_identifier,
            &record.datestamp,
            &batch.metadata_prefix,
            &prepared.sets_json,
            &prepared.metadata_json,
            &prepared.raw_compressed,
            &new_resource,
            &harvest_id,
        ],
    )?;

    if record.metadata.is_none() {
        counts.failed += 1;
    } else if was_live {
        counts.updated += 1;
    } else {
        counts.added += 1;
    }
    if let Some(old) = &old_resource {
        if Some(old) != new_resource.as_ref() {
            rebuild_resource(tx, old, batch.now, None)?;
        }
    }
    match (assigned, &record.metadata) {
        (Some((id, true)), Some(metadata)) => {
            // A new id: unless the resource exists after all, this record is its only one.
            let sole = Contribution::new(
                SourceRef {
                    source: source.to_string(),
                    oai_identifier: record.oai_identifier.clone(),
                    datestamp: record.datestamp.clone(),
                    metadata_prefix: batch.metadata_prefix.to_string(),
                },
                metadata.clone(),
                batch.default_license.map(str::to_string),
            );
            rebuild_resource(tx, &id, batch.now, Some(sole))?;
        }
        (Some((id, _)), _) => rebuild_resource(tx, &id, batch.now, None)?,
        (None, _) => {}
    }
    Ok(())
}

/// A record's previous state at its source.
struct Previous {
    datestamp: String,
    deleted: bool,
    metadata: Option<String>,
    resource_id: Option<String>,
    seen_harvest: Option<i64>,
}

/// Finds the resource any of `keys` points at, or makes a new id from the strongest key, and
/// points every unclaimed key at it; true for a new id.
fn assign_resource(tx: &mut Transaction<'_>, keys: &[String]) -> Result<(String, bool)> {
    let found = tx
        .query_opt(
            "SELECT resource_id FROM resource_keys WHERE key = ANY($1)
             ORDER BY array_position($1, key) LIMIT 1",
            &[&keys],
        )?
        .map(|row| row.get::<_, String>(0));
    let new = found.is_none();
    let id = match found {
        Some(id) => id,
        None => merge::resource_id_for(&keys[0]),
    };
    tx.execute(
        "INSERT INTO resource_keys (key, resource_id) SELECT unnest($1::text[]), $2
         ON CONFLICT (key) DO NOTHING",
        &[&keys, &id],
    )?;
    Ok((id, new))
}

/// Rebuilds resource `id` from its live records (or `sole`, the one record a new id has): its
/// document, facet values and full-text entry. With no live record left it becomes a
/// tombstone. `updated` changes only when the merged document does.
fn rebuild_resource(
    tx: &mut impl GenericClient,
    id: &str,
    now: &str,
    sole: Option<Contribution>,
) -> Result<()> {
    let existing = tx.query_opt(
        "SELECT doc, deleted, updated FROM resources WHERE id = $1",
        &[&id],
    )?;
    let existing: Option<(String, bool, String)> =
        existing.map(|row| (row.get(0), row.get(1), row.get(2)));
    let contributions = match sole {
        Some(record) if existing.is_none() => vec![record],
        _ => load_contributions(tx, id)?,
    };
    if contributions.is_empty() {
        if let Some((_, false, _)) = existing {
            tx.execute(
                "UPDATE resources SET deleted = TRUE, updated = $2, facets = NULL, search = NULL
                 WHERE id = $1",
                &[&id, &now],
            )?;
        }
        return Ok(());
    }
    let mut resource = merge::build(id, &contributions);
    if let Some((old_doc, false, old_updated)) = &existing {
        resource.updated = old_updated.clone();
        if serde_json::to_string(&resource)? == *old_doc {
            return Ok(());
        }
    }
    resource.updated = now.to_string();
    write_resource(tx, &resource, existing.is_some())
}

/// Inserts or updates the row of `resource`, its facet values and its full-text entry.
fn write_resource(tx: &mut impl GenericClient, resource: &Resource, exists: bool) -> Result<()> {
    let doc = serde_json::to_string(resource)?;
    let facets = FacetValues::of(resource).to_json()?;
    let license = resource.license.as_ref();
    let title_sort = resource
        .title
        .as_deref()
        .map(|t| t.to_lowercase())
        .unwrap_or_default();
    let [title, description, keywords, subjects, creators] = merge::search_text(resource);
    let config = text::config_for(&resource.languages);
    let vector = text::vector_sql(11);
    let sql = if exists {
        format!(
            "UPDATE resources SET deleted = FALSE, updated = $2, title_sort = $3, license_id = $4,
                license_family = $5, open = $6, commercial = $7, derivatives = $8, doc = $9,
                facets = $10::text::jsonb, search = {vector}
             WHERE id = $1"
        )
    } else {
        format!(
            "INSERT INTO resources (id, deleted, updated, title_sort, license_id, license_family,
                open, commercial, derivatives, doc, facets, search)
             VALUES ($1, FALSE, $2, $3, $4, $5, $6, $7, $8, $9, $10::text::jsonb, {vector})"
        )
    };
    tx.execute(
        &sql,
        &[
            &resource.id,
            &resource.updated,
            &title_sort,
            &license.map(|l| l.id.as_str()),
            &license.map(|l| l.family.as_str()),
            &license.map(|l| l.open),
            &license.map(|l| l.commercial),
            &license.map(|l| l.derivatives),
            &doc,
            &facets,
            &title,
            &description,
            &keywords,
            &subjects,
            &creators,
            &config,
        ],
    )?;
    Ok(())
}

fn load_contributions(tx: &mut impl GenericClient, id: &str) -> Result<Vec<Contribution>> {
    let rows = tx.query(
        "SELECT r.source, r.oai_identifier, r.datestamp, r.metadata_prefix, r.metadata,
                s.default_license
         FROM records r JOIN sources s ON s.name = r.source
         WHERE r.resource_id = $1 AND NOT r.deleted AND r.metadata IS NOT NULL
         ORDER BY r.source, r.oai_identifier",
        &[&id],
    )?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        out.push(Contribution::new(
            SourceRef {
                source: row.get(0),
                oai_identifier: row.get(1),
                datestamp: row.get(2),
                metadata_prefix: row.get(3),
            },
            serde_json::from_str(row.get::<_, &str>(4))?,
            row.get(5),
        ));
    }
    Ok(out)
}

/// Ends a harvest whose list is complete; after a full one, deletes the source's records it no
/// longer listed when `remove_unseen`.
pub(super) fn complete_harvest(
    client: &mut Client,
    source: &str,
    checkpoint: &Checkpoint,
    remove_unseen: bool,
    now: &str,
) -> Result<Counts> {
    let mut tx = write_transaction(client)?;
    let mut counts = Counts::default();
    if checkpoint.full && remove_unseen {
        let gone = tx.query(
            "WITH gone AS (
                SELECT oai_identifier, resource_id FROM records
                WHERE source = $1 AND NOT deleted
                  AND (seen_harvest IS NULL OR seen_harvest <> $2)
                FOR UPDATE)
             UPDATE records r SET deleted = TRUE, metadata = NULL, raw_xml = NULL,
                resource_id = NULL
             FROM gone WHERE r.source = $1 AND r.oai_identifier = gone.oai_identifier
             RETURNING gone.resource_id",
            &[&source, &checkpoint.harvest_id],
        )?;
        counts.deleted = gone.len() as u64;
        let mut affected: Vec<String> = gone
            .iter()
            .filter_map(|row| row.get::<_, Option<String>>(0))
            .collect();
        affected.sort();
        affected.dedup();
        for id in affected {
            rebuild_resource(&mut tx, &id, now, None)?;
        }
    }
    tx.execute(
        "UPDATE harvests SET ended = $2, status = 'ok', deleted = deleted + $3 WHERE id = $1",
        &[&checkpoint.harvest_id, &now, &(counts.deleted as i64)],
    )?;
    tx.execute(
        &format!(
            "{CLEAR_CHECKPOINT}, last_response_date = COALESCE($2, last_response_date),
                last_full_harvest = CASE WHEN $3 THEN $4 ELSE last_full_harvest END
             WHERE source = $1"
        ),
        &[&source, &checkpoint.response_date, &checkpoint.full, &now],
    )?;
    tx.commit()?;
    Ok(counts)
}

/// Removes a source and its records; resources other sources hold stay, the others become
/// tombstones.
pub(super) fn remove_source(client: &mut Client, name: &str, now: &str) -> Result<()> {
    let mut tx = write_transaction(client)?;
    if tx
        .query_opt("SELECT 1 FROM sources WHERE name = $1", &[&name])?
        .is_none()
    {
        return Err(IndexError::UnknownSource(name.to_string()));
    }
    let affected: Vec<String> = tx
        .query(
            "SELECT DISTINCT resource_id FROM records
             WHERE source = $1 AND resource_id IS NOT NULL ORDER BY resource_id",
            &[&name],
        )?
        .iter()
        .map(|row| row.get(0))
        .collect();
    tx.execute("DELETE FROM records WHERE source = $1", &[&name])?;
    tx.execute("DELETE FROM harvest_state WHERE source = $1", &[&name])?;
    tx.execute("DELETE FROM sources WHERE name = $1", &[&name])?;
    for id in affected {
        rebuild_resource(&mut tx, &id, now, None)?;
    }
    tx.commit()?;
    Ok(())
}
