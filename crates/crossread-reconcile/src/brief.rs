//! The brief: what the reconcile stage hands to the renderers.

use crossread_model::{Approx, Span, Unit, Value};
use serde::Serialize;

/// The reconciled view of a story.
#[derive(Clone, Debug, Serialize)]
pub struct Brief {
    /// The reports, in input order.
    pub articles: Vec<Article>,
    /// One per question the reports answer, most widely reported first.
    pub facts: Vec<Fact>,
    /// Figures wrong on their face.
    pub issues: Vec<Issue>,
}

/// One report of the story.
#[derive(Clone, Debug, Serialize)]
pub struct Article {
    /// The input file's stem.
    pub id: String,
    /// Publisher name.
    pub outlet: String,
    /// Headline, when known.
    pub title: Option<String>,
    /// Publication date (`YYYY-MM-DD`), when known.
    pub date: Option<String>,
    /// The input file.
    pub path: String,
    /// The page's address, for a report read from a web page, feed item or archive record.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The record inside the input (`line 3`, `record 2 <urn:uuid:...>`), when the input holds several.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
}

/// Whether the reports agree on a fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Every claim gives the same value, conversions and rounding allowed.
    Agreed,
    /// Reports give materially different values.
    Differs,
    /// One report only.
    Single,
}

/// One question the reports answer, with every claim made about it.
#[derive(Clone, Debug, Serialize)]
pub struct Fact {
    /// What is measured ("people killed", "area under control").
    pub label: String,
    /// The unit of the claims' values.
    pub unit: Unit,
    /// Agreement.
    pub status: Status,
    /// True when the claims differ and later reports give the later values: an update, not a dispute.
    pub updated: bool,
    /// Ids of the articles that carry the fact.
    pub outlets: Vec<String>,
    /// Claims, in time order when dates are known.
    pub claims: Vec<Claim>,
}

/// One value, from one claimant.
#[derive(Clone, Debug, Serialize)]
pub struct Claim {
    /// The value in the fact's unit.
    pub value: Value,
    /// The fact's unit.
    pub unit: Unit,
    /// How exact the claim is.
    pub approx: Approx,
    /// Who the reports say the figure comes from, or null for the outlet's own voice.
    pub claimant: Option<String>,
    /// Where the claim is made.
    pub mentions: Vec<Mention>,
}

/// A figure at its place in a report.
#[derive(Clone, Debug, Serialize)]
pub struct Mention {
    /// Article id.
    pub article: String,
    /// First byte in the report's text (the input file itself for plain text).
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The bytes between.
    pub text: String,
    /// The value as written, in its own unit.
    pub value: Value,
    /// Its own unit.
    pub unit: Unit,
    /// For a report read out of a page, feed, JSON or WARC record: the first byte of the input file
    /// where the mention's characters stand.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_start: Option<usize>,
    /// One past the last such byte.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_end: Option<usize>,
}

impl Mention {
    /// The span of the mention.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// The kinds of fault a figure can show on its face.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueKind {
    /// A conversion whose unit is not the one the writer meant ("386m2" for 386 square miles).
    UnitMismatch,
    /// A conversion that does not match what it converts ("12 kilometres (12 miles)").
    ConversionMismatch,
    /// Parts that do not add up to the total beside them.
    SumMismatch,
    /// Two answers one report gives one question that cannot both hold.
    Contradiction,
    /// A figure mistyped on its face: a decimal comma, a scale word without its number.
    Typo,
    /// A share that its own count and whole do not give.
    ShareMismatch,
}

impl IssueKind {
    /// The name written in output (`unit_mismatch`).
    pub fn as_str(self) -> &'static str {
        match self {
            IssueKind::UnitMismatch => "unit_mismatch",
            IssueKind::ConversionMismatch => "conversion_mismatch",
            IssueKind::SumMismatch => "sum_mismatch",
            IssueKind::Contradiction => "contradiction",
            IssueKind::Typo => "typo",
            IssueKind::ShareMismatch => "share_mismatch",
        }
    }
}

impl std::fmt::Display for IssueKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for IssueKind {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// A figure wrong on its face.
#[derive(Clone, Debug, Serialize)]
pub struct Issue {
    /// Article id.
    pub article: String,
    /// First byte in the input file.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The figure as written.
    pub text: String,
    /// What kind of fault.
    pub kind: IssueKind,
    /// What is wrong, in a sentence.
    pub message: String,
}
