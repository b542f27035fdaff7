//! What a figure takes from the figures beside it: the unit or counted noun of the figure it is
//! compared with ("4.1 million tablets, up from 2.8 million"; "rose to $7 from 6"), the change
//! a signed figure in a list of signed figures shows ("+0.4%, -1.2% and +2.3%"), and the two ends
//! of a change told with words between them ("from $36 on Monday to $34").

use super::*;

impl Scan<'_> {
    /// A bare number compared with a figure just before it is in that figure's unit, or counts its
    /// noun: the words between say the two are one measure at two times or in two places.
    pub(super) fn inherit_from_comparisons(&self, figures: &mut [Figure]) {
        for k in 1..figures.len() {
            let (a, b) = (&figures[k - 1], &figures[k]);
            if !(b.unit.is_count() && b.unit_name.is_empty() && !b.vague) {
                continue;
            }
            if a.unit.is_count() && a.counted.is_none() || a.vague || b.span.start < a.span.end {
                continue;
            }
            let gap_end = b.qualifier.map_or(b.span.start, |q| q.start.min(b.span.start));
            // the links are short: a long gap is no link, and is not hashed
            if gap_end.saturating_sub(a.span.end) > 24 {
                continue;
            }
            let gap = self.lowered(a.span.end, gap_end);
            let gap = gap.trim_matches(|c: char| c.is_whitespace() || c == ',');
            // "went from 30 mpg to 41": the second end of a change from a figure
            let a_start = a.qualifier.map_or(a.span.start, |q| q.start.min(a.span.start));
            let from = self.lowered(0, a_start).trim_end().ends_with("from");
            if !(lx::COMPARISON_LINKS.contains(gap) || gap == "to" && from) {
                continue;
            }
            // the same kind of number: "2.8 million" beside "4.1 million", "6" beside "$7"
            let (unit, name, counted) = (a.unit, a.unit_name.clone(), a.counted.clone());
            let b = &mut figures[k];
            b.unit = unit;
            b.unit_name = name;
            b.counted = counted;
        }
    }

    /// In a list of signed figures ("+0.4%, -1.2% and +2.3%") a minus sign shows a fall as a plus
    /// sign shows a rise.
    pub(super) fn signed_lists(&self, figures: &mut [Figure]) {
        let signed = |f: &Figure| {
            let before = self.text.get(..f.span.start).unwrap_or("");
            let sign = before.chars().next_back();
            let own = f.text.starts_with(['-', '\u{2212}']);
            own || sign == Some('+') || f.trend == Some(Trend::Up) && f.text.starts_with(['+'])
        };
        let plus = |f: &Figure| self.text.get(..f.span.start).is_some_and(|b| b.ends_with('+'));
        let any_plus = figures.iter().any(plus);
        if !any_plus {
            return;
        }
        for f in figures.iter_mut() {
            if f.trend.is_none() && f.text.starts_with(['-', '\u{2212}']) && signed(f) {
                f.trend = Some(Trend::Down);
            }
        }
    }

    /// "from $3.20 on Monday to $3.90", "from 18 mpg in 2010 to 26 mpg": the two ends of one change
    /// with a few words between them (a time, a year, a qualifier) are one from-to figure, as they
    /// are when nothing stands between them.
    pub(super) fn join_changes(&self, figures: &mut Vec<Figure>) {
        let mut k = 1;
        while k < figures.len() {
            if self.ends_of_a_change(&figures[k - 1], &figures[k]) {
                let b = figures.remove(k);
                let a = &mut figures[k - 1];
                if a.unit.is_count() && a.unit_name.is_empty() {
                    a.unit = b.unit;
                    a.unit_name = b.unit_name;
                    a.counted = b.counted;
                }
                a.span = Span::new(a.span.start, b.span.end);
                a.text = a.span.slice(self.text).to_string();
                a.value = Value::Range(a.value.low(), b.value.low());
                a.approx = Approx::Range;
                a.qualifier = None;
                a.trend = None;
                a.from_to = true;
            }
            k += 1;
        }
    }

    fn ends_of_a_change(&self, a: &Figure, b: &Figure) -> bool {
        let plain = |f: &Figure| !f.vague && !f.from_to && matches!(f.value, Value::Number(_));
        if !plain(a) || !plain(b) || b.span.start < a.span.end {
            return false;
        }
        let bare = |f: &Figure| f.unit.is_count() && f.unit_name.is_empty() && f.counted.is_none();
        let same = a.unit == b.unit && (a.unit_name == b.unit_name || bare(a) || bare(b));
        if !(same || bare(a) || bare(b)) {
            return false;
        }
        let a_start = a.qualifier.map_or(a.span.start, |q| q.start.min(a.span.start));
        let before = self.lowered(0, a_start).trim_end();
        let from = before.strip_suffix("from").is_some_and(|r| r.is_empty() || r.ends_with([' ', '(']));
        let gap_end = b.qualifier.map_or(b.span.start, |q| q.start.min(b.span.start));
        // a few words, no clause or list between: "at 10.45pm last night", "in 2008", "combined"
        if !from || gap_end.saturating_sub(a.span.end) > 40 {
            return false;
        }
        let gap = self.lowered(a.span.end, gap_end).trim();
        let words: Vec<&str> = gap.split_whitespace().collect();
        // a few words: "$2tn at the height of the long boom to $900bn" tells two states, not one change
        words.len() <= 5
            && words.last() == Some(&"to")
            && !words[..words.len() - 1].iter().any(|w| matches!(*w, "to" | "from" | "and" | "or" | "by"))
            && !gap.contains([',', ';', '(', ')', ':'])
    }

    /// A bare number told the way a figure before it is told takes that figure's unit or noun: after
    /// the same preposition ("closed at 2,410.5 points while the other ended at 1,806.25"), or right
    /// after "and" behind it ("12.5 degrees in May and 9.8 last month"); and a number with a
    /// hanging hyphen takes the noun the list ends with ("three-, four- and five-mast schooners").
    pub(super) fn parallel_units(&self, figures: &mut [Figure]) {
        let bare = |f: &Figure| f.unit.is_count() && f.unit_name.is_empty() && f.counted.is_none() && !f.vague;
        for k in 0..figures.len() {
            if !bare(&figures[k]) {
                continue;
            }
            let y = &figures[k];
            let after = self.text.get(y.span.end..).unwrap_or("");
            let source = if after.starts_with('-') && after[1..].starts_with([',', ' ']) {
                figures[k + 1..].iter().take(3).position(|f| !bare(f)).map(|p| k + 1 + p)
            } else {
                let start = y.qualifier.map_or(y.span.start, |q| q.start.min(y.span.start));
                let before = self.lowered(0, start).trim_end();
                let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                let near = |x: &Figure, reach: usize| {
                    let gap = self.text.get(x.span.end..start).unwrap_or("");
                    gap.len() <= reach && !gap.contains(';') && !Self::sentence_break(gap)
                };
                // "at 2,483,805 while Florida had 1,385,710 lightning strikes": a contrast names the
                // thing counted once, in the figure after it
                let contrast = figures.get(k + 1).filter(|z| !bare(z)).is_some_and(|z| {
                    let gap = self.lowered(y.span.end, z.span.start);
                    gap.len() <= 60
                        && gap.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "while" | "whereas"))
                        && !gap.contains([';', ',', '('])
                        && !Self::sentence_break(gap)
                });
                match word {
                    _ if contrast => Some(k + 1),
                    "and" => {
                        (k > 0 && !bare(&figures[k - 1]) && near(&figures[k - 1], 60) && self.nothing_named_after(y))
                            .then(|| k - 1)
                    }
                    "at" | "to" => (0..k).rev().find(|&j| {
                        let x = &figures[j];
                        let x_start = x.qualifier.map_or(x.span.start, |q| q.start.min(x.span.start));
                        let x_before = self.lowered(0, x_start).trim_end();
                        !bare(x) && x_before.ends_with(&format!(" {word}")) && near(x, 100)
                    }),
                    _ => None,
                }
            };
            let Some(j) = source else { continue };
            let x = &figures[j];
            if x.vague || x.unit == Unit::SHARE || x.unit == Unit::AGE {
                continue;
            }
            let (unit, name, counted) = (x.unit, x.unit_name.clone(), x.counted.clone());
            let y = &mut figures[k];
            y.unit = unit;
            y.unit_name = name;
            y.counted = counted;
        }
    }

    /// True when no word that could name what a figure counts follows it ("and 9.8 last month", "and
    /// 4,000 others"; not "and 12 ferry routes").
    fn nothing_named_after(&self, f: &Figure) -> bool {
        let Some(t) = self.toks.iter().position(|t| t.start() >= f.span.end) else { return true };
        let w = self.low(t);
        !self.is_word(t) || lx::FUNCTION_WORDS.contains_key(w) || lx::COUNTED_NOUN_STOPS.contains(w)
    }

    /// True when a sentence ends inside `gap` (a full stop, then a capital).
    fn sentence_break(gap: &str) -> bool {
        gap.match_indices(". ").any(|(i, _)| gap[i + 2..].starts_with(|c: char| c.is_uppercase()))
    }

    /// "Kelmar was down 2.1%, Vesta by 1.4%": a change whose verb is left out after a listed one
    /// ("by" and the amount) is the same change.
    pub(super) fn gapped_changes(&self, figures: &mut [Figure]) {
        for k in 1..figures.len() {
            let (a, b) = (&figures[k - 1], &figures[k]);
            if b.trend.is_some() || a.trend.is_none() || a.unit != b.unit || b.span.start < a.span.end {
                continue;
            }
            let start = b.qualifier.map_or(b.span.start, |q| q.start.min(b.span.start));
            let gap = self.lowered(a.span.end, start);
            let by = gap.trim_end().strip_suffix("by").is_some_and(|r| r.ends_with(' '));
            if by && gap.len() <= 40 && gap.contains(',') && !gap.contains(';') && !Self::sentence_break(gap) {
                figures[k].trend = figures[k - 1].trend;
            }
        }
    }
}
