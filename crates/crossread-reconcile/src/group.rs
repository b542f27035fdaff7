//! Grouping: which figures answer the same question. Two passes. First, figures that certainly go
//! together are joined: a restatement and what it restates, an update and what it updates ("92, up
//! from 84"), and the same distinctive value read alike in several reports. Then these clusters,
//! most widely reported first, each join the fact they fit best or start one; two figures of one
//! sentence with different values, or figures scoped to different places, never share a fact.

mod index;

use crate::tally::{first_room, Tally};
use crate::{close, overlaps, Item, Measure};
use crossread_model::Dimension;
use crossread_model::DisjointSets;
use index::{FactIndex, Said};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeMap;

const W: crate::weights::Weights = crate::weights::WEIGHTS;

/// Figures grouped as one fact (or one cluster on the way to a fact).
#[derive(Default)]
pub(crate) struct Group<'a> {
    pub(crate) dim: Measure,
    pub(crate) items: Vec<usize>,
    /// Whether a member describes a later event of its kind.
    sequel: bool,
    /// The reports the members come from, sorted.
    outlets: Vec<usize>,
    pub(crate) concepts: Tally<&'static str>,
    nouns: Tally<&'a str>,
    /// What the members measure ("embankment", "front"), when they say.
    pub(crate) measured: Tally<&'a str>,
    /// Scope keys (places joined by '|', empty when unscoped) and how many members carry each.
    pub(crate) scopes: Tally<&'a str>,
    pub(crate) context: Tally<&'a str>,
    /// What the members are of, what happened to it, whose it is, and when (see [`crate::signature`]).
    things: Tally<&'a str>,
    predicates: Tally<&'a str>,
    pub(crate) holders: Tally<&'a str>,
    times: Tally<crate::signature::Time>,
    /// Which part of the question the members give (level, change, margin).
    parts: Tally<crate::signature::Part>,
    /// Distinct value intervals of the members, in base units.
    intervals: Vec<(f64, f64)>,
    /// For each interval, whether it is a distinctive value (see [`distinctive`]).
    distinctive: Vec<bool>,
    /// Interval and value of the members, by (report, sentence).
    sentences: SentenceIndex,
}

/// A member's interval and value, in base units.
type IntervalValue = ((f64, f64), f64);

/// What identical readings share: dimension, value bits (low, high), concept, noun, scope key.
/// How many representatives of near values each figure is compared with.
const REPS: usize = 64;

type Signature<'a> = (Measure, u64, u64, Option<&'static str>, Option<&'a str>, &'a str);

pub(crate) use crate::tally::majority;

/// A group's members by the (report, sentence) they stand in: a short sorted list for the many small
/// groups, a hash map once a group grows, so adding stays cheap either way.
#[derive(Default)]
struct SentenceIndex {
    few: Vec<((usize, usize), IntervalValue)>,
    many: Option<rustc_hash::FxHashMap<(usize, usize), Vec<IntervalValue>>>,
}

/// Past this many members a group's sentence list becomes a map.
const FEW: usize = 32;

impl SentenceIndex {
    fn add(&mut self, key: (usize, usize), iv: IntervalValue) {
        if let Some(map) = &mut self.many {
            map.entry(key).or_default().push(iv);
            return;
        }
        let at = self.few.partition_point(|(k, _)| *k <= key);
        first_room(&mut self.few);
        self.few.insert(at, (key, iv));
        if self.few.len() > FEW {
            let mut map: rustc_hash::FxHashMap<(usize, usize), Vec<IntervalValue>> = Default::default();
            for (k, v) in self.few.drain(..) {
                map.entry(k).or_default().push(v);
            }
            self.many = Some(map);
        }
    }

    /// The members that stand in sentence `key`.
    fn get(&self, key: (usize, usize)) -> impl Iterator<Item = &IntervalValue> + Clone {
        let (few, many): (&[_], &[IntervalValue]) = match &self.many {
            Some(map) => (&[], map.get(&key).map_or(&[][..], |v| v.as_slice())),
            None => {
                let from = self.few.partition_point(|(k, _)| *k < key);
                let to = self.few.partition_point(|(k, _)| *k <= key);
                (&self.few[from..to], &[])
            }
        };
        few.iter().map(|(_, v)| v).chain(many)
    }

