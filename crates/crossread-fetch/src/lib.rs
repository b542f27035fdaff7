//! crossread-fetch: fetches web pages over HTTP(S) with a real client (ureq, rustls): redirects
//! followed, connect and total timeouts, a size cap, gzip and brotli, a clear user agent, and a
//! limit on requests to one host at a time. Each address fails on its own: the others go on.

use std::collections::HashMap;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;
use ureq::ResponseExt;

/// The user agent crossread sends.
pub const USER_AGENT: &str = concat!("crossread/", env!("CARGO_PKG_VERSION"), " (news reconciliation; reads articles)");

/// How pages are fetched.
#[derive(Clone, Debug)]
pub struct FetchOptions {
    /// Time allowed to open a connection.
    pub connect_timeout: Duration,
    /// Time allowed for a whole request, redirects and body included.
    pub total_timeout: Duration,
    /// Largest body read, in bytes.
    pub max_bytes: u64,
    /// Redirects followed at most.
    pub max_redirects: u32,
    /// Requests to one host at a time.
    pub per_host: usize,
    /// Requests at a time in all.
    pub parallel: usize,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            connect_timeout: Duration::from_secs(10),
            total_timeout: Duration::from_secs(30),
            max_bytes: 20 * 1024 * 1024,
            max_redirects: 10,
            per_host: 2,
            parallel: 8,
        }
    }
}

/// A fetched page.
#[derive(Clone, Debug)]
pub struct Fetched {
    /// The address asked for.
    pub url: String,
    /// The address the page came from after redirects.
    pub final_url: String,
    /// The `Content-Type` header.
    pub content_type: Option<String>,
    /// The body, decompressed.
    pub body: Vec<u8>,
}

impl Fetched {
    /// The charset named by the `Content-Type` header.
    pub fn charset(&self) -> Option<&str> {
        let ct = self.content_type.as_deref()?;
        ct.split(';').map(str::trim).find_map(|p| {
            let (k, v) = p.split_once('=')?;
            k.trim().eq_ignore_ascii_case("charset").then(|| v.trim().trim_matches('"'))
        })
    }
}

/// Why an address could not be fetched.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The address is not an http(s) URL.
    #[error("{0}: not an http or https address")]
    BadUrl(String),
    /// The host name does not resolve.
    #[error("{0}: host not found (DNS)")]
    HostNotFound(String),
    /// The connection could not be made.
    #[error("{0}: connection failed")]
    Connect(String),
    /// TLS or another protocol failure.
    #[error("{url}: {message}")]
    Protocol {
        /// The address.
        url: String,
        /// What failed.
        message: String,
    },
    /// The server answered with an error status.
    #[error("{url}: HTTP {status}")]
    Status {
        /// The address.
        url: String,
        /// The status code.
        status: u16,
    },
    /// A timeout ran out.
    #[error("{url}: timed out ({what})")]
    Timeout {
        /// The address.
        url: String,
        /// Which timeout.
        what: String,
    },
    /// The body is larger than the cap.
    #[error("{url}: larger than {limit} bytes")]
    TooLarge {
        /// The address.
        url: String,
        /// The cap.
        limit: u64,
    },
    /// The body is not a web page.
    #[error("{url}: not HTML (Content-Type {content_type})")]
    NotHtml {
        /// The address.
        url: String,
        /// What the server said it is.
        content_type: String,
    },
}

/// True when the input names a web address rather than a file.
pub fn is_url(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

fn agent(opts: &FetchOptions) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_connect(Some(opts.connect_timeout))
        .timeout_global(Some(opts.total_timeout))
        .max_redirects(opts.max_redirects)
        .user_agent(USER_AGENT)
        .http_status_as_error(false)
        .build()
        .into()
}

/// Fetches one page.
pub fn fetch(url: &str, opts: &FetchOptions) -> Result<Fetched, FetchError> {
    fetch_with(&agent(opts), url, opts)
}

