//! OpenAPI schemas of the index's types, which the API serves as they serialise.
//!
//! `oerdex-index` does not depend on utoipa, so its [`Resource`], [`License`], [`HarvestLog`],
//! [`SearchResults`] and [`LicenseOverview`] cannot derive `ToSchema`. The types here describe
//! their JSON field for field and exist only for the OpenAPI document. They are kept honest
//! twice: the tests below serialise real index values and read them back into these types with
//! unknown fields refused, and the end-to-end tests validate real responses against the
//! document.
//!
//! [`Resource`]: oerdex_index::Resource
//! [`License`]: oerdex_index::license::License
//! [`HarvestLog`]: oerdex_index::HarvestLog
//! [`SearchResults`]: oerdex_index::SearchResults
//! [`LicenseOverview`]: oerdex_index::store::licenses::LicenseOverview

// Never built in the server: they describe JSON for the OpenAPI document (see above).
#![allow(dead_code)]

use std::collections::BTreeMap;

use serde::Deserialize;
use utoipa::ToSchema;

/// A licence as oerdex understands it.
#[derive(Deserialize, ToSchema)]
#[schema(as = License)]
#[serde(deny_unknown_fields)]
pub struct LicenseSchema {
    /// Canonical id: the SPDX id where SPDX has one (`CC-BY-SA-3.0-DE`, `CC0-1.0`).
    #[schema(example = "CC-BY-SA-4.0")]
    pub id: String,
    /// Licence family (`cc-by`, `cc-by-sa`, `cc0`, `pdm`, `mit`...).
    #[schema(example = "cc-by-sa")]
    pub family: String,
    /// Human-readable name.
    pub name: String,
    /// Canonical URL.
    pub url: Option<String>,
    /// Open in the sense of the UNESCO 2019 OER Recommendation.
    pub open: bool,
    /// Commercial use allowed.
    pub commercial: bool,
    /// Adaptation allowed.
    pub derivatives: bool,
    /// Adaptations must keep the licence.
    pub share_alike: bool,
    /// The licence is the source's default, not stated by the record.
    pub inferred: bool,
}

/// A source record merged into a resource.
#[derive(Deserialize, ToSchema)]
#[schema(as = SourceRef)]
#[serde(deny_unknown_fields)]
pub struct SourceRefSchema {
    /// Source name.
    pub source: String,
    /// OAI-PMH identifier at that source.
    pub oai_identifier: String,
    /// Datestamp at that source.
    pub datestamp: String,
    /// Metadata format harvested.
    pub metadata_prefix: String,
}

/// What the records say about a resource's accessibility, in schema.org's terms (values
/// outside its vocabulary as written).
#[derive(Deserialize, ToSchema)]
#[schema(as = Accessibility)]
#[serde(deny_unknown_fields)]
pub struct AccessibilitySchema {
    /// `accessibilityFeature` values (`captions`, `transcript`, `alternativeText`…).
    #[serde(default)]
    pub features: Option<Vec<String>>,
    /// `accessMode` values (`textual`, `visual`, `auditory`…).
    #[serde(default)]
    pub modes: Option<Vec<String>>,
    /// `accessibilityHazard` values (`noFlashingHazard`, `flashing`, `none`…).
    #[serde(default)]
    pub hazards: Option<Vec<String>>,
    /// `accessibilitySummary`.
    #[serde(default)]
    pub summary: Option<String>,
}

/// A catalogue entry: the merged, normalised view of every source record describing one
/// resource.
#[derive(Deserialize, ToSchema)]
#[schema(as = Resource)]
#[serde(deny_unknown_fields)]
pub struct ResourceSchema {
    /// Stable id (16 hex digits).
    #[schema(example = "3f2a9c0d1e4b5a67")]
    pub id: String,
    /// Title.
    pub title: Option<String>,
    /// Plain-text description.
    pub description: Option<String>,
    /// Titles in other languages, and subtitles.
    pub alternative_titles: Vec<LangTextSchema>,
    /// Descriptions in other languages.
    pub alternative_descriptions: Vec<LangTextSchema>,
    /// Landing page or file URL.
    pub url: Option<String>,
    /// DOI in bare form (`10.1234/abc`).
    pub doi: Option<String>,
    /// The normalised licence; null when no rights statement was understood.
    pub license: Option<LicenseSchema>,
    /// Rights statements as written.
    pub rights: Vec<String>,
    /// ISO 639-1 codes where one exists, else ISO 639-3.
    pub languages: Vec<String>,
    /// Subjects.
    pub subjects: Vec<String>,
    /// Keywords.
    pub keywords: Vec<String>,
    /// Resource types oerdex knows (`video`, `worksheet`, `lesson plan`, `article`...).
    pub learning_resource_types: Vec<String>,
    /// Educational levels.
    pub educational_levels: Vec<String>,
    /// Audience.
    pub audience: Vec<String>,
    /// Typical age range.
    pub typical_age_range: Option<String>,
    /// Authors.
    pub creators: Vec<AgentRefSchema>,
    /// Other contributors.
    pub contributors: Vec<AgentRefSchema>,
    /// Publisher.
    pub publisher: Option<AgentRefSchema>,
    /// Publication date in ISO 8601 (`2006`, `2006-05` or `2006-05-17`).
    pub date_published: Option<String>,
    /// When the resource last changed in the catalogue (`YYYY-MM-DDThh:mm:ssZ`).
    pub updated: String,
    /// The source records merged into it.
    pub sources: Vec<SourceRefSchema>,
    /// Accessibility as the records state it; absent when they say nothing.
    #[serde(default)]
    pub accessibility: Option<AccessibilitySchema>,
}

