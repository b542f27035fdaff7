//! Generated stories through the whole pipeline: a panic, a broken span or a value that is not finite
//! is a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut u = arbitrary::Unstructured::new(data);
    if let Ok(story) = crossread_storygen::story(&mut u) {
        if let Err(e) = crossread_storygen::check(&story) {
            panic!("{e}");
        }
    }
});
