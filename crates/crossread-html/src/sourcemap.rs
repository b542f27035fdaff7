//! Where the article's characters stand in the page: the page is tokenized keeping the byte range of
//! every character (entities and all), and the extracted text is laid back onto that stream.

use crate::decode::ByteMap;
use html5tokenizer::offset::PosTrackingReader;
use html5tokenizer::trace::Trace;
use html5tokenizer::{NaiveParser, Token, TracingEmitter};
use serde::{Deserialize, Serialize};

/// A stretch of the extracted text and the page bytes it was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// Start in the extracted text.
    pub text_start: usize,
    /// End in the extracted text.
    pub text_end: usize,
    /// Start in the page's bytes.
    pub page_start: usize,
    /// End in the page's bytes.
    pub page_end: usize,
}

impl Segment {
    /// True when each text byte stands for one page byte (no entity, no tag inside).
    fn linear(&self) -> bool {
        self.text_end - self.text_start == self.page_end - self.page_start
    }
}

/// Maps offsets in an article's extracted text to byte ranges of the page it came from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceMap {
    /// Mapped stretches in text order; text between them (line breaks the extractor wrote) has no
    /// source of its own.
    pub segments: Vec<Segment>,
}

impl SourceMap {
    /// The page byte range where the text `start..end` stands, when any of it was placed.
    pub fn page_range(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let segs = &self.segments;
        let first = segs.partition_point(|s| s.text_end <= start);
        let last = segs.partition_point(|s| s.text_start < end);
        if first >= last {
            return None;
        }
        let (a, b) = (segs[first], segs[last - 1]);
        let page_start = if a.linear() && start >= a.text_start { a.page_start + (start - a.text_start) } else { a.page_start };
        let page_end = if b.linear() && end <= b.text_end { b.page_end - (b.text_end - end) } else { b.page_end };
        (page_start <= page_end).then_some((page_start, page_end))
    }

    /// Share of the text's non-space bytes that have a place in the page.
    pub fn coverage(&self, text: &str) -> f64 {
        let total = text.bytes().filter(|b| !b.is_ascii_whitespace()).count();
        if total == 0 {
            return 1.0;
        }
        let placed: usize = self
            .segments
            .iter()
            .map(|s| text.get(s.text_start..s.text_end).map_or(0, |t| t.bytes().filter(|b| !b.is_ascii_whitespace()).count()))
            .sum();
        placed as f64 / total as f64
    }
}

/// The page's visible characters with their byte ranges in the decoded page: whitespace and the
/// insides of scripts and styles left out.
struct PageChars {
    /// The characters, concatenated.
    flat: String,
    /// For each byte of `flat` that starts a character, its range in the decoded page.
    ranges: Vec<(u32, u32)>,
}

fn page_chars(page: &str) -> PageChars {
    let mut flat = String::with_capacity(page.len() / 2);
    let mut ranges = Vec::with_capacity(page.len() / 2);
    let mut skip_until: Option<String> = None;
    let parser = NaiveParser::new_with_emitter(PosTrackingReader::new(page), TracingEmitter::default());
    for (token, trace) in parser.flatten() {
        match (token, trace) {
            (Token::Char(c), Trace::Char(r)) => {
                if skip_until.is_none() && !c.is_whitespace() {
                    let at = flat.len();
                    flat.push(c);
                    ranges.resize(flat.len(), (0, 0));
                    ranges[at] = (r.start as u32, r.end as u32);
                }
            }
            (Token::StartTag(t), _) => {
                if skip_until.is_none() && matches!(t.name.as_str(), "script" | "style" | "template" | "textarea" | "title") && !t.self_closing {
                    skip_until = Some(t.name);
                }
            }
            (Token::EndTag(t), _) => {
                if skip_until.as_deref() == Some(t.name.as_str()) {
                    skip_until = None;
                }
            }
            _ => {}
        }
    }
    PageChars { flat, ranges }
}

/// Lays the extracted text onto the page: each block of the text is looked for in the page's
/// visible characters after the last one placed (spaces ignored), then anywhere; a block not found
/// whole is placed word by word.
pub(crate) fn build(page: &str, map: &ByteMap, text: &str) -> SourceMap {
    let chars = page_chars(page);
    let mut segments: Vec<Segment> = Vec::new();
    let mut cursor = 0usize;
    for (block_start, block) in blocks_of(text) {
        let (needle, offsets) = squeeze(block, block_start);
        if needle.is_empty() {
            continue;
        }
        let found = chars.flat[cursor..].find(&needle).map(|i| i + cursor).or_else(|| chars.flat.find(&needle));
        match found {
            Some(at) => {
                place(&chars, at, &needle, &offsets, &mut segments);
                cursor = at + needle.len();
            }
            None => {
                for (ws, word) in words_of(block, block_start) {
                    let (n, offs) = squeeze(word, ws);
                    let window_end = (cursor + 4 * block.len() + 256).min(chars.flat.len());
                    let window_end = floor_boundary(&chars.flat, window_end);
                    if let Some(i) = chars.flat[cursor..window_end].find(&n) {
                        place(&chars, cursor + i, &n, &offs, &mut segments);
                        cursor += i + n.len();
                    }
                }
            }
        }
    }
    merge(&mut segments, text, page);
    for s in &mut segments {
        s.page_start = map.page_offset(s.page_start);
        s.page_end = map.page_offset(s.page_end);
    }
    SourceMap { segments }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The text split at blank lines, with each block's offset.
fn blocks_of(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut pos = 0;
    text.split('\n').map(move |line| {
        let at = pos;
        pos += line.len() + 1;
        (at, line)
    })
}

fn words_of(block: &str, base: usize) -> impl Iterator<Item = (usize, &str)> {
    block.split(char::is_whitespace).scan(base, |pos, w| {
        let at = *pos;
        *pos += w.len() + w.chars().next().map_or(1, |_| 0);
        Some((at, w))
    }).filter(|(_, w)| !w.is_empty()).map(move |(at, w)| (at, w))
}

/// The block without whitespace, and for each kept character its offset in the text.
fn squeeze(block: &str, base: usize) -> (String, Vec<usize>) {
    let mut s = String::with_capacity(block.len());
    let mut offs = Vec::with_capacity(block.len());
    for (i, c) in block.char_indices() {
        if !c.is_whitespace() {
            s.push(c);
            offs.push(base + i);
        }
    }
    (s, offs)
}

fn place(chars: &PageChars, at: usize, needle: &str, offsets: &[usize], out: &mut Vec<Segment>) {
    for ((i, c), &text_at) in needle.char_indices().zip(offsets) {
        let (ps, pe) = chars.ranges.get(at + i).copied().unwrap_or((0, 0));
        out.push(Segment { text_start: text_at, text_end: text_at + c.len_utf8(), page_start: ps as usize, page_end: pe as usize });
    }
}

/// Joins neighbouring segments when the text between them is the page's bytes between them.
fn merge(segments: &mut Vec<Segment>, text: &str, page: &str) {
    segments.sort_by_key(|s| s.text_start);
    let mut out: Vec<Segment> = Vec::with_capacity(segments.len() / 4);
    for s in segments.drain(..) {
        if let Some(last) = out.last_mut() {
            let joinable = last.linear()
                && s.linear()
                && s.page_start >= last.page_end
                && s.text_start >= last.text_end
                && s.text_start - last.text_end == s.page_start - last.page_end
                && text.get(last.text_end..s.text_start) == page.get(last.page_end..s.page_start);
            if joinable {
                last.text_end = s.text_end;
                last.page_end = s.page_end;
                continue;
            }
        }
        out.push(s);
    }
    *segments = out;
}
