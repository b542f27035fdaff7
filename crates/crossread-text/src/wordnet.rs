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
    parts_of(word).collect()
}

/// The parts of speech WordNet gives `word` as a lemma, in the order noun, verb, adjective, adverb,
/// without collecting them.
pub fn parts_of(word: &str) -> impl Iterator<Item = Pos> {
    let letters = letters(word).unwrap_or("");
    [Pos::Noun, Pos::Verb, Pos::Adj, Pos::Adv].into_iter().filter(move |p| letters.contains(p.letter()))
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
    Entry::of(word).lemma_as(pos)
}

/// What WordNet holds under one word (its lemmas as an irregular form, and its own parts of speech
/// as a lemma), looked up once for the several questions a reader asks of one word.
#[derive(Clone, Copy)]
pub(crate) struct Entry<'w> {
    word: &'w str,
    exceptions: &'static [(&'static str, &'static str)],
    /// The word as WordNet's key, and its part-of-speech letters, when it is a lemma.
    own: Option<(&'static str, &'static str)>,
}

impl<'w> Entry<'w> {
    /// Looks `word` (lower case) up.
    pub(crate) fn of(word: &'w str) -> Entry<'w> {
        let index = index();
        let exceptions = index.exceptions.get(word).map_or(&[][..], |v| v.as_slice());
        let own = index.words.get_key_value(word).map(|(k, p)| (*k, *p));
        Entry { word, exceptions, own }
    }

    /// True when the word is an irregular form of a verb ("said", "fled", "ran").
    pub(crate) fn irregular_verb(&self) -> bool {
        self.exceptions.iter().any(|(p, _)| *p == "v")
    }

    /// The parts of speech WordNet gives the word as a lemma, in the order noun, verb, adjective, adverb.
    pub(crate) fn parts(&self) -> impl Iterator<Item = Pos> {
        let letters = self.own.map_or("", |(_, p)| p);
        [Pos::Noun, Pos::Verb, Pos::Adj, Pos::Adv].into_iter().filter(move |p| letters.contains(p.letter()))
    }

    /// The lemma of the word as a `pos` (see [`lemma_as`]).
    pub(crate) fn lemma_as(&self, pos: Pos) -> Option<Cow<'static, str>> {
        let mut buf = [0; 4];
        let letter: &str = pos.letter().encode_utf8(&mut buf);
        if let Some((_, lemma)) = self.exceptions.iter().find(|(p, _)| *p == letter) {
            return Some(Cow::Borrowed(lemma));
        }
        if let Some((own, _)) = self.own.filter(|(_, p)| p.contains(pos.letter())) {
            return Some(Cow::Borrowed(own));
        }
        let lemma_of =
            |w: &str| index().words.get_key_value(w).filter(|(_, p)| p.contains(pos.letter())).map(|(k, _)| *k);
        // each candidate (a stem and a new ending) is built on the stack: most words are short, and
        // this runs for every word that is no lemma itself
        let mut buf = [0u8; 48];
        let mut long = String::new();
        for (end, add) in detachments(pos) {
            if let Some(stem) = self.word.strip_suffix(end) {
                if stem.is_empty() {
                    continue;
                }
                let candidate = joined(stem, add, &mut buf, &mut long);
                if let Some(found) = lemma_of(candidate) {
                    return Some(Cow::Borrowed(found));
                }
            }
        }
        None
    }
}

/// `stem` followed by `add`, written into `buf` when it fits, else into `long`.
fn joined<'b>(stem: &str, add: &str, buf: &'b mut [u8], long: &'b mut String) -> &'b str {
    let n = stem.len() + add.len();
    if n <= buf.len() {
        buf[..stem.len()].copy_from_slice(stem.as_bytes());
        buf[stem.len()..n].copy_from_slice(add.as_bytes());
        // two whole strings side by side are valid UTF-8
        std::str::from_utf8(&buf[..n]).unwrap_or("")
    } else {
        long.clear();
        long.push_str(stem);
        long.push_str(add);
        long
    }
}

/// True when `word` is an irregular form of a verb ("said", "fled", "ran").
pub fn irregular_verb(word: &str) -> bool {
    exceptions(word).iter().any(|(p, _)| *p == "v")
}

/// The lemma of `word` (lower case): as a noun if it is one ("cancellations"), else as a verb
/// ("killed"), an adjective, an adverb; the word itself when WordNet does not know it.
pub fn lemma(word: &str) -> Cow<'static, str> {
    let entry = Entry::of(word);
    for pos in [Pos::Noun, Pos::Verb, Pos::Adj, Pos::Adv] {
        if let Some(l) = entry.lemma_as(pos) {
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
        // a word too long for the stack buffer still finds its lemma
        let long = "counterrevolutionariesxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
        assert_eq!(lemma_as(long, Pos::Noun), None);
        assert_eq!(lemma_as("counterrevolutionaries", Pos::Noun).as_deref(), Some("counterrevolutionary"));
        let (mut small, mut long) = ([0u8; 4], String::new());
        assert_eq!(joined("cit", "y", &mut small, &mut long), "city");
        assert_eq!(joined("citi", "es", &mut small, &mut long), "cities");
    }

    #[test]
    fn one_entry_answers_as_the_separate_look_ups_do() {
        for w in ["said", "killed", "worse", "villages", "kill", "quickly", "zzqx", "fled"] {
            let e = Entry::of(w);
            assert_eq!(e.irregular_verb(), irregular_verb(w), "{w}");
            assert_eq!(e.parts().collect::<Vec<_>>(), parts_of_speech(w), "{w}");
            for pos in [Pos::Noun, Pos::Verb, Pos::Adj, Pos::Adv] {
                let by_table = exceptions(w)
                    .iter()
                    .find(|(p, _)| p.starts_with(pos.letter()))
                    .map(|(_, l)| *l)
                    .or_else(|| is(w, pos).then_some(w));
                if let Some(expected) = by_table {
                    assert_eq!(e.lemma_as(pos).as_deref(), Some(expected), "{w} {pos:?}");
                }
            }
        }
        assert!(Entry::of("fled").irregular_verb() && !Entry::of("kill").irregular_verb());
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
        assert_eq!(parts_of("kill").collect::<Vec<_>>(), parts_of_speech("kill"));
        // the first and last entries of the table are found
        assert!(find(WORDS, "a").is_some());
        let last = WORDS.lines().last().and_then(|l| l.split('\t').next()).unwrap_or("");
        assert!(find(WORDS, last).is_some());
    }
}
