//! Crosswalks: map one record's `<metadata>` content into [`RecordMetadata`].
//!
//! [`crosswalk`] looks at the XML itself, not at the metadataPrefix the record was requested
//! with (servers lie), and picks a mapping:
//!
//! * `oai_dc`, and any root whose children are Dublin Core elements or terms (qualified DC,
//!   `nsdl_dc`, `qdc`...): [`dc`];
//! * IEEE LOM in any of its bindings (namespaced or not, `lom` or `obaa` root, ScoLOMfr, the
//!   hs-oer-lom-profil `<metadata>` wrapper, the old `langstring` binding): [`lom`];
//! * DataCite kernel 3/4 and MODS, lightly: [`datacite`], [`mods`].
//!
//! LRMI properties ([`lrmi`]) are picked up wherever they appear in a DC or LOM record.
//! Values are stored as written (trimmed, white space collapsed, HTML stripped from titles and
//! descriptions); licences and languages are normalised later, by the index.

pub mod accessibility;
pub mod datacite;
pub mod dates;
pub mod dc;
pub mod jsonld;
pub mod lom;
pub mod lrmi;
pub mod mods;
pub mod text;

#[cfg(test)]
mod tests;

use std::borrow::Cow;

use oerdex_index::model::RecordMetadata;
use oerdex_index::SourceRecord;
use roxmltree::Node;

use text::{is_http_url, parse_doi, parse_handle};

use crate::oai::RawRecord;

/// The `oai_dc` container namespace.
pub const OAI_DC_NS: &str = "http://www.openarchives.org/OAI/2.0/oai_dc/";
/// The Dublin Core elements namespace (`dc:`).
pub const DC_ELEMENTS_NS: &str = "http://purl.org/dc/elements/1.1/";
/// The DCMI terms namespace (`dcterms:`).
pub const DC_TERMS_NS: &str = "http://purl.org/dc/terms/";

/// Crosswalks one raw record into what the index stores.
pub fn source_record(raw: RawRecord) -> SourceRecord {
    let metadata = if raw.deleted {
        None
    } else {
        raw.metadata_xml.as_deref().and_then(crosswalk_xml)
    };
    SourceRecord {
        oai_identifier: raw.identifier,
        datestamp: raw.datestamp,
        sets: raw.sets,
        deleted: raw.deleted,
        metadata,
        raw_xml: if raw.deleted { None } else { raw.metadata_xml },
    }
}

/// Parses a wrapped `<metadata>` element and crosswalks its content.
pub fn crosswalk_xml(xml: &str) -> Option<RecordMetadata> {
    let doc = roxmltree::Document::parse(xml).ok()?;
    let wrapper = doc.root_element();
    let root = wrapper.children().find(|n| n.is_element())?;
    crosswalk(root)
}

/// Maps the root element of a record's metadata (the single element child of `<metadata>`) into
/// the resource model; `None` when the format is not one oerdex understands.
///
/// Also accepted, for servers that break the one-root rule:
/// * the OAI-PMH `<metadata>` element itself: its content is crosswalked (see
///   [`crosswalk_fragments`] for a `<metadata>` holding sibling `dc:*` elements);
/// * a bare `dc:*` element that is the first of such siblings: the whole sibling group (its
///   parent's children) is crosswalked, not just that one element.
pub fn crosswalk(root: Node<'_, '_>) -> Option<RecordMetadata> {
    if !root.is_element() {
        return None;
    }
    crosswalk_element(root).or_else(|| crosswalk_container(root))
}

/// Maps a `<metadata>` element whose children are many sibling `dc:*` / `dcterms:*` elements
/// instead of one root element (eduCAPES, DSpace XOAI `qdc`); `None` when it holds no Dublin Core
/// element.
pub fn crosswalk_fragments(metadata: Node<'_, '_>) -> Option<RecordMetadata> {
    has_dc_children(metadata).then(|| dc::map(metadata))
}

/// Dispatches one root element on its namespace and name.
fn crosswalk_element(root: Node<'_, '_>) -> Option<RecordMetadata> {
    let ns = root.tag_name().namespace().unwrap_or("");
    if ns == OAI_DC_NS {
        return Some(dc::map(root));
    }
    if let Some(lom_root) = lom::find_root(root) {
        return Some(lom::map(lom_root));
    }
    if is_dc_ns(ns) {
        // A `dc:*` fragment: map it together with its siblings.
        return match root.parent_element() {
            Some(parent) => crosswalk_fragments(parent),
            None => Some(dc::map_elements(std::iter::once(root), root)),
        };
    }
    if has_dc_children(root) {
        return Some(dc::map(root));
    }
    if let Some(resource) = datacite::find_root(root) {
        return Some(datacite::map(resource));
    }
    if let Some(mods) = mods::find_root(root) {
        return Some(mods::map(mods));
    }
    None
}

