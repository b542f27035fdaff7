//! Unit names as quantity benchmarks give them: a written form may name its unit apart from the
//! unit's own name (the form's name column in `unit_forms_news.txt`), and statistics of sport
//! written after a number are units of the table. Sentences written for these tests.

mod common;

use common::{all, one};
use crossread_model::Value;

#[test]
fn a_price_glued_to_p_is_pence_named_a_point() {
    let f = all("Brightwell shares closed at 212.5p, up from a low of 190p in May.");
    let read: Vec<(Value, &str, &str)> = f.iter().map(|f| (f.value, f.unit.as_str(), f.unit_name.as_str())).collect();
    assert_eq!(read, [(Value::Number(212.5), "pence", "point"), (Value::Number(190.0), "pence", "point")]);
    // the word keeps the unit's own name
    let f = one("A loaf now costs 95 pence at the corner shop.");
    assert_eq!((f.unit.as_str(), f.unit_name.as_str()), ("pence", "penny"));
}

#[test]
fn torque_is_named_by_the_form_it_is_written_in() {
    let f = one("The engine makes 310 lb-ft at low revs.");
    assert_eq!((f.unit.as_str(), f.unit_name.as_str()), ("lbft", "foot pound-force"));
    let f = one("The engine makes 310 pound-feet at low revs.");
    assert_eq!((f.unit.as_str(), f.unit_name.as_str()), ("lbft", "pound-foot"));
}

#[test]
fn baseball_rate_statistics_after_a_number_are_units() {
    let f = all("By June the shortstop was worth 1.2 WAR and his backup 0.7 WAR.");
    let names: Vec<&str> = f.iter().map(|f| f.unit_name.as_str()).collect();
    assert_eq!(names, ["win above replacement", "win above replacement"]);
    let f = one("The rookie finished the season with a 2.95 ERA.");
    assert_eq!((f.value, f.unit_name.as_str()), (Value::Number(2.95), "earned run average"));
    // in lower case they are words: "the 1990s era", "a war"
    assert!(all("The 3 war veterans met in the square.").iter().all(|f| f.unit_name != "win above replacement"));
}

#[test]
fn barrels_of_oil_are_named_as_written() {
    let f = one("The Halvar well has pumped 2.4 million barrels of oil since it opened.");
    assert_eq!((f.value, f.unit.as_str(), f.unit_name.as_str()), (Value::Number(2.4e6), "bbl", "barrel of oil"));
    let f = one("The Halvar well has pumped 2.4 million barrels since it opened.");
    assert_eq!((f.unit.as_str(), f.unit_name.as_str()), ("bbl", "barrel"));
}

#[test]
fn a_symbol_written_spaced_at_a_clause_end_is_a_unit_wherever_the_sentence_spaces_it() {
    let f = all("Ostro Mining led the risers, up 14 p at 362 p, and Calder was up 2.5 p at 88 p.");
    let read: Vec<(Value, &str)> = f.iter().map(|f| (f.value, f.unit.as_str())).collect();
    let pence = |v: f64| (Value::Number(v), "pence");
    assert_eq!(read, [pence(14.0), pence(362.0), pence(2.5), pence(88.0)]);
    // never spaced at a clause's end: a lone letter after a number stays a word
    let f = all("Row 14 p lists the 12 plots.");
    assert!(f.iter().all(|f| f.unit.as_str() != "pence"), "{f:?}");
}

#[test]
fn a_life_expectancy_is_an_age() {
    let f = one("Life expectancy for women in Norland is about 79.5, the survey found.");
    assert_eq!((f.value, f.unit_name.as_str()), (Value::Number(79.5), "year of age"));
    let f = one("The region has a life expectancy of 68 according to the survey.");
    assert_eq!(f.unit_name, "year of age");
    // a number with its own noun after the words is no age
    let f = one("Life expectancy rose in 14 districts.");
    assert_eq!(f.unit_name, "district");
}
