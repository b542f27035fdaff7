//! Words built from tokens, for readers that want whole words rather than the fine tokens figures are
//! read from: "U.S", "COVID-19", "Norland’s" and "12km" are one word each.

use crate::doc::Doc;
use crate::tokens::{Kind, Token};
use crossread_model::Span;

/// What kind of word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordKind {
    /// Starts with a letter: letters and digits, with inner hyphens, apostrophes and dots ("U.S",
    /// "F-16", "Norland’s", "gridwatch.io").
    Word,
    /// Starts with a digit: digits, inner separators and trailing letters ("1,000", "12km").
    Num,
    /// One other character.
    Punct,
}

/// The two readings of a sentence's plain words (see [`Doc::each_plain_word`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlainReading {
    /// Every character but a letter, digit or apostrophe breaks a word.
    Plain,
    /// As plain, but an inner hyphen joins ("well-known").
    Hyphenated,
}

/// A word: where it stands and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    /// Where it stands in the report.
    pub span: Span,
    /// Its kind.
    pub kind: WordKind,
}

/// Characters that join two parts of one word when letters follow them.
fn joiner(c: &str) -> bool {
    matches!(c, "-" | "'" | "\u{2019}" | "." | "\u{2010}" | "\u{2011}")
}

/// True when token `t` starts with a letter or a digit: every word token does (it starts with a
/// letter), a number token unless it starts with a point (".25"), no symbol.
fn starts_alnum(doc: &Doc, t: &Token) -> bool {
    match t.kind() {
        Kind::Word => true,
        Kind::Num => doc.text().as_bytes().get(t.start()).is_some_and(u8::is_ascii_digit),
        Kind::Sym => false,
    }
}

/// Glues the tokens from `k` on to `w` while they continue it; returns the first token left. Most
/// words are one token, with a space (or the sentence end) after it: that is seen here, inline.
#[inline(always)]
fn glue(doc: &Doc, toks: &[Token], k: usize, w: &mut Word) -> usize {
    match toks.get(k) {
        Some(n) if !n.space_before() => doc.extend(toks, k, w),
        _ => k,
    }
}

/// The words of a sentence, in order (see [`Doc::word_iter`]).
#[derive(Clone, Debug)]
pub struct Words<'d, 't> {
    doc: &'d Doc<'t>,
    toks: &'d [Token],
    /// The next token to read.
    k: usize,
    /// A word read already, given out next (the digits after the point of ".25").
    then: Option<Word>,
}

impl Iterator for Words<'_, '_> {
    type Item = Word;

    #[inline]
    fn next(&mut self) -> Option<Word> {
        if let Some(w) = self.then.take() {
            return Some(w);
        }
        let (doc, toks) = (self.doc, self.toks);
        let t = toks.get(self.k)?;
        if t.kind() == Kind::Sym || !starts_alnum(doc, t) {
            // ".25": a point, then the digits (a number that starts with no digit starts so)
            if t.kind() == Kind::Num {
                let mut w = Word { span: Span::new(t.start() + 1, t.end()), kind: WordKind::Num };
                self.k = glue(doc, toks, self.k + 1, &mut w);
                self.then = Some(w);
                return Some(Word { span: Span::new(t.start(), t.start() + 1), kind: WordKind::Punct });
            }
            self.k += 1;
            return Some(Word { span: t.span(), kind: WordKind::Punct });
        }
        // a word token starts with a letter, a number token here with a digit
        let kind = if t.kind() == Kind::Num { WordKind::Num } else { WordKind::Word };
        let mut w = Word { span: t.span(), kind };
        self.k = glue(doc, toks, self.k + 1, &mut w);
        Some(w)
    }
}

impl<'t> Doc<'t> {
    /// The words of sentence `i`: tokens glued into words across inner joiners ("U.S", "F-16",
    /// "1,000", "12km"), other symbols one word each.
    pub fn words(&self, i: usize) -> Vec<Word> {
        let mut out = Vec::with_capacity(self.sentence_tokens(i).len());
        out.extend(self.word_iter(i));
        out
    }

