//! The words a fact is labelled with: what it counts or measures, and where.

use crate::{concept_of, figure, group, Item, Story};
use crossread_model::{Dimension, Unit};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// What a fact measures, in words.
pub(crate) fn label(story: &Story, items: &[Item], g: &group::Group, unit: Unit) -> String {
    let concept = g.concept();
    // the counted noun as most often written
    let mut nouns: BTreeMap<Cow<str>, usize> = BTreeMap::new();
    for &i in &g.items {
        if let Some(c) = &figure(story, &items[i]).counted {
            let last = crate::lower::lower(c.rsplit(' ').next().unwrap_or(c));
            *nouns.entry(last.into()).or_default() += 1;
        }
    }
    let noun = group::majority(nouns.iter().map(|(k, n)| (k, *n))).map(Cow::into_owned);
    // what the sentences say of it, when no concept does: the thing and what happened to it
    let (thing, predicate) = signature_words(items, g);
    // the place that scopes most members, when most are scoped to one
    let one_place: BTreeMap<&str, usize> = g
        .scopes
        .iter()
        .filter(|(k, n)| !k.is_empty() && !k.contains(['|', '&']) && *n * 2 > g.items.len())
        .map(|(k, n)| (*k, n))
        .collect();
    let place = group::majority(one_place.iter().map(|(k, n)| (k, *n)))
        .map(|p| p.split(' ').map(title_case).collect::<Vec<_>>().join(" "));
    let what = match unit.dimension() {
        // an age is of someone: "age of halvorsen" when the reports say whose
        _ if g.dim.is(Dimension::Age) => match group::majority(g.holders.iter()) {
            Some(h) => format!("age of {h}"),
            None => "age".to_string(),
        },
        Dimension::Count if unit.is_count() => match (noun, concept) {
            (Some(n), Some(c)) => format!("{n} {c}"),
            (Some(n), None) => match predicate {
                Some(p) => format!("{n} ({p})"),
                None => n,
            },
            (None, Some(c)) => format!("people {c}"),
            (None, None) => match (thing, predicate) {
                (Some(t), Some(p)) => format!("{t} ({p})"),
                (Some(t), None) => t,
                (None, Some(p)) => format!("count ({p})"),
                (None, None) => "count".to_string(),
            },
        },
        _ => {
            let dim = match unit.dimension() {
                Dimension::Length => "distance",
                Dimension::Area => "area",
                Dimension::Money => "amount",
                Dimension::Percent => "share",
                Dimension::Duration => "duration",
                Dimension::Speed => "speed",
                Dimension::Magnitude => "magnitude",
                Dimension::Mass => "weight",
                _ => "value",
            };
            let measured = group::majority(g.measured.iter())
                .filter(|m| concept.is_none_or(|c| concept_of(m) != Some(c)) && says_more(dim, m));
            let thing = thing.filter(|t| says_more(dim, t));
            match (concept, measured) {
                (Some(c), Some(m)) => format!("{dim} {c} ({m})"),
                (None, Some(m)) => format!("{dim} of {m}"),
                (Some(c), None) => format!("{dim} {c}"),
                (None, None) => match (thing, predicate) {
                    (Some(t), Some(p)) => format!("{dim} of {t} ({p})"),
                    (Some(t), None) => format!("{dim} of {t}"),
                    (None, Some(p)) => format!("{dim} ({p})"),
                    (None, None) => match group::majority(g.context.iter()) {
                        Some(w) if dim != "magnitude" && says_more(dim, w) => format!("{dim} ({w})"),
                        _ => dim.to_string(),
                    },
                },
            }
        }
    };
    match place {
        Some(p) => format!("{what} in {p}"),
        None => what,
    }
}

/// The thing most members are of and the predicate most say of it ("person", "cut"), as their
/// signatures read them; a family of people is written "people".
fn signature_words(items: &[Item], g: &group::Group) -> (Option<String>, Option<String>) {
    let mut things: BTreeMap<&str, usize> = BTreeMap::new();
    let mut predicates: BTreeMap<&str, usize> = BTreeMap::new();
    for &i in &g.items {
        let sig = &items[i].features.signature;
        if let Some(t) = &sig.thing {
            *things.entry(t).or_default() += 1;
        }
        // a verb of saying or being says nothing of what is measured
        if let Some(p) = sig.predicate.as_deref().filter(|p| {
            !crossread_text::lexicon::SPEECH_VERBS.contains(p) && !matches!(*p, "say" | "be" | "have" | "do" | "tell")
        }) {
            *predicates.entry(p).or_default() += 1;
        }
    }
    let thing = group::majority(things.iter().map(|(k, n)| (k, *n))).map(|t| {
        if t == "person" {
            "people".to_string()
        } else {
            t.to_string()
        }
    });
    let predicate = group::majority(predicates.iter().map(|(k, n)| (k, *n))).map(str::to_string);
    (thing, predicate)
}

/// Whether a word adds to a label that already names the dimension: not the dimension's own word
/// ("value of value", "area (area)") and not a lone letter left of an abbreviation ("amount of y").
fn says_more(dim: &str, word: &str) -> bool {
    word.chars().count() > 1 && word != dim
}

fn title_case(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::says_more;

    #[test]
    fn a_label_word_must_say_more_than_its_dimension() {
        assert!(!says_more("value", "value"));
        assert!(!says_more("area", "area"));
        assert!(!says_more("amount", "y"));
        assert!(says_more("amount", "fee"));
        assert!(says_more("share", "vote"));
    }
}
