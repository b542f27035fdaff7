//! Coarse word classes: enough grammar to find phrases, clauses and who says what. Closed classes
//! come from the `function_words` lexicon; open-class words are `Word` until WordNet is asked
//! ([`crate::Doc::pos`]). Classes are worked out when asked ([`crate::Doc::class`]).

use crate::lexicon::FUNCTION_WORDS;

/// What part a token plays, coarsely.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Class {
    /// Not known.
    #[default]
    Other,
    /// Written in digits.
    Number,
    /// Punctuation or another symbol.
    Punct,
    /// A capitalised word inside a sentence, or an acronym: a name or part of one.
    Name,
    /// A determiner or possessive ("the", "their").
    Det,
    /// A pronoun ("they", "who").
    Pron,
    /// A preposition ("in", "of").
    Prep,
    /// A conjunction or subordinator ("and", "because").
    Conj,
    /// An auxiliary or modal verb ("was", "have", "could").
    Aux,
    /// An open-class word: a noun, verb, adjective or adverb.
    Word,
}

impl Class {
    /// A code from 1 for each class, to keep in a [`crate::memo::Memo`].
    pub(crate) fn code(self) -> u8 {
        match self {
            Class::Other => 1,
            Class::Number => 2,
            Class::Punct => 3,
            Class::Name => 4,
            Class::Det => 5,
            Class::Pron => 6,
            Class::Prep => 7,
            Class::Conj => 8,
            Class::Aux => 9,
            Class::Word => 10,
        }
    }

    /// The class of a code from [`Class::code`].
    pub(crate) fn from_code(code: u8) -> Class {
        match code {
            2 => Class::Number,
            3 => Class::Punct,
            4 => Class::Name,
            5 => Class::Det,
            6 => Class::Pron,
            7 => Class::Prep,
            8 => Class::Conj,
            9 => Class::Aux,
            10 => Class::Word,
            _ => Class::Other,
        }
    }

    /// The class of a word token: `lower` is its lower-case form, `raw` as written, `first` true for
    /// the first word of its sentence (where a capital says nothing).
    pub(crate) fn of_word(lower: &str, raw: &str, first: bool) -> Class {
        if let Some(c) = FUNCTION_WORDS.get(lower) {
            return match *c {
                "det" => Class::Det,
                "pron" => Class::Pron,
                "prep" => Class::Prep,
                "conj" => Class::Conj,
                _ => Class::Aux,
            };
        }
        let mut chars = raw.chars();
        let capital = chars.next().is_some_and(char::is_uppercase);
        let acronym = raw.len() >= 2 && raw.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
        if acronym || capital && !first {
            Class::Name
        } else {
            Class::Word
        }
    }
}
