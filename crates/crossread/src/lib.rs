//! crossread as a library: one call per pipeline, so the command, the benchmark, the web app and the
//! evaluation all run the same stages in the same order.
//!
//! ```
//! use crossread::{brief, Report};
//! let reports = vec![
//!     Report::from_text("a", "a.txt", "Twelve people died in the flood, police said.".to_string()),
//!     Report::from_text("b", "b.txt", "The flood killed 12 people.".to_string()),
//! ];
//! let b = brief(&reports);
//! assert_eq!(b.facts[0].claims[0].value, crossread::Value::Number(12.0));
//! ```

pub use crossread_figures::Reading;
pub use crossread_model::{Figure, Report, Span, Value};
pub use crossread_reconcile::{Brief, Status};

use crossread_attribute::Claimant;
use crossread_reconcile::{article_date, reconcile, Gathered, Source, Story};
use crossread_text::Doc;

/// Reads one report: its sentences and figures.
pub fn figures(report: &Report) -> Reading<'_> {
    crossread_figures::read_report(report)
}

/// A report longer than this is read, attributed and gathered in pieces of about this many bytes,
/// cut after a line break, so its whole text layer is never held at once.
pub const PIECE: usize = 4 << 20;

/// The pieces a long report's body is read in: each ends just after the first line break at least
/// `size` bytes from its start (a line break always ends a sentence), the last at the body's end.
pub fn pieces(report: &Report, size: usize) -> Vec<Span> {
    let size = size.max(1);
    let (bytes, end) = (report.text.as_bytes(), report.body.end.min(report.text.len()));
    let mut out = Vec::new();
    let mut start = report.body.start.min(end);
    while end - start > size {
        let Some(at) = memchr::memchr(b'\n', &bytes[start + size..end]) else { break };
        let cut = start + size + at + 1;
        out.push(Span::new(start, cut));
        start = cut;
    }
    out.push(Span::new(start, end));
    out
}

/// The day of a long report, read from its opening lines alone: the date is looked for in the
/// sentences that start within 2,000 bytes of the first, and each of those ends by the line break
/// after them (see [`crossread_reconcile::report_date`]).
fn opening_date(report: &Report) -> Option<String> {
    let (text, body) = (report.text.as_str(), report.body);
    let end = body.end.min(text.len());
    let start = body.start.min(end);
    let mut reach = 4096;
    loop {
        let from = (start + reach).min(end);
        let cut = memchr::memchr(b'\n', &text.as_bytes()[from..end]).map_or(end, |at| from + at + 1);
        let doc = Doc::new(text, Span::new(start, cut));
        let first = doc.sentences().first().map_or(cut, |s| s.span.start);
        if cut == end || first + 2000 < cut {
            return article_date(report, &doc);
        }
        reach *= 2;
    }
}

/// One report read, attributed and gathered: its figures, and who claims each, as written. A
/// report read whole comes in as its reading; a long one is read piece by piece here.
fn gather(
    si: usize,
    report: &Report,
    reading: Option<Reading>,
    size: usize,
    gathered: &mut Gathered,
) -> (Vec<Figure>, Vec<Option<Claimant>>) {
    if let Some(mut reading) = reading {
        reading.split_changes();
        let written = crossread_attribute::attribute(report, &reading);
        gathered.add(si, report, &reading);
        return (reading.figures, written);
    }
    let (mut figures, mut written, mut sentences) = (Vec::new(), Vec::new(), 0);
    for piece in pieces(report, size) {
        let mut reading = crossread_figures::read_doc(Doc::new(&report.text, piece));
        reading.split_changes();
        written.extend(crossread_attribute::attribute(report, &reading));
        gathered.add_piece(si, report, &reading, figures.len(), sentences);
        let read = reading.sentences().len();
        figures.extend(reading.figures.into_iter().map(|mut f| {
            f.sentence += sentences;
            f
        }));
        sentences += read;
    }
    (figures, written)
}

/// Reads, attributes and reconciles the reports of one story into its brief. Each report's text
/// layer is dropped once its figures are gathered; a report longer than [`PIECE`] is read in pieces.
pub fn brief(reports: &[Report]) -> Brief {
    brief_in_pieces(reports, PIECE)
}

