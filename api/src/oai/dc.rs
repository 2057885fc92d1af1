//! `oai_dc` records generated from the resource model: licence as URL in `dc:rights`,
//! languages, types, levels, and the sources a resource came from as `dc:source` provenance.

use oerdex_index::Resource;

use super::xml::element;

/// The `oai_dc` metadataPrefix.
pub const PREFIX: &str = "oai_dc";
/// Its schema.
pub const SCHEMA: &str = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
/// Its namespace.
pub const NAMESPACE: &str = "http://www.openarchives.org/OAI/2.0/oai_dc/";

/// Writes `<oai_dc:dc>` for `r` into `out`.
pub fn write(out: &mut String, r: &Resource) {
    out.push_str(
        "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd\">",
    );
    // oai_dc's schema fixes no order, but the usual one (title first) reads best.
    element(out, "dc:title", r.title.as_deref().unwrap_or(""));
    for creator in &r.creators {
        element(out, "dc:creator", &creator.name);
    }
    for contributor in &r.contributors {
        element(out, "dc:contributor", &contributor.name);
    }
    for subject in r.subjects.iter().chain(&r.keywords) {
        element(out, "dc:subject", subject);
    }
    element(
        out,
        "dc:description",
        r.description.as_deref().unwrap_or(""),
    );
    element(
        out,
        "dc:publisher",
        r.publisher.as_ref().map_or("", |p| p.name.as_str()),
    );
    element(out, "dc:date", r.date_published.as_deref().unwrap_or(""));
    for kind in &r.learning_resource_types {
        element(out, "dc:type", kind);
    }
    if let Some(url) = &r.url {
        element(out, "dc:identifier", url);
    }
    if let Some(doi) = &r.doi {
        element(out, "dc:identifier", &format!("https://doi.org/{doi}"));
    }
    for source in &r.sources {
        element(
            out,
            "dc:source",
            &format!("{} {}", source.source, source.oai_identifier),
        );
    }
    for language in &r.languages {
        element(out, "dc:language", language);
    }
    for level in &r.educational_levels {
        // Simple DC has no education level; dc:coverage would mislead, so it is said as a subject.
        element(out, "dc:subject", &format!("Educational level: {level}"));
    }
    match &r.license {
        Some(license) => {
            element(
                out,
                "dc:rights",
                license.url.as_deref().unwrap_or(&license.id),
            );
            for statement in r
                .rights
                .iter()
                .filter(|s| Some(s.as_str()) != license.url.as_deref())
            {
                element(out, "dc:rights", statement);
            }
        }
        None => {
            for statement in &r.rights {
                element(out, "dc:rights", statement);
            }
        }
    }
    out.push_str("</oai_dc:dc>");
}
