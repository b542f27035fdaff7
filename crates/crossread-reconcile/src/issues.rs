//! Figures wrong on their face: a conversion in the same sentence that does not match, a unit slip,
//! parts that do not add up to the total given, and a report that gives one question two answers
//! that cannot both hold.

use crate::group::Group;
use crate::intern::{Interner, Shared};
use crate::{dimension, interval, overlaps, resolution, Article, Issue, IssueKind, Item, Story};
use crossread_model::{Approx, Figure, Unit};
use crossread_text::lexicon as lx;
use rustc_hash::FxHashMap as HashMap;
use std::collections::{BTreeMap, BTreeSet};

/// Units a writer may have meant when they wrote this one, nearest first.
fn siblings(unit: Unit) -> Vec<Unit> {
    lx::UNIT_SLIPS.get(unit.code()).map_or(Vec::new(), |alts| alts.split(", ").filter_map(Unit::parse).collect())
}

fn fmt(v: f64) -> String {
    crossread_model::readable_number(v, 1, 100.0)
}

fn unit_words(unit: Unit) -> String {
    format!("{}s", unit.name())
}

fn issue(article: &Article, f: &Figure, kind: IssueKind, message: String) -> Issue {
    Issue { article: article.id.clone(), start: f.span.start, end: f.span.end, text: f.text.clone(), kind, message }
}

/// Every issue found in the story.
pub(crate) fn find(story: &Story, items: &[Item], groups: &[Group], articles: &[Article]) -> Vec<Issue> {
    let mut out = Vec::new();
    let fig = |i: usize| &story.sources[items[i].src].figures[items[i].fig];
    // restatements that do not match what they restate
    for (i, it) in items.iter().enumerate() {
        let Some(a) = it.anchor else { continue };
        let (fa, fb) = (fig(a), fig(i));
        // "£700,000 a month, or £175,000 a week" restates a rate over another period, not the sum
        if items[a].period != it.period {
            continue;
        }
        let date = articles[it.src].date.as_deref();
        let (_, ka) = dimension(fa.unit, date);
        let (_, kb) = dimension(fb.unit, date);
        let approx = if fa.approx == Approx::Exact { Approx::About } else { fa.approx };
        let wide = interval(fa.value.scale(ka), approx, fa.vague);
        let wide = (wide.0.min(fa.value.low() * ka * 0.95), wide.1.max(fa.value.high() * ka * 1.05));
        let vb = fb.value.scale(kb);
        // a conversion is rounded to the digits it is written with: "a meter (3 feet)"
        let r = resolution(fb.value.mid()).min(0.25);
        if overlaps(wide, (vb.low() * (1.0 - r), vb.high() * (1.0 + r))) {
            continue;
        }
        // "12 kilometres (12 miles)": the number was copied, not converted
        let copied = (fb.value.mid() - fa.value.mid()).abs() <= fa.value.mid().abs() * 0.01;
        let meant = siblings(fb.unit).into_iter().filter(|alt| !copied && *alt != fa.unit).find(|alt| {
            let k = dimension(*alt, date).1;
            let v = fb.value.scale(k);
            overlaps(wide, (v.low(), v.high()))
        });
        let article = &articles[it.src];
        let as_a = vb.mid() / ka;
        match meant {
            Some(alt) => out.push(issue(
                article,
                fb,
                IssueKind::UnitMismatch,
                format!(
                    "{} is {} {}, which cannot be {}; {} {} is about {} {}: the writer likely meant {}",
                    fb.text,
                    fmt(fb.value.mid()),
                    unit_words(fb.unit),
                    fa.text,
                    fmt(fb.value.mid()),
                    unit_words(alt),
                    fmt(fb.value.mid() * dimension(alt, date).1 / ka),
                    unit_words(fa.unit),
                    unit_words(alt)
                ),
            )),
            None => out.push(issue(
                article,
                fb,
                IssueKind::ConversionMismatch,
                if copied {
                    format!(
                        "{} is about {} {}, not {}: the number was copied, not converted",
                        fb.text,
                        fmt(as_a),
                        unit_words(fa.unit),
                        fa.text
                    )
                } else {
                    format!("{} is about {} {}, not {}", fb.text, fmt(as_a), unit_words(fa.unit), fa.text)
                },
            )),
        }
    }
    // totals that the parts given beside them do not add up to
    for (si, src) in story.sources.iter().enumerate() {
        let figures = src.figures;
        for (ti, total) in figures.iter().enumerate() {
            if total.vague {
                continue;
            }
            // the parts stand before the total in its sentence; figures are in text order, so they are
            // the run just before it. A change ("gained nine seats") is no part of a total that is
            // none ("taking its total to 27"), nor a count part of a change.
            let first = figures[..ti].iter().rposition(|f| f.sentence != total.sentence).map_or(0, |p| p + 1);
            let parts: Vec<&Figure> = figures[first..ti]
                .iter()
                .filter(|f| {
                    f.unit == total.unit
                        && !f.vague
                        && f.span.start < total.span.start
                        && f.trend.is_some() == total.trend.is_some()
                })
                .collect();
            if parts.len() < 2 || parts.iter().any(|f| matches!(f.value, crossread_model::Value::Range(..))) {
                continue;
            }
            // the word that makes it a total stands between the last part and the total ("3 men and
            // 2 women, 5 people in all"), not before the parts ("a total of 5 people, 3 men and 2 women")
            let last_end = parts.last().map_or(0, |f| f.span.end);
            let before =
                lower_before(&src.report.text, total.span.start, total.span.start.saturating_sub(last_end).min(48));
            let says_total = ["total", "totalling", "totaling", "combined", "altogether", "overall", "in all"]
                .iter()
                .any(|w| before.contains(w));
            if !says_total {
                continue;
            }
            let sum: f64 = parts.iter().map(|f| f.value.mid()).sum();
            let t = total.value.mid();
            if (sum - t).abs() > (t.abs() * 0.005).max(1.0) {
                let listed: Vec<&str> = parts.iter().map(|f| f.text.as_str()).collect();
                out.push(issue(
                    &articles[si],
                    total,
                    IssueKind::SumMismatch,
                    format!("{} add up to {}, not {}", listed.join(" + "), fmt(sum), total.text),
                ));
            }
        }
    }
    out.extend(contradictions(story, items, groups, articles));
    out.extend(crate::slips::find(story, items, articles));
    out.extend(crate::periods::find(story, items, articles));
    out.extend(parts_short(story, items, articles));
    out
}

