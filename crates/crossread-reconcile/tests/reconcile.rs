//! The reconcile stage on small made-up stories.

mod common;

use common::{brief, fact_with, find_fact};
use crossread_model::{Approx, Value};
use crossread_reconcile::Status;

#[test]
fn one_question_in_different_units_is_one_fact() {
    let b = brief(&[
        ("01", None, "Floodwater now covers about 40 square kilometres of the valley, the agency said."),
        ("02", None, "Water covers roughly 15 square miles of the valley, officials estimated."),
        ("03", None, "Some 40km2 of the valley is under water."),
    ]);
    let f = fact_with(&b, "40 square kilometres");
    assert_eq!(f.outlets.len(), 3, "{f:#?}");
    assert_eq!(f.status, Status::Agreed);
    assert!(std::ptr::eq(f, fact_with(&b, "15 square miles")));
    assert!(std::ptr::eq(f, fact_with(&b, "40km2")));
}

#[test]
fn one_question_in_different_wordings_is_one_fact() {
    let b = brief(&[
        ("01", None, "The mayor said 8,400 people have fled the district."),
        ("02", None, "By noon some 8,400 residents had left, the mayor said."),
    ]);
    let f = fact_with(&b, "8,400 people");
    assert!(std::ptr::eq(f, fact_with(&b, "8,400 residents")));
    assert_eq!(f.status, Status::Agreed);
}

#[test]
fn the_same_number_for_different_questions_stays_apart() {
    let b = brief(&[
        ("01", None, "Nine firefighters were hurt in the blaze."),
        ("02", None, "Crews cut a 9km firebreak through the forest, and 9 firefighters were hurt."),
    ]);
    let hurt = fact_with(&b, "9 firefighters");
    let long = fact_with(&b, "9km");
    assert!(!std::ptr::eq(hurt, long));
    assert_eq!(long.unit, "km");
    assert!(std::ptr::eq(hurt, fact_with(&b, "Nine firefighters")));
}

#[test]
fn different_values_for_one_question_differ() {
    let b = brief(&[
        ("01", None, "The mayor said 8,500 people were evacuated from the old town."),
        ("02", None, "More than 12,000 people were evacuated from the old town, the charity said."),
    ]);
    let f = fact_with(&b, "8,500 people");
    assert!(std::ptr::eq(f, fact_with(&b, "12,000 people")));
    assert_eq!(f.status, Status::Differs);
    assert_eq!(f.claims.len(), 2);
    let at_least = f.claims.iter().find(|c| c.mentions[0].text == "12,000 people").expect("claim");
    assert_eq!(at_least.approx, Approx::AtLeast);
}

#[test]
fn a_rising_toll_reads_as_an_update_in_time_order() {
    let b = brief(&[
        ("02", Some("2025-03-16"), "Police said seven people have died in the floods."),
        ("01", Some("2025-03-14"), "Police said three people died in the floods."),
    ]);
    let f = fact_with(&b, "seven people");
    assert_eq!(f.status, Status::Differs);
    assert!(f.updated, "{f:#?}");
    assert_eq!(f.claims[0].value, Value::Number(3.0), "earliest claim first");
    assert_eq!(f.claims[1].value, Value::Number(7.0));
}

#[test]
fn single_report_facts_are_single() {
    let b = brief(&[("01", None, "Eighteen schools were closed."), ("02", None, "The river rose 4.2 metres.")]);
    assert_eq!(fact_with(&b, "Eighteen schools").status, Status::Single);
}

#[test]
fn a_unit_slip_in_brackets_is_an_issue() {
    let text = "The fire has burned around 500 square kilometres (193m2) of forest.";
    let b = brief(&[("01", None, text), ("02", None, "It has burned 193 square miles of forest.")]);
    assert_eq!(b.issues.len(), 1, "{:#?}", b.issues);
    let i = &b.issues[0];
    assert_eq!((i.kind.as_str(), i.text.as_str()), ("unit_mismatch", "193m2"));
    assert_eq!(&text[i.start..i.end], "193m2");
    assert!(i.message.contains("square miles"), "{}", i.message);
    // the message is a whole sentence: it says what the writer's figure comes to in the meant unit
    assert!(i.message.ends_with("the writer likely meant square miles"), "{}", i.message);
    assert!(i.message.contains("193 square miles is about 500 square kilometres"), "{}", i.message);
    // the slip is a restatement: it belongs with the figure it restates
    let f = fact_with(&b, "500 square kilometres");
    assert!(std::ptr::eq(f, fact_with(&b, "193m2")));
    assert!(std::ptr::eq(f, fact_with(&b, "193 square miles")));
}

