//! Phrases that name people, counted: one for each person a phrase names ("a 19-year-old", "Darin
//! Smith", "he", "his wife"), joined by "and" or commas ("a man and a woman" is two); none for "no
//! one", "nobody", "no deaths". A phrase with a number in it ("two men") is a figure as written, and
//! a plural without one ("the victims") says no count: neither is read here.

use super::Reader;
use crate::lexicon as lx;
use crossread_text::{Class, Kind};

/// A phrase of people: its tokens (inclusive), how many it names, and the noun it counts them by.
#[derive(Clone, Debug)]
pub(super) struct People {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) count: u32,
    pub(super) noun: String,
    /// One person named as someone known ("he", "Darin Smith", "the man", "his wife"): one of the
    /// people a toll counts, not a toll of its own.
    pub(super) member: bool,
}

impl People {
    /// "no one", "nobody", "no injuries": none.
    pub(super) fn none(first: usize, last: usize) -> People {
        People { first, last, count: 0, noun: "people".to_string(), member: false }
    }
}

/// One person named: where the phrase starts and ends, and its noun.
struct One {
    first: usize,
    last: usize,
    noun: String,
    /// Named as someone known: a pronoun, a name, a definite or possessive phrase.
    known: bool,
}

/// True when `w` (lower case) names one person ("man", "teenager", "wife").
pub(super) fn person_head(w: &str) -> bool {
    lx::ONE_PERSON_NOUNS.contains(w)
}

/// Pronouns that stand for one person.
fn one_person_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "him" | "her" | "himself" | "herself" | "someone" | "somebody")
}

/// Pronouns that stand for someone known ("he"), not someone unknown ("someone").
fn known_pronoun(w: &str) -> bool {
    !matches!(w, "someone" | "somebody")
}

/// Determiners that name someone already known ("the man", "his wife"), not someone new ("a man").
fn definite_determiner(w: &str) -> bool {
    !matches!(w, "a" | "an")
}

/// Determiners that open a phrase naming one person ("a", "the", "his").
fn one_person_determiner(w: &str) -> bool {
    matches!(w, "a" | "an" | "the" | "this" | "that" | "his" | "her" | "their" | "its" | "my" | "our" | "your")
}

impl Reader<'_, '_> {
    fn text(&self, i: usize) -> &str {
        if i < self.lo || i >= self.hi {
            return "";
        }
        self.doc.text_of(&self.doc.tokens()[i])
    }

    fn glued(&self, i: usize) -> bool {
        i < self.hi && !self.doc.tokens()[i].space_before()
    }

    /// True when token `i` is a name that can be a person's: capitalised, not a day, a month or a
    /// body ("Police", "County").
    pub(super) fn person_name(&self, i: usize) -> bool {
        let w = self.lower(i);
        self.class(i) == Class::Name
            && self.doc.tokens()[i].kind() == Kind::Word
            && !lx::DAYS.contains_key(w)
            && !lx::MONTHS.contains_key(w)
            && !lx::ORGANISATION_WORDS.contains(w)
            && !lx::PLACE_NOUNS.contains(w)
            && !lx::STREET_WORDS.contains(w)
            && !lx::HARM_WORDS.contains_key(w)
    }

    /// True when token `i` is a capitalised word opening its sentence, which may be a name's first
    /// word ("Marta Kovic, 27, died").
    fn opening_capital(&self, i: usize) -> bool {
        i == self.lo
            && self.class(i) == Class::Word
            && self.text(i).starts_with(char::is_uppercase)
            && !person_head(self.lower(i))
    }

    /// "19-year-old" ending at token `i` ("old"): the index of its number.
    fn age_noun_before(&self, i: usize) -> Option<usize> {
        let age = self.lower(i) == "old"
            && self.lower(i.checked_sub(1)?) == "-"
            && self.lower(i - 2) == "year"
            && self.lower(i.checked_sub(3)?) == "-";
        let n = i.checked_sub(4)?;
        let number = self.class(n) == Class::Number || lx::NUMBER_WORDS.contains_key(self.lower(n));
        (age && number && n >= self.lo).then_some(n)
    }

