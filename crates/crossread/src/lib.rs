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

use crossread_reconcile::{reconcile, Source, Story};

/// Reads one report: its sentences and figures.
pub fn figures(report: &Report) -> Reading<'_> {
    crossread_figures::read_report(report)
}

/// Reads, attributes and reconciles the reports of one story into its brief.
pub fn brief(reports: &[Report]) -> Brief {
    let readings: Vec<Reading> = reports.iter().map(figures).collect();
    // who claims each figure, as written, then one name per person or body across the story
    let written: Vec<Vec<Option<crossread_attribute::Claimant>>> =
        reports.iter().zip(&readings).map(|(r, reading)| crossread_attribute::attribute(r, reading)).collect();
    let all_names: Vec<&str> = written.iter().flatten().flatten().map(|c| c.name.as_str()).collect();
    let cluster = crossread_attribute::canonical_names(&all_names);
    let clusters = cluster.iter().copied().max().map_or(0, |m| m + 1);
    let mut members: Vec<Vec<&str>> = vec![Vec::new(); clusters];
    for (name, &k) in all_names.iter().zip(&cluster) {
        members[k].push(name);
    }
    let claimants: Vec<String> = members.iter().map(|m| crossread_attribute::display_name(m)).collect();
    drop(members);
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
    let sources = reports
        .iter()
        .zip(&readings)
        .zip(ids)
        .map(|((report, reading), ids)| {
            let outlet = crossread_attribute::detect_outlet(report).unwrap_or_else(|| report.id.clone());
            Source { report, reading, claimants: ids, outlet }
        })
        .collect();
    reconcile(&Story { sources, claimants })
}
