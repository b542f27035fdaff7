//! The timeline of a fact that changed over time: an SVG chart of each claim's value by report date,
//! one mark per outlet and claim, drawn here (no chart library).

use crossread_model::Value;

/// Chart size in SVG user units.
pub const WIDTH: f64 = 640.0;
/// Chart height.
pub const HEIGHT: f64 = 240.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 36.0;

/// Colours for outlets, distinct in print and for common colour blindness.
const PALETTE: &[&str] =
    &["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"];

/// One dated value from one outlet.
#[derive(Clone, Debug)]
pub struct Point {
    /// Outlet name.
    pub outlet: String,
    /// Report date, `YYYY-MM-DD`.
    pub date: String,
    /// The claim's value in the fact's unit.
    pub value: Value,
    /// The claim as the fact list shows it ("≥12,000").
    pub shown: String,
    /// Id of the mention the mark links to.
    pub href: String,
}

/// A mark on the chart.
#[derive(Debug)]
pub struct Mark {
    /// Centre.
    pub x: String,
    /// Centre.
    pub y: String,
    /// For a range: the top and bottom of its bar.
    pub bar: Option<(String, String)>,
    /// The outlet's colour.
    pub color: &'static str,
    /// Hover text: outlet, date, value.
    pub label: String,
    /// Outlet name.
    pub outlet: String,
    /// Report date.
    pub date: String,
    /// Id of the mention it links to.
    pub href: String,
}

/// An axis tick.
#[derive(Debug)]
pub struct Tick {
    /// Position along its axis.
    pub pos: String,
    /// Its label.
    pub label: String,
}

/// An outlet's line through its marks, and its legend entry.
#[derive(Debug)]
pub struct Series {
    /// Outlet name.
    pub outlet: String,
    /// The outlet's colour.
    pub color: &'static str,
    /// SVG polyline points, empty for one mark.
    pub points: String,
}

