//! Language normalisation: ISO 639-1 where one exists, else ISO 639-3.
//!
//! Harvested metadata spells languages in many ways: `en`, `EN`, `eng`, the ISO 639-2/B
//! bibliographic codes (`fre`, `ger`), BCP 47 / RFC 5646 tags (`pt_BR`, `zh-Hans-CN`), English
//! names (`English`), autonyms (`Português`, `Kiswahili`), Library of Congress or lexvo URIs, with
//! stray whitespace and trailing punctuation. [`normalize`] folds all of these to one canonical
//! code so that records can be faceted and searched by language.
//!
//! The code tables and names come from the [`isolang`] crate (ISO 639-3, with 639-1 mappings,
//! English reference names and autonyms); only the small ISO 639-2/B table, a handful of
//! deprecated codes and a few common English aliases are kept here.
//!
//! Decisions:
//!
//! * The special ISO 639-2 codes `und` (undetermined), `zxx` (no linguistic content), `mul`
//!   (multiple languages), `mis` (uncoded languages) and the local-use range `qaa`–`qtz` are *not*
//!   languages for the catalogue: they normalise to `None`, as do private-use (`x-…`) and
//!   grandfathered `i-…` tags.
//! * Of a BCP 47 tag only the primary language subtag is kept (`zh-Hans-CN` → `zh`, `pt-BR` →
//!   `pt`). Extended language subtags are ignored, so `zh-yue` gives the macrolanguage `zh`; this
//!   also keeps malformed tags such as `en-USA` working.
//! * Individual languages of a macrolanguage are kept as they are: `cmn` stays `cmn`, `swh`
//!   stays `swh`; only codes that have an ISO 639-1 equivalent are shortened.
//! * Lists (`en; fr`, `en, de`) are not split here; the caller splits multi-valued fields, and a
//!   whole list normalises to `None`.
//! * Names are matched case-insensitively, with Latin diacritics optionally dropped (`portugues`,
//!   `espanol`), a trailing parenthetical ignored (`Portuguese (Brazil)`) and LoC-style inverted
//!   names accepted (`Greek, Modern`). When a name is shared, a language with an ISO 639-1 code
//!   wins (`Swahili` → `sw`, not the individual language `swh`).
//!
//! Code inputs (the vast majority) are resolved without allocation apart from the returned
//! `String`; names go through a lowercase index built once, on first use.

use std::collections::HashMap;
use std::sync::OnceLock;

use isolang::Language;

/// Normalises a language tag or name to ISO 639-1 where one exists, else ISO 639-3.
///
/// Accepts ISO 639-1 (`en`, `EN`), ISO 639-2/T and 639-3 (`eng`, `ang`), ISO 639-2/B (`fre`,
/// `ger`), BCP 47 / POSIX locale tags (`de-DE`, `pt_BR`, `zh-Hans-CN`, `en_US.UTF-8`), English
/// names (`German`), autonyms (`Deutsch`, `Português`, also without accents: `portugues`), and
/// URIs whose last path segment is a code (`http://id.loc.gov/vocabulary/iso639-2/fre`,
/// `http://lexvo.org/id/iso639-3/deu`). Surrounding whitespace, quotes and brackets and trailing
/// punctuation are ignored.
///
/// Returns `None` for empty input, garbage, and the non-language codes `und`, `zxx`, `mul`,
/// `mis`, `qaa`–`qtz` and private-use tags (`x-none`).
///
/// ```
/// use oerdex_normalise::language::normalize;
/// assert_eq!(normalize("pt_BR").as_deref(), Some("pt"));
/// assert_eq!(normalize("fre").as_deref(), Some("fr"));
/// assert_eq!(normalize("Deutsch").as_deref(), Some("de"));
/// assert_eq!(normalize("ang").as_deref(), Some("ang"));
/// assert_eq!(normalize("und"), None);
/// ```
pub fn normalize(tag: &str) -> Option<String> {
    resolve(tag).map(|lang| canonical_code(lang).to_owned())
}

