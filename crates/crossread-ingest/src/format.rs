//! What kind of input a file is: by its name where that says, else by its first bytes.

use crate::Content;
use crossread_model::InputKind;
use std::io::Read;
use std::path::Path;

/// Kinds of input crossread reads, finer than [`InputKind`]: a feed list and a JSON feed are told apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text, maybe with front matter.
    Text,
    /// A web page.
    Html,
    /// RSS or Atom (XML).
    Feed,
    /// A JSON Feed.
    JsonFeed,
    /// An OPML list of feeds.
    Opml,
    /// JSON Lines or a JSON array of scraper records.
    JsonRecords,
    /// A WARC web archive.
    Warc,
}

impl Format {
    /// The kind reports read from this format carry.
    pub fn input_kind(self) -> InputKind {
        match self {
            Format::Text => InputKind::Text,
            Format::Html => InputKind::Html,
            Format::Feed | Format::JsonFeed | Format::Opml => InputKind::Feed,
            Format::JsonRecords => InputKind::Json,
            Format::Warc => InputKind::Warc,
        }
    }
}

/// The file name without a trailing `.gz`, lower-cased.
fn inner_name(path: &Path) -> String {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
    name.strip_suffix(".gz").map(str::to_string).unwrap_or(name)
}

/// The format a file's name gives, when it gives one.
pub fn format_by_name(path: &Path) -> Option<Format> {
    let name = inner_name(path);
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    Some(match ext {
        "html" | "htm" | "xhtml" | "shtml" => Format::Html,
        "warc" | "arc" => Format::Warc,
        "jsonl" | "ndjson" | "jsonlines" => Format::JsonRecords,
        "rss" | "atom" | "xml" if !name.ends_with(".opml.xml") => Format::Feed,
        "opml" => Format::Opml,
        "txt" | "text" | "md" => Format::Text,
        _ => return None,
    })
}

/// The format the first bytes of an input show (decompressed when gzip'd).
pub fn format_by_content(head: &[u8]) -> Format {
    let t = head.strip_prefix(&[0xef, 0xbb, 0xbf][..]).unwrap_or(head);
    let start = t.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(t.len());
    let t = &t[start..];
    let lower: Vec<u8> = t.iter().take(2048).map(|b| b.to_ascii_lowercase()).collect();
    let has = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
    if t.starts_with(b"WARC/") {
        return Format::Warc;
    }
    match crate::sniff(head) {
        Content::Json if has(b"jsonfeed.org/version") => Format::JsonFeed,
        Content::Json => Format::JsonRecords,
        Content::Html => Format::Html,
        Content::Xml if has(b"<opml") => Format::Opml,
        Content::Xml if has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf") => Format::Feed,
        Content::Prose if t.starts_with(b"<") && crossread_html::looks_like_html(t) => Format::Html,
        _ => Format::Text,
    }
}

/// The first bytes of a file, decompressed when it is gzip'd.
pub fn head_of(path: &Path, n: usize) -> std::io::Result<Vec<u8>> {
    let mut f = std::fs::File::open(path)?;
    let mut head = Vec::with_capacity(n);
    (&mut f).take(n as u64).read_to_end(&mut head)?;
    if head.starts_with(&[0x1f, 0x8b]) {
        let f = std::fs::File::open(path)?;
        let mut out = Vec::with_capacity(n);
        // a truncated stream still gives its first bytes; the error shows when the file is read
        let _ = flate2::read::MultiGzDecoder::new(f).take(n as u64).read_to_end(&mut out);
        return Ok(out);
    }
    Ok(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_then_contents_tell_the_format() {
        assert_eq!(format_by_name(Path::new("a/page.HTML.gz")), Some(Format::Html));
        assert_eq!(format_by_name(Path::new("crawl.warc.gz")), Some(Format::Warc));
        assert_eq!(format_by_name(Path::new("items.jsonl")), Some(Format::JsonRecords));
        assert_eq!(format_by_name(Path::new("notes")), None);
        assert_eq!(format_by_content(b"WARC/1.0\r\n"), Format::Warc);
        assert_eq!(format_by_content(b"  <?xml version='1.0'?><rss version='2.0'>"), Format::Feed);
        assert_eq!(format_by_content(b"<?xml version='1.0'?><opml version='2.0'>"), Format::Opml);
        assert_eq!(format_by_content(b"<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(format_by_content(b"{\"version\": \"https://jsonfeed.org/version/1.1\"}"), Format::JsonFeed);
        assert_eq!(format_by_content(b"{\"text\": \"a\"}\n"), Format::JsonRecords);
        assert_eq!(format_by_content(b"Three people died."), Format::Text);
    }
}
