//! attribute: the third stage. Says who each figure of a report is attributed to ("X said",
//! "according to X", a quoted speaker, a pronoun carried over from the last named speaker), which
//! outlet published the report, and which claimant names across reports are one person or body.
//!
//! ```
//! use crossread_model::Report;
//! let report = Report::from_text("01", "01.txt", "Twelve people died, Governor Ana Ruiz said.".to_string());
//! let reading = crossread_figures::read_report(&report);
//! let who = crossread_attribute::attribute(&report, &reading);
//! assert_eq!(who[0].as_ref().map(|c| c.name.as_str()), Some("Governor Ana Ruiz"));
//! ```

mod attribute;
mod carry;
mod cues;
mod lexicon;
mod names;
mod np;
mod outlet;
mod text;

use crossread_figures::Reading;
use crossread_model::{Report, Span};
use serde::{Deserialize, Serialize};

pub use names::{canonical_names, claimant_names, display_name};
pub use outlet::detect_outlet;

/// Who a figure is attributed to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Claimant {
    /// The name as written in the text ("acting governor Alexei Vronov", "the Norland Defense Ministry").
    pub name: String,
    /// Where that name stands in the report's text (for a pronoun, where the name it stands for does).
    pub span: Span,
}

/// The claimant of each figure of `reading` (one entry per `reading.figures[i]`), `None` when the
/// outlet states the figure in its own voice.
pub fn attribute(report: &Report, reading: &Reading) -> Vec<Option<Claimant>> {
    attribute::run(report, reading)
}
