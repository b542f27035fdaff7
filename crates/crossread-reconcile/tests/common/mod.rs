//! What the reconcile tests share: a brief built from made-up reports.

use crossread_figures::{read_report, Reading};
use crossread_model::Report;
use crossread_reconcile::{reconcile, Brief, Source, Story};

/// Builds a brief from (id, date, text) reports with no claimants.
pub fn brief(reports: &[(&str, Option<&str>, &str)]) -> Brief {
    let reports: Vec<Report> = reports
        .iter()
        .map(|(id, date, text)| {
            let mut r = Report::from_text(*id, format!("{id}.txt"), text.to_string());
            r.date = date.map(str::to_string);
            r
        })
        .collect();
    let readings: Vec<Reading> = reports.iter().map(read_report).collect();
    let sources = reports
        .iter()
        .zip(&readings)
        .map(|(report, reading)| Source {
            report,
            reading,
            claimants: vec![None; reading.figures.len()],
            outlet: format!("Outlet {}", report.id),
        })
        .collect();
    reconcile(&Story { sources, claimants: vec![] })
}
