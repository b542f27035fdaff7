//! Claimant noun phrases: walking back from a verb to its subject, or forward from "according to".

use crate::lexicon::{self, is};
use crate::text::{Class, Sent};

/// A noun phrase: first and last token, inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Np {
    /// First token.
    pub a: usize,
    /// Last token.
    pub b: usize,
}

/// Longest parenthesis group ending at `close` (a ")") that holds only name-like tokens, as its "(" index.
fn paren_open_before(s: &Sent, close: usize) -> Option<usize> {
    let mut k = close;
    let mut steps = 0;
    while k > 0 && steps < 8 {
        k -= 1;
        steps += 1;
        if s.is_punct(k, &['(']) {
            return (k + 1 < close).then_some(k);
        }
        if !matches!(s.class(k), Class::Name | Class::Title | Class::Conn | Class::Head | Class::Mod)
            && !s.is_punct(k, &['/', '-'])
        {
            return None;
        }
    }
    None
}

/// Matching ")" after the "(" at `open`.
fn paren_close_after(s: &Sent, open: usize) -> Option<usize> {
    let mut k = open + 1;
    while k < s.len() && k <= open + 8 {
        if s.is_punct(k, &[')']) {
            return (k > open + 1).then_some(k);
        }
        if !matches!(s.class(k), Class::Name | Class::Title | Class::Conn | Class::Head | Class::Mod)
            && !s.is_punct(k, &['/', '-'])
        {
            return None;
        }
        k += 1;
    }
    None
}

/// True when the phrase names someone: it holds a name, a title with a name, or a role head.
pub(crate) fn has_head(s: &Sent, np: Np) -> bool {
    (np.a..=np.b).any(|i| matches!(s.class(i), Class::Name | Class::Head | Class::Title))
}

/// Drops connectors, dots and determiners that a phrase must not end with, and connectors it must
/// not start with.
fn trim(s: &Sent, mut np: Np) -> Option<Np> {
    while np.a <= np.b && matches!(s.class(np.a), Class::Conn | Class::Dot) {
        np.a += 1;
    }
    while np.b > np.a && matches!(s.class(np.b), Class::Conn | Class::Det | Class::PossPron) {
        np.b -= 1;
    }
    (np.a <= np.b && has_head(s, np)).then_some(np)
}

