//! Which outlet published a report, read from its text when its front matter does not say.
//!
//! Only general cues count, each a convention of news pages rather than of one site: "originally
//! published on ...", a page title ending in the site's name ("Headline - Harbour Gazette"), a line
//! that is only the outlet's name, a byline ("By Jane Doe, Coastline Times"), a dateline
//! ("KELSO, Jan. 5 (Vestmark Wire) -"), a copyright line, "... could not independently verify", and
//! a closing "Source:" credit. Domains are read as the names a reader knows ("harbourgazette.com" ->
//! "Harbour Gazette"); US broadcast call signs are recognised by their shape, not listed.
//!
//! These cues stand at the ends of a report, so the finders read only its opening lines (at most
//! [`HEAD_LINES`] within [`HEAD_BYTES`]) and its closing lines (at most [`TAIL_LINES`] within
//! [`TAIL_BYTES`]): the cost does not grow with the length of the report. A cue in the middle of a
//! long report is not seen.

mod naming;

use crate::lexicon::{self, is};
use crossread_model::Report;
use naming::{domain_name, expand_short, from_domain_or_name, is_domain_text, is_outlet_like};

/// How many bytes from the start of a report the finders read.
pub const HEAD_BYTES: usize = 16 * 1024;
/// How many non-empty opening lines the finders read.
pub const HEAD_LINES: usize = 40;
/// How many bytes from the end of a report the finders read.
pub const TAIL_BYTES: usize = 8 * 1024;
/// How many non-empty closing lines the finders read.
pub const TAIL_LINES: usize = 20;

/// Separators between a page title's headline and the site's name ("Headline - Site | Tagline").
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " \u{2013} ", " \u{2014} "];

/// One way of reading the outlet from the ends of a report.
type Finder = fn(&Ends) -> Option<String>;

/// The publisher of a report: `report.outlet` when set, else read from the ends of its title and
/// body (see the module documentation for the cues and the bound on what is read).
pub fn detect_outlet(report: &Report) -> Option<String> {
    if let Some(o) = report.outlet.as_deref().map(str::trim).filter(|o| !o.is_empty()) {
        return Some(o.to_string());
    }
    let mut ends = Ends::of(report.body_text());
    if let Some(title) = report.title.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        ends.head.insert(0, title);
    }
    find(&ends)
}

fn find(ends: &Ends) -> Option<String> {
    // The page's own statements of its origin and name come first; a dateline or byline names the
    // agency or outlet that wrote the copy; a bare name line is weaker (calls to action look alike);
    // closing lines come last.
    let finders: &[Finder] =
        &[published_on, site_title, dateline, byline, masthead, copyright, cannot_verify, credit_line];
    finders.iter().find_map(|f| f(ends)).map(|o| tidy(&o)).filter(|o| !o.is_empty())
}

/// The lines the finders read: the opening lines and, apart from them, the closing lines.
#[derive(Debug)]
struct Ends<'a> {
    /// Non-empty opening lines, trimmed, in order.
    head: Vec<&'a str>,
    /// Non-empty closing lines after the head, trimmed, in order.
    tail: Vec<&'a str>,
}

impl<'a> Ends<'a> {
    fn of(text: &'a str) -> Self {
        let head_end = floor_boundary(text, HEAD_BYTES.min(text.len()));
        let head: Vec<&str> =
            text[..head_end].lines().map(str::trim).filter(|l| !l.is_empty()).take(HEAD_LINES).collect();
        // Where the head stopped reading: the tail starts after it, so no line is read twice.
        let head_stop = head.last().map_or(head_end, |l| offset_in(text, l) + l.len());
        let tail_start = ceil_boundary(text, text.len().saturating_sub(TAIL_BYTES).max(head_stop));
        let mut tail: Vec<&str> =
            text[tail_start..].lines().rev().map(str::trim).filter(|l| !l.is_empty()).take(TAIL_LINES).collect();
        tail.reverse();
        Ends { head, tail }
    }

