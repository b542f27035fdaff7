//! Block filters: what readability kept but a news article does not carry (link lists, bylines,
//! photo credits, copyright lines).

use crate::blocks::{Block, Kind};

/// Drops the blocks that are page furniture.
pub(crate) fn keep_article(blocks: Vec<Block>) -> Vec<Block> {
    blocks.into_iter().filter(|b| !is_furniture(b)).collect()
}

/// Whole blocks that only label furniture.
const LABELS: &[&str] = &[
    "advertisement",
    "advert",
    "ad",
    "sponsored",
    "sponsored content",
    "comments",
    "comment",
    "share",
    "share this",
    "share this article",
    "share this story",
    "related",
    "related articles",
    "related stories",
    "read more",
    "more",
    "tags",
    "topics",
    "caption",
    "close",
    "expand",
    "enlarge",
    "previous",
    "next",
    "print",
    "email",
    "recommended",
    "most popular",
    "most read",
    "trending",
    "you may also like",
    "you might also like",
    "skip to content",
    "skip advertisement",
    "continue reading",
    "story continues below advertisement",
    "article continues below",
    "scroll to continue with content",
    "loading",
    "loading...",
    "related news",
    "related content",
    "related coverage",
    "related topics",
    "also read",
    "read also",
    "see also",
    "more on this story",
    "more stories",
    "recommended for you",
    "editor's picks",
    "top stories",
    "latest news",
    "latest stories",
    "story continues below",
    "continue reading below",
];

/// Openings of short lines that stamp the page rather than tell the story.
const STAMPS: &[&str] = &[
    "updated",
    "posted",
    "published",
    "last updated",
    "last modified",
    "first published",
    "photo:",
    "photos:",
    "image:",
    "credit:",
    "photograph:",
    "picture:",
    "file photo",
    "image 1 of",
    "click to enlarge",
];

fn is_furniture(b: &Block) -> bool {
    let text = b.text.trim();
    let len = text.len();
    if !b.quoted && b.link_chars * 2 > len && len < 300 {
        return true;
    }
    let lower = text.trim_end_matches([':', '.', '…', ' ']).to_lowercase();
    if LABELS.contains(&lower.as_str()) {
        return true;
    }
    if len < 100
        && STAMPS.iter().any(|s| lower.starts_with(s))
        && (lower.contains(char::is_numeric) || lower.contains(':'))
    {
        return true;
    }
    false
}

/// Joins blocks into the article's text: a blank line between paragraphs, one line break between
/// the items of one list or the rows of one table.
pub(crate) fn join(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut prev: Option<Kind> = None;
    for b in blocks {
        if let Some(p) = prev {
            let same_run = p == b.kind && matches!(p, Kind::Item | Kind::Row);
            out.push_str(if same_run { "\n" } else { "\n\n" });
        }
        out.push_str(&b.text);
        prev = Some(b.kind);
    }
    out
}
