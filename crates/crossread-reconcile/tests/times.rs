//! Values at two times, and sums in two currencies, on small made-up stories.

mod common;

use common::{brief, fact_with};
use crossread_model::Value;
use crossread_reconcile::{Brief, Status};

/// The value of the claim a mention written `text` stands in.
fn value_of(b: &Brief, text: &str) -> Value {
    let f = fact_with(b, text);
    f.claims.iter().find(|c| c.mentions.iter().any(|m| m.text == text)).map(|c| c.value).unwrap_or(Value::Number(0.0))
}

#[test]
fn a_change_from_one_value_to_another_is_two_claims_and_an_update() {
    let b = brief(&[
        ("01", None, "The volunteer crew searching Marsh Point grew from 40 to 65 on Tuesday, the coastguard said."),
        ("02", None, "Some 65 volunteers were searching Marsh Point on Tuesday, the coastguard said."),
    ]);
    let f = fact_with(&b, "65");
    assert!(std::ptr::eq(f, fact_with(&b, "40")), "the two ends are one question: {:#?}", b.facts);
    assert_eq!(value_of(&b, "40"), Value::Number(40.0));
    assert_eq!(value_of(&b, "65"), Value::Number(65.0));
    assert_eq!(f.status, Status::Differs, "the crew grew: {f:#?}");
}

#[test]
fn a_spread_from_one_value_to_another_stays_one_range() {
    let b = brief(&[("01", None, "Estimates of the crowd at Marsh Point range from 400 to 600 people.")]);
    let f = fact_with(&b, "400 to 600 people");
    assert_eq!(f.claims[0].value, Value::Range(400.0, 600.0));
}

#[test]
fn a_difference_after_or_is_no_restatement() {
    let b = brief(&[("01", None, "The Greens won 96 seats, or 41 more than at the last election.")]);
    assert_eq!(value_of(&b, "41"), Value::Number(41.0));
    assert_eq!(value_of(&b, "96 seats"), Value::Number(96.0));
}

#[test]
fn a_sum_in_another_currency_converts_at_its_own_report_s_day() {
    // on 2023-07-14 the ECB quoted 1.1221 dollars and 0.8559 pounds to the euro: $52.4m is £40.0m
    let b = brief(&[
        ("01", Some("2023-09-01"), "The harbour board bought the ferry for £40m, its chair said."),
        ("02", Some("2023-07-14"), "The harbour board will pay $52.4 million for the ferry, its chair said."),
        ("03", Some("2023-09-01"), "The board paid £40m for the ferry."),
    ]);
    let f = fact_with(&b, "£40m");
    assert!(std::ptr::eq(f, fact_with(&b, "$52.4 million")), "{:#?}", b.facts);
    assert_eq!(f.unit.code(), "GBP");
    let v = value_of(&b, "$52.4 million").mid();
    assert!((v - 40.0e6).abs() < 0.1e6, "{v}");
}

#[test]
fn an_undated_sum_in_another_currency_takes_the_sum_it_restates() {
    let b = brief(&[
        ("01", None, "Greyport agreed a £60m fee with Ashby for the striker."),
        ("02", None, "Greyport agreed a $76m fee with Ashby for the striker."),
        ("03", None, "The £60m fee for the striker was confirmed by Ashby."),
    ]);
    let f = fact_with(&b, "£60m");
    assert!(std::ptr::eq(f, fact_with(&b, "$76m")), "{:#?}", b.facts);
    assert_eq!(value_of(&b, "$76m"), Value::Number(60e6));
}
