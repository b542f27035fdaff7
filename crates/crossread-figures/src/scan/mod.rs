//! Finds the figures in one sentence, token by token: what is not a figure ([`skip`]), numbers
//! ([`numbers`]), what they measure ([`units`]), what a count counts ([`nouns`]), qualifiers and
//! changes ([`change`]), and the whole figure ([`figure`]).

mod change;
mod figure;
mod neighbours;
mod nouns;
mod numbers;
mod parts;
mod skip;
mod units;

use crate::lexicon::{self as lx, UnitWord};
use crossread_model::{Approx, Figure, Span, Trend, Unit, Value};
use crossread_text::{Doc, Kind, Token};
use std::borrow::Cow;

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
    /// A decimal written with a slip between its whole and its fraction ("16,5", "7. 6"), ending
    /// before token `end`.
    fn slipped_decimal(whole: &str, fraction: &str, end: usize) -> Option<Num> {
        let value: f64 = format!("{whole}.{fraction}").parse().ok()?;
        let digits = whole.len() + fraction.len();
        Some(Num { value, end, words: false, plain_int: false, digits, leading_zero: false, scaled: false, scale: 1.0 })
    }

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

impl Step {
    /// The same step with the figure's unit named so.
    fn named(self, name: String) -> Step {
        match self {
            Step::Figure(mut f, end) => {
                f.unit_name = name;
                Step::Figure(f, end)
            }
            other => other,
        }
    }
}

/// Scans one sentence.
pub(crate) struct Scan<'a> {
    /// The whole report text; offsets are into it.
    text: &'a str,
    /// The part of the report read, ASCII letters lower-cased (see [`Scan::lowered`]), and the
    /// byte of the report it starts at.
    low: &'a str,
    low_from: usize,
    toks: &'a [Token],
    sentence: usize,
    /// Whether the sentence is written in title case (a headline): worked out when first asked
    /// (see [`Scan::title`]), as most sentences hold nothing that asks.
    title: std::cell::OnceCell<bool>,
    /// Index of the sentence's first word token.
    first_word: usize,
    /// Each token's text as written, and lower-cased: the scan asks for them many times per token.
    raws: Vec<&'a str>,
    lows: Vec<&'a str>,
}

/// Finds every figure in sentence `sentence` of `doc`.
pub fn figures_in_sentence(doc: &Doc, sentence: usize) -> Vec<Figure> {
    let mut out = Vec::new();
    figures_in_sentence_with(doc, sentence, &mut TokenTexts::default(), &mut out);
    out
}

/// Room for each token's text as written and lower-cased, kept from one sentence to the next so a
/// report's scan allocates it once.
#[derive(Default)]
pub(crate) struct TokenTexts<'a> {
    raws: Vec<&'a str>,
    lows: Vec<&'a str>,
}

impl<'a> TokenTexts<'a> {
    /// The lower-case texts of the tokens of the sentence last scanned (none when it held only
    /// symbols), for the readers that look at the same sentence next.
    pub(crate) fn lows(&self) -> &[&'a str] {
        &self.lows
    }
}

/// The signs a number glued after them takes ("-5", "\u{2212}5").
const SIGNS: &[&str] = &["-", "\u{2212}"];

/// [`figures_in_sentence`], with the room for the tokens' texts given, into `out` (emptied first:
/// a report's scan reuses one vector for every sentence).
pub(crate) fn figures_in_sentence_with<'a>(
    doc: &'a Doc,
    sentence: usize,
    room: &mut TokenTexts<'a>,
    out: &mut Vec<Figure>,
) {
    out.clear();
    let toks = doc.sentence_tokens(sentence);
    if !toks.iter().any(|t| t.kind() != Kind::Sym) {
        room.raws.clear();
        room.lows.clear();
        return;
    }
    let (low_from, low) = doc.lower_part();
    let (mut raws, mut lows) = (std::mem::take(&mut room.raws), std::mem::take(&mut room.lows));
    raws.clear();
    lows.clear();
    raws.extend(toks.iter().map(|t| doc.text_of(t)));
    lows.extend(toks.iter().map(|t| doc.lower_of(t)));
    let title = std::cell::OnceCell::new();
    let mut scan = Scan { text: doc.text(), low, low_from, toks, sentence, title, first_word: 0, raws, lows };
    scan.first_word = scan.toks.iter().position(|t| t.kind() == Kind::Word).unwrap_or(0);
    scan.run(out);
    (room.raws, room.lows) = (scan.raws, scan.lows);
}

