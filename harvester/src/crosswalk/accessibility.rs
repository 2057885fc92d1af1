//! Accessibility statements, wherever a DC, LRMI or LOM record carries them, into
//! [`RecordMetadata::accessibility`] (normalised to schema.org's terms by
//! [`oerdex_index::model::accessibility::Accessibility`]).
//!
//! | record | field |
//! |---|---|
//! | schema.org / LRMI `accessibilityFeature`, `accessMode`, `accessibilityHazard`, `accessibilitySummary` (any namespace, any depth) | `features`, `modes`, `hazards`, `summary` |
//! | a LOM profile's `accessibility` element: `feature`, `adaptationType` (ISO/IEC 24751 DRD), `mode`, `hazard`, `summary` or `description` | the same |
//! | OBAA `accessibility/hasVisual`, `hasAuditory`, `hasText`, `hasTactile` set to true | `modes` `visual`, `auditory`, `textual`, `tactile` |
//!
//! [`apply_all`] is called by the LRMI crosswalk (so for DC and LOM records alike), and
//! [`apply_lom`] by the LOM crosswalk. Values are LOM vocabulary pairs (`source`/`value`),
//! LangStrings or flat text.

use oerdex_index::model::RecordMetadata;
use roxmltree::Node;

use super::{elements, local_is, own_text, value_text};

/// What an element states.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Statement {
    Feature,
    Mode,
    Hazard,
    Summary,
}

/// schema.org property names, matched in any namespace (ASCII case ignored).
const PROPERTIES: &[(&str, Statement)] = &[
    ("accessibilityFeature", Statement::Feature),
    ("accessMode", Statement::Mode),
    ("accessibilityHazard", Statement::Hazard),
    ("accessibilitySummary", Statement::Summary),
];

/// The shorter names LOM profiles use inside their `accessibility` element.
const LOM_CHILDREN: &[(&str, Statement)] = &[
    ("feature", Statement::Feature),
    ("adaptationType", Statement::Feature),
    ("mode", Statement::Mode),
    ("hazard", Statement::Hazard),
    ("summary", Statement::Summary),
    ("description", Statement::Summary),
];

/// OBAA's yes/no access modes.
const OBAA_MODES: &[(&str, &str)] = &[
    ("hasVisual", "visual"),
    ("hasAuditory", "auditory"),
    ("hasText", "textual"),
    ("hasTactile", "tactile"),
];

/// Adds every schema.org accessibility property found in `root` or below it to `md`.
pub fn apply_all(root: Node<'_, '_>, md: &mut RecordMetadata) {
    for node in root.descendants().filter(Node::is_element) {
        if let Some(statement) = statement_of(node, PROPERTIES) {
            state(node, statement, md);
        }
    }
}

/// Adds what the `accessibility` elements of a LOM record state to `md`.
pub fn apply_lom(lom: Node<'_, '_>, md: &mut RecordMetadata) {
    let containers = lom
        .descendants()
        .filter(|n| n.is_element() && local_is(*n, "accessibility"));
    for container in containers {
        for child in elements(container) {
            if let Some(statement) = statement_of(child, LOM_CHILDREN) {
                state(child, statement, md);
            } else if let Some((_, mode)) = OBAA_MODES.iter().find(|(n, _)| local_is(child, n)) {
                if is_true(&vocabulary_text(child)) {
                    md.accessibility.push_mode(mode);
                }
            }
        }
    }
}

/// The statement an element makes, by its local name.
fn statement_of(node: Node<'_, '_>, names: &[(&str, Statement)]) -> Option<Statement> {
    names
        .iter()
        .find(|(name, _)| local_is(node, name))
        .map(|&(_, statement)| statement)
}

/// Files the value(s) of `node` as `statement`.
fn state(node: Node<'_, '_>, statement: Statement, md: &mut RecordMetadata) {
    let a = &mut md.accessibility;
    for value in values(node) {
        match statement {
            Statement::Feature => a.push_feature(&value),
            Statement::Mode => a.push_mode(&value),
            Statement::Hazard => a.push_hazard(&value),
            Statement::Summary => a.set_summary(&value),
        }
    }
}

