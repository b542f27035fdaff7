//! Tokens of a sentence with byte offsets into the report text, and what each token can be in a
//! claimant's noun phrase.

use crate::lexicon::{self, is};
use crossread_model::Span;

/// What kind of token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, with inner hyphens, apostrophes, dots and digits ("U.S", "Norland’s", "gridwatch.io").
    Word,
    /// Digits with inner separators and trailing letters ("1,000", "12km").
    Num,
    /// One other character.
    Punct,
}

/// One token: byte range in the report text and kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    /// First byte.
    pub s: usize,
    /// One past the last byte.
    pub e: usize,
    /// Kind.
    pub kind: Kind,
}

/// What a token can be inside a claimant noun phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// A capitalised word, an acronym or a domain name.
    Name,
    /// A title before a name ("President", "Gov").
    Title,
    /// A lowercase noun heading a claimant phrase ("officials", "governor").
    Head,
    /// A lowercase modifier of a head ("acting", "district").
    Mod,
    /// "of", "for", "and", "&" between parts of a name.
    Conn,
    /// "the", "a", "an".
    Det,
    /// A full stop after an abbreviation or an initial ("Gov.", "J.").
    Dot,
    /// "(" or ")".
    Paren,
    /// A possessive pronoun ("his", "their").
    PossPron,
    /// Anything else.
    Other,
}

/// A tokenized sentence.
pub(crate) struct Sent<'a> {
    /// The whole report text.
    pub text: &'a str,
    /// The sentence's span.
    pub span: Span,
    /// Tokens in order.
    pub toks: Vec<Tok>,
    /// Lowercase text of each token.
    pub low: Vec<String>,
}

fn is_inner_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '\u{2019}' | '.' | '\u{2010}' | '\u{2011}')
}

/// Splits `span` of `text` into tokens.
pub(crate) fn tokenize(text: &str, span: Span) -> Vec<Tok> {
    let Some(src) = text.get(span.start..span.end) else { return Vec::new() };
    let mut toks = Vec::new();
    let chars: Vec<(usize, char)> = src.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (off, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = span.start + off;
        if c.is_alphanumeric() {
            let kind = if c.is_ascii_digit() { Kind::Num } else { Kind::Word };
            let mut j = i + 1;
            while j < chars.len() {
                let cj = chars[j].1;
                if cj.is_alphanumeric() {
                    j += 1;
                } else if kind == Kind::Num && matches!(cj, ',' | '.') {
                    if chars.get(j + 1).is_some_and(|n| n.1.is_ascii_digit()) {
                        j += 1;
                    } else {
                        break;
                    }
                } else if kind == Kind::Word && is_inner_joiner(cj) {
                    if chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric()) {
                        j += 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(span.end, |n| span.start + n.0);
            toks.push(Tok { s: start, e: end, kind });
            i = j;
        } else {
            toks.push(Tok { s: start, e: start + c.len_utf8(), kind: Kind::Punct });
            i += 1;
        }
    }
    toks
}

/// Folds a word to lowercase ASCII where a letter has an obvious ASCII form ("Şahin" -> "sahin").
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let m = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' => {
                "a"
            }
            'æ' | 'Æ' => "ae",
            'ç' | 'ć' | 'č' | 'ĉ' | 'Ç' | 'Ć' | 'Č' => "c",
            'ď' | 'đ' | 'Ď' | 'Đ' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ě' => "e",
            'ğ' | 'ġ' | 'Ğ' => "g",
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'İ' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' => "i",
            'ł' | 'Ł' | 'ľ' | 'Ľ' => "l",
            'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => {
                "o"
            }
            'œ' | 'Œ' => "oe",
            'ř' | 'Ř' => "r",
            'ś' | 'š' | 'ş' | 'ș' | 'Ś' | 'Š' | 'Ş' | 'Ș' => "s",
            'ß' => "ss",
            'ť' | 'ţ' | 'ț' | 'Ť' | 'Ţ' | 'Ț' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => "u",
            'ý' | 'ÿ' | 'Ý' => "y",
            'ž' | 'ź' | 'ż' | 'Ž' | 'Ź' | 'Ż' => "z",
            '\u{2019}' | '\u{2018}' => "'",
            _ => "",
        };
        if m.is_empty() {
            out.extend(c.to_lowercase());
        } else {
            out.push_str(m);
        }
    }
    out
}

/// The word without a possessive ending ("norland's" -> "norland").
pub(crate) fn strip_possessive(w: &str) -> &str {
    for suf in ["'s", "\u{2019}s", "s'", "s\u{2019}"] {
        if let Some(stem) = w.strip_suffix(suf) {
            if !stem.is_empty() {
                return if suf.starts_with('s') { &w[..w.len() - suf.len() + 1] } else { stem };
            }
        }
    }
    w
}

