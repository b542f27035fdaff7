//! Answers about each token worked out once, when first asked (its word class, its part of speech):
//! the later stages ask about the same tokens many times over, and each answer takes word-list and
//! WordNet look-ups.

use std::sync::atomic::{AtomicU8, Ordering};

/// One small answer per token; 0 means not worked out yet, so answers are stored as codes from 1.
pub(crate) struct Memo(Box<[AtomicU8]>);

impl Memo {
    /// Room for `n` tokens, nothing known yet.
    pub(crate) fn new(n: usize) -> Memo {
        Memo((0..n).map(|_| AtomicU8::new(0)).collect())
    }

    /// The code stored for token `i`, else `work()` stored and returned (a code of 1 or more). Two
    /// threads asking at once both work it out, to the same answer.
    pub(crate) fn get_or(&self, i: usize, work: impl FnOnce() -> u8) -> u8 {
        let Some(cell) = self.0.get(i) else { return work() };
        match cell.load(Ordering::Relaxed) {
            0 => {
                let code = work();
                cell.store(code, Ordering::Relaxed);
                code
            }
            code => code,
        }
    }
}

impl Clone for Memo {
    fn clone(&self) -> Memo {
        Memo(self.0.iter().map(|c| AtomicU8::new(c.load(Ordering::Relaxed))).collect())
    }
}

impl std::fmt::Debug for Memo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Memo({} tokens)", self.0.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn work_is_done_once_per_token() {
        let memo = Memo::new(3);
        let mut calls = 0;
        for _ in 0..4 {
            assert_eq!(
                memo.get_or(1, || {
                    calls += 1;
                    7
                }),
                7
            );
        }
        assert_eq!(calls, 1);
        assert_eq!(memo.get_or(0, || 2), 2, "another token is worked out on its own");
        assert_eq!(memo.get_or(9, || 5), 5, "a token past the end is worked out each time");
        assert_eq!(memo.clone().get_or(1, || 1), 7, "a clone keeps what is known");
    }
}