/// The sentence (or headline line) around bytes `start..end` of `text`.
fn sentence_around(text: &str, start: usize, end: usize) -> &str {
    let stops = ['.', '!', '?', '\n'];
    let from = text.get(..start).and_then(|t| t.rfind(stops)).map_or(0, |p| p + 1);
    let to = text.get(end..).and_then(|t| t.find(stops)).map_or(text.len(), |p| end + p);
    text.get(from..to).unwrap_or("")
}

/// A stated whole that its own report's parts by place contradict: a headline "Ruritania, Borduria
/// flood toll passes 9,000" over a body that gives 4,100 in Ruritania and 2,250 in Borduria. The
/// whole's sentence names the places and the parts are one sentence's figures of its question, one
/// place each, so they are all of it: their sum must lie within the whole's bounds, give or take a
/// tenth.
fn parts_short(story: &Story, items: &[Item], articles: &[Article]) -> Vec<Issue> {
    let mut out = Vec::new();
    let usable = |it: &Item| {
        !it.vague
            && it.anchor.is_none()
            && !it.earlier
            && !it.aside
            && it.days.is_some()
            && it.features.concept.is_some()
    };
    for (wi, whole) in items.iter().enumerate() {
        if !usable(whole) || whole.features.scope.len() > 1 {
            continue;
        }
        let src = &story.sources[whole.src];
        let fw = &src.figures[whole.fig];
        let Some((lo, hi)) = bounds(fw) else { continue };
        // the whole's sentence, lower-case, made only when parts are found to check against it
        let said = std::cell::OnceCell::new();
        let said = || said.get_or_init(|| sentence_around(&src.report.text, fw.span.start, fw.span.end).to_lowercase());
        // the parts: another sentence's figures of the same question, one place each, together the
        // whole's places
        let mut by_sentence: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (pi, p) in items.iter().enumerate() {
            if pi != wi
                && p.src == whole.src
                && p.sentence != whole.sentence
                && usable(p)
                && p.claimant == whole.claimant
                && p.features.concept == whole.features.concept
                && p.unit == whole.unit
                && p.features.scope.len() == 1
            {
                by_sentence.entry(p.sentence).or_default().push(pi);
            }
        }
        for parts in by_sentence.values() {
            let mut places: Vec<&Shared> = parts.iter().map(|&p| &items[p].features.scope[0]).collect();
            places.sort();
            let named = |place: &str| {
                let said = said();
                said.match_indices(place).any(|(at, _)| {
                    let before = said[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                    let after = said[at + place.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
                    before && after
                })
            };
            if places.len() < 2
                || places.windows(2).any(|w| w[0] == w[1])
                || !places.iter().all(|p| named(p))
                || whole.features.scope.iter().any(|w| !places.contains(&w))
            {
                continue;
            }
            let sum: f64 = parts.iter().map(|&p| src.figures[items[p].fig].value.mid()).sum();
            if sum >= lo * 0.9 && sum <= hi * 1.1 {
                continue;
            }
            let listed: Vec<&str> = parts.iter().map(|&p| src.figures[items[p].fig].text.as_str()).collect();
            out.push(issue(
                &articles[whole.src],
                fw,
                IssueKind::SumMismatch,
                format!(
                    "the report's own figures for each place, {}, add up to {}, not \"{}\"",
                    listed.join(" and "),
                    fmt(sum),
                    qualified(&src.report.text, fw)
                ),
            ));
            break;
        }
    }
    out
}

/// Where the value a figure gives may lie, with its qualifier taken at its word: "more than 150" has
/// no upper end and "nearing 140" none below; a plain figure is as precise as it is written.
pub(crate) fn bounds(f: &Figure) -> Option<(f64, f64)> {
    if f.vague {
        return None;
    }
    let (lo, hi) = (f.value.low().min(f.value.high()), f.value.low().max(f.value.high()));
    Some(match f.approx {
        Approx::AtLeast => (lo, f64::INFINITY),
        Approx::AtMost => (f64::NEG_INFINITY, hi),
        Approx::About => (lo * 0.9, hi * 1.1),
        Approx::Range => (lo, hi),
        Approx::Exact => {
            let tol = resolution(lo).max(0.015) * lo.abs();
            (lo - tol, hi + tol)
        }
    })
}

/// A figure as written with its qualifier ("nearing 140 people").
fn qualified(text: &str, f: &Figure) -> String {
    match f.qualifier {
        Some(q) if q.end <= f.span.start => text.get(q.start..f.span.end).unwrap_or(&f.text).to_string(),
        _ => f.text.clone(),
    }
}

/// The timeline words of more than one word ("up from"), each as its words, split once.
fn timeline_phrases() -> &'static [Vec<&'static str>] {
    static PHRASES: std::sync::OnceLock<Vec<Vec<&'static str>>> = std::sync::OnceLock::new();
    PHRASES
        .get_or_init(|| lx::TIMELINE_WORDS.iter().filter(|t| t.contains(' ')).map(|t| t.split(' ').collect()).collect())
}

/// The days sentence `i` names, lower-case; None when the sentence tells of an earlier or later
/// state (a timeline word, or words of a timeline phrase in a row), so its figures cannot
/// contradict another.
pub(crate) fn sentence_days(plain: &[crate::features::Word], interner: &mut Interner) -> Option<Box<[Shared]>> {
    // the sentence's words (its plain words, `plain`, split at every character that is no letter or
    // digit), lower-case; most words are one piece, already lower-cased with the sentence
    let simple = |w: &crate::features::Word| !w.text.is_empty() && w.text.bytes().all(|b| b.is_ascii_alphanumeric());
    if plain.iter().all(simple) {
        let pieces: Vec<&str> = plain.iter().map(|w| w.low()).collect();
        return days_of(&pieces, interner);
    }
    let mut lowered: Vec<crate::lower::Lower> = Vec::with_capacity(plain.len());
    for w in plain {
        if simple(w) {
            lowered.push(crate::lower::Lower::Same(w.low()));
        } else {
            lowered.extend(
                w.text.split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty()).map(crate::lower::lower),
            );
        }
    }
    // (each piece read as text once, not once per phrase compared)
    let pieces: Vec<&str> = lowered.iter().map(|p| p.as_str()).collect();
    days_of(&pieces, interner)
}

