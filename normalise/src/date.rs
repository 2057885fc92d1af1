//! Publication dates as records write them, read into ISO 8601 (`YYYY`, `YYYY-MM` or
//! `YYYY-MM-DD`).
//!
//! Repositories write dates every way: ISO 8601 with or without a time, `DD/MM/YYYY` and
//! `DD-MM-YYYY` (Brazilian and European repositories), `YYYY/MM/DD`, month names in the languages
//! OER repositories write in (`March 2005`, `5 mars 2005`, `5 de março de 2005`), years in
//! brackets or with `c.`. [`PartialDate::parse`] reads them all and refuses what it cannot read
//! for certain, so that nothing but ISO 8601 reaches `datePublished`; [`PartialDate::is_plausible`]
//! keeps out years no learning resource was published in.

use std::cmp::Ordering;
use std::fmt;

/// A calendar date known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    /// The year.
    pub year: u16,
    /// The month (1–12), when known.
    pub month: Option<u8>,
    /// The day (1–31, valid for the month), when known; only with a month.
    pub day: Option<u8>,
}

impl PartialDate {
    /// Reads a date as written; `None` when it is not a date or is ambiguous.
    pub fn parse(text: &str) -> Option<PartialDate> {
        let text = text
            .trim()
            .trim_matches(|c| matches!(c, '[' | ']' | '(' | ')'));
        let text = text
            .strip_prefix("c.")
            .or_else(|| text.strip_prefix("ca."))
            .unwrap_or(text)
            .trim();
        if text.is_empty() || text.len() > 64 {
            return None;
        }
        iso(text)
            .or_else(|| numeric(text))
            .or_else(|| with_month_name(text))
            .filter(PartialDate::is_valid)
    }

    /// A date from its parts, if they make one.
    pub fn new(year: u16, month: Option<u8>, day: Option<u8>) -> Option<PartialDate> {
        let date = PartialDate { year, month, day };
        date.is_valid().then_some(date)
    }

    fn is_valid(&self) -> bool {
        match (self.month, self.day) {
            (None, None) => true,
            (Some(m), None) => (1..=12).contains(&m),
            (Some(m), Some(d)) => {
                (1..=12).contains(&m) && d >= 1 && d <= days_in_month(self.year, m)
            }
            (None, Some(_)) => false,
        }
    }

    /// True for a year a published resource can have: from 1450 (printing) to next year.
    pub fn is_plausible(&self) -> bool {
        (1450..=current_year() + 1).contains(&i32::from(self.year))
    }
}

