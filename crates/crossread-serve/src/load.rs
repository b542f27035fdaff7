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
///
/// The client is a bare HTTP/1.1 writer and reader, as load tools like wrk are: it shares the
/// machine's cores with the server it measures, so it should take as little of them as it can.
pub async fn post_concurrently(
    url: &str,
    body: String,
    requests: usize,
    concurrency: usize,
    timeout: Duration,
) -> LoadReport {
    let target = match Target::parse(url) {
        Ok(t) => t,
        Err(e) => return LoadReport { errors: vec![e], ..Default::default() },
    };
    // one copy of the request, shared by every connection rather than copied into each; each
    // connection closes with its answer, as a browser's would after a while, so the server's memory
    // afterwards is not held by open sockets
    let request: Arc<[u8]> = target.request(&body).into();
    // the address is looked up once: a connect by name would look it up again on a thread of its
    // own for every request
    let addr = match std::net::ToSocketAddrs::to_socket_addrs(target.addr.as_str()).map(|mut a| a.next()) {
        Ok(Some(addr)) => addr,
        Ok(None) => return LoadReport { errors: vec![format!("{url}: no address")], ..Default::default() },
        Err(e) => return LoadReport { errors: vec![format!("{url}: {e}")], ..Default::default() },
    };
    let gate = Arc::new(Semaphore::new(concurrency.max(1)));
    let start = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..requests {
        let (request, gate) = (request.clone(), gate.clone());
        tasks.spawn(async move {
            let _permit = gate.acquire_owned().await.map_err(|e| e.to_string())?;
            let t = Instant::now();
            let answer = tokio::time::timeout(timeout, exchange(addr, &request))
                .await
                .map_err(|_| format!("no answer in {} s", timeout.as_secs_f64()))?
                .map_err(|e| e.to_string())?;
            let took = t.elapsed();
            check_answer(&answer)?;
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

/// Where a load run sends its requests: `http://host:port/path`.
#[derive(Debug, PartialEq)]
struct Target {
    addr: String,
    path: String,
}

impl Target {
    fn parse(url: &str) -> Result<Target, String> {
        let rest = url.strip_prefix("http://").ok_or_else(|| format!("{url}: only http:// addresses can be loaded"))?;
        let (addr, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        if addr.is_empty() {
            return Err(format!("{url}: no host"));
        }
        Ok(Target { addr: addr.to_string(), path: path.to_string() })
    }

    /// The whole request: head and JSON body.
    fn request(&self, body: &str) -> Vec<u8> {
        let head = format!(
            "POST {} HTTP/1.1\r\nhost: {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
            self.path,
            self.addr,
            body.len()
        );
        let mut out = Vec::with_capacity(head.len() + body.len());
        out.extend_from_slice(head.as_bytes());
        out.extend_from_slice(body.as_bytes());
        out
    }
}

/// How many bytes of an answer the client keeps: its status line, head and the start of its body
/// (to name what went wrong when it is not a brief).
const KEEP: usize = 2048;

/// What the client keeps of an answer.
#[derive(Debug, Default)]
struct Answer {
    /// The answer's first [`KEEP`] bytes.
    start: Vec<u8>,
    /// Whether the body holds the brief's `"facts"` key.
    facts: bool,
    /// The last bytes read, where a key cut by the next read would start.
    tail: Vec<u8>,
}

impl Answer {
    /// Takes the next bytes read (a key may straddle two reads).
    fn take(&mut self, got: &[u8]) {
        const KEY: &[u8] = b"\"facts\"";
        if self.start.len() < KEEP {
            let room = KEEP - self.start.len();
            self.start.extend_from_slice(&got[..room.min(got.len())]);
        }
        if !self.facts {
            let k = KEY.len() - 1;
            // the last bytes before and the first of these: where a key cut by the read would be
            self.tail.extend_from_slice(&got[..got.len().min(k)]);
            self.facts = self.tail.windows(KEY.len()).any(|w| w == KEY) || got.windows(KEY.len()).any(|w| w == KEY);
            // keep the last k bytes read so far
            if got.len() >= k {
                self.tail.clear();
                self.tail.extend_from_slice(&got[got.len() - k..]);
            } else {
                self.tail.drain(..self.tail.len().saturating_sub(k));
            }
        }
    }
}

/// Sends one request on a new connection and reads the answer until the server closes it, through
/// one small buffer: the client keeps only what it checks, not every answer whole.
async fn exchange(addr: std::net::SocketAddr, request: &[u8]) -> std::io::Result<Answer> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await?;
    stream.set_nodelay(true)?;
    stream.write_all(request).await?;
    let mut chunk = vec![0u8; 16 * 1024];
    let mut answer = Answer::default();
    loop {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(answer);
        }
        answer.take(&chunk[..n]);
    }
}

/// An error unless `answer` is an HTTP 200 whose body holds a JSON brief; the client shares the cores
/// with the server, so it checks the brief is there without decoding the whole text.
fn check_answer(answer: &Answer) -> Result<(), String> {
    let start = &answer.start;
    let status = start.split(|&b| b == b'\n').next().map(String::from_utf8_lossy).unwrap_or_default();
    if status.split_whitespace().nth(1) == Some("200") && answer.facts {
        return Ok(());
    }
    let head_end = start.windows(4).position(|w| w == b"\r\n\r\n");
    let body = head_end.map_or(&start[..0], |i| &start[i + 4..]);
    let text: String = String::from_utf8_lossy(&body[..body.len().min(800)]).chars().take(200).collect();
    let status = if status.is_empty() { "no answer".into() } else { status.trim_end().to_string() };
    Err(format!("{status}: {text}"))
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

    #[test]
    fn targets_split_into_address_and_path() {
        let t = Target::parse("http://127.0.0.1:8080/api/brief").unwrap();
        assert_eq!(t, Target { addr: "127.0.0.1:8080".into(), path: "/api/brief".into() });
        assert_eq!(Target::parse("http://[::1]:9").unwrap().path, "/");
        assert!(Target::parse("https://example.org/").is_err());
        assert!(Target::parse("http:///x").is_err());
    }

    #[test]
    fn requests_carry_their_length_and_close() {
        let t = Target::parse("http://127.0.0.1:1/api/brief").unwrap();
        let req = String::from_utf8(t.request("{\"reports\":[]}")).unwrap();
        assert!(req.starts_with("POST /api/brief HTTP/1.1\r\n"));
        assert!(req.contains("content-length: 14\r\n"));
        assert!(req.contains("connection: close\r\n"));
        assert!(req.ends_with("\r\n\r\n{\"reports\":[]}"));
    }

    /// The answer as the client keeps it, read in pieces of `size` bytes.
    fn read_in(bytes: &[u8], size: usize) -> Answer {
        let mut answer = Answer::default();
        for piece in bytes.chunks(size) {
            answer.take(piece);
        }
        answer
    }

    #[test]
    fn answers_without_a_brief_are_errors() {
        let ok = b"HTTP/1.1 200 OK\r\ncontent-length: 12\r\n\r\n{\"facts\":[]}";
        // the key is found wherever the reads cut it
        for size in 1..ok.len() + 1 {
            assert!(check_answer(&read_in(ok, size)).is_ok(), "read in pieces of {size}");
        }
        let bad = check_answer(&read_in(b"HTTP/1.1 422 Unprocessable Entity\r\n\r\n{\"error\":\"x\"}", 5)).unwrap_err();
        assert_eq!(bad, "HTTP/1.1 422 Unprocessable Entity: {\"error\":\"x\"}");
        assert!(check_answer(&read_in(b"HTTP/1.1 200 OK\r\n\r\n{}", 3)).is_err());
        assert_eq!(check_answer(&read_in(b"", 3)).unwrap_err(), "no answer: ");
    }

    #[test]
    fn only_the_start_of_an_answer_is_kept() {
        let mut long = b"HTTP/1.1 200 OK\r\n\r\n{\"story\": \"".to_vec();
        long.extend(std::iter::repeat_n(b'x', 10 * KEEP));
        long.extend_from_slice(b"\", \"facts\": []}");
        let answer = read_in(&long, 1000);
        assert_eq!(answer.start.len(), KEEP);
        assert!(answer.facts);
    }
}
