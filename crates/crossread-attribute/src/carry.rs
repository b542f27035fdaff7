//! What a sentence takes from the sentences around it when it names no source of its own: the body
//! a tally began with, and the body "the company" stands for.

use crate::attribute::{claimant_of, Resolved, Window};
use crate::np::{looks_like_person, Np};
use crate::text::{fold_cow, Class};
use crate::Claimant;
use crossread_figures::Reading;
use crossread_model::{Figure, Span};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// How many sentences back "the company" may reach for the body it stands for.
const BODY_REACH: usize = 3;

/// The nearest name before token `before` of sentence `si` that names a body, not a person, a day
/// or a place, outside headlines: what "the company" or "the firm" stands for when no name carries that word.
pub(crate) fn nearest_body_name(
    sentences: &Window,
    si: usize,
    before: usize,
    persons: &HashSet<String>,
) -> Option<Claimant> {
    use crossread_text::lexicon::{Has, MONTHS, PLACE_PREPOSITIONS};
    use crossread_text::wordnet::Pos;
    // a headline capitalises its common nouns too ("Layoff Of 11,000 Workers")
    let plain_case = |i: &usize| *i < sentences.len() && !sentences.doc.is_headline_case(*i);
    for i in (si.saturating_sub(BODY_REACH)..=si).rev().filter(plain_case) {
        let s = sentences.get(i);
        let mut k = if i == si { before.min(s.len()) } else { s.len() };
        while k > 0 {
            k -= 1;
            if s.class(k) != Class::Name {
                continue;
            }
            let b = k;
            // a possessive ends the name before it ("Vesk Air's Nordic arm")
            while k > 0 && s.class(k - 1) == Class::Name && !crate::text::is_possessive(s.word(k - 1)) {
                k -= 1;
            }
            let np = Np { a: k, b };
            if k == b && crate::names::is_demonym(&fold_cow(s.stem(k))) {
                continue;
            }
            let folded = |j: usize| fold_cow(crate::text::strip_possessive(s.stem(j)));
            let no_date =
                (k..=b).all(|j| !crate::lexicon::is(&crate::lexicon::DAYS, &folded(j)) && !MONTHS.has(&folded(j)));
            let common_noun = |j: usize| crossread_text::wordnet::lemma_as(&folded(j), Pos::Noun).is_some();
            let body = if k < b {
                // "Orlan Systems", "Brevik Foods": a body's name often ends in a common noun
                common_noun(b) || !looks_like_person(s, np)
            } else {
                // a bare surname named before is a person; a capitalised common word opens a sentence
                !(persons.contains(&*folded(k)) || k == 0 && common_noun(k))
            };
            // "in Vesk", "from Orla": a place ("of" also opens a body's name: "the fate of Vesk Air")
            let after_place_word = k > 0 && s.lw(k - 1) != "of" && PLACE_PREPOSITIONS.has(s.lw(k - 1));
            if no_date && body && !after_place_word {
                let mut c = claimant_of(s, np);
                let bare = crate::text::strip_possessive(&c.name).len();
                c.span = Span::new(c.span.start, c.span.start + bare);
                c.name.truncate(bare);
                return Some(c);
            }
        }
    }
    None
}

/// A tally a body gives over several sentences ("Party A won 40 seats, the Vesk Electoral Board
/// says. Party B has 30 seats and ..."): a sentence with no cue of its own that goes on, in the same
/// paragraph, with figures of the kind the sentence before attributed to a body (not a person)
/// carries that body as its source.
pub(crate) fn carry_tally_source(
    text: &str,
    reading: &Reading,
    resolved: &[Vec<Resolved>],
    bare: &[bool],
    person_at: &HashMap<Span, bool>,
    out: &mut [Option<Claimant>],
) {
    let sents = reading.sentences();
    let figs = &reading.figures;
    // figures are in text order: those of one sentence are one run of the list
    let mut i = 0;
    let mut prev: Option<(usize, usize, usize)> = None; // (sentence, first figure, end)
    while i < figs.len() {
        let si = figs[i].sentence;
        let mut j = i;
        while j < figs.len() && figs[j].sentence == si {
            j += 1;
        }
        if let Some((ps, pa, pb)) = prev {
            let same_paragraph = ps + 1 == si
                && sents
                    .get(ps)
                    .zip(sents.get(si))
                    .and_then(|(a, b)| text.get(a.span.end..b.span.start))
                    .is_some_and(|gap| !gap.contains('\n'));
            let no_cue = resolved.get(si).is_some_and(Vec::is_empty);
            // the sentence before: every figure from one body
            let source = out[pa].clone().filter(|c| {
                person_at.get(&c.span) == Some(&false) && out[pa..pb].iter().all(|o| o.as_ref() == Some(c))
            });
            if let (true, true, Some(c)) = (same_paragraph, no_cue, source) {
                let kind = |f: &Figure| (f.unit, f.unit.is_count().then(|| f.counted.as_deref().map(singular_lower)));
                let goes_on = figs[i..j].iter().any(|f| {
                    figs[pa..pb].iter().any(|g| f.unit == g.unit && (!f.unit.is_count() || kind(f) == kind(g)))
                });
                if goes_on {
                    for k in i..j {
                        if bare[k] && out[k].is_none() {
                            out[k] = Some(c.clone());
                        }
                    }
                }
            }
        }
        prev = Some((si, i, j));
        i = j;
    }
}

fn singular_lower(c: &str) -> String {
    crossread_figures::singular(&c.to_lowercase())
}
