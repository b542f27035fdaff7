//! Whether the reports behind a fact agree: a dispute is one report against another, not one report
//! that also carries a passing figure beside the values it gives most.

use crate::same_answer;
use crossread_model::{Unit, Value};

/// One written mention of a fact's value.
pub(crate) struct Written {
    /// The report it stands in.
    pub report: usize,
    /// (value in base units, unit, value as written).
    pub value: (Value, Unit, Value),
}

/// True when one value is the same answer as every other ("400 square miles" rounds "1,000 square
/// kilometres", and so does "386 square miles"), or when one value is among the values every report
/// writes most: "three dead" in each report, though one also says "four people were shot" once in
/// passing.
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
    let own: Vec<Vec<&Written>> = reports.iter().map(|&r| own_values(written, r)).collect();
    written.iter().any(|w| own.iter().all(|vs| vs.iter().any(|x| same_answer(&w.value, &x.value))))
}

/// The values report `r` writes most often (the same answer counted as one; all of them on a tie).
fn own_values(written: &[Written], r: usize) -> Vec<&Written> {
    let mine: Vec<&Written> = written.iter().filter(|w| w.report == r).collect();
    let times = |w: &Written| mine.iter().filter(|x| same_answer(&w.value, &x.value)).count();
    let most = mine.iter().map(|w| times(w)).max().unwrap_or(0);
    mine.iter().copied().filter(|w| times(w) == most).collect()
}

/// True when the text between two figures makes the second an earlier value of the first
/// ("92, up from 84"): one question, two claims.
pub(crate) fn updates(between: &str) -> bool {
    // what follows the last break: "7 people have died since Friday, up from three"
    let tail = between.rsplit([',', ';', '(']).next().unwrap_or(between);
    let b = tail.trim().to_lowercase();
    let words: Vec<&str> = b.split_whitespace().collect();
    let changed =
        ["up", "down", "rising", "falling", "increased", "decreased", "rose", "fell", "revised", "raised", "lowered"];
    match words.as_slice() {
        [w, "from"] => changed.contains(w),
        ["compared", "with" | "to"] | ["compared", "with" | "to", "the"] => true,
        _ => false,
    }
}

/// True when the text before a figure ends in "from" and the text between it and the next figure
/// ends in "to", a few words apart ("from 15 to 51", "from $3.20 on Monday to $3.90"): the ends of
/// a change, the first an earlier value of the second.
pub(crate) fn changed_from_to(before: &str, between: &str) -> bool {
    let from = before.trim_end().to_lowercase();
    let from = from.strip_suffix("from").is_some_and(|r| r.is_empty() || r.ends_with([' ', '(']));
    let words: Vec<String> = between.split_whitespace().map(str::to_lowercase).collect();
    from && words.len() <= 5 && words.last().is_some_and(|w| w == "to") && !between.contains([',', ';', '(', ')'])
}

/// True when the words after a figure make it a difference from another value, not a restatement
/// of the figure before it: "96 seats, or 41 more than at the last count".
pub(crate) fn difference_follows(after: &str) -> bool {
    let words: Vec<String> = after.split_whitespace().take(4).map(|w| w.to_lowercase()).collect();
    matches!(words.first().map(String::as_str), Some("more" | "fewer" | "less" | "higher" | "lower"))
        && words.iter().any(|w| w.trim_end_matches([',', '.']) == "than")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ends_of_a_change_and_a_difference() {
        assert!(changed_from_to("the crew grew from", " to "));
        assert!(changed_from_to("prices rose from", " on Monday to "));
        assert!(!changed_from_to("prices rose to", " to "));
        assert!(!changed_from_to("grew from", ", and then to "));
        assert!(difference_follows(" more than at the last count"));
        assert!(difference_follows(" fewer seats than before"));
        assert!(!difference_follows(" seats in all"));
        assert!(!difference_follows(" more people"));
    }

    fn count(report: usize, v: f64) -> Written {
        Written { report, value: (Value::Number(v), Unit::COUNT, Value::Number(v)) }
    }

    #[test]
    fn reports_whose_own_values_match_agree() {
        // the Millbrook report says "three dead" twice and "four people were shot" once; Dunmore "three dead"
        assert!(reports_agree(&[count(0, 3.0), count(0, 4.0), count(0, 3.0), count(1, 3.0)]));
        // on a tie each of a report's values is its own
        assert!(reports_agree(&[count(0, 4.0), count(0, 3.0), count(1, 3.0)]));
    }

    #[test]
    fn reports_whose_own_values_differ_differ() {
        assert!(!reports_agree(&[count(0, 3.0), count(1, 4.0)]));
        // the second report mentions three once in passing, but its own value is four
        assert!(!reports_agree(&[count(0, 3.0), count(1, 4.0), count(1, 3.0), count(1, 4.0)]));
        // nor does a value the first report writes less often agree
        assert!(!reports_agree(&[count(0, 4.0), count(0, 3.0), count(0, 4.0), count(1, 3.0)]));
    }

    #[test]
    fn one_report_alone_with_two_values_differs() {
        assert!(!reports_agree(&[count(0, 3.0), count(0, 4.0)]));
    }
}
