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

/// Seconds since 1970 of a timestamp in exactly the form [`now`] writes (`YYYY-MM-DDThh:mm:ssZ`);
/// `None` for anything else or a time outside 1970–2106. The inverse of [`format_epoch_seconds`].
pub fn epoch_seconds(value: &str) -> Option<u32> {
    let b = value.as_bytes();
    if b.len() != 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' {
        return None;
    }
    if b[16] != b':' || b[19] != b'Z' {
        return None;
    }
    let number = |from: usize, to: usize| -> Option<i64> {
        b[from..to].iter().try_fold(0i64, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + i64::from(c - b'0'))
        })
    };
    let month = time::Month::try_from(u8::try_from(number(5, 7)?).ok()?).ok()?;
    let day = u8::try_from(number(8, 10)?).ok()?;
    let date = Date::from_calendar_date(i32::try_from(number(0, 4)?).ok()?, month, day).ok()?;
    let (hour, minute, second) = (number(11, 13)?, number(14, 16)?, number(17, 19)?);
    if hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    let days = i64::from(date.to_julian_day())
        - i64::from(time::macros::date!(1970 - 01 - 01).to_julian_day());
    u32::try_from(days * 86_400 + hour * 3_600 + minute * 60 + second).ok()
}

/// Formats seconds since 1970 as `YYYY-MM-DDThh:mm:ssZ`.
pub fn format_epoch_seconds(seconds: u32) -> String {
    OffsetDateTime::from_unix_timestamp(i64::from(seconds))
        .map(format_seconds)
        .unwrap_or_default()
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
    fn epoch_seconds_round_trip_and_refuse_other_forms() {
        for text in [
            "1970-01-01T00:00:00Z",
            "2000-02-29T23:59:59Z",
            "2026-11-25T10:04:11Z",
            "2106-02-07T06:28:15Z",
        ] {
            let seconds = epoch_seconds(text).unwrap();
            assert_eq!(format_epoch_seconds(seconds), text);
            assert_eq!(
                i64::from(seconds),
                parse(text).unwrap().unix_timestamp(),
                "{text}"
            );
        }
        for text in [
            "2026-11-25",
            "2026-11-25T10:04:11",
            "2026-11-25T10:04:11+00:00",
            "2026-02-30T00:00:00Z",
            "2026-11-25T24:00:00Z",
            "1969-12-31T23:59:59Z",
            "2106-02-07T06:28:16Z",
            "2026-1a-25T10:04:11Z",
        ] {
            assert_eq!(epoch_seconds(text), None, "{text}");
        }
    }

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
