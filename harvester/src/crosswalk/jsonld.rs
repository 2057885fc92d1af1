//! AMB and LRMI / schema.org JSON-LD, in the compact form platforms publish (AMB's context,
//! schema.org's, or none), beside the XML crosswalks: the sitemap and deposit sources read
//! records with it.
//!
//! [`learning_resources`] finds the nodes of a document that describe a resource (the document
//! itself, the members of an array or of `@graph`); [`crosswalk`] reads one:
//!
//! | JSON-LD | field |
//! |---|---|
//! | `name`, `alternateName`, `description` | `title`, `alternative_titles`, `description` (language maps and value objects too) |
//! | `url`, else `id` | `url`; a `doi.org` URL or `identifier` gives `doi` |
//! | `license` (`{"id"}` or text) | `rights` |
//! | `inLanguage`, `keywords` | `languages`, `keywords` |
//! | `about`, `learningResourceType`, `educationalLevel`, `audience`, `interactivityType` | the lists, a concept's `id` with its `prefLabel`s as the record's labels |
//! | `creator`, `contributor`, `publisher` | agents, `Person` or `Organization` |
//! | `datePublished`, else `dateCreated` | `date_published` |
//! | `timeRequired`, `typicalAgeRange`, `educationalUse`, `educationalAlignment` | as named |
//! | `encoding[].encodingFormat`, `encodingFormat` | `formats` |
//! | `isBasedOn`, `hasPart`, `isPartOf` (`id`, `url` or text; a source's `name`) | `is_based_on`, `has_part`, `is_part_of` |
//! | `accessibilityFeature`, `accessMode`, `accessibilityHazard`, `accessibilitySummary` | `accessibility` |
//!
//! Keys are read with or without `@` (`@id`, `@type`) and a `schema:` prefix.

use oerdex_index::model::agent::{Agent, AgentKind};
use oerdex_index::model::RecordMetadata;
use serde_json::Value;

/// Types whose nodes describe a resource (AMB's `type` values are schema.org creative works).
const RESOURCE_TYPES: &[&str] = &[
    "LearningResource",
    "CreativeWork",
    "Course",
    "VideoObject",
    "AudioObject",
    "ImageObject",
    "MediaObject",
    "Book",
    "Article",
    "WebPage",
    "PresentationDigitalDocument",
    "DigitalDocument",
    "Quiz",
];

/// The nodes of `doc` that describe a learning resource: the document, array members and
/// `@graph` members whose type is a creative work or that carry LRMI properties.
pub fn learning_resources(doc: &Value) -> Vec<&Value> {
    let mut out = Vec::new();
    collect(doc, &mut out, 0);
    out
}

/// Walks arrays and `@graph`s (two levels at most: documents are flat).
fn collect<'a>(value: &'a Value, out: &mut Vec<&'a Value>, depth: usize) {
    match value {
        Value::Array(items) if depth < 3 => {
            for item in items {
                collect(item, out, depth + 1);
            }
        }
        Value::Object(map) => {
            if let Some(graph) = map.get("@graph") {
                collect(graph, out, depth + 1);
            } else if is_resource(value) {
                out.push(value);
            }
        }
        _ => {}
    }
}

/// True for a node whose type is a creative work, or that has LRMI properties.
fn is_resource(node: &Value) -> bool {
    let typed = strings(get(node, "type"))
        .iter()
        .any(|t| RESOURCE_TYPES.contains(&local(t)));
    typed
        || ["learningResourceType", "educationalLevel", "educationalUse"]
            .iter()
            .any(|k| get(node, k).is_some())
}

