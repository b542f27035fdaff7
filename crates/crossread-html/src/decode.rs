//! Page bytes to text: gzip, byte-order marks, the charset the HTTP header or the page declares,
//! else a guess; and a map from each decoded offset back to the page's bytes.

use crate::HtmlError;
use encoding_rs::{Encoding, UTF_8};
use std::io::Read;

/// How offsets in the decoded page relate to offsets in its bytes.
#[derive(Clone, Debug, PartialEq)]
pub enum ByteMap {
    /// The decoded text is the bytes shifted by this many (a UTF-8 byte-order mark).
    Shift(usize),
    /// For each decoded byte offset (and one past the end), the page byte offset where its
    /// character starts: a page in a legacy charset.
    Table(Vec<u32>),
}

impl ByteMap {
    /// The page byte offset of a decoded byte offset.
    pub fn page_offset(&self, decoded: usize) -> usize {
        match self {
            ByteMap::Shift(s) => decoded + s,
            ByteMap::Table(t) => t.get(decoded).or(t.last()).map_or(0, |&x| x as usize),
        }
    }
}

/// A page decoded to text.
#[derive(Clone, Debug)]
pub struct Decoded {
    /// The page as text.
    pub text: String,
    /// The charset it was read in (`UTF-8`, `windows-1251`, ...).
    pub charset: &'static str,
    /// Decoded offsets back to page bytes.
    pub map: ByteMap,
}

/// Largest page read, decompressed: 64 MB.
pub const MAX_PAGE_BYTES: u64 = 64 << 20;

/// Undoes gzip when the bytes start with its magic number; other bytes are returned as they are.
pub fn gunzip_if_needed(bytes: Vec<u8>) -> Result<Vec<u8>, HtmlError> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(bytes);
    }
    let mut out = Vec::new();
    let mut dec = flate2::read::MultiGzDecoder::new(&bytes[..]).take(MAX_PAGE_BYTES + 1);
    dec.read_to_end(&mut out).map_err(|e| HtmlError::Gzip(e.to_string()))?;
    if out.len() as u64 > MAX_PAGE_BYTES {
        return Err(HtmlError::TooLarge(MAX_PAGE_BYTES));
    }
    Ok(out)
}

/// Decodes a page: BOM first, then the charset given by the HTTP header, then the one the page
/// declares in its first kilobytes, then UTF-8 when the bytes are valid UTF-8, else a guess.
pub fn decode(bytes: &[u8], http_charset: Option<&str>) -> Decoded {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        return decode_as(&bytes[bom..], enc, bom);
    }
    let declared =
        http_charset.and_then(|c| Encoding::for_label(c.trim().as_bytes())).or_else(|| declared_charset(bytes));
    let enc = match declared {
        // a page that says UTF-8 but is not is guessed
        Some(e) if e == UTF_8 && std::str::from_utf8(bytes).is_err() => guess(bytes),
        // a UTF-16 label in a page read as bytes is a mistake: the BOM would have said so
        Some(e) if e.output_encoding() == UTF_8 => UTF_8,
        Some(e) => e,
        None if std::str::from_utf8(bytes).is_ok() => UTF_8,
        None => guess(bytes),
    };
    decode_as(bytes, enc, 0)
}

fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    det.guess(None, chardetng::Utf8Detection::Allow)
}

