//! JSON records from scrapers (trafilatura, news-please and the like): JSON Lines or a JSON array,
//! one report per record, each mapped back to the bytes of its text in the file.

use crate::page::report_without_map;
use crossread_model::{InputKind, Origin, Report, Segment, SourceMap, Span};
use serde_json::{Map, Value};
use std::io::BufRead;
use std::path::Path;

/// Which record fields hold the text, title, address, date and outlet: the first present wins.
#[derive(Clone, Debug)]
pub struct FieldMap {
    /// Fields holding the article text.
    pub text: Vec<String>,
    /// Fields holding the headline.
    pub title: Vec<String>,
    /// Fields holding the page address.
    pub url: Vec<String>,
    /// Fields holding the publication date.
    pub date: Vec<String>,
    /// Fields holding the outlet.
    pub outlet: Vec<String>,
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

impl Default for FieldMap {
    fn default() -> Self {
        FieldMap {
            text: names(&["text", "maintext", "content", "body", "article", "articleBody", "raw_text"]),
            title: names(&["title", "headline"]),
            url: names(&["url", "link", "source_url", "canonical_url"]),
            date: names(&[
                "date",
                "date_publish",
                "published",
                "pubDate",
                "datePublished",
                "publish_date",
                "date_published",
            ]),
            outlet: names(&["outlet", "source", "sitename", "site_name", "publisher", "source_domain", "hostname"]),
        }
    }
}

impl FieldMap {
    /// Puts the fields named in `spec` first (`text=article_text,date=pub_ts`).
    pub fn with_overrides(mut self, spec: &str) -> Result<Self, String> {
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((role, field)) = part.split_once('=') else {
                return Err(format!("field map {part:?}: expected ROLE=FIELD (roles: text, title, url, date, outlet)"));
            };
            let list = match role.trim() {
                "text" => &mut self.text,
                "title" => &mut self.title,
                "url" => &mut self.url,
                "date" => &mut self.date,
                "outlet" => &mut self.outlet,
                other => {
                    return Err(format!("field map: unknown role {other:?} (roles: text, title, url, date, outlet)"))
                }
            };
            list.insert(0, field.trim().to_string());
        }
        Ok(self)
    }
}

/// Reports read from one file, and what could not be read in it.
#[derive(Debug, Default)]
pub struct Batch {
    /// The reports.
    pub reports: Vec<Report>,
    /// One message per record or item that could not be read, naming the input and the record.
    pub problems: Vec<String>,
}

/// Largest JSON array read whole; larger collections should be JSON Lines, which stream.
pub const MAX_JSON_ARRAY_BYTES: u64 = 256 << 20;

/// Lines in a row that are not JSON after which the rest of a JSON Lines file is skipped.
const GIVE_UP_AFTER: usize = 3;

/// Longest JSON line read.
pub const MAX_JSON_LINE_BYTES: usize = 64 << 20;

/// Reads JSON Lines (streamed) from a reader.
pub fn read_json_lines(stem: &str, path: &Path, reader: impl BufRead, fields: &FieldMap) -> Batch {
    let mut out = Batch::default();
    let mut offset = 0usize;
    let mut not_json = 0;
    let mut line = Vec::new();
    let mut reader = reader;
    for n in 1.. {
        line.clear();
        let read = std::io::Read::take(&mut reader, MAX_JSON_LINE_BYTES as u64 + 1).read_until(b'\n', &mut line);
        match read {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                out.problems.push(format!("{}: line {n}: {e}", path.display()));
                break;
            }
        }
        let at = offset;
        offset += line.len();
        if line.len() > MAX_JSON_LINE_BYTES {
            out.problems.push(format!(
                "{}: line {n}: longer than {MAX_JSON_LINE_BYTES} bytes; the rest of the file is skipped",
                path.display()
            ));
            break;
        }
        if line.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        let record = format!("line {n}");
        let got = record_report(&format!("{stem}-{n}"), path, &line, at, &record, fields);
        if !got.as_ref().is_err_and(|e| e.starts_with("not JSON")) {
            not_json = 0;
        }
        match got {
            Ok(r) => out.reports.push(r),
            Err(e) if e.starts_with("not JSON") => {
                not_json += 1;
                out.problems.push(format!("{}: {record}: {e}", path.display()));
                if not_json >= GIVE_UP_AFTER {
                    out.problems.push(format!(
                        "{}: {GIVE_UP_AFTER} lines in a row are not JSON: the rest of the file is skipped",
                        path.display()
                    ));
                    break;
                }
                continue;
            }
            Err(e) => out.problems.push(format!("{}: {record}: {e}", path.display())),
        }
    }
    out
}

/// True when the first non-empty line of a JSON head is a whole JSON value (JSON Lines), false when
/// the file is one JSON document spread over lines (a pretty-printed array or object).
pub fn is_json_lines(head: &[u8]) -> bool {
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let line = head[start..].split(|&b| b == b'\n').next().unwrap_or(&[]);
    serde_json::from_slice::<serde_json::Value>(line).is_ok()
}

