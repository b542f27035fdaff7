//! read: the second stage. Splits a report into sentences and finds every figure in them: digits,
//! number words, ranges, vague amounts, units, currencies, qualifiers and changes, each with the
//! byte span it stands at in the input.
//!
//! ```
//! use crossread_figures::read_text;
//! let figures = read_text("Officials said about 1,000 sq km (386 square miles) was taken.");
//! assert_eq!(figures[0].text, "1,000 sq km");
//! assert_eq!(figures[0].unit, "km2");
//! assert_eq!(figures[1].unit, "mi2");
//! ```

mod lexicon;
mod scan;
mod sentences;
mod tokens;

use crossread_model::{Figure, Report, Sentence, Span};

pub use scan::{figures_in_sentence, restates, singular};
pub use sentences::split_sentences;

/// What the read stage makes of one report: its sentences and its figures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reading {
    /// Sentences of the report body, in order.
    pub sentences: Vec<Sentence>,
    /// Figures, in order of position.
    pub figures: Vec<Figure>,
}

/// Reads a report: sentences of its body, and the figures in each.
pub fn read_report(report: &Report) -> Reading {
    let sentences = split_sentences(&report.text, report.body);
    let figures =
        sentences.iter().enumerate().flat_map(|(i, s)| figures_in_sentence(&report.text, s.span, i)).collect();
    Reading { sentences, figures }
}

/// Reads the figures of a piece of text taken as one report.
pub fn read_text(text: &str) -> Vec<Figure> {
    let report = Report::from_text("text", "-", text.to_string());
    read_report(&report).figures
}

/// Reads one line as one sentence (the `--lines` mode).
pub fn read_line(line: &str) -> Vec<Figure> {
    figures_in_sentence(line, Span::new(0, line.len()), 0)
}
