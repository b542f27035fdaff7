//! Finds the figures in one sentence.

use crate::lexicon::{self as lx, UnitWord};
use crossread_model::{Approx, Figure, Span, Trend, Unit, Value};
use crossread_text::{Doc, Kind, Token};

/// A parsed number: its value, the token after it, and how it was written.
#[derive(Clone, Copy, Debug)]
struct Num {
    value: f64,
    end: usize,
    words: bool,
    /// Plain integer digits with no grouping or decimals ("2024", "007").
    plain_int: bool,
    digits: usize,
    leading_zero: bool,
    scaled: bool,
    /// The scale word's factor (1 when none).
    scale: f64,
}

/// The unit found after a number.
#[derive(Clone, Debug)]
struct UnitFound {
    unit: Unit,
    name: String,
    end: usize,
    currency: bool,
}

impl Num {
    /// A number written in words, ending before token `end`.
    fn in_words(value: f64, end: usize) -> Num {
        Num { value, end, words: true, plain_int: false, digits: 0, leading_zero: false, scaled: false, scale: 1.0 }
    }
}

enum Step {
    Figure(Box<Figure>, usize),
    Skip(usize),
    Nothing,
}

/// Scans one sentence.
pub(crate) struct Scan<'a> {
    /// The whole report text; offsets are into it.
    text: &'a str,
    /// The same, ASCII letters lower-cased.
    low: &'a str,
    toks: &'a [Token],
    sentence: usize,
    /// The sentence is written in title case (a headline).
    title: bool,
    /// Index of the sentence's first word token.
    first_word: usize,
}

/// Finds every figure in sentence `sentence` of `doc`.
pub fn figures_in_sentence(doc: &Doc, sentence: usize) -> Vec<Figure> {
    let toks = doc.sentence_tokens(sentence);
    if !toks.iter().any(|t| t.kind() != Kind::Sym) {
        return Vec::new();
    }
    let mut scan = Scan { text: doc.text(), low: doc.lower(), toks, sentence, title: false, first_word: 0 };
    scan.title = scan.is_title_case();
    scan.first_word = scan.toks.iter().position(|t| t.kind() == Kind::Word).unwrap_or(0);
    scan.run()
}

