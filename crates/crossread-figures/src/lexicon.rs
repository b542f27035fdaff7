//! The words the figure reader knows: number words, scales, vague amounts, units, currencies,
//! qualifiers and change verbs. Keys are lowercase and written the way the tokenizer joins tokens
//! (a space where the text has space, nothing where tokens touch: "sq km", "km/h", "sq-km").

use crossread_model::Approx;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A unit as the lexicon knows it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UnitWord {
    /// Unit code written in output.
    pub code: &'static str,
    /// Singular English name.
    pub name: &'static str,
    /// Only a unit when glued to the number ("5in", "3h"): spaced, it is an ordinary word.
    pub glued_only: bool,
    /// Only a unit when written exactly so (case-sensitive: "PS", "C", "F").
    pub exact_case: Option<&'static str>,
}

const fn uw(code: &'static str, name: &'static str) -> UnitWord {
    UnitWord { code, name, glued_only: false, exact_case: None }
}
const fn glued(code: &'static str, name: &'static str) -> UnitWord {
    UnitWord { code, name, glued_only: true, exact_case: None }
}
const fn cased(code: &'static str, name: &'static str, exact: &'static str) -> UnitWord {
    UnitWord { code, name, glued_only: true, exact_case: Some(exact) }
}
const fn symbol(code: &'static str, name: &'static str, exact: &'static str) -> UnitWord {
    UnitWord { code, name, glued_only: false, exact_case: Some(exact) }
}

