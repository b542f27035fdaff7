//! What a figure takes from the figures beside it: the unit or counted noun of the figure it is
//! compared with ("4.1 million tablets, up from 2.8 million"; "rose to $7 from 6"), and the change
//! a signed figure in a list of signed figures shows ("+0.4%, -1.2% and +2.3%").

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
            let gap = self.low.get(a.span.end..gap_end).unwrap_or("");
            let gap = gap.trim_matches(|c: char| c.is_whitespace() || c == ',');
            // "went from 30 mpg to 41": the second end of a change from a figure
            let a_start = a.qualifier.map_or(a.span.start, |q| q.start.min(a.span.start));
            let from = self.low.get(..a_start).unwrap_or("").trim_end().ends_with("from");
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
}
