//! What reads as an outlet's name: well-known outlets by domain or short form, domains read as the
//! names a reader knows, US broadcast call signs by their shape, and job titles that are not names.

use crate::lexicon::{self, is};

/// Well-known outlets by domain label or short form, with the name a reader knows.
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
];

/// Second-level domain suffixes under a country code ("co.uk", "com.au").
const SECOND_LEVEL: &[&str] = &["co", "com", "org", "net", "gov", "ac", "gob", "or", "ne", "go"];

/// Short forms of well-known broadcasters and agencies, written in capitals ("nbc" -> "NBC").
const ACRONYMS: &[&str] = &[
    "nbc", "cbs", "abc", "fox", "cnn", "bbc", "pbs", "npr", "ap", "afp", "upi", "itv", "rte", "dw", "ctv", "cbc",
    "nhk", "ndtv", "wsj", "ft", "rt", "tass", "sbs",
];

/// Words of a job title, which a byline names beside the outlet ("Senior Weather Correspondent").
const JOB_WORDS: &[&str] = &[
    "editor",
    "reporter",
    "correspondent",
    "writer",
    "producer",
    "staff",
    "contributor",
    "journalist",
    "columnist",
    "deputy",
    "chief",
    "senior",
    "political",
    "photographer",
    "analyst",
    "host",
    "anchor",
    "intern",
    "fellow",
    "bureau",
    "desk",
    "team",
    "reporting",
    "updated",
    "published",
];

/// True when a phrase reads as a job title rather than an outlet.
fn is_job(s: &str) -> bool {
    s.split_whitespace().any(|w| JOB_WORDS.contains(&w.to_lowercase().trim_matches(|c: char| !c.is_alphanumeric())))
}

/// True when a phrase reads as an outlet name: capitalised words that are an acronym, a known
/// outlet, a domain, end in an outlet word ("Times", "News"), or carry a broadcaster's brand.
pub(super) fn is_outlet_like(s: &str) -> bool {
    let ws: Vec<&str> = s.split_whitespace().collect();
    if ws.is_empty() || ws.len() > 5 || is_job(s) {
        return false;
    }
    if !ws.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())) {
        return false;
    }
    // The last word that is not a channel number ("WMC Action News 5" ends in "News").
    let last = ws.iter().rev().find(|w| !w.chars().all(|c| c.is_ascii_digit())).map_or("", |w| w);
    let last = last.to_lowercase();
    let last = last.trim_matches(|c: char| !c.is_alphanumeric());
    let all_caps =
        ws.len() == 1 && ws[0].len() >= 2 && ws[0].chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let known = KNOWN.iter().any(|(_, name)| name.eq_ignore_ascii_case(s));
    all_caps
        || known
        || is(&lexicon::OUTLET_WORDS, last)
        || crate::text::is_domain(&s.to_lowercase())
        || ws.iter().any(|w| is_brand(w))
}

/// True for a broadcaster's brand written in capitals: a US call sign ("KVXT", "WKLD-TV", "KVXT4")
/// or a network's short form with its channel number ("NBC4", "FOX 5" is two words and not this).
fn is_brand(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    let base = w.strip_suffix("-TV").or_else(|| w.strip_suffix("-DT")).unwrap_or(w);
    let letters = base.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = base.len() - letters.len();
    if letters.is_empty() || !letters.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    is_call_sign(letters) || (digits > 0 && ACRONYMS.contains(&letters.to_ascii_lowercase().as_str()))
}

/// True for the shape of a US broadcast call sign: three or four letters starting with K or W.
fn is_call_sign(letters: &str) -> bool {
    (3..=4).contains(&letters.len())
        && letters.starts_with(['K', 'W', 'k', 'w'])
        && letters.chars().all(|c| c.is_ascii_alphabetic())
}

