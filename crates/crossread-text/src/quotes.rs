//! Quoted passages of a report: where each opens and closes, so a figure inside one can be given
//! to the person quoted.

use crossread_model::Span;

/// One quoted passage (quotation marks included).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quote {
    /// Where it stands.
    pub span: Span,
    /// True when it was still open at the end of its paragraph (a quote running on into the next).
    pub open_ended: bool,
}

/// Finds quoted passages in `span` of `text`. Curly quotes pair up; straight double quotes toggle; a
/// quote still open at a line break closes there (news copy re-opens it on the next paragraph).
pub fn find_quotes(text: &str, span: Span) -> Vec<Quote> {
    let Some(src) = text.get(span.start..span.end) else { return Vec::new() };
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    // only these bytes can start a quotation mark or a line break: look at nothing else, found by
    // two searches merged in order (a search looks for at most three bytes at once)
    let bytes = src.as_bytes();
    let mut marks = memchr::memchr3_iter(b'"', b'\n', 0xE2, bytes).peekable();
    let mut latin = memchr::memchr_iter(0xC2, bytes).peekable();
    let candidates = std::iter::from_fn(|| match (marks.peek(), latin.peek()) {
        (Some(m), Some(l)) if l < m => latin.next(),
        (Some(_), _) => marks.next(),
        (None, _) => latin.next(),
    });
    for off in candidates {
        let Some(c) = src.get(off..).and_then(|r| r.chars().next()) else { continue };
        let at = span.start + off;
        match c {
            '\u{201c}' | '\u{201e}' | '\u{00ab}' => {
                if let Some((s, _)) = open {
                    // A new opening mark while one is open: the first ran on unclosed.
                    out.push(Quote { span: Span::new(s, at), open_ended: true });
                }
                open = Some((at, c));
            }
            '\u{201d}' | '\u{00bb}' => {
                if let Some((s, _)) = open.take() {
                    out.push(Quote { span: Span::new(s, at + c.len_utf8()), open_ended: false });
                }
            }
            '"' => match open {
                Some((s, '"')) => {
                    out.push(Quote { span: Span::new(s, at + 1), open_ended: false });
                    open = None;
                }
                Some((s, _)) => {
                    out.push(Quote { span: Span::new(s, at + 1), open_ended: false });
                    open = None;
                }
                None => {
                    // A straight quote right after a letter is a closing or an inch mark, not an opening.
                    let prev = src[..off].chars().next_back();
                    if !prev.is_some_and(char::is_alphanumeric) {
                        open = Some((at, '"'));
                    }
                }
            },
            '\n' => {
                if let Some((s, _)) = open.take() {
                    out.push(Quote { span: Span::new(s, at), open_ended: true });
                }
            }
            _ => {}
        }
    }
    if let Some((s, _)) = open {
        out.push(Quote { span: Span::new(s, span.end), open_ended: true });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_and_straight_quotes_pair() {
        let t = "He said: \u{201c}We won.\u{201d} Then \"more\" and 5\" of rain.";
        let q = find_quotes(t, Span::new(0, t.len()));
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].span.slice(t), "\u{201c}We won.\u{201d}");
        assert_eq!(q[1].span.slice(t), "\"more\"");
    }

    #[test]
    fn an_open_quote_closes_at_the_paragraph_end() {
        let t = "\u{201c}We took 28 towns.\n\u{201c}And more,\u{201d} he said.";
        let q = find_quotes(t, Span::new(0, t.len()));
        assert_eq!(q.len(), 2);
        assert!(q[0].open_ended);
        assert!(!q[1].open_ended);
    }
}
