//! Behaviour of the figure reader on sentences written for these tests.

mod common;

use common::{all, one};
use crossread_figures::{read_line, read_report, read_text, split_changes};
use crossread_model::{Approx, Figure, Report, Trend, Value};

fn num(v: f64) -> Value {
    Value::Number(v)
}

#[test]
fn digits_with_separators_and_decimals() {
    assert_eq!(one("The council counted 1,000 ballots.").value, num(1000.0));
    assert_eq!(one("Rainfall reached 7.5 inches overnight.").value, num(7.5));
    assert_eq!(one("The fund holds 3,00,000 rupees.").value, num(300000.0));
    assert_eq!(one("A crowd of 1 200 gathered.").value, num(1200.0));
    assert_eq!(one("The rate fell to .25 per cent.").value, num(0.25));
}

#[test]
fn slips_of_the_pen_read_as_meant() {
    // a decimal comma before a scale word is a decimal point, not two figures
    let f = one("The contract is worth $12,5 million a season.");
    assert_eq!(f.value, num(12.5e6));
    assert!(f.text.starts_with("$12,5 million"), "{}", f.text);
    // a scale word whose "a" was lost after a qualifier is one of it
    let f = one("The petition gathered more than million signatures.");
    assert_eq!(f.value, num(1e6));
    assert_eq!(f.approx, Approx::AtLeast);
    // a space after a decimal point: one figure, in one sentence
    let f = one("A magnitude-5. 8 tremor shook the valley.");
    assert_eq!(f.value, num(5.8));
    assert_eq!(f.text, "5. 8");
    // a sentence that ends in a number is still two sentences
    assert_eq!(all("The toll rose to 12. 5 more bodies were found.").len(), 2);
    // a bare scale word with no qualifier before it is no figure ("the million-strong march")
    assert!(all("Marchers said million was a round number.").is_empty());
}

#[test]
fn offsets_point_at_the_words() {
    let text = "Officials said about 2,500 sq km (965 square miles) were flooded.";
    let f = all(text);
    assert_eq!(f.len(), 2);
    assert_eq!(&text[f[0].span.start..f[0].span.end], "2,500 sq km");
    assert_eq!(f[0].text, "2,500 sq km");
    assert_eq!(f[0].unit, "km2");
    assert_eq!(f[0].approx, Approx::About);
    assert_eq!(f[1].text, "965 square miles");
    assert_eq!(f[1].unit, "mi2");
    // the conversion in brackets shares the qualifier of the figure it restates
    assert_eq!(f[1].approx, Approx::About);
    // and so does one after ", or"
    let f = all("Settlers have cleared more than 2,500 sq km, or 965 square miles, of the plain.");
    assert_eq!((f[1].text.as_str(), f[1].approx), ("965 square miles", Approx::AtLeast));
    assert!(crossread_figures::restates(" (about") && !crossread_figures::restates(", and"));
}

#[test]
fn negatives_and_percentages() {
    let f = one("Temperatures dropped to -12C overnight.");
    assert_eq!((f.value, f.unit.as_str()), (num(-12.0), "degC"));
    let f = one("Inflation was 2.1 per cent in May.");
    assert_eq!((f.value, f.unit.as_str(), f.unit_name.as_str()), (num(2.1), "percent", "percentage"));
    assert_eq!(one("Turnout was 61%.").unit, "percent");
}

#[test]
fn currencies_and_scales() {
    let cases = [
        ("The bridge cost $6 to build.", 6.0, "USD"),
        ("Repairs will cost £2.5bn, the council said.", 2.5e9, "GBP"),
        ("The grant is worth US$3 million.", 3e6, "USD"),
        ("The club paid €40m for him.", 40e6, "EUR"),
        ("He was fined 45 million euros.", 45e6, "EUR"),
        ("The yacht sold for USD10m last week.", 10e6, "USD"),
        ("Shares closed at RM23.50 on Friday.", 23.5, "MYR"),
    ];
    for (text, value, code) in cases {
        let f = one(text);
        assert_eq!((f.value, f.unit.as_str()), (num(value), code), "{text}");
    }
    assert_eq!(one("Brent crude fetched $64.70 per barrel.").unit_name, "dollar per barrel");
}

