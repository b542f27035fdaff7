//! Fetching against a small HTTP server on 127.0.0.1 run inside the test (no outside network).

use crossread_fetch::{fetch, fetch_all, FetchError, FetchOptions};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

const PAGE: &str = "<html><body><p>Twelve boats were lost in the harbour overnight.</p></body></html>";

struct Server {
    base: String,
    in_flight_max: Arc<AtomicUsize>,
}

/// Serves `requests` connections, then stops.
fn serve(requests: usize) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let in_flight = Arc::new(AtomicUsize::new(0));
    let in_flight_max = Arc::new(AtomicUsize::new(0));
    let (now, max) = (in_flight.clone(), in_flight_max.clone());
    std::thread::spawn(move || {
        for stream in listener.incoming().take(requests) {
            let Ok(mut stream) = stream else { continue };
            let (now, max) = (now.clone(), max.clone());
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().expect("clone"));
                let mut line = String::new();
                let _ = reader.read_line(&mut line);
                let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
                loop {
                    let mut h = String::new();
                    if reader.read_line(&mut h).unwrap_or(0) == 0 || h == "\r\n" {
                        break;
                    }
                }
                let n = now.fetch_add(1, Ordering::SeqCst) + 1;
                max.fetch_max(n, Ordering::SeqCst);
                let reply: Vec<u8> = match path.as_str() {
                    "/page" | "/slowish" => {
                        if path == "/slowish" {
                            std::thread::sleep(Duration::from_millis(150));
                        }
                        ok("text/html; charset=utf-8", PAGE.as_bytes(), None)
                    }
                    "/moved" => {
                        b"HTTP/1.1 302 Found\r\nLocation: /page\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                            .to_vec()
                    }
                    "/gone" => b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec(),
                    "/big" => ok("text/html", &vec![b'a'; 4096], None),
                    "/gz" => {
                        use flate2::write::GzEncoder;
                        let mut e = GzEncoder::new(Vec::new(), flate2::Compression::default());
                        e.write_all(PAGE.as_bytes()).expect("gz");
                        ok("text/html", &e.finish().expect("gz"), Some("gzip"))
                    }
                    "/stall" => {
                        std::thread::sleep(Duration::from_millis(1500));
                        ok("text/html", PAGE.as_bytes(), None)
                    }
                    _ => b"HTTP/1.1 500 Oops\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec(),
                };
                let _ = stream.write_all(&reply);
                now.fetch_sub(1, Ordering::SeqCst);
            });
        }
    });
    Server { base, in_flight_max }
}

fn ok(ct: &str, body: &[u8], encoding: Option<&str>) -> Vec<u8> {
    let enc = encoding.map(|e| format!("Content-Encoding: {e}\r\n")).unwrap_or_default();
    let mut r = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {ct}\r\n{enc}Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    r.extend_from_slice(body);
    r
}

fn quick() -> FetchOptions {
    FetchOptions {
        connect_timeout: Duration::from_millis(500),
        total_timeout: Duration::from_millis(800),
        ..Default::default()
    }
}

#[test]
fn pages_redirects_gzip_and_failures() {
    let s = serve(8);
    let got = fetch(&format!("{}/moved", s.base), &quick()).expect("redirect followed");
    assert_eq!(got.final_url, format!("{}/page", s.base));
    assert_eq!(got.body, PAGE.as_bytes());
    assert_eq!(got.charset(), Some("utf-8"));

    let gz = fetch(&format!("{}/gz", s.base), &quick()).expect("gzip");
    assert_eq!(gz.body, PAGE.as_bytes(), "gzip bodies come back decompressed");

    let e = fetch(&format!("{}/gone", s.base), &quick()).unwrap_err();
    assert!(matches!(e, FetchError::Status { status: 404, .. }), "{e}");
    assert!(e.to_string().ends_with("/gone: HTTP 404"), "{e}");

    let capped = FetchOptions { max_bytes: 1000, ..quick() };
    let e = fetch(&format!("{}/big", s.base), &capped).unwrap_err();
    assert!(matches!(e, FetchError::TooLarge { .. }), "{e}");

    let e = fetch(&format!("{}/stall", s.base), &quick()).unwrap_err();
    assert!(matches!(e, FetchError::Timeout { .. }), "{e}");

    let e = fetch("ftp://example.invalid/x", &quick()).unwrap_err();
    assert!(matches!(e, FetchError::BadUrl(_)), "{e}");
}

#[test]
fn one_failure_does_not_stop_the_others_and_hosts_are_not_flooded() {
    let s = serve(7);
    let mut urls: Vec<String> = (0..6).map(|_| format!("{}/slowish", s.base)).collect();
    urls.insert(2, format!("{}/gone", s.base));
    let opts = FetchOptions { per_host: 2, parallel: 6, ..quick() };
    let got = fetch_all(&urls, &opts);
    assert_eq!(got.len(), 7);
    assert!(got[2].is_err());
    assert_eq!(got.iter().filter(|r| r.is_ok()).count(), 6);
    let max = s.in_flight_max.load(Ordering::SeqCst);
    assert!(max <= 2, "{max} requests at once to one host");
    assert!(max >= 1);
}

#[test]
fn a_closed_port_is_a_connection_failure() {
    let port = TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port();
    let e = fetch(&format!("http://127.0.0.1:{port}/x"), &quick()).unwrap_err();
    assert!(matches!(e, FetchError::Connect(_) | FetchError::Protocol { .. }), "{e}");
}
