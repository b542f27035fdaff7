//! The question a figure answers, read open-vocabulary from its sentence: the thing it counts or is a
//! share or amount of, the predicate (the verb, or its noun) that says what happened to it, the name
//! it belongs to, and when it holds. Read from the report's text layer: noun phrases, clauses,
//! lemmas and word classes.

mod part;
mod subject;

use crate::intern::Shared;
use crate::signature_words::{adverb_too, family_lemma, qualifier_word};
use crossread_text::wordnet::Pos;
use crossread_text::{Class, Clause, ClauseKind, Doc};
pub use part::Part;
use std::borrow::Cow;

/// When a figure holds, relative to the story's now.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Time {
    /// The story's present (or nothing says otherwise).
    #[default]
    Now,
    /// An earlier state or an earlier period ("last year", "previously", "in 2019", "prior").
    Earlier,
    /// What is expected ("forecast", "projected", "could reach", "expected to").
    Forecast,
}

/// The question a figure answers, as far as its sentence says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Signature {
    /// The thing counted, or the whole a share is of, or what an amount is ("workforce", "fee",
    /// "revenue", "seat"), as a lemma.
    pub thing: Option<Shared>,
    /// What happened to it ("cut", "decline", "win", "pay"), as a lemma.
    pub predicate: Option<Shared>,
    /// The name it belongs to ("labour", "meta"): the subject or possessor in its clause.
    pub holder: Option<Shared>,
    /// When it holds.
    pub time: Time,
    /// Which part of the question it gives: the level, a change, or a margin.
    pub part: Part,
}

/// What signatures read of one sentence as a whole, worked out once for all its figures.
#[derive(Clone, Debug)]
pub struct SentenceParts {
    /// The sentence's index.
    s: usize,
    /// Its clauses, in order.
    clauses: Vec<Clause>,
    /// True when most of its words are capitalised: a headline.
    headline: bool,
}

impl SentenceParts {
    /// The parts of sentence `s` of `doc`.
    pub fn new(doc: &Doc, s: usize) -> SentenceParts {
        SentenceParts { s, clauses: doc.clauses(s), headline: doc.is_headline_case(s) }
    }
}

/// The clause of the sentence of `parts` holding token `t`.
fn clause_of(doc: &Doc, parts: &SentenceParts, t: usize) -> (usize, usize, ClauseKind) {
    parts.clauses.iter().find(|c| c.first <= t && t <= c.last).map_or_else(
        || {
            let r = doc.sentences()[parts.s].tokens();
            (r.start, r.end.saturating_sub(1), ClauseKind::Main)
        },
        |c| (c.first, c.last, c.kind),
    )
}

/// Nouns of time, which say when a figure holds, not what it is of ("year on year", "a week").
const TIME_NOUNS: &[&str] =
    &["year", "month", "week", "day", "quarter", "hour", "minute", "decade", "century", "time", "period"];

/// True when token `i` is a verb here: WordNet reads the word as a verb form, or as a word that can
/// be a verb standing where a verb stands (after "to", an auxiliary or a pronoun: "will cut").
fn verb(doc: &Doc, i: usize) -> bool {
    if doc.class(i) != Class::Word {
        return false;
    }
    if doc.pos(i) == Some(Pos::Verb) {
        return true;
    }
    // the place first: it is cheap, and the WordNet look-up is not
    // (the word before first, and only then whether it stands in the same sentence)
    let before = i
        .checked_sub(1)
        .filter(|&p| matches!(doc.class(p), Class::Aux | Class::Pron) || doc.lower_of(&doc.tokens()[p]) == "to")
        .filter(|&p| doc.sentence_at(doc.tokens()[p].start()) == doc.sentence_at(doc.tokens()[i].start()));
    before.is_some() && crossread_text::wordnet::lemma_as(doc.lower_of(&doc.tokens()[i]), Pos::Verb).is_some()
}

/// True when token `i` is a content noun: an open-class word WordNet reads as a noun, not standing as
/// a verb, and not a noun of time.
pub(crate) fn noun(doc: &Doc, i: usize) -> bool {
    // (the cheap tests first: the lemma is a WordNet look-up)
    doc.class(i) == Class::Word
        && doc.pos(i) == Some(Pos::Noun)
        && !crossread_text::lexicon::CONTEXT_STOPS.contains(doc.lower_of(&doc.tokens()[i]))
        && !verb(doc, i)
        && !TIME_NOUNS.contains(&doc.lemma(i).as_ref())
}

