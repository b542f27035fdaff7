//! Tests of reading signatures, on made-up sentences.

use super::*;
use crossread_model::Span;

/// The signature of `figure`'s first occurrence in `text`.
pub(crate) fn sig(text: &str, figure: &str, counted: bool) -> Signature {
    let doc = Doc::new(text, Span::new(0, text.len()));
    let at = text.find(figure).expect("figure");
    let end = at + figure.len();
    let toks = doc.tokens();
    let first = toks.iter().position(|t| t.start() >= at).expect("first token");
    let last = toks.iter().rposition(|t| t.end() <= end).expect("last token");
    signature(&doc, doc.sentence_at(at).expect("sentence"), first, last, counted)
}

#[test]
fn what_a_share_or_amount_is_of() {
    let s = sig("The maker said it would lay off 9% of its workforce this year.", "9%", false);
    assert_eq!(s.thing.as_deref(), Some("person"), "a workforce is of people");
    assert_eq!(s.predicate.as_deref(), Some("lay"));
    let s = sig("Halden United agreed a fee of £40m for the striker.", "£40m", false);
    assert_eq!(s.thing.as_deref(), Some("payment"), "a fee is a payment");
    let s = sig("The retailer's quarterly revenue declined 6 per cent.", "6 per cent", false);
    assert_eq!(s.thing.as_deref(), Some("revenue"));
    assert_eq!(s.predicate.as_deref(), Some("decline"));
}

#[test]
fn holders_and_times() {
    let s = sig("The Greens won 14 seats, up from two.", "14 seats", true);
    assert_eq!(s.holder.as_deref(), Some("green"));
    assert_eq!(s.time, Time::Now);
    let s = sig("The firm cut 300 jobs last year.", "300 jobs", true);
    assert_eq!(s.time, Time::Earlier);
    let s = sig("Analysts expect sales to reach $9bn next year.", "$9bn", false);
    assert_eq!(s.time, Time::Forecast);
}

#[test]
fn holders_of_what_a_clause_after_the_figure_paid_for() {
    let text = "The fee tops the £90m Halden paid Orla Rovers for Jon Brek in 2021.";
    assert_eq!(sig(text, "£90m", false).holder.as_deref(), Some("jon brek"));
    let text = "It falls short of the £70m that Vesk City paid to sign Tarn midfielder Ola Dane.";
    assert_eq!(sig(text, "£70m", false).holder.as_deref(), Some("ola dane"));
    let text = "It falls short of the £70m that Vesk City paid last summer.";
    assert_eq!(sig(text, "£70m", false).holder, None);
}

#[test]
fn holders_of_what_a_clause_has_with_it() {
    let text = "With 96 seats, or 12 more than last time, Ardent's Green Party took control.";
    assert_eq!(sig(text, "96 seats", true).holder.as_deref(), Some("green"), "the subject after the phrase");
    let text = "The Liberals had their best night in decades, with 9 seats.";
    assert_eq!(sig(text, "9 seats", true).holder.as_deref(), Some("liberal"), "the subject before it");
    let text = "Crews worked through the night with 40 trucks.";
    assert_eq!(sig(text, "40 trucks", true).holder, None, "no name, no holder");
}

#[test]
fn holders_of_lists_siblings_and_wholes() {
    let text = "Results so far:\nNorthland - 96 seats, 28.4% of votes\nSinn Vale - 3 seats, 1.9% of votes";
    assert_eq!(sig(text, "96 seats", true).holder.as_deref(), Some("northland"));
    assert_eq!(sig(text, "28.4%", false).holder.as_deref(), Some("northland"), "a sibling's holder");
    assert_eq!(sig(text, "3 seats", true).holder.as_deref(), Some("sinn vale"), "a capitalised first word");
    let text = "Results so far:\nNorthland - 96 seats\nOthers - 7 seats\nothers - 5 seats";
    assert_eq!(sig(text, "7 seats", true).holder.as_deref(), Some("other"), "a row's label of any word");
    assert_eq!(sig(text, "5 seats", true).holder, None, "a label is capitalised");
    let text = "The Harbour Party won 40 of the 90 seats.";
    assert_eq!(sig(text, "40", false).holder.as_deref(), Some("harbor"), "a suffix is dropped; one spelling");
    assert_eq!(sig(text, "90 seats", true).holder, None, "a whole is not its part's holder's");
    let text = "The storm Orla caused 57 deaths, while Halden agreed to pay Vestby £4m.";
    assert_eq!(sig(text, "57 deaths", true).holder, None, "causing is not having");
    assert_eq!(sig(text, "£4m", false).holder, None, "the object of a verb is not the holder");
    let text =
        "Exit polls published tonight give the ruling coalition about 200 seats and the Veld Labour Movement 150.";
    let s = sig(text, "150", false);
    assert_eq!(s.holder.as_deref(), Some("vlm"), "three words go by initials: {s:?}");
}

