//! What a file holds, judged by its bytes: prose to read, or something else (a web page, JSON, a
//! binary file) that would be read as garbage if taken for prose.

/// What the bytes of an input look like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Content {
    /// Plain text: read it.
    Prose,
    /// An HTML page.
    Html,
    /// An XML document (a feed, a sitemap).
    Xml,
    /// JSON or JSON Lines.
    Json,
    /// Text in UTF-16.
    Utf16,
    /// A binary file, of the kind named when it is known.
    Binary(&'static str),
}

impl Content {
    /// What to tell a user about an input of this kind that is not read.
    pub fn refusal(self) -> Option<&'static str> {
        Some(match self {
            Content::Prose => return None,
            Content::Html => "looks like an HTML page, but no article could be read from it",
            Content::Xml => "is an XML document that is neither a feed (RSS, Atom) nor an OPML list of feeds",
            Content::Json => "looks like JSON, but holds no records crossread reads",
            Content::Utf16 => {
                "is text in UTF-16; crossread reads UTF-8 (convert it, e.g. with iconv -f UTF-16 -t UTF-8)"
            }
            Content::Binary(kind) => kind,
        })
    }
}

/// How many leading bytes are looked at.
const SAMPLE: usize = 8192;

/// File signatures of common binary formats and what to call them.
const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF", "is a PDF document, not a plain-text report"),
    (b"PK\x03\x04", "is a zip archive (or an office document), not a plain-text report"),
    (b"\x1f\x8b", "is gzip-compressed, and what it holds could not be read"),
    (b"\x89PNG", "is a PNG image, not a plain-text report"),
    (b"GIF8", "is a GIF image, not a plain-text report"),
    (b"\xff\xd8\xff", "is a JPEG image, not a plain-text report"),
    (b"\x7fELF", "is a program, not a plain-text report"),
    (b"WARC/", "is a web archive (WARC) that could not be read"),
];

/// Judges what `bytes` hold from their first few kilobytes.
pub fn sniff(bytes: &[u8]) -> Content {
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return Content::Utf16;
    }
    for (magic, kind) in MAGIC {
        if bytes.starts_with(magic) {
            return Content::Binary(kind);
        }
    }
    let sample = &bytes[..bytes.len().min(SAMPLE)];
    // control bytes other than tab, line feed, form feed and carriage return; and bytes that are not UTF-8
    let nul = sample.iter().filter(|&&b| b == 0).count();
    let control =
        sample.iter().filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f).count();
    let invalid: usize = sample.utf8_chunks().map(|c| c.invalid().len()).sum();
    if !sample.is_empty() && (nul * 100 > sample.len() || control * 20 > sample.len() || invalid * 4 > sample.len()) {
        return Content::Binary("looks like a binary file, not a plain-text report");
    }
    let text = String::from_utf8_lossy(sample);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    let lower: String = text.chars().take(512).collect::<String>().to_ascii_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        return Content::Html;
    }
    if lower.starts_with("<?xml") || lower.starts_with("<rss") || lower.starts_with("<feed") {
        return if lower.contains("<html") { Content::Html } else { Content::Xml };
    }
    if looks_like_json(bytes, text) {
        return Content::Json;
    }
    if markup_density(text) {
        return Content::Html;
    }
    Content::Prose
}

/// JSON: an object or array that parses, or a first line that does (JSON Lines), or a file that
/// opens the way JSON records do (`{"`, `[{`) though cut short.
fn looks_like_json(bytes: &[u8], text: &str) -> bool {
    if !(text.starts_with('{') || text.starts_with('[')) {
        return false;
    }
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).take(2).collect();
    if matches!(compact.as_str(), "{\"" | "[{" | "[\"" | "[]" | "{}" | "[[") {
        return true;
    }
    let first_line = text.lines().next().unwrap_or("");
    serde_json::from_str::<serde_json::Value>(first_line).is_ok()
        || (bytes.len() <= 1 << 20 && serde_json::from_slice::<serde_json::Value>(bytes).is_ok())
}

/// Text where tags are everywhere: at least a dozen tags, one per 150 bytes or more.
fn markup_density(text: &str) -> bool {
    let b = text.as_bytes();
    let tags =
        b.windows(2).filter(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!')).count();
    tags >= 12 && tags * 150 >= b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_is_prose() {
        assert_eq!(sniff(b"Twelve people died when the river rose, police said.\n"), Content::Prose);
        assert_eq!(sniff("---\noutlet: Nordwire\n---\nA story with <b> once and \u{e9}.".as_bytes()), Content::Prose);
        // a stray control byte or bad byte in a long text is not a binary file
        let mut text = "The toll rose to 40. ".repeat(50).into_bytes();
        text.extend_from_slice(b"\x00\xff");
        assert_eq!(sniff(&text), Content::Prose);
        assert_eq!(sniff(b"[Updated 10:40] The toll rose to 12."), Content::Prose);
        assert_eq!(sniff(b""), Content::Prose);
    }

    #[test]
    fn pages_json_and_binaries_are_told_apart() {
        assert_eq!(sniff(b"  <!DOCTYPE html><html><body><p>12 died</p></body></html>"), Content::Html);
        let fragment = "<div class=\"story\"><p>Twelve died.</p><p><a href=\"/x\">More</a></p></div>\n".repeat(5);
        assert_eq!(sniff(fragment.as_bytes()), Content::Html);
        assert_eq!(sniff(b"<?xml version=\"1.0\"?><rss><channel></channel></rss>"), Content::Xml);
        assert_eq!(
            sniff(b"{\"text\": \"Twelve died.\", \"url\": \"https://example.org/a\"}\n{\"text\": \"x\"}"),
            Content::Json
        );
        assert_eq!(sniff(b"[\n  {\"title\": \"Floods\"}\n]"), Content::Json);
        assert_eq!(
            sniff(b"\x1f\x8b\x08\x00rest"),
            Content::Binary("is gzip-compressed, and what it holds could not be read")
        );
        assert!(matches!(sniff(&[0u8, 1, 2, 3, 200, 201, 0, 0, 7, 8]), Content::Binary(_)));
        assert_eq!(sniff(b"\xff\xfeT\x00w\x00"), Content::Utf16);
        assert!(Content::Prose.refusal().is_none() && Content::Html.refusal().is_some());
    }
}
