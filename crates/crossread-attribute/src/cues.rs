//! Attribution cues in one sentence: "X said", "said X", "according to X", "X told Y that",
//! "..., adding that", each with who it names and which side of it the claim stands on.

use crate::lexicon::{self, is};
use crate::np::{is_definite_role, np_back, np_fwd, Np};
use crate::text::{Class, Sent};
use crossread_model::Span;

/// Who a cue names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Who {
    /// A noun phrase in the sentence.
    Phrase(Np),
    /// A definite description to resolve against earlier names ("the governor").
    Definite(Np, String),
    /// A personal pronoun ("he", "she", "they", "it").
    Pronoun(&'static str),
}

/// One attribution cue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Cue {
    /// Who it names.
    pub who: Who,
    /// First byte of the cue (its noun phrase or verb, whichever comes first).
    pub start: usize,
    /// One past the last byte of the cue.
    pub end: usize,
    /// True when it governs figures after it.
    pub after: bool,
    /// True when it governs figures before it.
    pub before: bool,
    /// True for "according to X": the named source outranks a reporting verb.
    pub according: bool,
    /// True when the cue ends in a colon or is next to a quotation mark (it introduces a quote).
    pub verb_end: usize,
}

fn is_quote_close(s: &Sent, i: usize) -> bool {
    s.is_punct(i, &['"', '\u{201d}', '\u{2019}', '\''])
}

fn is_sep(s: &Sent, i: usize) -> bool {
    s.is_punct(i, &[',', '\u{2014}', '\u{2013}', ';', ':', '('])
        || is_quote_close(s, i)
        || (s.is_punct(i, &['-']) && s.is_punct(i.wrapping_sub(1), &['-']))
}

fn skip_back(s: &Sent, mut j: isize) -> isize {
    let mut steps = 0;
    while j >= 0 && steps < 6 {
        let l = s.lw(j as usize);
        if is(&lexicon::SKIP_BEFORE_VERB, l) || is(&lexicon::DAYS, l) {
            j -= 1;
            steps += 1;
        } else {
            break;
        }
    }
    j
}

/// Index of the first token after `v` that is not an adverbial ("on Monday", "later").
fn skip_fwd(s: &Sent, mut k: usize) -> usize {
    let mut steps = 0;
    while k < s.len() && steps < 6 {
        let l = s.lw(k);
        if crossread_text::lexicon::ADVERBIALS_AFTER_VERB.contains(l)
            || is(&lexicon::DAYS, l)
            || (matches!(l, "morning" | "afternoon" | "evening" | "night" | "week")
                && k > 0
                && is(&lexicon::DAYS, s.lw(k - 1)))
        {
            k += 1;
            steps += 1;
        } else {
            break;
        }
    }
    k
}

/// True when the clause after the verb at `v` carries content: a figure, "that", a colon, a quote.
fn after_has_content(s: &Sent, v: usize, figs: &[Span]) -> bool {
    let vend = s.toks[v].e;
    if figs.iter().any(|f| f.start >= vend) {
        return true;
    }
    let k = skip_fwd(s, v + 1);
    if k >= s.len() {
        return false;
    }
    if s.lw(k) == "that" || s.is_punct(k, &[':', '\u{201c}', '"']) {
        return true;
    }
    // Anything with a verb-like shape after it: treat as content when it runs on for a while
    // and is not a closing prepositional phrase ("in a statement", "on Telegram").
    let mut j = k;
    let mut words = 0;
    while j < s.len() {
        if s.is_punct(j, &['.', '!', '?']) && j + 1 >= s.len() {
            break;
        }
        if s.is_punct(j, &['\u{201c}', '"', ':']) || s.lw(j) == "that" {
            return true;
        }
        if s.is_word(j) {
            words += 1;
        }
        j += 1;
    }
    let first = s.lw(k);
    let prep = crossread_text::lexicon::ADVERBIAL_PREPOSITIONS.contains(first);
    let told_obj = matches!(s.lw(v), "told" | "tells" | "tell" | "informed");
    words > 6 && !prep && !told_obj
}