fn fetch_with(agent: &ureq::Agent, url: &str, opts: &FetchOptions) -> Result<Fetched, FetchError> {
    if !is_url(url) {
        return Err(FetchError::BadUrl(url.to_string()));
    }
    let err = |e: ureq::Error| classify(url, e, opts);
    let mut resp = agent
        .get(url)
        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5")
        .call()
        .map_err(err)?;
    let status = resp.status().as_u16();
    if status >= 400 {
        return Err(FetchError::Status { url: url.to_string(), status });
    }
    let final_url = resp.get_uri().to_string();
    let content_type = resp.headers().get("content-type").and_then(|v| v.to_str().ok()).map(str::to_string);
    let body = resp.body_mut().with_config().limit(opts.max_bytes).read_to_vec().map_err(err)?;
    Ok(Fetched { url: url.to_string(), final_url, content_type, body })
}

fn classify(url: &str, e: ureq::Error, opts: &FetchOptions) -> FetchError {
    let url = url.to_string();
    match e {
        ureq::Error::StatusCode(status) => FetchError::Status { url, status },
        ureq::Error::HostNotFound => FetchError::HostNotFound(url),
        ureq::Error::ConnectionFailed => FetchError::Connect(url),
        ureq::Error::Timeout(t) => FetchError::Timeout { url, what: t.to_string() },
        ureq::Error::BodyExceedsLimit(_) => FetchError::TooLarge { url, limit: opts.max_bytes },
        ureq::Error::BadUri(_) => FetchError::BadUrl(url),
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => FetchError::Connect(url),
        other => FetchError::Protocol { url, message: other.to_string() },
    }
}

/// Counts requests in flight per host and in all, so that no host gets more than its share.
struct Gate {
    state: Mutex<(HashMap<String, usize>, usize)>,
    freed: Condvar,
}

impl Gate {
    fn enter(&self, host: &str, per_host: usize, parallel: usize) {
        let mut st = self.state.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            let here = st.0.get(host).copied().unwrap_or(0);
            if here < per_host && st.1 < parallel {
                st.0.insert(host.to_string(), here + 1);
                st.1 += 1;
                return;
            }
            st = self.freed.wait(st).unwrap_or_else(|p| p.into_inner());
        }
    }

    fn leave(&self, host: &str) {
        let mut st = self.state.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(n) = st.0.get_mut(host) {
            *n = n.saturating_sub(1);
        }
        st.1 = st.1.saturating_sub(1);
        self.freed.notify_all();
    }
}

/// The host part of an address.
pub fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    authority.rsplit('@').next().unwrap_or("").to_ascii_lowercase()
}

/// Fetches many pages at once, at most `per_host` at a time from one host and `parallel` in all;
/// results come back in the order asked.
pub fn fetch_all(urls: &[String], opts: &FetchOptions) -> Vec<Result<Fetched, FetchError>> {
    let agent = agent(opts);
    let gate = Arc::new(Gate { state: Mutex::new((HashMap::new(), 0)), freed: Condvar::new() });
    let next = Mutex::new(0usize);
    let results: Mutex<Vec<Option<Result<Fetched, FetchError>>>> = Mutex::new((0..urls.len()).map(|_| None).collect());
    let workers = opts.parallel.max(1).min(urls.len().max(1));
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = {
                    let mut n = next.lock().unwrap_or_else(|p| p.into_inner());
                    let i = *n;
                    *n += 1;
                    i
                };
                let Some(url) = urls.get(i) else { break };
                let host = host_of(url);
                gate.enter(&host, opts.per_host.max(1), opts.parallel.max(1));
                let r = fetch_with(&agent, url, opts);
                gate.leave(&host);
                results.lock().unwrap_or_else(|p| p.into_inner())[i] = Some(r);
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|p| p.into_inner())
        .into_iter()
        .zip(urls)
        .map(|(r, u)| r.unwrap_or_else(|| Err(FetchError::Protocol { url: u.clone(), message: "not fetched".into() })))
        .collect()
}
