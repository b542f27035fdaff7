//! What a figure is about, read from the words around it: the concept (killed, injured, evacuated,
//! ...), the counted noun's family, the places that scope it, and the nearby content words.

use crate::intern::{Interner, Shared};
use crate::lower::lower;
use crate::Measure;
use crossread_figures::{singular, singular_of};
use crossread_model::Dimension;
use crossread_text::lexicon as lx;
use crossread_text::Doc;
use std::borrow::Cow;
use std::cell::OnceCell;

/// A word of a sentence with its byte range, and its lower case read once (every figure of the
/// sentence reads it).
#[derive(Clone, Debug)]
pub(crate) struct Word<'a> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) text: &'a str,
    /// The word in lower case (Unicode rules, as `str::to_lowercase`): of an ASCII word, the
    /// document's own lower-cased text.
    pub(crate) lower: Cow<'a, str>,
}

impl Word<'_> {
    /// The word in lower case.
    pub(crate) fn low(&self) -> &str {
        &self.lower
    }
}

/// The words of sentence `i` of `doc` (letters, digits, apostrophes; inner hyphens too when
/// `hyphenated`), with byte ranges into the report, or into the sentence when `relative`.
pub(crate) fn sentence_words<'d>(doc: &'d Doc, i: usize, hyphenated: bool, relative: bool) -> Vec<Word<'d>> {
    let mut out = Vec::new();
    read_sentence_words(&mut out, doc, i, hyphenated, relative);
    out
}

/// Reads the words of sentence `i` of `doc` into `out`, as [`sentence_words`] gives them, reusing its room.
fn read_sentence_words<'d>(out: &mut Vec<Word<'d>>, doc: &'d Doc, i: usize, hyphenated: bool, relative: bool) {
    let base = if relative { doc.sentences().get(i).map_or(0, |s| s.span.start) } else { 0 };
    let text = doc.text();
    let spans = doc.plain_words(i, hyphenated);
    out.clear();
    out.reserve(spans.len());
    for w in spans {
        let word = w.slice(text);
        let lower = if word.is_ascii() { Cow::Borrowed(doc.lower_span(w.start, w.end)) } else { lower(word).into() };
        out.push(Word { start: w.start - base, end: w.end - base, text: word, lower });
    }
}

/// Reads the words of sentence `i` of `doc` into `plain` (offsets into the report) and `hyphenated`
/// (inner hyphens kept, offsets into the sentence) in one pass over its tokens
/// ([`Doc::each_plain_word`]), reusing their room.
fn read_both<'d>(plain: &mut Vec<Word<'d>>, hyphenated: &mut Vec<Word<'d>>, doc: &'d Doc, i: usize) {
    use crossread_text::PlainReading;
    let base = doc.sentences().get(i).map_or(0, |s| s.span.start);
    let text = doc.text();
    let toks = doc.sentence_tokens(i);
    plain.clear();
    hyphenated.clear();
    plain.reserve(toks.len());
    hyphenated.reserve(toks.len());
    // a sentence of ASCII text (nearly every one) has only ASCII words: asked once, not of each word
    let ascii = match (toks.first(), toks.last()) {
        (Some(a), Some(z)) => text.get(a.start()..z.end()).is_some_and(str::is_ascii),
        _ => false,
    };
    let word = |start: usize, end: usize, relative: usize| {
        let w = text.get(start..end).unwrap_or("");
        let lower = if ascii || w.is_ascii() { Cow::Borrowed(doc.lower_span(start, end)) } else { lower(w).into() };
        Word { start: start - relative, end: end - relative, text: w, lower }
    };
    doc.each_plain_word(i, |reading, w| match reading {
        PlainReading::Plain => plain.push(word(w.start, w.end, 0)),
        // most hyphenated words are the plain word just read, whose text and lower case they take
        PlainReading::Hyphenated => hyphenated.push(match plain.last() {
            Some(p) if p.start == w.start && p.end == w.end => {
                Word { start: w.start - base, end: w.end - base, text: p.text, lower: p.lower.clone() }
            }
            _ => word(w.start, w.end, base),
        }),
    });
}