/// Surface forms of units written after a number.
static UNIT_FORMS: &[(&str, UnitWord)] = &[
    // length
    ("km", uw("km", "kilometre")), ("kms", uw("km", "kilometre")),
    ("kilometre", uw("km", "kilometre")), ("kilometres", uw("km", "kilometre")),
    ("kilometer", uw("km", "kilometre")), ("kilometers", uw("km", "kilometre")),
    ("m", uw("m", "metre")), ("metre", uw("m", "metre")), ("metres", uw("m", "metre")),
    ("meter", uw("m", "metre")), ("meters", uw("m", "metre")),
    ("cm", uw("cm", "centimetre")), ("centimetre", uw("cm", "centimetre")), ("centimetres", uw("cm", "centimetre")),
    ("centimeter", uw("cm", "centimetre")), ("centimeters", uw("cm", "centimetre")),
    ("mm", uw("mm", "millimetre")), ("millimetre", uw("mm", "millimetre")), ("millimetres", uw("mm", "millimetre")),
    ("millimeter", uw("mm", "millimetre")), ("millimeters", uw("mm", "millimetre")),
    ("micrometre", uw("um", "micrometre")), ("micrometres", uw("um", "micrometre")),
    ("micrometer", uw("um", "micrometre")), ("micrometers", uw("um", "micrometre")),
    ("microns", uw("um", "micrometre")), ("μm", uw("um", "micrometre")), ("µm", uw("um", "micrometre")),
    ("″", uw("in", "inch")), ("barrel-a-day", uw("bbl/d", "barrel per day")), ("barrels-a-day", uw("bbl/d", "barrel per day")), ("micron", uw("um", "micrometre")),
    ("nm", glued("nm", "nanometre")), ("nanometre", uw("nm", "nanometre")), ("nanometres", uw("nm", "nanometre")),
    ("nanometer", uw("nm", "nanometre")), ("nanometers", uw("nm", "nanometre")),
    ("mi", glued("mi", "mile")), ("mile", uw("mi", "mile")), ("miles", uw("mi", "mile")),
    ("nautical miles", uw("nmi", "nautical mile")), ("nautical mile", uw("nmi", "nautical mile")),
    ("yard", uw("yd", "yard")), ("yards", uw("yd", "yard")), ("yd", uw("yd", "yard")), ("yds", uw("yd", "yard")),
    ("ft", uw("ft", "foot")), ("foot", uw("ft", "foot")), ("feet", uw("ft", "foot")),
    ("in", glued("in", "inch")), ("inch", uw("in", "inch")), ("inches", uw("in", "inch")),
    // area
    ("km2", uw("km2", "square kilometre")), ("km²", uw("km2", "square kilometre")), ("sq km", uw("km2", "square kilometre")),
    ("sqkm", uw("km2", "square kilometre")), ("sq-km", uw("km2", "square kilometre")), ("sq. km", uw("km2", "square kilometre")),
    ("square kilometre", uw("km2", "square kilometre")), ("square kilometres", uw("km2", "square kilometre")),
    ("square kilometer", uw("km2", "square kilometre")), ("square kilometers", uw("km2", "square kilometre")),
    ("sq kilometres", uw("km2", "square kilometre")), ("sq kilometers", uw("km2", "square kilometre")),
    ("square-kilometre", uw("km2", "square kilometre")), ("square-kilometer", uw("km2", "square kilometre")),
    ("m2", uw("m2", "square metre")), ("m²", uw("m2", "square metre")), ("sq m", uw("m2", "square metre")),
    ("sqm", uw("m2", "square metre")), ("square metre", uw("m2", "square metre")), ("square metres", uw("m2", "square metre")),
    ("square meter", uw("m2", "square metre")), ("square meters", uw("m2", "square metre")),
    ("sq mi", uw("mi2", "square mile")), ("sq miles", uw("mi2", "square mile")), ("sq mile", uw("mi2", "square mile")),
    ("mi2", uw("mi2", "square mile")), ("mi²", uw("mi2", "square mile")), ("square mile", uw("mi2", "square mile")),
    ("square miles", uw("mi2", "square mile")), ("square-mile", uw("mi2", "square mile")), ("sq-mile", uw("mi2", "square mile")),
    ("sq ft", uw("ft2", "square foot")), ("sqft", uw("ft2", "square foot")), ("square feet", uw("ft2", "square foot")),
    ("square foot", uw("ft2", "square foot")), ("square-foot", uw("ft2", "square foot")),
    ("hectare", uw("ha", "hectare")), ("hectares", uw("ha", "hectare")), ("ha", glued("ha", "hectare")),
    ("acre", uw("acre", "acre")), ("acres", uw("acre", "acre")),
    // volume
    ("cubic feet", uw("ft3", "cubic foot")), ("cubic foot", uw("ft3", "cubic foot")),
    ("cubic metres", uw("m3", "cubic metre")), ("cubic meters", uw("m3", "cubic metre")), ("m3", uw("m3", "cubic metre")),
    ("litre", uw("l", "litre")), ("litres", uw("l", "litre")), ("liter", uw("l", "litre")), ("liters", uw("l", "litre")),
    ("l", glued("l", "litre")), ("ml", glued("ml", "millilitre")), ("millilitres", uw("ml", "millilitre")),
    ("milliliters", uw("ml", "millilitre")), ("millilitre", uw("ml", "millilitre")), ("milliliter", uw("ml", "millilitre")),
    ("gallon", uw("gal", "gallon")), ("gallons", uw("gal", "gallon")), ("pint", uw("pint", "pint")), ("pints", uw("pint", "pint")),
    ("quart", uw("quart", "quart")), ("quarts", uw("quart", "quart")),
    ("barrels per day", uw("bbl/d", "barrel per day")), ("barrels a day", uw("bbl/d", "barrel per day")),
    ("bpd", uw("bbl/d", "barrel per day")), ("barrels of oil", uw("bbl", "barrel of oil")),
    // mass
    ("kg", uw("kg", "kilogram")), ("kgs", uw("kg", "kilogram")), ("kilogram", uw("kg", "kilogram")),
    ("kilograms", uw("kg", "kilogram")), ("kilo", uw("kg", "kilogram")), ("kilos", uw("kg", "kilogram")),
    ("g", cased("g", "gram", "g")), ("gram", uw("g", "gram")), ("grams", uw("g", "gram")), ("mg", uw("mg", "milligram")),
    ("milligram", uw("mg", "milligram")), ("milligrams", uw("mg", "milligram")),
    ("tonne", uw("tonnes", "tonne")), ("tonnes", uw("tonnes", "tonne")), ("ton", uw("tonnes", "tonne")),
    ("tons", uw("tonnes", "tonne")), ("metric tons", uw("tonnes", "tonne")), ("metric tonnes", uw("tonnes", "tonne")),
    ("t", glued("tonnes", "tonne")),
    ("lb", uw("lb", "pound-mass")), ("lbs", uw("lb", "pound-mass")), ("ounce", uw("oz", "ounce")),
    ("ounces", uw("oz", "ounce")), ("oz", uw("oz", "ounce")),
    // time
    ("second", uw("seconds", "second")), ("seconds", uw("seconds", "second")), ("secs", uw("seconds", "second")),
    ("sec", uw("seconds", "second")),
    ("minute", uw("minutes", "minute")), ("minutes", uw("minutes", "minute")), ("min", uw("minutes", "minute")),
    ("mins", uw("minutes", "minute")),
    ("hour", uw("hours", "hour")), ("hours", uw("hours", "hour")), ("hrs", uw("hours", "hour")), ("hr", uw("hours", "hour")),
    ("h", glued("hours", "hour")),
    ("day", uw("days", "day")), ("days", uw("days", "day")), ("week", uw("weeks", "week")), ("weeks", uw("weeks", "week")),
    ("month", uw("months", "month")), ("months", uw("months", "month")),
    ("year", uw("years", "year")), ("years", uw("years", "year")), ("yr", uw("years", "year")), ("yrs", uw("years", "year")),
    ("decade", uw("decades", "decade")), ("decades", uw("decades", "decade")),
    ("century", uw("centuries", "century")), ("centuries", uw("centuries", "century")),
    ("year-old", uw("age", "year of age")), ("years-old", uw("age", "year of age")), ("years old", uw("age", "year of age")),
    ("year old", uw("age", "year of age")), ("-year-old", uw("age", "year of age")),
    ("month-old", uw("age_months", "month of age")), ("months old", uw("age_months", "month of age")),
    // speed
    ("km/h", uw("km/h", "kilometre per hour")), ("kmh", uw("km/h", "kilometre per hour")), ("kph", uw("km/h", "kilometre per hour")),
    ("km/hr", uw("km/h", "kilometre per hour")), ("kmph", uw("km/h", "kilometre per hour")),
    ("kilometres per hour", uw("km/h", "kilometre per hour")), ("kilometers per hour", uw("km/h", "kilometre per hour")),
    ("kilometres an hour", uw("km/h", "kilometre per hour")), ("kilometers an hour", uw("km/h", "kilometre per hour")),
    ("km per hour", uw("km/h", "kilometre per hour")), ("km an hour", uw("km/h", "kilometre per hour")),
    ("mph", uw("mph", "mile per hour")), ("miles per hour", uw("mph", "mile per hour")), ("miles an hour", uw("mph", "mile per hour")),
    ("m/s", uw("m/s", "metre per second")), ("metres per second", uw("m/s", "metre per second")),
    ("meters per second", uw("m/s", "metre per second")), ("knots", uw("knots", "knot")), ("knot", uw("knots", "knot")),
    ("mpg", uw("mpg", "mile per gallon")), ("miles per gallon", uw("mpg", "mile per gallon")),
    ("rpm", uw("rpm", "revolutions per minute")),
    // percent
    ("%", uw("percent", "percentage")), ("per cent", uw("percent", "percentage")), ("percent", uw("percent", "percentage")),
    ("per-cent", uw("percent", "percentage")), ("pc", glued("percent", "percentage")), ("pct", uw("percent", "percentage")),
    ("percentage points", uw("pp", "percentage point")), ("percentage point", uw("pp", "percentage point")),
    ("basis points", uw("bp", "basis point")), ("basis point", uw("bp", "basis point")), ("bps", uw("bp", "basis point")),
    // temperature, magnitude
    ("°c", uw("degC", "celsius")), ("º c", uw("degC", "celsius")), ("°f", uw("degF", "fahrenheit")),
    ("degrees celsius", uw("degC", "celsius")), ("degrees centigrade", uw("degC", "celsius")), ("celsius", uw("degC", "celsius")),
    ("degrees fahrenheit", uw("degF", "fahrenheit")), ("fahrenheit", uw("degF", "fahrenheit")),
    ("degrees c", uw("degC", "celsius")), ("degrees f", uw("degF", "fahrenheit")),
    ("c", symbol("degC", "celsius", "C")), ("f", cased("degF", "fahrenheit", "F")),
    ("degree", uw("deg", "degree")), ("degrees", uw("deg", "degree")), ("°", uw("deg", "degree")),
    ("magnitude", uw("magnitude", "magnitude")), ("-magnitude", uw("magnitude", "magnitude")),
    ("on the richter scale", uw("magnitude", "magnitude")),
    // power, energy, data, electrical
    ("w", symbol("W", "watt", "W")), ("watt", uw("W", "watt")), ("watts", uw("W", "watt")),
    ("kw", uw("kW", "kilowatt")), ("kilowatt", uw("kW", "kilowatt")), ("kilowatts", uw("kW", "kilowatt")),
    ("mw", uw("MW", "megawatt")), ("megawatt", uw("MW", "megawatt")), ("megawatts", uw("MW", "megawatt")),
    ("gw", uw("GW", "gigawatt")), ("gigawatt", uw("GW", "gigawatt")), ("gigawatts", uw("GW", "gigawatt")),
    ("kwh", uw("kWh", "kilowatt hour")), ("kilowatt hours", uw("kWh", "kilowatt hour")), ("kilowatt-hours", uw("kWh", "kilowatt hour")),
    ("mwh", uw("MWh", "megawatt hour")), ("megawatt hours", uw("MWh", "megawatt hour")), ("megawatt-hours", uw("MWh", "megawatt hour")),
    ("gwh", uw("GWh", "gigawatt hour")), ("gigawatt hours", uw("GWh", "gigawatt hour")), ("gigawatt-hours", uw("GWh", "gigawatt hour")),
    ("hp", uw("hp", "horsepower")), ("horsepower", uw("hp", "horsepower")), ("bhp", uw("bhp", "brake horsepower")),
    ("ps", symbol("hp", "horsepower", "PS")),
    ("nm", symbol("Nm", "newton metre", "Nm")), ("newton metres", uw("Nm", "newton metre")),
    ("newton meters", uw("Nm", "newton metre")), ("lb-ft", uw("lbft", "foot pound-force")),
    ("pound-feet", uw("lbft", "pound-foot")), ("pound-feet of torque", uw("lbft", "pound-foot")),
    ("kb", uw("KB", "kilobyte")), ("mb", uw("MB", "megabyte")), ("gb", uw("GB", "gigabyte")), ("tb", uw("TB", "terabyte")),
    ("kilobytes", uw("KB", "kilobyte")), ("megabytes", uw("MB", "megabyte")), ("gigabytes", uw("GB", "gigabyte")),
    ("terabytes", uw("TB", "terabyte")), ("bit", uw("bit", "bit")), ("-bit", uw("bit", "bit")),
    ("mah", uw("mAh", "milliampere-hour")), ("hz", uw("Hz", "hertz")), ("khz", uw("kHz", "kilohertz")),
    ("mhz", uw("MHz", "megahertz")), ("ghz", uw("GHz", "gigahertz")), ("v", glued("V", "volt")), ("volts", uw("V", "volt")),
    ("volt", uw("V", "volt")), ("gpa", uw("GPa", "gigapascal")), ("db", uw("dB", "decibel")), ("decibels", uw("dB", "decibel")),
    ("decibel", uw("dB", "decibel")), ("ppb", uw("ppb", "parts-per-billion")), ("parts per billion", uw("ppb", "parts-per-billion")),
    ("ppm", uw("ppm", "parts-per-million")), ("parts per million", uw("ppm", "parts-per-million")),
    ("farad", uw("F", "farad")), ("farads", uw("F", "farad")), ("ampere", uw("A", "ampere")), ("amps", uw("A", "ampere")),
];

