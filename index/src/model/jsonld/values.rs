//! The value forms AMB's schema checks (URIs, RFC 3339 dates, ISO 8601 durations, ISO 639-1
//! codes), so that a document never states a value in a form AMB refuses.

/// `value` as a URI in its serialised form, if it parses as one with a scheme.
pub(super) fn iri(value: &str) -> Option<String> {
    let value = value.trim();
    if value.is_empty() || value.chars().any(char::is_whitespace) {
        return None;
    }
    url::Url::parse(value).ok().map(String::from)
}

/// Percent-encodes everything but unreserved characters.
pub(super) fn encode(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}

/// `datePublished` when the date is complete, else `copyrightYear`.
pub(super) fn publication(date: Option<&str>) -> (Option<String>, Option<u32>) {
    let Some(date) = date else {
        return (None, None);
    };
    if is_date_or_time(date) {
        return (Some(date.to_string()), None);
    }
    let year = date.get(..4).and_then(|y| y.parse().ok());
    (None, year)
}

/// True for an RFC 3339 full date or date-time (what JSON Schema's `date` and `date-time`
/// formats take).
pub(super) fn is_date_or_time(value: &str) -> bool {
    use time::format_description::well_known::Rfc3339;
    let date = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(value, &date).is_ok() || time::OffsetDateTime::parse(value, &Rfc3339).is_ok()
}

/// True for an ISO 8601 duration as AMB writes them: `P`, then years, months, days or weeks,
/// then `T` and hours, minutes, seconds (with a fraction), at least one number after each.
pub(super) fn is_duration(value: &str) -> bool {
    let rest = value.strip_prefix('-').unwrap_or(value);
    let Some(rest) = rest.strip_prefix('P') else {
        return false;
    };
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (rest, None),
    };
    let units = |part: &str, order: &[char], fraction: char| -> Option<usize> {
        let (mut count, mut last, mut digits) = (0, 0, String::new());
        for c in part.chars() {
            if c.is_ascii_digit() || (c == '.' && fraction != ' ' && !digits.is_empty()) {
                digits.push(c);
                continue;
            }
            let at = order.iter().position(|u| *u == c)?;
            let fractional = digits.contains('.');
            if digits.is_empty() || at < last || (fractional && c != fraction) {
                return None;
            }
            if digits.ends_with('.') {
                return None;
            }
            (count, last, digits) = (count + 1, at + 1, String::new());
        }
        digits.is_empty().then_some(count)
    };
    let Some(date_units) = units(date, &['Y', 'M', 'D'], ' ').or_else(|| {
        // `nW` stands where days would.
        date.strip_suffix('W')
            .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            .map(|_| 1)
    }) else {
        return false;
    };
    match time {
        None => date_units > 0,
        Some(t) => matches!(units(t, &['H', 'M', 'S'], 'S'), Some(n) if n > 0),
    }
}

/// True for a two-letter lower-case code (ISO 639-1, as the model writes them where one
/// exists).
pub(super) fn is_iso639_1(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_are_read_as_amb_s_pattern_reads_them() {
        for good in [
            "PT45M",
            "P1D",
            "P2W",
            "PT1H30M",
            "P1Y2M3DT4H5M6.5S",
            "-PT5S",
            "PT0.5S",
        ] {
            assert!(is_duration(good), "{good}");
        }
        for bad in [
            "",
            "P",
            "PT",
            "45 minutes",
            "P1H",
            "PT1D",
            "P1M1Y",
            "PT1.5M",
            "P1W1D",
            "PT5.S",
        ] {
            assert!(!is_duration(bad), "{bad}");
        }
    }
}
