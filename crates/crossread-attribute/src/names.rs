//! Claimant names across reports: which are one person or body ("Aleksey Vronov", "Mr Vronov",
//! "the acting governor"), and the best name to show for each.

use crate::lexicon::{self, is};
use crate::text::strip_possessive;
use rustc_hash::FxHashMap;

/// True for a nationality word ("Japanese", "Turkish", "Syrian").
pub(crate) fn is_demonym(w: &str) -> bool {
    ["ese", "ian", "ish", "ean", "ican", "i"].iter().any(|suf| w.len() > suf.len() + 2 && w.ends_with(suf))
}

/// The words of a body's name that identify it: its content less generic and nationality words.
fn core_words(p: &Parsed) -> impl Iterator<Item = &Word> {
    p.content.iter().filter(|w| !is(&lexicon::GENERIC_NAME_WORDS, w) && !is_demonym(w))
}

/// A folded word of a parsed name: shared, not copied, by the lists it stands in.
type Word = std::rc::Rc<str>;

/// What a name says once parsed.
#[derive(Clone, Debug, Default)]
struct Parsed {
    /// Capitalised words that are not titles or roles, folded ("alexei", "vronov").
    proper: Vec<Word>,
    /// Title and role words, folded ("acting", "governor").
    roles: Vec<Word>,
    /// Every word that identifies it (proper, roles, other content), folded, for bodies.
    content: Vec<Word>,
    /// Acronyms it holds or forms ("fsra", "ukts").
    acronyms: Vec<Word>,
    /// Acronyms written in capitals in it ("FSRA"): names that share one are one body.
    written: Vec<Word>,
    /// True when a body word stands in it ("Ministry", "Agency", "news").
    body: bool,
    /// Given names: the name words after the last title, before the surname ("Aleksei" in "Acting
    /// Vesk Gov. Aleksei Vronov").
    given: Vec<Word>,
}

/// Splits a name into words as written, keeping inner apostrophes, hyphens and dots.
fn words(name: &str) -> Vec<&str> {
    if name.is_ascii() {
        // an ASCII name (most are) is split and trimmed on bytes: the same separators (ASCII
        // white space is tab to carriage return and space) and the same letters and digits
        let sep = |b: &u8| matches!(b, b'\t'..=b'\r' | b' ' | b',' | b'(' | b')' | b':' | b';' | b'"' | b'/');
        return name
            .as_bytes()
            .split(sep)
            .filter_map(|piece| {
                let first = piece.iter().position(u8::is_ascii_alphanumeric)?;
                let last = piece.iter().rposition(u8::is_ascii_alphanumeric)?;
                let at = piece.as_ptr() as usize - name.as_ptr() as usize;
                name.get(at + first..at + last + 1)
            })
            .collect();
    }
    name.split(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '(' | ')' | ':' | ';' | '"' | '\u{201c}' | '\u{201d}' | '/')
    })
    .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
    .filter(|w| !w.is_empty())
    .collect()
}

