//! When counts of the dead in made-up reports of one shooting dispute the toll, and when they only
//! count part of it, another time, or the dead with or without a gunman who killed himself.

mod common;

use common::{fact_with, undated_brief as brief};

use crossread_reconcile::Status;

#[test]
fn a_part_of_the_toll_does_not_dispute_it() {
    let b = brief(&[
        ("01", "Four people were killed when a gunman opened fire at a farmhouse outside Odell Creek."),
        ("02", "Deputies said the gunman killed two of his neighbours and two others near Odell Creek."),
    ]);
    let toll = fact_with(&b, "Four people");
    assert!(std::ptr::eq(toll, fact_with(&b, "two")), "one question: {b:#?}");
    assert_eq!(toll.status, Status::Agreed, "{toll:#?}");
    // the same two counts as tolls of their own do dispute it
    let b = brief(&[
        ("01", "Four people were killed when a gunman opened fire at a farmhouse outside Odell Creek."),
        ("02", "Deputies said the gunman killed two people near Odell Creek."),
    ]);
    assert_eq!(fact_with(&b, "Four people").status, Status::Differs, "{b:#?}");
}

#[test]
fn a_family_counted_as_its_members_does_not_dispute_the_toll() {
    let b = brief(&[
        ("01", "Four people were found dead in a house in Marlow Hill on Sunday."),
        ("02", "A couple and their two children were found dead in Marlow Hill. Four people died."),
        ("03", "Mother, 2 children dead in Marlow Hill shooting"),
    ]);
    let toll = fact_with(&b, "Four people");
    assert!(std::ptr::eq(toll, fact_with(&b, "2 children")), "one question: {b:#?}");
    assert_eq!(toll.status, Status::Agreed, "{toll:#?}");
}

#[test]
fn the_dead_with_or_without_a_gunman_who_killed_himself_agree() {
    let b = brief(&[
        ("01", "Three people are dead after a man shot two women and then turned the gun on himself in Pellham."),
        ("02", "Police in Pellham said the man killed two women before he died."),
    ]);
    let toll = fact_with(&b, "Three people");
    assert!(std::ptr::eq(toll, fact_with(&b, "two women")), "one question: {b:#?}");
    assert_eq!(toll.status, Status::Agreed, "{toll:#?}");
    // without a word of the gunman's own death, three and two dead is a dispute
    let b = brief(&[
        ("01", "Three people are dead after a man shot at a party in Pellham."),
        ("02", "Police in Pellham said the man killed two women."),
    ]);
    assert_eq!(fact_with(&b, "Three people").status, Status::Differs, "{b:#?}");
}

#[test]
fn a_toll_of_another_time_does_not_dispute_this_one() {
    let b = brief(&[
        ("01", "One man was killed in the shooting at Harrow Park on Friday night."),
        (
            "02",
            "One man was killed at Harrow Park on Friday. Six people were killed at Harrow Park last year, police said.",
        ),
    ]);
    let toll = fact_with(&b, "One man");
    assert!(std::ptr::eq(toll, fact_with(&b, "Six people")), "one question: {b:#?}");
    assert_eq!(toll.status, Status::Agreed, "{toll:#?}");
}

#[test]
fn one_reader_who_wrote_is_no_count() {
    let b = brief(&[
        ("01", "Two people died in the shooting in Brask. \"We are heartbroken,\" wrote one person online."),
        ("02", "Two people were killed in Brask on Monday."),
    ]);
    let toll = fact_with(&b, "Two people");
    assert!(toll.claims.iter().all(|c| c.mentions.iter().all(|m| m.text != "one person")), "{toll:#?}");
    assert_eq!(toll.status, Status::Agreed, "{toll:#?}");
}
