//! A resource as AMB JSON-LD (the "Allgemeines Metadatenprofil für Bildungsressourcen": LRMI and
//! schema.org with SKOS concepts), as served by the API (`application/ld+json`), embedded in the
//! resource pages and written by `oerdex export --format jsonld`.
//!
//! [`LearningResourceLd`] is the document as a type: what it serialises to is what the API's
//! description says it serves, and a test validates it against the AMB JSON Schema. Empty values
//! are left out. Where AMB is stricter than the model, the document keeps to AMB:
//!
//! * `about`, `learningResourceType` and `educationalLevel` hold SKOS concepts
//!   (`{"id", "type": "Concept", "prefLabel"}`) only, and only in the vocabularies AMB names: a
//!   subject no concept stands for is written as a keyword.
//! * `license` is `{"id": URL}` for the licences AMB accepts (Creative Commons, GNU, Apache,
//!   MIT, BSD); other rights are written as `copyrightNotice` text.
//! * `inLanguage` and `@language` take ISO 639-1 codes; `datePublished` only a full date
//!   (a year alone is `copyrightYear`).
//! * `mainEntityOfPage` has one entry per source record (its OAI-PMH GetRecord URL or
//!   identifier, the providing source, its datestamp), so merged resources keep their
//!   provenance.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::model::agent::{Agent, AgentKind};
use crate::model::source::Source;
use crate::model::vocabulary::{ConceptField, ConceptRef};
use crate::model::{LangText, Resource, SourceRef};

mod values;

use values::{encode, iri, is_date_or_time, is_duration, is_iso639_1, publication};

/// The AMB JSON-LD context.
pub const AMB_CONTEXT: &str = "https://w3id.org/kim/amb/context.jsonld";

/// The base URL of each source a resource's records come from (source name → URL), for the
/// provenance in `mainEntityOfPage`.
pub type SourceUrls = BTreeMap<String, String>;

/// A resource as an AMB (LRMI / schema.org `LearningResource`) JSON-LD document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = LearningResource))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LearningResourceLd {
    /// The AMB context and the default language: `["https://w3id.org/kim/amb/context.jsonld",
    /// {"@language": "de"}]`.
    #[serde(rename = "@context")]
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<serde_json::Value>))]
    pub context: Vec<Value>,
    /// The resource's URL, else its DOI's resolver URL, else a URN naming the oerdex resource.
    pub id: String,
    /// `["LearningResource"]`.
    #[serde(rename = "type")]
    pub kind: Vec<&'static str>,
    /// Title (the resource's id when no record gives one: AMB requires a name).
    pub name: String,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Titles in other languages: strings, or `{"@value", "@language"}` objects.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<serde_json::Value>))]
    pub alternate_name: Vec<Value>,
    /// The resource's URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The DOI as a resolver URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// The licence, `{"id": URL}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub license: Option<IdLd>,
    /// ISO 639-1 language codes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub in_language: Vec<String>,
    /// Keywords, and subjects no concept stands for.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// Subjects (Hochschulfächersystematik, school subjects) as concepts.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub about: Vec<ConceptLd>,
    /// Resource types (HCRT) as concepts.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub learning_resource_type: Vec<ConceptLd>,
    /// Educational levels (KIM educational levels, ISCED 2011) as concepts.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub educational_level: Vec<ConceptLd>,
    /// Audience roles (LRMI) as concepts.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub audience: Vec<ConceptLd>,
    /// The interactivity type (LRMI) as a concept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interactivity_type: Option<ConceptLd>,
    /// Typical age range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub typical_age_range: Option<String>,
    /// Time required, an ISO 8601 duration (`PT45M`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_required: Option<String>,
    /// LRMI educational uses.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub educational_use: Vec<String>,
    /// Curricula and competencies the resource aligns with.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub educational_alignment: Vec<AlignmentLd>,
    /// Media types or formats of the resource's files (schema.org `encodingFormat`: AMB's
    /// `encoding` needs each file's URL, which the records do not give).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub encoding_format: Vec<String>,
    /// Works it is based on.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub is_based_on: Vec<RelatedLd>,
    /// Its parts.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub has_part: Vec<IdLd>,
    /// The works it is part of.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub is_part_of: Vec<IdLd>,
    /// Authors: persons and organisations.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub creator: Vec<AgentLd>,
    /// Other contributors.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contributor: Vec<AgentLd>,
    /// Publisher (AMB writes a list).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub publisher: Vec<AgentLd>,
    /// Publication date (`YYYY-MM-DD`), when the records give a full date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_published: Option<String>,
    /// Year of publication, when the records give only a year or a month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copyright_year: Option<u32>,
    /// When the resource last changed in the catalogue (RFC 3339).
    pub date_modified: String,
    /// schema.org `accessibilityFeature` values.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub accessibility_feature: Vec<String>,
    /// schema.org `accessMode` values.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub access_mode: Vec<String>,
    /// schema.org `accessibilityHazard` values.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub accessibility_hazard: Vec<String>,
    /// A summary of the resource's accessibility.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accessibility_summary: Option<String>,
    /// True for openly licensed resources (no-cost access); absent when not known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_accessible_for_free: Option<bool>,
    /// Rights statements that are no licence AMB accepts, as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copyright_notice: Option<String>,
    /// The source records that describe the resource.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub main_entity_of_page: Vec<PageLd>,
}

