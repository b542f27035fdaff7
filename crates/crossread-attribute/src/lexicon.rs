//! Attribution's view of the lexicons: the lists live in `crossread_text::lexicon` (one documented
//! file each under `crates/crossread-text/lexicon/`), named here as attribution reads them.

pub(crate) use crossread_text::lexicon::{
    Has, BE_FORMS, DOCUMENT_MODIFIERS as DOC_MODS, DOCUMENT_NOUNS as DOC_NOUNS, GENERIC_NAME_WORDS, MONTHS,
    NAME_FILLERS, NEVER_NAMES as NEVER_NAME, ORGANISATION_MODIFIERS, ORGANISATION_WORDS as ORG_WORDS, OUTLET_WORDS,
    PERSON_ROLES, ROLE_HEADS, ROLE_MODIFIERS as ROLE_MODS, SKIP_BEFORE_SPEECH_VERB as SKIP_BEFORE_VERB,
    SPEECH_PARTICIPLES as PARTICIPLES, SPEECH_VERBS, TITLES, WEAK_SPEECH_VERBS as WEAK_VERBS,
};

/// Days as attribution reads them: weekdays and the weekend ("On Monday officials said").
pub(crate) struct Days;

/// Weekdays and the weekend.
pub(crate) static DAYS: Days = Days;

impl Has for Days {
    fn has(&self, w: &str) -> bool {
        crossread_text::lexicon::is_weekday(w)
    }
}

/// True when `list` holds `w`.
pub(crate) fn is(list: &impl Has, w: &str) -> bool {
    list.has(w)
}
