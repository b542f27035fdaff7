//! What the app answers when a request cannot be served: a status and a message, as JSON for the API
//! and as a short page for the form.

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::Json;

/// A request the app refuses or could not serve.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    /// HTTP status.
    pub status: StatusCode,
    /// A short code a program can test (`bad_json`, `too_large`, `no_reports`, ...).
    pub code: &'static str,
    /// What is wrong, for a person.
    pub message: String,
}

impl AppError {
    /// An error with its status, code and message.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        AppError { status, code, message: message.into() }
    }

    /// 422: the request is well formed but its content cannot be read as reports.
    pub fn unprocessable(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, code, message)
    }

    /// An error from reading a request body, with the status the extractor chose (400, 413, 415, 422).
    pub fn from_rejection(status: StatusCode, text: String) -> Self {
        let code = match status {
            StatusCode::PAYLOAD_TOO_LARGE => "too_large",
            StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported_media_type",
            StatusCode::UNPROCESSABLE_ENTITY => "invalid_request",
            _ => "bad_request",
        };
        let message = if status == StatusCode::PAYLOAD_TOO_LARGE {
            format!("the request is larger than this server accepts ({text})")
        } else {
            text
        };
        Self::new(status, code, message)
    }

    /// The error as a page for a person using the form.
    pub fn into_page(self) -> Response {
        let page = crate::pages::ErrorPage { status: self.status.as_u16(), message: self.message };
        (self.status, crate::pages::html_headers(crate::pages::PAGE_CSP.as_str()), Html(page.render_or_text()))
            .into_response()
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({ "error": { "status": self.status.as_u16(), "code": self.code, "message": self.message } });
        (self.status, Json(body)).into_response()
    }
}
