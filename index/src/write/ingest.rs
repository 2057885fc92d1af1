//! Writing harvested pages: each page's records and the harvest checkpoint commit in one
//! transaction, so a harvest killed at any moment resumes from the last committed page with
//! nothing lost and nothing applied twice.

use std::cell::RefCell;
use std::io::Read;

use flate2::read::DeflateDecoder;
use flate2::{Compress, Compression, FlushCompress, Status};
use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::Result;
use crate::model::harvest::{Checkpoint, Counts};
use crate::model::{SourceRecord, SourceRef};
use crate::store::db::Index;
use crate::store::harvests::store_checkpoint;
use crate::write::merge::{self, PendingFts};
use oerdex_normalise::date;

/// A record's previous state at its source.
struct Previous {
    datestamp: String,
    deleted: bool,
    metadata: Option<String>,
    resource_id: Option<String>,
    seen_harvest: Option<i64>,
}

/// A harvested record made ready to write: its metadata serialised, its raw XML compressed and
/// its merge keys computed. Preparing is pure CPU work that needs no database, so a harvest does
/// it on another thread while the previous page is being written
/// ([`Index::apply_prepared_pages`]).
#[derive(Debug, Clone)]
pub struct PreparedRecord {
    pub(crate) record: SourceRecord,
    pub(crate) metadata_json: Option<String>,
    pub(crate) sets_json: String,
    pub(crate) raw_compressed: Option<Vec<u8>>,
    pub(crate) merge_keys: Vec<String>,
    /// True when the record gives a publication date that cannot be read.
    pub(crate) unreadable_date: bool,
    /// Fields of the record were clipped to the [`crate::write::limits`].
    pub(crate) clipped: bool,
}

impl PreparedRecord {
    /// Prepares `record` of `source`, clipped to the [`crate::write::limits`].
    pub fn new(source: &str, mut record: SourceRecord) -> Result<Self> {
        let clipped = record
            .metadata
            .as_mut()
            .is_some_and(crate::write::limits::clip);
        let metadata_json = record
            .metadata
            .as_ref()
            .map(serde_json::to_string)
            .transpose()?;
        let merge_keys = record
            .metadata
            .as_ref()
            .map(|meta| merge::merge_keys(meta, source, &record.oai_identifier))
            .unwrap_or_default();
        // The raw XML is only written compressed; drop the text once it is.
        let raw_compressed = record.raw_xml.take().map(|xml| compress(&xml));
        let unreadable_date = record
            .metadata
            .as_ref()
            .and_then(|m| m.date_published.as_deref())
            .is_some_and(|d| date::normalize(d).is_none());
        Ok(PreparedRecord {
            unreadable_date,
            sets_json: serde_json::to_string(&record.sets)?,
            metadata_json,
            raw_compressed,
            merge_keys,
            record,
            clipped,
        })
    }

    /// The record as harvested (its raw XML dropped once compressed).
    pub fn record(&self) -> &SourceRecord {
        &self.record
    }
}

impl Index {
    /// Applies one harvested page of `source` and stores `checkpoint`, in one transaction.
    pub fn apply_page(
        &mut self,
        source: &str,
        metadata_prefix: &str,
        records: &[SourceRecord],
        checkpoint: &Checkpoint,
    ) -> Result<Counts> {
        let prepared = records
            .iter()
            .map(|r| PreparedRecord::new(source, r.clone()))
            .collect::<Result<Vec<_>>>()?;
        self.apply_prepared_pages(source, metadata_prefix, &prepared, 1, checkpoint)
    }

    /// [`Index::apply_page`] for the records of `pages` consecutive pages, already prepared with
    /// `source` (on another thread), committed together with the checkpoint after the last.
    pub fn apply_prepared_pages(
        &mut self,
        source: &str,
        metadata_prefix: &str,
        records: &[PreparedRecord],
        pages: u64,
        checkpoint: &Checkpoint,
    ) -> Result<Counts> {
        // One time for the whole transaction, so a page's changes share it.
        let now = self.now();
        let tx = self.write_transaction()?;
        let mut batch = Batch::new(source, metadata_prefix, Some(checkpoint.harvest_id), now);
        for record in records {
            apply_record(&tx, &mut batch, record)?;
        }
        let counts = batch.finish(&tx)?;
        store_checkpoint(checkpoint, &tx, source, Some((&counts, pages)))?;
        tx.commit()?;
        Ok(counts)
    }
}

