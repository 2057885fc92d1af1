//! The API's query-parameter parsing and the OAI-PMH provider's argument parsing on arbitrary
//! query strings: an answer or a 4xx-worthy error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oerdex_api::params::SearchParams;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let pairs: Vec<(String, String)> = text
        .split('&')
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            None => (p.to_string(), String::new()),
        })
        .collect();
    if let Ok(params) = SearchParams::from_pairs(&pairs) {
        let _ = params.into_query();
    }
    let _ = oerdex_api::oai::request::parse(&pairs);
    if let Ok(uri) = format!("/api/v1/resources?{text}").parse::<axum::http::Uri>() {
        let _ = SearchParams::from_uri(&uri);
    }
});
