//! A small counted set: how many members of a group carry each key. Groups are many and mostly
//! small, so this is a sorted vector, not a tree or a hash map: a singleton costs one allocation.

/// Keys with their counts, sorted by key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Tally<K: Ord> {
    entries: Vec<(K, usize)>,
}

impl<K: Ord> Default for Tally<K> {
    fn default() -> Self {
        Tally { entries: Vec::new() }
    }
}

impl<K: Ord> Tally<K> {
    /// Counts one more of `k`.
    pub(crate) fn add(&mut self, k: K) {
        self.add_by(k, Ord::cmp);
    }

    /// Counts one more of `k`, the keys ordered by `cmp` (which orders them as `Ord` does).
    fn add_by(&mut self, k: K, cmp: impl Fn(&K, &K) -> std::cmp::Ordering) {
        match self.entries.binary_search_by(|(e, _)| cmp(e, &k)) {
            Ok(i) => self.entries[i].1 += 1,
            Err(i) => {
                first_room(&mut self.entries);
                self.entries.insert(i, (k, 1))
            }
        }
    }

    /// Makes room for `n` more keys (a member brings its context words all at once).
    pub(crate) fn reserve(&mut self, n: usize) {
        self.entries.reserve(n);
    }

    /// How many of `k`.
    pub(crate) fn get<Q: Ord + ?Sized>(&self, k: &Q) -> usize
    where
        K: std::borrow::Borrow<Q>,
    {
        self.entries.binary_search_by(|(e, _)| e.borrow().cmp(k)).map_or(0, |i| self.entries[i].1)
    }

    /// The keys and counts, in key order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&K, usize)> {
        self.entries.iter().map(|(k, n)| (k, *n))
    }

    /// The keys, in order.
    pub(crate) fn keys(&self) -> impl Iterator<Item = &K> {
        self.entries.iter().map(|(k, _)| k)
    }

    /// The total count.
    pub(crate) fn total(&self) -> usize {
        self.entries.iter().map(|(_, n)| n).sum()
    }

    /// Forgets every count, keeping the room.
    pub(crate) fn clear(&mut self) {
        self.entries.clear();
    }

    /// True when nothing was counted.
    pub(crate) fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl<'a> Tally<&'a str> {
    /// Counts one more of word `k`, as [`Tally::add`] does (words compare cheaply: see [`word_cmp`]).
    pub(crate) fn add_word(&mut self, k: &'a str) {
        self.add_by(k, |a, b| word_cmp(a, b));
    }

    /// True when word `k` was counted.
    pub(crate) fn has_word(&self, k: &str) -> bool {
        self.entries.binary_search_by(|(e, _)| word_cmp(e, k)).is_ok()
    }
}

/// Orders two words as `str::cmp` does, without comparing their bytes when they are one shared
/// copy (interned words are) or differ in their first byte (most do).
fn word_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    if a.as_ptr() == b.as_ptr() && a.len() == b.len() {
        return std::cmp::Ordering::Equal;
    }
    match (a.as_bytes().first(), b.as_bytes().first()) {
        (Some(x), Some(y)) if x != y => x.cmp(y),
        _ => a.cmp(b),
    }
}

/// Makes room for exactly one element in an empty vector: most groups stay singletons, and a
/// vector's first push would otherwise make room for four.
pub(crate) fn first_room<T>(v: &mut Vec<T>) {
    if v.capacity() == 0 {
        v.reserve_exact(1);
    }
}

/// The key counted most often; ties go to the first key in order, so the result never depends on
/// hashing.
pub(crate) fn majority<'a, K: Clone + Ord + 'a>(counts: impl IntoIterator<Item = (&'a K, usize)>) -> Option<K> {
    let mut best: Option<(&K, usize)> = None;
    for (k, n) in counts {
        if best.is_none_or(|(_, b)| n > b) {
            best = Some((k, n));
        }
    }
    best.map(|(k, _)| k.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_in_key_order_and_the_first_of_equals_wins() {
        let mut t: Tally<String> = Tally::default();
        for k in ["b", "a", "b", "c", "a"] {
            t.add(k.to_string());
        }
        assert_eq!(t.iter().map(|(k, n)| (k.as_str(), n)).collect::<Vec<_>>(), [("a", 2), ("b", 2), ("c", 1)]);
        assert_eq!(majority(t.iter()).as_deref(), Some("a"));
        assert_eq!((t.get("b"), t.get("z"), t.total()), (2, 0, 5));
    }

    #[test]
    fn words_count_as_keys_do() {
        let (mut w, mut k): (Tally<&str>, Tally<&str>) = Default::default();
        for x in ["flood", "", "fire", "f", "levee", "fire", "", "z"] {
            w.add_word(x);
            k.add(x);
        }
        assert_eq!(w, k);
        assert!(w.has_word("levee") && w.has_word("") && !w.has_word("lev"));
    }
}
