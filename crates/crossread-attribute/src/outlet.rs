//! Which outlet published a report, read from its text when its front matter does not say.

use crate::lexicon::{self, is};
use crossread_model::Report;

/// Outlets known by their domain or short form, with the name a reader knows.
const KNOWN: &[(&str, &str)] = &[
    ("nbcnews", "NBC News"),
    ("express", "Daily Express"),
    ("bbc", "BBC"),
    ("cnn", "CNN"),
    ("sky", "Sky News"),
    ("reuters", "Reuters"),
    ("apnews", "Associated Press"),
    ("ap", "Associated Press"),
    ("theguardian", "The Guardian"),
    ("guardian", "The Guardian"),
    ("nytimes", "The New York Times"),
    ("washingtonpost", "The Washington Post"),
    ("aljazeera", "Al Jazeera"),
    ("dw", "DW"),
    ("foxnews", "Fox News"),
    ("cbsnews", "CBS News"),
    ("abcnews", "ABC News"),
    ("npr", "NPR"),
    ("yahoo", "Yahoo News"),
    ("independent", "The Independent"),
    ("telegraph", "The Telegraph"),
    ("dailymail", "Daily Mail"),
    ("ft", "Financial Times"),
    ("bloomberg", "Bloomberg"),
    ("afp", "AFP"),
    ("upi", "UPI"),
    ("aa", "Anadolu Agency"),
    ("france24", "France 24"),
    ("euronews", "Euronews"),
    ("politico", "Politico"),
    ("axios", "Axios"),
    ("usatoday", "USA Today"),
    ("latimes", "Los Angeles Times"),
    ("wsj", "The Wall Street Journal"),
    ("economist", "The Economist"),
    ("thetimes", "The Times"),
    ("mirror", "Daily Mirror"),
    ("ndtv", "NDTV"),
    ("indiatoday", "India Today"),
    ("hindustantimes", "Hindustan Times"),
    ("timesofindia", "The Times of India"),
    ("gulfnews", "Gulf News"),
    ("japantimes", "The Japan Times"),
    ("nhk", "NHK"),
    ("kyodonews", "Kyodo News"),
    ("ctvnews", "CTV News"),
    ("cbc", "CBC News"),
    ("abc", "ABC News"),
    ("news", "Sky News"),
];

/// Second-level domain suffixes under a country code ("co.uk", "com.au").
const SECOND_LEVEL: &[&str] = &["co", "com", "org", "net", "gov", "ac", "gob", "or", "ne", "go"];

/// Short labels that read as acronyms.
const ACRONYMS: &[&str] = &[
    "nbc", "cbs", "abc", "cnn", "bbc", "pbs", "npr", "ap", "afp", "upi", "itv", "rte", "dw", "ctv", "cbc", "nhk",
    "ndtv", "wsj", "ft", "rt", "tass", "sbs", "kcra", "wral", "wsoc", "wtvd", "wbtv", "wlos", "wcnc",
];

/// One way of reading the outlet from a report's lines.
type Finder = fn(&[&str]) -> Option<String>;

/// The publisher of a report: `report.outlet` when set, else read from the text (datelines,
/// bylines, "originally published on ...", copyright lines, "notifications from ...").
pub fn detect_outlet(report: &Report) -> Option<String> {
    if let Some(o) = report.outlet.as_deref().map(str::trim).filter(|o| !o.is_empty()) {
        return Some(o.to_string());
    }
    detect_in_text(&report.text)
}

/// Reads the outlet from a report's text.
pub(crate) fn detect_in_text(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let finders: &[Finder] = &[
        published_on,
        notifications_from,
        copyright,
        dateline,
        cannot_verify,
        byline,
        caps_prefix,
        logo_line,
        masthead,
        told_outlet,
        source_line,
    ];
    finders.iter().find_map(|f| f(&lines)).map(|o| tidy(&o)).filter(|o| !o.is_empty())
}

fn tidy(o: &str) -> String {
    let o = o.trim().trim_matches(|c: char| !c.is_alphanumeric() && c != ')' && c != '(').trim();
    let o = o.strip_suffix("All rights reserved").unwrap_or(o).trim().trim_end_matches(['.', ',']).trim();
    o.to_string()
}

/// The text after the first of `keys` in `line` (ASCII case-insensitive), if any.
fn after<'a>(line: &'a str, keys: &[&str]) -> Option<&'a str> {
    let low = line.to_ascii_lowercase();
    keys.iter().find_map(|k| low.find(k).and_then(|i| line.get(i + k.len()..)))
}

/// A name at the start of `s`: words up to punctuation that ends it.
fn name_at(s: &str) -> String {
    let end = s.find(['?', '!', '|', '\u{2014}', '\u{2013}', ';', '(', '\n']).unwrap_or(s.len());
    let mut n = s[..end].trim();
    if let Some(i) = n.find(". ") {
        n = &n[..i];
    }
    n.trim().trim_end_matches('.').trim().to_string()
}

