//! Publication dates read from report text: datelines and "Published 15 March 2025".

use crossread_model::Report;

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month(word: &str) -> Option<usize> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS.iter().position(|m| m.starts_with(&w) && (w.len() >= 3) && (w == *m || w.len() <= 4))
}

fn day(word: &str) -> Option<u32> {
    let w = word
        .trim_end_matches([',', '.'])
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    w.parse::<u32>().ok().filter(|d| (1..=31).contains(d))
}

fn year(word: &str) -> Option<u32> {
    let w = word.trim_end_matches([',', '.', ';', ')']);
    w.parse::<u32>().ok().filter(|y| (1900..=2199).contains(y) && w.len() == 4)
}

/// The first full date (day, month and year) in the report's opening lines, as `YYYY-MM-DD`.
pub fn report_date(report: &Report) -> Option<String> {
    let head = report.body_text();
    let head = &head[..head.char_indices().nth(2000).map_or(head.len(), |(i, _)| i)];
    let words: Vec<&str> = head.split(|c: char| c.is_whitespace() || c == '|').filter(|w| !w.is_empty()).collect();
    for i in 0..words.len() {
        let w = words[i];
        // ISO: 2025-03-15
        let b = w.as_bytes();
        if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' && w[..4].parse::<u32>().is_ok() {
            if let (Ok(m), Ok(d)) = (w[5..7].parse::<u32>(), w[8..10].parse::<u32>()) {
                if (1..=12).contains(&m) && (1..=31).contains(&d) {
                    return Some(w[..10].to_string());
                }
            }
        }
        let next = |k: usize| words.get(i + k).copied().unwrap_or("");
        // 15 March 2025
        if let (Some(d), Some(m), Some(y)) = (day(w), month(next(1)), year(next(2))) {
            return Some(format!("{y:04}-{:02}-{d:02}", m + 1));
        }
        // March 15, 2025
        if let (Some(m), Some(d), Some(y)) = (month(w), day(next(1)), year(next(2))) {
            return Some(format!("{y:04}-{:02}-{d:02}", m + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Option<String> {
        report_date(&Report::from_text("01", "01.txt", text.to_string()))
    }

    #[test]
    fn reads_common_forms() {
        assert_eq!(date("Floods\nPublished 15 March 2025, 09:10").as_deref(), Some("2025-03-15"));
        assert_eq!(date("KYIV, August 12, 2024 (Wire) - Troops").as_deref(), Some("2024-08-12"));
        assert_eq!(date("Updated 2024-01-03T10:00Z").as_deref(), Some("2024-01-03"));
        assert_eq!(date("Mayor says 8,500 left on March 14").as_deref(), None);
    }
}
