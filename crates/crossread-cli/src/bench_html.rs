//! `crossread bench --html`: article extraction speed over web pages, on one core.

use anyhow::{bail, Context, Result};
use crossread_html::{gunzip_if_needed, read_page, Options};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn pages_in(input: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    if input.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(input)
            .with_context(|| format!("cannot read {}", input.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
                name.ends_with(".html")
                    || name.ends_with(".htm")
                    || name.ends_with(".html.gz")
                    || name.ends_with(".htm.gz")
            })
            .collect();
        entries.sort();
        out.extend(entries);
    } else {
        out.push(input.to_path_buf());
    }
    Ok(())
}

/// Extracts every page over and over until `megabytes` of HTML have been read, then prints the
/// throughput per second of the thread's CPU time (so a busy machine does not halve it): without the
/// source map (what `crossread extract` does) and with it (what `brief` does).
pub fn run(inputs: &[PathBuf], megabytes: f64) -> Result<()> {
    let mut paths = Vec::new();
    for i in inputs {
        pages_in(i, &mut paths)?;
    }
    let mut pages = Vec::new();
    for p in &paths {
        let raw = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
        pages.push(gunzip_if_needed(raw).with_context(|| p.display().to_string())?);
    }
    let bytes: usize = pages.iter().map(Vec::len).sum();
    if bytes == 0 {
        bail!("no pages to extract (give .html or .html.gz files, or folders of them)");
    }
    let rounds = ((megabytes * 1e6) as usize).div_ceil(bytes).max(1);
    for (label, source_map) in [("extracted", false), ("extracted with source maps", true)] {
        let opts = Options { source_map, ..Default::default() };
        let (mut chars, mut failed) = (0usize, 0usize);
        let (wall, cpu) = (Instant::now(), cpu_time::ThreadTime::now());
        for _ in 0..rounds {
            for page in &pages {
                match read_page(page, &opts) {
                    Ok(a) => chars += a.text.len(),
                    Err(_) => failed += 1,
                }
            }
        }
        let (wall, cpu) = (wall.elapsed().as_secs_f64(), cpu.elapsed().as_secs_f64().max(1e-9));
        let total = (bytes * rounds) as f64;
        writeln!(
            std::io::stdout().lock(),
            "{label}: {:.1} MB of HTML ({} pages x {rounds} rounds, {:.1} MB of text, {} pages without an article) in {cpu:.3} s of CPU time on one core ({wall:.3} s wall): {:.1} MB/s, {:.0} pages/s",
            total / 1e6,
            pages.len(),
            chars as f64 / 1e6,
            failed / rounds,
            total / 1e6 / cpu,
            (pages.len() * rounds) as f64 / cpu,
        )?;
    }
    Ok(())
}