fn parse(name: &str) -> Parsed {
    let mut p = Parsed::default();
    // whether the last word kept (the last of `content`) is written in capitals
    let mut last_upper = false;
    let mut run: Vec<Word> = Vec::new();
    // An apposition after a comma describes the name before it: "Alexei Vronov, the acting governor".
    let ws = words(name);
    // each word folded once, for both passes below
    let folded: Vec<std::borrow::Cow<str>> = ws.iter().map(|w| crate::text::fold_cow(w)).collect();
    for (wi, &w) in ws.iter().enumerate() {
        let f: Word = strip_possessive(&folded[wi]).trim_end_matches('.').into();
        if f.is_empty() || is(&lexicon::NAME_FILLERS, &f) {
            continue;
        }
        // "Ukraine's military chief": a possessive before a lowercase word or a title places a role.
        let next = ws.get(wi + 1).zip(folded.get(wi + 1));
        let places_role = crate::text::is_possessive(w)
            && next.is_some_and(|(n, nf)| {
                n.chars().next().is_some_and(char::is_lowercase) || is(&lexicon::TITLES, nf.trim_end_matches('.'))
            });
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        let upper = w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        if is(&lexicon::ORG_WORDS, &f) && !is(&lexicon::PERSON_ROLES, &f) && !is(&lexicon::ORGANISATION_MODIFIERS, &f)
            || crate::text::is_domain(&f)
        {
            p.body = true;
        }
        last_upper = upper;
        if upper && f.len() <= 6 && !is(&lexicon::TITLES, &f) {
            p.acronyms.push(f.clone());
            if f.chars().count() >= 3 {
                p.written.push(f.clone());
            }
        }
        if is(&lexicon::TITLES, &f)
            || is(&lexicon::ROLE_HEADS, &f)
            || is(&lexicon::ROLE_MODS, &f) && !cap
            || cap && places_role
        {
            // "Ukraine's" in "Ukraine's military chief" places the role; it is not the person's name.
            p.roles.push(f.clone());
            run.clear();
        } else if cap && !is(&lexicon::NEVER_NAME, &f) {
            p.proper.push(f.clone());
            run.push(f.clone());
        }
        p.content.push(f);
    }
    // A body word at the end heads the name ("Vesk broadcaster KTV" is a body by its acronym).
    if let Some(f) = p.content.last() {
        if is(&lexicon::ORG_WORDS, f) && !is(&lexicon::PERSON_ROLES, f) || last_upper && !run.is_empty() {
            p.body = true;
        }
    }
    run.pop();
    p.given = run;
    // Initials of the capitalised words: "U.S. Geological Survey" and "United States Geological Survey"
    // both make "usgs".
    let mut initials = String::new();
    for (&w, f) in ws.iter().zip(&folded) {
        if is(&lexicon::NAME_FILLERS, f)
            || !w.chars().next().is_some_and(char::is_uppercase)
            || crate::text::is_possessive(w)
        {
            continue;
        }
        let letters = || w.chars().filter(|c| c.is_alphabetic());
        let all_upper = letters().all(char::is_uppercase);
        if w.contains('.') && all_upper {
            initials.extend(letters().flat_map(|c| c.to_lowercase()));
        } else if letters().nth(1).is_some() && all_upper {
            // an acronym inside a longer name stands for itself, not for one initial
            continue;
        } else if let Some(c) = letters().next() {
            initials.extend(c.to_lowercase());
        }
    }
    if initials.chars().count() >= 3 {
        p.acronyms.push(initials.into());
    }
    p
}

/// Folds spelling variants of transliterated names together ("Aleksey" and "Alexei" both -> "alexi").
fn translit(w: &str) -> String {
    // each replacement in turn, on the result of the one before, as `str::replace` makes it (left
    // to right, matches not overlapping); every pattern is ASCII, so a byte match is a character
    // match and the bytes between stay whole characters
    let mut b = w.as_bytes().to_vec();
    for (from, to) in [
        (&b"ks"[..], b'x'),
        (b"ph", b'f'),
        (b"kh", b'h'),
        (b"w", b'v'),
        (b"y", b'i'),
        (b"j", b'i'),
        (b"ei", b'i'),
        (b"ii", b'i'),
    ] {
        if let [c] = from {
            for x in b.iter_mut().filter(|x| **x == *c) {
                *x = to;
            }
        } else if b.windows(2).any(|p| p == from) {
            let mut out = Vec::with_capacity(b.len());
            let mut i = 0;
            while i < b.len() {
                if b.get(i..i + 2) == Some(from) {
                    out.push(to);
                    i += 2;
                } else {
                    out.push(b[i]);
                    i += 1;
                }
            }
            b = out;
        }
    }
    // only whole ASCII pairs were replaced by ASCII bytes: the bytes are still UTF-8
    String::from_utf8(b).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Edit distance between two short strings (one row of the table, updated in place; a short word's
/// characters and row stay on the stack).
fn edit_distance(a: &str, b: &str) -> usize {
    const SHORT: usize = 32;
    let mut chars = [' '; SHORT];
    let mut cells = [0usize; SHORT + 1];
    let n = b.chars().count();
    let (heap_chars, mut heap_row);
    let (b, row): (&[char], &mut [usize]) = if n <= SHORT {
        for (slot, c) in chars.iter_mut().zip(b.chars()) {
            *slot = c;
        }
        (&chars[..n], &mut cells[..=n])
    } else {
        heap_chars = b.chars().collect::<Vec<char>>();
        heap_row = vec![0usize; n + 1];
        (&heap_chars[..], &mut heap_row[..])
    };
    for (j, cell) in row.iter_mut().enumerate() {
        *cell = j;
    }
    for (i, ca) in a.chars().enumerate() {
        // the cell above and to the left, from the row before
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            let cell = (diag + cost).min(row[j + 1] + 1).min(row[j] + 1);
            diag = row[j + 1];
            row[j + 1] = cell;
        }
    }
    row[n]
}

/// True when two name words are one word spelt two ways ("Vronsky"/"Vronskyy", "Defence"/"Defense").
#[cfg(test)]
fn same_word(a: &str, b: &str) -> bool {
    Spellings::default().same(a, b)
}

/// The transliterated form of each word of the names being clustered, made once: names are compared
/// pair by pair, word by word. A word of the parsed names is found by where it is stored (its
/// address and length), which the names outlive the forms by (`'p`): no text to hash on each look.
#[derive(Default)]
struct Spellings<'p> {
    /// Each distinct word's form.
    forms: Vec<String>,
    /// The form of each stored word, by the word's address and length.
    at: FxHashMap<(usize, usize), usize>,
    names: std::marker::PhantomData<&'p Parsed>,
}

