//! Text analysis every search engine shares: how a record's text and a user's query become
//! terms, so that the same word matches however it is written.
//!
//! A text is cut into words on anything that is not a letter, digit or combining mark; a run of
//! Chinese or Japanese characters (written without spaces) becomes overlapping bigrams instead
//! (`光合作用` → `光合`, `合作`, `作用`), so a word inside an unspaced title is found without a
//! dictionary. Each word is then:
//!
//! 1. normalised (Unicode NFKC: full-width and compatibility forms become the plain ones) and
//!    lowercased;
//! 2. stemmed with the Snowball stemmer of each language given ([`Stemmers`]; `Brüche` →
//!    `bruch` in German, `fractions` → `fraction` in English);
//! 3. folded: diacritics, Arabic harakat and a few ligatures removed (`élève` → `eleve`).
//!
//! A [`Token`] keeps both forms: the folded word (`exact`) and its folded stems, so an engine can
//! rank an exact form above a stemmed one.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// One term of an analysed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The word normalised, lowercased and folded (for a bigram: the two characters).
    pub exact: String,
    /// Its folded stems, one per stemmer that changed it, without duplicates and without
    /// `exact` itself (empty for bigrams and for words no stemmer changes).
    pub stems: Vec<String>,
    /// Word position in the text (bigrams of one run take consecutive positions).
    pub position: u32,
    /// Where the word is in the text analysed (byte offsets).
    pub offsets: Range<usize>,
}

impl Token {
    /// The stems, or the word itself when no stemmer changed it: what a stemmed field holds.
    pub fn stems_or_exact(&self) -> impl Iterator<Item = &str> {
        let own = self.stems.is_empty().then_some(self.exact.as_str());
        own.into_iter().chain(self.stems.iter().map(String::as_str))
    }
}

/// Languages (ISO 639-1) with a Snowball stemmer, and the stemmer of each.
const LANGUAGES: [(&str, Algorithm); 18] = [
    ("ar", Algorithm::Arabic),
    ("da", Algorithm::Danish),
    ("de", Algorithm::German),
    ("el", Algorithm::Greek),
    ("en", Algorithm::English),
    ("es", Algorithm::Spanish),
    ("fi", Algorithm::Finnish),
    ("fr", Algorithm::French),
    ("hu", Algorithm::Hungarian),
    ("it", Algorithm::Italian),
    ("nl", Algorithm::Dutch),
    ("no", Algorithm::Norwegian),
    ("pt", Algorithm::Portuguese),
    ("ro", Algorithm::Romanian),
    ("ru", Algorithm::Russian),
    ("sv", Algorithm::Swedish),
    ("ta", Algorithm::Tamil),
    ("tr", Algorithm::Turkish),
];

/// The stemmer of a language code (`en`, `de-AT`, `nb`), if Snowball has one.
pub fn stemmer(language: &str) -> Option<&'static Stemmer> {
    static STEMMERS: OnceLock<Vec<Stemmer>> = OnceLock::new();
    let primary = language.split(['-', '_']).next().unwrap_or_default();
    let primary = primary.to_ascii_lowercase();
    // Norwegian Bokmål and Nynorsk share the Norwegian stemmer.
    let primary = match primary.as_str() {
        "nb" | "nn" => "no",
        other => other,
    };
    let i = LANGUAGES.iter().position(|(code, _)| *code == primary)?;
    let all = STEMMERS.get_or_init(|| {
        LANGUAGES
            .iter()
            .map(|(_, algorithm)| Stemmer::create(*algorithm))
            .collect()
    });
    all.get(i)
}

/// Whether `language` has a stemmer.
pub fn has_stemmer(language: &str) -> bool {
    stemmer(language).is_some()
}

