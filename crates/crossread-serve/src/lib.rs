//! `crossread serve`: a local web app for people who do not live in a terminal. A page to paste the
//! reports of a story, drop their text files or pick a story folder, answered with the HTML brief;
//! `POST /api/brief` (JSON or multipart) answered with the brief as JSON; `GET /api/health`.
//!
//! Requests are capped in size and report count and bounded in time; bad input gets a JSON error
//! with status 400, 413, 415 or 422. Nothing is written to disk, and no file outside the served
//! folder can be read.

mod error;
mod idle;
mod input;
pub mod load;
mod pages;
mod stories;

pub use error::AppError;
pub use input::{BriefRequest, ReportIn};

use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Query, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use crossread_model::Report;
use serde::Deserialize;
use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;
use tower_http::trace::{DefaultOnFailure, TraceLayer};
use tracing::Level;

/// How the app runs.
#[derive(Clone, Debug)]
pub struct Config {
    /// The folder whose story folders a person may open; none when not given.
    pub folder: Option<PathBuf>,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// Most reports one request may carry.
    pub max_reports: usize,
    /// How long one request may take.
    pub timeout: Duration,
    /// How many briefs are worked out at once (the rest wait their turn).
    pub workers: usize,
    /// Stories with at most this many bytes of report text are worked out on the async thread that
    /// read them (a few milliseconds); larger ones go to a thread of their own so they cannot hold
    /// up the server's reading and writing of other requests.
    pub inline_bytes: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            folder: None,
            max_body_bytes: 20 * 1024 * 1024,
            max_reports: 1000,
            timeout: Duration::from_secs(30),
            workers: std::thread::available_parallelism().map_or(2, |n| n.get()),
            inline_bytes: 128 * 1024,
        }
    }
}

#[derive(Clone)]
struct AppState {
    config: Arc<Config>,
    /// Briefs worked out at once.
    workers: Arc<Semaphore>,
    /// Brief requests read and answered at once; the rest wait unread, so a burst of requests does
    /// not hold every body in memory at the same time.
    admitted: Arc<Semaphore>,
    in_flight: Arc<idle::InFlight>,
}

impl AppState {
    async fn admit(&self) -> Result<(idle::Guard, tokio::sync::OwnedSemaphorePermit), AppError> {
        let guard = self.in_flight.enter();
        let permit = self.admitted.clone().acquire_owned().await.map_err(|_| {
            AppError::new(StatusCode::SERVICE_UNAVAILABLE, "shutting_down", "the server is shutting down")
        })?;
        Ok((guard, permit))
    }
}

/// The app's routes, with its limits and request logs.
pub fn app(config: Config) -> Router {
    let workers = config.workers.max(1);
    let state = AppState {
        workers: Arc::new(Semaphore::new(workers)),
        admitted: Arc::new(Semaphore::new(workers * 4)),
        in_flight: Arc::default(),
        config: Arc::new(config),
    };
    let timeout = state.config.timeout;
    Router::new()
        .route("/", get(form))
        .route("/brief", post(brief_page).get(story_page))
        .route("/api/brief", post(api_brief))
        .route("/api/health", get(health))
        .route("/api/stories", get(api_stories))
        .fallback(|| async { AppError::new(StatusCode::NOT_FOUND, "not_found", "no such page") })
        .layer(DefaultBodyLimit::max(state.config.max_body_bytes))
        .layer(middleware::from_fn(move |req: Request, next: Next| time_limit(req, next, timeout)))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(
                    |req: &Request| tracing::info_span!("request", method = %req.method(), path = %req.uri().path()),
                )
                .on_request(())
                .on_response(|res: &Response, latency: Duration, _span: &tracing::Span| {
                    tracing::info!(
                        status = res.status().as_u16(),
                        latency_ms = latency.as_secs_f64() * 1000.0,
                        "answered"
                    );
                })
                .on_failure(DefaultOnFailure::new().level(Level::WARN)),
        )
        .with_state(state)
}

/// Serves the app on `listener` until `shutdown` resolves, then finishes the requests in flight.
pub async fn serve(
    listener: tokio::net::TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app(config)).with_graceful_shutdown(shutdown).await
}

