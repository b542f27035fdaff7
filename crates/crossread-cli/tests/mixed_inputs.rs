//! One story read from a folder mixing plain text, a web page, a gzip'd page, JSON Lines and a WARC
//! archive: one brief, and every mention's source offsets point at its characters in its input.

use assert_cmd::Command;
use serde_json::Value;
use std::io::{Read, Write};
use std::path::Path;

const TEXT: &str =
    "---\noutlet: Nordwire\ndate: 2025-06-02\n---\nA landslide near Brekkvik buried 14 houses on Sunday, \
and 230 people were moved to the school in Ostmo, the county said.\n";

const PAGE: &str = "<!DOCTYPE html><html lang=\"en\"><head><title>Landslide at Brekkvik</title>\
<meta property=\"og:site_name\" content=\"Fjord Post\"><meta property=\"article:published_time\" content=\"2025-06-02T09:00:00Z\"></head>\
<body><nav><a href=\"/\">Front page</a> <a href=\"/local\">Local</a></nav><article><h1>Landslide at Brekkvik</h1>\
<p class=\"byline\">By Tove Rind</p><p>The slope above Brekkvik gave way on Sunday and buried <b>14&nbsp;houses</b>, \
the county&#39;s emergency office said.</p><p>About 230 people spent the night in the Ostmo school, and the road \
to Hamn stays closed for 3&nbsp;km while engineers check the ground.</p></article>\
<footer>&copy; Fjord Post</footer></body></html>";

const GZ_PAGE: &str =
    "<html><head><meta charset=\"utf-8\"><meta property=\"og:site_name\" content=\"Coast Daily\"></head><body>\
<div class=\"share-tools\"><a href=\"#\">Share</a></div><main><p>Rescuers searched the 14 buried houses at Brekkvik \
through Sunday night; the county put the number moved from their homes at 250.</p><p>The county said the clay had been \
soaked by 120 millimetres of rain in two days.</p></main></body></html>";

const JSONL: &str = concat!(
    "{\"url\": \"https://valley-radio.example/brekkvik\", \"title\": \"Brekkvik slide\", \"date_publish\": \"2025-06-02 11:00:00\", ",
    "\"source_domain\": \"valley-radio.example\", \"maintext\": \"The Brekkvik slide buried \\\"14 homes\\\",\\nand 230 residents ",
    "were moved to Ostmo, the county said.\"}\n",
    "{\"url\": \"https://valley-radio.example/other\", \"title\": \"Weather\"}\n",
);

fn warc_record(uri: &str, html: &str) -> Vec<u8> {
    let http = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{html}",
        html.len()
    );
    let mut rec = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:5c3e1a7e-0000-4000-8000-000000000001>\r\n\
         WARC-Date: 2025-06-02T12:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\n\
         Content-Length: {}\r\n\r\n",
        http.len()
    )
    .into_bytes();
    rec.extend_from_slice(http.as_bytes());
    rec.extend_from_slice(b"\r\n\r\n");
    rec
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).expect("gzip");
    e.finish().expect("gzip")
}

fn gunzip(bytes: Vec<u8>) -> Vec<u8> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return bytes;
    }
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(&bytes[..]).read_to_end(&mut out).expect("gunzip");
    out
}

fn story(dir: &Path) {
    std::fs::write(dir.join("01-nordwire.txt"), TEXT).expect("write");
    std::fs::write(dir.join("02-fjordpost.html"), PAGE).expect("write");
    std::fs::write(dir.join("03-coast.html.gz"), gzip(GZ_PAGE.as_bytes())).expect("write");
    std::fs::write(dir.join("04-radio.jsonl"), JSONL).expect("write");
    let warc_page = "<html><head><meta property=\"og:site_name\" content=\"Hamn Herald\"></head><body><article>\
        <p>Engineers said 14 houses were lost at Brekkvik and 3&nbsp;km of the Hamn road would stay shut for a week.</p>\
        <p>The county opened the Ostmo school to 230 people overnight, with beds from the Red Cross.</p></article></body></html>";
    let mut warc = b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Type: application/warc-fields\r\nContent-Length: 13\r\n\r\nsoftware: me\n\r\n\r\n".to_vec();
    warc.extend(warc_record("https://hamnherald.example/slide", warc_page));
    std::fs::write(dir.join("05-crawl.warc.gz"), gzip(&warc)).expect("write");
}

