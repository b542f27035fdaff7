//! Units: every unit code crossread writes (the table in `data/units.txt`, generated from a units
//! database by `tools/build_units.py`), what each measures, and how figures in different units compare.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// What a unit measures; figures compare only within one dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
    /// Base: kelvin (with an offset: 0 °C is 273.15 K).
    Temperature,
    /// Base: watt.
    Power,
    /// Base: joule.
    Energy,
    /// Base: byte.
    Data,
    /// Base: hertz.
    Frequency,
    /// Base: pascal.
    Pressure,
    /// Base: volt.
    Voltage,
    /// Base: ampere.
    Current,
    /// Base: newton metre.
    Torque,
    /// Base: coulomb.
    Charge,
    /// A person's age; base: year.
    Age,
    /// Base: byte per second.
    DataRate,
    /// Base: newton.
    Force,
    /// Base: degree of arc.
    Angle,
    /// Base: metre per second squared.
    Acceleration,
    /// Base: cubic metre per second.
    FlowRate,
    /// Base: kilogram per second.
    MassFlow,
    /// Base: kilogram per cubic metre.
    Density,
    /// Base: becquerel.
    Radioactivity,
    /// Base: gray.
    Dose,
    /// Base: farad.
    Capacitance,
    /// Base: ohm.
    Resistance,
    /// Base: lumen.
    LuminousFlux,
    /// Base: lux.
    Illuminance,
    /// Base: tesla.
    MagneticField,
    /// Anything else: compared only with the same code.
    Other,
}

impl Dimension {
    fn parse(s: &str) -> Option<Dimension> {
        use Dimension::*;
        Some(match s {
            "Count" => Count,
            "Length" => Length,
            "Area" => Area,
            "Volume" => Volume,
            "Mass" => Mass,
            "Duration" => Duration,
            "Speed" => Speed,
            "Percent" => Percent,
            "Money" => Money,
            "Magnitude" => Magnitude,
            "Temperature" => Temperature,
            "Power" => Power,
            "Energy" => Energy,
            "Data" => Data,
            "Frequency" => Frequency,
            "Pressure" => Pressure,
            "Voltage" => Voltage,
            "Current" => Current,
            "Torque" => Torque,
            "Charge" => Charge,
            "Age" => Age,
            "DataRate" => DataRate,
            "Force" => Force,
            "Angle" => Angle,
            "Acceleration" => Acceleration,
            "FlowRate" => FlowRate,
            "MassFlow" => MassFlow,
            "Density" => Density,
            "Radioactivity" => Radioactivity,
            "Dose" => Dose,
            "Capacitance" => Capacitance,
            "Resistance" => Resistance,
            "LuminousFlux" => LuminousFlux,
            "Illuminance" => Illuminance,
            "MagneticField" => MagneticField,
            "Other" => Other,
            _ => return None,
        })
    }

    /// True when values of this dimension convert between its units by a factor.
    pub fn converts(self) -> bool {
        !matches!(
            self,
            Dimension::Money | Dimension::Other | Dimension::Count | Dimension::Percent | Dimension::Magnitude
        )
    }
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
    /// Where the unit's zero stands in base units (temperatures: 273.15 for celsius); 0 for the rest.
    pub offset: f64,
}

struct Table {
    units: Vec<UnitInfo>,
    by_code: HashMap<&'static str, u16>,
    per: Vec<&'static str>,
    per_by_name: HashMap<&'static str, u16>,
}

fn rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| l.split('\t').collect())
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let units: Vec<UnitInfo> = rows(include_str!("../data/units.txt"))
            .map(|c| UnitInfo {
                code: c[0],
                name: c.get(1).copied().unwrap_or(c[0]),
                dimension: c.get(2).and_then(|d| Dimension::parse(d)).unwrap_or(Dimension::Other),
                factor: c.get(3).and_then(|f| f.parse().ok()).unwrap_or(1.0),
                offset: c.get(4).and_then(|f| f.parse().ok()).unwrap_or(0.0),
            })
            .collect();
        let by_code = units.iter().enumerate().map(|(i, u)| (u.code, i as u16)).collect();
        // a compound may be per anything the per table names, or per any unit ("per square foot")
        let mut per: Vec<&'static str> = rows(include_str!("../data/per.txt")).map(|c| c[0]).collect();
        for u in &units {
            if u.dimension != Dimension::Money && !per.contains(&u.name) {
                per.push(u.name);
            }
        }
        let per_by_name = per.iter().enumerate().map(|(i, p)| (*p, i as u16)).collect();
        Table { units, by_code, per, per_by_name }
    })
}

/// Every unit crossread knows, in the table's order.
pub fn all() -> &'static [UnitInfo] {
    &table().units
}

/// Looks a unit code up.
pub fn info(code: &str) -> Option<&'static UnitInfo> {
    let t = table();
    t.by_code.get(code).map(|&i| &t.units[i as usize])
}

/// A unit: one of the table's, or one of them per something ("USD/barrel", "km/day").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Unit {
    base: u16,
    per: Option<u16>,
}