/// True when a figure stands after the verb at `v` before the clause ends.
fn figure_follows(s: &Sent, v: usize, figs: &[Span]) -> bool {
    let vend = s.toks[v].e;
    let k = skip_fwd(s, v + 1);
    if k < s.len() && s.lw(k) == "that" {
        return true;
    }
    let clause_end = (v + 1..s.len())
        .find(|&j| s.is_punct(j, &[';', '.']) && j + 1 >= s.len() || s.is_punct(j, &[';']))
        .map_or(s.span.end, |j| s.toks[j].s);
    figs.iter().any(|f| f.start >= vend && f.start < clause_end)
}

/// The subject noun phrase of a sentence, when it opens with one ("Turkish President X ... , saying").
fn sentence_subject(s: &Sent) -> Option<Np> {
    let mut k = 0;
    while k < s.len()
        && (s.is_punct(k, &['"', '\u{201c}', '-', '\u{2014}', '\u{2013}'])
            || matches!(s.lw(k), "but" | "and" | "meanwhile"))
    {
        k += 1;
    }
    let np = np_fwd(s, k, 12)?;
    // The phrase must be followed by a verb-ish word, not a comma list.
    Some(np)
}

/// Picks the better of two comma-joined phrases ("The acting head of the board, Marta Quell,"):
/// the one that names a person or body by name.
fn pick_apposition(s: &Sent, a: Np, b: Np) -> Np {
    let names = |np: Np| (np.a..=np.b).filter(|&i| s.class(i) == Class::Name).count();
    if names(b) > names(a) {
        b
    } else {
        a
    }
}

/// The phrase an apposition or relative clause ending before token `comma` points at, e.g.
/// "Marta Quell, the acting mayor of Vesk," -> "Marta Quell".
fn apposition_back(s: &Sent, comma: usize) -> Option<(Np, usize)> {
    if comma == 0 {
        return None;
    }
    // The previous comma within a short stretch opens the apposition.
    let open = (comma.saturating_sub(14)..comma).rev().find(|&k| s.is_punct(k, &[',']))?;
    if open == 0 {
        return None;
    }
    let seg = &s.toks[open + 1..comma];
    let known_as = seg.windows(2).any(|w| w[0].lw() == "known" && w[1].lw() == "as");
    let np2 = np_back(s, comma - 1).filter(|np| np.a > open);
    // "Pardo, 54, said": an age is no apposition to pick.
    let age = seg.len() == 1 && s.toks.get(open + 1).is_some_and(|t| t.kind == crate::text::Kind::Num);
    let relative = age || matches!(seg.first().map(|w| w.lw()), Some("who" | "which"));
    let Some(np1) = np_back(s, open - 1) else {
        // "..., the director of the clinic, Jonas Ribe, explained": a name set off by commas after
        // a description the phrase rules do not cover.
        return np2
            .filter(|np| np.a == open + 1 && (np.a..=np.b).filter(|&i| crate::np::is_name_word(s, i)).count() >= 2)
            .map(|np| (np, np.a));
    };
    let picked = match np2 {
        _ if relative => np1,
        Some(np2) if known_as => np2,
        Some(np2) if np2.a == open + 1 => pick_apposition(s, np1, np2),
        _ => return None,
    };
    Some((picked, np1.a))
}

fn who_of(s: &Sent, np: Np) -> Who {
    if is_definite_role(s, np) {
        let head = crate::np::role_head(s, np).unwrap_or_default();
        Who::Definite(np, head)
    } else {
        Who::Phrase(np)
    }
}

fn pronoun(l: &str) -> Option<&'static str> {
    match l {
        "he" | "his" => Some("he"),
        "she" | "her" => Some("she"),
        "they" | "their" => Some("they"),
        "it" | "its" => Some("it"),
        _ => None,
    }
}

