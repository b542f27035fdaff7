//! Feeds, OPML, JSON records and WARC archives written for these tests, and inputs that are broken
//! in the ways real ones are: each problem names the input (and record), the rest is still read.

use crossread_ingest::{load, FieldMap, Loaded, Options};
use std::io::Write;
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

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write");
    p.to_string_lossy().into_owned()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).expect("gzip");
    e.finish().expect("gzip")
}

const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Tidewater Bulletin</title><link>https://tidewater.example/</link>
<item><title>Pier closed after storm</title><link>https://tidewater.example/pier</link>
<pubDate>Tue, 03 Jun 2025 08:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The north pier will stay closed for 6 weeks after waves tore away 40 metres of decking, the port said.</p>]]></content:encoded>
</item>
<item><title>Ferry times</title><link>https://tidewater.example/ferry</link>
<description>Ferries to Skarvoy run every 90 minutes until the pier reopens.</description></item>
</channel></rss>"#;

const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Watch</title><id>urn:x</id><updated>2025-06-03T10:00:00Z</updated>
<entry><title>Decking lost</title><id>urn:x:1</id><updated>2025-06-03T10:00:00Z</updated><link href="https://watch.example/1"/>
<content type="html">&lt;p&gt;Engineers counted 40 metres of decking lost at the north pier.&lt;/p&gt;</content></entry></feed>"#;

const JSON_FEED: &str = r#"{"version": "https://jsonfeed.org/version/1.1", "title": "Quay Notes",
 "items": [{"id": "1", "url": "https://quay.example/1", "date_published": "2025-06-03T09:00:00Z",
 "content_text": "The port expects repairs to the north pier to cost 2 million kroner."}]}"#;

#[test]
fn feeds_give_one_report_per_item_with_dates_and_outlets() {
    let dir = tempfile::tempdir().expect("tempdir");
    let inputs = vec![
        write(dir.path(), "bulletin.rss", RSS.as_bytes()),
        write(dir.path(), "watch.atom", ATOM.as_bytes()),
        write(dir.path(), "quay.json", JSON_FEED.as_bytes()),
    ];
    let got = load_all(&inputs, &Options::default());
    assert!(got_problems(&got).is_empty(), "{:?}", got_problems(&got));
    let ids: Vec<&str> = got.reports.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["bulletin-1", "bulletin-2", "watch-1", "quay-1"]);
    let pier = &got.reports[0];
    assert!(pier.text.contains("40 metres of decking"), "{}", pier.text);
    assert_eq!(pier.outlet.as_deref(), Some("Tidewater Bulletin"));
    assert_eq!(pier.date.as_deref(), Some("2025-06-03"));
    assert_eq!(pier.title.as_deref(), Some("Pier closed after storm"));
    assert_eq!(pier.origin.as_ref().and_then(|o| o.url.as_deref()), Some("https://tidewater.example/pier"));
    assert_eq!(got.reports[1].text, "Ferries to Skarvoy run every 90 minutes until the pier reopens.");
    assert!(got.reports[2].text.contains("Engineers counted 40 metres"), "{}", got.reports[2].text);
    assert_eq!(got.reports[3].outlet.as_deref(), Some("Quay Notes"));
    assert!(got.reports[3].text.contains("2 million kroner"));
}

#[test]
fn opml_lists_local_feeds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let rss = write(dir.path(), "bulletin.rss", RSS.as_bytes());
    let opml = format!(
        r#"<?xml version="1.0"?><opml version="2.0"><head><title>Coast</title></head><body>
        <outline text="Coast"><outline type="rss" text="Bulletin" xmlUrl="{rss}"/></outline></body></opml>"#
    );
    let got = load_all(&[write(dir.path(), "coast.opml", opml.as_bytes())], &Options::default());
    assert!(got_problems(&got).is_empty(), "{:?}", got_problems(&got));
    assert_eq!(got.reports.len(), 2);
}