#[test]
fn figures_of_one_sentence_read_its_parts_once() {
    let text = "The Greens won 14 seats and the Liberals took 9 seats, officials said.";
    let doc = Doc::new(text, Span::new(0, text.len()));
    let parts = SentenceParts::new(&doc, 0);
    let mut holders = Vec::new();
    for figure in ["14 seats", "9 seats"] {
        let at = text.find(figure).expect("figure");
        let first = doc.tokens().iter().position(|t| t.start() >= at).expect("first token");
        let last = doc.tokens().iter().rposition(|t| t.end() <= at + figure.len()).expect("last token");
        let shared = signature_in(&doc, &parts, first, last, true);
        assert_eq!(shared, signature(&doc, 0, first, last, true), "{figure}");
        holders.push(shared.holder.map(|h| h.to_string()));
    }
    assert_eq!(holders, [Some("green".to_string()), Some("liberal".to_string())]);
}

#[test]
fn holder_keys_match_the_ways_a_name_is_written() {
    assert_eq!(holder_key("conservatives"), holder_key("conservative party"));
    assert_eq!(holder_key("scottish national party"), holder_key("snp"));
    assert_eq!(holder_key("mr ardent"), "ardent");
    assert_ne!(holder_key("labour"), holder_key("liberal democrats"));
    assert_eq!(holder_key("västra förbund"), holder_key("vastra forbund"), "accents dropped");
}

#[test]
fn a_holder_named_shorter_elsewhere_takes_the_shorter_key() {
    let map = shortened_holders(["reform", "reform union", "green", "liberal", "liberal democrat", "liberal union"]);
    assert_eq!(map.get("reform union").map(String::as_str), Some("reform"));
    assert_eq!(map.get("liberal democrat"), None, "a short key that begins two longer ones is ambiguous");
    assert_eq!(map.get("green"), None);
    assert!(shortened_holders(["reformist", "reform"]).is_empty(), "whole words only");
}

#[test]
fn a_share_named_by_a_compound_is_of_its_first_noun() {
    let s = sig("The Harbour Party won a vote share of just 31.2 per cent.", "31.2 per cent", false);
    assert_eq!(s.thing.as_deref(), Some("vote"), "not a company's stock: {s:?}");
    let s = sig("Vestra Motors saw its share of the market slip to 9%.", "9%", false);
    assert_ne!(s.thing.as_deref(), Some("vote"));
    let s = sig("Orvik shares fell 12% on Monday.", "12%", false);
    assert_eq!(s.thing.as_deref(), Some("stock"), "a share alone is still stock: {s:?}");
}

#[test]
fn the_level_a_change_ends_at_is_of_what_changed() {
    let text = "The Greens' vote share grew by under three percentage points to 31%.";
    let s = sig(text, "31%", false);
    assert_eq!(s.thing.as_deref(), Some("vote"), "{s:?}");
    assert_eq!(s.predicate.as_deref(), Some("grow"), "{s:?}");
}

#[test]
fn holders_of_a_share_had_with_it_and_of_a_possessed_subject() {
    let text = "The Harbour Party took 40 seats, with a ballot share of only 31.2 per cent.";
    assert_eq!(sig(text, "31.2 per cent", false).holder.as_deref(), Some("harbor"), "what it has, before an of");
    let text = "With most votes counted, the Greens have won 40 seats \u{2013} a third of the total \u{2013} with a vote share of 31%.";
    assert_eq!(sig(text, "31%", false).holder.as_deref(), Some("green"), "the subject of an earlier clause");
    let text = "The Liberals' vote share only increased by two points to 31%.";
    assert_eq!(sig(text, "31%", false).holder.as_deref(), Some("liberal"), "the possessor of the subject");
    let text = "Across the valley the vote share rose by two points to 31%.";
    assert_eq!(sig(text, "31%", false).holder, None, "no possessor, no holder");
}

