//! A web page as a report: its article's text, what the page says about itself, and the map from
//! the text back to the page's bytes.

use crossread_html::{read_page, Article, HtmlError, Options};
use crossread_model::{InputKind, Origin, Report, SourceMap, Span};
use std::path::Path;

/// Where a page came from, for the report built from it.
#[derive(Clone, Debug, Default)]
pub struct PageSource<'a> {
    /// The address it was fetched from (or archived under).
    pub url: Option<&'a str>,
    /// The charset the HTTP header named.
    pub http_charset: Option<&'a str>,
    /// The record inside a larger input (a WARC record), when it is one.
    pub record: Option<String>,
    /// Where the page's bytes start in the input file (a WARC record's body).
    pub offset: usize,
    /// What kind of input holds the page.
    pub kind: Option<InputKind>,
}

/// Reads a page's bytes (gzip'd or not) into a report.
pub fn report_from_page(id: &str, path: &Path, bytes: &[u8], src: &PageSource) -> Result<Report, HtmlError> {
    let opts = Options { url: src.url, http_charset: src.http_charset, source_map: true };
    let article = read_page(bytes, &opts)?;
    Ok(report_from_article(id, path, article, src))
}

/// Builds the report of an article already read.
pub fn report_from_article(id: &str, path: &Path, article: Article, src: &PageSource) -> Report {
    let Article { text, meta, source_map, .. } = article;
    let map = source_map.unwrap_or_default().shifted(src.offset);
    let mut report = Report::from_text(id, path, text);
    report.body = Span::new(0, report.text.len());
    report.date = meta.date();
    report.outlet = meta.outlet.clone();
    report.title = meta.title.clone();
    report.origin = Some(Origin {
        kind: src.kind.unwrap_or(InputKind::Html),
        url: meta.url.clone().or_else(|| src.url.map(str::to_string)),
        record: src.record.clone(),
        map,
    });
    report
}

/// A report of text that has no place in its input's bytes (a feed item's summary).
pub fn report_without_map(id: &str, path: &Path, text: String, kind: InputKind, record: Option<String>) -> Report {
    let mut report = Report::from_text(id, path, text);
    report.origin = Some(Origin { kind, url: None, record, map: SourceMap::default() });
    report
}
