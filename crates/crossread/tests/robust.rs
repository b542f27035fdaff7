//! The pipeline on inputs that broke it once: each test fails on the code before its fix.

use crossread::{brief, Report};

/// One-line report of a toll, with a front-matter date when `date` is given.
fn wire(id: usize, date: Option<u32>, toll: u32) -> Report {
    let mut text = String::new();
    if let Some(d) = date {
        text.push_str(&format!("---\ndate: 2025-03-{d:02}\n---\n"));
    }
    text.push_str(&format!("The flood killed {toll} people, police said.\n"));
    crossread_ingest::report_from_bytes(&format!("{id:02}"), std::path::Path::new("wire.txt"), text.as_bytes())
        .expect("valid front matter")
}

#[test]
fn many_claims_from_dated_and_undated_reports_sort_in_time_order() {
    // thirty reports, about half dated, each with its own toll: one fact with many claims
    let mut x: u32 = 7;
    let mut step = || {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        x >> 16
    };
    let reports: Vec<Report> = (0..30)
        .map(|i| {
            let date = (step() % 2 == 0).then(|| 1 + step() % 28);
            wire(i, date, 10 + step() % 50)
        })
        .collect();
    let b = brief(&reports);
    let fact = b.facts.iter().max_by_key(|f| f.claims.len()).expect("a fact");
    assert!(fact.claims.len() >= 20, "{}", fact.claims.len());
    // dated claims come first, in date order; undated ones after
    // a claim is dated by the first of its mentions that comes from a dated report
    let date_of = |c: &crossread_reconcile::Claim| {
        c.mentions.iter().find_map(|m| b.articles.iter().find(|a| a.id == m.article).and_then(|a| a.date.clone()))
    };
    let dates: Vec<Option<String>> = fact.claims.iter().map(date_of).collect();
    let first_undated = dates.iter().position(Option::is_none).unwrap_or(dates.len());
    assert!(dates[first_undated..].iter().all(Option::is_none), "{dates:?}");
    assert!(dates[..first_undated].windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
}
