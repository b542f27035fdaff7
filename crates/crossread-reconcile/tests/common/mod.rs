//! What the reconcile tests share: a brief built from made-up reports.

use crossread_figures::{read_report, split_changes, Reading};
use crossread_model::Report;
use crossread_reconcile::{article_date, reconcile, Brief, Gathered, Source, Story};

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
    // as the crossread crate reads them: a change "from X to Y" is two values
    let readings: Vec<Reading> = reports
        .iter()
        .map(|r| {
            let mut reading = read_report(r);
            reading.figures = split_changes(&reading.doc, std::mem::take(&mut reading.figures));
            reading
        })
        .collect();
    let dates: Vec<Option<String>> =
        reports.iter().zip(&readings).map(|(r, reading)| article_date(r, &reading.doc)).collect();
    let mut gathered = Gathered::new(&dates);
    for (si, (report, reading)) in reports.iter().zip(&readings).enumerate() {
        gathered.add(si, report, reading);
    }
    let sources = reports
        .iter()
        .zip(&readings)
        .zip(dates)
        .map(|((report, reading), date)| Source {
            report,
            figures: &reading.figures,
            outlet: format!("Outlet {}", report.id),
            date,
        })
        .collect();
    reconcile(&Story { sources, claimants: vec![] }, gathered)
}
