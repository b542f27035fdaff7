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