#[test]
fn a_conversion_that_does_not_match_is_an_issue() {
    let b = brief(&[("01", None, "Volunteers cleared 20 kilometres (20 miles) of the towpath.")]);
    assert_eq!(b.issues.len(), 1);
    assert_eq!(b.issues[0].text, "20 miles");
    let b = brief(&[("01", None, "Volunteers cleared 20 kilometres (12.4 miles) of the towpath.")]);
    assert!(b.issues.is_empty(), "{:#?}", b.issues);
    // a conversion rounded to the digits it is written with is no slip
    let b = brief(&[("01", None, "The ferry stopped 2 kilometres (1 mile) from the quay.")]);
    assert!(b.issues.is_empty(), "{:#?}", b.issues);
}

#[test]
fn a_report_that_gives_one_question_two_answers_is_an_issue() {
    let text = "Landslide toll passes 62 people as teams comb the Kelso hills\n\nSearch teams dug through Thursday night, with the landslide toll nearing 55 people.\n\nThe slides have killed at least 54 people.";
    let b = brief(&[("01", None, text), ("02", None, "The landslides killed 56 people, officials said.")]);
    let found: Vec<_> = b.issues.iter().filter(|i| i.kind == "contradiction").collect();
    assert_eq!(found.len(), 1, "{:#?}", b.issues);
    assert_eq!(&text[found[0].start..found[0].end], "62 people");
    assert!(found[0].message.contains("nearing 55 people"), "{}", found[0].message);
    // an update told as one, or parts beside a total, are not contradictions
    let b = brief(&[
        ("01", None, "The landslide toll is 62 people.\n\nEarlier the landslide toll stood at 48 people."),
        (
            "03",
            None,
            "On Friday the landslide toll was 62 people.\n\nOn Thursday the landslide toll stood at 48 people.",
        ),
        ("02", None, "The bridge repairs cost $2 billion.\n\nThe total cost of the storm is $9 billion."),
    ]);
    assert!(b.issues.iter().all(|i| i.kind != "contradiction"), "{:#?}", b.issues);
}

#[test]
fn totals_that_do_not_add_up_are_issues() {
    let b = brief(&[("01", None, "There were 1,200 deaths in the north and 300 in the south, a total of 1,600.")]);
    assert_eq!(b.issues.len(), 1, "{:#?}", b.issues);
    assert_eq!((b.issues[0].kind.as_str(), b.issues[0].text.as_str()), ("sum_mismatch", "1,600"));
    let b = brief(&[("01", None, "There were 1,200 deaths in the north and 300 in the south, a total of 1,500.")]);
    assert!(b.issues.is_empty());
}

#[test]
fn a_running_total_or_a_total_before_its_parts_is_no_sum() {
    // changes are no parts of a count they bring it to
    let b = brief(&[(
        "01",
        None,
        "The Greens lost 14 seats in Norland, while the Reds gained six seats, taking their total to 31.",
    )]);
    assert!(b.issues.iter().all(|i| i.kind != "sum_mismatch"), "{:#?}", b.issues);
    // the total word stands before the parts, so the last part is no total
    let b = brief(&[("01", None, "Medics treated a total of 6 adult patients, 4 men and 2 women.")]);
    assert!(b.issues.iter().all(|i| i.kind != "sum_mismatch"), "{:#?}", b.issues);
}

