//! Page furniture: which elements of a news page are not the article (menus, share bars, captions,
//! bylines, related links, newsletters) judged by tag, role and class or id words.

use dom_query::{Document, NodeRef};

/// Tags that never hold article prose.
const DROP_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "iframe",
    "object",
    "embed",
    "video",
    "audio",
    "figcaption",
    "nav",
    "button",
    "select",
    "input",
    "textarea",
    "label",
    "dialog",
    "menu",
];

/// ARIA roles of furniture.
const DROP_ROLES: &[&str] =
    &["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu", "menubar", "toolbar"];

/// Words of a class or id naming furniture: one of the words a class splits into (at `-`, `_`,
/// spaces and case changes) must equal one of these.
const FURNITURE_WORDS: &[&str] = &[
    "caption",
    "credit",
    "credits",
    "byline",
    "bylines",
    "author",
    "authors",
    "timestamp",
    "dateline-meta",
    "share",
    "sharing",
    "social",
    "sharebar",
    "related",
    "recommended",
    "recommendations",
    "promo",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "breadcrumb",
    "breadcrumbs",
    "comments",
    "comment",
    "sidebar",
    "advert",
    "advertisement",
    "sponsored",
    "gallery",
    "slideshow",
    "carousel",
    "popular",
    "trending",
    "outbrain",
    "taboola",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "footer",
    "masthead",
    "toolbar",
    "tags",
    "tag",
    "topics",
    "cookie",
    "cookies",
    "consent",
    "paywall",
    "modal",
    "overlay",
    "lightbox",
    "tooltip",
    "hidden",
    "sr",
    "visually",
    "disclaimer",
    "copyright",
    "rail",
    "teaser",
    "teasers",
    "headline-list",
    "readmore",
    "pagination",
    "print",
    "email",
    "follow",
    "kicker",
    "eyebrow",
    "meta",
    "metadata",
    "published",
    "updated",
    "date",
    "time",
    "photo",
    "image",
    "img",
    "video",
    "enlarge",
    "rollover",
    "popup",
    "popover",
    "hovercard",
];

/// Class words whose presence keeps an element even when another word names furniture
/// (`article-body`, `story-content`).
const CONTENT_WORDS: &[&str] =
    &["body", "content", "text", "story", "article", "entry", "post", "main", "paragraph", "blog", "live"];

/// Calls `f` with each lower-case word of a class or id attribute (split at `-`, `_`, spaces and
/// case changes) until it returns false.
fn each_word(attr: &str, mut f: impl FnMut(&str) -> bool) {
    let mut word = String::new();
    let mut prev_lower = false;
    for c in attr.chars().chain(std::iter::once(' ')) {
        let sep = c.is_whitespace() || matches!(c, '-' | '_' | ':' | '.' | '/');
        if sep || (c.is_uppercase() && prev_lower) {
            if !word.is_empty() && !f(&word) {
                return;
            }
            word.clear();
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        if !sep {
            word.extend(c.to_lowercase());
        }
    }
}

/// True when the element's class or id says it is furniture and nothing in them says it is content.
pub(crate) fn names_furniture(node: &NodeRef) -> bool {
    let mut furniture = false;
    for attr in ["class", "id"] {
        let Some(v) = node.attr(attr) else { continue };
        if v.len() > 200 {
            continue;
        }
        let mut content = false;
        each_word(&v, |w| {
            content = CONTENT_WORDS.contains(&w);
            furniture |= FURNITURE_WORDS.contains(&w);
            !content
        });
        if content {
            return false;
        }
    }
    furniture
}

fn hidden(node: &NodeRef) -> bool {
    if node.has_attr("hidden") || node.attr("aria-hidden").is_some_and(|v| v.as_ref() == "true") {
        return true;
    }
    node.attr("style").is_some_and(|s| {
        let s: String = s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// Removes furniture from the page before the article is looked for. An element is spared when it
/// holds much of the page's paragraph text, so a misnamed wrapper never takes the article with it.
pub(crate) fn strip_furniture(doc: &Document) {
    let Some(body) = doc.body() else { return };
    // scripts and styles first, so that text lengths below count words a reader sees
    doc.select("script, style, noscript, template, svg").remove();
    let total = body.text().len().max(1);
    let mut doomed = Vec::new();
    let mut stack = vec![body];
    while let Some(node) = stack.pop() {
        if !node.is_element() {
            continue;
        }
        let name = node.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
        let by_tag = DROP_TAGS.contains(&name.as_str());
        let by_role = node.attr("role").is_some_and(|r| DROP_ROLES.contains(&r.to_ascii_lowercase().as_str()));
        let by_tag_soft = matches!(name.as_str(), "aside" | "footer" | "header" | "figure" | "form");
        let row = matches!(name.as_str(), "tr" | "td" | "th" | "tbody" | "thead");
        // an embedded post or quote is the article's, whatever its wrapper is called
        let named = !row && names_furniture(&node) && !has_descendant(&node, "blockquote");
        let by_name = by_tag_soft || by_role || named || hidden(&node);
        if by_tag || (by_name && node.text().len() * 5 < total * 2) {
            doomed.push(node);
            continue;
        }
        stack.extend(node.children_it(false));
    }
    for n in doomed {
        n.remove_from_parent();
    }
}

fn has_descendant(node: &NodeRef, tag: &str) -> bool {
    node.descendants_it().any(|d| d.node_name().is_some_and(|n| n.eq_ignore_ascii_case(tag)))
}