#[test]
fn json_records_take_common_names_and_a_field_map() {
    let dir = tempfile::tempdir().expect("tempdir");
    let array = r#"[{"headline": "Pier", "content": "Waves tore away 40 metres of decking.", "published": "2025-06-03", "sitename": "Pier Times"},
                    {"article_text": "Repairs will cost 2 million kroner.", "pub": "2025-06-04T08:00:00Z", "outlet": "Quay Notes"}]"#;
    let path = write(dir.path(), "records.json", array.as_bytes());
    let got = load_all(std::slice::from_ref(&path), &Options::default());
    assert_eq!(got.reports.len(), 1);
    assert_eq!(got.reports[0].outlet.as_deref(), Some("Pier Times"));
    assert_eq!(got.reports[0].date.as_deref(), Some("2025-06-03"));
    assert!(got_problems(&got)[0].contains("records.json: record 2: no text field"), "{:?}", got_problems(&got));
    let fields = FieldMap::default().with_overrides("text=article_text,date=pub").expect("spec");
    let got = load_all(&[path], &Options { fields, ..Default::default() });
    assert!(got_problems(&got).is_empty(), "{:?}", got_problems(&got));
    assert_eq!(got.reports[1].date.as_deref(), Some("2025-06-04"));
    // each report's text maps back to its string in the file
    let bytes = std::fs::read(dir.path().join("records.json")).expect("read");
    for r in &got.reports {
        let at = r.text.find(char::is_numeric).expect("a figure");
        let span = r.source_span(crossread_model::Span::new(at, at + 1)).expect("mapped");
        assert_eq!(&bytes[span.start..span.end], &r.text.as_bytes()[at..at + 1]);
    }
    assert!(FieldMap::default().with_overrides("body").is_err());
}

#[test]
fn broken_inputs_are_named_and_the_rest_is_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = write(dir.path(), "good.txt", b"Waves tore away 40 metres of decking at the north pier.\n");
    let page = b"<html><body><article><p>The port said 40 metres of decking were lost and the pier stays shut for six weeks while divers check the piles.</p></article></body></html>";
    let gz = gzip(page);
    let truncated = write(dir.path(), "cut.html.gz", &gz[..gz.len() / 2]);
    let empty_page = write(dir.path(), "empty.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>");
    let binary = write(dir.path(), "photo.html", &[0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0xff, 0xfe, 0]);
    let not_xml = write(dir.path(), "feed.rss", b"this is not a feed at all");
    let mut warc =
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>cut short".to_vec();
    warc.extend_from_slice(b"\r\n\r\n");
    let broken_warc = write(dir.path(), "crawl.warc", &warc);
    let missing = dir.path().join("missing.txt").to_string_lossy().into_owned();
    let inputs = vec![good, truncated, empty_page, binary, not_xml, broken_warc, missing];
    let got = load_all(&inputs, &Options::default());
    assert_eq!(got.reports.len(), 1, "{:?}", got_problems(&got));
    let all = got_problems(&got).join("\n");
    for (name, why) in [
        ("cut.html.gz", "gzip"),
        ("empty.html", "no article text"),
        ("photo.html", "not an HTML page"),
        ("feed.rss", "not a readable feed"),
        ("crawl.warc", "record 1"),
        ("missing.txt", "cannot read"),
    ] {
        assert!(
            got_problems(&got).iter().any(|p| p.contains(name) && p.contains(why)),
            "no {why:?} for {name} in:\n{all}"
        );
    }
}

#[test]
fn a_file_over_the_cap_is_refused_without_being_read_whole() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.html");
    let f = std::fs::File::create(&path).expect("create");
    // sparse: the size is there, the bytes are not
    f.set_len(crossread_ingest::MAX_DOCUMENT_BYTES + 10).expect("set_len");
    let got = load_all(&[path.to_string_lossy().into_owned()], &Options::default());
    assert!(got.reports.is_empty());
    assert!(
        got_problems(&got)[0].contains("huge.html") && got_problems(&got)[0].contains("larger than"),
        "{:?}",
        got_problems(&got)
    );
}