/// A node named by its IRI: `{"id": IRI}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = JsonLdId))]
#[serde(deny_unknown_fields)]
pub struct IdLd {
    /// The IRI.
    pub id: String,
}

/// A related work: by its URL, else by its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = JsonLdRelated))]
#[serde(deny_unknown_fields)]
pub struct RelatedLd {
    /// Its URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Its name, when no URL is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// A SKOS concept: its IRI and its labels by language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = JsonLdConcept))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConceptLd {
    /// The concept's IRI.
    pub id: String,
    /// `Concept`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Labels by ISO 639-1 code.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub pref_label: BTreeMap<String, String>,
}

/// A person or organisation as a schema.org node.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = JsonLdAgent))]
#[serde(deny_unknown_fields)]
pub struct AgentLd {
    /// `Person` or `Organization`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Name.
    pub name: String,
}

/// An `AlignmentObject`: a curriculum or competency by name or URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = JsonLdAlignment))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AlignmentLd {
    /// `AlignmentObject`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The target's name, when the record gives a name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_name: Option<String>,
    /// The target's URL, when the record gives a URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_url: Option<String>,
}

/// One record describing the resource: where it is, who provides it, when it changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = JsonLdPage))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PageLd {
    /// The record's URL (an OAI-PMH GetRecord request) or identifier.
    pub id: String,
    /// `WebContent`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The source that provides the record, when its URL is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<ProviderLd>,
    /// The record's datestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_modified: Option<String>,
}

/// The source that provides a record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = JsonLdProvider))]
#[serde(deny_unknown_fields)]
pub struct ProviderLd {
    /// The source's URL.
    pub id: String,
    /// `Service`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The source's name in oerdex.
    pub name: String,
}

impl LearningResourceLd {
    /// The AMB document of `r`; `sources` gives the base URLs of its sources.
    pub fn of(r: &Resource, sources: &SourceUrls) -> Self {
        let in_language: Vec<String> = r
            .languages
            .iter()
            .filter(|l| is_iso639_1(l))
            .cloned()
            .collect();
        let default_language = in_language.first().map_or("en", String::as_str);
        let about = concepts(r, ConceptField::Subject, SUBJECT_SCHEMES);
        let mut keywords = r.keywords.clone();
        // AMB's `about` takes concepts only: subjects without one are keywords.
        for subject in &r.subjects {
            let covered = !about.is_empty()
                && r.concepts.iter().any(|c| {
                    c.field == ConceptField::Subject
                        && (c.id == *subject || c.labels.values().any(|l| l == subject))
                });
            if !covered && !keywords.contains(subject) {
                keywords.push(subject.clone());
            }
        }
        let (date_published, copyright_year) = publication(r.date_published.as_deref());
        let license = r
            .license
            .as_ref()
            .and_then(|l| l.url.as_deref())
            .and_then(amb_license);
        LearningResourceLd {
            context: vec![
                Value::String(AMB_CONTEXT.into()),
                serde_json::json!({ "@language": default_language }),
            ],
            id: resource_iri(r),
            kind: vec!["LearningResource"],
            name: r
                .title
                .clone()
                .or_else(|| r.alternative_titles.first().map(|t| t.text.clone()))
                .unwrap_or_else(|| r.id.clone()),
            description: r.description.clone(),
            alternate_name: r.alternative_titles.iter().map(language_tagged).collect(),
            url: r.url.as_deref().and_then(iri),
            identifier: r.doi.as_ref().map(|d| doi_url(d)),
            is_accessible_for_free: r.license.as_ref().is_some_and(|l| l.open).then_some(true),
            // Rights that are no licence AMB accepts, as text: `copyrightNotice` takes text.
            copyright_notice: (license.is_none() && !r.rights.is_empty())
                .then(|| r.rights.join("; ")),
            license,
            in_language,
            keywords,
            about,
            learning_resource_type: concepts(r, ConceptField::Type, TYPE_SCHEMES),
            educational_level: concepts(r, ConceptField::Level, LEVEL_SCHEMES)
                .into_iter()
                .filter(|c| c.id.starts_with(LEVEL_SCHEMES[0]))
                .collect(),
            audience: concepts(r, ConceptField::Audience, &[]),
            interactivity_type: concepts(r, ConceptField::Interactivity, &[])
                .into_iter()
                .find(|c| INTERACTIVITY.contains(&c.id.as_str())),
            typical_age_range: r.typical_age_range.clone(),
            time_required: r.time_required.clone().filter(|d| is_duration(d)),
            educational_use: r.educational_uses.clone(),
            educational_alignment: r
                .educational_alignments
                .iter()
                .map(|t| alignment(t))
                .collect(),
            encoding_format: r.formats.clone(),
            is_based_on: r
                .is_based_on
                .iter()
                .map(|work| match iri(work) {
                    Some(id) => RelatedLd {
                        id: Some(id),
                        name: None,
                    },
                    None => RelatedLd {
                        id: None,
                        name: Some(work.clone()),
                    },
                })
                .collect(),
            has_part: r
                .has_part
                .iter()
                .filter_map(|u| iri(u))
                .map(|id| IdLd { id })
                .collect(),
            is_part_of: r
                .is_part_of
                .iter()
                .filter_map(|u| iri(u))
                .map(|id| IdLd { id })
                .collect(),
            creator: r.creators.iter().map(agent).collect(),
            contributor: r.contributors.iter().map(agent).collect(),
            publisher: r.publisher.iter().map(agent).collect(),
            date_published,
            copyright_year,
            date_modified: r.updated.clone(),
            accessibility_feature: r.accessibility.features.clone(),
            access_mode: r.accessibility.modes.clone(),
            accessibility_hazard: r.accessibility.hazards.clone(),
            accessibility_summary: r.accessibility.summary.clone(),
            main_entity_of_page: r.sources.iter().filter_map(|s| page(s, sources)).collect(),
        }
    }
}

