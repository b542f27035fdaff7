//! Web archives (WARC, WARC.gz, as Common Crawl's CC-NEWS writes them): each response record of an
//! HTML page is a report, its target address and date the report's, its provenance the record and
//! the byte range of the page inside the (decompressed) archive. Records stream one at a time.

use crate::page::{report_from_page, PageSource};
use crate::records::Batch;
use crossread_model::InputKind;
use std::io::{BufRead, Read};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use warc::WarcHeader;

/// A reader that counts the bytes consumed through it, so each record's place in the archive is known.
struct Counting<R> {
    inner: R,
    pos: Arc<AtomicU64>,
}

impl<R: BufRead> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.pos.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counting<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        self.pos.fetch_add(amt as u64, Ordering::Relaxed);
        self.inner.consume(amt)
    }
}

/// Consecutive broken records after which the rest of an archive is given up.
const GIVE_UP_AFTER: usize = 20;

/// Reads the HTML response records of an archive (decompressed stream).
pub fn read_warc(stem: &str, path: &Path, reader: impl BufRead) -> Batch {
    let mut out = Batch::default();
    let pos = Arc::new(AtomicU64::new(0));
    let counting = Counting { inner: reader, pos: pos.clone() };
    let mut broken_run = 0;
    for (n, item) in warc::WarcReader::new(counting).iter_raw_records().enumerate() {
        let n = n + 1;
        let (header, body) = match item {
            Ok(x) => {
                broken_run = 0;
                x
            }
            Err(e) => {
                out.problems.push(format!("{}: record {n}: broken WARC record ({e})", path.display()));
                broken_run += 1;
                if broken_run >= GIVE_UP_AFTER {
                    out.problems.push(format!(
                        "{}: {GIVE_UP_AFTER} broken records in a row; the rest is skipped",
                        path.display()
                    ));
                    break;
                }
                continue;
            }
        };
        // the body ends 4 bytes (CRLF CRLF) before the reader's position
        let end = pos.load(Ordering::Relaxed) as usize;
        let body_start = end.saturating_sub(4 + body.len());
        let get = |h: WarcHeader| header.as_ref().get(&h).map(|v| String::from_utf8_lossy(v).trim().to_string());
        if get(WarcHeader::WarcType).as_deref() != Some("response") {
            continue;
        }
        let url = get(WarcHeader::TargetURI);
        let record_id = get(WarcHeader::RecordID).unwrap_or_default();
        let record = format!("record {n} {record_id}").trim().to_string();
        let Some((status, headers, http_body_at)) = split_http(&body) else {
            out.problems.push(format!("{}: {record}: not an HTTP response", path.display()));
            continue;
        };
        let content_type = header_value(&headers, "content-type").unwrap_or_default();
        if !(content_type.is_empty() || content_type.to_ascii_lowercase().contains("html"))
            || !(200..300).contains(&status)
        {
            continue;
        }
        let page = decoded_body(&body[http_body_at..], &headers);
        let (page_bytes, page_offset) = match &page {
            Some(p) => (p.as_slice(), None),
            None => (&body[http_body_at..], Some(body_start + http_body_at)),
        };
        let charset = content_type.split(';').find_map(|p| {
            let (k, v) = p.split_once('=')?;
            k.trim().eq_ignore_ascii_case("charset").then(|| v.trim().trim_matches('"').to_string())
        });
        let src = PageSource {
            url: url.as_deref(),
            http_charset: charset.as_deref(),
            record: Some(record.clone()),
            offset: page_offset.unwrap_or(0),
            kind: Some(InputKind::Warc),
        };
        match report_from_page(&format!("{stem}-{n}"), path, page_bytes, &src) {
            Ok(mut r) => {
                if page_offset.is_none() {
                    // a compressed or chunked body: its bytes are not the archive's, so no map
                    if let Some(o) = r.origin.as_mut() {
                        o.map = Default::default();
                    }
                }
                if let Some(d) = get(WarcHeader::Date) {
                    r.date = r.date.or_else(|| crossread_html::iso_day(&d));
                }
                if r.origin.as_ref().is_some_and(|o| o.url.is_none()) {
                    if let Some(o) = r.origin.as_mut() {
                        o.url = url.clone();
                    }
                }
                out.reports.push(r)
            }
            Err(e) => out.problems.push(format!(
                "{}: {record} ({}): {e}",
                path.display(),
                url.as_deref().unwrap_or("no address")
            )),
        }
    }
    out
}

/// The status, headers and where the body starts in an HTTP response.
/// An HTTP response's status, its headers (names lower-cased) and where its body starts.
type HttpHead = (u16, Vec<(String, String)>, usize);

fn split_http(block: &[u8]) -> Option<HttpHead> {
    let end = memchr::memmem::find(block, b"\r\n\r\n")
        .map(|e| e + 4)
        .or_else(|| memchr::memmem::find(block, b"\n\n").map(|e| e + 2))?;
    let head = String::from_utf8_lossy(&block[..end]);
    let mut lines = head.lines();
    let status_line = lines.next()?;
    if !status_line.starts_with("HTTP/") {
        return None;
    }
    let status = status_line.split_whitespace().nth(1)?.parse().ok()?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Some((status, headers, end))
}

fn header_value(headers: &[(String, String)], name: &str) -> Option<String> {
    headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
}

/// The body undone of chunked transfer and gzip or deflate encoding; None when it is stored as sent.
fn decoded_body(body: &[u8], headers: &[(String, String)]) -> Option<Vec<u8>> {
    let chunked =
        header_value(headers, "transfer-encoding").is_some_and(|v| v.to_ascii_lowercase().contains("chunked"));
    let encoding = header_value(headers, "content-encoding").map(|v| v.to_ascii_lowercase()).unwrap_or_default();
    if !(chunked || encoding.contains("gzip") || encoding.contains("deflate")) {
        return None;
    }
    let mut data = if chunked { dechunk(body) } else { body.to_vec() };
    if encoding.contains("gzip") {
        let mut out = Vec::new();
        let _ = flate2::read::MultiGzDecoder::new(&data[..]).take(crossread_html::MAX_PAGE_BYTES).read_to_end(&mut out);
        data = out;
    } else if encoding.contains("deflate") {
        let mut out = Vec::new();
        let _ = flate2::read::ZlibDecoder::new(&data[..]).take(crossread_html::MAX_PAGE_BYTES).read_to_end(&mut out);
        data = out;
    }
    Some(data)
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    while let Some(eol) = memchr::memmem::find(b, b"\r\n") {
        let size_str = String::from_utf8_lossy(&b[..eol]);
        let Ok(size) = usize::from_str_radix(size_str.split(';').next().unwrap_or("").trim(), 16) else { break };
        if size == 0 || eol + 2 + size > b.len() {
            break;
        }
        out.extend_from_slice(&b[eol + 2..eol + 2 + size]);
        b = &b[(eol + 4 + size).min(b.len())..];
    }
    out
}
