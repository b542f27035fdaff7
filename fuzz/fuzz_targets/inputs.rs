//! Raw bytes through every reader of non-text input: web pages, JSON records, feeds, web archives.
//! Nothing may panic, and a page's source map must stay inside the page.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let opts = crossread_html::Options { source_map: true, ..Default::default() };
    if let Ok(a) = crossread_html::read_page(data, &opts) {
        // offsets are into the page as given (into the decompressed page for gzip)
        let map = a.source_map.unwrap_or_default();
        if !data.starts_with(&[0x1f, 0x8b]) {
            assert!(map.segments.iter().all(|s| s.source_start <= s.source_end && s.source_end <= data.len()));
        }
    }
    let fields = crossread_ingest::FieldMap::default();
    let _ = crossread_ingest::read_json_lines("f", Path::new("f.jsonl"), data, &fields);
    let _ = crossread_ingest::read_json_document("f", Path::new("f.json"), data, &fields);
    let _ = crossread_ingest::read_feed("f", Path::new("f.rss"), data, &crossread_ingest::FeedOptions::default());
    let _ = crossread_ingest::read_warc("f", Path::new("f.warc"), data);
});