/// Dates in calendar order; a less precise date comes before the more precise ones it contains
/// (`2006` < `2006-05` < `2006-05-17` < `2007-06-04`).
impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.year, self.month.unwrap_or(0), self.day.unwrap_or(0)).cmp(&(
            other.year,
            other.month.unwrap_or(0),
            other.day.unwrap_or(0),
        ))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartialDate {
    /// ISO 8601: `2006`, `2006-05`, `2006-05-17`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

/// Reads a date and writes it as ISO 8601, or `None` (see [`PartialDate::parse`]).
pub fn normalize(text: &str) -> Option<String> {
    PartialDate::parse(text)
        .filter(PartialDate::is_plausible)
        .map(|d| d.to_string())
}

fn current_year() -> i32 {
    time::OffsetDateTime::now_utc().year()
}

fn days_in_month(year: u16, month: u8) -> u8 {
    time::Month::try_from(month).map_or(0, |m| m.length(i32::from(year)))
}

/// A run of ASCII digits as a number, if `text` is exactly `len` digits.
fn digits(text: &str, len: usize) -> Option<u16> {
    (text.len() == len && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// A day or month of one or two digits.
fn small(text: &str) -> Option<u8> {
    (1..=2)
        .find_map(|len| digits(text, len))
        .and_then(|n| u8::try_from(n).ok())
}

/// ISO 8601: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, with any time after `T` or a space.
fn iso(text: &str) -> Option<PartialDate> {
    let date = text.split(['T', ' ']).next()?;
    let mut parts = date.split('-');
    let year = digits(parts.next()?, 4)?;
    let mut two_digits = || -> Option<Option<u8>> {
        match parts.next() {
            None => Some(None),
            Some(part) => Some(Some(u8::try_from(digits(part, 2)?).ok()?)),
        }
    };
    let month = two_digits()?;
    let day = two_digits()?;
    // A bare year followed by more words (`2006 or 2007`) is not a date.
    if parts.next().is_some() || (month.is_none() && date.len() != text.len()) {
        return None;
    }
    Some(PartialDate { year, month, day })
}

/// `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY` (day first, as outside the United States),
/// `MM/YYYY`, `YYYY/MM/DD` and `YYYY/MM`.
fn numeric(text: &str) -> Option<PartialDate> {
    let date = text.split([' ', 'T']).next()?;
    let separator = date.chars().find(|c| matches!(c, '/' | '-' | '.'))?;
    let parts: Vec<&str> = date.split(separator).collect();
    match parts.as_slice() {
        [d, m, y] if y.len() == 4 => Some(PartialDate {
            year: digits(y, 4)?,
            month: Some(small(m)?),
            day: Some(small(d)?),
        }),
        [y, m, d] if y.len() == 4 => Some(PartialDate {
            year: digits(y, 4)?,
            month: Some(small(m)?),
            day: Some(small(d)?),
        }),
        [m, y] if y.len() == 4 => Some(PartialDate {
            year: digits(y, 4)?,
            month: Some(small(m)?),
            day: None,
        }),
        [y, m] if y.len() == 4 => Some(PartialDate {
            year: digits(y, 4)?,
            month: Some(small(m)?),
            day: None,
        }),
        _ => None,
    }
}

/// Month names and their common abbreviations in English, German, French, Spanish, Portuguese,
/// Italian and Dutch, lower case without accents.
const MONTHS: [&[&str]; 12] = [
    &[
        "january", "jan", "januar", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "gen",
        "januari", "jänner", "janner",
    ],
    &[
        "february",
        "feb",
        "februar",
        "fevrier",
        "fev",
        "febrero",
        "fevereiro",
        "febbraio",
        "februari",
    ],
    &[
        "march", "mar", "marz", "mars", "marzo", "marco", "maart", "maerz",
    ],
    &["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
    &["may", "mai", "mayo", "maio", "maggio", "mag", "mei"],
    &[
        "june", "jun", "juni", "juin", "junio", "junho", "giugno", "giu",
    ],
    &[
        "july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "lug",
    ],
    &["august", "aug", "aout", "agosto", "ago", "augustus"],
    &[
        "september",
        "sep",
        "sept",
        "septembre",
        "septiembre",
        "setembro",
        "set",
        "settembre",
    ],
    &[
        "october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out", "ottobre",
        "ott",
    ],
    &["november", "nov", "novembre", "noviembre", "novembro"],
    &[
        "december",
        "dec",
        "dezember",
        "dez",
        "decembre",
        "diciembre",
        "dic",
        "dezembro",
        "dicembre",
    ],
];

/// The month a name gives (`March`, `mars`, `março`, `Sept.`).
fn month_number(word: &str) -> Option<u8> {
    let folded: String = word
        .trim_end_matches('.')
        .chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' => 'i',
            'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    MONTHS
        .iter()
        .position(|names| names.contains(&folded.as_str()))
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// Letters that follow a day number (`1st`, `2nd`, `3rd`, `5th`, `1er`, `1º`).
const ORDINAL_SUFFIX: [char; 9] = ['s', 't', 'n', 'd', 'r', 'h', 'e', 'º', 'o'];

/// Dates with a month name: `March 2005`, `5 March 2005`, `March 5, 2005`, `5. März 2005`,
/// `5 de março de 2005`, `mars 2005`.
fn with_month_name(text: &str) -> Option<PartialDate> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty() && !matches!(*w, "de" | "del" | "of" | "the"))
        .collect();
    let mut year = None;
    let mut month = None;
    let mut day = None;
    for word in &words {
        if let Some(y) = digits(word, 4) {
            year = year.or(Some(y));
        } else if let Some(m) = month_number(word) {
            if month.replace(m).is_some() {
                return None;
            }
        } else if let Some(d) = small(word.trim_end_matches(ORDINAL_SUFFIX)) {
            if day.replace(d).is_some() {
                return None;
            }
        } else {
            return None;
        }
    }
    let month = month?;
    Some(PartialDate {
        year: year?,
        month: Some(month),
        day,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_iso_8601() {
        for (text, iso) in [
            ("2006", "2006"),
            ("2006-05", "2006-05"),
            ("2006-05-17", "2006-05-17"),
            ("2007-06-04T11:33:20Z", "2007-06-04"),
            ("2023-10-12 10:00:00", "2023-10-12"),
            (" [2019] ", "2019"),
            ("c. 1999", "1999"),
        ] {
            assert_eq!(normalize(text).as_deref(), Some(iso), "{text}");
        }
    }

    #[test]
    fn reads_day_first_and_slashed_dates() {
        for (text, iso) in [
            ("30-04-2012", "2012-04-30"),
            ("06/06/2012", "2012-06-06"),
            ("6/6/2012", "2012-06-06"),
            ("17.05.2006", "2006-05-17"),
            ("05/2006", "2006-05"),
            ("2006/05/17", "2006-05-17"),
            ("2006/05", "2006-05"),
        ] {
            assert_eq!(normalize(text).as_deref(), Some(iso), "{text}");
        }
    }

    #[test]
    fn reads_month_names() {
        for (text, iso) in [
            ("March 2005", "2005-03"),
            ("5 March 2005", "2005-03-05"),
            ("March 5, 2005", "2005-03-05"),
            ("5th March 2005", "2005-03-05"),
            ("5. März 2005", "2005-03-05"),
            ("5 de março de 2005", "2005-03-05"),
            ("mars 2005", "2005-03"),
            ("1er janvier 2010", "2010-01-01"),
            ("Sept. 2011", "2011-09"),
            ("12 dic 2019", "2019-12-12"),
        ] {
            assert_eq!(normalize(text).as_deref(), Some(iso), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        for text in [
            "",
            "n.d.",
            "unknown",
            "2006-13",
            "2006-02-30",
            "31/02/2010",
            "1899-00-00",
            "20060517",
            "aaaa-bb-cc",
            "March",
            "13/13/2013",
            "2006 or 2007",
            "PT1H30M",
            "10.1234/abc",
            "0000",
            "3024",
        ] {
            assert_eq!(normalize(text), None, "{text}");
        }
    }

    #[test]
    fn dates_order_by_what_they_know() {
        let a = PartialDate::parse("2007-06-04T11:33:20Z").unwrap();
        let b = PartialDate::parse("2006").unwrap();
        let c = PartialDate::parse("2006-05").unwrap();
        assert!(b < c && c < a);
        assert_eq!([a, c, b].iter().min(), Some(&b));
    }
}
