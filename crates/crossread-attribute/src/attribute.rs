//! The report-level pass: finds the cues of every sentence in order, resolves pronouns and definite
//! descriptions against the names seen so far, works out who speaks each quoted passage, and gives
//! each figure the claimant of the cue that governs it.

use crate::cues::{find_cues, Cue, Who};
use crate::np::{is_name_word, looks_like_person, np_back, Np};
use crate::text::{fold, fold_cow, Class, Sent, Spare};
use crate::Claimant;
use crossread_figures::Reading;
use crossread_model::{units, Figure, Report, Span};
use crossread_text::{Doc, Quote};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// How many sentences back a pronoun may reach for its speaker.
const PRONOUN_REACH: usize = 8;

/// How many sentences back a role ("the governor") may reach for the name it stands for.
const ANTECEDENT_REACH: usize = 40;

/// The words of the sentences around the one being read: each built once, when first asked for, and
/// let go once no mention can reach back to it, so memory stays bounded on a huge report.
pub(crate) struct Window<'a> {
    pub(crate) doc: &'a Doc<'a>,
    /// One slot per sentence, filled when first asked for; the ones before `kept_from` are let go.
    built: Vec<std::cell::OnceCell<Sent<'a>>>,
    kept_from: usize,
    /// The lists of sentences let go, which the next sentence built fills again: a sentence costs
    /// no new lists once the window has moved on.
    spare: std::cell::RefCell<Vec<Spare<'a>>>,
    /// What a sentence number past the end reads as: no words.
    none: Sent<'a>,
}

impl<'a> Window<'a> {
    fn new(doc: &'a Doc<'a>) -> Window<'a> {
        let n = doc.sentences().len();
        Window {
            doc,
            built: std::iter::repeat_with(std::cell::OnceCell::new).take(n).collect(),
            kept_from: 0,
            spare: Default::default(),
            none: Sent::new(doc, n, Spare::default()),
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.doc.sentences().len()
    }

    /// The words of sentence `i`.
    pub(crate) fn get(&self, i: usize) -> &Sent<'a> {
        let Some(slot) = self.built.get(i) else { return &self.none };
        slot.get_or_init(|| {
            let spare = self.spare.borrow_mut().pop().unwrap_or_default();
            Sent::new(self.doc, i, spare)
        })
    }

    /// Lets go of the sentences before `i`.
    fn forget_before(&mut self, i: usize) {
        let to = i.min(self.built.len());
        for slot in self.built.get_mut(self.kept_from..to).unwrap_or_default() {
            if let Some(s) = slot.take() {
                self.spare.get_mut().push(s.into_spare());
            }
        }
        self.kept_from = self.kept_from.max(to);
    }
}

/// How many named claimants back a later mention may be resolved against ("the ministry", "he",
/// a bare surname). A report names far fewer; the bound keeps a huge input linear.
const HISTORY_REACH: usize = 256;

/// How far (in bytes) a bare figure may be from the attributed figure it restates ("12 dead" in a
/// headline, "police said 12 people died" in the body): farther than any one article runs.
const RESTATED_REACH: usize = 30_000;

/// True when a role's modifier and a word of a name say the same ("weather" office, "Meteorological" Office).
fn mod_matches(m: &str, w: &str) -> bool {
    // the words come folded already: an ASCII word with no capital is its own lower case
    let w: std::borrow::Cow<str> =
        if w.bytes().any(|b| !b.is_ascii() || b.is_ascii_uppercase()) { w.to_lowercase().into() } else { w.into() };
    m == w || crossread_text::lexicon::MODIFIER_SYNONYMS.iter().any(|g| g.contains(&m) && g.contains(&&*w))
}

/// A claimant named so far in the report.
#[derive(Clone, Debug)]
struct Named {
    sent: usize,
    claimant: Claimant,
    person: bool,
    /// The name folded, and where each of its words stands in that (see [`name_words`]).
    folded: String,
    words: Vec<std::ops::Range<usize>>,
}

impl Named {
    fn new(sent: usize, claimant: Claimant, person: bool) -> Self {
        let (folded, words) = name_words(&claimant.name);
        Named { sent, claimant, person, folded, words }
    }

    /// The folded words of the name, in order.
    fn words(&self) -> impl Iterator<Item = &str> + Clone {
        self.words.iter().map(|r| self.folded.get(r.clone()).unwrap_or(""))
    }