/// Currency words written after a number, longest forms first in lookup.
static CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollars", "USD"), ("dollar", "USD"), ("us dollars", "USD"), ("u.s. dollars", "USD"), ("american dollars", "USD"),
    ("australian dollars", "AUD"), ("canadian dollars", "CAD"), ("new zealand dollars", "NZD"),
    ("hong kong dollars", "HKD"), ("singapore dollars", "SGD"), ("euros", "EUR"), ("euro", "EUR"),
    ("pounds sterling", "GBP"), ("sterling", "GBP"), ("yen", "JPY"), ("yuan", "CNY"), ("renminbi", "CNY"),
    ("rupees", "INR"), ("rupee", "INR"), ("roubles", "RUB"), ("rubles", "RUB"), ("hryvnias", "UAH"), ("hryvnia", "UAH"),
    ("hryvnia", "UAH"), ("lira", "TRY"), ("liras", "TRY"), ("shekels", "ILS"), ("shekel", "ILS"), ("ringgit", "MYR"),
    ("danish crowns", "DKK"), ("danish kroner", "DKK"), ("swedish crowns", "SEK"), ("swedish kronor", "SEK"),
    ("norwegian crowns", "NOK"), ("norwegian kroner", "NOK"), ("swiss francs", "CHF"), ("francs", "CHF"),
    ("won", "KRW"), ("rand", "ZAR"), ("pesos", "MXN"), ("naira", "NGN"), ("kuna", "HRK"), ("reais", "BRL"),
    ("usd", "USD"), ("eur", "EUR"), ("gbp", "GBP"), ("jpy", "JPY"), ("cny", "CNY"), ("aud", "AUD"), ("cad", "CAD"),
    ("chf", "CHF"), ("inr", "INR"), ("rub", "RUB"), ("uah", "UAH"),
    ("kn", "HRK"), ("cents", "cent"), ("cent", "cent"), ("pence", "pence"), ("sen", "sen"),
];