impl<'p> Spellings<'p> {
    /// The forms of every word of these parsed names.
    fn of(parsed: &[&'p Parsed]) -> Self {
        let mut sp = Spellings::default();
        let mut by_word: FxHashMap<&str, usize> = FxHashMap::default();
        for p in parsed {
            for w in p.proper.iter().chain(&p.roles).chain(&p.content).chain(&p.given) {
                let k = *by_word.entry(&**w).or_insert_with(|| {
                    sp.forms.push(translit(w));
                    sp.forms.len() - 1
                });
                sp.at.insert(Self::key(w), k);
            }
        }
        sp
    }

    /// Where a word is stored.
    fn key(w: &str) -> (usize, usize) {
        (w.as_ptr() as usize, w.len())
    }

    fn form(&self, w: &str) -> std::borrow::Cow<'_, str> {
        match self.at.get(&Self::key(w)).and_then(|&k| self.forms.get(k)) {
            Some(t) => std::borrow::Cow::Borrowed(t.as_str()),
            None => std::borrow::Cow::Owned(translit(w)),
        }
    }

    /// True when two name words are one word spelt two ways ("Vronsky"/"Vronskyy", "Defence"/"Defense").
    fn same(&self, a: &str, b: &str) -> bool {
        if a == b {
            return true;
        }
        let (ta, tb) = (self.form(a), self.form(b));
        if ta == tb {
            return true;
        }
        // words spelt two ways open alike: most pairs part on their first letter
        if ta.chars().next() != tb.chars().next() {
            return false;
        }
        let short = ta.chars().count().min(tb.chars().count());
        if short <= 3 {
            return false;
        }
        let limit = if short <= 6 { 1 } else { 2 };
        edit_distance(&ta, &tb) <= limit
    }

