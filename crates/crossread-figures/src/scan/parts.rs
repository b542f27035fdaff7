//! Amounts written without a plain number: parts of a whole ("a quarter of", "half the", "one out of
//! three"), multiples ("fourfold", "tripled"), and the idioms that only look like numbers.

use super::*;
use std::sync::OnceLock;

impl Scan<'_> {
    /// "one of these days", "at sixes and sevens": where a number idiom at `i` ends.
    pub(super) fn number_idiom(&self, i: usize) -> Option<usize> {
        static FIRST: OnceLock<Vec<&'static str>> = OnceLock::new();
        let first = FIRST.get_or_init(|| lx::NUMBER_IDIOMS.iter().filter_map(|p| p.split(' ').next()).collect());
        if !self.is_word(i) || !first.contains(&self.low(i)) {
            return None;
        }
        (2..=4).find_map(|n| self.key(i, n).filter(|k| lx::NUMBER_IDIOMS.contains(k)).map(|_| i + n))
    }

    /// "fourfold", "tripled", "halved": a multiple written as one word.
    pub(super) fn multiplier_at(&self, i: usize) -> Option<Step> {
        let w = self.low(i);
        if !self.is_word(i) || !multiplier_ending(w) {
            return None;
        }
        let spec = lx::MULTIPLIERS.get(w)?;
        let (value, change) = spec.split_once(' ')?;
        let value: f64 = value.parse().ok()?;
        let trend = match change {
            "up" => Some(Trend::Up),
            "down" => Some(Trend::Down),
            _ => self.trend_before(i),
        };
        Some(self.part_figure(i, i + 1, value, Unit::of("multiple"), trend))
    }

    /// "a quarter of", "half the", "three quarters of", "one out of three": a part of a whole.
    pub(super) fn fraction_at(&self, i: usize) -> Option<Step> {
        let w = self.low(i);
        if !self.is_word(i) {
            return None;
        }
        let (value, end) = if matches!(w, "a" | "one") {
            let part = lx::FRACTIONS.get(self.low(i + 1))?.parse::<f64>().ok()?;
            if self.low(i + 2) != "of" || self.low(i + 1).ends_with('s') {
                return None;
            }
            (part, i + 2)
        } else if w == "half" {
            // "half of", "half the staff"; not "the second half", "a half-day"
            let before = self.low(i.wrapping_sub(1));
            let next = self.low(i + 1);
            if matches!(before, "a" | "the" | "first" | "second") || self.is_sym(i + 1, &["-"]) {
                return None;
            }
            if next != "of" && !lx::PARTITIVE_DETERMINERS.contains(next) {
                return None;
            }
            (0.5, i + 1)
        } else if self.low(i + 2) == "of" && self.low(i + 1).ends_with('s') {
            // "three quarters of"
            let n = lx::small(w)?;
            let part = lx::FRACTIONS.get(self.low(i + 1))?.parse::<f64>().ok()?;
            if n < 2.0 {
                return None;
            }
            (n * part, i + 2)
        } else {
            return None;
        };
        let trend = self.trend_before(self.qualifier_before(i).map_or(i, |(_, q)| self.tok_index_at(q.start)));
        let name = self.share_name(end);
        Some(self.part_figure(i, end, value, Unit::SHARE, trend).named(name))
    }

    /// "one out of three", "two in five": a share written as two numbers, read from the first.
    pub(super) fn out_of(&self, i: usize, num: &Num) -> Option<Step> {
        let k = num.end;
        let (m, e) = if self.low(k) == "out" && self.low(k + 1) == "of" {
            let m = self.number_at(k + 2)?;
            (m.value, m.end)
        } else if self.low(k) == "in" && num.words {
            let m = self.number_at(k + 1).filter(|m| m.words)?;
            (m.value, m.end)
        } else {
            return None;
        };
        if !(m > num.value && num.value > 0.0 && m <= 1000.0) {
            return None;
        }
        let trend = self.trend_before(i);
        let name = self
            .counted_noun(e, 2.0)
            .map_or_else(|| "% -".to_string(), |(_, n, _)| format!("% {}", singular_phrase(&n)));
        Some(self.part_figure(i, e, num.value / m, Unit::SHARE, trend).named(name))
    }

    /// "1/4 of a US pint", "3/4 of the members": a fraction written with a slash before "of" is a
    /// part of the unit or the whole named after it (a slash fraction elsewhere is a code, "24/7").
    pub(super) fn slash_fraction(&self, j: usize) -> Option<Step> {
        let digits = |t: usize| self.is_num(t) && self.raw(t).bytes().all(|b| b.is_ascii_digit());
        let slash = self.is_sym(j + 1, &["/", "\u{2044}"]) && self.glued(j + 1) && self.glued(j + 2);
        if !(digits(j) && slash && digits(j + 2) && self.low(j + 3) == "of") {
            return None;
        }
        let (n, m): (f64, f64) = (self.raw(j).parse().ok()?, self.raw(j + 2).parse().ok()?);
        if !(n > 0.0 && m > n && m <= 1000.0) {
            return None;
        }
        let mut t = j + 4;
        if matches!(self.low(t), "a" | "an" | "the") {
            t += 1;
        }
        // "a US pint", "an imperial gallon": one modifier may stand before the unit
        let unit = self.unit_at(t, false).or_else(|| self.unit_at(t + 1, false).filter(|_| self.is_word(t)));
        let trend = self.trend_before(j);
        match unit.filter(|u| !u.currency && u.unit != Unit::PERCENT) {
            Some(u) => Some(self.part_figure(j, u.end, n / m, u.unit, trend).named(u.name)),
            None => Some(self.part_figure(j, j + 3, n / m, Unit::SHARE, trend).named(self.share_name(j + 3))),
        }
    }

    /// A figure for the tokens `i..end` with this value and unit, qualified by the words before it.
    fn part_figure(&self, i: usize, end: usize, value: f64, unit: Unit, trend: Option<Trend>) -> Step {
        let span = self.span(i, end);
        let (approx, qualifier) = self.qualifier_before(i).map_or((Approx::Exact, None), |(a, q)| (a, Some(q)));
        let approx = if approx == Approx::Range { Approx::Exact } else { approx };
        Step::Figure(
            Box::new(Figure {
                text: span.slice(self.text).to_string(),
                span,
                value: Value::Number(value),
                unit,
                unit_name: unit.name().to_string(),
                counted: None,
                approx,
                qualifier,
                trend,
                vague: false,
                from_to: false,
                implied: None,
                sentence: self.sentence,
            }),
            end,
        )
    }

    /// The name of a share in the benchmark's way: "%" and the whole it is part of ("% voter" for
    /// "two-thirds of voters"; "% -" when the whole is not named, as the benchmark writes an empty unit).
    pub(super) fn share_name(&self, of: usize) -> String {
        if self.low(of) != "of" {
            return "% -".into();
        }
        let mut t = of + 1;
        if lx::PARTITIVE_DETERMINERS.contains(self.low(t)) || matches!(self.low(t), "a" | "an") {
            t += 1;
        }
        // the whole's noun phrase: its words up to a function word, "and" left out
        let mut words = Vec::new();
        while words.len() < 4 && (self.is_word(t) || self.is_num(t)) {
            // "a third of the 2.1M digital albums sold": the whole is what the figure in it counts
            if self.is_num(t) {
                words.clear();
                t += 1;
                while self.is_word(t) && self.glued(t) || lx::SCALES.contains_key(self.low(t)) {
                    t += 1;
                }
                continue;
            }
            let w = self.low(t);
            if w == "and" && !words.is_empty() {
                t += 1;
                continue;
            }
            if lx::COUNTED_NOUN_STOPS.contains(w) || lx::PEOPLE_VERBS.contains(w) || lx::FUNCTION_WORDS.contains_key(w)
            {
                break;
            }
            words.push(self.raw(t));
            t += 1;
        }
        match words.is_empty() {
            true => "% -".into(),
            false => format!("% {}", singular_phrase(&words.join(" "))),
        }
    }

    /// "the top three seeds", "a record 32 goals": an adjective between a determiner and the number,
    /// which the benchmark names with the counted noun ("top ", "record ").
    pub(super) fn modifier_before(&self, i: usize) -> String {
        if i < 2 || !self.is_word(i - 1) || !self.is_word(i - 2) || self.capitalized(i - 1) {
            return String::new();
        }
        let (w, det) = (self.low(i - 1), self.low(i - 2));
        let determiner = matches!(det, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "these");
        let plain = !lx::FUNCTION_WORDS.contains_key(w)
            && !lx::QUALIFIERS.contains_key(w)
            && !lx::COUNTED_NOUN_STOPS.contains(w)
            && !lx::TREND_UP.contains(w)
            && !lx::TREND_DOWN.contains(w)
            && !lx::COUNT_MODIFIERS.contains(w)
            && !w.ends_with("ed")
            && w.chars().all(|c| c.is_ascii_lowercase());
        if determiner && plain {
            format!("{w} ")
        } else {
            String::new()
        }
    }
}

/// True when `w` (lower case) ends as every multiplier does ("fourfold", "doubled", "halving"): one
/// look at the end spares a look-up for most words.
#[inline(always)]
pub(super) fn multiplier_ending(w: &str) -> bool {
    let ends = ["fold", "bled", "pled", "lved", "bling", "pling", "lving"];
    // every ending closes on "d" or "g": one byte rules out most words
    w.len() >= 6 && matches!(w.as_bytes().last(), Some(b'd' | b'g')) && ends.iter().any(|e| w.ends_with(e))
}
