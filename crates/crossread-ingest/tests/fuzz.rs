//! Malformed input for every parser, made by a generator and run for a bounded number of cases in
//! CI (PROPTEST_CASES raises it): arbitrary bytes, and valid inputs cut short or with bytes spliced
//! in. Nothing may panic, and whatever is read must map back inside its input.

use crossread_ingest::{
    load, read_feed, read_json_array, read_json_lines, read_warc, FeedOptions, FieldMap, Loaded, Options,
};
use crossread_model::Span;
use proptest::prelude::*;
use std::path::Path;

/// Reads inputs named as strings.
fn load_all(inputs: &[String], opts: &Options) -> Loaded {
    load(&inputs.iter().map(std::path::PathBuf::from).collect::<Vec<_>>(), opts.clone())
}

/// Every error and problem, as the user reads it.
#[allow(dead_code)]
fn got_problems(l: &Loaded) -> Vec<String> {
    l.errors.iter().map(|e| e.to_string()).collect()
}

const PAGE: &str = "<!DOCTYPE html><html><head><meta charset=utf-8><title>T</title><script>var a = '<p>';</script></head>\
<body><nav><a href=/>Home</a></nav><article><p>The port counted 40&nbsp;metres of decking lost &amp; 12 piles cracked.</p>\
<ul><li>6 weeks</li><li>2 million kroner</li></ul><table><tr><td>North</td><td>40</td></tr></table></article></body></html>";
const JSONL: &str = "{\"text\": \"Waves tore away \\\"40 metres\\\" of decking.\\u00e9\", \"date\": \"2025-06-03\"}\n{\"maintext\": \"12 piles\"}\n";
const RSS: &str = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>B</title><item><title>P</title>\
<description>Ferries run every 90 minutes.</description></item></channel></rss>";

fn warc() -> Vec<u8> {
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{PAGE}");
    format!("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n", http.len())
        .into_bytes()
}

/// A valid input cut short, or with a few bytes overwritten or spliced in.
fn mangled(seed: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    let len = seed.len();
    (0..=len, prop::collection::vec((0..len.max(1), any::<u8>(), any::<bool>()), 0..8)).prop_map(move |(cut, edits)| {
        let mut b = seed.clone();
        for (at, byte, insert) in edits {
            let at = at.min(b.len());
            if insert {
                b.insert(at, byte);
            } else if at < b.len() {
                b[at] = byte;
            }
        }
        b.truncate(cut.max(b.len() / 2).min(b.len()));
        b
    })
}

fn check_maps(reports: &[crossread_model::Report], input_len: usize) {
    for r in reports {
        let Some(o) = &r.origin else { continue };
        for s in &o.map.segments {
            assert!(s.source_start <= s.source_end && s.source_end <= input_len, "{s:?} past {input_len}");
            assert!(s.text_end <= r.text.len());
        }
        if let Some(span) = r.source_span(Span::new(0, r.text.len())) {
            assert!(span.end <= input_len);
        }
    }
}

/// 64 cases each unless PROPTEST_CASES says otherwise.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn html_never_panics(bytes in prop_oneof![prop::collection::vec(any::<u8>(), 0..3000), mangled(PAGE.as_bytes().to_vec())]) {
        let opts = crossread_html::Options { source_map: true, ..Default::default() };
        if let Ok(a) = crossread_html::read_page(&bytes, &opts) {
            let map = a.source_map.expect("asked for");
            for s in &map.segments {
                prop_assert!(s.source_end <= bytes.len() && s.text_end <= a.text.len());
            }
        }
    }

    #[test]
    fn json_records_never_panic(bytes in prop_oneof![prop::collection::vec(any::<u8>(), 0..2000), mangled(JSONL.as_bytes().to_vec())]) {
        let got = read_json_lines("f", Path::new("f.jsonl"), &bytes[..], &FieldMap::default());
        check_maps(&got.reports, bytes.len());
        let mut array = b"[".to_vec();
        array.extend_from_slice(&bytes);
        let got = read_json_array("f", Path::new("f.json"), &array, &FieldMap::default());
        check_maps(&got.reports, array.len());
    }

    #[test]
    fn feeds_never_panic(bytes in prop_oneof![prop::collection::vec(any::<u8>(), 0..2000), mangled(RSS.as_bytes().to_vec())]) {
        let _ = read_feed("f", Path::new("f.rss"), &bytes, &FeedOptions::default());
    }

    #[test]
    fn warc_never_panics(bytes in prop_oneof![prop::collection::vec(any::<u8>(), 0..2000), mangled(warc())]) {
        let got = read_warc("f", Path::new("f.warc"), &bytes[..]);
        check_maps(&got.reports, bytes.len());
    }

    #[test]
    fn any_file_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..2000), name in prop::sample::select(vec!["a.html", "a.html.gz", "a.jsonl", "a.json", "a.warc", "a.rss", "a.opml", "a.txt", "a"])) {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).expect("write");
        let got = load_all(&[path.to_string_lossy().into_owned()], &Options::default());
        check_maps(&got.reports, bytes.len());
    }
}