    /// The last folded word of the name.
    fn last_word(&self) -> Option<&str> {
        self.words.last().and_then(|r| self.folded.get(r.clone()))
    }

    /// How many words the name has.
    fn word_count(&self) -> usize {
        self.words.len()
    }
}

/// A cue of a sentence with the claimant it resolved to.
pub(crate) type Resolved = (Cue, Option<Claimant>);

/// The claimant of every figure of `reading`, in order.
pub(crate) fn run(report: &Report, reading: &Reading) -> Vec<Option<Claimant>> {
    let text = report.text.as_str();
    let doc = &reading.doc;
    let sents = reading.sentences();
    let n = sents.len();
    // the spans of each sentence's figures, in order, as one list: sentence `i` holds
    // `fig_spans[fig_at[i]..fig_at[i + 1]]` (a few lists for the report, not one per sentence)
    let mut fig_at = vec![0usize; n + 1];
    for f in &reading.figures {
        if f.sentence < n {
            fig_at[f.sentence + 1] += 1;
        }
    }
    for i in 0..n {
        fig_at[i + 1] += fig_at[i];
    }
    let mut fig_spans = vec![Span::new(0, 0); fig_at[n]];
    let mut fill = fig_at[..n].to_vec();
    for f in &reading.figures {
        if let Some(at) = fill.get_mut(f.sentence) {
            fig_spans[*at] = f.span;
            *at += 1;
        }
    }
    let mut hist: Vec<Named> = Vec::new();
    let mut persons: HashSet<String> = HashSet::default();
    // where the people named in full so far stand, by sentence: what a "she said" with no speaker
    // reaches for (the name is copied out only for a pronoun that takes it)
    let mut mentions: Vec<(usize, Span)> = Vec::new();
    let mut resolved: Vec<Vec<Resolved>> = Vec::with_capacity(n);
    // where each resolved claimant's name stands, and whether it names a person
    let mut person_at: HashMap<Span, bool> = Default::default();
    // each sentence's words, built once while a mention may still look back at them
    let mut sentences = Window::new(doc);
    for si in 0..n {
        let figs = &fig_spans[fig_at[si]..fig_at[si + 1]];
        sentences.forget_before(si.saturating_sub(ANTECEDENT_REACH));
        let s = sentences.get(si);
        for (np, surname) in person_mentions(s) {
            // a surname met before is not copied again
            if !persons.contains(&*surname) {
                persons.insert(surname.into_owned());
            }
            mentions.push((si, claimant_span(s, np)));
        }
        let cues = find_cues(s, figs);
        let mut out = Vec::with_capacity(cues.len());
        for cue in cues {
            let recent = &hist[hist.len().saturating_sub(HISTORY_REACH)..];
            let got = resolve(&cue.who, s, si, recent, &persons, &sentences).or_else(|| {
                // A pronoun with no speaker before it: the person the text last named in full.
                match cue.who {
                    Who::Pronoun("he" | "she") => {
                        let recent = mentions.iter().rev().take_while(|m| m.0 + 3 >= si);
                        let last = recent.clone().find(|m| m.0 < si)?.0;
                        let span = recent.filter(|m| m.0 == last).last()?.1;
                        Some((Claimant { name: span.slice(s.text).to_string(), span }, true))
                    }
                    _ => None,
                }
            });
            if let Some((c, person)) = &got {
                person_at.insert(c.span, *person);
                hist.push(Named::new(si, c.clone(), *person));
            }
            out.push((cue, got.map(|g| g.0)));
        }
        resolved.push(out);
    }
    let quotes = doc.quotes();
    let speakers = quote_speakers(text, quotes, doc, &resolved);
    // Each figure: the cue that governs it, else the speaker of the quote it stands in.
    let mut bare = vec![false; reading.figures.len()];
    let mut out: Vec<Option<Claimant>> = Vec::with_capacity(reading.figures.len());
    for (i, f) in reading.figures.iter().enumerate() {
        let Some(cues) = resolved.get(f.sentence) else {
            out.push(None);
            continue;
        };
        if let Some((_, c)) = choose(text, cues, f.span) {
            out.push(c.clone());
            continue;
        }
        // quotes are in text order and do not overlap: the one that could hold the figure is the
        // last to open before it
        let quote = quotes.partition_point(|q| q.span.start <= f.span.start).checked_sub(1).filter(|&q| {
            let q = quotes[q].span;
            q.start <= f.span.start && f.span.end <= q.end
        });
        match quote {
            Some(qi) => out.push(speakers.get(qi).cloned().flatten()),
            None => {
                bare[i] = true;
                out.push(None);
            }
        }
    }
    // A figure stated bare (a headline, a summary) that the report attributes elsewhere carries
    // that attribution.
    let attributed: Vec<usize> = (0..out.len()).filter(|&j| out[j].is_some() && !reading.figures[j].vague).collect();
    for (i, f) in reading.figures.iter().enumerate() {
        if !bare[i] || f.vague {
            continue;
        }
        // figures are in text order, so the attributed ones within reach are one slice of the list
        let start = |j: &usize| reading.figures[*j].span.start;
        let from = attributed.partition_point(|j| start(j) + RESTATED_REACH < f.span.start);
        let to = attributed.partition_point(|j| start(j) <= f.span.start + RESTATED_REACH);
        let source = attributed[from..to]
            .iter()
            .map(|&j| (j, &reading.figures[j]))
            .filter(|(j, g)| *j != i && same_figure(f, g))
            .min_by_key(|(_, g)| g.span.start.abs_diff(f.span.start));
        if let Some((j, _)) = source {
            // an attributed figure is not bare, so this loop never changes its claimant
            out[i] = out[j].clone();
        }
    }
    crate::carry::carry_tally_source(text, reading, &resolved, &bare, &person_at, &mut out);
    out
}

