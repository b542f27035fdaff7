//! Figures that do not speak for a fact's present whole, though they answer its question: a part of
//! the group it counts ("three of the victims", "four others", "his two sons") or a count of another
//! time ("last year", "in 2009"). They stay claims of the fact but do not dispute its value.

use crossread_text::lexicon as lx;
use crossread_text::{Class, Doc};
use std::ops::Range;

/// True when a count is of part of a group, or of others beside someone ("three of the victims",
/// "two of his cousins", "four others", "the other two", "the remaining four", "the couple's three
/// children"), or of those said to have done the harm ("three suspects"): not the whole a toll
/// gives. `first..=last` are the figure's tokens, `sentence` its sentence's tokens.
pub(crate) fn counts_a_part(doc: &Doc, sentence: Range<usize>, first: usize, last: usize) -> bool {
    let toks = doc.tokens();
    let word = |k: usize| if sentence.contains(&k) { doc.lower_of(&toks[k]) } else { "" };
    let before = first.checked_sub(1).map_or("", word);
    // "of" and a determiner or pronoun right after the number (or inside its span): "three of their
    // children", "two of them"
    let partitive = (first + 1..=last + 1).any(|k| {
        word(k) == "of"
            && (lx::PARTITIVE_DETERMINERS.contains(word(k + 1)) || lx::PARTITIVE_PRONOUNS.contains(word(k + 1)))
    });
    let beside = |w: &str| lx::REMAINDER_WORDS.contains(w);
    // a family's members, owned: "his two sons", "the couple's three children"
    let owned = lx::PARTITIVE_DETERMINERS.contains(before) && before != "the"
        || before.ends_with("'s")
        || before.ends_with("’s");
    let kin = (first..=last + 1).any(|k| lx::KIN_NOUNS.contains(word(k)));
    // those said to have done it: "three suspects", "2 accused in the fatal shooting"
    let accused = (first..=last + 1).any(|k| lx::ACCUSED_NOUNS.contains(word(k)));
    partitive
        || beside(before)
        || (first..=last + 1).any(|k| beside(word(k)))
        || owned && kin
        || accused
        || listed(doc, sentence, first, last)
}

/// True when a count of people is one item of a list of them: "parents, two children dead", "two
/// guards and a gunman were killed". The list's items are parts; its whole is their sum.
fn listed(doc: &Doc, sentence: Range<usize>, first: usize, last: usize) -> bool {
    let toks = doc.tokens();
    let word = |k: usize| if sentence.contains(&k) { doc.lower_of(&toks[k]) } else { "" };
    let people = |k: usize| lx::ONE_PERSON_NOUNS.contains(word(k)) || lx::KIN_NOUNS.contains(word(k));
    let joint = |k: usize| matches!(word(k), "and" | "," | "&");
    // after another person: "Parents, 2 children", "a man and two boys"
    let after_person = first >= 2 && joint(first - 1) && people(first - 2);
    // before another: "two guards and a gunman", "three men and a woman"
    let next = last + 2;
    let before_person = word(last + 1) == "and"
        && sentence.contains(&next)
        && (people(next) || matches!(doc.class(next), Class::Det | Class::Number) && people(next + 1));
    after_person || before_person
}

/// True when the figure's sentence tells of another time than the report's: a year before the
/// report's own ("in 2009"), a period counted back ("last month", "this year", "since March").
/// `year` is the report's year, when known.
pub(crate) fn of_another_time(doc: &Doc, sentence: Range<usize>, year: Option<i32>) -> bool {
    let toks = doc.tokens();
    let word = |k: usize| if sentence.contains(&k) { doc.lower_of(&toks[k]) } else { "" };
    sentence.clone().any(|k| {
        let w = word(k);
        let earlier_year = year.is_some_and(|y| {
            w.len() == 4
                && w.bytes().all(|b| b.is_ascii_digit())
                && w.parse::<i32>().is_ok_and(|v| (1900..y).contains(&v))
        });
        let period = matches!(w, "last" | "this" | "past") && lx::COUNTED_PERIODS.contains(word(k + 1));
        let since = w == "since" && lx::MONTHS.contains_key(word(k + 1));
        earlier_year || period || since
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossread_model::Span;

    /// (sentence tokens, first, last) of `figure` in `text`.
    fn at(doc: &Doc, text: &str, figure: &str) -> (Range<usize>, usize, usize) {
        let start = text.find(figure).expect("figure");
        let end = start + figure.len();
        let toks = doc.tokens();
        let first = toks.iter().position(|t| t.start() >= start).expect("first token");
        let last = toks.iter().rposition(|t| t.end() <= end).expect("last token");
        let s = doc.sentence_at(start).expect("sentence");
        (doc.sentences()[s].tokens(), first, last)
    }

    fn part(text: &str, figure: &str) -> bool {
        let doc = Doc::new(text, Span::new(0, text.len()));
        let (s, first, last) = at(&doc, text, figure);
        counts_a_part(&doc, s, first, last)
    }

    fn another_time(text: &str, year: Option<i32>) -> bool {
        let doc = Doc::new(text, Span::new(0, text.len()));
        of_another_time(&doc, doc.sentences()[0].tokens(), year)
    }

    #[test]
    fn parts_of_a_group_and_its_doers() {
        assert!(part("Three of the victims were students.", "Three"));
        assert!(part("The gunman killed two of them before fleeing.", "two"));
        assert!(part("Police found four others in the yard.", "four"));
        assert!(part("The other two were taken to Wexby General.", "two"));
        assert!(part("A woman and her two sons were found dead.", "two sons"));
        assert!(part("Parents, 2 children dead in Aldmoor fire", "2 children"));
        assert!(part("Two guards and a gunman were killed.", "Two guards"));
        assert!(part("A judge heard from 3 accused in the fatal shooting.", "3"));
        // the whole
        assert!(!part("Four people were killed in Aldmoor.", "Four people"));
        assert!(!part("Two men were killed and three were hurt.", "Two men"));
        assert!(!part("The couple's farm lost 40 sheep.", "40 sheep"));
    }

    #[test]
    fn sentences_of_another_time() {
        assert!(another_time("Six people were killed in the county last year.", Some(2016)));
        assert!(another_time("Nine have died since March.", Some(2016)));
        assert!(another_time("In 2009, two guards were hurt there.", Some(2016)));
        assert!(!another_time("In 2016, two guards were hurt there.", Some(2016)));
        assert!(!another_time("Two guards were hurt on Friday.", Some(2016)));
        // no year of its own: a year says nothing
        assert!(!another_time("In 2009, two guards were hurt there.", None));
    }
}
