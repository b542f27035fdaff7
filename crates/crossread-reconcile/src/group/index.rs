//! What grouping keeps beside its groups: the nouns and concepts a cluster of identical readings
//! says it counts, and an index of facts by the keys a cluster could join them on.

use super::{related, Group};
use crate::Measure;
use crossread_model::Dimension;
use rustc_hash::FxHashMap;
use std::collections::BTreeSet;

/// The concepts and counted nouns the members of a cluster carry.
#[derive(Default)]
pub(super) struct Said<'a> {
    pub(super) concepts: BTreeSet<&'static str>,
    pub(super) nouns: BTreeSet<&'a str>,
}

impl Said<'_> {
    /// Whether two clusters say they count different things: they share no counted noun, or no
    /// concept (a restatement may carry two) unless they count the same thing ("10 provinces").
    pub(super) fn clashes(&self, other: &Said) -> bool {
        let apart_nouns = !self.nouns.is_empty() && !other.nouns.is_empty() && self.nouns.is_disjoint(&other.nouns);
        let same_thing = self.nouns.len() == 1 && self.nouns == other.nouns && !self.nouns.contains("person");
        let apart_concepts = !self.concepts.is_empty()
            && !other.concepts.is_empty()
            && !self.concepts.iter().any(|a| other.concepts.iter().any(|b| a == b || related(a, b)));
        apart_nouns || (apart_concepts && !same_thing)
    }
}

/// What a fact can share with a cluster that makes joining them worth weighing: every way
/// [`Group::affinity`] rewards a pair (a concept, a counted noun, a thing measured, a place, a
/// context word, an overlapping value) is a key here, so a fact that shares no key with a cluster
/// could never reach the join bar and need not be weighed.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Key<'a> {
    /// The dimension alone: magnitudes join on nearness, not on words.
    Dim(Measure),
    Concept(&'static str),
    Noun(&'a str),
    Measured(&'a str),
    Scope(&'a str),
    Word(&'a str),
    Thing(&'a str),
    Predicate(&'a str),
    Holder(&'a str),
    /// A value bucket within a dimension (see [`value_buckets`]).
    Value(Measure, i32),
}

/// Facts by the keys they carry, so each cluster is weighed against the facts it could join, not
/// against every fact of the story.
#[derive(Default)]
pub(super) struct FactIndex<'a> {
    facts: FxHashMap<Key<'a>, Postings>,
    /// For each fact, the last round of [`FactIndex::candidates`] that listed it.
    seen: Vec<u64>,
    round: u64,
    /// Room for a group's keys, kept between calls.
    keys: Vec<Key<'a>>,
}

/// The facts listed under one key, in the order they were listed: most keys list one fact, which is
/// held without a list of its own.
enum Postings {
    One(usize),
    Many(Vec<usize>),
}

impl Postings {
    fn as_slice(&self) -> &[usize] {
        match self {
            Postings::One(f) => std::slice::from_ref(f),
            Postings::Many(v) => v,
        }
    }

    /// Lists `f` after the others, unless it is the last listed.
    fn push(&mut self, f: usize) {
        match self {
            Postings::One(g) if *g == f => {}
            Postings::One(g) => *self = Postings::Many(vec![*g, f]),
            Postings::Many(v) => {
                if v.last() != Some(&f) {
                    v.push(f);
                }
            }
        }
    }
}

/// How many facts per key are weighed: the most recent ones. Only a story of thousands of facts
/// sharing one word reaches it.
const PER_KEY: usize = 256;

/// Value buckets of an interval: monotonic in the value, about 10% wide, so overlapping intervals
/// always share a bucket.
fn value_buckets(iv: (f64, f64)) -> std::ops::RangeInclusive<i32> {
    let b = |x: f64| -> i32 {
        if x.abs() < 1e-9 {
            0
        } else {
            let m = (x.abs().ln() / 1.1f64.ln()).floor().clamp(-900.0, 9000.0) as i32 + 1000;
            if x < 0.0 {
                -m
            } else {
                m
            }
        }
    };
    let (lo, hi) = (b(iv.0.min(iv.1)), b(iv.0.max(iv.1)));
    // a range wider than this (a vague "thousands" is about 25 buckets) is found by its ends
    if hi - lo > 200 {
        lo..=lo
    } else {
        lo..=hi
    }
}

impl<'a> FactIndex<'a> {
    /// Writes the keys of `g` into `keys` (emptied first).
    fn keys(g: &Group<'a>, keys: &mut Vec<Key<'a>>) {
        keys.clear();
        if g.dim.is(Dimension::Magnitude) {
            keys.push(Key::Dim(g.dim));
            return;
        }
        keys.extend(g.concepts.keys().map(|c| Key::Concept(c)));
        keys.extend(g.nouns.keys().map(|n| Key::Noun(n)));
        keys.extend(g.measured.keys().map(|m| Key::Measured(m)));
        keys.extend(g.scopes.keys().filter(|k| !k.is_empty()).map(|k| Key::Scope(k)));
        keys.extend(g.context.keys().map(|w| Key::Word(w)));
        keys.extend(g.things.keys().map(|w| Key::Thing(w)));
        keys.extend(g.predicates.keys().map(|w| Key::Predicate(w)));
        keys.extend(g.holders.keys().map(|w| Key::Holder(w)));
        for iv in &g.intervals {
            let buckets = value_buckets(*iv);
            let one = buckets.start() == buckets.end();
            keys.extend(buckets.map(|b| Key::Value(g.dim, b)));
            if one {
                let wide = (iv.0.min(iv.1), iv.0.max(iv.1));
                keys.push(Key::Value(g.dim, *value_buckets((wide.1, wide.1)).start()));
            }
        }
    }

    /// Records fact `f`'s keys (again after it absorbs a cluster: it may have gained some).
    pub(super) fn add(&mut self, f: usize, g: &Group<'a>) {
        let mut keys = std::mem::take(&mut self.keys);
        FactIndex::keys(g, &mut keys);
        for k in keys.drain(..) {
            match self.facts.entry(k) {
                std::collections::hash_map::Entry::Occupied(mut e) => e.get_mut().push(f),
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(Postings::One(f));
                }
            }
        }
        self.keys = keys;
    }

    /// The facts sharing a key with `cluster`, each once, in no particular order, written into `out`
    /// (emptied first).
    pub(super) fn candidates(&mut self, cluster: &Group<'a>, out: &mut Vec<usize>) {
        self.round += 1;
        out.clear();
        let mut keys = std::mem::take(&mut self.keys);
        FactIndex::keys(cluster, &mut keys);
        for k in &keys {
            if let Some(list) = self.facts.get(k) {
                let list = list.as_slice();
                for &f in &list[list.len().saturating_sub(PER_KEY)..] {
                    if self.seen.len() <= f {
                        self.seen.resize(f + 1, 0);
                    }
                    if self.seen[f] != self.round {
                        self.seen[f] = self.round;
                        out.push(f);
                    }
                }
            }
        }
        self.keys = keys;
    }
}
