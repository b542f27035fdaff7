//! The two ends of a change told "from X to Y" after a verb of change ("grew from 15 to 51", "was
//! cut from £4m to £3m"): for reconciling, each end is a value of its own, the first an earlier
//! state and the second the current one.

use crate::lexicon as lx;
use crossread_model::{Approx, Figure, Span, Value};
use crossread_text::{Class, Doc};

/// How many words may stand between the verb of change and "from" ("rose sharply from").
const VERB_REACH: usize = 3;

/// Splits each change told "from X to Y" after a verb of change into its two ends, in text order:
/// the value it changed from, then the value it changed to. Other figures, and a spread told
/// "from X to Y" with no change ("estimates range from 10 to 20"), stay as they are.
pub fn split_changes(doc: &Doc, figures: Vec<Figure>) -> Vec<Figure> {
    if !figures.iter().any(|f| matches!(f.value, Value::Range(..)) && !f.vague) {
        return figures;
    }
    let mut out = Vec::with_capacity(figures.len() + 2);
    for f in figures {
        match ends(doc, &f) {
            Some((a, b)) => {
                out.push(a);
                out.push(b);
            }
            None => out.push(f),
        }
    }
    out
}

/// The two ends of a range read "from X to Y" that tells a change, or None. The reader marks a range
/// `from_to` when "from" stands just before it; "from roughly 300 to 850" has a qualifier between.
fn ends(doc: &Doc, f: &Figure) -> Option<(Figure, Figure)> {
    let Value::Range(from, to) = f.value else { return None };
    if f.vague {
        return None;
    }
    let toks = doc.tokens();
    let start = f.qualifier.map_or(f.span.start, |q| q.start.min(f.span.start));
    let first = toks.partition_point(|t| t.start() < f.span.start);
    let opening = toks.partition_point(|t| t.start() < start);
    let last = toks.partition_point(|t| t.start() < f.span.end);
    // "from" just before the figure (or its qualifier), and a verb of change a few words before that;
    // a qualifier the figure lost when its ends were joined is the first end's ("from roughly 300")
    let word = |k: usize| doc.lower_of(&toks[k]);
    let lost = opening.checked_sub(1).and_then(|k| Some((k, *lx::QUALIFIERS.get(word(k))?)));
    let (from_at, qualifier) = match lost {
        Some((k, approx)) if f.qualifier.is_none() && k > 0 && word(k - 1) == "from" => {
            (k - 1, Some((approx, toks[k].span())))
        }
        _ => (opening.checked_sub(1).filter(|&k| word(k) == "from")?, f.qualifier.map(|q| (f.approx, q))),
    };
    let changed = (from_at.saturating_sub(VERB_REACH)..from_at)
        .any(|k| lx::TREND_UP.contains(word(k)) || lx::TREND_DOWN.contains(word(k)));
    if !changed {
        return None;
    }
    // the last "to" inside the figure joins its ends
    let to_at = (first..last).rev().find(|&k| word(k) == "to")?;
    // the first end: its number and the marks and scale words glued to it ("$9.19bn", "15", "2.5 million")
    let mut end1 = first;
    while end1 < to_at {
        let w = word(end1);
        let part = w.chars().any(|c| c.is_ascii_digit())
            || lx::SCALES.contains_key(w)
            || matches!(w, "%" | "per" | "cent" | "percent")
            || (end1 == first && doc.class(end1) != Class::Word);
        if !part {
            break;
        }
        end1 += 1;
    }
    if end1 == first || to_at + 1 >= last {
        return None;
    }
    let span1 = Span::new(toks[first].start(), toks[end1 - 1].end());
    let span2 = Span::new(toks[to_at + 1].start(), f.span.end);
    let end = |span: Span, value: f64, qualifier: Option<(Approx, Span)>| Figure {
        span,
        text: span.slice(doc.text()).to_string(),
        value: Value::Number(value),
        approx: qualifier.map_or(Approx::Exact, |(a, _)| if a == Approx::Range { Approx::Exact } else { a }),
        qualifier: qualifier.map(|(_, q)| q),
        trend: None,
        from_to: false,
        ..f.clone()
    };
    Some((end(span1, from, qualifier), end(span2, to, None)))
}
