//! Rates of one amount over different periods in one report that cannot all hold: "at least £9
//! million a year", "£175,000 each week" and "almost £700,000 a month" cannot all be one wage, since
//! £175,000 a week is over £750,000 a month. Each rate is brought to a year; the figures that agree
//! with most of the others hold, and a rate outside them is flagged.

use crate::issues::bounds;
use crate::lower::{lower, Lower};
use crate::{Article, Issue, IssueKind, Item, Story};
use crossread_model::Figure;
use crossread_text::lexicon as lx;

/// How many periods of each kind a year holds; hours and minutes are left out, since a working day
/// has no fixed length.
fn per_year(period: &str) -> Option<f64> {
    match period {
        "day" => Some(365.25),
        "week" => Some(365.25 / 7.0),
        "month" => Some(12.0),
        "year" => Some(1.0),
        _ => None,
    }
}

/// The words of `s`, lower-case, split at every character that is no letter; read from either end
/// without allocating.
fn words(s: &str) -> impl DoubleEndedIterator<Item = Lower<'_>> {
    s.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(lower)
}

/// The period a figure is an amount per: its unit's ("£9 million per year"), a link and a period
/// after it ("£175,000 each week", past a bracketed restatement), or a period word a few words
/// before it in its clause ("a monthly salary of almost £700,000").
/// `prev_end` is where the report's figure before it ends (0 for its first); read once per figure
/// as it is gathered (see `Item::period`).
pub(crate) fn period_of(text: &str, f: &Figure, prev_end: usize) -> Option<&'static str> {
    if let Some(p) = f.unit.per_name() {
        return lx::RATE_PERIODS.entries().iter().copied().find(|r| *r == p);
    }
    // after: past one bracket that restates the figure, a link and a period ("each week", "a year"),
    // not a time ("a year ago")
    let rest = text.get(f.span.end..).unwrap_or("");
    let after = match rest.trim_start().strip_prefix('(') {
        Some(inside) => inside.split_once(')').map_or("", |(_, r)| r),
        None => rest,
    };
    // (the marks are ASCII, and no byte of a longer character is: a byte scan finds them)
    let cut =
        after.bytes().position(|b| b.is_ascii_digit() || matches!(b, b'.' | b';' | b',' | b'(')).unwrap_or(after.len());
    let mut next = words(&after[..cut]);
    if let (Some(link), Some(period)) = (next.next(), next.next()) {
        if lx::RATE_PERIOD_LINKS.contains(&link) {
            let timed = next.next().is_some_and(|w| lx::RELATIVE_TIME_WORDS.contains(&w));
            if let Some(r) = lx::RATE_PERIODS.entries().iter().copied().find(|r| *r == &*period) {
                if !timed {
                    return Some(r);
                }
            }
        }
    }
    // before: a period word among the last few words of the clause, after the figure before it
    let from = prev_end.min(f.span.start);
    let head = text.get(from..f.span.start).unwrap_or("");
    let clause = head
        .bytes()
        .rposition(|b| matches!(b, b'.' | b';' | b':' | b'(' | b')' | b'\n' | b','))
        .map_or(head, |p| &head[p + 1..]);
    words(clause).rev().take(6).find_map(|w| lx::PERIOD_WORDS.get(&w).copied())
}

/// A report's rate of one amount: the item, its period, and where its value may lie over a year.
struct Rate {
    item: usize,
    period: &'static str,
    year: (f64, f64),
}