/// One transaction's worth of records of one source being applied.
struct Batch<'a> {
    source: &'a str,
    metadata_prefix: &'a str,
    /// The harvest that saw the records (`None` for a reindex).
    harvest_id: Option<i64>,
    /// The `updated` time of the resources this batch changes.
    now: String,
    fts: PendingFts,
    counts: Counts,
    /// The source's default licence, once read.
    default_license: Option<Option<String>>,
}

impl<'a> Batch<'a> {
    fn new(
        source: &'a str,
        metadata_prefix: &'a str,
        harvest_id: Option<i64>,
        now: String,
    ) -> Self {
        Batch {
            source,
            metadata_prefix,
            harvest_id,
            now,
            fts: PendingFts::default(),
            counts: Counts::default(),
            default_license: None,
        }
    }

    fn rebuild(&mut self, tx: &Transaction<'_>, resource_id: &str) -> Result<()> {
        merge::rebuild_resource_deferred(tx, resource_id, &self.now, None, &mut self.fts)
    }

    /// Rebuilds a resource that [`merge::assign_resource`] just made for `record`.
    fn rebuild_new(
        &mut self,
        tx: &Transaction<'_>,
        resource_id: &str,
        record: &SourceRecord,
    ) -> Result<()> {
        let Some(metadata) = &record.metadata else {
            return self.rebuild(tx, resource_id);
        };
        let default_license = match &self.default_license {
            Some(license) => license.clone(),
            None => {
                let license: Option<String> = tx
                    .prepare_cached("SELECT default_license FROM sources WHERE name = ?1")?
                    .query_row([self.source], |row| row.get(0))
                    .optional()?
                    .flatten();
                self.default_license = Some(license.clone());
                license
            }
        };
        let sole = merge::Contribution::new(
            SourceRef {
                source: self.source.to_string(),
                oai_identifier: record.oai_identifier.clone(),
                datestamp: record.datestamp.clone(),
                metadata_prefix: self.metadata_prefix.to_string(),
            },
            metadata.clone(),
            default_license,
        );
        merge::rebuild_resource_deferred(tx, resource_id, &self.now, Some(sole), &mut self.fts)
    }

    /// Writes what was deferred to the end of the transaction; returns the counts.
    fn finish(self, tx: &Transaction<'_>) -> Result<Counts> {
        self.fts.write(tx)?;
        Ok(self.counts)
    }
}

fn apply_record(
    tx: &Transaction<'_>,
    batch: &mut Batch<'_>,
    prepared: &PreparedRecord,
) -> Result<()> {
    let (source, metadata_prefix, harvest_id) =
        (batch.source, batch.metadata_prefix, batch.harvest_id);
    let counts = &mut batch.counts;
    let record = &prepared.record;
    if prepared.unreadable_date {
        counts.unreadable_dates += 1;
    }
    let previous: Option<Previous> = tx
        .prepare_cached(
            "SELECT datestamp, deleted, metadata, resource_id, seen_harvest FROM records
             WHERE source = ?1 AND oai_identifier = ?2",
        )?
        .query_row(params![source, record.oai_identifier], |row| {
            Ok(Previous {
                datestamp: row.get(0)?,
                deleted: row.get(1)?,
                metadata: row.get(2)?,
                resource_id: row.get(3)?,
                seen_harvest: row.get(4)?,
            })
        })
        .optional()?;
    if harvest_id.is_some() && previous.as_ref().and_then(|p| p.seen_harvest) == harvest_id {
        counts.relisted += 1;
    }
    let was_live = previous.as_ref().is_some_and(|p| !p.deleted);
    let old_resource = previous.as_ref().and_then(|p| p.resource_id.clone());

    if record.deleted {
        if previous.is_some() {
            tx.prepare_cached(
                "UPDATE records SET datestamp = ?3, deleted = 1, sets = ?4, metadata = NULL,
                    raw_xml = NULL, resource_id = NULL, seen_harvest = COALESCE(?5, seen_harvest)
                 WHERE source = ?1 AND oai_identifier = ?2",
            )?
            .execute(params![
                source,
                record.oai_identifier,
                record.datestamp,
                prepared.sets_json,
                harvest_id
            ])?;
        }
        if was_live {
            counts.deleted += 1;
            if let Some(id) = old_resource {
                batch.rebuild(tx, &id)?;
            }
        } else {
            counts.already_gone += 1;
        }
        return Ok(());
    }

    if prepared.clipped {
        counts.clipped += 1;
    }
    let metadata_json = &prepared.metadata_json;
    if let Some(p) = &previous {
        if was_live && p.datestamp == record.datestamp && p.metadata == *metadata_json {
            counts.unchanged += 1;
            tx.prepare_cached(
                "UPDATE records SET seen_harvest = COALESCE(?3, seen_harvest) WHERE source = ?1 AND oai_identifier = ?2",
            )?
            .execute(params![source, record.oai_identifier, harvest_id])?;
            return Ok(());
        }
    }

    let new_resource = match &record.metadata {
        Some(_) => Some(merge::assign_resource(tx, &prepared.merge_keys)?),
        None => None,
    };
    let (new_resource, minted) = match new_resource {
        Some((id, minted)) => (Some(id), minted),
        None => (None, false),
    };
    tx.prepare_cached(
        "INSERT INTO records (source, oai_identifier, datestamp, metadata_prefix, deleted, sets,
            metadata, raw_xml, resource_id, seen_harvest)
         VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT(source, oai_identifier) DO UPDATE SET datestamp = ?3, metadata_prefix = ?4,
            deleted = 0, sets = ?5, metadata = ?6, raw_xml = ?7, resource_id = ?8,
            seen_harvest = COALESCE(?9, seen_harvest)",
    )?
    .execute(params![
        source,
        record.oai_identifier,
        record.datestamp,
        metadata_prefix,
        prepared.sets_json,
        metadata_json,
        prepared.raw_compressed,
        new_resource,
        harvest_id,
    ])?;

    if record.metadata.is_none() {
        counts.failed += 1;
    } else if was_live {
        counts.updated += 1;
    } else {
        counts.added += 1;
    }
    if let Some(old) = &old_resource {
        if Some(old) != new_resource.as_ref() {
            batch.rebuild(tx, old)?;
        }
    }
    match &new_resource {
        Some(id) if minted => batch.rebuild_new(tx, id, record)?,
        Some(id) => batch.rebuild(tx, id)?,
        None => {}
    }
    Ok(())
}

