//! Which part of a question a figure gives: the level itself, a change ("211 more than last time"),
//! or a margin between two counts ("a majority of 176"). Read from the words beside the figure.

use crossread_text::{Class, Doc};

/// Which part of a question a figure gives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    /// The level itself: "Labour won 412 seats", and a whole its parts are counted out of ("650" in
    /// "412 of 650 seats"), which is the level of a question of its own.
    #[default]
    Level,
    /// A change from another time or count: "211 more than in 2019", "a loss of 40 seats".
    Change,
    /// A margin between two counts: "a majority of 176", "a 12-point lead".
    Margin,
}

/// The part a word beside a figure names, from the figure-parts lexicon; `than_after` says whether
/// "than" follows it closely (a comparative is a change only then: "211 more than in 2019").
fn part_word(word: &str, than_after: bool) -> Option<Part> {
    match crossread_text::lexicon::FIGURE_PARTS.get(word).copied() {
        Some("change") => Some(Part::Change),
        Some("comparative") if than_after => Some(Part::Change),
        Some("margin") => Some(Part::Margin),
        _ => None,
    }
}

/// Reads the part of a figure whose tokens run from `first` to `last` in a clause ending at `c1`;
/// `before_of` is the noun an "of" just before the figure follows ("a majority of 176").
pub(crate) fn part(doc: &Doc, c1: usize, first: usize, last: usize, before_of: Option<&str>) -> Part {
    // "a loss of 251 seats", "a majority of 176"
    if let Some(p) = before_of.and_then(|w| part_word(w, false)) {
        return p;
    }
    // words after the number, inside the figure or right after it: "200 additional seats", "211
    // more than", "a 176-seat majority", "a 12-point lead"
    let number = (first..=last).find(|&k| doc.class(k) == Class::Number).unwrap_or(first);
    let mut k = number + 1;
    while k <= c1 && k <= last + 2 {
        let w = doc.lower_of(&doc.tokens()[k]);
        let than = (k + 1..=(k + 2).min(c1)).any(|j| doc.lower_of(&doc.tokens()[j]) == "than");
        if let Some(p) = part_word(w, than) {
            return p;
        }
        if !(doc.class(k) == Class::Word || (w == "-" && k < last)) {
            break;
        }
        k += 1;
    }
    Part::Level
}

#[cfg(test)]
mod tests {
    use super::super::tests::sig;
    use super::Part;

    #[test]
    fn changes_and_margins() {
        let text = "The Harbour Party won 40 seats, or 12 more than last time, and a majority of 9.";
        assert_eq!(sig(text, "40 seats", true).part, Part::Level);
        assert_eq!(sig(text, "12", false).part, Part::Change);
        assert_eq!(sig(text, "9", false).part, Part::Margin);
        let text = "The Greens took 17 seats more than before and hold a 6-seat lead over the Liberals.";
        assert_eq!(sig(text, "17 seats", true).part, Part::Change);
        assert_eq!(sig(text, "6-seat", true).part, Part::Margin);
        let text = "Rovers lost 12 of 30 games, a loss of 4 points on last season, and 3 players left.";
        assert_eq!(sig(text, "12", false).part, Part::Level);
        assert_eq!(sig(text, "4 points", true).part, Part::Change);
        assert_eq!(sig(text, "3 players", true).part, Part::Level);
        let text = "The Greens' vote share rose two percentage points to 31%, a 9 point gap over the Liberals.";
        assert_eq!(sig(text, "two percentage points", true).part, Part::Change);
        assert_eq!(sig(text, "31%", false).part, Part::Level);
        assert_eq!(sig(text, "9 point", false).part, Part::Margin);
        let text = "Some 400 more residents were told to leave on Friday.";
        assert_eq!(sig(text, "400", false).part, Part::Level, "a comparative without than");
    }
}
