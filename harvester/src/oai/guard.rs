//! Bounds on one list (one `ListRecords` sequence of pages), so that no repository can keep a
//! harvest busy for ever.
//!
//! Real servers get resumption tokens wrong in every way: they hand back the token they were
//! asked with, cycle between two tokens, or mint a fresh token for every page while listing the
//! same records again. The download side checks each page against what this list has already
//! sent ([`ListGuard::check`]): a token seen before, a token too long to be one, or more records
//! than twice the `completeListSize` the repository announced end the list as broken. The writer
//! checks the other half (pages that add no record new to this harvest, [`StaleRun`]), since
//! only the catalogue knows which records this harvest has already listed. A wall-clock limit
//! (`harvest.max_duration`) bounds whatever is left.

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};

pub use crate::error::ListFault;
use crate::oai::Resumption;

/// Longest resumption token accepted, in bytes. Real tokens are opaque strings of tens to a few
/// hundred bytes; one that grows page after page (a repository that packs its state into it)
/// would end up in URLs, logs and the harvest history.
pub const MAX_TOKEN_BYTES: usize = 4096;

/// Consecutive pages without a record new to this harvest after which a list is broken.
pub const MAX_STALE_PAGES: u64 = 10;

/// Records a list may hold beyond its announced `completeListSize` (on top of that size again):
/// repositories update the size as records change during a harvest, and some count loosely.
const LIST_SIZE_SLACK: u64 = 1000;

/// What one list has sent so far: the tokens (as hashes) and the number of records.
#[derive(Debug, Default)]
pub struct ListGuard {
    tokens: HashSet<u64>,
    listed: u64,
    announced: Option<u64>,
}

impl ListGuard {
    /// Forgets the list: a new set's list starts, or the list starts again after its token
    /// expired.
    pub fn reset(&mut self) {
        *self = ListGuard::default();
    }

    /// Checks a page of `records` records ending with `resumption`, and remembers its token.
    pub fn check(
        &mut self,
        records: usize,
        resumption: Option<&Resumption>,
    ) -> Result<(), ListFault> {
        self.listed += records as u64;
        if let Some(size) = resumption.and_then(|r| r.complete_list_size) {
            self.announced = Some(self.announced.map_or(size, |a| a.max(size)));
        }
        if let Some(announced) = self.announced {
            if self.listed > announced.saturating_mul(2).saturating_add(LIST_SIZE_SLACK) {
                return Err(ListFault::LongerThanAnnounced {
                    listed: self.listed,
                    announced,
                });
            }
        }
        let Some(token) = resumption
            .map(|r| r.token.as_str())
            .filter(|t| !t.is_empty())
        else {
            return Ok(());
        };
        if token.len() > MAX_TOKEN_BYTES {
            return Err(ListFault::TokenTooLong {
                bytes: token.len(),
                limit: MAX_TOKEN_BYTES,
            });
        }
        if !self.tokens.insert(hash(token)) {
            return Err(ListFault::TokenRepeated {
                token: shorten(token),
            });
        }
        Ok(())
    }
}

/// The writer's count of pages in a row that added no record new to this harvest.
#[derive(Debug, Default)]
pub struct StaleRun {
    pages: u64,
}

impl StaleRun {
    /// Counts `pages` pages committed together, of which `new` records were new to this
    /// harvest. `allowance` is how many pages the harvest had sent before the current list
    /// began: a list started again after an expired token, or a set that overlaps an earlier
    /// one, may repeat that many pages without being broken.
    pub fn count(&mut self, pages: u64, new: u64, allowance: u64) -> Result<(), ListFault> {
        if new > 0 {
            self.pages = 0;
            return Ok(());
        }
        self.pages += pages;
        if self.pages > MAX_STALE_PAGES.saturating_add(allowance) {
            return Err(ListFault::NoNewRecords { pages: self.pages });
        }
        Ok(())
    }
}

