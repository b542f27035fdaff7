//! Attribution on made-up reports: every form of "who said it", pronouns carried across sentences,
//! quotes, and the outlet's own voice.

use crossread_attribute::{attribute, Claimant};
use crossread_figures::read_report;
use crossread_model::Report;

/// Each figure of `text` with the name of its claimant.
fn claims(text: &str) -> Vec<(String, Option<String>)> {
    let report = Report::from_text("t", "t.txt", text.to_string());
    let reading = read_report(&report);
    let who = attribute(&report, &reading);
    assert_eq!(who.len(), reading.figures.len());
    for c in who.iter().flatten() {
        assert_eq!(c.span.slice(&report.text), c.name, "a claimant's name is the text at its span");
    }
    reading.figures.iter().zip(who).map(|(f, c)| (f.text.clone(), c.map(|c: Claimant| c.name))).collect()
}

/// The claimant of the figure whose text starts with `fig`.
fn who(text: &str, fig: &str) -> Option<String> {
    let all = claims(text);
    all.iter().find(|(t, _)| t.starts_with(fig)).unwrap_or_else(|| panic!("no figure {fig:?} in {all:?}")).1.clone()
}

fn is(text: &str, fig: &str, name: &str) {
    assert_eq!(who(text, fig).as_deref(), Some(name), "{text}");
}

fn own_voice(text: &str, fig: &str) {
    assert_eq!(who(text, fig), None, "{text}");
}

#[test]
fn subject_before_said_and_says() {
    is("Governor Ana Ruiz said 14 people died in the floods.", "14", "Governor Ana Ruiz");
    is("The Harbour Authority says 300 boats were lost.", "300", "The Harbour Authority");
    is("Mayor Tomas Vell on Tuesday said 80 homes were flooded.", "80", "Mayor Tomas Vell");
}

#[test]
fn inverted_said_after_a_quote_or_clause() {
    is("\u{201c}We counted 14 bodies,\u{201d} said Mayor Tomas Vell.", "14", "Mayor Tomas Vell");
    is("About 900 people were moved, said Chief Inspector Lena Fors.", "900", "Chief Inspector Lena Fors");
}

#[test]
fn according_to_before_and_after() {
    is("About 2,000 homes lost power, according to Brightline Energy.", "2,000", "Brightline Energy");
    is("According to the Coastal Survey Office, the wave reached 5 metres.", "5 metres", "Coastal Survey Office");
    is("The pumps failed in 3,400 homes, according to the outage map at pipewatch.net.", "3,400", "pipewatch.net");
    is("At least 61 people died, according to a count kept by the Vesk Red Cross.", "61", "Vesk Red Cross");
}

#[test]
fn told_announced_reported_estimated_confirmed_wrote() {
    is("Inspector Lena Fors told reporters that 9 people were missing.", "9", "Inspector Lena Fors");
    is("The Vesk Fire Service announced that 35 crews were deployed.", "35", "The Vesk Fire Service");
    is("Radio Norland reported that 18 bridges had collapsed.", "18", "Radio Norland");
    is("Analysts at Corvin Risk estimated losses of $4 billion.", "$4 billion", "Corvin Risk");
    is("Hospital director Ines Pardo confirmed 27 deaths.", "27", "Hospital director Ines Pardo");
    is(
        "Regional head Piotr Anselm wrote on Telegram that 40 buildings were damaged.",
        "40",
        "Regional head Piotr Anselm",
    );
}

#[test]
fn sources_named_by_data_tallies_and_relays() {
    is(
        "Figures released by the Norland Statistics Office show joblessness rose to 7.5%.",
        "7.5%",
        "the Norland Statistics Office",
    );
    is("The toll stood at 88, as reported by Radio Vesk.", "88", "Radio Vesk");
    is("Vesk Radio's tally put the number of dead at 42.", "42", "Vesk Radio");
    is("According to Vesk Water's figures, 12,000 homes have no supply.", "12,000", "Vesk Water");
    is("Schools in 12 districts will stay shut, per the Vesk education board.", "12", "Vesk education board");
    own_voice("Fuel rose to $2 per litre.", "$2");
}