/// What the words around one figure say about it.
#[derive(Clone, Debug, Default)]
pub struct Features {
    /// The nearest concept family, if any.
    pub concept: Option<&'static str>,
    /// The counted noun's family (or its singular form when it has none).
    pub noun: Option<Shared>,
    /// The places that scope the figure ("39 were in Halden"), lowercase and sorted.
    pub scope: Box<[Shared]>,
    /// True when the figure is each place's own count, not their sum ("two each in Halden and Vestby").
    pub each: bool,
    /// Content words near the figure, singular and lowercase.
    pub context: Box<[Shared]>,
    /// For a measure, the thing measured ("12km of embankment", "a 25-mile stretch"), singular.
    pub measured: Option<Shared>,
    /// True when the figure describes a later event of its kind ("another, weaker tremor of magnitude 5.9").
    pub sequel: bool,
    /// The question as its sentence says it: thing, predicate, holder, time.
    pub signature: crate::signature::Signature,
}

/// The family of a counted noun phrase ("Russian citizens" -> "person").
pub fn noun_family(counted: &str) -> Cow<'static, str> {
    let last = lower(counted.rsplit([' ', '-']).next().unwrap_or(counted));
    if let Some(family) = lx::NOUN_FAMILIES_OF.get(last.as_str()) {
        return Cow::Borrowed(family);
    }
    Cow::Owned(singular(last.as_str()))
}

/// The concept a word belongs to.
pub fn concept_of(word: &str) -> Option<&'static str> {
    lx::CONCEPTS_OF.get(word).copied()
}

/// How many words after a concept word its sense cues may stand ("told residents to leave").
const SENSE_WINDOW: usize = 6;

/// The senses a word lists its concepts in, as the concepts table gives them.
type Senses = &'static [(&'static str, &'static [&'static str])];

/// What a word of a sentence may say of a figure's concept, read once per sentence (see
/// `concept_at`): the look-ups that do not depend on the figure.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Sense {
    /// Nothing: no concept word, or a participle describing a place (see `describes_place`).
    Nothing,
    /// A word of one concept in any sense.
    Plain(&'static str),
    /// A word of concepts each in the sense its cues mark.
    Cued(Senses),
}

/// The sense of word `i` of `ws` (see [`Sense`]).
fn sense(ws: &[Word], i: usize) -> Sense {
    let lower = ws[i].low();
    if describes_place(ws, i, lower) {
        Sense::Nothing
    } else if let Some(senses) = lx::CONCEPTS_SENSES.get(lower) {
        Sense::Cued(senses)
    } else {
        concept_of(lower).map_or(Sense::Nothing, Sense::Plain)
    }
}

/// Room for the senses of `n` words, each read on first use: a sentence's figures stand near
/// some of its words only.
fn unread_senses(n: usize) -> Vec<OnceCell<Sense>> {
    vec![OnceCell::new(); n]
}