/// The days a sentence of these lower-case pieces names (see [`sentence_days`]).
fn days_of(pieces: &[&str], interner: &mut Interner) -> Option<Box<[Shared]>> {
    let mut days: Vec<&str> = Vec::new();
    for &p in pieces {
        if lx::TIMELINE_WORDS.contains(p) {
            return None;
        }
        if lx::names_a_day(p) {
            days.push(p);
        }
    }
    let phrase = timeline_phrases()
        .iter()
        .any(|phrase| pieces.windows(phrase.len()).any(|run| run.iter().zip(phrase).all(|(p, w)| p == w)));
    if phrase {
        return None;
    }
    days.sort_unstable();
    days.dedup();
    Some(days.iter().map(|d| interner.get(d)).collect())
}

/// At most `n` bytes of `text` just before byte `at` (cut on a character boundary), ASCII letters
/// lower-cased.
fn lower_before(text: &str, at: usize, n: usize) -> String {
    let at = at.min(text.len());
    let mut from = at.saturating_sub(n);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..at).unwrap_or("").to_ascii_lowercase()
}

/// Figures a report gives one question that cannot both hold ("surpasses 150" in the headline,
/// "nearing 140" in the body), from the same claimant, neither told as an earlier or later state.
fn contradictions(story: &Story, items: &[Item], groups: &[Group], articles: &[Article]) -> Vec<Issue> {
    let mut out = Vec::new();
    for g in groups {
        let mut by_src: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &i in &g.items {
            let it = &items[i];
            if !it.vague && it.anchor.is_none() && it.features.concept.is_some() {
                by_src.entry(it.src).or_default().push(i);
            }
        }
        for (src, list) in by_src {
            // a contradiction takes two figures of one report
            if list.len() < 2 {
                continue;
            }
            let source = &story.sources[src];
            let text = &source.report.text;
            // figures told as an earlier or later state drop out, and the rest keep the days their
            // sentence names (read as the figures were gathered, see `sentence_days`) (a toll "on Monday" and one "on Tuesday" are
            // two states of it; a headline seldom names its day)
            let list: Vec<(&Item, BTreeSet<&str>)> = list
                .into_iter()
                .filter_map(|i| {
                    let it = &items[i];
                    Some((it, it.days.as_deref()?.iter().map(|d| d.as_str()).collect()))
                })
                .collect();
            for (x, first) in first_against(&list, source.figures).into_iter().enumerate() {
                let (Some(y), (ia, _)) = (first, &list[x]) else { continue };
                let fa = &source.figures[ia.fig];
                let first = &source.figures[list[y].0.fig];
                out.push(issue(
                    &articles[src],
                    fa,
                    IssueKind::Contradiction,
                    format!(
                        "the report gives \"{}\" here but \"{}\" later for the same question",
                        qualified(text, fa),
                        qualified(text, first)
                    ),
                ));
            }
        }
    }
    out
}