/// The English name of a language, e.g. `"German"` for `de`.
///
/// Accepts everything [`normalize`] accepts (`de`, `deu`, `ger`, `de-AT`, `Deutsch`). The name is
/// the ISO 639-3 reference name, except for a few languages where that name is unusual in
/// everyday English (`el` is `"Greek"`, not `"Modern Greek"`). `None` when the input is not a
/// language.
pub fn english_name(code: &str) -> Option<&'static str> {
    resolve(code).map(display_name)
}

/// The native name (autonym) of a language, e.g. `"Deutsch"`, `"Kiswahili"`, `"français"`.
///
/// Accepts everything [`normalize`] accepts. Where the autonym table lists several forms only the
/// first is returned (`"Ayisyen"` for Haitian). Falls back to [`english_name`] for languages
/// without a known autonym. `None` when the input is not a language.
pub fn native_name(code: &str) -> Option<&'static str> {
    let lang = resolve(code)?;
    Some(
        lang.to_autonym()
            .map(first_autonym)
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| display_name(lang)),
    )
}

/// Whether text in this language is written right to left.
///
/// Accepts everything [`normalize`] accepts. A BCP 47 script subtag decides when present
/// (`az-Arab` and `pa-Arab` are right to left, `sd-Deva` and `ku-Latn` are not); otherwise the
/// language's usual script does: Arabic (and its varieties), Hebrew, Persian, Urdu, Yiddish,
/// Pashto, Dhivehi, Central Kurdish (`ckb`), Sindhi, Uyghur, Syriac, N'Ko, Balochi, Kashmiri and
/// a few more. `false` for anything that is not a language.
pub fn is_rtl(code: &str) -> bool {
    let s = clean(code);
    let s = uri_tail(s).unwrap_or(s);
    if let Some(script) = script_subtag(s) {
        return is_rtl_script(script);
    }
    resolve(code).is_some_and(|lang| is_rtl_language(lang.to_639_3()))
}

/// The canonical code: ISO 639-1 if the language has one, else ISO 639-3.
fn canonical_code(lang: Language) -> &'static str {
    lang.to_639_1().unwrap_or_else(|| lang.to_639_3())
}

/// Resolves any accepted input form to a language, excluding the non-language codes.
fn resolve(input: &str) -> Option<Language> {
    let s = clean(input);
    if s.is_empty() {
        return None;
    }
    let s = uri_tail(s).unwrap_or(s);
    if s.is_empty() {
        return None;
    }
    let lang = match parse_tag(s) {
        Tag::Lang(lang) => Some(lang),
        Tag::NotALanguage => None,
        Tag::Unknown => lookup_name(s),
    }?;
    (!is_special(lang.to_639_3())).then_some(lang)
}

/// Trims whitespace, a BOM, surrounding quotes and brackets, and trailing punctuation.
fn clean(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || matches!(c, '\u{feff}' | '"' | '\'' | '[' | ']'))
        .trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '-' | '_')
        })
}

/// The code part of a URI (`http://id.loc.gov/vocabulary/iso639-2/fre` → `fre`,
/// `urn:ietf:bcp47:en` → `en`), or `None` when the input is not a URI.
fn uri_tail(s: &str) -> Option<&str> {
    if let Some(rest) = s
        .get(..4)
        .filter(|p| p.eq_ignore_ascii_case("urn:"))
        .map(|_| &s[4..])
    {
        return rest.rsplit(':').next();
    }
    if !s.contains("://") {
        return None;
    }
    let s = s.split(['?', '#']).next().unwrap_or(s);
    let s = s.trim_end_matches('/');
    s.rsplit('/').next()
}

/// Outcome of parsing an input as a code or tag.
enum Tag {
    /// A known language code.
    Lang(Language),
    /// Syntactically a code, but explicitly not a language (private use, grandfathered).
    NotALanguage,
    /// Not a code we know; may still be a name.
    Unknown,
}

