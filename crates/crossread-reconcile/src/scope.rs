//! Where a figure applies: the place that scopes it ("39 were in Wajima", "the death toll in Vestmark
//! rose to 3,549", "In Norland, ... the toll climbed to 2,500", a table row "Halden 110,000"). Places
//! named elsewhere in the sentence ("the quake that struck southern Vestmark") do not scope it.

use crate::features::Word;
use crossread_text::lexicon as lx;

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn demonym(lower: &str) -> bool {
    ["ian", "ese", "ish", "ean", "ani", "eli"].iter().any(|e| lower.ends_with(e)) && lower.len() > 4
}

fn strip_possessive(w: &str) -> (&str, bool) {
    for p in ["'s", "’s"] {
        if let Some(x) = w.strip_suffix(p) {
            return (x, true);
        }
    }
    (w, false)
}

/// Byte ranges of parenthesised text, skipped when looking for places and clause ends.
fn parentheses(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // most sentences hold no bracket: a quick search for an opening one says so
    if !s.as_bytes().contains(&b'(') && !s.as_bytes().contains(&b'[') {
        return out;
    }
    let mut open = None;
    // brackets are ASCII, and no byte of a longer character is: a byte scan finds them where a
    // character scan would, without decoding every character of every figure's sentence
    for (i, c) in s.bytes().enumerate() {
        match c {
            b'(' | b'[' if open.is_none() => open = Some(i),
            b')' | b']' => {
                if let Some(o) = open.take() {
                    out.push((o, i + 1));
                }
            }
            _ => {}
        }
    }
    out
}

fn inside(ranges: &[(usize, usize)], at: usize) -> bool {
    ranges.iter().any(|&(a, b)| a <= at && at < b)
}

fn is_boundary(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '—' | '–' | '"' | '“' | '”')
}

/// The boundary character (see [`is_boundary`]) starting at byte `i` of `s`, if one does. The ASCII
/// ones are single bytes, and the others start with the byte 0xE2, so most bytes are passed over
/// without decoding a character.
fn boundary_at(s: &str, i: usize) -> Option<char> {
    let c = match *s.as_bytes().get(i)? {
        b if b.is_ascii() => char::from(b),
        0xE2 => s.get(i..)?.chars().next()?,
        _ => return None,
    };
    Some(c).filter(|&c| is_boundary(c))
}

/// Reads a place phrase whose preposition is token `k`; returns its key words and the index after it.
fn place_phrase(s: &str, toks: &[Word], k: usize, limit: usize) -> Option<(Vec<String>, usize)> {
    // "of" inside a name is not a place: "Ministry of Health", "Bank of Norland"
    if toks[k].text == "of"
        && k > 0
        && capitalised(toks[k - 1].text)
        && s[toks[k - 1].end..toks[k].start].trim().is_empty()
    {
        return None;
    }
    let mut j = k + 1;
    let mut direction: Option<&str> = None;
    while j < toks.len() && toks[j].start < limit {
        let lower = toks[j].low();
        if let Some(&d) = lx::DIRECTIONS.get(lower) {
            direction = Some(d);
            j += 1;
        } else if lx::PLACE_MODIFIERS.contains(lower) {
            j += 1;
        } else {
            break;
        }
        // a comma or other break ends the phrase before any name
        if j < toks.len() && s[toks[j - 1].end..toks[j].start].chars().any(is_boundary) {
            return None;
        }
    }
    let mut places = Vec::new();
    loop {
        let (name, end) = place_name(s, toks, j, limit)?;
        places.push(match direction {
            Some(d) => format!("{d} {name}"),
            None => name,
        });
        j = end;
        // a list of places: "across Halden, Vestby, Norby and other counties"
        if j >= toks.len() || toks[j].start >= limit {
            break;
        }
        let gap = &s[toks[j - 1].end..toks[j].start];
        let joined = gap.trim() == "," || toks[j].text == "and" || toks[j].text == "or";
        if !joined {
            break;
        }
        let mut n = if toks[j].text == "and" || toks[j].text == "or" { j + 1 } else { j };
        if n < toks.len() && (toks[n].text == "and" || toks[n].text == "or") {
            n += 1;
        }
        direction = None;
        while n < toks.len() && toks[n].start < limit {
            let lower = toks[n].low();
            if lower == "the" {
                n += 1;
            } else if let Some(&d) = lx::DIRECTIONS.get(lower) {
                direction = Some(d);
                n += 1;
            } else {
                break;
            }
        }
        if n >= toks.len() || toks[n].start >= limit || !capitalised(toks[n].text) {
            break;
        }
        j = n;
    }
    Some((places, j))
}

