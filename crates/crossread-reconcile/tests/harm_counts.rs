//! Counts of people killed and hurt in made-up reports of one shooting, some written without a number.

mod common;

use common::{find_fact as fact_with, undated_brief as brief};

use crossread_model::Value;
use crossread_reconcile::{Fact, Status};

fn values(f: &Fact) -> Vec<Value> {
    f.claims.iter().map(|c| c.value).collect()
}

#[test]
fn a_named_victim_is_one_of_the_toll_not_a_toll_of_its_own() {
    let b = brief(&[
        ("01", "Two men were killed in the shooting on Garrow Street. Tomas Vell died at the scene."),
        ("02", "Two people died after gunfire on Garrow Street on Sunday night. He was 31."),
        ("03", "Officers said Tomas Vell was killed when a gunman opened fire near the bakery."),
    ]);
    let toll = fact_with(&b, "Two men").expect("a toll");
    assert_eq!(values(toll), [Value::Number(2.0)], "{toll:#?}");
    assert_eq!(toll.status, Status::Agreed, "{toll:#?}");
    assert!(fact_with(&b, "Tomas Vell").is_none_or(|f| !std::ptr::eq(f, toll)), "{b:#?}");
}

#[test]
fn named_victims_alone_still_count_one() {
    let b = brief(&[
        ("01", "Marta Oslo was killed outside her home in Fenby."),
        ("02", "Police said Marta Oslo died after she was shot in Fenby."),
    ]);
    let f = fact_with(&b, "Marta Oslo").expect("a count of one");
    assert_eq!(values(f), [Value::Number(1.0)], "{f:#?}");
}

#[test]
fn a_count_takes_its_own_predicate_over_a_nearer_word() {
    let b = brief(&[
        ("01", "One man is dead and three others were injured in the shooting in Larkfield."),
        ("02", "A man died and three others were wounded, police in Larkfield said."),
    ]);
    let hurt = fact_with(&b, "three").expect("an injured count");
    assert!(hurt.label.contains("injured"), "{hurt:#?}");
    assert_eq!(hurt.status, Status::Agreed, "{hurt:#?}");
}

#[test]
fn people_shot_are_not_people_killed() {
    let b = brief(&[
        ("01", "Four people were shot on Quill Avenue and a teenager was killed."),
        ("02", "A teenager was killed on Quill Avenue late Friday, police said."),
    ]);
    let shot = fact_with(&b, "Four people").expect("a count of people shot");
    assert!(!shot.label.contains("killed"), "{shot:#?}");
    let killed = fact_with(&b, "a teenager").expect("a death");
    assert_eq!(values(killed), [Value::Number(1.0)], "{killed:#?}");
    // told as a killing, "shot" says killed
    let b = brief(&[("01", "Two men were shot and killed on Quill Avenue.")]);
    assert!(fact_with(&b, "Two men").is_some_and(|f| f.label.contains("killed")), "{b:#?}");
}

#[test]
fn someone_shot_is_hurt_unless_the_report_tells_of_a_death() {
    let b = brief(&[
        ("01", "A boy was shot in the arm in Pellow on Tuesday."),
        ("02", "Deputies said a 6-year-old was shot at a house in Pellow and is expected to recover."),
    ]);
    let hurt = fact_with(&b, "A boy").expect("a wound");
    assert!(hurt.label.contains("injured"), "{hurt:#?}");
    assert_eq!(values(hurt), [Value::Number(1.0)], "{hurt:#?}");
    // shot, then dead later in the report: the shot says neither
    let b = brief(&[("01", "A woman was shot on Corran Road. She died at the hospital.")]);
    assert!(fact_with(&b, "A woman").is_none(), "{b:#?}");
}

#[test]
fn people_shot_in_a_story_with_no_death_were_wounded() {
    let b = brief(&[
        ("01", "Three people were shot outside a diner in Tarrow on Saturday."),
        ("02", "Police in Tarrow said three people were shot near the diner. A neighbour who lives nearby heard it."),
    ]);
    let hurt = fact_with(&b, "Three people").expect("a count of people shot");
    assert!(hurt.label.contains("injured"), "{hurt:#?}");
    assert_eq!(values(hurt), [Value::Number(3.0)], "{hurt:#?}");
    // another report of the story tells of a death: the shot count may hold the dead too
    let b = brief(&[
        ("01", "Three people were shot outside a diner in Tarrow on Saturday."),
        ("02", "One man died after the shooting at the diner in Tarrow."),
    ]);
    let shot = fact_with(&b, "Three people").expect("a count of people shot");
    assert!(!shot.label.contains("injured") && !shot.label.contains("killed"), "{shot:#?}");
}

#[test]
fn a_passing_figure_in_one_report_is_no_dispute() {
    let b = brief(&[
        ("01", "Two people died in the Orrin gunfire. Two people died at the scene."),
        ("02", "Two people died in Orrin on Sunday. Police said five people died in the city last year."),
    ]);
    let toll = fact_with(&b, "Two people").expect("a toll");
    assert_ne!(toll.status, Status::Differs, "{toll:#?}");
    // reports whose own values differ still differ
    let b =
        brief(&[("01", "Two people died in the Orrin gunfire."), ("02", "Three people died in the Orrin gunfire.")]);
    let toll = fact_with(&b, "Two people").expect("a toll");
    assert_eq!(toll.status, Status::Differs, "{toll:#?}");
}