/// Parses ISO 639 codes and BCP 47 / POSIX locale tags by their primary subtag.
fn parse_tag(s: &str) -> Tag {
    // POSIX locales: `en_US.UTF-8`, `de_DE@euro`.
    let s = s.split(['.', '@']).next().unwrap_or(s);
    let mut subtags = s.split(['-', '_']);
    let primary = subtags.next().unwrap_or("");
    let well_formed = !primary.is_empty()
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && subtags
            .all(|t| (1..=8).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_alphanumeric()));
    if !well_formed {
        return Tag::Unknown;
    }
    if primary.eq_ignore_ascii_case("x") || primary.eq_ignore_ascii_case("i") {
        return Tag::NotALanguage;
    }
    match code_to_language(primary) {
        Some(lang) => Tag::Lang(lang),
        None => Tag::Unknown,
    }
}

/// Looks up a bare two- or three-letter code, any case.
fn code_to_language(code: &str) -> Option<Language> {
    let mut buf = [0u8; 3];
    let len = code.len();
    if !(2..=3).contains(&len) {
        return None;
    }
    for (dst, b) in buf.iter_mut().zip(code.bytes()) {
        *dst = b.to_ascii_lowercase();
    }
    let code = std::str::from_utf8(&buf[..len]).ok()?;
    let code = deprecated_or_bibliographic(code).unwrap_or(code);
    if len == 2 {
        Language::from_639_1(code)
    } else {
        Language::from_639_3(code)
    }
}

/// ISO 639-2/B bibliographic codes, withdrawn 639-2 codes and deprecated 639-1 codes, mapped to
/// their current equivalent (639-2/T = 639-3, or 639-1).
fn deprecated_or_bibliographic(code: &str) -> Option<&'static str> {
    Some(match code {
        // ISO 639-2/B → 639-2/T.
        "alb" => "sqi",
        "arm" => "hye",
        "baq" => "eus",
        "bur" => "mya",
        "chi" => "zho",
        "cze" => "ces",
        "dut" => "nld",
        "fre" => "fra",
        "geo" => "kat",
        "ger" => "deu",
        "gre" => "ell",
        "ice" => "isl",
        "mac" => "mkd",
        "mao" => "mri",
        "may" => "msa",
        "per" => "fas",
        "rum" => "ron",
        "slo" => "slk",
        "tib" => "bod",
        "wel" => "cym",
        // Withdrawn ISO 639-2 codes.
        "scc" => "srp",
        "scr" => "hrv",
        "mol" => "ron",
        // Deprecated ISO 639-1 codes.
        "iw" => "he",
        "in" => "id",
        "ji" => "yi",
        "jw" => "jv",
        "mo" => "ro",
        _ => return None,
    })
}

/// Codes that denote no particular language: undetermined, no linguistic content, multiple,
/// uncoded, and the local-use range `qaa`–`qtz`.
fn is_special(code3: &str) -> bool {
    matches!(code3, "und" | "zxx" | "mul" | "mis")
        || matches!(code3.as_bytes(), [b'q', b'a'..=b't', b'a'..=b'z'])
}

/// English name used for display: the ISO 639-3 reference name, with a few overrides.
fn display_name(lang: Language) -> &'static str {
    match lang.to_639_3() {
        "ell" => "Greek",
        _ => lang.to_name(),
    }
}