    /// Every sentence a member stands in, once each.
    fn keys(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let few: &[_] = if self.many.is_some() { &[] } else { &self.few };
        few.chunk_by(|a, b| a.0 == b.0).map(|run| run[0].0).chain(self.many.iter().flat_map(|m| m.keys().copied()))
    }

    /// Empties the index, keeping its room for the next group.
    fn clear(&mut self) {
        self.few.clear();
        self.many = None;
    }
}

/// The scope key of an item: its places joined by '|' (by '&' when the figure is each one's).
pub(crate) fn scope_key(it: &Item) -> &str {
    &it.scope_key
}

/// How two scope keys bear on one question: None when they cannot be one question.
fn scope_fit(a: &str, b: &str, partitioned: bool) -> Option<f64> {
    let places = |k: &str| -> Vec<String> {
        if k.is_empty() {
            Vec::new()
        } else {
            k.split(['|', '&']).map(str::to_string).collect()
        }
    };
    let (pa, pb) = (places(a), places(b));
    Some(match (pa.len(), pb.len()) {
        (0, 0) => 0.0,
        // a count for one place and an unscoped one: likely a part and a whole when the story counts
        // this concept place by place
        (1, 0) | (0, 1) => {
            if partitioned {
                -W.place_and_whole_partitioned
            } else {
                -W.place_and_whole
            }
        }
        (1, 1) => {
            if pa == pb {
                W.same_place
            } else if pa[0].rsplit(' ').next() == pb[0].rsplit(' ').next() {
                // "northwest norland" and "norland": a part and the whole
                -W.place_and_part
            } else {
                return None;
            }
        }
        // each place's own count is a part of an unscoped whole as one place's is
        (_, 0) | (0, _) if a.contains('&') || b.contains('&') => {
            if partitioned {
                -W.place_and_whole_partitioned
            } else {
                -W.place_and_whole
            }
        }
        (_, 0) | (0, _) => 0.0,
        (1, _) | (_, 1) => {
            let (one, many, each) =
                if pa.len() == 1 { (&pa[0], &pb, b.contains('&')) } else { (&pb[0], &pa, a.contains('&')) };
            // "two each in Halden and Vestby" tells Halden's own count, as "six in Halden" does
            if each && many.contains(one) {
                W.same_place
            } else if many.contains(one) {
                -W.place_in_list
            } else {
                -W.place_not_in_list
            }
        }
        _ => {
            if pa == pb {
                W.same_places
            } else if a.contains('&') || b.contains('&') {
                // "two each in Halden and Vestby" and "two each in Vestby and Lund" are counts of other
                // places, as "two in Halden" and "two in Lund" are
                return None;
            } else {
                0.0
            }
        }
    })
}

/// A value worth matching on: a count of 100 or more, a fraction, or a measure.
fn distinctive(it: &Item) -> bool {
    let v = it.base.mid().abs();
    !it.vague
        && (v >= 100.0
            || v.fract() != 0.0
            || !(it.dim.is(Dimension::Count) || it.dim.is(Dimension::Percent) || it.dim.is(Dimension::Duration)))
}

