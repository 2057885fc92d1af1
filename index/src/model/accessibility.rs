//! What a record says about a resource's accessibility, in schema.org's accessibility
//! vocabulary (`accessibilityFeature`, `accessMode`, `accessibilityHazard`,
//! `accessibilitySummary`, as LRMI and many LOM profiles carry them), and the short list of
//! filters teachers search by ([`FILTERS`]).
//!
//! Crosswalks push values as written; [`Accessibility::push_feature`] and its siblings
//! normalise them to schema.org's spelling (`Closed captions`, `closed-captions` and
//! `http://schema.org/closedCaptions` are all `closedCaptions`) and keep unknown terms as
//! written, so nothing a repository states is lost. [`Accessibility::filters`] maps the terms to
//! the filter values the search offers as a facet:
//!
//! | filter | schema.org terms |
//! |---|---|
//! | `captions` | feature `captions`, `closedCaptions`, `openCaptions` |
//! | `transcript` | feature `transcript` |
//! | `alternative-text` | feature `alternativeText` |
//! | `audio-description` | feature `audioDescription` |
//! | `sign-language` | feature `signLanguage` |
//! | `structural-navigation` | feature `structuralNavigation`, `tableOfContents` |
//! | `accessible-math` | feature `MathML`, `describedMath`, `latex` |
//! | `no-flashing-hazard` | hazard `noFlashingHazard` or `none` |
//! | `no-motion-hazard` | hazard `noMotionSimulationHazard` or `none` |
//! | `no-sound-hazard` | hazard `noSoundHazard` or `none` |
//!
//! A hazard filter holds only where the record says so: a resource that says nothing about
//! flashing is not "without flashing hazard".

use serde::{Deserialize, Serialize};

use crate::model::{collapse_whitespace, RecordMetadata};

/// The accessibility filter values, in the order pages list them.
pub const FILTERS: &[&str] = &[
    "captions",
    "transcript",
    "alternative-text",
    "audio-description",
    "sign-language",
    "structural-navigation",
    "accessible-math",
    "no-flashing-hazard",
    "no-motion-hazard",
    "no-sound-hazard",
];

/// schema.org `accessibilityFeature` values (the WebSchemas accessibility vocabulary).
const FEATURES: &[&str] = &[
    "alternativeText",
    "annotations",
    "ARIA",
    "audioDescription",
    "bookmarks",
    "braille",
    "captions",
    "ChemML",
    "closedCaptions",
    "describedMath",
    "displayTransformability",
    "fullRubyAnnotations",
    "highContrastAudio",
    "highContrastDisplay",
    "index",
    "largePrint",
    "latex",
    "longDescription",
    "MathML",
    "none",
    "openCaptions",
    "pageBreakMarkers",
    "pageNavigation",
    "printPageNumbers",
    "readingOrder",
    "rubyAnnotations",
    "signLanguage",
    "structuralNavigation",
    "synchronizedAudioText",
    "tableOfContents",
    "taggedPDF",
    "tactileGraphic",
    "tactileObject",
    "timingControl",
    "transcript",
    "ttsMarkup",
    "unlocked",
];

/// schema.org `accessMode` values.
const MODES: &[&str] = &[
    "auditory",
    "chartOnVisual",
    "chemOnVisual",
    "colorDependent",
    "diagramOnVisual",
    "mathOnVisual",
    "musicOnVisual",
    "tactile",
    "textOnVisual",
    "textual",
    "visual",
];

/// schema.org `accessibilityHazard` values.
const HAZARDS: &[&str] = &[
    "flashing",
    "motionSimulation",
    "noFlashingHazard",
    "noMotionSimulationHazard",
    "noSoundHazard",
    "none",
    "sound",
    "unknown",
];

/// What a record (or a merged resource) says about accessibility. Every list keeps its order
/// and holds each term once.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct Accessibility {
    /// `accessibilityFeature`: what makes it accessible (`captions`, `alternativeText`…).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub features: Vec<String>,
    /// `accessMode`: the senses it is perceived with (`textual`, `visual`, `auditory`…).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub modes: Vec<String>,
    /// `accessibilityHazard`: `noFlashingHazard`, `flashing`, `none`…
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hazards: Vec<String>,
    /// `accessibilitySummary`: a sentence in the record's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

impl Accessibility {
    /// True when the record says nothing about accessibility (the field is then left out of
    /// stored and served JSON, which stays as it was before the field existed).
    pub fn is_empty(&self) -> bool {
        self.features.is_empty()
            && self.modes.is_empty()
            && self.hazards.is_empty()
            && self.summary.is_none()
    }

    /// Adds `accessibilityFeature` values (one term, or several separated by commas or
    /// semicolons).
    pub fn push_feature(&mut self, value: &str) {
        push_terms(&mut self.features, value, FEATURES);
    }

    /// Adds `accessMode` values.
    pub fn push_mode(&mut self, value: &str) {
        push_terms(&mut self.modes, value, MODES);
    }

    /// Adds `accessibilityHazard` values.
    pub fn push_hazard(&mut self, value: &str) {
        push_terms(&mut self.hazards, value, HAZARDS);
    }

    /// Sets the summary unless one is set already.
    pub fn set_summary(&mut self, value: &str) {
        RecordMetadata::set_once(&mut self.summary, value);
    }