/// Reads a run of capitalised words at token `j` as a place name.
fn place_name(s: &str, toks: &[Word], mut j: usize, limit: usize) -> Option<(String, usize)> {
    let mut words: Vec<String> = Vec::new();
    while j < toks.len() && toks[j].start < limit && capitalised(toks[j].text) {
        if !words.is_empty() && !s[toks[j - 1].end..toks[j].start].trim().is_empty() {
            break;
        }
        let (w, possessive) = strip_possessive(toks[j].text);
        let lower = w.to_lowercase();
        if lx::NOT_PLACES.contains(lower.as_str()) || demonym(&lower) || lower.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        // a capitalised place noun after the name ends it: "Kursk Region" is "kursk"
        if !words.is_empty() && lx::PLACE_NOUNS.contains(lower.as_str()) {
            j += 1;
            break;
        }
        words.push(lower);
        j += 1;
        if possessive {
            break;
        }
    }
    if words.is_empty() {
        None
    } else {
        Some((words.join(" "), j))
    }
}

/// Whether the figure at `fig` is each place's own count, a distributive word right after it
/// ("two each in Halden and Vestby"), not the places' sum ("two in Halden and Vestby").
pub fn distributive(fig: (usize, usize), toks: &[Word]) -> bool {
    toks.iter().find(|t| t.start >= fig.1).is_some_and(|t| lx::DISTRIBUTIVE_WORDS.contains(t.low()))
}