#[test]
fn a_headline_whole_that_its_parts_by_place_fall_short_of_is_an_issue() {
    let text = "Ruritania, Borduria flood toll passes 9,000\n\nAt least 4,100 people have died in Ruritania, \
                while 2,250 people have died in Borduria, officials said.";
    let b = brief(&[("01", None, text)]);
    let found: Vec<_> = b.issues.iter().filter(|i| i.kind == "sum_mismatch").collect();
    assert_eq!(found.len(), 1, "{:#?}", b.issues);
    assert_eq!(found[0].text, "9,000");
    // parts that make up the whole, or a whole that does not name the parts' places, say nothing
    let fits = text.replace("9,000", "6,300");
    let b = brief(&[("01", None, fits.as_str())]);
    assert!(b.issues.iter().all(|i| i.kind != "sum_mismatch"), "{:#?}", b.issues);
    let other = text.replace("Ruritania, Borduria flood", "Regional flood");
    let b = brief(&[("01", None, other.as_str())]);
    assert!(b.issues.iter().all(|i| i.kind != "sum_mismatch"), "{:#?}", b.issues);
}

#[test]
fn rates_of_one_amount_over_periods_that_cannot_all_hold_are_issues() {
    let text = "The striker will sign a contract worth at least £9 million per year. His monthly pay would be \
                almost £700,000, or around £175,000 each week.";
    let b = brief(&[("01", None, text)]);
    let found: Vec<&str> = b.issues.iter().filter(|i| i.kind == "contradiction").map(|i| i.text.as_str()).collect();
    assert_eq!(found, ["£700,000"], "{:#?}", b.issues);
    // "£700,000 a month, or £175,000 a week" restates the rate over another period: no bad conversion
    assert!(b.issues.iter().all(|i| i.kind != "conversion_mismatch"), "{:#?}", b.issues);
    // rates that agree, or a time rather than a period ("a year ago"), say nothing
    let agreed = text.replace("almost £700,000", "about £750,000");
    let b = brief(&[("01", None, agreed.as_str())]);
    assert!(b.issues.iter().all(|i| i.kind != "contradiction"), "{:#?}", b.issues);
    let b = brief(&[(
        "01",
        None,
        "The club paid £9 million a year ago. Its monthly bill is £700,000, or around £175,000 each week.",
    )]);
    assert!(b.issues.iter().all(|i| i.kind != "contradiction"), "{:#?}", b.issues);
}

#[test]
fn json_has_the_contract_keys() {
    let b = brief(&[("01", None, "About 40 km of road is closed."), ("02", None, "Some 40 km of road is closed.")]);
    let v: serde_json::Value = serde_json::to_value(&b).expect("serialises");
    assert_eq!(v["articles"][0]["id"], "01");
    assert!(v["articles"][0]["outlet"].is_string());
    let fact = &v["facts"][0];
    for key in ["label", "unit", "status", "claims"] {
        assert!(!fact[key].is_null(), "fact lacks {key}: {fact}");
    }
    let claim = &fact["claims"][0];
    assert_eq!(claim["value"], 40.0);
    assert_eq!(claim["approx"], "about");
    assert!(claim["claimant"].is_null());
    let m = &claim["mentions"][0];
    assert_eq!(
        (m["article"].as_str(), m["start"].as_u64(), m["end"].as_u64(), m["text"].as_str()),
        (Some("01"), Some(6), Some(11), Some("40 km"))
    );
    assert!(v["issues"].is_array());
}

#[test]
fn counts_for_different_places_are_different_questions() {
    let b = brief(&[
        (
            "01",
            None,
            "Officials in Vestmark have confirmed 1,412 deaths, and a further 388 people have died in Norland.",
        ),
        ("02", None, "The toll in Vestmark has gone past 1,300. In Norland the toll stands at about 400."),
        ("03", None, "Across both countries the cyclone has killed more than 1,900 people."),
    ]);
    let vestmark = fact_with(&b, "1,412 deaths");
    assert!(std::ptr::eq(vestmark, fact_with(&b, "1,300")));
    let norland = fact_with(&b, "388 people");
    assert!(std::ptr::eq(norland, fact_with(&b, "400")));
    assert!(!std::ptr::eq(vestmark, norland));
    // the whole is not a part
    let total = fact_with(&b, "1,900 people");
    assert!(!std::ptr::eq(total, vestmark) && !std::ptr::eq(total, norland));
    assert!(vestmark.label.ends_with("in Vestmark"), "{}", vestmark.label);
    assert_eq!(vestmark.status, Status::Differs);
}

