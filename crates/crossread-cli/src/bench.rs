//! `crossread bench`: reading throughput on one core, brief and HTML timings, and the web app under load.

use crate::BenchArgs;
use anyhow::{bail, Context, Result};
use std::path::PathBuf;
use std::time::Instant;

fn inputs_or_example(args: &BenchArgs) -> Vec<PathBuf> {
    if args.inputs.is_empty() {
        vec![PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/harbour-flood"))]
    } else {
        args.inputs.clone()
    }
}

/// Reads the inputs as plain reports (no following, no field names).
fn read_inputs(args: &BenchArgs) -> Result<Vec<crossread_model::Report>> {
    let no_options = crate::ReadArgs { recursive: false, follow: false, field: None };
    Ok(crate::inputs::read(&inputs_or_example(args), &no_options)?.reports)
}

pub fn run(args: &BenchArgs) -> Result<()> {
    let reports = read_inputs(args)?;
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
        time_brief(&reports, n as usize)?;
    }
    if !args.scaling.is_empty() {
        scaling(&reports, &args.scaling);
    }
    Ok(())
}

/// Times `figures` and `brief` over one input of each size in megabytes, made by repeating the
/// inputs' bodies, and over one line of a megabyte with no line break: the cost per MB (seconds of the
/// thread's CPU time, so other work on the machine does not count) should stay flat.
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
        "input", "figures cpu", "s per MB", "brief cpu", "s per MB", "peak memory"
    );
    let mut runs: Vec<(String, usize, bool)> =
        sizes.iter().map(|&mb| (format!("{mb} MB"), mb as usize * 1_000_000, false)).collect();
    runs.insert(0, ("1 MB line".to_string(), 1_000_000, true));
    for (name, bytes, one_line) in runs {
        let report = make(bytes, one_line);
        let mb = report.text.len() as f64 / 1e6;
        let start = cpu_time::ThreadTime::now();
        let n = crossread::figures(&report).figures.len();
        let read = start.elapsed().as_secs_f64();
        let start = cpu_time::ThreadTime::now();
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

/// A story of `n` reports made by cycling `reports`, each with its own id.
fn story_of(reports: &[crossread_model::Report], n: usize) -> Vec<crossread_model::Report> {
    (0..n)
        .map(|i| {
            let mut r = reports[i % reports.len()].clone();
            r.id = format!("{:04}", i + 1);
            r
        })
        .collect()
}

/// Times a brief over a story of `n` reports made by cycling the inputs, then its HTML page.
fn time_brief(reports: &[crossread_model::Report], n: usize) -> Result<()> {
    let story = story_of(reports, n);
    let runs = if n <= 50 { 100 } else { 1 };
    let mut brief = crossread::brief(&story);
    let (start, cpu) = (Instant::now(), cpu_time::ThreadTime::now());
    for _ in 0..runs {
        brief = crossread::brief(&story);
    }
    let wall = start.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    let ms = cpu.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    let facts = brief.facts.len();
    println!(
        "brief of a {n}-report story: {ms:.2} ms of CPU time ({wall:.2} ms wall; {facts} facts, {:.3} ms per report)",
        ms / n as f64
    );
    let start = Instant::now();
    let mut html = String::new();
    for _ in 0..runs {
        html = crossread_render::html::render(&brief, &story).context("rendering HTML")?;
    }
    let ms = start.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    println!("HTML of a {n}-report story: {ms:.1} ms to render, {:.2} MB", html.len() as f64 / 1e6);
    Ok(())
}

/// `crossread bench --serve`: the web app on a free loopback port, sent many brief requests at once.
pub fn run_serve(args: &BenchArgs) -> Result<()> {
    let reports = read_inputs(args)?;
    if reports.is_empty() {
        bail!("no reports to send");
    }
    let story = story_of(&reports, args.reports.max(1));
    let body = crossread_serve::load::request_body(&story);
    let server = Server::start(args.reports.max(1000))?;
    let url = format!("{}api/brief", server.url);
    let mb = |kib: Option<u64>| kib.map_or("?".to_string(), |k| format!("{:.1} MB", k as f64 / 1024.0));
    let client = tokio::runtime::Builder::new_current_thread().enable_all().build().context("client runtime")?;
    let timeout = std::time::Duration::from_secs(60);
    let send = |n: usize, at_once: usize| {
        client.block_on(crossread_serve::load::post_concurrently(&url, body.clone(), n, at_once, timeout))
    };
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    println!(
        "serve: a {}-report story ({:.0} KB of JSON) to POST /api/brief on {url}",
        story.len(),
        body.len() as f64 / 1e3
    );
    let alone = send(20, 1);
    if let Some(e) = alone.errors.first() {
        bail!("a request failed: {e}");
    }
    let started = server.resident_kib();
    println!("one at a time: p50 {:.1} ms, p99 {:.1} ms", ms(alone.percentile(50.0)), ms(alone.percentile(99.0)));
    // a warm-up round at full load sets the server's working memory; later rounds should not add to it
    let warm = send(args.requests, args.concurrency);
    std::thread::sleep(std::time::Duration::from_millis(1000));
    let idle = server.resident_kib();
    println!(
        "server memory (resident): {} after the first requests, {} after a warm-up round of {} requests {} at once ({} errors)",
        mb(started),
        mb(idle),
        args.requests,
        args.concurrency,
        warm.errors.len()
    );
    let mut all = crossread_serve::load::LoadReport::default();
    for round in 1..=args.rounds.max(1) {
        let (cpu_before, client_before) = (server.cpu_seconds(), cpu_seconds("self"));
        let load = send(args.requests, args.concurrency);
        let per_request = |before: Option<f64>, after: Option<f64>| match (before, after) {
            (Some(a), Some(b)) => format!("{:.1} ms", (b - a) * 1000.0 / args.requests.max(1) as f64),
            _ => "?".to_string(),
        };
        let cpu = per_request(cpu_before, server.cpu_seconds());
        let client_cpu = per_request(client_before, cpu_seconds("self"));
        // the server gives memory back once it has been idle a moment
        std::thread::sleep(std::time::Duration::from_millis(1000));
        println!(
            "round {round}: {} requests, {} at once: {} ok, {} errors in {:.2} s; p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms; server CPU {cpu} per request (the load client's {client_cpu}); memory after {}",
            args.requests,
            args.concurrency,
            load.latencies.len(),
            load.errors.len(),
            load.wall.as_secs_f64(),
            ms(load.percentile(50.0)),
            ms(load.percentile(99.0)),
            ms(load.percentile(100.0)),
            mb(server.resident_kib())
        );
        all.latencies.extend(load.latencies);
        all.errors.extend(load.errors);
    }
    all.latencies.sort();
    println!(
        "all rounds: {} ok, {} errors; p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms; server memory at its peak {}",
        all.latencies.len(),
        all.errors.len(),
        ms(all.percentile(50.0)),
        ms(all.percentile(90.0)),
        ms(all.percentile(99.0)),
        mb(server.peak_kib())
    );
    server.stop()?;
    for e in all.errors.iter().chain(&warm.errors).take(5) {
        println!("error: {e}");
    }
    if !all.errors.is_empty() || !warm.errors.is_empty() {
        bail!("{} requests failed", all.errors.len() + warm.errors.len());
    }
    Ok(())
}

/// CPU time process `pid` ("self" for this one) has used so far, all threads, in seconds (Linux:
/// user and system ticks of `/proc/PID/stat`, at the kernel's usual 100 per second).
fn cpu_seconds(pid: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // fields after the command name, which is in brackets and may hold spaces
    let mut rest = stat.get(stat.rfind(')')? + 1..)?.split_whitespace();
    let utime: f64 = rest.nth(11)?.parse().ok()?;
    let stime: f64 = rest.next()?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// `crossread serve` run as its own process on a free loopback port, so its memory is its own.
struct Server {
    child: std::process::Child,
    url: String,
}

impl Server {
    fn start(max_reports: usize) -> Result<Server> {
        use std::io::BufRead;
        let exe = std::env::current_exe().context("finding the crossread binary")?;
        let mut child = std::process::Command::new(exe)
            .args(["serve", "--port", "0", "--max-reports", &max_reports.to_string()])
            .env("RUST_LOG", "warn")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::inherit())
            .spawn()
            .context("starting crossread serve")?;
        let mut line = String::new();
        if let Some(out) = child.stdout.take() {
            std::io::BufReader::new(out).read_line(&mut line).context("reading the server's address")?;
        }
        let Some(url) = line.split_whitespace().find(|w| w.starts_with("http://")) else {
            let _ = child.kill();
            bail!("crossread serve did not say where it listens: {line:?}");
        };
        Ok(Server { url: url.to_string(), child })
    }

    /// Resident memory now, in KiB (Linux).
    fn resident_kib(&self) -> Option<u64> {
        self.status_kib("VmRSS:")
    }

    /// The most resident memory so far, in KiB (Linux).
    fn peak_kib(&self) -> Option<u64> {
        self.status_kib("VmHWM:")
    }

    /// CPU time the server has used so far, all threads, in seconds.
    fn cpu_seconds(&self) -> Option<f64> {
        cpu_seconds(&self.child.id().to_string())
    }

    fn status_kib(&self, key: &str) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        status.lines().find(|l| l.starts_with(key))?.split_whitespace().nth(1)?.parse().ok()
    }

    /// Stops the server as Ctrl-C would, and waits for it.
    fn stop(mut self) -> Result<()> {
        let sent = std::process::Command::new("kill").args(["-INT", &self.child.id().to_string()]).status();
        if !sent.is_ok_and(|s| s.success()) {
            self.child.kill().context("stopping the server")?;
        }
        let status = self.child.wait().context("waiting for the server")?;
        if !status.success() {
            println!("the server exited with {status}");
        }
        Ok(())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