    /// The first `n` opening lines.
    fn top(&self, n: usize) -> &[&'a str] {
        &self.head[..n.min(self.head.len())]
    }

    /// Every line read, opening lines first.
    fn all(&self) -> impl Iterator<Item = &&'a str> {
        self.head.iter().chain(&self.tail)
    }

    /// The closing lines, or the last opening lines when the report is short, last line first.
    fn closing(&self, n: usize) -> impl Iterator<Item = &&'a str> {
        self.tail.iter().rev().chain(self.head.iter().rev()).take(n)
    }
}

/// The byte offset of `part`, a slice of `text`, within `text`.
fn offset_in(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize).min(text.len())
}

/// The largest char boundary of `s` at or before `i`.
fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `s` at or after `i`.
fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}

fn tidy(o: &str) -> String {
    let o = o.trim().trim_matches(|c: char| !c.is_alphanumeric() && c != ')' && c != '(').trim();
    let o = o.strip_suffix("All rights reserved").unwrap_or(o).trim().trim_end_matches(['.', ',']).trim();
    o.to_string()
}

/// The text after the first of `keys` in `line` (ASCII case-insensitive), if any.
fn after<'a>(line: &'a str, keys: &[&str]) -> Option<&'a str> {
    let low = line.to_ascii_lowercase();
    keys.iter().find_map(|k| low.find(k).and_then(|i| line.get(i + k.len()..)))
}

/// A name at the start of `s`: words up to punctuation that ends it.
fn name_at(s: &str) -> String {
    let end = s.find(['?', '!', '|', '\u{2014}', '\u{2013}', ';', '(', '\n', '\u{b7}', '\u{2022}']).unwrap_or(s.len());
    let mut n = s[..end].trim();
    if let Some(i) = n.find(". ") {
        n = &n[..i];
    }
    n.trim().trim_end_matches('.').trim().to_string()
}

/// The phrases of [`published_on`], matched in any case.
const PUBLISHED_KEYS: &[&str] = &[
    "originally published on ",
    "originally published by ",
    "originally published in ",
    "first published on ",
    "first published by ",
    "first published in ",
    "originally appeared on ",
    "originally appeared in ",
    "first appeared on ",
    "first appeared in ",
    "appeared first on ",
];

/// True when `line` may hold one of [`PUBLISHED_KEYS`]: each says "published " or "appeared ", so a
/// line is looked at only where a "p" (in any case) opens "published " or ends the "ap" of "appeared ".
fn may_say_published(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memchr2_iter(b'p', b'P', b).any(|i| {
        let rest = &b[i..];
        let opens = |w: &[u8]| rest.get(..w.len()).is_some_and(|r| r.eq_ignore_ascii_case(w));
        opens(b"published ") || opens(b"ppeared ")
    })
}

/// "This story was originally published on harbourgazette.com", "first appeared in The Ledger".
fn published_on(ends: &Ends) -> Option<String> {
    // most lines hold none of the keys: a quick look passes them over
    ends.all().filter(|l| may_say_published(l)).find_map(|l| {
        let n = name_at(after(l, PUBLISHED_KEYS)?);
        let named = n.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            && n.split_whitespace().count() <= 6;
        (named || is_domain_text(&n)).then(|| from_domain_or_name(&n))
    })
}

/// A page title, the first line, that ends in the site's name: "Floods close the ferry - Harbour
/// Gazette", "Floods close the ferry | KVXT Channel 4 | News, Weather", "... - coastwatch.com-Local
/// News". Later lines are not read: a photo caption ends in its credit the same way.
fn site_title(ends: &Ends) -> Option<String> {
    for l in ends.top(1) {
        let mut segments = split_title(l).into_iter();
        let Some(headline) = segments.next() else { continue };
        if headline.split_whitespace().count() < 3 {
            continue;
        }
        for seg in segments {
            // A slogan after a colon is not part of the name ("KVXT4: Your Weather Station").
            let seg = seg.split(": ").next().unwrap_or(seg).trim();
            if let Some(d) = leading_domain(seg) {
                return Some(domain_name(&d));
            }
            // A segment with commas is a tagline ("News, Weather & Sports"), not a name.
            if !seg.contains(',') && seg.split_whitespace().count() <= 6 && is_outlet_like(seg) {
                return Some(from_domain_or_name(seg));
            }
        }
    }
    None
}

