//! The app's answers, request by request: the brief as JSON and as a page, and a clear error for each
//! kind of bad input.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use crossread_serve::{app, Config};
use std::path::PathBuf;
use std::time::Duration;
use tower::ServiceExt;

const A: &str = "---\noutlet: Fenwick Herald\ndate: 2033-05-02\n---\nTwelve people died when the Morrow Bridge fell, police said. About 400 homes lost power.\n";
const B: &str =
    "The Morrow Bridge collapse killed 12 people, according to the coroner. Some 400 homes were without power.\n";

fn example() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

async fn send(app: Router, req: Request<Body>) -> (StatusCode, String, axum::http::HeaderMap) {
    let res = app.oneshot(req).await.expect("answers");
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX).await.expect("body");
    (status, String::from_utf8_lossy(&bytes).into_owned(), headers)
}

fn post_json(body: String) -> Request<Body> {
    Request::post("/api/brief")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body))
        .expect("request")
}

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

fn error_code(body: &str) -> String {
    json(body)["error"]["code"].as_str().unwrap_or("").to_string()
}

#[tokio::test]
async fn health_answers() {
    let (status, body, _) =
        send(app(Config::default()), Request::get("/api/health").body(Body::empty()).expect("req")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json(&body)["status"], "ok");
}

#[tokio::test]
async fn the_json_brief_is_the_commands_brief() {
    let body = serde_json::json!({ "reports": [ { "text": A }, { "text": B, "outlet": "Radio Fenwick", "date": "2033-05-03" } ] });
    let (status, answer, headers) = send(app(Config::default()), post_json(body.to_string())).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(headers[header::CONTENT_TYPE], "application/json");
    let mut a = crossread_ingest::report_from_bytes("01", std::path::Path::new("01.txt"), A.as_bytes()).expect("a");
    a.path = "01.txt".into();
    let mut b = crossread_model::Report::from_text("02", "02.txt", B.to_string());
    b.outlet = Some("Radio Fenwick".into());
    b.date = Some("2033-05-03".into());
    let expected = crossread_render::json(&crossread::brief(&[a, b]));
    assert_eq!(json(&answer), json(&expected), "the same brief as `crossread brief --format json`");
    let got = json(&answer);
    assert_eq!(got["articles"][0]["outlet"], "Fenwick Herald", "front matter read");
    assert_eq!(got["articles"][1]["outlet"], "Radio Fenwick", "given fields used");
    assert!(got["facts"].as_array().is_some_and(|f| !f.is_empty()));
}

#[tokio::test]
async fn small_and_large_stories_get_the_same_brief_wherever_it_is_worked_out() {
    // a story under the inline limit is worked out on the async thread, one over it on a thread of
    // its own: the answer must not depend on which
    let body = serde_json::json!({ "reports": [ { "text": A }, { "text": B } ] }).to_string();
    let (inline_status, inline_answer, _) = send(app(Config::default()), post_json(body.clone())).await;
    let handed_off = Config { inline_bytes: 0, ..Default::default() };
    let (status, answer, _) = send(app(handed_off), post_json(body)).await;
    assert_eq!((inline_status, status), (StatusCode::OK, StatusCode::OK), "{answer}");
    assert_eq!(json(&inline_answer), json(&answer));
    assert!(json(&answer)["facts"].as_array().is_some_and(|f| !f.is_empty()));
}

#[tokio::test]
async fn multipart_files_are_reports_named_by_their_files() {
    let boundary = "XyZ";
    let mut body = String::new();
    for (name, text) in [("morrow-herald.txt", A), ("coroner.txt", B)] {
        body.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\nContent-Type: text/plain\r\n\r\n{text}\r\n"
        ));
    }
    body.push_str(&format!("--{boundary}--\r\n"));
    let req = Request::post("/api/brief")
        .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
        .body(Body::from(body))
        .expect("request");
    let (status, answer, _) = send(app(Config::default()), req).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    let ids: Vec<String> = json(&answer)["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| a["id"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(ids, vec!["morrow-herald", "coroner"]);
}

#[tokio::test]
async fn bad_input_gets_a_clear_json_error() {
    let small = Config { max_body_bytes: 2_000, max_reports: 2, ..Default::default() };
    let cases: Vec<(Request<Body>, StatusCode, &str)> = vec![
        (post_json("{\"reports\": [".into()), StatusCode::BAD_REQUEST, "bad_request"),
        (post_json("{\"reports\": [{\"txt\": \"x\"}]}".into()), StatusCode::UNPROCESSABLE_ENTITY, "invalid_request"),
        (post_json("{\"reports\": []}".into()), StatusCode::UNPROCESSABLE_ENTITY, "no_reports"),
        (post_json("{\"reports\": [{\"text\": \"  \"}]}".into()), StatusCode::UNPROCESSABLE_ENTITY, "empty_text"),
        (
            post_json("{\"reports\": [{\"text\": \"Nine died.\", \"date\": \"May 2\"}]}".into()),
            StatusCode::UNPROCESSABLE_ENTITY,
            "bad_date",
        ),
        (
            post_json(serde_json::json!({"reports": [{"text": "a"}, {"text": "b"}, {"text": "c"}]}).to_string()),
            StatusCode::UNPROCESSABLE_ENTITY,
            "too_many_reports",
        ),
        (
            post_json(serde_json::json!({"reports": [{"text": "x".repeat(5_000)}]}).to_string()),
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
        ),
        (
            Request::post("/api/brief")
                .header(header::CONTENT_TYPE, "text/plain")
                .body(Body::from("Nine died."))
                .expect("req"),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        ),
        (Request::get("/nowhere").body(Body::empty()).expect("req"), StatusCode::NOT_FOUND, "not_found"),
        (
            Request::post("/api/brief")
                .header(header::CONTENT_TYPE, "multipart/form-data; boundary=B")
                .body(Body::from(format!(
                    "--B\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.txt\"\r\n\r\n{}\r\n--B--\r\n",
                    "Nine died. ".repeat(500)
                )))
                .expect("req"),
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
        ),
        (
            Request::post("/api/brief")
                .header(header::CONTENT_TYPE, "multipart/form-data; boundary=B")
                .body(Body::from("--B\r\nContent-Disposition: form-data; name=\"files\"; filename=\"page.txt\"\r\n\r\n<!DOCTYPE html><html><body><p>Nine died.</p></body></html>\r\n--B--\r\n"))
                .expect("req"),
            StatusCode::UNPROCESSABLE_ENTITY,
            "not_prose",
        ),
    ];
    for (req, want_status, want_code) in cases {
        let what = format!("{} {}", req.method(), req.uri());
        let (status, body, headers) = send(app(small.clone()), req).await;
        assert_eq!(status, want_status, "{what}: {body}");
        assert_eq!(headers[header::CONTENT_TYPE], "application/json", "{what}");
        assert_eq!(error_code(&body), want_code, "{what}: {body}");
        assert!(
            json(&body)["error"]["message"].as_str().is_some_and(|m| !m.is_empty()),
            "{what}: a message for a person"
        );
    }
}

