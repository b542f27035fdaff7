//! The app's own pages: the form, and the page a person sees when the reports cannot be read.

use askama::Template;
use axum::http::header::{HeaderName, CACHE_CONTROL, CONTENT_SECURITY_POLICY, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS};
use axum::http::HeaderValue;
use std::sync::LazyLock;

const FORM_STYLE: &str = include_str!("../assets/form.css");
const FORM_SCRIPT: &str = include_str!("../assets/form.js");

/// The Content-Security-Policy of the form: its own style and script only, posting back to this server.
pub static FORM_CSP: LazyLock<String> = LazyLock::new(|| {
    format!(
        "default-src 'none'; style-src {}; script-src {}; form-action 'self'; base-uri 'none'",
        crossread_render::html::csp_hash(FORM_STYLE),
        crossread_render::html::csp_hash(FORM_SCRIPT)
    )
});

/// The Content-Security-Policy of a page with no style or script of its own.
pub static PAGE_CSP: LazyLock<String> = LazyLock::new(|| "default-src 'none'; base-uri 'none'".to_string());

/// Headers for an HTML answer under `csp`.
pub fn html_headers(csp: &str) -> [(HeaderName, HeaderValue); 4] {
    [
        (CONTENT_SECURITY_POLICY, HeaderValue::from_str(csp).unwrap_or(HeaderValue::from_static("default-src 'none'"))),
        (X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")),
        (REFERRER_POLICY, HeaderValue::from_static("no-referrer")),
        (CACHE_CONTROL, HeaderValue::from_static("no-store")),
    ]
}

/// The form: paste reports, add files, or pick a story folder.
#[derive(Template)]
#[template(path = "form.html")]
pub struct FormPage<'a> {
    /// The page's CSP.
    pub csp: &'a str,
    /// Its style sheet.
    pub style: &'a str,
    /// Its script.
    pub script: &'a str,
    /// How many empty report boxes to show.
    pub blocks: usize,
    /// Story folders to pick from.
    pub stories: Vec<String>,
    /// The report cap.
    pub max_reports: usize,
    /// The request size cap, in MB.
    pub max_mb: usize,
}

impl FormPage<'_> {
    /// The form for these story folders and limits.
    pub fn new(stories: Vec<String>, max_reports: usize, max_bytes: usize) -> FormPage<'static> {
        FormPage {
            csp: FORM_CSP.as_str(),
            style: FORM_STYLE,
            script: FORM_SCRIPT,
            blocks: 3,
            stories,
            max_reports,
            max_mb: max_bytes / 1_000_000,
        }
    }
}

/// The page shown when the form's reports cannot be read.
#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    /// HTTP status.
    pub status: u16,
    /// What is wrong.
    pub message: String,
}

impl ErrorPage {
    /// The page, or the bare status should the template fail.
    pub fn render_or_text(&self) -> String {
        self.render().unwrap_or_else(|_| format!("error {}", self.status))
    }
}