impl<'a> Group<'a> {
    fn new(dim: Measure) -> Group<'a> {
        Group { dim, ..Default::default() }
    }

    fn add(&mut self, idx: usize, it: &'a Item) {
        first_room(&mut self.items);
        self.items.push(idx);
        self.sequel |= it.features.sequel;
        if let Err(i) = self.outlets.binary_search(&it.src) {
            first_room(&mut self.outlets);
            self.outlets.insert(i, it.src);
        }
        if let Some(c) = it.features.concept {
            self.concepts.add_word(c);
        }
        if let Some(n) = &it.features.noun {
            self.nouns.add_word(n.as_ref());
        }
        if let Some(m) = &it.features.measured {
            self.measured.add_word(m.as_ref());
        }
        self.scopes.add_word(scope_key(it));
        self.context.reserve(it.features.context.len());
        for w in &it.features.context {
            self.context.add_word(w.as_ref());
        }
        let sig = &it.features.signature;
        if let Some(t) = &sig.thing {
            self.things.add_word(t.as_ref());
        }
        if let Some(p) = &sig.predicate {
            self.predicates.add_word(crate::signature_words::trend(p.as_ref()));
        }
        if let Some(h) = &sig.holder {
            self.holders.add_word(h.as_ref());
        }
        self.times.add(sig.time);
        self.parts.add(sig.part);
        if !it.echo && !self.intervals.contains(&it.interval) {
            first_room(&mut self.intervals);
            first_room(&mut self.distinctive);
            self.intervals.push(it.interval);
            self.distinctive.push(distinctive(it));
        }
        self.sentences.add((it.src, it.sentence), (it.interval, it.base.mid()));
    }

    /// Empties the group for members of dimension `dim`, keeping its room.
    fn clear(&mut self, dim: Measure) {
        self.dim = dim;
        self.items.clear();
        self.sequel = false;
        self.outlets.clear();
        self.concepts.clear();
        self.nouns.clear();
        self.measured.clear();
        self.scopes.clear();
        self.context.clear();
        self.things.clear();
        self.predicates.clear();
        self.holders.clear();
        self.times.clear();
        self.parts.clear();
        self.intervals.clear();
        self.distinctive.clear();
        self.sentences.clear();
    }

    fn absorb(&mut self, other: &Group, items: &'a [Item]) {
        for &i in &other.items {
            self.add(i, &items[i]);
        }
    }

    pub(crate) fn concept(&self) -> Option<&'static str> {
        majority(self.concepts.iter())
    }

    fn noun(&self) -> Option<&'a str> {
        majority(self.nouns.iter())
    }

    /// The place most members are scoped to, or "" when most are unscoped.
    fn scope(&self) -> &'a str {
        let unscoped = self.scopes.get("");
        let scoped = || self.scopes.iter().filter(|(k, _)| !k.is_empty());
        if scoped().map(|(_, n)| n).sum::<usize>() >= unscoped.max(1) {
            majority(scoped()).unwrap_or_default()
        } else {
            ""
        }
    }

    /// How strongly `other` belongs with this group; None when it cannot.
    fn affinity(&self, other: &Group, partitioned: &FxHashSet<&'static str>) -> Option<f64> {
        if self.dim != other.dim {
            return None;
        }
        // two different values in one sentence answer two questions ("3,549 in Vestmark and 2,530 in
        // Norland"); an update in one sentence was joined before this
        let mut shared_sentence = false;
        for key in other.sentences.keys() {
            let mine = self.sentences.get(key);
            if mine.clone().next().is_some() {
                // magnitudes are written to a tenth: 7.7 and 7.6 in one sentence are two quakes
                let apart = |a: &IntervalValue, b: &IntervalValue| {
                    !overlaps(a.0, b.0) || self.dim.is(Dimension::Magnitude) && (a.1 - b.1).abs() > 0.05
                };
                if other.sentences.get(key).any(|a| mine.clone().any(|b| apart(a, b))) {
                    return None;
                }
                shared_sentence = true;
            }
        }
        // magnitudes of one event differ by agency, not by wording: near values are one question
        if self.dim.is(Dimension::Magnitude) {
            // "another tremor, of magnitude 5.9" is another quake
            if self.sequel != other.sequel {
                return None;
            }
            let near =
                self.intervals.iter().any(|a| other.intervals.iter().any(|b| (a.0 - b.0).abs() <= W.magnitude_spread));
            return near.then_some(W.magnitude_join);
        }
        let mut s = if shared_sentence { -W.same_sentence } else { 0.0 };
        // (each side's concept read once)
        let (theirs_concept, mine_concept) = (other.concept(), self.concept());
        let concept = theirs_concept.or(mine_concept);
        if let (Some(a), Some(b)) = (theirs_concept, mine_concept) {
            s += if a == b { W.same_concept } else { -W.other_concept };
        }
        match (other.noun(), self.noun()) {
            (Some(a), Some(b)) => s += if a == b { W.same_noun } else { -W.other_noun },
            // a bare count mostly counts people: "10 provinces" and "thousands" are not one question
            (Some(n), None) | (None, Some(n)) if n != "person" => s -= W.one_noun_unsaid,
            _ => {}
        }
        if let (Some(a), Some(b)) = (majority(other.measured.iter()), majority(self.measured.iter())) {
            s += if a == b { W.same_measured } else { -W.other_measured };
        }
        let part = concept.is_some_and(|c| partitioned.contains(c));
        let (mine, theirs) = (self.scope(), other.scope());
        s += scope_fit(mine, theirs, part)?;
        // the same distinctive value is strong evidence of the same question
        let mut best_value: f64 = 0.0;
        // (an open value, "at least 9,000", overlaps every larger one: only an equal value says that
        // a place's count is the whole's)
        let mut same_value = false;
        for (a, &da) in other.intervals.iter().zip(&other.distinctive) {
            for (b, &db) in self.intervals.iter().zip(&self.distinctive) {
                if overlaps(*a, *b) {
                    let da = da && db;
                    let mid = |x: &(f64, f64)| (x.0 + x.1) / 2.0;
                    let equal = (mid(a) - mid(b)).abs() <= mid(a).abs() * 0.02;
                    let v = match (da, equal) {
                        (true, true) => W.same_distinctive_value,
                        (true, false) => W.near_distinctive_value,
                        (false, _) => W.plain_value,
                    };
                    best_value = best_value.max(v);
                    same_value |= da && equal;
                }
            }
        }
        s += best_value;
        // values far apart are seldom one question told twice: 650 seats in all and 4 won by one
        // party. A toll may rise tenfold over days, so a shared concept allows a wider spread
        if best_value == 0.0 {
            let ratio = other
                .intervals
                .iter()
                .flat_map(|a| self.intervals.iter().map(move |b| spread(*a, *b)))
                .fold(f64::INFINITY, f64::min);
            let (far, penalty) = match (theirs_concept, mine_concept) {
                (Some(a), Some(b)) if a == b => (W.far_ratio_same_concept, W.far_value_same_concept),
                _ => (W.far_ratio, W.far_value),
            };
            if ratio > far {
                s -= penalty;
                // one place's count far below an unscoped one is a part of it ("3,000 at its Halden
                // plant" beside "85,000 worldwide"), not a claim about it
                if mine.is_empty() != theirs.is_empty() {
                    s -= W.part_without_value;
                }
            }
        }
        // a count for one place that matches no value of a whole is a part of it, not a claim about it
        if part
            && !same_value
            && other.distinctive.iter().any(|&d| d)
            && (mine.is_empty() != theirs.is_empty())
            && !(mine.contains(['|', '&']) || theirs.contains(['|', '&']))
        {
            s -= W.part_without_value;
        }
        // the signature: what it is of, what happened, whose, when
        if let (Some(a), Some(b)) = (majority(other.things.iter()), majority(self.things.iter())) {
            s += if a == b { W.same_thing } else { -W.other_thing };
        }
        if let (Some(a), Some(b)) = (majority(other.predicates.iter()), majority(self.predicates.iter())) {
            if a == b {
                s += W.same_predicate;
            }
        }
        // a figure said of no one seldom joins figures said of a name, unless a concept says more
        let unsaid = other.holders.is_empty() != self.holders.is_empty() && concept.is_none();
        s -= if unsaid { W.one_holder_unsaid } else { 0.0 };
        if let (Some(a), Some(b)) = (majority(other.holders.iter()), majority(self.holders.iter())) {
            // different holders are two questions: one party's seats are not another's, even 412 and
            // 412; only a sum of money may be one answer told from both sides of a deal (the buyer's
            // fee is the seller's)
            let some_value_shared = self.dim.is(Dimension::Money)
                && other.intervals.iter().zip(&other.distinctive).any(|(a, &da)| {
                    da && self.intervals.iter().zip(&self.distinctive).any(|(b, &db)| db && overlaps(*a, *b))
                });
            if a != b && !some_value_shared {
                return None;
            }
            s += if a == b { W.same_holder } else { -W.other_holder };
        }
        // a change or a margin is not the level it is of: "211 more" is not 412 seats
        if majority(other.parts.iter()) != majority(self.parts.iter()) {
            return None;
        }
        if majority(other.times.iter()) != majority(self.times.iter()) {
            s -= W.other_time;
        }
        if !other.context.is_empty() {
            let total: usize = other.context.total();
            let shared: usize = other.context.iter().filter(|(w, _)| self.context.has_word(w)).map(|(_, n)| n).sum();
            s += W.context * shared as f64 / total as f64;
        }
        Some(s)
    }
}

