//! Merging: the same resource seen in several sources (same normalised URL or same DOI) is one
//! catalogue entry. This module assigns each source record to a resource and rebuilds a
//! resource's merged, normalised document, full-text entry and facet values from its records.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{params, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};

use crate::error::Result;
use crate::model::accessibility::Accessibility;
use crate::model::vocabulary::{self, ConceptField, VocabularyLabel};
use crate::model::{LangText, RecordMetadata, Resource, SourceRef};
use crate::search::facet_values::FacetValues;
use oerdex_normalise::license::{self, License};
use oerdex_normalise::{date, language};

/// The merge keys of a record, strongest first: `doi:…`, `url:…`, and always the record's own
/// `oai:<source>:<identifier>` so a record without DOI or URL is still one resource.
pub fn merge_keys(meta: &RecordMetadata, source: &str, oai_identifier: &str) -> Vec<String> {
    let mut keys = Vec::with_capacity(3);
    if let Some(doi) = meta.doi.as_deref() {
        keys.push(format!("doi:{}", doi.trim().to_lowercase()));
    }
    if let Some(url) = meta.url.as_deref().and_then(normalize_url) {
        keys.push(format!("url:{url}"));
    }
    keys.push(format!("oai:{source}:{oai_identifier}"));
    keys
}

/// Normalises a URL for comparison: scheme and `www.` dropped, host lower-cased, default port,
/// fragment and trailing slash removed. `None` for anything but http(s).
pub fn normalize_url(raw: &str) -> Option<String> {
    let url = url::Url::parse(raw.trim()).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let host = url.host_str()?.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let mut out = String::from(host);
    if let Some(port) = url.port() {
        out.push(':');
        out.push_str(&port.to_string());
    }
    out.push_str(url.path().trim_end_matches('/'));
    if let Some(query) = url.query() {
        out.push('?');
        out.push_str(query);
    }
    Some(out)
}

