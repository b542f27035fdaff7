//! Each report's figures made ready to reconcile: what grouping and the checks need of its text
//! layer is read here, so the caller can drop the layer once a report's figures are gathered.

use crate::intern::{Interner, Shared};
use crate::{aside, dimension, features, harm, interval, report_date, signature, Item, Signature};
use crossread_figures::{restates, Reading};
use crossread_model::{Dimension, Figure, Report, Value};
use crossread_text::lexicon as lx;
use crossread_text::Doc;

/// The report's day: the one it carries, else the first its text gives.
pub fn article_date(report: &Report, doc: &Doc) -> Option<String> {
    report.date.clone().or_else(|| report_date(doc))
}

/// The figures of a story made ready to reconcile, report by report.
#[derive(Debug, Default)]
pub struct Gathered {
    pub(crate) items: Vec<Item>,
    /// Pairs of items one sentence gives as one answer restated or updated.
    pub(crate) links: Vec<(usize, usize)>,
    /// The day sums in all currencies are converted at (see `rate_date`).
    pub(crate) on: Option<String>,
    /// The latest year the reports name in digits (see `past::latest_year`).
    pub(crate) latest_year: Option<u16>,
    interner: Interner,
    /// Whether a report of the story tells of a death (a story that tells of none was wounded when "shot").
    pub(crate) death_told: bool,
    /// Whether a report of the story tells of someone who killed themselves (see
    /// `harm::tells_of`).
    pub(crate) self_killing: bool,
    /// The report last gathered and where its last figure so far ends: a piece's first figure
    /// follows the figure that ends the piece before it (see `periods::period_of`).
    last_figure: Option<(usize, usize)>,
}

impl Gathered {
    /// Ready to gather the figures of a story whose reports are of these days (see [`article_date`]):
    /// sums convert at the latest one's rates, so one sum written alike has one value.
    pub fn new(dates: &[Option<String>]) -> Gathered {
        Gathered { on: dates.iter().flatten().max().cloned(), ..Gathered::default() }
    }

    /// Gathers the figures of report `src` (its index in the story) from its reading.
    pub fn add(&mut self, src: usize, report: &Report, reading: &Reading) {
        self.add_piece(src, report, reading, 0, 0);
    }