impl Unit {
    const fn at(i: u16) -> Unit {
        Unit { base: i, per: None }
    }

    /// A number of things.
    pub const COUNT: Unit = Unit::at(0);
    /// A percentage.
    pub const PERCENT: Unit = Unit::at(1);
    /// Percentage points.
    pub const PP: Unit = Unit::at(2);
    /// An earthquake magnitude.
    pub const MAGNITUDE: Unit = Unit::at(3);
    /// A person's age in years.
    pub const AGE: Unit = Unit::at(4);
    /// A person's age in months.
    pub const AGE_MONTHS: Unit = Unit::at(5);
    /// A share of a whole ("half of").
    pub const SHARE: Unit = Unit::at(6);
    /// US dollars.
    pub const USD: Unit = Unit::at(7);
    /// Pounds sterling.
    pub const GBP: Unit = Unit::at(8);
    /// Euros.
    pub const EUR: Unit = Unit::at(9);
    /// Indian rupees.
    pub const INR: Unit = Unit::at(10);
    /// Kilometres.
    pub const KM: Unit = Unit::at(11);
    /// Miles.
    pub const MI: Unit = Unit::at(12);
    /// Square kilometres.
    pub const KM2: Unit = Unit::at(13);
    /// Square miles.
    pub const MI2: Unit = Unit::at(14);
    /// Metres.
    pub const M: Unit = Unit::at(15);
    /// Feet.
    pub const FT: Unit = Unit::at(16);
    /// Miles per hour.
    pub const MPH: Unit = Unit::at(17);
    /// Kilometres per hour.
    pub const KMH: Unit = Unit::at(18);
    /// Pounds (mass).
    pub const LB: Unit = Unit::at(19);
    /// Degrees (of arc, or of a temperature scale not named).
    pub const DEG: Unit = Unit::at(20);
    /// Degrees Celsius.
    pub const DEG_C: Unit = Unit::at(21);
    /// Degrees Fahrenheit.
    pub const DEG_F: Unit = Unit::at(22);

    /// The unit with this code, if the table has it ("km2", "USD/barrel", "count/day").
    pub fn parse(code: &str) -> Option<Unit> {
        let t = table();
        if let Some(&i) = t.by_code.get(code) {
            return Some(Unit::at(i));
        }
        let (base, per) = code.rsplit_once('/')?;
        let base = *t.by_code.get(base)?;
        let per = *t.per_by_name.get(per.replace('_', " ").as_str())?;
        Some(Unit { base, per: Some(per) })
    }

    /// The unit with this code; a code the table lacks reads as `other` (the lexicon test keeps every
    /// code the reader writes in the table).
    pub fn of(code: &str) -> Unit {
        Unit::parse(code).unwrap_or_else(|| Unit::parse("other").unwrap_or(Unit::COUNT))
    }

    /// This unit per something named in the `per` table ("barrel", "day"), if the table has it.
    pub fn per(self, what: &str) -> Option<Unit> {
        let &p = table().per_by_name.get(what)?;
        Some(Unit { base: self.base, per: Some(p) })
    }

    /// What the table says of the unit (of its numerator, for a compound).
    pub fn info(self) -> &'static UnitInfo {
        &table().units[self.base as usize]
    }

    /// What it is per, for a compound ("barrel").
    pub fn per_name(self) -> Option<&'static str> {
        self.per.map(|p| table().per[p as usize])
    }

    /// The code written in output ("km2", "USD/barrel").
    pub fn code(self) -> &'static str {
        match self.per_name() {
            None => self.info().code,
            Some(p) => compound(self, || format!("{}/{}", self.info().code, p.replace(' ', "_"))).0,
        }
    }

    /// The code written in output, as [`Unit::code`].
    pub fn as_str(self) -> &'static str {
        self.code()
    }

    /// The singular English name ("square kilometre", "dollar per barrel").
    pub fn name(self) -> &'static str {
        match self.per_name() {
            None => self.info().name,
            Some(p) => compound(self, || format!("{}/{}", self.info().code, p.replace(' ', "_"))).1,
        }
    }

    /// What it measures; a compound measures something of its own, compared only with itself.
    pub fn dimension(self) -> Dimension {
        if self.per.is_some() {
            Dimension::Other
        } else {
            self.info().dimension
        }
    }

    /// True for a count of things.
    pub fn is_count(self) -> bool {
        self == Unit::COUNT
    }

    /// True for money in some currency (not money per something).
    pub fn is_money(self) -> bool {
        self.dimension() == Dimension::Money
    }
}

/// The code and name of a compound unit, made once and kept for the life of the program (there are
/// at most a few thousand: every unit times every `per`).
fn compound(u: Unit, code: impl FnOnce() -> String) -> (&'static str, &'static str) {
    static MADE: OnceLock<Mutex<HashMap<Unit, (&'static str, &'static str)>>> = OnceLock::new();
    let mut made = MADE.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    *made.entry(u).or_insert_with(|| {
        let name = format!("{} per {}", u.info().name, u.per_name().unwrap_or(""));
        (Box::leak(code().into_boxed_str()), Box::leak(name.into_boxed_str()))
    })
}