/// The concept word `i` of `ws` (whose senses, read on first use, are `senses`) names, in the sense it stands in, when
/// it can describe a figure of this dimension: a word listed for one sense only ("cut (off)")
/// counts when one of its cues follows it ("villages cut off", not "jobs cut"). The cue `<` asks
/// that the figure (words `fig.0..fig.1`) stand in the word's own phrase, before it ("its
/// 9,000-strong workforce"), and `>` that the word govern the figure ("employs about 9,000").
fn concept_at(
    ws: &[Word],
    senses: &[OnceCell<Sense>],
    i: usize,
    dim: Measure,
    fig: Option<(usize, usize)>,
) -> Option<&'static str> {
    let senses = match senses.get(i)?.get_or_init(|| sense(ws, i)) {
        Sense::Nothing => return None,
        Sense::Plain(c) => return Some(*c).filter(|c| concept_fits(c, dim)),
        Sense::Cued(senses) => senses,
    };
    let next = &ws[i + 1..ws.len().min(i + 1 + SENSE_WINDOW)];
    let between =
        |r: std::ops::Range<usize>, ok: &dyn Fn(&str) -> bool| r.len() <= 2 && ws[r].iter().all(|w| ok(w.low()));
    let holds = |cue: &str| match (cue, fig) {
        // only modifiers between: "its 9,000 global workforce", not "9% of its workforce"
        ("<", Some((_, last))) => i >= last && between(last..i, &|w| !lx::FUNCTION_WORDS.contains_key(w)),
        // only small words between: "employs about 9,000", "employs more than 9,000"
        (">", Some((first, _))) => {
            i < first
                && between(i + 1..first, &|w| lx::FUNCTION_WORDS.contains_key(w) || lx::QUALIFIERS.contains_key(w))
        }
        ("<" | ">", None) => false,
        _ => next.iter().any(|w| w.low() == cue),
    };
    senses
        .iter()
        .find(|(_, cues)| cues.iter().any(|c| holds(c)))
        .map(|&(concept, _)| concept)
        .filter(|c| concept_fits(c, dim))
}

/// True when word `i` of `ws` (lower-cased `lower`) is a participle that describes the noun of a
/// place phrase, between its determiner and its noun ("32,000 homes in the affected areas",
/// "staff at the damaged plant"): it says what the place is, not what the figure counts. A phrase
/// of "of" is left alone, since it names the counted whole ("3,000 of the displaced families").
fn describes_place(ws: &[Word], i: usize, lower: &str) -> bool {
    if !(lower.len() > 4 && lower.ends_with("ed")) {
        return false;
    }
    let low = |k: usize| ws.get(k).map(|w| w.low());
    let det = i.checked_sub(1).and_then(low).is_some_and(|w| lx::FUNCTION_WORDS.get(w) == Some(&"det"));
    let prep = i.checked_sub(2).and_then(low).is_some_and(|w| w != "of" && lx::PLACE_PREPOSITIONS.contains(w));
    let noun = ws
        .get(i + 1)
        .is_some_and(|w| w.text.chars().all(|c| c.is_ascii_lowercase()) && !lx::FUNCTION_WORDS.contains_key(w.text));
    det && prep && noun
}

/// The longest line read as a table row: a label of a few words and a number.
const ROW_LEN: usize = 80;

/// How many rows above a figure are passed over looking for the table's header.
const TABLE_ROWS: usize = 100;

/// Whether sentence `i` is a table row: a short label, then a number ("Halden 110,000").
fn table_row(doc: &Doc, i: usize) -> bool {
    let text = doc.text();
    let line = doc.sentences()[i].span.slice(text);
    if line.len() > ROW_LEN {
        return false;
    }
    let words: Vec<&str> = doc.chunks(i).iter().map(|c| c.slice(text)).collect();
    !words.is_empty()
        && words.len() <= 5
        && line.ends_with(|c: char| c.is_ascii_digit())
        && words.last().is_some_and(|w| w.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.')))
        && words[..words.len() - 1]
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'')))
}

/// The concept a table's header gives its rows ("State Outages" over "Halden 110,000"), for a figure
/// standing in sentence `i` of `doc` when that sentence is a table row. Rows and the header are lines
/// of their own: a line break ends a sentence.
pub(crate) fn table_concept(doc: &Doc, i: usize, dim: Measure) -> Option<&'static str> {
    let text = doc.text();
    let sentences = doc.sentences();
    let own_line = |k: usize| {
        let span = sentences[k].span;
        let before = text[..span.start].trim_end_matches([' ', '\t', '\r']);
        let after = text[span.end..].trim_start_matches([' ', '\t', '\r']);
        (before.is_empty() || before.ends_with('\n')) && (after.is_empty() || after.starts_with('\n'))
    };
    if i >= sentences.len() || !table_row(doc, i) || !own_line(i) {
        return None;
    }
    // back over the rows above to the header
    for k in (0..i).rev().take(TABLE_ROWS) {
        let line = sentences[k].span.slice(text);
        if !own_line(k) {
            return None;
        }
        if table_row(doc, k) {
            continue;
        }
        if line.len() > ROW_LEN || doc.chunks(k).len() > 6 || line.contains(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let ws = sentence_words(doc, k, false, false);
        let senses = unread_senses(ws.len());
        return (0..ws.len()).find_map(|w| concept_at(&ws, &senses, w, dim, None));
    }
    None
}