/// Reads one resource node.
pub fn crosswalk(node: &Value) -> RecordMetadata {
    let mut md = RecordMetadata::default();
    for (text, language) in texts(get(node, "name")) {
        md.add_title(&text, language.as_deref());
    }
    for (text, language) in texts(get(node, "alternateName")) {
        md.add_title(&text, language.as_deref());
    }
    for (text, language) in texts(get(node, "description")) {
        md.add_description(&text, language.as_deref());
    }
    let id = id_of(node);
    let url = strings(get(node, "url")).into_iter().next().or(id.clone());
    if let Some(url) = url.filter(|u| u.starts_with("http://") || u.starts_with("https://")) {
        match doi_of(&url) {
            Some(doi) => md.doi = Some(doi),
            None => md.url = Some(url),
        }
    }
    for identifier in strings(get(node, "identifier")) {
        match doi_of(&identifier) {
            Some(doi) if md.doi.is_none() => md.doi = Some(doi),
            _ => RecordMetadata::push_unique(&mut md.identifiers, &identifier),
        }
    }
    for license in items(get(node, "license")) {
        if let Some(value) = id_of(license).or_else(|| license.as_str().map(str::to_string)) {
            RecordMetadata::push_unique(&mut md.rights, &value);
        }
    }
    for language in strings(get(node, "inLanguage")) {
        RecordMetadata::push_unique(&mut md.languages, &language);
    }
    for keyword in strings(get(node, "keywords")) {
        for k in keyword.split(',') {
            RecordMetadata::push_unique(&mut md.keywords, k);
        }
    }
    concepts(node, "about", &mut md, |md| &mut md.subjects);
    concepts(node, "learningResourceType", &mut md, |md| {
        &mut md.learning_resource_types
    });
    concepts(node, "educationalLevel", &mut md, |md| {
        &mut md.educational_levels
    });
    concepts(node, "audience", &mut md, |md| &mut md.audience);
    md.interactivity_type =
        items(get(node, "interactivityType")).find_map(|value| concept_value(value, &mut md));
    for (key, list) in [("creator", 0), ("contributor", 1)] {
        for agent in items(get(node, key)).filter_map(agent) {
            let list = if list == 0 {
                &mut md.creators
            } else {
                &mut md.contributors
            };
            RecordMetadata::push_agent(list, agent);
        }
    }
    if let Some(publisher) = items(get(node, "publisher")).find_map(agent) {
        md.set_publisher_once(publisher);
    }
    md.date_published = strings(get(node, "datePublished"))
        .into_iter()
        .chain(strings(get(node, "dateCreated")))
        .next();
    md.time_required = strings(get(node, "timeRequired")).into_iter().next();
    md.typical_age_range = strings(get(node, "typicalAgeRange")).into_iter().next();
    for value in items(get(node, "educationalUse")) {
        if let Some(v) = label_or_text(value) {
            RecordMetadata::push_unique(&mut md.educational_uses, &v);
        }
    }
    for alignment in items(get(node, "educationalAlignment")) {
        let target = strings(get(alignment, "targetUrl"))
            .into_iter()
            .chain(strings(get(alignment, "targetName")))
            .next();
        if let Some(target) = target {
            RecordMetadata::push_unique(&mut md.educational_alignments, &target);
        }
    }
    for format in items(get(node, "encoding"))
        .flat_map(|e| strings(get(e, "encodingFormat")))
        .chain(strings(get(node, "encodingFormat")))
    {
        RecordMetadata::push_unique(&mut md.formats, &format);
    }
    for (key, list) in [("isBasedOn", 0), ("hasPart", 1), ("isPartOf", 2)] {
        for work in items(get(node, key)) {
            let reference = id_of(work)
                .or_else(|| strings(get(work, "url")).into_iter().next())
                .or_else(|| work.as_str().map(str::to_string))
                .or_else(|| (list == 0).then(|| label_or_text(work)).flatten());
            let list = match list {
                0 => &mut md.is_based_on,
                1 => &mut md.has_part,
                _ => &mut md.is_part_of,
            };
            if let Some(reference) = reference {
                RecordMetadata::push_unique(list, &reference);
            }
        }
    }
    for value in strings(get(node, "accessibilityFeature")) {
        md.accessibility.push_feature(&value);
    }
    for value in strings(get(node, "accessMode")) {
        md.accessibility.push_mode(&value);
    }
    for value in strings(get(node, "accessibilityHazard")) {
        md.accessibility.push_hazard(&value);
    }
    if let Some(summary) = strings(get(node, "accessibilitySummary"))
        .into_iter()
        .next()
    {
        md.accessibility.set_summary(&summary);
    }
    md
}