/// For each figure of one report's list, the first later one that answers its question (same
/// concept, scope, claimant and unit, another sentence, days that do not tell them apart) with a
/// value that cannot be the same. Figures are bucketed by question and searched by their bounds, so a
/// long report costs n log n, not the square of its figures.
fn first_against(list: &[(&Item, BTreeSet<&str>)], figures: &[Figure]) -> Vec<Option<usize>> {
    type Question<'a> = (Option<&'static str>, &'a [crate::Shared], Option<usize>, Unit);
    let mut buckets: HashMap<Question, Vec<usize>> = HashMap::default();
    for (x, (it, _)) in list.iter().enumerate() {
        let key = (it.features.concept, &*it.features.scope, it.claimant, figures[it.fig].unit);
        buckets.entry(key).or_default().push(x);
    }
    let mut out = vec![None; list.len()];
    let undated = BTreeSet::new();
    for members in buckets.values() {
        // a lone figure of its question has none after it
        if members.len() < 2 {
            continue;
        }
        let apart =
            |xs: &[usize]| Apart::new(xs.iter().filter_map(|&x| bounds(&figures[list[x].0.fig]).map(|b| (x, b))));
        let all = apart(members);
        let mut of_days: HashMap<&BTreeSet<&str>, Vec<usize>> = HashMap::default();
        for &x in members {
            of_days.entry(&list[x].1).or_default().push(x);
        }
        let by_days: HashMap<&BTreeSet<&str>, Apart> = of_days.into_iter().map(|(d, xs)| (d, apart(&xs))).collect();
        for &x in members {
            let (ia, days_a) = &list[x];
            let Some(ba) = bounds(&figures[ia.fig]) else { continue };
            let mut from = x;
            out[x] = loop {
                // a figure that names its days may contradict those of the same days and those that
                // name none
                let next = if days_a.is_empty() {
                    all.first_after(from, ba)
                } else {
                    let same = by_days.get(days_a).and_then(|t| t.first_after(from, ba));
                    let none = by_days.get(&undated).and_then(|t| t.first_after(from, ba));
                    same.into_iter().chain(none).min()
                };
                match next {
                    Some(y) if list[y].0.sentence == ia.sentence => from = y,
                    found => break found,
                }
            };
        }
    }
    out
}

/// Bounds in list order, to find the first after a place that do not overlap given bounds: a segment
/// tree of the highest low end and the lowest high end under each node.
struct Apart {
    at: Vec<usize>,
    lo_max: Vec<f64>,
    hi_min: Vec<f64>,
    leaves: usize,
}