/// Whether a concept can describe a figure of this dimension ("deep" says nothing of a death toll).
fn concept_fits(concept: &str, dim: Measure) -> bool {
    use Dimension::*;
    match concept {
        "advanced" | "wide" | "depth" | "rain" => dim.is(Length),
        "wind" => dim.is(Speed),
        "payment period" => dim.is(Duration),
        "cost" | "aid" => dim.is_money(),
        "controlled" | "flooded" => dim.is(Count) || dim.is(Area) || dim.is(Percent),
        "aftershocks" => dim.is(Count),
        _ => dim.is(Count) || dim.is(Percent),
    }
}

/// The thing a measure measures: "12km of (the) embankment", "a 25-mile stretch", "a 40km (25 mile) front".
fn measured(sentence: &str, span: (usize, usize)) -> Option<String> {
    let mut after = sentence.get(span.1..)?.trim_start();
    if let Some(rest) = after.strip_prefix('(') {
        after = rest.split_once(')').map_or("", |(_, r)| r).trim_start();
    }
    let word = |s: &str| -> String { s.chars().take_while(|c| c.is_alphabetic()).collect() };
    let lowercase_word = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_lowercase());
    if let Some(rest) = after.strip_prefix("of ") {
        let mut rest = rest.trim_start();
        loop {
            let w = word(rest);
            if w == "the" || w.chars().next().is_some_and(char::is_uppercase) {
                rest = rest[w.len()..].trim_start();
                continue;
            }
            return (lowercase_word(&w)
                && !lx::NOT_MEASURED.contains(w.as_str())
                && !lx::CONTEXT_STOPS.contains(w.as_str()))
            .then(|| singular(&w));
        }
    }
    let before = sentence.get(..span.0)?.trim_end();
    let article = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| matches!(lower(w).as_str(), "a" | "an" | "the"));
    let w = word(after);
    (article && lowercase_word(&w) && !lx::NOT_MEASURED.contains(w.as_str())).then(|| singular(&w))
}

/// The words of one sentence, as features and scope read them, with what each word says whichever
/// figure of the sentence it stands near.
pub struct SentenceWords<'d> {
    /// Plain words, offsets into the report.
    pub(crate) plain: Vec<Word<'d>>,
    /// The senses of the plain words (see [`Sense`]), each read on first use.
    senses: Vec<OnceCell<Sense>>,
    /// Each plain word as a context word (see [`Features::context`]), made on first use.
    context: Vec<OnceCell<Option<Shared>>>,
    /// Words with inner hyphens kept, offsets into the sentence.
    pub(crate) hyphenated: Vec<Word<'d>>,
}