/// True when two figures state the same amount: one unit (or convertible units) and one value,
/// a count under 100 only with the same counted noun.
fn same_figure(a: &Figure, b: &Figure) -> bool {
    if b.vague {
        return false;
    }
    let close = |x: f64, y: f64, tol: f64| (x - y).abs() <= tol * x.abs().max(y.abs()).max(1e-9);
    if a.unit != b.unit && (a.unit.is_count() || b.unit.is_count()) {
        return false;
    }
    let (lo, hi) =
        match units::convert(b.value.low(), b.unit, a.unit).zip(units::convert(b.value.high(), b.unit, a.unit)) {
            Some(v) => v,
            None => return false,
        };
    let tol = if a.unit == b.unit { 0.005 } else { 0.02 };
    if !(close(a.value.low(), lo, tol) && close(a.value.high(), hi, tol)) {
        return false;
    }
    if a.unit.is_count() && a.value.high() < 100.0 {
        let noun = |f: &Figure| f.counted.as_deref().map(|c| crossread_figures::singular(&c.to_lowercase()));
        return noun(a).is_some() && noun(a) == noun(b);
    }
    true
}

/// True when the text between two offsets holds a clause break a cue does not reach across.
fn barrier(text: &str, from: usize, to: usize) -> bool {
    let between = text.get(from..to).unwrap_or("");
    between.contains(';') || between.contains(", as ") || between.contains(", after ")
}

/// The cue that governs a figure at `f`: "according to" first (it names the source a reporting
/// verb passes on), then a cue whose claim follows it, then one whose claim comes before it, the
/// nearest of each; a cue never reaches past another cue.
fn choose<'r>(text: &str, cues: &'r [Resolved], f: Span) -> Option<&'r Resolved> {
    let mut best: Option<((bool, bool, usize), &Resolved)> = None;
    for (i, r) in cues.iter().enumerate() {
        let c = &r.0;
        if f.start >= c.start && f.end <= c.end {
            continue;
        }
        let others = || cues.iter().enumerate().filter(move |(j, _)| *j != i).map(|(_, o)| &o.0);
        let found = if c.after && f.start >= c.verb_end {
            let blocked =
                others().any(|o| o.start >= c.verb_end && o.start < f.start) || barrier(text, c.verb_end, f.start);
            (!blocked).then(|| (false, f.start - c.verb_end))
        } else if c.before && f.end <= c.start {
            // "..., Radio Vesk reported, citing X": the cue X follows does not block it.
            let adjacent = |o: &Cue| {
                c.according
                    && text
                        .get(o.end..c.start)
                        .is_some_and(|b| b.trim_matches(|ch: char| ch == ',' || ch.is_whitespace()).is_empty())
            };
            let blocked = others().any(|o| o.start >= f.end && o.end <= c.start && !adjacent(o));
            (!blocked).then(|| (true, c.start - f.end))
        } else {
            None
        };
        if let Some((before, d)) = found {
            let key = (!c.according, before, d);
            if match &best {
                Some((k, _)) => key < *k,
                None => true,
            } {
                best = Some((key, r));
            }
        }
    }
    best.map(|b| b.1)
}