    /// True when every word of `small` has a match in `big`.
    fn covered(&self, small: &[Word], big: &[Word]) -> bool {
        !small.is_empty() && small.iter().all(|w| big.iter().any(|b| self.same(w, b)))
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Shape {
    /// First name and surname, perhaps with titles ("acting governor Alexei Vronov").
    FullPerson,
    /// A titled surname ("Mr Vronov").
    TitledSurname,
    /// One name word and nothing else ("Vronov", "Reuters").
    Mono,
    /// A named body ("the Norland Defense Ministry").
    Body,
    /// A role with no name ("the acting governor", "district officials").
    Role,
}

fn shape(p: &Parsed) -> Shape {
    if p.body {
        return if p.proper.is_empty() && p.acronyms.is_empty() { Shape::Role } else { Shape::Body };
    }
    match p.proper.len() {
        0 => Shape::Role,
        1 if p.roles.is_empty() => Shape::Mono,
        1 => Shape::TitledSurname,
        _ => Shape::FullPerson,
    }
}

fn person_match(a: &Parsed, b: &Parsed, sp: &Spellings) -> bool {
    let (Some(sa), Some(sb)) = (a.proper.last(), b.proper.last()) else { return false };
    if !sp.same(sa, sb) {
        return false;
    }
    if a.given.is_empty() || b.given.is_empty() {
        return true;
    }
    a.given.iter().any(|x| {
        b.given
            .iter()
            .any(|y| sp.same(x, y) || x.len() == 1 && y.starts_with(&**x) || y.len() == 1 && x.starts_with(&**y))
    })
}

/// Clusters claimant names across reports: names of the same person or body get the same index.
/// Indices are numbered from 0 in order of first appearance.
pub fn canonical_names(names: &[&str]) -> Vec<usize> {
    Distinct::of(names).cluster()
}

/// Clusters claimant names across reports (as [`canonical_names`]) and gives each cluster its best
/// display name (as [`display_name`] of its members, in order): each name is read once for both.
pub fn claimant_names(names: &[&str]) -> (Vec<usize>, Vec<String>) {
    let distinct = Distinct::of(names);
    let ids = distinct.cluster();
    let clusters = ids.iter().copied().max().map_or(0, |m| m + 1);
    // each distinct name stands in one cluster: its display form is worked out once, in order of
    // first appearance, as `display_name` of the cluster's members meets it
    let mut members: Vec<Vec<(usize, usize)>> = vec![Vec::new(); clusters];
    // where each distinct name stands among its cluster's members
    let mut at: Vec<Option<usize>> = vec![None; distinct.unique.len()];
    for (&k, &u) in ids.iter().zip(&distinct.slot) {
        if distinct.unique[u].is_empty() {
            continue;
        }
        let m = &mut members[k];
        match at[u] {
            Some(j) => m[j].1 += 1,
            None => {
                at[u] = Some(m.len());
                m.push((u, 1));
            }
        }
    }
    let shown = members
        .iter()
        .map(|m| {
            // one name alone is the best of its cluster: its form needs no reading to be scored
            if let [(u, _)] = m[..] {
                return display_text(distinct.unique[u], &distinct.parsed[u]);
            }
            let forms: Vec<(String, Option<Parsed>, usize, usize)> = m
                .iter()
                .map(|&(u, times)| {
                    let (d, shown) = display_form_of(distinct.unique[u], &distinct.parsed[u]);
                    (d, shown, times, u)
                })
                .collect();
            best_form(
                forms.iter().map(|(d, shown, times, u)| (d, shown.as_ref().unwrap_or(&distinct.parsed[*u]), *times)),
            )
        })
        .collect();
    (ids, shown)
}

/// The distinct names of a list, trimmed, each read once.
struct Distinct<'n> {
    /// Each distinct trimmed name, in order of first appearance.
    unique: Vec<&'n str>,
    /// The distinct name of each name given.
    slot: Vec<usize>,
    /// Each distinct name read.
    parsed: Vec<Parsed>,
}

impl<'n> Distinct<'n> {
    fn of(names: &[&'n str]) -> Self {
        let mut unique: Vec<&str> = Vec::new();
        let mut slot: Vec<usize> = Vec::with_capacity(names.len());
        let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for n in names {
            let k = *seen.entry(n.trim()).or_insert_with(|| {
                unique.push(n.trim());
                unique.len() - 1
            });
            slot.push(k);
        }
        let parsed = unique.iter().map(|n| parse(n)).collect();
        Distinct { unique, slot, parsed }
    }

    /// The cluster of each name given, numbered from 0 in order of first appearance.
    fn cluster(&self) -> Vec<usize> {
        // Cluster each distinct spelling once.
        let ids = cluster_bounded(&self.parsed, &self.slot, COMPARED_NAMES);
        // Renumber in order of first appearance over the full list.
        let mut renum: Vec<Option<usize>> = vec![None; self.unique.len()];
        let mut next = 0;
        self.slot
            .iter()
            .map(|&k| {
                *renum[ids[k]].get_or_insert_with(|| {
                    next += 1;
                    next - 1
                })
            })
            .collect()
    }
}

/// How many distinct names are compared with one another, spelling by spelling. A story has far
/// fewer; past this (a huge input of unrelated reports) the rarer names join others only when they
/// are worded the same, so clustering stays within a bounded cost.
const COMPARED_NAMES: usize = 1500;

/// Clusters distinct names (`slot` gives each occurrence's distinct name, for their frequency); ids
/// count from 0 in order of first appearance.
fn cluster_bounded(unique: &[Parsed], slot: &[usize], compared: usize) -> Vec<usize> {
    if unique.len() <= compared {
        return cluster_unique(&unique.iter().collect::<Vec<_>>());
    }
    let mut count = vec![0usize; unique.len()];
    for &k in slot {
        count[k] += 1;
    }
    // the most frequent names, in order of first appearance, are compared in full
    let mut by_count: Vec<usize> = (0..unique.len()).collect();
    by_count.sort_by(|&a, &b| count[b].cmp(&count[a]).then(a.cmp(&b)));
    let mut top: Vec<usize> = by_count[..compared].to_vec();
    top.sort_unstable();
    let top_names: Vec<&Parsed> = top.iter().map(|&i| &unique[i]).collect();
    let top_ids = cluster_unique(&top_names);
    // the rest join by their wording alone
    let mut cluster_of: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut raw: Vec<Option<usize>> = vec![None; unique.len()];
    for (&i, &id) in top.iter().zip(&top_ids) {
        raw[i] = Some(id);
        cluster_of.entry(unique[i].content.join(" ")).or_insert(id);
    }
    let mut next = top_ids.iter().copied().max().map_or(0, |m| m + 1);
    for (i, name) in unique.iter().enumerate() {
        if raw[i].is_none() {
            let key = name.content.join(" ");
            let key = if key.is_empty() { format!("\u{0}{i}") } else { key };
            let id = *cluster_of.entry(key).or_insert_with(|| {
                next += 1;
                next - 1
            });
            raw[i] = Some(id);
        }
    }
    // number in order of first appearance
    let mut renum: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    raw.iter()
        .map(|r| {
            let n = renum.len();
            *renum.entry(r.unwrap_or(usize::MAX)).or_insert(n)
        })
        .collect()
}

/// Clusters distinct names; ids count from 0 in order of first appearance.
fn cluster_unique(parsed: &[&Parsed]) -> Vec<usize> {
    let shapes: Vec<Shape> = parsed.iter().map(|p| shape(p)).collect();
    let norm: Vec<String> = parsed.iter().map(|p| p.content.join(" ")).collect();
    let sp = Spellings::of(parsed);
    let n = parsed.len();
    let mut sets = crossread_model::DisjointSets::new(n);
    // Identical wording.
    for i in 0..n {
        for j in 0..i {
            if !norm[i].is_empty() && norm[i] == norm[j] {
                sets.join(i, j);
            }
        }
    }
    // Bodies that share an acronym written out in capitals.
    for i in 0..n {
        for j in 0..i {
            if parsed[i].written.iter().any(|a| parsed[j].written.contains(a)) {
                sets.join(i, j);
            }
        }
    }
    // Full person names: same surname, compatible first names.
    for i in 0..n {
        for j in 0..i {
            if shapes[i] == Shape::FullPerson
                && shapes[j] == Shape::FullPerson
                && person_match(parsed[i], parsed[j], &sp)
            {
                sets.join(i, j);
            }
        }
    }
    // Bodies with the same words, spelt alike.
    for i in 0..n {
        for j in 0..i {
            if shapes[i] == Shape::Body && shapes[j] == Shape::Body {
                let (a, b) = (&parsed[i].content, &parsed[j].content);
                if sp.covered(a, b) && sp.covered(b, a) {
                    sets.join(i, j);
                }
            }
        }
    }
    // A less specific name joins the one cluster it fits, when only one fits; the more specific
    // shapes go first, so "Vronov" meets "Mr Vronov" already joined to "Alexei Vronov".
    let order = [Shape::TitledSurname, Shape::Body, Shape::Mono, Shape::Role];
    let sequence: Vec<usize> =
        order.iter().flat_map(|sh| (0..n).filter(|&i| shapes[i] == *sh).collect::<Vec<_>>()).collect();
    for i in sequence {
        let p = &parsed[i];
        let candidates: Vec<usize> = (0..n)
            .filter(|&j| j != i && sets.find(j) != sets.find(i))
            .filter(|&j| match (shapes[i], shapes[j]) {
                (Shape::TitledSurname | Shape::Mono, Shape::FullPerson) => person_match(p, parsed[j], &sp),
                (Shape::Mono, Shape::TitledSurname) => person_match(p, parsed[j], &sp),
                (Shape::Mono, Shape::Body) => {
                    // "Telepress" is "Telepress news agency"; "Vesk" is not "Vesk Weather Office".
                    let mut core = core_words(parsed[j]);
                    let only = core.next().filter(|_| core.next().is_none());
                    only.is_some_and(|w| sp.same(w, &p.proper[0]))
                        || p.acronyms.iter().any(|a| parsed[j].acronyms.contains(a))
                }
                (Shape::Body, Shape::Body) => {
                    let q = &parsed[j];
                    sp.covered(&p.content, &q.content) && p.content.len() <= q.content.len()
                        || p.acronyms.iter().any(|a| q.acronyms.contains(a))
                }
                (Shape::Role, Shape::FullPerson | Shape::TitledSurname) => {
                    let head = p.roles.iter().rev().find(|r| is(&lexicon::PERSON_ROLES, r));
                    head.is_some_and(|h| parsed[j].roles.iter().any(|r| same_role(r, h)))
                }
                (Shape::Role, Shape::Body) => {
                    // "the regional government" is "Norland regional government"; a lone
                    // "authorities" or "officials" is nobody in particular.
                    let head = p.roles.iter().rev().find(|r| is(&lexicon::PERSON_ROLES, r));
                    head.is_none() && p.roles.len() >= 2 && sp.covered(&p.roles, &parsed[j].content)
                }
                _ => false,
            })
            .collect();
        let mut roots: Vec<usize> = candidates.iter().map(|&j| sets.find(j)).collect();
        roots.sort_unstable();
        roots.dedup();
        if roots.len() == 1 {
            sets.join(i, roots[0]);
        }
    }
    // Number clusters in order of first appearance.
    let mut ids: Vec<Option<usize>> = vec![None; n];
    let mut next = 0;
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let r = sets.find(i);
        let id = *ids[r].get_or_insert_with(|| {
            next += 1;
            next - 1
        });
        out.push(id);
    }
    out
}

fn same_role(a: &str, b: &str) -> bool {
    let norm = |r: &str| {
        match r {
            "gov" => "governor",
            "pres" => "president",
            other => other,
        }
        .to_string()
    };
    norm(a) == norm(b)
}

/// The name as a reader should see it, and that form parsed (see [`display_text`]).
fn display_form(name: &str) -> (String, Parsed) {
    let name = name.trim();
    let p = parse(name);
    let (d, shown) = display_form_of(name, &p);
    (d, shown.unwrap_or(p))
}

/// The form shown of a trimmed `name` read as `p`, and that form parsed when it is not the name as
/// written (which `p` reads already).
fn display_form_of(name: &str, p: &Parsed) -> (String, Option<Parsed>) {
    let d = display_text(name, p);
    let shown = (d != name).then(|| parse(&d));
    (d, shown)
}

/// The name as a reader should see it: for a person, the name after its titles ("acting governor
/// Alexei Vronov" -> "Alexei Vronov"); for a body, the name without a leading "the". `name` is
/// trimmed and `p` is its reading.
fn display_text(name: &str, p: &Parsed) -> String {
    let ws = words(name);
    if !p.body && !p.proper.is_empty() {
        // The run of name words after the last title or role word.
        let mut start = 0;
        for (i, w) in ws.iter().enumerate() {
            // a lowercase or possessive word ends the run before the name whatever it is: it is
            // folded only when capitalised
            let cap = w.chars().next().is_some_and(char::is_uppercase);
            let not_name = !cap || crate::text::is_possessive(w) || {
                let f = crate::text::fold_cow(w);
                let f = strip_possessive(&f).trim_end_matches('.');
                is(&lexicon::TITLES, f) || is(&lexicon::NEVER_NAME, f)
            };
            if not_name {
                start = i + 1;
            }
        }
        if start < ws.len() {
            return ws[start..].join(" ");
        }
    }
    // "Vesk broadcaster KTV", "the tracking site gridwatch.io": the name after a lowercase head.
    if p.body {
        let head = ws.iter().rposition(|w| {
            let f = crate::text::fold_cow(w);
            w.chars().next().is_some_and(char::is_lowercase)
                && (is(&lexicon::ROLE_HEADS, &f) || is(&lexicon::ORG_WORDS, &f))
                && !crate::text::is_domain(&f)
        });
        if let Some(h) = head {
            let rest = &ws[h + 1..];
            let opens_name = rest.first().is_some_and(|w| {
                w.chars().next().is_some_and(char::is_uppercase) || crate::text::is_domain(&crate::text::fold_cow(w))
            });
            if opens_name
                && rest.iter().all(|w| {
                    w.chars().next().is_some_and(|c| c.is_uppercase() || c == '&')
                        || crate::text::is_domain(&crate::text::fold_cow(w))
                        || is(&lexicon::NAME_FILLERS, &crate::text::fold_cow(w))
                })
            {
                let start = ws[h + 1];
                if let Some(at) = name.find(start) {
                    return name[at..].trim().to_string();
                }
            }
        }
    }
    let lower = name.to_lowercase();
    for det in ["the ", "a ", "an "] {
        if lower.starts_with(det) {
            if let Some(rest) = name.get(det.len()..) {
                return rest.trim().to_string();
            }
        }
    }
    name.to_string()
}

/// The best display name for one cluster of claimant names: the fullest person name ("Alexei Vronov"
/// over "Mr Vronov"), or the most common, fullest name of a body.
pub fn display_name(names: &[&str]) -> String {
    // each distinct name is read once, with how often it stands in the cluster
    let mut slot: FxHashMap<&str, usize> = FxHashMap::default();
    let mut forms: Vec<(String, Parsed, usize)> = Vec::new();
    for n in names.iter().filter(|n| !n.trim().is_empty()) {
        let k = *slot.entry(n).or_insert_with(|| {
            let (d, p) = display_form(n);
            forms.push((d, p, 0));
            forms.len() - 1
        });
        forms[k].2 += 1;
    }
    best_form(forms.iter().map(|(d, p, times)| (d, p, *times)))
}

/// The best of the display forms of one cluster's names (each form, its reading and how often its
/// name stands in the cluster, in order): see [`display_name`].
fn best_form<'f>(forms: impl Iterator<Item = (&'f String, &'f Parsed, usize)> + Clone) -> String {
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    for (d, _, times) in forms.clone() {
        *counts.entry(d.as_str()).or_default() += times;
    }
    let score = |(d, p, _): &(&String, &Parsed, usize)| {
        let person_full = !p.body && p.proper.len() >= 2;
        let named = !p.proper.is_empty() || !p.acronyms.is_empty();
        let proper = p.proper.len().min(4);
        (person_full, named, proper, counts.get(d.as_str()).copied().unwrap_or(0), d.len())
    };
    // the first of the best, as the names were given
    let mut forms = forms;
    let Some(mut best) = forms.next() else { return String::new() };
    for f in forms {
        if score(&f) > score(&best) {
            best = f;
        }
    }
    best.0.clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_the_bound_rare_names_join_only_by_their_wording() {
        let unique = ["Alexei Vronov", "Mr Vronov", "Ana Ruiz", "the Harbour Authority", "Ana  Ruiz"];
        // "Ana Ruiz" is frequent; the rest are seen once
        let slot = [0, 1, 2, 2, 2, 3, 4];
        let unique: Vec<Parsed> = unique.iter().map(|n| parse(n)).collect();
        let ids = cluster_bounded(&unique, &slot, 2);
        assert_eq!(ids.len(), 5);
        assert_eq!(ids[2], ids[4], "the same wording joins");
        assert_ne!(ids[0], ids[1], "no fuzzy match past the bound");
        // within the bound the fuzzy rules run
        let ids = cluster_bounded(&unique, &slot, 10);
        assert_eq!(ids[0], ids[1]);
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("vronov", "vronov"), 0);
        assert_eq!(edit_distance("vronov", "vronsky"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("abc", ""), 3);
        assert_eq!(edit_distance("şahin", "sahin"), 1);
    }

    #[test]
    fn transliterations_match() {
        assert!(same_word("aleksey", "alexei"));
        assert!(same_word("vronsky", "vronskyy"));
        assert!(same_word("defence", "defense"));
        assert!(!same_word("quell", "ribe"));
    }
}