/// Currency marks written before a number; the key is the mark with any glued letters before it.
static CURRENCY_MARKS: &[(&str, &str)] = &[
    ("$", "USD"), ("us$", "USD"), ("us $", "USD"), ("hk $", "HKD"), ("nz $", "NZD"), ("$us", "USD"), ("$a", "AUD"), ("$nz", "NZD"), ("$c", "CAD"), ("y=", "JPY"), ("u.s.$", "USD"), ("a$", "AUD"), ("au$", "AUD"), ("c$", "CAD"),
    ("ca$", "CAD"), ("nz$", "NZD"), ("hk$", "HKD"), ("s$", "SGD"), ("r$", "BRL"), ("£", "GBP"), ("€", "EUR"),
    ("¥", "JPY"), ("₹", "INR"), ("rs", "INR"), ("rs.", "INR"), ("₽", "RUB"), ("₴", "UAH"), ("₺", "TRY"), ("₪", "ILS"),
    ("₩", "KRW"), ("₦", "NGN"), ("₱", "PHP"), ("usd", "USD"), ("eur", "EUR"), ("gbp", "GBP"), ("jpy", "JPY"),
    ("aud", "AUD"), ("cad", "CAD"), ("chf", "CHF"), ("inr", "INR"), ("rm", "MYR"), ("nis", "ILS"), ("dkk", "DKK"),
];