/// True when token `k` is glued to a number after it: a code ("Q3", "G7"), not a name.
pub(crate) fn code(doc: &Doc, k: usize) -> bool {
    let toks = doc.tokens();
    k + 1 < toks.len() && doc.class(k + 1) == Class::Number && !toks[k + 1].space_before()
}

/// The lemma of token `i`, lower case, without a possessive.
pub(crate) fn lemma(doc: &Doc, i: usize) -> Cow<'static, str> {
    doc.lemma(i)
}

/// The head noun of the noun phrase starting at or after token `from` (within `to`): skips
/// determiners, possessives, numbers and modifiers to the last noun of the run.
fn head_after(doc: &Doc, from: usize, to: usize) -> Option<usize> {
    let mut head = None;
    let mut k = from;
    while k <= to {
        match doc.class(k) {
            Class::Det | Class::Number if head.is_some() => break,
            Class::Det | Class::Number => {}
            Class::Punct if matches!(doc.text_of(&doc.tokens()[k]), "-" | "'" | "\u{2019}") => {}
            Class::Word if noun(doc, k) => head = Some(k),
            Class::Word | Class::Name => {
                if head.is_some() && !noun(doc, k) && doc.class(k) != Class::Name {
                    break;
                }
            }
            _ => break,
        }
        k += 1;
    }
    head
}

/// The noun a compound head `h` names a share or total of, when one stands right before it in its
/// phrase (not before `from`): "vote" in "vote share", "seat" in "seat total"; else `h`.
pub(crate) fn compound_head(doc: &Doc, from: usize, h: usize) -> usize {
    let compound = crossread_text::lexicon::COMPOUND_HEADS.contains(doc.lower_of(&doc.tokens()[h]));
    match h.checked_sub(1) {
        Some(m) if compound && m >= from && noun(doc, m) => m,
        _ => h,
    }
}

/// The head noun of the noun phrase ending just before token `to` (not before `from`); of a compound
/// head, the noun it is of ("vote share": "vote").
fn head_before(doc: &Doc, from: usize, to: usize) -> Option<usize> {
    let mut k = to;
    while k > from {
        k -= 1;
        match doc.class(k) {
            Class::Word if noun(doc, k) => return Some(compound_head(doc, from, k)),
            Class::Word if doc.pos(k) == Some(Pos::Adj) => continue,
            Class::Det | Class::Number | Class::Name => continue,
            _ => return None,
        }
    }
    None
}

/// True when the noun phrase ending just before token `to` (not before `from`) is a sum of money: a
/// currency mark, a number and any magnitude glued to it ("the guaranteed £40m", "$2 billion").
fn sum_before(doc: &Doc, from: usize, to: usize) -> bool {
    let toks = doc.tokens();
    let mut k = to;
    // a magnitude glued to the number ("40m", "2bn")
    if k > from + 1
        && doc.class(k - 1) == Class::Word
        && doc.class(k - 2) == Class::Number
        && !toks[k - 1].space_before()
    {
        k -= 1;
    }
    while k > from && doc.class(k - 1) == Class::Number {
        k -= 1;
    }
    k < to && k > from && crossread_text::lexicon::CURRENCY_MARKS.contains_key(doc.lower_of(&toks[k - 1]))
}

/// Reads the signature of a figure whose tokens run from `first` to `last` in sentence `s`.
pub fn signature(doc: &Doc, s: usize, first: usize, last: usize, counted: bool) -> Signature {
    signature_in(doc, &SentenceParts::new(doc, s), first, last, counted)
}

/// Reads the signature of a figure whose tokens run from `first` to `last` in the sentence of
/// `parts` (its figures share one).
pub fn signature_in(doc: &Doc, parts: &SentenceParts, first: usize, last: usize, counted: bool) -> Signature {
    let read = read_signature(doc, parts, first, last, counted);
    Signature {
        thing: read.thing.map(Into::into),
        predicate: read.predicate.map(Into::into),
        holder: read.holder.map(Into::into),
        time: read.time,
        part: read.part,
    }
}