/// A stable resource id from its strongest merge key: 16 hex digits of SHA-256.
pub(crate) fn resource_id_for(key: &str) -> String {
    let digest = Sha256::digest(key.as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// Finds the resource any of `keys` already points at, or makes a new id from the strongest
/// key, and points every unclaimed key at it. The flag is true for a new id: no record but the
/// caller's belongs to that resource yet.
pub(crate) fn assign_resource(tx: &Transaction<'_>, keys: &[String]) -> Result<(String, bool)> {
    let mut found = None;
    {
        let mut stmt = tx.prepare_cached("SELECT resource_id FROM resource_keys WHERE key = ?1")?;
        for key in keys {
            if let Some(id) = stmt
                .query_row([key], |row| row.get::<_, String>(0))
                .optional()?
            {
                found = Some(id);
                break;
            }
        }
    }
    let new = found.is_none();
    let id = match found {
        Some(id) => id,
        None => resource_id_for(&keys[0]),
    };
    let mut insert = tx
        .prepare_cached("INSERT OR IGNORE INTO resource_keys (key, resource_id) VALUES (?1, ?2)")?;
    for key in keys {
        insert.execute(params![key, id])?;
    }
    Ok((id, new))
}

/// One live source record of a resource, as stored.
pub(crate) struct Contribution {
    source: SourceRef,
    metadata: RecordMetadata,
    default_license: Option<String>,
}

impl Contribution {
    /// A record as it was just written.
    pub(crate) fn new(
        source: SourceRef,
        metadata: RecordMetadata,
        default_license: Option<String>,
    ) -> Self {
        Contribution {
            source,
            metadata,
            default_license,
        }
    }
}

/// The resource one record alone makes, as the catalogue would build it (normalised, its
/// concepts resolved), updated at `updated`: for checking what a record becomes before it is
/// stored, and for round-trip tests.
pub fn resource_of(
    id: &str,
    source: SourceRef,
    metadata: RecordMetadata,
    updated: &str,
) -> Resource {
    let mut resource = build(id, &[Contribution::new(source, metadata, None)]);
    resource.updated = updated.to_string();
    resource
}

/// Rebuilds resource `id` from its live records: its document, full-text entry and facets. A
/// resource with no live record left becomes a tombstone. `updated` changes only when the
/// merged document does.
pub(crate) fn rebuild_resource(tx: &Transaction<'_>, id: &str, now: &str) -> Result<()> {
    let mut fts = PendingFts::default();
    rebuild_resource_deferred(tx, id, now, None, &mut fts)?;
    fts.write(tx)
}

/// [`rebuild_resource`] with its full-text changes collected in `fts`, to be written with the
/// rest of the transaction's ([`PendingFts::write`]) before it commits. `sole` is the record
/// just written when [`assign_resource`] made a new id for it: unless the resource exists after
/// all, that record is its only one, and reading it back (and parsing its JSON again) is skipped.
pub(crate) fn rebuild_resource_deferred(
    tx: &Transaction<'_>,
    id: &str,
    now: &str,
    sole: Option<Contribution>,
    fts: &mut PendingFts,
) -> Result<()> {
    let existing: Option<(i64, String, bool, String)> = tx
        .prepare_cached("SELECT rowid, doc, deleted, updated FROM resources WHERE id = ?1")?
        .query_row([id], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })
        .optional()?;
    let contributions = match sole {
        Some(record) if existing.is_none() => vec![record],
        _ => load_contributions(tx, id)?,
    };

    if contributions.is_empty() {
        if let Some((rowid, _, false, _)) = existing {
            tx.prepare_cached("UPDATE resources SET deleted = 1, updated = ?2 WHERE rowid = ?1")?
                .execute(params![rowid, now])?;
            clear_search_entries(tx, rowid, fts)?;
        }
        return Ok(());
    }

    let mut resource = build(id, &contributions);
    if let Some((_, old_doc, false, old_updated)) = &existing {
        resource.updated = old_updated.clone();
        if serde_json::to_string(&resource)? == *old_doc {
            return Ok(());
        }
    }
    resource.updated = now.to_string();
    let doc = serde_json::to_string(&resource)?;
    let license = resource.license.as_ref();
    let title_sort = resource
        .title
        .as_deref()
        .map(|t| t.to_lowercase())
        .unwrap_or_default();
    let values = params![
        id,
        resource.updated,
        title_sort,
        license.map(|l| l.id.as_str()),
        license.map(|l| l.family.as_str()),
        license.map(|l| l.open),
        license.map(|l| l.commercial),
        license.map(|l| l.derivatives),
        doc,
    ];
    // Plain single-row statements, no upsert with RETURNING: RETURNING runs as a trigger, which
    // opens a statement savepoint, and FTS5 flushes its pending index to disk at every savepoint,
    // which made one tiny FTS segment (and merge work) per record instead of one per page.
    let rowid = match existing {
        Some((rowid, _, was_deleted, _)) => {
            tx.prepare_cached(
                "UPDATE resources SET deleted = 0, updated = ?2, title_sort = ?3, license_id = ?4,
                    license_family = ?5, open = ?6, commercial = ?7, derivatives = ?8, doc = ?9
                 WHERE id = ?1",
            )?
            .execute(values)?;
            // A tombstone's entries were cleared when it became one.
            if !was_deleted {
                clear_search_entries(tx, rowid, fts)?;
            }
            rowid
        }
        None => {
            tx.prepare_cached(
                "INSERT INTO resources (id, deleted, updated, title_sort, license_id,
                    license_family, open, commercial, derivatives, doc)
                 VALUES (?1, 0, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(values)?;
            // A new row has no search entries to clear.
            tx.last_insert_rowid()
        }
    };
    write_search_entries(tx, rowid, &resource, fts)?;
    Ok(())
}

fn load_contributions(tx: &Transaction<'_>, id: &str) -> Result<Vec<Contribution>> {
    let mut stmt = tx.prepare_cached(
        "SELECT r.source, r.oai_identifier, r.datestamp, r.metadata_prefix, r.metadata,
                s.default_license
         FROM records r JOIN sources s ON s.name = r.source
         WHERE r.resource_id = ?1 AND r.deleted = 0 AND r.metadata IS NOT NULL
         ORDER BY r.source, r.oai_identifier",
    )?;
    let rows = stmt.query_map([id], |row| {
        Ok((
            SourceRef {
                source: row.get(0)?,
                oai_identifier: row.get(1)?,
                datestamp: row.get(2)?,
                metadata_prefix: row.get(3)?,
            },
            row.get::<_, String>(4)?,
            row.get::<_, Option<String>>(5)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (source, metadata, default_license) = row?;
        out.push(Contribution {
            source,
            metadata: serde_json::from_str(&metadata)?,
            default_license,
        });
    }
    Ok(out)
}

/// Merges contributions (in source order) into one normalised resource: the first value wins
/// for single-valued fields, lists are united.
pub(crate) fn build(id: &str, contributions: &[Contribution]) -> Resource {
    let mut merged = RecordMetadata::default();
    for c in contributions {
        let m = &c.metadata;
        for (slot, value) in [
            (&mut merged.title, &m.title),
            (&mut merged.description, &m.description),
            (&mut merged.url, &m.url),
            (&mut merged.doi, &m.doi),
            (&mut merged.typical_age_range, &m.typical_age_range),
            (&mut merged.time_required, &m.time_required),
            (&mut merged.interactivity_type, &m.interactivity_type),
        ] {
            if let Some(v) = value {
                RecordMetadata::set_once(slot, v);
            }
        }
        for (list, values) in [
            (&mut merged.rights, &m.rights),
            (&mut merged.subjects, &m.subjects),
            (&mut merged.keywords, &m.keywords),
            (
                &mut merged.learning_resource_types,
                &m.learning_resource_types,
            ),
            (&mut merged.educational_levels, &m.educational_levels),
            (&mut merged.audience, &m.audience),
            (&mut merged.educational_uses, &m.educational_uses),
            (
                &mut merged.educational_alignments,
                &m.educational_alignments,
            ),
            (&mut merged.formats, &m.formats),
            (&mut merged.is_based_on, &m.is_based_on),
            (&mut merged.has_part, &m.has_part),
            (&mut merged.is_part_of, &m.is_part_of),
        ] {
            for v in values {
                RecordMetadata::push_unique(list, v);
            }
        }
        for (list, agents) in [
            (&mut merged.creators, &m.creators),
            (&mut merged.contributors, &m.contributors),
        ] {
            for agent in agents {
                RecordMetadata::push_agent(list, agent.clone());
            }
        }
        if let Some(publisher) = &m.publisher {
            merged.set_publisher_once(publisher.clone());
        }
        if merged.date_published.is_none() {
            merged.date_published = m.date_published.as_deref().and_then(date::normalize);
        }
        for (list, texts) in [
            (&mut merged.alternative_titles, &m.alternative_titles),
            (
                &mut merged.alternative_descriptions,
                &m.alternative_descriptions,
            ),
        ] {
            for t in texts {
                if !list.iter().any(|x| x.text == t.text) {
                    list.push(t.clone());
                }
            }
        }
    }
    // United, the lists of many records could outgrow what one record may bring.
    crate::write::limits::clip(&mut merged);
    // A contributor who is also an author is listed once, as an author.
    let creators = merged.creators;
    merged
        .contributors
        .retain(|c| !creators.iter().any(|a| a.name == c.name));
    // An alternative title of one source may be another source's main title.
    let (title, description) = (merged.title.clone(), merged.description.clone());
    merged
        .alternative_titles
        .retain(|t| Some(&t.text) != title.as_ref());
    merged
        .alternative_descriptions
        .retain(|t| Some(&t.text) != description.as_ref());
    let labels: Vec<VocabularyLabel> = contributions
        .iter()
        .flat_map(|c| c.metadata.vocabulary_labels.iter().cloned())
        .collect();
    let mut concepts = Vec::new();
    let mut resolve_field = |field, values: &[String]| {
        let (facet, found) = vocabulary::resolve(field, values, &labels);
        concepts.extend(found);
        facet
    };
    let types = resolve_field(ConceptField::Type, &merged.learning_resource_types);
    let levels = resolve_field(ConceptField::Level, &merged.educational_levels);
    let subjects = resolve_field(ConceptField::Subject, &merged.subjects);
    let audience = resolve_field(ConceptField::Audience, &merged.audience);
    let interactivity: Vec<String> = merged.interactivity_type.iter().cloned().collect();
    let interactivity_type = resolve_field(ConceptField::Interactivity, &interactivity)
        .into_iter()
        .next();
    let mut languages: Vec<String> = Vec::new();
    for c in contributions {
        for tag in &c.metadata.languages {
            if let Some(code) = language::normalize(tag) {
                if !languages.contains(&code) {
                    languages.push(code);
                }
            }
        }
    }
    Resource {
        id: id.to_string(),
        license: resolve_license(&merged.rights, contributions),
        title: merged.title,
        description: merged.description,
        alternative_titles: merged.alternative_titles,
        alternative_descriptions: merged.alternative_descriptions,
        url: merged.url,
        doi: merged.doi,
        rights: merged.rights,
        languages,
        subjects,
        keywords: merged.keywords,
        learning_resource_types: types,
        educational_levels: levels,
        audience,
        concepts,
        typical_age_range: merged.typical_age_range,
        creators,
        contributors: merged.contributors,
        publisher: merged.publisher,
        date_published: merged.date_published,
        updated: String::new(),
        sources: contributions.iter().map(|c| c.source.clone()).collect(),
        accessibility: Accessibility::merged(
            contributions.iter().map(|c| &c.metadata.accessibility),
        ),
        time_required: merged.time_required,
        interactivity_type,
        educational_uses: merged.educational_uses,
        educational_alignments: merged.educational_alignments,
        formats: merged.formats,
        is_based_on: merged.is_based_on,
        has_part: merged.has_part,
        is_part_of: merged.is_part_of,
    }
}

/// The licence the records state, else the first source default (marked inferred).
fn resolve_license(rights: &[String], contributions: &[Contribution]) -> Option<License> {
    if let Some(license) = license::normalize_all(rights) {
        return Some(license);
    }
    contributions
        .iter()
        .filter_map(|c| c.default_license.as_deref())
        .find_map(license::normalize)
        .map(|mut l| {
            l.inferred = true;
            l
        })
}

/// Full-text index changes of a transaction, written together at its end.
///
/// FTS5 keeps new entries in memory and writes them out as one segment when the transaction
/// commits, but it must write them out early whenever a statement opens a savepoint or an entry
/// arrives out of rowid order (a delete, or a resource rebuilt with its old rowid). Written as
/// each resource was rebuilt, that made several tiny segments per page, and merging them cost
/// more than the indexing itself. Collected here, a page's entries go in as deletions then
/// insertions, each in rowid order, and make one segment.
#[derive(Debug, Default)]
pub(crate) struct PendingFts {
    /// Rowids whose entry was written before this transaction and must go.
    deletes: BTreeSet<i64>,
    /// The entries to write: title, description, keywords, subjects, creators.
    inserts: BTreeMap<i64, [String; 5]>,
}

impl PendingFts {
    /// Removes the entry of `rowid`, whether written before or pending.
    fn clear(&mut self, rowid: i64) {
        if self.inserts.remove(&rowid).is_none() {
            self.deletes.insert(rowid);
        }
    }

    /// Writes the collected changes.
    pub(crate) fn write(self, tx: &Transaction<'_>) -> Result<()> {
        let mut delete = tx.prepare_cached("DELETE FROM resources_fts WHERE rowid = ?1")?;
        for rowid in self.deletes {
            delete.execute([rowid])?;
        }
        let mut insert = tx.prepare_cached(
            "INSERT INTO resources_fts (rowid, title, description, keywords, subjects, creators)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for (rowid, [title, description, keywords, subjects, creators]) in self.inserts {
            insert.execute(params![
                rowid,
                title,
                description,
                keywords,
                subjects,
                creators
            ])?;
        }
        Ok(())
    }
}

fn clear_search_entries(tx: &Transaction<'_>, rowid: i64, fts: &mut PendingFts) -> Result<()> {
    fts.clear(rowid);
    tx.prepare_cached("DELETE FROM resource_facets WHERE resource_rowid = ?1")?
        .execute([rowid])?;
    Ok(())
}

fn write_search_entries(
    tx: &Transaction<'_>,
    rowid: i64,
    r: &Resource,
    fts: &mut PendingFts,
) -> Result<()> {
    fts.inserts.insert(rowid, search_text(r));
    tx.prepare_cached("INSERT INTO resource_facets (resource_rowid, vals) VALUES (?1, ?2)")?
        .execute(params![rowid, FacetValues::of(r).to_json()?])?;
    Ok(())
}

/// The text a resource is found by, in the full-text index's columns: title, description,
/// keywords, subjects, creators (every engine indexes the same text).
pub(crate) fn search_text(r: &Resource) -> [String; 5] {
    [
        with_alternatives(r.title.as_deref(), &r.alternative_titles),
        with_alternatives(r.description.as_deref(), &r.alternative_descriptions),
        r.keywords.join("\n"),
        r.subjects.join("\n"),
        r.creators
            .iter()
            .chain(&r.contributors)
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
    ]
}

/// A title or description followed by its translations, one a line, for the full-text index
/// (so a search in either language finds the resource).
fn with_alternatives(main: Option<&str>, alternatives: &[LangText]) -> String {
    let mut text = main.unwrap_or_default().to_string();
    for alternative in alternatives {
        text.push('\n');
        text.push_str(&alternative.text);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_that_name_the_same_page_normalise_alike() {
        let same = [
            "https://www.example.org/oer/42/",
            "http://example.org/oer/42",
            "HTTPS://Example.ORG/oer/42#section",
        ];
        for url in same {
            assert_eq!(
                normalize_url(url).as_deref(),
                Some("example.org/oer/42"),
                "{url}"
            );
        }
        assert_eq!(
            normalize_url("https://example.org/view?id=7").as_deref(),
            Some("example.org/view?id=7")
        );
        assert_ne!(
            normalize_url("https://example.org/oer/43"),
            normalize_url(same[0])
        );
        assert_eq!(normalize_url("urn:nbn:de:0001"), None);
        assert_eq!(normalize_url("ftp://example.org/x"), None);
    }

    #[test]
    fn merge_keys_put_doi_before_url_before_record() {
        let meta = RecordMetadata {
            doi: Some("10.5281/Zenodo.1".into()),
            url: Some("https://example.org/a".into()),
            ..Default::default()
        };
        assert_eq!(
            merge_keys(&meta, "zen", "oai:z:1"),
            [
                "doi:10.5281/zenodo.1",
                "url:example.org/a",
                "oai:zen:oai:z:1"
            ]
        );
        assert_eq!(
            merge_keys(&RecordMetadata::default(), "s", "id"),
            ["oai:s:id"]
        );
    }

    #[test]
    fn resource_ids_are_stable_and_distinct() {
        assert_eq!(resource_id_for("url:a"), resource_id_for("url:a"));
        assert_ne!(resource_id_for("url:a"), resource_id_for("url:b"));
        assert_eq!(resource_id_for("url:a").len(), 16);
    }
}