/// Concepts one report may use for what another reports as the other ("180,000 told to leave" and
/// "180,000 evacuated").
/// How many times the larger of two intervals' middles is the smaller (infinite across zero).
fn spread(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (x, y) = (((a.0 + a.1) / 2.0).abs(), ((b.0 + b.1) / 2.0).abs());
    if x.min(y) < 1e-9 {
        return f64::INFINITY;
    }
    x.max(y) / x.min(y)
}

fn related(a: &str, b: &str) -> bool {
    let pair = |x: &str, y: &str| (a == x && b == y) || (a == y && b == x);
    pair("ordered to leave", "evacuated") || pair("evacuated", "sheltering")
}

/// True when two figures are sums of money in different currencies.
fn figure_units(a: &Item, b: &Item) -> bool {
    a.unit != b.unit && a.unit.is_money() && b.unit.is_money()
}

/// Whether two figures read alike enough to be the same answer in two places.
fn identical(a: &Item, b: &Item) -> bool {
    if a.dim != b.dim || a.vague || b.vague || (a.src, a.sentence) == (b.src, b.sentence) {
        return false;
    }
    // across currencies an outlet's own rate sets the sum, so a near sum is only a hint: a restatement
    // in brackets was joined before, and other sums meet in the second pass
    if figure_units(a, b) {
        return false;
    }
    // in one unit the same answer is the same number; across units conversion rounds it
    let tol = if a.unit == b.unit { 1e-9 } else { 0.01 };
    if !close(a.base, b.base, tol) {
        return false;
    }
    let (fa, fb) = (&a.features, &b.features);
    if matches!((fa.concept, fb.concept), (Some(x), Some(y)) if x != y && !related(x, y)) {
        return false;
    }
    if matches!((&fa.noun, &fb.noun), (Some(x), Some(y)) if x != y) {
        return false;
    }
    if scope_fit(scope_key(a), scope_key(b), false).is_none() {
        return false;
    }
    let (sa, sb) = (&fa.signature, &fb.signature);
    // a figure of last year, or a forecast, is not this year's; one party's four seats are not
    // another's
    if sa.time != sb.time || sa.part != sb.part || matches!((&sa.holder, &sb.holder), (Some(x), Some(y)) if x != y) {
        return false;
    }
    if distinctive(a) {
        return true;
    }
    // a small count or a share needs the same thing counted ("10 provinces"), the same concept, or
    // the same thing it is a share or amount of ("8% of the workforce")
    let same_noun = matches!((&fa.noun, &fb.noun), (Some(x), Some(y)) if x == y && &**x != "person");
    let same_concept = matches!((fa.concept, fb.concept), (Some(x), Some(y)) if x == y);
    let same_thing = matches!((&sa.thing, &sb.thing), (Some(x), Some(y)) if x == y);
    same_noun || same_concept || same_thing
}

