//! What WordNet knows of a word: its parts of speech and its lemma ("cancellations" ->
//! "cancellation", "killed" -> "kill", "children" -> "child"). The tables are built from WordNet 3.0
//! by `tools/build_wordnet.py` and compiled in (see `wordnet/LICENSE`); lookups are binary searches
//! over the sorted text, with no set-up and no allocation.

use std::borrow::Cow;

static WORDS: &str = include_str!("../wordnet/words.txt");
static EXCEPTIONS: &str = include_str!("../wordnet/exceptions.txt");

/// A part of speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pos {
    /// A noun.
    Noun,
    /// A verb.
    Verb,
    /// An adjective.
    Adj,
    /// An adverb.
    Adv,
}

impl Pos {
    fn letter(self) -> char {
        match self {
            Pos::Noun => 'n',
            Pos::Verb => 'v',
            Pos::Adj => 'a',
            Pos::Adv => 'r',
        }
    }
}

/// The line of a sorted `key<TAB>...` table whose key is `key`, and the offset it starts at.
fn find(table: &'static str, key: &str) -> Option<(usize, &'static str)> {
    let (mut lo, mut hi) = (0, table.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = table[..mid].rfind('\n').map_or(0, |p| p + 1).max(lo);
        let end = table[start..].find('\n').map_or(table.len(), |p| start + p);
        let line = &table[start..end];
        let k = line.split('\t').next().unwrap_or("");
        match k.cmp(key) {
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
            std::cmp::Ordering::Equal => return Some((start, line)),
        }
    }
    None
}

/// Every line of a sorted table whose key is `key` (a key may stand on several lines).
fn lines(table: &'static str, key: &str) -> Vec<&'static str> {
    let Some((at, _)) = find(table, key) else { return Vec::new() };
    let mut start = at;
    // back to the first line with the key
    while start > 0 {
        let prev = table[..start - 1].rfind('\n').map_or(0, |p| p + 1);
        if table[prev..start - 1].split('\t').next() != Some(key) {
            break;
        }
        start = prev;
    }
    table[start..].lines().take_while(|l| l.split('\t').next() == Some(key)).collect()
}

/// True when WordNet has `word` (lower case) as a lemma of `pos`.
pub fn is(word: &str, pos: Pos) -> bool {
    find(WORDS, word).is_some_and(|(_, line)| line.split('\t').nth(1).is_some_and(|p| p.contains(pos.letter())))
}

/// The parts of speech WordNet gives `word` as a lemma (none for an inflected form or an unknown word).
pub fn parts_of_speech(word: &str) -> Vec<Pos> {
    let Some((_, line)) = find(WORDS, word) else { return Vec::new() };
    let letters = line.split('\t').nth(1).unwrap_or("");
    [Pos::Noun, Pos::Verb, Pos::Adj, Pos::Adv].into_iter().filter(|p| letters.contains(p.letter())).collect()
}

/// Endings of inflected forms and what replaces them, by part of speech (WordNet's morphy rules).
fn detachments(pos: Pos) -> &'static [(&'static str, &'static str)] {
    match pos {
        Pos::Noun => &[
            ("s", ""),
            ("ses", "s"),
            ("xes", "x"),
            ("zes", "z"),
            ("ches", "ch"),
            ("shes", "sh"),
            ("men", "man"),
            ("ies", "y"),
        ],
        Pos::Verb => {
            &[("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")]
        }
        Pos::Adj => &[("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
        Pos::Adv => &[],
    }
}

/// The lemma of `word` (lower case) as a `pos`, if WordNet knows one: the word itself when it is a
/// lemma, an irregular form's lemma, or the form with a regular ending taken off.
pub fn lemma_as(word: &str, pos: Pos) -> Option<Cow<'static, str>> {
    for line in lines(EXCEPTIONS, word) {
        let mut cols = line.split('\t');
        let (_, p, lemma) = (cols.next(), cols.next(), cols.next());
        if p == Some(pos.letter().encode_utf8(&mut [0; 4])) {
            return lemma.map(Cow::Borrowed);
        }
    }
    if is(word, pos) {
        return Some(Cow::Owned(word.to_string()));
    }
    for (end, add) in detachments(pos) {
        if let Some(stem) = word.strip_suffix(end) {
            if stem.is_empty() {
                continue;
            }
            let candidate = format!("{stem}{add}");
            if is(&candidate, pos) {
                return Some(Cow::Owned(candidate));
            }
        }
    }
    None
}

/// True when `word` is an irregular form of a verb ("said", "fled", "ran").
pub fn irregular_verb(word: &str) -> bool {
    lines(EXCEPTIONS, word).iter().any(|l| l.split('\t').nth(1) == Some("v"))
}

/// The lemma of `word` (lower case): as a noun if it is one ("cancellations"), else as a verb
/// ("killed"), an adjective, an adverb; the word itself when WordNet does not know it.
pub fn lemma(word: &str) -> Cow<'static, str> {
    for pos in [Pos::Noun, Pos::Verb, Pos::Adj, Pos::Adv] {
        if let Some(l) = lemma_as(word, pos) {
            return l;
        }
    }
    Cow::Owned(word.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lemmas_of_regular_and_irregular_forms() {
        assert_eq!(lemma("cancellations"), "cancellation");
        assert_eq!(lemma("killed"), "kill");
        assert_eq!(lemma("children"), "child");
        assert_eq!(lemma("died"), "die");
        assert_eq!(lemma("villages"), "village");
        assert_eq!(lemma_as("worse", Pos::Adj).as_deref(), Some("bad"));
        assert_eq!(lemma_as("injured", Pos::Verb).as_deref(), Some("injure"));
        assert_eq!(lemma("zzqx"), "zzqx");
    }

    #[test]
    fn parts_of_speech_of_lemmas() {
        assert!(is("death", Pos::Noun) && !is("death", Pos::Verb));
        assert!(parts_of_speech("kill").contains(&Pos::Verb));
        assert!(parts_of_speech("killed").is_empty());
        // the first and last entries of the table are found
        assert!(find(WORDS, "a").is_some());
        let last = WORDS.lines().last().and_then(|l| l.split('\t').next()).unwrap_or("");
        assert!(find(WORDS, last).is_some());
    }
}
