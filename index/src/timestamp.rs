//! Datestamps: reading what repositories write and writing UTC timestamps in OAI-PMH form.

use time::format_description::well_known::Rfc3339;
use time::macros::format_description;
use time::{Date, OffsetDateTime, PrimitiveDateTime, UtcOffset};

/// The current time as `YYYY-MM-DDThh:mm:ssZ`.
pub fn now() -> String {
    format_seconds(OffsetDateTime::now_utc())
}

/// Formats a time as `YYYY-MM-DDThh:mm:ssZ` (UTC, seconds granularity).
pub fn format_seconds(t: OffsetDateTime) -> String {
    let t = t.to_offset(UtcOffset::UTC);
    let fmt = format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    t.format(&fmt).unwrap_or_default()
}

/// Formats a time as `YYYY-MM-DD` (UTC, day granularity).
pub fn format_day(t: OffsetDateTime) -> String {
    let t = t.to_offset(UtcOffset::UTC);
    let fmt = format_description!("[year]-[month]-[day]");
    t.format(&fmt).unwrap_or_default()
}

/// Reads a datestamp as repositories write it: `YYYY-MM-DD`, `YYYY-MM-DDThh:mm:ssZ`, with
/// fractional seconds, with an offset, or without any zone (taken as UTC, a common quirk).
pub fn parse(value: &str) -> Option<OffsetDateTime> {
    let value = value.trim();
    if let Ok(t) = OffsetDateTime::parse(value, &Rfc3339) {
        return Some(t.to_offset(UtcOffset::UTC));
    }
    let day = format_description!("[year]-[month]-[day]");
    if value.len() == 10 {
        return Date::parse(value, &day)
            .ok()
            .map(|d| d.midnight().assume_utc());
    }
    // No zone designator: `2024-01-02T03:04:05` or with fractional seconds.
    let local = format_description!(
        "[year]-[month]-[day][first [T] [ ]][hour]:[minute]:[second][optional [.[subsecond]]]"
    );
    PrimitiveDateTime::parse(value, &local)
        .ok()
        .map(|t| t.assume_utc())
}

/// Normalises a datestamp to `YYYY-MM-DDThh:mm:ssZ`, or `None` when it is not a date.
pub fn normalize(value: &str) -> Option<String> {
    parse(value).map(format_seconds)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_granularity_and_common_quirks() {
        let cases = [
            ("2004-01-01", Some("2004-01-01T00:00:00Z")),
            ("2011-06-01T12:00:00Z", Some("2011-06-01T12:00:00Z")),
            ("2023-11-07T10:12:34.123456Z", Some("2023-11-07T10:12:34Z")),
            ("2023-11-07T10:12:34+02:00", Some("2023-11-07T08:12:34Z")),
            // learningregistry/sample-GetRecord-list.xml: microseconds and no zone
            ("2011-11-10T19:51:27.353442", Some("2011-11-10T19:51:27Z")),
            ("2011-11-10 19:51:27", Some("2011-11-10T19:51:27Z")),
            // pyoai/fake5/00001.xml: an invalid earliestDatestamp
            ("aaaa-bb-cc", None),
            ("2002-06-01T03:020:00Z", None),
            ("", None),
        ];
        for (input, expected) in cases {
            assert_eq!(normalize(input).as_deref(), expected, "{input:?}");
        }
    }

    #[test]
    fn formats_days_and_seconds() {
        let t = parse("2024-02-29T23:59:59Z").unwrap();
        assert_eq!(format_day(t), "2024-02-29");
        assert_eq!(format_seconds(t), "2024-02-29T23:59:59Z");
    }
}
