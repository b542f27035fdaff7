//! The whole pipeline over generated stories: no panic, every span slices its text, every value is
//! finite, every output serialises. CI runs a bounded number of cases; set PROPTEST_CASES to run more,
//! or run the `stories` binary for long runs.

use arbitrary::Unstructured;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn generated_stories_never_break_the_pipeline(data in proptest::collection::vec(any::<u8>(), 64..8192)) {
        let mut u = Unstructured::new(&data);
        if let Ok(story) = crossread_storygen::story(&mut u) {
            if let Err(e) = crossread_storygen::check(&story) {
                prop_assert!(false, "{e}");
            }
        }
    }
}
