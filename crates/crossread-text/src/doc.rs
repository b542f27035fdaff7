//! A report read once: its sentences and their tokens, and its quotes.

use crate::memo::Memo;
use crate::quotes::{find_quotes, Quote};
use crate::sentences::split_sentences;
use crate::tokens::{tokenize_into, Kind, Token};
use crate::wordnet::Pos;
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
    #[inline]
    pub fn tokens(&self) -> std::ops::Range<usize> {
        self.first as usize..self.end as usize
    }
}

/// One report read once: what every later stage reads instead of the raw text.
#[derive(Clone, Debug)]
pub struct Doc<'t> {
    text: &'t str,
    /// The text read (from byte `from` of the input) with ASCII letters lower-cased: same length.
    lower: String,
    from: usize,
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
    quotes: Vec<Quote>,
    /// The word tokens that write the report's names (see [`Doc::is_name`]).
    names: std::sync::OnceLock<Vec<(u64, u32)>>,
    /// Each token's word class and part of speech, once asked.
    classes: Memo,
    parts: Memo,
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
        // only the part read: a huge report read in pieces lower-cases each piece once
        let (from, lower) = match text.get(body.start..body.end.min(text.len())) {
            Some(read) => (body.start, read.to_ascii_lowercase()),
            None => (0, text.to_ascii_lowercase()),
        };
        let quotes = find_quotes(text, body);
        let (classes, parts) = (Memo::new(tokens.len()), Memo::new(tokens.len()));
        Doc { text, lower, from, tokens, sentences, quotes, names: std::sync::OnceLock::new(), classes, parts }
    }

    /// The whole input text.
    #[inline]
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The part of the input read, ASCII letters lower-cased, and the byte of the input it starts at.
    pub fn lower_part(&self) -> (usize, &str) {
        (self.from, &self.lower)
    }

    /// Bytes `start..end` of the input with ASCII letters lower-cased, clipped to the part read (a
    /// huge report is read in pieces; see `crossread::PIECE`).
    pub fn lower_span(&self, start: usize, end: usize) -> &str {
        let from = start.max(self.from) - self.from;
        self.lower.get(from..end.saturating_sub(self.from)).unwrap_or("")
    }

    /// Every token, in order.
    #[inline]
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The sentences, in order.
    #[inline]
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// The tokens of sentence `i` (none when there is no such sentence).
    #[inline]
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        self.sentences.get(i).map_or(&[], |s| &self.tokens[s.tokens()])
    }

    /// Quoted passages, in order.
    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }

    /// The text of a token as written.
    #[inline]
    pub fn text_of(&self, t: &Token) -> &'t str {
        self.text.get(t.start()..t.end()).unwrap_or("")
    }

    /// The text of a token with ASCII letters lower-cased.
    #[inline]
    pub fn lower_of(&self, t: &Token) -> &str {
        self.lower_span(t.start(), t.end())
    }

    /// At most `n` bytes of the lower-cased text just before byte `at` (cut on a character boundary;
    /// only the part read).
    pub fn lower_before(&self, at: usize, n: usize) -> &str {
        let at = at.saturating_sub(self.from).min(self.lower.len());
        let mut from = at.saturating_sub(n);
        while !self.lower.is_char_boundary(from) {
            from += 1;
        }
        self.lower.get(from..at).unwrap_or("")
    }

    /// The first and last token of a span: the first that starts in it and the last that starts
    /// before its end (the first again when none does).
    pub fn token_bounds(&self, span: Span) -> (usize, usize) {
        let first = self.tokens.partition_point(|t| t.start() < span.start);
        let last = self.tokens.partition_point(|t| t.start() < span.end).saturating_sub(1).max(first);
        (first, last)
    }

    /// The first token at or after byte `at` in sentence `i`.
    pub fn token_after(&self, i: usize, at: usize) -> Option<&Token> {
        let toks = self.sentence_tokens(i);
        toks.get(toks.partition_point(|t| t.start() < at))
    }

    /// The coarse word class of token `i` (worked out when asked: reading figures needs none).
    pub fn class(&self, i: usize) -> Class {
        Class::from_code(self.classes.get_or(i, || self.work_out_class(i).code()))
    }

    fn work_out_class(&self, i: usize) -> Class {
        let Some(t) = self.tokens.get(i) else { return Class::Other };
        match t.kind() {
            Kind::Num => Class::Number,
            Kind::Sym => Class::Punct,
            Kind::Word => {
                // no word before it in its sentence (looked for backwards: one is nearly always close)
                let first = self.sentence_at(t.start()).is_some_and(|s| {
                    let from = self.sentences[s].tokens().start;
                    !self.tokens[from.min(i)..i].iter().rev().any(|t| t.kind() == Kind::Word)
                });
                let class = Class::of_word(self.lower_of(t), self.text_of(t), first);
                // a capital that opens a sentence says nothing, unless the report writes the word with
                // a capital inside sentences too ("Labour won ..." after "... said Labour")
                let opens_as_name = first
                    && class == Class::Word
                    && self.text_of(t).starts_with(char::is_uppercase)
                    && self.is_name(self.lower_of(t));
                if opens_as_name {
                    Class::Name
                } else {
                    class
                }
            }
        }
    }

    /// True when the report writes `lower` (a lower-case word) with a capital inside its sentences:
    /// one of its names. Headlines, where every word has a capital, are left out. The names are
    /// worked out when first asked.
    pub fn is_name(&self, lower: &str) -> bool {
        let names = self.names.get_or_init(|| self.find_names());
        let hash = word_hash(lower);
        let from = names.partition_point(|&(h, _)| h < hash);
        names[from..]
            .iter()
            .take_while(|&&(h, _)| h == hash)
            .any(|&(_, k)| self.lower_of(&self.tokens[k as usize]) == lower)
    }

    /// The word tokens that write a name with a capital inside a sentence, each with the hash of
    /// its lower-case form, sorted by hash.
    fn find_names(&self) -> Vec<(u64, u32)> {
        let mut names: Vec<(u64, u32)> = Vec::with_capacity(self.tokens.len() / 8);
        // the capitalised words after the first of one sentence
        let mut capitals: Vec<u32> = Vec::with_capacity(32);
        for s in &self.sentences {
            capitals.clear();
            let (mut words, mut caps) = (0usize, 0usize);
            for k in s.tokens() {
                let t = &self.tokens[k];
                if t.kind() != Kind::Word {
                    continue;
                }
                if self.capitalised(t) {
                    caps += 1;
                    if words > 0 {
                        capitals.push(k as u32);
                    }
                }
                words += 1;
            }
            if words >= 3 && caps * 10 >= words * 7 {
                continue;
            }
            for &k in &capitals {
                let t = &self.tokens[k as usize];
                let lower = self.lower_of(t);
                if Class::of_word(lower, self.text_of(t), false) == Class::Name {
                    names.push((word_hash(lower), k));
                }
            }
        }
        names.sort_unstable();
        names
    }

    /// True when word token `t` starts with a capital.
    fn capitalised(&self, t: &Token) -> bool {
        match self.text.as_bytes().get(t.start()) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.text_of(t).starts_with(char::is_uppercase),
        }
    }

    /// The lemma of token `i` ("cancellations" -> "cancellation", "killed" -> "kill"): from WordNet
    /// for words it knows, the lower-case form otherwise.
    pub fn lemma(&self, i: usize) -> std::borrow::Cow<'static, str> {
        let Some(t) = self.tokens.get(i) else { return std::borrow::Cow::Borrowed("") };
        if t.kind() != Kind::Word {
            return std::borrow::Cow::Owned(self.lower_of(t).to_string());
        }
        crate::wordnet::lemma(crate::fold::strip_possessive(self.lower_of(t)))
    }

    /// The part of speech of word token `i` as WordNet has it: the word itself as a noun or
    /// adjective, else as an inflected verb ("died"), else a noun by its lemma ("officials").
    pub fn pos(&self, i: usize) -> Option<Pos> {
        let code = self.parts.get_or(i, || match self.work_out_pos(i) {
            None => 1,
            Some(Pos::Noun) => 2,
            Some(Pos::Verb) => 3,
            Some(Pos::Adj) => 4,
            Some(Pos::Adv) => 5,
        });
        match code {
            2 => Some(Pos::Noun),
            3 => Some(Pos::Verb),
            4 => Some(Pos::Adj),
            5 => Some(Pos::Adv),
            _ => None,
        }
    }

    fn work_out_pos(&self, i: usize) -> Option<Pos> {
        let t = self.tokens.get(i).filter(|_| self.class(i) == Class::Word)?;
        let w = crate::fold::strip_possessive(self.lower_of(t));
        // one look-up of the word answers each question below
        let entry = crate::wordnet::Entry::of(w);
        // an irregular past ("said", "fled") or a regular one ("killed", "injured") is a verb, though
        // WordNet also lists some as adjectives
        if entry.irregular_verb() || w.ends_with("ed") && entry.lemma_as(Pos::Verb).is_some() {
            return Some(Pos::Verb);
        }
        if let Some(p) = entry.parts().next() {
            return Some(p);
        }
        [Pos::Noun, Pos::Verb, Pos::Adj].into_iter().find(|p| entry.lemma_as(*p).is_some())
    }

    /// True when most words of sentence `i` longer than three letters are capitalised: a headline.
    pub fn is_headline_case(&self, i: usize) -> bool {
        let (mut words, mut caps) = (0usize, 0usize);
        for t in self.sentence_tokens(i) {
            if t.kind() == crate::Kind::Word && t.span().len() > 3 {
                words += 1;
                caps += usize::from(self.capitalised(t));
            }
        }
        words >= 3 && caps * 10 >= words * 7
    }

    /// The index of the sentence holding byte `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.start <= at).checked_sub(1)?;
        let s = self.sentences[i].span;
        (at < s.end.max(s.start + 1)).then_some(i)
    }
}