/// Reads one JSON document held in memory: an array of records, or a single record.
pub fn read_json_document(stem: &str, path: &Path, bytes: &[u8], fields: &FieldMap) -> Batch {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    if bytes.get(start) == Some(&b'[') {
        return read_json_array(stem, path, bytes, fields);
    }
    let mut out = Batch::default();
    match record_report(stem, path, bytes, 0, "record 1", fields) {
        Ok(r) => out.reports.push(r),
        Err(e) => out.problems.push(format!("{}: {e}", path.display())),
    }
    out
}

/// Reads a JSON array of records held in memory.
pub fn read_json_array(stem: &str, path: &Path, bytes: &[u8], fields: &FieldMap) -> Batch {
    let mut out = Batch::default();
    let Some(open) = bytes.iter().position(|&b| b == b'[') else {
        out.problems.push(format!("{}: not a JSON array of records", path.display()));
        return out;
    };
    let mut pos = open + 1;
    for n in 1.. {
        while pos < bytes.len() && (bytes[pos].is_ascii_whitespace() || bytes[pos] == b',') {
            pos += 1;
        }
        if pos >= bytes.len() || bytes[pos] == b']' {
            break;
        }
        let mut stream = serde_json::Deserializer::from_slice(&bytes[pos..]).into_iter::<Value>();
        match stream.next() {
            Some(Ok(_)) => {
                let end = pos + stream.byte_offset();
                let record = format!("record {n}");
                match record_report(&format!("{stem}-{n}"), path, &bytes[pos..end], pos, &record, fields) {
                    Ok(r) => out.reports.push(r),
                    Err(e) => out.problems.push(format!("{}: {record}: {e}", path.display())),
                }
                pos = end;
            }
            Some(Err(e)) => {
                out.problems.push(format!("{}: record {n}: {e}; the rest of the array is skipped", path.display()));
                break;
            }
            None => break,
        }
    }
    out
}

fn first_str<'a>(obj: &'a Map<String, Value>, keys: &'a [String]) -> Option<(&'a str, &'a str)> {
    keys.iter().find_map(|k| match obj.get(k) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some((k.as_str(), s.as_str())),
        Some(Value::Object(o)) => o.get("name").and_then(Value::as_str).map(|s| (k.as_str(), s)),
        _ => None,
    })
}

/// One record (raw JSON bytes at `offset` in the file) as a report.
fn record_report(
    id: &str,
    path: &Path,
    raw: &[u8],
    offset: usize,
    record: &str,
    fields: &FieldMap,
) -> Result<Report, String> {
    let value: Value = serde_json::from_slice(raw).map_err(|e| format!("not JSON: {e}"))?;
    let Value::Object(obj) = value else { return Err("not a JSON object".into()) };
    let Some((text_key, text)) = first_str(&obj, &fields.text) else {
        return Err(format!(
            "no text field (looked for {}; name yours with --field text=NAME)",
            fields.text.join(", ")
        ));
    };
    let url = first_str(&obj, &fields.url).map(|(_, s)| s.to_string());
    let mut report = if text.contains("</p>") || text.contains("<br") || text.trim_start().starts_with("<") {
        // HTML in a record: the article is read out of it; its place in the file is not mapped
        let opts = crossread_html::Options { url: url.as_deref(), ..Default::default() };
        let article =
            crossread_html::read_page(text.as_bytes(), &opts).map_err(|e| format!("HTML in `{text_key}`: {e}"))?;
        report_without_map(id, path, article.text, InputKind::Json, Some(record.to_string()))
    } else {
        let map = string_value_span(raw, text_key).map(|lit| map_string_literal(raw, lit, offset)).unwrap_or_default();
        let mut r = Report::from_text(id, path, text.to_string());
        r.origin = Some(Origin { kind: InputKind::Json, url: None, record: Some(record.to_string()), map });
        r
    };
    report.body = Span::new(0, report.text.len());
    if let Some(o) = report.origin.as_mut() {
        o.url = url.clone();
    }
    report.title = first_str(&obj, &fields.title).map(|(_, s)| s.to_string());
    report.date = first_str(&obj, &fields.date).and_then(|(_, s)| crossread_html::iso_day(s));
    report.outlet = first_str(&obj, &fields.outlet)
        .map(|(k, s)| {
            let host_like =
                !s.contains(' ') && s.contains('.') && (k.contains("domain") || k == "hostname" || k == "source");
            if host_like {
                crossread_html::outlet_from_url(s).unwrap_or_else(|| s.to_string())
            } else {
                s.to_string()
            }
        })
        .or_else(|| url.as_deref().and_then(crossread_html::outlet_from_url));
    Ok(report)
}

