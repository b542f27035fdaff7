//! What a number measures: currencies before it, units after it, compound rates, magnitudes.

use super::*;
use crossread_text::wordnet;

impl Scan<'_> {
    /// "M7.8": a magnitude written with its letter.
    pub(super) fn magnitude_code(&self, m: usize, num: Num) -> Step {
        let span = self.span(m, num.end);
        Step::Figure(
            Box::new(Figure {
                text: span.slice(self.text).to_string(),
                span,
                value: Value::Number(num.value),
                unit: Unit::MAGNITUDE,
                unit_name: "magnitude".into(),
                counted: None,
                approx: Approx::Exact,
                qualifier: None,
                trend: None,
                vague: false,
                from_to: false,
                sentence: self.sentence,
                implied: None,
            }),
            num.end,
        )
    }

    // ---- pieces of a figure ----------------------------------------------------------------

    pub(super) fn currency_prefix(&self, i: usize) -> Option<(Unit, usize)> {
        // glued letters then a mark: US$, A$, HK$
        // "$US55,931,000", "$A82m"
        if self.is_sym(i, &["$"]) && self.is_word(i + 1) && self.glued(i + 1) && self.is_num(i + 2) && self.glued(i + 2)
        {
            if let Some(code) = self.key(i, 2).and_then(|k| lx::CURRENCY_MARKS.get(&k)) {
                return Some((Unit::of(code), i + 2));
            }
        }
        if self.is_word(i) && self.is_sym(i + 1, &["$", "="]) {
            if let Some(code) = self.key(i, 2).and_then(|k| lx::CURRENCY_MARKS.get(&k)) {
                if self.is_num(i + 2) {
                    return Some((Unit::of(code), i + 2));
                }
            }
        }
        if self.kind(i) == Some(Kind::Sym) {
            if let Some(code) = lx::CURRENCY_MARKS.get(self.low(i)) {
                let j = i + 1;
                if self.is_num(j)
                    || self.low(j) == "minus"
                    || self.is_sym(j, super::SIGNS) && self.is_num(j + 1) && self.glued(j + 1)
                {
                    return Some((Unit::of(code), j));
                }
            }
        }
        if self.is_word(i) && self.is_num(i + 1) {
            let raw = self.raw(i);
            if raw == "PS" && self.glued(i + 1) {
                return Some((Unit::GBP, i + 1));
            }
            let upper = raw.chars().all(|c| c.is_ascii_uppercase()) || raw == "Rs";
            if upper && raw.len() >= 2 {
                if let Some(code) = lx::CURRENCY_MARKS.get(self.low(i)) {
                    return Some((Unit::of(code), i + 1));
                }
            }
        }
        if self.is_word(i) && self.low(i) == "rs" && self.is_sym(i + 1, &["."]) && self.is_num(i + 2) {
            return Some((Unit::INR, i + 2));
        }
        None
    }

    /// A unit, currency word or percent sign at `k` (after a number).
    pub(super) fn unit_at(&self, k: usize, have_currency: bool) -> Option<UnitFound> {
        // hyphenated adjective: "25-mile", "40-kilometer", "67-year-old"
        let (k, hyphen) = if self.is_sym(k, &["-", "\u{2010}", "\u{2011}"])
            && self.glued(k)
            && self.glued(k + 1)
            && self.is_word(k + 1)
        {
            (k + 1, true)
        } else {
            (k, false)
        };
        if !have_currency && !hyphen {
            // every key read here starts with the token's own text: when no currency word does, none
            // of them is one
            let may_be_word = lx::begins_a_currency_word(self.low(k));
            for n in (1..=3).rev().filter(|_| may_be_word) {
                let Some(key) = self.key(k, n) else { continue };
                if let Some(code) = lx::CURRENCY_WORDS.get(&key) {
                    if n == 1 && key == "won" {
                        continue;
                    }
                    let unit = Unit::of(code);
                    return Some(UnitFound { unit, name: unit.name().to_string(), end: k + n, currency: true });
                }
            }
            // "1,200€"
            if self.kind(k) == Some(Kind::Sym) && self.glued(k) {
                if let Some(code) = lx::CURRENCY_MARKS.get(self.low(k)) {
                    let unit = Unit::of(code);
                    return Some(UnitFound { unit, name: unit.name().to_string(), end: k + 1, currency: true });
                }
            }
        }
        let starts = lx::starts_a_unit(self.low(k));
        // the key of n tokens starts with the key of fewer: no form is longer than the longest key
        // here that some form starts with
        let mut most = 0;
        while starts
            && most < lx::unit_max_tokens()
            && self.key(k, most + 1).is_some_and(|key| lx::begins_a_unit_form(&key))
        {
            most += 1;
        }
        for n in (1..=most).rev() {
            let Some(key) = self.key(k, n) else { continue };
            let Some(u) = self.unit_form(&key, k, n, hyphen) else { continue };
            let unit = Unit::of(u.code);
            let mut found = UnitFound { unit, name: lx::form_name(u, unit).into(), end: k + n, currency: false };
            // "degrees Celsius": the scale after the degree
            if u.code == "deg" {
                if let Some(key2) = self.key(k + n, 1) {
                    let scale = self.unit_form(&key2, k + n, 1, false).filter(|u2| matches!(u2.code, "degC" | "degF"));
                    if let Some(u2) = scale {
                        let unit = Unit::of(u2.code);
                        found =
                            UnitFound { unit, name: lx::form_name(u2, unit).into(), end: k + n + 1, currency: false };
                    }
                }
            }
            return Some(found);
        }
        if !have_currency && !hyphen && matches!(self.low(k), "pounds" | "pound") {
            let scaled = matches!(self.low(k.wrapping_sub(1)), "million" | "billion" | "thousand" | "m" | "bn");
            if scaled || self.low(k + 1) == "sterling" {
                let end = if self.low(k + 1) == "sterling" { k + 2 } else { k + 1 };
                return Some(UnitFound { unit: Unit::GBP, name: "pound sterling".into(), end, currency: true });
            }
            return Some(UnitFound { unit: Unit::LB, name: "pound-mass".into(), end: k + 1, currency: false });
        }
        None
    }

    /// The unit form the `n` tokens at `k` (lower-cased as `key`) are written in, if they are one
    /// where they stand: in a case the form allows, glued to the number when it must be, ending at a
    /// word's end. `None` too when a news form says these words are no unit here.
    pub(super) fn unit_form(&self, key: &str, k: usize, n: usize, hyphen: bool) -> Option<&'static UnitWord> {
        let written = &self.text[self.toks[k].start()..self.toks[k + n - 1].end()];
        // "2 m" with letters glued after it is no unit: a form ends at a word's end
        if self.is_word(k + n) && self.glued(k + n) {
            return None;
        }
        // a headline capitalises every word: a unit's name may be capitalised there ("5 Miles")
        let case_fits = |u: &UnitWord| u.case_fits(written) || self.title() && u.case == lx::Case::Lower;
        // a one-letter symbol is glued to its number ("75F", "10a") or stands alone at a clause's end
        // ("it was 75 F.", "for 10 a and"), where no word it could be follows
        let alone = || n == 1 && key.len() == 1 && (self.ends_clause(k) || self.spaced_symbol_elsewhere(k));
        let u = lx::unit_forms(key).find(|u| case_fits(u) && (!u.glued_only || self.glued(k) || hyphen || alone()))?;
        (!u.is_veto()).then_some(u)
    }

    /// True when token `k` ends a clause: the sentence's end, a mark, or a conjunction after it.
    fn ends_clause(&self, k: usize) -> bool {
        k + 1 >= self.toks.len()
            || self.is_sym(k + 1, &[".", ",", ";", ":", ")", "!", "?"])
            || matches!(self.low(k + 1), "and" | "or" | "but")
    }

    /// "up 14 p at 362 p,": a sentence that writes a one-letter symbol spaced after a number at a
    /// clause's end, where it can be nothing else, writes it so after its other numbers too.
    fn spaced_symbol_elsewhere(&self, k: usize) -> bool {
        let written = self.raw(k);
        // a clause or two either side: rows of a long table are no one sentence's style
        (k.saturating_sub(40).max(1)..(k + 40).min(self.toks.len()))
            .any(|t| t != k && self.raw(t) == written && self.is_num(t - 1) && !self.glued(t) && self.ends_clause(t))
    }

    /// A money compound after a money figure: "per barrel", "a month", "/kg".
    pub(super) fn money_per(&self, k: usize) -> Option<(&'static str, usize)> {
        let connector = matches!(self.low(k), "per" | "a" | "an") || self.is_sym(k, &["/"]);
        if !connector {
            return None;
        }
        for n in (1..=2).rev() {
            let Some(key) = self.key(k + 1, n) else { continue };
            if let Some(&per) = lx::MONEY_PER_UNITS.get(&key) {
                let article = matches!(self.low(k), "a" | "an");
                if article && lx::RELATIVE_TIME_WORDS.contains(self.low(k + 1 + n)) {
                    return None;
                }
                return Some((per, k + 1 + n));
            }
        }
        None
    }

    /// "another pick or two", "a day or two": the unit or noun named before "or".
    pub(super) fn noun_before_or(&self, i: usize) -> Option<Result<UnitWord, String>> {
        if i < 2
            || self.low(i - 1) != "or"
            || !self.is_word(i - 2)
            || !matches!(self.low(i.wrapping_sub(3)), "a" | "an" | "another" | "one")
        {
            return None;
        }
        let w = self.low(i - 2);
        let spelled = |u: &&UnitWord| !u.glued_only && matches!(u.case, lx::Case::Any | lx::Case::Lower);
        if let Some(u) = lx::unit_forms(w).find(spelled).filter(|u| !u.is_veto()) {
            return Some(Ok(*u));
        }
        (!lx::COUNTED_NOUN_STOPS.contains(w) && w.len() > 2).then(|| Err(w.to_string()))
    }

    /// "one of the cheapest electric bicycles": the kind counted, with a superlative as its base
    /// adjective ("good wireless speaker"). The span stays on "one".
    pub(super) fn one_of_the(&self, k: usize, value: f64, words: bool) -> Option<String> {
        if !(words && value == 1.0 && self.low(k) == "of" && self.low(k + 1) == "the") {
            return None;
        }
        let mut t = k + 2;
        if self.low(t) == "most" {
            t += 1;
        }
        let mut parts = Vec::new();
        while parts.len() < 4 && self.is_word(t) && !lx::COUNTED_NOUN_STOPS.contains(self.low(t)) {
            let w = self.low(t);
            // the superlative's adjective as WordNet gives it: "largest" -> "large", "best" -> "good"
            let base = match w.ends_with("st") {
                true => wordnet::lemma_as(w, wordnet::Pos::Adj).map_or_else(|| w.to_string(), |l| l.into_owned()),
                false => w.to_string(),
            };
            parts.push(base);
            t += 1;
            if self.is_plural(w) {
                break;
            }
        }
        let last = parts.pop()?;
        if !self.is_plural(&last) {
            return None;
        }
        parts.push(singular(&last));
        Some(parts.join(" "))
    }

    /// A bare number that is a magnitude: "magnitude 7.8", "magnitude of 7.6", "magnitude-7.5",
    /// "a 7.6 earthquake".
    pub(super) fn magnitude_context(&self, i: usize, after: usize, value: f64) -> bool {
        let before = |n: usize| if i >= n { self.low(i - n) } else { "" };
        let named_before = before(1) == "magnitude"
            || before(1) == "of" && before(2) == "magnitude"
            || self.is_sym(i.wrapping_sub(1), &["-"]) && before(2) == "magnitude";
        let quake_after = matches!(self.low(after), "earthquake" | "quake" | "tremor" | "earthquakes" | "quakes");
        (named_before || quake_after) && (1.0..10.0).contains(&value)
    }

    /// "three-point", "six-cylinder": a noun hyphenated to a bare number.
    pub(super) fn hyphen_noun(&self, k: usize) -> Option<String> {
        if !(self.is_sym(k, &["-"]) && self.glued(k) && self.is_word(k + 1) && self.glued(k + 1)) {
            return None;
        }
        let w = self.low(k + 1);
        let lowercase = self.raw(k + 1).chars().all(|c| c.is_lowercase());
        // "-year-old" and other units are read as units; "-plus" is a qualifier
        let ok = lowercase
            && !lx::COUNTED_NOUN_STOPS.contains(w)
            && w != "plus"
            && w.len() > 2
            && !(self.is_sym(k + 2, &["-"]) && self.glued(k + 2));
        ok.then(|| w.to_string())
    }

    /// "a 40 page report": after "a" and a number, a singular noun that a noun follows counts the
    /// number's things.
    pub(super) fn measure_noun(&self, i: usize, k: usize) -> Option<String> {
        if !matches!(self.low(i.wrapping_sub(1)), "a" | "an") || !self.is_word(k) || !self.is_word(k + 1) {
            return None;
        }
        let (w, next) = (self.low(k), self.low(k + 1));
        let nounish = |t: usize, w: &str| {
            self.toks[t].space_before()
                && !self.capitalized(t)
                && !lx::COUNTED_NOUN_STOPS.contains(w)
                && !lx::PEOPLE_VERBS.contains(w)
                && w.len() > 2
        };
        (nounish(k, w) && nounish(k + 1, next) && !self.is_plural(w)).then(|| w.to_string())
    }

    /// A rate after a quantity: "per day", "a year", "per century" (not "a year ago"), and after
    /// "per" anything a rate may be per ("points per game", "tests per capita").
    pub(super) fn per_time(&self, k: usize) -> Option<(String, usize)> {
        let slash = self.is_sym(k, &["/"]) && self.glued(k + 1);
        if !(matches!(self.low(k), "per" | "a" | "an" | "each" | "every") || slash) {
            return None;
        }
        let w = self.low(k + 1);
        if matches!(self.low(k + 2), "ago" | "earlier" | "later" | "before" | "after" | "or") {
            return None;
        }
        if lx::RATE_PERIODS.contains(w) {
            return Some((w.to_string(), k + 2));
        }
        // "per game", "/h": a noun or unit after "per" or a slash
        if self.low(k) == "per" || self.is_sym(k, &["/"]) {
            if let Some(u) = self.unit_at(k + 1, true).filter(|u| !u.currency) {
                if Unit::COUNT.per(u.unit.name()).is_some() {
                    return Some((u.unit.name().to_string(), u.end));
                }
            }
            let one = singular_of(w);
            if self.is_word(k + 1) && Unit::COUNT.per(&one).is_some() {
                return Some((one.into_owned(), k + 2));
            }
        }
        None
    }
}
