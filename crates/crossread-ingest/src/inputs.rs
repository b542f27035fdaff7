//! Every kind of input in one call: plain-text files, web pages (files or addresses), feeds, OPML
//! lists, JSON records and WARC archives, each read by what its name or its first bytes say it is.
//! A bad input or record is named in a problem and the rest is still read.

use crate::feeds::{opml_feeds, read_feed, FeedOptions};
use crate::page::{report_from_page, PageSource};
use crate::records::{is_json_lines, read_json_document, read_json_lines, FieldMap, Batch, MAX_JSON_ARRAY_BYTES};
use crate::format::{format_by_content, format_by_name, head_of, Format};
use crate::warc::read_warc;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

/// How inputs are read.
#[derive(Clone, Debug, Default)]
pub struct InputOptions {
    /// Fetch the page each feed item links to when the feed carries no full text.
    pub follow: bool,
    /// Which JSON record fields hold what.
    pub fields: FieldMap,
    /// How addresses are fetched.
    pub fetch: crossread_fetch::FetchOptions,
}

/// Largest single page or feed read (a larger file is refused, not read into memory).
pub const MAX_DOCUMENT_BYTES: u64 = crossread_html::MAX_PAGE_BYTES;

/// File endings read from a folder, besides plain text.
pub const FOLDER_EXTENSIONS: &[&str] =
    &["txt", "text", "html", "htm", "jsonl", "ndjson", "json", "warc", "rss", "atom", "xml", "opml"];

/// Reads every input named (files, folders, `-` for standard input, http(s) addresses).
pub fn load_all(inputs: &[String], opts: &InputOptions) -> Batch {
    let mut out = Batch::default();
    let urls: Vec<String> = inputs.iter().filter(|i| crossread_fetch::is_url(i)).cloned().collect();
    let mut fetched = crossread_fetch::fetch_all(&urls, &opts.fetch).into_iter();
    for input in inputs {
        if crossread_fetch::is_url(input) {
            match fetched.next() {
                Some(Ok(f)) => read_fetched(&f, opts, &mut out),
                Some(Err(e)) => out.problems.push(e.to_string()),
                None => {}
            }
        } else if input == "-" {
            let mut bytes = Vec::new();
            match std::io::stdin().take(MAX_DOCUMENT_BYTES + 1).read_to_end(&mut bytes) {
                Ok(_) => read_bytes("stdin", Path::new("-"), &bytes, None, opts, &mut out),
                Err(e) => out.problems.push(format!("-: cannot read standard input: {e}")),
            }
        } else {
            let path = PathBuf::from(input);
            if path.is_dir() {
                match folder_files(&path) {
                    Ok(files) if files.is_empty() => out.problems.push(format!(
                        "{}: no report files in this folder ({})",
                        path.display(),
                        FOLDER_EXTENSIONS.join(", ")
                    )),
                    Ok(files) => files.iter().for_each(|f| read_file(f, opts, &mut out)),
                    Err(e) => out.problems.push(format!("{}: cannot read folder: {e}", path.display())),
                }
            } else {
                read_file(&path, opts, &mut out);
            }
        }
    }
    out
}

