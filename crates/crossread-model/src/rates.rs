//! Euro reference rates of the European Central Bank, by working day (the table in
//! `data/ecb_rates.txt`, built by `tools/build_rates.py`), so sums in different currencies compare.

use std::collections::HashMap;
use std::sync::OnceLock;

struct Rates {
    /// The table's rows (date first), oldest first.
    rows: Vec<&'static str>,
    /// The column of each currency code.
    column: HashMap<&'static str, usize>,
}

fn rates() -> &'static Rates {
    static RATES: OnceLock<Rates> = OnceLock::new();
    RATES.get_or_init(|| {
        let text: &'static str = include_str!("../data/ecb_rates.txt");
        let mut lines = text.lines().filter(|l| !l.starts_with('#'));
        let header = lines.next().unwrap_or("");
        let column = header.split(' ').enumerate().skip(1).map(|(i, c)| (c, i)).collect();
        Rates { rows: lines.collect(), column }
    })
}

/// How many units of currency `code` one euro bought on `date` (`YYYY-MM-DD`), or on the last working
/// day before it; the latest rate when no date is given. None for a currency the ECB does not quote.
pub fn per_euro(code: &str, date: Option<&str>) -> Option<f64> {
    if code == "EUR" {
        return Some(1.0);
    }
    let r = rates();
    let &col = r.column.get(code)?;
    let at = match date {
        Some(d) => r.rows.partition_point(|row| row.get(..10).is_some_and(|rd| rd <= d)),
        None => r.rows.len(),
    };
    // back from that day to the last one with a rate for this currency
    r.rows[..at].iter().rev().take(30).find_map(|row| row.split(' ').nth(col).and_then(|v| v.parse::<f64>().ok()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_by_day_and_the_day_before() {
        // the table's first day
        assert_eq!(per_euro("USD", Some("1999-01-04")), Some(1.1789));
        // a Sunday takes the Friday before
        assert_eq!(per_euro("GBP", Some("1999-01-10")), per_euro("GBP", Some("1999-01-08")));
        assert_eq!(per_euro("EUR", None), Some(1.0));
        assert!(per_euro("USD", None).is_some_and(|r| r > 0.5 && r < 2.0));
        assert_eq!(per_euro("XYZ", None), None);
        // before the table begins there is no rate
        assert_eq!(per_euro("USD", Some("1990-01-01")), None);
    }
}