/// The stemmers a text or query is analysed with.
#[derive(Default)]
pub struct Stemmers(Vec<&'static Stemmer>);

impl Stemmers {
    /// The stemmers of the languages given (those without one are left out, duplicates too).
    pub fn of<'a>(languages: impl IntoIterator<Item = &'a str>) -> Self {
        let mut all: Vec<&'static Stemmer> = Vec::new();
        for stemmer in languages.into_iter().filter_map(stemmer) {
            if !all.iter().any(|s| std::ptr::eq(*s, stemmer)) {
                all.push(stemmer);
            }
        }
        Stemmers(all)
    }

    /// No stemming.
    pub fn none() -> Self {
        Stemmers(Vec::new())
    }

    /// The folded stems of a lowercased word that differ from `exact`, without duplicates.
    fn stems(&self, lower: &str, exact: &str) -> Vec<String> {
        let mut stems: Vec<String> = Vec::new();
        let arabic = stemmer("ar");
        for stemmer in &self.0 {
            let stem = if arabic.is_some_and(|a| std::ptr::eq(a, *stemmer)) {
                fold(&stemmer.stem(without_arabic_article(lower)))
            } else {
                fold(&stemmer.stem(lower))
            };
            if stem != exact && !stem.is_empty() && !stems.contains(&stem) {
                stems.push(stem);
            }
        }
        stems
    }
}

/// An Arabic word without its definite article and the particles fused with it (`ال`, `وال`,
/// `بال`, `كال`, `فال`, `لل`), as light Arabic stemmers do first: Snowball keeps the article
/// of short words (`الخلية` stems to `الخل`, `خلية` to `خل`).
fn without_arabic_article(word: &str) -> &str {
    for article in ["وال", "بال", "كال", "فال", "ال", "لل"] {
        if let Some(rest) = word.strip_prefix(article) {
            if rest.chars().count() >= 2 {
                return rest;
            }
        }
    }
    word
}

/// Unicode NFKC (full-width letters, ligatures and compatibility forms become plain ones);
/// borrowed when the text is already normalised.
pub fn normalize(text: &str) -> Cow<'_, str> {
    match is_nfkc_quick(text.chars()) {
        IsNormalized::Yes => Cow::Borrowed(text),
        _ => Cow::Owned(text.nfkc().collect()),
    }
}

/// Lowercases and removes diacritics (Latin, Greek, Cyrillic), Arabic harakat and tatweel, and
/// spells out a few letters that are not decomposable (`ß` → `ss`, `æ` → `ae`, `ø` → `o`).
/// Other scripts' combining marks (Indic vowel signs) are kept: they are part of the word.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase).nfd() {
        match c {
            '\u{0300}'..='\u{036F}' | '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' => {}
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ø' => out.push('o'),
            'đ' => out.push('d'),
            'ł' => out.push('l'),
            'ı' => out.push('i'),
            c => out.push(c),
        }
    }
    if out.is_ascii() {
        out
    } else {
        out.nfc().collect()
    }
}

/// Chinese characters, kana and their compatibility forms: scripts written without spaces,
/// analysed as overlapping bigrams.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'   // hiragana, katakana
        | '\u{31F0}'..='\u{31FF}' // katakana phonetic extensions
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}' // half-width katakana
        | '\u{20000}'..='\u{2FA1F}' // extensions B-F, compatibility supplement
    )
}

/// What a character is to the segmenter.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Word,
    Cjk,
    Other,
}

fn class(c: char) -> Class {
    if is_cjk(c) {
        Class::Cjk
    } else if c.is_alphanumeric() || is_combining_mark(c) {
        Class::Word
    } else {
        Class::Other
    }
}

/// A run of one class: byte range in the text.
fn runs(text: &str) -> impl Iterator<Item = (Class, Range<usize>)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || loop {
        let (start, c) = chars.next()?;
        let kind = class(c);
        let mut end = start + c.len_utf8();
        while let Some(&(i, next)) = chars.peek() {
            // A combining mark stays with the run it follows, whatever its class.
            if class(next) != kind && !(kind != Class::Other && is_combining_mark(next)) {
                break;
            }
            end = i + next.len_utf8();
            chars.next();
        }
        if kind != Class::Other {
            return Some((kind, start..end));
        }
    })
}