/// What a reader sees in a stretch of an input: for pages, the text between the tags with
/// references decoded; for JSON, the string decoded; for text, the bytes.
fn seen(path: &Path, bytes: &[u8], start: usize, end: usize) -> String {
    let name = path.to_string_lossy();
    let raw = &bytes[start..end];
    let s = if name.ends_with(".jsonl") {
        serde_json::from_slice::<String>(&[b"\"", raw, b"\""].concat()).expect("a JSON string stretch")
    } else if name.contains(".htm") || name.contains(".warc") {
        crossread_html::visible_text(bytes, start, end)
    } else {
        String::from_utf8(raw.to_vec()).expect("utf-8")
    };
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn one_brief_from_five_kinds_of_input_with_offsets_into_each() {
    let dir = tempfile::tempdir().expect("tempdir");
    story(dir.path());
    let out = Command::cargo_bin("crossread")
        .expect("bin")
        .args(["brief", "--format", "json"])
        .arg(dir.path())
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    // the JSON record without text is named, the rest is read: exit code 1, a full brief
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("04-radio.jsonl: line 2: no text field"), "{stderr}");
    let brief: Value = serde_json::from_slice(&out.stdout).expect("json");
    let articles = brief["articles"].as_array().expect("articles");
    let outlets: Vec<&str> = articles.iter().map(|a| a["outlet"].as_str().unwrap_or("")).collect();
    assert_eq!(articles.len(), 5, "{outlets:?}");
    for o in ["Nordwire", "Fjord Post", "Coast Daily", "Hamn Herald"] {
        assert!(outlets.contains(&o), "{o} missing from {outlets:?}");
    }
    let paths: std::collections::HashMap<&str, &str> =
        articles.iter().map(|a| (a["id"].as_str().unwrap_or(""), a["path"].as_str().unwrap_or(""))).collect();
    let mut checked = std::collections::HashSet::new();
    for fact in brief["facts"].as_array().expect("facts") {
        for claim in fact["claims"].as_array().expect("claims") {
            for m in claim["mentions"].as_array().expect("mentions") {
                let id = m["article"].as_str().expect("id");
                let path = Path::new(paths[id]);
                let bytes = gunzip(std::fs::read(path).expect("input"));
                let text = m["text"].as_str().expect("text");
                let (start, end) = match (m["source_start"].as_u64(), m["source_end"].as_u64()) {
                    (Some(s), Some(e)) => (s as usize, e as usize),
                    _ => {
                        assert!(path.extension().is_some_and(|e| e == "txt"), "{id}: no source offsets for {text:?}");
                        (m["start"].as_u64().expect("start") as usize, m["end"].as_u64().expect("end") as usize)
                    }
                };
                let want = text.split_whitespace().collect::<Vec<_>>().join(" ");
                assert_eq!(seen(path, &bytes, start, end), want, "{id} [{start}..{end}]");
                checked.insert(id.to_string());
            }
        }
    }
    assert_eq!(checked.len(), 5, "mentions from every input: {checked:?}");
    // the houses are one fact, agreed across the five
    let houses = brief["facts"]
        .as_array()
        .expect("facts")
        .iter()
        .find(|f| f["claims"].as_array().is_some_and(|c| c.iter().any(|c| c["value"].as_f64() == Some(14.0))));
    assert!(houses.is_some(), "{}", serde_json::to_string_pretty(&brief["facts"]).unwrap_or_default());
}

#[test]
fn figures_jsonl_gives_both_offsets_for_a_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("page.html");
    std::fs::write(&page, PAGE).expect("write");
    let out = Command::cargo_bin("crossread")
        .expect("bin")
        .args(["figures", "--format", "jsonl"])
        .arg(&page)
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).expect("json")).collect();
    assert!(lines.len() >= 3);
    for f in &lines {
        let (s, e) =
            (f["source_start"].as_u64().expect("source") as usize, f["source_end"].as_u64().expect("source") as usize);
        let text = f["text"].as_str().expect("text");
        assert_eq!(seen(&page, PAGE.as_bytes(), s, e), text.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    assert!(lines.iter().any(|f| f["text"] == "14 houses" && f["source_end"].as_u64() > f["source_start"].as_u64()));
}
