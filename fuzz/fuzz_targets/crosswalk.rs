//! Every crosswalk on arbitrary XML documents: no panic, whatever the shape.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(doc) = roxmltree::Document::parse(&text) {
        for node in doc.descendants().filter(|n| n.is_element()).take(64) {
            let _ = oerdex_harvester::crosswalk::crosswalk(node);
        }
    }
});
