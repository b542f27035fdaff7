//! Clustering claimant names across reports, and the name shown for each cluster.

use crossread_attribute::{canonical_names, display_name};

#[test]
fn one_person_under_many_names() {
    let names = [
        "Maksim Dolgin",
        "Maxim Dolgin",
        "Mr Dolgin",
        "acting governor Maxim Dolgin",
        "Dolgin",
        "the acting governor",
        "Vesk's acting Gov. Maksym Dolgin",
        "Air Marshal Ivo Brack",
        "Brack",
        "Mrs Ines Pardo",
    ];
    let ids = canonical_names(&names);
    assert!(ids[..7].iter().all(|&i| i == ids[0]), "{ids:?}");
    assert_ne!(ids[7], ids[0]);
    assert_eq!(ids[8], ids[7], "a bare surname joins the one person who has it: {ids:?}");
    assert_ne!(ids[9], ids[7], "another surname is another person: {ids:?}");
}

#[test]
fn a_bare_surname_shared_by_two_people_stays_apart() {
    let ids = canonical_names(&["Ivo Brack", "Talia Brack", "Brack"]);
    assert_ne!(ids[0], ids[1]);
    assert_ne!(ids[2], ids[0]);
    assert_ne!(ids[2], ids[1]);
}

#[test]
fn a_role_joins_only_when_one_holder_is_named() {
    let ids = canonical_names(&["Vesk governor Marta Quell", "Kelso governor Ivo Brack", "the governor"]);
    assert_ne!(ids[2], ids[0]);
    assert_ne!(ids[2], ids[1]);
}

#[test]
fn bodies_spelt_differently_are_one() {
    let names = [
        "Norland Defense Ministry",
        "Norland's Defence Ministry",
        "the Norland defence ministry",
        "the Defense Ministry",
        "Vesk Defense Ministry",
        "Kelso Weather Office",
        "Kelso",
        "Coastal News Agency",
        "Coastal",
        "Flood and Storm Response Authority (FSRA)",
        "FSRA",
        "U.K. Tide Survey",
        "United Kingdom Tide Survey (UKTS)",
    ];
    let ids = canonical_names(&names);
    assert_eq!(ids[1], ids[0], "{ids:?}");
    assert_eq!(ids[2], ids[0], "{ids:?}");
    assert_ne!(ids[3], ids[0], "two defence ministries are named, so \"the Defense Ministry\" joins neither");
    assert_ne!(ids[4], ids[0]);
    assert_ne!(ids[6], ids[5], "a place is not the office named after it");
    assert_eq!(ids[8], ids[7], "an agency goes by its name alone");
    assert_eq!(ids[10], ids[9], "an acronym joins its body");
    assert_eq!(ids[12], ids[11], "initials match: {ids:?}");
}

#[test]
fn cluster_ids_count_from_zero_in_order() {
    assert_eq!(canonical_names(&["Ivo Brack", "Marta Quell", "Mr Brack"]), vec![0, 1, 0]);
    assert!(canonical_names(&[]).is_empty());
}

#[test]
fn display_names() {
    assert_eq!(
        display_name(&["Mr Dolgin", "acting governor Maxim Dolgin", "Maxim Dolgin", "Maksim Dolgin"]),
        "Maxim Dolgin"
    );
    assert_eq!(display_name(&["Norland's air force chief Air Marshal Ivo Brack", "Brack"]), "Ivo Brack");
    assert_eq!(
        display_name(&["the Norland Defense Ministry", "Norland Defense Ministry", "the Defense Ministry"]),
        "Norland Defense Ministry"
    );
    assert_eq!(display_name(&["Kelso broadcaster KTV"]), "KTV");
    assert_eq!(display_name(&["district officials"]), "district officials");
    assert_eq!(display_name(&[]), "");
}

#[test]
fn claimant_names_read_once_agree_with_the_two_steps() {
    let names = [
        "Mr Dolgin",
        " acting governor Maxim Dolgin",
        "the Norland Defense Ministry",
        "",
        "Maksim Dolgin",
        "Norland Defense Ministry",
        "acting governor Maxim Dolgin",
        "  ",
        "district officials",
        "Kelso broadcaster KTV",
    ];
    let (ids, shown) = crossread_attribute::claimant_names(&names);
    assert_eq!(ids, canonical_names(&names));
    let clusters = ids.iter().copied().max().map_or(0, |m| m + 1);
    assert_eq!(shown.len(), clusters);
    for (k, s) in shown.iter().enumerate() {
        let members: Vec<&str> = names.iter().zip(&ids).filter(|(_, &i)| i == k).map(|(n, _)| *n).collect();
        assert_eq!(*s, display_name(&members), "cluster {k}: {members:?}");
    }
    assert_eq!(crossread_attribute::claimant_names(&[]), (vec![], vec![]));
}