/// The report files directly inside a folder, in name order (`.gz` of any of them too).
pub fn folder_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
        if path.is_file()
            && FOLDER_EXTENSIONS.contains(&ext)
            && (!matches!(ext, "json" | "xml") || holds_reports(&path))
        {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// For a `.json` or `.xml` file in a folder: true when it is a feed or holds records with text
/// (other JSON and XML files beside reports, such as annotations, are passed over).
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
    let body = if head.get(start) == Some(&b'[') { &head[start + 1..] } else { &head[start..] };
    let first = if head.get(start) == Some(&b'[') || !is_json_lines(head) {
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

fn read_file(path: &Path, opts: &InputOptions, out: &mut Batch) {
    let head = match head_of(path, 4096) {
        Ok(h) => h,
        Err(e) => {
            out.problems.push(format!("{}: cannot read: {e}", path.display()));
            return;
        }
    };
    let format = format_by_name(path).filter(|f| *f != Format::Text || format_by_content(&head) == Format::Text);
    let format = format.unwrap_or_else(|| format_by_content(&head));
    let stem = stem_of(path);
    let gz = std::fs::File::open(path).ok().and_then(|mut f| {
        let mut magic = [0u8; 2];
        f.read_exact(&mut magic).ok().map(|_| magic == [0x1f, 0x8b])
    }) == Some(true);
    let open = || -> std::io::Result<Box<dyn std::io::BufRead>> {
        let f = std::fs::File::open(path)?;
        Ok(if gz {
            Box::new(BufReader::with_capacity(1 << 16, flate2::read::MultiGzDecoder::new(f)))
        } else {
            Box::new(BufReader::with_capacity(1 << 16, f))
        })
    };
    match format {
        Format::JsonRecords if is_json_lines(&head) => match open() {
            Ok(r) => merge(out, read_json_lines(&stem, path, r, &opts.fields)),
            Err(e) => out.problems.push(format!("{}: cannot read: {e}", path.display())),
        },
        Format::Warc => match open() {
            Ok(r) => merge(out, read_warc(&stem, path, r)),
            Err(e) => out.problems.push(format!("{}: cannot read: {e}", path.display())),
        },
        _ => {
            let limit = if format == Format::JsonRecords { MAX_JSON_ARRAY_BYTES } else { MAX_DOCUMENT_BYTES };
            let mut bytes = Vec::new();
            let read = open().and_then(|r| r.take(limit + 1).read_to_end(&mut bytes));
            if let Err(e) = read {
                let what = if gz { "gzip data is corrupt or truncated" } else { "cannot read" };
                out.problems.push(format!("{}: {what}: {e}", path.display()));
                return;
            }
            if bytes.len() as u64 > limit {
                out.problems.push(format!(
                    "{}: larger than {} MB; not read{}",
                    path.display(),
                    limit >> 20,
                    if format == Format::JsonRecords { " (JSON Lines stream without a limit)" } else { "" }
                ));
                return;
            }
            read_bytes_as(&stem, path, &bytes, format, None, opts, out);
        }
    }
}

fn read_bytes(stem: &str, path: &Path, bytes: &[u8], page: Option<PageSource>, opts: &InputOptions, out: &mut Batch) {
    let format = format_by_content(&bytes[..bytes.len().min(4096)]);
    read_bytes_as(stem, path, bytes, format, page, opts, out)
}

fn read_bytes_as(
    stem: &str,
    path: &Path,
    bytes: &[u8],
    format: Format,
    page: Option<PageSource>,
    opts: &InputOptions,
    out: &mut Batch,
) {
    let feed_opts = FeedOptions { follow: opts.follow, fetch: opts.fetch.clone() };
    match format {
        Format::Text => match crate::report_from_bytes(stem, path, bytes) {
            Ok(r) => out.reports.push(r),
            Err(e) => out.problems.push(e.to_string()),
        },
        Format::Html => match report_from_page(stem, path, bytes, &page.unwrap_or_default()) {
            Ok(r) => out.reports.push(r),
            Err(e) => out.problems.push(format!("{}: {e}", path.display())),
        },
        Format::Feed | Format::JsonFeed => merge(out, read_feed(stem, path, bytes, &feed_opts)),
        Format::JsonRecords => {
            if is_json_lines(&bytes[..bytes.len().min(1 << 20)]) {
                merge(out, read_json_lines(stem, path, bytes, &opts.fields))
            } else {
                merge(out, read_json_document(stem, path, bytes, &opts.fields))
            }
        }
        Format::Warc => merge(out, read_warc(stem, path, bytes)),
        Format::Opml => {
            let text = String::from_utf8_lossy(bytes);
            match opml_feeds(path, &text) {
                Ok(feeds) => {
                    let (urls, files): (Vec<String>, Vec<String>) =
                        feeds.into_iter().partition(|f| crossread_fetch::is_url(f));
                    for f in files {
                        read_file(Path::new(&f), opts, out);
                    }
                    for (url, got) in urls.iter().zip(crossread_fetch::fetch_all(&urls, &opts.fetch)) {
                        match got {
                            Ok(f) => merge(out, read_feed(&url_stem(url), Path::new(url), &f.body, &feed_opts)),
                            Err(e) => out.problems.push(format!("{}: {e}", path.display())),
                        }
                    }
                }
                Err(e) => out.problems.push(e),
            }
        }
    }
}

/// A short id for a fetched address: its last path segment, else its host.
fn url_stem(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.split(['?', '#']).next().unwrap_or(rest).trim_end_matches('/');
    let last = path.rsplit('/').next().unwrap_or(path);
    let stem = stem_of(Path::new(last));
    if stem.is_empty() {
        crossread_fetch::host_of(url)
    } else {
        stem
    }
}

fn read_fetched(f: &crossread_fetch::Fetched, opts: &InputOptions, out: &mut Batch) {
    let path = PathBuf::from(&f.url);
    let ct = f.content_type.as_deref().unwrap_or("").to_ascii_lowercase();
    let sniffed = format_by_content(&f.body[..f.body.len().min(4096)]);
    let format = if ct.contains("rss") || ct.contains("atom") || sniffed == Format::Feed || sniffed == Format::JsonFeed
    {
        if sniffed == Format::JsonFeed {
            Format::JsonFeed
        } else {
            Format::Feed
        }
    } else if ct.contains("html") || sniffed == Format::Html {
        Format::Html
    } else {
        out.problems.push(crossread_fetch::FetchError::NotHtml { url: f.url.clone(), content_type: ct }.to_string());
        return;
    };
    let page = PageSource { url: Some(&f.final_url), http_charset: f.charset(), ..Default::default() };
    read_bytes_as(&url_stem(&f.url), &path, &f.body, format, Some(page), opts, out);
}

fn merge(out: &mut Batch, more: Batch) {
    out.reports.extend(more.reports);
    out.problems.extend(more.problems);
}
