//! The AMB JSON Schema (`../shared/schemas/amb`, read in place), loaded offline into a validator:
//! every file registered under its `$id`, formats checked, nothing fetched.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// The AMB schemas beside the checkout.
pub fn schema_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/schemas/amb");
    if !dir.is_dir() {
        panic!(
            "AMB schemas not found at {}: these tests need ../shared beside the checkout (CI has it)",
            dir.display()
        );
    }
    dir
}

/// A validator for AMB documents (JSON Schema draft-07, with every sub-schema).
pub fn validator() -> jsonschema::Validator {
    let mut registry = jsonschema::Registry::new();
    let mut root = None;
    for entry in std::fs::read_dir(schema_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let schema: Value = serde_json::from_slice(&std::fs::read(&path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let id = schema["$id"]
            .as_str()
            .expect("every AMB schema has an $id")
            .to_string();
        if path.file_name().is_some_and(|n| n == "schema.json") {
            root = Some(schema.clone());
        }
        registry = registry.add(id, schema).unwrap();
    }
    let registry = registry.prepare().expect("the AMB schemas resolve offline");
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .should_validate_formats(true)
        .with_registry(&registry)
        .build(&root.expect("schema.json"))
        .expect("the AMB schema compiles")
}

/// Every way `doc` breaks the schema, as `pointer: message` lines.
pub fn errors(validator: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    validator
        .iter_errors(doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}