/// Compresses raw XML for storage (records are highly repetitive; deflate keeps the file small).
///
/// Each thread keeps one compressor and resets it per record: setting up a new one (its hash
/// tables and buffers, a few hundred KB) cost more than compressing a 1 KB record.
pub(crate) fn compress(text: &str) -> Vec<u8> {
    thread_local! {
        static DEFLATE: RefCell<Compress> = RefCell::new(Compress::new(Compression::fast(), false));
    }
    DEFLATE.with_borrow_mut(|deflate| {
        deflate.reset();
        let input = text.as_bytes();
        let mut out = Vec::with_capacity(input.len() / 2 + 64);
        loop {
            let read = usize::try_from(deflate.total_in()).unwrap_or(input.len());
            match deflate.compress_vec(
                &input[read.min(input.len())..],
                &mut out,
                FlushCompress::Finish,
            ) {
                Ok(Status::StreamEnd) => return out,
                // Out of room: compress_vec only fills the spare capacity.
                Ok(_) => out.reserve(out.capacity().max(64)),
                // flate2 reports only misuse of the stream, which this loop cannot make.
                Err(_) => return Vec::new(),
            }
        }
    })
}

/// Reverses [`compress`].
pub(crate) fn decompress(bytes: &[u8]) -> Option<String> {
    let mut out = String::new();
    DeflateDecoder::new(bytes).read_to_string(&mut out).ok()?;
    Some(out)
}

/// A stored record read again for a reindex: its raw XML (compressed as stored) through
/// `crosswalk`, prepared for writing (every engine's reindex).
pub(crate) fn reread(
    source: &str,
    oai_identifier: String,
    datestamp: String,
    sets_json: &str,
    raw: &[u8],
    crosswalk: impl Fn(&str) -> Option<crate::model::RecordMetadata>,
) -> Result<PreparedRecord> {
    let raw_xml = decompress(raw);
    let record = SourceRecord {
        oai_identifier,
        datestamp,
        sets: serde_json::from_str(sets_json).unwrap_or_default(),
        deleted: false,
        metadata: raw_xml.as_deref().and_then(crosswalk),
        raw_xml,
    };
    PreparedRecord::new(source, record)
}