    /// Every record's statements together: lists united in order, the first summary.
    pub fn merged<'a>(all: impl IntoIterator<Item = &'a Accessibility>) -> Accessibility {
        let mut out = Accessibility::default();
        for a in all {
            for (list, values) in [
                (&mut out.features, &a.features),
                (&mut out.modes, &a.modes),
                (&mut out.hazards, &a.hazards),
            ] {
                for v in values {
                    RecordMetadata::push_unique(list, v);
                }
            }
            if let Some(summary) = &a.summary {
                out.set_summary(summary);
            }
        }
        out
    }

    /// The filter values ([`FILTERS`]) these statements satisfy, in [`FILTERS`] order.
    pub fn filters(&self) -> Vec<&'static str> {
        let feature = |terms: &[&str]| self.features.iter().any(|f| terms.contains(&f.as_str()));
        let hazard = |term: &str| {
            self.hazards.iter().any(|h| h == term || h == "none")
                // "none" beside a named hazard contradicts itself: believe the hazard.
                && !self.hazards.iter().any(|h| HAZARDS_PRESENT.contains(&h.as_str()))
        };
        let mut out = Vec::new();
        for filter in FILTERS {
            let holds = match *filter {
                "captions" => feature(&["captions", "closedCaptions", "openCaptions"]),
                "transcript" => feature(&["transcript"]),
                "alternative-text" => feature(&["alternativeText"]),
                "audio-description" => feature(&["audioDescription"]),
                "sign-language" => feature(&["signLanguage"]),
                "structural-navigation" => feature(&["structuralNavigation", "tableOfContents"]),
                "accessible-math" => feature(&["MathML", "describedMath", "latex"]),
                "no-flashing-hazard" => hazard("noFlashingHazard"),
                "no-motion-hazard" => hazard("noMotionSimulationHazard"),
                "no-sound-hazard" => hazard("noSoundHazard"),
                _ => false,
            };
            if holds {
                out.push(*filter);
            }
        }
        out
    }
}

/// Hazards a resource has.
const HAZARDS_PRESENT: &[&str] = &["flashing", "motionSimulation", "sound"];

/// Pushes each term of `value` onto `list`, in the vocabulary's spelling when `known` has it.
fn push_terms(list: &mut Vec<String>, value: &str, known: &[&str]) {
    for term in value.split([',', ';']) {
        let term = collapse_whitespace(term);
        if term.is_empty() {
            continue;
        }
        let key = comparable(&term);
        let term = known
            .iter()
            .find(|k| comparable(k) == key)
            .map_or(term, |k| k.to_string());
        RecordMetadata::push_unique(list, &term);
    }
}

/// A term for comparison: the last segment of a URI, in lower case, without spaces, hyphens or
/// underscores (`http://schema.org/closedCaptions`, `closed captions` → `closedcaptions`).
fn comparable(term: &str) -> String {
    let term = term.trim().trim_end_matches(['/', '#']);
    let tail = term.rsplit(['/', '#', ':']).next().unwrap_or(term);
    tail.chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_'))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_take_schema_orgs_spelling_and_unknown_ones_stay() {
        let mut a = Accessibility::default();
        a.push_feature("Closed captions");
        a.push_feature("http://schema.org/closedCaptions");
        a.push_feature("alternative_text; transcript");
        a.push_feature("Gebärdensprache");
        a.push_mode("TEXTUAL, visual");
        a.push_hazard("https://schema.org/noFlashingHazard");
        a.set_summary("  Captions in  English. ");
        a.set_summary("second");
        assert_eq!(
            a.features,
            [
                "closedCaptions",
                "alternativeText",
                "transcript",
                "Gebärdensprache"
            ]
        );
        assert_eq!(a.modes, ["textual", "visual"]);
        assert_eq!(a.hazards, ["noFlashingHazard"]);
        assert_eq!(a.summary.as_deref(), Some("Captions in English."));
    }

    #[test]
    fn filters_follow_the_table() {
        let mut a = Accessibility::default();
        assert!(a.filters().is_empty());
        a.push_feature("openCaptions, MathML, tableOfContents");
        a.push_hazard("noSoundHazard");
        assert_eq!(
            a.filters(),
            [
                "captions",
                "structural-navigation",
                "accessible-math",
                "no-sound-hazard"
            ]
        );
        let mut none = Accessibility::default();
        none.push_hazard("none");
        assert_eq!(
            none.filters(),
            ["no-flashing-hazard", "no-motion-hazard", "no-sound-hazard"]
        );
        none.push_hazard("flashing");
        assert!(none.filters().is_empty(), "a stated hazard wins over none");
        for filter in FILTERS {
            assert!(
                filter.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{filter}"
            );
        }
    }

    #[test]
    fn merging_unites_and_empty_statements_are_left_out_of_json() {
        let mut a = Accessibility::default();
        a.push_feature("captions");
        let mut b = Accessibility::default();
        b.push_feature("captions, transcript");
        b.set_summary("Fully captioned.");
        let merged = Accessibility::merged([&a, &b]);
        assert_eq!(merged.features, ["captions", "transcript"]);
        assert_eq!(merged.summary.as_deref(), Some("Fully captioned."));
        assert_eq!(
            serde_json::to_string(&Accessibility::default()).unwrap(),
            "{}"
        );
        let back: Accessibility =
            serde_json::from_str(&serde_json::to_string(&merged).unwrap()).unwrap();
        assert_eq!(back, merged);
    }
}
