//! Counts written without a number: "a 19-year-old was shot and killed" is one death, "a man and a
//! woman were injured" two, "no one was hurt" none. Each word that says people were killed or hurt
//! (the `harm_words` lexicon) is tied to the people it happened to, read from the text layer's word
//! classes: the subject of its clause ("the boy died", "was killed"), its object ("killed a man"), or
//! the phrase after its noun ("the death of a teenager"); that phrase is counted, one for each
//! person it names ([`phrase`]). The figure's span is the phrase, and [`Figure::implied`] is where
//! the words that say what happened stand.

mod phrase;

use crate::lexicon as lx;
use crossread_model::{Approx, Figure, Span, Unit, Value};
use crossread_text::{Class, Doc, Kind};
use phrase::People;

/// What happened to the people a phrase counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Harm {
    /// Hurt, wounded, taken to hospital.
    Injured,
    /// Killed, dead.
    Killed,
}

impl Harm {
    /// The harm a word of the `harm_words` lexicon names.
    fn of(what: &str) -> Harm {
        if what == "killed" {
            Harm::Killed
        } else {
            Harm::Injured
        }
    }
}

/// How a harm word ties to the people it happened to (see the `harm_words` lexicon).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Frame {
    State,
    Verb,
    Noun,
    Adverb,
    Adjective,
    Suffered,
}

impl Frame {
    fn of(frame: &str) -> Option<Frame> {
        Some(match frame {
            "state" => Frame::State,
            "verb" => Frame::Verb,
            "noun" => Frame::Noun,
            "adverb" => Frame::Adverb,
            "adjective" => Frame::Adjective,
            "suffered" => Frame::Suffered,
            _ => return None,
        })
    }
}

/// The people a harm word speaks of, and the words that say what happened (token indices, inclusive).
#[derive(Clone, Debug)]
struct Found {
    people: People,
    harm: Harm,
    cue: (usize, usize),
}

/// The counts written without a number in sentence `s` of `doc`; `figures` are the figures already
/// read there, which a count never overlaps ("one man was killed" is read as written).
pub fn implied_in_sentence(doc: &Doc, s: usize, figures: &[Figure]) -> Vec<Figure> {
    implied_in_sentence_with(doc, s, figures, &[])
}

/// [`implied_in_sentence`], given the lower-case texts of the sentence's tokens when the scan for
/// written figures has them already (used only when there is one for each token).
pub(crate) fn implied_in_sentence_with(doc: &Doc, s: usize, figures: &[Figure], lows: &[&str]) -> Vec<Figure> {
    let Some(sentence) = doc.sentences().get(s) else { return Vec::new() };
    let range = sentence.tokens();
    let toks = doc.tokens();
    let lows = Some(lows).filter(|l| l.len() == range.len());
    let lower = |k: usize| match lows {
        Some(l) => l[k - range.start],
        None => doc.lower_of(&toks[k]),
    };
    let cues: Vec<(usize, Harm, Frame)> = range
        .clone()
        .filter(|&k| toks[k].kind() == Kind::Word)
        .filter_map(|k| {
            let (what, frame) = lx::HARM_WORDS.get(lower(k))?;
            Some((k, Harm::of(what), Frame::of(frame)?))
        })
        .collect();
    if cues.is_empty() {
        return Vec::new();
    }
    let reader = Reader { doc, lo: range.start, hi: range.end };
    let mut found: Vec<Found> = cues.into_iter().filter_map(|(k, harm, frame)| reader.read(k, harm, frame)).collect();
    // one phrase, one count: a death outweighs the injury before it ("was wounded and later died")
    found.sort_by_key(|f| (f.people.first, f.people.last, std::cmp::Reverse(f.harm)));
    found.dedup_by_key(|f| (f.people.first, f.people.last));
    let text = doc.text();
    found
        .into_iter()
        .filter_map(|f| {
            let span = Span::new(toks[f.people.first].start(), toks[f.people.last].end());
            // an age inside the phrase ("a 19-year-old") is no count of its own
            let counted = |g: &Figure| g.unit.dimension() != crossread_model::Dimension::Age;
            if figures.iter().any(|g| counted(g) && g.span.start < span.end && span.start < g.span.end) {
                return None;
            }
            let cue = Span::new(toks[f.cue.0].start(), toks[f.cue.1].end());
            let noun = f.people.noun;
            Some(Figure {
                text: span.slice(text).to_string(),
                span,
                value: Value::Number(f.people.count as f64),
                unit: Unit::COUNT,
                unit_name: crate::scan::singular(&noun),
                counted: Some(noun),
                // a person named as someone known is one of those killed or hurt: at least one
                approx: if f.people.member { Approx::AtLeast } else { Approx::Exact },
                qualifier: None,
                trend: None,
                vague: false,
                from_to: false,
                sentence: s,
                implied: Some(cue),
            })
        })
        .collect()
}

/// Reads one sentence's harm words: `lo..hi` are its tokens.
struct Reader<'d, 't> {
    doc: &'d Doc<'t>,
    lo: usize,
    hi: usize,
}

impl Reader<'_, '_> {
    fn lower(&self, i: usize) -> &str {
        if i < self.lo || i >= self.hi {
            return "";
        }
        self.doc.lower_of(&self.doc.tokens()[i])
    }

    fn class(&self, i: usize) -> Class {
        if i < self.lo || i >= self.hi {
            return Class::Other;
        }
        self.doc.class(i)
    }