/// "This story was originally published on harbourgazette.com", "first appeared on NBCNews.com".
fn published_on(lines: &[&str]) -> Option<String> {
    for l in lines {
        if let Some(rest) = after(
            l,
            &[
                "originally published on ",
                "originally published by ",
                "first published on ",
                "first published by ",
                "originally appeared on ",
                "first appeared on ",
                "appeared first on ",
            ],
        ) {
            let n = name_at(rest);
            if !n.is_empty() {
                return Some(from_domain_or_name(&n));
            }
        }
    }
    None
}

/// "Get news notifications from Daily Express", "Sign up for notifications from X".
fn notifications_from(lines: &[&str]) -> Option<String> {
    for l in lines {
        if let Some(rest) = after(l, &["notifications from "]) {
            let n = name_at(rest);
            if !n.is_empty() && n.split_whitespace().count() <= 5 {
                return Some(from_domain_or_name(&n));
            }
        }
    }
    None
}

/// "Copyright 2024 The Associated Press", "© Sky News 2024".
fn copyright(lines: &[&str]) -> Option<String> {
    for l in lines {
        let Some(rest) = after(l, &["copyright ", "\u{a9}", "(c) "]) else { continue };
        let rest = rest.trim_start_matches(|c: char| {
            c.is_ascii_digit() || c.is_whitespace() || c == '\u{a9}' || c == '-' || c == ','
        });
        let rest = rest
            .strip_prefix("Copyright")
            .unwrap_or(rest)
            .trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
        let n = name_at(rest);
        let n = n.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace()).to_string();
        let n = n.split(". All rights").next().unwrap_or("").trim().to_string();
        if !n.is_empty()
            && n.split_whitespace().count() <= 6
            && n.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        {
            return Some(from_domain_or_name(&n));
        }
    }
    None
}

/// "KYIV, Aug 12 (Reuters) -", "(AP) —", "Kelso, Jan. 5 (Coast Press)--": a name in brackets before a dash,
/// near the top of the story.
fn dateline(lines: &[&str]) -> Option<String> {
    for l in lines.iter().take(25) {
        let mut from = 0;
        while let Some(open) = l[from..].find('(').map(|i| from + i) {
            let Some(close) = l[open..].find(')').map(|i| open + i) else { break };
            let inner = l[open + 1..close].trim();
            let rest = l[close + 1..].trim_start();
            let dash = rest.starts_with(['-', '\u{2014}', '\u{2013}']);
            let words = inner.split_whitespace().count();
            if dash
                && (1..=4).contains(&words)
                && inner.chars().next().is_some_and(char::is_uppercase)
                && !inner.contains(" via ")
            {
                return Some(expand_short(inner));
            }
            from = close + 1;
        }
        // "Ankara/IBNS/UNI:" — a place then agencies, slash-separated.
        if let Some((head, _)) = l.split_once(':') {
            let parts: Vec<&str> = head.split('/').map(str::trim).collect();
            if parts.len() >= 2 && parts[1..].iter().all(|p| p.len() >= 2 && p.chars().all(|c| c.is_ascii_uppercase()))
            {
                return Some(parts[1..].join("/"));
            }
        }
    }
    None
}

/// "CNN cannot independently verify", "Reuters could not independently verify".
fn cannot_verify(lines: &[&str]) -> Option<String> {
    for l in lines {
        for key in [
            " cannot independently verify",
            " could not independently verify",
            " was unable to independently verify",
            " has not independently verified",
            " could not immediately verify",
            " cannot independently confirm",
            " could not independently confirm",
        ] {
            if let Some(i) = l.find(key) {
                let before = &l[..i];
                let words: Vec<&str> = before.split_whitespace().collect();
                // The name is the capitalised run just before the phrase.
                let mut run = Vec::new();
                for w in words.iter().rev() {
                    if w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with(['.', ',', ':']) {
                        run.push(*w);
                    } else if matches!(*w, "The" | "the") && !run.is_empty() {
                        run.push(*w);
                        break;
                    } else {
                        break;
                    }
                }
                run.reverse();
                if !run.is_empty()
                    && run.len() <= 4
                    && !matches!(run.as_slice(), ["It"] | ["We"] | ["He"] | ["She"] | ["They"])
                {
                    return Some(run.join(" "));
                }
            }
        }
    }
    None
}

