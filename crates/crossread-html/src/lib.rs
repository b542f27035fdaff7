//! crossread-html: reads a web page into the article's text (without menus, share bars, captions,
//! related links), its metadata, and a map from each character of the text back to the page's bytes.
//!
//! ```
//! let page = b"<html><head><title>Flood</title><meta property='og:site_name' content='Harbour Gazette'></head>\
//!   <body><nav><a href='/'>Home</a></nav><article><p>Twelve people died when the river rose, police said on \
//!   Tuesday, and 8,500 were moved from their homes in the old town overnight.</p></article></body></html>";
//! let a = crossread_html::read_page(page, &crossread_html::Options::default()).unwrap();
//! assert!(a.text.starts_with("Twelve people died"));
//! assert_eq!(a.meta.outlet.as_deref(), Some("Harbour Gazette"));
//! ```

mod blocks;
mod clean;
mod decode;
mod extract;
mod filter;
mod meta;
mod prestrip;
mod sourcemap;

pub use crossread_model::{Segment, SourceMap};
pub use decode::{decode, gunzip_if_needed, ByteMap, Decoded, MAX_PAGE_BYTES};
pub use meta::{iso_day, outlet_from_url, PageMeta};

/// What can go wrong reading a page.
#[derive(Debug, thiserror::Error)]
pub enum HtmlError {
    /// The bytes are gzip but do not decompress (truncated or corrupt).
    #[error("gzip data is corrupt or truncated: {0}")]
    Gzip(String),
    /// The page is larger than crossread reads.
    #[error("page is larger than {0} bytes once decompressed")]
    TooLarge(u64),
    /// The bytes are not a web page (binary data, or text with no markup).
    #[error("not an HTML page")]
    NotHtml,
    /// The page holds no article text.
    #[error("no article text found in the page")]
    NoArticle,
}

/// How to read a page.
#[derive(Clone, Debug, Default)]
pub struct Options<'a> {
    /// The address the page was fetched from, for the outlet when the page names none.
    pub url: Option<&'a str>,
    /// The charset named by the HTTP `Content-Type` header, when fetched.
    pub http_charset: Option<&'a str>,
    /// Also map the text back to the page's bytes (costs a second pass over the page).
    pub source_map: bool,
}

/// An article read from a page.
#[derive(Clone, Debug)]
pub struct Article {
    /// The article's text: paragraphs separated by blank lines, list items and table rows by line breaks.
    pub text: String,
    /// What the page says about itself.
    pub meta: PageMeta,
    /// The charset the page was read in.
    pub charset: &'static str,
    /// Where each stretch of `text` stands in the page's bytes (when asked for).
    pub source_map: Option<SourceMap>,
}

/// Reads the article in a page's bytes (gzip'd or not, in any charset).
pub fn read_page(bytes: &[u8], opts: &Options) -> Result<Article, HtmlError> {
    let owned;
    let bytes = if bytes.starts_with(&[0x1f, 0x8b]) {
        owned = gunzip_if_needed(bytes.to_vec())?;
        &owned[..]
    } else {
        bytes
    };
    if bytes.len() as u64 > MAX_PAGE_BYTES {
        return Err(HtmlError::TooLarge(MAX_PAGE_BYTES));
    }
    if !looks_like_html(bytes) {
        return Err(HtmlError::NotHtml);
    }
    let decoded = decode(bytes, opts.http_charset);
    let (blocks, meta) = extract::article(&decoded.text, opts.url);
    let text = filter::join(&blocks);
    if text.trim().is_empty() {
        return Err(HtmlError::NoArticle);
    }
    let source_map = opts.source_map.then(|| sourcemap::build(&decoded.text, &decoded.map, &text));
    Ok(Article { text, meta, charset: decoded.charset, source_map })
}

/// True when the bytes look like a web page: text (no NUL bytes up front) that opens with markup
/// or carries `<html`, `<body`, `<p` or `<div` tags in its first kilobytes.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    if head.contains(&0) {
        // UTF-16 pages start with a byte-order mark
        return head.starts_with(&[0xff, 0xfe]) || head.starts_with(&[0xfe, 0xff]);
    }
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let trimmed = lower.strip_prefix(&[0xef, 0xbb, 0xbf][..]).unwrap_or(&lower);
    let first = trimmed.iter().position(|b| !b.is_ascii_whitespace());
    let opens_with_markup = first.is_some_and(|i| {
        let t = &trimmed[i..];
        t.starts_with(b"<!doctype html") || t.starts_with(b"<html") || t.starts_with(b"<head") || t.starts_with(b"<!--")
    });
    opens_with_markup
        || [&b"<html"[..], b"<body", b"<p>", b"<p ", b"<div", b"<article", b"<meta"]
            .iter()
            .any(|tag| lower.windows(tag.len()).any(|w| w == *tag))
}

/// The visible text of a stretch of page bytes: tags dropped, entities decoded, whitespace
/// collapsed. What a reader sees where a source range points.
pub fn visible_text(page: &[u8], start: usize, end: usize) -> String {
    let slice = page.get(start..end).unwrap_or(&[]);
    let html = String::from_utf8_lossy(slice);
    let doc = dom_query::Document::fragment(html.as_ref());
    doc.text().split_whitespace().collect::<Vec<_>>().join(" ")
}
