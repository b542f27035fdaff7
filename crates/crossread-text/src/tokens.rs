//! The one tokenizer: numbers, words and single symbols, with byte offsets into the report.

use crossread_model::Span;

/// What kind of token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Kind {
    /// ASCII digits with grouping commas and decimal points ("1,000", "7.5", "3,00,000", ".25").
    Num,
    /// A run of letters and digits starting with a letter ("km2", "F", "COVID", "Norland’s").
    Word,
    /// Any other single non-space character ("$", "%", "-").
    Sym,
}

/// One token: where it stands in the report, its kind, and whether space comes before it. Eight
/// bytes, so a report's tokens cost about twice its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    start: u32,
    len: u16,
    /// Kept as a field of its own (a byte), so reading it, which every pass does for every token,
    /// is one load.
    kind: Kind,
    space_before: bool,
}

impl Token {
    fn new(start: usize, end: usize, kind: Kind, space_before: bool) -> Token {
        // a sentence is at most a few kilobytes, so a token always fits
        let len = u16::try_from(end - start).unwrap_or(u16::MAX);
        Token { start: start as u32, len, kind, space_before }
    }

    /// First byte.
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// One past the last byte.
    #[inline]
    pub fn end(&self) -> usize {
        self.start as usize + self.len as usize
    }

    /// Where the token stands.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start(), self.end())
    }

    /// Its kind.
    #[inline]
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// True when whitespace (or the sentence start) comes right before it.
    #[inline]
    pub fn space_before(&self) -> bool {
        self.space_before
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '²' || c == '³'
}

/// True when the digits at the start of `rest` run on into letters and digits of a code ("A380B").
fn is_word_char_after_digits(rest: &str) -> bool {
    let after = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    after.chars().take_while(|c| c.is_alphanumeric()).any(|c| c.is_ascii_digit())
}

/// Appends the tokens of `text[span]` to `out`, with offsets into `text`. The first token counts as
/// having space before it.
pub fn tokenize_into(text: &str, span: Span, out: &mut Vec<Token>) {
    let (base, end) = (span.start, span.end.min(text.len()));
    let Some(s) = text.get(base..end) else { return };
    let b = s.as_bytes();
    let mut i = 0;
    let mut sp = true;
    while i < b.len() {
        let c = b[i];
        // a space, the commonest byte
        if c == b' ' {
            i += 1;
            sp = true;
            continue;
        }
        let dot_decimal =
            c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit) && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
        if c.is_ascii_digit() || dot_decimal {
            let start = i;
            if dot_decimal {
                i += 1;
            }
            i = scan_number(b, i);
            out.push(Token::new(base + start, base + i, Kind::Num, sp));
            sp = false;
            continue;
        }
        // an ASCII byte is its own character: decode only what is not
        let ch =
            if c.is_ascii() { char::from(c) } else { s[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER) };
        // a plain letter opens a word; no whitespace is a letter
        let letter = c.is_ascii_alphabetic() || !c.is_ascii() && ch.is_alphabetic();
        if !letter && ch.is_whitespace() {
            i += ch.len_utf8();
            sp = true;
            continue;
        }
        if letter {
            let start = i;
            i += ch.len_utf8();
            // all capitals so far: digits after them start a number ("USD10m")
            let mut caps = ch.is_ascii_uppercase();
            loop {
                // a run of plain ASCII letters: the common case, no decoding, one test a byte
                let run = b[i..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
                caps = caps && b[i..i + run].iter().all(u8::is_ascii_uppercase);
                i += run;
                let Some(&c) = b.get(i) else { break };
                if c.is_ascii_digit() && !caps {
                    i += 1;
                    continue;
                }
                // other ASCII (a space, a stop) ends the word, save an apostrophe or a digit after capitals
                if c.is_ascii() && c != b'\'' && !c.is_ascii_digit() {
                    break;
                }
                let Some(n) = s[i..].chars().next() else { break };
                if !n.is_ascii() {
                    caps = false;
                }
                // "USD10m", "RM23.50", "PS2.7m", "US55": capitals then digits split into a word and a number
                if n.is_ascii_digit()
                    && s[start..i].chars().all(|c| c.is_ascii_uppercase())
                    && !is_word_char_after_digits(&s[i..])
                {
                    break;
                }
                // an apostrophe inside a word ("Russia’s") belongs to it
                let apostrophe = (n == '\'' || n == '\u{2019}')
                    && s[i + n.len_utf8()..].chars().next().is_some_and(char::is_alphabetic);
                if !(is_word_char(n) || apostrophe) {
                    break;
                }
                i += n.len_utf8();
            }
            out.push(Token::new(base + start, base + i, Kind::Word, sp));
        } else {
            out.push(Token::new(base + i, base + i + ch.len_utf8(), Kind::Sym, sp));
            i += ch.len_utf8();
        }
        sp = false;
    }
}

