//! Where a report's text stands in its input when the text is not the input byte for byte: an
//! article read out of a web page, a feed item, a JSON record or a web-archive record.

use crate::Span;
use serde::{Deserialize, Serialize};

/// What kind of input a report was read from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputKind {
    /// Plain text: the report's text is the file.
    #[default]
    Text,
    /// A web page (a file or a fetched address).
    Html,
    /// An item of an RSS, Atom or JSON feed.
    Feed,
    /// A record of a JSON Lines file or JSON array.
    Json,
    /// A response record of a WARC web archive.
    Warc,
}

/// A stretch of a report's text and the input bytes it was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// Start in the report's text.
    pub text_start: usize,
    /// End in the report's text.
    pub text_end: usize,
    /// Start in the input's bytes.
    pub source_start: usize,
    /// End in the input's bytes.
    pub source_end: usize,
}

impl Segment {
    /// True when each text byte stands for one input byte (no entity, escape or tag inside).
    pub fn linear(&self) -> bool {
        self.text_end - self.text_start == self.source_end - self.source_start
    }
}

/// Maps offsets in a report's text to byte ranges of its input.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceMap {
    /// Mapped stretches in text order; text between them (line breaks an extractor wrote) has no
    /// source of its own.
    pub segments: Vec<Segment>,
}

impl SourceMap {
    /// The input byte range where the text `span` stands, when any of it was placed.
    pub fn source_span(&self, span: Span) -> Option<Span> {
        let segs = &self.segments;
        let first = segs.partition_point(|s| s.text_end <= span.start);
        let last = segs.partition_point(|s| s.text_start < span.end);
        if first >= last {
            return None;
        }
        let (a, b) = (segs[first], segs[last - 1]);
        let start = if a.linear() && span.start >= a.text_start {
            a.source_start + (span.start - a.text_start)
        } else {
            a.source_start
        };
        let end =
            if b.linear() && span.end <= b.text_end { b.source_end - (b.text_end - span.end) } else { b.source_end };
        (start <= end).then(|| Span::new(start, end))
    }

    /// The same map with every source offset moved by `by` bytes (a page inside a larger file).
    pub fn shifted(mut self, by: usize) -> Self {
        for s in &mut self.segments {
            s.source_start += by;
            s.source_end += by;
        }
        self
    }

    /// Share of the text's non-space bytes that have a place in the input.
    pub fn coverage(&self, text: &str) -> f64 {
        let count = |t: &str| t.bytes().filter(|b| !b.is_ascii_whitespace()).count();
        let total = count(text);
        if total == 0 {
            return 1.0;
        }
        let placed: usize = self.segments.iter().map(|s| text.get(s.text_start..s.text_end).map_or(0, count)).sum();
        placed as f64 / total as f64
    }
}

/// Where a report's text came from, when it is not its input file byte for byte.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Origin {
    /// The kind of input.
    pub kind: InputKind,
    /// The page's address, when known.
    pub url: Option<String>,
    /// The record inside the input (`line 12`, `record 3 <urn:uuid:...>`, `item 2`), when the
    /// input holds several reports.
    pub record: Option<String>,
    /// Text offsets to byte ranges of the input file (decompressed, for gzip'd input).
    pub map: SourceMap,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_map_through_linear_and_entity_segments() {
        // text "AT&T 12 km" from page "<b>AT&amp;T</b> 12&nbsp;km"
        let map = SourceMap {
            segments: vec![
                Segment { text_start: 0, text_end: 2, source_start: 3, source_end: 5 },
                Segment { text_start: 2, text_end: 3, source_start: 5, source_end: 10 },
                Segment { text_start: 3, text_end: 4, source_start: 10, source_end: 11 },
                Segment { text_start: 5, text_end: 7, source_start: 16, source_end: 18 },
                Segment { text_start: 8, text_end: 10, source_start: 24, source_end: 26 },
            ],
        };
        assert_eq!(map.source_span(Span::new(0, 4)), Some(Span::new(3, 11)));
        assert_eq!(map.source_span(Span::new(5, 10)), Some(Span::new(16, 26)));
        assert_eq!(map.source_span(Span::new(6, 7)), Some(Span::new(17, 18)));
        assert_eq!(map.source_span(Span::new(4, 5)), None);
        assert_eq!(map.clone().shifted(100).source_span(Span::new(5, 7)), Some(Span::new(116, 118)));
    }
}
