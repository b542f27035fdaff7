//! Figures of a past event told beside the story's own: "the £100m City paid in 2021", "the 48
//! seats it won in 2019", "the record set two years ago". Their clause names a year before the
//! story's, or a time some years ago; such a figure holds at an earlier time (see
//! [`crate::signature::Time::Earlier`]), so it is not merged into the current value.

use crossread_text::{Doc, Kind};

/// A year as written in digits, within the years news tells of.
fn year(doc: &Doc, k: usize) -> Option<u16> {
    year_of(doc, &doc.tokens()[k])
}

/// The year token `t` of `doc` is (see [`year`]).
#[inline]
fn year_of(doc: &Doc, t: &crossread_text::Token) -> Option<u16> {
    // a token written in digits is the only kind classed a number: asking its kind, not its class,
    // leaves the class of every other word unworked (every token of a report is asked here)
    if t.kind() != Kind::Num || t.end() - t.start() != 4 {
        return None;
    }
    let w = doc.text_of(t);
    w.parse::<u16>().ok().filter(|y| (1900..=2100).contains(y))
}

/// True for tokens that end the clause a figure stands in.
fn breaks(w: &str) -> bool {
    matches!(w, "," | ";" | ":" | "\u{2013}" | "\u{2014}" | "(" | ")" | "but" | "while" | "whereas" | "although")
}

/// What the clause of a figure says of its time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ClauseTime {
    /// The year it is told to be "in" ("in 2021", "in the 2019 election", "in January 2023").
    pub named: Option<u16>,
    /// Told as a time years ago ("two years ago").
    pub ago: bool,
    /// Told as what a sum or count could come to ("a sum that could reach £40m", "may rise to 40").
    pub could_reach: bool,
}

/// Verbs of coming to an amount, after "could", "may" or "might": the figure is a possible value.
const REACH: &[&str] = &["reach", "rise", "climb", "top", "exceed", "hit", "increase", "grow", "total", "surpass"];

/// What the clause of a figure (tokens `first..=last` of sentence `s`) says of its time (see
/// [`ClauseTime`]). A sentence opening "In 2019," names the year of its first clause.
pub(crate) fn clause_time(doc: &Doc, s: usize, first: usize, last: usize) -> ClauseTime {
    let Some(range) = doc.sentences().get(s).map(|x| x.tokens()) else { return ClauseTime::default() };
    let word = |k: usize| doc.lower_of(&doc.tokens()[k]);
    let mut start = first;
    while start > range.start && !breaks(word(start - 1)) {
        start -= 1;
    }
    let mut end = last + 1;
    while end < range.end && !breaks(word(end)) {
        end += 1;
    }
    // "In 2019, the party won 48 seats", "At the last election in 2019, the party won 48 seats": an
    // opening that ends "in YEAR," names the time of the clause after it
    if start >= range.start + 3 && word(start - 1) == "," && (range.start..start - 1).all(|k| !breaks(word(k))) {
        let k = start - 2;
        let month = k >= range.start + 2 && crossread_text::lexicon::MONTHS.contains_key(word(k - 1));
        let p = if month { k - 2 } else { k - 1 };
        if year(doc, k).is_some() && p >= range.start && word(p) == "in" {
            start = range.start;
        }
    }
    // "in 1997, when the party won 43%", "its worst since 2011 when it stood at 52%": a clause opened by
    // "when" just after a year tells of that year
    let when_year = (start.max(range.start + 1)..first).find(|&k| word(k) == "when").and_then(|k| {
        if word(k - 1) == "," && k >= range.start + 2 {
            year(doc, k - 2)
        } else {
            year(doc, k - 1)
        }
    });
    let mut named = None;
    let mut ago = false;
    // "could reach £40m", "could rise to 40", "may top 200": a modal and a verb of reaching just before
    let could_reach = (start..first).any(|k| {
        matches!(word(k), "could" | "may" | "might") && (k + 1..first.min(k + 3)).any(|v| REACH.contains(&word(v)))
    });
    for k in start..end {
        // "two years ago", "decades ago": a time well before the story's
        if k > last && word(k) == "ago" && matches!(word(k - 1), "years" | "decades") {
            ago = true;
        }
        if k >= first && k <= last {
            continue;
        }
        let Some(y) = year(doc, k) else { continue };
        // "in 2021", "in the 2019 election", "in January 2023"; not "since 2019" or "by 2030"
        let p1 = if k > start { word(k - 1) } else { "" };
        let p2 = if k > start + 1 { word(k - 2) } else { "" };
        let month = crossread_text::lexicon::MONTHS.contains_key(p1);
        if p1 == "in" || p1 == "the" && p2 == "in" || month && p2 == "in" {
            named = Some(named.map_or(y, |n: u16| n.max(y)));
        }
    }
    ClauseTime { named: when_year.or(named), ago, could_reach }
}