/// The end of the number starting at `i`: digits, then grouping commas (3 digits, or the Indian
/// 2-digit groups before a final 3) and decimal points each followed by digits.
fn scan_number(b: &[u8], mut i: usize) -> usize {
    let digits = |b: &[u8], j: usize| b[j..].iter().take_while(|c| c.is_ascii_digit()).count();
    i += digits(b, i);
    loop {
        if i + 1 < b.len() && b[i] == b',' && b[i + 1].is_ascii_digit() {
            let n = digits(b, i + 1);
            let after = i + 1 + n;
            let next_is_group = after + 1 < b.len() && b[after] == b',' && b[after + 1].is_ascii_digit();
            if n == 3 || (n == 2 && next_is_group) {
                i = after;
                continue;
            }
            return i;
        }
        if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            i += 1 + digits(b, i + 1);
            continue;
        }
        return i;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_takes_eight_bytes() {
        assert_eq!(std::mem::size_of::<Token>(), 8);
        let t = Token::new(3, 9, Kind::Word, true);
        assert_eq!((t.start(), t.end(), t.kind(), t.space_before()), (3, 9, Kind::Word, true));
        let t = Token::new(0, 1, Kind::Sym, false);
        assert_eq!((t.kind(), t.space_before()), (Kind::Sym, false));
    }

    fn texts(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize_into(s, Span::new(0, s.len()), &mut out);
        out.iter().map(|t| &s[t.start()..t.end()]).collect()
    }

    #[test]
    fn numbers_words_and_symbols() {
        assert_eq!(texts("£2.5bn, 1,000sq km 386m2"), ["£", "2.5", "bn", ",", "1,000", "sq", "km", "386", "m2"]);
        assert_eq!(texts("3,00,000 and 12,13."), ["3,00,000", "and", "12", ",", "13", "."]);
        assert_eq!(texts("F-16 Norland’s 25-mile"), ["F", "-", "16", "Norland’s", "25", "-", "mile"]);
        assert_eq!(texts("USD10m RM23.50 km2 X6 .5"), ["USD", "10", "m", "RM", "23.50", "km2", "X", "6", ".5"]);
    }

    #[test]
    fn any_whitespace_parts_tokens_and_any_letter_opens_a_word() {
        let text = "a\x0bb\u{a0}\u{c7}a\u{e9}\t\u{2014}x\r\n5";
        assert_eq!(texts(text), ["a", "b", "\u{c7}a\u{e9}", "\u{2014}", "x", "5"]);
        let mut toks = Vec::new();
        tokenize_into(text, Span::new(0, text.len()), &mut toks);
        assert_eq!(toks.iter().map(|t| t.space_before()).collect::<Vec<_>>(), [true, true, true, true, false, true]);
        assert_eq!(toks[2].kind(), Kind::Word);
        assert_eq!(toks[3].kind(), Kind::Sym);
    }

    #[test]
    fn offsets_are_into_the_whole_text_and_space_is_marked() {
        let text = "Head. 12 km 12km";
        let mut toks = Vec::new();
        tokenize_into(text, Span::new(6, text.len()), &mut toks);
        assert_eq!(toks[0].span(), Span::new(6, 8));
        assert_eq!(toks.iter().map(|t| t.space_before()).collect::<Vec<_>>(), [true, true, true, false]);
        assert_eq!(toks.iter().map(|t| t.kind()).collect::<Vec<_>>(), [Kind::Num, Kind::Word, Kind::Num, Kind::Word]);
    }
}
