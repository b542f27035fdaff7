//! The text layer: each report is read once into a [`Doc`] (its sentences and tokens, every token
//! with its lower-case form, lemma and word class; its quotes) that the figure reader, attribution
//! and reconciliation all share, so no later stage splits raw text again. The lexicons (every word
//! list the readers use) live here too.
//!
//! ```
//! use crossread_text::Doc;
//! let text = "Twelve people died. Officials said 1,000 sq km was taken.";
//! let doc = Doc::new(text, crossread_model::Span::new(0, text.len()));
//! assert_eq!(doc.sentences().len(), 2);
//! let words: Vec<&str> = doc.sentence_tokens(1).iter().map(|t| doc.text_of(t)).collect();
//! assert_eq!(words, ["Officials", "said", "1,000", "sq", "km", "was", "taken", "."]);
//! ```

mod class;
mod doc;
mod fold;
pub mod lexicon;
mod memo;
mod phrases;
mod quotes;
mod sentences;
mod tokens;
pub mod wordnet;
mod words;

pub use class::Class;
pub use doc::{Doc, Sentence};
pub use fold::{fold, fold_cow, is_possessive, strip_possessive};
pub use phrases::{Clause, ClauseKind, Phrase};
pub use quotes::{find_quotes, Quote};
pub use sentences::{split_sentences, MAX_SENTENCE};
pub use tokens::{tokenize_into, Kind, Token};
pub use words::{PlainReading, Word, WordKind, Words};
