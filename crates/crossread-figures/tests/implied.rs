//! Counts written without a number, on sentences written for these tests.

use crossread_figures::read_text;
use crossread_model::{Approx, Figure, Value};

/// The counts implied by words in `text`: (words, value, exactness).
fn implied(text: &str) -> Vec<(String, f64, Approx)> {
    read_text(text)
        .into_iter()
        .filter(|f: &Figure| f.implied.is_some())
        .map(|f| {
            let Value::Number(v) = f.value else { panic!("a count is one number: {f:#?}") };
            (f.text, v, f.approx)
        })
        .collect()
}

#[test]
fn people_named_without_a_number_are_counted() {
    assert_eq!(
        implied("A 22-year-old was shot and killed in Dunmere."),
        [("A 22-year-old".into(), 1.0, Approx::Exact)]
    );
    assert_eq!(implied("A man and a woman were wounded."), [("A man and a woman".into(), 2.0, Approx::Exact)]);
    assert_eq!(implied("No one was hurt."), [("No one".into(), 0.0, Approx::Exact)]);
}

#[test]
fn someone_known_is_at_least_one() {
    // a name, a pronoun, "the man": one of those a toll counts
    assert_eq!(implied("Tomas Vell died at the scene."), [("Tomas Vell".into(), 1.0, Approx::AtLeast)]);
    assert_eq!(implied("The gunman shot him dead."), [("him".into(), 1.0, Approx::AtLeast)]);
    assert_eq!(implied("The man was pronounced dead."), [("The man".into(), 1.0, Approx::AtLeast)]);
    // someone unknown is a count of one
    assert_eq!(implied("Someone was killed overnight."), [("Someone".into(), 1.0, Approx::Exact)]);
}

#[test]
fn who_killed_kin_is_not_one_killed() {
    // a headline with its verb's object after one word: the subject did the killing
    assert!(implied("Tarvin father fatally shot twin sons, police say").is_empty());
    assert!(implied("Orla man killed stepchildren before fleeing").is_empty());
    // passive, nothing after the verb that could be its object: the subject was killed
    assert_eq!(implied("Tarvin man killed in crash"), [("Tarvin man".into(), 1.0, Approx::Exact)]);
}

#[test]
fn a_written_number_is_not_counted_twice() {
    assert!(implied("Two men were killed.").is_empty());
}

#[test]
fn another_after_a_harm_verb_is_one_more_person() {
    let got = implied("The gunfire in Pell Harbor killed a man and wounded another.");
    assert!(got.contains(&("another".into(), 1.0, Approx::Exact)), "{got:?}");
}
