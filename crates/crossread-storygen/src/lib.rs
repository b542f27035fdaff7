//! Made-up stories for property tests and fuzzing.
//!
//! [`story`] turns unstructured bytes (from a fuzzer, a property test or a seeded generator) into
//! several reports of one invented event: figures written every way news writes them (digits,
//! words, ranges, vague amounts, units glued, spaced or hyphenated, currencies and scales,
//! qualifiers, conversions in brackets), claimants, quotes, dates in front matter and in the text,
//! and odd bytes. [`check`] runs the whole pipeline on a story and says what broke: a panic is left
//! to the caller to catch; a span that does not slice its text, a value that is not finite, or
//! output that does not serialise comes back as an error.

mod words;

use arbitrary::{Result, Unstructured};
use crossread_model::{Report, Span};
use std::fmt::Write as _;
use std::path::Path;
use words::*;

/// Several reports of one made-up event, as the bytes of their files and the reports ingest made.
#[derive(Debug, Default)]
pub struct Story {
    /// The files as written: name and bytes.
    pub files: Vec<(String, Vec<u8>)>,
    /// The reports ingest read from them (files it refused are left out).
    pub reports: Vec<Report>,
}

/// Builds a story from unstructured bytes.
pub fn story(u: &mut Unstructured) -> Result<Story> {
    let n = u.int_in_range(1..=12)?;
    // sometimes a story of many short reports of one toll, to give one fact many claims from dated
    // and undated reports
    let wire = u.ratio(1, 6)?;
    let n = if wire { u.int_in_range(15..=40)? } else { n };
    let mut out = Story::default();
    for i in 0..n {
        let name = format!("{:02}.txt", i + 1);
        let bytes = if wire { wire_bytes(u)? } else { report_bytes(u)? };
        if let Ok(r) = crossread_ingest::report_from_bytes(&format!("{:02}", i + 1), Path::new(&name), &bytes) {
            out.reports.push(r);
        }
        out.files.push((name, bytes));
    }
    Ok(out)
}

fn report_bytes(u: &mut Unstructured) -> Result<Vec<u8>> {
    let mut b: Vec<u8> = Vec::new();
    if u.ratio(1, 2)? {
        front_matter(u, &mut b)?;
    }
    let sentences = u.int_in_range(1..=14)?;
    let mut s = String::new();
    for _ in 0..sentences {
        s.clear();
        sentence(u, &mut s)?;
        b.extend_from_slice(s.as_bytes());
        if u.ratio(1, 12)? {
            b.extend_from_slice(u.choose(ODD_BYTES)?);
        }
        b.extend_from_slice(u.choose(&[" ", " ", "\n", "\n\n", "\r\n", "  "])?.as_bytes());
    }
    Ok(b)
}

/// A one-line report of the story's toll, dated or not.
fn wire_bytes(u: &mut Unstructured) -> Result<Vec<u8>> {
    let mut b: Vec<u8> = Vec::new();
    if u.ratio(1, 2)? {
        let _ = write!(Sink(&mut b), "---\ndate: 2025-03-{:02}\n---\n", u.int_in_range(1..=28)?);
    }
    let _ =
        writeln!(Sink(&mut b), "The flood killed {} people, {} said.", u.int_in_range(10..=60)?, u.choose(CLAIMANTS)?);
    Ok(b)
}

fn front_matter(u: &mut Unstructured, b: &mut Vec<u8>) -> Result<()> {
    b.extend_from_slice(b"---\n");
    if u.ratio(3, 4)? {
        let _ = writeln!(Sink(b), "outlet: {}", u.choose(OUTLETS)?);
    }
    if u.ratio(3, 4)? {
        let date = if u.ratio(9, 10)? {
            format!("2025-{:02}-{:02}", u.int_in_range(1..=12)?, u.int_in_range(1..=28)?)
        } else {
            u.choose(ODD_DATES)?.to_string()
        };
        let _ = writeln!(Sink(b), "date: {date}");
    }
    if u.ratio(1, 2)? {
        let _ = writeln!(Sink(b), "title: {} {} {}", u.choose(PLACES)?, u.choose(VERBS)?.0, u.choose(NOUNS)?);
    }
    if u.ratio(19, 20)? {
        b.extend_from_slice(b"---\n");
    }
    Ok(())
}