    /// The words of sentence `i` (as [`Doc::words`]) one by one: a reader that keeps words in a list
    /// of its own needs no list of them first.
    #[inline]
    pub fn word_iter(&self, i: usize) -> Words<'_, 't> {
        Words { doc: self, toks: self.sentence_tokens(i), k: 0, then: None }
    }

    /// Glues the tokens from `k` on to `w` while they continue it; returns the first token left.
    fn extend(&self, toks: &[Token], mut k: usize, w: &mut Word) -> usize {
        while k < toks.len() && !toks[k].space_before() {
            let t = &toks[k];
            if starts_alnum(self, t) {
                w.span.end = t.end();
                k += 1;
                continue;
            }
            let next = toks.get(k + 1).filter(|n| !n.space_before());
            let sym = self.text_of(t);
            let continues = match w.kind {
                WordKind::Num => {
                    matches!(sym, "," | ".")
                        && next.is_some_and(|n| self.text_of(n).starts_with(|c: char| c.is_ascii_digit()))
                }
                _ => joiner(sym) && next.is_some_and(|n| starts_alnum(self, n)),
            };
            match next {
                Some(n) if continues => {
                    w.span.end = n.end();
                    k += 2;
                }
                _ => break,
            }
        }
        k
    }

    /// The whitespace-separated chunks of sentence `i`: runs of glued tokens ("Halden", "110,000",
    /// "St.", "(AP)").
    pub fn chunks(&self, i: usize) -> Vec<Span> {
        let mut out: Vec<Span> = Vec::new();
        for t in self.sentence_tokens(i) {
            match out.last_mut() {
                Some(last) if !t.space_before() => last.end = t.end(),
                _ => out.push(t.span()),
            }
        }
        out
    }

    /// The plain words of sentence `i`: runs of letters, digits and apostrophes (and inner hyphens
    /// when `hyphenated`), every other character a break, so "1,000" is two words and "U.S" too.
    pub fn plain_words(&self, i: usize, hyphenated: bool) -> Vec<Span> {
        let want = if hyphenated { PlainReading::Hyphenated } else { PlainReading::Plain };
        let mut out: Vec<Span> = Vec::with_capacity(self.sentence_tokens(i).len());
        self.each_plain_word(i, |reading, w| {
            if reading == want {
                out.push(w);
            }
        });
        out
    }

