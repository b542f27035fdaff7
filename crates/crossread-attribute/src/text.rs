//! Tokens of a sentence with byte offsets into the report text, and what each token can be in a
//! claimant's noun phrase.

use crate::lexicon::{self, is};
use crossread_model::Span;
pub(crate) use crossread_text::{fold, fold_cow, is_possessive, strip_possessive};
use crossread_text::{Doc, WordKind};
use std::borrow::Cow;

/// What kind of token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, with inner hyphens, apostrophes, dots and digits ("U.S", "Norland’s", "gridwatch.io").
    Word,
    /// Digits with inner separators and trailing letters ("1,000", "12km").
    Num,
    /// One other character.
    Punct,
}

/// One token: byte range in the report text, kind, lower case, and class once asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Tok<'a> {
    /// First byte.
    pub s: usize,
    /// One past the last byte.
    pub e: usize,
    /// Kind.
    pub kind: Kind,
    /// The token's class once asked: noun phrases are read from every cue and name, over and over
    /// (kept in the token, so a sentence needs no list of its own for it).
    class: std::cell::Cell<Option<Class>>,
    /// Lowercase text, folded to ASCII ("Şahin" -> "sahin"); borrowed from the text layer's
    /// lower-case text when the word is ASCII already (kept in the token: one list per sentence).
    low: Cow<'a, str>,
}

impl Tok<'_> {
    /// Lowercase folded text.
    pub fn lw(&self) -> &str {
        &self.low
    }
}

/// What a token can be inside a claimant noun phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// A capitalised word, an acronym or a domain name.
    Name,
    /// A title before a name ("President", "Gov").
    Title,
    /// A lowercase noun heading a claimant phrase ("officials", "governor").
    Head,
    /// A lowercase modifier of a head ("acting", "district").
    Mod,
    /// "of", "for", "and", "&" between parts of a name.
    Conn,
    /// "the", "a", "an".
    Det,
    /// A full stop after an abbreviation or an initial ("Gov.", "J.").
    Dot,
    /// "(" or ")".
    Paren,
    /// A possessive pronoun ("his", "their").
    PossPron,
    /// Anything else.
    Other,
}

/// A tokenized sentence.
pub(crate) struct Sent<'a> {
    /// The whole report text.
    pub text: &'a str,
    /// The sentence's span.
    pub span: Span,
    /// Tokens in order.
    pub toks: Vec<Tok<'a>>,
}

/// The lists of a sentence let go of, kept to be filled by the next sentence built.
#[derive(Default)]
pub(crate) struct Spare<'a> {
    toks: Vec<Tok<'a>>,
}

impl<'a> Sent<'a> {
    /// The words of sentence `i` of the report's text layer, in lists reused from `spare`.
    pub fn new(doc: &'a Doc<'a>, i: usize, spare: Spare<'a>) -> Self {
        let text = doc.text();
        let span = doc.sentences().get(i).map_or(Span::new(0, 0), |s| s.span);
        let Spare { mut toks } = spare;
        toks.clear();
        toks.reserve(doc.sentence_tokens(i).len());
        // every word stands inside its sentence: when the sentence is ASCII, so is every word, and
        // no word need be looked at one by one
        let all_ascii = text.as_bytes().get(span.start..span.end).is_some_and(<[u8]>::is_ascii);
        // the text layer's words become tokens, each with its folded lower case, in one pass
        for w in doc.word_iter(i) {
            let (s, e) = (w.span.start, w.span.end);
            let kind = match w.kind {
                WordKind::Word => Kind::Word,
                WordKind::Num => Kind::Num,
                WordKind::Punct => Kind::Punct,
            };
            // folding an ASCII word is lower-casing it, which the text layer has done already; the
            // lower-cased text keeps every other byte as it is: when the whole word stands in it,
            // one look at it tells whether the word is ASCII
            let l = doc.lower_span(s, e);
            let low = if all_ascii && s <= e
                || l.len() == e - s && l.is_ascii()
                || text.as_bytes().get(s..e).is_some_and(<[u8]>::is_ascii)
            {
                Cow::Borrowed(l)
            } else {
                Cow::Owned(fold(text.get(s..e).unwrap_or("")))
            };
            toks.push(Tok { s, e, kind, class: std::cell::Cell::new(None), low });
        }
        Sent { text, span, toks }
    }

