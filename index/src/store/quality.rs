//! A source's metadata quality report: how many of its records state a readable licence, a
//! language, a URL, a description, a resource type and an educational level, and which licence
//! statements and language values oerdex could not read, most frequent first, so a
//! repository's manager knows what to fix at home.
//!
//! The report reads the source's live records as harvested (before merging with other sources),
//! so it describes what the repository itself says.

use std::collections::HashMap;

use serde::Serialize;

use crate::error::{IndexError, Result};
use crate::model::RecordMetadata;
use crate::store::db::Index;
use oerdex_normalise::{language, license};

/// Unreadable values listed at most, per kind.
const TOP_VALUES: usize = 20;

/// How many records have a field, and their share of the live records.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Share {
    /// Records with the field.
    pub records: u64,
    /// `records` over the source's live records, 0 to 1 (0 when it has none).
    pub share: f64,
}

/// The fields the report counts.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Coverage {
    /// A licence oerdex could read from the record's own rights statements.
    pub license: Share,
    /// A language oerdex could read.
    pub language: Share,
    /// A URL of the resource.
    pub url: Share,
    /// A description.
    pub description: Share,
    /// A learning resource type.
    pub resource_type: Share,
    /// An educational level.
    pub educational_level: Share,
}

/// A value and how many records state it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ValueCount {
    /// The value as the records write it.
    pub value: String,
    /// Records that state it.
    pub records: u64,
}

/// One source's metadata quality.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QualityReport {
    /// The source.
    pub source: String,
    /// Live (not deleted) records.
    pub records: u64,
    /// Live records in a format no crosswalk understood (kept raw, not in the catalogue).
    pub unread_records: u64,
    /// Records that state none of their rights in a way oerdex reads, though they state some.
    pub unreadable_license_records: u64,
    /// Records that state no rights at all.
    pub no_rights_records: u64,
    /// How many records have each field.
    pub coverage: Coverage,
    /// Rights statements oerdex could not read as a licence, most frequent first (20 at most).
    pub unreadable_licenses: Vec<ValueCount>,
    /// Language values oerdex could not read, most frequent first (20 at most).
    pub unreadable_languages: Vec<ValueCount>,
}

impl Index {
    /// The metadata quality report of `source`.
    pub fn quality_report(&self, source: &str) -> Result<QualityReport> {
        if self.source(source)?.is_none() {
            return Err(IndexError::UnknownSource(source.to_string()));
        }
        let mut tally = Tally::default();
        let mut stmt = self
            .conn
            .prepare("SELECT metadata FROM records WHERE source = ?1 AND deleted = 0")?;
        let mut rows = stmt.query([source])?;
        while let Some(row) = rows.next()? {
            let metadata: Option<String> = row.get(0)?;
            let parsed = metadata.and_then(|m| serde_json::from_str::<RecordMetadata>(&m).ok());
            tally.add(parsed.as_ref());
        }
        Ok(tally.report(source))
    }
}

/// What a report counts, record by record (every engine feeds it its source's live records).
#[derive(Default)]
pub(crate) struct Tally {
    records: u64,
    unread: u64,
    no_rights: u64,
    unreadable_license: u64,
    counts: [u64; 6],
    licenses: HashMap<String, u64>,
    languages: HashMap<String, u64>,
}

impl Tally {
    /// Counts one record's metadata (`None`: the crosswalk could not read it).
    pub(crate) fn add(&mut self, metadata: Option<&RecordMetadata>) {
        self.records += 1;
        let Some(md) = metadata else {
            self.unread += 1;
            return;
        };
        let mut readable_license = false;
        for rights in &md.rights {
            if license::normalize(rights).is_some() {
                readable_license = true;
            } else {
                *self.licenses.entry(rights.clone()).or_default() += 1;
            }
        }
        if md.rights.is_empty() {
            self.no_rights += 1;
        } else if !readable_license {
            self.unreadable_license += 1;
        }
        let mut readable_language = false;
        for value in &md.languages {
            if language::normalize(value).is_some() {
                readable_language = true;
            } else {
                *self.languages.entry(value.clone()).or_default() += 1;
            }
        }
        let present = [
            readable_license,
            readable_language,
            md.url.is_some(),
            md.description.is_some(),
            !md.learning_resource_types.is_empty(),
            !md.educational_levels.is_empty(),
        ];
        for (count, present) in self.counts.iter_mut().zip(present) {
            *count += u64::from(present);
        }
    }