/// Where the string value of a top-level `key` stands in a record's raw bytes: the index of its
/// opening quote.
fn string_value_span(raw: &[u8], key: &str) -> Option<usize> {
    let mut i = raw.iter().position(|&b| b == b'{')? + 1;
    loop {
        i = skip_ws(raw, i);
        if raw.get(i)? != &b'"' {
            return None;
        }
        let key_end = string_end(raw, i)?;
        let k: String = serde_json::from_slice(&raw[i..key_end]).ok()?;
        i = skip_ws(raw, key_end);
        if raw.get(i)? != &b':' {
            return None;
        }
        i = skip_ws(raw, i + 1);
        if k == key {
            return (raw.get(i)? == &b'"').then_some(i);
        }
        i = value_end(raw, i)?;
        i = skip_ws(raw, i);
        match raw.get(i)? {
            b',' => i += 1,
            _ => return None,
        }
    }
}

fn skip_ws(raw: &[u8], mut i: usize) -> usize {
    while raw.get(i).is_some_and(|b| b.is_ascii_whitespace()) {
        i += 1;
    }
    i
}

/// One past the closing quote of the string opening at `i`.
fn string_end(raw: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    while j < raw.len() {
        match raw[j] {
            b'\\' => j += 2,
            b'"' => return Some(j + 1),
            _ => j += 1,
        }
    }
    None
}

/// One past the end of the JSON value starting at `i`.
fn value_end(raw: &[u8], i: usize) -> Option<usize> {
    match raw.get(i)? {
        b'"' => string_end(raw, i),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut j = i;
            while j < raw.len() {
                match raw[j] {
                    b'"' => {
                        j = string_end(raw, j)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(j + 1);
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            None
        }
        _ => Some(i + raw[i..].iter().position(|&b| b == b',' || b == b'}' || b == b']')?),
    }
}

/// Maps the decoded characters of the string literal opening at `quote` to their bytes in the file
/// (the record starts at `offset`): plain runs map one to one, an escape maps to its whole `\...`.
fn map_string_literal(raw: &[u8], quote: usize, offset: usize) -> SourceMap {
    let mut segments: Vec<Segment> = Vec::new();
    let mut text_at = 0usize;
    let mut j = quote + 1;
    let mut push = |len: usize, src_start: usize, src_end: usize, text_at: &mut usize| {
        let seg = Segment {
            text_start: *text_at,
            text_end: *text_at + len,
            source_start: offset + src_start,
            source_end: offset + src_end,
        };
        match segments.last_mut() {
            Some(last)
                if last.linear()
                    && seg.linear()
                    && last.text_end == seg.text_start
                    && last.source_end == seg.source_start =>
            {
                last.text_end = seg.text_end;
                last.source_end = seg.source_end;
            }
            _ => segments.push(seg),
        }
        *text_at += len;
    };
    while j < raw.len() && raw[j] != b'"' {
        if raw[j] == b'\\' {
            let esc_start = j;
            let decoded = match raw.get(j + 1) {
                Some(b'u') => {
                    let hex = |k: usize| {
                        std::str::from_utf8(raw.get(k..k + 4)?).ok().and_then(|h| u32::from_str_radix(h, 16).ok())
                    };
                    let hi = hex(j + 2).unwrap_or(0xFFFD);
                    j += 6;
                    if (0xD800..0xDC00).contains(&hi) && raw.get(j) == Some(&b'\\') && raw.get(j + 1) == Some(&b'u') {
                        let lo = hex(j + 2).unwrap_or(0);
                        j += 6;
                        char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo.wrapping_sub(0xDC00) & 0x3FF))
                            .unwrap_or('\u{FFFD}')
                    } else {
                        char::from_u32(hi).unwrap_or('\u{FFFD}')
                    }
                }
                Some(_) => {
                    j += 2;
                    'x'
                }
                None => break,
            };
            push(decoded.len_utf8(), esc_start, j, &mut text_at);
        } else {
            let run = raw[j..].iter().position(|&b| b == b'"' || b == b'\\').map_or(raw.len(), |p| j + p);
            push(run - j, j, run, &mut text_at);
            j = run;
        }
    }
    SourceMap { segments }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_map_to_their_bytes() {
        let raw = br#"{"id": 3, "meta": {"a": [1, "}"]}, "text": "Toll \"rose\" to 12\nin Kvarnes \u00e9t\u00e9"}"#;
        let quote = string_value_span(raw, "text").expect("found");
        assert_eq!(raw[quote], b'"');
        let map = map_string_literal(raw, quote, 100);
        let text = "Toll \"rose\" to 12\nin Kvarnes été";
        let at = text.find("12").expect("figure");
        let span = map.source_span(Span::new(at, at + 2)).expect("mapped");
        assert_eq!(&raw[span.start - 100..span.end - 100], b"12");
        let at = text.find("été").expect("word");
        let span = map.source_span(Span::new(at, at + "été".len())).expect("mapped");
        assert_eq!(&raw[span.start - 100..span.end - 100], br"\u00e9t\u00e9");
    }
}
