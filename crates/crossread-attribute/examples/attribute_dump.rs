//! Prints who each figure of one or more reports of a story is attributed to, one JSON object a line.
//!
//! usage: attribute_dump FILE[@START:END,...] ...
//!
//! For each file, a line `{"file", "outlet"}`, then one line per figure the reader finds:
//! `{"file", "start", "end", "text", "claimant", "display"}`, where `display` is the display name of
//! the claimant's cluster across all the files given. With `@START:END,...` after a file name, those
//! byte spans are attributed as if the reader had found a figure at each (to measure attribution
//! apart from figure recall).

use crossread_attribute::{attribute, canonical_names, detect_outlet, display_name, Claimant};
use crossread_figures::{read_report, Reading};
use crossread_model::{Approx, Figure, Span, Value};
use serde_json::json;
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!("usage: attribute_dump FILE[@START:END,...] ...");
        std::process::exit(2);
    }
    let mut rows: Vec<(String, Figure, Option<Claimant>)> = Vec::new();
    for arg in &args {
        let (path, spans) = match arg.split_once('@') {
            Some((p, list)) => (p, parse_spans(list)),
            None => (arg.as_str(), Vec::new()),
        };
        let report = match crossread_ingest::load_file(Path::new(path)) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        };
        println!("{}", json!({ "file": path, "outlet": detect_outlet(&report) }));
        let mut reading = read_report(&report);
        if !spans.is_empty() {
            reading = synthetic(&reading, &spans);
        }
        let who = attribute(&report, &reading);
        for (f, c) in reading.figures.into_iter().zip(who) {
            rows.push((path.to_string(), f, c));
        }
    }
    let names: Vec<&str> = rows.iter().filter_map(|r| r.2.as_ref().map(|c| c.name.as_str())).collect();
    let ids = canonical_names(&names);
    let clusters = ids.iter().copied().max().map_or(0, |m| m + 1);
    let display: Vec<String> = (0..clusters)
        .map(|k| {
            let members: Vec<&str> = names.iter().zip(&ids).filter(|(_, &i)| i == k).map(|(n, _)| *n).collect();
            display_name(&members)
        })
        .collect();
    let mut next = 0;
    for (file, f, c) in &rows {
        let d = c.as_ref().map(|_| {
            let d = display[ids[next]].clone();
            next += 1;
            d
        });
        println!(
            "{}",
            json!({ "file": file, "start": f.span.start, "end": f.span.end, "text": f.text,
                    "claimant": c.as_ref().map(|c| c.name.clone()), "display": d })
        );
    }
}

fn parse_spans(list: &str) -> Vec<Span> {
    list.split(',')
        .filter_map(|p| p.split_once(':'))
        .filter_map(|(a, b)| Some(Span::new(a.parse().ok()?, b.parse().ok()?)))
        .collect()
}

/// The reading's sentences with one made-up figure at each span.
fn synthetic<'a>(reading: &Reading<'a>, spans: &[Span]) -> Reading<'a> {
    let figures = spans
        .iter()
        .filter_map(|&span| {
            let sentence =
                reading.sentences().iter().position(|s| s.span.start <= span.start && span.start < s.span.end)?;
            let real = reading.figures.iter().find(|f| f.span.start < span.end && span.start < f.span.end);
            Some(Figure {
                span,
                text: String::new(),
                value: real.map_or(Value::Number(0.0), |f| f.value),
                unit: real.map_or(crossread_model::Unit::COUNT, |f| f.unit),
                unit_name: String::new(),
                counted: real.and_then(|f| f.counted.clone()),
                approx: Approx::Exact,
                qualifier: None,
                trend: None,
                vague: real.is_some_and(|f| f.vague),
                from_to: false,
                sentence,
                implied: None,
            })
        })
        .collect();
    Reading { doc: reading.doc.clone(), figures }
}