/// The latest year a text names in digits: for a story whose reports carry no day, the year it
/// is told from is taken to be no earlier.
pub(crate) fn latest_year(doc: &Doc) -> Option<u16> {
    doc.tokens().iter().filter_map(|t| year_of(doc, t)).max()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossread_model::Span;

    /// The clause time of the first token written `figure` in `text`, read as one sentence.
    fn time_of(text: &str, figure: &str) -> (Option<u16>, bool) {
        let t = clause_of(text, figure);
        (t.named, t.ago)
    }

    fn clause_of(text: &str, figure: &str) -> ClauseTime {
        let doc = Doc::new(text, Span::new(0, text.len()));
        let k = doc.tokens().iter().position(|t| doc.text_of(t) == figure).unwrap_or(0);
        clause_time(&doc, 0, k, k)
    }

    #[test]
    fn what_a_sum_could_reach() {
        assert!(clause_of("Northam bought him for a sum that could reach 45 million.", "45").could_reach);
        assert!(clause_of("The toll may rise to 40, officials said.", "40").could_reach);
        assert!(!clause_of("The toll rose to 40, officials said.", "40").could_reach);
        assert!(!clause_of("It could take days to count the 40 missing.", "40").could_reach);
    }

    #[test]
    fn the_year_and_the_time_ago_a_clause_names() {
        assert_eq!(time_of("The fee matches the 30 Northam paid for a goalkeeper in 2027.", "30"), (Some(2027), false));
        assert_eq!(time_of("The Greens won 48 seats in the 2027 election.", "48"), (Some(2027), false));
        assert_eq!(time_of("In 2027, the Greens won 48 seats.", "48"), (Some(2027), false));
        assert_eq!(time_of("At the last vote in 2027, the Greens won 48 seats.", "48"), (Some(2027), false));
        assert_eq!(time_of("At the last vote in May 2027, the Greens won 48 seats.", "48"), (Some(2027), false));
        // a clause opened by "when" just after a year tells of that year
        assert_eq!(
            time_of("A win like Ms Oduya's in 2026, when the Greens won 41% of the vote.", "41"),
            (Some(2026), false)
        );
        assert_eq!(time_of("Turnout is the lowest since 2027 when it was 52%.", "52"), (Some(2027), false));
        assert_eq!(time_of("The lowest turnout was in 2025, when it was 52%.", "52"), (Some(2025), false));
        // an opening that names no year, or a year not told "in", leaves the clause after it untimed
        assert_eq!(time_of("At the last count, the Greens had 48 seats.", "48"), (None, false));
        assert_eq!(time_of("Since 2027, the Greens have won 48 seats.", "48"), (None, false));
        assert_eq!(time_of("When polls closed, the Greens had won 48 seats.", "48"), (None, false));
        assert_eq!(time_of("Northam paid 30 for a goalkeeper two years ago.", "30"), (None, true));
        // a year in another clause, or one a figure is counted since, says nothing of its time
        assert_eq!(time_of("The Greens won 48 seats, more than in 2027.", "48"), (None, false));
        assert_eq!(time_of("The toll of 48 is the worst since 2027.", "48"), (None, false));
        assert_eq!(time_of("Some 48 people died two days ago.", "48"), (None, false));
    }

    #[test]
    fn the_latest_year_a_text_names() {
        let text = "Founded in 1998, the club was sold in 2027 and again in 2029 for 40 million.";
        assert_eq!(latest_year(&Doc::new(text, Span::new(0, text.len()))), Some(2029));
    }
}
