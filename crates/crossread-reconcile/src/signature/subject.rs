//! The name a sentence is about: its opening subject ("The Harbour Party (or Harbourites) saw ...",
//! "Meanwhile, the Greens ..."), which a pronoun later in it, or at the start of the next sentence,
//! stands for ("they won as few as 12", "their seats fell to 9").

use crossread_text::{Class, Doc};

/// Pronouns that stand for a sentence's subject when a figure is said of them.
const PRONOUNS: &[&str] = &["they", "their", "it", "its", "he", "his", "she", "her"];

/// The name sentence `s` opens with as its subject, lower case: after a determiner, or after one
/// connective word and a comma ("Meanwhile, the Greens"); the whole run of name words up to the
/// first that is not one (a short form in brackets after it is left out). None when the run ends in
/// a possessive ("Ardent's party": the party is not named) or the sentence opens otherwise.
pub(crate) fn opening_name(doc: &Doc, s: usize) -> Option<String> {
    let r = doc.sentences().get(s)?.tokens();
    let (start, end) = (r.start, r.end);
    let text = |k: usize| doc.text_of(&doc.tokens()[k]);
    let mut k = start;
    // "Meanwhile, ...", "By contrast, ..." (two words at most)
    if let Some(c) = (k + 1..(k + 3).min(end)).find(|&c| text(c) == ",") {
        if (k..c).all(|j| matches!(doc.class(j), Class::Word | Class::Prep | Class::Conj)) {
            k = c + 1;
        }
    }
    while k < end && doc.class(k) == Class::Det {
        k += 1;
    }
    let capital = |j: usize| {
        matches!(doc.class(j), Class::Name | Class::Word) && text(j).starts_with(char::is_uppercase)
            || doc.class(j) == Class::Name
    };
    let from = k;
    while k < end && capital(k) && !crossread_text::is_possessive(doc.lower_of(&doc.tokens()[k])) {
        k += 1;
    }
    if k == from || k < end && crossread_text::is_possessive(doc.lower_of(&doc.tokens()[k])) {
        return None;
    }
    // a name is more than a capitalised first word followed by lower-case ones ("Voters ...")
    if k == from + 1 && doc.class(from) != Class::Name && k == start + 1 {
        return None;
    }
    Some((from..k).map(|j| doc.lower_of(&doc.tokens()[j])).collect::<Vec<_>>().join(" "))
}