    /// One person named by a phrase ending at token `end`, read back to its determiner.
    fn one_before(&self, end: usize) -> Option<One> {
        let w = self.lower(end);
        if one_person_pronoun(w) {
            return Some(One { first: end, last: end, noun: "person".into(), known: known_pronoun(w) });
        }
        let (head_first, noun) = if person_head(w) {
            (end, w.to_string())
        } else if let Some(n) = self.age_noun_before(end) {
            let noun = self.doc.text()[self.doc.tokens()[n].start()..self.doc.tokens()[end].end()].to_lowercase();
            (n, noun)
        } else if self.person_name(end) {
            // a name: a run of capitalised words ("Darin Smith", "Officer Ann Lee")
            let mut f = end;
            while f > self.lo
                && end - f < 4
                && (self.person_name(f - 1) || self.text(f - 1) == "." && self.glued(f) || self.opening_capital(f - 1))
            {
                f -= 1;
            }
            return Some(One { first: f, last: end, noun: "person".into(), known: true });
        } else {
            return None;
        };
        // back over modifiers to the determiner: "a 15-year-old Shelby boy", "the girl's mother"
        let mut i = head_first;
        while i > self.lo {
            let p = i - 1;
            let w = self.lower(p);
            match self.class(p) {
                Class::Det if one_person_determiner(w) => {
                    return Some(One { first: p, last: end, noun, known: definite_determiner(w) })
                }
                Class::Det => return None,
                Class::Number => return None,
                Class::Word | Class::Name if lx::NUMBER_WORDS.contains_key(w) => {
                    if self.lower(p + 1) != "-" {
                        return None;
                    }
                }
                Class::Word => {
                    use crossread_text::wordnet::Pos;
                    let pos = self.doc.pos(p);
                    if matches!(pos, Some(Pos::Verb) | Some(Pos::Adv)) && !person_head(w) {
                        break;
                    }
                }
                Class::Name => {}
                Class::Punct if w == "-" && self.glued(p) && self.glued(p + 1) => {}
                _ => break,
            }
            i = p;
        }
        // no determiner: a headline's "Teen shot dead", or a phrase opening its clause
        let opens = i == self.lo || matches!(self.class(i - 1), Class::Punct | Class::Conj);
        opens.then_some(One { first: i, last: end, noun, known: false })
    }

    /// The phrase of people ending at token `end`: one or more persons joined by "and" or commas.
    pub(super) fn people_before(&self, end: usize) -> Option<People> {
        let mut ones = vec![self.one_before(end)?];
        let mut joined = false;
        loop {
            let first = ones.last().map_or(end, |o| o.first);
            let Some(p) = first.checked_sub(1).filter(|&p| p >= self.lo) else { break };
            let w = self.lower(p);
            let and = matches!(w, "and" | "&");
            if !(and || w == "," && joined) {
                // "the mother of a toddler was killed": the phrase a prepositional phrase hangs on
                if self.class(p) == Class::Prep && ones.len() == 1 && p > self.lo {
                    let head = self.people_before(p - 1)?;
                    return Some(head);
                }
                break;
            }
            joined |= and;
            let before = if and && self.lower(p.wrapping_sub(1)) == "," { p - 1 } else { p };
            match before.checked_sub(1).filter(|&b| b >= self.lo).and_then(|b| self.one_before(b)) {
                Some(o) => ones.push(o),
                // "police said ... and a man was killed": the clause before is no part of the phrase
                None if and => break,
                None => return None,
            }
        }
        Some(self.people(ones))
    }

    /// The phrase of people starting at token `start` (an object, or after "the death of").
    pub(super) fn people_after(&self, start: usize) -> Option<People> {
        let mut ones = vec![self.one_after(start)?];
        while let Some(last) = ones.last().map(|o| o.last) {
            let and = last + 1;
            if !matches!(self.lower(and), "and" | "&") {
                break;
            }
            match self.one_after(and + 1) {
                Some(o) => ones.push(o),
                None => break,
            }
        }
        ones.reverse();
        Some(self.people(ones))
    }

