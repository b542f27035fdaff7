//! reconcile: the third stage. Takes every report of a story with its figures and claimants, groups
//! the figures that answer the same question into one fact, compares the claims (agreed, differs,
//! single), orders them in time, and flags figures wrong on their face.

mod agree;
mod aside;
mod brief;
mod dates;
mod features;
mod group;
mod harm;
mod intern;
mod issues;
mod items;
mod label;
mod lower;
mod money;
mod past;
mod periods;
mod scope;
pub mod signature;
mod signature_words;
mod slips;
mod tally;
mod weights;

pub use brief::{Article, Brief, Claim, Fact, Issue, IssueKind, Mention, Status};
pub use dates::report_date;
pub use features::{concept_of, noun_family, Features};
pub use intern::Shared;
pub use items::{article_date, Gathered};
pub use signature::{Signature, Time};

use crossread_model::{Approx, Dimension, Figure, Report, Unit, Value};
use std::collections::HashMap;

/// One report as the reconcile stage takes it.
#[derive(Clone, Debug)]
pub struct Source<'a> {
    /// The report.
    pub report: &'a Report,
    /// Its figures, in order.
    pub figures: &'a [Figure],
    /// The publisher's name.
    pub outlet: String,
    /// The report's day: its own, else the one its text gives (see [`article_date`]).
    pub date: Option<String>,
}

/// Every report of one story, and the claimants named across them (one name per person or body).
#[derive(Clone, Debug, Default)]
pub struct Story<'a> {
    /// The reports, in input order.
    pub sources: Vec<Source<'a>>,
    /// Display names of the claimants, indexed as [`Gathered::claim`] was given them.
    pub claimants: Vec<String>,
}

/// A figure being reconciled.
#[derive(Clone, Debug)]
pub(crate) struct Item {
    pub(crate) src: usize,
    pub(crate) fig: usize,
    /// What the figure measures in: figures compare only within one.
    pub(crate) dim: Measure,
    /// The unit the figure was written in.
    pub(crate) unit: Unit,
    /// Value in the dimension's base unit.
    pub(crate) base: Value,
    /// Where the value may lie, in base units, given its exactness.
    pub(crate) interval: (f64, f64),
    pub(crate) features: Features,
    /// The places that scope the figure joined by '|', or by '&' when the figure is each place's own
    /// (empty when unscoped), made once.
    pub(crate) scope_key: Shared,
    pub(crate) claimant: Option<usize>,
    /// True for vague amounts ("dozens").
    pub(crate) vague: bool,
    /// The figure this one restates in the same sentence ("1,000 sq km (386 sq mi)").
    pub(crate) anchor: Option<usize>,
    /// True when the figure is the earlier value its sentence's previous figure updates ("7, up from three").
    pub(crate) earlier: bool,
    /// True when the figure counts part of a group or others beside someone ("three of the victims",
    /// "four others"), or another time ("last year"): it does not dispute the fact's value (see `aside`).
    pub(crate) aside: bool,
    /// True for a sum restated in a currency other than the story's own ("£100m ($131m)"): the
    /// outlet's rate, not the sum, sets its value, so it does not speak for the fact's values.
    pub(crate) echo: bool,
    /// The year the figure's clause says it holds in ("in 2021"), if any (see `past`).
    pub(crate) named_year: Option<u16>,
    /// Index of the sentence the figure stands in.
    pub(crate) sentence: usize,
    /// The period the figure is an amount per ("£175,000 a week"), if any (see `periods`).
    pub(crate) period: Option<&'static str>,
    /// The days the figure's sentence names, or None when it tells of an earlier or later state
    /// (read for figures a report may contradict itself on: see `issues::contradictions`).
    pub(crate) days: Option<Box<[Shared]>>,
}

/// What figures compare within: a dimension (lengths in any unit), one currency, or a unit compared
/// only with itself (temperatures, compounds, anything else).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Measure {
    /// A dimension whose units convert by a factor, or that has one unit (counts, percentages).
    Dim(Dimension),
    /// Money in one currency.
    Currency(Unit),
    /// One unit, compared only with itself.
    Own(Unit),
}