/// The values of an element: its text or `rdf:resource`; else the `value` of a LOM vocabulary
/// pair, or the strings of a LangString (`string`, `langstring`), or the `name` of a
/// `DefinedTerm`.
fn values(node: Node<'_, '_>) -> Vec<String> {
    let own = value_text(node);
    if !own.trim().is_empty() {
        return vec![own.into_owned()];
    }
    ["value", "string", "langstring", "name"]
        .iter()
        .flat_map(|name| elements(node).filter(move |c| local_is(*c, name)))
        .map(|c| own_text(c).into_owned())
        .filter(|v| !v.trim().is_empty())
        .collect()
}

/// The text of a yes/no element: its own text or its vocabulary `value`.
fn vocabulary_text(node: Node<'_, '_>) -> String {
    values(node).into_iter().next().unwrap_or_default()
}

/// True for the yes values OBAA and its translations write.
fn is_true(value: &str) -> bool {
    matches!(
        value.trim().to_lowercase().as_str(),
        "true" | "yes" | "sim" | "sí" | "si" | "1"
    )
}

#[cfg(test)]
mod tests {
    use super::super::crosswalk;
    use roxmltree::Document;

    fn map(xml: &str) -> oerdex_index::RecordMetadata {
        let doc = Document::parse(xml).expect("well-formed");
        crosswalk(doc.root_element()).expect("a known format")
    }

    #[test]
    fn schema_org_properties_in_a_dc_record() {
        let md = map(
            r#"<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
                xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sdo="https://schema.org/"
                xmlns:lrmi="http://purl.org/dcx/lrmi-terms/">
            <dc:title>Photosynthesis</dc:title>
            <sdo:accessibilityFeature>closedCaptions</sdo:accessibilityFeature>
            <sdo:accessibilityFeature rdf:resource="http://schema.org/transcript"
                xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>
            <lrmi:accessMode>auditory, visual</lrmi:accessMode>
            <sdo:accessibilityHazard>noFlashingHazard</sdo:accessibilityHazard>
            <sdo:accessibilitySummary>Captioned in English, with a transcript.</sdo:accessibilitySummary>
        </oai_dc:dc>"#,
        );
        let a = &md.accessibility;
        assert_eq!(a.features, ["closedCaptions", "transcript"]);
        assert_eq!(a.modes, ["auditory", "visual"]);
        assert_eq!(a.hazards, ["noFlashingHazard"]);
        assert_eq!(
            a.summary.as_deref(),
            Some("Captioned in English, with a transcript.")
        );
        assert_eq!(
            a.filters(),
            ["captions", "transcript", "no-flashing-hazard"]
        );
    }

    #[test]
    fn a_lom_accessibility_element_with_vocabularies_and_obaa_modes() {
        let md = map(r#"<lom xmlns="http://ltsc.ieee.org/xsd/LOM">
            <general><title><string language="en">Cells</string></title></general>
            <educational>
              <accessibility>
                <feature><source>schema.org</source><value>alternativeText</value></feature>
                <adaptationType><source>ISO/IEC 24751-3</source><value>signLanguage</value></adaptationType>
                <hazard><source>schema.org</source><value>none</value></hazard>
                <description><string language="en">Every figure is described.</string></description>
                <hasText>true</hasText>
                <hasAuditory><value>false</value></hasAuditory>
              </accessibility>
            </educational>
            <accessibility>
              <accessibilityFeature>MathML</accessibilityFeature>
            </accessibility>
        </lom>"#);
        let a = &md.accessibility;
        assert_eq!(a.features, ["MathML", "alternativeText", "signLanguage"]);
        assert_eq!(a.modes, ["textual"]);
        assert_eq!(a.hazards, ["none"]);
        assert_eq!(a.summary.as_deref(), Some("Every figure is described."));
        assert!(a.filters().contains(&"no-flashing-hazard"));
    }

    #[test]
    fn records_without_statements_have_none() {
        let md = map(r#"<lom xmlns="http://ltsc.ieee.org/xsd/LOM">
            <general><title><string language="en">Plain</string></title>
            <description><string language="en">No accessibility here.</string></description></general>
        </lom>"#);
        assert!(md.accessibility.is_empty(), "{:?}", md.accessibility);
    }
}