/// Appends one sentence with a figure or two.
fn sentence(u: &mut Unstructured, s: &mut String) -> Result<()> {
    match u.int_in_range(0..=9)? {
        0 => {
            // a headline
            let _ = write!(s, "{} ", u.choose(PLACES)?);
            figure(u, s)?;
            let _ = write!(s, " {}", u.choose(VERBS)?.0);
        }
        1 => {
            // a quote
            let (open, close) = u.choose(&[("\"", "\""), ("\u{201c}", "\u{201d}"), ("'", "'")])?;
            let _ = write!(s, "{open}We counted ");
            figure(u, s)?;
            let _ = write!(s, " {},{close} {} said.", u.choose(NOUNS)?, u.choose(CLAIMANTS)?);
        }
        2 => {
            // a table row
            let _ = write!(s, "{} ", u.choose(PLACES)?);
            number(u, s)?;
        }
        3 => {
            // a long run with no sentence end
            let n = u.int_in_range(50..=1500)?;
            for _ in 0..n {
                let _ = write!(s, "{} ", u.choose(FILLER)?);
                if u.ratio(1, 40)? {
                    figure(u, s)?;
                    s.push(' ');
                }
            }
        }
        4 => {
            // an update in one sentence
            let _ = write!(s, "The toll rose to ");
            figure(u, s)?;
            let _ = write!(s, ", up from ");
            number(u, s)?;
            let _ = write!(s, " on {}.", u.choose(DAYS)?);
        }
        5 => {
            // parts and a whole
            let _ = write!(s, "Of the ");
            number(u, s)?;
            let _ = write!(s, " {} {}, ", u.choose(NOUNS)?, u.choose(VERBS)?.0);
            number(u, s)?;
            let _ = write!(s, " were in {} and ", u.choose(PLACES)?);
            number(u, s)?;
            let _ = write!(s, " in {}.", u.choose(PLACES)?);
        }
        _ => {
            // "X said" around a figure
            let (verb, noun) = *u.choose(VERBS)?;
            let who = u.choose(CLAIMANTS)?;
            match u.int_in_range(0..=3)? {
                0 => {
                    let _ = write!(s, "{who} said ");
                    figure(u, s)?;
                    let _ = write!(s, " {noun} {verb} in {}.", u.choose(PLACES)?);
                }
                1 => {
                    let _ = write!(s, "According to {who}, ");
                    figure(u, s)?;
                    let _ = write!(s, " {noun} {verb}.");
                }
                2 => {
                    figure(u, s)?;
                    let _ = write!(s, " {noun} {verb} on {} {}, {who} said.", u.choose(DAYS)?, u.choose(DATES)?);
                }
                _ => {
                    let _ = write!(s, "In {}, ", u.choose(PLACES)?);
                    figure(u, s)?;
                    let _ = write!(s, " ({}) {verb}", u.choose(BRACKETED)?);
                    s.push(*u.choose(&['.', '!', '?', ';'])?);
                }
            }
        }
    }
    Ok(())
}

/// Appends a figure: a qualifier, a number, maybe a unit, a range or a conversion in brackets.
fn figure(u: &mut Unstructured, s: &mut String) -> Result<()> {
    if u.ratio(1, 3)? {
        let _ = write!(s, "{} ", u.choose(QUALIFIERS)?);
    }
    if u.ratio(1, 10)? {
        s.push_str(u.choose(VAGUE)?);
        return Ok(());
    }
    if u.ratio(1, 6)? {
        let _ = write!(s, "{}", u.choose(CURRENCY_MARKS)?);
        number(u, s)?;
        s.push_str(u.choose(SCALES)?);
        return Ok(());
    }
    number(u, s)?;
    if u.ratio(1, 6)? {
        s.push_str(u.choose(&[" to ", "-", "\u{2013}", " and ", " or "])?);
        number(u, s)?;
    }
    if u.ratio(1, 2)? {
        s.push_str(u.choose(&[" ", "", "-"])?);
        s.push_str(u.choose(UNITS)?);
        if u.ratio(1, 4)? {
            let _ = write!(s, " ({}", u.choose(QUALIFIERS)?);
            number(u, s)?;
            let _ = write!(s, " {})", u.choose(UNITS)?);
        }
    }
    Ok(())
}

