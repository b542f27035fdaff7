//! Every word list the readers use, compiled from the files in `lexicon/` (one documented file per
//! list; see `lexicon/README.md`) into static tables at build time, indexed on first use with a fast
//! non-cryptographic hash (a lookup hashes a few bytes and allocates nothing).

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// A quick test in front of a list's hash index that rules out most words the list does not hold
/// (by length and first and last byte), so a miss, the common case, seldom hashes. Worked out when
/// the program is compiled (a `const fn`), so the test needs no set-up and is inlined at each call.
struct Filter {
    /// For each first byte (low six bits), the key lengths (modulo 32) seen with it; the same for
    /// each last byte.
    first: [u32; 64],
    last: [u32; 64],
}

impl Filter {
    /// The filter of a set's entries.
    const fn of_set(entries: &[&str]) -> Filter {
        let mut filter = Filter { first: [0; 64], last: [0; 64] };
        let mut i = 0;
        while i < entries.len() {
            filter.add(entries[i].as_bytes());
            i += 1;
        }
        filter
    }

    /// The filter of a map's keys.
    const fn of_map<V>(rows: &[(&str, V)]) -> Filter {
        let mut filter = Filter { first: [0; 64], last: [0; 64] };
        let mut i = 0;
        while i < rows.len() {
            filter.add(rows[i].0.as_bytes());
            i += 1;
        }
        filter
    }

    /// Lets key `k` through.
    const fn add(&mut self, k: &[u8]) {
        if let (Some(&a), Some(&z)) = (k.first(), k.last()) {
            let bit = Self::length_bit(k.len());
            self.first[(a & 63) as usize] |= bit;
            self.last[(z & 63) as usize] |= bit;
        }
    }

    /// The bit of a key length: lengths 32 apart share one, so the shift is a single instruction.
    #[inline(always)]
    const fn length_bit(len: usize) -> u32 {
        1u32.wrapping_shl(len as u32)
    }

    /// False when `k` cannot be a key; true when it may be.
    #[inline(always)]
    fn may_hold(&self, k: &str) -> bool {
        match (k.as_bytes().first(), k.as_bytes().last()) {
            (Some(&a), Some(&z)) => {
                let bit = Self::length_bit(k.len());
                self.first[usize::from(a & 63)] & bit != 0 && self.last[usize::from(z & 63)] & bit != 0
            }
            _ => true,
        }
    }
}

/// A word list: its entries in file order, the quick test, and a hash index built on first use.
pub struct Set {
    entries: &'static [&'static str],
    filter: Filter,
    index: OnceLock<FxHashSet<&'static str>>,
}

impl Set {
    /// A set of these entries.
    pub const fn new(entries: &'static [&'static str]) -> Set {
        Set { entries, filter: Filter::of_set(entries), index: OnceLock::new() }
    }

    /// True when the list holds `w`.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.filter.may_hold(w) && self.hashed(w)
    }

    /// The hash look-up behind the quick test: kept out of line, so the test alone is inlined.
    #[inline(never)]
    fn hashed(&self, w: &str) -> bool {
        self.index.get_or_init(|| self.entries.iter().copied().collect()).contains(w)
    }

    /// The entries in the order the file lists them.
    pub fn entries(&self) -> &'static [&'static str] {
        self.entries
    }

    /// The entries in file order.
    pub fn iter(&self) -> impl Iterator<Item = &'static &'static str> {
        self.entries.iter()
    }
}

/// A table from words to values: its rows in file order, the quick test, and a hash index built on
/// first use.
pub struct Map<V: 'static> {
    rows: &'static [(&'static str, V)],
    filter: Filter,
    index: OnceLock<FxHashMap<&'static str, usize>>,
}

impl<V: 'static> Map<V> {
    /// A map of these rows.
    pub const fn new(rows: &'static [(&'static str, V)]) -> Map<V> {
        Map { rows, filter: Filter::of_map(rows), index: OnceLock::new() }
    }

    /// The row of `k` behind the quick test: kept out of line, so the test alone is inlined.
    #[inline(never)]
    fn hashed(&self, k: &str) -> Option<usize> {
        let index = self.index.get_or_init(|| {
            let mut index = FxHashMap::default();
            for (i, (k, _)) in self.rows.iter().enumerate() {
                index.insert(*k, i);
            }
            index
        });
        index.get(k).copied()
    }

    /// The value of `k`, if the table has it.
    #[inline]
    pub fn get(&self, k: &str) -> Option<&'static V> {
        if !self.filter.may_hold(k) {
            return None;
        }
        self.hashed(k).map(|i| &self.rows[i].1)
    }

    /// True when the table has `k`.
    #[inline]
    pub fn contains_key(&self, k: &str) -> bool {
        self.filter.may_hold(k) && self.hashed(k).is_some()
    }

    /// The values in file order.
    pub fn values(&self) -> impl Iterator<Item = &'static V> {
        self.rows.iter().map(|(_, v)| v)
    }

    /// The rows in file order.
    pub fn entries(&self) -> impl Iterator<Item = (&'static &'static str, &'static V)> {
        self.rows.iter().map(|(k, v)| (k, v))
    }
}

pub use crossread_model::Approx;

/// A scale word after a number ("million", "bn", "k").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// What it multiplies by.
    pub factor: f64,
    /// Only a scale when glued to the number ("10k").
    pub glued_only: bool,
}

/// A number word.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberWord {
    /// Its value.
    pub value: f64,
    /// A tens word ("twenty"), which a hyphenated one may follow.
    pub tens: bool,
}