    /// Gives up the sentence's lists for the next sentence built to fill.
    pub fn into_spare(self) -> Spare<'a> {
        Spare { toks: self.toks }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).and_then(|t| self.text.get(t.s..t.e)).unwrap_or("")
    }

    /// Lowercase folded text of token `i`.
    pub fn lw(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.low.as_ref())
    }

    /// True when token `i` is punctuation `c`.
    pub fn is_punct(&self, i: usize, set: &[char]) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct)
            && self.word(i).chars().next().is_some_and(|c| set.contains(&c))
    }

    /// True when token `i` is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    /// True when token `i` starts with a capital letter.
    pub fn is_cap(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i).filter(|t| t.kind == Kind::Word) else { return false };
        // most words open with an ASCII letter: one byte tells
        match self.text.as_bytes().get(t.s) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.word(i).chars().next().is_some_and(char::is_uppercase),
        }
    }

    /// The span from the start of token `a` to the end of token `b`.
    pub fn span_of(&self, a: usize, b: usize) -> Span {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) if x.s <= y.e => Span::new(x.s, y.e),
            _ => Span::new(self.span.start, self.span.start),
        }
    }

    /// The bare lowercase word of token `i`, without a possessive ending.
    pub fn stem(&self, i: usize) -> &str {
        strip_possessive(self.lw(i))
    }

    /// True when token `i` is an abbreviation or initial that a full stop may follow ("Gov", "J", "Co").
    pub fn is_abbrev(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let w = self.word(i);
        let l = self.lw(i);
        (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
            || crossread_text::lexicon::ABBREVIATIONS.get(l).is_some_and(|k| *k == "name")
    }

    /// What token `i` can be inside a claimant noun phrase.
    #[inline]
    pub fn class(&self, i: usize) -> Class {
        // asked over and over: a class known already is one load, inline
        match self.toks.get(i) {
            Some(t) => t.class.get().unwrap_or_else(|| self.first_class(i)),
            None => Class::Other,
        }
    }

    /// Works out the class of token `i` the first time it is asked, and keeps it.
    #[inline(never)]
    fn first_class(&self, i: usize) -> Class {
        let class = self.work_out_class(i);
        if let Some(t) = self.toks.get(i) {
            t.class.set(Some(class));
        }
        class
    }

    fn work_out_class(&self, i: usize) -> Class {
        let Some(t) = self.toks.get(i) else { return Class::Other };
        let w = self.word(i);
        let l = self.lw(i);
        match t.kind {
            Kind::Num => Class::Other,
            Kind::Punct => match w {
                "&" => Class::Conn,
                "." if i > 0 && self.is_abbrev(i - 1) => Class::Dot,
                "(" | ")" => Class::Paren,
                _ => Class::Other,
            },
            Kind::Word => {
                let stem = strip_possessive(l);
                if matches!(l, "the" | "a" | "an") {
                    return Class::Det;
                }
                if matches!(l, "his" | "her" | "its" | "their") {
                    return Class::PossPron;
                }
                let cap = w.chars().next().is_some_and(char::is_uppercase);
                if cap {
                    if is(&lexicon::NEVER_NAME, l) || is(&lexicon::DAYS, l) || is(&lexicon::MONTHS, l) {
                        return Class::Other;
                    }
                    if is(&lexicon::TITLES, stem) && !is_possessive(w) {
                        return Class::Title;
                    }
                    return Class::Name;
                }
                if crossread_text::lexicon::NAME_CONNECTORS.contains(l) {
                    return Class::Conn;
                }
                if has_dot(l) && l.chars().any(char::is_alphabetic) && is_domain(l) {
                    return Class::Name;
                }
                if is(&lexicon::ROLE_HEADS, stem) {
                    return Class::Head;
                }
                if is(&lexicon::ROLE_MODS, stem) || is(&lexicon::TITLES, stem) {
                    return Class::Mod;
                }
                Class::Other
            }
        }
    }
}

/// True when a word holds a full stop ("gridwatch.io", "u.s"): words are short, so a plain look at
/// each byte, not a search routine set up for long texts.
pub(crate) fn has_dot(w: &str) -> bool {
    w.bytes().any(|b| b == b'.')
}

/// True when `w` looks like a domain name ("gridwatch.io", "nbcnews.com").
pub(crate) fn is_domain(w: &str) -> bool {
    let Some((head, tld)) = w.rsplit_once('.') else { return false };
    !head.is_empty()
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_alphabetic())
        && head.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
}
