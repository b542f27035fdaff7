//! The thing a count counts: the noun phrase after it, or people shown by the verb.

use super::*;
use crossread_text::wordnet;

impl Scan<'_> {
    pub(super) fn plural_noun_at(&self, k: usize) -> bool {
        self.is_word(k)
            && self.toks[k].space_before()
            && !self.capitalized(k)
            && self.is_plural(self.low(k))
            && !lx::COUNTED_NOUN_STOPS.contains(self.low(k))
    }

    pub(super) fn is_plural(&self, w: &str) -> bool {
        lx::IRREGULAR_PLURALS.contains(w)
            || (w.ends_with("men") && w.len() > 4)
            || (w.len() > 2
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("is")
                && !w.ends_with("'s")
                && !w.ends_with("’s"))
    }

    /// The counted noun phrase after a bare number: "28 settlements", "14 first-team players";
    /// with the unit its head names, if it does ("517 rushing yards").
    pub(super) fn counted_noun(&self, k: usize, value: f64) -> Option<(usize, String, Option<UnitWord>)> {
        // token ranges of each word (at most four: kept on the stack)
        let mut room = [(0usize, 0usize); 4];
        let mut n = 0;
        // "eleven more goals": a comparison word before the noun is no part of what is counted
        let mut t = if lx::COUNT_MODIFIERS.contains(self.low(k))
            && self.is_word(k + 1)
            && !lx::COUNTED_NOUN_STOPS.contains(self.low(k + 1))
        {
            k + 1
        } else {
            k
        };
        // "two new 737 Max jets": a model's number before its capitalised name is a word of the phrase
        let model = |t: usize| {
            self.is_num(t)
                && self.raw(t).bytes().all(|b| b.is_ascii_digit())
                && self.capitalized(t + 1)
                && self.toks[t + 1].space_before()
        };
        while n < room.len() && (self.is_word(t) || model(t)) && self.toks[t].space_before() {
            let words = &room[..n];
            let w = self.low(t);
            let next_word = |n: usize| self.is_word(t + n) && self.toks[t + n].space_before();
            // "COVID-19 tests": a code name before the noun is no part of what is counted
            if self.all_caps_word(t)
                && self.is_sym(t + 1, &["-"])
                && self.is_num(t + 2)
                && self.glued(t + 2)
                && next_word(3)
            {
                t += 3;
                continue;
            }
            // "digital and physical sales": adjectives (WordNet's) joined by a conjunction; not nouns
            // ("search and rescue personnel" is a compound this reading would split)
            let adjective = |t: usize| wordnet::lemma_as(self.low(t), wordnet::Pos::Adj).is_some();
            let joins = matches!(w, "and" | "or")
                && next_word(1)
                && !lx::COUNTED_NOUN_STOPS.contains(self.low(t + 1))
                && adjective(t + 1)
                && words.last().is_some_and(|&(a, b)| b == a + 1 && adjective(a));
            if joins {
                t += 1;
                continue;
            }
            if lx::COUNTED_NOUN_STOPS.contains(w) || lx::MONTHS.contains_key(w) && self.capitalized(t) {
                break;
            }
            let mut e = t + 1;
            // hyphenated compounds: "first-team"
            while self.is_sym(e, &["-"]) && self.glued(e) && self.is_word(e + 1) && self.glued(e + 1) {
                e += 2;
            }
            let whole = self.lowered(self.toks[t].start(), self.toks[e - 1].end());
            let verbish = (whole.ends_with("ed") && whole.len() > 4)
                || whole.ends_with("ly")
                || (whole.ends_with("ing") && whole.len() > 5);
            // a participle is an adjective only when a noun follows it: "300 recorded songs"
            if verbish
                && !(self.is_word(e)
                    && self.toks[e].space_before()
                    && self.is_plural(self.low(e))
                    && !lx::COUNTED_NOUN_STOPS.contains(self.low(e)))
            {
                break;
            }
            if lx::PEOPLE_VERBS.contains(whole) {
                break;
            }
            room[n] = (t, e);
            n += 1;
            t = e;
        }
        let words = &room[..n];
        if words.is_empty() {
            return None;
        }
        let head = if value == 1.0 {
            0
        } else {
            words.iter().position(|&(a, b)| {
                let w = self.lowered(self.toks[a].start(), self.toks[b - 1].end());
                self.is_plural(w)
                    && (!self.capitalized(a) || self.title() || a > k || !self.capitalized(k.wrapping_sub(1)))
            })?
        };
        let (a, end) = words[head];
        let head_unit = lx::unit_forms(self.low(a))
            .find(|u| !u.glued_only && matches!(u.case, lx::Case::Any | lx::Case::Lower))
            .filter(|u| !u.is_veto() && end == a + 1 && (!self.capitalized(a) || self.title()))
            .copied();
        // "300 recorded songs" counts songs: participles before the head are left out of the noun
        let first = words[..head]
            .iter()
            .position(|&(s, e)| {
                let w = self.lowered(self.toks[s].start(), self.toks[e - 1].end());
                !(w.ends_with("ed") && w.len() > 4)
            })
            .map_or(a, |p| words[p].0);
        let noun = self.text[self.toks[first].start()..self.toks[end - 1].end()].to_string();
        Some((end, noun, head_unit))
    }

    /// "121 have been injured": a bare number the verb shows to count people.
    pub(super) fn people_after(&self, k: usize) -> Option<String> {
        for t in k..k + 4 {
            let w = self.low(t);
            if lx::PEOPLE_VERBS.contains(w) {
                return Some("people".into());
            }
            if !lx::AUXILIARIES.contains(w) {
                return None;
            }
        }
        None
    }

    /// "three of the mayor's aides", "two of their players": the group a number counts part of, its
    /// noun phrase after the determiner (and an owner's name), and where it ends.
    pub(super) fn partitive_noun(&self, k: usize, value: f64) -> Option<(usize, String, Option<UnitWord>)> {
        if self.low(k) != "of" || !lx::PARTITIVE_DETERMINERS.contains(self.low(k + 1)) || value < 2.0 {
            return None;
        }
        let mut t = k + 2;
        let owner = |w: &str| w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'");
        if self.is_word(t) && owner(self.low(t)) {
            t += 1;
        }
        let (end, noun, unit) = self.counted_noun(t, value)?;
        // the count is of the noun only when the phrase ends there: "two of the boats sank"
        Some((end, noun, unit))
    }
}