    /// One person named by a phrase starting at token `start`: a pronoun, a name, or a determiner
    /// and its modifiers up to a noun that names one person.
    fn one_after(&self, start: usize) -> Option<One> {
        let w = self.lower(start);
        if one_person_pronoun(w) && w != "her" || w == "her" && !self.nominal(start + 1) {
            return Some(One { first: start, last: start, noun: "person".into(), known: known_pronoun(w) });
        }
        // the object "another", one more person than the clause's first: "killed a man and wounded another"
        if w == "another" && !self.nominal(start + 1) {
            return Some(One { first: start, last: start, noun: "person".into(), known: false });
        }
        if self.person_name(start) && !(self.class(start) == Class::Det) {
            let mut l = start;
            while l + 1 < self.hi && l - start < 3 && self.person_name(l + 1) {
                l += 1;
            }
            // "Smith's mother": the name owns the phrase's head
            if !self.lower(l).ends_with("'s") && !self.lower(l).ends_with("\u{2019}s") {
                return Some(One { first: start, last: l, noun: "person".into(), known: true });
            }
        }
        let det = self.class(start) == Class::Det && one_person_determiner(w);
        let mut i = if det { start + 1 } else { start };
        let mut head: Option<(usize, String)> = None;
        while i < self.hi && self.nominal(i) {
            let w = self.lower(i);
            if person_head(w) {
                head = Some((i, w.to_string()));
            } else if w == "old" && self.age_noun_before(i).is_some() {
                let n = self.age_noun_before(i).unwrap_or(i);
                let noun = self.doc.text()[self.doc.tokens()[n].start()..self.doc.tokens()[i].end()].to_lowercase();
                head = Some((i, noun));
            } else if head.is_some() && !lx::NUMBER_WORDS.contains_key(w) && self.class(i) != Class::Punct {
                // a noun after the person is the phrase's head: "the man's car"
                if self.class(i) == Class::Word {
                    head = None;
                }
            }
            i += 1;
        }
        let (h, noun) = head?;
        if h + 1 != i && !(det || self.person_name(start)) {
            return None;
        }
        let known = det && definite_determiner(w) || !det && self.person_name(start);
        (det || self.person_name(start) || start == h || self.nominal(start)).then_some(One {
            first: start,
            last: h,
            noun,
            known,
        })
    }

    /// True when token `i` can stand inside a phrase of people: a name, a noun or adjective, a
    /// possessive, a glued hyphen, or the number of an age ("15-year-old").
    fn nominal(&self, i: usize) -> bool {
        if i >= self.hi {
            return false;
        }
        let w = self.lower(i);
        match self.class(i) {
            Class::Name => !lx::DAYS.contains_key(w) && !lx::MONTHS.contains_key(w),
            Class::Word => {
                use crossread_text::wordnet::Pos;
                if lx::NUMBER_WORDS.contains_key(w) {
                    return self.lower(i + 1) == "-";
                }
                person_head(w) || !matches!(self.doc.pos(i), Some(Pos::Verb) | Some(Pos::Adv))
            }
            Class::Number => self.lower(i + 1) == "-" && self.glued(i + 1),
            Class::Punct => w == "-" && self.glued(i) && self.glued(i + 1),
            _ => false,
        }
    }

    /// The persons named, as one phrase: its span, count and noun.
    fn people(&self, mut ones: Vec<One>) -> People {
        ones.sort_by_key(|o| o.first);
        let first = ones.first().map_or(0, |o| o.first);
        let last = ones.last().map_or(0, |o| o.last);
        let noun = match ones.as_slice() {
            [one] => one.noun.clone(),
            _ => "people".to_string(),
        };
        let member = matches!(ones.as_slice(), [one] if one.known);
        People { first, last, count: ones.len() as u32, noun, member }
    }
}