/// A person or organisation.
#[derive(Deserialize, ToSchema)]
#[schema(as = Agent)]
#[serde(deny_unknown_fields)]
pub struct AgentRefSchema {
    /// Name as the record writes it.
    pub name: String,
    /// `person` or `organization`.
    #[serde(rename = "type")]
    #[schema(example = "person")]
    pub kind: String,
}

/// A text in a stated language.
#[derive(Deserialize, ToSchema)]
#[schema(as = LangText)]
#[serde(deny_unknown_fields)]
pub struct LangTextSchema {
    /// The text.
    pub text: String,
    /// Its language as the record gives it, when it does.
    #[serde(default)]
    pub language: Option<String>,
}

/// One page of search results.
#[derive(Deserialize, ToSchema)]
#[schema(as = SearchResults)]
#[serde(deny_unknown_fields)]
pub struct SearchResultsSchema {
    /// How many resources match in all.
    pub total: u64,
    /// This page.
    pub results: Vec<ResourceSchema>,
    /// For each facet asked for, value → count over the filtered resources, most frequent
    /// first; a facet's own filter is left out so the alternatives show.
    pub facets: BTreeMap<String, BTreeMap<String, u64>>,
    /// Cursor of the next page; null on the last.
    pub next_cursor: Option<String>,
    /// Only when `Accept-Language` names a language oerdex ships: for each facet, value →
    /// its name in that language (licence families, languages, known resource types and
    /// levels, accessibility filters; values without a known name are left out).
    #[serde(default)]
    pub labels: Option<BTreeMap<String, BTreeMap<String, String>>>,
}

/// One harvest of one source.
#[derive(Deserialize, ToSchema)]
#[schema(as = Harvest)]
#[serde(deny_unknown_fields)]
pub struct HarvestSchema {
    /// Harvest number.
    pub id: i64,
    /// Source name.
    pub source: String,
    /// When it started.
    pub started: String,
    /// When it ended; null while running.
    pub ended: Option<String>,
    /// `running`, `ok`, `failed` or `interrupted`.
    #[schema(example = "ok")]
    pub status: String,
    /// Whether it was a full harvest.
    pub full: bool,
    /// The `from` it asked for, if incremental.
    pub from: Option<String>,
    /// Records added.
    pub added: u64,
    /// Records updated.
    pub updated: u64,
    /// Records deleted.
    pub deleted: u64,
    /// Records that could not be crosswalked.
    pub failed: u64,
    /// Pages committed.
    pub pages: u64,
    /// What went wrong, if it failed.
    pub error: Option<String>,
    /// Records (among the others) whose over-long fields were clipped to the size limits.
    pub clipped: u64,
}

/// One licence id present in the catalogue.
#[derive(Deserialize, ToSchema)]
#[schema(as = LicenseCount)]
#[serde(deny_unknown_fields)]
pub struct LicenseCountSchema {
    /// Canonical id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Canonical URL.
    pub url: Option<String>,
    /// Live resources under it.
    pub count: u64,
    /// Open (UNESCO).
    pub open: bool,
    /// Commercial use allowed.
    pub commercial: bool,
    /// Adaptation allowed.
    pub derivatives: bool,
    /// Share alike.
    pub share_alike: bool,
    /// Only when `Accept-Language` names a language oerdex ships: the licence's name in it.
    #[serde(default)]
    pub label: Option<String>,
}

/// One licence family present in the catalogue.
#[derive(Deserialize, ToSchema)]
#[schema(as = LicenseFamily)]
#[serde(deny_unknown_fields)]
pub struct FamilyCountSchema {
    /// Family.
    pub family: String,
    /// Plain-language label, in the language `Accept-Language` asks for (else English).
    pub label: String,
    /// Live resources under a licence of the family.
    pub count: u64,
    /// Open (UNESCO).
    pub open: bool,
    /// Commercial use allowed.
    pub commercial: bool,
    /// Adaptation allowed.
    pub derivatives: bool,
    /// Share alike.
    pub share_alike: bool,
    /// Ids of the family present, most frequent first.
    pub licenses: Vec<LicenseCountSchema>,
}

