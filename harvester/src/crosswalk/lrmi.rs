//! LRMI: the Learning Resource Metadata Initiative properties, in the LRMI terms namespace
//! (`http://purl.org/dcx/lrmi-terms/`) or as schema.org properties (`http://schema.org/`,
//! `https://schema.org/`), wherever they appear in a record.
//!
//! | LRMI | field |
//! |---|---|
//! | `learningResourceType` | `learning_resource_types` |
//! | `educationalLevel` | `educational_levels` |
//! | `educationalAlignment`, `alignmentObject` (`targetName`, `targetUrl`) | `educational_alignments` |
//! | `typicalAgeRange` | `typical_age_range` |
//! | `timeRequired` | `time_required` |
//! | `interactivityType` | `interactivity_type` |
//! | `educationalUse` | `educational_uses` |
//! | `educationalAudience`, `audience`, `educationalRole` | `audience` |
//! | `license` | `rights` |
//! | `accessibilityFeature`, `accessMode`, `accessibilityHazard`, `accessibilitySummary` | `accessibility` (see [`super::accessibility`]) |
//!
//! A property's value is its text, else its `rdf:resource`; structured values (an
//! `AlignmentObject`, an `EducationalAudience`, a `DefinedTerm`) give their names and URLs.

use oerdex_index::model::RecordMetadata;
use roxmltree::Node;

use super::{local_is, value_text};

/// Namespaces whose elements are read as LRMI properties (compared without a trailing `/`).
const LRMI_NAMESPACES: &[&str] = &[
    "http://purl.org/dcx/lrmi-terms",
    "http://schema.org",
    "https://schema.org",
];

/// The record fields an LRMI property fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    LearningResourceType,
    EducationalLevel,
    Alignment,
    TypicalAgeRange,
    TimeRequired,
    InteractivityType,
    EducationalUse,
    Audience,
    License,
}

/// LRMI property local names and the field each fills.
const FIELDS: &[(&str, Field)] = &[
    ("learningResourceType", Field::LearningResourceType),
    ("educationalLevel", Field::EducationalLevel),
    ("educationalAlignment", Field::Alignment),
    ("alignmentObject", Field::Alignment),
    ("typicalAgeRange", Field::TypicalAgeRange),
    ("timeRequired", Field::TimeRequired),
    ("interactivityType", Field::InteractivityType),
    ("educationalUse", Field::EducationalUse),
    ("educationalAudience", Field::Audience),
    ("audience", Field::Audience),
    ("educationalRole", Field::Audience),
    ("license", Field::License),
];

/// Child elements that name a structured value (an audience, a defined term).
const NAME_CHILDREN: &[&str] = &["educationalRole", "audienceType", "name", "prefLabel"];

/// Child elements that identify an alignment target.
const ALIGNMENT_CHILDREN: &[&str] = &["targetName", "targetUrl"];

/// Adds every LRMI property found in `root` or below it to `md`.
pub fn apply_all(root: Node<'_, '_>, md: &mut RecordMetadata) {
    for node in root.descendants() {
        if node.is_element() && is_lrmi_ns(node.tag_name().namespace()) {
            apply(node, md);
        }
    }
    super::accessibility::apply_all(root, md);
}

/// Adds one LRMI property element to `md`; elements that are not LRMI properties are ignored.
pub fn apply(node: Node<'_, '_>, md: &mut RecordMetadata) {
    let Some(field) = field_of(node) else {
        return;
    };
    match field {
        Field::LearningResourceType => push_values(node, &mut md.learning_resource_types),
        Field::EducationalLevel => push_values(node, &mut md.educational_levels),
        Field::Alignment => {
            push_structured(node, ALIGNMENT_CHILDREN, &mut md.educational_alignments)
        }
        Field::TypicalAgeRange => {
            RecordMetadata::set_once(&mut md.typical_age_range, &value_text(node))
        }
        Field::TimeRequired => RecordMetadata::set_once(&mut md.time_required, &value_text(node)),
        Field::InteractivityType => {
            RecordMetadata::set_once(&mut md.interactivity_type, &value_text(node));
        }
        Field::EducationalUse => push_values(node, &mut md.educational_uses),
        Field::Audience => push_structured(node, NAME_CHILDREN, &mut md.audience),
        Field::License => RecordMetadata::push_unique(&mut md.rights, &value_text(node)),
    }
}

/// True for the LRMI terms and schema.org namespaces.
fn is_lrmi_ns(ns: Option<&str>) -> bool {
    ns.is_some_and(|ns| LRMI_NAMESPACES.contains(&ns.trim_end_matches('/')))
}

/// The field an LRMI element fills.
fn field_of(node: Node<'_, '_>) -> Option<Field> {
    let local = node.tag_name().name();
    FIELDS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(local))
        .map(|&(_, field)| field)
}

/// Pushes a property's value: its text or resource, else the names of a structured value.
fn push_values(node: Node<'_, '_>, list: &mut Vec<String>) {
    push_structured(node, NAME_CHILDREN, list);
}

/// Pushes the text (or resource) of `node`; when it has none, the values of its descendants named
/// in `children` (the `targetName` of an `AlignmentObject`...).
fn push_structured(node: Node<'_, '_>, children: &[&str], list: &mut Vec<String>) {
    let own = value_text(node);
    if !own.trim().is_empty() {
        RecordMetadata::push_unique(list, &own);
        return;
    }
    for descendant in node.descendants().skip(1) {
        if descendant.is_element() && children.iter().any(|c| local_is(descendant, c)) {
            RecordMetadata::push_unique(list, &value_text(descendant));
        }
    }
}
