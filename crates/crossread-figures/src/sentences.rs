//! Sentence boundaries in news text.

use crossread_model::{Sentence, Span};

/// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "prof", "jr", "sr", "no",
    "nos", "vs", "v", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "approx", "est", "maj", "adm", "rev", "hon",
    "pres", "dept", "univ", "mt", "ft", "fig", "vol", "op", "cf", "al",
];

/// Splits `span` of `text` into sentences: a line break or blank line ends one, and so does a full
/// stop, question or exclamation mark followed by space and a capital, digit or quote.
pub fn split_sentences(text: &str, span: Span) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    let end = span.end.min(text.len());
    let mut out = Vec::new();
    let mut start = span.start;
    let mut i = span.start;
    while i < end {
        let b = bytes[i];
        let boundary_after = match b {
            b'\n' => Some(i + 1),
            b'.' | b'!' | b'?' => sentence_end_after(text, span.start, i, end),
            _ => None,
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
    // A full stop after an abbreviation or an initial does not end the sentence.
    let word_start = text[floor..i]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || c == '"')
        .map_or(floor, |(p, c)| floor + p + c.len_utf8());
    let word = text[word_start..i].to_ascii_lowercase();
    let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    let initial = word.chars().count() == 1 && word.chars().all(|c| c.is_alphabetic());
    (!(initial || ABBREVIATIONS.contains(&word))).then_some(j)
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Sentence { span: Span::new(start + lead, end - trail) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text, Span::new(0, text.len())).iter().map(|s| s.span.slice(text)).collect()
    }

    #[test]
    fn splits_on_stops_and_lines() {
        assert_eq!(
            split("Mr. Smith said 12 died. Others fled!\nHeadline here\n\n\"Quote.\" Then more."),
            ["Mr. Smith said 12 died.", "Others fled!", "Headline here", "\"Quote.\"", "Then more."]
        );
    }

    #[test]
    fn keeps_abbreviations_initials_and_decimals() {
        assert_eq!(split("The U.S. sent 7.5 tonnes. J. Doe agreed."), ["The U.S. sent 7.5 tonnes.", "J. Doe agreed."]);
        assert_eq!(split("It fell on Oct. 31 to 5."), ["It fell on Oct. 31 to 5."]);
    }
}