#[test]
fn ages_and_relative_clauses_between_name_and_verb() {
    is("Pardo, 54, said the clinic had treated 1,250 patients.", "1,250", "Pardo");
    is("Park, who toured the valley by helicopter, said 450 more crews would arrive.", "450", "Park");
    is("The utility, which serves 90,000 homes, said 7,800 were without power.", "7,800", "The utility");
    own_voice("The utility, which serves 90,000 homes, said 7,800 were without power.", "90,000");
}

#[test]
fn an_office_speaks_for_its_holder() {
    is("Mayor Vell's office said 115 tenants were rehoused.", "115", "Mayor Vell's office");
}

#[test]
fn titles_and_roles_before_names() {
    is("Acting governor Marta Quell said 26 clinics were closed.", "26", "Acting governor Marta Quell");
    is(
        "Kelso's fire chief Deputy Commissioner Rosa Lind said crews had cleared 45 square kilometres of scrub.",
        "45 square kilometres",
        "Kelso's fire chief Deputy Commissioner Rosa Lind",
    );
    is("The Norland Transport Ministry said 73 ferries were suspended.", "73", "The Norland Transport Ministry");
    is("Harbour officials said on Friday that 640 boats had been hauled ashore.", "640", "Harbour officials");
}

#[test]
fn apposition_gives_the_name() {
    is("Marta Quell, the acting mayor of Vesk, said 17 bridges were shut.", "17", "Marta Quell");
    is(
        "The chair of the Vesk water board, Marta Quell, told the inquiry that 64 pumps had failed.",
        "64",
        "Marta Quell",
    );
    is(
        "Roughly 830 patients were moved to other wards, the director of the clinic, Jonas Ribe, explained.",
        "830",
        "Jonas Ribe",
    );
}

#[test]
fn the_clause_may_stand_before_or_after_the_figure() {
    let text = "Mayor Marta Quell spoke on Friday. 19 trams were damaged, Quell said. Quell said 205 lamps were out.";
    is(text, "19", "Quell");
    is(text, "205", "Quell");
}

#[test]
fn adding_that_carries_the_speaker_on() {
    let text = "Marta Quell told the board that 37 wells were dry, adding that the lake had shrunk by 9 metres.";
    is(text, "37", "Marta Quell");
    is(text, "9 metres", "Marta Quell");
}

#[test]
fn a_trailing_relay_does_not_replace_the_speaker() {
    let text = "Governor Ana Ruiz said schools would reopen within 6 days and that 420 teachers had volunteered, Radio Vesk reported.";
    is(text, "420", "Governor Ana Ruiz");
    // "according to" names the source the reporting outlet passes on.
    let text =
        "Coastline Radio said on air that 2,815 sheep had drowned, according to a count by the Vesk Farm Office.";
    is(text, "2,815", "Vesk Farm Office");
}

#[test]
fn quotes_go_to_their_speaker() {
    let text = "Governor Marta Quell spoke to reporters.\n\u{201c}We have taken in 47 families,\u{201d} she said.";
    is(text, "47", "Governor Marta Quell");
    let text = "Governor Marta Quell said: \u{201c}The river rose 4 metres overnight.\n\u{201c}We evacuated 300 families from the old town.\u{201d}\nThe rain stopped on Friday after 3 days.";
    is(text, "4 metres", "Governor Marta Quell");
    is(text, "300", "Governor Marta Quell");
    own_voice(text, "3 days");
    // A quote on its own line is not spoken by the cue that opens the next line.
    let text = "\u{201c}We found 14 people alive,\u{201d} said Elena Vasquez of the Red Cross.\n\u{201c}The next 48 hours matter most.\u{201d}\nPolice said 8 looters had been held.";
    is(text, "48 hours", "Elena Vasquez of the Red Cross");
    is(text, "8 looters", "Police");
}

#[test]
fn pronouns_resolve_to_the_last_named_speaker() {
    let text = "Governor Marta Quell met the prime minister on Monday. She said 40 people were rescued. Officials said 9 roads were closed. He said nothing.";
    is(text, "40", "Governor Marta Quell");
    let text = "Inspector Jonas Ribe told Marta Quell the bridge was gone. He said 70 cars were swept away.";
    is(text, "70", "Inspector Jonas Ribe");
}