#[tokio::test]
async fn a_request_over_time_is_cut_off_with_an_error() {
    // a 500-report story of some 2 MB takes far longer than a millisecond to read, even on a fast
    // machine
    let slow = Config { timeout: Duration::from_millis(1), ..Default::default() };
    let reports: Vec<serde_json::Value> =
        (0..500).map(|i| serde_json::json!({ "text": (if i % 2 == 0 { A } else { B }).repeat(20) })).collect();
    let body = serde_json::json!({ "reports": reports });
    let (status, answer, _) = send(app(slow), post_json(body.to_string())).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{answer}");
    assert_eq!(error_code(&answer), "timeout");
}

#[tokio::test]
async fn the_form_answers_with_the_html_brief() {
    let boundary = "FoRm";
    let mut body = String::new();
    for (name, value) in [
        ("outlet", ""),
        ("date", ""),
        ("title", ""),
        ("text", A),
        ("outlet", "Radio Fenwick"),
        ("date", "2033-05-03"),
        ("title", ""),
        ("text", B),
        ("outlet", ""),
        ("date", ""),
        ("title", ""),
        ("text", ""),
    ] {
        body.push_str(&format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"));
    }
    body.push_str(&format!("--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n--{boundary}--\r\n"));
    let req = Request::post("/brief")
        .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
        .body(Body::from(body))
        .expect("request");
    let (status, page, headers) = send(app(Config::default()), req).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(headers[header::CONTENT_TYPE].to_str().unwrap_or("").starts_with("text/html"));
    assert!(headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap_or("").starts_with("default-src 'none'"));
    assert_eq!(page.matches("<article class=\"report\"").count(), 2, "two reports pasted, the blank box skipped");
    assert!(page.contains("Radio Fenwick"));
    assert!(page.contains("<mark class=\"m "), "figures highlighted");
}

#[tokio::test]
async fn story_folders_open_by_name_and_nothing_outside_can_be_read() {
    let config = Config { folder: Some(example()), ..Default::default() };
    let (status, page, _) = send(app(config.clone()), Request::get("/").body(Body::empty()).expect("req")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("<option value=\"harbour-flood\">"), "the example is offered");
    let (status, page, _) =
        send(app(config.clone()), Request::get("/brief?story=harbour-flood").body(Body::empty()).expect("req")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page.matches("<article class=\"report\"").count(), 6);
    assert!(!page.contains(example().to_string_lossy().as_ref()), "the server's own paths stay private");
    for (query, want) in [
        ("story=..", StatusCode::BAD_REQUEST),
        ("story=harbour-flood/../..", StatusCode::BAD_REQUEST),
        ("story=%2Fetc", StatusCode::BAD_REQUEST),
        ("story=..%2F..%2Fcrates", StatusCode::BAD_REQUEST),
        ("story=missing", StatusCode::NOT_FOUND),
        ("", StatusCode::BAD_REQUEST),
    ] {
        let (status, page, _) =
            send(app(config.clone()), Request::get(format!("/brief?{query}")).body(Body::empty()).expect("req")).await;
        assert_eq!(status, want, "{query}: {page}");
        assert!(page.contains("id=\"error\""), "{query}: an error page for a person");
    }
    let (status, page, _) =
        send(app(Config::default()), Request::get("/brief?story=harbour-flood").body(Body::empty()).expect("req"))
            .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "no folder served, nothing to open: {page}");
}

/// A burst of clients connecting before the server accepts any of them all get in at once: none
/// waits on the kernel's one-second retry of a dropped connection.
#[tokio::test]
async fn a_burst_of_connections_is_queued_not_dropped() {
    let listener = crossread_serve::listen("127.0.0.1:0".parse().expect("address")).expect("listens");
    let addr = listener.local_addr().expect("address");
    let burst = 300;
    let connected = tokio::task::spawn_blocking(move || {
        (0..burst).map(|_| std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(500))).collect::<Vec<_>>()
    })
    .await
    .expect("connects");
    let failed = connected.iter().filter(|c| c.is_err()).count();
    assert_eq!(failed, 0, "{failed} of {burst} connections were not queued");
    drop(listener);
}
