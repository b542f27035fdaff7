//! The invented world the generated stories are written in: places, outlets, claimants, and the
//! pieces figures are written with.

/// Made-up places.
pub const PLACES: &[&str] = &["Halden", "Vestmark", "Port Ellis", "Norland", "Brekka Valley", "the Old Town", "Sorvik"];

/// Made-up outlets.
pub const OUTLETS: &[&str] = &["Nordwire", "Vestmark Daily", "The Halden Courier", "VPB News", "Harbour Gazette"];

/// Who a figure may be attributed to.
pub const CLAIMANTS: &[&str] = &[
    "Governor Ana Ruiz",
    "the Vestmark Red Cross",
    "police",
    "Chief Inspector Arne Holt of Vestmark Police",
    "a spokesperson for the Norland Health Ministry",
    "Tomas Brekke, the mayor,",
    "officials",
    "He",
    "the company",
];

/// Verbs with the nouns they count.
pub const VERBS: &[(&str, &str)] = &[
    ("were killed", "people"),
    ("were injured", "residents"),
    ("were evacuated", "families"),
    ("lost power", "homes"),
    ("were cancelled", "flights"),
    ("were cut", "jobs"),
    ("were won", "seats"),
    ("collapsed", "buildings"),
    ("remain missing", "people"),
];

/// Counted nouns.
pub const NOUNS: &[&str] = &["people", "homes", "villages", "flights", "seats", "jobs", "votes", "settlements"];

/// Unit words as news writes them.
pub const UNITS: &[&str] = &[
    "km",
    "sq km",
    "square miles",
    "miles",
    "mph",
    "km/h",
    "%",
    "per cent",
    "percent",
    "tonnes",
    "hours",
    "days",
    "weeks",
    "magnitude",
    "metres",
    "feet",
    "m2",
    "hectares",
    "acres",
    "kg",
    "percentage points",
    "miles per hour",
    "degrees",
    "MW",
    "barrels",
];

/// Qualifiers.
pub const QUALIFIERS: &[&str] =
    &["about", "around", "more than", "at least", "up to", "nearly", "some", "over", "fewer than", "almost", ""];

/// Vague amounts.
pub const VAGUE: &[&str] = &["dozens", "hundreds", "tens of thousands", "thousands", "a handful", "scores"];

/// Currency marks.
pub const CURRENCY_MARKS: &[&str] = &["$", "£", "€", "US$", "A$", "USD", "Rs.", "¥", "CHF "];

/// Scale words after an amount.
pub const SCALES: &[&str] = &["", "m", "bn", " million", " billion", " trillion", "k", " thousand"];

/// Numbers in words.
pub const NUMBER_WORDS: &[&str] = &[
    "one",
    "three",
    "Seven",
    "twelve",
    "twenty-five",
    "one hundred and twenty",
    "two and a half",
    "a dozen",
    "half a million",
    "zero",
    "a third",
    "two-thirds",
];

/// Numbers written in shapes that have broken readers: huge, tiny, mistyped, signed, glued.
pub const ODD_NUMBERS: &[&str] = &[
    "999999999999999999999999999999999999 trillion",
    "1e308",
    "0.000000000000000000001",
    "48,0000",
    "16,5",
    "1,20,344",
    "-7",
    "\u{2212}3.5",
    "+0.4",
    ".25",
    "1 200",
    "3,00,000",
    "7.",
    "1.2.3",
    "00012",
    "1,000sq km",
    "386m2",
    "25-mile",
    "magnitude-7. 6",
    "M7.6",
    "13.14",
    "5:30pm",
    "2-0",
    "F-16",
    "COVID-19",
    "24/7",
];

/// Things a bracket may hold after a figure.
pub const BRACKETED: &[&str] =
    &["386 square miles", "about 12 km", "up from 40", "est.", "", "((", "2024", "see below"];

/// Days and dates in running text.
pub const DAYS: &[&str] = &["Monday", "Friday", "Sunday", "the first day", "Tuesday night"];

/// Dates in running text.
pub const DATES: &[&str] = &["6 August", "March 29", "2024-01-03", "Jan. 5, 2025", "31/12/2024", "2025"];

/// Front-matter dates that are not valid.
pub const ODD_DATES: &[&str] = &["2024-01-3\u{e9}", "March", "2024-13-45", "", "\u{ff}\u{fe}", "2024-02-30"];

/// Words between figures.
pub const FILLER: &[&str] =
    &["the", "water", "rose", "near", "Halden", "and", "crews", "worked", "through", "night", "of"];

/// Bytes that are not what a reader expects: invalid UTF-8, control codes, direction marks.
pub const ODD_BYTES: &[&[u8]] = &[
    b"\xff\xfe",
    b"\x00",
    b"\x1b[31m",
    "\u{202e}".as_bytes(),
    "e\u{301}".as_bytes(),
    "\u{1f30a}".as_bytes(),
    b"\t",
    "\u{a0}".as_bytes(),
    "\u{200b}".as_bytes(),
    b"\xe2\x82",
    b"\r",
    "\u{feff}".as_bytes(),
];