/// Groups the items into facts; each group's items are in input order.
pub(crate) fn group<'a>(items: &'a [Item], links: &[(usize, usize)]) -> Vec<Group<'a>> {
    let mut uf = join_identical(items, links);

    // clusters, most widely reported first; each is made a group only when its turn comes, so the
    // many singletons never all stand as groups at once
    // the members of each cluster, as one run of `by_cluster` each (`runs[k]` is cluster k's)
    let mut cluster_of: Vec<usize> = vec![usize::MAX; items.len()];
    let mut sizes: Vec<usize> = Vec::new();
    for i in 0..items.len() {
        let root = uf.find(i);
        if cluster_of[root] == usize::MAX {
            cluster_of[root] = sizes.len();
            sizes.push(0);
        }
        sizes[cluster_of[root]] += 1;
        cluster_of[i] = cluster_of[root];
    }
    let mut runs: Vec<std::ops::Range<usize>> = Vec::with_capacity(sizes.len());
    let mut start = 0;
    for n in sizes {
        runs.push(start..start);
        start += n;
    }
    let mut by_cluster: Vec<usize> = vec![0; items.len()];
    for (i, &k) in cluster_of.iter().enumerate() {
        by_cluster[runs[k].end] = i;
        runs[k].end += 1;
    }
    drop(cluster_of);
    let mut srcs: Vec<usize> = Vec::new();
    let mut reports = |m: &[usize]| {
        srcs.clear();
        srcs.extend(m.iter().map(|&i| items[i].src));
        srcs.sort_unstable();
        srcs.dedup();
        srcs.len()
    };
    let mut order: Vec<(usize, usize, usize, usize)> = runs
        .iter()
        .enumerate()
        .map(|(k, r)| {
            let m = &by_cluster[r.clone()];
            (reports(m), m.len(), m[0], k)
        })
        .collect();
    order.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));

    // concepts the story counts place by place ("deaths in Halden", "deaths in Vestby")
    let mut places_of: FxHashMap<&'static str, FxHashSet<&str>> = Default::default();
    for it in items {
        if let (Some(c), [_]) = (it.features.concept, &*it.features.scope) {
            places_of.entry(c).or_default().insert(scope_key(it));
        }
    }
    let partitioned: FxHashSet<&'static str> =
        places_of.into_iter().filter(|(_, p)| p.len() >= 2).map(|(c, _)| c).collect();

    let mut facts: Vec<Group> = Vec::new();
    let mut index = FactIndex::default();
    let mut candidates: Vec<usize> = Vec::new();
    // a cluster that joins a fact leaves its room to the next one
    let mut spare: Option<Group> = None;
    for (_, _, _, k) in order {
        let m = &by_cluster[runs[k].clone()];
        let mut cluster = match spare.take() {
            Some(mut g) => {
                g.clear(items[m[0]].dim);
                g
            }
            None => Group::new(items[m[0]].dim),
        };
        for &i in m {
            cluster.add(i, &items[i]);
        }
        let mut best: Option<(usize, f64)> = None;
        index.candidates(&cluster, &mut candidates);
        for &f in &candidates {
            if let Some(a) = facts[f].affinity(&cluster, &partitioned) {
                // the best fit wins, and of equals the fact made first
                if a >= W.join && best.is_none_or(|(g, b)| a > b || (a == b && f < g)) {
                    best = Some((f, a));
                }
            }
        }
        let f = match best {
            Some((f, _)) => {
                facts[f].absorb(&cluster, items);
                spare = Some(cluster);
                f
            }
            None => {
                facts.push(cluster);
                facts.len() - 1
            }
        };
        index.add(f, &facts[f]);
    }
    for f in &mut facts {
        f.items.sort_unstable();
        // only grouping weighs sentences: the index is as large as the members
        f.sentences = SentenceIndex::default();
    }
    facts
}