/// A signature's words as read, before they are shared (see [`Signature`]): most are the lexicon's own.
pub(crate) struct ReadSignature {
    pub(crate) thing: Option<Cow<'static, str>>,
    pub(crate) predicate: Option<Cow<'static, str>>,
    pub(crate) holder: Option<String>,
    pub(crate) time: Time,
    pub(crate) part: Part,
}

/// Reads the signature of a figure as [`signature_in`] does, its words not yet shared.
pub(crate) fn read_signature(
    doc: &Doc,
    parts: &SentenceParts,
    first: usize,
    last: usize,
    counted: bool,
) -> ReadSignature {
    let (c0, c1, _) = clause_of(doc, parts, first);
    let (mut thing, mut predicate): (Option<Cow<'static, str>>, Option<Cow<'static, str>>) = (None, None);
    let mut time = Time::Now;
    // what it is of: "8% of its workforce", "a third of the seats"
    let after = last + 1;
    if after <= c1 && doc.lower_of(&doc.tokens()[after]) == "of" {
        thing = head_after(doc, after + 1, c1).map(|h| family_lemma(doc, after + 1, h));
        // "the stock lost a third of its value": of the subject's own worth, so of the subject
        let own = after < c1 && matches!(doc.lower_of(&doc.tokens()[after + 1]), "its" | "their");
        if own && thing.as_deref().is_some_and(|t| crossread_text::lexicon::WORTH_NOUNS.contains(t)) {
            thing = None;
        }
    }
    // what it is: "a fee of £64m", "a deal worth £64m", "sales of $3.1bn", "a share of just 9%"
    if thing.is_none() && first > c0 {
        let mut k = first - 1;
        while k > c0 + 1
            && (qualifier_word(doc, k) || subject::BEFORE_FIGURE.contains(&doc.lower_of(&doc.tokens()[k])))
            && doc.lower_of(&doc.tokens()[k]) != "."
        {
            k -= 1;
        }
        let before = doc.lower_of(&doc.tokens()[k]);
        if matches!(before, "of" | "worth" | "at" | "totalling" | "totaling") {
            thing = head_before(doc, c0, k).map(|h| lemma(doc, h));
        }
    }
    // what a change is of: "cut its workforce by about 9%", "reduced staff by 9%"
    if thing.is_none() && first > c0 {
        let mut k = first - 1;
        while k > c0 && qualifier_word(doc, k) {
            k -= 1;
        }
        if doc.lower_of(&doc.tokens()[k]) == "by" {
            thing = head_before(doc, c0, k).map(|h| family_lemma(doc, c0, h));
        }
    }
    // the noun right after ("£64m fee", "a 4% drop"), when the figure counts nothing itself; not a
    // word that may stand as an adverb ("20% back in May")
    if thing.is_none() && !counted && after <= c1 && noun(doc, after) && !adverb_too(doc, after) {
        thing = Some(lemma(doc, after));
    }
    // the head its own phrase runs on to: "its 9,000 global staff base", "a 9,000-person workforce"
    if thing.is_none() && !counted && after <= c1 && !noun(doc, after) {
        if let Some(h) =
            head_after(doc, after, c1).filter(|&h| (after..h).all(|k| doc.pos(k) == Some(Pos::Adj) || noun(doc, k)))
        {
            thing = Some(family_lemma(doc, after, h));
        }
    }
    // a change or a margin rather than the level: "a loss of 40", "a majority of 9", "12 more"
    let of_noun = (first > c0 && doc.lower_of(&doc.tokens()[first - 1]) == "of")
        .then(|| head_before(doc, c0, first - 1).map(|h| lemma(doc, h)))
        .flatten();
    let part = part::part(doc, c1, first, last, of_noun.as_deref());
    // the predicate: the nearest verb before the figure in its clause, else after it ("were cut");
    // of the level a change ends at, the verb before the change ("its share rose by less than 2
    // points to 31%": 31% is the share)
    let mut subject_end = first;
    let lower = |k: usize| doc.lower_of(&doc.tokens()[k]);
    let change_before = (first > c0 + 1 && lower(first - 1) == "to")
        .then(|| (first.saturating_sub(8).max(c0)..first - 1).rev().find(|&k| lower(k) == "by"))
        .flatten();
    for k in (c0..change_before.unwrap_or(first)).rev() {
        if verb(doc, k) {
            predicate = Some(lemma(doc, k));
            subject_end = k;
            break;
        }
        if matches!(doc.class(k), Class::Conj) {
            break;
        }
    }
    if predicate.is_none() {
        predicate = (after..=c1).take(4).find(|&k| verb(doc, k)).map(|k| lemma(doc, k));
    }
    // the subject: the noun phrase before the verb ("Ardent's spring sales slipped 6%")
    if thing.is_none() && !counted && subject_end > c0 {
        let mut k = subject_end;
        // "shares were to drop", "caused shares to drop"
        // "the stock has now plummeted": a word that stands between a subject and its verb
        while k > c0
            && (matches!(doc.class(k - 1), Class::Aux)
                || doc.pos(k - 1) == Some(Pos::Adv)
                || crossread_text::lexicon::SKIP_BEFORE_SPEECH_VERB.contains(doc.lower_of(&doc.tokens()[k - 1]))
                || doc.lower_of(&doc.tokens()[k - 1]) == "to")
        {
            k -= 1;
        }
        // a sum of money as the subject ("the £40m will be paid over two years"): the figure is of
        // a payment, one thing with the fee or sum another report names
        thing = if sum_before(doc, c0, k) {
            crossread_text::lexicon::NOUN_FAMILIES_OF.get("sum").map(|f| Cow::Borrowed(*f))
        } else {
            head_before(doc, c0, k).map(|h| lemma(doc, h))
        };
    }
    // "8% of the workforce" and "8% of its staff" are of one thing: things compare by family
    thing = thing.map(|t| match crossread_text::lexicon::NOUN_FAMILIES_OF.get(&t) {
        Some(f) => Cow::Borrowed(*f),
        None => t,
    });
    let owner = holder(doc, parts, c0, first, last).map(|h| holder_key(&h));
    // when: a word of an earlier period near the figure ("last year's 9%", "a year earlier"), or a
    // forecast in its clause
    let when = |k: usize| crossread_text::lexicon::FIGURE_TIMES.get(doc.lower_of(&doc.tokens()[k])).copied();
    let near = first.saturating_sub(4).max(c0)..=(last + 4).min(c1);
    // (one pass over the clause, which holds the words near the figure: an earlier period near it
    // outweighs a forecast anywhere in it)
    let mut forecast = false;
    for k in c0..=c1 {
        match when(k) {
            Some("earlier") if near.contains(&k) => {
                time = Time::Earlier;
                break;
            }
            Some("forecast") if !forecast => forecast = !names_body(doc, k),
            _ => {}
        }
    }
    if forecast && time != Time::Earlier {
        time = Time::Forecast;
    }
    ReadSignature { thing, predicate, holder: owner, time, part }
}