/// A property by its compact name, `@`-keyword or `schema:` form.
fn get<'a>(node: &'a Value, key: &str) -> Option<&'a Value> {
    let map = node.as_object()?;
    map.get(key)
        .or_else(|| map.get(&format!("@{key}")))
        .or_else(|| map.get(&format!("schema:{key}")))
}

/// A value as a list of its items (a single value is one item).
fn items(value: Option<&Value>) -> impl Iterator<Item = &Value> {
    let list: Vec<&Value> = match value {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(v) => vec![v],
        None => Vec::new(),
    };
    list.into_iter()
}

/// The strings of a value: strings, value objects' `@value`, numbers.
fn strings(value: Option<&Value>) -> Vec<String> {
    items(value)
        .filter_map(|v| match v {
            Value::String(s) => Some(s.trim().to_string()),
            Value::Number(n) => Some(n.to_string()),
            Value::Object(_) => get(v, "value").and_then(Value::as_str).map(str::to_string),
            _ => None,
        })
        .filter(|s| !s.is_empty())
        .collect()
}

/// Texts with their languages: strings, value objects and language maps (`{"de": "…"}`).
fn texts(value: Option<&Value>) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    for item in items(value) {
        match item {
            Value::String(s) => out.push((s.clone(), None)),
            Value::Object(map) if map.contains_key("@value") => {
                if let Some(text) = map["@value"].as_str() {
                    let language = map.get("@language").and_then(Value::as_str);
                    out.push((text.to_string(), language.map(str::to_string)));
                }
            }
            Value::Object(map) => {
                for (language, text) in map {
                    if let Some(text) = text.as_str() {
                        out.push((text.to_string(), Some(language.clone())));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// A node's `id`/`@id`.
fn id_of(node: &Value) -> Option<String> {
    get(node, "id")
        .and_then(Value::as_str)
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// The type's local name (`schema:Person`, `http://schema.org/Person` → `Person`).
fn local(t: &str) -> &str {
    t.rsplit(['/', '#', ':']).next().unwrap_or(t)
}

/// The DOI a `doi.org` URL or `doi:` identifier names.
fn doi_of(value: &str) -> Option<String> {
    let v = value.trim();
    let rest = [
        "https://doi.org/",
        "http://doi.org/",
        "https://dx.doi.org/",
        "doi:",
    ]
    .iter()
    .find_map(|p| v.strip_prefix(p))?;
    rest.starts_with("10.").then(|| rest.to_string())
}

/// A concept's `id` with its `prefLabel`s, a `DefinedTerm`'s `name`, an audience's role, or
/// text, pushed into a list.
fn concepts(
    node: &Value,
    key: &str,
    md: &mut RecordMetadata,
    list: fn(&mut RecordMetadata) -> &mut Vec<String>,
) {
    for value in items(get(node, key)) {
        if let Some(value) = concept_value(value, md) {
            RecordMetadata::push_unique(list(md), &value);
        }
    }
}

/// A concept's IRI (its `prefLabel`s and `name`s kept as the record's labels for it), else
/// its text.
fn concept_value(value: &Value, md: &mut RecordMetadata) -> Option<String> {
    let Some(iri) = id_of(value) else {
        return label_or_text(value);
    };
    for key in ["prefLabel", "name"] {
        for (label, language) in texts(get(value, key)) {
            md.label_concept(&iri, &label, language.as_deref());
        }
    }
    Some(iri)
}

/// A value's text: a string, a node's `name` or `prefLabel` or `educationalRole`.
fn label_or_text(value: &Value) -> Option<String> {
    if let Some(s) = value.as_str() {
        return Some(s.to_string()).filter(|s| !s.trim().is_empty());
    }
    ["educationalRole", "name", "prefLabel", "termCode"]
        .iter()
        .find_map(|k| texts(get(value, k)).into_iter().next().map(|(t, _)| t))
}

/// A person or organisation node (a bare name is a person).
fn agent(value: &Value) -> Option<Agent> {
    let (name, kind) = match value {
        Value::String(name) => (name.clone(), AgentKind::Person),
        Value::Object(_) => {
            let name = texts(get(value, "name")).into_iter().next()?.0;
            let organisation = strings(get(value, "type"))
                .iter()
                .any(|t| local(t) == "Organization");
            let kind = if organisation {
                AgentKind::Organization
            } else {
                AgentKind::Person
            };
            (name, kind)
        }
        _ => return None,
    };
    Some(Agent { name, kind })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_an_amb_document_with_concepts_agents_and_lrmi_fields() {
        let doc = serde_json::json!({
            "@context": ["https://w3id.org/kim/amb/context.jsonld", {"@language": "de"}],
            "id": "https://oer.example/kurs",
            "type": ["LearningResource", "Course"],
            "name": "Bruchrechnung",
            "creator": [{"type": "Person", "name": "A. Autor"}, {"type": "Organization", "name": "TIB"}],
            "license": {"id": "https://creativecommons.org/licenses/by/4.0/"},
            "inLanguage": ["de"],
            "about": [{"id": "https://w3id.org/kim/hochschulfaechersystematik/n37", "prefLabel": {"de": "Mathematik"}}],
            "educationalLevel": [{"id": "https://w3id.org/kim/educationalLevel/level_2"}],
            "interactivityType": {"id": "http://purl.org/dcx/lrmi-vocabs/interactivityType/active"},
            "timeRequired": "PT45M",
            "encoding": [{"type": "MediaObject", "contentUrl": "https://oer.example/k.pdf", "encodingFormat": "application/pdf"}],
            "educationalAlignment": [{"type": "AlignmentObject", "targetName": "KMK Mathematik"}],
        });
        let nodes = learning_resources(&doc);
        assert_eq!(nodes.len(), 1);
        let md = crosswalk(nodes[0]);
        assert_eq!(md.title.as_deref(), Some("Bruchrechnung"));
        assert_eq!(md.url.as_deref(), Some("https://oer.example/kurs"));
        assert_eq!(md.rights, ["https://creativecommons.org/licenses/by/4.0/"]);
        assert_eq!(
            md.subjects,
            ["https://w3id.org/kim/hochschulfaechersystematik/n37"]
        );
        assert_eq!(md.vocabulary_labels[0].label, "Mathematik");
        assert_eq!(
            md.educational_levels,
            ["https://w3id.org/kim/educationalLevel/level_2"]
        );
        assert_eq!(
            md.interactivity_type.as_deref(),
            Some("http://purl.org/dcx/lrmi-vocabs/interactivityType/active")
        );
        assert_eq!(md.creators[1].kind, AgentKind::Organization);
        assert_eq!(md.time_required.as_deref(), Some("PT45M"));
        assert_eq!(md.formats, ["application/pdf"]);
        assert_eq!(md.educational_alignments, ["KMK Mathematik"]);
    }

    #[test]
    fn finds_resources_in_graphs_and_arrays_but_not_other_nodes() {
        let doc = serde_json::json!({"@graph": [
            {"@type": "Organization", "name": "Not a resource"},
            {"@type": "schema:VideoObject", "name": "A video", "url": "https://doi.org/10.1234/v"},
            [{"@type": "WebPage", "name": "A page"}]
        ]});
        let nodes = learning_resources(&doc);
        assert_eq!(nodes.len(), 2);
        let video = crosswalk(nodes[0]);
        assert_eq!(video.doi.as_deref(), Some("10.1234/v"));
        assert_eq!(video.url, None);
        assert!(learning_resources(&serde_json::json!("text")).is_empty());
    }
}