impl<'a> Scan<'a> {
    /// Appends the sentence's figures to `out` (empty when called).
    fn run(&self, out: &mut Vec<Figure>) {
        let mut i = 0;
        while i < self.toks.len() {
            if self.inert_word(i) || self.inert_symbol(i) {
                debug_assert!(matches!(self.step(i), Step::Nothing), "{:?} starts a figure", self.raw(i));
                i += 1;
                continue;
            }
            match self.step(i) {
                Step::Figure(f, next) => {
                    out.push(*f);
                    i = next.max(i + 1);
                }
                Step::Skip(next) => i = next.max(i + 1),
                Step::Nothing => i += 1,
            }
        }
        self.inherit_from_conversions(out);
        self.inherit_from_comparisons(out);
        self.signed_lists(out);
        self.join_changes(out);
        self.parallel_units(out);
        self.gapped_changes(out);
        // a number too large for a float (hundreds of digits) is not a figure anyone wrote to be read
        out.retain(|f| f.value.low().is_finite() && f.value.high().is_finite());
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
            let sentence_end = self.toks.last().map_or(b.span.end, |t| t.end());
            let after = self.lowered(b.span.end, sentence_end).trim_start();
            let rate = after.strip_prefix(')').map(str::trim_start);
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

    fn low(&self, i: usize) -> &'a str {
        self.lows.get(i).copied().unwrap_or("")
    }
    /// Bytes `a..b` of the report, ASCII letters lower-cased (clipped to the part read).
    fn lowered(&self, a: usize, b: usize) -> &'a str {
        let from = a.max(self.low_from) - self.low_from;
        self.low.get(from..b.saturating_sub(self.low_from)).unwrap_or("")
    }
    fn raw(&self, i: usize) -> &'a str {
        self.raws.get(i).copied().unwrap_or("")
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
        // a symbol is one character: comparing its few bytes in line beats a call to compare strings
        let same = |a: &[u8], b: &[u8]| a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y);
        self.kind(i) == Some(Kind::Sym) && chars.iter().any(|c| same(c.as_bytes(), self.raw(i).as_bytes()))
    }
    fn capitalized(&self, i: usize) -> bool {
        self.is_word(i) && self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }
    /// Lowercase text of tokens `i..i+n` joined as the lexicon writes keys.
    fn key(&self, i: usize, n: usize) -> Option<Cow<'a, str>> {
        if n == 0 || i + n > self.toks.len() {
            return None;
        }
        // one token: its own lower-case text
        if n == 1 {
            return Some(Cow::Borrowed(self.low(i)));
        }
        let (start, end) = (self.toks[i].start(), self.toks[i + n - 1].end());
        // the text itself is the key when tokens touch or stand one space apart (nearly always)
        let plain = (i + 1..i + n).all(|j| {
            let gap = self.toks[j].start() - self.toks[j - 1].end();
            gap == 0 || gap == 1 && self.text.as_bytes()[self.toks[j].start() - 1] == b' '
        });
        if plain {
            return self.text.get(start..end).map(|_| Cow::Borrowed(self.lowered(start, end)));
        }
        let mut k = String::new();
        for j in i..i + n {
            if j > i && self.toks[j].space_before() {
                k.push(' ');
            }
            k.push_str(self.low(j));
        }
        Some(Cow::Owned(k))
    }
    // ---- one step ------------------------------------------------------------------------

    /// True when word token `i` can start nothing [`Self::step`] reads (most words): it is no number
    /// word, vague amount ("tens"), article or "half" (a part or an amount after a qualifier), "minus",
    /// or multiple ("fourfold"), and makes no currency mark with the token after it (only a symbol
    /// such as "$" or "=", a stop after "Rs", or a number can follow a word to make one).
    fn inert_word(&self, i: usize) -> bool {
        if !self.is_word(i) || self.is_num(i + 1) || self.is_sym(i + 1, &["$", "="]) {
            return false;
        }
        let w = self.low(i);
        // the words by length, so a word is compared with the few of its own length only
        let starts_something = match w.len() {
            1 => w == "a",
            2 => matches!(w, "an" | "rs"),
            3 => w == "one",
            4 => matches!(w, "half" | "tens"),
            5 => w == "minus",
            6 => w == "dozens",
            7 => matches!(w, "million" | "billion"),
            8 => matches!(w, "hundreds" | "millions" | "billions" | "thousand"),
            9 => w == "thousands",
            _ => false,
        };
        !starts_something && !lx::NUMBER_WORDS.contains_key(w) && !parts::multiplier_ending(w)
    }

    /// True when symbol token `i` can start nothing [`Self::step`] reads (most symbols: stops, commas,
    /// brackets, quotes): it is no currency mark ("$", "£"), and no sign ("-", "\u{2212}") that a
    /// number may follow.
    fn inert_symbol(&self, i: usize) -> bool {
        if self.kind(i) != Some(Kind::Sym) {
            return false;
        }
        !SIGNS.contains(&self.raw(i)) && !lx::CURRENCY_MARKS.contains_key(self.low(i))
    }

    fn step(&self, i: usize) -> Step {
        if let Some(end) = self.non_figure(i) {
            return Step::Skip(end);
        }
        if let Some(f) = self.vague_at(i) {
            return f;
        }
        if let Some(f) = self.fraction_at(i) {
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
        let sign = self.is_sym(j, SIGNS) && self.is_num(j + 1) && self.glued(j + 1);
        let negative =
            (sign && (self.toks[j].space_before() || currency.is_some()) && !self.all_caps_word(j.wrapping_sub(1)))
                || self.low(j) == "minus" && self.is_num(j + 1)
                || self.low(j) == "minus" && self.is_sym(j + 1, &["-"]) && self.is_num(j + 2);
        let j = if self.low(j) == "minus" && self.is_sym(j + 1, &["-"]) { j + 1 } else { j };
        let j = if negative { j + 1 } else { j };
        let Some(num) = self.number_at(j) else {
            return self.multiplier_at(i).unwrap_or(Step::Nothing);
        };
        if currency.is_none()
            && j > 0
            && matches!(self.raw(j - 1), "M" | "Mw")
            && self.glued(j)
            && self.raw(j).contains('.')
        {
            return self.magnitude_code(j - 1, num);
        }
        if let Some(f) = self.slash_fraction(j).filter(|_| currency.is_none() && !negative) {
            return f;
        }
        if currency.is_none() && !negative && self.is_code_number(j) {
            return Step::Skip(num.end);
        }
        if num.words {
            if let Some(end) = self.number_idiom(i) {
                return Step::Skip(end);
            }
        }
        if let Some(f) = self.out_of(i, &num).filter(|_| currency.is_none() && !negative) {
            return f;
        }
        self.figure_from(i, j, currency, negative, num)
    }

    /// Span from token `a` to the end of token `b - 1`.
    fn span(&self, a: usize, b: usize) -> Span {
        let s = self.toks[a].start();
        let e = self.toks[b.saturating_sub(1).max(a)].end();
        Span::new(s, e)
    }

    fn tok_index_at(&self, byte: usize) -> usize {
        self.toks.iter().position(|t| t.start() == byte).unwrap_or(0)
    }

    /// True when the sentence is written in title case (a headline).
    fn title(&self) -> bool {
        *self.title.get_or_init(|| self.is_title_case())
    }

    fn is_title_case(&self) -> bool {
        let (mut words, mut caps) = (0, 0);
        for i in (0..self.toks.len()).filter(|&i| self.is_word(i) && self.raw(i).len() > 3) {
            words += 1;
            caps += usize::from(self.capitalized(i));
        }
        words >= 3 && caps * 10 >= words * 8
    }
}

