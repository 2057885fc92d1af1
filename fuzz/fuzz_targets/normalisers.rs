//! Licence, language, datestamp, date and resource-type normalisation on arbitrary text: no
//! panic, and results are stable (normalising a result's canonical form gives the same result).
//! Built on `oerdex-normalise` alone, without SQLite.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oerdex_normalise::{date, language, license, resource_type, timestamp};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some(l) = license::normalize(&text) {
        let again = license::normalize(&l.id).expect("a canonical id is read back");
        assert_eq!(again.id, l.id);
    }
    let _ = license::normalize_all(&[text.as_ref(), "All rights reserved"]);
    if let Some(code) = language::normalize(&text) {
        assert_eq!(language::normalize(&code).as_deref(), Some(code.as_str()));
    }
    if let Some(t) = timestamp::normalize(&text) {
        assert_eq!(timestamp::normalize(&t).as_deref(), Some(t.as_str()));
    }
    if let Some(d) = date::normalize(&text) {
        assert_eq!(date::normalize(&d).as_deref(), Some(d.as_str()));
    }
    if let Some(label) = resource_type::normalize(&text) {
        assert_eq!(resource_type::normalize(label), Some(label));
    }
});
