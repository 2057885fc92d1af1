//! Dublin Core: `oai_dc`, and qualified DC in any container (`nsdl_dc`, `qdc`, DSpace XOAI
//! fragments, Learning Registry).
//!
//! Only the container's direct children are read as DC properties, matched by namespace (DC
//! elements or DCMI terms) and local name. LRMI properties anywhere in the record are added by
//! [`lrmi::apply_all`].
//!
//! | DC | field |
//! |---|---|
//! | `title` (a second one, `dcterms:alternative`) | `title` (HTML stripped), `alternative_titles` (with `xml:lang`) |
//! | `description`, `dcterms:abstract` | `description` (HTML stripped), further ones `alternative_descriptions` |
//! | `identifier` | `url` (first http(s), DOI resolver links last, else one made from a DOI or handle), `doi` (bare), `identifiers` (the rest) |
//! | `creator` | `creators` (person or organisation guessed from the name) |
//! | `contributor` | `contributors` |
//! | `subject` (split on `;`) | `subjects` |
//! | `type` | `learning_resource_types` (as written; the index keeps the known types) |
//! | `language` | `languages` |
//! | `rights`, `dcterms:license` | `rights` (`accessRights` is not a licence and is skipped) |
//! | `dcterms:issued`, else the earliest of `date`, `created`, `dateCopyrighted`, else of `available`, `dateAccepted`, `dateSubmitted` | `date_published` (see [`super::dates`]) |
//! | `dcterms:educationLevel` | `educational_levels` |
//! | `dcterms:audience` | `audience` |
//! | `dcterms:conformsTo` | `educational_alignments` |
//! | `publisher` | `publisher` |
//! | `format`, `dcterms:IMT` | `formats` |

use oerdex_index::model::agent::Agent;
use oerdex_index::model::RecordMetadata;
use roxmltree::Node;

use super::dates::{DateKind, Dates};
use super::text::{decode_entities, strip_html};
use super::{elements, is_dc_ns, lrmi, value_text, IdentifierSink};

/// The XML namespace (`xml:lang`).
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// The record fields a DC property fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    AlternativeTitle,
    Description,
    Identifier,
    Creator,
    Contributor,
    Subject,
    Type,
    Language,
    Rights,
    Date(DateKind),
    EducationLevel,
    Audience,
    ConformsTo,
    Publisher,
    Format,
}

/// DC element and DCMI term local names and the field each fills; names not listed are ignored
/// (`source`, `relation`, `coverage`, `accessRights`, `extent`, `modified`...).
const FIELDS: &[(&str, Field)] = &[
    ("title", Field::Title),
    ("creator", Field::Creator),
    ("subject", Field::Subject),
    ("description", Field::Description),
    ("identifier", Field::Identifier),
    ("date", Field::Date(DateKind::Other)),
    ("type", Field::Type),
    ("language", Field::Language),
    ("rights", Field::Rights),
    ("contributor", Field::Contributor),
    ("publisher", Field::Publisher),
    ("format", Field::Format),
    ("abstract", Field::Description),
    ("license", Field::Rights),
    ("issued", Field::Date(DateKind::Issued)),
    ("created", Field::Date(DateKind::Other)),
    ("dateCopyrighted", Field::Date(DateKind::Other)),
    ("available", Field::Date(DateKind::Deposit)),
    ("dateAccepted", Field::Date(DateKind::Deposit)),
    ("dateSubmitted", Field::Date(DateKind::Deposit)),
    ("alternative", Field::AlternativeTitle),
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
    let mut dates = Dates::default();
    let mut alternatives = Vec::new();
    for property in properties {
        let Some(field) = field_of(property) else {
            continue;
        };
        let value = value_text(property);
        let language = property.attribute((XML_NS, "lang"));
        match field {
            Field::Identifier => ids.add(&mut md, &value),
            Field::Date(kind) => dates.add(kind, &value),
            Field::AlternativeTitle => alternatives.push((value, language)),
            Field::Title => md.add_title(&strip_html(&value), language),
            Field::Description => md.add_description(&strip_html(&value), language),
            _ => apply(&mut md, field, &value),
        }
    }
    // `dcterms:alternative` titles come after the titles, whatever their order in the record.
    for (value, language) in alternatives {
        md.add_title(&strip_html(&value), language);
    }
    md.date_published = dates.choose();
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

/// Stores one property value (identifiers, titles, descriptions and dates are handled by the
/// caller).
fn apply(md: &mut RecordMetadata, field: Field, value: &str) {
    match field {
        Field::Creator => RecordMetadata::push_agent(&mut md.creators, Agent::named(&names(value))),
        Field::Contributor => {
            RecordMetadata::push_agent(&mut md.contributors, Agent::named(&names(value)))
        }
        Field::Subject => push_split(&mut md.subjects, value),
        Field::Type => RecordMetadata::push_unique(&mut md.learning_resource_types, value),
        Field::Language => RecordMetadata::push_unique(&mut md.languages, value),
        Field::Rights => RecordMetadata::push_unique(&mut md.rights, value),
        Field::EducationLevel => RecordMetadata::push_unique(&mut md.educational_levels, value),
        Field::Audience => RecordMetadata::push_unique(&mut md.audience, value),
        Field::ConformsTo => RecordMetadata::push_unique(&mut md.educational_alignments, value),
        Field::Publisher => md.set_publisher_once(Agent::publisher(&names(value))),
        Field::Format => RecordMetadata::push_unique(&mut md.formats, value),
        Field::Identifier
        | Field::Title
        | Field::AlternativeTitle
        | Field::Description
        | Field::Date(_) => {}
    }
}

/// A name with its character references decoded (`Universit&auml;t`).
fn names(value: &str) -> String {
    decode_entities(value).into_owned()
}

/// Pushes each `;`-separated part of `value` (one value often packs several subjects), and
/// each `,`-separated part of a list of three or more (`Objetos de aprendizagem, Sociologia,
/// Informática`); one comma is left alone, as it usually inverts a heading (`Leprosy,
/// epidemiology`).
pub(crate) fn push_split(list: &mut Vec<String>, value: &str) {
    for part in value.split(';') {
        if part.matches(',').count() >= 2 {
            for item in part.split(',') {
                RecordMetadata::push_unique(list, item);
            }
        } else {
            RecordMetadata::push_unique(list, part);
        }
    }
}
