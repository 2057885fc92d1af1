//! Numbers and dates for reading, in each language's way, without a locale database: the
//! rules below are CLDR's for the eight languages (the `ar` locale's Arabic-Indic digits, the
//! grouping separators, Spanish grouping only from five digits), and month names and the order
//! of day, month and year come from the message files (`month-1`…, `date`, `date-time`).
//!
//! Fluent formats a number given to a message with [`formatter`], so counts in sentences follow
//! the same rules as counts in badges.

use fluent_bundle::FluentValue;

use super::{Lang, Tr};

/// The grouping separator and the smallest number of digits that is grouped.
fn grouping(lang: Lang) -> (&'static str, usize) {
    match lang {
        Lang::En | Lang::Zh => (",", 4),
        Lang::De | Lang::Pt => (".", 4),
        // Spanish leaves four-digit numbers whole: 2024, 12.345.
        Lang::Es => (".", 5),
        // A narrow no-break space (French), a no-break space (Russian).
        Lang::Fr => ("\u{202F}", 4),
        Lang::Ru => ("\u{A0}", 4),
        // Arabic thousands separator.
        Lang::Ar => ("\u{066C}", 4),
    }
}

/// Writes ASCII digits in the language's digits (Arabic-Indic for Arabic).
pub fn digits(lang: Lang, ascii: &str) -> String {
    if lang != Lang::Ar {
        return ascii.to_string();
    }
    ascii
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x0660 + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// A whole number with the language's digits and grouping.
pub fn number(lang: Lang, n: u64) -> String {
    let plain = n.to_string();
    let (separator, from) = grouping(lang);
    if plain.len() < from {
        return digits(lang, &plain);
    }
    // The first group holds what is left over from threes; the others three digits each.
    let head = match plain.len() % 3 {
        0 => 3,
        n => n,
    };
    let mut grouped = String::with_capacity(plain.len() * 2);
    grouped.push_str(&plain[..head]);
    for group in plain.as_bytes()[head..].chunks(3) {
        grouped.push_str(separator);
        grouped.push_str(std::str::from_utf8(group).unwrap_or_default());
    }
    digits(lang, &grouped)
}

/// Fluent's number formatter for `lang`: whole numbers as [`number`] writes them; other values
/// are left to Fluent.
pub(super) fn formatter<M>(lang: Lang) -> fn(&FluentValue, &M) -> Option<String> {
    fn whole<M, const L: usize>(value: &FluentValue, _: &M) -> Option<String> {
        match value {
            FluentValue::Number(n) if n.value >= 0.0 && n.value.fract() == 0.0 => {
                Some(number(Lang::ALL[L], n.value as u64))
            }
            _ => None,
        }
    }
    match lang {
        Lang::Ar => whole::<M, 0>,
        Lang::Zh => whole::<M, 1>,
        Lang::En => whole::<M, 2>,
        Lang::Fr => whole::<M, 3>,
        Lang::Ru => whole::<M, 4>,
        Lang::Es => whole::<M, 5>,
        Lang::De => whole::<M, 6>,
        Lang::Pt => whole::<M, 7>,
    }
}

/// A catalogue timestamp (`2026-11-25T08:00:30Z` or `2024-01-13`) for reading in `tr`'s
/// language: "25 Nov 2026, 08:00 UTC", "25. Nov. 2026", "2026年11月25日"; anything else (a year,
/// free text) as written.
pub fn time(tr: Tr, raw: &str) -> String {
    let date = raw.get(..10).unwrap_or("");
    let parts: Vec<&str> = date.split('-').collect();
    let (Some(year), Some(month), Some(day)) = (
        parts
            .first()
            .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())),
        parts
            .get(1)
            .and_then(|m| m.parse::<u32>().ok())
            .filter(|m| (1..=12).contains(m)),
        parts
            .get(2)
            .and_then(|d| d.parse::<u32>().ok())
            .filter(|d| (1..=31).contains(d)),
    ) else {
        return raw.to_string();
    };
    let lang = tr.lang();
    let date = tr.t_args(
        "date",
        &[
            ("day", digits(lang, &day.to_string()).into()),
            ("month", tr.t(&format!("month-{month}")).into()),
            ("year", digits(lang, year).into()),
        ],
    );
    match raw
        .get(11..16)
        .filter(|_| raw.as_bytes().get(10) == Some(&b'T'))
    {
        Some(clock) => tr.t_args(
            "date-time",
            &[("date", date.into()), ("time", digits(lang, clock).into())],
        ),
        None => date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_per_language() {
        let cases = [
            (Lang::En, 1234567, "1,234,567"),
            (Lang::En, 999, "999"),
            (Lang::De, 12345, "12.345"),
            (Lang::Es, 2024, "2024"),
            (Lang::Es, 12345, "12.345"),
            (Lang::Fr, 12345, "12\u{202F}345"),
            (Lang::Ru, 1234, "1\u{A0}234"),
            (Lang::Zh, 1234, "1,234"),
            (Lang::Pt, 1000, "1.000"),
            (Lang::Ar, 12345, "١٢٬٣٤٥"),
            (Lang::Ar, 0, "٠"),
        ];
        for (lang, n, written) in cases {
            assert_eq!(number(lang, n), written, "{lang:?} {n}");
        }
    }

    #[test]
    fn dates_follow_each_language() {
        let cases = [
            (Lang::En, "2026-11-25T08:00:30Z", "25 Nov 2026, 08:00 UTC"),
            (Lang::En, "2024-01-13", "13 Jan 2024"),
            (Lang::De, "2024-03-05", "5. März 2024"),
            (Lang::Fr, "2024-02-01", "1 févr. 2024"),
            (Lang::Es, "2024-12-24", "24 dic 2024"),
            (Lang::Pt, "2024-09-07", "7 de set. de 2024"),
            (Lang::Ru, "2024-05-09", "9 мая 2024 г."),
            (
                Lang::Zh,
                "2026-11-25T08:00:30Z",
                "2026年11月25日 08:00 (UTC)",
            ),
            (Lang::Ar, "2024-01-13", "١٣ يناير ٢٠٢٤"),
        ];
        for (lang, raw, written) in cases {
            assert_eq!(time(Tr(lang), raw), written, "{lang:?} {raw}");
        }
        for odd in ["2023", "2023-13-01", "spring 2020", ""] {
            assert_eq!(time(Tr(Lang::Fr), odd), odd);
        }
    }

    #[test]
    fn plurals_and_numbers_in_messages() {
        let heading = |lang, n: u64| Tr(lang).t_args("results-heading", &[("count", n.into())]);
        assert_eq!(heading(Lang::En, 0), "No resources match");
        assert_eq!(heading(Lang::En, 1), "1 resource matches");
        assert_eq!(heading(Lang::En, 12345), "12,345 resources match");
        // Russian: one, few, many.
        assert_eq!(heading(Lang::Ru, 21), "Найден 21 ресурс");
        assert_eq!(heading(Lang::Ru, 3), "Найдено 3 ресурса");
        assert_eq!(heading(Lang::Ru, 11), "Найдено 11 ресурсов");
        assert_eq!(heading(Lang::Ru, 1234), "Найдено 1\u{a0}234 ресурса");
        // Arabic numbers in Arabic-Indic digits, through Fluent.
        assert!(
            heading(Lang::Ar, 25).contains("٢٥"),
            "{}",
            heading(Lang::Ar, 25)
        );
    }
}
