//! A load generator for the benchmark: many brief requests at once against a server on this machine.

use crossread_model::Report;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Semaphore;

/// What a load run saw.
#[derive(Debug, Default)]
pub struct LoadReport {
    /// Time of each answered request, sorted.
    pub latencies: Vec<Duration>,
    /// Requests that failed, with why.
    pub errors: Vec<String>,
    /// From the first request sent to the last answer.
    pub wall: Duration,
}

impl LoadReport {
    /// The `p`-th percentile (0 to 100) of the request times.
    pub fn percentile(&self, p: f64) -> Duration {
        if self.latencies.is_empty() {
            return Duration::ZERO;
        }
        let rank = ((p / 100.0) * self.latencies.len() as f64).ceil() as usize;
        self.latencies[rank.clamp(1, self.latencies.len()) - 1]
    }
}

/// The JSON body of `POST /api/brief` for these reports.
pub fn request_body(reports: &[Report]) -> String {
    let list: Vec<serde_json::Value> = reports
        .iter()
        .map(
            |r| serde_json::json!({ "id": r.id, "text": r.text, "outlet": r.outlet, "date": r.date, "title": r.title }),
        )
        .collect();
    serde_json::json!({ "reports": list }).to_string()
}

/// Sends `requests` POSTs of `body` to `url`, at most `concurrency` in flight, each bounded by
/// `timeout`; an answer other than 200 with a JSON brief counts as an error.
pub async fn post_concurrently(
    url: &str,
    body: String,
    requests: usize,
    concurrency: usize,
    timeout: Duration,
) -> LoadReport {
    // no idle connections kept: each request's connection closes with its answer, as a browser's
    // would after a while, so the server's memory afterwards is not held by open sockets
    let client = match reqwest::Client::builder().timeout(timeout).pool_max_idle_per_host(0).build() {
        Ok(c) => c,
        Err(e) => return LoadReport { errors: vec![format!("no HTTP client: {e}")], ..Default::default() },
    };
    // one copy of the body, shared by every request rather than copied into each
    let body = axum::body::Bytes::from(body);
    let gate = Arc::new(Semaphore::new(concurrency.max(1)));
    let start = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..requests {
        let (client, body, gate, url) = (client.clone(), body.clone(), gate.clone(), url.to_string());
        tasks.spawn(async move {
            let _permit = gate.acquire_owned().await.map_err(|e| e.to_string())?;
            let t = Instant::now();
            let res = client
                .post(&url)
                .header("content-type", "application/json")
                .body(body)
                .send()
                .await
                .map_err(|e| e.to_string())?;
            let status = res.status();
            // the answer as bytes: the client shares the cores with the server, so it checks the
            // brief is there without decoding the whole text
            let answer = res.bytes().await.map_err(|e| e.to_string())?;
            let took = t.elapsed();
            if status != reqwest::StatusCode::OK || !answer.windows(7).any(|w| w == b"\"facts\"") {
                let text: String =
                    String::from_utf8_lossy(&answer[..answer.len().min(800)]).chars().take(200).collect();
                return Err(format!("status {status}: {text}"));
            }
            Ok(took)
        });
    }
    let mut report = LoadReport::default();
    while let Some(done) = tasks.join_next().await {
        match done {
            Ok(Ok(took)) => report.latencies.push(took),
            Ok(Err(e)) => report.errors.push(e),
            Err(e) => report.errors.push(e.to_string()),
        }
    }
    report.wall = start.elapsed();
    report.latencies.sort();
    report
}

/// This process's resident memory in KiB, where the system tells it (Linux).
pub fn resident_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_pick_the_rank() {
        let r = LoadReport { latencies: (1..=100).map(Duration::from_millis).collect(), ..Default::default() };
        assert_eq!(r.percentile(50.0), Duration::from_millis(50));
        assert_eq!(r.percentile(99.0), Duration::from_millis(99));
        assert_eq!(r.percentile(100.0), Duration::from_millis(100));
        assert_eq!(LoadReport::default().percentile(99.0), Duration::ZERO);
    }
}