pub(crate) fn claimant_of(s: &Sent, np: Np) -> Claimant {
    let span = claimant_span(s, np);
    Claimant { name: span.slice(s.text).to_string(), span }
}

/// Where the claimant named by `np` stands in the text.
fn claimant_span(s: &Sent, np: Np) -> Span {
    let mut span = s.span_of(np.a, np.b);
    // "Vesk Water's figures": the name without its possessive ending ("Barlow's" alone keeps it).
    let w = s.word(np.b);
    let next = s.lw(np.b + 1);
    if crate::lexicon::is(&crate::lexicon::DOC_NOUNS, next) || crate::lexicon::is(&crate::lexicon::ROLE_HEADS, next) {
        for suf in ["'s", "\u{2019}s"] {
            if w.ends_with(suf) && span.len() > suf.len() {
                span = Span::new(span.start, span.end - suf.len());
                break;
            }
        }
    }
    span
}

/// The folded word tokens of a name, without possessive endings: the folded name and where each
/// word stands in it (one string for the whole name, not one per word).
fn name_words(name: &str) -> (String, Vec<std::ops::Range<usize>>) {
    let folded = fold(name);
    let words = folded
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| {
            // where the word starts in the folded name: split hands out slices of it
            let start = w.as_ptr() as usize - folded.as_ptr() as usize;
            start..start + crate::text::strip_possessive(w).len()
        })
        .filter(|r| !r.is_empty())
        .collect();
    (folded, words)
}

fn head_matches<'w>(mut words: impl Iterator<Item = &'w str> + Clone, head: &str) -> bool {
    let alt: &[&str] = match head {
        "governor" => &["governor", "gov"],
        "government" => &["government", "govt"],
        "president" => &["president", "pres"],
        "agency" => &["agency"],
        "ministry" => &["ministry"],
        other => return words.any(|w| w == other),
    };
    words.any(|w| alt.contains(&w))
}

/// Resolves who a cue names to a claimant, and whether that claimant is a person.
fn resolve(
    who: &Who,
    s: &Sent,
    si: usize,
    hist: &[Named],
    persons: &HashSet<String>,
    sentences: &Window,
) -> Option<(Claimant, bool)> {
    match who {
        Who::Phrase(np) => {
            let c = claimant_of(s, *np);
            let mut person = looks_like_person(s, *np);
            if !person && np.a == np.b && s.class(np.a) == Class::Name {
                // A bare surname of a person named before ("Quell").
                let w = fold_cow(s.stem(np.a));
                person = persons.contains(&*w) || hist.iter().any(|h| h.person && h.last_word() == Some(&*w));
            }
            Some((c, person))
        }
        Who::Definite(np, head) => {
            // "the education ministry" is not "the Interior Ministry": a specific modifier must recur.
            let mods: Vec<String> = (np.a..=np.b)
                .filter(|&i| {
                    s.class(i) == Class::Mod && !crossread_text::lexicon::GENERIC_ROLE_MODIFIERS.contains(s.stem(i))
                })
                .map(|i| s.stem(i).to_string())
                .collect();
            let fits =
                |h: &Named| head_matches(h.words(), head) && mods.iter().all(|m| h.words().any(|x| mod_matches(m, x)));
            if let Some(h) = hist.iter().rev().find(|h| fits(h) && has_proper(&h.claimant.name)) {
                return Some((h.claimant.clone(), h.person));
            }
            // "the agency" after "the national disaster agency": the fuller description.
            let words = np.b - np.a + 1;
            if let Some(h) = hist
                .iter()
                .rev()
                .find(|h| fits(h) && h.word_count() > words && si.saturating_sub(h.sent) <= PRONOUN_REACH)
            {
                return Some((h.claimant.clone(), h.person));
            }
            let n = sentences.len();
            let back = (0..si.min(n)).rev().take(ANTECEDENT_REACH);
            // the phrase is read once for the three questions below
            let person = looks_like_person(s, *np);
            // A lead may name a person by role before it gives the name ("Norland's top commander").
            let ahead = (si + 1..n).take(if person { 12 } else { 0 });
            let antecedent = find_antecedent(sentences, back, head, &mods)
                .or_else(|| find_antecedent(sentences, ahead, head, &mods));
            if let Some(c) = antecedent {
                return Some((c, person));
            }
            if crossread_text::lexicon::BODY_HEADS.contains(head.as_str()) {
                if let Some(c) = crate::carry::nearest_body_name(sentences, si, np.a, persons) {
                    return Some((c, false));
                }
            }
            Some((claimant_of(s, *np), person))
        }
        Who::Pronoun(p) => {
            let near = |h: &&Named| si.saturating_sub(h.sent) <= PRONOUN_REACH;
            let found = match *p {
                "he" | "she" => {
                    hist.iter().rev().filter(near).find(|h| h.person).or_else(|| hist.iter().rev().find(|h| h.person))
                }
                "it" => hist.iter().rev().filter(|h| si.saturating_sub(h.sent) <= 5).find(|h| !h.person),
                _ => hist.iter().rev().find(|h| si.saturating_sub(h.sent) <= 5),
            };
            found.map(|h| (h.claimant.clone(), h.person))
        }
    }
}

