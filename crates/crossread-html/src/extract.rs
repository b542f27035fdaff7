//! The article body: furniture stripped from the page, the article found by dom_smoothie's
//! readability scoring, and its blocks turned into paragraphs of plain text.

use crate::blocks::{render_blocks, Block};
use crate::clean::strip_furniture;
use crate::meta::{self, PageMeta};
use dom_query::Document;
use dom_smoothie::{Article, Config, ParsePolicy, Readability};

/// Pages with more elements than this are not scored (they are read as their paragraphs only):
/// scoring cost grows with nesting depth times size.
const MAX_ELEMENTS: usize = 60_000;

/// Pages nesting elements deeper than this are read without their container tags: a page of 20,000
/// nested divs is an attack, not an article, and scoring it would take minutes.
const MAX_DEPTH: usize = 1000;

/// Text below this many characters sends the search on to a looser policy.
const ENOUGH: usize = 500;

/// Text below this many characters after every policy is read again without stripping furniture.
const SHORT: usize = 200;

/// The article's blocks of text in page order (furniture blocks filtered out), and the page's metadata.
pub(crate) fn article(html: &str, url: Option<&str>) -> (Vec<Block>, PageMeta) {
    let cfg =
        Config { keep_classes: true, max_elements_to_parse: MAX_ELEMENTS, disable_json_ld: true, ..Default::default() };
    let mut best: Vec<Block> = Vec::new();
    let mut best_chars = 0;
    let mut best_article: Option<Article> = None;
    let mut extra = None;
    let (stripped, json_ld) = crate::prestrip::prestrip(html);
    let html = stripped.as_str();
    let flattened;
    let html = if nesting_depth(html) > MAX_DEPTH {
        flattened = drop_container_tags(html);
        flattened.as_str()
    } else {
        html
    };
    let attempts = [
        (ParsePolicy::Strict, true),
        (ParsePolicy::Moderate, true),
        (ParsePolicy::Clean, true),
        (ParsePolicy::Raw, true),
        // a safety net: when stripping furniture left next to nothing, it may have taken the article
        (ParsePolicy::Strict, false),
    ];
    for (policy, strip) in attempts {
        if !strip && best_chars >= SHORT {
            break;
        }
        let doc = Document::from(html);
        if extra.is_none() {
            extra = Some(meta::extra(&doc, &json_ld));
        }
        if strip {
            strip_furniture(&doc);
        }
        let Ok(mut r) = Readability::with_document(doc, None, Some(cfg.clone())) else { continue };
        let Ok(article) = r.parse_with_policy(policy) else { continue };
        let content = Document::fragment(article.content.clone());
        let blocks = crate::filter::keep_article(render_blocks(&content));
        let chars: usize = blocks.iter().map(|b| b.text.len()).sum();
        if chars > best_chars || best_article.is_none() {
            best_chars = chars;
            best = blocks;
            best_article = Some(article);
        }
        if best_chars >= ENOUGH {
            break;
        }
    }
    if best_chars < SHORT {
        // the last resort: the page's paragraphs (whatever their wrappers are called), less those
        // that are mostly links or only label furniture
        let doc = Document::from(html);
        let html: String = doc.select("p").nodes().iter().map(|p| p.html().to_string()).collect();
        let paragraphs = Document::fragment(html);
        let blocks = crate::filter::keep_article(render_blocks(&paragraphs));
        if blocks.iter().map(|b| b.text.len()).sum::<usize>() > best_chars {
            best = blocks;
        }
    }
    (best, meta::merge(best_article.as_ref(), extra.unwrap_or_default(), url))
}

/// Container tags that only group other elements: a page nested too deep is read without them.
const CONTAINERS: &[&[u8]] =
    &[b"div", b"span", b"section", b"font", b"center", b"main", b"article", b"b", b"i", b"em", b"strong", b"a"];

/// The page with its container tags removed, their contents kept.
fn drop_container_tags(html: &str) -> String {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut copied = 0;
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        let lt = i + off;
        i = lt + 1;
        let name_start = if b.get(i) == Some(&b'/') { i + 1 } else { i };
        let name_len = b[name_start..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        let name: Vec<u8> = b[name_start..name_start + name_len].iter().map(|c| c.to_ascii_lowercase()).collect();
        if name_len == 0 || !CONTAINERS.contains(&name.as_slice()) {
            continue;
        }
        let Some(gt) = b[lt..].iter().position(|&c| c == b'>') else { break };
        out.push_str(&html[copied..lt]);
        out.push(' ');
        copied = lt + gt + 1;
        i = copied;
    }
    out.push_str(&html[copied..]);
    out
}

/// The deepest nesting of elements in the page, counted cheaply from its tags (void elements and
/// self-closed tags do not nest).
fn nesting_depth(html: &str) -> usize {
    const VOID: &[&[u8]] = &[
        b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"source", b"track",
        b"wbr", b"param", b"p", b"li", b"td", b"tr", b"option",
    ];
    let b = html.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        i += off + 1;
        let closing = b.get(i) == Some(&b'/');
        let name_start = if closing { i + 1 } else { i };
        let name_len = b[name_start..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        if name_len == 0 {
            continue;
        }
        let name = &b[name_start..name_start + name_len];
        if VOID.iter().any(|v| v.eq_ignore_ascii_case(name)) {
            continue;
        }
        let tag_end = memchr::memchr(b'>', &b[i..]).map_or(b.len(), |e| i + e);
        if !closing && tag_end > 0 && b.get(tag_end - 1) == Some(&b'/') {
            continue;
        }
        let script = name.eq_ignore_ascii_case(b"script");
        if !closing && (script || name.eq_ignore_ascii_case(b"style")) {
            // skip to the closing tag: code and styles hold '<' that open nothing
            let close: &[u8] = if script { b"</script" } else { b"</style" };
            let mut k = tag_end;
            while let Some(at) = memchr::memmem::find(b.get(k..).unwrap_or(&[]), b"</") {
                let at = k + at;
                if b.get(at..at + close.len()).is_some_and(|w| w.eq_ignore_ascii_case(close)) {
                    i = at + close.len();
                    break;
                }
                k = at + 2;
            }
            if k >= b.len() {
                break;
            }
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            max = max.max(depth);
        }
    }
    max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_is_counted_from_tags() {
        assert_eq!(nesting_depth("<div><div><p>a<br></div></div>"), 2);
        let deep = "<div>".repeat(5000) + "text" + &"</div>".repeat(5000);
        assert_eq!(nesting_depth(&deep), 5000);
        assert_eq!(drop_container_tags("<div class=x><p>a <b>b</b></p></div>"), " <p>a  b </p> ");
    }
}
