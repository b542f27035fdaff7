//! Outlet detection on made-up report texts.

use crossread_attribute::detect_outlet;
use crossread_model::Report;

fn outlet(text: &str) -> Option<String> {
    detect_outlet(&Report::from_text("t", "t.txt", text.to_string()))
}

#[test]
fn front_matter_wins() {
    let mut r = Report::from_text("t", "t.txt", "HARBOURTON (Vestmark Wire) - Rain.".to_string());
    r.outlet = Some("Harbour Gazette".to_string());
    assert_eq!(detect_outlet(&r).as_deref(), Some("Harbour Gazette"));
}

#[test]
fn datelines() {
    assert_eq!(
        outlet("Floods hit town\n\nHARBOURTON, Aug 12 (Vestmark Wire) - Twelve people died.").as_deref(),
        Some("Vestmark Wire")
    );
    assert_eq!(outlet("HARBOURTON, Fla. (AP) \u{2014} Twelve people died.").as_deref(), Some("Associated Press"));
    assert_eq!(outlet("Kelso, Jan. 5 (Coast Press)--Twelve people died.").as_deref(), Some("Coast Press"));
    // A photo credit in brackets is not a dateline.
    assert_eq!(outlet("A flooded street. (Harbour Photo via AP)\nTwelve people died."), None);
}

#[test]
fn cannot_independently_verify() {
    assert_eq!(
        outlet("The army said 20 died. Northwind Post cannot independently verify the figure.").as_deref(),
        Some("Northwind Post")
    );
}

#[test]
fn originally_published_on_a_domain() {
    assert_eq!(
        outlet("Twelve died.\nThis story was originally published on harbourgazette.com").as_deref(),
        Some("Harbour Gazette")
    );
    assert_eq!(outlet("Twelve died.\nOriginally published on CoastWatchNews.com").as_deref(), Some("Coastwatch News"));
    assert_eq!(outlet("Twelve died.\nThis story first appeared on www.bbc.co.uk.").as_deref(), Some("BBC"));
}

#[test]
fn notification_prompts() {
    assert_eq!(
        outlet("Twelve died.\nGet breaking news notifications from Vestmark Daily!").as_deref(),
        Some("Vestmark Daily")
    );
    assert_eq!(
        outlet("Twelve died.\nSign up for notifications from Vestmark Daily").as_deref(),
        Some("Vestmark Daily")
    );
}

#[test]
fn bylines_name_the_outlet_not_the_job() {
    assert_eq!(
        outlet("Floods hit town\nBy Jane Doe, Coastline Times\nTwelve died.").as_deref(),
        Some("Coastline Times")
    );
    assert_eq!(outlet("Floods hit town\nBy Jane Doe, CNB\nTwelve died.").as_deref(), Some("CNB"));
    assert_eq!(outlet("Floods hit town\nBy Jane Doe, Deputy World News Editor, John Roe\nTwelve died."), None);
}

#[test]
fn mastheads_copyright_and_interviews() {
    assert_eq!(outlet("Harbour Gazette\nFloods hit the old town\nTwelve died.").as_deref(), Some("Harbour Gazette"));
    assert_eq!(
        outlet("Twelve died.\nCopyright 2024 The Coastline Times. All rights reserved.").as_deref(),
        Some("The Coastline Times")
    );
    assert_eq!(outlet("Twelve died.\n\u{a9} Vestmark News 2024").as_deref(), Some("Vestmark News"));
    assert_eq!(
        outlet("\u{201c}It was dark,\u{201d} a resident told The Northern Ledger.").as_deref(),
        Some("The Northern Ledger")
    );
    assert_eq!(outlet("KELSO NEWS: Twelve people died on Monday.").as_deref(), Some("Kelso News"));
    assert_eq!(outlet("Floods hit town\nKTVX logo\nTwelve died.").as_deref(), Some("KTVX"));
}

#[test]
fn nothing_found_is_none() {
    assert_eq!(outlet("Twelve people died when the river rose on Monday."), None);
    assert_eq!(outlet("A survivor told Reuters the water came fast."), None);
    assert_eq!(outlet(""), None);
}