/// The name a sentence opens on as its topic, "For NAME, ...", lower case: the run of name words
/// that ends right before the phrase's comma, within eight words of "For" ("For the Greens, it was
/// a grim night", "For Ola Dane-led Greens, ..."). None when no name ends the phrase.
pub(crate) fn topic_name(doc: &Doc, s: usize) -> Option<String> {
    let r = doc.sentences().get(s)?.tokens();
    let (start, end) = (r.start, r.end);
    if end <= start || doc.lower_of(&doc.tokens()[start]) != "for" {
        return None;
    }
    let comma = (start + 1..(start + 9).min(end)).find(|&k| doc.text_of(&doc.tokens()[k]) == ",")?;
    let name = |k: usize| doc.class(k) == Class::Name && !super::code(doc, k);
    let mut a = comma;
    while a > start + 1 && name(a - 1) && !crossread_text::is_possessive(doc.lower_of(&doc.tokens()[a - 1])) {
        a -= 1;
    }
    (a < comma).then(|| {
        (a..comma)
            .map(|j| crossread_text::strip_possessive(doc.lower_of(&doc.tokens()[j])))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// The name a pronoun before the figure at `first` stands for ("they won as few as 12", "their seats
/// fell to 9"): a pronoun within six words before it, with a verb and no name or other figure
/// between, stands for the nearest name before it in the sentence (a short form in brackets goes to
/// the name it shortens), or, when it opens the sentence, for the previous sentence's subject. Not
/// for a figure after "by" ("joined by four others": the pronoun is the one joined).
pub(crate) fn pronoun_holder(doc: &Doc, s: usize, first: usize, verb: impl Fn(usize) -> bool) -> Option<String> {
    let start = doc.sentences().get(s)?.tokens().start;
    let lower = |k: usize| doc.lower_of(&doc.tokens()[k]);
    if first > start && lower(first - 1) == "by" {
        return None;
    }
    let mut k = first;
    while k > start && first - k < 6 {
        k -= 1;
        match doc.class(k) {
            Class::Name | Class::Number => return None,
            _ if PRONOUNS.contains(&lower(k)) => {
                // "they won 12", "their seats fell to 9", "taking its total to 27"
                let linked = (k + 1..first).any(&verb) || matches!(lower(first - 1), "to" | "at" | "of" | "on");
                if !linked {
                    return None;
                }
                return match nearest_name(doc, start, k) {
                    Some(n) => Some(n),
                    None if k == start && s > 0 => opening_name(doc, s - 1),
                    None => None,
                };
            }
            _ => {}
        }
    }
    None
}

/// Words that may stand between a verb of having and its figure: "only", "as few as", "just over",
/// "a mere".
pub(crate) const BEFORE_FIGURE: &[&str] =
    &["only", "just", "mere", "as", "few", "many", "over", "under", "nearly", "almost", "about", "around"];

/// The subject of a verb of having just before the figure at `first`, within its clause from `c0`:
/// the nearest name run before the verb that is neither a place ("in Vestby") nor an agent ("led by
/// Ola Dane"), with no other figure between ("the Greens only won 4", "the Liberals
/// led by Ola Dane are tipped to win 61").
pub(crate) fn holding_subject(
    doc: &Doc,
    c0: usize,
    first: usize,
    name: &impl Fn(usize) -> bool,
    holding: &impl Fn(usize) -> bool,
) -> Option<std::ops::Range<usize>> {
    let lower = |k: usize| doc.lower_of(&doc.tokens()[k]);
    let mut v = first;
    while v > c0 && BEFORE_FIGURE.contains(&lower(v - 1)) {
        v -= 1;
    }
    if v == c0 || !holding(v - 1) || doc.class(v - 1) == Class::Aux {
        return None;
    }
    let mut k = v - 1;
    while k > c0 {
        k -= 1;
        if doc.class(k) == Class::Number {
            return None;
        }
        if !name(k) {
            continue;
        }
        let mut a = k;
        while a > c0 && name(a - 1) && !crossread_text::is_possessive(lower(a - 1)) {
            a -= 1;
        }
        let before = (a > c0).then(|| lower(a - 1));
        if before.is_some_and(|w| w == "by" || crossread_text::lexicon::PLACE_PREPOSITIONS.contains(w)) {
            k = a;
            continue;
        }
        // "the Greens and the Liberals collected 4": a figure of both is no one's alone
        let mut b = a;
        while b > c0 && doc.class(b - 1) == Class::Det {
            b -= 1;
        }
        if b > c0 && matches!(lower(b - 1), "and" | "or" | ",") {
            return None;
        }
        return Some(a..k + 1);
    }
    None
}

/// The nearest run of name words before token `before` (from `start`), lower case, without
/// possessive endings; a run in brackets is passed over to the name before it ("the Harbour Party
/// (or Harbourites)").
fn nearest_name(doc: &Doc, start: usize, before: usize) -> Option<String> {
    let text = |k: usize| doc.text_of(&doc.tokens()[k]);
    let mut k = before;
    let mut depth = 0usize;
    while k > start {
        k -= 1;
        match text(k) {
            ")" => depth += 1,
            "(" => depth = depth.saturating_sub(1),
            _ if depth == 0 && doc.class(k) == Class::Name && !super::code(doc, k) => {
                let mut a = k;
                while a > start && doc.class(a - 1) == Class::Name {
                    a -= 1;
                }
                // a sentence's capitalised first word belongs to the name ("Sinn Vale")
                if a == start + 1 && text(start).starts_with(char::is_uppercase) && doc.class(start) == Class::Word {
                    a = start;
                }
                let words: Vec<&str> =
                    (a..=k).map(|j| crossread_text::strip_possessive(doc.lower_of(&doc.tokens()[j]))).collect();
                return Some(words.join(" "));
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tests::sig;

    #[test]
    fn pronouns_stand_for_the_opening_subject() {
        let text = "The Harbour Party (or Harbourites) saw their seats fall to 14.";
        assert_eq!(sig(text, "14", false).holder.as_deref(), Some("harbor"), "brackets left out");
        let text = "The Greens had a bad night, with forecasts saying they won as few as 9.";
        assert_eq!(sig(text, "9", false).holder.as_deref(), Some("green"));
        let text = "The Greens had a bad night. They won only 9 seats.";
        assert_eq!(sig(text, "9 seats", true).holder.as_deref(), Some("green"), "the previous sentence's subject");
        let text = "Meanwhile, the Liberals recorded their best tally in decades, with 31 seats.";
        assert_eq!(sig(text, "31 seats", true).holder.as_deref(), Some("liberal"), "after a connective");
        let text = "Ardent's party said it had won 40 seats.";
        assert_eq!(sig(text, "40 seats", true).holder, None, "a possessor is not its party");
        let text = "In Vestby the Greens lost 3 seats, while the Liberals gained two, taking their total to 11.";
        assert_eq!(sig(text, "11", false).holder.as_deref(), Some("liberal"), "the nearest name");
        let text = "Ola Dane won the seat. She will be joined by 4 other Green members.";
        assert_eq!(sig(text, "4", false).holder, None, "the pronoun is the one joined");
        let text = "Officials worked late. They counted 300 ballots.";
        assert_eq!(sig(text, "300 ballots", true).holder, None, "no name, no holder");
    }

    #[test]
    fn subjects_of_having_and_shared_figures() {
        let text = "The Valley Party led by Ola Dane is tipped to win 61 seats.";
        assert_eq!(sig(text, "61 seats", true).holder.as_deref(), Some("valley"), "not the agent");
        let text = "In the north the Greens only won 4 seats.";
        assert_eq!(sig(text, "4 seats", true).holder.as_deref(), Some("green"));
        let text = "The Greens, the Liberals and the Civic Union each took 4 seats.";
        assert_eq!(sig(text, "4 seats", true).holder, None, "a figure of each is no one's alone");
        let text = "The Greens and the Liberals had by then collected 9 seats.";
        assert_eq!(sig(text, "9 seats", true).holder, None, "a figure of both is no one's alone");
        let text = "Ola Dane's Harbour party secured 40 seats.";
        assert_eq!(sig(text, "40 seats", true).holder.as_deref(), Some("harbor"), "the possessor left out");
    }

    #[test]
    fn an_absolute_phrase_has_no_holder() {
        let text = "With 80 results declared, the Greens have won 30 seats.";
        assert_eq!(sig(text, "80 results", true).holder, None);
        assert_eq!(sig(text, "30 seats", true).holder.as_deref(), Some("green"));
    }
}
