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

/// Serves `pages` (path, body) on 127.0.0.1 for `requests` connections; unknown paths are 404.
fn serve(pages: Vec<(&'static str, &'static str)>, requests: usize) -> String {
    use std::io::{BufRead, BufReader};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    std::thread::spawn(move || {
        for stream in listener.incoming().take(requests) {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut line = String::new();
            let _ = reader.read_line(&mut line);
            let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).unwrap_or(0) == 0 || h == "\r\n" {
                    break;
                }
            }
            let reply = match pages.iter().find(|(p, _)| *p == path) {
                Some((_, body)) => format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                ),
                None => "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_string(),
            };
            let _ = stream.write_all(reply.as_bytes());
        }
    });
    base
}

#[test]
fn addresses_are_fetched_and_a_failed_one_is_named_while_the_others_go_on() {
    let base = serve(vec![("/slide", PAGE), ("/coast", GZ_PAGE)], 3);
    let (a, b, gone) = (format!("{base}/slide"), format!("{base}/coast"), format!("{base}/gone"));
    let out = Command::cargo_bin("crossread")
        .expect("bin")
        .args(["brief", "--format", "json", &a, &gone, &b])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("{gone}: HTTP 404")), "{stderr}");
    let brief: Value = serde_json::from_slice(&out.stdout).expect("json");
    let articles = brief["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), 2);
    assert_eq!(articles[0]["outlet"], "Fjord Post");
    assert_eq!(articles[0]["url"].as_str(), Some(a.as_str()));
}

#[test]
fn extract_prints_the_article_and_its_metadata_and_names_a_bad_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("slide.html");
    std::fs::write(&page, PAGE).expect("write");
    let gz = dir.path().join("coast.html.gz");
    std::fs::write(&gz, gzip(GZ_PAGE.as_bytes())).expect("write");
    let out = Command::cargo_bin("crossread").expect("bin").arg("extract").arg(&page).arg(&gz).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("buried 14 houses") && text.contains("120 millimetres of rain"), "{text}");
    assert!(!text.contains("Front page") && !text.contains("By Tove Rind"), "{text}");
    let bad = dir.path().join("bad.html");
    std::fs::write(&bad, [0u8, 1, 2, 3]).expect("write");
    let out = Command::cargo_bin("crossread")
        .expect("bin")
        .args(["extract", "--format", "json"])
        .arg(&bad)
        .arg(&page)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.html: not an HTML page"));
    let v: Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(
        (v["outlet"].as_str(), v["date"].as_str(), v["title"].as_str()),
        (Some("Fjord Post"), Some("2025-06-02"), Some("Landslide at Brekkvik"))
    );
    let out = Command::cargo_bin("crossread")
        .expect("bin")
        .args(["bench", "--html", "--megabytes", "0.01"])
        .arg(&page)
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&out.stdout).contains("MB/s"), "{}", String::from_utf8_lossy(&out.stderr));
}