/// The base URLs of `sources`, by name; a URL that carries credentials is left out (it is
/// never shown, and its redacted form names no page anyone can fetch).
pub fn source_urls(sources: &[Source]) -> SourceUrls {
    sources
        .iter()
        .filter(|s| s.public_url() == s.url)
        .map(|s| (s.name.clone(), s.url.clone()))
        .collect()
}

/// The resource as an AMB JSON-LD document (a JSON value).
pub fn to_jsonld(r: &Resource, sources: &SourceUrls) -> Value {
    serde_json::to_value(LearningResourceLd::of(r, sources)).unwrap_or(Value::Null)
}

/// The vocabularies AMB's `about` names (one of a resource's subjects must be in them).
const SUBJECT_SCHEMES: &[&str] = &[
    "https://w3id.org/kim/hochschulfaechersystematik/",
    "http://w3id.org/kim/schulfaecher/",
];
/// The vocabularies AMB's `learningResourceType` names.
const TYPE_SCHEMES: &[&str] = &[
    "https://w3id.org/kim/hcrt/",
    "http://w3id.org/openeduhub/vocabs/new_lrt/",
];
/// The vocabulary AMB's `educationalLevel` takes (every level must be in it).
const LEVEL_SCHEMES: &[&str] = &["https://w3id.org/kim/educationalLevel/"];
/// The interactivity types AMB takes.
const INTERACTIVITY: &[&str] = &[
    "http://purl.org/dcx/lrmi-vocabs/interactivityType/active",
    "http://purl.org/dcx/lrmi-vocabs/interactivityType/expositive",
    "http://purl.org/dcx/lrmi-vocabs/interactivityType/mixed",
];

/// The concepts of one field as SKOS concepts; with `schemes`, none unless one of them is in
/// those vocabularies (AMB requires one there).
fn concepts(r: &Resource, field: ConceptField, schemes: &[&str]) -> Vec<ConceptLd> {
    let list: Vec<ConceptLd> = r
        .concepts
        .iter()
        .filter(|c| c.field == field)
        .filter_map(concept)
        .collect();
    let named = |c: &ConceptLd| schemes.iter().any(|s| c.id.starts_with(s));
    if !schemes.is_empty() && !list.iter().any(named) {
        return Vec::new();
    }
    list
}

/// A concept as SKOS, if its id is a URI; only ISO 639-1 labels.
fn concept(c: &ConceptRef) -> Option<ConceptLd> {
    Some(ConceptLd {
        id: iri(&c.id)?,
        kind: "Concept",
        pref_label: c
            .labels
            .iter()
            .filter(|(lang, _)| is_iso639_1(lang))
            .map(|(lang, label)| (lang.clone(), label.clone()))
            .collect(),
    })
}

/// The licence as AMB accepts it (Creative Commons, GNU, Apache, MIT, BSD), with `https`.
fn amb_license(url: &str) -> Option<IdLd> {
    const ACCEPTED: &[&str] = &[
        "https://creativecommons.org/licenses/",
        "https://creativecommons.org/licences/",
        "https://creativecommons.org/publicdomain/",
        "https://www.gnu.org/licenses/",
        "https://www.apache.org/licenses/",
        "https://opensource.org/licenses/MIT",
        "https://www.opensource.org/licenses/BSD",
    ];
    let url = iri(url)?;
    let secure = match url.strip_prefix("http://") {
        Some(rest) => format!("https://{rest}"),
        None => url,
    };
    ACCEPTED
        .iter()
        .any(|prefix| secure.starts_with(prefix))
        .then_some(IdLd { id: secure })
}

