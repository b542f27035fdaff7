//! The data model shared by every stage of the crossread pipeline.
//!
//! ingest produces [`Report`]s; read produces [`Sentence`]s and [`Figure`]s that point back into the
//! report with byte [`Span`]s; later stages (attribution, reconciliation, rendering) build on these
//! without reshaping them.

mod figure;
pub mod rates;
mod report;
mod sets;
mod source;
pub mod units;

pub use figure::{readable_number, Approx, Figure, Trend, Value};
pub use report::{decode_lossless, Report, Sentence, Span};
pub use sets::DisjointSets;
pub use source::{InputKind, Origin, Segment, SourceMap};
pub use units::{Dimension, Unit, UnitInfo};
