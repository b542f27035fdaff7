//! Every word list the readers use, compiled from the files in `lexicon/` (one documented file per
//! list; see `lexicon/README.md`) into perfect-hash sets and maps at build time.

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
    /// Unit code written in output.
    pub code: &'static str,
    /// Singular English name.
    pub name: &'static str,
    /// Only a unit when glued to the number ("5in", "3h"): spaced, it is an ordinary word.
    pub glued_only: bool,
    /// Only a unit when written exactly so (case-sensitive: "PS", "C", "F").
    pub exact_case: Option<&'static str>,
}

include!(concat!(env!("OUT_DIR"), "/lexicon.rs"));

/// A list that can be asked whether it holds a word: a set, or the keys of a map.
pub trait Has {
    /// True when the list holds `w`.
    fn has(&self, w: &str) -> bool;
}

impl Has for phf::Set<&'static str> {
    fn has(&self, w: &str) -> bool {
        self.contains(w)
    }
}

impl<V> Has for phf::Map<&'static str, V> {
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
    fn lists_are_read() {
        assert!(MONTHS.get("sept") == Some(&9) && SCALES.get("bn").is_some_and(|s| s.factor == 1e9));
        assert_eq!(QUALIFIERS.get("at least"), Some(&Approx::AtLeast));
        assert_eq!(CONCEPTS_OF.get("died"), Some(&"killed"));
        assert!(UNIT_FORMS.get("sq km").is_some_and(|u| u.code == "km2"));
    }
}