    /// The plain words of sentence `i` in both readings at once (as [`Doc::plain_words`] gives
    /// each), handed to `emit` in text order; a word both readings hold is handed over as plain
    /// first, then as hyphenated.
    pub fn each_plain_word(&self, i: usize, mut emit: impl FnMut(PlainReading, Span)) {
        // ends a reading's open word, if it has one
        fn close(open: &mut Option<Span>, reading: PlainReading, emit: &mut impl FnMut(PlainReading, Span)) {
            if let Some(w) = open.take() {
                emit(reading, w);
            }
        }
        let extend = |open: &mut Option<Span>, start: usize, end: usize| match open {
            Some(r) => r.end = end,
            None => *open = Some(Span::new(start, end)),
        };
        // the word each reading is reading
        let (mut plain, mut hyphenated): (Option<Span>, Option<Span>) = (None, None);
        for t in self.sentence_tokens(i) {
            if t.space_before() {
                close(&mut plain, PlainReading::Plain, &mut emit);
                close(&mut hyphenated, PlainReading::Hyphenated, &mut emit);
            }
            match t.kind() {
                Kind::Word => {
                    extend(&mut plain, t.start(), t.end());
                    extend(&mut hyphenated, t.start(), t.end());
                }
                Kind::Num => {
                    // digits between separators are words of their own
                    let mut at = t.start();
                    for (n, piece) in self.text_of(t).split([',', '.']).enumerate() {
                        if n > 0 {
                            close(&mut plain, PlainReading::Plain, &mut emit);
                            close(&mut hyphenated, PlainReading::Hyphenated, &mut emit);
                        }
                        if !piece.is_empty() {
                            extend(&mut plain, at, at + piece.len());
                            extend(&mut hyphenated, at, at + piece.len());
                        }
                        at += piece.len() + 1;
                    }
                }
                Kind::Sym => {
                    let text = self.text_of(t);
                    // an apostrophe, or a letter the tokenizer keeps apart ("½"), joins the word
                    if matches!(text, "'" | "\u{2019}") || text.chars().next().is_some_and(char::is_alphanumeric) {
                        extend(&mut plain, t.start(), t.end());
                        extend(&mut hyphenated, t.start(), t.end());
                    } else {
                        close(&mut plain, PlainReading::Plain, &mut emit);
                        // an inner hyphen joins the hyphenated reading's word
                        if text == "-" && hyphenated.is_some() {
                            extend(&mut hyphenated, t.start(), t.end());
                        } else {
                            close(&mut hyphenated, PlainReading::Hyphenated, &mut emit);
                        }
                    }
                }
            }
        }
        close(&mut plain, PlainReading::Plain, &mut emit);
        close(&mut hyphenated, PlainReading::Hyphenated, &mut emit);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Doc<'_> {
        Doc::new(text, Span::new(0, text.len()))
    }

    #[test]
    fn words_glue_tokens_across_joiners() {
        let text = "The U.S. sent F-16s, 1,000 troops and 12km of Norland’s road (.25 more).";
        let d = doc(text);
        let ws: Vec<&str> = d.words(0).iter().map(|w| w.span.slice(text)).collect();
        assert_eq!(
            ws,
            [
                "The",
                "U.S",
                ".",
                "sent",
                "F-16s",
                ",",
                "1,000",
                "troops",
                "and",
                "12km",
                "of",
                "Norland’s",
                "road",
                "(",
                ".",
                "25",
                "more",
                ")",
                "."
            ]
        );
        let kinds: Vec<WordKind> = d.words(0).iter().map(|w| w.kind).collect();
        assert_eq!(kinds[6], WordKind::Num);
        assert_eq!(kinds[1], WordKind::Word);
    }

    #[test]
    fn words_one_by_one_are_the_words() {
        let text = "Norland’s 1,000 troops. The U.S. (.25) rose.";
        let d = doc(text);
        for i in 0..2 {
            assert_eq!(d.word_iter(i).collect::<Vec<_>>(), d.words(i));
        }
        assert_eq!(d.word_iter(1).filter(|w| w.kind == WordKind::Num).count(), 1);
    }

    #[test]
    fn both_readings_come_in_text_order_plain_first() {
        let text = "a well-known x- 1,5";
        let d = doc(text);
        let mut got = Vec::new();
        d.each_plain_word(0, |r, w| got.push((r, w.slice(text))));
        use PlainReading::{Hyphenated as H, Plain as P};
        let want = [
            (P, "a"),
            (H, "a"),
            (P, "well"),
            (P, "known"),
            (H, "well-known"),
            (P, "x"),
            (H, "x-"),
            (P, "1"),
            (H, "1"),
            (P, "5"),
            (H, "5"),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn plain_words_break_at_every_other_character() {
        let text = "Norland’s 1,000 well-known U.S. 12km players’ x";
        let d = doc(text);
        let ws: Vec<&str> = d.plain_words(0, false).iter().map(|w| w.slice(text)).collect();
        assert_eq!(ws, ["Norland’s", "1", "000", "well", "known", "U", "S", "12km", "players’", "x"]);
        let ws: Vec<&str> = d.plain_words(0, true).iter().map(|w| w.slice(text)).collect();
        assert_eq!(ws[3], "well-known");
    }
}
