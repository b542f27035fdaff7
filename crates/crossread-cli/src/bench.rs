//! `crossread bench`: reading throughput on one core.

use crate::BenchArgs;
use anyhow::{bail, Result};
use std::path::PathBuf;
use std::time::Instant;

pub fn run(args: &BenchArgs) -> Result<()> {
    let inputs = if args.inputs.is_empty() {
        vec![PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/harbour-flood"))]
    } else {
        args.inputs.clone()
    };
    let no_options = crate::ReadArgs { recursive: false, follow: false, field: None };
    let reports = crate::inputs::read(&inputs, &no_options)?.reports;
    let bytes: usize = reports.iter().map(|r| r.text.len()).sum();
    if bytes == 0 {
        bail!("the inputs hold no text to read");
    }
    let target = (args.megabytes * 1e6) as usize;
    let rounds = target.div_ceil(bytes).max(1);
    let mut figures = 0usize;
    let start = Instant::now();
    for _ in 0..rounds {
        for r in &reports {
            figures += crossread::figures(r).figures.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let total = (bytes * rounds) as f64;
    report_reading(total, &reports, rounds, figures, secs);
    for &n in &args.story_sizes {
        time_brief(&reports, n as usize);
    }
    Ok(())
}

fn report_reading(total: f64, reports: &[crossread_model::Report], rounds: usize, figures: usize, secs: f64) {
    let articles = (reports.len() * rounds) as f64;
    println!(
        "read {:.1} MB ({} reports x {} rounds, {} figures) in {:.3} s on one core: {:.1} MB/s, {:.0} articles/s",
        total / 1e6,
        reports.len(),
        rounds,
        figures,
        secs,
        total / 1e6 / secs,
        articles / secs
    );
}

/// Times a brief over a story of `n` reports made by cycling the inputs.
fn time_brief(reports: &[crossread_model::Report], n: usize) {
    let story: Vec<crossread_model::Report> = (0..n)
        .map(|i| {
            let mut r = reports[i % reports.len()].clone();
            r.id = format!("{:04}", i + 1);
            r
        })
        .collect();
    let runs = if n <= 50 { 20 } else { 1 };
    let start = Instant::now();
    let mut facts = 0;
    for _ in 0..runs {
        facts = crossread::brief(&story).facts.len();
    }
    let ms = start.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    println!("brief of a {n}-report story: {ms:.1} ms ({facts} facts, {:.2} ms per report)", ms / n as f64);
}
