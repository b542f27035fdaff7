//! Spans that look numeric but are not figures: clock times, phone numbers, codes and names, years, ages in apposition, street numbers and blocks, emergency lines, gallery counters.

use super::*;

impl Scan<'_> {
    /// Dates, times, phone numbers: spans that look numeric but are not figures.
    pub(super) fn non_figure(&self, i: usize) -> Option<usize> {
        if !self.is_num(i) {
            return None;
        }
        // clock times: 5:30, 19:40, 10.45pm, 8am, 5 p.m.
        if self.is_sym(i + 1, &[":"]) && self.glued(i + 1) && self.is_num(i + 2) && self.glued(i + 2) {
            let mut end = i + 3;
            if self.is_sym(end, &[":"]) && self.is_num(end + 1) {
                end += 2;
            }
            return Some(self.skip_time_mark(end));
        }
        if self.is_time_mark(i + 1) {
            let raw = self.raw(i);
            let clock = raw.split('.').all(|p| p.len() <= 2) && raw.len() <= 5;
            if clock && !self.low(i + 1).starts_with("hour") && !self.low(i + 1).starts_with("hr") {
                return Some(self.skip_time_mark(i + 1));
            }
        }
        // "at 13.14": h.mm after "at" with nothing after it that makes it a quantity
        let raw = self.raw(i);
        if self.low(i.wrapping_sub(1)) == "at" && raw.len() == 5 && raw.as_bytes()[2] == b'.' {
            let (h, m) = (raw[..2].parse::<u32>().unwrap_or(99), raw[3..].parse::<u32>().unwrap_or(99));
            if h < 24 && m < 60 && self.unit_at(i + 1, false).is_none() && !self.is_sym(i - 2, &["$", "£", "€"]) {
                return Some(i + 1);
            }
        }
        // phone numbers: 0800 123 456, +44 20 7946 0958, (555) 123-4567
        let mut j = i;
        let mut groups = 0;
        let mut digits = 0;
        while self.is_num(j) && self.raw(j).bytes().all(|b| b.is_ascii_digit()) {
            groups += 1;
            digits += self.raw(j).len();
            let sep = self.is_sym(j + 1, &["-", ".", ")"]) && self.is_num(j + 2);
            if sep {
                j += 2;
            } else if self.is_num(j + 1) && self.toks[j + 1].space_before() {
                j += 1;
            } else {
                j += 1;
                break;
            }
        }
        let plus = self.is_sym(i.wrapping_sub(1), &["+", "("]);
        if groups >= 3 && digits >= 7 || groups >= 2 && digits >= 7 && (plus || raw.starts_with('0')) {
            return Some(j);
        }
        None
    }

    pub(super) fn is_time_mark(&self, i: usize) -> bool {
        let w = self.low(i);
        if lx::TIME_MARKS.contains(w) && w != "hours" && w != "hrs" {
            if w == "et" || w == "pt" || w == "ct" || w == "local" {
                return self.capitalized(i) || w == "local" && self.low(i + 1) == "time";
            }
            return true;
        }
        (w == "a" || w == "p") && self.is_sym(i + 1, &["."]) && self.glued(i + 1) && self.low(i + 2) == "m"
    }

    pub(super) fn skip_time_mark(&self, mut end: usize) -> usize {
        while self.is_time_mark(end) || self.is_sym(end, &["."]) && self.glued(end) && self.low(end + 1) == "m" {
            end += if self.low(end) == "a" || self.low(end) == "p" { 3 } else { 1 };
            if self.is_sym(end, &["."]) && self.glued(end) {
                end += 1;
            }
        }
        end
    }

    /// Numbers that are part of a code or name: "F-16", "COVID-19", "X6", "#1", "24/7".
    pub(super) fn is_code_number(&self, j: usize) -> bool {
        if j == 0 || !self.is_num(j) {
            return false;
        }
        let prev = j - 1;
        if self.glued(j) {
            // "X6", "G7", "S22": capitals glued to digits
            if self.all_caps_word(prev) && !lx::CURRENCY_MARKS.contains_key(self.low(prev)) {
                return true;
            }
            if self.is_sym(prev, &["-", "/", "#", ".", "\u{2044}"]) && prev > 0 && self.glued(prev) {
                let pp = prev - 1;
                let caps_word = self.is_word(pp) && self.raw(pp).chars().any(char::is_uppercase);
                if caps_word || self.is_num(pp) && self.is_sym(prev, &["/", ".", "\u{2044}"]) {
                    return true;
                }
            }
            if self.is_sym(prev, &["#", "№"]) {
                return true;
            }
        }
        // "COVID -19"
        if self.is_sym(prev, &["-"]) && self.glued(j) && self.all_caps_word(prev.wrapping_sub(1)) {
            return true;
        }
        self.is_sym(j + 1, &["/", "\u{2044}"]) && self.glued(j + 1) && self.is_num(j + 2)
    }

    /// True when token `i` is a word of capitals ("COVID", "X", "USD").
    pub(super) fn all_caps_word(&self, i: usize) -> bool {
        self.is_word(i)
            && self.raw(i).chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
            && self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// "575 Wilbraham Road", "9 E 71st St", "22 Ave Foch": a house number before a street name (whose
    /// words may be a compass letter and an ordinal), or before a street word and a name.
    pub(super) fn is_street_address(&self, after: usize) -> bool {
        let ordinal = |t: usize| {
            let r = self.raw(t);
            self.is_num(t) && self.is_word(t + 1) && self.glued(t + 1) && {
                let suffix = self.low(t + 1);
                matches!(suffix, "st" | "nd" | "rd" | "th") && r.bytes().all(|b| b.is_ascii_digit())
            }
        };
        let mut names = Vec::new();
        let mut t = after;
        while names.len() < 3 {
            if self.capitalized(t) {
                names.push(t);
                t += 1;
            } else if ordinal(t) {
                names.push(t);
                t += 2;
            } else {
                break;
            }
        }
        let named = (1..names.len()).any(|n| {
            let k = names[n];
            self.capitalized(k) && lx::STREET_WORDS.contains(self.low(k))
        }) || names.len() == 3 && self.capitalized(t) && lx::STREET_WORDS.contains(self.low(t));
        named
            || self.capitalized(after) && lx::STREET_WORDS.contains(self.low(after + 1)) && self.capitalized(after + 1)
            || self.capitalized(after)
                && lx::STREET_WORDS.contains(self.low(after))
                && self.raw(after).len() <= 4
                && self.capitalized(after + 1)
    }

    /// "a shooting at 2207 Ferncliff", "police were called to 418 Larch": a bare number of three or more
    /// digits after "at" or "to", before a capitalised word that counts nothing (a street's name).
    pub(super) fn is_house_number_at(&self, i: usize, num: &Num, after: usize) -> bool {
        num.plain_int
            && num.digits >= 3
            && i > 0
            && matches!(self.low(i - 1), "at" | "to")
            && self.capitalized(after)
            && !self.plural_noun_at(after)
    }

    /// "the 1400 block of Main Street", "called 911", "Image 5 of 32": a street block, an emergency
    /// line, a photo gallery's counter (the number at `j`, the token after it at `after`).
    pub(super) fn is_block_line_or_counter(&self, j: usize, after: usize) -> bool {
        if self.low(after) == "block" {
            return true;
        }
        let call = |k: usize| lx::EMERGENCY_CALL_WORDS.contains(self.low(k));
        if lx::EMERGENCY_LINES.contains(self.raw(j)) && (call(j.wrapping_sub(1)) || call(after)) {
            return true;
        }
        let counter = |k: usize| lx::GALLERY_WORDS.contains(self.low(k));
        let first = j > 0 && counter(j - 1) && self.low(after) == "of" && self.is_num(after + 1);
        let second = j >= 3 && self.low(j - 1) == "of" && self.is_num(j - 2) && counter(j - 3);
        first || second
    }

    /// A year-like number that still counts things: "about 2000 people", "killed 1500 troops".
    pub(super) fn count_not_year(&self, i: usize, after: usize) -> bool {
        if !self.plural_noun_at(after) {
            return false;
        }
        if i == 0 {
            return true;
        }
        let prev = i - 1;
        let w = self.low(prev);
        if lx::QUALIFIERS.contains_key(w) {
            return true;
        }
        let determiner =
            lx::DETERMINERS_BEFORE_YEAR.contains(w) || w.ends_with("'s") || w.ends_with("’s") || self.capitalized(prev);
        !determiner
    }

    /// "Senard, 65, now faces", "a boy, 9, was hurt", "Senard, 65 (pictured), said": an age in
    /// apposition to a name or to a noun that names one person.
    pub(super) fn is_age_apposition(&self, i: usize, after: usize, value: f64) -> bool {
        i >= 2
            && (1.0..=120.0).contains(&value)
            && value.fract() == 0.0
            && self.is_sym(i - 1, &[","])
            && (self.capitalized(i - 2) || lx::ONE_PERSON_NOUNS.contains(self.low(i - 2)))
            && (self.is_sym(after, &[",", ")", "(", ";"])
                || after >= self.toks.len()
                || self.is_sym(after, &["."])
                || self.age_in_a_list_of_names(after))
    }

    /// "Harlan, 24 and Voss, 23, were ...": after an age, "and" with the next name and its age.
    fn age_in_a_list_of_names(&self, after: usize) -> bool {
        self.low(after) == "and"
            && self.capitalized(after + 1)
            && self.is_sym(after + 2, &[","])
            && self.is_num(after + 3)
    }

    /// "she will be 41 by the spring", "she turned 40 on Monday": a bare number a person is or
    /// turns, with nothing counted after it.
    pub(super) fn is_age_after_be(&self, i: usize, after: usize, value: f64) -> bool {
        if i < 2 || !(1.0..=120.0).contains(&value) || value.fract() != 0.0 {
            return false;
        }
        let verb = matches!(self.low(i - 1), "be" | "is" | "was" | "turns" | "turned" | "turning" | "turn");
        let mut s = i - 2;
        while s > 0 && matches!(self.low(s), "will" | "would" | "to" | "now" | "soon" | "already") {
            s -= 1;
        }
        let person = matches!(self.low(s), "he" | "she" | "who");
        let nothing_counted = !self.is_word(after) || lx::FUNCTION_WORDS.contains_key(self.low(after));
        verb && person && nothing_counted
    }

    /// "life expectancy for men is around 73", "a life expectancy of 81.5": a bare number that a life
    /// expectancy shortly before it measures is an age (the reader asks only when nothing is counted
    /// after the number). No other number may stand between.
    pub(super) fn is_life_expectancy(&self, i: usize, value: f64) -> bool {
        if !(1.0..=120.0).contains(&value) {
            return false;
        }
        (i.saturating_sub(8)..i)
            .rev()
            .take_while(|&t| !self.is_num(t))
            .any(|t| self.low(t) == "life" && self.low(t + 1) == "expectancy")
    }

    /// True when a month name stands right before or after the number at `j` ("6 August", "March 29").
    pub(super) fn month_near(&self, i: usize, j: usize) -> bool {
        let is_month = |k: usize| {
            let w = self.low(k);
            self.is_word(k) && lx::MONTHS.contains_key(w) && (w != "may" && w != "mar" || self.capitalized(k))
        };
        let next = if self.is_sym(j + 1, &["-", "\u{2013}"]) && self.is_num(j + 2) { j + 3 } else { j + 1 };
        (i > 0 && is_month(i - 1))
            || (i > 1 && self.is_sym(i - 1, &["."]) && is_month(i - 2))
            || is_month(next)
            || self.low(next) == "of" && is_month(next + 1)
    }

    /// Numbers inside names: "Section 427", "Fath 360", "Big 12".
    pub(super) fn is_name_number(&self, i: usize, j: usize, num: &Num) -> bool {
        if i != j || i == 0 || !num.plain_int && !num.words {
            return false;
        }
        let prev = i - 1;
        if !self.is_word(prev) {
            return false;
        }
        let w = self.low(prev);
        if lx::NAME_WORDS_BEFORE_NUMBERS.contains(w) && !num.words {
            return true;
        }
        let has_capital = self.raw(prev).chars().any(char::is_uppercase);
        // "BBC One", "Formula One": a capitalised number word after a capitalised word names a thing
        if num.words && self.capitalized(i) && has_capital && prev != self.first_word && !self.title() {
            return !lx::COUNTED_NOUN_STOPS.contains(w) && !lx::QUALIFIERS.contains_key(w);
        }
        if num.words || !has_capital || prev == self.first_word || self.title() {
            return false;
        }
        // "..., the Civic Union 13, the Greens 10": a count after each name of a list
        if self.in_list_of_named_counts(i) {
            return false;
        }
        let function_word = lx::COUNTED_NOUN_STOPS.contains(w)
            || lx::QUALIFIERS.contains_key(w)
            || lx::TREND_UP.contains(w)
            || lx::TREND_DOWN.contains(w)
            || lx::MONTHS.contains_key(w)
            || lx::VERBS_BEFORE_NUMBER.contains(w);
        !function_word
    }

    /// Whether the number at `i`, after a name, closes an item of a list of counts after names, the
    /// noun said once: "took 61 seats, Ola Dane's Reform Union 13, the Civic Union (CU) 10". The
    /// item ends at a comma, "and" or the sentence's end, and the item before it ends in a number and
    /// its noun, or both the items beside it end in numbers, or it is the last item ("and Tarn 30.")
    /// after one that does.
    fn in_list_of_named_counts(&self, i: usize) -> bool {
        let after = i + 1;
        let ends = after >= self.toks.len() || self.is_sym(after, &[",", ";", "."]) || self.low(after) == "and";
        if !ends {
            return false;
        }
        // the words of a name: capitalised words, "the", possessive endings, a short form in brackets
        let name_word = |k: usize| {
            self.capitalized(k)
                || matches!(self.low(k), "the" | "'s" | "\u{2019}s" | "s")
                || self.is_sym(k, &["(", ")", "'", "\u{2019}"])
                || self.is_word(k) && self.raw(k).chars().all(|c| c.is_uppercase())
        };
        // back over this item's name to the separator before it
        let mut k = i;
        while k > 0 && i - k < 8 && name_word(k - 1) {
            k -= 1;
        }
        let sep_before = k > 0 && (self.is_sym(k - 1, &[","]) || self.low(k - 1) == "and");
        // the item before ends in a number and the noun the list counts ("61 seats,"), or in a number
        let noun_before = sep_before && k >= 3 && self.is_word(k - 2) && !self.capitalized(k - 2) && self.is_num(k - 3);
        let number_before = sep_before && k >= 2 && self.is_num(k - 2);
        // the item after: a name, then a number
        let mut n = after + 1;
        if self.is_sym(after, &[","]) && self.low(n) == "and" {
            n += 1;
        }
        let from = n;
        while n < self.toks.len() && n - from < 8 && name_word(n) {
            n += 1;
        }
        let count_after = n > from && self.is_num(n) && (self.capitalized(n - 1) || self.is_sym(n - 1, &[")"]));
        // two names with a number each ("the Dow 30 and the Russell 2000") are as likely names
        // ("..., Orla City 35 and Tarn 30.": the last item of a list of them)
        let last =
            number_before && self.low(k - 1) == "and" && (after >= self.toks.len() || self.is_sym(after, &["."]));
        noun_before || number_before && (count_after || last)
    }

    /// Whether "one" here is a number and not a pronoun ("each one", "no one", "the one").
    pub(super) fn one_is_figure(&self, i: usize, after: usize) -> bool {
        let prev = self.low(i.wrapping_sub(1));
        if lx::WORDS_BEFORE_PRONOUN_ONE.contains(prev) {
            return false;
        }
        !self.is_num(after) && !lx::WORDS_AFTER_IDIOM_ONE.contains(self.low(after))
    }
}