/// True when the word ends in a possessive ("Norland's").
pub(crate) fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("\u{2019}s")
}

impl<'a> Sent<'a> {
    /// Tokenizes one sentence.
    pub fn new(text: &'a str, span: Span) -> Self {
        let toks = tokenize(text, span);
        let low = toks.iter().map(|t| fold(&text[t.s..t.e])).collect();
        Sent { text, span, toks, low }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).and_then(|t| self.text.get(t.s..t.e)).unwrap_or("")
    }

    /// Lowercase folded text of token `i`.
    pub fn lw(&self, i: usize) -> &str {
        self.low.get(i).map_or("", |s| s.as_str())
    }

    /// True when token `i` is punctuation `c`.
    pub fn is_punct(&self, i: usize, set: &[char]) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct)
            && self.word(i).chars().next().is_some_and(|c| set.contains(&c))
    }

    /// True when token `i` is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    /// True when token `i` starts with a capital letter.
    pub fn is_cap(&self, i: usize) -> bool {
        self.is_word(i) && self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// The span from the start of token `a` to the end of token `b`.
    pub fn span_of(&self, a: usize, b: usize) -> Span {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) if x.s <= y.e => Span::new(x.s, y.e),
            _ => Span::new(self.span.start, self.span.start),
        }
    }

    /// The bare lowercase word of token `i`, without a possessive ending.
    pub fn stem(&self, i: usize) -> &str {
        strip_possessive(self.lw(i))
    }

    /// True when token `i` is an abbreviation or initial that a full stop may follow ("Gov", "J", "Co").
    pub fn is_abbrev(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let w = self.word(i);
        let l = self.lw(i);
        (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
            || matches!(
                l,
                "mr" | "mrs"
                    | "ms"
                    | "dr"
                    | "gen"
                    | "gov"
                    | "col"
                    | "lt"
                    | "sgt"
                    | "capt"
                    | "sen"
                    | "rep"
                    | "prof"
                    | "jr"
                    | "sr"
                    | "st"
                    | "co"
                    | "inc"
                    | "corp"
                    | "ltd"
                    | "u.s"
                    | "u.k"
                    | "u.n"
                    | "maj"
                    | "adm"
                    | "rev"
                    | "hon"
                    | "pres"
                    | "dept"
                    | "brig"
                    | "cmdr"
                    | "supt"
                    | "insp"
                    | "no"
            )
    }

    /// What token `i` can be inside a claimant noun phrase.
    pub fn class(&self, i: usize) -> Class {
        let Some(t) = self.toks.get(i) else { return Class::Other };
        let w = self.word(i);
        let l = self.lw(i);
        match t.kind {
            Kind::Num => Class::Other,
            Kind::Punct => match w {
                "&" => Class::Conn,
                "." if i > 0 && self.is_abbrev(i - 1) => Class::Dot,
                "(" | ")" => Class::Paren,
                _ => Class::Other,
            },
            Kind::Word => {
                let stem = strip_possessive(l);
                if matches!(l, "the" | "a" | "an") {
                    return Class::Det;
                }
                if matches!(l, "his" | "her" | "its" | "their") {
                    return Class::PossPron;
                }
                let cap = w.chars().next().is_some_and(char::is_uppercase);
                if cap {
                    if is(lexicon::NEVER_NAME, l) || is(lexicon::DAYS, l) || is(lexicon::MONTHS, l) {
                        return Class::Other;
                    }
                    if is(lexicon::TITLES, stem) && !is_possessive(w) {
                        return Class::Title;
                    }
                    return Class::Name;
                }
                if matches!(
                    l,
                    "of" | "for"
                        | "and"
                        | "de"
                        | "del"
                        | "al"
                        | "el"
                        | "la"
                        | "von"
                        | "van"
                        | "bin"
                        | "ibn"
                        | "da"
                        | "do"
                        | "dos"
                        | "le"
                ) {
                    return Class::Conn;
                }
                if l.contains('.') && l.chars().any(char::is_alphabetic) && is_domain(l) {
                    return Class::Name;
                }
                if is(lexicon::ROLE_HEADS, stem) {
                    return Class::Head;
                }
                if is(lexicon::ROLE_MODS, stem) || is(lexicon::TITLES, stem) {
                    return Class::Mod;
                }
                Class::Other
            }
        }
    }
}

/// True when `w` looks like a domain name ("gridwatch.io", "nbcnews.com").
pub(crate) fn is_domain(w: &str) -> bool {
    let Some((head, tld)) = w.rsplit_once('.') else { return false };
    !head.is_empty()
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_alphabetic())
        && head.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
}
