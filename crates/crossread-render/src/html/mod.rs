//! The brief as one self-contained HTML page: a header, the facts with their claims, a coverage
//! matrix, timelines of facts that changed over time, the issues, and each report's text with every
//! figure of the brief highlighted at its bytes. Styles and script are inline and allowed by hash in
//! a Content-Security-Policy that forbids every network load; the page reads without script and prints.
//!
//! ```
//! use crossread_model::Report;
//! let reports = vec![Report::from_text("a", "a.txt", "Police said 12 people died.".to_string())];
//! let brief = crossread_reconcile::Brief { articles: vec![], facts: vec![], issues: vec![] };
//! let html = crossread_render::html::render(&brief, &reports).expect("renders");
//! assert!(html.contains("Content-Security-Policy"));
//! ```

mod matrix;
mod page;
mod text;
mod timeline;

pub use askama::Error;
pub use page::render;

use base64::Engine;
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

/// The page's style sheet.
pub const STYLE: &str = include_str!("../../assets/style.css");
/// The page's script: tooltips on figures, and a claim's link flashing its sentence.
pub const SCRIPT: &str = include_str!("../../assets/script.js");

/// `'sha256-...'` of an inline block, as a Content-Security-Policy source.
pub fn csp_hash(block: &str) -> String {
    let digest = Sha256::digest(block.as_bytes());
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
}

/// The Content-Security-Policy of the page: nothing loads from anywhere; only the page's own style
/// and script run.
pub fn content_security_policy() -> &'static str {
    static CSP: OnceLock<String> = OnceLock::new();
    CSP.get_or_init(|| {
        format!(
            "default-src 'none'; style-src {}; script-src {}; base-uri 'none'; form-action 'none'",
            csp_hash(STYLE),
            csp_hash(SCRIPT)
        )
    })
}