/// The first form in an autonym entry such as `"Ayisyen, Kreyòl"` or
/// `"башҡорт теле\u{200e} (Başķort tele), …"`.
fn first_autonym(autonym: &'static str) -> &'static str {
    let first = autonym.split([',', '(']).next().unwrap_or(autonym);
    first.trim_matches(|c: char| c.is_whitespace() || c == '\u{200e}' || c == '\u{200f}')
}

/// Common English names and spellings that are not the ISO 639-3 reference name, keyed by their
/// lowercase form, with the ISO 639-3 code they denote.
const ALIASES: &[(&str, &str)] = &[
    ("greek", "ell"),
    ("farsi", "fas"),
    ("castilian", "spa"),
    ("castellano", "spa"),
    ("irish gaelic", "gle"),
    ("northern sotho", "nso"),
    ("mandarin", "cmn"),
    ("flemish", "nld"),
    ("moldavian", "ron"),
    ("moldovan", "ron"),
    ("bangla", "ben"),
    ("punjabi", "pan"),
    ("pashto", "pus"),
    ("uyghur", "uig"),
    ("kyrgyz", "kir"),
    ("odia", "ori"),
    ("ossetic", "oss"),
    ("haitian creole", "hat"),
    ("gaelic", "gla"),
    ("scots gaelic", "gla"),
    ("sinhalese", "sin"),
    ("slovene", "slv"),
    ("valencian", "cat"),
    ("maldivian", "div"),
    ("letzeburgesch", "ltz"),
    ("limburgish", "lim"),
    ("myanmar", "mya"),
    ("cambodian", "khm"),
    ("laotian", "lao"),
    ("bokmal", "nob"),
    ("sorani", "ckb"),
    ("kurmanji", "kmr"),
    ("sepedi", "nso"),
    ("bahasa indonesia", "ind"),
    ("bahasa melayu", "msa"),
    ("brazilian portuguese", "por"),
    ("simplified chinese", "zho"),
    ("traditional chinese", "zho"),
];

/// Looks a language name (English or autonym) up in the lowercase name index.
fn lookup_name(name: &str) -> Option<Language> {
    let index = name_index();
    let key = lower_key(name);
    // Single letters are never meant as names (ISO 639-3 has a language called "E").
    if key.chars().count() < 2 {
        return None;
    }
    let exact = index.get(key.as_str()).copied();
    if exact.is_some_and(|lang| lang.to_639_1().is_some()) {
        return exact;
    }
    // The folded form may name a more common language: `Guaraní` is the name of `gug`, but
    // `guarani` is `gn`.
    let folded = fold(&key);
    let by_folded = index.get(folded.as_str()).copied();
    if let Some(lang) = by_folded
        .filter(|lang| lang.to_639_1().is_some())
        .or(exact)
        .or(by_folded)
    {
        return Some(lang);
    }
    // `Portuguese (Brazil)`, `English language`, `Greek, Modern (1453- )`.
    let base = strip_parenthetical(&folded);
    let base = base.strip_suffix(" language").unwrap_or(base).trim();
    if let Some(&lang) = index.get(base) {
        return Some(lang);
    }
    let (head, tail) = base.split_once(',')?;
    let (head, tail) = (head.trim(), tail.trim());
    if tail.contains(',') || head.is_empty() || tail.is_empty() {
        return None;
    }
    index.get(format!("{tail} {head}").as_str()).copied()
}

/// The lowercase name index: English names and autonyms (every listed form), each also without
/// a parenthetical and with Latin diacritics folded, plus [`ALIASES`].
fn name_index() -> &'static HashMap<String, Language> {
    static INDEX: OnceLock<HashMap<String, Language>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let all: Vec<Language> = Language::match_names(|_| true).collect();
        let mut map: HashMap<String, Language> = HashMap::with_capacity(all.len() * 3);
        // Exact forms first so that, between languages equally preferred, they win over
        // derived (stripped or folded) forms.
        let mut derived: Vec<(String, Language)> = Vec::new();
        let mut add = |map: &mut HashMap<String, Language>, name: &str, lang: Language| {
            let key = lower_key(name);
            if key.is_empty() {
                return;
            }
            let stripped = strip_parenthetical(&key).trim().to_owned();
            let folded = fold(&key);
            let folded_stripped = fold(&stripped);
            insert_preferring_639_1(map, key, lang);
            for k in [stripped, folded, folded_stripped] {
                derived.push((k, lang));
            }
        };
        for &lang in &all {
            add(&mut map, lang.to_name(), lang);
        }
        for &lang in &all {
            let Some(autonym) = lang.to_autonym() else {
                continue;
            };
            for part in autonym.split([',', '(', ')']) {
                let part = part.trim_matches(|c: char| c.is_whitespace() || c == '\u{200e}');
                if !part.is_empty() {
                    add(&mut map, part, lang);
                }
            }
        }
        for (key, lang) in derived {
            if !key.is_empty() {
                insert_preferring_639_1(&mut map, key, lang);
            }
        }
        for &(alias, code3) in ALIASES {
            if let Some(lang) = Language::from_639_3(code3) {
                map.insert(alias.to_owned(), lang);
            }
        }
        map
    })
}

