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
    let (start, cpu) = (Instant::now(), cpu_time::ThreadTime::now());
    for _ in 0..rounds {
        for r in &reports {
            figures += crossread::figures(r).figures.len();
        }
    }
    let (wall, cpu) = (start.elapsed().as_secs_f64(), cpu.elapsed().as_secs_f64().max(1e-9));
    let total = (bytes * rounds) as f64;
    report_reading(total, &reports, rounds, figures, cpu, wall);
    for &n in &args.story_sizes {
        time_brief(&reports, n as usize);
    }
    if !args.scaling.is_empty() {
        scaling(&reports, &args.scaling);
    }
    Ok(())
}

/// Times `figures` and `brief` over one input of each size in megabytes, made by repeating the
/// inputs' bodies, and over one line of a megabyte with no line break: the cost per MB should stay flat.
fn scaling(reports: &[crossread_model::Report], sizes: &[u64]) {
    let body: String = reports.iter().map(|r| r.body_text()).collect::<Vec<_>>().join("\n\n");
    let make = |bytes: usize, one_line: bool| -> crossread_model::Report {
        let mut text = String::with_capacity(bytes + body.len());
        while text.len() < bytes {
            text.push_str(&body);
            text.push_str("\n\n");
        }
        if one_line {
            text = text.replace(['\n', '\r'], " ");
        }
        let mut end = bytes.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
        crossread_model::Report::from_text("big", "big.txt", text)
    };
    println!(
        "{:>12} {:>12} {:>12} {:>12} {:>12} {:>14}",
        "input", "figures s", "s per MB", "brief s", "s per MB", "peak memory"
    );
    let mut runs: Vec<(String, usize, bool)> =
        sizes.iter().map(|&mb| (format!("{mb} MB"), mb as usize * 1_000_000, false)).collect();
    runs.insert(0, ("1 MB line".to_string(), 1_000_000, true));
    for (name, bytes, one_line) in runs {
        let report = make(bytes, one_line);
        let mb = report.text.len() as f64 / 1e6;
        let start = Instant::now();
        let n = crossread::figures(&report).figures.len();
        let read = start.elapsed().as_secs_f64();
        let start = Instant::now();
        let facts = crossread::brief(std::slice::from_ref(&report)).facts.len();
        let brief = start.elapsed().as_secs_f64();
        drop(report);
        println!(
            "{name:>12} {read:>12.3} {:>12.3} {brief:>12.3} {:>12.3} {:>14}  ({n} figures, {facts} facts)",
            read / mb,
            brief / mb,
            peak_memory().map_or_else(|| "unknown".to_string(), |kb| format!("{:.0} MB", kb as f64 / 1024.0)),
        );
    }
}

/// The process's peak resident memory so far, in kB (Linux only).
fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Prints reading throughput per second of CPU time on one core (what the reader costs, whatever
/// else the machine is doing), with the wall-clock time beside it.
fn report_reading(total: f64, reports: &[crossread_model::Report], rounds: usize, figures: usize, cpu: f64, wall: f64) {
    let articles = (reports.len() * rounds) as f64;
    println!(
        "read {:.1} MB ({} reports x {} rounds, {} figures) in {:.3} s of CPU time on one core ({:.3} s wall): {:.1} MB/s, {:.0} articles/s",
        total / 1e6,
        reports.len(),
        rounds,
        figures,
        cpu,
        wall,
        total / 1e6 / cpu,
        articles / cpu
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