#[test]
fn number_words() {
    let cases = [
        ("Eighteen schools closed.", 18.0),
        ("The fire burned for twenty-five hours.", 25.0),
        ("It took one hundred and twenty volunteers.", 120.0),
        ("The search lasted two and a half days.", 2.5),
        ("A dozen homes were lost.", 12.0),
    ];
    for (text, value) in cases {
        assert_eq!(one(text).value, num(value), "{text}");
    }
}

#[test]
fn ranges() {
    let f = one("The convoy travelled 22 to 31 miles.");
    assert_eq!((f.value, f.unit.as_str(), f.approx), (Value::Range(22.0, 31.0), "mi", Approx::Range));
    assert_eq!(one("Between 18,000-20,000 people fled.").value, Value::Range(18000.0, 20000.0));
    let f = one("The ministry expects between 4 and 9 closures.");
    assert_eq!((f.value, f.approx), (Value::Range(4.0, 9.0), Approx::Range));
    assert_eq!(one("Regulators may seek $2 to $6 billion in penalties.").value, Value::Range(2e9, 6e9));
    let f = one("The toll climbed from 5,300 to 11,300.");
    assert_eq!(f.value, Value::Range(5300.0, 11300.0));
    assert!(f.from_to, "a from-to range is a change");
}

#[test]
fn vague_amounts() {
    let f = one("Tens of thousands of people fled the city.");
    assert_eq!((f.value, f.vague), (Value::Range(1e4, 1e5), true));
    assert_eq!(f.counted.as_deref(), Some("people"));
    assert!(one("Hundreds were rescued.").vague);
    assert!(one("Dozens of roads were closed.").vague);
    assert!(all("A handful of residents stayed behind.").is_empty());
}

#[test]
fn glued_spaced_and_hyphenated_units() {
    let cases = [
        ("They pushed 12km into the region.", 12.0, "km"),
        ("Farmers lease 3,200sq km of land.", 3200.0, "km2"),
        ("That is 1,236 square miles.", 1236.0, "mi2"),
        ("A 19-mile stretch was closed.", 19.0, "mi"),
        ("A 40-kilometer front opened.", 40.0, "km"),
        ("Winds reached 90 mph.", 90.0, "mph"),
        ("Gusts reached 160 km/h.", 160.0, "km/h"),
        ("Only 120mm of rain fell.", 120.0, "mm"),
        ("The dam holds 5 square kilometres of water.", 5.0, "km2"),
    ];
    for (text, value, code) in cases {
        let f = one(text);
        assert_eq!((f.value, f.unit.as_str()), (num(value), code), "{text}");
    }
}

#[test]
fn suspicious_units_are_kept_as_written() {
    let f = all("Rebels now hold 2,400 square kilometres (927m2) of the valley.");
    assert_eq!(f.len(), 2);
    assert_eq!((f[1].text.as_str(), f[1].unit.as_str(), f[1].value), ("927m2", "m2", num(927.0)));
}