/// The people a sentence names in full ("Vesk President Ana Maria Ruiz", "Jonas
/// Ribe"), with their surnames, so a bare "Ruiz said" later reads as a person and a "she said"
/// with no speaker before it finds who was named.
fn person_mentions<'s>(s: &'s Sent) -> Vec<(Np, std::borrow::Cow<'s, str>)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        // only a capitalised word or a domain name can be a name or a title: most words are
        // passed over without working out their class
        let may_name = s.is_word(i) && (s.is_cap(i) || crate::text::has_dot(s.lw(i)));
        if !may_name || !matches!(s.class(i), Class::Name | Class::Title) {
            i += 1;
            continue;
        }
        let start = i;
        while i < s.len() && matches!(s.class(i), Class::Name | Class::Title | Class::Dot) {
            i += 1;
        }
        let mut last = i - 1;
        while last > start && s.class(last) == Class::Dot {
            last -= 1;
        }
        let run = start..=last;
        let org = run
            .clone()
            .any(|k| crate::lexicon::is(&crate::lexicon::ORG_WORDS, s.stem(k)) && s.class(k) != Class::Title);
        let titled = run.clone().any(|k| s.class(k) == Class::Title) && s.class(last) == Class::Name;
        let names = run.clone().rev().take_while(|&k| is_name_word(s, k)).count();
        let lower = s.word(last).chars().any(char::is_lowercase);
        if !org
            && lower
            && s.class(last) == Class::Name
            && !crate::text::is_possessive(s.word(last))
            && (titled || names >= 2)
        {
            let np = np_back(s, last).unwrap_or(Np { a: start, b: last });
            out.push((np, fold_cow(s.stem(last))));
        }
    }
    out
}

/// True when a name has a capitalised word that is not a title ("Jonas Ribe", not "The Governor").
fn has_proper(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        if !w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        let l = fold(w);
        let l = crate::text::strip_possessive(l.trim_matches(|c: char| !c.is_alphanumeric()));
        !crate::lexicon::is(&crate::lexicon::TITLES, l) && !crate::lexicon::is(&crate::lexicon::NEVER_NAME, l)
    })
}

