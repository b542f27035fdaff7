//! The figure reader's view of the lexicons: the lists themselves live in `crossread_text::lexicon`
//! (one documented file each under `crates/crossread-text/lexicon/`); this adds the few lookups the
//! reader makes of them.

pub use crossread_text::lexicon::*;

/// A unit as the reader knows it.
pub type UnitWord = UnitForm;

/// The most tokens a unit's form runs to ("square kilometres per hour").
pub const UNIT_MAX_TOKENS: usize = 5;

/// A number word under twenty ("seven", "eighteen").
pub fn small(w: &str) -> Option<f64> {
    NUMBER_WORDS.get(w).filter(|n| !n.tens).map(|n| n.value)
}

/// A tens word ("twenty", "ninety").
pub fn tens(w: &str) -> Option<f64> {
    NUMBER_WORDS.get(w).filter(|n| n.tens).map(|n| n.value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossread_model::Unit;

    #[test]
    fn every_unit_code_the_reader_can_write_is_in_the_unit_table() {
        let mut missing = Vec::new();
        let forms = UNIT_FORMS.values().map(|u| u.code);
        let currencies = CURRENCY_WORDS.values().chain(CURRENCY_MARKS.values()).copied();
        let slips = UNIT_SLIPS.entries().flat_map(|(k, v)| std::iter::once(*k).chain(v.split(", ")));
        for code in forms.chain(currencies).chain(slips) {
            if Unit::parse(code).is_none() {
                missing.push(code);
            }
        }
        // and every compound: money per what a price may be per, any unit per a period
        for per in MONEY_PER_UNITS.values().chain(RATE_PERIODS.iter()) {
            if Unit::USD.per(per).is_none() {
                missing.push(per);
            }
        }
        assert!(missing.is_empty(), "{missing:?}");
    }
}
