//! DataCite kernel 3/4 (`<resource xmlns="http://datacite.org/schema/kernel-4">`, bare or inside
//! an `oai_datacite` payload), mapped lightly: DataCite describes research outputs, so it has no
//! educational fields.
//!
//! | DataCite | field |
//! |---|---|
//! | `identifier`, `alternateIdentifiers/*` | `doi`, `url`, `identifiers` |
//! | `titles/title` (the one without `titleType` first) | `title` |
//! | `creators/creator/creatorName` | `creators` |
//! | `descriptions/description` (`Abstract` first) | `description` (HTML stripped) |
//! | `rightsList/rights` (`rightsURI` and text) | `rights` |
//! | `subjects/subject` | `subjects` |
//! | `language` | `languages` |
//! | `publisher` | `publisher` |
//! | `dates/date[@dateType=Issued]`, else `publicationYear` | `date_published` |
//! | `resourceType` (text, else `resourceTypeGeneral`) | `learning_resource_types` |
//! | `formats/format` | `formats` |

use std::borrow::Cow;

use oerdex_index::model::RecordMetadata;
use roxmltree::Node;

use super::text::strip_html;
use super::{elements, local_is, own_text, IdentifierSink};

/// The start shared by every DataCite kernel namespace (`...kernel-3`, `...kernel-4`).
const DATACITE_NS_PREFIX: &str = "http://datacite.org/schema/kernel";

/// Returns the DataCite `resource` element to map: `root` itself, or the one inside an
/// `oai_datacite` wrapper.
pub fn find_root<'a, 'input>(root: Node<'a, 'input>) -> Option<Node<'a, 'input>> {
    if is_resource(root) {
        return Some(root);
    }
    if !local_is(root, "oai_datacite") {
        return None;
    }
    root.descendants().find(|n| is_resource(*n))
}

/// True for a `resource` element in a DataCite namespace.
fn is_resource(node: Node<'_, '_>) -> bool {
    node.is_element()
        && local_is(node, "resource")
        && node
            .tag_name()
            .namespace()
            .is_some_and(|ns| ns.starts_with(DATACITE_NS_PREFIX))
}

/// Maps a DataCite `resource` element.
pub fn map(resource: Node<'_, '_>) -> RecordMetadata {
    let mut md = RecordMetadata::default();
    let mut ids = IdentifierSink::default();
    let mut year = None;
    for property in elements(resource) {
        let name = property.tag_name().name();
        match name {
            "identifier" => ids.add(&mut md, &own_text(property)),
            "alternateIdentifiers" => {
                for id in elements(property) {
                    ids.add(&mut md, &own_text(id));
                }
            }
            "titles" => md.title = pick_title(property),
            "creators" => push_children(property, "creatorName", &mut md.creators),
            "descriptions" => md.description = pick_description(property),
            "rightsList" => push_rights(property, &mut md.rights),
            "subjects" => push_children(property, "subject", &mut md.subjects),
            "formats" => push_children(property, "format", &mut md.formats),
            "language" => RecordMetadata::push_unique(&mut md.languages, &own_text(property)),
            "publisher" => RecordMetadata::set_once(&mut md.publisher, &own_text(property)),
            "publicationYear" => year = Some(own_text(property)),
            "dates" => md.date_published = issued_date(property),
            "resourceType" => push_resource_type(property, &mut md.learning_resource_types),
            _ => {}
        }
    }
    if let Some(year) = year {
        RecordMetadata::set_once(&mut md.date_published, &year);
    }
    ids.finish(&mut md);
    md
}

/// The main title (no `titleType`), else the first title.
fn pick_title(titles: Node<'_, '_>) -> Option<String> {
    let mut slot = None;
    let main = elements(titles).filter(|t| t.attribute("titleType").is_none());
    for title in main.chain(elements(titles)) {
        if slot.is_some() {
            break;
        }
        RecordMetadata::set_once(&mut slot, &strip_html(&deep_text(title)));
    }
    slot
}

/// The abstract, else the first description.
fn pick_description(descriptions: Node<'_, '_>) -> Option<String> {
    let mut slot = None;
    let abstracts =
        elements(descriptions).filter(|d| d.attribute("descriptionType") == Some("Abstract"));
    for description in abstracts.chain(elements(descriptions)) {
        if slot.is_some() {
            break;
        }
        RecordMetadata::set_once(&mut slot, &strip_html(&deep_text(description)));
    }
    slot
}

/// The issued date among `dates/date`.
fn issued_date(dates: Node<'_, '_>) -> Option<String> {
    let mut slot = None;
    for date in elements(dates).filter(|d| d.attribute("dateType") == Some("Issued")) {
        RecordMetadata::set_once(&mut slot, &own_text(date));
    }
    slot
}

/// Pushes each `rights` element's `rightsURI` and text.
fn push_rights(rights_list: Node<'_, '_>, list: &mut Vec<String>) {
    for rights in elements(rights_list) {
        if let Some(uri) = rights.attribute("rightsURI") {
            RecordMetadata::push_unique(list, uri);
        }
        RecordMetadata::push_unique(list, &own_text(rights));
    }
}

/// Pushes the resource type's text, else its `resourceTypeGeneral`.
fn push_resource_type(resource_type: Node<'_, '_>, list: &mut Vec<String>) {
    let text = own_text(resource_type);
    let value = match resource_type.attribute("resourceTypeGeneral") {
        Some(general) if text.trim().is_empty() => general,
        _ => &text,
    };
    RecordMetadata::push_unique(list, value);
}

/// Pushes the text of every `name` element below `node`.
fn push_children(node: Node<'_, '_>, name: &str, list: &mut Vec<String>) {
    for found in node
        .descendants()
        .filter(|n| n.is_element() && local_is(*n, name))
    {
        RecordMetadata::push_unique(list, &own_text(found));
    }
}

/// All the text below `node`, child elements (`<br/>`) read as spaces.
fn deep_text<'a>(node: Node<'a, '_>) -> Cow<'a, str> {
    if !node.children().any(|c| c.is_element()) {
        return own_text(node);
    }
    let mut text = String::new();
    for descendant in node.descendants().skip(1) {
        match descendant.text() {
            Some(t) if descendant.is_text() => text.push_str(t),
            _ => text.push(' '),
        }
    }
    Cow::Owned(text)
}
