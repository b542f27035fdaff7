//! What a page says about itself: title, outlet, dates, author, canonical address, language.

use dom_query::Document;
use serde::Serialize;

/// A page's metadata, each field when the page gives it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PageMeta {
    /// Headline.
    pub title: Option<String>,
    /// Publisher as a reader knows it: og:site_name, JSON-LD publisher, else the host's name.
    pub outlet: Option<String>,
    /// Publication date and time as the page writes it (ISO 8601 mostly).
    pub published: Option<String>,
    /// Last modification, as the page writes it.
    pub modified: Option<String>,
    /// Author or authors.
    pub author: Option<String>,
    /// Canonical address of the page.
    pub url: Option<String>,
    /// Language code (`en`, `pt-BR`).
    pub lang: Option<String>,
}

impl PageMeta {
    /// The publication date as `YYYY-MM-DD`, when the page gives one in that form.
    pub fn date(&self) -> Option<String> {
        self.published.as_deref().and_then(iso_day)
    }
}

/// The leading `YYYY-MM-DD` of a date-time string.
pub fn iso_day(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    let ok = b.len() >= 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b[..10].iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    ok.then(|| s[..10].to_string())
}

/// What the readability pass does not read: the canonical link, `<time datetime>`, the JSON-LD
/// publisher and author. Read before furniture is stripped.
#[derive(Default)]
pub(crate) struct Extra {
    canonical: Option<String>,
    time: Option<String>,
    publisher: Option<String>,
    author: Option<String>,
    headline: Option<String>,
    published: Option<String>,
    modified: Option<String>,
}

fn nonempty(s: Option<impl AsRef<str>>) -> Option<String> {
    s.map(|s| s.as_ref().split_whitespace().collect::<Vec<_>>().join(" ")).filter(|s| !s.is_empty())
}

pub(crate) fn extra(doc: &Document, json_ld: &[String]) -> Extra {
    let mut x = Extra {
        canonical: nonempty(doc.select("link[rel=canonical]").attr("href"))
            .or_else(|| nonempty(doc.select("meta[property='og:url']").attr("content"))),
        time: nonempty(doc.select("time[datetime]").attr("datetime")),
        ..Default::default()
    };
    for raw in json_ld {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(raw.trim()) else { continue };
        let mut found = Vec::new();
        collect_articles(&v, &mut found, 0);
        for a in found {
            x.publisher = x.publisher.or_else(|| nonempty(a.get("publisher").and_then(name_of)));
            x.author = x.author.or_else(|| nonempty(a.get("author").and_then(name_of)));
            x.headline = x.headline.or_else(|| nonempty(a.get("headline").and_then(|h| h.as_str())));
            x.published = x.published.or_else(|| nonempty(a.get("datePublished").and_then(|h| h.as_str())));
            x.modified = x.modified.or_else(|| nonempty(a.get("dateModified").and_then(|h| h.as_str())));
        }
    }
    x
}

const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNews",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
    "SocialMediaPosting",
];

