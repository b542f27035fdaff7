//! Feeds (RSS 0.9x, 1.0, 2.0, Atom, JSON Feed) and OPML lists of feeds: each item is a report, its
//! full content when the feed carries it, else the linked page when asked to follow links, else its
//! summary.

use crate::page::{report_from_article, report_without_map, PageSource};
use crate::records::Batch;
use crossread_model::InputKind;
use std::path::Path;

/// How feed items are read.
#[derive(Clone, Debug, Default)]
pub struct FeedOptions {
    /// Fetch each item's linked page when the feed carries no full text.
    pub follow: bool,
    /// How pages are fetched.
    pub fetch: crossread_fetch::FetchOptions,
}

/// Reads a feed's bytes into one report per item.
pub fn read_feed(stem: &str, path: &Path, bytes: &[u8], opts: &FeedOptions) -> Batch {
    let mut out = Batch::default();
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(f) => f,
        Err(e) => {
            out.problems.push(format!("{}: not a readable feed: {e}", path.display()));
            return out;
        }
    };
    let feed_title = feed.title.as_ref().map(|t| t.content.trim().to_string()).filter(|t| !t.is_empty());
    let mut to_follow: Vec<(usize, String)> = Vec::new();
    for (n, entry) in feed.entries.iter().enumerate() {
        let n = n + 1;
        let id = format!("{stem}-{n}");
        let record = format!("item {n}");
        let link = entry.links.first().map(|l| l.href.clone());
        let full = entry.content.as_ref().and_then(|c| c.body.clone()).filter(|b| !b.trim().is_empty());
        let summary = entry.summary.as_ref().map(|s| s.content.clone()).filter(|s| !s.trim().is_empty());
        let text = match (&full, &link) {
            (Some(body), _) => Some(html_to_text(body)),
            (None, Some(url)) if opts.follow => {
                to_follow.push((out.reports.len(), url.clone()));
                None
            }
            _ => summary.as_deref().map(html_to_text),
        };
        let mut report = report_without_map(&id, path, text.unwrap_or_default(), InputKind::Feed, Some(record.clone()));
        if let Some(o) = report.origin.as_mut() {
            o.url = link.clone();
        }
        report.title = entry.title.as_ref().map(|t| t.content.trim().to_string());
        report.date = entry.published.or(entry.updated).map(|d| d.format("%Y-%m-%d").to_string());
        report.outlet = entry
            .source
            .clone()
            .filter(|s| !s.starts_with("http"))
            .or_else(|| feed_title.clone())
            .or_else(|| link.as_deref().and_then(crossread_html::outlet_from_url));
        if report.text.trim().is_empty() && !(opts.follow && link.is_some() && full.is_none()) {
            out.problems.push(format!(
                "{}: {record}: no text (no content, no summary{})",
                path.display(),
                if opts.follow { "" } else { "; --follow fetches the linked page" }
            ));
            continue;
        }
        out.reports.push(report);
    }
    follow_links(path, &mut out, &to_follow, opts);
    out
}

/// Fetches the pages that feed items link to and reads their articles into the items' reports.
fn follow_links(path: &Path, out: &mut Batch, to_follow: &[(usize, String)], opts: &FeedOptions) {
    if to_follow.is_empty() {
        return;
    }
    let urls: Vec<String> = to_follow.iter().map(|(_, u)| u.clone()).collect();
    let fetched = crossread_fetch::fetch_all(&urls, &opts.fetch);
    let mut drop = Vec::new();
    for ((idx, url), got) in to_follow.iter().zip(fetched) {
        let report = &mut out.reports[*idx];
        let record = report.origin.as_ref().and_then(|o| o.record.clone());
        let label = record.clone().unwrap_or_default();
        let page = got.map_err(|e| e.to_string()).and_then(|f| {
            let html_opts =
                crossread_html::Options { url: Some(&f.final_url), http_charset: f.charset(), source_map: true };
            crossread_html::read_page(&f.body, &html_opts).map_err(|e| format!("{url}: {e}"))
        });
        match page {
            Ok(article) => {
                let src = PageSource { url: Some(url), record, kind: Some(InputKind::Feed), ..Default::default() };
                let mut r = report_from_article(&report.id, Path::new(url), article, &src);
                r.title = report.title.clone().or(r.title);
                r.date = report.date.clone().or(r.date);
                r.outlet = r.outlet.or_else(|| report.outlet.clone());
                *report = r;
            }
            Err(e) => {
                out.problems.push(format!("{}: {label}: {e}", path.display()));
                drop.push(*idx);
            }
        }
    }
    for idx in drop.into_iter().rev() {
        out.reports.remove(idx);
    }
}

/// Text of an item's content or summary: HTML read as an article when it is markup, else as it is.
fn html_to_text(s: &str) -> String {
    if s.contains('<') && s.contains('>') {
        let wrapped = format!("<html><body><article>{s}</article></body></html>");
        if let Ok(a) = crossread_html::read_page(wrapped.as_bytes(), &crossread_html::Options::default()) {
            return a.text;
        }
        let doc_text = crossread_html::visible_text(wrapped.as_bytes(), 0, wrapped.len());
        return doc_text;
    }
    s.trim().to_string()
}

/// The feed addresses (or files) an OPML list names, in order.
pub fn opml_feeds(path: &Path, text: &str) -> Result<Vec<String>, String> {
    let doc = opml::OPML::from_str(text).map_err(|e| format!("{}: not a readable OPML list: {e}", path.display()))?;
    let mut out = Vec::new();
    let mut stack: Vec<&opml::Outline> = doc.body.outlines.iter().rev().collect();
    while let Some(o) = stack.pop() {
        if let Some(u) = &o.xml_url {
            out.push(u.clone());
        }
        stack.extend(o.outlines.iter().rev());
    }
    Ok(out)
}
