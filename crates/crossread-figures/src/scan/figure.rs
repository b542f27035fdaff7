//! A whole figure: a number with its unit or counted noun, range, qualifiers and change; vague amounts; amounts written with "a".

use super::*;

impl Scan<'_> {
    /// "tens of thousands", "hundreds", "dozens of": vague amounts.
    pub(super) fn vague_at(&self, i: usize) -> Option<Step> {
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
                        Some(u) => unit = (Unit::of(u.code), lx::form_name(&u, Unit::of(u.code)).to_string()),
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
                    implied: None,
                }),
                end,
            ));
        }
        None
    }

    /// "more than a meter", "about a minute", "nearly half of": amounts written without a numeral,
    /// taken only after a qualifier so that "a year ago" stays a phrase.
    pub(super) fn article_amount(&self, i: usize) -> Option<Step> {
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
                implied: None,
            }),
            end,
        ))
    }

    /// Builds the figure whose first token is `i` (a currency mark or sign) and whose number starts at `j`.
    pub(super) fn figure_from(&self, i: usize, j: usize, currency: Option<Unit>, negative: bool, num: Num) -> Step {
        let value = if negative { -num.value } else { num.value };
        let (value, end) = self.money_scale(value, num, currency.is_some());
        let scaled = num.scaled || end > num.end;
        let unit = if currency.is_some() { None } else { self.unit_at(end, false) };
        let currency = match &unit {
            Some(u) if u.currency => Some(u.unit),
            _ => currency,
        };
        let after = unit.as_ref().map_or(end, |u| u.end);
        // a glued word that is no unit makes this an ordinal or code: 96th, 5G, 3D, 1990s
        if unit.is_none() && currency.is_none() && self.is_word(end) && self.glued(end) && !num.words {
            return Step::Skip(end + 1);
        }
        let mut d = Draft { value, high: None, from_to: false, unit, currency, after };
        if let Some(skip) = self.read_range(i, j, num, scaled, &mut d) {
            return Step::Skip(skip);
        }
        if let Some(skip) = self.not_a_figure(i, j, &num, scaled, &d) {
            return Step::Skip(skip);
        }
        let (code, name, counted) = match self.measure(i, &num, &mut d) {
            Ok(m) => m,
            Err(skip) => return Step::Skip(skip),
        };
        let (mut code, mut name) = (code, name);
        if d.currency.is_none() && (d.unit.is_some() || counted.is_some()) {
            if let Some((rate, per, e)) = self.per_time(d.after).and_then(|(per, e)| Some((code.per(&per)?, per, e))) {
                code = rate;
                name = format!("{name} per {per}");
                d.after = e;
            }
        }
        // "over the age of 21"
        let plain = d.unit.is_none() && d.currency.is_none();
        if plain && counted.is_none() && self.low(i.wrapping_sub(1)) == "of" && self.low(i.wrapping_sub(2)) == "age" {
            code = Unit::AGE;
            name = "age".into();
        }
        let (approx, qualifier, trend) = self.qualify(i, &d);
        let span = self.span(i, d.after);
        let value = match d.high {
            Some(hi) => Value::Range(d.value, hi),
            None => Value::Number(d.value),
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
                from_to: d.from_to,
                sentence: self.sentence,
                implied: None,
            }),
            d.after,
        )
    }

    /// Reads the second end of a range after the first number: "13 to 17 miles", "18,000-20,000",
    /// "between 5 and 10", "from 3.2 to 3.1 percent". Returns where to skip to when the pair is no
    /// figure at all (years "2017-2019", a score "2-0").
    fn read_range(&self, i: usize, j: usize, num: Num, scaled: bool, d: &mut Draft) -> Option<usize> {
        let between = self.low(i.wrapping_sub(1)) == "between";
        let from = self.low(i.wrapping_sub(1)) == "from";
        let conn = d.after;
        let is_dash = self.is_sym(conn, &["-", "\u{2013}", "\u{2014}"]);
        let is_to =
            self.low(conn) == "to" && (from || !(self.to_is_target(i) && (d.unit.is_some() || d.currency.is_some())));
        let is_and = self.low(conn) == "and" && between;
        let is_or = self.low(conn) == "or" && d.unit.is_none() && d.currency.is_none();
        if !(is_dash || is_to || is_and || is_or) {
            return None;
        }
        let mut k = conn + 1;
        let mut cur2 = None;
        if let Some((c2, k2)) = self.currency_prefix(k) {
            cur2 = Some(c2);
            k = k2;
        }
        let n2 = self.number_at(k)?;
        let (v2, e2) = self.money_scale(n2.value, n2, cur2.is_some());
        let mut v1 = d.value;
        // "1 to 2 billion": the scale of the second end applies to both
        if n2.scaled && !scaled && n2.scale > 1.0 && v1 < n2.value / n2.scale {
            v1 *= n2.scale;
        }
        let u2 = if d.currency.is_some() || cur2.is_some() { None } else { self.unit_at(e2, false) };
        if let Some(u) = &u2 {
            if u.currency && d.currency.is_none() {
                d.currency = Some(u.unit);
            }
        }
        let units_agree = match (&d.unit, &u2) {
            (Some(a), Some(b)) => a.unit == b.unit,
            _ => true,
        };
        let years = num.plain_int && n2.plain_int && is_year(d.value) && (is_year(v2) || is_dash && n2.digits == 2);
        let currency_agree =
            cur2.is_none() || cur2 == d.currency || u2.as_ref().is_some_and(|u| Some(u.unit) == d.currency);
        let dash_ok =
            !is_dash || !self.toks[conn].space_before() || self.toks.get(conn + 1).is_some_and(|t| t.space_before());
        let small_or = !is_or || (num.words && n2.words) || (v2 - v1 > 0.0 && v2 - v1 <= 10.0);
        if years {
            return Some(e2);
        }
        // "2-0", "89-89": scores, not figures
        let bare = d.unit.is_none() && u2.is_none() && d.currency.is_none();
        if is_dash && num.plain_int && n2.plain_int && v2 <= v1 && bare {
            return Some(e2);
        }
        let ordered = v2 > v1 || is_to && from;
        if units_agree && currency_agree && ordered && dash_ok && small_or && !(num.plain_int && self.month_near(i, j))
        {
            d.value = v1;
            d.high = Some(v2);
            d.from_to = is_to && from;
            if d.unit.is_none() {
                d.unit = u2;
            }
            d.after = d.unit.as_ref().map_or(e2, |u| u.end.max(e2));
        }
        None
    }

    /// Where to skip to when the number is not a figure after all: a leading zero or a long code,
    /// a day of a month, a year, a number in a name, a lone "one", an age in apposition, a house
    /// number, a year range.
    fn not_a_figure(&self, i: usize, j: usize, num: &Num, scaled: bool, d: &Draft) -> Option<usize> {
        let (is_range, after, value) = (d.high.is_some(), d.after, d.value);
        let plain = d.unit.is_none() && d.currency.is_none();
        if plain {
            let skip = num.leading_zero
                || num.plain_int && num.digits >= 10
                || num.plain_int && !num.scaled && self.month_near(i, j) && (1.0..=31.0).contains(&value)
                || !is_range
                    && num.plain_int
                    && !scaled
                    && num.digits == 4
                    && is_year(value)
                    && !self.count_not_year(i, after)
                || !is_range && self.is_name_number(i, j, num)
                || num.words && value == 1.0 && !is_range && !self.one_is_figure(i, after);
            if skip {
                return Some(after);
            }
        }
        // "16-18 Harbour Avenue"; "14 W 52nd St": a compass letter after a house number is no unit (watts)
        let address = match plain {
            true => self.is_street_address(after),
            false => !is_range && self.is_street_address(num.end),
        };
        // "the 1400 block of", "called 911", "Image 5 of 32"; "a shooting at 2207 Ferncliff": a house
        // number after "at" with its street's name and no street word
        let furniture = plain && (self.is_block_line_or_counter(j, after) || self.is_house_number_at(i, num, after));
        if d.currency.is_none() && num.plain_int && (address || furniture) {
            return Some(after);
        }
        if num.plain_int
            && num.digits == 4
            && is_year(value)
            && self.is_sym(after, &["-", "\u{2013}"])
            && self.is_num(after + 1)
        {
            return Some(after + 2);
        }
        None
    }

    /// What the figure measures: its unit (or the currency and what it is per), its unit's name, and
    /// for a count the noun counted. `Err` is where to skip to when the number names a thing instead
    /// ("iPhone 11 Pro").
    fn measure(&self, i: usize, num: &Num, d: &mut Draft) -> Result<(Unit, String, Option<String>), usize> {
        let value = d.value;
        let after = d.after;
        if let Some(cur) = d.currency {
            // money compound: "$58.24 per barrel", "$3500 a month"
            let base = cur.name().to_string();
            return Ok(match self.money_per(after).and_then(|(per, e)| Some((cur.per(per)?, per, e))) {
                Some((compound, per, e)) => {
                    d.after = e;
                    (compound, format!("{base} per {per}"), None)
                }
                None => (cur, base, None),
            });
        }
        if let Some(u) = &d.unit {
            let pp = u.unit == Unit::PERCENT && self.low(after) == "points";
            if pp {
                d.after += 1;
                return Ok((Unit::PP, "percentage point".into(), None));
            }
            return Ok((u.unit, u.name.clone(), None));
        }
        if let Some(u) = self.noun_before_or(i) {
            return Ok(match u {
                Ok(form) => {
                    let unit = Unit::of(form.code);
                    (unit, lx::form_name(&form, unit).into(), None)
                }
                Err(noun) => (Unit::COUNT, noun, None),
            });
        }
        // "two-thirds of voters": a part of a whole, named or not ("a vote share of one-third")
        if num.words && value > 0.0 && value < 1.0 {
            return Ok((Unit::SHARE, self.share_name(after), None));
        }
        // "Senard, 65, said", "Berg, three, was": an age in apposition to a name
        if d.high.is_none() && (num.plain_int || num.words) && self.is_age_apposition(i, after, value) {
            return Ok((Unit::AGE, Unit::AGE.name().into(), None));
        }
        if let Some(kind) = self.one_of_the(after, value, num.words) {
            return Ok((Unit::COUNT, kind, None));
        }
        if self.magnitude_context(i, after, value) {
            return Ok((Unit::MAGNITUDE, "magnitude".into(), None));
        }
        if let Some((e, phrase, head_unit)) = self.counted_noun(after, value) {
            d.after = e;
            // "517 rushing yards": a unit at the head of the phrase
            return Ok(match head_unit {
                Some(u) => {
                    let unit = Unit::of(u.code);
                    (unit, lx::form_name(&u, unit).into(), None)
                }
                None => (Unit::COUNT, self.modifier_before(i) + &singular_phrase(&phrase), Some(phrase)),
            });
        }
        // "three of the mayor's aides": the part of a group; the figure stays on the number
        if let Some((_, phrase, None)) = self.partitive_noun(after, value) {
            return Ok((Unit::COUNT, singular_phrase(&phrase), Some(phrase)));
        }
        // "a 40 page report": a singular noun between the number and the noun it measures
        if let Some(word) = self.measure_noun(i, after) {
            d.after += 1;
            return Ok((Unit::COUNT, word.clone(), Some(word)));
        }
        if let Some(word) = self.hyphen_noun(after) {
            d.after += 2;
            return Ok((Unit::COUNT, word.clone(), Some(word)));
        }
        // "iPhone 11 Pro", "787 Dreamliner": a bare number before a name
        if d.high.is_none()
            && num.plain_int
            && self.capitalized(after)
            && !self.title()
            && self.toks[after].space_before()
            && self.qualifier_before(i).is_none()
        {
            return Err(after);
        }
        // "scored between 40 and 55 on the GPa scale": the scale names the unit
        if self.low(after) == "on" && self.low(after + 1) == "the" {
            if let Some(u) = self.unit_at(after + 2, true).filter(|u| self.low(u.end) == "scale") {
                return Ok((u.unit, u.name, None));
            }
        }
        // "slipped into the bottom three", "a last-16 tie": a band of a ranking or a cup's round, with
        // nothing counted after it
        let band = |w: &str| matches!(w, "top" | "bottom" | "last");
        let hyphened = self.is_sym(i.wrapping_sub(1), &["-"]) && self.glued(i) && self.glued(i.wrapping_sub(1));
        let ranked = band(self.low(i.wrapping_sub(1))) && self.low(i.wrapping_sub(2)) == "the"
            || hyphened && band(self.low(i.wrapping_sub(2)));
        if d.high.is_none() && (num.plain_int || num.words) && ranked {
            return Err(after);
        }
        // "she will be 41 by then", "she turned 40 on Monday": a person's age
        let life_expectancy = !num.words && self.is_life_expectancy(i, value);
        if d.high.is_none() && (num.plain_int && self.is_age_after_be(i, after, value) || life_expectancy) {
            return Ok((Unit::AGE, Unit::AGE.name().into(), None));
        }
        Ok((Unit::COUNT, String::new(), self.people_after(after)))
    }

    /// How exact the figure is, where its qualifier stands, and the change it describes: "or more",
    /// "+", "-plus" after it, a qualifier before it, a change verb before that.
    fn qualify(&self, start: usize, d: &Draft) -> (Approx, Option<Span>, Option<Trend>) {
        let (is_range, after) = (d.high.is_some(), d.after);
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
        } else if start >= 2 && self.low(start - 2) == "sub" && self.is_sym(start - 1, &["-"]) && self.glued(start) {
            // "sub-7 nanometre chips", "a sub-$1,000 phone": below the figure
            approx = Approx::AtMost;
            qualifier = Some(self.span(start - 2, start));
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
        // "threw a 40 degree curveball": a figure that says what a thing is like is no change
        let describes = matches!(self.low(start.wrapping_sub(1)), "a" | "an")
            && self.is_word(after)
            && !lx::FUNCTION_WORDS.contains_key(self.low(after))
            && !lx::COUNTED_NOUN_STOPS.contains(self.low(after));
        let trend = if d.from_to || between_q || describes {
            None
        } else if self.is_sym(start.wrapping_sub(1), &["+"]) && self.glued(start) && d.currency.is_none() {
            Some(Trend::Up)
        } else {
            self.trend_before(q_start)
        };
        (approx, qualifier, trend)
    }
}

/// A figure while it is being read.
struct Draft {
    /// Its value, or the low end of its range.
    value: f64,
    /// The high end of its range.
    high: Option<f64>,
    /// "from X to Y": a change, not a spread.
    from_to: bool,
    unit: Option<UnitFound>,
    currency: Option<Unit>,
    /// The token after what has been read.
    after: usize,
}