fn decode_as(bytes: &[u8], enc: &'static Encoding, shift: usize) -> Decoded {
    if enc == UTF_8 {
        // invalid bytes become one U+001A each, so offsets stay those of the page
        let text = crossread_model::decode_lossless(bytes);
        return Decoded { text, charset: UTF_8.name(), map: ByteMap::Shift(shift) };
    }
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2);
    let mut table: Vec<u32> = Vec::with_capacity(bytes.len() + 1);
    let mut char_start = 0usize;
    for i in 0..bytes.len() {
        let before = text.len();
        let need = decoder.max_utf8_buffer_length(1).unwrap_or(16);
        text.reserve(need);
        let _ = decoder.decode_to_string(&bytes[i..i + 1], &mut text, false);
        if text.len() > before {
            table.extend(std::iter::repeat_n((shift + char_start) as u32, text.len() - before));
            char_start = i + 1;
        }
    }
    let before = text.len();
    text.reserve(16);
    let _ = decoder.decode_to_string(&[], &mut text, true);
    table.extend(std::iter::repeat_n((shift + char_start) as u32, text.len() - before));
    table.push((shift + bytes.len()) as u32);
    Decoded { text, charset: enc.name(), map: ByteMap::Table(table) }
}

/// The charset a page declares in `<meta charset>` or `<meta http-equiv=Content-Type>`, looked for
/// in its first 8 KB.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(8192)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut from = 0;
    while let Some(i) = find(&lower[from..], b"<meta") {
        let start = from + i;
        let end = lower[start..].iter().position(|&b| b == b'>').map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(j) = find(tag, b"charset") {
            let rest = &tag[j + 7..];
            let rest = rest.iter().skip_while(|b| b.is_ascii_whitespace()).copied().collect::<Vec<u8>>();
            if let Some(rest) = rest.strip_prefix(b"=") {
                let label: Vec<u8> = rest
                    .iter()
                    .skip_while(|b| b.is_ascii_whitespace() || **b == b'"' || **b == b'\'')
                    .take_while(|b| {
                        !(b.is_ascii_whitespace() || **b == b'"' || **b == b'\'' || **b == b';' || **b == b'/')
                    })
                    .copied()
                    .collect();
                if let Some(enc) = Encoding::for_label(&label) {
                    return Some(enc);
                }
            }
        }
        from = end.max(start + 5);
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_windows_1251_page_reads_right_and_maps_back() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251
            .encode("<html><head><meta charset=\"windows-1251\"></head><body><p>Погибли 12 человек</p></body></html>");
        let d = decode(&bytes, None);
        assert_eq!(d.charset, "windows-1251");
        let at = d.text.find("12").expect("digits");
        let page = d.map.page_offset(at);
        assert_eq!(&bytes[page..page + 2], b"12");
        let word = d.text.find("человек").expect("word");
        let (s, e) = (d.map.page_offset(word), d.map.page_offset(word + "человек".len()));
        assert_eq!(e - s, 7, "one byte per letter in windows-1251");
    }

    #[test]
    fn http_charset_wins_over_a_guess_and_bom_wins_over_all() {
        let bytes = b"<p>caf\xe9 cr\xe8me</p>";
        let d = decode(bytes, Some("ISO-8859-1"));
        assert!(d.text.contains("café crème"), "{}", d.text);
        let mut bom = vec![0xef, 0xbb, 0xbf];
        bom.extend_from_slice("<meta charset=latin1><p>café</p>".as_bytes());
        let d = decode(&bom, Some("latin1"));
        assert_eq!(d.charset, "UTF-8");
        let at = d.text.find("café").expect("word");
        assert_eq!(&bom[d.map.page_offset(at)..d.map.page_offset(at) + 5], "café".as_bytes());
    }

    #[test]
    fn undeclared_latin1_is_guessed() {
        let text = "<p>Le maire a déclaré que les dégâts étaient très élevés à Vérane, où l'église a été fermée.</p>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
        let d = decode(&bytes, None);
        assert!(d.text.contains("déclaré"), "{} read as {}", d.text, d.charset);
    }

    #[test]
    fn truncated_gzip_is_an_error() {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(&b"<p>hello</p>".repeat(200)).expect("write");
        let gz = enc.finish().expect("finish");
        assert_eq!(gunzip_if_needed(gz.clone()).expect("whole").len(), 12 * 200);
        assert!(gunzip_if_needed(gz[..gz.len() / 2].to_vec()).is_err());
    }
}