/// A future that resolves on Ctrl-C (or SIGTERM where there is one). The handlers are in place when
/// this returns, so a signal sent right after cannot kill the process mid-request.
pub fn shutdown_signal() -> std::io::Result<impl Future<Output = ()> + Send + 'static> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut interrupt = signal(SignalKind::interrupt())?;
        let mut terminate = signal(SignalKind::terminate())?;
        Ok(async move {
            tokio::select! {
                _ = interrupt.recv() => {},
                _ = terminate.recv() => {},
            }
            tracing::info!("shutting down: finishing the requests in flight");
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
            tracing::info!("shutting down: finishing the requests in flight");
        })
    }
}

/// How many connections may wait to be accepted: a burst of a few hundred clients connecting at once
/// must not overflow it, or the kernel drops their first SYN and they retry a second later.
pub const ACCEPT_BACKLOG: u32 = 1024;

/// A listening socket on `addr` with room for [`ACCEPT_BACKLOG`] connections waiting to be accepted.
pub fn listen(addr: SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    let socket = if addr.is_ipv4() { tokio::net::TcpSocket::new_v4()? } else { tokio::net::TcpSocket::new_v6()? };
    #[cfg(unix)]
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(ACCEPT_BACKLOG)
}

/// The address `bind:port`.
pub fn address(bind: &str, port: u16) -> Result<SocketAddr, std::net::AddrParseError> {
    let host = if bind.contains(':') && !bind.starts_with('[') { format!("[{bind}]") } else { bind.to_string() };
    format!("{host}:{port}").parse()
}

async fn time_limit(req: Request, next: Next, limit: Duration) -> Response {
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(res) => res,
        Err(_) => AppError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "timeout",
            format!("the request took longer than {} s", limit.as_secs_f64()),
        )
        .into_response(),
    }
}

/// Works out the brief, one per free worker: a story of at most [`Config::inline_bytes`] of text
/// (`text_bytes`, when known) right here on the async thread, which spares handing it to another
/// thread and back (under a burst of small requests that hand-off cost about a fifth of the p99);
/// a larger or unknown one on a blocking thread.
async fn run_brief<T: Send + 'static>(
    state: &AppState,
    text_bytes: Option<usize>,
    work: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    let busy = || AppError::new(StatusCode::SERVICE_UNAVAILABLE, "shutting_down", "the server is shutting down");
    let permit = state.workers.clone().acquire_owned().await.map_err(|_| busy())?;
    if text_bytes.is_some_and(|n| n <= state.config.inline_bytes) {
        // the permit is held until the brief is done, as on a blocking thread
        return work();
    }
    tokio::task::spawn_blocking(move || {
        let out = work();
        drop(permit);
        out
    })
    .await
    .map_err(|e| AppError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", format!("the brief failed: {e}")))?
}

fn brief_json(reports: &[Report]) -> String {
    crossread_render::json(&crossread::brief(reports))
}

