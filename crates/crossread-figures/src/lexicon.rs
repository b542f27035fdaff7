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