/// True when a phrase reads as a job title rather than an outlet ("Deputy World News Editor").
fn is_job(s: &str) -> bool {
    s.split_whitespace().any(|w| {
        matches!(
            w.to_lowercase().trim_matches(|c: char| !c.is_alphanumeric()),
            "editor"
                | "reporter"
                | "correspondent"
                | "writer"
                | "producer"
                | "staff"
                | "contributor"
                | "journalist"
                | "columnist"
                | "deputy"
                | "chief"
                | "senior"
                | "political"
                | "photographer"
                | "analyst"
                | "host"
                | "anchor"
                | "intern"
                | "fellow"
                | "bureau"
                | "desk"
                | "team"
                | "reporting"
                | "updated"
                | "published"
        )
    })
}

/// True when a phrase reads as an outlet name: an acronym, a known outlet, or ending in an outlet word.
fn is_outlet_like(s: &str) -> bool {
    let ws: Vec<&str> = s.split_whitespace().collect();
    if ws.is_empty() || ws.len() > 5 || is_job(s) {
        return false;
    }
    let last = ws[ws.len() - 1].to_lowercase();
    let last = last.trim_matches(|c: char| !c.is_alphanumeric());
    let all_caps =
        ws.len() == 1 && ws[0].len() >= 2 && ws[0].chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let known = KNOWN.iter().any(|(_, name)| name.eq_ignore_ascii_case(s));
    ws.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()))
        && (all_caps || known || is(lexicon::OUTLET_WORDS, last) || crate::text::is_domain(&s.to_lowercase()))
}

/// "By Jane Doe, CNN", "By Jane Doe | The Northern Ledger".
fn byline(lines: &[&str]) -> Option<String> {
    for l in lines.iter().take(30) {
        let Some(rest) = l.strip_prefix("By ").or_else(|| l.strip_prefix("BY ")) else { continue };
        for seg in rest.split([',', '|', '\u{2014}', '\u{2013}']).skip(1) {
            let seg = seg.trim();
            let seg = seg.strip_prefix("and ").unwrap_or(seg);
            if is_outlet_like(seg) {
                return Some(from_domain_or_name(seg));
            }
        }
        if let Some(i) = rest.find(" for ") {
            let seg = name_at(&rest[i + 5..]);
            if is_outlet_like(&seg) {
                return Some(from_domain_or_name(&seg));
            }
        }
    }
    None
}

/// "KELSO NEWS: Twelve died ..." — an outlet name in capitals opening a line.
fn caps_prefix(lines: &[&str]) -> Option<String> {
    for l in lines.iter().take(12) {
        let Some((head, _)) = l.split_once(':') else { continue };
        let head = head.trim();
        let caps = head.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        if caps
            && head.split_whitespace().count() <= 4
            && is_outlet_like(&title_case_words(head))
            && head.split_whitespace().count() >= 2
        {
            return Some(from_domain_or_name(&title_case_words(head)));
        }
    }
    None
}

/// "WTVD logo" near the top.
fn logo_line(lines: &[&str]) -> Option<String> {
    for l in lines.iter().take(12) {
        let Some(name) = l.strip_suffix(" logo").or_else(|| l.strip_suffix(" Logo")) else { continue };
        let name = name.trim();
        if (1..=4).contains(&name.split_whitespace().count()) && name.chars().next().is_some_and(char::is_uppercase) {
            return Some(from_domain_or_name(name));
        }
    }
    None
}

/// A first line that is only an outlet's name, above or below the headline ("The Harbour Gazette").
fn masthead(lines: &[&str]) -> Option<String> {
    for l in lines.iter().take(3) {
        let l = l.trim();
        if l.len() <= 40
            && !l.ends_with(['.', '?', '!', ':'])
            && !l.chars().any(|c| c.is_ascii_digit())
            && is_outlet_like(l)
            && l.split_whitespace().count() >= 2
        {
            return Some(l.to_string());
        }
    }
    None
}

/// "..., she told The Northern Ledger.", "has told Vesk Radio."
fn told_outlet(lines: &[&str]) -> Option<String> {
    for l in lines {
        let mut from = 0;
        while let Some(i) = l[from..].find("told ").map(|i| from + i) {
            let rest = &l[i + 5..];
            let end = rest.find(['.', ',', ';', ':', '?', '!', '"', '\u{201c}', '\u{201d}', '(']).unwrap_or(rest.len());
            let cand: Vec<&str> = rest[..end]
                .split_whitespace()
                .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                .collect();
            let cand = cand.join(" ");
            // Wire agencies are quoted by everyone who runs their copy: "told Reuters" names no outlet.
            let wire = matches!(
                cand.trim_start_matches("The "),
                "Reuters" | "AFP" | "AP" | "Associated Press" | "UPI" | "Agence France-Presse"
            );
            let acronym = matches!(cand.as_str(), "CNN" | "BBC" | "NPR" | "NBC" | "CBS" | "ABC");
            let known = KNOWN.iter().any(|(_, n)| n.eq_ignore_ascii_case(&cand));
            let shaped = is_outlet_like(&cand)
                && cand.split_whitespace().count() <= 4
                && !cand.chars().all(|c| c.is_uppercase());
            if !cand.is_empty() && !wire && (acronym || known || shaped) {
                return Some(from_domain_or_name(&cand));
            }
            from = i + 5;
        }
    }
    None
}

