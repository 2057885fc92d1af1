//! DataCite kernel 3/4 (`<resource xmlns="http://datacite.org/schema/kernel-4">`, bare or inside
//! an `oai_datacite` payload), mapped lightly: DataCite describes research outputs, so it has no
//! educational fields.
//!
//! | DataCite | field |
//! |---|---|
//! | `identifier`, `alternateIdentifiers/*` | `doi`, `url` (`https://doi.org/…` when there is no other), `identifiers` |
//! | `titles/title` (the one without `titleType` first; the others with their `xml:lang`) | `title`, `alternative_titles` |
//! | `creators/creator/creatorName` | `creators` (`nameType="Organizational"` is an organisation) |
//! | `contributors/contributor/contributorName` | `contributors` |
//! | `descriptions/description` (`Abstract` first) | `description` (HTML stripped), further abstracts `alternative_descriptions` |
//! | `rightsList/rights` (`rightsURI` and text) | `rights` |
//! | `subjects/subject` | `subjects` |
//! | `language` | `languages` |
//! | `publisher` | `publisher` |
//! | `dates/date[@dateType=Issued]`, else `publicationYear`, else `Created`, else `Available`... | `date_published` |
//! | `resourceType` (text, and `resourceTypeGeneral`) | `learning_resource_types` |
//! | `formats/format` | `formats` |

use std::borrow::Cow;

use oerdex_index::model::agent::{Agent, AgentKind};
use oerdex_index::model::RecordMetadata;
use oerdex_index::resource_type;
use roxmltree::Node;

use super::dates::{DateKind, Dates};
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
    let mut dates = Dates::default();
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
            "titles" => add_titles(property, &mut md),
            "creators" => push_agents(property, "creatorName", &mut md.creators),
            "contributors" => push_agents(property, "contributorName", &mut md.contributors),
            "descriptions" => add_descriptions(property, &mut md),
            "rightsList" => push_rights(property, &mut md.rights),
            "subjects" => push_children(property, "subject", &mut md.subjects),
            "formats" => push_children(property, "format", &mut md.formats),
            "language" => RecordMetadata::push_unique(&mut md.languages, &own_text(property)),
            "publisher" => md.set_publisher_once(Agent::publisher(&own_text(property))),
            "publicationYear" => year = Some(own_text(property)),
            "dates" => add_dates(property, &mut dates),
            "resourceType" => push_resource_type(property, &mut md.learning_resource_types),
            _ => {}
        }
    }
    if let Some(year) = year {
        // The year of publication, after any full Issued date.
        dates.add(DateKind::Issued, &year);
    }
    md.date_published = dates.choose();
    ids.finish(&mut md);
    md
}

/// The main title (no `titleType`) first, then the others (translated, alternative, subtitles).
fn add_titles(titles: Node<'_, '_>, md: &mut RecordMetadata) {
    let main = elements(titles).filter(|t| t.attribute("titleType").is_none());
    let others = elements(titles).filter(|t| t.attribute("titleType").is_some());
    for title in main.chain(others) {
        md.add_title(&strip_html(&deep_text(title)), language(title));
    }
}

/// The abstracts first (the first is the description, further ones translations), then the
/// first other description when there is no abstract.
fn add_descriptions(descriptions: Node<'_, '_>, md: &mut RecordMetadata) {
    let is_abstract = |d: &Node<'_, '_>| d.attribute("descriptionType") == Some("Abstract");
    for description in elements(descriptions).filter(is_abstract) {
        md.add_description(&strip_html(&deep_text(description)), language(description));
    }
    if md.description.is_none() {
        if let Some(first) = elements(descriptions).find(|d| !deep_text(*d).trim().is_empty()) {
            md.add_description(&strip_html(&deep_text(first)), language(first));
        }
    }
}

/// The `xml:lang` of an element.
fn language<'a>(node: Node<'a, '_>) -> Option<&'a str> {
    node.attribute(("http://www.w3.org/XML/1998/namespace", "lang"))
}

/// Files `dates/date` by its `dateType`.
fn add_dates(dates: Node<'_, '_>, found: &mut Dates) {
    for date in elements(dates) {
        let kind = match date.attribute("dateType") {
            Some("Issued") => DateKind::Issued,
            Some("Created") => DateKind::Other,
            Some("Available" | "Submitted" | "Accepted") => DateKind::Deposit,
            _ => continue,
        };
        found.add(kind, &own_text(date));
    }
}

/// Pushes every `name` element below `node` as a person or organisation (`nameType`, else
/// guessed from the name).
fn push_agents(node: Node<'_, '_>, name: &str, list: &mut Vec<Agent>) {
    for found in node
        .descendants()
        .filter(|n| n.is_element() && local_is(*n, name))
    {
        let text = own_text(found);
        let agent = match found.attribute("nameType") {
            Some("Organizational") => Agent::of_kind(&text, AgentKind::Organization),
            Some("Personal") => Agent::of_kind(&text, AgentKind::Person),
            _ => Agent::named(&text),
        };
        RecordMetadata::push_agent(list, agent);
    }
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

/// Pushes the resource type's text (a repository's own word, `Presentation`), and, when that
/// is no type oerdex knows, its `resourceTypeGeneral` (`Text`, `Dataset`).
fn push_resource_type(resource_type: Node<'_, '_>, list: &mut Vec<String>) {
    let text = own_text(resource_type);
    RecordMetadata::push_unique(list, &text);
    if resource_type::normalize(&text).is_none() {
        if let Some(general) = resource_type.attribute("resourceTypeGeneral") {
            RecordMetadata::push_unique(list, general);
        }
    }
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
