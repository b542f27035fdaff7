//! reconcile: the third stage. Takes every report of a story with its figures and claimants, groups
//! the figures that answer the same question into one fact, compares the claims (agreed, differs,
//! single), orders them in time, and flags figures wrong on their face.

mod brief;
mod dates;
mod features;
mod group;
mod harm;
mod intern;
mod issues;
mod label;
mod scope;
pub mod signature;
mod slips;
mod tally;
mod weights;

pub use brief::{Article, Brief, Claim, Fact, Issue, IssueKind, Mention, Status};
pub use dates::report_date;
pub use features::{concept_of, noun_family, Features};
pub use intern::Shared;
pub use signature::{Signature, Time};

use crossread_figures::{restates, Reading};
use crossread_model::{Approx, Dimension, Figure, Report, Unit, Value};
use crossread_text::Doc;
use std::collections::HashMap;

/// One report as the reconcile stage takes it.
#[derive(Clone, Debug)]
pub struct Source<'a> {
    /// The report.
    pub report: &'a Report,
    /// Its sentences and figures.
    pub reading: &'a Reading<'a>,
    /// For each figure, the index of its claimant in [`Story::claimants`], or None for the outlet's own voice.
    pub claimants: Vec<Option<usize>>,
    /// The publisher's name.
    pub outlet: String,
}

/// Every report of one story, and the claimants named across them (one name per person or body).
#[derive(Clone, Debug, Default)]
pub struct Story<'a> {
    /// The reports, in input order.
    pub sources: Vec<Source<'a>>,
    /// Display names of the claimants, indexed by [`Source::claimants`].
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
    /// The places that scope the figure joined by '|' (empty when unscoped), made once.
    pub(crate) scope_key: Shared,
    pub(crate) claimant: Option<usize>,
    /// True for vague amounts ("dozens").
    pub(crate) vague: bool,
    /// The figure this one restates in the same sentence ("1,000 sq km (386 sq mi)").
    pub(crate) anchor: Option<usize>,
    /// True for a sum restated in a currency other than the story's own ("£100m ($131m)"): the
    /// outlet's rate, not the sum, sets its value, so it does not speak for the fact's values.
    pub(crate) echo: bool,
    /// Index of the sentence the figure stands in.
    pub(crate) sentence: usize,
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

/// Figures that are not figures of the event: ages of people the story does not name, a lone
/// "one", and durations that only date another event from this one ("three days later", "two weeks
/// ago"). Other durations are facts like any other: "a 72-hour window", "seven days of fighting",
/// "the worst in 300 years".
fn relevant(doc: &Doc, f: &Figure) -> bool {
    if f.unit.dimension() == Dimension::Age {
        return age_of_someone_known(doc, f);
    }
    if f.unit.is_count() && f.value == Value::Number(1.0) && f.counted.is_none() {
        return false;
    }
    let duration = f.unit.dimension() == Dimension::Duration;
    let next = doc.token_after(f.sentence, f.span.end).map_or("", |t| doc.lower_of(t));
    !(duration && matches!(next, "ago" | "later" | "earlier"))
}

/// The first and last tokens of a figure.
fn figure_tokens(doc: &Doc, f: &Figure) -> (usize, usize) {
    let toks = doc.tokens();
    let first = toks.partition_point(|t| t.start() < f.span.start);
    let last = toks.partition_point(|t| t.start() < f.span.end).saturating_sub(1).max(first);
    (first, last)
}

/// Whether a bare count stands in a list after a name, its noun left out: "..., the Liberals four
/// and the Civic Union two."
fn elliptical(doc: &Doc, f: &Figure) -> bool {
    let Some(range) = doc.sentences().get(f.sentence).map(|s| s.tokens()) else { return false };
    let toks = doc.tokens();
    let (first, last) = figure_tokens(doc, f);
    if !range.contains(&first) {
        return false;
    }
    // after a name, or a name's short form in brackets ("the Civic Union (CU) two")
    let bracketed =
        first >= range.start + 3 && doc.text_of(&toks[first - 1]) == ")" && doc.text_of(&toks[first - 3]) == "(";
    let named = first > range.start && (doc.class(first - 1) == crossread_text::Class::Name || bracketed);
    let next = if last + 1 < range.end { doc.lower_of(&toks[last + 1]) } else { "." };
    named && matches!(next, "," | "." | ";" | "and" | ")")
}