/// True when the word of time at token `k` describes the body named after it ("a forecasting firm",
/// "the forecast office"), not when a figure holds.
fn names_body(doc: &Doc, k: usize) -> bool {
    let toks = doc.tokens();
    k + 1 < toks.len() && crossread_text::lexicon::ORGANISATION_WORDS.contains(doc.lower_of(&toks[k + 1]))
}

/// One key for the ways a holder is named: accents dropped ("Sinn Féin", "Sinn Fein"), titles and
/// suffixes dropped, plurals made singular ("the Conservatives", "Conservative Party"), and a name of
/// three words or more by its initials, as its acronym is written ("Scottish National Party", "SNP").
pub fn holder_key(name: &str) -> String {
    let name = crossread_text::fold(name);
    let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    if words.len() >= 3 {
        return words.iter().filter_map(|w| w.chars().next()).collect();
    }
    let kept: Vec<String> = words
        .iter()
        .filter(|w| !crossread_text::lexicon::TITLES.contains(w) && !crossread_text::lexicon::NAME_SUFFIXES.contains(w))
        .map(|w| match w.strip_suffix('s') {
            Some(stem) if stem.len() >= 3 && !stem.ends_with('s') => stem.to_string(),
            _ => w.to_string(),
        })
        // one spelling for British and American forms: "Labour" and "Labor", "Harbour" and "Harbor"
        .map(|w| match w.strip_suffix("our") {
            Some(stem) if stem.len() >= 3 => format!("{stem}or"),
            _ => w,
        })
        .collect();
    if kept.is_empty() {
        words.join(" ")
    } else {
        kept.join(" ")
    }
}

