//! Figures wrong on their face: a conversion in the same sentence that does not match, a unit slip,
//! parts that do not add up to the total given.

use crate::{dimension, interval, overlaps, Article, Issue, Item, Story};
use crossread_model::units;
use crossread_model::{Approx, Figure};

/// Units a writer may have meant when they wrote this one.
fn siblings(code: &str) -> &'static [&'static str] {
    match code {
        "m2" => &["mi2", "km2", "ft2", "ha"],
        "km2" => &["mi2", "m2", "ha"],
        "mi2" => &["km2"],
        "ha" => &["acre", "km2"],
        "acre" => &["ha"],
        "m" => &["mi", "km", "ft"],
        "km" => &["mi", "m"],
        "mi" => &["km"],
        "ft" => &["m"],
        "kg" => &["lb", "tonnes"],
        "lb" => &["kg"],
        "tonnes" => &["kg"],
        "km/h" => &["mph"],
        "mph" => &["km/h"],
        "cm" => &["in", "mm"],
        "in" => &["cm", "mm"],
        "mm" => &["in", "cm"],
        _ => &[],
    }
}

fn fmt(v: f64) -> String {
    crossread_model::readable_number(v, 1, 100.0)
}

fn unit_words(code: &str) -> String {
    units::info(code).map_or_else(|| code.to_string(), |u| format!("{}s", u.name))
}

fn issue(article: &Article, f: &Figure, kind: &str, message: String) -> Issue {
    Issue { article: article.id.clone(), start: f.span.start, end: f.span.end, text: f.text.clone(), kind: kind.into(), message }
}

/// Every issue found in the story.
pub(crate) fn find(story: &Story, items: &[Item], articles: &[Article]) -> Vec<Issue> {
    let mut out = Vec::new();
    let fig = |i: usize| &story.sources[items[i].src].reading.figures[items[i].fig];
    // restatements that do not match what they restate
    for (i, it) in items.iter().enumerate() {
        let Some(a) = it.anchor else { continue };
        let (fa, fb) = (fig(a), fig(i));
        let (_, ka) = dimension(&fa.unit);
        let (_, kb) = dimension(&fb.unit);
        let approx = if fa.approx == Approx::Exact { Approx::About } else { fa.approx };
        let wide = interval(fa.value.scale(ka), approx, fa.vague);
        let wide = (wide.0.min(fa.value.low() * ka * 0.95), wide.1.max(fa.value.high() * ka * 1.05));
        let vb = fb.value.scale(kb);
        if overlaps(wide, (vb.low(), vb.high())) {
            continue;
        }
        // "12 kilometres (12 miles)": the number was copied, not converted
        let copied = (fb.value.mid() - fa.value.mid()).abs() <= fa.value.mid().abs() * 0.01;
        let meant = siblings(&fb.unit).iter().filter(|alt| !copied && **alt != fa.unit).find(|alt| {
            let k = dimension(alt).1;
            let v = fb.value.scale(k);
            overlaps(wide, (v.low(), v.high()))
        });
        let article = &articles[it.src];
        let as_a = vb.mid() / ka;
        match meant {
            Some(alt) => out.push(issue(
                article,
                fb,
                "unit_mismatch",
                format!(
                    "{} is {} {}, which cannot be {}; {} {} is",
                    fb.text,
                    fmt(fb.value.mid()),
                    unit_words(&fb.unit),
                    fa.text,
                    fmt(fb.value.mid()),
                    unit_words(alt)
                ),
            )),
            None => out.push(issue(
                article,
                fb,
                "conversion_mismatch",
                if copied {
                    format!("{} is about {} {}, not {}: the number was copied, not converted", fb.text, fmt(as_a), unit_words(&fa.unit), fa.text)
                } else {
                    format!("{} is about {} {}, not {}", fb.text, fmt(as_a), unit_words(&fa.unit), fa.text)
                },
            )),
        }
    }
    // totals that the parts given beside them do not add up to
    for (si, src) in story.sources.iter().enumerate() {
        let figures = &src.reading.figures;
        for (ti, total) in figures.iter().enumerate() {
            let before = src.report.text.get(total.span.start.saturating_sub(48)..total.span.start).unwrap_or("").to_lowercase();
            let says_total = ["total", "totalling", "totaling", "combined", "altogether", "overall", "in all"].iter().any(|w| before.contains(w));
            if !says_total || total.vague {
                continue;
            }
            let parts: Vec<&Figure> = figures
                .iter()
                .enumerate()
                .filter(|(j, f)| *j != ti && f.sentence == total.sentence && f.unit == total.unit && !f.vague && f.span.start < total.span.start)
                .map(|(_, f)| f)
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
                    "sum_mismatch",
                    format!("{} add up to {}, not {}", listed.join(" + "), fmt(sum), total.text),
                ));
            }
        }
    }
    out
}