    /// The report of `source` from what was counted.
    pub(crate) fn report(self, source: &str) -> QualityReport {
        let share = |records: u64| Share {
            records,
            share: if self.records == 0 {
                0.0
            } else {
                (records as f64 / self.records as f64 * 1000.0).round() / 1000.0
            },
        };
        let [license, language, url, description, resource_type, educational_level] =
            self.counts.map(share);
        QualityReport {
            source: source.to_string(),
            records: self.records,
            unread_records: self.unread,
            unreadable_license_records: self.unreadable_license,
            no_rights_records: self.no_rights,
            coverage: Coverage {
                license,
                language,
                url,
                description,
                resource_type,
                educational_level,
            },
            unreadable_licenses: top(self.licenses),
            unreadable_languages: top(self.languages),
        }
    }
}

/// The most frequent values, ties in alphabetical order.
fn top(counts: HashMap<String, u64>) -> Vec<ValueCount> {
    let mut values: Vec<ValueCount> = counts
        .into_iter()
        .map(|(value, records)| ValueCount { value, records })
        .collect();
    values.sort_by(|a, b| {
        b.records
            .cmp(&a.records)
            .then_with(|| a.value.cmp(&b.value))
    });
    values.truncate(TOP_VALUES);
    values
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Source, SourceRecord};

    fn record(i: usize, md: Option<RecordMetadata>) -> SourceRecord {
        SourceRecord {
            oai_identifier: format!("oai:q:{i}"),
            datestamp: "2024-01-01".into(),
            sets: Vec::new(),
            deleted: false,
            metadata: md,
            raw_xml: Some("<x/>".into()),
        }
    }

    #[test]
    fn the_report_counts_fields_and_the_values_that_could_not_be_read() {
        let mut index = Index::open_in_memory().unwrap();
        index
            .add_source(&Source::new("q", "https://q.example/oai", "oai_dc"))
            .unwrap();
        let checkpoint = index.begin_harvest("q", true, None, None).unwrap();
        let full = RecordMetadata {
            title: Some("Full".into()),
            description: Some("A description".into()),
            url: Some("https://q.example/1".into()),
            rights: vec!["CC BY 4.0".into()],
            languages: vec!["de".into()],
            learning_resource_types: vec!["worksheet".into()],
            educational_levels: vec!["primary school".into()],
            ..Default::default()
        };
        let odd = |i: usize| RecordMetadata {
            title: Some(format!("Odd {i}")),
            url: Some(format!("https://q.example/odd/{i}")),
            rights: vec!["Frei verwendbar".into()],
            languages: vec!["Klingonisch".into()],
            ..Default::default()
        };
        let records = vec![
            record(1, Some(full)),
            record(2, Some(odd(2))),
            record(3, Some(odd(3))),
            record(
                4,
                Some(RecordMetadata {
                    title: Some("Bare".into()),
                    rights: vec!["All rights reserved".into()],
                    ..Default::default()
                }),
            ),
            record(
                5,
                Some(RecordMetadata {
                    title: Some("Nothing".into()),
                    ..Default::default()
                }),
            ),
            record(6, None),
        ];
        index
            .apply_page("q", "oai_dc", &records, &checkpoint)
            .unwrap();
        let report = index.quality_report("q").unwrap();
        assert_eq!(report.records, 6);
        assert_eq!(report.unread_records, 1);
        assert_eq!(report.no_rights_records, 1);
        assert_eq!(report.unreadable_license_records, 3);
        assert_eq!(report.coverage.license.records, 1);
        assert_eq!(report.coverage.license.share, 0.167);
        assert_eq!(report.coverage.url.records, 3);
        assert_eq!(report.coverage.language.records, 1);
        assert_eq!(report.coverage.description.records, 1);
        assert_eq!(report.coverage.resource_type.records, 1);
        assert_eq!(report.coverage.educational_level.records, 1);
        assert_eq!(
            report.unreadable_licenses,
            [
                ValueCount {
                    value: "Frei verwendbar".into(),
                    records: 2
                },
                ValueCount {
                    value: "All rights reserved".into(),
                    records: 1
                },
            ]
        );
        assert_eq!(
            report.unreadable_languages,
            [ValueCount {
                value: "Klingonisch".into(),
                records: 2
            }]
        );
        assert!(matches!(
            index.quality_report("none"),
            Err(IndexError::UnknownSource(_))
        ));
    }
}