#[test]
fn qualifiers_set_exactness() {
    let cases = [
        ("about 40 homes", Approx::About),
        ("around 40 homes", Approx::About),
        ("some 40 homes", Approx::About),
        ("nearly 40 homes", Approx::AtMost),
        ("almost 40 homes", Approx::AtMost),
        ("up to 40 homes", Approx::AtMost),
        ("fewer than 40 homes", Approx::AtMost),
        ("more than 40 homes", Approx::AtLeast),
        ("at least 40 homes", Approx::AtLeast),
        ("over 40 homes", Approx::AtLeast),
        ("40 homes or more", Approx::AtLeast),
        ("40 homes", Approx::Exact),
    ];
    for (phrase, approx) in cases {
        let text = format!("The storm damaged {phrase} on Monday.");
        let f = one(&text);
        assert_eq!(f.approx, approx, "{text}");
        assert_eq!(f.text, "40 homes", "{text}");
    }
    // verbs that make the figure a bound
    for (text, approx) in [
        ("Registrations surpassed 75 teams on Friday.", Approx::AtLeast),
        ("Attendance exceeds 75 people.", Approx::AtLeast),
        ("Losses topped 75 boats.", Approx::AtLeast),
        ("With the queue nearing 75 cars, the gates opened.", Approx::AtMost),
        ("The tally is approaching 75 votes.", Approx::AtMost),
        ("Swells as high as 4 metres reached the pier.", Approx::AtMost),
    ] {
        assert_eq!(one(text).approx, approx, "{text}");
    }
}

#[test]
fn trends() {
    assert_eq!(one("Sales rose 5% in March.").trend, Some(Trend::Up));
    assert_eq!(one("Exports fell by 3.4% last quarter.").trend, Some(Trend::Down));
    assert_eq!(one("Prices rose to $7 a litre.").trend, None);
    assert_eq!(one("The index was +0.4% at noon.").trend, Some(Trend::Up));
}

#[test]
fn counted_nouns() {
    let f = one("Norland's farmers sold 43 tractors.");
    assert_eq!((f.counted.as_deref(), f.unit_name.as_str()), (Some("tractors"), "tractor"));
    let f = one("As many as 9 first-team drivers quit.");
    assert_eq!(f.unit_name, "first-team driver");
    let f = one("Medics said 37 have been hurt.");
    assert_eq!((f.counted.as_deref(), f.unit_name.as_str()), (Some("people"), ""));
}