#[test]
fn plain_text_past_the_page_cap_is_read_and_past_its_own_cap_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let prose =
        "The ferry to Quillon carried 214 passengers on its first crossing, the harbour office said. ".repeat(100);
    let long = dir.path().join("long.txt");
    std::fs::write(&long, &prose).expect("write");
    // the rest is sparse: the size is there, the bytes are not
    std::fs::OpenOptions::new()
        .write(true)
        .open(&long)
        .and_then(|f| f.set_len(crossread_ingest::MAX_DOCUMENT_BYTES + 10))
        .expect("set_len");
    let got = load_all(&[long.to_string_lossy().into_owned()], &Options::default());
    assert_eq!(got.reports.len(), 1, "{:?}", got_problems(&got));
    assert_eq!(got.reports[0].text.len() as u64, crossread_ingest::MAX_DOCUMENT_BYTES + 10);
    drop(got);
    let huge = dir.path().join("huge.txt");
    std::fs::write(&huge, &prose).expect("write");
    std::fs::OpenOptions::new()
        .write(true)
        .open(&huge)
        .and_then(|f| f.set_len(crossread_ingest::MAX_TEXT_BYTES + 10))
        .expect("set_len");
    let got = load_all(&[huge.to_string_lossy().into_owned()], &Options::default());
    assert!(got.reports.is_empty());
    assert!(got_problems(&got).iter().any(|p| p.contains("huge.txt") && p.contains("larger than")));
}

#[test]
fn a_warc_with_a_broken_record_still_gives_the_good_ones() {
    let page = "<html><body><article><p>Divers found 12 cracked piles under the north pier on Tuesday, the port engineer said in a statement.</p></article></body></html>";
    let record = |uri: &str, body: &str| {
        let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{body}");
        format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-06-03T12:00:00Z\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
            http.len()
        )
    };
    let mut warc = record("https://a.example/1", page);
    warc += "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nonsense\r\n\r\n";
    warc += &record("https://b.example/2", page);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "mixed.warc.gz", &gzip(warc.as_bytes()));
    let got = load_all(&[path], &Options::default());
    assert!(!got.reports.is_empty(), "{:?}", got_problems(&got));
    let first = &got.reports[0];
    assert_eq!(first.date.as_deref(), Some("2025-06-03"));
    assert_eq!(first.origin.as_ref().and_then(|o| o.url.as_deref()), Some("https://a.example/1"));
    assert!(first.origin.as_ref().and_then(|o| o.record.as_deref()).is_some_and(|r| r.starts_with("record 1")));
    assert!(got_problems(&got).iter().all(|p| p.contains("mixed.warc.gz: record")), "{:?}", got_problems(&got));
}

#[test]
fn annotation_json_beside_reports_is_passed_over_and_named_json_is_not_flooded() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "01.txt", b"Waves tore away 40 metres of decking.\n");
    let notes = "{\n  \"facts\": [\n    {\"text\": \"40 metres\", \"start\": 16}\n  ]\n}\n";
    let notes_path = write(dir.path(), "notes.json", notes.as_bytes());
    let got = load_all(&[dir.path().to_string_lossy().into_owned()], &Options::default());
    assert!(got_problems(&got).is_empty(), "{:?}", got_problems(&got));
    assert_eq!(got.reports.len(), 1);
    let got = load_all(&[notes_path], &Options::default());
    assert!(got.reports.is_empty());
    assert_eq!(got_problems(&got).len(), 1, "{:?}", got_problems(&got));
    assert!(got_problems(&got)[0].contains("notes.json: no text field"), "{:?}", got_problems(&got));
    // JSON Lines that turn to junk are given up after three bad lines in a row
    let junk = "{\"text\": \"Decking lost.\"}\n".to_string() + &"{\"text\": \"a\"}x\n".repeat(50);
    let got = load_all(&[write(dir.path(), "junk.jsonl", junk.as_bytes())], &Options::default());
    assert_eq!(got.reports.len(), 1);
    assert_eq!(got_problems(&got).len(), 4, "{:?}", got_problems(&got));
    assert!(got_problems(&got)[3].contains("junk.jsonl: 3 lines in a row are not JSON"), "{:?}", got_problems(&got));
}
