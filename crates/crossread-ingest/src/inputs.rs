//! Every kind of input: plain-text files, web pages (files or addresses), feeds, OPML lists, JSON
//! records and WARC archives, each read by what its name or its first bytes say it is. A bad input
//! or record is named in an error and the rest is still read.

use crate::feeds::{opml_feeds, read_feed, FeedOptions};
use crate::format::{format_by_content, format_by_name, head_of, Format};
use crate::page::{report_from_page, PageSource};
use crate::records::{is_json_lines, read_json_document, read_json_lines, Batch, FieldMap, MAX_JSON_ARRAY_BYTES};
use crate::warc::read_warc;
use crate::{read_one, IngestError, Loaded, Options, REPORT_EXTENSIONS};
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

/// Largest single page, feed or text file read (a larger one is refused, not read into memory).
pub const MAX_DOCUMENT_BYTES: u64 = crossread_html::MAX_PAGE_BYTES;

/// Largest plain-text file read: text is read as it is, so a long one costs a small multiple of its size.
pub const MAX_TEXT_BYTES: u64 = 512 << 20;

/// True for a file a folder's listing reads: a report ending (`.gz` after it too); `.json` and
/// `.xml` only when they are feeds or hold records with text (annotation files beside reports are
/// passed over).
pub(crate) fn is_report_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    REPORT_EXTENSIONS.contains(&ext) && (!matches!(ext, "json" | "xml") || holds_reports(path))
}

fn holds_reports(path: &Path) -> bool {
    let Ok(head) = head_of(path, 8192) else { return false };
    match format_by_content(&head) {
        Format::Feed | Format::JsonFeed | Format::Opml => true,
        Format::JsonRecords => first_record_has_text(&head),
        _ => false,
    }
}

/// True when the first record of a JSON array or JSON Lines head is an object with a text field.
fn first_record_has_text(head: &[u8]) -> bool {
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let array = head.get(start) == Some(&b'[');
    let body = if array { &head[start + 1..] } else { &head[start..] };
    let first = if array || !is_json_lines(head) {
        serde_json::Deserializer::from_slice(body).into_iter::<serde_json::Value>().next().and_then(Result::ok)
    } else {
        let line = body.split(|&b| b == b'\n').next().unwrap_or(&[]);
        serde_json::from_slice::<serde_json::Value>(line).ok()
    };
    let fields = FieldMap::default();
    first
        .as_ref()
        .and_then(|v| v.as_object())
        .is_some_and(|o| fields.text.iter().any(|k| o.get(k).is_some_and(|v| v.is_string())))
}

/// A file's stem without `.gz` and the format ending: `page` for `page.html.gz`.
pub fn stem_of(path: &Path) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "report".into());
    let name = name.strip_suffix(".gz").or_else(|| name.strip_suffix(".GZ")).unwrap_or(&name).to_string();
    match name.rsplit_once('.') {
        Some((stem, _)) if !stem.is_empty() => stem.to_string(),
        _ => name,
    }
}

fn problem(out: &mut Loaded, message: String) {
    out.errors.push(IngestError::Unreadable(message));
}

fn absorb(out: &mut Loaded, batch: Batch) {
    out.reports.extend(batch.reports);
    out.errors.extend(batch.problems.into_iter().map(IngestError::Unreadable));
}

/// Reads one file by what its name, else its first bytes, say it is.
pub(crate) fn read_file(path: &Path, opts: &Options, out: &mut Loaded) {
    let head = match head_of(path, 8192) {
        Ok(h) => h,
        Err(source) => {
            out.errors.push(IngestError::Io { path: path.to_path_buf(), source });
            return;
        }
    };
    let by_content = format_by_content(&head);
    // a name says what a file should be; its bytes say what it is when the name says plain text
    let format = match format_by_name(path) {
        Some(Format::Text) | None => by_content,
        Some(f) => f,
    };
    let stem = stem_of(path);
    let gz = head_is_gzip(path);
    let open = || -> std::io::Result<Box<dyn std::io::BufRead>> {
        let f = std::fs::File::open(path)?;
        Ok(if gz {
            Box::new(BufReader::with_capacity(1 << 16, flate2::read::MultiGzDecoder::new(f)))
        } else {
            Box::new(BufReader::with_capacity(1 << 16, f))
        })
    };
    match format {
        // JSON Lines and archives stream: their size is not capped
        Format::JsonRecords if is_json_lines(&head) => match open() {
            Ok(r) => absorb(out, read_json_lines(&stem, path, r, &opts.fields)),
            Err(source) => out.errors.push(IngestError::Io { path: path.to_path_buf(), source }),
        },
        Format::Warc => match open() {
            Ok(r) => absorb(out, read_warc(&stem, path, r)),
            Err(source) => out.errors.push(IngestError::Io { path: path.to_path_buf(), source }),
        },
        _ => {
            let limit = match format {
                Format::JsonRecords => MAX_JSON_ARRAY_BYTES,
                Format::Text => MAX_TEXT_BYTES,
                _ => MAX_DOCUMENT_BYTES,
            };
            let too_big = |path: &Path| {
                let hint = if format == Format::JsonRecords { " (JSON Lines are read as a stream)" } else { "" };
                format!("{}: larger than {} MB; not read{hint}", path.display(), limit >> 20)
            };
            // a file's size is known before it is read; a gzip'd one's only once it is undone
            if !gz && std::fs::metadata(path).is_ok_and(|m| m.len() > limit) {
                return problem(out, too_big(path));
            }
            let mut bytes = Vec::new();
            if let Err(e) = open().and_then(|r| r.take(limit + 1).read_to_end(&mut bytes)) {
                if gz {
                    problem(out, format!("{}: gzip data is corrupt or truncated: {e}", path.display()));
                } else {
                    out.errors.push(IngestError::Io { path: path.to_path_buf(), source: e });
                }
                return;
            }
            if bytes.len() as u64 > limit {
                return problem(out, too_big(path));
            }
            read_as(&stem, path, &bytes, format, None, opts, out);
        }
    }
}