#[test]
fn dates_times_and_years_are_not_figures() {
    for text in [
        "The strike began on 9 October.",
        "It started in November 2019.",
        "The sirens sounded at 16.42 local time.",
        "The meeting ended at 5:30pm.",
        "The flood of 1953 was worse.",
        "Officials met on March 29.",
        "Buses left at 8am.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
}

#[test]
fn ordinals_names_codes_and_phones_are_not_figures() {
    for text in [
        "It was the seventh day of the offensive.",
        "Veterans of the First World War were honoured.",
        "Norland bought Skarv 240 drones.",
        "Under Section 427 the order stands.",
        "Pilots trained on the F-16 jet.",
        "Cases of COVID-19 rose.",
        "Call 0800 123 456 for help.",
        "He scored in the 96th minute.",
        "The E18 motorway was shut.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
}

#[test]
fn ages_in_apposition_are_ages() {
    let f = one("Astrid Berg, 79, was rescued by neighbours.");
    assert_eq!((f.value, f.unit.as_str(), f.unit_name.as_str()), (num(79.0), "age", "year of age"));
    // a caption's aside in brackets after the age
    let f = one("Astrid Berg, four (seen here with her father), was rescued by neighbours.");
    assert_eq!((f.value, f.unit.as_str()), (num(4.0), "age"));
}

#[test]
fn figures_across_sentences_name_their_sentence() {
    let figures = read_text("Twelve died. The river rose 4.2 metres.\nAbout 300 volunteers helped.");
    let sentences: Vec<usize> = figures.iter().map(|f| f.sentence).collect();
    assert_eq!(sentences, [0, 1, 2]);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn never_panics_and_spans_are_exact(s in "\\PC{0,200}") {
            for f in read_text(&s) {
                prop_assert!(f.span.start <= f.span.end && f.span.end <= s.len());
                prop_assert_eq!(&s[f.span.start..f.span.end], f.text.as_str());
            }
        }

        #[test]
        fn numbers_written_with_commas_read_back(n in 1_000u64..1_000_000_000) {
            let mut digits = n.to_string();
            let mut grouped = String::new();
            while digits.len() > 3 {
                let tail = digits.split_off(digits.len() - 3);
                grouped = format!(",{tail}{grouped}");
            }
            let text = format!("Officials counted {digits}{grouped} ballots.");
            let f = read_line(&text);
            prop_assert_eq!(f.len(), 1);
            prop_assert_eq!(f[0].value, Value::Number(n as f64));
        }
    }
}

#[test]
fn a_range_scale_applies_only_to_a_bare_first_end() {
    assert_eq!(one("Berths cost from $180,000 to $2.4 million.").value, Value::Range(180000.0, 2.4e6));
    assert_eq!(one("The fine could reach 1 to 2 billion euros.").value, Value::Range(1e9, 2e9));
}

#[test]
fn magnitudes_in_their_usual_wordings() {
    for text in [
        "It had a magnitude of 6.3, the agency said.",
        "A 6.3 earthquake struck.",
        "A magnitude-6.3 quake hit.",
        "The 6.3-magnitude quake hit.",
    ] {
        let f = one(text);
        assert_eq!((f.value, f.unit.as_str()), (num(6.3), "magnitude"), "{text}");
    }
}

#[test]
fn parts_fractions_and_kinds() {
    let f = all("The charity has collected 65 million of the 3.2 billion shekels it needs.");
    assert_eq!((f[0].value, f[0].unit.as_str()), (num(65e6), "ILS"));
    assert_eq!(one("Two-thirds of the orchards flooded.").value, num(2.0 / 3.0));
    assert_eq!(one("Critics call it one of the best folding bicycles sold today.").unit_name, "good folding bicycle");
    assert_eq!(one("The repair takes a day or two.").unit, "days");
    assert_eq!(one("The glacier could retreat 40 metres per decade.").unit_name, "metre per decade");
}

#[test]
fn product_names_and_addresses_are_not_figures() {
    for text in [
        "The new Zephyr 12 Max sold out.",
        "The bakery at 214 Kelso Lane is closed.",
        "The first flight of the 919 Condor was postponed.",
        "Officers were sent to the 2300 block of Ferrow Avenue.",
        "A neighbour called 911 at once.",
        "The 999 call came from a kiosk.",
        "Photo 4 of 17",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
}

#[test]
fn a_rate_after_a_bracketed_conversion_applies_to_both() {
    let f = all("Storm Ilse carried gusts of 95 miles (153 kilometers) per hour.");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!((f[0].text.as_str(), f[0].unit.as_str()), ("95 miles", "mph"));
    assert_eq!((f[1].text.as_str(), f[1].unit.as_str()), ("153 kilometers", "km/h"));
    // without the rate they stay lengths
    let f = all("The tide rose 12 feet (4 meters) above normal in the harbour.");
    assert_eq!(f[0].unit, "ft");
}

#[test]
fn a_count_beside_an_emergency_line_or_counter_is_still_read() {
    // the number is skipped, the count in the same line is not
    let f = all("Nine callers dialled 911 and 3 people were hurt.");
    let texts: Vec<&str> = f.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(texts, ["Nine callers", "3 people"], "{f:#?}");
}

fn shape(f: &Figure) -> (String, Value, String, String) {
    (f.text.clone(), f.value, f.unit.to_string(), f.unit_name.clone())
}

#[test]
fn units_of_the_database_in_every_written_form() {
    let cases = [
        ("The gale reached 70 m.p.h. at the pier.", "70 m.p.h.", 70.0, "mph", "mile per hour"),
        ("The lorry tyres hold 95 psi of air.", "95 psi", 95.0, "psi", "pound per square inch"),
        ("The new alloy is rated at 180 GPa.", "180 GPa", 180.0, "GPa", "gigapascal"),
        ("A 132 kV cable feeds the quarry.", "132 kV", 132.0, "kV", "kilovolt"),
        ("The tug kept a speed of 11 knots.", "11 knots", 11.0, "knots", "knot"),
        ("The village link now runs at 2Gbps.", "2Gbps", 2.0, "Gbps", "gigabit per second"),
        ("The kiln reached 900 degrees Celsius.", "900 degrees Celsius", 900.0, "degC", "celsius"),
        ("Each vial holds 5 mL of serum.", "5 mL", 5.0, "ml", "millilitre"),
        ("The barge burns 40 kWh a day.", "40 kWh a day", 40.0, "kWh/day", "kilowatt hour per day"),
    ];
    for (text, written, value, code, name) in cases {
        assert_eq!(shape(&one(text)), (written.into(), num(value), code.into(), name.into()), "{text}");
    }
    // capitalised mid-sentence a unit's name names something; a generation is no figure
    assert!(all("The band played at the 1899 Bar on Friday.").is_empty());
    assert!(all("The handset supports 4G and 5G networks.").is_empty());
    // a glued capital letter that the database spells a unit with is a grade or a scale in news
    assert!(all("The pupils of class 3A won the quiz.").iter().all(|f| f.unit != "A"));
}

#[test]
fn compound_rates_per_anything_a_rate_may_be_per() {
    let f = one("The guard averaged 21.5 points per game this winter.");
    assert_eq!((f.unit.as_str(), f.unit_name.as_str()), ("count/game", "point per game"));
    let f = one("The pump beat 90 times a minute.");
    assert_eq!((f.unit.as_str(), f.unit_name.as_str()), ("count/minute", "count per minute"));
    let f = one("The mill paid A$3 per share in May.");
    assert_eq!((f.unit.as_str(), f.unit_name.as_str()), ("AUD/share", "australian dollar per share"));
    let f = one("The field pumps 2.5m barrels a day.");
    assert_eq!((f.value, f.unit.as_str()), (num(2.5e6), "bbl/d"));
    let f = one("The fair raised 3 million rupees.");
    assert_eq!((f.value, f.unit.as_str()), (num(3e6), "INR"));
    // after "the", a glued "m" is a million only before a currency: "the 400m hurdles" is metres
    let f = one("Talks stalled over the 85m euro price Valdor set.");
    assert_eq!((f.value, f.unit.as_str()), (num(85e6), "EUR"));
    let f = one("She won the 400m hurdles in Oslo.");
    assert_eq!((f.value, f.unit.as_str()), (num(400.0), "m"));
}

#[test]
fn counted_nouns_past_modifiers_and_partitives() {
    let f = one("The forward scored nine more goals than his brother.");
    assert_eq!((f.unit_name.as_str(), f.counted.as_deref()), ("goal", Some("goals")));
    let f = one("She filed a 60 page complaint with the board.");
    assert_eq!(f.unit_name, "page");
    let f = one("Four of the governor's advisers quit.");
    assert_eq!((f.value, f.unit_name.as_str()), (num(4.0), "adviser"));
    // the benchmark names an adjective between the determiner and the number with the noun
    assert_eq!(one("The top four teams went through.").unit_name, "top team");
}

#[test]
fn a_bare_number_takes_the_unit_of_the_figure_it_is_compared_with() {
    let f = all("Exports reached 5.2 million crates, up from 3.9 million.");
    assert_eq!((f[1].value, f[1].unit_name.as_str()), (num(3.9e6), "crate"));
    let f = all("The fare rose to $9 from 8 last spring.");
    assert_eq!((f[1].value, f[1].unit.as_str()), (num(8.0), "USD"));
    let f = all("Mileage went from about 30-34 mpg to 41 in the new model.");
    assert_eq!((f[1].value, f[1].unit.as_str()), (num(41.0), "mpg"));
    // a level after a change is no part of the change's unit
    let f = all("The index fell 2% to 1,310 on Monday.");
    assert_eq!(f[1].unit, "count");
}

#[test]
fn fractions_multiples_ranges_and_lists() {
    let f = one("A fifth of the orchards were lost.");
    assert_eq!((f.value, f.unit.as_str(), f.unit_name.as_str()), (num(0.2), "share", "% orchard"));
    let f = one("Three quarters of the ferries ran late.");
    assert_eq!((f.value, f.unit.as_str()), (num(0.75), "share"));
    // a fraction in words with no whole named after it is a share all the same
    let f = one("The mayor's approval rating is now around one-third.");
    assert_eq!((f.value, f.unit.as_str()), (num(1.0 / 3.0), "share"));
    assert_eq!(one("Half the boats stayed in port.").value, num(0.5));
    let f = one("Two out of five anglers caught nothing.");
    assert_eq!((f.value, f.unit_name.as_str()), (num(0.4), "% angler"));
    let f = one("Rents rose fivefold over the decade.");
    assert_eq!((f.value, f.unit.as_str(), f.trend), (num(5.0), "multiple", Some(Trend::Up)));
    let f = one("The queue doubled overnight.");
    assert_eq!((f.value, f.trend), (num(2.0), Some(Trend::Up)));
    let f = one("Eight or nine kites broke loose.");
    assert_eq!((f.value, f.approx), (Value::Range(8.0, 9.0), Approx::Range));
    let f = one("Growth will be between 2 and 3 per cent.");
    assert_eq!((f.value, f.unit.as_str()), (Value::Range(2.0, 3.0), "percent"));
    let f = all("The ports moved +1.5%, -0.8% and +0.2% in the week.");
    let trends: Vec<_> = f.iter().map(|f| f.trend).collect();
    assert_eq!(trends, [Some(Trend::Up), Some(Trend::Down), Some(Trend::Up)]);
}

#[test]
fn names_spec_compounds_date_ranges_and_idioms_are_no_figures() {
    assert!(all("The Dow 30 and the Russell 2000 both slipped.").is_empty());
    assert!(all("Work on the pier ran from 2015-2018.").is_empty());
    assert!(all("One of these days the dam will give.").is_empty());
    assert!(all("The crew were at sixes and sevens all week.").is_empty());
}

#[test]
fn a_change_from_one_value_to_another_splits_into_its_ends() {
    let split = |text: &str| {
        let report = Report::from_text("t", "t.txt", text.to_string());
        let reading = read_report(&report);
        let figures = split_changes(&reading.doc, reading.figures.clone());
        figures.iter().map(|f| (f.text.clone(), f.value, f.approx)).collect::<Vec<_>>()
    };
    assert_eq!(
        split("Profit at the Dunmore mill fell from $9.5bn to $7.25bn last spring."),
        [
            ("$9.5bn".to_string(), Value::Number(9.5e9), Approx::Exact),
            ("$7.25bn".to_string(), Value::Number(7.25e9), Approx::Exact)
        ]
    );
    let ends = split("The crew was raised from about 300 to 850 by the evening.");
    assert_eq!(ends.len(), 2, "{ends:?}");
    assert_eq!((ends[0].1, ends[0].2), (Value::Number(300.0), Approx::About));
    assert_eq!(ends[1].1, Value::Number(850.0));
    // a spread is no change: it stays one range
    assert_eq!(split("Estimates range from 300 to 850 people.")[0].1, Value::Range(300.0, 850.0));
}

#[test]
fn counts_after_names_in_a_list_are_figures() {
    let values = |text: &str| all(text).iter().map(|f| f.value).collect::<Vec<_>>();
    let text = "The poll put the Harbour Party on 61 seats, Ola Dane's Civic Union 13, the Vale Party (VP) 10 and Tarn Union 2.";
    assert_eq!(values(text), [num(61.0), num(13.0), num(10.0), num(2.0)], "{text}");
    let text = "The table has Halden Rovers on 41 points, Vestby Town 38, Orla City 35 and Tarn 30.";
    assert_eq!(values(text), [num(41.0), num(38.0), num(35.0), num(30.0)], "{text}");
    // a number inside a name is still none, in a list or not
    assert!(all("Teams from the Big 12 and the Pac 8 met.").is_empty());
    assert!(all("Norland bought Skarv 240 drones.").is_empty());
}
