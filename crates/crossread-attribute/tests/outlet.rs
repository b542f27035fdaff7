//! Outlet detection on made-up report texts: each general cue, and cues that are not read.

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
fn a_front_matter_title_can_name_the_site() {
    let mut r = Report::from_text("t", "t.txt", "Twelve people died.".to_string());
    r.title = Some("Ferry halted as the river rises - Harbour Gazette".to_string());
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
    assert_eq!(outlet("(Vestmark Wire) \u{2013} Twelve people died.").as_deref(), Some("Vestmark Wire"));
    assert_eq!(outlet("KELSO, Iowa (KVXT-TV) - Twelve people died.").as_deref(), Some("KVXT-TV"));
    // A photo credit in brackets is not a dateline.
    assert_eq!(outlet("A flooded street. (Harbour Photo via AP)\nTwelve people died."), None);
    // Nor is a date in brackets, nor a bracket inside a sentence.
    assert_eq!(outlet("Update (March 3, 2025) -- Twelve people died."), None);
    assert_eq!(outlet("The man was charged on Friday (March 7) \u{2014} two days later."), None);
}

#[test]
fn cannot_independently_verify() {
    assert_eq!(
        outlet("The army said 20 died. Northwind Post cannot independently verify the figure.").as_deref(),
        Some("Northwind Post")
    );
    assert_eq!(
        outlet("Twelve died.\nThe Kelso Courier could not independently verify the account.").as_deref(),
        Some("The Kelso Courier")
    );
}

#[test]
fn originally_published_on_a_domain_or_by_a_name() {
    assert_eq!(
        outlet("Twelve died.\nThis story was originally published on harbourgazette.com").as_deref(),
        Some("Harbour Gazette")
    );
    assert_eq!(outlet("Twelve died.\nOriginally published on CoastWatchNews.com").as_deref(), Some("Coastwatch News"));
    assert_eq!(outlet("Twelve died.\nThis story first appeared on www.bbc.co.uk.").as_deref(), Some("BBC"));
    assert_eq!(
        outlet("Twelve died.\nThis article first appeared in The Kelso Courier.").as_deref(),
        Some("The Kelso Courier")
    );
    assert_eq!(outlet("Twelve died.\nThis piece was originally published on our old site."), None);
}

#[test]
fn a_page_title_ending_in_the_site_name() {
    assert_eq!(
        outlet("Ferry halted as the river rises - Harbour Gazette\nTwelve died.").as_deref(),
        Some("Harbour Gazette")
    );
    assert_eq!(
        outlet("Ferry halted as the river rises | KVXT Channel 4 | Kelso News, Weather\nTwelve died.").as_deref(),
        Some("KVXT Channel 4")
    );
    assert_eq!(
        outlet("Ferry halted as the river rises - kvxt4.com-Kelso News, Weather & Sports\nTwelve died.").as_deref(),
        Some("KVXT4")
    );
    assert_eq!(outlet("Ferry halted as the river rises - WQRB\nTwelve died.").as_deref(), Some("WQRB"));
    assert_eq!(
        outlet("Ferry halted as the river rises - KVXT4: Your Weather Station\nTwelve died.").as_deref(),
        Some("KVXT4")
    );
    // A tagline, a clause or a body after the dash is not a site's name.
    assert_eq!(outlet("Ferry halted as the river rises - Kelso News, Weather & Sports\nTwelve died."), None);
    assert_eq!(outlet("Ferry halted - as the river rises, crews wait\nTwelve died."), None);
    assert_eq!(outlet("Ferry halted as the river rises - Police\nTwelve died."), None);
}

#[test]
fn bylines_name_the_outlet_not_the_job() {
    assert_eq!(
        outlet("Floods hit town\nBy Jane Doe, Coastline Times\nTwelve died.").as_deref(),
        Some("Coastline Times")
    );
    assert_eq!(outlet("Floods hit town\nBy Jane Doe, CNB\nTwelve died.").as_deref(), Some("CNB"));
    assert_eq!(
        outlet("Floods hit town\nBy Jane Doe for The Northern Ledger\nTwelve died.").as_deref(),
        Some("The Northern Ledger")
    );
    assert_eq!(outlet("Floods hit town\nBy Jane Doe, Senior Weather Correspondent, John Roe\nTwelve died."), None);
}

#[test]
fn mastheads_copyright_and_credits() {
    assert_eq!(outlet("Harbour Gazette\nFloods hit the old town\nTwelve died.").as_deref(), Some("Harbour Gazette"));
    assert_eq!(
        outlet("Twelve died.\nCopyright 2024 The Coastline Times. All rights reserved.").as_deref(),
        Some("The Coastline Times")
    );
    assert_eq!(outlet("Twelve died.\n\u{a9} Vestmark News 2024").as_deref(), Some("Vestmark News"));
    assert_eq!(outlet("Twelve died.\nSource: Vestmark Wire, Coast Press").as_deref(), Some("Vestmark Wire"));
}

#[test]
fn cues_that_name_someone_else_are_not_read() {
    // Interviews are credited to other outlets as often as to the publisher's own.
    assert_eq!(outlet("\u{201c}It was dark,\u{201d} a resident told The Northern Ledger."), None);
    assert_eq!(outlet("A survivor told Reuters the water came fast."), None);
    // An image's alternative text is page furniture, not a statement of who published.
    assert_eq!(outlet("Floods hit town\nKVXT logo\nTwelve died."), None);
}

#[test]
fn nothing_found_is_none() {
    assert_eq!(outlet("Twelve people died when the river rose on Monday."), None);
    assert_eq!(outlet(""), None);
}