#[test]
fn a_role_resolves_to_the_named_holder() {
    let text =
        "Vesk governor Marta Quell ordered an evacuation. Rain kept falling. The governor said 3,000 people had left.";
    is(text, "3,000", "Vesk governor Marta Quell");
    let text = "Marta Quell, the governor of Vesk, visited the dam. Later the governor said 26 villages were flooded.";
    is(text, "26", "Marta Quell");
}

#[test]
fn the_outlets_own_voice_is_none() {
    own_voice("The storm killed 30 people in three towns.", "30");
    own_voice("Vesk Daily cannot independently verify the claim that 20 people died.", "20");
    own_voice("More than 5,000 cattle were estimated to have strayed.", "5,000");
    own_voice("An estimated 8,300 tourists are stuck at the airport.", "8,300");
    own_voice("Nine hikers were reported missing on the ridge.", "Nine");
}

#[test]
fn a_headline_repeating_an_attributed_figure_carries_its_claimant() {
    let text = "Landslide buries 31 cabins\n\nGovernor Marta Quell said 31 cabins were buried by the mud.";
    let all = claims(text);
    assert_eq!(all[0].1.as_deref(), Some("Governor Marta Quell"), "{all:?}");
}

#[test]
fn odd_bytes_and_unicode_never_panic() {
    let palette: Vec<&str> = vec![
        "said",
        "says",
        " ",
        "\u{201c}",
        "\u{201d}",
        "\"",
        ",",
        ".",
        "\n",
        "12",
        "1,000",
        "km",
        "Governor",
        "Ana",
        "according",
        "to",
        "the",
        "officials",
        "He",
        "she",
        "\u{1a}",
        "é",
        "日本",
        "🙂",
        "’s",
        "(",
        ")",
        "—",
        ":",
        "told",
        "Mr",
        "Quell",
        "adding",
        "that",
        "citing",
        "by",
        "were",
        "reported",
        "ß",
        "İ",
        "\u{301}",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..400 {
        let mut s = String::new();
        let n = (seed % 60) as usize + 1;
        for _ in 0..n {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push_str(palette[(seed % palette.len() as u64) as usize]);
            if seed & 3 == 0 {
                s.push(' ');
            }
        }
        let report = Report::from_text("t", "t.txt", s.clone());
        let reading = read_report(&report);
        let who = attribute(&report, &reading);
        assert_eq!(who.len(), reading.figures.len());
        for c in who.iter().flatten() {
            assert!(s.is_char_boundary(c.span.start) && s.is_char_boundary(c.span.end), "{s:?}");
            assert_eq!(c.span.slice(&s), c.name);
        }
        let _ = crossread_attribute::detect_outlet(&report);
    }
}

#[test]
fn a_tally_goes_on_from_the_body_that_gave_it() {
    let text = "Party A won 40 seats with 31% of the vote, the Vesk Electoral Board says. \
                Party B has 30 seats and 24% of the vote. Party C won 12 seats.\n\n\
                Turnout fell to 58%.";
    is(text, "30 seats", "the Vesk Electoral Board");
    is(text, "24%", "the Vesk Electoral Board");
    is(text, "12 seats", "the Vesk Electoral Board");
    // a new paragraph, or a sentence of other figures, is the outlet's own again
    own_voice(text, "58%");
    let other = "Party A won 40 seats, the Vesk Electoral Board says. The count took 11 hours.";
    own_voice(other, "11 hours");
    // a person's statement does not run on into the sentences after it
    let person = "Party A won 40 seats, Marta Quell said. Party B has 30 seats.";
    own_voice(person, "30 seats");
}

#[test]
fn the_company_is_the_body_named_before() {
    let text = "Shares of Orlan Systems fell 4% on Monday after the company said it would cut 900 jobs.";
    is(text, "900", "Orlan Systems");
    let possessive = "The future of Brevik Foods' plant in Tarn is unclear after the firm announced 300 layoffs.";
    is(possessive, "300", "Brevik Foods");
    // a person or a place is not what "the company" stands for
    let place = "In Tarn, the company said 120 staff would go.";
    is(place, "120", "the company");
}
