//! Unit codes and what they measure, so figures in different units can be compared.

/// What a unit measures; figures compare only within one dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dimension {
    /// A number of things.
    Count,
    /// Base: metre.
    Length,
    /// Base: square metre.
    Area,
    /// Base: cubic metre.
    Volume,
    /// Base: kilogram.
    Mass,
    /// Base: second.
    Duration,
    /// Base: metre per second.
    Speed,
    /// Percent or percentage points.
    Percent,
    /// Money in one currency (never converted across currencies).
    Money,
    /// Earthquake magnitude.
    Magnitude,
    /// Temperature (degrees, not converted).
    Temperature,
    /// Base: watt.
    Power,
    /// Base: joule.
    Energy,
    /// Base: byte.
    Data,
    /// Anything else: compared only with the same code.
    Other,
}

/// What crossread knows of one unit code.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UnitInfo {
    /// The code written in output (`km2`).
    pub code: &'static str,
    /// Singular English name ("square kilometre").
    pub name: &'static str,
    /// What it measures.
    pub dimension: Dimension,
    /// How many base units of the dimension one of this unit is.
    pub factor: f64,
}

const fn u(code: &'static str, name: &'static str, dimension: Dimension, factor: f64) -> UnitInfo {
    UnitInfo { code, name, dimension, factor }
}

use Dimension::*;