impl Default for Measure {
    fn default() -> Measure {
        Measure::Dim(Dimension::Other)
    }
}

impl Measure {
    /// True when the measure is this dimension.
    pub(crate) fn is(self, d: Dimension) -> bool {
        self == Measure::Dim(d)
    }

    /// True for sums of money, in any currency.
    pub(crate) fn is_money(self) -> bool {
        matches!(self, Measure::Dim(Dimension::Money) | Measure::Currency(_))
    }
}

/// What a unit measures in, and its factor to the measure's base unit. Money in a currency the ECB
/// quotes is in euros at the reference rate of `date` (the report's day), so "£64m" and "$81m"
/// compare; other currencies compare only with themselves. The day is the story's (see
/// `rate_date`), so one sum has one value in every report.
fn dimension(unit: Unit, date: Option<&str>) -> (Measure, f64) {
    match unit.dimension() {
        Dimension::Money => match crossread_model::rates::per_euro(unit.code(), date) {
            Some(rate) => (Measure::Dim(Dimension::Money), 1.0 / rate),
            None => (Measure::Currency(unit), 1.0),
        },
        Dimension::Other | Dimension::Temperature => (Measure::Own(unit), 1.0),
        d => (Measure::Dim(d), unit.info().factor),
    }
}

/// Marks sums restated in a currency other than the one the story mostly writes sums in.
fn mark_echoes(items: &mut [Item], links: &[(usize, usize)]) {
    let mut counts: Vec<(Unit, usize)> = Vec::new();
    for it in items.iter().filter(|it| it.unit.is_money()) {
        match counts.iter_mut().find(|(u, _)| *u == it.unit) {
            Some((_, n)) => *n += 1,
            None => counts.push((it.unit, 1)),
        }
    }
    let Some(&(main, _)) = counts.iter().max_by_key(|(_, n)| *n) else { return };
    for &(a, b) in links {
        let (ua, ub) = (items[a].unit, items[b].unit);
        if !(ua.is_money() && ub.is_money()) || ua == ub {
            continue;
        }
        if ua == main {
            items[b].echo = true;
        } else if ub == main {
            items[a].echo = true;
        }
    }
}

/// The day sums in all currencies are converted at: the latest report's, so that one sum written
/// alike in two reports has one value.
fn rate_date(articles: &[Article]) -> Option<&str> {
    articles.iter().filter_map(|a| a.date.as_deref()).max()
}

/// How far apart two sums in different currencies may be and still be one answer: outlets convert at
/// rates of their own day and source.
pub(crate) const CURRENCY_SLACK: f64 = 0.015;

/// Where a value may lie given how exact it claims to be.
fn interval(v: Value, approx: Approx, vague: bool) -> (f64, f64) {
    let (lo, hi) = (v.low().min(v.high()), v.low().max(v.high()));
    if vague || matches!(v, Value::Range(..)) {
        return (lo, hi);
    }
    let x = lo;
    let (a, b) = match approx {
        Approx::Exact | Approx::Range => (x * 0.985, x * 1.015),
        Approx::About => (x * 0.9, x * 1.1),
        Approx::AtLeast => (x, x * 1.5),
        Approx::AtMost => (x * 0.85, x),
    };
    (a.min(b), a.max(b))
}