/// The claimant after "according to" starting at token `k`.
fn according_target(s: &Sent, mut k: usize) -> Option<(Who, usize)> {
    let mut guard = 0;
    loop {
        guard += 1;
        if guard > 6 {
            break;
        }
        let mut j = k;
        while j < s.len() && is(&lexicon::DOC_MODS, s.lw(j)) && pronoun(s.lw(j)).is_none() {
            j += 1;
        }
        // "a Vesk Radio tally of ...": a name before a document noun is the source.
        if j < s.len()
            && is(&lexicon::DOC_NOUNS, s.lw(j))
            && crossread_text::lexicon::DOCUMENT_SOURCE_LINKS.contains(s.lw(j + 1))
        {
            k = j + 2;
            while k < s.len() && matches!(s.lw(k), "by" | "from") {
                k += 1;
            }
            continue;
        }
        break;
    }
    if k >= s.len() {
        return None;
    }
    if let Some(p) = pronoun(s.lw(k)).filter(|_| matches!(s.lw(k), "his" | "her" | "their" | "its")) {
        return Some((Who::Pronoun(p), s.toks[k].e));
    }
    if let Some(np) = np_fwd(s, k, 14) {
        // "the Roads, Rail and Ports Ministry": a comma list of names.
        let mut b = np.b;
        while b + 2 < s.len() && s.is_punct(b + 1, &[',']) && s.is_cap(b + 2) {
            match np_fwd(s, b + 2, 10) {
                Some(more) => b = more.b,
                None => break,
            }
        }
        let np = Np { a: np.a, b };
        let np = start_at_name(s, np);
        return Some((who_of(s, np), s.toks[np.b].e));
    }
    // A looser phrase: everything to the next clause break.
    let mut b = None;
    let mut j = k;
    while j < s.len() && j < k + 12 {
        if s.toks[j].kind == crate::text::Kind::Punct && !s.is_punct(j, &['&', '-', '/']) {
            break;
        }
        if crossread_text::lexicon::CLAIMANT_PHRASE_ENDS.contains(s.lw(j)) {
            break;
        }
        if s.toks[j].kind == crate::text::Kind::Num {
            break;
        }
        b = Some(j);
        j += 1;
    }
    let b = b?;
    let np = start_at_name(s, Np { a: k, b });
    if !(np.a..=np.b).any(|i| s.is_word(i) && !matches!(s.class(i), Class::Det | Class::Conn)) {
        return None;
    }
    Some((Who::Phrase(np), s.toks[np.b].e))
}

/// Starts a phrase at its first name word when only lowercase words come before it
/// ("the tracking site gridwatch.io" -> "gridwatch.io").
fn start_at_name(s: &Sent, np: Np) -> Np {
    let first_name = (np.a..=np.b).find(|&i| s.class(i) == Class::Name || s.class(i) == Class::Title);
    match first_name {
        Some(f)
            if f > np.a
                && (np.a..f).all(|i| matches!(s.class(i), Class::Det | Class::Mod | Class::Head | Class::Other)) =>
        {
            // Keep a possessive name's modifiers: "Norlandic news agency Telepress" starts with a name anyway.
            Np { a: f, b: np.b }
        }
        _ => {
            let mut a = np.a;
            while a < np.b && s.class(a) == Class::Det {
                a += 1;
            }
            Np { a: if s.class(np.a) == Class::Det && is_definite_role(s, np) { np.a } else { a }, b: np.b }
        }
    }
}