/// "Source: RT, SANA" at the end of a story.
fn source_line(lines: &[&str]) -> Option<String> {
    for l in lines.iter().rev().take(15) {
        let Some(rest) = l.strip_prefix("Source: ").or_else(|| l.strip_prefix("Sources: ")) else { continue };
        let first = rest.split([',', ';', '/']).next().unwrap_or("").trim();
        if !first.is_empty()
            && first.split_whitespace().count() <= 4
            && first.chars().next().is_some_and(char::is_uppercase)
        {
            return Some(from_domain_or_name(first));
        }
    }
    None
}

fn title_case_words(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            if w.len() <= 3 || ACRONYMS.contains(&w.to_lowercase().as_str()) {
                w.to_string()
            } else {
                title_case(&w.to_lowercase())
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn title_case(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Expands a dateline's short form ("AP" -> "Associated Press").
fn expand_short(s: &str) -> String {
    match s {
        "AP" => "Associated Press".to_string(),
        _ => s.to_string(),
    }
}

/// A reader's name for a domain, or the name itself when it is not a domain.
fn from_domain_or_name(s: &str) -> String {
    let t = s.trim().trim_end_matches(['.', ',']);
    let low = t.to_lowercase();
    let low = low.trim_start_matches("https://").trim_start_matches("http://").trim_start_matches("www.");
    let host = low.split('/').next().unwrap_or("");
    if !host.contains(' ') && crate::text::is_domain(host) {
        return domain_name(host);
    }
    if let Some((_, name)) = KNOWN.iter().find(|(k, _)| k.eq_ignore_ascii_case(t)) {
        return (*name).to_string();
    }
    t.to_string()
}

/// The name a reader knows for a domain: a known outlet, or the second-level label split into words
/// and title-cased ("harbourgazette.com" -> "Harbour Gazette").
pub(crate) fn domain_name(host: &str) -> String {
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    if labels.len() < 2 {
        return title_case(host);
    }
    let n = labels.len();
    let idx = if n >= 3 && labels[n - 1].len() == 2 && SECOND_LEVEL.contains(&labels[n - 2]) { n - 3 } else { n - 2 };
    let label = labels[idx];
    // "news.sky.com": the outlet is the label before the suffix, "sky".
    if let Some((_, name)) = KNOWN.iter().find(|(k, _)| *k == label) {
        if label == "news" && idx > 0 {
            return domain_name(&labels[idx - 1..].join("."));
        }
        return (*name).to_string();
    }
    split_label(label)
}

/// Splits a domain label at outlet words and title-cases it ("harbourgazette" -> "Harbour Gazette",
/// "vestmarkdaily" -> "Vestmark Daily").
fn split_label(label: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut rest = label.to_string();
    // Peel outlet words off the end, then off the start.
    'outer: loop {
        for w in lexicon::OUTLET_WORDS.iter().filter(|w| w.len() >= 3) {
            if rest.len() > w.len() + 1 && rest.ends_with(w) {
                words.insert(0, (*w).to_string());
                rest.truncate(rest.len() - w.len());
                continue 'outer;
            }
        }
        break;
    }
    let mut head: Vec<String> = Vec::new();
    'front: loop {
        for w in lexicon::OUTLET_WORDS.iter().filter(|w| w.len() >= 4) {
            if rest.len() > w.len() + 2 && rest.starts_with(w) {
                head.push((*w).to_string());
                rest = rest[w.len()..].to_string();
                continue 'front;
            }
        }
        break;
    }
    let mut all = head;
    if !rest.is_empty() {
        all.push(rest);
    }
    all.extend(words);
    all.iter()
        .map(|w| {
            let acronym = ACRONYMS.contains(&w.as_str()) || (w.len() <= 3 && !w.chars().any(|c| "aeiouy".contains(c)));
            if acronym {
                w.to_uppercase()
            } else {
                title_case(w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_read_as_names() {
        assert_eq!(domain_name("nbcnews.com"), "NBC News");
        assert_eq!(domain_name("www.express.co.uk"), "Daily Express");
        assert_eq!(domain_name("bbc.co.uk"), "BBC");
        assert_eq!(domain_name("news.sky.com"), "Sky News");
        assert_eq!(domain_name("harbourgazette.com"), "Harbour Gazette");
        assert_eq!(domain_name("vestmarkdaily.net"), "Vestmark Daily");
        assert_eq!(domain_name("example.org"), "Example");
    }
}
