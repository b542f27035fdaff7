//! A report's text cut into pieces for the page: plain text, sentence wrappers and figure highlights,
//! placed from the brief's byte spans.

use crossread_model::Span;

/// One highlight to place in a report's text.
#[derive(Clone, Debug)]
pub struct Highlight {
    /// Where it stands in the report's text.
    pub span: Span,
    /// Element id (`m3-120` for a mention, `i3-120` for an issue alone).
    pub id: String,
    /// CSS classes.
    pub class: String,
    /// What hovering or focusing it shows.
    pub title: String,
}

/// A piece of a report's text as the template writes it.
#[derive(Debug)]
pub enum Piece<'a> {
    /// Text to escape and write as it is.
    Text(&'a str),
    /// A carriage return, written as a character reference so the HTML parser keeps it (and the
    /// byte offsets of everything after it).
    Cr,
    /// Start of a sentence that carries highlights.
    SentenceOpen(String),
    /// End of that sentence.
    SentenceClose,
    /// Start of a highlight.
    MarkOpen(Highlight),
    /// End of a highlight.
    MarkClose,
}

/// The pieces of `text`, with `marks` (sorted, non-overlapping, on character boundaries) highlighted
/// and each sentence that holds one wrapped, so a link can flash the whole sentence.
pub fn pieces<'a>(text: &'a str, sentences: &[Span], marks: Vec<Highlight>, article: usize) -> Vec<Piece<'a>> {
    let groups = sentence_groups(text, sentences, &marks);
    let mut out = Vec::with_capacity(marks.len() * 4 + groups.len() * 2 + 1);
    let mut pos = 0;
    let mut g = 0;
    let mut open_group: Option<usize> = None;
    for m in marks {
        // close the sentence before this mark, open the one it stands in
        if let Some(end) = open_group {
            if m.span.start >= end {
                push_text(&mut out, text, pos, end);
                pos = end;
                out.push(Piece::SentenceClose);
                open_group = None;
            }
        }
        if open_group.is_none() {
            while g < groups.len() && groups[g].end <= m.span.start {
                g += 1;
            }
            if let Some(grp) = groups.get(g) {
                push_text(&mut out, text, pos, grp.start);
                pos = grp.start;
                out.push(Piece::SentenceOpen(format!("s{article}-{}", grp.start)));
                open_group = Some(grp.end);
                g += 1;
            }
        }
        push_text(&mut out, text, pos, m.span.start);
        let span = m.span;
        out.push(Piece::MarkOpen(m));
        push_text(&mut out, text, span.start, span.end);
        out.push(Piece::MarkClose);
        pos = span.end;
    }
    if let Some(end) = open_group {
        push_text(&mut out, text, pos, end);
        pos = end;
        out.push(Piece::SentenceClose);
    }
    push_text(&mut out, text, pos, text.len());
    out
}

/// Text between two offsets, carriage returns apart.
fn push_text<'a>(out: &mut Vec<Piece<'a>>, text: &'a str, from: usize, to: usize) {
    let Some(s) = text.get(from..to) else { return };
    for (i, part) in s.split('\r').enumerate() {
        if i > 0 {
            out.push(Piece::Cr);
        }
        if !part.is_empty() {
            out.push(Piece::Text(part));
        }
    }
}

/// The sentence ranges that hold highlights: each highlight's sentence, stretched to hold the whole
/// highlight, overlapping ranges merged. Every highlight lies wholly inside one range.
fn sentence_groups(text: &str, sentences: &[Span], marks: &[Highlight]) -> Vec<Span> {
    let mut groups: Vec<Span> = Vec::new();
    for m in marks {
        let i = sentences.partition_point(|s| s.end <= m.span.start);
        let s = sentences.get(i).copied().filter(|s| s.start <= m.span.start).unwrap_or(m.span);
        let mut grp = Span::new(s.start.min(m.span.start), s.end.max(m.span.end));
        if !text.is_char_boundary(grp.start) || !text.is_char_boundary(grp.end) {
            grp = m.span;
        }
        match groups.last_mut() {
            Some(last) if grp.start < last.end => last.end = last.end.max(grp.end),
            _ => groups.push(grp),
        }
    }
    groups
}

/// Keeps the highlights that can be placed: inside the text, on character boundaries, not
/// overlapping one kept before. Returns the kept ones in order and how many were left out.
pub fn placeable(text: &str, mut marks: Vec<Highlight>) -> (Vec<Highlight>, usize) {
    marks.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let total = marks.len();
    let mut kept: Vec<Highlight> = Vec::with_capacity(total);
    for m in marks {
        let fits = m.span.start < m.span.end
            && m.span.end <= text.len()
            && text.is_char_boundary(m.span.start)
            && text.is_char_boundary(m.span.end);
        let clear = kept.last().is_none_or(|k| k.span.end <= m.span.start);
        if fits && clear {
            kept.push(m);
        }
    }
    let left = total - kept.len();
    (kept, left)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hl(start: usize, end: usize) -> Highlight {
        Highlight { span: Span::new(start, end), id: format!("m0-{start}"), class: "m".into(), title: String::new() }
    }

    fn flat(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) => t.to_string(),
                Piece::Cr => "\\r".into(),
                Piece::SentenceOpen(id) => format!("<{id}>"),
                Piece::SentenceClose => "</s>".into(),
                Piece::MarkOpen(h) => format!("[{}:", h.id),
                Piece::MarkClose => "]".into(),
            })
            .collect()
    }

    #[test]
    fn marks_sit_in_their_sentences() {
        let text = "One. Two 12 km here.\r\nThree 4 and 5.";
        let sentences = crossread_text::split_sentences(text, Span::new(0, text.len()));
        let p = pieces(text, &sentences, vec![hl(9, 14), hl(28, 29), hl(34, 35)], 0);
        assert_eq!(flat(&p), "One. <s0-5>Two [m0-9:12 km] here.</s>\\r\n<s0-22>Three [m0-28:4] and [m0-34:5].</s>");
    }

    #[test]
    fn overlapping_and_misplaced_marks_are_left_out() {
        let text = "a 12 km b ü";
        let (kept, left) = placeable(text, vec![hl(2, 7), hl(5, 7), hl(11, 12), hl(40, 42), hl(2, 4)]);
        assert_eq!(kept.iter().map(|k| (k.span.start, k.span.end)).collect::<Vec<_>>(), vec![(2, 7)]);
        assert_eq!(left, 4);
    }
}