/// One key for each holder of a story that its reports also name by a shorter form: a key whose
/// words begin with exactly one shorter key of the story takes that key ("Reform Union" is "Reform"
/// where a report names the party so). A shorter key that begins several longer ones ("Liberal",
/// "Liberal Democrat" and "Liberal Union") says nothing of which it stands for, and is left alone.
pub fn shortened_holders<'a>(keys: impl IntoIterator<Item = &'a str>) -> std::collections::HashMap<String, String> {
    let mut keys: Vec<&str> = keys.into_iter().collect();
    keys.sort_unstable();
    keys.dedup();
    let starts = |long: &str, short: &str| {
        long.len() > short.len() && long.strip_prefix(short).is_some_and(|r| r.starts_with(' '))
    };
    let mut map = std::collections::HashMap::new();
    for &long in &keys {
        let shorter: Vec<&str> = keys.iter().copied().filter(|s| starts(long, s)).collect();
        let Some(&short) = shorter.iter().min_by_key(|s| s.len()) else { continue };
        let longer = keys.iter().filter(|l| starts(l, short)).count();
        if longer == 1 {
            map.insert(long.to_string(), short.to_string());
        }
    }
    map
}

/// The name a figure belongs to: a name just before it, with at most a verb or preposition between
/// ("the Greens won 96 seats", "the Liberals on 58", "Ardent's 41,000 staff"); else the name a
/// sibling figure just before it belongs to ("Greens - 96 seats, 28.4% of votes"); else a name
/// it is said to be for ("about 90 seats for the Green Party"). Not a day or month, and not in a
/// headline, where every word is capitalised.
fn holder(doc: &Doc, parts: &SentenceParts, c0: usize, first: usize, last: usize) -> Option<String> {
    if parts.headline {
        return None;
    }
    let s = parts.s;
    // "A, B and C each won four seats", "four seats each": the figure is every one's, no one's alone
    let each = |k: usize| k < doc.tokens().len() && doc.lower_of(&doc.tokens()[k]) == "each";
    if (first.saturating_sub(3).max(c0)..first).any(each) || (last + 1..=last + 3).any(each) {
        return None;
    }
    let start = doc.sentences()[s].tokens().start;
    let end = doc.sentences()[s].tokens().end;
    // (a name's suffix written in lower case belongs to it: "the Reform party"; a letter glued to a
    // number is a code, not a name: "Q3", "G7")
    // (the word's text only once a class asks for it)
    let name = |k: usize| {
        let w = || doc.lower_of(&doc.tokens()[k]);
        doc.class(k) == Class::Name
            && !code(doc, k)
            && !crossread_text::lexicon::DAYS.contains_key(w())
            && !crossread_text::lexicon::MONTHS.contains_key(w())
            || k > start && doc.class(k - 1) == Class::Name && crossread_text::lexicon::NAME_SUFFIXES.contains(w())
    };
    // a capitalised first word of the sentence starts a name too ("Sinn Fein", "Green - 4 seats")
    let capital_start = |k: usize| {
        k == start
            && matches!(doc.class(k), Class::Word | Class::Name)
            && doc.text_of(&doc.tokens()[k]).starts_with(char::is_uppercase)
    };
    // the words of a name, lower case, without a possessive ending
    let words = |r: std::ops::Range<usize>| {
        r.map(|i| crossread_text::strip_possessive(doc.lower_of(&doc.tokens()[i]))).collect::<Vec<_>>().join(" ")
    };
    // a possessor before the name is not part of it: "Ola Dane's Reform Union"
    let run_before = |k: usize| {
        let mut a = k;
        while a > start
            && (name(a - 1) || capital_start(a - 1))
            && !crossread_text::is_possessive(doc.lower_of(&doc.tokens()[a - 1]))
        {
            a -= 1;
        }
        words(a..k + 1)
    };
    // (a hyphen glued to the words on both sides joins them into one: "Factsheet-Over 90")
    let glued = |k: usize| {
        let t = doc.tokens();
        k > 0 && k + 1 < t.len() && !t[k].space_before() && !t[k + 1].space_before()
    };
    let dash = |k: usize| {
        matches!(doc.text_of(&doc.tokens()[k]), "-" | "\u{2013}" | "\u{2014}" | ":")
            && !(doc.text_of(&doc.tokens()[k]) == "-" && glued(k))
    };
    // (the WordNet look-up only for a verb)
    let holding = |k: usize| {
        verb(doc, k) && {
            let w = doc.lower_of(&doc.tokens()[k]);
            let lemma = crossread_text::wordnet::lemma_as(w, Pos::Verb);
            crossread_text::lexicon::HOLDING_VERBS.contains(lemma.as_deref().unwrap_or(w))
        } || matches!(doc.class(k), Class::Aux)
    };
    // a name just before the figure at `at`, bridged by at most two words of having or linking
    let direct = |at: usize, c0: usize| {
        let mut k = at;
        let mut between = 0;
        // a short form in brackets after the name: "the Civic Union (CU) 10"
        let text = |k: usize| doc.text_of(&doc.tokens()[k]);
        if k >= start + 4 && text(k - 1) == ")" && text(k - 3) == "(" && name(k - 4) {
            return Some(run_before(k - 4));
        }
        while k > c0 {
            k -= 1;
            if name(k) {
                // a name right after a verb is its object, not the figure's holder ("pay Halden £4m")
                let mut a = k;
                while a > start && name(a - 1) {
                    a -= 1;
                }
                if a > start && verb(doc, a - 1) {
                    return None;
                }
                return Some(run_before(k));
            }
            // "the Greens won 96", "the Liberals on 58", "Greens - 96 seats", "Civic Union: 5"
            // (a row's label may be any capitalised word: "Others - 11 seats", "Independents: 4")
            let label = |j: usize| j == start && doc.text_of(&doc.tokens()[j]).starts_with(char::is_uppercase);
            if dash(k) && k > start && (capital_start(k - 1) || label(k - 1)) {
                return Some(run_before(k - 1));
            }
            // a plural possessive right before the figure, its apostrophe a token of its own: "the
            // Greens' 12% vote share"
            let apostrophe = matches!(text(k), "'" | "\u{2019}") && !doc.tokens()[k].space_before();
            if between == 0
                && apostrophe
                && k > start
                && name(k - 1)
                && doc.lower_of(&doc.tokens()[k - 1]).ends_with('s')
            {
                return Some(run_before(k - 1));
            }
            let bridge = holding(k) || dash(k) || matches!(doc.class(k), Class::Prep | Class::Det);
            between += 1;
            if !bridge || between > 2 {
                return None;
            }
        }
        None
    };
    if let Some(h) = direct(first, c0) {
        return Some(h);
    }
    // "the £90m Halden paid Orla for Jon Brek": what a relative clause after the figure says it
    // paid for
    if let Some(h) = paid_for(doc, last + 1, end, &name, &holding, &words) {
        return Some(h);
    }
    // a sibling figure's name: the figure one back, within a dozen words; not for a whole after its
    // part ("96 of 180 seats", "95 out of the 180")
    let before = |k: usize| (k > start).then(|| doc.lower_of(&doc.tokens()[k - 1]));
    let mut w = first;
    while w > start && matches!(before(w), Some("the" | "a" | "total" | "of" | "out")) {
        // (a share "of 31%" after a noun is no whole: "a vote share of 31%")
        if before(w) == Some("of") {
            let part = w >= start + 2 && (doc.class(w - 2) == Class::Number || before(w - 1) == Some("out"));
            if part || w < start + 2 || !noun(doc, w - 2) {
                return None;
            }
            break;
        }
        w -= 1;
    }
    let mut k = first;
    while k > start && first - k < 12 {
        k -= 1;
        if name(k) {
            break;
        }
        if doc.class(k) == Class::Number {
            let mut p = k;
            while p > start && doc.class(p - 1) == Class::Number {
                p -= 1;
            }
            if let Some(h) = direct(p, clause_of(doc, parts, p).0) {
                return Some(h);
            }
            break;
        }
    }
    // "with 71 seats": having it, said of the clause's subject; "With 96 seats, the Greens ..." before
    // it, or "the Liberals recorded their best night, with 9 seats" after it
    let mut w = first;
    let small = |k: usize| {
        matches!(doc.class(k), Class::Det)
            || doc.pos(k) == Some(Pos::Adv)
            || subject::BEFORE_FIGURE.contains(&doc.lower_of(&doc.tokens()[k]))
    };
    while w > start && small(w - 1) {
        w -= 1;
    }
    // "with a poll share of only 31%": what it has is named before an "of"
    if w > start + 1 && doc.lower_of(&doc.tokens()[w - 1]) == "of" && noun(doc, w - 2) {
        let mut k = w - 2;
        while k > start && (noun(doc, k - 1) || doc.pos(k - 1) == Some(Pos::Adj) || small(k - 1)) {
            k -= 1;
        }
        if k > start && doc.lower_of(&doc.tokens()[k - 1]) == "with" {
            w = k;
        }
    }
    // "with 80 results declared, ...": an absolute phrase, said of no one
    let mut a = last + 1;
    while a < end && a <= last + 3 && noun(doc, a) {
        a += 1;
    }
    let absolute = a < end && verb(doc, a) && doc.lower_of(&doc.tokens()[a]).ends_with("ed");
    if w > start && doc.lower_of(&doc.tokens()[w - 1]) == "with" && !absolute {
        let names_from = |k: usize| {
            let mut k = k;
            while k < end && doc.class(k) == Class::Det {
                k += 1;
            }
            let mut b = k;
            while b < end && name(b) {
                // a possessor's name is not the subject's: "Ardent's Halvorsen Group"
                if crossread_text::is_possessive(doc.lower_of(&doc.tokens()[b])) {
                    k = b + 1;
                }
                b += 1;
            }
            (b > k).then(|| words(k..b))
        };
        if w - 1 == start {
            // the phrase may run on ("With 96 seats, or 12 more than last time, the Greens ...")
            let commas = (last + 1..end).filter(|&k| doc.text_of(&doc.tokens()[k]) == ",").take(3);
            if let Some(h) = commas.filter_map(|c| names_from(c + 1)).next() {
                return Some(h);
            }
        } else {
            // the subject of its clause: the nearest name before "with" in it ("..., and the Greens
            // finished with 10 seats"), else the sentence's opening subject
            let (c0w, _, _) = clause_of(doc, parts, w - 1);
            // (not a place: "won his seat in North Vale with 50%")
            let mut near = None;
            let mut k = w - 1;
            while k > c0w {
                k -= 1;
                if !name(k) {
                    continue;
                }
                let mut a = k;
                while a > c0w && name(a - 1) {
                    a -= 1;
                }
                let place =
                    a > c0w && crossread_text::lexicon::PLACE_PREPOSITIONS.contains(doc.lower_of(&doc.tokens()[a - 1]));
                if !place {
                    near = Some(a);
                    break;
                }
                k = a;
            }
            // else the subject of an earlier clause: a name with its verb right after it ("Labour has
            // won 411 seats - 63% of them - with a vote share of 34%")
            let mut k = c0w;
            while near.is_none() && k > start {
                k -= 1;
                let next = k + 1 < end && (verb(doc, k + 1) || matches!(doc.class(k + 1), Class::Aux));
                if name(k) && next {
                    let mut a = k;
                    while a > start && name(a - 1) {
                        a -= 1;
                    }
                    let place = a > start
                        && crossread_text::lexicon::PLACE_PREPOSITIONS.contains(doc.lower_of(&doc.tokens()[a - 1]));
                    if !place {
                        near = Some(a);
                    }
                }
            }
            let h = match near {
                Some(a) => names_from(a),
                // (or the name it opens on as its topic: "For the Greens, it was a rout, with 10 seats")
                None => {
                    names_from(start).or_else(|| subject::opening_name(doc, s)).or_else(|| subject::topic_name(doc, s))
                }
            };
            if h.is_some() {
                return h;
            }
        }
    }
    // "about 90 seats for the Green Party"
    let mut k = last + 1;
    while k < end && k <= last + 3 && doc.class(k) == Class::Word && noun(doc, k) {
        k += 1;
    }
    if k < end && doc.lower_of(&doc.tokens()[k]) == "for" {
        k += 1;
        while k < end && doc.class(k) == Class::Det {
            k += 1;
        }
        if k < end && name(k) {
            let mut b = k;
            while b + 1 < end && name(b + 1) {
                b += 1;
            }
            return Some(words(k..b + 1));
        }
    }
    // "the Greens only won 4", "the Liberals led by Ola Dane are tipped to win 61"
    if let Some(h) = subject::holding_subject(doc, c0, first, &name, &holding) {
        return Some(holder_run(doc, h));
    }
    // "they took as few as 9", "their seats fell to 11"
    subject::pronoun_holder(doc, s, first, |k| verb(doc, k)).or_else(|| possessor_of_subject(doc, c0, first, &name))
}