/// The licences of the catalogue.
#[derive(Deserialize, ToSchema)]
#[schema(as = Licenses)]
#[serde(deny_unknown_fields)]
pub struct LicenseOverviewSchema {
    /// Live resources.
    pub total: u64,
    /// Live resources without a licence oerdex understood.
    pub unlicensed: u64,
    /// Families present, most permissive Creative Commons licence first.
    pub families: Vec<FamilyCountSchema>,
}

/// A person or organisation in JSON-LD.
#[derive(Deserialize, ToSchema)]
#[schema(as = JsonLdAgent)]
#[serde(deny_unknown_fields)]
pub struct AgentSchema {
    /// `Person` or `Organization`.
    #[serde(rename = "@type")]
    pub kind: String,
    /// Name.
    pub name: String,
}

/// An audience in JSON-LD.
#[derive(Deserialize, ToSchema)]
#[schema(as = JsonLdAudience)]
#[serde(deny_unknown_fields)]
pub struct AudienceSchema {
    /// `EducationalAudience`.
    #[serde(rename = "@type")]
    pub kind: String,
    /// Role (`teacher`, `learner`...).
    #[serde(rename = "educationalRole")]
    pub educational_role: String,
}

/// A resource as LRMI / schema.org JSON-LD (`@type: LearningResource`). Keys without a value
/// are left out.
#[derive(Deserialize, ToSchema)]
#[schema(as = LearningResource)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct JsonLdSchema {
    /// `https://schema.org/`.
    #[serde(rename = "@context")]
    pub context: String,
    /// `LearningResource`.
    #[serde(rename = "@type")]
    pub kind: String,
    /// The resource's URL.
    #[serde(rename = "@id", default)]
    pub id: Option<String>,
    /// The resource's URL.
    #[serde(default)]
    pub url: Option<String>,
    /// `https://doi.org/…`.
    #[serde(default)]
    pub identifier: Option<String>,
    /// Title.
    #[serde(default)]
    pub name: Option<String>,
    /// Description.
    #[serde(default)]
    pub description: Option<String>,
    /// Licence URL.
    #[serde(default)]
    pub license: Option<String>,
    /// Language codes.
    #[serde(default)]
    pub in_language: Option<Vec<String>>,
    /// Keywords.
    #[serde(default)]
    pub keywords: Option<Vec<String>>,
    /// Subjects.
    #[serde(default)]
    pub about: Option<Vec<String>>,
    /// Learning resource types.
    #[serde(default)]
    pub learning_resource_type: Option<Vec<String>>,
    /// Educational levels.
    #[serde(default)]
    pub educational_level: Option<Vec<String>>,
    /// Audiences.
    #[serde(default)]
    pub audience: Option<Vec<AudienceSchema>>,
    /// Typical age range.
    #[serde(default)]
    pub typical_age_range: Option<String>,
    /// Titles in other languages: strings, or `{"@value", "@language"}` objects.
    #[serde(default)]
    #[schema(value_type = Option<Vec<Object>>)]
    pub alternate_name: Option<Vec<serde_json::Value>>,
    /// Creators.
    #[serde(default)]
    pub creator: Option<Vec<AgentSchema>>,
    /// Contributors.
    #[serde(default)]
    pub contributor: Option<Vec<AgentSchema>>,
    /// Publisher.
    #[serde(default)]
    pub publisher: Option<AgentSchema>,
    /// Publication date.
    #[serde(default)]
    pub date_published: Option<String>,
    /// When the resource last changed in the catalogue.
    #[serde(default)]
    pub date_modified: Option<String>,
    /// True for openly licensed resources.
    #[serde(default)]
    pub is_accessible_for_free: Option<bool>,
    /// Accessibility features.
    #[serde(default)]
    pub accessibility_feature: Option<Vec<String>>,
    /// Access modes.
    #[serde(default)]
    pub access_mode: Option<Vec<String>>,
    /// Accessibility hazards.
    #[serde(default)]
    pub accessibility_hazard: Option<Vec<String>>,
    /// Accessibility summary.
    #[serde(default)]
    pub accessibility_summary: Option<String>,
    /// Rights statements oerdex could not read as a licence, as written.
    #[serde(default)]
    pub copyright_notice: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use oerdex_index::model::agent::Agent;
    use oerdex_index::{license, model::jsonld, Resource, SourceRef};

    fn sample() -> Resource {
        Resource {
            id: "0123456789abcdef".into(),
            title: Some("Photosynthesis".into()),
            description: Some("How plants make sugar".into()),
            url: Some("https://example.org/photo".into()),
            doi: Some("10.1234/abc".into()),
            license: license::normalize("CC BY-SA 4.0"),
            rights: vec!["CC BY-SA 4.0".into()],
            languages: vec!["en".into()],
            subjects: vec!["Biology".into()],
            keywords: vec!["plants".into()],
            learning_resource_types: vec!["video".into()],
            educational_levels: vec!["secondary school".into()],
            audience: vec!["teacher".into()],
            typical_age_range: Some("12-15".into()),
            alternative_titles: vec![oerdex_index::model::LangText {
                text: "Fotosynthese".into(),
                language: Some("de".into()),
            }],
            alternative_descriptions: Vec::new(),
            creators: vec![Agent::named("Ada")],
            contributors: vec![Agent::named("Example University")],
            publisher: Some(Agent::named("Example")),
            date_published: Some("2020".into()),
            updated: "2024-01-01T00:00:00Z".into(),
            sources: vec![SourceRef {
                source: "s".into(),
                oai_identifier: "oai:s:1".into(),
                datestamp: "2024-01-01".into(),
                metadata_prefix: "oai_dc".into(),
            }],
            accessibility: Default::default(),
        }
    }

    #[test]
    fn the_schemas_match_the_index_types() {
        let mut resource = sample();
        resource.accessibility.push_feature("captions");
        resource.accessibility.push_mode("auditory");
        resource.accessibility.push_hazard("none");
        resource.accessibility.set_summary("Captioned.");
        let json = serde_json::to_value(&resource).unwrap();
        let _: ResourceSchema = serde_json::from_value(json.clone()).expect("Resource");
        let mut bare = resource.clone();
        bare.license = None;
        bare.accessibility = Default::default();
        let _: ResourceSchema = serde_json::from_value(serde_json::to_value(&bare).unwrap())
            .expect("Resource without licence");
        let jsonld = jsonld::to_jsonld(&resource);
        let _: JsonLdSchema = serde_json::from_value(jsonld).expect("JSON-LD");
        bare.rights = vec!["All rights reserved".into()];
        let _: JsonLdSchema =
            serde_json::from_value(jsonld::to_jsonld(&bare)).expect("JSON-LD with copyrightNotice");
        let results = serde_json::json!({
            "total": 1, "results": [json], "facets": {"license": {"cc-by-sa": 1}},
            "next_cursor": null
        });
        let _: SearchResultsSchema = serde_json::from_value(results).expect("SearchResults");
        let labelled = serde_json::json!({
            "total": 0, "results": [], "facets": {"license": {"cc-by-sa": 1}},
            "next_cursor": null, "labels": {"license": {"cc-by-sa": "CC BY-SA: …"}}
        });
        let _: SearchResultsSchema =
            serde_json::from_value(labelled).expect("SearchResults with labels");
    }

    #[test]
    fn the_harvest_and_licence_schemas_match() {
        let mut index = oerdex_index::Index::open_in_memory().unwrap();
        let source = oerdex_index::Source::new("s", "https://example.org/oai", "oai_dc");
        index.add_source(&source).unwrap();
        let checkpoint = index.begin_harvest("s", true, None, None).unwrap();
        let record = oerdex_index::SourceRecord {
            oai_identifier: "oai:s:1".into(),
            datestamp: "2024-01-01".into(),
            sets: Vec::new(),
            deleted: false,
            metadata: Some(oerdex_index::RecordMetadata {
                title: Some("T".into()),
                rights: vec!["CC0".into()],
                ..Default::default()
            }),
            raw_xml: None,
        };
        index
            .apply_page("s", "oai_dc", &[record], &checkpoint)
            .unwrap();
        index
            .fail_harvest(checkpoint.harvest_id, "failed", "boom")
            .unwrap();
        for log in index.harvest_history("s", 5).unwrap() {
            let _: HarvestSchema =
                serde_json::from_value(serde_json::to_value(&log).unwrap()).expect("Harvest");
        }
        let overview = index.license_overview().unwrap();
        assert_eq!(overview.families.len(), 1);
        let _: LicenseOverviewSchema =
            serde_json::from_value(serde_json::to_value(&overview).unwrap()).expect("Licenses");
        let tr = crate::i18n::Tr(crate::i18n::Lang::De);
        let labelled =
            serde_json::to_value(crate::i18n::labels::licence_overview(tr, &overview)).unwrap();
        assert!(labelled["families"][0]["licenses"][0]["label"].is_string());
        let _: LicenseOverviewSchema =
            serde_json::from_value(labelled).expect("Licenses with labels");
    }
}