fn title_case(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Expands a dateline's short form ("AP" -> "Associated Press").
pub(super) fn expand_short(s: &str) -> String {
    match s {
        "AP" => "Associated Press".to_string(),
        _ => s.to_string(),
    }
}

/// True when `s` is written as a web address ("harbourgazette.com", "https://www.x.org/a").
pub(super) fn is_domain_text(s: &str) -> bool {
    let low = s.trim().to_lowercase();
    let low = low.trim_start_matches("https://").trim_start_matches("http://").trim_start_matches("www.");
    let host = low.split('/').next().unwrap_or("");
    !host.contains(' ') && crate::text::is_domain(host)
}

/// A reader's name for a domain, or the name itself when it is not a domain.
pub(super) fn from_domain_or_name(s: &str) -> String {
    let t = s.trim().trim_end_matches(['.', ',']);
    if is_domain_text(t) {
        let low = t.to_lowercase();
        let low = low.trim_start_matches("https://").trim_start_matches("http://").trim_start_matches("www.");
        return domain_name(low.split('/').next().unwrap_or(""));
    }
    if let Some((_, name)) = KNOWN.iter().find(|(k, _)| k.eq_ignore_ascii_case(t)) {
        return (*name).to_string();
    }
    t.to_string()
}

/// The name a reader knows for a domain: a known outlet, or the second-level label split into words
/// and title-cased ("harbourgazette.com" -> "Harbour Gazette", "kvxt4.com" -> "KVXT4").
pub(super) fn domain_name(host: &str) -> String {
    let host = host.trim_start_matches("www.");
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    if labels.len() < 2 {
        return title_case(host);
    }
    let n = labels.len();
    let idx = if n >= 3 && labels[n - 1].len() == 2 && SECOND_LEVEL.contains(&labels[n - 2]) { n - 3 } else { n - 2 };
    let label = labels[idx];
    match KNOWN.iter().find(|(k, _)| *k == label) {
        Some((_, name)) => (*name).to_string(),
        None => split_label(label),
    }
}

/// Splits a domain label at outlet words and title-cases it ("harbourgazette" -> "Harbour Gazette",
/// "vestmarkdaily" -> "Vestmark Daily", "kvxttv" -> "KVXT TV").
fn split_label(label: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut rest = label.to_string();
    // Peel outlet words off the end, then off the start.
    'outer: loop {
        for w in crossread_text::lexicon::OUTLET_WORDS_IN_ORDER.iter().filter(|w| w.len() >= 2) {
            // "tv" is peeled only off a call sign ("kvxttv"), never off a word ("gotv").
            let fits = w.len() >= 3 || rest.get(..rest.len().saturating_sub(w.len())).is_some_and(is_call_sign);
            if fits && rest.len() > w.len() + 1 && rest.ends_with(w) {
                words.insert(0, (*w).to_string());
                rest.truncate(rest.len() - w.len());
                continue 'outer;
            }
        }
        break;
    }
    let mut head: Vec<String> = Vec::new();
    'front: loop {
        for w in crossread_text::lexicon::OUTLET_WORDS_IN_ORDER.iter().filter(|w| w.len() >= 4) {
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
    all.iter().map(|w| label_word(w)).collect::<Vec<_>>().join(" ")
}

/// One word of a domain label as a reader writes it: capitals for acronyms, call signs and short
/// forms with a channel number ("wsj", "kvxt", "kvxt4", "nbc4", "tv"), else title case.
fn label_word(w: &str) -> String {
    let letters = w.trim_end_matches(|c: char| c.is_ascii_digit());
    let acronym = ACRONYMS.contains(&letters)
        || is_call_sign(letters)
        || w == "tv"
        || (w.len() <= 3 && !w.chars().any(|c| "aeiouy".contains(c)));
    if acronym {
        w.to_uppercase()
    } else {
        title_case(w)
    }
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

    #[test]
    fn call_signs_are_read_by_their_shape() {
        assert_eq!(domain_name("kvxt.com"), "KVXT");
        assert_eq!(domain_name("wqrb4.com"), "WQRB4");
        assert_eq!(domain_name("kvxttv.com"), "KVXT TV");
        assert_eq!(domain_name("kvxtnews.com"), "KVXT News");
        assert_eq!(domain_name("nbc12.com"), "NBC12");
        // a long word starting with K or W is not a call sign
        assert_eq!(domain_name("westlakeherald.com"), "Westlake Herald");
        assert!(is_brand("WQRB-TV") && is_brand("KVXT") && is_brand("NBC4") && is_brand("KVXT9"));
        assert!(!is_brand("NBC") && !is_brand("POLICE") && !is_brand("Kelso") && !is_brand("KSTATE"));
    }
}