/// Inserts `key`, replacing an existing entry only if the new language has an ISO 639-1 code
/// and the old one has not (so `swahili` maps to the macrolanguage `sw`, not `swh`).
fn insert_preferring_639_1(map: &mut HashMap<String, Language>, key: String, lang: Language) {
    match map.get(key.as_str()) {
        None => {
            map.insert(key, lang);
        }
        Some(old) if old.to_639_1().is_none() && lang.to_639_1().is_some() => {
            map.insert(key, lang);
        }
        Some(_) => {}
    }
}

/// Lowercases and collapses internal whitespace runs to one space.
fn lower_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.trim().chars() {
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// Drops a trailing parenthetical: `"portuguese (brazil)"` → `"portuguese "`.
fn strip_parenthetical(s: &str) -> &str {
    match s.find('(') {
        Some(i) if i > 0 => &s[..i],
        _ => s,
    }
}

/// Folds common Latin diacritics of an already lowercase string (`português` → `portugues`),
/// drops combining marks and direction marks, and unifies apostrophes. Characters outside the
/// table are kept as they are.
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let base = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
            'ď' | 'đ' | 'ð' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
            'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
            'ĥ' | 'ħ' => 'h',
            'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
            'ĵ' => 'j',
            'ķ' => 'k',
            'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
            'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
            'ŕ' | 'ŗ' | 'ř' => 'r',
            'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
            'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
            'ŵ' => 'w',
            'ý' | 'ÿ' | 'ŷ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            '‘' | '’' | 'ʼ' | 'ʻ' | '`' => '\'',
            'ß' => {
                out.push_str("ss");
                continue;
            }
            'æ' => {
                out.push_str("ae");
                continue;
            }
            'œ' => {
                out.push_str("oe");
                continue;
            }
            '\u{0300}'..='\u{036f}' | '\u{200e}' | '\u{200f}' => continue,
            c => c,
        };
        out.push(base);
    }
    out
}

/// The script subtag of a BCP 47 tag (`az-Arab`, `zh-Hans-CN`), if there is one.
fn script_subtag(s: &str) -> Option<&str> {
    let s = s.split(['.', '@']).next().unwrap_or(s);
    let mut subtags = s.split(['-', '_']);
    let primary = subtags.next()?;
    if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    // The script follows the primary subtag, possibly after one extended language subtag.
    subtags
        .take(2)
        .find(|t| t.len() == 4 && t.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// Right-to-left ISO 15924 scripts.
fn is_rtl_script(script: &str) -> bool {
    const RTL: &[&str] = &[
        "Arab", "Aran", "Hebr", "Thaa", "Syrc", "Syre", "Syrj", "Syrn", "Nkoo", "Adlm", "Rohg",
        "Mand", "Samr", "Mend", "Yezi", "Armi", "Avst", "Chrs", "Elym", "Hatr", "Khar", "Lydi",
        "Mani", "Narb", "Nbat", "Ougr", "Palm", "Phli", "Phlp", "Phnx", "Prti", "Sarb", "Sogd",
        "Sogo",
    ];
    RTL.iter().any(|r| r.eq_ignore_ascii_case(script))
}

/// Languages usually written right to left, by ISO 639-3 code.
fn is_rtl_language(code3: &str) -> bool {
    matches!(
        code3,
        // Arabic and its varieties.
        "ara" | "arb" | "arq" | "ars" | "ary" | "arz" | "acm" | "acq" | "acw" | "acx" | "adf"
            | "aeb" | "afb" | "ajp" | "apc" | "apd" | "auz" | "avl" | "ayh" | "ayl" | "ayn"
            | "ayp" | "abh" | "abv" | "aao" | "aec" | "shu" | "ssh" | "jrb"
            // Hebrew, Yiddish.
            | "heb" | "hbo" | "smp" | "yid" | "ydd" | "yih"
            // Persian and other Iranian languages in Arabic script.
            | "fas" | "pes" | "prs" | "haz" | "jpr" | "glk" | "mzn" | "lrc" | "luz" | "bqi"
            | "pus" | "pbt" | "pbu" | "pst" | "bal" | "bcc" | "bgp" | "bgn"
            // Kurdish (Sorani, Southern), Urdu and Indo-Aryan languages in Arabic script.
            | "ckb" | "sdh" | "urd" | "snd" | "kas" | "pnb" | "skr" | "khw"
            // Turkic in Arabic script.
            | "uig" | "azb" | "ota"
            // Dhivehi, Syriac and Aramaic, N'Ko, Mandaic, Phoenician, Brahui.
            | "div" | "syr" | "aii" | "cld" | "arc" | "sam" | "nqo" | "mid" | "myz" | "phn"
            | "brh"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(input, expected normalised code)`.
    const CASES: &[(&str, Option<&str>)] = &[
        // Real values from /work/shared/fixtures/real (quoted, not copied).
        ("pt_BR", Some("pt")), // inroa/metadata/FEB-capes___dspace10.xml, inroa/FEB-fiocruz6.xml
        ("pt-BR", Some("pt")), // inroa/fedIFRS-records.xml (obaa:obaaLanguage)
        ("Português", Some("pt")), // inroa/fedIFRS-records.xml (obaa:obaaLanguage)
        ("por", Some("pt")),   // inroa/metadata/lume_erro_null_documento.xml
        ("eng", Some("en")), // inroa/metadata/lume_erro_null_documento.xml, oaipmh-scythe/list_records_4.xml
        ("EN", Some("en")),  // inroa/FEB-fiocruz6.xml (obaa:obaaLanguage)
        ("en", Some("en")),  // inroa/FEB-fiocruz6.xml, pyoai/fake1/00005.xml, amb/valid/*.json
        ("en_US", Some("en")), // inroa/FEB-fiocruz6.xml, pyoai/fake1/00005.xml
        ("en-US", Some("en")), // learningregistry/sample-GetRecord-list.xml
        ("\nes", Some("es")), // inroa/metadata/FEB-froac1.xml (lom:language, value on next line)
        ("nl", Some("nl")),  // pyoai/fake1/00004.xml
        ("other", None),     // pyoai/fake1/00005.xml, pyoai/fake2/00002.xml
        ("ang", Some("ang")), // oaipmh-scythe/list_records_4.xml (Old English, 639-3 only)
        ("fre", Some("fr")), // phpoaipmh/NamespacedSample.xml (dc:language, xml:lang)
        ("English", Some("en")), // phpoaipmh/GoodResponseSingleRecord.xml, lrmi/LRexample01.jsonld
        ("http://id.loc.gov/vocabulary/iso639-2/fre", Some("fr")), // scolomfr3utils/echanges.xml
        ("de", Some("de")),  // hs-oer-lom-profil/full-example-a.xml, amb/valid/*.json
        ("fr", Some("fr")),  // amb/valid/mainEntityOf.json (inLanguage)
        ("x-none", None),    // hs-oer-lom-profil/full-example-a.xml (xml:lang)
        ("x-t-cc-url", None), // hs-oer-lom-profil/full-example-a.xml (xml:lang)
        // ISO 639-1 / 639-3 / 639-2/T.
        ("De", Some("de")),
        ("deu", Some("de")),
        ("DEU", Some("de")),
        ("swh", Some("swh")),
        ("cmn", Some("cmn")),
        ("ckb", Some("ckb")),
        ("sh", Some("sh")),
        // ISO 639-2/B.
        ("ger", Some("de")),
        ("dut", Some("nl")),
        ("chi", Some("zh")),
        ("cze", Some("cs")),
        ("gre", Some("el")),
        ("per", Some("fa")),
        ("rum", Some("ro")),
        ("slo", Some("sk")),
        ("wel", Some("cy")),
        ("alb", Some("sq")),
        ("arm", Some("hy")),
        ("baq", Some("eu")),
        ("bur", Some("my")),
        ("geo", Some("ka")),
        ("ice", Some("is")),
        ("mac", Some("mk")),
        ("mao", Some("mi")),
        ("may", Some("ms")),
        ("tib", Some("bo")),
        ("FRE", Some("fr")),
        // Deprecated codes.
        ("iw", Some("he")),
        ("in", Some("id")),
        ("scc", Some("sr")),
        // BCP 47 and locales.
        ("de-DE", Some("de")),
        ("pt-br", Some("pt")),
        ("zh-Hans-CN", Some("zh")),
        ("zh-Hant", Some("zh")),
        ("sr-Latn", Some("sr")),
        ("zh-yue-HK", Some("zh")),
        ("en-GB-oxendict", Some("en")),
        ("en-USA", Some("en")),
        ("de_DE.UTF-8", Some("de")),
        ("de_DE@euro", Some("de")),
        ("es-419", Some("es")),
        // English names.
        ("german", Some("de")),
        ("Portuguese", Some("pt")),
        ("SPANISH", Some("es")),
        ("Swahili", Some("sw")),
        ("Greek", Some("el")),
        ("Modern Greek", Some("el")),
        ("Greek, Modern (1453- )", Some("el")),
        ("Ancient Greek", Some("grc")),
        ("Old English", Some("ang")),
        ("Portuguese (Brazil)", Some("pt")),
        ("English language", Some("en")),
        ("Farsi", Some("fa")),
        ("Serbo-Croatian", Some("sh")),
        ("Norwegian Bokmål", Some("nb")),
        ("Central  Kurdish", Some("ckb")),
        // Autonyms, with and without diacritics.
        ("Deutsch", Some("de")),
        ("Español", Some("es")),
        ("español", Some("es")),
        ("espanol", Some("es")),
        ("portugues", Some("pt")),
        ("Français", Some("fr")),
        ("francais", Some("fr")),
        ("Kiswahili", Some("sw")),
        ("Nederlands", Some("nl")),
        ("Русский", Some("ru")),
        ("中文", Some("zh")),
        ("العربية", Some("ar")),
        ("Türkçe", Some("tr")),
        ("čeština", Some("cs")),
        ("Kreyòl", Some("ht")),
        ("Guaraní", Some("gn")),
        ("Castellano", Some("es")),
        ("e", None),
        // URIs.
        ("http://lexvo.org/id/iso639-3/deu", Some("de")),
        ("https://id.loc.gov/vocabulary/iso639-1/en/", Some("en")),
        (
            "http://publications.europa.eu/resource/authority/language/ENG",
            Some("en"),
        ),
        ("urn:ietf:bcp47:pt-BR", Some("pt")),
        ("http://id.loc.gov/vocabulary/iso639-2/und", None),
        ("http://example.org/", None),
        // Whitespace, punctuation, quotes.
        ("  en  ", Some("en")),
        ("eng.", Some("en")),
        ("English;", Some("en")),
        ("\"fr\"", Some("fr")),
        ("[ger]", Some("de")),
        ("\u{feff}en\r\n", Some("en")),
        ("\u{a0}Deutsch\u{a0}", Some("de")),
        // Not languages.
        ("", None),
        ("   ", None),
        (".", None),
        ("und", None),
        ("UND", None),
        ("zxx", None),
        ("mul", None),
        ("mis", None),
        ("qaa", None),
        ("Undetermined", None),
        ("Multiple languages", None),
        ("i-klingon", None),
        ("1", None),
        ("42", None),
        ("xx", None),
        ("xx-yy-zz-foo", None),
        ("en-", Some("en")),
        ("en--US", None),
        ("en, fr", None),
        ("en; de", None),
        ("none", None),
        ("unknown", None),
        ("n/a", None),
        ("null", None),
        ("Klingonish", None),
    ];

    #[test]
    fn normalize_table() {
        let mut failures = Vec::new();
        for &(input, expected) in CASES {
            let got = normalize(input);
            if got.as_deref() != expected {
                failures.push(format!("{input:?}: got {got:?}, expected {expected:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        assert!(CASES.len() >= 40);
    }

    #[test]
    fn normalize_is_idempotent() {
        for &(input, expected) in CASES {
            if let Some(code) = expected {
                assert_eq!(normalize(code).as_deref(), Some(code), "{input:?}");
            }
        }
    }

    #[test]
    fn english_names() {
        let cases: &[(&str, Option<&str>)] = &[
            ("de", Some("German")),
            ("ger", Some("German")),
            ("pt-BR", Some("Portuguese")),
            ("el", Some("Greek")),
            ("sw", Some("Swahili")),
            ("ang", Some("Old English")),
            ("ckb", Some("Central Kurdish")),
            ("Deutsch", Some("German")),
            ("und", None),
            ("garbage-tag-here", None),
        ];
        for &(input, expected) in cases {
            assert_eq!(english_name(input), expected, "{input:?}");
        }
    }

    #[test]
    fn native_names() {
        let cases: &[(&str, Option<&str>)] = &[
            ("de", Some("Deutsch")),
            ("sw", Some("Kiswahili")),
            ("fr", Some("français")),
            ("es", Some("español")),
            ("pt_BR", Some("português")),
            ("en", Some("English")),
            ("ru", Some("русский")),
            ("ht", Some("Ayisyen")),
            ("ba", Some("башҡорт теле")),
            // No autonym known: English name.
            ("la", Some("Latin")),
            ("ang", Some("Old English")),
            ("zxx", None),
            ("", None),
        ];
        for &(input, expected) in cases {
            assert_eq!(native_name(input), expected, "{input:?}");
        }
    }

    #[test]
    fn rtl() {
        let rtl = [
            "ar",
            "ara",
            "ar-EG",
            "arb",
            "he",
            "iw",
            "heb",
            "fa",
            "per",
            "fa-IR",
            "ur",
            "yi",
            "ps",
            "dv",
            "ckb",
            "sd",
            "ug",
            "Arabic",
            "العربية",
            "az-Arab",
            "pa-Arab",
            "uz-Arab-AF",
        ];
        for code in rtl {
            assert!(is_rtl(code), "{code:?} should be RTL");
        }
        let ltr = [
            "en", "de", "zh-Hans", "tr", "az", "pa", "sd-Deva", "ku-Latn", "ug-Cyrl", "", "und",
            "garbage", "x-none",
        ];
        for code in ltr {
            assert!(!is_rtl(code), "{code:?} should not be RTL");
        }
    }

    #[test]
    fn every_639_1_code_round_trips() {
        for lang in Language::match_names(|_| true) {
            if let Some(c1) = lang.to_639_1() {
                assert_eq!(normalize(c1).as_deref(), Some(c1));
                assert_eq!(normalize(lang.to_639_3()).as_deref(), Some(c1));
                assert!(english_name(c1).is_some());
                assert!(native_name(c1).is_some_and(|n| !n.is_empty()));
            }
        }
    }
}