impl Index {
    /// Re-crosswalks every stored record of `source` from its kept raw XML (after a crosswalk
    /// improved) and rebuilds the resources that changed, without harvesting again. `crosswalk`
    /// maps a stored `<metadata>` document to metadata. Runs in batches of one transaction each.
    pub fn reindex(
        &mut self,
        source: &str,
        crosswalk: impl Fn(&str) -> Option<crate::model::RecordMetadata>,
    ) -> Result<Counts> {
        let prefix: String = match self.source(source)? {
            Some(s) => s.metadata_prefix,
            None => return Err(crate::error::IndexError::UnknownSource(source.to_string())),
        };
        let mut counts = Counts::default();
        let mut after = String::new();
        loop {
            let batch: Vec<(String, String, String, Vec<u8>)> = {
                let mut stmt = self.conn.prepare_cached(
                    "SELECT oai_identifier, datestamp, sets, raw_xml FROM records
                     WHERE source = ?1 AND deleted = 0 AND raw_xml IS NOT NULL AND oai_identifier > ?2
                     ORDER BY oai_identifier LIMIT 500",
                )?;
                let rows = stmt.query_map(params![source, after], |row| {
                    Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
                })?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            let Some(last) = batch.last() else { break };
            after = last.0.clone();
            let records = batch
                .into_iter()
                .map(|(oai_identifier, datestamp, sets, raw)| {
                    reread(source, oai_identifier, datestamp, &sets, &raw, &crosswalk)
                })
                .collect::<Result<Vec<_>>>()?;
            let now = self.now();
            let tx = self.write_transaction()?;
            let mut batch = Batch::new(source, &prefix, None, now);
            for record in &records {
                apply_record(&tx, &mut batch, record)?;
            }
            counts.add(&batch.finish(&tx)?);
            tx.commit()?;
        }
        Ok(counts)
    }
}

impl Index {
    /// Marks a harvest whose list is complete as done: the next incremental harvest starts from
    /// its first `responseDate`. After a complete full harvest, records of the source that the
    /// repository no longer lists are deleted (for repositories that do not report deletions).
    pub fn complete_harvest(
        &mut self,
        source: &str,
        checkpoint: &Checkpoint,
        remove_unseen: bool,
    ) -> Result<Counts> {
        let now = self.now();
        let tx = self.write_transaction()?;
        let mut counts = Counts::default();
        if checkpoint.full && remove_unseen {
            let gone: Vec<(String, Option<String>)> = {
                let mut stmt = tx.prepare(
                    "SELECT oai_identifier, resource_id FROM records
                     WHERE source = ?1 AND deleted = 0
                       AND (seen_harvest IS NULL OR seen_harvest <> ?2)",
                )?;
                let rows = stmt.query_map(params![source, checkpoint.harvest_id], |row| {
                    Ok((row.get(0)?, row.get(1)?))
                })?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            for (identifier, resource) in gone {
                tx.execute(
                    "UPDATE records SET deleted = 1, metadata = NULL, raw_xml = NULL,
                        resource_id = NULL WHERE source = ?1 AND oai_identifier = ?2",
                    params![source, identifier],
                )?;
                counts.deleted += 1;
                if let Some(id) = resource {
                    merge::rebuild_resource(&tx, &id, &now)?;
                }
            }
        }
        tx.execute(
            "UPDATE harvests SET ended = ?2, status = 'ok', deleted = deleted + ?3 WHERE id = ?1",
            params![checkpoint.harvest_id, now, counts.deleted],
        )?;
        tx.execute(
            "UPDATE harvest_state SET checkpoint_harvest_id = NULL, checkpoint_token = NULL,
                checkpoint_from = NULL, checkpoint_full = NULL, checkpoint_datestamp = NULL,
                checkpoint_response_date = NULL, checkpoint_set = NULL, checkpoint_complete = NULL,
                last_response_date = COALESCE(?2, last_response_date),
                last_full_harvest = CASE WHEN ?3 THEN ?4 ELSE last_full_harvest END
             WHERE source = ?1",
            params![source, checkpoint.response_date, checkpoint.full, now],
        )?;
        tx.commit()?;
        Ok(counts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_xml_round_trips_through_compression() {
        let xml = "<oai_dc:dc><dc:title>Fractions ½ – an intro</dc:title></oai_dc:dc>".repeat(20);
        let packed = compress(&xml);
        assert!(packed.len() < xml.len() / 4);
        assert_eq!(decompress(&packed).as_deref(), Some(xml.as_str()));
        // The thread's compressor is reused: each result stands alone, whatever came before,
        // including text that does not compress and outgrows the first output buffer.
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let noise: String = (0..50_000)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                char::from(b'!' + (state % 90) as u8)
            })
            .collect();
        for text in [noise.as_str(), "", &xml, "<a/>", &noise[..999]] {
            assert_eq!(decompress(&compress(text)).as_deref(), Some(text));
        }
    }
}
