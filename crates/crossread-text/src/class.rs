//! Coarse word classes: enough grammar to find phrases, clauses and who says what.

/// What part a token plays, coarsely.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Class {
    /// Not known.
    #[default]
    Other = 0,
    /// Written in digits.
    Number,
    /// Punctuation or another symbol.
    Punct,
    /// A capitalised word inside a sentence, or an acronym: a name or part of one.
    Name,
}

impl Class {
    pub(crate) fn from_u8(v: u8) -> Class {
        match v {
            1 => Class::Number,
            2 => Class::Punct,
            3 => Class::Name,
            _ => Class::Other,
        }
    }
}
