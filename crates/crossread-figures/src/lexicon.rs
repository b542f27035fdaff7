//! The figure reader's view of the lexicons: the lists themselves live in `crossread_text::lexicon`
//! (one documented file each under `crates/crossread-text/lexicon/`); this adds the few lookups the
//! reader makes of them.

pub use crossread_text::lexicon::*;
use std::sync::OnceLock;

/// A unit as the reader knows it.
pub type UnitWord = UnitForm;

/// The forms a unit may be written in with this lower-case key: news forms (`unit_forms_news.txt`)
/// first, then the units database's (`unit_forms.txt`).
pub fn unit_forms(key: &str) -> impl Iterator<Item = &'static UnitForm> {
    UNIT_FORMS_NEWS.get(key).into_iter().chain(UNIT_FORMS.get(key)).flat_map(|forms| forms.iter())
}

/// The name `unit`, written in this form, goes by: the form's own where it has one, else the unit's.
pub fn form_name(form: &UnitForm, unit: crossread_model::Unit) -> &'static str {
    form.name.unwrap_or_else(|| unit.name())
}

/// True when some unit form begins with this lower-case token ("sq" of "sq km", "m" of "m.p.h.").
pub fn starts_a_unit(first: &str) -> bool {
    static FIRST: OnceLock<rustc_hash::FxHashSet<String>> = OnceLock::new();
    FIRST
        .get_or_init(|| {
            UNIT_FORMS_NEWS.entries().chain(UNIT_FORMS.entries()).map(|(k, _)| first_token(k).to_string()).collect()
        })
        .contains(first)
}

/// Every front part (cut on a character boundary) of every key of these tables: the set a lower-case
/// text must be in for some key to start with it.
fn front_parts<'k>(keys: impl Iterator<Item = &'k str>) -> rustc_hash::FxHashSet<&'k str> {
    let mut out = rustc_hash::FxHashSet::default();
    for k in keys {
        out.extend(k.char_indices().map(|(at, c)| &k[..at + c.len_utf8()]));
    }
    out
}

/// True when some unit form starts with this lower-case text ("sq", "sq km" of "sq km per hour"):
/// a key that does not is no front part of a longer one either.
pub fn begins_a_unit_form(front: &str) -> bool {
    static FRONTS: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    FRONTS
        .get_or_init(|| front_parts(UNIT_FORMS_NEWS.entries().chain(UNIT_FORMS.entries()).map(|(k, _)| *k)))
        .contains(front)
}

/// True when some currency word starts with this lower-case text ("us" of "us dollars").
pub fn begins_a_currency_word(front: &str) -> bool {
    static FRONTS: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    FRONTS.get_or_init(|| front_parts(CURRENCY_WORDS.entries().map(|(k, _)| *k))).contains(front)
}

/// True when some qualifier, or "between" (which opens a range), starts with this lower-case text
/// ("more" of "more than").
pub fn begins_a_qualifier(front: &str) -> bool {
    static FRONTS: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    FRONTS
        .get_or_init(|| front_parts(QUALIFIERS.entries().map(|(k, _)| *k).chain(std::iter::once("between"))))
        .contains(front)
}

/// The first token of a unit form as the tokenizer splits it.
fn first_token(form: &str) -> &str {
    let word = |c: char| c.is_alphanumeric() || c == '²' || c == '³';
    match form.chars().next() {
        Some(c) if word(c) => form.split(|c: char| !word(c)).next().unwrap_or(form),
        Some(c) => &form[..c.len_utf8()],
        None => form,
    }
}

/// The most tokens a unit's form runs to ("square kilometres per hour", "m.p.h.").
pub fn unit_max_tokens() -> usize {
    static MAX: OnceLock<usize> = OnceLock::new();
    *MAX.get_or_init(|| {
        UNIT_FORMS_NEWS.entries().chain(UNIT_FORMS.entries()).map(|(k, _)| tokens_in(k)).max().unwrap_or(1)
    })
}

/// How many tokens the tokenizer makes of a unit form: runs of letters and digits, and each other
/// character that is not a space.
fn tokens_in(form: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for c in form.chars() {
        let word = c.is_alphanumeric() || c == '²' || c == '³';
        if word && !in_word || !word && !c.is_whitespace() {
            n += 1;
        }
        in_word = word;
    }
    n
}

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
        let forms = UNIT_FORMS.values().chain(UNIT_FORMS_NEWS.values()).flat_map(|f| f.iter()).map(|u| u.code);
        let forms = forms.filter(|c| *c != "-");
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