#[test]
fn two_values_in_one_sentence_answer_two_questions() {
    let b = brief(&[
        ("01", None, "About 6,300 people have left the island, but some 2,100 have stayed behind, the mayor said."),
        ("02", None, "The mayor said 6,300 residents had gone to the mainland."),
        ("03", None, "Roughly 2,100 residents have stayed on the island."),
    ]);
    let gone = fact_with(&b, "6,300 people");
    let stayed = fact_with(&b, "2,100");
    assert!(!std::ptr::eq(gone, stayed));
    assert!(std::ptr::eq(gone, fact_with(&b, "6,300 residents")));
    assert!(std::ptr::eq(stayed, fact_with(&b, "2,100 residents")));
}

#[test]
fn an_update_in_one_sentence_is_one_question() {
    let b = brief(&[
        ("01", Some("2025-03-14"), "Police said three people died on Friday."),
        (
            "02",
            Some("2025-03-16"),
            "Police said 7 people have died since Friday, up from three confirmed deaths on the first day.",
        ),
    ]);
    let f = fact_with(&b, "7 people");
    assert!(std::ptr::eq(f, fact_with(&b, "three confirmed deaths")));
    assert!(std::ptr::eq(f, fact_with(&b, "three people")));
    assert!(f.updated, "{f:#?}");
}

#[test]
fn status_follows_the_precision_written() {
    // 800 square miles rounds 2,000 square kilometres (2,072): they agree
    let b = brief(&[
        ("01", None, "The blaze has burned 2,000 square kilometres of forest."),
        ("02", None, "The blaze has burned 800 square miles of forest."),
    ]);
    assert_eq!(fact_with(&b, "800 square miles").status, Status::Agreed);
    // 3,300 and 3,600 are two answers
    let b = brief(&[
        ("01", None, "About 3,300 people spent the night in sports halls."),
        ("02", None, "Some 3,600 people spent the night in sports halls."),
    ]);
    assert_eq!(fact_with(&b, "3,300 people").status, Status::Differs);
    // a vague amount does not dispute an exact one
    let b = brief(&[
        ("01", None, "Thousands of households lost their water supply."),
        ("02", None, "Some 23,000 households lost their water supply."),
    ]);
    let f = fact_with(&b, "23,000 households");
    assert!(std::ptr::eq(f, fact_with(&b, "Thousands of households")));
    assert_eq!(f.status, Status::Agreed);
}

#[test]
fn a_second_quake_is_another_magnitude() {
    let b = brief(&[
        (
            "01",
            None,
            "A 6.9 magnitude quake shook the coast before sunrise. By the afternoon another 6.7 magnitude tremor had rattled the same towns.",
        ),
        ("02", None, "The 6.9 magnitude quake was the strongest in a century."),
        ("03", None, "The magnitude 6.8 earthquake was felt across the border."),
    ]);
    let main = fact_with(&b, "6.9 magnitude");
    assert!(std::ptr::eq(main, fact_with(&b, "6.8")));
    assert!(!std::ptr::eq(main, fact_with(&b, "6.7 magnitude")));
    assert_eq!(main.status, Status::Differs);
}

#[test]
fn what_a_measure_measures_keeps_questions_apart() {
    let b = brief(&[
        ("01", None, "Engineers shored up 12 kilometres of the embankment."),
        ("02", None, "Army engineers will reinforce the 12km of embankment."),
        ("03", None, "A flood warning covers a 30-mile stretch of the river (48km)."),
    ]);
    let bank = fact_with(&b, "12 kilometres");
    assert!(std::ptr::eq(bank, fact_with(&b, "12km")));
    assert!(!std::ptr::eq(bank, fact_with(&b, "30-mile")));
}

#[test]
fn a_figure_that_says_neither_never_bridges_a_toll_and_a_count_of_buildings() {
    // 01's body figure is too far from "death toll" to read a concept; it is the same value as 01's
    // headline and as 02's buildings, and must side with its own headline
    let b = brief(&[
        (
            "01",
            None,
            "Death toll passes 730 in Vestmark\n\nThe death toll from the cyclone that tore through the fishing villages along the southern Vestmark coast late on Monday night climbed beyond 730 by Wednesday.",
        ),
        ("02", None, "Engineers said some 730 houses collapsed across Vestmark."),
        ("03", None, "The cyclone killed more than 700 people, the interior ministry said."),
    ]);
    let toll = fact_with(&b, "730 houses");
    let headline = b
        .facts
        .iter()
        .find(|f| f.claims.iter().any(|c| c.mentions.iter().any(|m| m.text == "730" && m.start < 30)))
        .expect("the headline toll is read");
    assert!(!std::ptr::eq(toll, headline), "the toll joined the buildings: {toll:#?}");
    let body = b
        .facts
        .iter()
        .filter(|f| f.claims.iter().any(|c| c.mentions.iter().any(|m| m.text.starts_with("730") && m.article == "01")))
        .count();
    assert_eq!(body, 1, "01's two tolls are one fact: {:#?}", b.facts);
}

