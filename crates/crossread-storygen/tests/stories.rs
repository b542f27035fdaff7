//! The whole pipeline over generated stories: no panic, every span slices its text, every value is
//! finite, every output serialises. A bounded number of cases runs with the tests (debug builds are
//! slow; PROPTEST_CASES sets another number); .ci/run also runs the `stories` binary in release over
//! thousands of seeds, and it takes any number for long runs.

use arbitrary::Unstructured;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(40),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

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
