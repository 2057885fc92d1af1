//! The catalogue's clock: where every time the catalogue records comes from (a resource's
//! `updated`, which is its OAI-PMH datestamp; when a harvest started and ended; when a
//! registration was submitted and decided).
//!
//! A store reads the time through the [`Clock`] it was opened with
//! ([`crate::StoreOptions::clock`]), never from the system directly. Whoever compares a time
//! with the recorded ones asks the same clock ([`crate::Store::clock`]): the OAI-PMH provider
//! for its `responseDate` (a harvester's next `from`), the harvester for whether a full harvest
//! is due, the scheduler for when a source is next due. [`SystemClock`] is the clock of every
//! running oerdex; [`ManualClock`] stands still until moved, so a test that needs two changes
//! in different seconds moves it on rather than sleeping across a second.
//!
//! Leases on sources are not on this clock: they coordinate processes that run now, so they
//! expire by the system's clock even in a process whose catalogue clock is shifted.

use std::fmt::Debug;
use std::sync::Mutex;

use time::OffsetDateTime;

/// A source of the current time.
pub trait Clock: Send + Sync + Debug {
    /// The current time (UTC).
    fn now(&self) -> OffsetDateTime;

    /// The current time as the catalogue writes it: `YYYY-MM-DDThh:mm:ssZ`.
    fn timestamp(&self) -> String {
        oerdex_normalise::timestamp::format_seconds(self.now())
    }
}

/// The system's clock, shifted by a fixed amount (none by default).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SystemClock {
    shift: time::Duration,
}

impl SystemClock {
    /// The system's clock read `shift` later (earlier when negative). Only end-to-end tests
    /// shift it, to make processes of one test record times in different seconds.
    pub fn shifted(shift: time::Duration) -> Self {
        SystemClock { shift }
    }

    /// How far this clock is shifted from the system's.
    pub fn shift(&self) -> time::Duration {
        self.shift
    }
}

impl Clock for SystemClock {
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc() + self.shift
    }
}

/// A clock that stands still until it is set or advanced (tests; replaying a history).
#[derive(Debug)]
pub struct ManualClock {
    // A std mutex: held only to read or change the time, never across an `.await`.
    now: Mutex<OffsetDateTime>,
}

impl ManualClock {
    /// A clock standing at `start`.
    pub fn new(start: OffsetDateTime) -> Self {
        ManualClock {
            now: Mutex::new(start),
        }
    }

    /// A clock standing at `YYYY-MM-DDThh:mm:ssZ` (or any datestamp form the catalogue reads).
    ///
    /// # Panics
    /// When `start` is not a datestamp.
    pub fn at(start: &str) -> Self {
        let start = oerdex_normalise::timestamp::parse(start)
            .unwrap_or_else(|| panic!("{start:?} is not a datestamp"));
        ManualClock::new(start)
    }

    /// Moves the clock on by `by`.
    pub fn advance(&self, by: std::time::Duration) {
        let mut now = self.lock();
        *now += by;
    }

    /// Sets the clock to `to`.
    pub fn set(&self, to: OffsetDateTime) {
        *self.lock() = to;
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, OffsetDateTime> {
        self.now
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Clock for ManualClock {
    fn now(&self) -> OffsetDateTime {
        *self.lock()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_told() {
        let clock = ManualClock::at("2026-01-02T03:04:05Z");
        assert_eq!(clock.timestamp(), "2026-01-02T03:04:05Z");
        assert_eq!(clock.timestamp(), "2026-01-02T03:04:05Z");
        clock.advance(std::time::Duration::from_millis(1_500));
        assert_eq!(clock.timestamp(), "2026-01-02T03:04:06Z");
        clock.set(oerdex_normalise::timestamp::parse("2027-12-31T23:59:59Z").unwrap());
        assert_eq!(clock.timestamp(), "2027-12-31T23:59:59Z");
    }

    #[test]
    fn a_shifted_system_clock_reads_the_system_time_plus_its_shift() {
        let shift = time::Duration::hours(-2);
        let before = OffsetDateTime::now_utc();
        let shifted = SystemClock::shifted(shift).now();
        let after = OffsetDateTime::now_utc();
        assert!(before + shift <= shifted && shifted <= after + shift);
        assert_eq!(SystemClock::default().shift(), time::Duration::ZERO);
    }
}