#[test]
fn one_sum_in_two_currencies_is_one_fact() {
    // on 2023-07-14 the ECB quoted 1.1221 dollars and 0.8559 pounds to the euro: £40m is $52.4m
    let b = brief(&[
        ("01", Some("2023-07-14"), "The harbour board agreed to buy the ferry for £40m on Friday."),
        ("02", Some("2023-07-14"), "The board will pay $52.4 million for the ferry, its chair said."),
        ("03", Some("2023-07-14"), "A rival bid of £43m for the ferry was turned down in June."),
    ]);
    let f = fact_with(&b, "£40m");
    assert!(std::ptr::eq(f, fact_with(&b, "$52.4 million")), "{f:#?}");
    assert!(!std::ptr::eq(f, fact_with(&b, "£43m")), "{f:#?}");
}

#[test]
fn a_sum_restated_in_another_currency_joins_only_what_it_restates() {
    // on 2023-07-14 the ECB quoted 0.8559 pounds to the euro: the outlet's €56.5m is £48.4m at that
    // rate, but the outlet says it is £50m; it is not the £48.4m bridge
    let b = brief(&[
        ("01", Some("2023-07-14"), "The gallery paid the 56.5m euro (£50m) fee for the painting in May."),
        ("02", Some("2023-07-14"), "The city spent £48.4m on the new bridge over the river."),
        ("03", Some("2023-07-14"), "The painting cost the gallery £50m, its director said."),
    ]);
    let f = fact_with(&b, "56.5m euro");
    assert!(std::ptr::eq(f, fact_with(&b, "£50m")), "{f:#?}");
    assert!(!std::ptr::eq(f, fact_with(&b, "£48.4m")), "{f:#?}");
}

#[test]
fn a_share_in_words_and_a_percentage_answer_one_question() {
    // "two thirds" is 66.7%: it disputes 61%, and is no answer to a count
    let b = brief(&[
        ("01", None, "The Greens won two thirds of the seats in the chamber on Sunday."),
        ("02", None, "The Greens won 61% of the seats in the chamber, the commission said."),
        ("03", None, "The Greens won 84 seats in the chamber."),
    ]);
    let f = fact_with(&b, "two thirds");
    assert!(std::ptr::eq(f, fact_with(&b, "61%")), "{:#?}", b.facts);
    assert!(!std::ptr::eq(f, fact_with(&b, "84 seats")), "{:#?}", b.facts);
    assert_eq!(f.status, Status::Differs, "{f:#?}");
}

#[test]
fn the_age_of_someone_named_is_a_fact_and_a_passer_by_s_is_not() {
    let b = brief(&[
        ("01", None, "Halvorsen, 31, signed for the club on Monday. A 12-year-old fan waited at the gate."),
        ("02", None, "The club confirmed that the 31-year-old would join the squad in July."),
    ]);
    let f = fact_with(&b, "31");
    assert!(std::ptr::eq(f, fact_with(&b, "31-year-old")), "{f:#?}");
    assert_eq!(f.unit.code(), "years", "an age is told in years");
    assert!(f.label.starts_with("age"), "{}", f.label);
    assert_eq!(f.status, Status::Agreed);
    let unnamed = b.facts.iter().any(|f| f.claims.iter().any(|c| c.mentions.iter().any(|m| m.text == "12-year-old")));
    assert!(!unnamed, "an unnamed child's age is not a figure of the story");
}

