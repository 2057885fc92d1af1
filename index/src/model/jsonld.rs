//! LRMI / schema.org JSON-LD for a resource (`@type: LearningResource`), as served by the API
//! and written by `oerdex export --format jsonld`.
//!
//! [`LearningResourceLd`] is the document as a type: what it serialises to is what the API's
//! description says it serves. Empty values are left out.

use serde::Serialize;
use serde_json::Value;

use crate::model::agent::{Agent, AgentKind};
use crate::model::{LangText, Resource};

/// A resource as an LRMI (schema.org `LearningResource`) JSON-LD document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = LearningResource))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LearningResourceLd {
    /// `https://schema.org/`.
    #[serde(rename = "@context")]
    pub context: &'static str,
    /// `LearningResource`.
    #[serde(rename = "@type")]
    pub kind: &'static str,
    /// The resource's URL, when it has one.
    #[serde(rename = "@id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The resource's URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The DOI as a resolver URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// Title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Licence URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    /// Language codes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub in_language: Vec<String>,
    /// Keywords.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// Subjects.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub about: Vec<String>,
    /// Resource types.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub learning_resource_type: Vec<String>,
    /// Educational levels.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub educational_level: Vec<String>,
    /// Audiences.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub audience: Vec<AudienceLd>,
    /// Typical age range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub typical_age_range: Option<String>,
    /// Titles in other languages: strings, or `{"@value", "@language"}` objects.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Object>))]
    pub alternate_name: Vec<Value>,
    /// Authors.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub creator: Vec<AgentLd>,
    /// Other contributors.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contributor: Vec<AgentLd>,
    /// Publisher.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<AgentLd>,
    /// Publication date, ISO 8601 (the index leaves out dates it cannot read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_published: Option<String>,
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
    /// When the resource last changed in the catalogue.
    pub date_modified: String,
    /// True for openly licensed resources (no-cost access); absent when not known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_accessible_for_free: Option<bool>,
    /// Rights statements oerdex could not read as a licence, as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copyright_notice: Option<String>,
}

/// A person or organisation as a schema.org node.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = JsonLdAgent))]
#[serde(deny_unknown_fields)]
pub struct AgentLd {
    /// `Person` or `Organization`.
    #[serde(rename = "@type")]
    pub kind: &'static str,
    /// Name.
    pub name: String,
}

/// An audience as a schema.org `EducationalAudience`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(as = JsonLdAudience))]
#[serde(deny_unknown_fields)]
pub struct AudienceLd {
    /// `EducationalAudience`.
    #[serde(rename = "@type")]
    pub kind: &'static str,
    /// Role (`teacher`, `learner`...).
    #[serde(rename = "educationalRole")]
    pub educational_role: String,
}

impl LearningResourceLd {
    /// The JSON-LD document of `r`.
    pub fn of(r: &Resource) -> Self {
        LearningResourceLd {
            context: "https://schema.org/",
            kind: "LearningResource",
            id: r.url.clone(),
            url: r.url.clone(),
            identifier: r.doi.as_ref().map(|d| format!("https://doi.org/{d}")),
            name: r.title.clone(),
            description: r.description.clone(),
            license: r.license.as_ref().and_then(|l| l.url.clone()),
            in_language: r.languages.clone(),
            keywords: r.keywords.clone(),
            about: r.subjects.clone(),
            learning_resource_type: r.learning_resource_types.clone(),
            educational_level: r.educational_levels.clone(),
            audience: r
                .audience
                .iter()
                .map(|role| AudienceLd {
                    kind: "EducationalAudience",
                    educational_role: role.clone(),
                })
                .collect(),
            typical_age_range: r.typical_age_range.clone(),
            alternate_name: r.alternative_titles.iter().map(language_tagged).collect(),
            creator: r.creators.iter().map(agent).collect(),
            contributor: r.contributors.iter().map(agent).collect(),
            publisher: r.publisher.as_ref().map(agent),
            date_published: r.date_published.clone(),
            accessibility_feature: r.accessibility.features.clone(),
            access_mode: r.accessibility.modes.clone(),
            accessibility_hazard: r.accessibility.hazards.clone(),
            accessibility_summary: r.accessibility.summary.clone(),
            date_modified: r.updated.clone(),
            // Open licences grant no-cost access; for anything else we do not know.
            is_accessible_for_free: r.license.as_ref().is_some_and(|l| l.open).then_some(true),
            // Rights we could not read as a licence, as text: `copyrightNotice` takes text,
            // where `usageInfo` takes a CreativeWork or URL and a JSON-LD processor would read
            // the text as a (relative) IRI.
            copyright_notice: (r.license.is_none() && !r.rights.is_empty())
                .then(|| r.rights.join("; ")),
        }
    }
}

/// The resource as an LRMI JSON-LD document (a JSON value).
pub fn to_jsonld(r: &Resource) -> Value {
    serde_json::to_value(LearningResourceLd::of(r)).unwrap_or(Value::Null)
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