/// Appends a number written as digits, grouped digits, a decimal, words or a huge value.
fn number(u: &mut Unstructured, s: &mut String) -> Result<()> {
    match u.int_in_range(0..=7)? {
        0 => {
            let _ = write!(s, "{}", u.int_in_range(0..=60)?);
        }
        1 => s.push_str(&crossread_model::readable_number(u.int_in_range(1_000u32..=9_999_999)? as f64, 0, 0.0)),
        2 => {
            let _ = write!(s, "{}.{}", u.int_in_range(0..=999)?, u.int_in_range(0..=99)?);
        }
        3 => s.push_str(u.choose(NUMBER_WORDS)?),
        4 => s.push_str(u.choose(ODD_NUMBERS)?),
        5 => {
            let _ = write!(s, "{}", u.int_in_range(1900..=2030)?);
        }
        _ => {
            let _ = write!(s, "{}", u.int_in_range(1..=999)?);
        }
    }
    Ok(())
}

/// Writes into a byte buffer through `fmt::Write`.
struct Sink<'a>(&'a mut Vec<u8>);

impl std::fmt::Write for Sink<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

/// Checks that `span` with `text` is a valid slice of `of`.
fn span_ok(what: &str, of: &str, span: Span, text: &str) -> std::result::Result<(), String> {
    match of.get(span.start..span.end) {
        Some(t) if t == text => Ok(()),
        Some(t) => Err(format!("{what} [{}..{}] slices to {t:?}, not {text:?}", span.start, span.end)),
        None => Err(format!("{what} [{}..{}] is not a slice of a {}-byte text", span.start, span.end, of.len())),
    }
}

/// Runs figures, brief and every renderer over the story; an error names the first thing that broke.
pub fn check(story: &Story) -> std::result::Result<(), String> {
    for r in &story.reports {
        let reading = crossread::figures(r);
        for f in &reading.figures {
            span_ok(&format!("figure of {}", r.id), &r.text, f.span, &f.text)?;
            if !(f.value.low().is_finite() && f.value.high().is_finite()) {
                return Err(format!("figure {:?} of {} has value {:?}", f.text, r.id, f.value));
            }
            if reading.sentences().get(f.sentence).is_none_or(|s| !s.span.contains(f.span)) {
                return Err(format!("figure {:?} of {} is not inside its sentence", f.text, r.id));
            }
        }
    }
    if story.reports.is_empty() {
        return Ok(());
    }
    let brief = crossread::brief(&story.reports);
    let text_of = |id: &str| story.reports.iter().find(|r| r.id == id).map(|r| r.text.as_str());
    for fact in &brief.facts {
        for c in &fact.claims {
            if !(c.value.low().is_finite() && c.value.high().is_finite()) {
                return Err(format!("claim of {:?} has value {:?}", fact.label, c.value));
            }
            for m in &c.mentions {
                let text = text_of(&m.article).ok_or_else(|| format!("mention names unknown article {}", m.article))?;
                span_ok(&format!("mention in {}", m.article), text, m.span(), &m.text)?;
            }
        }
    }
    for i in &brief.issues {
        let text = text_of(&i.article).ok_or_else(|| format!("issue names unknown article {}", i.article))?;
        span_ok(&format!("issue in {}", i.article), text, Span::new(i.start, i.end), &i.text)?;
    }
    let json = crossread_render::json(&brief);
    serde_json::from_str::<serde_json::Value>(&json).map_err(|e| format!("brief JSON does not parse: {e}"))?;
    let _ = crossread_render::markdown(&brief);
    let _ = crossread_render::terminal(&brief, true);
    Ok(())
}