fn brief_html(reports: &[Report]) -> Result<String, AppError> {
    let brief = crossread::brief(reports);
    crossread_render::html::render(&brief, reports)
        .map_err(|e| AppError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", format!("rendering failed: {e}")))
}

fn html_answer(html: String) -> Response {
    (pages::html_headers(crossread_render::html::content_security_policy()), Html(html)).into_response()
}

async fn form(State(state): State<AppState>) -> Response {
    let stories = match &state.config.folder {
        Some(root) => {
            let root = root.clone();
            tokio::task::spawn_blocking(move || stories::list(&root)).await.unwrap_or_default()
        }
        None => Vec::new(),
    };
    let page = pages::FormPage::new(stories, state.config.max_reports, state.config.max_body_bytes);
    match askama::Template::render(&page) {
        Ok(html) => (pages::html_headers(pages::FORM_CSP.as_str()), Html(html)).into_response(),
        Err(e) => AppError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", e.to_string()).into_page(),
    }
}

/// The reports of a story folder under the served folder.
fn story_reports(config: &Config, name: &str) -> Result<Vec<Report>, AppError> {
    let Some(root) = &config.folder else {
        return Err(AppError::new(
            StatusCode::NOT_FOUND,
            "no_folder",
            "this server was started without a story folder",
        ));
    };
    let dir = stories::resolve(root, name)?;
    let loaded = crossread_ingest::load(&[dir], crossread_ingest::Options::default());
    for e in &loaded.errors {
        tracing::warn!(story = name, "skipped: {e}");
    }
    if loaded.reports.is_empty() {
        let why: Vec<String> = loaded.errors.iter().map(ToString::to_string).collect();
        return Err(AppError::unprocessable(
            "unreadable_story",
            format!("story {name:?}: no report could be read ({})", why.join("; ")),
        ));
    }
    let reports = loaded.reports;
    // the page names reports by id; the server's own paths stay private
    let reports: Vec<Report> = reports
        .into_iter()
        .map(|mut r| {
            r.path = PathBuf::from(format!("{name}/{}.txt", r.id));
            r
        })
        .collect();
    if reports.len() > config.max_reports {
        return Err(AppError::unprocessable(
            "too_many_reports",
            format!("story {name:?} has {} reports; this server reads at most {}", reports.len(), config.max_reports),
        ));
    }
    Ok(reports)
}

#[derive(Deserialize)]
struct StoryQuery {
    story: String,
}

async fn story_page(
    State(state): State<AppState>,
    query: Result<Query<StoryQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let Ok(Query(q)) = query else {
        return AppError::new(StatusCode::BAD_REQUEST, "no_story", "name a story folder: /brief?story=NAME")
            .into_page();
    };
    let config = state.config.clone();
    match run_brief(&state, None, move || brief_html(&story_reports(&config, &q.story)?)).await {
        Ok(html) => html_answer(html),
        Err(e) => e.into_page(),
    }
}

async fn brief_page(State(state): State<AppState>, req: Request) -> Response {
    let Ok(_admitted) = state.admit().await else {
        return AppError::new(StatusCode::SERVICE_UNAVAILABLE, "shutting_down", "the server is shutting down")
            .into_page();
    };
    let form = Multipart::from_request(req, &state).await;
    let result = async {
        let form = form.map_err(|e| AppError::from_rejection(e.status(), e.body_text()))?;
        let given = input::read_form(form, state.config.max_reports).await?;
        let config = state.config.clone();
        // a story folder is read only when no reports are given: its size is not known here
        let from_folder = given.story.is_some() && given.reports.is_empty();
        let text_bytes = (!from_folder).then(|| input::text_bytes(&given.reports));
        run_brief(&state, text_bytes, move || {
            let reports = match &given.story {
                Some(story) if from_folder => story_reports(&config, story)?,
                _ => input::reports_from(given.reports, config.max_reports)?,
            };
            brief_html(&reports)
        })
        .await
    }
    .await;
    match result {
        Ok(html) => html_answer(html),
        Err(e) => e.into_page(),
    }
}

async fn api_brief(State(state): State<AppState>, req: Request) -> Result<Response, AppError> {
    let _admitted = state.admit().await?;
    let content_type =
        req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_ascii_lowercase();
    let given = if content_type.starts_with("multipart/form-data") {
        let form = Multipart::from_request(req, &state)
            .await
            .map_err(|e| AppError::from_rejection(e.status(), e.body_text()))?;
        input::read_form(form, state.config.max_reports).await?.reports
    } else {
        let Json(body) = Json::<BriefRequest>::from_request(req, &state)
            .await
            .map_err(|e| AppError::from_rejection(e.status(), e.body_text()))?;
        body.reports
    };
    let max = state.config.max_reports;
    let text_bytes = input::text_bytes(&given);
    let json = run_brief(&state, Some(text_bytes), move || Ok(brief_json(&input::reports_from(given, max)?))).await?;
    Ok(([(header::CONTENT_TYPE, "application/json")], json).into_response())
}

async fn api_stories(State(state): State<AppState>) -> Json<serde_json::Value> {
    let stories = match &state.config.folder {
        Some(root) => {
            let root = root.clone();
            tokio::task::spawn_blocking(move || stories::list(&root)).await.unwrap_or_default()
        }
        None => Vec::new(),
    };
    Json(serde_json::json!({ "stories": stories }))
}

async fn health() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") }))
}