/// Scale words and their factors; glued-only forms are marked.
static SCALES: &[(&str, f64, bool)] = &[
    ("thousand", 1e3, false), ("million", 1e6, false), ("billion", 1e9, false), ("trillion", 1e12, false),
    ("mn", 1e6, false), ("mln", 1e6, false), ("bn", 1e9, false), ("bln", 1e9, false), ("tn", 1e12, false),
    ("trn", 1e12, false), ("k", 1e3, true), ("lakh", 1e5, false), ("lakhs", 1e5, false), ("crore", 1e7, false),
    ("crores", 1e7, false),
];

/// Ones and teens.
static SMALL_NUMBERS: &[(&str, f64)] = &[
    ("zero", 0.0), ("one", 1.0), ("two", 2.0), ("three", 3.0), ("four", 4.0), ("five", 5.0), ("six", 6.0),
    ("seven", 7.0), ("eight", 8.0), ("nine", 9.0), ("ten", 10.0), ("eleven", 11.0), ("twelve", 12.0),
    ("thirteen", 13.0), ("fourteen", 14.0), ("fifteen", 15.0), ("sixteen", 16.0), ("seventeen", 17.0),
    ("eighteen", 18.0), ("nineteen", 19.0),
];

/// Tens.
static TENS: &[(&str, f64)] = &[
    ("twenty", 20.0), ("thirty", 30.0), ("forty", 40.0), ("fifty", 50.0), ("sixty", 60.0), ("seventy", 70.0),
    ("eighty", 80.0), ("ninety", 90.0),
];

