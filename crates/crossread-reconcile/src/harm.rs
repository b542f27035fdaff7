//! Counts of people killed or hurt written without a number: what their words say happened, and
//! which of them name one known person (one of a toll, not a toll of its own).

use crate::features;
use crossread_model::{Approx, Figure};
use crossread_text::lexicon as lx;
use crossread_text::Doc;

/// What the words of a harm cue say happened: "killed" when any word says a death ("fatally
/// shot"), else "injured" when one says a wound, else "shot" (shot, and not said to have died).
pub(crate) fn harm_concept(cue: &str) -> Option<&'static str> {
    let concepts: Vec<&'static str> =
        cue.split(|c: char| !c.is_alphanumeric()).filter_map(|w| features::concept_of(&w.to_lowercase())).collect();
    ["killed", "injured", "shot"].into_iter().find(|c| concepts.contains(c))
}

/// True when a report has a word that says someone died ("killed", "died", "fatal"): the harm
/// lexicon's words, not every word of the killed concept ("who lives across the street", "toll road").
pub(crate) fn tells_of_death(doc: &Doc) -> bool {
    doc.tokens().iter().any(|t| lx::HARM_WORDS.get(doc.lower_of(t)).is_some_and(|(what, _)| *what == "killed"))
}

/// True when a figure names one known person who was killed or hurt ("he", "Darin Smith", "the
/// man"): one of the people a toll counts, not a toll of its own.
pub(crate) fn member(f: &Figure) -> bool {
    f.implied.is_some() && f.approx == Approx::AtLeast
}

/// True when a report tells of someone who killed themselves ("turned the gun on himself", "a
/// murder-suicide", "a self-inflicted wound"): a count of the dead may then include the gunman or
/// leave them out.
pub(crate) fn tells_of_self_killing(doc: &Doc) -> bool {
    let toks = doc.tokens();
    doc.sentences().iter().any(|s| {
        let r = s.tokens();
        let mut harm = false;
        for k in r {
            let w = doc.lower_of(&toks[k]);
            if lx::SELF_KILLING_WORDS.contains(w) {
                return true;
            }
            // a reflexive after a word of harm or a gun in its sentence: "shot his wife and then himself"
            if harm && lx::REFLEXIVE_PERSONS.contains(w) {
                return true;
            }
            harm |= lx::HARM_WORDS.get(w).is_some() || w == "gun" || w == "shot";
        }
        false
    })
}