/// Joins figures that certainly go together: restatements and updates (`links`), and the same value
/// read alike in several reports. The maps it builds are dropped before the clusters are made.
fn join_identical(items: &[Item], links: &[(usize, usize)]) -> DisjointSets {
    let mut uf = DisjointSets::new(items.len());
    for &(a, b) in links {
        uf.join(a, b);
    }
    // what each cluster says it counts, so that a chain of identical readings never joins a death
    // toll to a count of buildings through a figure that says neither
    let mut said: FxHashMap<usize, Said> = Default::default();
    for (i, it) in items.iter().enumerate() {
        let e = said.entry(uf.find(i)).or_default();
        e.concepts.extend(it.features.concept);
        e.nouns.extend(it.features.noun.as_deref());
    }
    let mut join = |uf: &mut DisjointSets, a: usize, b: usize| {
        let (ra, rb) = (uf.find(a), uf.find(b));
        if ra == rb {
            return;
        }
        let (sa, sb) = (said.remove(&ra).unwrap_or_default(), said.remove(&rb).unwrap_or_default());
        if sa.clashes(&sb) {
            said.insert(ra, sa);
            said.insert(rb, sb);
            return;
        }
        uf.join(ra, rb);
        let mut merged = sa;
        merged.concepts.extend(sb.concepts);
        merged.nouns.extend(sb.nouns);
        said.insert(uf.find(ra), merged);
    };
    // the same value read alike: items with one signature join at once, then near values compare
    // (each key's first representative, then the others: most keys have one)
    let mut signatures: BTreeMap<Signature, (usize, Vec<usize>)> = BTreeMap::new();
    let mut reps: Vec<usize> = Vec::new();
    for (i, it) in items.iter().enumerate() {
        // a sum restated in another currency has the outlet's rate in its value: it joins the sum
        // it restates (a link), never another sum by value
        if it.vague || it.echo {
            continue;
        }
        let key = (
            it.dim,
            it.base.low().to_bits(),
            it.base.high().to_bits(),
            it.features.concept,
            it.features.noun.as_deref(),
            scope_key(it),
        );
        // an item unlike every representative of its key is one itself, so it still meets the others
        let (first, more) = match signatures.entry(key) {
            std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::btree_map::Entry::Vacant(e) => {
                e.insert((i, Vec::new()));
                reps.push(i);
                continue;
            }
        };
        // (a bounded number of them: the cost stays linear on inputs that repeat one value)
        match std::iter::once(&*first).chain(more.iter()).take(REPS).find(|&&r| identical(&items[r], it)) {
            Some(&r) => join(&mut uf, r, i),
            None => {
                more.push(i);
                reps.push(i);
            }
        }
    }
    let mut by_dim: BTreeMap<Measure, Vec<usize>> = BTreeMap::new();
    for &r in &reps {
        by_dim.entry(items[r].dim).or_default().push(r);
    }
    for list in by_dim.values_mut() {
        list.sort_by(|&a, &b| items[a].base.mid().total_cmp(&items[b].base.mid()));
        for x in 0..list.len() {
            let a = &items[list[x]];
            for &y in list[x + 1..].iter().take(REPS) {
                let b = &items[y];
                if b.base.mid() > a.base.mid().abs() * (1.0 + crate::CURRENCY_SLACK) + 1e-9 {
                    break;
                }
                if identical(a, b) {
                    join(&mut uf, list[x], y);
                }
            }
        }
    }
    uf
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_for_each_place_fits_one_place() {
        // "two each in Halden and Vestby" beside "six in Halden": Halden's own count
        assert_eq!(scope_fit("halden&vestby", "halden", false), Some(W.same_place));
        assert_eq!(scope_fit("halden", "halden&vestby", false), Some(W.same_place));
        // "two in Halden and Vestby" is their sum, a part of which Halden's is
        assert_eq!(scope_fit("halden|vestby", "halden", false), Some(-W.place_in_list));
        assert_eq!(scope_fit("halden&vestby", "lund", false), Some(-W.place_not_in_list));
        assert_eq!(scope_fit("halden&vestby", "lund&vestby", false), None);
        assert_eq!(scope_fit("halden&vestby", "", true), Some(-W.place_and_whole_partitioned));
        assert_eq!(scope_fit("halden|vestby", "", true), Some(0.0));
        assert_eq!(scope_fit("halden|vestby", "lund|vestby", false), Some(0.0));
    }
}