/// Whether an age is of someone the story is about: said of a name ("Halvorsen, 31,") or of someone
/// already known ("the 31-year-old", "the 31-year-old Halvorsen"), not of an unnamed passer-by ("a
/// 13-year-old girl").
fn age_of_someone_known(doc: &Doc, f: &Figure) -> bool {
    let Some(range) = doc.sentences().get(f.sentence).map(|s| s.tokens()) else { return false };
    let toks = doc.tokens();
    let (first, last) = figure_tokens(doc, f);
    if !range.contains(&first) {
        return false;
    }
    let word = |k: usize| if range.contains(&k) { doc.lower_of(&toks[k]) } else { "" };
    let before = first.checked_sub(1).map_or("", word);
    if before == "," {
        let name = first.checked_sub(2).filter(|&k| range.contains(&k));
        // a name, or a capitalised word opening the sentence ("Halvorsen, 31, signed ...")
        let named = |k: usize| {
            doc.class(k) == crossread_text::Class::Name
                || k == range.start && doc.text_of(&toks[k]).starts_with(char::is_uppercase)
        };
        return name.is_some_and(named) && word(last + 1) == ",";
    }
    before == "the"
}

/// True when the text between two figures makes the second an earlier value of the first
/// ("92, up from 84"): one question, two claims.
fn updates(between: &str) -> bool {
    // what follows the last break: "7 people have died since Friday, up from three"
    let tail = between.rsplit([',', ';', '(']).next().unwrap_or(between);
    let b = tail.trim().to_lowercase();
    let words: Vec<&str> = b.split_whitespace().collect();
    let changed =
        ["up", "down", "rising", "falling", "increased", "decreased", "rose", "fell", "revised", "raised", "lowered"];
    match words.as_slice() {
        [w, "from"] => changed.contains(w),
        ["compared", "with" | "to"] | ["compared", "with" | "to", "the"] => true,
        _ => false,
    }
}

/// Reconciles a story into its brief.
pub fn reconcile(story: &Story) -> Brief {
    let mut items: Vec<Item> = Vec::with_capacity(story.sources.iter().map(|s| s.reading.figures.len()).sum());
    let articles: Vec<Article> = story
        .sources
        .iter()
        .map(|s| Article {
            id: s.report.id.clone(),
            outlet: s.outlet.clone(),
            title: s.report.title.clone(),
            date: s.report.date.clone().or_else(|| report_date(&s.reading.doc)),
            path: s.report.path.display().to_string(),
            url: s.report.origin.as_ref().and_then(|o| o.url.clone()),
            record: s.report.origin.as_ref().and_then(|o| o.record.clone()),
        })
        .collect();

    let on = rate_date(&articles);
    let mut interner = intern::Interner::default();
    let mut links: Vec<(usize, usize)> = Vec::new();
    for (si, src) in story.sources.iter().enumerate() {
        let text = &src.report.text;
        let mut in_sentence: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
        for f in &src.reading.figures {
            in_sentence.entry(f.sentence).or_default().push((f.span.start, f.span.end));
        }
        let mut prev: Option<usize> = None;
        let mut last_counted: Option<(usize, String)> = None;
        // the words of the sentence the last figure stood in: figures are in order, so each sentence's
        // words are read once
        let mut words: Option<(usize, features::SentenceWords)> = None;
        // a report that tells of a death leaves open whether someone "shot" died or survived
        let tells_death = std::cell::OnceCell::new();
        for (fi, f) in src.reading.figures.iter().enumerate() {
            let shot_only = f.implied.is_some_and(|cue| harm::harm_concept(cue.slice(text)) == Some("shot"));
            if shot_only && *tells_death.get_or_init(|| harm::tells_of_death(&src.reading.doc)) {
                prev = None;
                continue;
            }
            if !relevant(&src.reading.doc, f) {
                prev = None;
                continue;
            }
            let (dim, factor) = dimension(f.unit, on);
            let base = f.value.scale(factor);
            if !(base.low().is_finite() && base.high().is_finite()) {
                prev = None;
                continue;
            }
            let sentence = src.reading.sentences().get(f.sentence).map(|s| s.span).unwrap_or(f.span);
            let others: Vec<(usize, usize)> = in_sentence
                .get(&f.sentence)
                .map(|v| v.iter().copied().filter(|&o| o != (f.span.start, f.span.end)).collect())
                .unwrap_or_default();
            // "others" counts what the sentence counted before ("30,000 homes and 80,000 others")
            let own =
                f.counted.as_deref().filter(|c| !matches!(c.to_lowercase().as_str(), "others" | "more" | "other"));
            let counted = match (own, &last_counted) {
                (Some(c), _) => Some(c.to_string()),
                (None, Some((s, c))) if *s == f.sentence && f.unit.is_count() && f.counted.is_some() => Some(c.clone()),
                // a list that leaves the noun out after its first item: "the Greens have five seats,
                // the Liberals four and the Civic Union two"
                (None, Some((s, c))) if *s == f.sentence && f.unit.is_count() && elliptical(&src.reading.doc, f) => {
                    Some(c.clone())
                }
                _ => None,
            };
            if let (Some(c), true) = (&counted, f.unit.is_count()) {
                last_counted = Some((f.sentence, c.clone()));
            }
            if words.as_ref().is_none_or(|(s, _)| *s != f.sentence) {
                words = Some((f.sentence, features::SentenceWords::new(&src.reading.doc, f.sentence)));
            }
            let Some((_, sentence_words)) = &words else { continue };
            let mut feats = features::features(
                sentence.slice(text),
                sentence.start,
                (f.span.start, f.span.end),
                counted.as_deref(),
                dim,
                &others,
                sentence_words,
                &mut interner,
            );
            if feats.concept.is_none() {
                feats.concept = features::table_concept(&src.reading.doc, f.sentence, dim);
            }
            // a count written without a number says what happened in its own words
            if let Some(c) = f.implied.and_then(|cue| harm::harm_concept(cue.slice(text))) {
                feats.concept = Some(if c == "shot" { "injured" } else { c });
            }
            let doc = &src.reading.doc;
            let (first, last) = figure_tokens(doc, f);
            let sig = signature::signature(doc, f.sentence, first, last, f.counted.is_some());
            feats.signature = Signature {
                thing: interner.opt(sig.thing.as_deref()),
                predicate: interner.opt(sig.predicate.as_deref()),
                holder: interner.opt(sig.holder.as_deref()),
                time: sig.time,
            };
            let mut anchor = None;
            if let Some(p) = prev {
                let pf = &src.reading.figures[items[p].fig];
                let between = text
                    .get(pf.span.end..f.qualifier.map_or(f.span.start, |q| q.start.min(f.span.start)))
                    .unwrap_or("");
                if pf.sentence == f.sentence && items[p].dim == dim {
                    if restates(between) {
                        anchor = Some(items[p].anchor.unwrap_or(p));
                        links.push((p, items.len()));
                    } else if updates(between) {
                        links.push((p, items.len()));
                    }
                }
            }
            let claimant = src.claimants.get(fi).copied().flatten();
            // the word lists grew by doubling and stay as long as the item does
            feats.context.shrink_to_fit();
            feats.scope.shrink_to_fit();
            items.push(Item {
                src: si,
                fig: fi,
                dim,
                unit: f.unit,
                base,
                interval: interval(base, f.approx, f.vague),
                scope_key: interner.get(&feats.scope.join("|")),
                features: feats,
                claimant,
                vague: f.vague,
                anchor,
                echo: false,
                sentence: f.sentence,
            });
            prev = Some(items.len() - 1);
        }
    }

    mark_echoes(&mut items, &links);
    let groups = group::group(&items, &links);
    let issues = issues::find(story, &items, &groups, &articles);
    let mut facts: Vec<Fact> = groups.iter().map(|g| build_fact(story, &items, g, &articles)).collect();
    facts.sort_by(|a, b| {
        let ma: usize = a.claims.iter().map(|c| c.mentions.len()).sum();
        let mb: usize = b.claims.iter().map(|c| c.mentions.len()).sum();
        b.outlets.len().cmp(&a.outlets.len()).then(mb.cmp(&ma))
    });
    Brief { articles, facts, issues }
}