#[test]
fn values_far_apart_with_nothing_in_common_but_a_noun_stay_apart() {
    let b = brief(&[
        ("01", None, "The Liberals won 9 seats in the new parliament, their best result."),
        ("02", None, "The new parliament has 180 seats, up from 170."),
    ]);
    assert!(!std::ptr::eq(fact_with(&b, "180 seats"), fact_with(&b, "9 seats")), "{:#?}", b.facts);
}

#[test]
fn slips_on_the_face_of_a_figure_are_issues() {
    let b = brief(&[
        ("01", None, "The Greens won 96 seats - 55.8 per cent of the seats. The deal is worth $12,5 million."),
        (
            "02",
            None,
            "The new chamber has 180 seats. Turnout passed more than million voters. A magnitude-5. 8 tremor hit.",
        ),
        ("03", None, "With all 180 seats declared, the Greens have 96 seats, or 53.3 per cent of the seats."),
    ]);
    let kinds: Vec<(&str, &str)> = b.issues.iter().map(|i| (i.text.as_str(), i.kind.as_str())).collect();
    assert!(kinds.contains(&("$12,5 million", "typo")), "{kinds:?}");
    assert!(kinds.contains(&("million voters", "typo")), "{kinds:?}");
    assert!(kinds.contains(&("5. 8", "typo")), "{kinds:?}");
    // 96 of 180 is 53.3%: 55.8% is not, and 53.3% is
    assert!(kinds.contains(&("55.8 per cent", "share_mismatch")), "{kinds:?}");
    assert!(!kinds.iter().any(|(t, _)| *t == "53.3 per cent"), "{kinds:?}");
    let share = b.issues.iter().find(|i| i.text == "55.8 per cent").map(|i| i.message.as_str());
    assert_eq!(share, Some("96 seats of 180 is 53.3%, not 55.8 per cent"));
}

#[test]
fn a_list_that_leaves_its_noun_out_counts_what_its_first_item_counts() {
    let b = brief(&[
        ("01", None, "The Greens have five seats, the Liberals four and the Civic Union (CU) two."),
        ("02", None, "In the end the Liberals won four seats and the Civic Union two seats."),
    ]);
    let liberals = fact_with(&b, "four");
    assert!(std::ptr::eq(liberals, fact_with(&b, "four seats")), "{:#?}", b.facts);
    assert!(std::ptr::eq(fact_with(&b, "two"), fact_with(&b, "two seats")), "{:#?}", b.facts);
    assert!(!std::ptr::eq(liberals, fact_with(&b, "two seats")), "one party's seats are not another's");
}

#[test]
fn one_partys_count_is_not_anothers_even_when_the_numbers_match_but_a_fee_is_both_sides() {
    let b = brief(&[
        ("01", None, "The Greens won 140 seats in the new chamber."),
        ("02", None, "After the recount the Liberals won 140 seats in the new chamber."),
        ("03", None, "The Greens took 141 seats in the new chamber, the count showed."),
    ]);
    let greens = fact_with(&b, "140 seats");
    assert!(std::ptr::eq(greens, fact_with(&b, "141 seats")), "{:#?}", b.facts);
    let liberals =
        b.facts.iter().filter(|f| f.claims.iter().any(|c| c.mentions.iter().any(|m| m.text == "140 seats"))).count();
    assert_eq!(liberals, 2, "the Liberals' 140 seats are a question of their own: {:#?}", b.facts);
    let b = brief(&[
        ("01", None, "Halden City paid £62m for the striker, a club record."),
        ("02", None, "Orla Rovers received £62m for the striker, a club record."),
    ]);
    assert_eq!(fact_with(&b, "£62m").outlets.len(), 2, "{:#?}", b.facts);
}

#[test]
fn a_workforce_told_as_a_verb_or_a_phrase_is_one_fact_and_a_site_is_a_part() {
    let b = brief(&[
        (
            "01",
            None,
            "Orvik Mills currently employs 2,400 people worldwide. It employs 150 people at its Halden plant.",
        ),
        ("02", None, "The cuts hit a tenth of its 2,350-strong global workforce, the union said."),
    ]);
    let f = fact_with(&b, "2,400 people");
    assert!(std::ptr::eq(f, fact_with(&b, "2,350-strong")), "{f:#?}");
    assert!(!std::ptr::eq(f, fact_with(&b, "150 people")), "{f:#?}");
}

