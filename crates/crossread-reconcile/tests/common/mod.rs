//! What the reconcile tests share: a brief built from made-up reports, and the fact a mention stands in.

// each test file compiles this module on its own and uses only some of it
#![allow(dead_code)]

use crossread_figures::{read_report, Reading};
use crossread_model::Report;
use crossread_reconcile::{article_date, reconcile, Brief, Fact, Gathered, Source, Story};

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
            reading.split_changes();
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

/// Builds a brief from undated (id, text) reports with no claimants.
pub fn undated_brief(reports: &[(&str, &str)]) -> Brief {
    let undated: Vec<(&str, Option<&str>, &str)> = reports.iter().map(|(id, text)| (*id, None, *text)).collect();
    brief(&undated)
}

/// The fact that holds a mention written `text`, if any.
pub fn find_fact<'a>(b: &'a Brief, text: &str) -> Option<&'a Fact> {
    b.facts.iter().find(|f| f.claims.iter().any(|c| c.mentions.iter().any(|m| m.text == text)))
}

/// The fact that holds a mention written `text`; panics with the brief's facts when none does.
pub fn fact_with<'a>(b: &'a Brief, text: &str) -> &'a Fact {
    find_fact(b, text).unwrap_or_else(|| panic!("no fact holds {text:?}: {:#?}", b.facts))
}
