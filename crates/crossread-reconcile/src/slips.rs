//! Slips a figure shows on its face: a decimal comma ("$16,5 million"), a space after a decimal
//! point ("magnitude-7. 6"), a scale word that lost its "a" ("more than million votes"), and a share
//! that its own count and whole do not give ("96 seats - 55.8 per cent of the seats", when the seats
//! number 180).

use crate::{Article, Issue, IssueKind, Item, Story};
use crossread_model::{Figure, Value};
use std::collections::HashMap;

/// Every slip of the story's figures.
pub(crate) fn find(story: &Story, items: &[Item], articles: &[Article]) -> Vec<Issue> {
    let mut out = Vec::new();
    // counts by their counted noun, by value: each share looks up the wholes near it, not every figure
    let mut counts: HashMap<&str, Vec<(f64, usize)>> = HashMap::new();
    for (k, w) in items.iter().enumerate().filter(|(_, w)| w.unit.is_count()) {
        if let (Some(noun), Value::Number(v)) = (w.features.noun.as_deref(), story.sources[w.src].figures[w.fig].value)
        {
            counts.entry(noun).or_default().push((v, k));
        }
    }
    for list in counts.values_mut() {
        list.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    }
    for it in items {
        let src = &story.sources[it.src];
        let f = &src.figures[it.fig];
        let slip = decimal_comma(f)
            .or_else(|| stray_space(f))
            .or_else(|| lost_article(f))
            .or_else(|| share_off(story, &counts, it));
        if let Some((kind, message)) = slip {
            out.push(Issue {
                article: articles[it.src].id.clone(),
                start: f.span.start,
                end: f.span.end,
                text: f.text.clone(),
                kind,
                message,
            });
        }
    }
    out
}

/// "$16,5 million": a comma before one or two digits is a decimal point written the continental way.
fn decimal_comma(f: &Figure) -> Option<(IssueKind, String)> {
    let b = f.text.as_bytes();
    let at = (1..b.len()).find(|&i| {
        // one group of one or two digits, ending the number: "1,20,344" groups the Indian way
        b[i] == b',' && b[i - 1].is_ascii_digit() && !b[..i].contains(&b',') && {
            let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            (1..=2).contains(&digits) && !matches!(b.get(i + 1 + digits), Some(b',' | b'.'))
        }
    })?;
    let meant = format!("{}.{}", &f.text[..at], &f.text[at + 1..]);
    Some((IssueKind::Typo, format!("\"{}\" has a decimal comma: \"{meant}\" is meant", f.text)))
}

/// "a magnitude-7. 6 quake": a space after a decimal point.
fn stray_space(f: &Figure) -> Option<(IssueKind, String)> {
    let b = f.text.as_bytes();
    let at = (1..b.len().saturating_sub(2))
        .find(|&i| b[i] == b'.' && b[i - 1].is_ascii_digit() && b[i + 1] == b' ' && b[i + 2].is_ascii_digit())?;
    let meant = format!("{}{}", &f.text[..=at], &f.text[at + 2..]);
    Some((IssueKind::Typo, format!("\"{}\" has a space after its decimal point: \"{meant}\" is meant", f.text)))
}

/// "more than million votes": a scale word read as one of it has no number before it.
fn lost_article(f: &Figure) -> Option<(IssueKind, String)> {
    let first = f.text.split_whitespace().next()?;
    let scale = ["thousand", "million", "billion"].into_iter().find(|w| first.eq_ignore_ascii_case(w))?;
    Some((IssueKind::Typo, format!("\"{}\" has no number before \"{scale}\": \"a {}\" is meant", f.text, f.text)))
}

/// A share written beside its count ("96 seats - 55.8 per cent of them", "96 seats, or 55.8%")
/// that the story's whole for that thing does not give, at the precision the share is written to.
fn share_off(story: &Story, counts: &HashMap<&str, Vec<(f64, usize)>>, it: &Item) -> Option<(IssueKind, String)> {
    let src = &story.sources[it.src];
    let (text, figures) = (src.report.text.as_str(), src.figures);
    let share = &figures[it.fig];
    let (Value::Number(p), true) = (share.value, share.unit == crossread_model::Unit::PERCENT) else { return None };
    let thing = it.features.signature.thing.as_deref()?;
    // the count just before it, set off by a dash, a comma or an "or"
    let count = figures[..it.fig].last().filter(|c| {
        c.sentence == share.sentence && c.unit.is_count() && !c.vague && apposed(text, c.span.end, share.span.start)
    })?;
    let Value::Number(n) = count.value else { return None };
    if p <= 0.0 || p >= 100.0 || n < 1.0 {
        return None;
    }
    // the share is as precise as its last written digit
    let decimals = share.text.split(['%', ' ']).next().and_then(|t| t.split_once('.')).map_or(0, |(_, d)| d.len());
    let half = 0.5 / 10f64.powi(decimals as i32);
    let (low, high) = (n * 100.0 / (p + half), n * 100.0 / (p - half));
    // wholes of that thing the story gives, near what the share implies
    let implied = n * 100.0 / p;
    let thing = crate::features::noun_family(thing);
    let mut near: Vec<(usize, f64)> = Vec::new();
    if let Some(list) = counts.get(thing.as_ref()) {
        // every value within 5% of the implied whole lies between these two
        let from = list.partition_point(|(v, _)| *v < implied * 0.95 - implied.abs() * 1e-9);
        for &(v, k) in list[from..].iter().take_while(|(v, _)| *v <= implied * 1.05 + implied.abs() * 1e-9) {
            if v > n && (v - implied).abs() <= implied * 0.05 {
                near.push((k, v));
            }
        }
    }
    // in the order the story gives them, so the first of equally common wholes wins as before
    near.sort_by_key(|(k, _)| *k);
    let mut wholes: Vec<(u64, usize)> = Vec::new();
    for (_, v) in near {
        match wholes.iter_mut().find(|(b, _)| *b == v.to_bits()) {
            Some((_, k)) => *k += 1,
            None => wholes.push((v.to_bits(), 1)),
        }
    }
    let fits = |w: f64| w >= low.floor() && w <= high.ceil();
    if wholes.is_empty() || wholes.iter().any(|(w, _)| fits(f64::from_bits(*w))) {
        return None;
    }
    // the whole most figures give
    let whole = f64::from_bits(crate::tally::majority(wholes.iter().map(|(w, k)| (w, *k)))?);
    let right = n / whole * 100.0;
    Some((
        IssueKind::ShareMismatch,
        format!(
            "{} of {} is {:.*}%, not {}",
            count.text,
            crossread_model::readable_number(whole, 0, 0.0),
            decimals.max(1),
            right,
            share.text
        ),
    ))
}

/// Whether the text between two figures sets the second beside the first: a dash, a comma, a
/// bracket or "or", and nothing more than a word or two.
fn apposed(text: &str, from: usize, to: usize) -> bool {
    let between = text.get(from..to).unwrap_or("");
    let words = between.split_whitespace().count();
    let marked = between.contains(['–', '—', '-', ',', '(']) || between.split_whitespace().any(|w| w == "or");
    marked && words <= 3
}