fn collect_articles<'a>(v: &'a serde_json::Value, out: &mut Vec<&'a serde_json::Value>, depth: usize) {
    if depth > 8 {
        return;
    }
    match v {
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_articles(x, out, depth + 1)),
        serde_json::Value::Object(o) => {
            let is_article = match o.get("@type") {
                Some(serde_json::Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                Some(serde_json::Value::Array(ts)) => {
                    ts.iter().any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t)))
                }
                _ => false,
            };
            if is_article {
                out.push(v);
            }
            if let Some(g) = o.get("@graph") {
                collect_articles(g, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// The name in a JSON-LD person or organisation, or a list of them joined with commas.
fn name_of(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) if !s.starts_with("http") => Some(s.clone()),
        serde_json::Value::Object(o) => o.get("name").and_then(|n| n.as_str()).map(str::to_string),
        serde_json::Value::Array(a) => {
            let names: Vec<String> = a.iter().filter_map(name_of).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

/// Merges what readability read with the extra fields, the page's address as a last resort for the
/// outlet.
pub(crate) fn merge(article: Option<&dom_smoothie::Article>, extra: Extra, page_url: Option<&str>) -> PageMeta {
    let a = |f: fn(&dom_smoothie::Article) -> Option<String>| article.and_then(f).and_then(|s| nonempty(Some(s)));
    let url = extra.canonical.or_else(|| a(|x| x.url.clone())).or_else(|| page_url.map(str::to_string));
    let outlet = a(|x| x.site_name.clone())
        .or(extra.publisher)
        .or_else(|| url.as_deref().or(page_url).and_then(outlet_from_url));
    PageMeta {
        title: extra.headline.or_else(|| a(|x| Some(x.title.clone()))),
        outlet,
        published: extra.published.or_else(|| a(|x| x.published_time.clone())).or(extra.time),
        modified: extra.modified.or_else(|| a(|x| x.modified_time.clone())),
        author: extra.author.or_else(|| a(|x| x.byline.clone())),
        url,
        lang: a(|x| x.lang.clone()),
    }
}

/// Hosts whose names a reader would not guess from the address.
const KNOWN_HOSTS: &[(&str, &str)] = &[
    ("apnews.com", "AP"),
    ("bbc.co.uk", "BBC"),
    ("bbc.com", "BBC"),
    ("cnn.com", "CNN"),
    ("nytimes.com", "The New York Times"),
    ("washingtonpost.com", "The Washington Post"),
    ("wsj.com", "The Wall Street Journal"),
    ("theguardian.com", "The Guardian"),
    ("reuters.com", "Reuters"),
    ("aljazeera.com", "Al Jazeera"),
    ("ft.com", "Financial Times"),
    ("latimes.com", "Los Angeles Times"),
    ("npr.org", "NPR"),
    ("foxnews.com", "Fox News"),
    ("nbcnews.com", "NBC News"),
    ("cbsnews.com", "CBS News"),
    ("abcnews.go.com", "ABC News"),
    ("dw.com", "DW"),
    ("france24.com", "France 24"),
    ("afp.com", "AFP"),
    ("economist.com", "The Economist"),
    ("bloomberg.com", "Bloomberg"),
    ("usatoday.com", "USA Today"),
    ("independent.co.uk", "The Independent"),
    ("telegraph.co.uk", "The Telegraph"),
    ("thetimes.co.uk", "The Times"),
    ("kyivindependent.com", "The Kyiv Independent"),
    ("timesofisrael.com", "The Times of Israel"),
    ("scmp.com", "South China Morning Post"),
    ("abc.net.au", "ABC News (Australia)"),
    ("cbc.ca", "CBC News"),
];

/// A readable outlet name for a page address: a known name, else the host's main label
/// capitalised (`www.harbourgazette.com` gives `Harbourgazette`).
pub fn outlet_from_url(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#', ':']).next()?.to_ascii_lowercase();
    let host = host.trim_start_matches("www.");
    if host.is_empty() {
        return None;
    }
    for (h, name) in KNOWN_HOSTS {
        if host == *h || host.ends_with(&format!(".{h}")) {
            return Some(name.to_string());
        }
    }
    let labels: Vec<&str> = host.split('.').collect();
    // the label before the public suffix: "example" in news.example.co.uk
    let second_level = ["co", "com", "org", "net", "gov", "ac", "edu"];
    let idx = match labels.len() {
        0 | 1 => 0,
        n if n >= 3 && second_level.contains(&labels[n - 2]) => n - 3,
        n => n - 2,
    };
    let label = labels.get(idx)?;
    let mut c = label.chars();
    let first = c.next()?;
    Some(first.to_uppercase().chain(c).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlet_names_from_hosts() {
        assert_eq!(outlet_from_url("https://www.bbc.co.uk/news/x").as_deref(), Some("BBC"));
        assert_eq!(outlet_from_url("https://news.harbourgazette.co.uk/a").as_deref(), Some("Harbourgazette"));
        assert_eq!(outlet_from_url("http://nordwire.no:8080/a").as_deref(), Some("Nordwire"));
        assert_eq!(outlet_from_url("https://edition.cnn.com/2024/x").as_deref(), Some("CNN"));
    }

    #[test]
    fn iso_days() {
        assert_eq!(iso_day("2025-03-14T08:00:00Z").as_deref(), Some("2025-03-14"));
        assert_eq!(iso_day("March 14, 2025"), None);
    }
}
