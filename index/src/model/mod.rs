//! The resource model: what a harvested record says ([`RecordMetadata`]), one source's record
//! ([`SourceRecord`]), and the merged, normalised catalogue entry ([`Resource`]).
//!
//! Crosswalks (in the harvester) fill [`RecordMetadata`] with the values a record states, as
//! written; normalisation (licences, languages) happens in the index when a resource is built
//! from its records, so that a better normaliser can rebuild every resource without a harvest.

pub mod accessibility;
pub mod agent;
pub mod harvest;
pub mod jsonld;
pub mod redact;
pub mod source;
pub mod vocabulary;

use serde::{Deserialize, Serialize};

use crate::model::accessibility::Accessibility;
use crate::model::agent::Agent;
use crate::model::vocabulary::{ConceptRef, VocabularyLabel};
use oerdex_normalise::license::License;

/// The descriptive metadata one record states, as the crosswalk read it (not yet normalised).
///
/// Lists keep the record's order and drop exact duplicates; strings are trimmed and never empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RecordMetadata {
    /// The main title.
    pub title: Option<String>,
    /// A plain-text description (HTML already stripped by the crosswalk).
    pub description: Option<String>,
    /// Further titles: translations, subtitles (`dcterms:alternative`, a second `dc:title`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alternative_titles: Vec<LangText>,
    /// Further descriptions: abstracts in other languages.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alternative_descriptions: Vec<LangText>,
    /// The resource's landing page or file URL (http or https), when the record gives one.
    pub url: Option<String>,
    /// A DOI in bare form (`10.1234/abc`), when the record gives one.
    pub doi: Option<String>,
    /// Every other identifier the record gives (URNs, handles, ISBNs...).
    pub identifiers: Vec<String>,
    /// Rights statements and licence URLs as written (`dc:rights`, `dcterms:license`, LOM rights).
    pub rights: Vec<String>,
    /// Language tags or names as written (`en`, `eng`, `English`, `de-DE`...).
    pub languages: Vec<String>,
    /// Subjects and classification terms (disciplines, taxon entries): IRIs where the record
    /// gives one, else terms as written.
    pub subjects: Vec<String>,
    /// Free keywords.
    pub keywords: Vec<String>,
    /// Learning resource types (LRMI `learningResourceType`, LOM `learningResourceType`, `dc:type`).
    pub learning_resource_types: Vec<String>,
    /// Educational levels or contexts (LRMI `educationalLevel`, LOM `context`,
    /// `dcterms:educationLevel`): IRIs where the record gives one, else terms as written.
    pub educational_levels: Vec<String>,
    /// Intended audience or end-user roles (`dcterms:audience`, LOM `intendedEndUserRole`).
    pub audience: Vec<String>,
    /// Typical age range as written (`12-15`, `18-`).
    pub typical_age_range: Option<String>,
    /// Authors (`dc:creator`, LOM `author` contributions).
    pub creators: Vec<Agent>,
    /// Other contributors (`dc:contributor`, LOM contributions with other roles).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contributors: Vec<Agent>,
    /// The publisher.
    pub publisher: Option<Agent>,
    /// Date of publication as written: the record's issue date, else the earliest plausible of
    /// its dates (not a deposit timestamp). The index reads it into ISO 8601.
    pub date_published: Option<String>,
    /// LRMI `timeRequired` (ISO 8601 duration as written).
    pub time_required: Option<String>,
    /// LRMI `interactivityType`, LOM `interactivityType`.
    pub interactivity_type: Option<String>,
    /// LRMI `educationalUse`.
    pub educational_uses: Vec<String>,
    /// LRMI `educationalAlignment` target names or URLs.
    pub educational_alignments: Vec<String>,
    /// MIME types or formats (`dc:format`, LOM `technical/format`).
    pub formats: Vec<String>,
    /// Accessibility features, access modes, hazards and summary (schema.org, LOM profiles).
    #[serde(skip_serializing_if = "Accessibility::is_empty")]
    pub accessibility: Accessibility,
    /// Works this one is based on (LRMI `isBasedOn`): their URLs, else their names.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub is_based_on: Vec<String>,
    /// Its parts (`hasPart`): their URLs.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub has_part: Vec<String>,
    /// The works it is part of (`isPartOf`): their URLs.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub is_part_of: Vec<String>,
    /// Labels the record gives for the vocabulary IRIs in its lists (see
    /// [`vocabulary`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub vocabulary_labels: Vec<VocabularyLabel>,
}