    /// The people harm word `k` speaks of.
    fn read(&self, k: usize, harm: Harm, frame: Frame) -> Option<Found> {
        let found = |people: People, cue_end: usize| Some(Found { people, harm, cue: (k, cue_end) });
        match frame {
            Frame::State => found(self.subject(k)?, k),
            Frame::Verb => {
                if self.lower(k + 1) == "of" {
                    return found(self.people_after(k + 2)?, k);
                }
                found(self.subject_or_object(k, k)?, k)
            }
            Frame::Noun => {
                if self.lower(k.wrapping_sub(1)) == "no" {
                    return found(People::none(k - 1, k), k);
                }
                if self.lower(k + 1) == "of" && !self.lower(k).ends_with('s') {
                    return found(self.people_after(k + 2)?, k);
                }
                None
            }
            Frame::Adverb => {
                // "fatally shot a man", "was fatally wounded": the verb after it says what happened
                let verb = k + 1;
                if self.class(verb) != Class::Word {
                    return None;
                }
                found(self.subject_or_object(k, verb)?, verb)
            }
            Frame::Adjective => {
                // "the fatal shooting of a teenager"
                if self.class(k + 1) == Class::Word && self.lower(k + 2) == "of" {
                    return found(self.people_after(k + 3)?, k + 1);
                }
                None
            }
            Frame::Suffered => {
                if self.lower(k.wrapping_sub(1)) == "no" {
                    return found(People::none(k - 1, k), k);
                }
                // back over the injury's modifiers to the verb: "suffered a minor gunshot wound"
                let mut v = k;
                while v > self.lo && v + 6 > k {
                    v -= 1;
                    if lx::HARM_SUFFER_VERBS.contains(self.lower(v)) {
                        return found(self.subject(v)?, k);
                    }
                    if !matches!(self.class(v), Class::Det | Class::Word | Class::Punct) || self.lower(v) == "," {
                        return None;
                    }
                }
                None
            }
        }
    }

    /// The object of the verb at `k` ("killed a man", "shooting and killing his wife"), when a phrase
    /// of people stands right after it.
    fn object(&self, k: usize) -> Option<People> {
        if !self.takes_object(k) {
            return None;
        }
        self.people_after(k + 1)
    }

    /// The people a transitive verb at `verb` (its group starting at `k`) speaks of: its subject when
    /// passive ("was killed", or with nothing after it that could be its object: "a man killed in a
    /// crash"), else its object ("killed a man").
    fn subject_or_object(&self, k: usize, verb: usize) -> Option<People> {
        let (j, aux) = self.verb_group(k)?;
        if aux || !self.takes_object(verb) {
            return self.subject_before(j);
        }
        self.object(verb)
    }

    /// The subject of a harm word that needs none of its own ("the boy died", "is dead").
    fn subject(&self, k: usize) -> Option<People> {
        let (j, _) = self.verb_group(k)?;
        self.subject_before(j)
    }

    /// Back from the harm word at `k` over its verb group ("was shot and killed", "has been
    /// pronounced dead"): the first token of the group, and whether it holds an auxiliary. None when
    /// the group is negated ("was not hurt").
    fn verb_group(&self, k: usize) -> Option<(usize, bool)> {
        let mut j = k;
        let mut aux = false;
        while j > self.lo {
            let p = j - 1;
            let w = self.lower(p);
            if matches!(w, "not" | "never" | "n't") {
                return None;
            }
            // (whether it is an adverb only when nothing cheaper says: that is a WordNet look-up)
            let adverb = || {
                self.class(p) == Class::Word
                    && self.doc.pos(p) == Some(crossread_text::wordnet::Pos::Adv)
                    && !phrase::person_head(w)
            };
            if self.class(p) == Class::Aux {
                aux = true;
            } else if !(lx::HARM_VERB_GROUP.contains(w) || adverb()) {
                break;
            }
            j = p;
        }
        Some((j, aux))
    }

    /// The phrase of people ending just before token `j` (the start of a verb group).
    fn subject_before(&self, j: usize) -> Option<People> {
        // "a man, who died", "the boy who was shot and killed"
        let mut end = j.checked_sub(1)?;
        if matches!(self.lower(end), "who" | "that") {
            end = end.checked_sub(1)?;
            if self.lower(end) == "," {
                end = end.checked_sub(1)?;
            }
        }
        // "Darin Booker, 13, was killed": past an age in apposition
        if self.lower(end) == "," && self.class(end.wrapping_sub(1)) == Class::Number && self.lower(end - 2) == "," {
            end = end.checked_sub(3)?;
        }
        if end < self.lo {
            return None;
        }
        if self.lower(end) == "one" && self.lower(end.wrapping_sub(1)) == "no" || self.lower(end) == "nobody" {
            let first = if self.lower(end) == "one" { end - 1 } else { end };
            return Some(People::none(first, end));
        }
        self.people_before(end)
    }

    /// True when what follows the verb at `k` could be its object: a determiner, a pronoun, a name,
    /// a number, a noun that names a person or kin, bare or after one word ("shot twin sons").
    fn takes_object(&self, k: usize) -> bool {
        let next = k + 1;
        let people = |i: usize| phrase::person_head(self.lower(i)) || lx::KIN_NOUNS.contains(self.lower(i));
        matches!(self.class(next), Class::Det | Class::Pron | Class::Number)
            || self.person_name(next)
            || people(next)
            || self.class(next) == Class::Word && people(next + 1)
            || lx::NUMBER_WORDS.contains_key(self.lower(next))
    }
}
