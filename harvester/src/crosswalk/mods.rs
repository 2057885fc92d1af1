//! MODS v3 (`<mods xmlns="http://www.loc.gov/mods/v3">`, or the first record of a
//! `modsCollection`), mapped lightly.
//!
//! | MODS | field |
//! |---|---|
//! | `titleInfo` (untyped first): `nonSort title: subTitle` | `title` |
//! | `name`: `displayForm`, else `family, given`, else the name parts | `creators` (role author or none), `publisher`, `contributors` (other roles); `type="corporate"` is an organisation |
//! | `abstract` | `description` (HTML stripped) |
//! | `subject/topic` (and plain `subject`) | `subjects` |
//! | `language/languageTerm` | `languages` |
//! | `accessCondition` (text and `xlink:href`) | `rights` |
//! | `identifier`, `location/url` | `doi`, `url`, `identifiers` |
//! | `originInfo/dateIssued` (else the earliest `dateCreated`, `copyrightDate`), `originInfo/publisher` | `date_published`, `publisher` |
//! | `genre`, `typeOfResource` | `learning_resource_types` |
//! | `physicalDescription/internetMediaType` | `formats` |

use oerdex_index::model::agent::{Agent, AgentKind};
use oerdex_index::model::RecordMetadata;
use roxmltree::Node;

use super::dates::{DateKind, Dates};
use super::text::strip_html;
use super::{child, elements, local_is, own_text, IdentifierSink};

/// The MODS v3 namespace.
const MODS_NS: &str = "http://www.loc.gov/mods/v3";

/// Returns the `mods` element to map: `root` itself, or the first `mods` of a `modsCollection`.
pub fn find_root<'a, 'input>(root: Node<'a, 'input>) -> Option<Node<'a, 'input>> {
    if root.tag_name().namespace() != Some(MODS_NS) {
        return None;
    }
    if local_is(root, "mods") {
        return Some(root);
    }
    if local_is(root, "modsCollection") {
        return elements(root).find(|c| local_is(*c, "mods"));
    }
    None
}

/// Maps a `mods` element.
pub fn map(mods: Node<'_, '_>) -> RecordMetadata {
    let mut md = RecordMetadata::default();
    let mut ids = IdentifierSink::default();
    let mut dates = Dates::default();
    for property in elements(mods) {
        match property.tag_name().name() {
            "titleInfo" if property.attribute("type").is_none() => set_title(&mut md, property),
            "name" => add_name(property, &mut md),
            "abstract" if md.description.is_none() => {
                RecordMetadata::set_once(&mut md.description, &strip_html(&own_text(property)));
            }
            "subject" => push_subjects(property, &mut md.subjects),
            "language" => push_all(property, "languageTerm", &mut md.languages),
            "accessCondition" => push_access_condition(property, &mut md.rights),
            "identifier" => ids.add(&mut md, &own_text(property)),
            "location" => elements(property)
                .filter(|c| local_is(*c, "url"))
                .for_each(|url| ids.add(&mut md, &own_text(url))),
            "originInfo" => read_origin(property, &mut md, &mut dates),
            "genre" | "typeOfResource" => {
                RecordMetadata::push_unique(&mut md.learning_resource_types, &own_text(property));
            }
            "physicalDescription" => push_all(property, "internetMediaType", &mut md.formats),
            _ => {}
        }
    }
    md.date_published = dates.choose();
    ids.finish(&mut md);
    md
}

/// Sets the title from a `titleInfo`: `nonSort title: subTitle`.
fn set_title(md: &mut RecordMetadata, title_info: Node<'_, '_>) {
    if md.title.is_some() {
        return;
    }
    let part = |name: &str| child(title_info, name).map(own_text).unwrap_or_default();
    let (non_sort, title, sub_title) = (part("nonSort"), part("title"), part("subTitle"));
    if title.trim().is_empty() {
        return;
    }
    let mut full = format!("{} {}", non_sort.trim(), title.trim());
    if !sub_title.trim().is_empty() {
        full.push_str(": ");
        full.push_str(sub_title.trim());
    }
    RecordMetadata::set_once(&mut md.title, &strip_html(&full));
}

/// Files a `name` by its role (`roleTerm`: author or none → creators, publisher → publisher,
/// others → contributors), as a person or, for `type="corporate"`, an organisation.
fn add_name(name: Node<'_, '_>, md: &mut RecordMetadata) {
    let Some(text) = name_text(name) else {
        return;
    };
    let agent = match name.attribute("type") {
        Some("corporate") => Agent::of_kind(&text, AgentKind::Organization),
        Some("personal") => Agent::of_kind(&text, AgentKind::Person),
        _ => Agent::named(&text),
    };
    let role = name
        .descendants()
        .find(|n| n.is_element() && local_is(*n, "roleTerm"))
        .map(|r| own_text(r).trim().to_lowercase());
    match role.as_deref() {
        None | Some("aut" | "author" | "cre" | "creator") => {
            RecordMetadata::push_agent(&mut md.creators, agent)
        }
        Some("pbl" | "publisher") => md.set_publisher_once(agent),
        Some(_) => RecordMetadata::push_agent(&mut md.contributors, agent),
    }
}

/// A `name`'s text: its `displayForm`, else `family, given`, else its name parts joined.
fn name_text(name: Node<'_, '_>) -> Option<String> {
    if let Some(display) = child(name, "displayForm") {
        return Some(own_text(display).into_owned());
    }
    let typed = |kind: &str| {
        elements(name).find(|c| local_is(*c, "namePart") && c.attribute("type") == Some(kind))
    };
    if let (Some(family), Some(given)) = (typed("family"), typed("given")) {
        return Some(format!(
            "{}, {}",
            own_text(family).trim(),
            own_text(given).trim()
        ));
    }
    let parts: Vec<_> = elements(name)
        .filter(|c| local_is(*c, "namePart") && c.attribute("type") != Some("date"))
        .map(own_text)
        .collect();
    Some(parts.join(" ")).filter(|p| !p.trim().is_empty())
}

/// Pushes a subject's topics (or its own text).
fn push_subjects(subject: Node<'_, '_>, list: &mut Vec<String>) {
    let mut any = false;
    for topic in elements(subject).filter(|c| local_is(*c, "topic")) {
        any = true;
        RecordMetadata::push_unique(list, &own_text(topic));
    }
    if !any {
        RecordMetadata::push_unique(list, &own_text(subject));
    }
}

/// Pushes the text and `xlink:href` of an `accessCondition`.
fn push_access_condition(condition: Node<'_, '_>, list: &mut Vec<String>) {
    if let Some(href) = condition.attributes().find(|a| a.name() == "href") {
        RecordMetadata::push_unique(list, href.value());
    }
    RecordMetadata::push_unique(list, &own_text(condition));
}

/// Reads `originInfo`: `dateIssued`, `dateCreated` and `copyrightDate`, and `publisher`.
fn read_origin(origin: Node<'_, '_>, md: &mut RecordMetadata, dates: &mut Dates) {
    for part in elements(origin) {
        match part.tag_name().name() {
            "dateIssued" => dates.add(DateKind::Issued, &own_text(part)),
            "dateCreated" | "copyrightDate" => dates.add(DateKind::Other, &own_text(part)),
            "publisher" => md.set_publisher_once(Agent::publisher(&own_text(part))),
            _ => {}
        }
    }
}

/// Pushes the text of each `name` child of `node`.
fn push_all(node: Node<'_, '_>, name: &str, list: &mut Vec<String>) {
    for found in elements(node).filter(|c| local_is(*c, name)) {
        RecordMetadata::push_unique(list, &own_text(found));
    }
}
