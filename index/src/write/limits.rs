//! Size limits on what a record may bring into the catalogue, so no resource document (and no
//! page showing it) grows beyond a bounded size whatever a repository sends.
//!
//! [`clip`] shortens over-long texts at a character boundary and marks the cut with `…`, drops
//! identifiers and URLs too long to be real (a shortened URL would point elsewhere), and keeps
//! at most [`MAX_ITEMS`] values, [`MAX_LIST_BYTES`] in all, of each list. A harvest clips every
//! record as it prepares it for writing and counts the records it clipped
//! ([`crate::model::harvest::Counts::clipped`]); merged resources are clipped again, since their lists unite
//! those of several records. At most a record's metadata is then about 300 KB of JSON.

use crate::model::agent::Agent;
use crate::model::{LangText, RecordMetadata};

/// Longest title, in bytes.
pub const MAX_TITLE_BYTES: usize = 2 * 1024;
/// Longest description, in bytes.
pub const MAX_DESCRIPTION_BYTES: usize = 32 * 1024;
/// Longest short text (publisher, dates, age range…), in bytes.
pub const MAX_SHORT_BYTES: usize = 1024;
/// Longest URL or DOI kept; longer ones are dropped.
pub const MAX_URL_BYTES: usize = 2048;
/// Longest value in a list (keyword, subject, creator, rights statement…), in bytes.
pub const MAX_ITEM_BYTES: usize = 1024;
/// Values kept per list.
pub const MAX_ITEMS: usize = 100;
/// Bytes kept per list, all values together.
pub const MAX_LIST_BYTES: usize = 16 * 1024;

/// The mark left where a text was cut.
const CUT: &str = "…";

/// Clips `md` to the limits; true when anything was shortened or dropped.
pub fn clip(md: &mut RecordMetadata) -> bool {
    let mut clipped = false;
    clipped |= clip_text(&mut md.title, MAX_TITLE_BYTES);
    clipped |= clip_text(&mut md.description, MAX_DESCRIPTION_BYTES);
    if let Some(publisher) = md.publisher.as_mut() {
        if publisher.name.len() > MAX_SHORT_BYTES {
            shorten(&mut publisher.name, MAX_SHORT_BYTES);
            clipped = true;
        }
    }
    for slot in [
        &mut md.typical_age_range,
        &mut md.date_published,
        &mut md.time_required,
        &mut md.interactivity_type,
    ] {
        clipped |= clip_text(slot, MAX_SHORT_BYTES);
    }
    for slot in [&mut md.url, &mut md.doi] {
        if slot.as_ref().is_some_and(|v| v.len() > MAX_URL_BYTES) {
            *slot = None;
            clipped = true;
        }
    }
    for list in [
        &mut md.identifiers,
        &mut md.rights,
        &mut md.languages,
        &mut md.subjects,
        &mut md.keywords,
        &mut md.learning_resource_types,
        &mut md.educational_levels,
        &mut md.audience,
        &mut md.educational_uses,
        &mut md.educational_alignments,
        &mut md.formats,
        &mut md.is_based_on,
        &mut md.has_part,
        &mut md.is_part_of,
    ] {
        clipped |= clip_list(list);
    }
    for list in [&mut md.creators, &mut md.contributors] {
        clipped |= clip_list(list);
    }
    for list in [&mut md.alternative_titles, &mut md.alternative_descriptions] {
        clipped |= clip_list(list);
    }
    clipped
}

/// A list value whose text can be shortened.
trait ListValue {
    fn text(&mut self) -> &mut String;
}

impl ListValue for String {
    fn text(&mut self) -> &mut String {
        self
    }
}

impl ListValue for Agent {
    fn text(&mut self) -> &mut String {
        &mut self.name
    }
}

impl ListValue for LangText {
    fn text(&mut self) -> &mut String {
        &mut self.text
    }
}

