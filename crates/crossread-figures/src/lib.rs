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

mod ends;
mod implied;
mod lexicon;
mod scan;

use crossread_model::{Figure, Report, Span};
use crossread_text::Doc;

pub use crossread_text::Sentence;
pub use ends::split_changes;
pub use implied::implied_in_sentence;
pub use scan::{figures_in_sentence, restates, singular, singular_of};

/// What the read stage makes of one report: the report read once (sentences, tokens, quotes) and the
/// figures in it.
#[derive(Clone, Debug)]
pub struct Reading<'t> {
    /// The report's text layer, shared by every later stage.
    pub doc: Doc<'t>,
    /// Figures, in order of position.
    pub figures: Vec<Figure>,
}

impl<'t> Reading<'t> {
    /// Sentences of the report body, in order.
    pub fn sentences(&self) -> &[Sentence] {
        self.doc.sentences()
    }

    /// Splits each change "from X to Y" among the figures into its two values, as the brief reads them.
    pub fn split_changes(&mut self) {
        self.figures = split_changes(&self.doc, std::mem::take(&mut self.figures));
    }
}

/// Reads a report: sentences of its body, and the figures in each.
pub fn read_report(report: &Report) -> Reading<'_> {
    let doc = Doc::new(&report.text, report.body);
    read_doc(doc)
}

/// Reads the figures of a report already read into its text layer: those written as numbers, and
/// counts written without one ("a man was killed", see [`implied_in_sentence`]).
pub fn read_doc(doc: Doc<'_>) -> Reading<'_> {
    read_doc_with(doc, true)
}

fn read_doc_with(doc: Doc<'_>, implied: bool) -> Reading<'_> {
    let mut figures: Vec<Figure> = Vec::new();
    let mut room = scan::TokenTexts::default();
    // one vector for each sentence's figures, moved out after each (its room is kept)
    let mut written = Vec::new();
    for i in 0..doc.sentences().len() {
        scan::figures_in_sentence_with(&doc, i, &mut room, &mut written);
        if implied {
            let more = implied::implied_in_sentence_with(&doc, i, &written, room.lows());
            if !more.is_empty() {
                written.extend(more);
                written.sort_by_key(|f| f.span.start);
            }
        }
        figures.append(&mut written);
    }
    drop(room);
    figures.shrink_to_fit();
    Reading { doc, figures }
}

/// Reads the figures of a piece of text taken as one report.
pub fn read_text(text: &str) -> Vec<Figure> {
    let report = Report::from_text("text", "-", text.to_string());
    read_report(&report).figures
}

/// Reads one line as one sentence (the `--lines` mode); a line longer than a sentence may be is read
/// in pieces. Only quantities written as numbers: a count implied by words is left out.
pub fn read_line(line: &str) -> Vec<Figure> {
    read_doc_with(Doc::unsplit(line, Span::new(0, line.len())), false).figures
}