    /// Gathers the figures of one piece of report `src` read on its own (cut at a line break):
    /// `figures_before` and `sentences_before` count the report's figures and sentences in the
    /// pieces before it, so each figure keeps its place in the whole report.
    pub fn add_piece(
        &mut self,
        src: usize,
        report: &Report,
        reading: &Reading,
        figures_before: usize,
        sentences_before: usize,
    ) {
        let text = &report.text;
        let year = report.date.as_deref().and_then(|d| d.get(..4)).and_then(|y| y.parse::<i32>().ok());
        let mut prev: Option<usize> = None;
        let mut last_counted: Option<(usize, &str)> = None;
        // the figure's scope key, written here before it is interned
        let mut scope_key = String::new();
        // the words of the sentence the last figure stood in: figures are in order, so each sentence's
        // words are read once
        let mut words: Option<(usize, features::SentenceWords, signature::SentenceParts)> = None;
        // a report that tells of a death leaves open whether someone "shot" died or survived
        let told = harm::tells_of(&reading.doc, self.self_killing);
        let tells_death = told.death;
        self.latest_year = self.latest_year.max(crate::past::latest_year(&reading.doc));
        self.death_told |= tells_death;
        self.self_killing |= told.self_killing;
        // the days the last such sentence names (see `Item::days`)
        let mut told: Option<(usize, Option<Box<[Shared]>>)> = None;
        // where the report's figure before the one read ends
        let mut prev_end = match self.last_figure {
            Some((s, end)) if s == src && figures_before > 0 => end,
            _ => 0,
        };
        if let Some(f) = reading.figures.last() {
            self.last_figure = Some((src, f.span.end));
        }
        // the spans of the other figures of the figure's sentence (room reused from figure to figure)
        let mut others: Vec<(usize, usize)> = Vec::new();
        for (fi, f) in reading.figures.iter().enumerate() {
            let figure_before_end = std::mem::replace(&mut prev_end, f.span.end);
            let shot_only = f.implied.is_some_and(|cue| harm::harm_concept(cue.slice(text)) == Some("shot"));
            if shot_only && tells_death {
                prev = None;
                continue;
            }
            let listed = reading.figures[..fi].iter().any(|g| g.sentence == f.sentence && g.unit.is_count());
            if !relevant(&reading.doc, f, listed) {
                prev = None;
                continue;
            }
            let (dim, factor) = dimension(f.unit, self.on.as_deref());
            let base = f.value.scale(factor);
            if !(base.low().is_finite() && base.high().is_finite()) {
                prev = None;
                continue;
            }
            let sentence = reading.sentences().get(f.sentence).map(|s| s.span).unwrap_or(f.span);
            // the other figures of its sentence: figures are in text order, so a sentence's are one run
            let figures = &reading.figures;
            let run = figures.partition_point(|g| g.sentence < f.sentence)
                ..figures.partition_point(|g| g.sentence <= f.sentence);
            others.clear();
            others.extend(
                figures[run].iter().map(|g| (g.span.start, g.span.end)).filter(|&o| o != (f.span.start, f.span.end)),
            );
            // "others" counts what the sentence counted before ("30,000 homes and 80,000 others")
            // (only ASCII letters lower-case to these words)
            let own =
                f.counted.as_deref().filter(|c| !["others", "more", "other"].iter().any(|w| c.eq_ignore_ascii_case(w)));
            let counted = match (own, last_counted) {
                (Some(c), _) => Some(c),
                (None, Some((s, c))) if s == f.sentence && f.unit.is_count() && f.counted.is_some() => Some(c),
                // a list that leaves the noun out after its first item: "the Greens have five seats,
                // the Liberals four and the Civic Union two"
                (None, Some((s, c))) if s == f.sentence && f.unit.is_count() && elliptical(&reading.doc, f) => Some(c),
                _ => None,
            };
            if let (Some(c), true) = (counted, f.unit.is_count()) {
                last_counted = Some((f.sentence, c));
            }
            let (doc, s) = (&reading.doc, f.sentence);
            match &mut words {
                Some((read, ..)) if *read == s => {}
                // the words of the sentence before leave their room to this one's
                Some((read, sentence_words, parts)) => {
                    *read = s;
                    sentence_words.read(doc, s);
                    *parts = signature::SentenceParts::new(doc, s);
                }
                None => words = Some((s, features::SentenceWords::new(doc, s), signature::SentenceParts::new(doc, s))),
            }
            let Some((_, sentence_words, parts)) = &words else { continue };
            let mut feats = features::features(
                sentence.slice(text),
                sentence.start,
                (f.span.start, f.span.end),
                counted,
                dim,
                &others,
                sentence_words,
                &mut self.interner,
            );
            if feats.concept.is_none() {
                feats.concept = features::table_concept(&reading.doc, f.sentence, dim);
            }
            // a count written without a number says what happened in its own words
            if let Some(c) = f.implied.and_then(|cue| harm::harm_concept(cue.slice(text))) {
                feats.concept = Some(c);
            }
            let doc = &reading.doc;
            let (first, last) = figure_tokens(doc, f);
            let aside = f.unit.is_count()
                && reading.sentences().get(f.sentence).is_some_and(|s| {
                    aside::counts_a_part(doc, s.tokens(), first, last) || aside::of_another_time(doc, s.tokens(), year)
                });
            let sig = signature::read_signature(doc, parts, first, last, f.counted.is_some());
            let when = crate::past::clause_time(doc, f.sentence, first, last);
            let named_year = when.named;
            feats.signature = Signature {
                thing: self.interner.opt(sig.thing.as_deref()),
                predicate: self.interner.opt(sig.predicate.as_deref()),
                holder: self.interner.opt(sig.holder.as_deref()),
                time: match sig.time {
                    signature::Time::Now if when.ago => signature::Time::Earlier,
                    // "could reach £40m" is a cap, a question of its own; "could reach tens of
                    // billions" is a rough estimate of the same total as the others
                    signature::Time::Now if when.could_reach && !f.vague => signature::Time::Forecast,
                    t => t,
                },
                part: sig.part,
            };
            let (mut anchor, mut earlier) = (None, false);
            if let Some(p) = prev {
                let pf = &reading.figures[self.items[p].fig - figures_before];
                let between = text
                    .get(pf.span.end..f.qualifier.map_or(f.span.start, |q| q.start.min(f.span.start)))
                    .unwrap_or("");
                if pf.sentence == f.sentence && self.items[p].dim == dim {
                    let opening = pf.qualifier.map_or(pf.span.start, |q| q.start.min(pf.span.start));
                    let before = text.get(..opening).unwrap_or("");
                    // a change or a margin restates no level: "a majority, or 9 seats"
                    if restates(between)
                        && !crate::agree::difference_follows(text.get(f.span.end..).unwrap_or(""))
                        && self.items[p].features.signature.part == feats.signature.part
                    {
                        anchor = Some(self.items[p].anchor.unwrap_or(p));
                        self.links.push((p, self.items.len()));
                    } else if crate::agree::updates(between) {
                        self.links.push((p, self.items.len()));
                        earlier = true;
                    } else if crate::agree::changed_from_to(before, between) {
                        // "grew from 15 to 51": the first end is the earlier value of the second
                        self.links.push((p, self.items.len()));
                        self.items[p].earlier = true;
                    }
                }
            }
            // what a contradiction needs of the sentence, read while its words are at hand
            let days = (feats.concept.is_some() && !f.vague && anchor.is_none())
                .then(|| match &told {
                    Some((s, d)) if *s == f.sentence => d.clone(),
                    _ => {
                        let d = crate::issues::sentence_days(&sentence_words.plain, &mut self.interner);
                        told = Some((f.sentence, d.clone()));
                        d
                    }
                })
                .flatten();
            scope_key.clear();
            for (n, place) in feats.scope.iter().enumerate() {
                if n > 0 {
                    scope_key.push(if feats.each { '&' } else { '|' });
                }
                scope_key.push_str(place);
            }
            self.items.push(Item {
                src,
                fig: figures_before + fi,
                dim,
                unit: f.unit,
                base,
                interval: interval(base, f.approx, f.vague),
                scope_key: self.interner.get(&scope_key),
                features: feats,
                claimant: None,
                vague: f.vague,
                anchor,
                earlier,
                aside,
                echo: false,
                named_year,
                sentence: sentences_before + f.sentence,
                period: crate::periods::period_of(text, f, figure_before_end),
                days,
            });
            prev = Some(self.items.len() - 1);
        }
    }
}