/// Every rate that the other rates of its report's amount contradict.
pub(crate) fn find(story: &Story, items: &[Item], articles: &[Article]) -> Vec<Issue> {
    let mut out = Vec::new();
    for (si, src) in story.sources.iter().enumerate() {
        let figures = src.figures;
        // rates in text order, by the unit they are amounts of
        let mut rates: Vec<(&'static str, usize, Rate)> = Vec::new();
        for (k, it) in items.iter().enumerate().filter(|(_, it)| it.src == si) {
            // a restatement over another period ("£700,000 a month, or £175,000 a week") is a rate
            // of its own; one over the same period has no period word of its own and drops out
            if it.vague || it.echo || it.earlier {
                continue;
            }
            let f = &figures[it.fig];
            let Some(period) = it.period else { continue };
            let (Some(k_year), Some((lo, hi))) = (per_year(period), bounds(f)) else { continue };
            rates.push((f.unit.info().code, f.sentence, Rate { item: k, period, year: (lo * k_year, hi * k_year) }));
        }
        rates.sort_by_key(|(_, _, r)| items[r.item].fig);
        let mut codes: Vec<&str> = rates.iter().map(|(c, _, _)| *c).collect();
        codes.sort_unstable();
        codes.dedup();
        for code in codes {
            let of: Vec<&(&str, usize, Rate)> = rates.iter().filter(|(c, _, _)| *c == code).collect();
            // one amount's rates stand close together: a run with no more than one sentence between two
            let mut start = 0;
            for end in 1..=of.len() {
                if end == of.len() || of[end].1 > of[end - 1].1 + 2 {
                    let run: Vec<&Rate> = of[start..end].iter().map(|(_, _, r)| r).collect();
                    out.extend(odd_ones(&run).into_iter().map(|(odd, held)| {
                        let f = &figures[items[run[odd].item].fig];
                        let said = |r: &Rate| {
                            let g = &figures[items[r.item].fig];
                            match g.unit.per_name() {
                                Some(_) => format!("\"{}\"", g.text),
                                None => format!("\"{}\" a {}", g.text, r.period),
                            }
                        };
                        let others: Vec<String> = held.iter().map(|&h| said(run[h])).collect();
                        Issue {
                            article: articles[si].id.clone(),
                            start: f.span.start,
                            end: f.span.end,
                            text: f.text.clone(),
                            kind: IssueKind::Contradiction,
                            message: format!(
                                "{} cannot be the same amount as {} in the same report",
                                said(run[odd]),
                                others.join(" and ")
                            ),
                        }
                    }));
                    start = end;
                }
            }
        }
    }
    out
}

/// The rates of one run that the largest set of mutually agreeing rates leaves out, each with that
/// set. Only a run of three or more rates, each over its own period, is read (two rates that differ
/// do not say which is wrong; two over one period are likely two amounts), and only when at least
/// two agree. Of equally large sets the one holding the report's earlier rates wins: later rates
/// are usually worked out from earlier ones.
fn odd_ones(run: &[&Rate]) -> Vec<(usize, Vec<usize>)> {
    let n = run.len();
    if !(3..=12).contains(&n) {
        return Vec::new();
    }
    let mut periods: Vec<&str> = run.iter().map(|r| r.period).collect();
    periods.sort_unstable();
    periods.dedup();
    if periods.len() < n {
        return Vec::new();
    }
    let mut best: Option<(usize, Vec<usize>)> = None;
    for mask in 1u32..(1 << n) {
        let members: Vec<usize> = (0..n).filter(|&k| mask & (1 << k) != 0).collect();
        let lo = members.iter().map(|&k| run[k].year.0).fold(f64::NEG_INFINITY, f64::max);
        let hi = members.iter().map(|&k| run[k].year.1).fold(f64::INFINITY, f64::min);
        if lo > hi {
            continue;
        }
        let better = match &best {
            None => true,
            Some((_, b)) => members.len() > b.len() || (members.len() == b.len() && members < *b),
        };
        if better {
            best = Some((mask as usize, members));
        }
    }
    let Some((_, held)) = best.filter(|(_, m)| m.len() >= 2) else { return Vec::new() };
    (0..n).filter(|k| !held.contains(k)).map(|k| (k, held.clone())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rate(period: &'static str, lo: f64, hi: f64) -> Rate {
        Rate { item: 0, period, year: (lo, hi) }
    }

    #[test]
    fn the_rate_outside_the_agreeing_ones_is_odd() {
        // at least 9m a year, about 175,000 a week (9.1m a year), almost 700,000 a month (8.4m a year)
        let (y, w, m) = (rate("year", 9e6, f64::INFINITY), rate("week", 8.2e6, 10e6), rate("month", -1e9, 8.4e6));
        let odd = odd_ones(&[&y, &w, &m]);
        assert_eq!(odd, vec![(2, vec![0, 1])]);
    }

    #[test]
    fn two_rates_or_a_period_twice_say_nothing() {
        let (y, m) = (rate("year", 9e6, 9e6), rate("month", 1e6, 1e6));
        assert!(odd_ones(&[&y, &m]).is_empty());
        let (w1, w2) = (rate("week", 1e6, 1e6), rate("week", 5e6, 5e6));
        assert!(odd_ones(&[&y, &w1, &w2]).is_empty());
    }

    #[test]
    fn rates_that_all_agree_leave_none_out() {
        let (y, w, d) = (rate("year", 9e6, 9.2e6), rate("week", 9e6, 9.3e6), rate("day", 8.9e6, 9.1e6));
        assert!(odd_ones(&[&y, &w, &d]).is_empty());
    }
}
