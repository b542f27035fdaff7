//! Sentence boundaries in news text.

use crossread_model::Span;

/// Splits `span` of `text` into sentences: a line break or blank line ends one, and so does a full
/// stop, question or exclamation mark followed by space and a capital, digit or quote.
pub fn split_sentences(text: &str, span: Span) -> Vec<Span> {
    let bytes = text.as_bytes();
    let end = span.end.min(text.len());
    // room for a sentence every hundred bytes or so, so the list seldom grows
    let mut out = Vec::with_capacity(span.len() / 100 + 4);
    let mut start = span.start;
    let mut i = span.start;
    while i < end {
        // jump to the next byte that can end a sentence: a line break, a stop, a question mark (or
        // an exclamation mark, looked for only when the stretch holds one)
        let rest = &bytes[i..end];
        let step = match memchr::memchr3(b'\n', b'.', b'?', rest) {
            Some(k) => memchr::memchr(b'!', &rest[..k]).unwrap_or(k),
            None => memchr::memchr(b'!', rest).unwrap_or(rest.len()),
        };
        i += step;
        if i >= end {
            break;
        }
        let boundary_after = match bytes[i] {
            b'\n' => Some(i + 1),
            _ => sentence_end_after(text, span.start, i, end),
        };
        if let Some(next) = boundary_after {
            push_trimmed(text, start, next, &mut out);
            start = next;
            i = next;
        } else {
            i += 1;
        }
    }
    push_trimmed(text, start, end, &mut out);
    out
}

/// Where the next sentence starts if the punctuation at `i` ends one.
fn sentence_end_after(text: &str, floor: usize, i: usize, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut j = i + 1;
    // Closing quotes and brackets belong to the sentence they end.
    while j < end {
        if matches!(bytes[j], b'"' | b'\'' | b')' | b']') {
            j += 1;
        } else if text[j..end].starts_with('\u{201d}') || text[j..end].starts_with('\u{2019}') {
            j += 3;
        } else {
            break;
        }
    }
    if j >= end {
        return Some(end);
    }
    if !matches!(bytes[j], b' ' | b'\t' | b'\n' | b'\r') {
        return None;
    }
    let mut k = j;
    while k < end && matches!(bytes[k], b' ' | b'\t' | b'\r') {
        k += 1;
    }
    if k >= end || bytes[k] == b'\n' {
        return Some(j);
    }
    let next = text[k..end].chars().next()?;
    let opens = next.is_uppercase()
        || next.is_ascii_digit()
        || matches!(next, '"' | '\'' | '\u{201c}' | '\u{2018}' | '(' | '[' | '-' | '\u{2014}');
    if !opens || bytes[i] != b'.' {
        return opens.then_some(j);
    }
    if stray_space_in_decimal(bytes, i, k, end) {
        return None;
    }
    // A full stop after an abbreviation or an initial does not end the sentence. Abbreviations are
    // short: look back no more than a few bytes for the word's start.
    let mut back = i.saturating_sub(16).max(floor);
    while !text.is_char_boundary(back) {
        back += 1;
    }
    let word_start = text[back..i]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || c == '"')
        .map_or(back, |(p, c)| back + p + c.len_utf8());
    let word = text[word_start..i].trim_start_matches(|c: char| !c.is_alphanumeric());
    let initial = word.chars().count() == 1 && word.chars().all(|c| c.is_alphabetic());
    let mut buf = [0u8; 16];
    let abbreviation = word.len() <= buf.len() && {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        std::str::from_utf8(lower).is_ok_and(|w| crate::lexicon::ABBREVIATIONS.contains_key(w))
    };
    (!(initial || abbreviation)).then_some(j)
}

/// Whether the stop at `i` is a decimal point with a stray space after it: one digit before it, one
/// or two after the space at `k`, and a word in lower case after those ("a magnitude-7. 6 quake").
pub(crate) fn stray_space_in_decimal(bytes: &[u8], i: usize, k: usize, end: usize) -> bool {
    let one_before = i >= 1 && bytes[i - 1].is_ascii_digit() && (i < 2 || !bytes[i - 2].is_ascii_digit());
    let digits = bytes[k..end].iter().take_while(|b| b.is_ascii_digit()).count();
    let word = bytes.get(k + digits) == Some(&b' ') && bytes.get(k + digits + 1).is_some_and(u8::is_ascii_lowercase);
    one_before && k == i + 2 && (1..=2).contains(&digits) && word
}

