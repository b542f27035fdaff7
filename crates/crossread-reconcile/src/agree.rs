//! Whether the reports behind a fact agree: a dispute is one report against another, not one report
//! that also carries a passing figure beside the value it gives most.

use crate::same_answer;
use crossread_model::{Unit, Value};

/// One written mention of a fact's value.
pub(crate) struct Written {
    /// The report it stands in.
    pub report: usize,
    /// Its byte offset in the report.
    pub at: usize,
    /// (value in base units, unit, value as written).
    pub value: (Value, Unit, Value),
}

/// True when one value is the same answer as every other ("400 square miles" rounds "1,000 square
/// kilometres", and so does "386 square miles"), or when every report's own value (the one it writes
/// most, the first on a tie) is the same answer: "three dead" in each report, though one also says
/// "four people were shot" once in passing.
pub(crate) fn reports_agree(written: &[Written]) -> bool {
    if written.iter().any(|w| written.iter().all(|x| same_answer(&w.value, &x.value))) || written.is_empty() {
        return true;
    }
    let mut reports: Vec<usize> = written.iter().map(|w| w.report).collect();
    reports.sort_unstable();
    reports.dedup();
    if reports.len() < 2 {
        return false;
    }
    let own: Vec<&Written> = reports.iter().filter_map(|&r| own_value(written, r)).collect();
    own.iter().all(|a| own.iter().all(|b| same_answer(&a.value, &b.value)))
}

/// The value report `r` writes most often (the same answer counted as one), the earliest on a tie.
fn own_value(written: &[Written], r: usize) -> Option<&Written> {
    let mine: Vec<&Written> = written.iter().filter(|w| w.report == r).collect();
    let times = |w: &Written| mine.iter().filter(|x| same_answer(&w.value, &x.value)).count();
    mine.iter().copied().max_by(|a, b| times(a).cmp(&times(b)).then(b.at.cmp(&a.at)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(report: usize, at: usize, v: f64) -> Written {
        Written { report, at, value: (Value::Number(v), Unit::COUNT, Value::Number(v)) }
    }

    #[test]
    fn reports_whose_own_values_match_agree() {
        // the Millbrook report says "three dead" twice and "four people were shot" once; Dunmore "three dead"
        assert!(reports_agree(&[count(0, 10, 3.0), count(0, 50, 4.0), count(0, 90, 3.0), count(1, 10, 3.0)]));
        // on a tie a report's first value is its own
        assert!(reports_agree(&[count(0, 10, 3.0), count(0, 50, 4.0), count(1, 10, 3.0)]));
    }

    #[test]
    fn reports_whose_own_values_differ_differ() {
        assert!(!reports_agree(&[count(0, 10, 3.0), count(1, 10, 4.0)]));
        // the second report mentions three once in passing, but its own value is four
        assert!(!reports_agree(&[count(0, 10, 3.0), count(1, 5, 4.0), count(1, 20, 3.0), count(1, 40, 4.0)]));
        // nor does a value the first report puts second agree
        assert!(!reports_agree(&[count(0, 10, 4.0), count(0, 20, 3.0), count(1, 10, 3.0)]));
    }

    #[test]
    fn one_report_alone_with_two_values_differs() {
        assert!(!reports_agree(&[count(0, 10, 3.0), count(0, 40, 4.0)]));
    }
}
