//! A report read once: its sentences and their tokens, and its quotes.

use crate::quotes::{find_quotes, Quote};
use crate::sentences::split_sentences;
use crate::tokens::{tokenize_into, Kind, Token};
use crate::Class;
use crossread_model::Span;

/// A sentence of a report and the tokens it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Where the sentence stands in the report's text.
    pub span: Span,
    first: u32,
    end: u32,
}

impl Sentence {
    /// The indices of its tokens in [`Doc::tokens`].
    pub fn tokens(&self) -> std::ops::Range<usize> {
        self.first as usize..self.end as usize
    }
}

/// One report read once: what every later stage reads instead of the raw text.
#[derive(Clone, Debug)]
pub struct Doc<'t> {
    text: &'t str,
    /// The text with ASCII letters lower-cased: same length, same offsets.
    lower: String,
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
    quotes: Vec<Quote>,
}

impl<'t> Doc<'t> {
    /// Reads `body` of `text` (the whole input file; offsets stay offsets into it).
    pub fn new(text: &'t str, body: Span) -> Doc<'t> {
        Doc::from_sentences(text, body, split_sentences(text, body))
    }

    /// Reads `span` of `text` as one sentence, as a line of sentences to score is read (cut into
    /// pieces only past [`crate::MAX_SENTENCE`]).
    pub fn unsplit(text: &'t str, span: Span) -> Doc<'t> {
        Doc::from_sentences(text, span, crate::sentences::capped(text, span))
    }

    fn from_sentences(text: &'t str, body: Span, spans: Vec<Span>) -> Doc<'t> {
        let mut tokens = Vec::with_capacity(body.len() / 5 + 16);
        let mut sentences = Vec::with_capacity(spans.len());
        for span in spans {
            let first = tokens.len() as u32;
            tokenize_into(text, span, &mut tokens);
            sentences.push(Sentence { span, first, end: tokens.len() as u32 });
        }
        for t in &mut tokens {
            t.set_class(match t.kind() {
                Kind::Num => Class::Number,
                Kind::Sym => Class::Punct,
                Kind::Word => Class::Other,
            });
        }
        tokens.shrink_to_fit();
        let quotes = find_quotes(text, body);
        Doc { text, lower: text.to_ascii_lowercase(), tokens, sentences, quotes }
    }

    /// The whole input text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The whole input text with ASCII letters lower-cased (offsets unchanged).
    pub fn lower(&self) -> &str {
        &self.lower
    }

    /// Every token, in order.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The sentences, in order.
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// The tokens of sentence `i` (none when there is no such sentence).
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        self.sentences.get(i).map_or(&[], |s| &self.tokens[s.tokens()])
    }

    /// Quoted passages, in order.
    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }

    /// The text of a token as written.
    pub fn text_of(&self, t: &Token) -> &'t str {
        self.text.get(t.start()..t.end()).unwrap_or("")
    }

    /// The text of a token with ASCII letters lower-cased.
    pub fn lower_of(&self, t: &Token) -> &str {
        self.lower.get(t.start()..t.end()).unwrap_or("")
    }

    /// At most `n` bytes of the lower-cased text just before byte `at` (cut on a character boundary).
    pub fn lower_before(&self, at: usize, n: usize) -> &str {
        let at = at.min(self.lower.len());
        let mut from = at.saturating_sub(n);
        while !self.lower.is_char_boundary(from) {
            from += 1;
        }
        self.lower.get(from..at).unwrap_or("")
    }

    /// The first token at or after byte `at` in sentence `i`.
    pub fn token_after(&self, i: usize, at: usize) -> Option<&Token> {
        let toks = self.sentence_tokens(i);
        toks.get(toks.partition_point(|t| t.start() < at))
    }

    /// The index of the sentence holding byte `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.start <= at).checked_sub(1)?;
        let s = self.sentences[i].span;
        (at < s.end.max(s.start + 1)).then_some(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_hold_their_tokens() {
        let text = "---\nx: y\n---\nIt rose 5%. Then FELL.";
        let doc = Doc::new(text, Span::new(13, text.len()));
        assert_eq!(doc.sentences().len(), 2);
        let t: Vec<&str> = doc.sentence_tokens(1).iter().map(|t| doc.lower_of(t)).collect();
        assert_eq!(t, ["then", "fell", "."]);
        assert_eq!(doc.sentence_at(text.find("5%").unwrap_or(0)), Some(0));
        assert!(doc.sentence_tokens(9).is_empty());
    }
}
