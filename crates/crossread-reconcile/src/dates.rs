//! Publication dates read from report text: datelines and "Published 15 March 2025".

use crossread_text::{Doc, Kind, Token};

fn month(word: &str) -> Option<usize> {
    // every word of a report's opening lines is asked: a short ASCII word is lower-cased in place
    let w = crate::lower::lower(word);
    if w.len() < 3 {
        return None;
    }
    crossread_text::lexicon::MONTHS.get(w.as_str()).map(|m| usize::from(*m) - 1)
}

/// Reads dates from the tokens of a sentence.
struct Reader<'a, 'd> {
    doc: &'a Doc<'d>,
    toks: &'a [Token],
}

impl Reader<'_, '_> {
    fn text(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| self.doc.text_of(t))
    }

    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before())
    }

    /// Skips glued punctuation from `marks` after token `i - 1`.
    fn skip(&self, mut i: usize, marks: &[&str]) -> usize {
        while self.glued(i) && marks.contains(&self.text(i)) {
            i += 1;
        }
        i
    }

    /// A day of the month at `i` ("15", "15th", "15,"), and the token after it.
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i).filter(|t| t.kind() == Kind::Num)?;
        let d: u32 = self.doc.text_of(t).parse().ok().filter(|d| (1..=31).contains(d))?;
        let mut next = i + 1;
        if self.glued(next) && matches!(self.text(next), "st" | "nd" | "rd" | "th") {
            next += 1;
        }
        Some((d, self.skip(next, &[",", "."])))
    }

    /// A month's name or abbreviation at `i` ("March", "Aug."), as 0..12, and the token after it.
    fn month(&self, i: usize) -> Option<(usize, usize)> {
        let t = self.toks.get(i).filter(|t| t.kind() == Kind::Word)?;
        Some((month(self.doc.text_of(t))?, self.skip(i + 1, &["."])))
    }

    /// A four-digit year at `i`.
    fn year(&self, i: usize) -> Option<u32> {
        let t = self.toks.get(i).filter(|t| t.kind() == Kind::Num)?;
        let w = self.doc.text_of(t);
        w.parse::<u32>().ok().filter(|y| (1900..=2199).contains(y) && w.len() == 4)
    }

    /// "2025-03-15" at `i`.
    fn iso(&self, i: usize) -> Option<String> {
        let num = |k: usize, len: usize| {
            let t = self.toks.get(k).filter(|t| t.kind() == Kind::Num)?;
            let w = self.doc.text_of(t);
            (w.len() == len).then(|| w.parse::<u32>().ok()).flatten()
        };
        let (y, m, d) = (num(i, 4)?, num(i + 2, 2)?, num(i + 4, 2)?);
        let dashes = self.text(i + 1) == "-" && self.text(i + 3) == "-" && (1..=4).all(|k| self.glued(i + k));
        (dashes && (1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
    }
}

/// The first full date (day, month and year) in the report's opening lines (its first 2,000 bytes),
/// as `YYYY-MM-DD`.
pub fn report_date(doc: &Doc) -> Option<String> {
    let first = doc.sentences().first()?.span.start;
    for (si, s) in doc.sentences().iter().enumerate() {
        if s.span.start >= first + 2000 {
            break;
        }
        let r = Reader { doc, toks: doc.sentence_tokens(si) };
        for i in 0..r.toks.len() {
            if let Some(iso) = r.iso(i) {
                return Some(iso);
            }
            // 15 March 2025
            if let Some((d, k)) = r.day(i) {
                if let Some((m, k)) = r.month(k) {
                    if let Some(y) = r.year(k) {
                        return Some(format!("{y:04}-{:02}-{d:02}", m + 1));
                    }
                }
            }
            // March 15, 2025 (a month's name is looked up only where a number follows it, as the
            // day must)
            let day_next = r.toks.get(r.skip(i + 1, &["."])).is_some_and(|t| t.kind() == Kind::Num);
            if !day_next {
                continue;
            }
            if let Some((m, k)) = r.month(i) {
                if let Some((d, k)) = r.day(k) {
                    if let Some(y) = r.year(k) {
                        return Some(format!("{y:04}-{:02}-{d:02}", m + 1));
                    }
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Option<String> {
        report_date(&Doc::new(text, crossread_model::Span::new(0, text.len())))
    }

    #[test]
    fn reads_common_forms() {
        assert_eq!(date("Floods\nPublished 15 March 2025, 09:10").as_deref(), Some("2025-03-15"));
        assert_eq!(date("KYIV, August 12, 2024 (Wire) - Troops").as_deref(), Some("2024-08-12"));
        assert_eq!(date("Updated 2024-01-03T10:00Z").as_deref(), Some("2024-01-03"));
        assert_eq!(date("Mayor says 8,500 left on March 14").as_deref(), None);
    }
}
