//! What WordNet knows of a word: its parts of speech and its lemma ("cancellations" ->
//! "cancellation", "killed" -> "kill", "children" -> "child"). The tables are built from WordNet 3.0
//! by `tools/build_wordnet.py` and compiled in (see `wordnet/LICENSE`); lookups are binary searches
//! over the sorted text, with no set-up and no allocation.

use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::OnceLock;

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
#[cfg(test)]
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

/// The two tables indexed by key: a lemma's part-of-speech letters, and an irregular form's
/// (part of speech, lemma) pairs in table order. Built on first use (a few milliseconds), as the
/// lexicons are: lookups are then one hash each, which the later stages make many times per figure.
struct Index {
    words: FxHashMap<&'static str, &'static str>,
    exceptions: FxHashMap<&'static str, Vec<(&'static str, &'static str)>>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut words = FxHashMap::with_capacity_and_hasher(WORDS.len() / 10, Default::default());
        for line in WORDS.lines() {
            let (key, rest) = split_tab(line);
            // the first line of a key wins, as a search of the sorted table finds it
            words.entry(key).or_insert_with(|| split_tab(rest).0);
        }
        let mut exceptions: FxHashMap<&'static str, Vec<(&'static str, &'static str)>> =
            FxHashMap::with_capacity_and_hasher(EXCEPTIONS.len() / 16, Default::default());
        for line in EXCEPTIONS.lines() {
            let (key, rest) = split_tab(line);
            let (pos, rest) = split_tab(rest);
            exceptions.entry(key).or_default().push((pos, split_tab(rest).0));
        }
        Index { words, exceptions }
    })
}

/// The first tab-separated column of `line` and the rest after its tab ("" when there is none). A
/// byte search: building the index splits some ninety thousand lines.
fn split_tab(line: &'static str) -> (&'static str, &'static str) {
    match memchr::memchr(b'\t', line.as_bytes()) {
        Some(p) => (&line[..p], &line[p + 1..]),
        None => (line, ""),
    }
}

/// The part-of-speech letters WordNet gives `word` as a lemma.
fn letters(word: &str) -> Option<&'static str> {
    index().words.get(word).copied()
}

/// The (part of speech, lemma) pairs of an irregular form.
fn exceptions(word: &str) -> &'static [(&'static str, &'static str)] {
    index().exceptions.get(word).map_or(&[], |v| v.as_slice())
}

/// True when WordNet has `word` (lower case) as a lemma of `pos`.
pub fn is(word: &str, pos: Pos) -> bool {
    letters(word).is_some_and(|p| p.contains(pos.letter()))
}

/// The parts of speech WordNet gives `word` as a lemma (none for an inflected form or an unknown word).
pub fn parts_of_speech(word: &str) -> Vec<Pos> {
    let Some(letters) = letters(word) else { return Vec::new() };
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
    let mut buf = [0; 4];
    let letter: &str = pos.letter().encode_utf8(&mut buf);
    if let Some((_, lemma)) = exceptions(word).iter().find(|(p, _)| *p == letter) {
        return Some(Cow::Borrowed(lemma));
    }
    let lemma_of = |w: &str| index().words.get_key_value(w).filter(|(_, p)| p.contains(pos.letter())).map(|(k, _)| *k);
    if let Some(own) = lemma_of(word) {
        return Some(Cow::Borrowed(own));
    }
    let mut candidate = String::with_capacity(word.len() + 3);
    for (end, add) in detachments(pos) {
        if let Some(stem) = word.strip_suffix(end) {
            if stem.is_empty() {
                continue;
            }
            candidate.clear();
            candidate.push_str(stem);
            candidate.push_str(add);
            if let Some(found) = lemma_of(&candidate) {
                return Some(Cow::Borrowed(found));
            }
        }
    }
    None
}

/// True when `word` is an irregular form of a verb ("said", "fled", "ran").
pub fn irregular_verb(word: &str) -> bool {
    exceptions(word).iter().any(|(p, _)| *p == "v")
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
    fn the_index_holds_what_the_sorted_tables_hold() {
        for line in WORDS.lines() {
            let key = line.split('\t').next().unwrap_or("");
            let found = find(WORDS, key).map(|(_, l)| l.split('\t').nth(1).unwrap_or(""));
            assert_eq!(letters(key), found, "{key}");
        }
        for line in EXCEPTIONS.lines() {
            let mut cols = line.split('\t');
            let (key, pos, lemma) = (cols.next().unwrap_or(""), cols.next().unwrap_or(""), cols.next().unwrap_or(""));
            assert!(exceptions(key).contains(&(pos, lemma)), "{line}");
        }
        assert!(letters("zzqx").is_none() && exceptions("zzqx").is_empty());
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