impl Gathered {
    /// Sets each figure's claimant: `claimants[src][fig]` indexes the story's claimants (None for the
    /// outlet's own voice).
    pub fn claim(&mut self, claimants: &[Vec<Option<usize>>]) {
        for it in &mut self.items {
            it.claimant = claimants.get(it.src).and_then(|c| c.get(it.fig)).copied().flatten();
        }
    }
}

/// Figures that are not figures of the event: ages of people the story does not name, a lone
/// "one" (unless it is the last part of a tally, `listed` telling that a count stands before it in
/// its sentence), and durations that only date another event from this one ("three days later",
/// "two weeks ago"). Other durations are facts like any other: "a 72-hour window", "seven days of
/// fighting", "the worst in 300 years".
fn relevant(doc: &Doc, f: &Figure, listed: bool) -> bool {
    if f.unit.dimension() == Dimension::Age {
        return age_of_someone_known(doc, f);
    }
    if f.unit.is_count()
        && f.value == Value::Number(1.0)
        && (f.counted.is_none() && !(listed && tally_part(doc, f)) || f.implied.is_none() && speaker(doc, f))
    {
        return false;
    }
    let duration = f.unit.dimension() == Dimension::Duration;
    let next = doc.token_after(f.sentence, f.span.end).map_or("", |t| doc.lower_of(t));
    !(duration && matches!(next, "ago" | "later" | "earlier"))
}

