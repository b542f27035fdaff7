//! A small tokenizer for sentences: numbers, words and single symbols, with byte offsets.

/// What kind of token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// ASCII digits with grouping commas and decimal points ("1,000", "7.5", "3,00,000").
    Num,
    /// A run of letters and digits starting with a letter ("km2", "F", "COVID").
    Word,
    /// Any other single non-space character ("$", "%", "-").
    Sym,
}

/// One token: its kind, its byte range in the sentence, and whether space precedes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    /// First byte.
    pub s: usize,
    /// One past the last byte.
    pub e: usize,
    /// Kind.
    pub kind: Kind,
    /// True when whitespace (or the sentence start) comes right before it.
    pub sp: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '²' || c == '³'
}

/// True when the digits at the start of `rest` run on into letters and digits of a code ("A380B").
fn is_word_char_after_digits(rest: &str) -> bool {
    let after = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    let run: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
    run.chars().any(|c| c.is_ascii_digit())
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 4);
    let mut i = 0;
    let mut sp = true;
    while i < b.len() {
        let c = b[i];
        let dot_decimal =
            c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit) && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
        if c.is_ascii_digit() || dot_decimal {
            let s = i;
            if dot_decimal {
                i += 1;
            }
            i = scan_number(b, i);
            toks.push(Tok { s, e: i, kind: Kind::Num, sp });
            sp = false;
            continue;
        }
        if c.is_ascii_whitespace() {
            i += 1;
            sp = true;
            continue;
        }
        let ch = match text[i..].chars().next() {
            Some(ch) => ch,
            None => break,
        };
        if ch.is_whitespace() {
            i += ch.len_utf8();
            sp = true;
            continue;
        }
        if ch.is_alphabetic() {
            let s = i;
            i += ch.len_utf8();
            while i < b.len() {
                let Some(n) = text[i..].chars().next() else { break };
                // "USD10m", "RM23.50", "PS2.7m", "US55": capitals then digits split into a word and a number
                if n.is_ascii_digit()
                    && text[s..i].chars().all(|c| c.is_ascii_uppercase())
                    && !is_word_char_after_digits(&text[i..])
                {
                    break;
                }
                // an apostrophe inside a word ("Russia’s") belongs to it
                let apostrophe = (n == '\'' || n == '\u{2019}')
                    && text[i + n.len_utf8()..].chars().next().is_some_and(char::is_alphabetic);
                if !(is_word_char(n) || apostrophe) {
                    break;
                }
                i += n.len_utf8();
            }
            toks.push(Tok { s, e: i, kind: Kind::Word, sp });
        } else {
            toks.push(Tok { s: i, e: i + ch.len_utf8(), kind: Kind::Sym, sp });
            i += ch.len_utf8();
        }
        sp = false;
    }
    toks
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

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| &s[t.s..t.e]).collect()
    }

    #[test]
    fn numbers_words_and_symbols() {
        assert_eq!(texts("£2.5bn, 1,000sq km 386m2"), ["£", "2.5", "bn", ",", "1,000", "sq", "km", "386", "m2"]);
        assert_eq!(texts("3,00,000 and 12,13."), ["3,00,000", "and", "12", ",", "13", "."]);
        assert_eq!(texts("F-16 Russia’s 25-mile"), ["F", "-", "16", "Russia’s", "25", "-", "mile"]);
        assert_eq!(texts("USD10m RM23.50 km2 X6 .5"), ["USD", "10", "m", "RM", "23.50", "km2", "X", "6", ".5"]);
    }

    #[test]
    fn space_flags() {
        let t = tokenize("12 km 12km");
        assert_eq!(t.iter().map(|t| t.sp).collect::<Vec<_>>(), [true, true, true, false]);
    }
}