/// The name whose thing is the subject of the verb a figure follows: "the Greens' vote share rose
/// by 2 points to 31%", "Vale's turnout fell to 58%". The verb is the nearest before the figure in
/// its clause (before a change's "by" for the level it ends at); the subject runs back from it over
/// adverbs, nouns and adjectives to a possessive name.
fn possessor_of_subject(doc: &Doc, c0: usize, first: usize, name: &impl Fn(usize) -> bool) -> Option<String> {
    let lower = |k: usize| doc.lower_of(&doc.tokens()[k]);
    let from = (first > c0 + 1 && lower(first - 1) == "to")
        .then(|| (first.saturating_sub(8).max(c0)..first - 1).rev().find(|&k| lower(k) == "by"))
        .flatten()
        .unwrap_or(first);
    let mut v = from;
    loop {
        if v <= c0 {
            return None;
        }
        v -= 1;
        if verb(doc, v) {
            break;
        }
        if !matches!(doc.class(v), Class::Det | Class::Prep | Class::Number | Class::Word) || name(v) {
            return None;
        }
    }
    let mut k = v;
    while k > c0 && (matches!(doc.class(k - 1), Class::Aux) || doc.pos(k - 1) == Some(Pos::Adv)) {
        k -= 1;
    }
    let head = k;
    while k > c0 && doc.class(k - 1) == Class::Word && (noun(doc, k - 1) || doc.pos(k - 1) == Some(Pos::Adj)) {
        k -= 1;
    }
    if k == head {
        return None;
    }
    // "the Greens'": the apostrophe may stand as a token of its own
    if k > c0 + 1 && matches!(doc.text_of(&doc.tokens()[k - 1]), "'" | "\u{2019}") && lower(k - 2).ends_with('s') {
        k -= 1;
    } else if k == c0 || !crossread_text::is_possessive(lower(k - 1)) {
        return None;
    }
    if k == c0 || !name(k - 1) {
        return None;
    }
    let p = k - 1;
    let mut a = p;
    while a > c0 && name(a - 1) && !crossread_text::is_possessive(lower(a - 1)) {
        a -= 1;
    }
    Some(holder_run(doc, a..p + 1))
}