/// Finds every attribution cue in a sentence; `figs` are the spans of its figures.
pub(crate) fn find_cues(s: &Sent, figs: &[Span]) -> Vec<Cue> {
    let mut cues: Vec<Cue> = Vec::new();
    let n = s.len();
    let mut v = 0;
    while v < n {
        let l = s.lw(v);
        // according to X
        if l == "according" && s.lw(v + 1) == "to" {
            if let Some((who, end)) = according_target(s, v + 2) {
                let lead = (0..v)
                    .filter(|&i| s.is_word(i) && !crossread_text::lexicon::DISCOURSE_CONNECTORS.contains(s.lw(i)))
                    .count();
                let at_start = lead == 0;
                let followed_by_comma = (v + 2..n).find(|&i| s.toks[i].s >= end).is_some_and(|i| s.is_punct(i, &[',']));
                cues.push(Cue {
                    who,
                    start: s.toks[v].s,
                    end,
                    after: at_start || (followed_by_comma && lead <= 3),
                    before: !at_start,
                    according: true,
                    verb_end: end,
                });
            }
            v += 2;
            continue;
        }
        // "..., per the education ministry": "according to" in brief (not "per cent", "per hour").
        if l == "per" && v > 0 && s.is_punct(v - 1, &[',', '(', '\u{2014}', '\u{2013}']) {
            if let Some((who, end)) = according_target(s, v + 1) {
                let named = match &who {
                    Who::Phrase(np) | Who::Definite(np, _) => {
                        (np.a..=np.b).any(|i| matches!(s.class(i), Class::Name | Class::Head))
                    }
                    Who::Pronoun(_) => false,
                };
                if named {
                    cues.push(Cue {
                        who,
                        start: s.toks[v].s,
                        end,
                        after: false,
                        before: true,
                        according: true,
                        verb_end: end,
                    });
                }
            }
            v += 1;
            continue;
        }
        // "..., Radio Vesk reported, citing the Coastal Survey Office": a named source outranks
        // the outlet that relays it (an unnamed one, "citing local police", does not).
        if l == "citing" {
            if let Some((who, end)) = according_target(s, v + 1) {
                if let Who::Phrase(np) = &who {
                    if (np.a..=np.b).any(|i| crate::np::is_name_word(s, i)) {
                        cues.push(Cue {
                            who,
                            start: s.toks[v].s,
                            end,
                            after: false,
                            before: true,
                            according: true,
                            verb_end: end,
                        });
                    }
                }
            }
            v += 1;
            continue;
        }
        // a speech verb or participle is a lower-case word: the lists are asked only then
        let lower_word = s.is_word(v) && !s.is_cap(v);
        let is_verb = lower_word && is(&lexicon::SPEECH_VERBS, l);
        let is_part = lower_word && is(&lexicon::PARTICIPLES, l);
        if is_part {
            if s.lw(v + 1) == "to" && l != "telling" {
                v += 1;
                continue;
            }
            let prev_cue = cues.iter().rev().find(|c| c.end <= s.toks[v].s).map(|c| c.who.clone());
            let who = prev_cue.or_else(|| {
                let np = sentence_subject(s)?;
                (np.b < v).then(|| who_of(s, np))
            });
            if let Some(who) = who {
                cues.push(Cue {
                    who,
                    start: s.toks[v].s,
                    end: s.toks[v].e,
                    after: true,
                    before: false,
                    according: false,
                    verb_end: s.toks[v].e,
                });
            }
            v += 1;
            continue;
        }
        if !is_verb {
            v += 1;
            continue;
        }
        if is(&lexicon::WEAK_VERBS, l) && !figure_follows(s, v, figs) {
            v += 1;
            continue;
        }
        // "declared a state of emergency" is an act; "declared that ..." is a claim.
        if matches!(l, "declared" | "declares") && s.lw(skip_fwd(s, v + 1)) != "that" {
            v += 1;
            continue;
        }
        let vt = &s.toks[v];
        let j = skip_back(s, v as isize - 1);
        // Passive: "were reported killed", "is estimated", "as reported by X": a claimant only with "by".
        if j >= 0 && (is(&lexicon::BE_FORMS, s.lw(j as usize)) || s.lw(j as usize) == "as") {
            let k = v + 1;
            if s.lw(k) == "by" {
                if let Some(np) = np_fwd(s, k + 1, 10) {
                    cues.push(Cue {
                        who: who_of(s, np),
                        start: vt.s,
                        end: s.toks[np.b].e,
                        after: false,
                        before: true,
                        according: false,
                        verb_end: vt.e,
                    });
                }
            }
            v += 1;
            continue;
        }
        if j >= 0 && matches!(s.class(j as usize), Class::Det) {
            v += 1;
            continue;
        }
        let after = after_has_content(s, v, figs);
        let next = skip_fwd(s, v + 1);
        let verb_next = crossread_text::lexicon::FINITE_AUXILIARIES.contains(s.lw(next));
        let push_subject = |who: Who, np_start: usize, cues: &mut Vec<Cue>| {
            let sep_before = np_start == 0 || is_sep(s, np_start - 1);
            cues.push(Cue {
                who,
                start: s.toks[np_start].s,
                end: vt.e,
                after,
                before: sep_before || !after || verb_next,
                according: false,
                verb_end: vt.e,
            });
        };
        if j < 0 {
            // "Said the governor: ..." is rare; a verb opening a sentence is not a cue.
            v += 1;
            continue;
        }
        let ju = j as usize;
        let lj = s.lw(ju).to_string();
        if let Some(p) = pronoun(&lj).filter(|_| matches!(lj.as_str(), "he" | "she" | "they" | "it")) {
            push_subject(Who::Pronoun(p), ju, &mut cues);
        } else if matches!(lj.as_str(), "who" | "which") && ju >= 2 && s.is_punct(ju - 1, &[',']) {
            let np = apposition_back(s, ju - 1).or_else(|| np_back(s, ju - 2).map(|np| (np, np.a)));
            if let Some((np, first)) = np {
                push_subject(who_of(s, np), first, &mut cues);
            }
        } else if s.is_punct(ju, &[',']) {
            if let Some((np, first)) = apposition_back(s, ju) {
                push_subject(who_of(s, np), first, &mut cues);
            } else if let Some(np) = np_fwd(s, skip_fwd(s, v + 1), 12) {
                // "..., said Jonas Ribe, the head of the district."
                let np = inverted_pick(s, np);
                cues.push(Cue {
                    who: who_of(s, np),
                    start: vt.s,
                    end: s.toks[np.b].e,
                    after: false,
                    before: true,
                    according: false,
                    verb_end: vt.e,
                });
            }
        } else if is_quote_close(s, ju) || s.is_punct(ju, &['\u{2014}', '\u{2013}']) {
            if let Some(np) = np_fwd(s, skip_fwd(s, v + 1), 12) {
                let np = inverted_pick(s, np);
                cues.push(Cue {
                    who: who_of(s, np),
                    start: vt.s,
                    end: s.toks[np.b].e,
                    after: false,
                    before: true,
                    according: false,
                    verb_end: vt.e,
                });
            }
        } else if let Some(np) = np_back(s, ju) {
            push_subject(who_of(s, np), np.a, &mut cues);
        } else if is(&lexicon::DOC_NOUNS, &lj) && ju > 0 {
            // "Vesk Radio's tally put the toll at 42", "the Corvin estimate shows": the named source.
            if let Some(np) = np_back(s, ju - 1).filter(|np| (np.a..=np.b).any(|i| crate::np::is_name_word(s, i))) {
                push_subject(Who::Phrase(np), np.a, &mut cues);
            }
        }
        v += 1;
    }
    cues
}

/// After an inverted verb ("said the head of the water board, Jonas Ribe"), prefers
/// the name in an apposition that follows a role.
fn inverted_pick(s: &Sent, np: Np) -> Np {
    if s.is_punct(np.b + 1, &[',']) {
        if let Some(np2) = np_fwd(s, np.b + 2, 8) {
            return pick_apposition(s, np, np2);
        }
    }
    np
}
