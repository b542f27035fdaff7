//! Runs the whole pipeline over many generated stories and reports any that panic, take too long or
//! break a span.
//!
//! usage: stories [COUNT] [--seed N] [--from N]
//!   COUNT stories (default 10000) from seeds FROM.. (default 0); `--seed N` replays one story and
//!   prints its files.

use arbitrary::Unstructured;
use std::panic;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// A story that takes more than this much of its thread's CPU time counts as a hang (CPU time, so a
/// busy machine does not turn a slow clock into a failure).
const TOO_SLOW: Duration = Duration::from_secs(2);

/// SplitMix64: a small, good-enough generator of seed bytes.
fn bytes_for(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed;
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        out.extend_from_slice(&(z ^ (z >> 31)).to_le_bytes());
    }
    out
}

fn run(seed: u64) -> Result<Duration, String> {
    let data = bytes_for(seed, 16 * 1024);
    let mut u = Unstructured::new(&data);
    let story = crossread_storygen::story(&mut u).map_err(|e| format!("generator: {e}"))?;
    let start = cpu_time::ThreadTime::now();
    let result = panic::catch_unwind(|| crossread_storygen::check(&story));
    let took = start.elapsed();
    match result {
        Ok(Ok(())) if took > TOO_SLOW => Err(format!("took {took:?}")),
        Ok(Ok(())) => Ok(took),
        Ok(Err(e)) => Err(e),
        Err(p) => Err(format!(
            "panic: {}",
            p.downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default()
        )),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag =
        |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).and_then(|v| v.parse().ok());
    if let Some(seed) = flag("--seed") {
        let data = bytes_for(seed, 16 * 1024);
        let mut u = Unstructured::new(&data);
        if let Ok(story) = crossread_storygen::story(&mut u) {
            for (name, bytes) in &story.files {
                println!("== {name}\n{}", String::from_utf8_lossy(bytes));
            }
        }
        return match run(seed) {
            Ok(t) => {
                println!("seed {seed}: ok in {t:?}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                println!("seed {seed}: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let count: u64 = args.first().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let from: u64 = flag("--from").unwrap_or(0);
    panic::set_hook(Box::new(|_| {}));
    let mut failed = 0;
    let mut slowest = Duration::ZERO;
    let start = Instant::now();
    for seed in from..from + count {
        match run(seed) {
            Ok(t) => slowest = slowest.max(t),
            Err(e) => {
                failed += 1;
                if failed <= 20 {
                    eprintln!("seed {seed}: {e}");
                }
            }
        }
        if (seed - from + 1).is_multiple_of(10_000) {
            eprintln!("{} stories, {failed} failed, {:.0} s", seed - from + 1, start.elapsed().as_secs_f64());
        }
    }
    println!(
        "{count} stories from seed {from}: {failed} failed; slowest {slowest:?}; {:.1} s",
        start.elapsed().as_secs_f64()
    );
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