/// Every unit code crossread writes.
pub static UNITS: &[UnitInfo] = &[
    u("count", "count", Count, 1.0),
    u("km", "kilometre", Length, 1000.0),
    u("m", "metre", Length, 1.0),
    u("cm", "centimetre", Length, 0.01),
    u("mm", "millimetre", Length, 0.001),
    u("um", "micrometre", Length, 1e-6),
    u("nm", "nanometre", Length, 1e-9),
    u("mi", "mile", Length, 1609.344),
    u("nmi", "nautical mile", Length, 1852.0),
    u("yd", "yard", Length, 0.9144),
    u("ft", "foot", Length, 0.3048),
    u("in", "inch", Length, 0.0254),
    u("km2", "square kilometre", Area, 1e6),
    u("m2", "square metre", Area, 1.0),
    u("mi2", "square mile", Area, 2_589_988.110336),
    u("ft2", "square foot", Area, 0.09290304),
    u("ha", "hectare", Area, 1e4),
    u("acre", "acre", Area, 4046.8564224),
    u("m3", "cubic metre", Volume, 1.0),
    u("ft3", "cubic foot", Volume, 0.028316846592),
    u("l", "litre", Volume, 0.001),
    u("ml", "millilitre", Volume, 1e-6),
    u("gal", "gallon", Volume, 0.003785411784),
    u("pint", "pint", Volume, 0.000473176473),
    u("quart", "quart", Volume, 0.000946352946),
    u("bbl", "barrel", Volume, 0.158987294928),
    u("kg", "kilogram", Mass, 1.0),
    u("g", "gram", Mass, 0.001),
    u("mg", "milligram", Mass, 1e-6),
    u("tonnes", "tonne", Mass, 1000.0),
    u("lb", "pound-mass", Mass, 0.45359237),
    u("oz", "ounce", Mass, 0.028349523125),
    u("seconds", "second", Duration, 1.0),
    u("minutes", "minute", Duration, 60.0),
    u("hours", "hour", Duration, 3600.0),
    u("days", "day", Duration, 86400.0),
    u("weeks", "week", Duration, 604800.0),
    u("months", "month", Duration, 2_629_746.0),
    u("years", "year", Duration, 31_556_952.0),
    u("decades", "decade", Duration, 315_569_520.0),
    u("centuries", "century", Duration, 3_155_695_200.0),
    u("km/h", "kilometre per hour", Speed, 1000.0 / 3600.0),
    u("mph", "mile per hour", Speed, 1609.344 / 3600.0),
    u("m/s", "metre per second", Speed, 1.0),
    u("knots", "knot", Speed, 1852.0 / 3600.0),
    u("percent", "percentage", Percent, 1.0),
    u("pp", "percentage point", Percent, 1.0),
    u("magnitude", "magnitude", Magnitude, 1.0),
    u("degC", "celsius", Temperature, 1.0),
    u("degF", "fahrenheit", Temperature, 1.0),
    u("deg", "degree", Other, 1.0),
    u("W", "watt", Power, 1.0),
    u("kW", "kilowatt", Power, 1e3),
    u("MW", "megawatt", Power, 1e6),
    u("GW", "gigawatt", Power, 1e9),
    u("hp", "horsepower", Power, 745.7),
    u("bhp", "brake horsepower", Power, 745.7),
    u("Wh", "watt hour", Energy, 3600.0),
    u("kWh", "kilowatt hour", Energy, 3.6e6),
    u("MWh", "megawatt hour", Energy, 3.6e9),
    u("GWh", "gigawatt hour", Energy, 3.6e12),
    u("KB", "kilobyte", Data, 1e3),
    u("MB", "megabyte", Data, 1e6),
    u("GB", "gigabyte", Data, 1e9),
    u("TB", "terabyte", Data, 1e12),
    u("USD", "dollar", Money, 1.0),
    u("AUD", "australian dollar", Money, 1.0),
    u("CAD", "canadian dollar", Money, 1.0),
    u("NZD", "new zealand dollar", Money, 1.0),
    u("HKD", "hong kong dollar", Money, 1.0),
    u("SGD", "singapore dollar", Money, 1.0),
    u("EUR", "euro", Money, 1.0),
    u("GBP", "pound sterling", Money, 1.0),
    u("JPY", "japanese yen", Money, 1.0),
    u("CNY", "chinese yuan", Money, 1.0),
    u("INR", "indian rupee", Money, 1.0),
    u("RUB", "russian ruble", Money, 1.0),
    u("UAH", "ukrainian hryvnia", Money, 1.0),
    u("TRY", "turkish lira", Money, 1.0),
    u("CHF", "swiss franc", Money, 1.0),
    u("ILS", "shekel", Money, 1.0),
    u("MYR", "malaysian ringgit", Money, 1.0),
    u("DKK", "danish krone", Money, 1.0),
    u("SEK", "swedish krona", Money, 1.0),
    u("NOK", "norwegian krone", Money, 1.0),
    u("KRW", "south korean won", Money, 1.0),
    u("ZAR", "south african rand", Money, 1.0),
    u("BRL", "brazilian real", Money, 1.0),
    u("MXN", "mexican peso", Money, 1.0),
    u("PHP", "philippine peso", Money, 1.0),
    u("NGN", "nigerian naira", Money, 1.0),
    u("PKR", "pakistani rupee", Money, 1.0),
    u("HRK", "croatian kuna", Money, 1.0),
    u("cent", "cent", Money, 1.0),
    u("sen", "sen", Money, 1.0),
    u("pence", "penny", Money, 1.0),
];

/// Looks a unit code up.
pub fn info(code: &str) -> Option<&'static UnitInfo> {
    UNITS.iter().find(|u| u.code == code)
}

/// The value of `v` in `from` expressed in `to`, if both are known units of one convertible dimension.
pub fn convert(v: f64, from: &str, to: &str) -> Option<f64> {
    if from == to {
        return Some(v);
    }
    let (a, b) = (info(from)?, info(to)?);
    let convertible = !matches!(a.dimension, Money | Other | Temperature | Count | Percent | Magnitude);
    (a.dimension == b.dimension && convertible).then(|| v * a.factor / b.factor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn square_miles_to_square_kilometres() {
        let km2 = convert(386.0, "mi2", "km2").expect("area converts");
        assert!((km2 - 999.7).abs() < 0.1, "{km2}");
    }

    #[test]
    fn currencies_never_convert() {
        assert_eq!(convert(1.0, "USD", "EUR"), None);
        assert_eq!(convert(1.0, "km", "km2"), None);
    }

    #[test]
    fn codes_are_unique() {
        for (i, a) in UNITS.iter().enumerate() {
            assert!(UNITS[i + 1..].iter().all(|b| b.code != a.code), "{} twice", a.code);
        }
    }
}