/// The nearest earlier phrase that names someone by the role `head` ("Vesk governor Marta
/// Quell", "Marta Quell, the governor of ...").
fn find_antecedent(
    sentences: &Window,
    order: impl Iterator<Item = usize>,
    head: &str,
    mods: &[String],
) -> Option<Claimant> {
    for i in order.filter(|&i| i < sentences.len()) {
        let s = sentences.get(i);
        for k in (0..s.len()).rev() {
            // the stem is a start of the word, so a hit opens with the role's first letter ("gov"
            // too): most words are passed over on their first byte
            if s.lw(k).as_bytes().first() != head.as_bytes().first() {
                continue;
            }
            let st = s.stem(k);
            let hit = st == head || (head == "governor" && st == "gov");
            if !hit {
                continue;
            }
            // "governor Marta Quell": names after the role.
            let mut b = k;
            while b + 1 < s.len() && matches!(s.class(b + 1), Class::Name | Class::Dot | Class::Title) {
                b += 1;
            }
            let a = np_back(s, k).map_or(k, |np| np.a);
            // The role's own modifiers must stand around it ("the education ministry").
            let near = a.saturating_sub(12)..=b;
            if !mods.iter().all(|m| near.clone().any(|i| mod_matches(m, s.stem(i)))) {
                continue;
            }
            if (a..=b).any(|i| i != k && is_name_word(s, i) && !crate::text::is_possessive(s.word(i))) {
                let np = Np { a: (a..=b).find(|&i| s.class(i) != crate::text::Class::Det).unwrap_or(a), b };
                return Some(claimant_of(s, np));
            }
            // "Marta Quell, the governor of ...": a name before a comma.
            if a >= 2 && s.is_punct(a - 1, &[',']) {
                if let Some(np) = np_back(s, a - 2) {
                    if (np.a..=np.b).any(|i| is_name_word(s, i)) {
                        return Some(claimant_of(s, np));
                    }
                }
            }
        }
    }
    None
}

/// Who speaks each quoted passage: a cue right after its closing mark or right before its opening
/// one, or else the speaker of the passage it continues.
fn quote_speakers(text: &str, quotes: &[Quote], doc: &Doc, resolved: &[Vec<Resolved>]) -> Vec<Option<Claimant>> {
    let sents = doc.sentences();
    // sentences are in text order: the one holding `at` is the last to start at or before it
    let sentence_of = |at: usize| {
        let i = sents.partition_point(|s| s.span.start <= at).checked_sub(1)?;
        let s = sents[i].span;
        (at < s.end.max(s.start + 1)).then_some(i)
    };
    let mut out: Vec<Option<Claimant>> = Vec::with_capacity(quotes.len());
    for (qi, q) in quotes.iter().enumerate() {
        let first = sentence_of(q.span.start).unwrap_or(0);
        let last = sentence_of(q.span.end.saturating_sub(1)).unwrap_or(first);
        let mut best: Option<(usize, Option<Claimant>)> = None;
        for si in first.saturating_sub(1)..=(last + 1).min(resolved.len().saturating_sub(1)) {
            let Some(cues) = resolved.get(si) else { continue };
            for (c, who) in cues {
                let gap = if c.start >= q.span.end {
                    let between = text.get(q.span.end..c.start).unwrap_or(".");
                    // "…,” she said" on the same line; a cue on the next line starts something new.
                    let same_line = !between.contains('\n');
                    (same_line && between.trim_matches(|ch: char| ch.is_whitespace() || ch == ',').is_empty())
                        .then_some(c.start - q.span.end)
                } else if c.verb_end <= q.span.start {
                    let between = text.get(c.verb_end..q.span.start).unwrap_or(".");
                    let ok = between.len() <= 40
                        && !between.contains(['.', '\u{201d}', '"', '\n'])
                        && (between.trim_end().ends_with(':')
                            || between.trim().is_empty()
                            || between.trim_end().ends_with("that")
                            || between.trim_end().ends_with(','));
                    ok.then_some(q.span.start - c.verb_end)
                } else {
                    None
                };
                if let Some(g) = gap {
                    if match &best {
                        Some(b) => g < b.0,
                        None => true,
                    } {
                        best = Some((g, who.clone()));
                    }
                }
            }
        }
        let speaker = match best {
            Some((_, who)) => who,
            None => {
                // A passage that opens a sentence right after another quoted passage continues it.
                let prev = qi.checked_sub(1).and_then(|p| quotes.get(p).map(|pq| (p, pq)));
                match prev {
                    Some((p, pq)) => {
                        let pq_last = sentence_of(pq.span.end.saturating_sub(1)).unwrap_or(0);
                        let starts_sentence = sents.get(first).is_some_and(|s| s.span.start + 3 >= q.span.start);
                        if (pq.open_ended || starts_sentence) && first <= pq_last + 2 {
                            out.get(p).cloned().flatten()
                        } else {
                            None
                        }
                    }
                    None => None,
                }
            }
        };
        out.push(speaker);
    }
    out
}
