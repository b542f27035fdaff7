//! Figures wrong on their face: a conversion in the same sentence that does not match, a unit slip,
//! parts that do not add up to the total given, and a report that gives one question two answers
//! that cannot both hold.

use crate::group::Group;
use crate::{dimension, interval, overlaps, resolution, Article, Issue, IssueKind, Item, Story};
use crossread_model::{Approx, Figure, Unit};
use crossread_text::lexicon as lx;
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
    let fig = |i: usize| &story.sources[items[i].src].reading.figures[items[i].fig];
    // restatements that do not match what they restate
    for (i, it) in items.iter().enumerate() {
        let Some(a) = it.anchor else { continue };
        let (fa, fb) = (fig(a), fig(i));
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
        let figures = &src.reading.figures;
        for (ti, total) in figures.iter().enumerate() {
            let before = src.reading.doc.lower_before(total.span.start, 48);
            let says_total = ["total", "totalling", "totaling", "combined", "altogether", "overall", "in all"]
                .iter()
                .any(|w| before.contains(w));
            if !says_total || total.vague {
                continue;
            }
            // the parts stand before the total in its sentence; figures are in text order, so they are
            // the run just before it
            let first = figures[..ti].iter().rposition(|f| f.sentence != total.sentence).map_or(0, |p| p + 1);
            let parts: Vec<&Figure> = figures[first..ti]
                .iter()
                .filter(|f| f.unit == total.unit && !f.vague && f.span.start < total.span.start)
                .collect();
            if parts.len() < 2 || parts.iter().any(|f| matches!(f.value, crossread_model::Value::Range(..))) {
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
    out
}

/// Where the value a figure gives may lie, with its qualifier taken at its word: "more than 150" has
/// no upper end and "nearing 140" none below; a plain figure is as precise as it is written.
fn bounds(f: &Figure) -> Option<(f64, f64)> {
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

/// Figures a report gives one question that cannot both hold ("surpasses 150" in the headline,
/// "nearing 140" in the body), from the same claimant, neither told as an earlier or later state.
/// The timeline words with a space each side, made once, to find whole words in a padded sentence.
fn timeline_words() -> &'static [String] {
    static PADDED: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    PADDED.get_or_init(|| lx::TIMELINE_WORDS.iter().map(|t| format!(" {t} ")).collect())
}

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
            // each figure's sentence, read once: figures told as an earlier or later state drop out, and
            // the rest keep the days their sentence names (a toll "on Monday" and one "on Tuesday" are
            // two states of it; a headline seldom names its day)
            let list: Vec<(&Item, BTreeSet<String>)> = list
                .into_iter()
                .filter_map(|i| {
                    let it = &items[i];
                    let words: Vec<String> =
                        crate::features::sentence_words(&source.reading.doc, it.sentence, false, false)
                            .iter()
                            .flat_map(|w| w.text.split(|c: char| !c.is_alphanumeric()))
                            .filter(|w| !w.is_empty())
                            .map(str::to_lowercase)
                            .collect();
                    let joined = format!(" {} ", words.join(" "));
                    if timeline_words().iter().any(|t| joined.contains(t.as_str())) {
                        return None;
                    }
                    Some((it, words.into_iter().filter(|w| lx::names_a_day(w)).collect()))
                })
                .collect();
            for (x, (ia, days_a)) in list.iter().enumerate() {
                let fa = &source.reading.figures[ia.fig];
                let Some(ba) = bounds(fa) else { continue };
                let against = list[x + 1..]
                    .iter()
                    .map(|(ib, days_b)| (&source.reading.figures[ib.fig], ib, days_b))
                    .find(|(fb, ib, days_b)| {
                        ib.sentence != ia.sentence
                            && ib.features.concept == ia.features.concept
                            && ib.features.scope == ia.features.scope
                            && ib.claimant == ia.claimant
                            && fb.unit == fa.unit
                            && (days_b == &days_a || days_a.is_empty() || days_b.is_empty())
                            && bounds(fb).is_some_and(|bb| !overlaps(ba, bb))
                    });
                if let Some((first, _, _)) = against {
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
    }
    out
}
