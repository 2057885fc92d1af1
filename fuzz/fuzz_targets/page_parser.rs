//! The streaming list-page parser on arbitrary text: it must return a page or an error, never
//! panic, and every record it returns must carry metadata that parses on its own.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oerdex_harvester::oai::page;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(page) = page::parse(&text) {
        for record in page.records {
            if let Some(xml) = record.metadata_xml {
                // Wrapped metadata re-declares its namespaces; it may still be invalid XML
                // inside, but the crosswalk must cope either way.
                let _ = oerdex_harvester::crosswalk::crosswalk_xml(&xml);
            }
        }
    }
});