/// The parts of a title line between separators, trimmed, empty parts dropped.
fn split_title(l: &str) -> Vec<&str> {
    let mut parts = vec![l];
    for sep in TITLE_SEPARATORS {
        parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
    }
    parts.into_iter().map(str::trim).filter(|p| !p.is_empty()).collect()
}

/// A domain opening `seg` ("coastwatch.com" in "coastwatch.com-Local News"), lowercased.
fn leading_domain(seg: &str) -> Option<String> {
    let token = seg.split(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-')).next()?;
    let token = token.to_ascii_lowercase();
    let mut end = token.len();
    loop {
        let cand = token[..end].trim_end_matches(['.', '-']);
        if cand.contains('.') && crate::text::is_domain(cand) {
            return Some(cand.to_string());
        }
        end = token[..end].rfind('-')?;
    }
}

/// A line near the top that is only the outlet's name ("The Harbour Gazette").
fn masthead(ends: &Ends) -> Option<String> {
    ends.top(3).iter().find_map(|l| {
        let ok = l.len() <= 40
            && !l.ends_with(['.', '?', '!', ':'])
            && !l.chars().any(|c| c.is_ascii_digit() || c == ',')
            && !l.starts_with("By ")
            && l.split_whitespace().count() >= 2
            && is_outlet_like(l);
        ok.then(|| l.to_string())
    })
}

/// "By Jane Doe, CNN", "By Jane Doe | The Northern Ledger", "By Jane Doe for Coastline Times".
fn byline(ends: &Ends) -> Option<String> {
    for l in ends.top(30) {
        let Some(rest) = l.strip_prefix("By ").or_else(|| l.strip_prefix("BY ")) else { continue };
        for seg in rest.split([',', '|', '\u{2014}', '\u{2013}']).skip(1) {
            let seg = seg.trim();
            let seg = seg.strip_prefix("and ").unwrap_or(seg);
            if is_outlet_like(seg) {
                return Some(from_domain_or_name(seg));
            }
        }
        if let Some(i) = rest.find(" for ") {
            let seg = name_at(&rest[i + 5..]);
            if is_outlet_like(&seg) {
                return Some(from_domain_or_name(&seg));
            }
        }
    }
    None
}

/// A dateline naming the agency or outlet in brackets before a dash, near the top: "(Vestmark Wire) -",
/// "KELSO (AP) \u{2014}", "KELSO, Aug 12 (Vestmark Wire) -", "Kelso, Jan. 5 (Coast Press)--". What stands
/// before the brackets must read as a place and a date, and what stands in them must not be a date.
fn dateline(ends: &Ends) -> Option<String> {
    for l in ends.top(25) {
        let Some(open) = l.find('(') else { continue };
        let Some(close) = l[open..].find(')').map(|i| open + i) else { continue };
        let inner = l[open + 1..close].trim();
        let rest = l[close + 1..].trim_start();
        let dash = rest.starts_with(['-', '\u{2014}', '\u{2013}']);
        let words = inner.split_whitespace().count();
        let first = inner.split_whitespace().next().unwrap_or("").trim_end_matches([',', '.']).to_lowercase();
        if dash
            && (1..=4).contains(&words)
            && inner.chars().next().is_some_and(char::is_uppercase)
            && !inner.contains(" via ")
            && !is(&lexicon::MONTHS, &first)
            && !is(&lexicon::DAYS, &first)
            && is_dateline_prefix(&l[..open])
        {
            return Some(expand_short(inner));
        }
    }
    None
}

/// True when `s` can open a dateline: nothing, or a few words each starting with a capital or a digit
/// ("KYIV, Aug 12", "Kanazawa, Ishikawa Pref., Jan. 5"), not a sentence.
fn is_dateline_prefix(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    s.len() <= 60
        && words.len() <= 8
        && words.iter().all(|w| {
            let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
            w.is_empty() || w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
}

/// The keys of [`copyright`], matched in any case.
const COPYRIGHT_KEYS: &[&str] = &["copyright ", "\u{a9}", "(c) "];

/// True when `line` may hold one of [`COPYRIGHT_KEYS`]: a "\u{a9}", a "(", or a "c" (in any case)
/// that opens "copyright ".
fn may_say_copyright(line: &str) -> bool {
    let b = line.as_bytes();
    // a "(" byte, or the two bytes of "\u{a9}" (C2 A9): found with a byte search, not a walk over
    // every character
    memchr::memchr2_iter(b'(', 0xc2, b).any(|i| b[i] == b'(' || b.get(i + 1) == Some(&0xa9))
        || memchr::memchr2_iter(b'c', b'C', b)
            .any(|i| b.get(i..i + 10).is_some_and(|r| r.eq_ignore_ascii_case(b"copyright ")))
}

/// "Copyright 2024 The Associated Press", "\u{a9} Coastline Times 2024".
fn copyright(ends: &Ends) -> Option<String> {
    // most lines hold none of the keys: a quick look passes them over
    for l in ends.all().filter(|l| may_say_copyright(l)) {
        let Some(rest) = after(l, COPYRIGHT_KEYS) else { continue };
        let rest = rest.trim_start_matches(|c: char| {
            c.is_ascii_digit() || c.is_whitespace() || c == '\u{a9}' || c == '-' || c == ','
        });
        let rest = rest
            .strip_prefix("Copyright")
            .unwrap_or(rest)
            .trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
        let n = name_at(rest);
        let n = n.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace()).to_string();
        let n = n.split(". All rights").next().unwrap_or("").trim().to_string();
        if !n.is_empty()
            && n.split_whitespace().count() <= 6
            && n.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        {
            return Some(from_domain_or_name(&n));
        }
    }
    None
}

/// The phrases of [`cannot_verify`].
const VERIFY_KEYS: &[&str] = &[
    " cannot independently verify",
    " could not independently verify",
    " was unable to independently verify",
    " has not independently verified",
    " could not immediately verify",
    " cannot independently confirm",
    " could not independently confirm",
];

/// True when `line` may hold one of [`VERIFY_KEYS`]: each says "independently" or "immediately".
fn says_verify_word(line: &str) -> bool {
    line.contains("independently") || line.contains("immediately")
}

/// "Northwind Post cannot independently verify", "The Ledger could not independently verify".
fn cannot_verify(ends: &Ends) -> Option<String> {
    for l in ends.all().filter(|l| says_verify_word(l)) {
        for key in VERIFY_KEYS {
            let Some(i) = l.find(key) else { continue };
            // The name is the capitalised run just before the phrase.
            let mut run = Vec::new();
            for w in l[..i].split_whitespace().rev() {
                if w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with(['.', ',', ':']) {
                    run.push(w);
                } else if matches!(w, "The" | "the") && !run.is_empty() {
                    run.push(w);
                    break;
                } else {
                    break;
                }
            }
            run.reverse();
            if !run.is_empty() && run.len() <= 4 && !matches!(run.as_slice(), ["It" | "We" | "He" | "She" | "They"]) {
                return Some(run.join(" "));
            }
        }
    }
    None
}

/// "Source: Coast Press, Vestmark Wire" among the closing lines.
fn credit_line(ends: &Ends) -> Option<String> {
    ends.closing(15).find_map(|l| {
        let rest = l.strip_prefix("Source: ").or_else(|| l.strip_prefix("Sources: "))?;
        let first = rest.split([',', ';', '/']).next().unwrap_or("").trim();
        let ok = !first.is_empty()
            && first.split_whitespace().count() <= 4
            && first.chars().next().is_some_and(char::is_uppercase);
        ok.then(|| from_domain_or_name(first))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_look_for_a_published_phrase_misses_none() {
        for key in PUBLISHED_KEYS {
            let upper = key.to_ascii_uppercase();
            for line in [format!("This story {key}the Ledger"), format!("IT WAS {upper}THE LEDGER")] {
                assert!(may_say_published(&line), "{line}");
                assert!(after(&line, PUBLISHED_KEYS).is_some(), "{line}");
            }
        }
        assert!(!may_say_published("Police said three people died, and the plan appears to have failed."));
        assert!(!may_say_published("Pupils were sent home."));
    }

    #[test]
    fn the_quick_look_for_copyright_misses_none() {
        for line in
            ["Copyright 2031 The Ledger", "COPYRIGHT 2031 THE LEDGER", "\u{a9} 2031 The Ledger", "(C) The Ledger"]
        {
            assert!(may_say_copyright(line), "{line}");
            assert!(after(line, COPYRIGHT_KEYS).is_some(), "{line}");
        }
        assert!(!may_say_copyright("Crews cleared the coast road by Tuesday."));
    }

    #[test]
    fn the_quick_look_for_cannot_verify_misses_none() {
        for key in VERIFY_KEYS {
            let line = format!("The Ledger{key} the figures.");
            assert!(says_verify_word(&line), "{line}");
            assert_eq!(cannot_verify(&Ends::of(&line)).as_deref(), Some("The Ledger"), "{line}");
        }
    }

    #[test]
    fn only_the_ends_of_a_long_report_are_read() {
        let middle = "Rain fell on the valley all week. ".repeat(2_000);
        let text =
            format!("Floods close the ferry\n{middle}\nThe Ledger could not independently verify this.\n{middle}");
        assert!(text.len() > 4 * (HEAD_BYTES + TAIL_BYTES));
        let ends = Ends::of(&text);
        let read: usize = ends.all().map(|l| l.len()).sum();
        assert!(read <= HEAD_BYTES + TAIL_BYTES, "{read} bytes read");
        assert_eq!(find(&ends), None, "a cue in the middle is not seen");
        let text = format!("Floods close the ferry\n{middle}\nThe Ledger could not independently verify this.");
        assert_eq!(find(&Ends::of(&text)).as_deref(), Some("The Ledger"), "a cue among the closing lines is");
    }

    #[test]
    fn the_head_and_tail_never_overlap_or_split_a_character() {
        let short = "Harbour Gazette\nOne line.\nAnother line.";
        let ends = Ends::of(short);
        assert_eq!((ends.head.len(), ends.tail.len()), (3, 0));
        let many: String = (0..200).map(|i| format!("Line {i} of the report \u{e9}\u{e9}.\n")).collect();
        let ends = Ends::of(&many);
        assert_eq!(ends.head.len(), HEAD_LINES);
        assert_eq!(ends.tail.len(), TAIL_LINES);
        assert_eq!(ends.head[0], "Line 0 of the report \u{e9}\u{e9}.");
        assert_eq!(ends.tail[TAIL_LINES - 1], "Line 199 of the report \u{e9}\u{e9}.");
        // byte bounds that fall inside a character move to a boundary
        let wide = format!("x{}x", "\u{e9}".repeat(HEAD_BYTES + TAIL_BYTES));
        let ends = Ends::of(&wide);
        assert_eq!((ends.head.len(), ends.tail.len()), (1, 1));
        assert!(ends.all().all(|l| l.len() < HEAD_BYTES + 2), "each end is bounded");
    }
}
