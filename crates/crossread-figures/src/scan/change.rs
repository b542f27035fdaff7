//! Qualifiers before a figure ("about", "more than") and the change it describes ("rose 5%").

use super::*;

impl Scan<'_> {
    /// "rose to 5%" and "increased by 2% to 7%" have targets, not ranges.
    pub(super) fn to_is_target(&self, i: usize) -> bool {
        let mut k = i;
        for _ in 0..4 {
            if k == 0 {
                return false;
            }
            k -= 1;
            let w = self.low(k);
            // "down from the $4 to $6 billion it had hoped for": a spread named as a thing
            if w == "the" && self.low(k.wrapping_sub(1)) == "from" {
                return false;
            }
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

    pub(super) fn qualifier_before(&self, start: usize) -> Option<(Approx, Span)> {
        for n in (1..=3).rev() {
            if start < n {
                continue;
            }
            let a = start - n;
            // the key of n tokens starts with the first token's text: when no qualifier does, it is none
            if !lx::begins_a_qualifier(self.low(a)) {
                continue;
            }
            let Some(key) = self.key(a, n) else { continue };
            if key == "between" {
                return Some((Approx::Range, self.span(a, start)));
            }
            if let Some(&approx) = lx::QUALIFIERS.get(&key) {
                // "over" and "under" after a verb of motion are prepositions only when not before a figure; keep.
                if key == "some" && self.low(a.wrapping_sub(1)) == "for" {
                    continue;
                }
                return Some((approx, self.span(a, start)));
            }
        }
        None
    }

    pub(super) fn trend_before(&self, start: usize) -> Option<Trend> {
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
                // "rose to 5%", "slid 2.15 percent to 9,870 points": the level reached, not the change
                return None;
            }
            if lx::TREND_UP.contains(w) {
                if matches!(w, "up") && lx::PHRASAL_UP_VERBS.contains(self.low(k.wrapping_sub(1))) {
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
}