fn is_year(v: f64) -> bool {
    v.fract() == 0.0 && (1000.0..=2199.0).contains(&v)
}

/// A counted noun phrase with its last word made singular and its conjunctions left out, as the
/// benchmark names it: "first-team players" -> "first-team player", "digital and physical sales" ->
/// "digital physical sale".
pub fn singular_phrase(phrase: &str) -> String {
    let kept = || phrase.split(' ').filter(|w| !matches!(*w, "and" | "or"));
    if kept().nth(1).is_none() {
        return singular(phrase);
    }
    // the words kept, one space apart, the last made singular: built in one string
    let mut out = String::with_capacity(phrase.len());
    let mut words = kept().peekable();
    while let Some(w) = words.next() {
        if words.peek().is_some() {
            out.push_str(w);
            out.push(' ');
        } else {
            out.push_str(&singular_of(w));
        }
    }
    out
}

/// The singular of a simple English plural.
pub fn singular(w: &str) -> String {
    singular_of(w).into_owned()
}

/// [`singular`] without a copy when the singular is the word or a front part of it ("boats" ->
/// "boat"): only "-men" and "-ies" plurals make a new string.
pub fn singular_of(w: &str) -> Cow<'_, str> {
    if w.eq_ignore_ascii_case("people") || w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return Cow::Borrowed(w);
    }
    // (a stem and its new ending put together directly: the formatting machinery costs more)
    let joined = |stem: &str, end: &str| {
        let mut s = String::with_capacity(stem.len() + end.len());
        s.push_str(stem);
        s.push_str(end);
        Cow::Owned(s)
    };
    if let Some(stem) = w.strip_suffix("men") {
        return joined(stem, "man");
    }
    if let Some(stem) = w.strip_suffix("ies") {
        joined(stem, "y")
    } else if w.ends_with("ses") || w.ends_with("xes") || w.ends_with("ches") || w.ends_with("shes") {
        Cow::Borrowed(&w[..w.len() - 2])
    } else if let Some(stem) = w.strip_suffix('s') {
        // "-ss" words returned whole above
        Cow::Borrowed(stem)
    } else {
        Cow::Borrowed(w)
    }
}

/// Whether the text between two figures makes the second restate the first in other units or
/// words: "1,000 sq km (386 sq mi)", "12km / 7.5 miles", "1,000 sq km, or 386 sq mi".
pub fn restates(between: &str) -> bool {
    lx::RESTATEMENT_MARKERS.contains(between.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singulars_borrow_unless_the_ending_changes() {
        assert_eq!(singular_of("ferries"), "ferry");
        assert_eq!(singular_of("linesmen"), "linesman");
        assert!(matches!(singular_of("boats"), Cow::Borrowed("boat")));
        assert!(matches!(singular_of("marshes"), Cow::Borrowed("marsh")));
        assert!(matches!(singular_of("census"), Cow::Borrowed("census")));
        assert_eq!(singular("crates"), "crate");
    }

    #[test]
    fn a_phrase_makes_its_last_kept_word_singular() {
        assert_eq!(singular_phrase("fishing boats"), "fishing boat");
        assert_eq!(singular_phrase("boats and ferries"), "boats ferry");
        assert_eq!(singular_phrase("and ferries"), "and ferry");
        assert_eq!(singular_phrase("ferries"), "ferry");
    }
}
