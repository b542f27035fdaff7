use crate::Origin;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// A half-open range of UTF-8 byte offsets into a report's input file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Builds a span from its two ends.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies wholly inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers in `text`, or "" if it does not fit there.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// One report of a story: the text of one input file and what is known about where it came from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Short identifier, the input file's stem ("05" for `05.txt`).
    pub id: String,
    /// Where the report was read from ("-" for standard input).
    pub path: PathBuf,
    /// Publisher as a reader knows it ("CNN"), when known.
    pub outlet: Option<String>,
    /// Headline, when known.
    pub title: Option<String>,
    /// Publication date as `YYYY-MM-DD`, when known.
    pub date: Option<String>,
    /// The text the readers read: for plain text the input file decoded by [`decode_lossless`] (byte
    /// offsets into it are offsets into the file); for other inputs the article read out of them (see `origin`).
    pub text: String,
    /// Where the article's own words stand in `text` (front matter and furniture excluded).
    pub body: Span,
    /// Where `text` came from when it is not the input file byte for byte (a web page's article, a
    /// feed item, a JSON or WARC record): offsets into `text` map to input bytes through it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
}

impl Report {
    /// A report whose whole text is its body.
    pub fn from_text(id: impl Into<String>, path: impl Into<PathBuf>, text: String) -> Self {
        let body = Span::new(0, text.len());
        Report { id: id.into(), path: path.into(), text, body, ..Default::default() }
    }

    /// The article's own words.
    pub fn body_text(&self) -> &str {
        self.body.slice(&self.text)
    }

    /// Where a span of `text` stands in the input file: the span itself for plain text, else
    /// through the origin's map (None when that text has no place in the input).
    pub fn source_span(&self, span: Span) -> Option<Span> {
        match &self.origin {
            None => Some(span),
            Some(o) => o.map.source_span(span),
        }
    }
}

/// A sentence of a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Where the sentence stands in the report's text.
    pub span: Span,
}

/// Decodes bytes as UTF-8 keeping every byte offset valid: each byte of an invalid sequence becomes
/// one U+001A (SUBSTITUTE), which is also one byte, so offsets into the result are offsets into the input.
pub fn decode_lossless(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => {
            let mut out = String::with_capacity(bytes.len());
            for chunk in bytes.utf8_chunks() {
                out.push_str(chunk.valid());
                for _ in chunk.invalid() {
                    out.push('\u{1A}');
                }
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lossless_decoding_keeps_offsets() {
        let bytes = b"a\xff\xfeb \xe2\x82\xac1";
        let s = decode_lossless(bytes);
        assert_eq!(s.len(), bytes.len());
        assert_eq!(&s[3..4], "b");
        assert_eq!(&s[5..8], "\u{20ac}");
    }

    #[test]
    fn span_slice_is_safe_out_of_range() {
        assert_eq!(Span::new(2, 40).slice("short"), "");
        assert_eq!(Span::new(1, 3).slice("short"), "ho");
    }
}
