//! A word in lower case without a heap allocation when it is short and ASCII, as most words are:
//! features and scopes lower-case the words around every figure, many times per sentence.

/// Longest word kept inline.
const INLINE: usize = 24;

/// A word in lower case (Unicode rules, as `str::to_lowercase`).
pub(crate) enum Lower<'a> {
    /// An ASCII word with no capital: the word itself.
    Same(&'a str),
    /// A short ASCII word, lower-cased in place.
    Inline([u8; INLINE], u8),
    /// Any other word.
    Heap(String),
}

/// `word` in lower case.
pub(crate) fn lower(word: &str) -> Lower<'_> {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Lower::Same(word)
    } else if word.len() <= INLINE && word.is_ascii() {
        let mut buf = [0u8; INLINE];
        buf[..word.len()].copy_from_slice(word.as_bytes());
        buf[..word.len()].make_ascii_lowercase();
        Lower::Inline(buf, word.len() as u8)
    } else {
        Lower::Heap(word.to_lowercase())
    }
}

impl Lower<'_> {
    /// The word.
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Lower::Same(w) => w,
            // ASCII lower-cased stays ASCII, so this never falls back
            Lower::Inline(buf, n) => std::str::from_utf8(&buf[..usize::from(*n)]).unwrap_or(""),
            Lower::Heap(s) => s,
        }
    }
}

impl<'a> From<Lower<'a>> for std::borrow::Cow<'a, str> {
    fn from(l: Lower<'a>) -> std::borrow::Cow<'a, str> {
        match l {
            Lower::Same(w) => std::borrow::Cow::Borrowed(w),
            other => std::borrow::Cow::Owned(other.as_str().to_string()),
        }
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowers_as_the_standard_library_does() {
        for w in ["Halden", "UN", "", "a", "Île", "ΣΟΦΙΑ", "Straße", "abcdefghijklmnopqrstuvwxyZ", "O'Neill"] {
            assert_eq!(lower(w).as_str(), w.to_lowercase(), "{w}");
        }
        assert!(matches!(lower("vestby"), Lower::Same("vestby")));
        assert!(matches!(lower("Vestby"), Lower::Inline(..)));
        assert!(matches!(lower("Île"), Lower::Heap(_)));
    }
}