/// Vague amounts: the phrase and the range it stands for.
pub static VAGUE: &[(&str, f64, f64)] = &[
    ("tens of thousands", 1e4, 1e5), ("hundreds of thousands", 1e5, 1e6), ("tens of millions", 1e7, 1e8),
    ("hundreds of millions", 1e8, 1e9), ("tens of billions", 1e10, 1e11), ("hundreds of billions", 1e11, 1e12),
    ("thousands", 1e3, 1e4), ("hundreds", 100.0, 1e3), ("dozens", 12.0, 120.0), ("millions", 1e6, 1e7),
    ("billions", 1e9, 1e10),
];

/// Qualifiers before a figure and the exactness they set.
static QUALIFIERS: &[(&str, Approx)] = &[
    ("about", Approx::About), ("around", Approx::About), ("approximately", Approx::About), ("approx", Approx::About),
    ("approx.", Approx::About), ("roughly", Approx::About), ("some", Approx::About), ("circa", Approx::About),
    ("an estimated", Approx::About), ("estimated", Approx::About), ("close to", Approx::About), ("~", Approx::About),
    ("an approximate", Approx::About), ("almost exactly", Approx::About), ("nearly", Approx::AtMost),
    ("almost", Approx::AtMost), ("just under", Approx::AtMost), ("up to", Approx::AtMost), ("fewer than", Approx::AtMost),
    ("less than", Approx::AtMost), ("under", Approx::AtMost), ("below", Approx::AtMost), ("no more than", Approx::AtMost),
    ("at most", Approx::AtMost), ("not more than", Approx::AtMost), ("a maximum of", Approx::AtMost),
    ("just shy of", Approx::AtMost), ("as much as", Approx::AtMost),
    ("more than", Approx::AtLeast), ("over", Approx::AtLeast), ("at least", Approx::AtLeast), ("above", Approx::AtLeast),
    ("upwards of", Approx::AtLeast), ("in excess of", Approx::AtLeast), ("exceeding", Approx::AtLeast),
    ("no fewer than", Approx::AtLeast), ("no less than", Approx::AtLeast), ("well over", Approx::AtLeast),
    ("just over", Approx::AtLeast), ("greater than", Approx::AtLeast), ("a minimum of", Approx::AtLeast),
    ("well above", Approx::AtLeast), ("north of", Approx::AtLeast), ("over than", Approx::AtLeast),
    // verbs that put a figure as a bound ("the toll surpassed 6,000", "nearing 140")
    ("surpassed", Approx::AtLeast), ("surpasses", Approx::AtLeast), ("surpassing", Approx::AtLeast),
    ("exceeded", Approx::AtLeast), ("exceeds", Approx::AtLeast), ("topped", Approx::AtLeast), ("tops", Approx::AtLeast),
    ("topping", Approx::AtLeast), ("nearing", Approx::AtMost), ("nears", Approx::AtMost), ("neared", Approx::AtMost),
    ("approaching", Approx::AtMost), ("approaches", Approx::AtMost),
];

