//! The finishing touches on the schemas of the OpenAPI document, whose fields all come from the
//! index's own types (`utoipa::ToSchema` behind the `openapi` feature of `oerdex-index`):
//!
//! - a flattened field (`#[serde(flatten)] permissions`) becomes one object, as it is on the
//!   wire, instead of an `allOf`;
//! - the two fields the API adds to what the index answers (`labels` on search results and
//!   `label` on a licence of the overview, when `Accept-Language` names a language oerdex ships)
//!   are declared on the schemas they extend;
//! - the schemas of the index's types refuse properties they do not declare, so that a client
//!   generated from the document, and the end-to-end tests that check every answer against it,
//!   notice a field that is sent but not described.

use serde_json::{json, Map, Value};

/// The schemas of the index's types that answers carry: each is closed
/// (`additionalProperties: false`).
const CLOSED: &[&str] = &[
    "Accessibility",
    "Agent",
    "Coverage",
    "Harvest",
    "Highlight",
    "JsonLdAgent",
    "JsonLdAudience",
    "LangText",
    "LearningResource",
    "License",
    "LicenseCount",
    "LicenseFamily",
    "Licenses",
    "QualityReport",
    "Registration",
    "Resource",
    "SearchResults",
    "Share",
    "SourceRef",
    "ValueCount",
];

/// Applies the touches above to `doc`'s `components.schemas`.
pub fn finish(doc: &mut Value) {
    let Some(schemas) = doc
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    merge_all_of(schemas);
    add_property(
        schemas,
        "SearchResults",
        "labels",
        json!({
            "type": "object",
            "description": "Only when `Accept-Language` names a language oerdex ships: for \
                each facet, value → its name in that language (licence families, languages, \
                known resource types and levels, accessibility filters; values without a \
                known name are left out).",
            "additionalProperties": {"type": "object", "additionalProperties": {"type": "string"}}
        }),
    );
    add_property(
        schemas,
        "LicenseCount",
        "label",
        json!({
            "type": "string",
            "description": "Only when `Accept-Language` names a language oerdex ships: the \
                licence's name in it."
        }),
    );
    for name in CLOSED {
        if let Some(schema) = schemas.get_mut(*name).and_then(Value::as_object_mut) {
            schema.insert("additionalProperties".into(), Value::Bool(false));
        }
    }
}

/// Replaces each schema made of `allOf` object parts (what a flattened field gives) by one
/// object with their properties and required names together.
fn merge_all_of(schemas: &mut Map<String, Value>) {
    let names: Vec<String> = schemas
        .iter()
        .filter(|(_, s)| s.get("allOf").is_some())
        .map(|(name, _)| name.clone())
        .collect();
    for name in names {
        let parts = schemas[&name]["allOf"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let mut properties = Map::new();
        let mut required = Vec::new();
        let mut merged = true;
        for part in &parts {
            let part = match part.get("$ref").and_then(Value::as_str) {
                Some(reference) => {
                    let target = reference.trim_start_matches("#/components/schemas/");
                    schemas.get(target).cloned().unwrap_or(Value::Null)
                }
                None => part.clone(),
            };
            let Some(props) = part.get("properties").and_then(Value::as_object) else {
                merged = false;
                break;
            };
            properties.extend(props.clone());
            if let Some(names) = part.get("required").and_then(Value::as_array) {
                required.extend(names.iter().cloned());
            }
        }
        if !merged {
            continue;
        }
        let schema = schemas[&name].as_object_mut().expect("a schema object");
        schema.remove("allOf");
        schema.insert("type".into(), json!("object"));
        schema.insert("properties".into(), Value::Object(properties));
        schema.insert("required".into(), Value::Array(required));
    }
}

/// Declares an optional property on a schema.
fn add_property(schemas: &mut Map<String, Value>, schema: &str, name: &str, property: Value) {
    if let Some(properties) = schemas
        .get_mut(schema)
        .and_then(|s| s.get_mut("properties"))
        .and_then(Value::as_object_mut)
    {
        properties.insert(name.into(), property);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flattened_parts_become_one_closed_object() {
        let mut doc = json!({"components": {"schemas": {
            "Permissions": {"type": "object", "properties": {"open": {"type": "boolean"}},
                "required": ["open"]},
            "LicenseCount": {"allOf": [
                {"$ref": "#/components/schemas/Permissions"},
                {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}
            ], "description": "One licence id."}
        }}});
        finish(&mut doc);
        let count = &doc["components"]["schemas"]["LicenseCount"];
        assert_eq!(count["type"], "object");
        assert_eq!(count["description"], "One licence id.");
        assert_eq!(count["required"], json!(["open", "id"]));
        assert!(count["properties"]["open"].is_object());
        assert!(count["properties"]["label"].is_object());
        assert_eq!(count["additionalProperties"], false);
        assert!(count.get("allOf").is_none());
        assert!(doc["components"]["schemas"]["Permissions"]
            .get("additionalProperties")
            .is_none());
    }
}
