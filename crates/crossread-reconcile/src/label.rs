//! The words a fact is labelled with: what it counts or measures, and where.

use crate::{concept_of, figure, group, Item, Story};
use crossread_model::{Dimension, Unit};
use std::collections::BTreeMap;

/// What a fact measures, in words.
pub(crate) fn label(story: &Story, items: &[Item], g: &group::Group, unit: Unit) -> String {
    let concept = g.concept();
    // the counted noun as most often written
    let mut nouns: BTreeMap<String, usize> = BTreeMap::new();
    for &i in &g.items {
        if let Some(c) = &figure(story, &items[i]).counted {
            let last = c.rsplit(' ').next().unwrap_or(c).to_lowercase();
            *nouns.entry(last).or_default() += 1;
        }
    }
    let noun = group::majority(nouns.iter().map(|(k, n)| (k, *n)));
    // the place that scopes most members, when most are scoped to one
    let one_place: BTreeMap<String, usize> = g
        .scopes
        .iter()
        .filter(|(k, n)| !k.is_empty() && !k.contains('|') && *n * 2 > g.items.len())
        .map(|(k, n)| (k.to_string(), n))
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
            (Some(n), None) => n,
            (None, Some(c)) => format!("people {c}"),
            (None, None) => "count".to_string(),
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
            let measured =
                group::majority(g.measured.iter()).filter(|m| concept.is_none_or(|c| concept_of(m) != Some(c)));
            match (concept, measured) {
                (Some(c), Some(m)) => format!("{dim} {c} ({m})"),
                (None, Some(m)) => format!("{dim} of {m}"),
                (Some(c), None) => format!("{dim} {c}"),
                (None, None) => match group::majority(g.context.iter()) {
                    Some(w) if dim != "magnitude" => format!("{dim} ({w})"),
                    _ => dim.to_string(),
                },
            }
        }
    };
    match place {
        Some(p) => format!("{what} in {p}"),
        None => what,
    }
}

fn title_case(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
