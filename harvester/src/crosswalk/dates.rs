//! Which of a record's dates is its publication date.
//!
//! Records carry several dates and rarely say which is which: DSpace writes the accession
//! timestamp, the availability timestamp and the issue year all as `dc:date`, accession first
//! (`2007-06-04T11:33:20Z`, then `2006`); OBAA repeats them flat; LOM dates each contribution.
//! [`Dates`] collects them with what the record says of each, then [`Dates::choose`] prefers an
//! issue date, then the earliest plausible date the record gives, and a deposit timestamp only
//! when there is nothing else. The chosen value is returned as written; the index reads it into
//! ISO 8601 (and leaves out what it cannot read).

use oerdex_index::date::PartialDate;

/// What a record says a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    /// The date of publication (`dcterms:issued`, DataCite `Issued`, a LOM publisher's date,
    /// MODS `dateIssued`).
    Issued,
    /// A date of the resource that may be its creation or its publication (`dc:date`,
    /// `dcterms:created`, an author's LOM date).
    Other,
    /// When a repository received or released its copy (`dcterms:available`, `dateAccepted`,
    /// `dateSubmitted`, DataCite `Available`).
    Deposit,
}

/// A record's dates, in the order found.
#[derive(Debug, Default)]
pub struct Dates {
    found: Vec<(DateKind, String)>,
}

impl Dates {
    /// Notes one date as written.
    pub fn add(&mut self, kind: DateKind, value: &str) {
        let value = value.trim();
        if !value.is_empty() && self.found.len() < 64 {
            self.found.push((kind, value.to_string()));
        }
    }

    /// The publication date, as written: the most precise readable issue date, else the
    /// earliest plausible of the other dates, else the earliest deposit date, else the first
    /// date as written (which the index will count as unreadable).
    pub fn choose(self) -> Option<String> {
        let readable = |kind: DateKind| {
            self.found
                .iter()
                .filter(move |(k, _)| *k == kind)
                .filter_map(|(_, v)| {
                    PartialDate::parse(v)
                        .filter(PartialDate::is_plausible)
                        .map(|d| (d, v))
                })
        };
        // Of several issue dates (DataCite's `publicationYear` and its `Issued` date), the most
        // precise.
        let precision = |d: &PartialDate| (d.month.is_some(), d.day.is_some());
        if let Some((_, value)) =
            readable(DateKind::Issued).max_by_key(|(d, _)| (precision(d), std::cmp::Reverse(*d)))
        {
            return Some(value.clone());
        }
        for kind in [DateKind::Other, DateKind::Deposit] {
            if let Some((_, value)) = readable(kind).min_by_key(|(date, _)| *date) {
                return Some(value.clone());
            }
        }
        self.found.into_iter().next().map(|(_, v)| v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choose(dates: &[(DateKind, &str)]) -> Option<String> {
        let mut all = Dates::default();
        for (kind, value) in dates {
            all.add(*kind, value);
        }
        all.choose()
    }

    #[test]
    fn an_issue_date_wins_the_most_precise_one() {
        assert_eq!(
            choose(&[
                (DateKind::Other, "1999"),
                (DateKind::Issued, "2006"),
                (DateKind::Issued, "2006-05-17"),
            ])
            .as_deref(),
            Some("2006-05-17")
        );
    }

    #[test]
    fn the_earliest_plausible_date_beats_a_dspace_accession_timestamp() {
        assert_eq!(
            choose(&[
                (DateKind::Other, "2007-06-04T11:33:20Z"),
                (DateKind::Other, "2007-06-04T11:33:20Z"),
                (DateKind::Other, "2006"),
            ])
            .as_deref(),
            Some("2006")
        );
        assert_eq!(
            choose(&[
                (DateKind::Other, "0001-01-01"),
                (DateKind::Other, "06/06/2012"),
                (DateKind::Other, "2012-07-06T10:31:02Z"),
            ])
            .as_deref(),
            Some("06/06/2012")
        );
    }

    #[test]
    fn a_deposit_date_only_when_there_is_nothing_else() {
        assert_eq!(
            choose(&[
                (DateKind::Deposit, "2014-11-11T19:05:13Z"),
                (DateKind::Other, "2015")
            ])
            .as_deref(),
            Some("2015")
        );
        assert_eq!(
            choose(&[(DateKind::Deposit, "2014-11-11T19:05:13Z")]).as_deref(),
            Some("2014-11-11T19:05:13Z")
        );
    }

    #[test]
    fn an_unreadable_date_is_kept_as_written_for_the_index_to_count() {
        assert_eq!(
            choose(&[(DateKind::Other, "sometime in spring")]).as_deref(),
            Some("sometime in spring")
        );
        assert_eq!(choose(&[]), None);
    }
}
