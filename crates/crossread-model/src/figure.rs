use crate::report::Span;
use crate::units::Unit;
use serde::{Deserialize, Serialize};

/// A figure's value: one number, or the two ends of a range.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    /// A single number.
    Number(f64),
    /// A range from low to high, written `[low, high]` in JSON.
    Range(f64, f64),
}

impl Value {
    /// The value with both ends multiplied by `k`.
    pub fn scale(self, k: f64) -> Value {
        match self {
            Value::Number(v) => Value::Number(v * k),
            Value::Range(a, b) => Value::Range(a * k, b * k),
        }
    }

    /// The lower end (the number itself for a single number).
    pub fn low(self) -> f64 {
        match self {
            Value::Number(v) => v,
            Value::Range(a, _) => a,
        }
    }

    /// The upper end (the number itself for a single number).
    pub fn high(self) -> f64 {
        match self {
            Value::Number(v) => v,
            Value::Range(_, b) => b,
        }
    }

    /// The middle of the value.
    pub fn mid(self) -> f64 {
        (self.low() + self.high()) / 2.0
    }
}

/// How exact a figure claims to be.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    /// As written, no qualifier.
    #[default]
    Exact,
    /// "about", "around", "some", "roughly".
    About,
    /// "more than", "at least", "over".
    AtLeast,
    /// "up to", "fewer than", "almost", "nearly".
    AtMost,
    /// "13 to 17", "between 5 and 10".
    Range,
}

impl Approx {
    /// The code used in JSON output (`exact`, `about`, `at_least`, `at_most`, `range`).
    pub fn code(self) -> &'static str {
        match self {
            Approx::Exact => "exact",
            Approx::About => "about",
            Approx::AtLeast => "at_least",
            Approx::AtMost => "at_most",
            Approx::Range => "range",
        }
    }
}

/// A change a figure describes ("rose 5%", "fell by 2.1%").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Trend {
    /// Risen, gained, up.
    Up,
    /// Fallen, dropped, down.
    Down,
}

/// One figure found in a report, with its meaning and where it stands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The figure as written, unit words included, qualifiers left out ("1,000 square kilometres").
    pub span: Span,
    /// The bytes of `span`.
    pub text: String,
    /// The value in `unit`, scales applied ("£2.5bn" is 2.5e9).
    pub value: Value,
    /// The unit (`count`, `km`, `km2`, `percent`, `USD`, ...), see [`crate::units`].
    pub unit: Unit,
    /// The unit's singular English name ("kilometre"); for a count, the counted noun.
    pub unit_name: String,
    /// For a count, the counted noun as written ("settlements"), when there is one.
    pub counted: Option<String>,
    /// How exact the figure claims to be.
    pub approx: Approx,
    /// Where the qualifier that set `approx` stands ("around", "up to"), if any.
    pub qualifier: Option<Span>,
    /// The change the figure describes, if any.
    pub trend: Option<Trend>,
    /// True for vague amounts ("tens of thousands", "dozens").
    pub vague: bool,
    /// True when a range reads "from X to Y": a change from the low end to the high end, not a spread
    /// (so the ends may be in either order).
    #[serde(default)]
    pub from_to: bool,
    /// Index of the sentence the figure stands in.
    pub sentence: usize,
    /// For a count read from words that hold no number ("a man was killed" is one, "no one was hurt"
    /// none): where the words that say what happened to them stand. None for a number as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub implied: Option<Span>,
}

/// A number for readers: thousands separators, rounded to `decimals` places below `whole_from`
/// and to a whole number at or above it ("1,234,567", "7.5").
pub fn readable_number(v: f64, decimals: u32, whole_from: f64) -> String {
    let k = 10f64.powi(decimals as i32);
    let r = if v.abs() >= whole_from { v.round() } else { (v * k).round() / k };
    let s = if r.fract() == 0.0 && r.abs() < 1e18 { format!("{}", r as i64) } else { format!("{r}") };
    let (int, frac) = s.split_once('.').unwrap_or((s.as_str(), ""));
    let digits = int.trim_start_matches('-');
    let mut out = String::with_capacity(s.len() + digits.len() / 3);
    if int.starts_with('-') {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}
