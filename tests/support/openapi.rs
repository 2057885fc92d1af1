//! Checks real responses against the served OpenAPI 3.1 document: finds the operation's
//! response for the status and media type and validates the body with the JSON Schema subset
//! the document uses (`$ref`, `type` with `null`, `properties`, `required`,
//! `additionalProperties`, `items`, `enum`, `oneOf`, `anyOf`, `allOf`, `minimum`, `maximum`).

use serde_json::Value;

use super::http::Response;

/// The OpenAPI document.
pub struct OpenApi(pub Value);

impl OpenApi {
    /// Checks that `response` to `method path` (a path template such as
    /// `/api/v1/resources/{id}`) is documented and that its body matches the schema; panics
    /// with every mismatch.
    pub fn check(&self, method: &str, path: &str, response: &Response) {
        let operation = &self.0["paths"][path][method.to_ascii_lowercase()];
        assert!(operation.is_object(), "{method} {path} is not documented");
        let status = response.status.to_string();
        let documented = &operation["responses"][&status];
        assert!(
            documented.is_object(),
            "{method} {path}: status {status} is not documented"
        );
        let content = &documented["content"];
        if response.body.is_empty() {
            return;
        }
        let media = response.media_type();
        let schema = content
            .get(&media)
            .map(|c| &c["schema"])
            .unwrap_or_else(|| {
                panic!("{method} {path} {status}: media type {media} not documented")
            });
        if media.ends_with("json") {
            let mut errors = Vec::new();
            self.validate(schema, &response.json(), "$", &mut errors);
            assert!(
                errors.is_empty(),
                "{method} {path} {status} does not match its schema:\n{}",
                errors.join("\n")
            );
        }
    }

    /// Validates `value` against `schema`, pushing each mismatch (with its JSON path).
    pub fn validate(&self, schema: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let name = reference
                .strip_prefix("#/components/schemas/")
                .unwrap_or_else(|| panic!("unsupported $ref {reference}"));
            let target = &self.0["components"]["schemas"][name];
            assert!(target.is_object(), "{reference} is not in the document");
            return self.validate(target, value, at, errors);
        }
        if let Some(options) = schema.get("oneOf").and_then(Value::as_array) {
            let matching = options.iter().filter(|o| self.matches(o, value)).count();
            if matching != 1 {
                errors.push(format!(
                    "{at}: matches {matching} of oneOf, not exactly one: {value}"
                ));
            }
        }
        if let Some(options) = schema.get("anyOf").and_then(Value::as_array) {
            if !options.iter().any(|o| self.matches(o, value)) {
                errors.push(format!("{at}: matches none of anyOf: {value}"));
            }
        }
        if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
            for s in all {
                self.validate(s, value, at, errors);
            }
        }
        if let Some(kind) = schema.get("type") {
            let kinds: Vec<&str> = match kind {
                Value::String(k) => vec![k.as_str()],
                Value::Array(ks) => ks.iter().filter_map(Value::as_str).collect(),
                _ => Vec::new(),
            };
            if !kinds.iter().any(|k| type_matches(k, value)) {
                errors.push(format!("{at}: expected {kinds:?}, found {value}"));
                return;
            }
        }
        if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
            if !allowed.contains(value) {
                errors.push(format!("{at}: {value} is not one of {allowed:?}"));
            }
        }
        if let (Some(min), Some(n)) = (
            schema.get("minimum").and_then(Value::as_f64),
            value.as_f64(),
        ) {
            if n < min {
                errors.push(format!("{at}: {n} is below the minimum {min}"));
            }
        }
        if let (Some(max), Some(n)) = (
            schema.get("maximum").and_then(Value::as_f64),
            value.as_f64(),
        ) {
            if n > max {
                errors.push(format!("{at}: {n} is above the maximum {max}"));
            }
        }
        if let Value::Object(object) = value {
            let properties = schema.get("properties").and_then(Value::as_object);
            if let Some(required) = schema.get("required").and_then(Value::as_array) {
                for key in required.iter().filter_map(Value::as_str) {
                    if !object.contains_key(key) {
                        errors.push(format!("{at}: required property {key:?} is missing"));
                    }
                }
            }
            for (key, item) in object {
                let path = format!("{at}.{key}");
                match properties.and_then(|p| p.get(key)) {
                    Some(s) => self.validate(s, item, &path, errors),
                    None => match schema.get("additionalProperties") {
                        Some(Value::Bool(false)) => {
                            errors.push(format!("{path}: property not in the schema"))
                        }
                        Some(s @ Value::Object(_)) => self.validate(s, item, &path, errors),
                        _ => {}
                    },
                }
            }
        }
        if let (Value::Array(items), Some(item_schema)) = (value, schema.get("items")) {
            for (i, item) in items.iter().enumerate() {
                self.validate(item_schema, item, &format!("{at}[{i}]"), errors);
            }
        }
    }

    fn matches(&self, schema: &Value, value: &Value) -> bool {
        let mut errors = Vec::new();
        self.validate(schema, value, "", &mut errors);
        errors.is_empty()
    }
}

fn type_matches(kind: &str, value: &Value) -> bool {
    match kind {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "string" => value.is_string(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        "number" => value.is_number(),
        "integer" => value.is_i64() || value.is_u64(),
        _ => false,
    }
}
