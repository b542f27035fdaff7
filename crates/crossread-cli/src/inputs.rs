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
pub fn read(inputs: &[PathBuf], args: &crate::ReadArgs) -> anyhow::Result<Inputs> {
    let mut fields = crossread_ingest::FieldMap::default();
    if let Some(spec) = &args.field {
        fields = fields.with_overrides(spec).map_err(anyhow::Error::msg)?;
    }
    let options =
        crossread_ingest::Options { recursive: args.recursive, follow: args.follow, fields, ..Default::default() };
    let loaded = crossread_ingest::load(inputs, options);
    for w in &loaded.warnings {
        eprintln!("crossread: warning: {w}");
    }
    for e in &loaded.errors {
        eprintln!("crossread: {e}");
    }
    Ok(Inputs { reports: loaded.reports, failed: !loaded.errors.is_empty() })
}
