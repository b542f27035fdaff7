//! Counts of people killed or hurt written without a number: what their words say happened, and
//! which of them name one known person (one of a toll, not a toll of its own).

use crate::features;
use crossread_model::{Approx, Figure};
use crossread_text::lexicon as lx;
use crossread_text::{Doc, Kind};

/// What the words of a harm cue say happened: "killed" when any word says a death ("fatally
/// shot"), else "injured" when one says a wound, else "shot" (shot, and not said to have died).
pub(crate) fn harm_concept(cue: &str) -> Option<&'static str> {
    let concepts: Vec<&'static str> =
        cue.split(|c: char| !c.is_alphanumeric()).filter_map(|w| features::concept_of(&w.to_lowercase())).collect();
    ["killed", "injured", "shot"].into_iter().find(|c| concepts.contains(c))
}

/// True when a figure names one known person who was killed or hurt ("he", "Darin Smith", "the
/// man"): one of the people a toll counts, not a toll of its own.
pub(crate) fn member(f: &Figure) -> bool {
    f.implied.is_some() && f.approx == Approx::AtLeast
}

/// What a report tells of harm, read in one pass over its words: whether it has a word that says
/// someone died ("killed", "died", "fatal": the harm lexicon's words, not every word of the killed
/// concept, "who lives across the street", "toll road"), and, unless `self_killing_known`, whether
/// it tells of someone who killed themselves ("turned the gun on himself", "a murder-suicide", "a
/// self-inflicted wound": a count of the dead may then include the gunman or leave them out).
pub(crate) fn tells_of(doc: &Doc, self_killing_known: bool) -> Told {
    let toks = doc.tokens();
    let mut told = Told { death: false, self_killing: false };
    let mut look_for_self_killing = !self_killing_known;
    for s in doc.sentences() {
        // a word of harm or a gun so far in the sentence
        let mut harm = false;
        // every word the lists hold starts with a letter, as only a word token does
        for t in &toks[s.tokens()] {
            if t.kind() != Kind::Word {
                continue;
            }
            let w = doc.lower_of(t);
            let harm_word = lx::HARM_WORDS.get(w);
            told.death |= harm_word.is_some_and(|(what, _)| *what == "killed");
            if look_for_self_killing {
                // a reflexive after a word of harm or a gun in its sentence: "shot his wife and then himself"
                if lx::SELF_KILLING_WORDS.contains(w) || harm && lx::REFLEXIVE_PERSONS.contains(w) {
                    told.self_killing = true;
                    look_for_self_killing = false;
                }
                harm = harm || harm_word.is_some() || w == "gun" || w == "shot";
            }
            if told.death && !look_for_self_killing {
                return told;
            }
        }
    }
    told
}

/// What a report tells of harm (see [`tells_of`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Told {
    /// A word says someone died.
    pub(crate) death: bool,
    /// Someone killed themselves (false when not looked for).
    pub(crate) self_killing: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn told(text: &str, self_killing_known: bool) -> Told {
        tells_of(&Doc::new(text, crossread_model::Span::new(0, text.len())), self_killing_known)
    }

    #[test]
    fn one_pass_tells_of_death_and_of_self_killing() {
        let t = told("Two guards were killed at the Vesk depot on Friday.", false);
        assert_eq!(t, Told { death: true, self_killing: false });
        // a reflexive after a gun in its sentence, and a death in another sentence
        let t = told("The man shot his neighbour and then himself. Police said 3 people died.", false);
        assert_eq!(t, Told { death: true, self_killing: true });
        // a reflexive with no harm before it in its sentence tells of nothing
        let t = told("The mayor blamed himself. 12 homes were flooded.", false);
        assert_eq!(t, Told { death: false, self_killing: false });
        // a self-killing already known is not looked for again
        let t = told("Officers called it a murder-suicide; 4 died.", true);
        assert_eq!(t, Told { death: true, self_killing: false });
        assert!(told("Officers called it a murder-suicide; 4 were hurt.", false).self_killing);
    }
}
