//! Raw bytes as files of a story: the checks ingest makes, then the whole pipeline on what it reads.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut story = crossread_storygen::Story::default();
    // the bytes split at form feeds into several files
    for (i, part) in data.split(|&b| b == 0x0c).enumerate().take(16) {
        let name = format!("{:02}.txt", i + 1);
        if crossread_ingest::sniff(part).refusal().is_none() {
            if let Ok(r) = crossread_ingest::report_from_bytes(&format!("{:02}", i + 1), std::path::Path::new(&name), part) {
                story.reports.push(r);
            }
        }
        story.files.push((name, part.to_vec()));
    }
    if let Err(e) = crossread_storygen::check(&story) {
        panic!("{e}");
    }
});