/// [`brief`], reading reports longer than `size` bytes in pieces of about that size.
fn brief_in_pieces(reports: &[Report], size: usize) -> Brief {
    let readings: Vec<Option<Reading>> = reports.iter().map(|r| (r.body.len() <= size).then(|| figures(r))).collect();
    let dates: Vec<Option<String>> = reports
        .iter()
        .zip(&readings)
        .map(|(r, reading)| match reading {
            Some(reading) => article_date(r, &reading.doc),
            None => opening_date(r),
        })
        .collect();
    let mut gathered = Gathered::new(&dates);
    let (figures, written): (Vec<Vec<Figure>>, Vec<Vec<Option<Claimant>>>) = reports
        .iter()
        .zip(readings)
        .enumerate()
        .map(|(si, (report, reading))| gather(si, report, reading, size, &mut gathered))
        .unzip();
    // one name per person or body across the story
    let all_names: Vec<&str> = written.iter().flatten().flatten().map(|c| c.name.as_str()).collect();
    // each name is read once for both: its cluster and the cluster's display name
    let (cluster, claimants) = crossread_attribute::claimant_names(&all_names);
    let mut next = 0;
    let ids: Vec<Vec<Option<usize>>> = written
        .iter()
        .map(|names| {
            names
                .iter()
                .map(|n| {
                    n.as_ref().map(|_| {
                        let id = cluster[next];
                        next += 1;
                        id
                    })
                })
                .collect()
        })
        .collect();
    // the names as written are a string per attributed figure: only their cluster numbers go on
    drop(all_names);
    drop(written);
    gathered.claim(&ids);
    drop(ids);
    let sources = reports
        .iter()
        .zip(&figures)
        .zip(dates)
        .map(|((report, figures), date)| {
            let outlet = crossread_attribute::detect_outlet(report).unwrap_or_else(|| report.id.clone());
            Source { report, figures, outlet, date }
        })
        .collect();
    reconcile(&Story { sources, claimants }, gathered)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A made-up wire report of a storm, its lines repeated `n` times.
    fn long_report(n: usize) -> Report {
        let lines = "Published 3 March 2031\n\
            The storm killed 14 people in Marrowby, the coastguard said.\n\
            About 2,300 homes in Marrowby lost power and 600 families left their homes.\n\
            Repairs will cost £12m ($15m), the council said on Tuesday.\n\
            Officials said 14 people died, and 41 were injured.\n\n";
        Report::from_text("storm", "storm.txt", lines.repeat(n))
    }

    #[test]
    fn pieces_end_after_line_breaks_and_cover_the_body() {
        let report = long_report(40);
        let parts = pieces(&report, 1000);
        assert!(parts.len() > 5);
        assert_eq!(parts.first().map(|p| p.start), Some(report.body.start));
        assert_eq!(parts.last().map(|p| p.end), Some(report.body.end));
        for w in parts.windows(2) {
            assert_eq!(w[0].end, w[1].start);
            assert!(w[0].len() >= 1000);
            assert_eq!(report.text.as_bytes()[w[0].end - 1], b'\n');
        }
        // a body shorter than a piece, or one line with no break, is one piece
        assert_eq!(pieces(&report, usize::MAX).len(), 1);
        let line = Report::from_text("line", "line.txt", "12 people. ".repeat(500));
        assert_eq!(pieces(&line, 100).len(), 1);
    }

    #[test]
    fn a_report_read_in_pieces_gives_the_brief_read_whole() {
        let report = long_report(30);
        let whole = brief_in_pieces(std::slice::from_ref(&report), usize::MAX);
        let pieced = brief_in_pieces(std::slice::from_ref(&report), 700);
        assert!(pieces(&report, 700).len() > 10);
        assert!(!whole.facts.is_empty());
        assert_eq!(pieced.articles[0].date.as_deref(), Some("2031-03-03"));
        assert_eq!(format!("{pieced:?}"), format!("{whole:?}"));
    }
}
