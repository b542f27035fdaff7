//! Where the article's characters stand in the page: the page is scanned keeping the byte range of
//! every visible character (a character reference's whole `&...;`), and the extracted text is laid
//! back onto that stream.

use crate::decode::ByteMap;
use crossread_model::{Segment, SourceMap};

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
    let mut ranges: Vec<(u32, u32)> = Vec::with_capacity(page.len() / 2);
    let mut push = |c: char, start: usize, end: usize| {
        if !c.is_whitespace() {
            let at = flat.len();
            flat.push(c);
            ranges.resize(flat.len(), (0, 0));
            ranges[at] = (start as u32, end as u32);
        }
    };
    let b = page.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'<' => match markup_end(page, i) {
                Some(end) => i = end,
                None => {
                    push('<', i, i + 1);
                    i += 1;
                }
            },
            b'&' => {
                let (chars, end) = entity(page, i);
                match chars {
                    Some((c1, c2)) => {
                        push(c1, i, end);
                        if let Some(c2) = c2 {
                            push(c2, i, end);
                        }
                        i = end;
                    }
                    None => {
                        push('&', i, i + 1);
                        i += 1;
                    }
                }
            }
            _ => {
                let run = b[i..].iter().position(|&c| c == b'<' || c == b'&').map_or(b.len(), |p| i + p);
                for (k, c) in page[i..run].char_indices() {
                    push(c, i + k, i + k + c.len_utf8());
                }
                i = run;
            }
        }
    }
    PageChars { flat, ranges }
}

/// Elements whose insides are not text a reader sees.
const OPAQUE: &[&str] = &["script", "style", "template", "textarea", "title", "noscript", "xmp", "iframe", "svg"];

/// Where markup that opens at `lt` ends (a tag, a comment, a doctype, or an opaque element with
/// its insides); None when the `<` is a plain character.
fn markup_end(page: &str, lt: usize) -> Option<usize> {
    let b = page.as_bytes();
    let rest = &b[lt + 1..];
    if rest.starts_with(b"!--") {
        return Some(find_from(b, lt + 4, b"-->").map_or(b.len(), |e| e + 3));
    }
    if rest.first().is_some_and(|&c| c == b'!' || c == b'?') {
        return Some(find_from(b, lt, b">").map_or(b.len(), |e| e + 1));
    }
    let closing = rest.first() == Some(&b'/');
    let name_at = lt + 1 + usize::from(closing);
    if !b.get(name_at).is_some_and(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let name_len = b[name_at..].iter().take_while(|c| c.is_ascii_alphanumeric() || **c == b'-').count();
    let mut j = name_at + name_len;
    let mut quote = 0u8;
    while j < b.len() {
        let c = b[j];
        if quote != 0 {
            if c == quote {
                quote = 0;
            }
        } else if c == b'"' || c == b'\'' {
            quote = c;
        } else if c == b'>' {
            break;
        }
        j += 1;
    }
    let end = (j + 1).min(b.len());
    let name = page[name_at..name_at + name_len].to_ascii_lowercase();
    if !closing && OPAQUE.contains(&name.as_str()) && b[..end].last() == Some(&b'>') && b[end.saturating_sub(2)] != b'/'
    {
        let close = format!("</{name}");
        let mut k = end;
        while let Some(at) = find_from(b, k, b"</") {
            if b.len() >= at + close.len() && b[at..at + close.len()].eq_ignore_ascii_case(close.as_bytes()) {
                return Some(find_from(b, at, b">").map_or(b.len(), |e| e + 1));
            }
            k = at + 2;
        }
        return Some(b.len());
    }
    Some(end)
}

fn find_from(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay.get(from..)?, needle).map(|p| from + p)
}

type EntityChars = Option<(char, Option<char>)>;

/// The character(s) a reference at `amp` stands for and where it ends; None when the `&` is plain.
fn entity(page: &str, amp: usize) -> (EntityChars, usize) {
    let b = page.as_bytes();
    if b.get(amp + 1) == Some(&b'#') {
        let hex = matches!(b.get(amp + 2), Some(b'x' | b'X'));
        let digits_at = amp + 2 + usize::from(hex);
        let n = b[digits_at.min(b.len())..]
            .iter()
            .take_while(|c| if hex { c.is_ascii_hexdigit() } else { c.is_ascii_digit() })
            .count();
        if n == 0 {
            return (None, amp + 1);
        }
        let value = u32::from_str_radix(&page[digits_at..digits_at + n], if hex { 16 } else { 10 }).unwrap_or(0xFFFD);
        let c = numeric_char(value);
        let end = digits_at + n + usize::from(b.get(digits_at + n) == Some(&b';'));
        return (Some((c, None)), end);
    }
    // the longest name in the table: every prefix of a name is a key, full names have a code point
    let mut best = None;
    let mut j = amp + 1;
    while j < b.len() && j - amp <= 33 {
        j += 1;
        let Some(key) = page.get(amp + 1..j) else { break };
        match web_atoms::NAMED_ENTITIES.get(key) {
            Some(&(0, _)) => {}
            Some(&(c1, c2)) => best = Some((c1, c2, j)),
            None => break,
        }
    }
    match best {
        Some((c1, c2, end)) => {
            let c1 = char::from_u32(c1).unwrap_or('\u{FFFD}');
            let c2 = (c2 != 0).then(|| char::from_u32(c2).unwrap_or('\u{FFFD}'));
            (Some((c1, c2)), end)
        }
        None => (None, amp + 1),
    }
}

/// The character a numeric reference names, with the Windows-1252 remapping browsers apply.
fn numeric_char(v: u32) -> char {
    if (0x80..=0x9f).contains(&v) {
        let byte = [v as u8];
        let (s, _, _) = encoding_rs::WINDOWS_1252.decode(&byte);
        return s.chars().next().unwrap_or('\u{FFFD}');
    }
    if v == 0 {
        return '\u{FFFD}';
    }
    char::from_u32(v).unwrap_or('\u{FFFD}')
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