/// The words of the name run `r`, lower case, without possessive endings.
fn holder_run(doc: &Doc, r: std::ops::Range<usize>) -> String {
    r.map(|i| crossread_text::strip_possessive(doc.lower_of(&doc.tokens()[i]))).collect::<Vec<_>>().join(" ")
}

/// The name a relative clause right after a figure says the figure was given for: "[that] NAME
/// paid [NAME] for NAME", "[which] NAME spent to sign [a role] NAME".
fn paid_for(
    doc: &Doc,
    from: usize,
    end: usize,
    name: &impl Fn(usize) -> bool,
    holding: &impl Fn(usize) -> bool,
    words: &impl Fn(std::ops::Range<usize>) -> String,
) -> Option<String> {
    let lower = |k: usize| doc.lower_of(&doc.tokens()[k]);
    let mut k = from;
    if k < end && matches!(lower(k), "that" | "which") {
        k += 1;
    }
    // the payer, then a verb of paying or taking
    let payer = k;
    while k < end && name(k) {
        k += 1;
    }
    if k == payer || k >= end || !holding(k) || doc.class(k) == Class::Aux {
        return None;
    }
    k += 1;
    while k < end && name(k) {
        k += 1;
    }
    // "for NAME", "to sign NAME", with a few words of description between
    match (k < end).then(|| lower(k)) {
        Some("for") => k += 1,
        Some("to") if k + 1 < end && crossread_text::wordnet::lemma_as(lower(k + 1), Pos::Verb).is_some() => k += 2,
        _ => return None,
    }
    // the last name before the phrase ends ("Tarn midfielder Ola Dane")
    let limit = (k + 6).min(end);
    let mut found = None;
    while k < limit {
        if name(k) {
            let a = k;
            while k < end && name(k) {
                k += 1;
            }
            found = Some(a..k);
            continue;
        }
        if !matches!(doc.class(k), Class::Word | Class::Det) {
            break;
        }
        k += 1;
    }
    found.map(words)
}

#[cfg(test)]
pub(crate) mod tests;
