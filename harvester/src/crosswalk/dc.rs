//! Dublin Core: `oai_dc`, and qualified DC in any container (`nsdl_dc`, `qdc`, DSpace XOAI
//! fragments, Learning Registry).
//!
//! Only the container's direct children are read as DC properties, matched by namespace (DC
//! elements or DCMI terms) and local name. LRMI properties anywhere in the record are added by
//! [`lrmi::apply_all`].
//!
//! | DC | field |
//! |---|---|
//! | `title` | `title` (HTML stripped) |
//! | `description`, `dcterms:abstract` | `description` (HTML stripped, first non-empty) |
//! | `identifier` | `url` (first http(s), DOI resolver links last), `doi` (bare), `identifiers` (the rest) |
//! | `creator`, then `contributor` | `creators` |
//! | `subject` (split on `;`) | `subjects` |
//! | `type` | `learning_resource_types` |
//! | `language` | `languages` |
//! | `rights`, `dcterms:license` | `rights` (`accessRights` is not a licence and is skipped) |
//! | `date`, `dcterms:issued`, `dcterms:created` | `date_published` (first) |
//! | `dcterms:educationLevel` | `educational_levels` |
//! | `dcterms:audience` | `audience` |
//! | `dcterms:conformsTo` | `educational_alignments` |
//! | `publisher` | `publisher` |
//! | `format`, `dcterms:IMT` | `formats` |

use oerdex_index::model::RecordMetadata;
use roxmltree::Node;

use super::text::strip_html;
use super::{elements, is_dc_ns, lrmi, value_text, IdentifierSink};

/// The record fields a DC property fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Description,
    Identifier,
    Creator,
    Contributor,
    Subject,
    Type,
    Language,
    Rights,
    Date,
    EducationLevel,
    Audience,
    ConformsTo,
    Publisher,
    Format,
}

/// DC element and DCMI term local names and the field each fills; names not listed are ignored
/// (`source`, `relation`, `coverage`, `accessRights`, `alternative`, `extent`...).
const FIELDS: &[(&str, Field)] = &[
    ("title", Field::Title),
    ("creator", Field::Creator),
    ("subject", Field::Subject),
    ("description", Field::Description),
    ("identifier", Field::Identifier),
    ("date", Field::Date),
    ("type", Field::Type),
    ("language", Field::Language),
    ("rights", Field::Rights),
    ("contributor", Field::Contributor),
    ("publisher", Field::Publisher),
    ("format", Field::Format),
    ("abstract", Field::Description),
    ("license", Field::Rights),
    ("issued", Field::Date),
    ("created", Field::Date),
    ("educationLevel", Field::EducationLevel),
    ("audience", Field::Audience),
    ("conformsTo", Field::ConformsTo),
    ("IMT", Field::Format),
];

/// Maps a DC container (`oai_dc:dc`, `nsdl_dc:nsdl_dc`, an OAI `<metadata>` holding `dc:*`
/// fragments...) from its element children.
pub fn map(container: Node<'_, '_>) -> RecordMetadata {
    map_elements(elements(container), container)
}

/// Maps the DC properties among `properties`; LRMI properties are looked for under `scope`.
pub fn map_elements<'a, 'input>(
    properties: impl Iterator<Item = Node<'a, 'input>>,
    scope: Node<'a, 'input>,
) -> RecordMetadata {
    let mut md = RecordMetadata::default();
    let mut ids = IdentifierSink::default();
    let mut contributors = Vec::new();
    for property in properties {
        let Some(field) = field_of(property) else {
            continue;
        };
        let value = value_text(property);
        match field {
            Field::Identifier => ids.add(&mut md, &value),
            Field::Contributor => contributors.push(value),
            _ => apply(&mut md, field, &value),
        }
    }
    for contributor in &contributors {
        RecordMetadata::push_unique(&mut md.creators, contributor);
    }
    ids.finish(&mut md);
    lrmi::apply_all(scope, &mut md);
    md
}

/// The field a DC property fills, when it is one oerdex maps.
fn field_of(node: Node<'_, '_>) -> Option<Field> {
    let name = node.tag_name();
    if !name.namespace().is_some_and(is_dc_ns) {
        return None;
    }
    let local = name.name();
    FIELDS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(local))
        .map(|&(_, field)| field)
}

/// Stores one property value (identifiers and contributors are handled by the caller).
fn apply(md: &mut RecordMetadata, field: Field, value: &str) {
    match field {
        Field::Title => {
            if md.title.is_none() {
                RecordMetadata::set_once(&mut md.title, &strip_html(value));
            }
        }
        Field::Description => {
            if md.description.is_none() {
                RecordMetadata::set_once(&mut md.description, &strip_html(value));
            }
        }
        Field::Creator => RecordMetadata::push_unique(&mut md.creators, value),
        Field::Subject => push_split(&mut md.subjects, value),
        Field::Type => RecordMetadata::push_unique(&mut md.learning_resource_types, value),
        Field::Language => RecordMetadata::push_unique(&mut md.languages, value),
        Field::Rights => RecordMetadata::push_unique(&mut md.rights, value),
        Field::Date => RecordMetadata::set_once(&mut md.date_published, value),
        Field::EducationLevel => RecordMetadata::push_unique(&mut md.educational_levels, value),
        Field::Audience => RecordMetadata::push_unique(&mut md.audience, value),
        Field::ConformsTo => RecordMetadata::push_unique(&mut md.educational_alignments, value),
        Field::Publisher => RecordMetadata::set_once(&mut md.publisher, value),
        Field::Format => RecordMetadata::push_unique(&mut md.formats, value),
        Field::Identifier | Field::Contributor => {}
    }
}

/// Pushes each `;`-separated part of `value` (one value often packs several subjects).
pub(crate) fn push_split(list: &mut Vec<String>, value: &str) {
    for part in value.split(';') {
        RecordMetadata::push_unique(list, part);
    }
}