/// Shortens a text longer than `limit` bytes; true when it did.
fn clip_text(slot: &mut Option<String>, limit: usize) -> bool {
    match slot {
        Some(text) if text.len() > limit => {
            shorten(text, limit);
            true
        }
        _ => false,
    }
}

/// Cuts `text` to at most `limit` bytes, the last of them the cut mark.
fn shorten(text: &mut String, limit: usize) {
    let mut end = limit.saturating_sub(CUT.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text.truncate(text.trim_end().len());
    text.push_str(CUT);
    text.shrink_to_fit();
}

/// Keeps the first values of a list within the limits, each shortened to [`MAX_ITEM_BYTES`].
fn clip_list<V: ListValue>(list: &mut Vec<V>) -> bool {
    let mut clipped = false;
    let mut total = 0;
    let mut keep = 0;
    for value in list.iter_mut() {
        let value = value.text();
        if value.len() > MAX_ITEM_BYTES {
            shorten(value, MAX_ITEM_BYTES);
            clipped = true;
        }
        if keep == MAX_ITEMS || total + value.len() > MAX_LIST_BYTES {
            break;
        }
        total += value.len();
        keep += 1;
    }
    if keep < list.len() {
        list.truncate(keep);
        list.shrink_to_fit();
        clipped = true;
    }
    clipped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn over_long_fields_are_cut_at_a_character_boundary_with_a_mark() {
        let mut md = RecordMetadata {
            title: Some("é".repeat(60_000)),
            description: Some("word ".repeat(20_000)),
            publisher: Some("Open School Network".into()),
            url: Some(format!("https://oer.example.org/{}", "a".repeat(5000))),
            doi: Some("10.1234/abc".into()),
            keywords: (0..500).map(|i| format!("keyword {i}")).collect(),
            creators: vec![Agent::named(&"x".repeat(100_000)), "Ada".into()],
            alternative_titles: vec![LangText {
                text: "t".repeat(10_000),
                language: None,
            }],
            ..Default::default()
        };
        assert!(clip(&mut md));
        let title = md.title.as_deref().unwrap();
        assert!(
            title.len() <= MAX_TITLE_BYTES && title.ends_with('…'),
            "{}",
            title.len()
        );
        let description = md.description.as_deref().unwrap();
        assert!(description.len() <= MAX_DESCRIPTION_BYTES);
        assert!(
            description.ends_with("word…"),
            "trailing space trimmed before the mark"
        );
        assert_eq!(
            md.publisher.as_ref().map(|p| p.name.as_str()),
            Some("Open School Network")
        );
        assert_eq!(md.url, None, "a cut URL would lead elsewhere");
        assert_eq!(md.doi.as_deref(), Some("10.1234/abc"));
        assert_eq!(md.keywords.len(), MAX_ITEMS);
        assert_eq!(md.keywords[99], "keyword 99");
        assert_eq!(md.creators.len(), 2);
        assert!(md.creators[0].name.len() <= MAX_ITEM_BYTES);
        assert!(md.alternative_titles[0].text.len() <= MAX_ITEM_BYTES);
        let json = serde_json::to_string(&md).unwrap();
        assert!(json.len() < 100_000, "{}", json.len());
    }

    #[test]
    fn lists_are_bounded_in_bytes_too_and_small_records_are_untouched() {
        let mut md = RecordMetadata {
            subjects: (0..90)
                .map(|i| format!("{i:03}{}", "s".repeat(500)))
                .collect(),
            ..Default::default()
        };
        assert!(clip(&mut md));
        let total: usize = md.subjects.iter().map(String::len).sum();
        assert!(
            total <= MAX_LIST_BYTES && md.subjects.len() == 32,
            "{}",
            md.subjects.len()
        );
        let mut small = RecordMetadata {
            title: Some("Fractions".into()),
            keywords: vec!["maths".into()],
            ..Default::default()
        };
        let before = small.clone();
        assert!(!clip(&mut small));
        assert_eq!(small, before);
    }
}