#[test]
fn a_letter_glued_to_a_number_is_no_holder() {
    let s = sig("Costs climbed 8% in Q3 of this year, and its total takings fell 4%.", "4%", false);
    assert_eq!(s.holder, None, "{s:?}");
    let s = sig("Costs climbed 8% at Orvik this year, and its total takings fell 4%.", "4%", false);
    assert!(s.holder.is_some(), "a name still holds: {s:?}");
}

#[test]
fn a_word_of_forecasting_before_a_body_is_no_forecast() {
    let s = sig("A storm forecasting company now puts the losses at $90 billion.", "$90 billion", false);
    assert_eq!(s.time, Time::Now, "{s:?}");
    let s = sig("The agency is forecasting losses of $90 billion.", "$90 billion", false);
    assert_eq!(s.time, Time::Forecast, "{s:?}");
}

#[test]
fn a_word_hyphenated_to_the_next_is_no_row_label() {
    let s = sig("Factsheet-Over 90 homes in Vesk had no electricity by Tuesday.", "90 homes", true);
    assert_eq!(s.holder, None, "{s:?}");
    let s = sig("Greens - 96 seats, the Liberals - 40 seats.", "96 seats", true);
    assert_eq!(s.holder.as_deref(), Some("green"), "{s:?}");
}

#[test]
fn a_sum_paid_over_a_period_is_a_payment() {
    let s = sig("Halden United want the guaranteed £40m paid within 18 months.", "18 months", false);
    assert_eq!(s.thing.as_deref(), Some("payment"), "the subject is a sum of money");
    assert_eq!(s.predicate.as_deref(), Some("pay"));
    let s = sig("The club said the fee will be paid over two years.", "two years", false);
    assert_eq!(s.thing.as_deref(), Some("payment"));
    let s = sig("The striker's contract will run for 5 years.", "5 years", false);
    assert_ne!(s.thing.as_deref(), Some("payment"), "a contract is no payment");
}

#[test]
fn a_word_between_subject_and_verb_is_passed_over() {
    let s = sig("Ardent's stock has now plummeted 64% this year.", "64%", false);
    assert_eq!(s.thing.as_deref(), Some("stock"));
    let s = sig("Ardent's stock has plummeted 64% this year.", "64%", false);
    assert_eq!(s.thing.as_deref(), Some("stock"));
}

#[test]
fn a_share_of_the_subjects_own_worth_is_of_the_subject() {
    let s = sig("Ardent Mills stock has lost two thirds of its worth since June.", "two thirds", false);
    assert_eq!(s.thing.as_deref(), Some("stock"), "the stock's own worth");
    let s = sig("The buyer paid two thirds of the value of the farm.", "two thirds", false);
    assert_eq!(s.thing.as_deref(), Some("value"), "not its own: the farm's value");
}

#[test]
fn a_plural_possessive_before_the_figure_holds_it() {
    let text = "The surprise of the night was the Ember Greens' 12% vote share.";
    assert_eq!(sig(text, "12%", false).holder.as_deref(), Some("ember green"), "an apostrophe of its own");
    let text = "The surprise of the night was the Ember Greens\u{2019} 12% vote share.";
    assert_eq!(sig(text, "12%", false).holder.as_deref(), Some("ember green"), "a curly apostrophe");
    let text = "The surprise of the night was a 12% vote share.";
    assert_eq!(sig(text, "12%", false).holder, None, "no possessive, no holder");
}

#[test]
fn a_figure_had_with_it_is_of_the_name_the_sentence_opens_on() {
    let text = "For the Ember Alliance, it was a grim night, with a mere 12 seats.";
    assert_eq!(sig(text, "12 seats", true).holder.as_deref(), Some("ember alliance"), "the topic");
    let text = "For Ola Dane-led Greens, it was a rout with only 10 seats.";
    assert_eq!(sig(text, "10 seats", true).holder.as_deref(), Some("green"), "the name that ends the phrase");
    let text = "For now, it is a rout with a mere 10 seats.";
    assert_eq!(sig(text, "10 seats", true).holder, None, "no name, no topic");
}
