//! Noun phrases and clauses of a sentence, read from its tokens' word classes: enough structure to
//! say what a figure counts, whose it is, and which clause it stands in.

use crate::class::Class;
use crate::doc::Doc;
use crate::lexicon;
use crate::tokens::Kind;
use crate::wordnet::Pos;

/// A noun phrase: its tokens (indices into [`Doc::tokens`]) and its head, the last noun.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phrase {
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    /// The head noun.
    pub head: usize,
}

/// What a clause does in its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClauseKind {
    /// The main clause, or a part of it between commas.
    Main,
    /// A relative clause: "that struck the coast", "who fled".
    Relative,
    /// A clause opened by a subordinator: "as rescuers searched", "because roads were cut".
    Subordinate,
    /// Who says it: "officials said", "according to the ministry".
    Reported,
    /// Inside brackets.
    Parenthetical,
}

/// A clause: its tokens and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clause {
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    /// What it does.
    pub kind: ClauseKind,
}

impl Doc<'_> {
    /// True when token `i` can stand in a noun phrase: a name, a number, or a word that is not a
    /// verb form.
    fn nominal(&self, i: usize) -> bool {
        let Some(t) = self.tokens().get(i) else { return false };
        match self.class(i) {
            Class::Name | Class::Number => true,
            Class::Word => !matches!(self.pos(i), Some(Pos::Verb) | Some(Pos::Adv)),
            Class::Punct => {
                // "25-mile", "Norland's": glued joiners inside a phrase
                let next_glued = self.tokens().get(i + 1).is_some_and(|n| !n.space_before());
                matches!(self.text_of(t), "-" | "'s" | "\u{2019}s") && !t.space_before() && next_glued
            }
            _ => false,
        }
    }

    /// The noun phrases of sentence `s`: a determiner or possessive, then names, numbers and nouns
    /// and their modifiers; the head is the last of them.
    pub fn noun_phrases(&self, s: usize) -> Vec<Phrase> {
        let Some(sentence) = self.sentences().get(s) else { return Vec::new() };
        let range = sentence.tokens();
        let mut out = Vec::new();
        let mut i = range.start;
        while i < range.end {
            let det = self.class(i) == Class::Det;
            let start = i;
            let mut j = if det { i + 1 } else { i };
            while j < range.end && self.nominal(j) {
                j += 1;
            }
            // a phrase ends on a word or name, not on a joiner or a number alone
            let mut last = j;
            while last > start && last > i + usize::from(det) {
                let c = self.class(last - 1);
                if matches!(c, Class::Word | Class::Name | Class::Number) {
                    break;
                }
                last -= 1;
            }
            if last > start + usize::from(det) {
                out.push(Phrase { first: start, last: last - 1, head: last - 1 });
                i = j.max(i + 1);
            } else {
                i += 1;
            }
        }
        out
    }

    /// The clauses of sentence `s`, in order: cut at clause punctuation, brackets, relatives and
    /// subordinators, and marked when they report who says the rest.
    pub fn clauses(&self, s: usize) -> Vec<Clause> {
        let Some(sentence) = self.sentences().get(s) else { return Vec::new() };
        let range = sentence.tokens();
        let mut out: Vec<Clause> = Vec::new();
        let mut start = range.start;
        let mut kind = ClauseKind::Main;
        let mut depth = 0usize;
        let close = |out: &mut Vec<Clause>, first: usize, last: usize, kind: ClauseKind| {
            if first <= last {
                out.push(Clause { first, last, kind });
            }
        };
        // the words (tokens that are not symbols) before token `i`, and before `start`: a clause's
        // words are counted without going back over it (a symbol is the one class of punctuation)
        let (mut seen, mut seen_at_start) = (0usize, 0usize);
        for i in range.clone() {
            let t = &self.tokens()[i];
            let before = seen;
            match t.kind() {
                // brackets and clause marks are symbols; the clause words below are all letters
                Kind::Sym => {
                    match self.text_of(t) {
                        "(" | "[" => {
                            close(&mut out, start, i.wrapping_sub(1), kind);
                            depth += 1;
                            (start, seen_at_start) = (i, before);
                            kind = ClauseKind::Parenthetical;
                        }
                        ")" | "]" if depth > 0 => {
                            depth -= 1;
                            close(&mut out, start, i, ClauseKind::Parenthetical);
                            (start, seen_at_start) = (i + 1, seen);
                            kind = ClauseKind::Main;
                        }
                        "," | ";" | ":" | "\u{2014}" | "\u{2013}" if depth == 0 => {
                            close(&mut out, start, i.wrapping_sub(1), kind);
                            (start, seen_at_start) = (i + 1, seen);
                            kind = ClauseKind::Main;
                        }
                        _ => {}
                    }
                    continue;
                }
                Kind::Num => {
                    seen += 1;
                    continue;
                }
                Kind::Word => seen += 1,
            }
            if depth > 0 {
                continue;
            }
            let lower = self.lower_of(t);
            let opens = if lexicon::RELATIVES.contains(lower) && i > range.start {
                Some(ClauseKind::Relative)
            } else if lexicon::SUBORDINATORS.contains(lower) && self.lower_of_index(i + 1) != "of" {
                Some(ClauseKind::Subordinate)
            } else if lower == "according" && self.lower_of_index(i + 1) == "to" {
                Some(ClauseKind::Reported)
            } else {
                None
            };
            if let Some(k) = opens {
                close(&mut out, start, i.wrapping_sub(1), kind);
                (start, seen_at_start) = (i, before);
                kind = k;
            } else if kind == ClauseKind::Main && lexicon::SPEECH_VERBS.contains(lower) {
                // "officials said": a short clause ending in a speech verb reports the rest
                let words = seen - seen_at_start;
                if words <= 6
                    && (i + 1 == range.end || self.text_of_index(i + 1) == "." || self.text_of_index(i + 1) == ",")
                {
                    kind = ClauseKind::Reported;
                }
            }
        }
        close(&mut out, start, range.end.wrapping_sub(1), kind);
        out.retain(|c| c.first <= c.last && c.last < range.end);
        out
    }

    fn lower_of_index(&self, i: usize) -> &str {
        self.tokens().get(i).map_or("", |t| self.lower_of(t))
    }

    fn text_of_index(&self, i: usize) -> &str {
        self.tokens().get(i).map_or("", |t| self.text_of(t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossread_model::Span;

    fn doc(text: &str) -> Doc<'_> {
        Doc::new(text, Span::new(0, text.len()))
    }

    fn words<'a>(d: &Doc<'a>, first: usize, last: usize) -> String {
        (first..=last).map(|i| d.text_of(&d.tokens()[i])).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn noun_phrases_and_their_heads() {
        let text = "The regional council said 12 flooded villages lost power on Monday.";
        let d = doc(text);
        let phrases: Vec<(String, String)> = d
            .noun_phrases(0)
            .iter()
            .map(|p| (words(&d, p.first, p.last), d.text_of(&d.tokens()[p.head]).to_string()))
            .collect();
        assert!(phrases.contains(&("The regional council".into(), "council".into())), "{phrases:?}");
        assert!(phrases.iter().any(|(p, h)| p.ends_with("villages") && h == "villages"), "{phrases:?}");
        assert!(phrases.iter().any(|(_, h)| h == "Monday"), "{phrases:?}");
        assert!(!phrases.iter().any(|(p, _)| p.contains("said")), "{phrases:?}");
    }

    #[test]
    fn clauses_relative_subordinate_reported_parenthetical() {
        let text = "The quake that struck Halden killed 40 people (officials say more), as rescuers dug, police said.";
        let d = doc(text);
        let kinds: Vec<(ClauseKind, String)> =
            d.clauses(0).iter().map(|c| (c.kind, words(&d, c.first, c.last))).collect();
        assert_eq!(kinds[0], (ClauseKind::Main, "The quake".into()), "{kinds:?}");
        assert_eq!(kinds[1].0, ClauseKind::Relative, "{kinds:?}");
        assert!(kinds.iter().any(|(k, w)| *k == ClauseKind::Parenthetical && w.contains("officials")), "{kinds:?}");
        assert!(kinds.iter().any(|(k, w)| *k == ClauseKind::Subordinate && w.starts_with("as")), "{kinds:?}");
        assert!(kinds.iter().any(|(k, w)| *k == ClauseKind::Reported && w.starts_with("police")), "{kinds:?}");
    }

    #[test]
    fn clause_words_are_letters_only() {
        // `Doc::clauses` looks these up for word tokens alone: a number or symbol is never one
        for list in [&lexicon::RELATIVES, &lexicon::SUBORDINATORS, &lexicon::SPEECH_VERBS] {
            for w in list.iter() {
                assert!(!w.is_empty() && w.chars().all(char::is_alphabetic), "{w:?}");
            }
        }
    }

    #[test]
    fn lemmas_and_classes_of_tokens() {
        let text = "Officials said 900 cancellations were reported in Norland.";
        let d = doc(text);
        let lemma: Vec<String> = (0..d.tokens().len()).map(|i| d.lemma(i).into_owned()).collect();
        assert_eq!(lemma[0], "official");
        assert_eq!(lemma[1], "say");
        assert_eq!(lemma[3], "cancellation");
        let classes: Vec<Class> = (0..d.tokens().len()).map(|i| d.class(i)).collect();
        assert_eq!(classes[2], Class::Number);
        assert_eq!(classes[4], Class::Aux);
        assert_eq!(classes[6], Class::Prep);
        assert_eq!(classes[7], Class::Name);
        assert_eq!(d.pos(1), Some(Pos::Verb));
    }
}
