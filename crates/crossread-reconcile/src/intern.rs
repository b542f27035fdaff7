//! One copy per story of each word that describes figures: a long report repeats the same few
//! thousand words around its figures, and each figure holds only a shared handle to them.

/// A word (or key) held once per story and shared by every figure it describes: one pointer wide.
pub type Shared = arcstr::ArcStr;

/// The story's words, each held once.
#[derive(Debug, Default)]
pub(crate) struct Interner(rustc_hash::FxHashSet<Shared>);

impl Interner {
    /// The shared copy of `word`, made on first use.
    pub(crate) fn get(&mut self, word: &str) -> Shared {
        if let Some(w) = self.0.get(word) {
            return w.clone();
        }
        let w = Shared::from(word);
        self.0.insert(w.clone());
        w
    }

    /// The shared copy of an optional word.
    pub(crate) fn opt(&mut self, word: Option<&str>) -> Option<Shared> {
        word.map(|w| self.get(w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_word_is_held_once() {
        let mut words = Interner::default();
        let a = words.get("embankment");
        let b = words.get(&String::from("embankment"));
        assert!(Shared::ptr_eq(&a, &b));
        assert!(!Shared::ptr_eq(&a, &words.get("levee")));
        assert_eq!(words.opt(Some("levee")).as_deref(), Some("levee"));
        assert_eq!(words.0.len(), 2);
        // a handle is one pointer, and an absent word costs nothing more
        assert_eq!(std::mem::size_of::<Option<Shared>>(), std::mem::size_of::<usize>());
    }
}
