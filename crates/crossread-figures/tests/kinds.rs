//! Kinds of text the reader learned from the NewsQuant misses, each on sentences written for these
//! tests: changes and levels, from-to changes with words between, parallel figures, fractions with a
//! slash, scientific notation, addresses and names, counted nouns past codes and joined adjectives.

mod common;

use common::{all, one};
use crossread_model::{Approx, Trend, Value};

#[test]
fn a_level_reached_is_no_change_but_the_amount_is() {
    let f = all("Shares of Kelmar Foods rose 4.2% to $18.60 on Friday.");
    assert_eq!((f[0].trend, f[1].trend), (Some(Trend::Up), None));
    let f = all("Exports fell 3% to 4.1 million tonnes in the quarter.");
    assert_eq!((f[0].trend, f[1].trend), (Some(Trend::Down), None));
    // the verb "average" makes a figure about; the noun does not
    assert_eq!(one("The winger averaged 11.4 points in the cup.").approx, Approx::About);
    assert_eq!(one("Buyers waited an average of 43 days.").approx, Approx::Exact);
}

#[test]
fn the_ends_of_a_change_with_a_few_words_between_are_one_figure() {
    let f = one("The fare climbed from $3.20 on Monday to $3.90.");
    assert_eq!((f.value, f.unit.as_str(), f.from_to), (Value::Range(3.2, 3.9), "USD", true));
    let f = one("Economy went from 18 mpg in 2010 to 26 mpg in the new van.");
    assert_eq!((f.value, f.unit.as_str()), (Value::Range(18.0, 26.0), "mpg"));
    // a bare second end takes the first's unit; a qualifier before the first end stays in the change
    let f = one("Its range grew from up to 210 miles to 260 last year.");
    assert_eq!((f.value, f.unit.as_str()), (Value::Range(210.0, 260.0), "mi"));
    // many words between tell two states, not one change
    assert_eq!(all("Its value fell from $2tn at the height of the long boom to $900bn.").len(), 2);
    // "from the $4 to $6 billion it had hoped for": a spread named as a thing
    let f = all("Revenue came in at $3 billion, down from the $4 to $6 billion it had hoped for.");
    assert_eq!(f[1].value, Value::Range(4e9, 6e9));
}

#[test]
fn a_bare_number_told_like_a_figure_before_it_takes_its_unit() {
    let f = all("The Kelmar index closed at 2,410.5 points while the Vesta index ended at 1,806.25.");
    assert_eq!(f[1].unit_name, "point");
    let f = all("The launch angle was 12.5 degrees in May and 9.8 last month.");
    assert_eq!((f[1].value, f[1].unit_name.as_str()), (Value::Number(9.8), "degree"));
    let f = all("Ostrava logged 12,500 while Brno logged 9,800 tram trips.");
    assert_eq!(f[0].unit_name, "tram trip");
    let f = all("The yard builds three-, four- and five-mast schooners.");
    let names: Vec<&str> = f.iter().map(|f| f.unit_name.as_str()).collect();
    assert_eq!(names, ["mast", "mast", "mast"]);
    // a number with its own noun keeps it
    let f = all("The depot keeps 30 trams and 12 ferries.");
    assert_eq!(f[1].unit_name, "ferry");
    let f = all("The alloy scored between 40 and 55 on the GPa scale.");
    assert_eq!((f[0].value, f[0].unit_name.as_str()), (Value::Range(40.0, 55.0), "gigapascal"));
}

#[test]
fn changes_told_once_for_a_list_and_figures_that_describe_things() {
    let f = all("Kelmar was down 2.1%, Vesta by 1.4% and Ostro was flat.");
    assert_eq!((f[0].trend, f[1].trend), (Some(Trend::Down), Some(Trend::Down)));
    assert_eq!(one("The forecast was revised upward by 3%.").trend, Some(Trend::Up));
    assert_eq!(one("The pitcher added a 40 degree curveball.").trend, None);
    let f = one("The plant makes sub-5 nanometre chips.");
    assert_eq!((f.value, f.approx), (Value::Number(5.0), Approx::AtMost));
}

#[test]
fn slash_fractions_and_scientific_notation() {
    let f = one("A gill is 1/4 of a US pint.");
    assert_eq!((f.value, f.unit.as_str()), (Value::Number(0.25), "pint"));
    let f = one("Some 3/4 of the orchards were lost.");
    assert_eq!((f.value, f.unit.as_str(), f.approx), (Value::Number(0.75), "share", Approx::About));
    // a slash between numbers elsewhere is a code
    assert!(all("The desk is staffed 24/7 by two clerks.").iter().all(|f| f.value != Value::Number(24.0)));
    let f = one("The probe measured 6.2×10−7 metres.");
    assert!((f.value.low() - 6.2e-7).abs() < 1e-15, "{:?}", f.value);
    assert_eq!(f.unit, "m");
}

#[test]
fn addresses_and_names_with_number_words_are_no_figures() {
    assert!(all("The shop at 14 W 52nd St closed in the spring.").is_empty());
    assert!(all("The gallery at 31 Ave Mireille reopened.").is_empty());
    assert!(all("The depot at 16-18 Harbour Avenue was sold.").is_empty());
    assert!(all("The skipper told Harbour One that the nets were empty.").is_empty());
    // a house number after "at" or "to" with its street's name alone
    assert!(all("Deputies were called to 4127 Quillan shortly after midnight.").is_empty());
    assert!(all("The Shooting at 21880 Marrowby Left a Woman Dead").iter().all(|f| f.value != Value::Number(21880.0)));
    // a count after "at" still counts
    assert_eq!(one("The toll stood at 140 people by Monday.").value, Value::Number(140.0));
    // a band of a ranking or a cup's round is no count; with a noun after it, it counts
    assert!(all("Rovers slid into the bottom three after a last-16 exit.").is_empty());
    assert_eq!(one("The top four clubs drew.").unit_name, "top club");
}

#[test]
fn counted_nouns_past_codes_joined_adjectives_and_ages() {
    let f = one("The depot holds 40 MX-3 sensors.");
    assert_eq!((f.value, f.unit_name.as_str()), (Value::Number(40.0), "sensor"));
    assert_eq!(one("The label sold 2.1M digital and physical albums.").unit_name, "digital physical album");
    // nouns joined are a compound, not two adjectives
    assert_eq!(one("The port sent 240 search and rescue divers.").unit_name, "");
    assert_eq!(one("It is one of the largest lakes in the region.").unit_name, "large lake");
    // a model's number inside what is counted is part of its name
    let f = one("The airline grounded two new 808 Vela jets.");
    assert_eq!((f.value, f.unit_name.as_str()), (Value::Number(2.0), "new 808 Vela jet"));
    let f = one("She will be 41 by the spring.");
    assert_eq!(f.unit, "age");
    // an age with a possessive is still an age, not a span of years
    assert_eq!(one("The 41-year-old's new contract runs to May.").unit, "age");
    assert_eq!(one("The 41-year-old\u{2019}s new contract runs to May.").unit, "age");
    // names in a list, each with an age: "Harlan, 24 and Voss, 23"
    let f = all("The deaths of Harlan, 24 and Voss, 23, shook the town.");
    assert_eq!(f.iter().map(|f| f.unit.as_str()).collect::<Vec<_>>(), ["age", "age"], "{f:#?}");
}