/// The OAI-PMH `<metadata>` element (or another container) given instead of its content: maps its
/// first element child that is a known format.
fn crosswalk_container(container: Node<'_, '_>) -> Option<RecordMetadata> {
    if !local_is(container, "metadata") {
        return None;
    }
    container
        .children()
        .filter(Node::is_element)
        .find_map(crosswalk_element)
}

/// True when `ns` is the DC elements or DCMI terms namespace.
pub(crate) fn is_dc_ns(ns: &str) -> bool {
    ns == DC_ELEMENTS_NS || ns == DC_TERMS_NS
}

/// True when an element child of `node` is in the DC elements or DCMI terms namespace.
fn has_dc_children(node: Node<'_, '_>) -> bool {
    node.children()
        .any(|c| c.is_element() && c.tag_name().namespace().is_some_and(is_dc_ns))
}

/// True when `node`'s local name is `name`, ignoring ASCII case.
pub(crate) fn local_is(node: Node<'_, '_>, name: &str) -> bool {
    node.tag_name().name().eq_ignore_ascii_case(name)
}

/// The first element child of `node` whose local name is `name` (ASCII case ignored).
pub(crate) fn child<'a, 'input>(node: Node<'a, 'input>, name: &str) -> Option<Node<'a, 'input>> {
    node.children()
        .find(|c| c.is_element() && local_is(*c, name))
}

/// The element children of `node`.
pub(crate) fn elements<'a, 'input>(
    node: Node<'a, 'input>,
) -> impl Iterator<Item = Node<'a, 'input>> {
    node.children().filter(Node::is_element)
}

/// The text `node` holds directly (text and CDATA children, not its child elements' text).
pub(crate) fn own_text<'a>(node: Node<'a, '_>) -> Cow<'a, str> {
    let mut texts = node
        .children()
        .filter(Node::is_text)
        .filter_map(|c| c.text());
    let Some(first) = texts.next() else {
        return Cow::Borrowed("");
    };
    match texts.next() {
        None => Cow::Borrowed(first),
        Some(second) => {
            let mut joined = String::with_capacity(first.len() + second.len());
            joined.push_str(first);
            joined.push_str(second);
            texts.for_each(|t| joined.push_str(t));
            Cow::Owned(joined)
        }
    }
}

/// The value of a property element: its own text, or, when that is blank, the URI of an
/// `rdf:resource` / `href` attribute (`<dcterms:license rdf:resource="..."/>`).
pub(crate) fn value_text<'a>(node: Node<'a, '_>) -> Cow<'a, str> {
    let text = own_text(node);
    if !text.trim().is_empty() {
        return text;
    }
    node.attributes()
        .find(|a| matches!(a.name(), "resource" | "href"))
        .map_or(text, |a| Cow::Borrowed(a.value()))
}

/// Sorts identifiers into [`RecordMetadata::url`], [`RecordMetadata::doi`] and
/// [`RecordMetadata::identifiers`].
///
/// The URL is the first http(s) identifier that is not a DOI resolver link; a resolver link is
/// used only when there is no other, and when the record gives no link at all, its DOI or
/// handle is made one (`https://doi.org/…`, `https://hdl.handle.net/…`). Every form of DOI fills
/// `doi` (bare form); everything else (and further URLs) goes to `identifiers`.
#[derive(Debug, Default)]
pub(crate) struct IdentifierSink {
    /// The first DOI resolver URL seen, the URL of last resort.
    doi_url: Option<String>,
    /// The first handle seen (bare: `10900.3/abc`).
    handle: Option<String>,
}

impl IdentifierSink {
    /// Files one identifier.
    pub(crate) fn add(&mut self, md: &mut RecordMetadata, value: &str) {
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        if let Some(doi) = parse_doi(value) {
            self.add_doi(md, value, doi);
        } else if md.url.is_none() && is_http_url(value) {
            RecordMetadata::set_once(&mut md.url, value);
        } else {
            if self.handle.is_none() {
                self.handle = parse_handle(value).map(str::to_string);
            }
            RecordMetadata::push_unique(&mut md.identifiers, value);
        }
    }

    /// Files a DOI (`doi` is its bare form, `value` the identifier as written).
    fn add_doi(&mut self, md: &mut RecordMetadata, value: &str, doi: &str) {
        RecordMetadata::set_once(&mut md.doi, doi);
        if md.doi.as_deref() != Some(doi) {
            // A second, different DOI (a version, a part): keep it as an identifier.
            RecordMetadata::push_unique(&mut md.identifiers, value);
        } else if self.doi_url.is_none() && is_http_url(value) {
            self.doi_url = Some(value.to_owned());
        }
    }

    /// Uses the DOI resolver URL as the URL when the record gave no other, else a resolver URL
    /// made from its DOI or handle.
    pub(crate) fn finish(self, md: &mut RecordMetadata) {
        if md.url.is_some() {
            return;
        }
        md.url = self
            .doi_url
            .or_else(|| md.doi.as_ref().map(|doi| format!("https://doi.org/{doi}")))
            .or_else(|| {
                self.handle
                    .map(|handle| format!("https://hdl.handle.net/{handle}"))
            });
    }
}
