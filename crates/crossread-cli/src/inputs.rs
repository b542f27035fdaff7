//! Reading the inputs a command names, with every problem told once on standard error.

use crossread_model::Report;
use std::path::PathBuf;

/// The reports read, and whether any input failed (the command then exits with 1).
pub struct Inputs {
    /// Reports read.
    pub reports: Vec<Report>,
    /// True when an input could not be read as a report.
    pub failed: bool,
}

/// Reads the inputs, telling each warning and each failed input on standard error.
pub fn read(inputs: &[PathBuf], recursive: bool) -> Inputs {
    let loaded = crossread_ingest::load(inputs, crossread_ingest::Options { recursive });
    for w in &loaded.warnings {
        eprintln!("crossread: warning: {w}");
    }
    for e in &loaded.errors {
        eprintln!("crossread: {e}");
    }
    Inputs { reports: loaded.reports, failed: !loaded.errors.is_empty() }
}