/// The places that scope the figure at `fig` in `sentence`, given the other figures' ranges
/// (all offsets relative to the sentence). Sorted; empty when none does.
pub fn scope(sentence: &str, fig: (usize, usize), others: &[(usize, usize)], toks: &[Word]) -> Vec<String> {
    let parens = parentheses(sentence);
    let clause_end = |from: usize| -> usize {
        let from_at = from.min(sentence.len());
        let mut end = (from_at..sentence.len())
            .find(|&at| boundary_at(sentence, at).is_some() && !inside(&parens, at))
            .unwrap_or(sentence.len());
        // (words are in order: none past the end can end the clause sooner)
        for t in toks.iter().take_while(|t| t.start < end) {
            if t.start >= from && lx::CLAUSE_WORDS.contains(t.low()) {
                end = t.start;
                break;
            }
        }
        others.iter().filter(|o| o.0 >= from).map(|o| o.0).min().map_or(end, |o| o.min(end))
    };
    let mut out: Vec<String> = Vec::new();

    // after the figure, up to the end of its clause: "39 were in Wajima", "3,317 in Syria"
    let end = clause_end(fig.1);
    let first_after = toks.iter().position(|t| t.start >= fig.1).unwrap_or(toks.len());
    let mut k = first_after;
    while k < toks.len() && toks[k].start < end {
        let lower = toks[k].low();
        if lx::RELATIVES.contains(lower) {
            break;
        }
        // a subordinate clause tells of something else ("150 dead as rescuers search North Carolina"),
        // though "as of Tuesday" does not open one
        let next = toks.get(k + 1).map(|t| t.low());
        if lx::SUBORDINATORS.contains(lower) && next != Some("of") {
            break;
        }
        // "and" before a name opens another phrase: "a £5m deal and winger Ola Berg from Vestby"
        // tells where the winger came from, not the deal
        if lower == "and" && toks.get(k + 1).is_some_and(|t| capitalised(t.text)) {
            break;
        }
        // "from" is where the counted come from only right after them ("3,000 people from Halden"):
        // after a predicate it is a cause or a source ("without power from Storm Vela")
        let source = lower == "from" && k > first_after + 2;
        if lx::PLACE_PREPOSITIONS.contains(lower) && !source && !inside(&parens, toks[k].start) {
            // the phrase may run past a comma when it lists places
            let list_end = others.iter().filter(|o| o.0 >= fig.1).map(|o| o.0).min().unwrap_or(sentence.len());
            if let Some((places, _)) = place_phrase(sentence, toks, k, list_end) {
                out = places;
                break;
            }
        }
        k += 1;
    }

    // before the figure, back to the start of its clause: "the death toll in Vestmark rose to 3,549"
    if out.is_empty() {
        // just after the last boundary before the figure
        let head = &sentence[..fig.0.min(sentence.len())];
        let mut start = (0..head.len())
            .rev()
            .find_map(|i| boundary_at(head, i).filter(|_| !inside(&parens, i)).map(|c| i + c.len_utf8()))
            .unwrap_or(0);
        for o in others {
            if o.1 <= fig.0 && o.1 > start {
                start = o.1;
            }
        }
        // (words are in order: none starting past the figure ends before it)
        for t in toks.iter().take_while(|t| t.start <= fig.0) {
            if t.start >= start && t.end <= fig.0 && lx::CLAUSE_WORDS.contains(t.low()) {
                start = t.end;
            }
        }
        let first = toks.iter().position(|t| t.start >= start).unwrap_or(toks.len());
        let mut k = first;
        while k < toks.len() && toks[k].end <= fig.0 {
            let lower = toks[k].low();
            // "reported that the toll in Vestmark rose to 3,549": "that" after a speech verb opens
            // the reported clause, which holds the figure, so places before it do not scope it
            let reported =
                lower == "that" && k.checked_sub(1).is_some_and(|p| lx::SPEECH_VERBS.contains(toks[p].low()));
            if reported {
                out.clear();
                k += 1;
                continue;
            }
            if lx::RELATIVES.contains(lower) {
                // "the quake that struck in Vestmark": what follows describes the quake
                break;
            }
            if lx::PLACE_PREPOSITIONS.contains(lower) && !inside(&parens, toks[k].start) {
                if let Some((places, next)) = place_phrase(sentence, toks, k, fig.0) {
                    out = places;
                    k = next;
                    continue;
                }
            }
            k += 1;
        }
        // a table row: "Halden 110,000"
        if out.is_empty() && start == 0 {
            let head: Vec<&Word> = toks.iter().take_while(|t| t.end <= fig.0).collect();
            let only_names = !head.is_empty()
                && head.len() <= 3
                && sentence[..fig.0].trim_end().ends_with(|c: char| c.is_alphabetic())
                && head.iter().all(|t| capitalised(t.text) && !lx::NOT_PLACES.contains(t.text.to_lowercase().as_str()));
            let rest = sentence[fig.1.min(sentence.len())..].trim();
            if only_names && rest.len() <= 1 {
                out.push(head.iter().map(|t| t.text.to_lowercase()).collect::<Vec<_>>().join(" "));
            }
        }
    }

    // a sentence that opens with its place: "In Norland, already reeling, the toll climbed to 2,500"
    if out.is_empty() {
        if let Some(t0) = toks.first() {
            let lower = t0.low();
            if matches!(lower, "in" | "across" | "throughout") {
                let comma = clause_end(t0.end);
                if comma < fig.0 && sentence[comma..].starts_with(',') {
                    if let Some((places, _)) = place_phrase(sentence, toks, 0, comma) {
                        out = places;
                    }
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sc(sentence: &str, figure: &str) -> Vec<String> {
        let at = sentence.find(figure).expect("figure in sentence");
        // every other number in the sentence is another figure
        let mut others = Vec::new();
        let bytes = sentence.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i].is_ascii_digit() {
                let s = i;
                while i < bytes.len()
                    && (bytes[i].is_ascii_digit()
                        || bytes[i] == b',' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
                {
                    i += 1;
                }
                if s != at {
                    others.push((s, i));
                }
            } else {
                i += 1;
            }
        }
        let doc = crossread_text::Doc::unsplit(sentence, crossread_model::Span::new(0, sentence.len()));
        scope(sentence, (at, at + figure.len()), &others, &crate::features::sentence_words(&doc, 0, true, true))
    }

    fn each(sentence: &str, figure: &str) -> bool {
        let at = sentence.find(figure).expect("figure in sentence");
        let doc = crossread_text::Doc::unsplit(sentence, crossread_model::Span::new(0, sentence.len()));
        distributive((at, at + figure.len()), &crate::features::sentence_words(&doc, 0, true, true))
    }

    #[test]
    fn a_count_for_each_place() {
        let s = "Of the 40 dead, 12 were in Halden, three each in Vestby and Norby, and 9 in Lund.";
        assert!(each(s, "three"), "each place's own count");
        assert_eq!(sc(s, "three"), ["norby", "vestby"]);
        assert!(!each(s, "12"));
        assert!(!each("Three died in Vestby and Norby.", "Three"), "the places' sum");
    }

    #[test]
    fn place_after_the_figure() {
        let s = "Among the 64 victims, 31 lived in Halden, 25 in Vestby, and 8 in the town of Norby.";
        assert!(sc(s, "64").is_empty());
        assert_eq!(sc(s, "31"), ["halden"]);
        assert_eq!(sc(s, "25"), ["vestby"]);
        assert_eq!(sc(s, "8"), ["norby"]);
        let s = "Officials have recorded 9,412 deaths in Vestmark so far and another 1,208 in Norland.";
        assert_eq!(sc(s, "9,412"), ["vestmark"]);
        assert_eq!(sc(s, "1,208"), ["norland"]);
    }

    #[test]
    fn place_before_the_figure() {
        assert_eq!(sc("By evening the number of dead in Vestmark stood at 1,876, she said.", "1,876"), ["vestmark"]);
        let s = "In Norland, where roads are still cut, the count of victims passed 930 on Sunday.";
        assert_eq!(sc(s, "930"), ["norland"]);
        let s = "The toll from the flooding in northwestern Norland (two valleys cut off) is now 212.";
        assert_eq!(sc(s, "212"), ["northwest norland"]);
        // "that" after a speech verb opens the reported clause; it is no relative
        let s = "Medics reported that the toll from the flooding in eastern Norland had risen to 212.";
        assert_eq!(sc(s, "212"), ["east norland"]);
        let s = "Medics in Vestby reported that the toll had risen to 212.";
        assert!(sc(s, "212").is_empty());
    }

    #[test]
    fn places_that_do_not_scope() {
        // a relative clause describes the quake, not the toll
        assert!(
            sc("The death toll from the quake that struck in southern Vestmark surpassed 6,000.", "6,000").is_empty()
        );
        // nor does a subordinate clause after the figure
        assert!(sc("The toll passed 150 as rescuers searched the hills of western Vestmark.", "150").is_empty());
        assert_eq!(sc("The toll passed 150 as of Tuesday in Vestmark.", "150"), ["vestmark"]);
        // a list of places is the whole, not one of them
        let s = "Some 640,000 customers in the Marches, Halden, Vestby and other counties lost power.";
        assert_eq!(sc(s, "640,000"), ["halden", "marches", "vestby"]);
        // nor a place of another phrase joined by "and": the deal's place is the one before it
        let s = "Halden signed Ola Berg from Vestby in a £5 million deal and Norlandish winger Jon Dal from Kirk.";
        assert_eq!(sc(s, "5"), ["vestby"]);
        assert_eq!(sc("Crews restored power to 1,200 homes and businesses in Kirk.", "1,200"), ["kirk"]);
        // "from" after a predicate is a cause or a source, not where the counted are
        assert!(sc("Some 90,000 homes were still without power from Storm Vela.", "90,000").is_empty());
        assert!(sc("The club paid 40 million to sign him from Vestby.", "40 million").is_empty());
        assert_eq!(sc("About 300 volunteers from Halden joined the search.", "300"), ["halden"]);
        // a demonym is not a place
        assert!(sc("The brigade holds 75 sq km of Norlandish farmland.", "75").is_empty());
        // nor is a body's name
        assert!(sc("The Bureau of Statistics counts 4,300 homes lost.", "4,300").is_empty());
    }

    #[test]
    fn table_rows() {
        assert_eq!(sc("South Halden 721,000", "721,000"), ["south halden"]);
        assert!(sc("Total Out 1,968,000", "1,968,000").is_empty());
    }
}
