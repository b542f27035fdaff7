//! Prints the question each figure of a story's reports answers, as the reconciler reads it: one line
//! per figure with its concept, noun, places and signature. A development tool.
//!
//! usage: signatures FOLDER_OR_FILES...

use crossread_reconcile::signature::signature;

fn main() {
    let inputs: Vec<std::path::PathBuf> = std::env::args().skip(1).map(Into::into).collect();
    let loaded = crossread_ingest::load(&inputs, crossread_ingest::Options::default());
    for r in &loaded.reports {
        let reading = crossread_figures::read_report(r);
        let doc = &reading.doc;
        for f in &reading.figures {
            let (first, last) = doc.token_bounds(f.span);
            let s = signature(doc, f.sentence, first, last, f.counted.is_some());
            println!(
                "{} {:>24} thing={:<14} pred={:<12} holder={:<18} time={:?} part={:?}",
                r.id,
                f.text,
                s.thing.unwrap_or_default(),
                s.predicate.unwrap_or_default(),
                s.holder.unwrap_or_default(),
                s.time,
                s.part
            );
        }
    }
}