/// A drawn chart.
#[derive(Debug)]
pub struct Chart {
    /// One per outlet, in order of first date.
    pub series: Vec<Series>,
    /// One per (outlet, date, claim).
    pub marks: Vec<Mark>,
    /// Dates along the bottom.
    pub x_ticks: Vec<Tick>,
    /// Values up the side.
    pub y_ticks: Vec<Tick>,
    /// Left edge of the plot.
    pub left: f64,
    /// Right edge of the plot.
    pub right: f64,
    /// Top of the plot.
    pub top: f64,
    /// Bottom of the plot.
    pub bottom: f64,
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date.
pub fn day_number(date: &str) -> Option<i64> {
    let mut it = date.get(..10)?.split('-');
    let (y, m, d): (i64, i64, i64) = (it.next()?.parse().ok()?, it.next()?.parse().ok()?, it.next()?.parse().ok()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // days from civil (H. Hinnant's algorithm)
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// Round step for about `n` ticks over `span`.
fn nice_step(span: f64, n: f64) -> f64 {
    let raw = (span / n).max(f64::MIN_POSITIVE);
    let mag = 10f64.powf(raw.log10().floor());
    let f = raw / mag;
    let nice = if f <= 1.0 {
        1.0
    } else if f <= 2.0 {
        2.0
    } else if f <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * mag
}

fn fmt(v: f64) -> String {
    format!("{v:.1}")
}

/// Draws the chart of `points`, or None when fewer than two dates are known.
pub fn chart(points: &[Point]) -> Option<Chart> {
    let dated: Vec<(i64, &Point)> = points.iter().filter_map(|p| Some((day_number(&p.date)?, p))).collect();
    let (d0, d1) = (dated.iter().map(|d| d.0).min()?, dated.iter().map(|d| d.0).max()?);
    if d0 == d1 {
        return None;
    }
    let lo = dated.iter().map(|d| d.1.value.low()).fold(f64::INFINITY, f64::min);
    let hi = dated.iter().map(|d| d.1.value.high()).fold(f64::NEG_INFINITY, f64::max);
    if !lo.is_finite() || !hi.is_finite() {
        return None;
    }
    // start the axis at zero unless that squeezes the values into a sliver
    let floor = if lo >= 0.0 && lo <= hi * 0.6 { 0.0 } else { lo - (hi - lo).max(hi.abs() * 0.02) * 0.2 };
    let step = nice_step((hi - floor).max(hi.abs() * 0.05).max(1e-9), 4.0);
    let y0 = (floor / step).floor() * step;
    let y1 = ((hi / step).ceil() * step).max(y0 + step);
    let (right, bottom) = (WIDTH - RIGHT, HEIGHT - BOTTOM);
    let pad = 18.0;
    let sx = |d: i64| LEFT + pad + (d - d0) as f64 / (d1 - d0) as f64 * (right - LEFT - 2.0 * pad);
    let sy = |v: f64| bottom - (v - y0) / (y1 - y0) * (bottom - TOP);

    let mut outlets: Vec<&str> = Vec::new();
    let mut sorted = dated.clone();
    sorted.sort_by_key(|d| d.0);
    for (_, p) in &sorted {
        if !outlets.contains(&p.outlet.as_str()) {
            outlets.push(&p.outlet);
        }
    }
    let color = |o: &str| PALETTE[outlets.iter().position(|x| *x == o).unwrap_or(0) % PALETTE.len()];
    // outlets side by side on one date, a few units apart, so equal values stay visible
    let nudge = |o: &str| {
        let k = outlets.iter().position(|x| *x == o).unwrap_or(0) as f64;
        (k - (outlets.len() as f64 - 1.0) / 2.0) * 4.0_f64.min(40.0 / outlets.len() as f64)
    };
    let marks: Vec<Mark> = sorted
        .iter()
        .map(|(d, p)| {
            let x = sx(*d) + nudge(&p.outlet);
            let bar = match p.value {
                Value::Range(a, b) => Some((fmt(sy(b)), fmt(sy(a)))),
                Value::Number(_) => None,
            };
            Mark {
                x: fmt(x),
                y: fmt(sy(p.value.mid())),
                bar,
                color: color(&p.outlet),
                label: format!("{} · {} · {}", p.outlet, p.date, p.shown),
                outlet: p.outlet.clone(),
                date: p.date.clone(),
                href: p.href.clone(),
            }
        })
        .collect();
    let series = outlets
        .iter()
        .map(|o| {
            let pts: Vec<String> = sorted
                .iter()
                .filter(|(_, p)| p.outlet == *o)
                .map(|(d, p)| format!("{},{}", fmt(sx(*d) + nudge(o)), fmt(sy(p.value.mid()))))
                .collect();
            Series {
                outlet: o.to_string(),
                color: color(o),
                points: if pts.len() > 1 { pts.join(" ") } else { String::new() },
            }
        })
        .collect();
    let mut dates: Vec<(i64, &str)> = sorted.iter().map(|(d, p)| (*d, p.date.as_str())).collect();
    dates.dedup_by_key(|d| d.0);
    let every = dates.len().div_ceil(8).max(1);
    let x_ticks = dates.iter().step_by(every).map(|(d, s)| Tick { pos: fmt(sx(*d)), label: s.to_string() }).collect();
    let mut y_ticks = Vec::new();
    let mut v = y0;
    while v <= y1 + step * 0.01 && y_ticks.len() < 12 {
        y_ticks.push(Tick { pos: fmt(sy(v)), label: crossread_model::readable_number(v, 2, 1000.0) });
        v += step;
    }
    Some(Chart { series, marks, x_ticks, y_ticks, left: LEFT, right, top: TOP, bottom })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pt(outlet: &str, date: &str, v: f64) -> Point {
        Point {
            outlet: outlet.into(),
            date: date.into(),
            value: Value::Number(v),
            shown: format!("{v}"),
            href: String::new(),
        }
    }

    #[test]
    fn dates_count_days() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2025-03-15").zip(day_number("2025-03-14")).map(|(a, b)| a - b), Some(1));
        assert_eq!(day_number("2024-03-01").zip(day_number("2024-02-28")).map(|(a, b)| a - b), Some(2));
        assert_eq!(day_number("2025-13-01"), None);
        assert_eq!(day_number("soon"), None);
    }

    #[test]
    fn later_higher_values_sit_right_and_up() {
        let c = chart(&[pt("A", "2025-03-14", 3.0), pt("B", "2025-03-16", 7.0), pt("A", "2025-03-15", 5.0)])
            .expect("chart");
        assert_eq!(c.marks.len(), 3);
        let xy: Vec<(f64, f64)> =
            c.marks.iter().map(|m| (m.x.parse().unwrap_or(0.0), m.y.parse().unwrap_or(0.0))).collect();
        assert!(xy[0].0 < xy[1].0 && xy[1].0 < xy[2].0, "{xy:?}");
        assert!(xy[0].1 > xy[1].1 && xy[1].1 > xy[2].1, "{xy:?}");
        assert_eq!(c.series.len(), 2);
        assert!(!c.series[0].points.is_empty(), "outlet A has two marks joined by a line");
        assert_eq!(c.y_ticks.first().map(|t| t.label.as_str()), Some("0"));
    }

    #[test]
    fn one_date_draws_nothing() {
        assert!(chart(&[pt("A", "2025-03-14", 3.0), pt("B", "2025-03-14", 7.0)]).is_none());
        assert!(chart(&[pt("A", "undated", 3.0)]).is_none());
    }
}