/// A unit as written after a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UnitForm {
    /// Unit code written in output ("-": the form is no unit).
    pub code: &'static str,
    /// Only a unit when glued to the number ("5in", "3h"): spaced, it is an ordinary word.
    pub glued_only: bool,
    /// In which case the form may be written.
    pub case: Case,
    /// The name this written form gives its unit where news benchmarks name the form apart from the
    /// unit ("lb-ft" is a "foot pound-force", "pound-feet" a "pound-foot"); `None`: the unit's name.
    pub name: Option<&'static str>,
}

/// In which case a unit's form may be written.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Case {
    /// Any case ("km", "KM", "Km").
    Any,
    /// Exactly as given ("MW" is not "mW").
    Exact(&'static str),
    /// Not capitalised: a capital names a person or a company ("Tesla", "Siemens").
    Lower,
}

impl UnitForm {
    /// True when `written` (the form as it stands in the text) is written in a case this form allows.
    pub fn case_fits(&self, written: &str) -> bool {
        match self.case {
            Case::Any => true,
            Case::Exact(e) => e == written,
            Case::Lower => {
                !written.starts_with(|c: char| c.is_uppercase()) || written.chars().all(|c| !c.is_lowercase())
            }
        }
    }

    /// True for a form that says its word is no unit.
    pub fn is_veto(&self) -> bool {
        self.code == "-"
    }
}

include!(concat!(env!("OUT_DIR"), "/lexicon.rs"));

/// A list that can be asked whether it holds a word: a set, or the keys of a map.
pub trait Has {
    /// True when the list holds `w`.
    fn has(&self, w: &str) -> bool;
}

impl Has for Set {
    fn has(&self, w: &str) -> bool {
        self.contains(w)
    }
}

impl<V> Has for Map<V> {
    fn has(&self, w: &str) -> bool {
        self.contains_key(w)
    }
}

/// A weekday, its plural or the weekend ("Monday", "mondays", "weekend"); not "today".
pub fn is_weekday(w: &str) -> bool {
    DAYS.get(w).is_some_and(|k| *k != "relative")
}

/// A weekday or a day told relative to the report ("Monday", "today", "yesterday").
pub fn names_a_day(w: &str) -> bool {
    DAYS.get(w).is_some_and(|k| matches!(*k, "weekday" | "relative"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn no_list_has_a_duplicate() {
        let mut problems = Vec::new();
        for (name, text) in FILES {
            let groups = text.contains("#! groups");
            let mut seen = HashSet::new();
            for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
                let keys: Vec<&str> = if groups {
                    let members = if text.contains("#! columns: name") {
                        line.split_once('\t').map_or("", |p| p.1)
                    } else {
                        line
                    };
                    members.split(',').map(str::trim).collect()
                } else {
                    vec![line.split('\t').next().unwrap_or(line)]
                };
                for k in keys {
                    if !seen.insert(k.to_string()) {
                        problems.push(format!("{name}: {k:?} twice"));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn every_list_says_what_it_is_for() {
        for (name, text) in FILES {
            let first = text.lines().next().unwrap_or("");
            assert!(first.starts_with(&format!("# {name}: ")) && first.len() > name.len() + 20, "{name}: {first}");
            assert!(text.lines().any(|l| l.starts_with("#! ")), "{name} names its kind");
        }
    }

    #[test]
    fn the_quick_test_keeps_every_key_and_rules_out_others() {
        static WORDS: Set =
            Set::new(&["a", "km²", "tens of thousands", "a key longer than thirty-one bytes in all", ""]);
        static VALUES: Map<u8> = Map::new(&[("one", 1), ("ninety-nine", 99), ("£", 3)]);
        for w in WORDS.entries() {
            assert!(WORDS.contains(w), "{w:?}");
        }
        assert!(
            !WORDS.contains("b")
                && !WORDS.contains("km")
                && !WORDS.contains("a key longer than thirty-one bytes in al")
        );
        assert_eq!((VALUES.get("one"), VALUES.get("ninety-nine"), VALUES.get("£")), (Some(&1), Some(&99), Some(&3)));
        assert!(VALUES.get("ont").is_none() && VALUES.get("two").is_none() && !VALUES.contains_key("$"));
        // every shipped list finds each of its own keys
        assert!(UNIT_FORMS.entries().all(|(k, _)| UNIT_FORMS.contains_key(k)));
        assert!(NUMBER_WORDS.entries().all(|(k, _)| NUMBER_WORDS.contains_key(k)));
        assert!(COUNTED_NOUN_STOPS.iter().all(|k| COUNTED_NOUN_STOPS.contains(k)));
    }

    #[test]
    fn lists_are_read() {
        assert!(MONTHS.get("sept") == Some(&9) && SCALES.get("bn").is_some_and(|s| s.factor == 1e9));
        assert_eq!(QUALIFIERS.get("at least"), Some(&Approx::AtLeast));
        assert_eq!(CONCEPTS_OF.get("died"), Some(&"killed"));
        // a member listed for one sense keeps its group and carries its cues
        assert_eq!(CONCEPTS_OF.get("cut"), Some(&"trapped"));
        assert_eq!(CONCEPTS_SENSES.get("cut").map(|s| s.to_vec()), Some(vec![("trapped", &["off"][..])]));
        let taken: Vec<&str> = CONCEPTS_SENSES.get("taken").into_iter().flat_map(|s| s.iter()).map(|s| s.0).collect();
        assert_eq!(taken, ["injured", "controlled"], "a word in two senses keeps both, in file order");
        assert!(CONCEPTS_SENSES.get("died").is_none());
        assert!(UNIT_FORMS.get("sq km").is_some_and(|u| u[0].code == "km2"));
        let mw: Vec<&str> = UNIT_FORMS.get("mw").into_iter().flat_map(|f| f.iter()).map(|u| u.code).collect();
        assert!(mw.contains(&"MW") && mw.contains(&"mW"), "{mw:?}");
    }
}