/// The longest run read as one sentence. A run of text with no sentence end (a list, a table flattened
/// to one line, a file with no punctuation) is cut into pieces of at most this many bytes, so reading
/// costs the same per byte whatever the input's shape; offsets are kept.
pub const MAX_SENTENCE: usize = 1000;

/// `span` of `text` as one sentence, trimmed, in pieces of at most [`MAX_SENTENCE`] bytes.
pub(crate) fn capped(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    if let Some(end) = (span.end <= text.len() && text.is_char_boundary(span.start) && text.is_char_boundary(span.end))
        .then_some(span.end)
    {
        push_trimmed(text, span.start, end, &mut out);
    }
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return;
    }
    let (mut start, end) = (start + lead, end - trail);
    while end - start > MAX_SENTENCE {
        let cut = cut_point(text, start, start + MAX_SENTENCE);
        let piece = text[start..cut].trim_end();
        out.push(Span::new(start, start + piece.len()));
        start = cut + (text[cut..end].len() - text[cut..end].trim_start().len());
    }
    if start < end {
        out.push(Span::new(start, end));
    }
}

/// Where to cut a run that is too long, at or before `limit`: after the last clause mark (";", ":",
/// ",") in the second half of the window, else at the last space with no digit just before or after
/// it (never inside "1,000 sq km"), else at the last character boundary.
fn cut_point(text: &str, start: usize, limit: usize) -> usize {
    let b = text.as_bytes();
    let half = start + (limit - start) / 2;
    let space_at = |i: usize| matches!(b[i], b' ' | b'\t');
    if let Some(i) = (half..limit).rev().find(|&i| matches!(b[i], b';' | b':' | b',') && space_at(i + 1)) {
        return i + 1;
    }
    // no digit in the dozen bytes before the space ("1,000 square| km") or right after it
    let near_digit = |i: usize| b[i.saturating_sub(12).max(start)..(i + 2).min(b.len())].iter().any(u8::is_ascii_digit);
    if let Some(i) = (start + 1..limit).rev().find(|&i| space_at(i) && !near_digit(i)) {
        return i;
    }
    let mut cut = limit;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    cut.max(start + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text, Span::new(0, text.len())).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn splits_on_stops_and_lines() {
        assert_eq!(
            split("Mr. Smith said 12 died. Others fled!\nHeadline here\n\n\"Quote.\" Then more."),
            ["Mr. Smith said 12 died.", "Others fled!", "Headline here", "\"Quote.\"", "Then more."]
        );
    }

    #[test]
    fn a_run_with_no_sentence_end_is_cut_into_bounded_pieces() {
        let run = "crews worked near 1,000 sq km of water ".repeat(400);
        let pieces = split(&run);
        assert!(pieces.len() >= 15, "{}", pieces.len());
        for p in &pieces {
            assert!(p.len() <= MAX_SENTENCE, "{}", p.len());
            assert!(p.starts_with(|c: char| !c.is_whitespace()) && p.ends_with(|c: char| !c.is_whitespace()));
        }
        // no figure is cut through: every "1,000 sq km" survives whole in some piece
        let whole: usize = pieces.iter().map(|p| p.matches("1,000 sq km").count()).sum();
        assert_eq!(whole, 400);
        // one line of letters with no space at all still ends in pieces, on character boundaries
        let wall = "\u{e9}".repeat(3000);
        assert!(split(&wall).iter().all(|p| p.len() <= MAX_SENTENCE));
        assert_eq!(split(&wall).concat(), wall);
    }

    #[test]
    fn keeps_abbreviations_initials_and_decimals() {
        assert_eq!(split("The U.S. sent 7.5 tonnes. J. Doe agreed."), ["The U.S. sent 7.5 tonnes.", "J. Doe agreed."]);
        assert_eq!(split("It fell on Oct. 31 to 5."), ["It fell on Oct. 31 to 5."]);
    }
}