/// A token shortened for messages: the first 64 characters and its length.
pub fn shorten(token: &str) -> String {
    const SHOWN: usize = 64;
    match token.char_indices().nth(SHOWN) {
        None => token.to_string(),
        Some((end, _)) => format!("{}… ({} bytes)", &token[..end], token.len()),
    }
}

fn hash(token: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    token.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(t: &str, size: Option<u64>) -> Resumption {
        Resumption {
            token: t.into(),
            complete_list_size: size,
            cursor: None,
        }
    }

    #[test]
    fn a_token_seen_before_in_the_list_is_a_loop() {
        let mut guard = ListGuard::default();
        assert_eq!(guard.check(10, Some(&token("A", None))), Ok(()));
        assert_eq!(guard.check(10, Some(&token("B", None))), Ok(()));
        assert_eq!(
            guard.check(10, Some(&token("A", None))),
            Err(ListFault::TokenRepeated { token: "A".into() })
        );
        guard.reset();
        assert_eq!(
            guard.check(10, Some(&token("A", None))),
            Ok(()),
            "a new list"
        );
    }

    #[test]
    fn the_end_of_a_list_is_no_token() {
        let mut guard = ListGuard::default();
        assert_eq!(guard.check(10, Some(&token("", None))), Ok(()));
        assert_eq!(guard.check(10, Some(&token("", None))), Ok(()));
        assert_eq!(guard.check(10, None), Ok(()));
    }

    #[test]
    fn tokens_over_the_limit_are_refused() {
        let mut guard = ListGuard::default();
        let long = "x".repeat(MAX_TOKEN_BYTES + 1);
        assert_eq!(
            guard.check(1, Some(&token(&long, None))),
            Err(ListFault::TokenTooLong {
                bytes: MAX_TOKEN_BYTES + 1,
                limit: MAX_TOKEN_BYTES,
            })
        );
        let fits = "x".repeat(MAX_TOKEN_BYTES);
        assert_eq!(guard.check(1, Some(&token(&fits, None))), Ok(()));
    }

    #[test]
    fn a_list_far_longer_than_announced_is_broken() {
        let mut guard = ListGuard::default();
        let mut n = 0;
        let fault = loop {
            n += 1;
            if let Err(fault) = guard.check(100, Some(&token(&n.to_string(), Some(500)))) {
                break fault;
            }
        };
        assert_eq!(
            fault,
            ListFault::LongerThanAnnounced {
                listed: 2100,
                announced: 500
            }
        );
        // The largest announced size counts, so a size that shrinks does not break a list.
        let mut guard = ListGuard::default();
        assert_eq!(guard.check(100, Some(&token("a", Some(5000)))), Ok(()));
        assert_eq!(guard.check(3000, Some(&token("b", Some(10)))), Ok(()));
    }

    #[test]
    fn stale_pages_end_a_list_after_the_allowance() {
        let mut run = StaleRun::default();
        for _ in 0..MAX_STALE_PAGES {
            assert_eq!(run.count(1, 0, 0), Ok(()));
        }
        assert_eq!(
            run.count(1, 0, 0),
            Err(ListFault::NoNewRecords {
                pages: MAX_STALE_PAGES + 1
            })
        );
        let mut run = StaleRun::default();
        for _ in 0..MAX_STALE_PAGES + 5 {
            assert_eq!(run.count(1, 0, 5), Ok(()), "within the allowance");
        }
        assert!(run.count(1, 0, 5).is_err());
        let mut run = StaleRun::default();
        for _ in 0..3 * MAX_STALE_PAGES {
            assert_eq!(run.count(1, 0, 0).and(run.count(1, 1, 0)), Ok(()));
        }
    }

    #[test]
    fn tokens_are_shortened_for_messages() {
        assert_eq!(shorten("abc"), "abc");
        let long = "é".repeat(100);
        let short = shorten(&long);
        assert!(short.starts_with(&"é".repeat(64)), "{short}");
        assert!(short.ends_with("… (200 bytes)"), "{short}");
    }
}
