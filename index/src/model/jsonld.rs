//! LRMI / schema.org JSON-LD for a resource (`@type: LearningResource`), as served by the API
//! and written by `oerdex export --format jsonld`.

use serde_json::{json, Map, Value};

use crate::model::agent::{Agent, AgentKind};
use crate::model::{LangText, Resource};

/// The resource as an LRMI JSON-LD document.
pub fn to_jsonld(r: &Resource) -> Value {
    let mut doc = Map::new();
    doc.insert("@context".into(), json!("https://schema.org/"));
    doc.insert("@type".into(), json!("LearningResource"));
    if let Some(url) = &r.url {
        doc.insert("@id".into(), json!(url));
        doc.insert("url".into(), json!(url));
    }
    let mut put = |key: &str, value: Value| {
        let empty = value.is_null() || value.as_array().is_some_and(Vec::is_empty);
        if !empty {
            doc.insert(key.into(), value);
        }
    };
    put(
        "identifier",
        json!(r.doi.as_ref().map(|d| format!("https://doi.org/{d}"))),
    );
    put("name", json!(r.title));
    put("description", json!(r.description));
    put(
        "license",
        json!(r.license.as_ref().and_then(|l| l.url.clone())),
    );
    put("inLanguage", json!(r.languages));
    put("keywords", json!(r.keywords));
    put("about", json!(r.subjects));
    put("learningResourceType", json!(r.learning_resource_types));
    put("educationalLevel", json!(r.educational_levels));
    put(
        "audience",
        Value::Array(
            r.audience
                .iter()
                .map(|role| json!({"@type": "EducationalAudience", "educationalRole": role}))
                .collect(),
        ),
    );
    put("typicalAgeRange", json!(r.typical_age_range));
    put(
        "alternateName",
        json!(r
            .alternative_titles
            .iter()
            .map(language_tagged)
            .collect::<Vec<_>>()),
    );
    put(
        "creator",
        Value::Array(r.creators.iter().map(agent).collect()),
    );
    put(
        "contributor",
        Value::Array(r.contributors.iter().map(agent).collect()),
    );
    put("publisher", json!(r.publisher.as_ref().map(agent)));
    // Only ISO 8601 reaches here: the index leaves out dates it cannot read.
    put("datePublished", json!(r.date_published));
    let a = &r.accessibility;
    put("accessibilityFeature", json!(a.features));
    put("accessMode", json!(a.modes));
    put("accessibilityHazard", json!(a.hazards));
    put("accessibilitySummary", json!(a.summary));
    put("dateModified", json!(r.updated));
    // Open licences grant no-cost access; for anything else we do not know.
    if r.license.as_ref().is_some_and(|l| l.open) {
        put("isAccessibleForFree", json!(true));
    }
    // Rights we could not read as a licence, as text: `copyrightNotice` takes text, where
    // `usageInfo` takes a CreativeWork or URL and a JSON-LD processor would read the text as a
    // (relative) IRI.
    if r.license.as_ref().is_none() && !r.rights.is_empty() {
        put("copyrightNotice", json!(r.rights.join("; ")));
    }
    Value::Object(doc)
}

/// A person or organisation as a schema.org node.
fn agent(a: &Agent) -> Value {
    let kind = match a.kind {
        AgentKind::Person => "Person",
        AgentKind::Organization => "Organization",
    };
    json!({"@type": kind, "name": a.name})
}

/// A text with its language as a JSON-LD value object (`{"@value", "@language"}`), or a plain
/// string when the language is not known.
fn language_tagged(t: &LangText) -> Value {
    match t
        .language
        .as_deref()
        .and_then(oerdex_normalise::language::normalize)
    {
        Some(code) => json!({"@value": t.text, "@language": code}),
        None => json!(t.text),
    }
}
