//! IEEE LOM records generated from the resource model (namespace `http://ltsc.ieee.org/xsd/LOM`,
//! elements in the order the LOM XML binding gives): general, lifeCycle, technical, educational,
//! rights (licence URL in the description), classification. Vocabulary values carry the
//! `LOMv1.0` source only when they are LOM vocabulary terms.

use oerdex_index::model::agent::Agent;
use oerdex_index::Resource;

use super::xml::{element, element_with, text};

/// The `lom` metadataPrefix.
pub const PREFIX: &str = "lom";
/// Its schema.
pub const SCHEMA: &str = "http://ltsc.ieee.org/xsd/lomv1.0/lom.xsd";
/// Its namespace.
pub const NAMESPACE: &str = "http://ltsc.ieee.org/xsd/LOM";

const RESOURCE_TYPES: &[&str] = &[
    "exercise",
    "simulation",
    "questionnaire",
    "diagram",
    "figure",
    "graph",
    "index",
    "slide",
    "table",
    "narrative text",
    "exam",
    "experiment",
    "problem statement",
    "self assessment",
    "lecture",
];
const CONTEXTS: &[&str] = &["school", "higher education", "training", "other"];
const ROLES: &[&str] = &["teacher", "author", "learner", "manager"];

/// Writes `<lom>` for `r` into `out`.
pub fn write(out: &mut String, r: &Resource) {
    let lang = r.languages.first().map(String::as_str).unwrap_or("x-none");
    out.push_str(
        "<lom xmlns=\"http://ltsc.ieee.org/xsd/LOM\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://ltsc.ieee.org/xsd/LOM http://ltsc.ieee.org/xsd/lomv1.0/lom.xsd\">",
    );
    out.push_str("<general>");
    if let Some(url) = &r.url {
        identifier(out, "URI", url);
    }
    if let Some(doi) = &r.doi {
        identifier(out, "DOI", doi);
    }
    langstring(out, "title", lang, r.title.as_deref().unwrap_or(""));
    for language in &r.languages {
        element(out, "language", language);
    }
    langstring(
        out,
        "description",
        lang,
        r.description.as_deref().unwrap_or(""),
    );
    for keyword in &r.keywords {
        langstring(out, "keyword", lang, keyword);
    }
    out.push_str("</general>");

    if !r.creators.is_empty() || !r.contributors.is_empty() || r.publisher.is_some() {
        out.push_str("<lifeCycle>");
        for creator in &r.creators {
            contribute(out, "author", creator, None);
        }
        if let Some(publisher) = &r.publisher {
            contribute(out, "publisher", publisher, r.date_published.as_deref());
        }
        for contributor in &r.contributors {
            contribute(out, "unknown", contributor, None);
        }
        out.push_str("</lifeCycle>");
    }

    if let Some(url) = &r.url {
        out.push_str("<technical>");
        element(out, "location", url);
        out.push_str("</technical>");
    }

    let has_educational = !r.learning_resource_types.is_empty()
        || !r.audience.is_empty()
        || !r.educational_levels.is_empty()
        || r.typical_age_range.is_some();
    if has_educational {
        out.push_str("<educational>");
        for kind in &r.learning_resource_types {
            vocabulary(out, "learningResourceType", kind, RESOURCE_TYPES);
        }
        for role in &r.audience {
            vocabulary(out, "intendedEndUserRole", role, ROLES);
        }
        for level in &r.educational_levels {
            vocabulary(out, "context", level, CONTEXTS);
        }
        if let Some(range) = &r.typical_age_range {
            langstring(out, "typicalAgeRange", "en", range);
        }
        out.push_str("</educational>");
    }

    out.push_str("<rights>");
    let restricted = r.license.is_some() || !r.rights.is_empty();
    vocabulary(
        out,
        "copyrightAndOtherRestrictions",
        if restricted { "yes" } else { "no" },
        &["yes", "no"],
    );
    let statement = match &r.license {
        Some(l) => l.url.clone().unwrap_or_else(|| l.id.clone()),
        None => r.rights.join("; "),
    };
    langstring(out, "description", "en", &statement);
    out.push_str("</rights>");

    if !r.subjects.is_empty() {
        out.push_str("<classification>");
        vocabulary(out, "purpose", "discipline", &["discipline"]);
        for subject in &r.subjects {
            out.push_str("<taxonPath><taxon>");
            langstring(out, "entry", lang, subject);
            out.push_str("</taxon></taxonPath>");
        }
        out.push_str("</classification>");
    }
    out.push_str("</lom>");
}

fn identifier(out: &mut String, catalog: &str, entry: &str) {
    out.push_str("<identifier>");
    element(out, "catalog", catalog);
    element(out, "entry", entry);
    out.push_str("</identifier>");
}

fn langstring(out: &mut String, name: &str, lang: &str, value: &str) {
    if value.trim().is_empty() {
        return;
    }
    out.push('<');
    out.push_str(name);
    out.push('>');
    element_with(out, "string", "language", lang, value);
    out.push_str("</");
    out.push_str(name);
    out.push('>');
}

/// A source/value pair; the `LOMv1.0` source only for LOM vocabulary terms.
fn vocabulary(out: &mut String, name: &str, value: &str, terms: &[&str]) {
    out.push('<');
    out.push_str(name);
    out.push('>');
    let source = if terms.contains(&value.to_lowercase().as_str()) {
        "LOMv1.0"
    } else {
        "oerdex"
    };
    element(out, "source", source);
    element(out, "value", value);
    out.push_str("</");
    out.push_str(name);
    out.push('>');
}

/// A `contribute` with the agent as a vCard: `FN`, and `ORG` too for an organisation (so that
/// harvesters that read vCards tell it from a person).
fn contribute(out: &mut String, role: &str, agent: &Agent, date: Option<&str>) {
    out.push_str("<contribute>");
    vocabulary(out, "role", role, &["author", "publisher", "unknown"]);
    let name = agent.name.replace("]]>", "]] >").replace(['\n', '\r'], " ");
    out.push_str("<entity><![CDATA[BEGIN:VCARD\nVERSION:3.0\nFN:");
    out.push_str(&name);
    if agent.is_organization() {
        out.push_str("\nORG:");
        out.push_str(&name.replace(';', "\\;"));
    }
    out.push_str("\nEND:VCARD\n]]></entity>");
    if let Some(date) = date {
        out.push_str("<date><dateTime>");
        out.push_str(&text(date));
        out.push_str("</dateTime></date>");
    }
    out.push_str("</contribute>");
}
