//! Blocks of text: the article's HTML turned into paragraphs, list items, headings and table rows,
//! each with what the filters need to judge it (its tag, how much of it is link text).

use dom_query::{Document, NodeRef};

/// What kind of element a block of text came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A paragraph or any other run of text.
    Para,
    /// A heading (`h1`-`h6`).
    Heading,
    /// A list item.
    Item,
    /// A table row, its cells separated by tabs.
    Row,
    /// A preformatted block, whitespace kept.
    Pre,
}

/// One block of the article's text.
#[derive(Clone, Debug)]
pub(crate) struct Block {
    /// The text, whitespace collapsed (line breaks kept where the page had `<br>`).
    pub text: String,
    /// What it came from.
    pub kind: Kind,
    /// Characters of the text that stand inside links.
    pub link_chars: usize,
    /// Inside a `<blockquote>` (a quoted post or pull quote).
    pub quoted: bool,
}

const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
    "summary",
    "center",
    "caption",
];

const SKIP_TAGS: &[&str] = &["script", "style", "noscript", "template", "svg", "head", "title", "button", "select"];

struct Builder {
    blocks: Vec<Block>,
    cur: String,
    kind: Kind,
    link_chars: usize,
    quoted: bool,
}

impl Builder {
    fn flush(&mut self) {
        let text = self.cur.trim();
        if !text.is_empty() {
            let text = text.to_string();
            let link_chars = self.link_chars.min(text.len());
            self.blocks.push(Block { text, kind: self.kind, link_chars, quoted: self.quoted });
        }
        self.cur.clear();
        self.link_chars = 0;
        self.kind = Kind::Para;
    }

    fn push_text(&mut self, s: &str, in_link: usize) {
        let before = self.cur.len();
        let mut space = s.starts_with(char::is_whitespace);
        for w in s.split_whitespace() {
            if space && !self.cur.is_empty() && !self.cur.ends_with([' ', '\n', '\t']) {
                self.cur.push(' ');
            }
            self.cur.push_str(w);
            space = true;
        }
        if s.ends_with(char::is_whitespace) && !self.cur.is_empty() && !self.cur.ends_with([' ', '\n', '\t']) {
            self.cur.push(' ');
        }
        if in_link > 0 {
            self.link_chars += self.cur.len() - before;
        }
    }
}

enum Op<'a> {
    Open(NodeRef<'a>),
    Close(String),
}

/// Splits the article's HTML into blocks of text in document order.
pub(crate) fn render_blocks(doc: &Document) -> Vec<Block> {
    let mut b = Builder { blocks: Vec::new(), cur: String::new(), kind: Kind::Para, link_chars: 0, quoted: false };
    let mut ops: Vec<Op> = doc.root().children_it(true).map(Op::Open).collect();
    let (mut in_link, mut in_quote) = (0usize, 0usize);
    while let Some(op) = ops.pop() {
        match op {
            Op::Open(node) => {
                if node.is_text() {
                    b.push_text(&node.text(), in_link);
                    continue;
                }
                let Some(name) = node.node_name() else { continue };
                let name = name.to_ascii_lowercase();
                if SKIP_TAGS.contains(&name.as_str()) {
                    continue;
                }
                match name.as_str() {
                    "br" => {
                        let t = b.cur.trim_end_matches(' ').len();
                        b.cur.truncate(t);
                        if !b.cur.is_empty() && !b.cur.ends_with('\n') {
                            b.cur.push('\n');
                        }
                        continue;
                    }
                    "td" | "th" => {
                        let t = b.cur.trim_end_matches(' ').len();
                        b.cur.truncate(t);
                        if !b.cur.is_empty() && !b.cur.ends_with('\t') {
                            b.cur.push('\t');
                        }
                    }
                    "pre" => {
                        b.flush();
                        b.cur.push_str(node.text().trim_end());
                        b.kind = Kind::Pre;
                        b.quoted = in_quote > 0;
                        b.flush();
                        continue;
                    }
                    "a" => in_link += 1,
                    "blockquote" => in_quote += 1,
                    _ => {}
                }
                if BLOCK_TAGS.contains(&name.as_str()) {
                    b.flush();
                    b.quoted = in_quote > 0;
                    b.kind = match name.as_str() {
                        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Kind::Heading,
                        "li" | "dt" | "dd" => Kind::Item,
                        "tr" => Kind::Row,
                        _ => Kind::Para,
                    };
                }
                ops.push(Op::Close(name));
                ops.extend(node.children_it(true).map(Op::Open));
            }
            Op::Close(name) => {
                match name.as_str() {
                    "a" => in_link = in_link.saturating_sub(1),
                    "blockquote" => in_quote = in_quote.saturating_sub(1),
                    _ => {}
                }
                if BLOCK_TAGS.contains(&name.as_str()) {
                    let kind = b.kind;
                    b.flush();
                    b.quoted = in_quote > 0;
                    // text after a nested block inside a list item is still part of the item
                    b.kind = if matches!(kind, Kind::Item | Kind::Row) && name != "li" && name != "tr" {
                        kind
                    } else {
                        Kind::Para
                    };
                }
            }
        }
    }
    b.flush();
    b.blocks
}