/// The resource's IRI: its URL, else its DOI's URL, else `urn:oerdex:resource:{id}`.
fn resource_iri(r: &Resource) -> String {
    r.url
        .as_deref()
        .and_then(iri)
        .or_else(|| r.doi.as_deref().and_then(|d| iri(&doi_url(d))))
        .unwrap_or_else(|| format!("urn:oerdex:resource:{}", encode(&r.id)))
}

/// A DOI's resolver URL.
fn doi_url(doi: &str) -> String {
    format!("https://doi.org/{doi}")
}

/// One source record as a page: its GetRecord URL at the source when the source's URL is
/// known, else its identifier when that is a URI (`oai:…`).
fn page(s: &SourceRef, sources: &SourceUrls) -> Option<PageLd> {
    let base = sources.get(&s.source).and_then(|u| iri(u));
    let id = match &base {
        Some(base) if !s.metadata_prefix.is_empty() => iri(&format!(
            "{base}{}verb=GetRecord&metadataPrefix={}&identifier={}",
            if base.contains('?') { '&' } else { '?' },
            encode(&s.metadata_prefix),
            encode(&s.oai_identifier)
        )),
        _ => None,
    }
    .or_else(|| iri(&s.oai_identifier))?;
    Some(PageLd {
        id,
        kind: "WebContent",
        provider: base.map(|id| ProviderLd {
            id,
            kind: "Service",
            name: s.source.clone(),
        }),
        date_modified: is_date_or_time(&s.datestamp).then(|| s.datestamp.clone()),
    })
}

/// An alignment target: a URL as `targetUrl`, else a name.
fn alignment(target: &str) -> AlignmentLd {
    let url = iri(target).filter(|u| u.starts_with("http"));
    AlignmentLd {
        kind: "AlignmentObject",
        target_name: url.is_none().then(|| target.to_string()),
        target_url: url,
    }
}

/// A person or organisation as a schema.org node.
fn agent(a: &Agent) -> AgentLd {
    AgentLd {
        kind: match a.kind {
            AgentKind::Person => "Person",
            AgentKind::Organization => "Organization",
        },
        name: a.name.clone(),
    }
}

/// A text with its language as a JSON-LD value object (`{"@value", "@language"}`), or a plain
/// string when the language is not known.
fn language_tagged(t: &LangText) -> Value {
    match t
        .language
        .as_deref()
        .and_then(oerdex_normalise::language::normalize)
    {
        Some(code) => serde_json::json!({"@value": t.text, "@language": code}),
        None => Value::String(t.text.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_licences_amb_accepts_become_license_objects() {
        assert_eq!(
            amb_license("http://creativecommons.org/licenses/by/4.0/").map(|l| l.id),
            Some("https://creativecommons.org/licenses/by/4.0/".into())
        );
        assert_eq!(
            amb_license("https://creativecommons.org/licenses/by-sa/").map(|l| l.id),
            Some("https://creativecommons.org/licenses/by-sa/".into()),
            "a licence without a version keeps its family's URL"
        );
        assert_eq!(amb_license("https://example.org/terms"), None);
    }

    #[test]
    fn provenance_names_the_record_at_its_source() {
        let s = SourceRef {
            source: "zoerr".into(),
            oai_identifier: "oai:zoerr:1/2 3".into(),
            datestamp: "2024-05-01T10:00:00Z".into(),
            metadata_prefix: "lom".into(),
        };
        let urls: SourceUrls =
            [("zoerr".to_string(), "https://oer.example/oai".to_string())].into();
        let p = page(&s, &urls).unwrap();
        assert_eq!(
            p.id,
            "https://oer.example/oai?verb=GetRecord&metadataPrefix=lom&identifier=oai%3Azoerr%3A1%2F2%203"
        );
        assert_eq!(p.provider.unwrap().id, "https://oer.example/oai");
        assert_eq!(p.date_modified.as_deref(), Some("2024-05-01T10:00:00Z"));
        let unknown = page(&s, &SourceUrls::new());
        assert_eq!(unknown, None, "an identifier with a space is no URI");
        let plain = SourceRef {
            oai_identifier: "oai:zoerr:12".into(),
            datestamp: "2024".into(),
            ..s
        };
        let p = page(&plain, &SourceUrls::new()).unwrap();
        assert_eq!(
            (p.id.as_str(), p.provider, p.date_modified),
            ("oai:zoerr:12", None, None)
        );
    }
}