impl<'a> Scan<'a> {
    fn run(&self) -> Vec<Figure> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            match self.step(i) {
                Step::Figure(f, next) => {
                    out.push(*f);
                    i = next.max(i + 1);
                }
                Step::Skip(next) => i = next.max(i + 1),
                Step::Nothing => i += 1,
            }
        }
        self.inherit_from_conversions(&mut out);
        // a number too large for a float (hundreds of digits) is not a figure anyone wrote to be read
        out.retain(|f| f.value.low().is_finite() && f.value.high().is_finite());
        out
    }

    /// A figure restating the one before it ("close to 180 hp (134 kW / 182 PS)") shares its
    /// exactness and change; a bare part of a whole ("40 million of the 90 million pesos")
    /// takes the whole's unit.
    fn inherit_from_conversions(&self, figures: &mut [Figure]) {
        for k in 1..figures.len() {
            let (a, b) = (&figures[k - 1], &figures[k]);
            let gap = self.text.get(a.span.end..b.span.start).unwrap_or("").trim();
            if a.unit.is_count() && a.unit_name.is_empty() && !b.unit.is_count() && matches!(gap, "of the" | "of") {
                let (unit, name) = (b.unit, b.unit_name.clone());
                figures[k - 1].unit = unit;
                figures[k - 1].unit_name = name;
            }
        }
        for k in 1..figures.len() {
            let (a, b) = (&figures[k - 1], &figures[k]);
            let gap_start = a.span.end;
            let gap_end = b.qualifier.map_or(b.span.start, |q| q.start.min(b.span.start));
            if gap_start > gap_end {
                continue;
            }
            let gap = self.text[gap_start..gap_end].trim();
            // "the index gained 3 percent while bonds lost 1": the second change is in the same unit
            let joined = gap.ends_with(" to") || gap == "to";
            if !joined
                && b.unit.is_count()
                && b.unit_name.is_empty()
                && b.trend.is_some()
                && a.trend.is_some()
                && !a.unit.is_count()
                && a.sentence == b.sentence
            {
                let (unit, name) = (a.unit, a.unit_name.clone());
                figures[k].unit = unit;
                figures[k].unit_name = name;
                continue;
            }
            if !restates(gap) {
                continue;
            }
            // "90 miles (145 kilometres) per hour": the rate after the brackets applies to both
            let after = self.text.get(b.span.end..).unwrap_or("").trim_start();
            let rate = after.strip_prefix(')').map(|r| r.trim_start().to_lowercase());
            if rate.is_some_and(|r| r.starts_with("per hour") || r.starts_with("an hour") || r.starts_with("a hour")) {
                for f in &mut figures[k - 1..=k] {
                    let speed = match f.unit {
                        Unit::MI => Some((Unit::MPH, "mile per hour")),
                        Unit::KM => Some((Unit::KMH, "kilometre per hour")),
                        _ => None,
                    };
                    if let Some((code, name)) = speed {
                        f.unit = code;
                        f.unit_name = name.to_string();
                    }
                }
            }
            let (approx, trend) = (figures[k - 1].approx, figures[k - 1].trend);
            let b = &mut figures[k];
            if b.approx == Approx::Exact && b.qualifier.is_none() && approx != Approx::Range {
                b.approx = approx;
            }
            if b.trend.is_none() {
                b.trend = trend;
            }
        }
    }

    // ---- token helpers -------------------------------------------------------------------

    fn low(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.low[t.start()..t.end()])
    }
    fn raw(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.start()..t.end()])
    }
    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind())
    }
    fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }
    fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Num)
    }
    /// True when token `i` exists and touches the token before it.
    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before())
    }
    fn is_sym(&self, i: usize, chars: &[&str]) -> bool {
        self.kind(i) == Some(Kind::Sym) && chars.contains(&self.raw(i))
    }
    fn capitalized(&self, i: usize) -> bool {
        self.is_word(i) && self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }
    /// Lowercase text of tokens `i..i+n` joined as the lexicon writes keys.
    fn key(&self, i: usize, n: usize) -> Option<String> {
        if n == 0 || i + n > self.toks.len() {
            return None;
        }
        let mut k = String::new();
        for j in i..i + n {
            if j > i && self.toks[j].space_before() {
                k.push(' ');
            }
            k.push_str(self.low(j));
        }
        Some(k)
    }
    // ---- one step ------------------------------------------------------------------------

    fn step(&self, i: usize) -> Step {
        if let Some(end) = self.non_figure(i) {
            return Step::Skip(end);
        }
        if let Some(f) = self.vague_at(i) {
            return f;
        }
        if let Some(f) = self.article_amount(i) {
            return f;
        }
        // currency mark, sign, then the number
        let (currency, j) = match self.currency_prefix(i) {
            Some((code, j)) => (Some(code), j),
            None => (None, i),
        };
        let sign = self.is_sym(j, &["-", "\u{2212}"]) && self.is_num(j + 1) && self.glued(j + 1);
        let negative =
            (sign && (self.toks[j].space_before() || currency.is_some()) && !self.all_caps_word(j.wrapping_sub(1)))
                || self.low(j) == "minus" && self.is_num(j + 1)
                || self.low(j) == "minus" && self.is_sym(j + 1, &["-"]) && self.is_num(j + 2);
        let j = if self.low(j) == "minus" && self.is_sym(j + 1, &["-"]) { j + 1 } else { j };
        let j = if negative { j + 1 } else { j };
        let Some(num) = self.number_at(j) else {
            return Step::Nothing;
        };
        if currency.is_none()
            && j > 0
            && matches!(self.raw(j - 1), "M" | "Mw")
            && self.glued(j)
            && self.raw(j).contains('.')
        {
            return self.magnitude_code(j - 1, num);
        }
        if currency.is_none() && !negative && self.is_code_number(j) {
            return Step::Skip(num.end);
        }
        self.figure_from(i, j, currency, negative, num)
    }

    /// Dates, times, phone numbers: spans that look numeric but are not figures.
    fn non_figure(&self, i: usize) -> Option<usize> {
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

    fn is_time_mark(&self, i: usize) -> bool {
        let w = self.low(i);
        if lx::TIME_MARKS.contains(w) && w != "hours" && w != "hrs" {
            if w == "et" || w == "pt" || w == "ct" || w == "local" {
                return self.capitalized(i) || w == "local" && self.low(i + 1) == "time";
            }
            return true;
        }
        (w == "a" || w == "p") && self.is_sym(i + 1, &["."]) && self.glued(i + 1) && self.low(i + 2) == "m"
    }

    fn skip_time_mark(&self, mut end: usize) -> usize {
        while self.is_time_mark(end) || self.is_sym(end, &["."]) && self.glued(end) && self.low(end + 1) == "m" {
            end += if self.low(end) == "a" || self.low(end) == "p" { 3 } else { 1 };
            if self.is_sym(end, &["."]) && self.glued(end) {
                end += 1;
            }
        }
        end
    }

    /// Numbers that are part of a code or name: "F-16", "COVID-19", "X6", "#1", "24/7".
    fn is_code_number(&self, j: usize) -> bool {
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
    fn all_caps_word(&self, i: usize) -> bool {
        self.is_word(i)
            && self.raw(i).chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
            && self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// "M7.8": a magnitude written with its letter.
    fn magnitude_code(&self, m: usize, num: Num) -> Step {
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
            }),
            num.end,
        )
    }

    // ---- pieces of a figure ----------------------------------------------------------------

    fn currency_prefix(&self, i: usize) -> Option<(Unit, usize)> {
        // glued letters then a mark: US$, A$, HK$
        // "$US55,931,000", "$A82m"
        if self.is_sym(i, &["$"]) && self.is_word(i + 1) && self.glued(i + 1) && self.is_num(i + 2) && self.glued(i + 2)
        {
            if let Some(code) = self.key(i, 2).and_then(|k| lx::CURRENCY_MARKS.get(k.as_str())) {
                return Some((Unit::of(code), i + 2));
            }
        }
        if self.is_word(i) && self.is_sym(i + 1, &["$", "="]) {
            if let Some(code) = self.key(i, 2).and_then(|k| lx::CURRENCY_MARKS.get(k.as_str())) {
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
                    || self.is_sym(j, &["-", "\u{2212}"]) && self.is_num(j + 1) && self.glued(j + 1)
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

    /// A number written in digits or words at `j`, with any scale word after it.
    fn number_at(&self, j: usize) -> Option<Num> {
        let mut num = if self.is_num(j) { self.digits_at(j)? } else { self.words_at(j)? };
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

    fn digits_at(&self, j: usize) -> Option<Num> {
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
        } else {
            raw.replace(',', "").parse().ok()?
        };
        let plain_int = !raw.contains(',') && !raw.contains('.');
        let mut value = value;
        let mut digits = raw.len();
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
    fn words_at(&self, j: usize) -> Option<Num> {
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

    /// A unit, currency word or percent sign at `k` (after a number).
    fn unit_at(&self, k: usize, have_currency: bool) -> Option<UnitFound> {
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
            for n in (1..=3).rev() {
                let Some(key) = self.key(k, n) else { continue };
                if let Some(code) = lx::CURRENCY_WORDS.get(key.as_str()) {
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
        for n in (1..=lx::UNIT_MAX_TOKENS).rev() {
            let Some(key) = self.key(k, n) else { continue };
            let Some(u) = lx::UNIT_FORMS.get(key.as_str()) else { continue };
            if !self.unit_allowed(u, k, n, hyphen) {
                continue;
            }
            let mut found = UnitFound { unit: Unit::of(u.code), name: u.name.into(), end: k + n, currency: false };
            // "miles wide", "km long" stay miles
            if u.code == "deg" {
                if let Some(key2) = self.key(k + n, 1) {
                    if let Some(u2) = lx::UNIT_FORMS.get(key2.as_str()).filter(|u2| matches!(u2.code, "degC" | "degF"))
                    {
                        found = UnitFound {
                            unit: Unit::of(u2.code),
                            name: u2.name.into(),
                            end: k + n + 1,
                            currency: false,
                        };
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

    fn unit_allowed(&self, u: &UnitWord, k: usize, n: usize, hyphen: bool) -> bool {
        if let Some(exact) = u.exact_case {
            if self.raw(k) != exact {
                return false;
            }
        }
        if u.glued_only && !(self.glued(k) || hyphen) {
            return false;
        }
        // a unit word must end at a word boundary: "5 in" is not inches, "2 m" followed by letters glued is odd
        let end = k + n;
        if self.is_word(end) && self.glued(end) {
            return false;
        }
        // "1 min" vs "1 minute" both fine; "in" spaced is a preposition (glued_only); "s" needs glue
        true
    }

    /// A money compound after a money figure: "per barrel", "a month", "/kg".
    fn money_per(&self, k: usize) -> Option<(&'static str, usize)> {
        let connector = matches!(self.low(k), "per" | "a" | "an") || self.is_sym(k, &["/"]);
        if !connector {
            return None;
        }
        for n in (1..=2).rev() {
            let Some(key) = self.key(k + 1, n) else { continue };
            if let Some(&per) = lx::MONEY_PER_UNITS.get(key.as_str()) {
                let article = matches!(self.low(k), "a" | "an");
                if article
                    && matches!(
                        self.low(k + 1 + n),
                        "earlier" | "ago" | "before" | "later" | "after" | "previously" | "or"
                    )
                {
                    return None;
                }
                return Some((per, k + 1 + n));
            }
        }
        None
    }

    /// "another pick or two", "a day or two": the unit or noun named before "or".
    fn noun_before_or(&self, i: usize) -> Option<Result<UnitWord, String>> {
        if i < 2
            || self.low(i - 1) != "or"
            || !self.is_word(i - 2)
            || !matches!(self.low(i.wrapping_sub(3)), "a" | "an" | "another" | "one")
        {
            return None;
        }
        let w = self.low(i - 2);
        if let Some(u) = lx::UNIT_FORMS.get(w).filter(|u| !u.glued_only && u.exact_case.is_none()) {
            return Some(Ok(*u));
        }
        (!lx::COUNTED_NOUN_STOPS.contains(w) && w.len() > 2).then(|| Err(w.to_string()))
    }

    /// "one of the cheapest electric bicycles": the kind counted, with a superlative as its base
    /// adjective ("good wireless speaker"). The span stays on "one".
    fn one_of_the(&self, k: usize, value: f64, words: bool) -> Option<String> {
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
            let base = match w {
                "best" => "good".to_string(),
                "worst" => "bad".to_string(),
                "biggest" => "big".to_string(),
                _ if w.ends_with("iest") => format!("{}y", &w[..w.len() - 4]),
                _ if w.ends_with("est") && w.len() > 5 => w[..w.len() - 3].to_string(),
                _ => w.to_string(),
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
    fn magnitude_context(&self, i: usize, after: usize, value: f64) -> bool {
        let before = |n: usize| if i >= n { self.low(i - n) } else { "" };
        let named_before = before(1) == "magnitude"
            || before(1) == "of" && before(2) == "magnitude"
            || self.is_sym(i.wrapping_sub(1), &["-"]) && before(2) == "magnitude";
        let quake_after = matches!(self.low(after), "earthquake" | "quake" | "tremor" | "earthquakes" | "quakes");
        (named_before || quake_after) && (1.0..10.0).contains(&value)
    }

    /// "three-point", "six-cylinder": a noun hyphenated to a bare number.
    fn hyphen_noun(&self, k: usize) -> Option<String> {
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

    /// A rate after a quantity: "per day", "a year", "per century" (not "a year ago").
    fn per_time(&self, k: usize) -> Option<(String, usize)> {
        if !matches!(self.low(k), "per" | "a" | "an" | "each" | "every") {
            return None;
        }
        let w = self.low(k + 1);
        if !lx::RATE_PERIODS.contains(w)
            || matches!(self.low(k + 2), "ago" | "earlier" | "later" | "before" | "after" | "or")
        {
            return None;
        }
        Some((w.to_string(), k + 2))
    }

    /// "tens of thousands", "hundreds", "dozens of": vague amounts.
    fn vague_at(&self, i: usize) -> Option<Step> {
        let first = self.low(i);
        if !matches!(first, "tens" | "hundreds" | "thousands" | "dozens" | "millions" | "billions") {
            return None;
        }
        for &(phrase, lo, hi) in lx::VAGUE_AMOUNTS {
            let n = phrase.split(' ').count();
            if self.key(i, n).as_deref() != Some(phrase) {
                continue;
            }
            let mut end = i + n;
            let mut counted = None;
            let mut unit = (Unit::COUNT, String::new());
            if self.low(end) == "of" {
                if let Some(u) = self.unit_at(end + 1, false) {
                    unit = (u.unit, u.name);
                    end = u.end;
                } else if let Some((e, noun, head_unit)) = self.counted_noun(end + 1, 2.0) {
                    match head_unit {
                        Some(u) => unit = (Unit::of(u.code), u.name.to_string()),
                        None => {
                            unit.1 = singular_phrase(&noun);
                            counted = Some(noun);
                        }
                    }
                    end = e;
                }
            }
            if counted.is_none() && unit.0.is_count() {
                counted = self.people_after(end);
            }
            let span = self.span(i, end);
            let (approx, qualifier) = self.qualifier_before(i).map_or((Approx::Range, None), |(a, q)| (a, Some(q)));
            return Some(Step::Figure(
                Box::new(Figure {
                    text: span.slice(self.text).to_string(),
                    span,
                    value: Value::Range(lo, hi),
                    unit: unit.0,
                    unit_name: unit.1,
                    counted,
                    approx,
                    qualifier,
                    trend: None,
                    vague: true,
                    from_to: false,
                    sentence: self.sentence,
                }),
                end,
            ));
        }
        None
    }

    /// "more than a meter", "about a minute", "nearly half of": amounts written without a numeral,
    /// taken only after a qualifier so that "a year ago" stays a phrase.
    fn article_amount(&self, i: usize) -> Option<Step> {
        let w = self.low(i);
        let (value, unit_tok) = match w {
            "a" | "an" => (1.0, i + 1),
            "half" if self.low(i + 1) == "of" => (0.5, usize::MAX),
            _ => return None,
        };
        let (approx, q) = self.qualifier_before(i)?;
        if approx == Approx::Range {
            return None;
        }
        let (code, name, end) = if unit_tok == usize::MAX {
            (Unit::SHARE, String::new(), i + 1)
        } else {
            let u = self.unit_at(unit_tok, false).filter(|u| !u.currency && u.unit != Unit::PERCENT)?;
            (u.unit, u.name, u.end)
        };
        let span = self.span(i, end);
        let trend = self.trend_before(self.tok_index_at(q.start));
        Some(Step::Figure(
            Box::new(Figure {
                text: span.slice(self.text).to_string(),
                span,
                value: Value::Number(value),
                unit: code,
                unit_name: name,
                counted: None,
                approx,
                qualifier: Some(q),
                trend,
                vague: false,
                from_to: false,
                sentence: self.sentence,
            }),
            end,
        ))
    }

    /// Span from token `a` to the end of token `b - 1`.
    fn span(&self, a: usize, b: usize) -> Span {
        let s = self.toks[a].start();
        let e = self.toks[b.saturating_sub(1).max(a)].end();
        Span::new(s, e)
    }

    /// Builds the figure whose first token is `i` (a currency mark or sign) and whose number starts at `j`.
    fn figure_from(&self, i: usize, j: usize, mut currency: Option<Unit>, negative: bool, num: Num) -> Step {
        let mut value = if negative { -num.value } else { num.value };
        let (v_scaled, end) = self.money_scale(value, num, currency.is_some());
        value = v_scaled;
        let scaled = num.scaled || end > num.end;
        let mut unit = if currency.is_some() { None } else { self.unit_at(end, false) };
        if let Some(u) = &unit {
            if u.currency {
                currency = Some(u.unit);
            }
        }
        let mut after = unit.as_ref().map_or(end, |u| u.end);
        // a glued word that is no unit makes this an ordinal or code: 96th, 5G, 3D, 1990s
        if unit.is_none() && currency.is_none() && self.is_word(end) && self.glued(end) && !num.words {
            return Step::Skip(end + 1);
        }

        // ranges: "13 to 17 miles", "18,000-20,000", "between 5 and 10", "from 3.2 to 3.1 percent"
        let mut range_high: Option<f64> = None;
        let mut from_to = false;
        let between = self.low(i.wrapping_sub(1)) == "between";
        let from = self.low(i.wrapping_sub(1)) == "from";
        let conn = after;
        let is_dash = self.is_sym(conn, &["-", "\u{2013}", "\u{2014}"]);
        let is_to =
            self.low(conn) == "to" && (from || !(self.to_is_target(i) && (unit.is_some() || currency.is_some())));
        let is_and = self.low(conn) == "and" && between;
        let is_or = self.low(conn) == "or" && unit.is_none() && currency.is_none();
        if is_dash || is_to || is_and || is_or {
            let mut k = conn + 1;
            let mut cur2 = None;
            if let Some((c2, k2)) = self.currency_prefix(k) {
                cur2 = Some(c2);
                k = k2;
            }
            if let Some(n2) = self.number_at(k) {
                let (v2, e2) = self.money_scale(n2.value, n2, cur2.is_some());
                let mut v1 = value;
                // "1 to 2 billion": the scale of the second end applies to both
                if n2.scaled && !scaled && n2.scale > 1.0 && v1 < n2.value / n2.scale {
                    v1 *= n2.scale;
                }
                let u2 = if currency.is_some() || cur2.is_some() { None } else { self.unit_at(e2, false) };
                if let Some(u) = &u2 {
                    if u.currency && currency.is_none() {
                        currency = Some(u.unit);
                    }
                }
                let units_agree = match (&unit, &u2) {
                    (Some(a), Some(b)) => a.unit == b.unit,
                    _ => true,
                };
                let years =
                    num.plain_int && n2.plain_int && is_year(value) && (is_year(v2) || is_dash && n2.digits == 2);
                let currency_agree =
                    cur2.is_none() || cur2 == currency || u2.as_ref().is_some_and(|u| Some(u.unit) == currency);
                let dash_ok = !is_dash
                    || !self.toks[conn].space_before()
                    || self.toks.get(conn + 1).is_some_and(|t| t.space_before());
                let small_or = !is_or || (num.words && n2.words) || (v2 - v1 > 0.0 && v2 - v1 <= 10.0);
                if years {
                    return Step::Skip(e2);
                }
                // "2-0", "89-89": scores, not figures
                if is_dash
                    && num.plain_int
                    && n2.plain_int
                    && v2 <= v1
                    && unit.is_none()
                    && u2.is_none()
                    && currency.is_none()
                {
                    return Step::Skip(e2);
                }
                let ordered = v2 > v1 || is_to && from;
                if units_agree
                    && currency_agree
                    && ordered
                    && dash_ok
                    && small_or
                    && !(num.plain_int && self.month_near(i, j))
                {
                    value = v1;
                    range_high = Some(v2);
                    from_to = is_to && from;
                    if unit.is_none() {
                        unit = u2;
                    }
                    after = unit.as_ref().map_or(e2, |u| u.end.max(e2));
                }
            }
        }

        let is_range = range_high.is_some();
        let plain = unit.is_none() && currency.is_none();

        // things that are not figures
        if plain {
            if num.leading_zero || num.plain_int && num.digits >= 10 {
                return Step::Skip(after);
            }
            if num.plain_int && !num.scaled && self.month_near(i, j) && (1.0..=31.0).contains(&value) {
                return Step::Skip(after);
            }
            if !is_range
                && num.plain_int
                && !scaled
                && num.digits == 4
                && is_year(value)
                && !self.count_not_year(i, after)
            {
                return Step::Skip(after);
            }
            if !is_range && self.is_name_number(i, j, &num) {
                return Step::Skip(after);
            }
            if num.words && value == 1.0 && !is_range && !self.one_is_figure(i, after) {
                return Step::Skip(after);
            }
            if !is_range && self.is_age_apposition(i, after, value) {
                return Step::Skip(after);
            }
        }
        if plain && num.plain_int && self.is_street_address(after) {
            return Step::Skip(after);
        }
        if num.plain_int
            && num.digits == 4
            && is_year(value)
            && self.is_sym(after, &["-", "\u{2013}"])
            && self.is_num(after + 1)
        {
            return Step::Skip(after + 2);
        }

        let code;
        let name;
        let mut counted = None;
        if let Some(cur) = currency {
            // money compound: "$58.24 per barrel", "$3500 a month"
            let base = cur.name().to_string();
            match self.money_per(after).and_then(|(per, e)| Some((cur.per(per)?, per, e))) {
                Some((compound, per, e)) => {
                    code = compound;
                    name = format!("{base} per {per}");
                    after = e;
                }
                None => {
                    code = cur;
                    name = base;
                }
            }
        } else if let Some(u) = &unit {
            let pp = u.unit == Unit::PERCENT && self.low(after) == "points";
            code = if pp { Unit::PP } else { u.unit };
            name = if pp { "percentage point".into() } else { u.name.clone() };
            if pp {
                after += 1;
            }
        } else if let Some(u) = self.noun_before_or(i) {
            match u {
                Ok(unit) => {
                    code = Unit::of(unit.code);
                    name = unit.name.into();
                }
                Err(noun) => {
                    code = Unit::COUNT;
                    name = noun;
                }
            }
        } else if let Some(kind) = self.one_of_the(after, value, num.words) {
            code = Unit::COUNT;
            name = kind;
        } else if self.magnitude_context(i, after, value) {
            code = Unit::MAGNITUDE;
            name = "magnitude".into();
        } else if let Some((e, phrase, head_unit)) = self.counted_noun(after, value) {
            // "517 rushing yards": a unit at the head of the phrase
            if let Some(u) = head_unit {
                code = Unit::of(u.code);
                name = u.name.into();
            } else {
                code = Unit::COUNT;
                name = singular_phrase(&phrase);
                counted = Some(phrase);
            }
            after = e;
        } else if let Some(word) = self.hyphen_noun(after) {
            code = Unit::COUNT;
            name = word.clone();
            counted = Some(word);
            after += 2;
        } else {
            // "iPhone 11 Pro", "787 Dreamliner": a bare number before a name
            if !is_range
                && num.plain_int
                && self.capitalized(after)
                && !self.title
                && self.toks[after].space_before()
                && self.qualifier_before(i).is_none()
            {
                return Step::Skip(after);
            }
            code = Unit::COUNT;
            name = String::new();
            counted = self.people_after(after);
        }
        let (mut code, mut name) = (code, name);
        if currency.is_none() && (unit.is_some() || counted.is_some()) {
            if let Some((rate, per, e)) = self.per_time(after).and_then(|(per, e)| Some((code.per(&per)?, per, e))) {
                code = rate;
                name = format!("{name} per {per}");
                after = e;
            }
        }

        // "over the age of 21"
        if plain && counted.is_none() && self.low(i.wrapping_sub(1)) == "of" && self.low(i.wrapping_sub(2)) == "age" {
            code = Unit::AGE;
            name = "age".into();
        }
        let start = i;
        // trailing qualifiers: "or more", "or so", "-plus", "+"
        let mut approx = if is_range { Approx::Range } else { Approx::Exact };
        let mut qualifier = None;
        if self.low(after) == "or" && matches!(self.low(after + 1), "more" | "so" | "above" | "higher" | "over") {
            approx = if self.low(after + 1) == "so" { Approx::About } else { Approx::AtLeast };
            qualifier = Some(self.span(after, after + 2));
        } else if self.is_sym(after, &["+"]) && self.glued(after) {
            approx = Approx::AtLeast;
            qualifier = Some(self.span(after, after + 1));
        } else if self.is_sym(after, &["-"]) && self.glued(after) && self.low(after + 1) == "plus" {
            approx = Approx::AtLeast;
            qualifier = Some(self.span(after, after + 2));
        }
        let mut q_start = start;
        if let Some((a, q)) = self.qualifier_before(start) {
            q_start = self.tok_index_at(q.start);
            qualifier = Some(q);
            approx = match a {
                Approx::Range if is_range => Approx::Range,
                Approx::Range => Approx::Exact,
                a => a,
            };
        }
        let between_q = qualifier.is_some_and(|q| self.low(self.tok_index_at(q.start)) == "between");
        let trend = if from_to || between_q {
            None
        } else if self.is_sym(start.wrapping_sub(1), &["+"]) && self.glued(start) && currency.is_none() {
            Some(Trend::Up)
        } else {
            self.trend_before(q_start)
        };
        let span = self.span(start, after);
        let value = match range_high {
            Some(hi) => Value::Range(value, hi),
            None => Value::Number(value),
        };
        Step::Figure(
            Box::new(Figure {
                text: span.slice(self.text).to_string(),
                span,
                value,
                unit: code,
                unit_name: name,
                counted,
                approx,
                qualifier,
                trend,
                vague: false,
                from_to,
                sentence: self.sentence,
            }),
            after,
        )
    }

    /// Scales glued after a number: "£40m", "$2bn", "4.3M"; returns the value and the token after.
    fn money_scale(&self, value: f64, num: Num, currency: bool) -> (f64, usize) {
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

    /// "575 Wilbraham Road": a house number before a street name.
    fn is_street_address(&self, after: usize) -> bool {
        (1..=3).any(|n| {
            let k = after + n;
            (after..k).all(|t| self.capitalized(t)) && self.capitalized(k) && lx::STREET_WORDS.contains(self.low(k))
        }) || self.capitalized(after) && lx::STREET_WORDS.contains(self.low(after + 1)) && self.capitalized(after + 1)
    }

    /// A year-like number that still counts things: "about 2000 people", "killed 1500 troops".
    fn count_not_year(&self, i: usize, after: usize) -> bool {
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
        let determiner = matches!(
            w,
            "the"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "this"
                | "that"
                | "these"
                | "those"
                | "in"
                | "of"
                | "for"
                | "since"
                | "by"
        ) || w.ends_with("'s")
            || w.ends_with("’s")
            || self.capitalized(prev);
        !determiner
    }

    /// "Senard, 65, now faces": an age in apposition to a name.
    fn is_age_apposition(&self, i: usize, after: usize, value: f64) -> bool {
        i >= 2
            && (1.0..=120.0).contains(&value)
            && value.fract() == 0.0
            && self.is_sym(i - 1, &[","])
            && self.capitalized(i - 2)
            && (self.is_sym(after, &[",", ")", ";"]) || after >= self.toks.len() || self.is_sym(after, &["."]))
    }

    fn tok_index_at(&self, byte: usize) -> usize {
        self.toks.iter().position(|t| t.start() == byte).unwrap_or(0)
    }

    /// "rose to 5%" and "increased by 2% to 7%" have targets, not ranges.
    fn to_is_target(&self, i: usize) -> bool {
        let mut k = i;
        for _ in 0..4 {
            if k == 0 {
                return false;
            }
            k -= 1;
            let w = self.low(k);
            if w == "by" || w == "from" {
                let before = self.low(k.wrapping_sub(1));
                return w == "by" || lx::TREND_UP.contains(before) || lx::TREND_DOWN.contains(before);
            }
            if lx::TREND_UP.contains(w) || lx::TREND_DOWN.contains(w) {
                return true;
            }
            if !self.is_word(k) {
                return false;
            }
        }
        false
    }

    fn qualifier_before(&self, start: usize) -> Option<(Approx, Span)> {
        for n in (1..=3).rev() {
            if start < n {
                continue;
            }
            let a = start - n;
            let Some(key) = self.key(a, n) else { continue };
            if key == "between" {
                return Some((Approx::Range, self.span(a, start)));
            }
            if let Some(&approx) = lx::QUALIFIERS.get(key.as_str()) {
                // "over" and "under" after a verb of motion are prepositions only when not before a figure; keep.
                if key == "some" && self.low(a.wrapping_sub(1)) == "for" {
                    continue;
                }
                return Some((approx, self.span(a, start)));
            }
        }
        None
    }

    fn trend_before(&self, start: usize) -> Option<Trend> {
        let mut k = start;
        for _ in 0..4 {
            if k == 0 {
                return None;
            }
            k -= 1;
            let w = self.low(k);
            if !self.is_word(k) {
                return None;
            }
            if w == "to" {
                // "rose to 5%" is a target; "slid 2.15 percent to 9,870 points" carries the change on
                return self.trend_through_amount(k);
            }
            if lx::TREND_UP.contains(w) {
                if matches!(w, "up")
                    && matches!(
                        self.low(k.wrapping_sub(1)),
                        "gave"
                            | "give"
                            | "gives"
                            | "giving"
                            | "picked"
                            | "pick"
                            | "set"
                            | "sets"
                            | "make"
                            | "makes"
                            | "made"
                            | "take"
                            | "takes"
                            | "took"
                            | "sum"
                            | "summed"
                            | "signed"
                            | "sign"
                            | "show"
                            | "showed"
                            | "shows"
                            | "ended"
                            | "end"
                            | "ends"
                            | "turned"
                            | "turn"
                            | "turns"
                            | "came"
                            | "come"
                            | "comes"
                            | "back"
                            | "backed"
                            | "wrap"
                            | "wrapped"
                            | "open"
                            | "opened"
                            | "line"
                            | "lined"
                            | "free"
                            | "freed"
                    )
                {
                    return None;
                }
                return Some(Trend::Up);
            }
            if lx::TREND_DOWN.contains(w) {
                if w == "cut" || w == "lower" || w == "down" && self.low(k + 1) == "to" {
                    return None;
                }
                return Some(Trend::Down);
            }
            if !lx::TREND_SKIP_WORDS.contains(w) {
                return None;
            }
        }
        None
    }

    /// The change of "<verb> <amount> to <figure>": the trend word before the amount, if the words between
    /// are only the amount.
    fn trend_through_amount(&self, to: usize) -> Option<Trend> {
        let mut k = to;
        let mut saw_number = false;
        for _ in 0..6 {
            if k == 0 {
                return None;
            }
            k -= 1;
            if self.is_num(k) {
                saw_number = true;
                continue;
            }
            let w = self.low(k);
            if self.kind(k) == Some(Kind::Sym)
                || matches!(
                    w,
                    "per"
                        | "cent"
                        | "percent"
                        | "pc"
                        | "sen"
                        | "cents"
                        | "pence"
                        | "p"
                        | "points"
                        | "point"
                        | "billion"
                        | "million"
                        | "bn"
                        | "m"
                        | "y"
                        | "rm"
                        | "us"
                        | "by"
                )
            {
                continue;
            }
            if !saw_number {
                return None;
            }
            if lx::TREND_UP.contains(w) {
                return Some(Trend::Up);
            }
            if lx::TREND_DOWN.contains(w) {
                return Some(Trend::Down);
            }
            return None;
        }
        None
    }

    /// True when a month name stands right before or after the number at `j` ("6 August", "March 29").
    fn month_near(&self, i: usize, j: usize) -> bool {
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
    fn is_name_number(&self, i: usize, j: usize, num: &Num) -> bool {
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
        if num.words || !has_capital || prev == self.first_word || self.title {
            return false;
        }
        let function_word = lx::COUNTED_NOUN_STOPS.contains(w)
            || lx::QUALIFIERS.contains_key(w)
            || lx::TREND_UP.contains(w)
            || lx::TREND_DOWN.contains(w)
            || lx::MONTHS.contains_key(w)
            || matches!(
                w,
                "some"
                    | "nearly"
                    | "almost"
                    | "about"
                    | "around"
                    | "over"
                    | "killing"
                    | "says"
                    | "said"
                    | "kills"
                    | "leaves"
                    | "hits"
                    | "tops"
                    | "reaches"
                    | "passes"
                    | "nears"
                    | "exceeds"
            );
        !function_word
    }

    /// Whether "one" here is a number and not a pronoun ("each one", "no one", "the one").
    fn one_is_figure(&self, i: usize, after: usize) -> bool {
        let prev = self.low(i.wrapping_sub(1));
        if matches!(
            prev,
            "each"
                | "no"
                | "the"
                | "any"
                | "every"
                | "this"
                | "that"
                | "which"
                | "someone"
                | "anyone"
                | "last"
                | "next"
                | "same"
                | "little"
                | "only"
                | "a"
                | "another"
                | "big"
                | "new"
                | "old"
                | "right"
                | "wrong"
                | "such"
                | "other"
        ) {
            return false;
        }
        !self.is_num(after)
            && !matches!(self.low(after), "another" | "day" | "way" | "thing" | "time" | "or" | "another's" | "'s")
    }

    fn plural_noun_at(&self, k: usize) -> bool {
        self.is_word(k)
            && self.toks[k].space_before()
            && !self.capitalized(k)
            && self.is_plural(self.low(k))
            && !lx::COUNTED_NOUN_STOPS.contains(self.low(k))
    }

    fn is_plural(&self, w: &str) -> bool {
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
    fn counted_noun(&self, k: usize, value: f64) -> Option<(usize, String, Option<UnitWord>)> {
        let mut words: Vec<(usize, usize)> = Vec::new(); // token ranges of each word
        let mut t = k;
        while words.len() < 4 && self.is_word(t) && self.toks[t].space_before() {
            let w = self.low(t);
            if lx::COUNTED_NOUN_STOPS.contains(w) || lx::MONTHS.contains_key(w) && self.capitalized(t) {
                break;
            }
            let mut e = t + 1;
            // hyphenated compounds: "first-team"
            while self.is_sym(e, &["-"]) && self.glued(e) && self.is_word(e + 1) && self.glued(e + 1) {
                e += 2;
            }
            let whole = &self.low[self.toks[t].start()..self.toks[e - 1].end()];
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
            words.push((t, e));
            t = e;
        }
        if words.is_empty() {
            return None;
        }
        let head = if value == 1.0 {
            0
        } else {
            words.iter().position(|&(a, b)| {
                let w = &self.low[self.toks[a].start()..self.toks[b - 1].end()];
                self.is_plural(w)
                    && (!self.capitalized(a) || self.title || a > k || !self.capitalized(k.wrapping_sub(1)))
            })?
        };
        let (a, end) = words[head];
        let head_unit = lx::UNIT_FORMS
            .get(self.low(a))
            .filter(|u| !u.glued_only && u.exact_case.is_none() && end == a + 1)
            .copied();
        // "300 recorded songs" counts songs: participles before the head are left out of the noun
        let first = words[..head]
            .iter()
            .position(|&(s, e)| {
                let w = &self.low[self.toks[s].start()..self.toks[e - 1].end()];
                !(w.ends_with("ed") && w.len() > 4)
            })
            .map_or(a, |p| words[p].0);
        let noun = self.text[self.toks[first].start()..self.toks[end - 1].end()].to_string();
        Some((end, noun, head_unit))
    }

    fn is_title_case(&self) -> bool {
        let words: Vec<usize> = (0..self.toks.len()).filter(|&i| self.is_word(i) && self.raw(i).len() > 3).collect();
        words.len() >= 3 && words.iter().filter(|&&i| self.capitalized(i)).count() * 10 >= words.len() * 8
    }

    /// "121 have been injured": a bare number the verb shows to count people.
    fn people_after(&self, k: usize) -> Option<String> {
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
}

fn is_year(v: f64) -> bool {
    v.fract() == 0.0 && (1000.0..=2199.0).contains(&v)
}

/// A counted noun phrase with its last word made singular: "first-team players" -> "first-team player".
pub fn singular_phrase(phrase: &str) -> String {
    match phrase.rsplit_once(' ') {
        Some((head, last)) => format!("{head} {}", singular(last)),
        None => singular(phrase),
    }
}

/// The singular of a simple English plural.
pub fn singular(w: &str) -> String {
    if w.eq_ignore_ascii_case("people") || w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return w.to_string();
    }
    if let Some(stem) = w.strip_suffix("men") {
        return format!("{stem}man");
    }
    if let Some(stem) = w.strip_suffix("ies") {
        format!("{stem}y")
    } else if w.ends_with("ses") || w.ends_with("xes") || w.ends_with("ches") || w.ends_with("shes") {
        w[..w.len() - 2].to_string()
    } else if w.ends_with('s') && !w.ends_with("ss") {
        w[..w.len() - 1].to_string()
    } else {
        w.to_string()
    }
}

/// Whether the text between two figures makes the second restate the first in other units or
/// words: "1,000 sq km (386 sq mi)", "12km / 7.5 miles", "1,000 sq km, or 386 sq mi".
pub fn restates(between: &str) -> bool {
    matches!(
        between.trim(),
        "(" | "/" | "(or" | "or" | "(about" | "(around" | "(some" | "[" | ", or" | "(nearly" | "(almost"
    )
}