/// Analyses `text` into tokens, stemming words with `stemmers`.
pub fn analyse(text: &str, stemmers: &Stemmers) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut position = 0u32;
    for (kind, range) in runs(text) {
        let run = &text[range.clone()];
        match kind {
            Class::Cjk => {
                // Normalised first (half-width kana and their sound marks become one
                // character); each bigram keeps the offsets of its two characters when
                // normalising kept the characters one for one, else of the whole run.
                let normal: Vec<char> = normalize(run).chars().collect();
                let original: Vec<(usize, char)> = run
                    .char_indices()
                    .map(|(i, c)| (range.start + i, c))
                    .collect();
                let offsets = |i: usize| {
                    if normal.len() == original.len() {
                        let (last, c) = original[(i + 1).min(original.len() - 1)];
                        original[i].0..last + c.len_utf8()
                    } else {
                        range.clone()
                    }
                };
                let grams: Vec<(String, Range<usize>)> = if normal.len() == 1 {
                    vec![(fold(&normal[0].to_string()), range.clone())]
                } else {
                    normal
                        .windows(2)
                        .enumerate()
                        .map(|(i, w)| (fold(&String::from_iter(w)), offsets(i)))
                        .collect()
                };
                for (gram, offsets) in grams {
                    tokens.push(Token {
                        exact: gram,
                        stems: Vec::new(),
                        position,
                        offsets,
                    });
                    position += 1;
                }
            }
            _ => {
                // NFKC may split one run into several words ("½" → "1⁄2"): each is a token
                // of its own, all pointing at the run.
                let normal = normalize(run);
                for word in normal
                    .split(|c: char| class(c) == Class::Other)
                    .filter(|w| !w.is_empty())
                {
                    let lower = word.to_lowercase();
                    let exact = fold(&lower);
                    if exact.is_empty() {
                        continue;
                    }
                    let stems = stemmers.stems(&lower, &exact);
                    tokens.push(Token {
                        exact,
                        stems,
                        position,
                        offsets: range.clone(),
                    });
                    position += 1;
                }
            }
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exact(text: &str) -> Vec<String> {
        analyse(text, &Stemmers::none())
            .into_iter()
            .map(|t| t.exact)
            .collect()
    }

    fn stems(text: &str, language: &str) -> Vec<String> {
        analyse(text, &Stemmers::of([language]))
            .iter()
            .flat_map(|t| t.stems_or_exact().map(String::from).collect::<Vec<_>>())
            .collect()
    }

    #[test]
    fn case_and_diacritics_are_folded() {
        let cases = [
            ("Élève", "eleve"),
            ("ÉQUATIONS", "equations"),
            ("Straße", "strasse"),
            ("Ærø", "aero"),
            ("São Paulo", "sao"),
            ("Ёлка", "елка"),
            ("Φωτοσύνθεση", "φωτοσυνθεση"),
            ("الرِّيَاضِيَّات", "الرياضيات"),
            ("Łódź", "lodz"),
        ];
        for (input, first) in cases {
            assert_eq!(exact(input)[0], first, "{input}");
        }
    }

    #[test]
    fn nfkc_makes_full_width_and_composed_forms_match() {
        // Full-width Latin, a decomposed é, a ligature.
        assert_eq!(exact("Ｆｒａｃｔｉｏｎｓ"), ["fractions"]);
        assert_eq!(exact("e\u{0301}le\u{0300}ve"), ["eleve"]);
        assert_eq!(exact("ﬁnal"), ["final"]);
        // Half-width katakana (and its sound marks) become full-width before bigrams are made.
        assert_eq!(exact("ｶﾀｶﾅ"), exact("カタカナ"));
        assert_eq!(exact("ﾌﾟﾛｸﾞﾗﾐﾝｸﾞ"), exact("プログラミング"));
    }

    #[test]
    fn words_split_on_punctuation_and_keep_their_offsets() {
        let text = "Brüche – lesson plan (l'élève)";
        let tokens = analyse(text, &Stemmers::none());
        let words: Vec<(&str, &str)> = tokens
            .iter()
            .map(|t| (t.exact.as_str(), &text[t.offsets.clone()]))
            .collect();
        assert_eq!(
            words,
            [
                ("bruche", "Brüche"),
                ("lesson", "lesson"),
                ("plan", "plan"),
                ("l", "l"),
                ("eleve", "élève"),
            ]
        );
        let positions: Vec<u32> = tokens.iter().map(|t| t.position).collect();
        assert_eq!(positions, [0, 1, 2, 3, 4]);
    }

    #[test]
    fn unspaced_scripts_become_overlapping_bigrams() {
        assert_eq!(exact("光合作用"), ["光合", "合作", "作用"]);
        assert_eq!(
            exact("植物の光合成について"),
            [
                "植物", "物の", "の光", "光合", "合成", "成に", "につ", "つい", "いて"
            ]
        );
        // A lone character is a unigram; Latin beside CJK stays a word of its own.
        assert_eq!(exact("水"), ["水"]);
        assert_eq!(exact("DNA复制"), ["dna", "复制"]);
        // Hangul is written with spaces: words, not bigrams.
        assert_eq!(exact("광합성 실험"), ["광합성", "실험"]);
    }

    #[test]
    fn each_language_stems_with_its_own_snowball_stemmer() {
        let cases = [
            ("en", "Fractions", "fraction"),
            ("en", "Teaching", "teach"),
            ("de", "Brüche", "bruch"),
            ("de", "Bruch", "bruch"),
            ("fr", "équations", "equat"),
            ("fr", "équation", "equat"),
            ("es", "ecuaciones", "ecuacion"),
            ("it", "frazioni", "frazion"),
            ("pt", "frações", "fraco"),
            ("nl", "breuken", "breuk"),
            ("ru", "уравнения", "уравнен"),
            ("sv", "ekvationer", "ekvation"),
            ("tr", "denklemler", "denklem"),
        ];
        for (language, word, stem) in cases {
            assert_eq!(stems(word, language), [stem], "{language} {word}");
        }
    }

    #[test]
    fn arabic_stems_drop_the_article_and_the_feminine_ending() {
        assert_eq!(stems("الخلية", "ar"), stems("خلية", "ar"));
    }

    #[test]
    fn a_stem_equal_to_the_word_is_not_repeated() {
        let tokens = analyse("plan", &Stemmers::of(["en", "de"]));
        assert!(tokens[0].stems.is_empty(), "{tokens:?}");
        assert_eq!(tokens[0].stems_or_exact().collect::<Vec<_>>(), ["plan"]);
    }

    #[test]
    fn several_stemmers_give_each_distinct_stem_once() {
        let tokens = analyse("equations", &Stemmers::of(["en", "fr", "en", "xx"]));
        assert_eq!(tokens[0].stems, ["equat"]);
        let tokens = analyse("lessons", &Stemmers::of(["en", "de"]));
        assert_eq!(tokens[0].stems, ["lesson"]);
    }

    #[test]
    fn language_codes_find_their_stemmer() {
        for code in [
            "en", "EN", "de-AT", "pt_BR", "nb", "nn", "ar", "el", "hu", "ro", "fi",
        ] {
            assert!(has_stemmer(code), "{code}");
        }
        for code in ["zh", "ja", "sw", "", "x-klingon"] {
            assert!(!has_stemmer(code), "{code}");
        }
    }

    #[test]
    fn bigrams_point_at_their_two_characters() {
        let text = "植物的光合作用";
        let tokens = analyse(text, &Stemmers::none());
        let spans: Vec<&str> = tokens.iter().map(|t| &text[t.offsets.clone()]).collect();
        assert_eq!(spans, ["植物", "物的", "的光", "光合", "合作", "作用"]);
    }

    #[test]
    fn text_without_words_has_no_tokens() {
        assert!(exact("").is_empty());
        assert!(exact(" – … ¿? \"\" ").is_empty());
    }

    #[test]
    fn indic_vowel_signs_stay_in_the_word() {
        assert_eq!(exact("प्रकाश संश्लेषण"), ["प्रकाश", "संश्लेषण"]);
    }
}
