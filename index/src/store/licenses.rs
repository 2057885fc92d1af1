//! The licences present in the catalogue: every family and licence id that live resources
//! carry, with counts and what each permits (`GET /api/v1/licenses`).

use serde::Serialize;

use crate::error::Result;
use crate::store::db::Index;
use oerdex_normalise::license::{self, License, FAMILIES};

/// What a licence or family permits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Permissions {
    /// Open in the sense of the UNESCO 2019 OER Recommendation.
    pub open: bool,
    /// Commercial use allowed.
    pub commercial: bool,
    /// Adaptation allowed.
    pub derivatives: bool,
    /// Adaptations must keep the licence.
    pub share_alike: bool,
}

impl From<&License> for Permissions {
    fn from(l: &License) -> Self {
        Permissions {
            open: l.open,
            commercial: l.commercial,
            derivatives: l.derivatives,
            share_alike: l.share_alike,
        }
    }
}

/// One licence id and how many live resources carry it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LicenseCount {
    /// Canonical id (`CC-BY-SA-3.0-DE`).
    pub id: String,
    /// Human-readable name.
    pub name: String,
    /// Canonical URL, if the licence has one.
    pub url: Option<String>,
    /// Live resources under this licence.
    pub count: u64,
    /// What it permits.
    #[serde(flatten)]
    pub permissions: Permissions,
}

/// One licence family, its count and the ids present in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = LicenseFamily))]
pub struct FamilyCount {
    /// Family (`cc-by-sa`).
    pub family: String,
    /// Plain-language label ("CC BY-SA: share and adapt, credit the author, share alike").
    pub label: String,
    /// Live resources under a licence of this family.
    pub count: u64,
    /// What the family permits.
    #[serde(flatten)]
    pub permissions: Permissions,
    /// The ids of this family present, most frequent first.
    pub licenses: Vec<LicenseCount>,
}

/// The licences of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = Licenses))]
pub struct LicenseOverview {
    /// Live resources.
    pub total: u64,
    /// Live resources without a licence oerdex understood.
    pub unlicensed: u64,
    /// Families present, in display order (most permissive Creative Commons licence first).
    pub families: Vec<FamilyCount>,
}

impl Index {
    /// Every licence family and id live resources carry, with counts and permissions.
    pub fn license_overview(&self) -> Result<LicenseOverview> {
        let total = self.resource_count()?;
        let mut stmt = self.conn.prepare(
            "SELECT license_id, license_family, count(*) AS n, json_extract(doc, '$.license')
             FROM resources WHERE deleted = 0 AND license_id IS NOT NULL
             GROUP BY license_id, license_family ORDER BY n DESC, license_id",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(LicenseRow {
                id: row.get(0)?,
                family: row.get(1)?,
                count: row.get(2)?,
                license_json: row.get(3)?,
            })
        })?;
        Ok(overview(total, rows.collect::<rusqlite::Result<_>>()?))
    }
}

/// One licence id live resources carry, as an engine counts it: the id, its family column, how
/// many, and one resource's licence as stored (JSON).
pub(crate) struct LicenseRow {
    pub id: String,
    pub family: Option<String>,
    pub count: u64,
    pub license_json: Option<String>,
}

/// The overview from `total` live resources and the licence ids they carry (most frequent
/// first, then by id): every engine counts, this names, groups and orders.
pub(crate) fn overview(total: u64, rows: Vec<LicenseRow>) -> LicenseOverview {
    let mut families: Vec<FamilyCount> = Vec::new();
    for row in rows {
        let LicenseRow {
            id,
            family,
            count,
            license_json: doc,
        } = row;
        let stored: Option<License> = doc.and_then(|d| serde_json::from_str(&d).ok());
        let known = stored.or_else(|| license::by_id(&id));
        let family = family
            .or_else(|| known.as_ref().map(|l| l.family.clone()))
            .unwrap_or_else(|| "other".to_string());
        let entry = LicenseCount {
            name: known
                .as_ref()
                .map_or_else(|| id.clone(), |l| l.name.clone()),
            url: known.as_ref().and_then(|l| l.url.clone()),
            permissions: known.as_ref().map_or(NONE, Permissions::from),
            id,
            count,
        };
        match families.iter_mut().find(|f| f.family == family) {
            Some(f) => {
                f.count += count;
                f.licenses.push(entry);
            }
            None => families.push(FamilyCount {
                label: license::family_label(&family).to_string(),
                permissions: license::by_id(&family)
                    .as_ref()
                    .map_or(entry.permissions, Permissions::from),
                family,
                count,
                licenses: vec![entry],
            }),
        }
    }
    let rank = |family: &str| {
        FAMILIES
            .iter()
            .position(|f| *f == family)
            .unwrap_or(FAMILIES.len())
    };
    families.sort_by(|a, b| {
        rank(&a.family)
            .cmp(&rank(&b.family))
            .then_with(|| a.family.cmp(&b.family))
    });
    let licensed: u64 = families.iter().map(|f| f.count).sum();
    LicenseOverview {
        total,
        unlicensed: total.saturating_sub(licensed),
        families,
    }
}

/// Permissions of a licence oerdex cannot read: nothing assumed.
const NONE: Permissions = Permissions {
    open: false,
    commercial: false,
    derivatives: false,
    share_alike: false,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::source::Source;
    use crate::model::{RecordMetadata, SourceRecord};

    fn record(i: usize, rights: &str) -> SourceRecord {
        SourceRecord {
            oai_identifier: format!("oai:test:{i}"),
            datestamp: "2024-01-01T00:00:00Z".into(),
            sets: Vec::new(),
            deleted: false,
            metadata: Some(RecordMetadata {
                title: Some(format!("Resource {i}")),
                url: Some(format!("https://example.org/{i}")),
                rights: vec![rights.to_string()],
                ..Default::default()
            }),
            raw_xml: None,
        }
    }

    #[test]
    fn counts_families_and_ids_with_permissions() {
        let mut index = Index::open_in_memory().unwrap();
        let source = Source::new("s", "https://example.org/oai", "oai_dc");
        index.add_source(&source).unwrap();
        let rights = [
            "https://creativecommons.org/licenses/by/4.0/",
            "https://creativecommons.org/licenses/by/4.0/",
            "https://creativecommons.org/licenses/by/3.0/de/",
            "CC BY-NC-ND 4.0",
            "© all rights reserved",
        ];
        let records: Vec<SourceRecord> = rights
            .iter()
            .enumerate()
            .map(|(i, r)| record(i, r))
            .collect();
        let checkpoint = index.begin_harvest("s", true, None, None).unwrap();
        index
            .apply_page("s", "oai_dc", &records, &checkpoint)
            .expect("page stored");
        let overview = index.license_overview().unwrap();
        assert_eq!((overview.total, overview.unlicensed), (5, 1));
        let families: Vec<(&str, u64)> = overview
            .families
            .iter()
            .map(|f| (f.family.as_str(), f.count))
            .collect();
        assert_eq!(families, [("cc-by", 3), ("cc-by-nc-nd", 1)]);
        let by = &overview.families[0];
        assert!(by.permissions.open && by.permissions.commercial && by.permissions.derivatives);
        assert_eq!(by.licenses[0].id, "CC-BY-4.0");
        assert_eq!(by.licenses[0].count, 2);
        assert_eq!(by.licenses[1].id, "CC-BY-3.0-DE");
        let nd = &overview.families[1];
        assert!(!nd.permissions.open && !nd.permissions.derivatives);
        assert_eq!(
            nd.licenses[0].url.as_deref(),
            Some("https://creativecommons.org/licenses/by-nc-nd/4.0/")
        );
    }
}