fn build_fact(story: &Story, items: &[Item], g: &group::Group, articles: &[Article]) -> Fact {
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
    }
    let mut claims: Vec<Pending> = Vec::new();
    let mut claim_of: HashMap<usize, usize> = HashMap::new();
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
                claims[c].claim.mentions.push(mention);
                if claims[c].date.is_none() {
                    claims[c].date = articles[it.src].date.clone();
                }
                claim_of.insert(i, c);
            }
            None => {
                let value = if f.vague { Value::Number(it.base.low()) } else { it.base };
                let approx = if f.vague { Approx::AtLeast } else { f.approx };
                claims.push(Pending {
                    claim: Claim { value: value.scale(1.0 / factor), unit, approx, claimant, mentions: vec![mention] },
                    exact,
                    vague: f.vague,
                    date: articles[it.src].date.clone(),
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
        let mut written: Vec<(Value, Unit, Value)> = Vec::new();
        for &i in &kept {
            let f = figure(story, &items[i]);
            if items[i].anchor.is_none() && !f.vague && !written.iter().any(|w| w.0 == items[i].base && w.1 == f.unit) {
                written.push((items[i].base, f.unit, f.value));
            }
        }
        // agreed when one value is the same answer as every other ("400 square miles" rounds "1,000
        // square kilometres", and so does "386 square miles", though 386 and 400 differ)
        let agreed = written.is_empty() || written.iter().any(|w| written.iter().all(|x| same_answer(w, x)));
        if !agreed {
            Status::Differs
        } else {
            Status::Agreed
        }
    };
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
    &story.sources[it.src].reading.figures[it.fig]
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