fn overlaps(a: (f64, f64), b: (f64, f64)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

/// Reconciles a story into its brief, from its figures made ready by [`Gathered::add`].
pub fn reconcile(story: &Story, gathered: Gathered) -> Brief {
    let articles: Vec<Article> = story
        .sources
        .iter()
        .map(|s| Article {
            id: s.report.id.clone(),
            outlet: s.outlet.clone(),
            title: s.report.title.clone(),
            date: s.date.clone(),
            path: s.report.path.display().to_string(),
            url: s.report.origin.as_ref().and_then(|o| o.url.clone()),
            record: s.report.origin.as_ref().and_then(|o| o.record.clone()),
        })
        .collect();

    let Gathered { mut items, links, death_told, self_killing, on, latest_year, .. } = gathered;
    // a figure told in a year before the story's is of a past event: the story's year is its latest
    // report's, or with no report dated, the latest year its reports name
    let story_year = on.as_deref().and_then(|d| d.get(..4)?.parse::<u16>().ok()).or(latest_year);
    if let Some(now) = story_year {
        for it in &mut items {
            if it.named_year.is_some_and(|y| y < now) {
                it.features.signature.time = signature::Time::Earlier;
            }
        }
    }
    // people "shot" in a story whose reports tell of no death were wounded: "four people were shot"
    if !death_told {
        for it in &mut items {
            if it.features.concept == Some("shot") {
                it.features.concept = Some("injured");
            }
        }
    }
    // one key for a holder its reports also name by a shorter form ("Reform Union", "Reform")
    let shorter = signature::shortened_holders(items.iter().filter_map(|it| it.features.signature.holder.as_deref()));
    if !shorter.is_empty() {
        let mut keys: HashMap<String, Shared> = HashMap::new();
        for it in &mut items {
            let sig = &mut it.features.signature;
            if let Some(short) = sig.holder.as_deref().and_then(|h| shorter.get(h)) {
                let key = keys.entry(short.clone()).or_insert_with(|| Shared::from(short.as_str())).clone();
                sig.holder = Some(key);
            }
        }
    }
    mark_echoes(&mut items, &links);
    let groups = group::group(&items, &links);
    let issues = issues::find(story, &items, &groups, &articles);
    let mut facts: Vec<Fact> = groups.iter().map(|g| build_fact(story, &items, g, &articles, self_killing)).collect();
    facts.sort_by(|a, b| {
        let ma: usize = a.claims.iter().map(|c| c.mentions.len()).sum();
        let mb: usize = b.claims.iter().map(|c| c.mentions.len()).sum();
        b.outlets.len().cmp(&a.outlets.len()).then(mb.cmp(&ma))
    });
    Brief { articles, facts, issues }
}

fn build_fact(story: &Story, items: &[Item], g: &group::Group, articles: &[Article], self_killing: bool) -> Fact {
    // a named victim beside a written toll is one of those it counts: the toll speaks for the fact
    let members_only = g.items.iter().all(|&i| harm::member(figure(story, &items[i])));
    let kept: Vec<usize> =
        g.items.iter().copied().filter(|&i| members_only || !harm::member(figure(story, &items[i]))).collect();
    // the fact's unit: the most common unit among the figures that are not restatements
    let mut unit_count: Vec<(Unit, usize)> = Vec::new();
    for &i in &kept {
        if items[i].anchor.is_some() {
            continue;
        }
        let f = figure(story, &items[i]);
        match unit_count.iter_mut().find(|(u, _)| *u == f.unit) {
            Some((_, n)) => *n += 1,
            None => unit_count.push((f.unit, 1)),
        }
    }
    let unit = unit_count.iter().max_by_key(|(_, n)| *n).map_or(Unit::COUNT, |(u, _)| *u);
    // an age is told in years, as a duration is ("24-year-old": 24 years)
    let (unit, factor) = match Unit::parse("years") {
        Some(years) if unit.dimension() == Dimension::Age => (years, 1.0),
        _ => (unit, dimension(unit, rate_date(articles)).1),
    };

    struct Pending {
        claim: Claim,
        /// The first value in base units, for merging equal values.
        exact: Value,
        vague: bool,
        date: Option<String>,
        /// True while the claim's value comes from a sum in another currency than the fact's.
        foreign: bool,
        /// True when the claim's first report has no day to convert its sum at.
        undated: bool,
    }
    let mut claims: Vec<Pending> = Vec::new();
    let mut claim_of: rustc_hash::FxHashMap<usize, usize> = Default::default();
    for &i in &kept {
        let it = &items[i];
        let f = figure(story, it);
        let src = &story.sources[it.src];
        let mention = Mention {
            article: src.report.id.clone(),
            start: f.span.start,
            end: f.span.end,
            text: f.text.clone(),
            value: f.value,
            unit: f.unit,
            source_start: None,
            source_end: None,
        };
        let mention = match (&src.report.origin, src.report.source_span(f.span)) {
            (Some(_), Some(at)) => Mention { source_start: Some(at.start), source_end: Some(at.end), ..mention },
            _ => mention,
        };
        let target = it.anchor.and_then(|a| claim_of.get(&a).copied());
        let claimant = it.claimant.and_then(|c| story.claimants.get(c).cloned());
        let exact = it.base;
        let target = target.or_else(|| {
            claims
                .iter()
                .position(|c| c.claim.claimant == claimant && c.vague == f.vague && close(c.exact, exact, 0.005))
        });
        match target {
            Some(c) => {
                // a sum restated in the fact's own currency gives the claim its value as written
                if claims[c].foreign && f.unit == unit && !f.vague {
                    claims[c].claim.value = f.value;
                    claims[c].foreign = false;
                }
                claims[c].claim.mentions.push(mention);
                if claims[c].date.is_none() {
                    claims[c].date = articles[it.src].date.clone();
                }
                claim_of.insert(i, c);
            }
            None => {
                let value = if f.vague { Value::Number(it.base.low()) } else { it.base };
                let approx = if f.vague { Approx::AtLeast } else { f.approx };
                let date = articles[it.src].date.clone();
                let foreign = f.unit != unit && f.unit.is_money() && unit.is_money();
                // a sum in another currency converts at its own report's day when that is known
                let value = match (foreign, date.as_deref()) {
                    (true, Some(d)) if !f.vague => {
                        money::convert(f.value, f.unit, unit, d).unwrap_or_else(|| value.scale(1.0 / factor))
                    }
                    _ => value.scale(1.0 / factor),
                };
                claims.push(Pending {
                    claim: Claim { value, unit, approx, claimant, mentions: vec![mention] },
                    exact,
                    vague: f.vague,
                    foreign: foreign && !f.vague,
                    undated: date.is_none(),
                    date,
                });
                claim_of.insert(i, claims.len() - 1);
            }
        }
    }

    let mut outlets: Vec<String> = Vec::new();
    for &i in &kept {
        let id = &articles[items[i].src].id;
        if !outlets.contains(id) {
            outlets.push(id.clone());
        }
    }
    let status = if outlets.len() < 2 {
        Status::Single
    } else {
        // exact values that are not the same answer make a dispute; a vague amount ("thousands")
        // does not dispute an exact one, nor does "more than 1.9 million" agree with 2.1 million
        let speaking: Vec<(&Item, &Figure)> = kept
            .iter()
            .map(|&i| (&items[i], figure(story, &items[i])))
            .filter(|(it, f)| it.anchor.is_none() && !it.earlier && !it.aside && !f.vague)
            .collect();
        // where someone killed themselves, one count of the dead may count them and another not
        let deaths = speaking.iter().filter(|(it, _)| it.features.concept == Some("killed")).count();
        let one_apart = self_killing && unit.is_count() && deaths * 2 > speaking.len();
        let written: Vec<agree::Written> = speaking
            .iter()
            .map(|(it, f)| agree::Written { report: it.src, value: (it.base, f.unit, f.value) })
            .collect();
        // a value told as the earlier state of another ("grew from 15 to 51") is an update
        let changed = kept.iter().any(|&i| items[i].earlier && !items[i].vague && changed_value(items, &kept, i));
        if changed || !agree::reports_agree(&written, one_apart) {
            Status::Differs
        } else {
            Status::Agreed
        }
    };
    money::snap_foreign(claims.iter_mut().map(|c| (&mut c.claim.value, c.foreign && c.undated)));
    // time order: claims from dated reports, earliest first, then the undated ones in the order they
    // were read (a stable sort on a total order: dated before undated, then by date)
    claims.sort_by(|a, b| time_order(a.date.as_deref(), b.date.as_deref()));
    let updated = status == Status::Differs && claims.iter().all(|c| c.date.is_some()) && {
        let distinct_dates = claims.windows(2).any(|w| w[0].date != w[1].date);
        let rising =
            claims.windows(2).all(|w| w[0].claim.value.mid() <= w[1].claim.value.mid() || w[0].date == w[1].date);
        distinct_dates && rising
    };
    let label = label::label(story, items, g, unit);
    // a claim's mentions grew by doubling: the brief keeps only what they hold
    let claims = claims
        .into_iter()
        .map(|mut c| {
            c.claim.mentions.shrink_to_fit();
            c.claim
        })
        .collect();
    Fact { label, unit, status, updated, outlets, claims }
}

/// Whether an earlier value is not the same answer as every current value of its fact: the fact
/// changed.
fn changed_value(items: &[Item], kept: &[usize], i: usize) -> bool {
    let (lo, hi) = items[i].interval;
    kept.iter().any(|&j| {
        let it = &items[j];
        !it.earlier && !it.vague && it.anchor.is_none() && (it.interval.1 < lo || hi < it.interval.0)
    })
}

/// The order of claims in time: dated before undated, dates ascending. A total order, so sorting by it
/// never depends on the order claims arrive in.
fn time_order(a: Option<&str>, b: Option<&str>) -> std::cmp::Ordering {
    (a.is_none(), a).cmp(&(b.is_none(), b))
}

/// Half a step of the last significant digit of a written number, relative to it: 400 is 400 give
/// or take 12.5%, 386 give or take 0.13%.
pub(crate) fn resolution(v: f64) -> f64 {
    let v = v.abs();
    if v == 0.0 || !v.is_finite() {
        return 0.0;
    }
    let mut p = 10f64.powi(v.log10().floor() as i32);
    while p > 1e-6 && ((v / p) - (v / p).round()).abs() > 1e-6 {
        p /= 10.0;
    }
    0.5 * p / v
}

/// Whether two written values (base value, unit, value as written) give the same answer: equal to
/// the precision they are written to.
fn same_answer(a: &(Value, Unit, Value), b: &(Value, Unit, Value)) -> bool {
    // in one unit the more precise figure sets the tolerance; across units one of them was rounded
    // in conversion ("five inches" for 120 mm), so the rounder one does, within reason
    let (ra, rb) = (resolution(a.2.mid()), resolution(b.2.mid()));
    let tol = if a.1 == b.1 { ra.min(rb) } else { ra.max(rb).min(0.1) }.max(0.005);
    // sums in two currencies were converted at rates of their own: within a few per cent is one answer
    let tol = if a.1 != b.1 && a.1.is_money() && b.1.is_money() { tol.max(CURRENCY_SLACK) } else { tol };
    match (a.0, b.0) {
        (Value::Range(lo, hi), Value::Number(x)) | (Value::Number(x), Value::Range(lo, hi)) => {
            lo.min(hi) <= x && x <= lo.max(hi)
        }
        (x, y) => close(x, y, tol),
    }
}

/// Whether two values (numbers, or ranges end to end) are equal within a relative tolerance.
pub(crate) fn close(a: Value, b: Value, tol: f64) -> bool {
    let near = |x: f64, y: f64| (x - y).abs() <= tol * x.abs().max(y.abs()).max(1e-9);
    near(a.low(), b.low()) && near(a.high(), b.high())
}

fn figure<'a>(story: &'a Story, it: &Item) -> &'a Figure {
    &story.sources[it.src].figures[it.fig]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_order_is_total_with_undated_claims_last() {
        let dates = [Some("2025-03-02"), None, Some("2025-03-01"), None, Some("2025-03-02")];
        let mut sorted = dates.to_vec();
        sorted.sort_by(|a, b| time_order(*a, *b));
        assert_eq!(sorted, [Some("2025-03-01"), Some("2025-03-02"), Some("2025-03-02"), None, None]);
        // transitive where the old rule (undated equal to everything) was not: a < c, yet a = b = c
        for a in dates {
            for b in dates {
                for c in dates {
                    if time_order(a, b).is_le() && time_order(b, c).is_le() {
                        assert!(time_order(a, c).is_le(), "{a:?} {b:?} {c:?}");
                    }
                }
            }
        }
    }
}
