//! Disjoint sets over indices `0..n`, for stages that merge items into groups (claimant names,
//! figures answering one question).

/// Disjoint sets over `0..n`; each set is named by its lowest index.
#[derive(Clone, Debug)]
pub struct DisjointSets(Vec<usize>);

impl DisjointSets {
    /// `n` sets of one index each.
    pub fn new(n: usize) -> DisjointSets {
        DisjointSets((0..n).collect())
    }

    /// The lowest index of the set holding `i`.
    pub fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }

    /// Merges the sets holding `a` and `b`.
    pub fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.0[a.max(b)] = a.min(b);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joined_sets_share_their_lowest_index() {
        let mut s = DisjointSets::new(5);
        s.join(3, 4);
        s.join(4, 1);
        assert_eq!((s.find(1), s.find(3), s.find(4)), (1, 1, 1));
        assert_eq!((s.find(0), s.find(2)), (0, 2));
    }
}