/// A fast hash of a word, to find it among a report's names.
fn word_hash(w: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(w)
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

    #[test]
    fn names_are_words_written_with_a_capital_inside_sentences() {
        let text = "Mayor Ellwood spoke. Ellwood said the Pellan bridge shut. THE NEW FERRY LINE OPENS TODAY. \
                    Boats ran. Then the ferry and Boats of Quarn stopped.";
        let doc = Doc::new(text, Span::new(0, text.len()));
        assert!(doc.is_name("ellwood") && doc.is_name("pellan") && doc.is_name("quarn"));
        // an opening capital, a headline's capitals and a function word's capital make no name
        assert!(!doc.is_name("mayor") && !doc.is_name("ferry") && !doc.is_name("then") && !doc.is_name("said"));
        // "Boats" opens one sentence but is written with a capital inside another
        assert!(doc.is_name("boats"));
        let opening = doc.sentence_tokens(3)[0];
        let at = doc.tokens().iter().position(|t| *t == opening).unwrap_or(0);
        assert_eq!(doc.class(at), Class::Name, "an opening word the report writes as a name elsewhere");
        let mayor = 0;
        assert_eq!(doc.class(mayor), Class::Word, "an opening capital alone says nothing");
    }

    #[test]
    fn a_piece_read_alone_keeps_the_report_offsets() {
        let text = "First LINE here.\nSecond LINE, 12 Boats.\nThird.";
        let from = text.find("Second").unwrap_or(0);
        let to = text.find("Third").unwrap_or(0);
        let doc = Doc::new(text, Span::new(from, to));
        assert_eq!(doc.sentences().len(), 1);
        let words: Vec<&str> = doc.sentence_tokens(0).iter().map(|t| doc.lower_of(t)).collect();
        assert_eq!(words, ["second", "line", ",", "12", "boats", "."]);
        // lower-case text outside the piece was never made
        assert_eq!(doc.lower_span(0, to), "second line, 12 boats.\n");
        assert_eq!(doc.lower_span(0, 5), "");
    }
}
