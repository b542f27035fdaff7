//! Where the article's characters stand in the page: the page is tokenized keeping the byte range of
//! every character (entities and all), and the extracted text is laid back onto that stream.

use crate::decode::ByteMap;
use crossread_model::{Segment, SourceMap};
use html5tokenizer::offset::PosTrackingReader;
use html5tokenizer::trace::Trace;
use html5tokenizer::{NaiveParser, Token, TracingEmitter};

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
                if skip_until.is_none()
                    && matches!(t.name.as_str(), "script" | "style" | "template" | "textarea" | "title")
                    && !t.self_closing
                {
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
    segments.sort_by_key(|s| s.text_start);
    if matches!(map, ByteMap::Shift(_)) {
        // in a legacy charset one character is not one byte: each keeps its own segment
        merge(&mut segments, text, page);
    }
    for s in &mut segments {
        s.source_start = map.page_offset(s.source_start);
        s.source_end = map.page_offset(s.source_end);
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
    block
        .split(char::is_whitespace)
        .scan(base, |pos, w| {
            let at = *pos;
            *pos += w.len() + w.chars().next().map_or(1, |_| 0);
            Some((at, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .map(move |(at, w)| (at, w))
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
        out.push(Segment {
            text_start: text_at,
            text_end: text_at + c.len_utf8(),
            source_start: ps as usize,
            source_end: pe as usize,
        });
    }
}

/// Joins neighbouring segments when the text between them is the page's bytes between them.
fn merge(segments: &mut Vec<Segment>, text: &str, page: &str) {
    let mut out: Vec<Segment> = Vec::with_capacity(segments.len() / 4);
    for s in segments.drain(..) {
        if let Some(last) = out.last_mut() {
            let joinable = last.linear()
                && s.linear()
                && s.source_start >= last.source_end
                && s.text_start >= last.text_end
                && s.text_start - last.text_end == s.source_start - last.source_end
                && text.get(last.text_end..s.text_start) == page.get(last.source_end..s.source_start);
            if joinable {
                last.text_end = s.text_end;
                last.source_end = s.source_end;
                continue;
            }
        }
        out.push(s);
    }
    *segments = out;
}
