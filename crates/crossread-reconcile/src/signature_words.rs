//! What signatures read of single words: the family a phrase's thing belongs to, the words of
//! approximation before a figure, and the direction a verb of change says.

use crate::signature::{lemma, noun};
use crossread_text::wordnet::Pos;
use crossread_text::{Class, Doc};

/// The lemma of the head noun `h` of a phrase starting at `from` (of a compound head, the noun before
/// it: "vote share" is of votes), or, when the head belongs to no
/// noun family and a noun before it in the phrase does, that noun's: "employee base" is of employees.
pub(crate) fn family_lemma(doc: &Doc, from: usize, h: usize) -> std::borrow::Cow<'static, str> {
    let families = &crossread_text::lexicon::NOUN_FAMILIES_OF;
    // "vote share" is of votes
    let h = crate::signature::compound_head(doc, from, h);
    let head = lemma(doc, h);
    if families.contains_key(&head) {
        return head;
    }
    (from..h)
        .rev()
        .take_while(|&k| doc.class(k) == Class::Word)
        .filter(|&k| noun(doc, k))
        .map(|k| lemma(doc, k))
        .find(|l| families.contains_key(l))
        .unwrap_or(head)
}

/// True when token `k` is a word of approximation before a figure ("about", "nearly", "approx.").
pub(crate) fn qualifier_word(doc: &Doc, k: usize) -> bool {
    let w = doc.lower_of(&doc.tokens()[k]);
    w == "." || crossread_text::lexicon::QUALIFIERS.contains_key(w) || doc.pos(k) == Some(Pos::Adv) && w != "by"
}

/// True when WordNet also reads token `k` as an adverb ("back", "home").
pub(crate) fn adverb_too(doc: &Doc, k: usize) -> bool {
    crossread_text::wordnet::is(doc.lower_of(&doc.tokens()[k]), Pos::Adv)
}

/// A predicate as grouping compares it: a verb of change by its direction ("sank", "slid" and
/// "dropped" all say a fall), any other as it is.
pub(crate) fn trend(predicate: &str) -> &str {
    use crossread_text::lexicon::{TREND_DOWN, TREND_UP};
    if TREND_DOWN.contains(predicate) {
        "fall"
    } else if TREND_UP.contains(predicate) {
        "rise"
    } else {
        predicate
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signature::Signature;

    fn sig(text: &str, figure: &str) -> Signature {
        crate::signature::tests::sig(text, figure, false)
    }

    #[test]
    fn what_a_change_or_a_whole_is_of() {
        let s = sig("The bakery chain cut its staff by about 9% after a poor winter.", "9%");
        assert_eq!(s.thing.as_deref(), Some("person"), "what is cut by a share: {s:?}");
        let s = sig("That is 9 per cent of its 4,000 global employee base.", "9 per cent");
        assert_eq!(s.thing.as_deref(), Some("person"), "an employee base is of people: {s:?}");
        let s = sig("Orvik's stock slid by nearly 12% back in March.", "12%");
        assert_eq!(s.thing.as_deref(), Some("stock"), "not the adverb after it: {s:?}");
        let s = sig("The warning caused shares to drop nearly 12 percent.", "12 percent");
        assert_eq!(s.thing.as_deref(), Some("stock"), "the subject before \"to\": {s:?}");
    }

    #[test]
    fn verbs_of_change_compare_by_direction() {
        assert_eq!(trend("sink"), trend("slide"));
        assert_eq!(trend("gain"), "rise");
        assert_eq!(trend("employ"), "employ");
    }
}