impl<'d> SentenceWords<'d> {
    /// The words of sentence `i` of `doc`.
    pub fn new(doc: &'d Doc, i: usize) -> SentenceWords<'d> {
        let mut words =
            SentenceWords { plain: Vec::new(), senses: Vec::new(), context: Vec::new(), hyphenated: Vec::new() };
        words.read(doc, i);
        words
    }

    /// Reads the words of sentence `i` of `doc` in place of those held, reusing their room.
    pub(crate) fn read(&mut self, doc: &'d Doc, i: usize) {
        read_both(&mut self.plain, &mut self.hyphenated, doc, i);
        self.senses.clear();
        self.senses.resize(self.plain.len(), OnceCell::new());
        self.context.clear();
        self.context.resize(self.plain.len(), OnceCell::new());
    }

    /// Plain word `i` as a context word: singular, when it is long enough, has no digit and is no
    /// stop word.
    fn context_word(&self, i: usize, interner: &mut Interner) -> Option<&Shared> {
        self.context[i]
            .get_or_init(|| {
                let lower = self.plain[i].low();
                (lower.len() >= 3 && !lx::CONTEXT_STOPS.contains(lower) && !lower.chars().any(|c| c.is_ascii_digit()))
                    .then(|| interner.get(&singular_of(lower)))
            })
            .as_ref()
    }
}

/// True when the word "shot" at `i` is told as a killing ("fatally shot", "shot dead", "shot to
/// death", "shot and killed"), so the words beside it say what the figure counts.
fn fatal_shot(ws: &[Word], i: usize) -> bool {
    let low = |k: usize| ws.get(k).map_or("", |w| w.low());
    let fatal = |k: usize| lx::FATAL_SHOT_WORDS.contains(low(k));
    i.checked_sub(1).is_some_and(fatal) || fatal(i + 1) || matches!(low(i + 1), "and" | "to") && fatal(i + 2)
}

/// Reads the features of the figure at `span` in `sentence` (which starts at byte `base`, and whose
/// words are `words`); `others` are the spans of the sentence's other figures. Words are shared
/// through the story's `interner`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn features(
    sentence: &str,
    base: usize,
    span: (usize, usize),
    counted: Option<&str>,
    dim: Measure,
    others: &[(usize, usize)],
    words: &SentenceWords,
    interner: &mut Interner,
) -> Features {
    let ws = &words.plain;
    let first_in = ws.iter().position(|w| w.end > span.0).unwrap_or(ws.len());
    let last_in = ws.iter().rposition(|w| w.start < span.1).map_or(first_in, |p| p + 1).max(first_in);
    let dist = |i: usize| -> usize {
        if i < first_in {
            first_in - i
        } else if i < last_in {
            0
        } else {
            i + 1 - last_in
        }
    };
    let mut best: Option<(usize, &'static str)> = None;
    // only words near the figure say anything of it
    let near = first_in.saturating_sub(8)..(last_in + 8).min(ws.len());
    for (i, w) in ws.iter().enumerate().take(near.end).skip(near.start) {
        let d = dist(i);
        if let Some(c) = concept_at(ws, &words.senses, i, dim, Some((first_in, last_in)))
            .filter(|&c| c != "shot" || !fatal_shot(ws, i))
        {
            // words after the figure weigh a little more ("121 injured" over "killed 12 ... 121"),
            // and a comma between them weighs against ("Seven dead, thousands displaced")
            let after = i >= last_in;
            let (a, b) = if after { (span.1, w.start) } else { (w.end, span.0) };
            let gap = sentence
                .get(a.saturating_sub(base).min(sentence.len())..b.saturating_sub(base).min(sentence.len()))
                .unwrap_or("");
            let comma = if gap.contains([',', ';', ':']) { 3 } else { 0 };
            // another figure between them is the one the word describes ("killed 12 and injured 121"),
            // and so does a word across "while" or "but"
            let blocked = if others.iter().any(|o| o.0 >= a && o.1 <= b) { 6 } else { 0 };
            let clause = if gap.split_whitespace().any(|g| matches!(g, "while" | "whereas" | "but")) { 4 } else { 0 };
            // the figure's own predicate ("three others were injured") says what it counts
            let own = after && gap.split_whitespace().all(|g| lx::PREDICATE_GLUE.contains(lower(g).as_str()));
            let score =
                if own { 0 } else { (if after { d * 2 + comma } else { d * 2 + 1 + comma }) + blocked + clause };
            if best.is_none_or(|(s, _)| score < s) {
                best = Some((score, c));
            }
        }
    }
    // the context words: at most six words each side (read first, so the list is made at its size)
    let context_at = (first_in.saturating_sub(6)..first_in).chain(last_in..(last_in + 6).min(ws.len()));
    let n = context_at.clone().filter(|&i| words.context_word(i, interner).is_some()).count();
    let mut context = Vec::with_capacity(n);
    context.extend(context_at.filter_map(|i| words.context_word(i, interner).cloned()));
    // the sentence before the figure
    let lead = sentence.get(..span.0.saturating_sub(base).min(sentence.len())).unwrap_or("");
    // nothing near: the subject of the clause may say it ("the death toll from the quake that struck
    // the south surpassed 6,000"), when no comma or other figure stands between
    if best.is_none() {
        // a figure a toll rose to ("..., increased to 92") takes its subject across a comma
        let to = first_in.checked_sub(1).and_then(|i| ws.get(i)).map(|w| w.low());
        let marks: &[char] = if to.is_some_and(|w| lx::TOLL_VERBS.contains(w)) {
            &[';', ':', '(', '—']
        } else {
            &[',', ';', ':', '(', '—']
        };
        let clause_start = lead.rfind(marks).map_or(0, |p| p + 1);
        let clear = !others.iter().any(|o| o.0 >= base + clause_start && o.1 <= span.0);
        if clear {
            best = (0..first_in)
                .filter(|&i| ws[i].start >= base + clause_start)
                .find_map(|i| concept_at(ws, &words.senses, i, dim, Some((first_in, last_in))))
                .map(|c| (usize::MAX, c));
        }
    }
    // a tally opened by the whole it divides: "Of the 40 deaths, 12 were in Halden, ..., two in Lund"
    if best.is_none() && ws.first().is_some_and(|w| w.low() == "of") {
        if let Some(comma) = lead.find(',') {
            best = (1..first_in)
                .take_while(|&i| ws[i].end <= base + comma)
                .find_map(|i| concept_at(ws, &words.senses, i, dim, None))
                .map(|c| (usize::MAX, c));
        }
    }
    let local = |(a, b): (usize, usize)| {
        (a.saturating_sub(base).min(sentence.len()), b.saturating_sub(base).min(sentence.len()))
    };
    let others: Vec<(usize, usize)> = others.iter().map(|&o| local(o)).collect();
    let scope = crate::scope::scope(sentence, local(span), &others, &words.hyphenated);
    let sequel = ws[first_in.saturating_sub(3)..first_in]
        .iter()
        .any(|w| matches!(w.low(), "second" | "another" | "aftershock" | "subsequent"));
    let measured =
        if dim.is(Dimension::Count) || dim.is(Dimension::Percent) { None } else { measured(sentence, local(span)) };
    Features {
        concept: best.map(|(_, c)| c),
        noun: counted.map(|c| interner.get(&noun_family(c))),
        each: scope.len() > 1 && crate::scope::distributive(local(span), &words.hyphenated),
        scope: scope.iter().map(|w| interner.get(w)).collect(),
        context: context.into_boxed_slice(),
        sequel,
        measured: interner.opt(measured.as_deref()),
        signature: Default::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_readings_of_a_sentence_are_the_plain_words_of_each() {
        let text =
            "Norland’s 1,000 well-known U.S. 12km players’ x -y z- 1.5-2 well--known ½ 'a' e-1,200 Île-de-France.";
        let doc = Doc::unsplit(text, crossread_model::Span::new(0, text.len()));
        let words = SentenceWords::new(&doc, 0);
        let spans = |ws: &[Word]| {
            ws.iter().map(|w| (w.start, w.end, w.text.to_string(), w.low().to_string())).collect::<Vec<_>>()
        };
        assert_eq!(spans(&words.plain), spans(&sentence_words(&doc, 0, false, false)));
        assert_eq!(spans(&words.hyphenated), spans(&sentence_words(&doc, 0, true, true)));
        assert!(words.hyphenated.iter().any(|w| w.text == "well-known"));
    }

    #[test]
    fn a_tally_takes_the_whole_it_divides() {
        let s = "Of the 40 deaths, 12 were in Halden, 9 in Vestby, 6 in the town of Norby, 5 in the city of Lund and three each in Brekke and Sola.";
        assert_eq!(feat(s, "three", None).concept, Some("killed"), "the tally's whole says what it counts");
        let s = "Officials said that in the end 12 were in Halden, 9 in Vestby, 6 in the town of Norby, 5 in Lund and three each in Brekke and Sola.";
        assert_eq!(feat(s, "three", None).concept, None, "no whole, no concept");
    }

    fn feat(sentence: &str, figure: &str, counted: Option<&str>) -> Features {
        feat_in(sentence, figure, counted, Dimension::Count)
    }

    fn feat_in(sentence: &str, figure: &str, counted: Option<&str>, dim: Dimension) -> Features {
        let at = sentence.find(figure).expect("figure in sentence");
        let doc = Doc::unsplit(sentence, crossread_model::Span::new(0, sentence.len()));
        features(
            sentence,
            0,
            (at, at + figure.len()),
            counted,
            Measure::Dim(dim),
            &[],
            &SentenceWords::new(&doc, 0),
            &mut Interner::default(),
        )
    }

    #[test]
    fn a_span_a_sum_is_paid_over_is_its_payment_period() {
        let s = "Halden United want the £40m paid within 18 months.";
        assert_eq!(feat_in(s, "18 months", None, Dimension::Duration).concept, Some("payment period"));
        let s = "Vesk are looking at spreading the fee over four years.";
        assert_eq!(feat_in(s, "four years", None, Dimension::Duration).concept, Some("payment period"));
        // a span of time only, and only in the sense of paying over it
        assert_eq!(feat_in(s, "four", None, Dimension::Count).concept, None);
        let s = "The club paid £40m for a striker who signed for five years.";
        assert_eq!(feat_in(s, "five years", None, Dimension::Duration).concept, None);
        // something else that spreads over a span of time is no payment
        let s = "The fire spread over three days before crews held its edge.";
        assert_eq!(feat_in(s, "three days", None, Dimension::Duration).concept, None);
    }

    #[test]
    fn nearest_concept_wins() {
        let s = "Twelve civilians were killed and 121 injured, the governor said.";
        assert_eq!(feat(s, "Twelve civilians", Some("civilians")).concept, Some("killed"));
        assert_eq!(feat(s, "121", None).concept, Some("injured"));
    }

    #[test]
    fn a_concept_word_counts_only_in_its_listed_sense() {
        let s = "About 240 villagers in the valley were cut off by the landslide.";
        assert_eq!(feat(s, "240 villagers", Some("villagers")).concept, Some("trapped"));
        let s = "The bakery chain said 240 jobs were cut across its northern shops.";
        assert_eq!(feat(s, "240 jobs", Some("jobs")).concept, None);
        let s = "Police told some 900 residents to leave before dawn.";
        assert_eq!(feat(s, "900 residents", Some("residents")).concept, Some("ordered to leave"));
        let s = "The founder told staff that 900 roles would go by spring.";
        assert_eq!(feat(s, "900 roles", Some("roles")).concept, None);
        let s = "Nearly 3,000 people have left their homes along the river.";
        assert_eq!(feat(s, "3,000 people", Some("people")).concept, Some("evacuated"));
        // a workforce's size: the figure in the word's own phrase, or governed by the verb
        let s = "The mill's 2,400-strong local workforce was told on Friday.";
        assert_eq!(feat(s, "2,400-strong", None).concept, Some("employed"));
        let s = "The mill employs about 2,400 people across the county.";
        assert_eq!(feat(s, "2,400 people", Some("people")).concept, Some("employed"));
        let s = "The mill will cut 300 jobs, or 12% of its workforce.";
        assert_eq!(feat(s, "12%", None).concept, None);
        let s = "Harbour Greens took 14 council seats in Vesk.";
        assert_eq!(feat(s, "14 council seats", Some("seats")).concept, None);
        // one word, two senses
        let s = "Rebels have taken 14 villages in the east.";
        assert_eq!(feat(s, "14 villages", Some("villages")).concept, Some("controlled"));
        let s = "Four others were taken to hospital with cuts.";
        assert_eq!(feat(s, "Four others", Some("others")).concept, Some("injured"));
    }

    #[test]
    fn rescue_names_the_rescued_only_when_it_governs_the_figure() {
        let s = "Helicopters rescue 40 people from rooftops each day.";
        assert_eq!(feat(s, "40 people", Some("people")).concept, Some("rescued"));
        let s = "The rescue of 40 miners took two days.";
        assert_eq!(feat(s, "40 miners", Some("miners")).concept, Some("rescued"));
        let s = "Some 2,000 rescue workers searched the rubble overnight.";
        assert_eq!(feat(s, "2,000", None).concept, None);
    }

    #[test]
    fn a_participle_describing_a_place_names_no_concept() {
        let s = "Some 18,400 homes in the flooded districts were still without power on Sunday.";
        assert_eq!(feat(s, "18,400 homes", Some("homes")).concept, Some("without power"));
        let s = "Some 18,400 homes in the flooded districts were counted by the utility.";
        assert_eq!(feat(s, "18,400 homes", Some("homes")).concept, None);
        // a partitive "of" names the counted whole, and keeps its sense
        let s = "Crews reached 3,000 of the displaced families on Monday.";
        assert_eq!(feat(s, "3,000", None).concept, Some("evacuated"));
    }

    #[test]
    fn a_long_subject_still_names_the_concept() {
        let s =
            "The death toll from the powerful earthquake that struck the mountain towns of the north surpassed 4,200.";
        assert_eq!(feat(s, "4,200", None).concept, Some("killed"));
        // a figure the toll rose to takes its subject across a comma
        let s = "The death toll from the quakes that struck the north on Monday, increased to 92 on Friday.";
        assert_eq!(feat(s, "92", None).concept, Some("killed"));
        // but no other figure does
        let s = "The death toll stood at 12 on Monday in the mountain towns of the north, and 4,200 homes were without heating.";
        assert_eq!(feat(s, "4,200 homes", Some("homes")).concept, None);
    }

    #[test]
    fn a_table_header_names_its_rows() {
        let text =
            "Power was still out on Monday.\n\nState Outages\n\nHalden 110,000\n\nVestby 93,000\n\nTotal Out 203,000\n";
        let doc = Doc::new(text, crossread_model::Span::new(0, text.len()));
        let row = |fig: &str| {
            let at = text.find(fig).expect("figure in text");
            table_concept(&doc, doc.sentence_at(at).expect("a sentence"), Measure::Dim(Dimension::Count))
        };
        assert_eq!(row("110,000"), Some("without power"));
        assert_eq!(row("203,000"), Some("without power"));
        // a figure in running text is no table row
        let text = "Officials said 93,000 homes had no power.\n";
        let doc = Doc::new(text, crossread_model::Span::new(0, text.len()));
        assert_eq!(table_concept(&doc, 0, Measure::Dim(Dimension::Count)), None);
    }

    #[test]
    fn places_and_nouns() {
        let f = feat("At least 3,549 people died in Vestmark, officials said.", "3,549 people", Some("people"));
        assert_eq!(f.scope.iter().map(|w| &**w).collect::<Vec<_>>(), ["vestmark"]);
        assert_eq!(f.noun.as_deref(), Some("person"));
        assert_eq!(noun_family("Russian citizens"), "person");
        assert_eq!(noun_family("villages"), "settlement");
    }

    #[test]
    fn what_a_measure_measures() {
        let m = |s: &str, fig: &str| {
            let at = s.find(fig).expect("figure in sentence");
            measured(s, (at, at + fig.len()))
        };
        assert_eq!(
            m("Engineers shored up 12 kilometres (12 miles) of the embankment.", "12 kilometres").as_deref(),
            Some("embankment")
        );
        assert_eq!(m("A warning covers a 25-mile stretch of the river.", "25-mile").as_deref(), Some("stretch"));
        assert_eq!(m("Troops hold 1,000 sq km of Norland territory.", "1,000 sq km").as_deref(), Some("territory"));
        assert_eq!(m("They pushed 12km deep into the region.", "12km"), None);
    }
}
