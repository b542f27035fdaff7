//! Folding words for comparison: lower case, accents dropped, possessives stripped.

/// Folds a word to lowercase ASCII where a letter has an obvious ASCII form ("Şahin" -> "sahin").
pub fn fold(s: &str) -> String {
    // most words are ASCII, where folding is lower-casing: no character to look up one by one
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
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

/// [`fold`] without a copy when the word is folded already (ASCII with no capital, as most words
/// of a report are): for lookups and comparisons.
pub fn fold_cow(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(fold(s))
    }
}

/// The word without a possessive ending ("norland's" -> "norland").
pub fn strip_possessive(w: &str) -> &str {
    // every ending below closes on "s", "'" or the last byte of "\u{2019}": most words end otherwise
    if !matches!(w.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
        return w;
    }
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
pub fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("\u{2019}s")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_possessives() {
        assert_eq!(fold("Şahin’S"), "sahin's");
        assert_eq!(strip_possessive("norland's"), "norland");
        assert_eq!(strip_possessive("officials'"), "officials");
        assert!(is_possessive("Halden’s"));
        assert_eq!(strip_possessive("players\u{2019}"), "players");
        assert_eq!(strip_possessive("harbour"), "harbour");
        assert_eq!(strip_possessive("'s"), "'s");
    }

    #[test]
    fn ascii_words_fold_as_character_by_character() {
        // the ASCII shortcut gives what the character loop gives
        for w in ["Vestby", "U.S.", "O'Neill", "KVXT-4", "", "already lower"] {
            let by_char: String = w.chars().flat_map(char::to_lowercase).collect();
            assert_eq!(fold(w), by_char, "{w}");
        }
        assert_eq!(fold("Vestby’s"), "vestby's");
    }

    #[test]
    fn fold_cow_borrows_only_what_is_folded_already() {
        for w in ["vestby", "Vestby", "Şahin’S", "o'neill", "KVXT-4", ""] {
            assert_eq!(fold_cow(w), fold(w), "{w}");
        }
        assert!(matches!(fold_cow("harbour"), std::borrow::Cow::Borrowed(_)));
        assert!(matches!(fold_cow("Harbour"), std::borrow::Cow::Owned(_)));
        assert!(matches!(fold_cow("café"), std::borrow::Cow::Owned(_)));
    }
}
