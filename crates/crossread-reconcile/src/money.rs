//! A claim's value when its sum is written in another currency than its fact's: converted at the
//! report's own day, or, with no day to convert at, the value of the fact's own-currency sum it
//! restates.

use crossread_model::{Unit, Value};

/// How far a sum converted at a rate of another day may lie from a sum in the fact's own currency
/// and still be that sum: rates move by a few per cent over months, and more over years.
const UNDATED_SLACK: f64 = 0.08;

/// `value` in currency `from`, in currency `to` at the ECB reference rates of `date`; None when the
/// ECB quotes either currency on no day near it.
pub(crate) fn convert(value: Value, from: Unit, to: Unit, date: &str) -> Option<Value> {
    let a = crossread_model::rates::per_euro(from.code(), Some(date))?;
    let b = crossread_model::rates::per_euro(to.code(), Some(date))?;
    Some(value.scale(b / a))
}

/// Gives each claim whose value was converted from another currency with no day to convert at
/// (`foreign`) the value of the nearest claim written in the fact's currency, when that lies within
/// [`UNDATED_SLACK`]: "$76m" beside "£60m" is the same fee at its day's rate, not £57m.
pub(crate) fn snap_foreign<'a>(claims: impl Iterator<Item = (&'a mut Value, bool)>) {
    let mut claims: Vec<(&'a mut Value, bool)> = claims.collect();
    let own: Vec<Value> = claims.iter().filter(|(_, foreign)| !foreign).map(|(v, _)| **v).collect();
    for (v, foreign) in claims.iter_mut() {
        if !*foreign {
            continue;
        }
        let gap = |o: &Value| (o.mid() - v.mid()).abs() / o.mid().abs().max(v.mid().abs()).max(1e-9);
        let nearest = own.iter().filter(|o| matches!(o, Value::Number(_))).min_by(|a, b| gap(a).total_cmp(&gap(b)));
        if let Some(o) = nearest.filter(|o| gap(o) <= UNDATED_SLACK && matches!(**v, Value::Number(_))) {
            **v = *o;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sum_converts_at_its_own_day() {
        let (usd, gbp) = (Unit::parse("USD").unwrap_or(Unit::COUNT), Unit::parse("GBP").unwrap_or(Unit::COUNT));
        // on 2023-07-14 the ECB quoted 1.1221 dollars and 0.8559 pounds to the euro
        let v = convert(Value::Number(112.21), usd, gbp, "2023-07-14").map(|v| v.mid()).unwrap_or(0.0);
        assert!((v - 85.59).abs() < 0.01, "{v}");
        assert_eq!(convert(Value::Number(1.0), usd, Unit::COUNT, "2023-07-14"), None);
    }

    #[test]
    fn an_undated_foreign_sum_takes_the_own_currency_sum_it_matches() {
        let (mut a, mut b, mut c, mut d) =
            (Value::Number(60e6), Value::Number(57.5e6), Value::Number(40e6), Value::Number(50e6));
        snap_foreign([(&mut a, false), (&mut b, true), (&mut c, true), (&mut d, false)].into_iter());
        // 57.5m is 4% from 60m: the same sum at another day's rate
        assert_eq!(b, Value::Number(60e6));
        // 40m is 20% from 50m, the nearest: another sum
        assert_eq!(c, Value::Number(40e6));
        assert_eq!((a, d), (Value::Number(60e6), Value::Number(50e6)));
    }
}