impl RecordMetadata {
    /// Pushes `value` onto `list` after trimming it, unless it is empty or already there.
    pub fn push_unique(list: &mut Vec<String>, value: &str) {
        let value = collapse_whitespace(value);
        if !value.is_empty() && !list.iter().any(|v| v == &value) {
            list.push(value);
        }
    }

    /// Sets `slot` to `value` (trimmed) unless the slot is already filled or the value is empty.
    pub fn set_once(slot: &mut Option<String>, value: &str) {
        let value = collapse_whitespace(value);
        if slot.is_none() && !value.is_empty() {
            *slot = Some(value);
        }
    }

    /// Pushes `agent` (its name trimmed) onto `list`, unless its name is empty or already there.
    pub fn push_agent(list: &mut Vec<Agent>, agent: Agent) {
        let name = collapse_whitespace(&agent.name);
        if !name.is_empty() && !list.iter().any(|a| a.name == name) {
            list.push(Agent { name, ..agent });
        }
    }

    /// Sets the publisher unless it is set or the name is empty.
    pub fn set_publisher_once(&mut self, agent: Agent) {
        if self.publisher.is_none() {
            let name = collapse_whitespace(&agent.name);
            if !name.is_empty() {
                self.publisher = Some(Agent { name, ..agent });
            }
        }
    }

    /// Files a title: the first becomes the title, further ones (a translation) alternative
    /// titles with their language, when the record gives it.
    pub fn add_title(&mut self, text: &str, language: Option<&str>) {
        add_text(
            &mut self.title,
            &mut self.alternative_titles,
            text,
            language,
        );
    }

    /// Files a description like [`RecordMetadata::add_title`] files a title.
    pub fn add_description(&mut self, text: &str, language: Option<&str>) {
        add_text(
            &mut self.description,
            &mut self.alternative_descriptions,
            text,
            language,
        );
    }
}

/// A text in a stated language (ISO 639 code or tag as the record writes it).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LangText {
    /// The text.
    pub text: String,
    /// Its language, when the record says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// Most alternative titles or descriptions kept from one record.
const MAX_ALTERNATIVES: usize = 8;

/// Fills `main` with `text` or, when it is set, adds `text` to `alternatives` (unless it repeats
/// one of them).
fn add_text(
    main: &mut Option<String>,
    alternatives: &mut Vec<LangText>,
    text: &str,
    language: Option<&str>,
) {
    let text = collapse_whitespace(text);
    if text.is_empty() {
        return;
    }
    match main {
        None => *main = Some(text),
        Some(first) if *first == text => {}
        Some(_) => {
            if alternatives.len() < MAX_ALTERNATIVES && !alternatives.iter().any(|a| a.text == text)
            {
                alternatives.push(LangText {
                    text,
                    language: language
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(str::to_string),
                });
            }
        }
    }
}

/// Collapses runs of white space into one space and trims the ends.
pub fn collapse_whitespace(value: &str) -> String {
    // Most values need nothing done: one pass finds out, and they are copied as they are (a
    // harvest calls this for every field of every record, on the writer's critical path too).
    let mut after_space = true;
    let clean = value.chars().all(|c| {
        let ok = if c == ' ' {
            !after_space
        } else {
            !c.is_whitespace()
        };
        after_space = c == ' ';
        ok
    });
    if clean && !after_space {
        return value.to_string();
    }
    let mut out = String::with_capacity(value.len());
    for word in value.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// One record as harvested from one source: its OAI-PMH header and, unless deleted, its metadata.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRecord {
    /// The OAI-PMH identifier (`oai:example.org:123`).
    pub oai_identifier: String,
    /// The record's datestamp, as the repository wrote it.
    pub datestamp: String,
    /// The setSpecs the header lists.
    pub sets: Vec<String>,
    /// True when the header says `status="deleted"`.
    pub deleted: bool,
    /// The crosswalked metadata; `None` for deleted records and unknown formats.
    pub metadata: Option<RecordMetadata>,
    /// The record's `<metadata>` content as XML, kept so a source can be re-indexed.
    pub raw_xml: Option<String>,
}

/// Where a resource came from: one entry per source record merged into it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SourceRef {
    /// The source's name in oerdex.
    pub source: String,
    /// The record's OAI-PMH identifier at that source.
    pub oai_identifier: String,
    /// The record's datestamp at that source.
    pub datestamp: String,
    /// The metadata format it was harvested in.
    pub metadata_prefix: String,
}