/// Words that mark a figure as a change up.
static TREND_UP: &[&str] = &[
    "up", "rose", "rise", "rises", "rising", "risen", "increase", "increased", "increases", "increasing", "gained",
    "gain", "gains", "gaining", "climbed", "climb", "climbs", "climbing", "jumped", "jump", "jumps", "jumping",
    "surged", "surge", "surges", "surging", "soared", "soar", "soars", "soaring", "advanced", "advance", "advances",
    "grew", "grow", "grows", "growing", "added", "rallied", "spiked", "boosted", "trending", "higher", "hike",
    "hiked", "raised", "raise", "expanded",
];

/// Words that mark a figure as a change down.
static TREND_DOWN: &[&str] = &[
    "down", "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "dropping", "declined",
    "decline", "declines", "declining", "decreased", "decrease", "decreases", "decreasing", "slipped", "slip",
    "slips", "slid", "slide", "slides", "sliding", "lost", "lose", "loses", "losing", "plunged", "plunge",
    "plunges", "plunging", "plummeted", "plummeting", "plummet", "tumbled", "tumble", "tumbling", "sank", "sink",
    "sinks", "shed", "sheds", "shedding", "slumped", "slump", "eased", "dipped", "dip", "dips", "retreated",
    "shrank", "shrunk", "contracted", "lower", "cut", "cuts", "slashed", "reduced", "dived", "dove", "crashed",
];

/// Month names, for telling dates from figures.
static MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Words that stop a counted noun phrase: function words, auxiliaries, common verbs.
static STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "nor", "as",
    "than", "that", "which", "who", "whom", "whose", "what", "when", "where", "while", "if", "so", "per", "into",
    "onto", "over", "under", "about", "after", "before", "since", "until", "during", "between", "among",
    "against", "across", "through", "toward", "towards", "around", "within", "without", "is", "are", "was",
    "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "could",
    "should", "may", "might", "must", "can", "shall", "not", "no", "this", "these", "those", "it", "its", "they",
    "them", "their", "he", "she", "his", "her", "we", "our", "you", "your", "i", "my", "me", "us", "also", "all",
    "more", "most", "less", "least", "other", "others", "each", "every", "such", "only", "just", "still", "even",
    "already", "now", "then", "there", "here", "out", "up", "down", "off", "away", "back", "left", "said", "says",
    "say", "told", "according", "including", "included", "includes", "like", "via", "times", "time", "plus",
    "minus", "percent", "cent", "ago", "later", "earlier", "last", "next", "both", "either", "neither", "yet",
    "because", "although", "though", "unless", "whether", "again", "too", "very", "much", "many", "few",
    "another", "any", "some", "one", "ones", "own", "same", "else", "ever", "never", "often", "once", "twice",
    "got", "get", "gets", "went", "go", "goes", "came", "come", "comes", "made", "make", "makes", "took", "take",
    "takes", "gave", "give", "gives", "saw", "see", "sees", "won", "win", "wins", "lost", "died", "live", "lives",
    "remain", "remained", "remains", "stood", "stand", "stands", "reached", "reach", "reaches", "rose", "fell",
];

/// Counted nouns that are plural without an s.
static IRREGULAR_PLURALS: &[&str] = &[
    "people", "men", "women", "children", "police", "personnel", "staff", "cattle", "sheep", "fish", "deer",
    "aircraft", "feet", "teeth", "mice", "geese", "livestock", "crew", "data", "media", "infantry", "militia",
    "civilians", "youth", "offspring", "clergy", "faculty", "folk", "poultry", "swine", "spacecraft", "headquarters",
];

/// Verbs after a bare number that show it counts people ("121 have been injured").
static PEOPLE_VERBS: &[&str] = &[
    "killed", "died", "dead", "injured", "wounded", "hurt", "evacuated", "fled", "missing", "displaced",
    "rescued", "arrested", "detained", "trapped", "hospitalised", "hospitalized", "affected", "homeless",
    "stranded", "left", "perished", "drowned", "sheltered", "relocated", "treated", "unaccounted",
];