impl Apart {
    fn new(entries: impl Iterator<Item = (usize, (f64, f64))>) -> Apart {
        let (at, bounds): (Vec<usize>, Vec<(f64, f64)>) = entries.unzip();
        let leaves = bounds.len().next_power_of_two();
        let mut lo_max = vec![f64::NEG_INFINITY; 2 * leaves];
        let mut hi_min = vec![f64::INFINITY; 2 * leaves];
        for (k, b) in bounds.iter().enumerate() {
            // bounds that hold NaN overlap nothing
            let nan = b.0.is_nan() || b.1.is_nan();
            lo_max[leaves + k] = if nan { f64::INFINITY } else { b.0 };
            hi_min[leaves + k] = if nan { f64::NEG_INFINITY } else { b.1 };
        }
        for n in (1..leaves).rev() {
            lo_max[n] = lo_max[2 * n].max(lo_max[2 * n + 1]);
            hi_min[n] = hi_min[2 * n].min(hi_min[2 * n + 1]);
        }
        Apart { at, lo_max, hi_min, leaves }
    }

    /// The first entry placed after `after` whose bounds do not overlap `b`.
    fn first_after(&self, after: usize, b: (f64, f64)) -> Option<usize> {
        let from = self.at.partition_point(|&p| p <= after);
        self.find(1, 0, self.leaves, from, b).map(|k| self.at[k])
    }

    fn find(&self, node: usize, l: usize, r: usize, from: usize, b: (f64, f64)) -> Option<usize> {
        // an entry under a node can be apart from b only if a low end is above b or a high end below it
        let maybe = self.lo_max[node] > b.1 || self.hi_min[node] < b.0 || b.0.is_nan() || b.1.is_nan();
        if r <= from || l >= self.at.len() || !maybe {
            return None;
        }
        if r - l == 1 {
            return Some(l);
        }
        let mid = (l + r) / 2;
        self.find(2 * node, l, mid, from, b).or_else(|| self.find(2 * node + 1, mid, r, from, b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(sentence: &str) -> Option<Vec<String>> {
        let doc = crossread_text::Doc::new(sentence, crossread_model::Span::new(0, sentence.len()));
        let words = crate::features::sentence_words(&doc, 0, false, false);
        sentence_days(&words, &mut Interner::default()).map(|d| d.iter().map(|w| w.to_string()).collect())
    }

    #[test]
    fn a_sentence_names_its_days_unless_it_tells_a_timeline() {
        assert_eq!(days("Crews counted 40 homes flooded in Vesk on Monday."), Some(vec!["monday".to_string()]));
        assert_eq!(days("On Monday and Tuesday, 40 homes flooded."), Some(vec!["monday".into(), "tuesday".into()]));
        // a timeline word, or a timeline phrase's words in a row
        assert_eq!(days("The toll rose to 40 on Monday."), None);
        assert_eq!(days("The toll is 40, up from 31 on Monday."), None);
        // the words of a phrase apart are no phrase
        assert_eq!(days("Crews from Halden set up 40 tents on Monday."), Some(vec!["monday".to_string()]));
    }

    /// Bounds from a small generator: exact values, open ends, inverted pairs and NaN.
    fn made_up(n: usize, seed: u64) -> Vec<(usize, (f64, f64))> {
        let mut s = seed;
        let mut next = move || {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (s >> 33) as usize
        };
        (0..n)
            .map(|k| {
                let a = (next() % 40) as f64;
                let b = match next() % 6 {
                    0 => f64::INFINITY,
                    1 => f64::NAN,
                    2 => a - 3.0,
                    _ => a + (next() % 5) as f64,
                };
                (k * 2 + next() % 2, (a, b))
            })
            .collect()
    }

    #[test]
    fn the_tree_finds_what_a_scan_of_every_later_entry_finds() {
        for seed in 0..40 {
            let entries = made_up(1 + seed as usize * 3, seed);
            let tree = Apart::new(entries.iter().copied());
            for (at, b) in &entries {
                for after in [0, *at, at + 1] {
                    let scan = entries.iter().find(|(p, bb)| *p > after && !overlaps(*b, *bb)).map(|(p, _)| *p);
                    assert_eq!(tree.first_after(after, *b), scan, "seed {seed}, after {after}, bounds {b:?}");
                }
            }
        }
    }

    #[test]
    fn an_empty_tree_finds_nothing() {
        assert_eq!(Apart::new(std::iter::empty()).first_after(0, (1.0, 2.0)), None);
    }
}