/// The noun phrase ending at token `end`, walking back.
pub(crate) fn np_back(s: &Sent, end: usize) -> Option<Np> {
    if end >= s.len() {
        return None;
    }
    let ok_end = match s.class(end) {
        Class::Name | Class::Head | Class::Title | Class::Mod => true,
        Class::Dot => end > 0 && matches!(s.class(end - 1), Class::Name | Class::Title),
        Class::Paren => s.is_punct(end, &[')']) && paren_open_before(s, end).is_some(),
        _ => false,
    };
    if !ok_end {
        return None;
    }
    let mut a = end;
    let mut i = end as isize;
    while i >= 0 {
        let k = i as usize;
        match s.class(k) {
            Class::Name | Class::Title | Class::Head | Class::Mod | Class::Dot => {
                a = k;
                i -= 1;
            }
            Class::Paren if s.is_punct(k, &[')']) => match paren_open_before(s, k) {
                Some(open) => {
                    a = open;
                    i = open as isize - 1;
                }
                None => break,
            },
            Class::Conn => {
                // A connector joins two parts of a name: the token before must be one too.
                let prev = k.checked_sub(1).map(|p| s.class(p));
                if matches!(prev, Some(Class::Name | Class::Title | Class::Head | Class::Mod | Class::Dot)) {
                    a = k;
                    i -= 1;
                } else if matches!(prev, Some(Class::Det)) && s.lw(k) == "of" {
                    // "the head of the ..." keeps going: "of" then "the".
                    a = k;
                    i -= 1;
                } else {
                    break;
                }
            }
            Class::Other
                if s.lw(k) == "in"
                    && k + 1 < s.len()
                    && k > 0
                    && s.class(k - 1) == Class::Head
                    && s.lw(k - 1).ends_with('s')
                    && s.is_cap(k + 1) =>
            {
                // "officials in Vesk and Norland"
                a = k;
                i -= 1;
            }
            Class::Det => {
                // "the" inside "head of the Vesk region" continues; at the start it ends the phrase.
                let prev_is_conn =
                    k > 0 && s.class(k - 1) == Class::Conn && matches!(s.lw(k - 1), "of" | "for" | "and");
                a = k;
                if prev_is_conn
                    && k >= 2
                    && matches!(s.class(k - 2), Class::Name | Class::Head | Class::Mod | Class::Title)
                {
                    i -= 1;
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    trim(s, Np { a, b: end })
}

/// The noun phrase starting at token `start`, walking forward, at most `max` tokens.
pub(crate) fn np_fwd(s: &Sent, start: usize, max: usize) -> Option<Np> {
    let mut b = None;
    let mut k = start;
    let mut seen_content = false;
    while k < s.len() && k < start + max {
        match s.class(k) {
            Class::Det if !seen_content || k > 0 && s.class(k - 1) == Class::Conn => {}
            Class::Name | Class::Title | Class::Head | Class::Mod => {
                seen_content = true;
                b = Some(k);
            }
            Class::Dot if seen_content => b = Some(k),
            Class::Conn if seen_content => {
                let next = s.class(k + 1);
                if !matches!(next, Class::Name | Class::Title | Class::Head | Class::Mod | Class::Det) {
                    break;
                }
            }
            Class::Paren if seen_content && s.is_punct(k, &['(']) => match paren_close_after(s, k) {
                Some(close) => {
                    b = Some(close);
                    k = close;
                }
                None => break,
            },
            _ => break,
        }
        k += 1;
    }
    let b = b?;
    // A determiner in the middle that no connector introduced starts another phrase.
    trim(s, Np { a: start, b })
}

/// True when the phrase is only a definite description ("the governor", "the local officials",
/// "Norland's top commander"): a role with no name of its own.
pub(crate) fn is_definite_role(s: &Sent, np: Np) -> bool {
    let starts_def = s.class(np.a) == Class::Det && s.lw(np.a) == "the";
    let possessive_lead = s.class(np.a) == Class::Name && crate::text::is_possessive(s.word(np.a));
    if !(starts_def || possessive_lead) {
        return false;
    }
    let rest_is_role = (np.a + 1..=np.b).all(|i| {
        matches!(s.class(i), Class::Head | Class::Mod | Class::Title | Class::Det)
            || (s.class(i) == Class::Name && crate::text::is_possessive(s.word(i)))
    });
    let has_role = (np.a + 1..=np.b).any(|i| matches!(s.class(i), Class::Head | Class::Title));
    rest_is_role && has_role
}

/// The head word of a definite description (its last head noun, or its last title).
pub(crate) fn role_head(s: &Sent, np: Np) -> Option<String> {
    (np.a..=np.b).rev().find(|&i| matches!(s.class(i), Class::Head | Class::Title)).map(|i| s.stem(i).to_string())
}

/// True when token `i` is a proper-name word that is not a title or role word.
pub(crate) fn is_name_word(s: &Sent, i: usize) -> bool {
    s.class(i) == Class::Name && !is(&lexicon::ORG_WORDS, s.stem(i))
}

/// True when the phrase reads as a person: a title and a name, two or more name words with no body
/// word among them, or a singular personal role.
pub(crate) fn looks_like_person(s: &Sent, np: Np) -> bool {
    // one pass over the phrase for everything it is asked
    let (mut org, mut names, mut title, mut plural_head) = (false, 0usize, false, false);
    for i in np.a..=np.b {
        let class = s.class(i);
        let stem = s.stem(i);
        let org_word = is(&lexicon::ORG_WORDS, stem);
        org |= org_word && !is(&lexicon::TITLES, stem);
        // a name word, as `is_name_word` tells, from the class and stem read here
        names += usize::from(class == Class::Name && !org_word);
        title |= class == Class::Title;
        plural_head |= class == Class::Head && s.lw(i).ends_with('s') && !s.lw(i).ends_with("ss");
    }
    if org || plural_head {
        return false;
    }
    let last_is_name = s.class(np.b) == Class::Name && !crate::text::has_dot(s.lw(np.b));
    if last_is_name && (title || names >= 2) {
        return s.word(np.b).chars().any(char::is_lowercase);
    }
    // "the governor", "the acting head": singular personal roles.
    (np.a..=np.b).rev().find(|&i| matches!(s.class(i), Class::Head | Class::Title | Class::Name)).is_some_and(|i| {
        matches!(
            s.stem(i),
            "governor"
                | "mayor"
                | "minister"
                | "president"
                | "spokesperson"
                | "spokesman"
                | "spokeswoman"
                | "chief"
                | "commander"
                | "head"
                | "director"
                | "secretary"
                | "chairman"
                | "leader"
                | "envoy"
                | "ambassador"
                | "speaker"
                | "official"
                | "expert"
                | "witness"
                | "analyst"
                | "officer"
        )
    })
}