/// Words before a number that make it part of a name or code ("Section 427", "Route 66").
static NAME_WORDS: &[&str] = &[
    "section", "article", "route", "highway", "flight", "room", "chapter", "page", "resolution", "rule",
    "paragraph", "platform", "gate", "level", "no", "number", "apartment", "suite", "unit", "building", "block",
    "lane", "channel", "episode", "season", "volume", "vol", "version", "model", "series", "phase", "stage",
    "grade", "class", "category", "pier", "terminal", "bus", "line", "exit", "junction", "track", "district",
    "ward", "precinct", "item", "clause", "annex", "appendix", "figure", "table", "step", "day", "week", "act",
    "law", "bill", "code", "size", "type", "ward", "bay", "hall", "studio", "tier", "squad", "regiment",
    "brigade", "battalion", "division", "corps", "army", "group", "team", "no.", "nos",
];

/// Tokens after a time of day ("5:30pm", "10.45 GMT").
static TIME_MARKS: &[&str] = &[
    "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "gmt", "bst", "utc", "edt", "est", "pdt", "pst", "cdt", "cst",
    "cet", "cest", "msk", "et", "pt", "ct", "hrs", "hours", "local", "jst", "ist", "aest", "eet", "eest",
];

/// All lexicon tables, built once.
pub struct Lexicon {
    /// Unit forms.
    pub units: HashMap<&'static str, UnitWord>,
    /// Longest unit form, in tokens.
    pub unit_max_tokens: usize,
    /// Currency words after a number.
    pub currency_words: HashMap<&'static str, &'static str>,
    /// Currency marks before a number.
    pub currency_marks: HashMap<&'static str, &'static str>,
    /// Scale words.
    pub scales: HashMap<&'static str, (f64, bool)>,
    /// Number words under a hundred that stand alone.
    pub small: HashMap<&'static str, f64>,
    /// Tens.
    pub tens: HashMap<&'static str, f64>,
    /// Qualifiers, longest first within each length.
    pub qualifiers: HashMap<&'static str, Approx>,
    /// Change words.
    pub trend_up: HashMap<&'static str, ()>,
    /// Change words.
    pub trend_down: HashMap<&'static str, ()>,
    /// Months.
    pub months: HashMap<&'static str, ()>,
    /// Stop words for counted nouns.
    pub stop: HashMap<&'static str, ()>,
    /// Plurals without s.
    pub irregular_plurals: HashMap<&'static str, ()>,
    /// Verbs that show a bare number counts people.
    pub people_verbs: HashMap<&'static str, ()>,
    /// Name words before numbers.
    pub name_words: HashMap<&'static str, ()>,
    /// Time-of-day marks.
    pub time_marks: HashMap<&'static str, ()>,
}

fn set(words: &[&'static str]) -> HashMap<&'static str, ()> {
    words.iter().map(|w| (*w, ())).collect()
}

/// The lexicon, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon {
        units: UNIT_FORMS.iter().copied().collect(),
        unit_max_tokens: 5,
        currency_words: CURRENCY_WORDS.iter().copied().collect(),
        currency_marks: CURRENCY_MARKS.iter().copied().collect(),
        scales: SCALES.iter().map(|(w, f, g)| (*w, (*f, *g))).collect(),
        small: SMALL_NUMBERS.iter().copied().collect(),
        tens: TENS.iter().copied().collect(),
        qualifiers: QUALIFIERS.iter().copied().collect(),
        trend_up: set(TREND_UP),
        trend_down: set(TREND_DOWN),
        months: set(MONTHS),
        stop: set(STOP_WORDS),
        irregular_plurals: set(IRREGULAR_PLURALS),
        people_verbs: set(PEOPLE_VERBS),
        name_words: set(NAME_WORDS),
        time_marks: set(TIME_MARKS),
    })
}