/// Whether a bare count is one part of a tally by place: "one each in Halden and Vestby", "..., and
/// one in the town of Norby".
fn tally_part(doc: &Doc, f: &Figure) -> bool {
    let Some((range, _, last)) = in_sentence(doc, f) else { return false };
    let next = if last + 1 < range.end { doc.lower_of(&doc.tokens()[last + 1]) } else { "" };
    // (not "one of them", which is a part of what the count before it counts)
    next == "each" || next != "of" && lx::PLACE_PREPOSITIONS.contains(next)
}

/// Whether "one" and its noun name who speaks, not a count: `"...," wrote one reader`, "one
/// neighbour said".
fn speaker(doc: &Doc, f: &Figure) -> bool {
    let Some(range) = doc.sentences().get(f.sentence).map(|s| s.tokens()) else { return false };
    let (first, last) = figure_tokens(doc, f);
    let speech = |k: usize| range.contains(&k) && lx::SPEECH_VERBS.contains(doc.lower_of(&doc.tokens()[k]));
    let person = range.contains(&last) && lx::ONE_PERSON_NOUNS.contains(doc.lower_of(&doc.tokens()[last]));
    person && (first.checked_sub(1).is_some_and(speech) || speech(last + 1))
}

/// The first and last tokens of a figure.
fn figure_tokens(doc: &Doc, f: &Figure) -> (usize, usize) {
    doc.token_bounds(f.span)
}

/// The tokens of a figure's sentence and the figure's first and last token, when its first token
/// stands in that sentence.
fn in_sentence(doc: &Doc, f: &Figure) -> Option<(std::ops::Range<usize>, usize, usize)> {
    let range = doc.sentences().get(f.sentence)?.tokens();
    let (first, last) = figure_tokens(doc, f);
    range.contains(&first).then_some((range, first, last))
}

/// Whether a bare count stands in a list after a name, its noun left out: "..., the Liberals four
/// and the Civic Union two."
fn elliptical(doc: &Doc, f: &Figure) -> bool {
    let Some((range, first, last)) = in_sentence(doc, f) else { return false };
    let toks = doc.tokens();
    // after a name, or a name's short form in brackets ("the Civic Union (CU) two")
    let bracketed =
        first >= range.start + 3 && doc.text_of(&toks[first - 1]) == ")" && doc.text_of(&toks[first - 3]) == "(";
    let named = first > range.start && (doc.class(first - 1) == crossread_text::Class::Name || bracketed);
    let next = if last + 1 < range.end { doc.lower_of(&toks[last + 1]) } else { "." };
    named && matches!(next, "," | "." | ";" | "and" | ")")
}

/// Whether an age is of someone the story is about: said of a name ("Halvorsen, 31,") or of someone
/// already known ("the 31-year-old", "the 31-year-old Halvorsen"), not of an unnamed passer-by ("a
/// 13-year-old girl").
fn age_of_someone_known(doc: &Doc, f: &Figure) -> bool {
    let Some((range, first, last)) = in_sentence(doc, f) else { return false };
    let toks = doc.tokens();
    let word = |k: usize| if range.contains(&k) { doc.lower_of(&toks[k]) } else { "" };
    let before = first.checked_sub(1).map_or("", word);
    if before == "," {
        let name = first.checked_sub(2).filter(|&k| range.contains(&k));
        // a name, or a capitalised word opening the sentence ("Halvorsen, 31, signed ...")
        let named = |k: usize| {
            doc.class(k) == crossread_text::Class::Name
                || k == range.start && doc.text_of(&toks[k]).starts_with(char::is_uppercase)
        };
        return name.is_some_and(named) && word(last + 1) == ",";
    }
    before == "the"
}
