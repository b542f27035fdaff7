//! Numbers: digits with separators, number words, scale words after them.

use super::*;

impl Scan<'_> {
    /// A number written in digits or words at `j`, with any scale word after it.
    pub(super) fn number_at(&self, j: usize) -> Option<Num> {
        let mut num = if self.is_num(j) { self.digits_at(j)? } else { self.words_at(j)? };
        if !num.words {
            self.times_ten_to(&mut num);
        }
        // scale: "2.5 million", "£2.5bn", "40m" (with a currency), "10k"
        let mut k = num.end;
        // "4 hundred million"
        if !num.words && self.low(k) == "hundred" {
            num.value *= 100.0;
            num.end = k + 1;
            num.scaled = true;
            num.scale = 100.0;
            k += 1;
        }
        // "3.5m barrels", "2m people": a glued "m" before what is counted is a million, not metres;
        // after "the" only before a currency ("the 90m euro fee"), as "the 400m hurdles" is metres
        if !num.words && self.raw(k) == "m" && self.glued(k) {
            let next = k + 1;
            let unit = self.unit_at(next, false);
            let money = unit.as_ref().is_some_and(|u| u.currency);
            let counted = self.plural_noun_at(next)
                || unit.is_some_and(|u| u.unit.dimension() != crossread_model::Dimension::Length);
            let after_the = self.low(j.wrapping_sub(1)) == "the";
            if counted && (money || !after_the) && self.is_word(next) && self.toks[next].space_before() {
                num.value *= 1e6;
                num.end = k + 1;
                num.scaled = true;
                num.scale = 1e6;
                return Some(num);
            }
        }
        if self.is_word(k) {
            let w = self.low(k);
            if let Some(&lx::Scale { factor, glued_only }) = lx::SCALES.get(w) {
                if !glued_only || self.glued(k) {
                    num.value *= factor;
                    num.end = k + 1;
                    num.scaled = true;
                    num.scale = factor;
                }
            }
        }
        Some(num)
    }

    /// "1.99×10−30", "6.02 x 10^23": a number in scientific notation takes its power of ten.
    fn times_ten_to(&self, num: &mut Num) {
        let k = num.end;
        if !(self.is_sym(k, &["\u{d7}"]) || self.raw(k) == "x") || self.raw(k + 1) != "10" {
            return;
        }
        let mut e = k + 2;
        if self.is_sym(e, &["^"]) && self.glued(e) {
            e += 1;
        }
        let negative = self.is_sym(e, &["-", "\u{2212}", "\u{207b}"]) && self.glued(e);
        if negative || self.is_sym(e, &["+"]) && self.glued(e) {
            e += 1;
        }
        let glued = self.glued(k + 2) && self.glued(e);
        let power = self.raw(e).parse::<i32>().ok().filter(|p| (1..=99).contains(p) && self.is_num(e));
        if let Some(p) = power.filter(|_| glued && e > k + 2) {
            num.value *= 10f64.powi(if negative { -p } else { p });
            num.end = e + 1;
            num.plain_int = false;
            num.scaled = true;
        }
    }

    pub(super) fn digits_at(&self, j: usize) -> Option<Num> {
        let raw = self.raw(j);
        let dots = raw.matches('.').count();
        let mut end = j + 1;
        let value: f64 = if dots > 1 {
            // 1.000.000 is grouping; 1.2.3 is a version number
            let groups: Vec<&str> = raw.split('.').collect();
            if groups[1..].iter().all(|g| g.len() == 3) && !raw.contains(',') {
                raw.replace('.', "").parse().ok()?
            } else {
                return None;
            }
        } else if raw.contains(',') {
            raw.replace(',', "").parse().ok()?
        } else {
            raw.parse().ok()?
        };
        let plain_int = !raw.contains(',') && !raw.contains('.');
        // a decimal point with a stray space after it ("a magnitude-7. 6 quake"): the sentence reader
        // kept it inside the sentence, so it reads as 7.6
        let after = self.raw(j + 2);
        if plain_int
            && raw.len() == 1
            && self.is_sym(j + 1, &["."])
            && self.glued(j + 1)
            && self.is_num(j + 2)
            && !self.glued(j + 2)
            && (1..=2).contains(&after.len())
            && after.bytes().all(|b| b.is_ascii_digit())
            && self.raw(j + 3).starts_with(|c: char| c.is_ascii_lowercase())
        {
            return Num::slipped_decimal(raw, after, j + 3);
        }
        let mut value = value;
        let mut digits = raw.len();
        // a decimal comma before a scale word ("$16,5 million"): a slip for 16.5 million, not 16 and 5
        // million (a thousands group has three digits)
        let fraction = self.raw(j + 2);
        if plain_int
            && self.is_sym(j + 1, &[","])
            && self.glued(j + 1)
            && self.glued(j + 2)
            && self.is_num(j + 2)
            && (1..=2).contains(&fraction.len())
            && fraction.bytes().all(|b| b.is_ascii_digit())
            && self.is_word(j + 3)
            && lx::SCALES.get(self.low(j + 3)).is_some_and(|s| !s.glued_only || self.glued(j + 3))
        {
            return Num::slipped_decimal(raw, fraction, j + 3);
        }
        // "1 200": a group of three after a short number, with no further number after it
        if plain_int && raw.len() <= 3 && !self.is_num(j.wrapping_sub(1)) {
            let mut k = j + 1;
            while self.is_num(k)
                && self.toks[k].space_before()
                && self.raw(k).len() == 3
                && self.raw(k).bytes().all(|b| b.is_ascii_digit())
                && !self.is_num(k + 1)
            {
                value = value * 1000.0 + self.raw(k).parse::<f64>().ok()?;
                digits += 3;
                k += 1;
            }
            if k > j + 1 {
                end = k;
            }
        }
        Some(Num {
            value,
            end,
            words: false,
            plain_int: plain_int && end == j + 1,
            digits,
            leading_zero: raw.len() > 1 && raw.starts_with('0') && !raw.starts_with("0."),
            scaled: false,
            scale: 1.0,
        })
    }

    /// Number words: "eighteen", "twenty-five", "one hundred and twenty", "two and a half", "a dozen".
    pub(super) fn words_at(&self, j: usize) -> Option<Num> {
        let mut total = 0.0;
        let mut current = 0.0;
        let mut any = false;
        let mut k = j;
        let mut last_big = false;
        if self.low(k) == "a" || self.low(k) == "one" && self.low(k + 1) == "hundred" {
            let next = self.low(k + 1);
            if matches!(next, "hundred" | "thousand" | "million" | "billion" | "dozen") {
                current = 1.0;
                k += 1;
            } else if self.low(k) == "a" {
                return None;
            }
        }
        // "more than million votes": a qualifier before a bare scale word has lost its "a"
        if current == 0.0 && matches!(self.low(k), "thousand" | "million" | "billion") && self.is_word(k + 1) {
            let one = self.low(k.wrapping_sub(1));
            let two = format!("{} {one}", self.low(k.wrapping_sub(2)));
            if lx::QUALIFIERS.contains_key(one) || lx::QUALIFIERS.contains_key(two.as_str()) {
                current = 1.0;
            }
        }
        // most words are not number words: one look-up says so
        if current == 0.0 && !lx::NUMBER_WORDS.contains_key(self.low(k)) {
            return None;
        }
        loop {
            if !self.is_word(k) {
                break;
            }
            let w = self.low(k);
            if let Some(v) = lx::small(w) {
                if any && !last_big {
                    break;
                }
                current += v;
                any = true;
                last_big = false;
                k += 1;
            } else if let Some(v) = lx::tens(w) {
                if any && !last_big {
                    break;
                }
                current += v;
                any = true;
                last_big = false;
                k += 1;
                if self.is_sym(k, &["-"]) && self.glued(k) && self.glued(k + 1) {
                    if let Some(u) = lx::small(self.low(k + 1)) {
                        if u < 10.0 {
                            current += u;
                            k += 2;
                        }
                    }
                }
            } else if w == "hundred" && (any || current > 0.0) {
                current = current.max(1.0) * 100.0;
                any = true;
                last_big = true;
                k += 1;
            } else if matches!(w, "thousand" | "million" | "billion" | "trillion") && (any || current > 0.0) {
                let f = match w {
                    "thousand" => 1e3,
                    "million" => 1e6,
                    "billion" => 1e9,
                    _ => 1e12,
                };
                total += current.max(1.0) * f;
                current = 0.0;
                any = true;
                last_big = true;
                k += 1;
            } else if w == "dozen" && (any || current > 0.0) {
                current = current.max(1.0) * 12.0;
                any = true;
                last_big = true;
                k += 1;
            } else if w == "and" && any {
                if self.low(k + 1) == "a" && self.low(k + 2) == "half" {
                    current += 0.5;
                    k += 3;
                    break;
                }
                let next = self.low(k + 1);
                if last_big && (lx::small(next).is_some() || lx::tens(next).is_some()) {
                    k += 1;
                    continue;
                }
                break;
            } else {
                break;
            }
        }
        if !any {
            return None;
        }
        // "two-thirds", "three-quarters"
        if total == 0.0
            && current > 0.0
            && current < 10.0
            && self.is_sym(k, &["-"])
            && self.glued(k)
            && self.glued(k + 1)
        {
            let d = match self.low(k + 1) {
                "third" | "thirds" => Some(3.0),
                "quarter" | "quarters" => Some(4.0),
                "fifth" | "fifths" => Some(5.0),
                _ => None,
            };
            if let Some(d) = d {
                return Some(Num::in_words(current / d, k + 2));
            }
        }
        Some(Num::in_words(total + current, k))
    }

    /// Scales glued after a number: "£40m", "$2bn", "4.3M"; returns the value and the token after.
    pub(super) fn money_scale(&self, value: f64, num: Num, currency: bool) -> (f64, usize) {
        let end = num.end;
        if num.scaled || !self.glued(end) || self.is_word(end + 1) && self.glued(end + 1) {
            return (value, end);
        }
        let f = match self.raw(end) {
            "M" | "MM" | "mn" => Some(1e6),
            "m" | "mil" if currency => Some(1e6),
            "b" | "B" | "bn" if currency => Some(1e9),
            "K" if currency => Some(1e3),
            _ => None,
        };
        match f {
            Some(f) => (value * f, end + 1),
            None => (value, end),
        }
    }
}