/// A catalogue entry: the merged, normalised view of every source record describing one resource.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Resource {
    /// Stable identifier, derived from the resource's DOI, URL or first OAI identifier.
    pub id: String,
    /// Title.
    pub title: Option<String>,
    /// Plain-text description.
    pub description: Option<String>,
    /// Titles in other languages and subtitles.
    #[serde(default)]
    pub alternative_titles: Vec<LangText>,
    /// Descriptions in other languages.
    #[serde(default)]
    pub alternative_descriptions: Vec<LangText>,
    /// Landing page or file URL.
    pub url: Option<String>,
    /// DOI in bare form.
    pub doi: Option<String>,
    /// The normalised licence; null when no rights statement was understood.
    pub license: Option<License>,
    /// The rights statements as written, kept so that unknown licences are not lost.
    pub rights: Vec<String>,
    /// ISO 639-1 codes where one exists, else ISO 639-3.
    pub languages: Vec<String>,
    /// Subjects: the English label of a subject oerdex knows (`Mathematics`: the
    /// Hochschulfächersystematik, school subjects), else the record's label or term.
    pub subjects: Vec<String>,
    /// Keywords.
    pub keywords: Vec<String>,
    /// Resource types oerdex knows (`video`, `worksheet`, `lesson plan`, `article`...: the
    /// labels of its resource type concepts); values the records give that name no known type
    /// are kept in the records, not here.
    pub learning_resource_types: Vec<String>,
    /// Educational levels: the English label of a level oerdex knows (`University`, `Lower
    /// secondary education`: the KIM educational levels), else the record's label or term.
    pub educational_levels: Vec<String>,
    /// Audience roles: LRMI's role (`teacher`, `student`) where oerdex knows it, else as written.
    pub audience: Vec<String>,
    /// Typical age range.
    pub typical_age_range: Option<String>,
    /// Authors.
    pub creators: Vec<Agent>,
    /// Other contributors.
    #[serde(default)]
    pub contributors: Vec<Agent>,
    /// Publisher.
    pub publisher: Option<Agent>,
    /// Publication date in ISO 8601 (`2006`, `2006-05`, `2006-05-17`); a date the records give
    /// that cannot be read is left out.
    pub date_published: Option<String>,
    /// When this resource last changed in our index (RFC 3339, UTC, seconds).
    pub updated: String,
    /// The source records merged into this resource.
    pub sources: Vec<SourceRef>,
    /// What the records say about accessibility (left out of the JSON when they say nothing).
    #[serde(default, skip_serializing_if = "Accessibility::is_empty")]
    pub accessibility: Accessibility,
    /// The vocabulary concepts behind the types, levels, subjects and audiences, with their
    /// IRIs and labels (left out when the records name none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub concepts: Vec<ConceptRef>,
    /// LRMI `timeRequired`, LOM `typicalLearningTime`: an ISO 8601 duration as written (`PT45M`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_required: Option<String>,
    /// The interactivity type: LRMI's (`active`, `expositive`, `mixed`) where oerdex knows it,
    /// else as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interactivity_type: Option<String>,
    /// LRMI `educationalUse` values (`assignment`, `group work`...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub educational_uses: Vec<String>,
    /// LRMI `educationalAlignment` targets: names or URLs of curricula and competencies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub educational_alignments: Vec<String>,
    /// Media types or formats of the resource's files (`video/mp4`, `application/pdf`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub formats: Vec<String>,
    /// Works it is based on (LRMI `isBasedOn`): their URLs, else their names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub is_based_on: Vec<String>,
    /// Its parts (`hasPart`): their URLs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub has_part: Vec<String>,
    /// The works it is part of (`isPartOf`): their URLs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub is_part_of: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapsing_white_space_matches_splitting_and_joining() {
        let reference = |v: &str| v.split_whitespace().collect::<Vec<_>>().join(" ");
        for value in [
            "",
            " ",
            "already clean",
            "x",
            " leading",
            "trailing ",
            "two  spaces",
            "tab\there",
            "line\nbreak\r\n",
            "no\u{a0}break space",
            "ideographic\u{3000}space",
            "  \t mixed \u{2003} runs\n\n",
            "ünïcödé wörds – ½",
        ] {
            assert_eq!(collapse_whitespace(value), reference(value), "{value:?}");
        }
    }
}