#[test]
fn a_share_price_fall_told_three_ways_is_one_fact() {
    let b = brief(&[
        ("01", None, "After the profit warning last month, Orvik shares sank just under 15%."),
        ("02", None, "The warning in May caused shares to drop nearly 15 percent."),
        ("03", None, "Orvik's stock slid by nearly 15% back in May when the firm warned on profit."),
    ]);
    let f = fact_with(&b, "15%");
    assert!(std::ptr::eq(f, fact_with(&b, "15 percent")), "{f:#?}");
    assert_eq!(f.outlets.len(), 3, "{f:#?}");
}

#[test]
fn a_fact_no_concept_fits_is_labelled_by_what_its_sentences_say() {
    let b = brief(&[
        ("01", None, "Orvik Mills will cut 300 jobs at its mills, the company said."),
        ("02", None, "The firm is to cut 300 jobs, a spokesperson confirmed."),
    ]);
    let f = fact_with(&b, "300 jobs");
    assert_eq!(f.label, "jobs (cut)", "{f:#?}");
}

#[test]
fn the_last_lone_one_of_a_tally_by_place_is_a_figure() {
    let b = brief(&[
        ("01", None, "Of the 31 deaths, 22 were in Halden, eight in Vestby and one in the town of Norby."),
        ("02", None, "Of the dead, 20 were in Halden, eight in Vestby and one each in Norby and Lisk."),
    ]);
    assert!(find_fact(&b, "one").is_some(), "{:#?}", b.facts);
    // a lone "one" that is no part of a tally is still left out
    let b = brief(&[("01", None, "Officials counted 31 deaths; one of them was a child.")]);
    assert!(find_fact(&b, "one").is_none(), "{:#?}", b.facts);
}

#[test]
fn a_cut_told_of_a_team_or_as_a_reduction_is_one_question() {
    let b = brief(&[
        ("01", None, "Orvik Foods will cut 12% of its workforce, the bakery chain said on Monday."),
        ("02", None, "\"We will reduce our team by roughly 12%,\" its founder wrote."),
    ]);
    let f = fact_with(&b, "12%");
    assert_eq!(f.outlets.len(), 2, "{:#?}", b.facts);
}

#[test]
fn sales_and_revenue_are_one_thing() {
    let b = brief(&[
        ("01", None, "Orvik Foods said its quarterly revenue declined 6% from a year before."),
        ("02", None, "In the third quarter the bakery chain's sales declined 6%, it said."),
    ]);
    let f = fact_with(&b, "6%");
    assert_eq!(f.outlets.len(), 2, "{:#?}", b.facts);
}

#[test]
fn an_open_count_for_one_place_stays_with_that_place_not_the_whole() {
    let b = brief(&[
        ("01", None, "More than 11,000 people have died after the quake, the health ministry said on Friday."),
        ("02", None, "Some 12,000 people have died after the quake, the health ministry said on Friday."),
        ("03", None, "In all 3,400 were killed in Halden and 1,200 in Vestmark."),
        ("04", None, "At least 8,650 deaths have been reported in Norland."),
    ]);
    let whole = fact_with(&b, "12,000 people");
    let norland = fact_with(&b, "8,650 deaths");
    assert!(!std::ptr::eq(whole, norland), "{:#?}", b.facts);
}

#[test]
fn a_near_sum_in_another_currency_is_not_the_same_sum_at_once() {
    let day = Some("2023-03-02");
    let b = brief(&[
        ("01", day, "A fee of £50m was agreed for the striker on Monday."),
        ("02", day, "The striker's fee is £50m, the club said."),
        ("03", day, "That is still below the €56.5m that Vestby paid Norby for Jon Brek."),
    ]);
    let fee = fact_with(&b, "£50m");
    assert!(!std::ptr::eq(fee, fact_with(&b, "€56.5m")), "{:#?}", b.facts);
    // a restatement in brackets is still one sum
    let b = brief(&[
        ("01", day, "Halden United agreed to pay £50m (€56.3m) for the striker Ola Dane."),
        ("02", day, "Halden United will pay £50m for Ola Dane, the club said."),
    ]);
    assert!(std::ptr::eq(fact_with(&b, "£50m"), fact_with(&b, "€56.3m")), "{:#?}", b.facts);
}