impl PartialEq<&str> for Unit {
    fn eq(&self, other: &&str) -> bool {
        self.code() == *other
    }
}

impl std::fmt::Display for Unit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Unit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Unit, D::Error> {
        let code = String::deserialize(d)?;
        Unit::parse(&code).ok_or_else(|| serde::de::Error::custom(format!("unknown unit {code:?}")))
    }
}

/// The value of `v` in `from` expressed in `to`, if both are units of one convertible dimension.
pub fn convert(v: f64, from: Unit, to: Unit) -> Option<f64> {
    if from == to {
        return Some(v);
    }
    let (a, b) = (from.dimension(), to.dimension());
    let (f, t) = (from.info(), to.info());
    (a == b && a.converts()).then(|| round_to_12_digits((v * f.factor + f.offset - t.offset) / t.factor))
}

/// `x` to 12 significant digits: a conversion's float dust ("19.999999999999996 years") is no part
/// of any figure.
fn round_to_12_digits(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let scale = 10f64.powi(11 - x.abs().log10().floor() as i32);
    if !scale.is_finite() || scale == 0.0 {
        return x;
    }
    (x * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn square_miles_to_square_kilometres() {
        let km2 = convert(386.0, Unit::MI2, Unit::KM2).expect("area converts");
        assert!((km2 - 999.7).abs() < 0.1, "{km2}");
    }

    #[test]
    fn temperatures_convert_with_their_offsets() {
        let f = convert(100.0, Unit::DEG_C, Unit::DEG_F).expect("temperature converts");
        assert_eq!(f, 212.0);
        assert_eq!(convert(-40.0, Unit::DEG_F, Unit::DEG_C), Some(-40.0));
        assert_eq!(
            convert(2.0, Unit::parse("decades").expect("decades"), Unit::parse("years").expect("years")),
            Some(20.0)
        );
    }

    #[test]
    fn currencies_never_convert() {
        assert_eq!(convert(1.0, Unit::USD, Unit::EUR), None);
        assert_eq!(convert(1.0, Unit::KM, Unit::KM2), None);
    }

    #[test]
    fn codes_are_unique_and_named_constants_match_the_table() {
        let all = all();
        for (i, a) in all.iter().enumerate() {
            assert!(all[i + 1..].iter().all(|b| b.code != a.code), "{} twice", a.code);
        }
        let named = [
            (Unit::COUNT, "count"),
            (Unit::PERCENT, "percent"),
            (Unit::PP, "pp"),
            (Unit::MAGNITUDE, "magnitude"),
            (Unit::AGE, "age"),
            (Unit::AGE_MONTHS, "age_months"),
            (Unit::SHARE, "share"),
            (Unit::USD, "USD"),
            (Unit::GBP, "GBP"),
            (Unit::EUR, "EUR"),
            (Unit::INR, "INR"),
            (Unit::KM, "km"),
            (Unit::MI, "mi"),
            (Unit::KM2, "km2"),
            (Unit::MI2, "mi2"),
            (Unit::M, "m"),
            (Unit::FT, "ft"),
            (Unit::MPH, "mph"),
            (Unit::KMH, "km/h"),
            (Unit::LB, "lb"),
            (Unit::DEG, "deg"),
            (Unit::DEG_C, "degC"),
            (Unit::DEG_F, "degF"),
        ];
        for (u, code) in named {
            assert_eq!(u.code(), code);
        }
    }

    #[test]
    fn every_unit_parses_back_to_itself_and_converts_within_its_dimension() {
        for u in all() {
            let unit = Unit::parse(u.code).expect("parses");
            assert_eq!(unit.code(), u.code);
            assert_eq!(convert(2.5, unit, unit), Some(2.5));
            if u.dimension.converts() {
                let other = all().iter().find(|o| o.dimension == u.dimension && o.code != u.code);
                if let Some(o) = other {
                    let there = convert(2.5, unit, Unit::of(o.code)).expect("converts");
                    let back = convert(there, Unit::of(o.code), unit).expect("converts back");
                    assert!((back - 2.5).abs() < 1e-9, "{} -> {} -> {}", u.code, o.code, u.code);
                }
            }
        }
    }

    #[test]
    fn compounds_read_and_write_their_codes() {
        let u = Unit::parse("USD/barrel").expect("compound");
        assert_eq!((u.code(), u.name()), ("USD/barrel", "dollar per barrel"));
        assert_eq!(Unit::parse("USD/square_foot").map(Unit::name), Some("dollar per square foot"));
        assert_eq!(Unit::KM.per("day").map(Unit::code), Some("km/day"));
        assert!(Unit::parse("USD/spaceship").is_none());
        let json = serde_json::to_string(&u).expect("serialises");
        assert_eq!(json, "\"USD/barrel\"");
        assert_eq!(serde_json::from_str::<Unit>(&json).expect("reads"), u);
    }
}