fn head_is_gzip(path: &Path) -> bool {
    let mut magic = [0u8; 2];
    std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut magic)).is_ok() && magic == [0x1f, 0x8b]
}

/// Reads bytes already in memory (standard input), gzip'd or not, by what they hold.
pub(crate) fn read_bytes(stem: &str, path: &Path, bytes: Vec<u8>, opts: &Options, out: &mut Loaded) {
    let bytes = match crossread_html::gunzip_if_needed(bytes) {
        Ok(b) => b,
        Err(e) => return problem(out, format!("{}: {e}", path.display())),
    };
    let format = format_by_content(&bytes[..bytes.len().min(8192)]);
    read_as(stem, path, &bytes, format, None, opts, out)
}

fn read_as(
    stem: &str,
    path: &Path,
    bytes: &[u8],
    format: Format,
    page: Option<PageSource>,
    opts: &Options,
    out: &mut Loaded,
) {
    let feed_opts = FeedOptions { follow: opts.follow, fetch: opts.fetch.clone() };
    match format {
        Format::Text => read_one(stem, path, bytes, out),
        Format::Html => match report_from_page(stem, path, bytes, &page.unwrap_or_default()) {
            Ok(r) => out.reports.push(r),
            Err(e) => problem(out, format!("{}: {e}", path.display())),
        },
        Format::Feed | Format::JsonFeed => absorb(out, read_feed(stem, path, bytes, &feed_opts)),
        Format::JsonRecords => {
            if is_json_lines(&bytes[..bytes.len().min(1 << 20)]) {
                absorb(out, read_json_lines(stem, path, bytes, &opts.fields))
            } else {
                absorb(out, read_json_document(stem, path, bytes, &opts.fields))
            }
        }
        Format::Warc => absorb(out, read_warc(stem, path, bytes)),
        Format::Opml => match opml_feeds(path, &String::from_utf8_lossy(bytes)) {
            Ok(feeds) => {
                let (urls, files): (Vec<String>, Vec<String>) =
                    feeds.into_iter().partition(|f| crossread_fetch::is_url(f));
                for f in files {
                    read_file(Path::new(&f), opts, out);
                }
                for (url, got) in urls.iter().zip(crossread_fetch::fetch_all(&urls, &opts.fetch)) {
                    match got {
                        Ok(f) => absorb(out, read_feed(&url_stem(url), Path::new(url), &f.body, &feed_opts)),
                        Err(e) => problem(out, format!("{}: {e}", path.display())),
                    }
                }
            }
            Err(e) => problem(out, e),
        },
    }
}

/// A short id for a fetched address: its last path segment, else its host.
fn url_stem(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.split(['?', '#']).next().unwrap_or(rest).trim_end_matches('/');
    let last = if path.contains('/') { path.rsplit('/').next().unwrap_or(path) } else { "" };
    let stem = stem_of(Path::new(last));
    if stem.is_empty() {
        crossread_fetch::host_of(url)
    } else {
        stem
    }
}

/// Reads a fetched page or feed.
pub(crate) fn read_fetched(f: &crossread_fetch::Fetched, opts: &Options, out: &mut Loaded) {
    let path = PathBuf::from(&f.url);
    let ct = f.content_type.as_deref().unwrap_or("").to_ascii_lowercase();
    let sniffed = format_by_content(&f.body[..f.body.len().min(8192)]);
    let format = match sniffed {
        Format::Feed | Format::JsonFeed | Format::Html => sniffed,
        _ if ct.contains("rss") || ct.contains("atom") => Format::Feed,
        _ if ct.contains("html") => Format::Html,
        _ => {
            let ct = if ct.is_empty() { "none".to_string() } else { ct };
            problem(out, crossread_fetch::FetchError::NotHtml { url: f.url.clone(), content_type: ct }.to_string());
            return;
        }
    };
    let page = PageSource { url: Some(&f.final_url), http_charset: f.charset(), ..Default::default() };
    read_as(&url_stem(&f.url), &path, &f.body, format, Some(page), opts, out);
}
