//! Front matter: a block at the top of a plain-text report that says what is known about it.

use crate::IngestError;
use crossread_model::{Report, Span};

/// Reads a front-matter block, if the report opens with one, into the report's outlet, date and
/// title, and starts the body after it.
pub(crate) fn read_front_matter(report: &mut Report) -> Result<(), IngestError> {
    let text = report.text.as_str();
    let skip_bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[skip_bom..];
    if !(rest.starts_with("---\n") || rest.starts_with("---\r\n")) {
        return Ok(());
    }
    let mut pos = skip_bom + rest.find('\n').map_or(rest.len(), |i| i + 1);
    let mut line_no = 1;
    let (mut outlet, mut date, mut title) = (None, None, None);
    loop {
        line_no += 1;
        if pos >= text.len() {
            return Err(IngestError::FrontMatter {
                path: report.path.clone(),
                line: 1,
                message: "front matter opened with --- is never closed".into(),
            });
        }
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        let line = text[pos..end].trim_end_matches(['\n', '\r']);
        pos = end;
        if line.trim() == "---" {
            break;
        }
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err(IngestError::FrontMatter {
                path: report.path.clone(),
                line: line_no,
                message: format!("expected `key: value`, found {line:?}"),
            });
        };
        let value = value.trim().trim_matches('"').to_string();
        match key.trim().to_ascii_lowercase().as_str() {
            "outlet" | "source" | "publisher" => outlet = Some(value),
            "date" | "published" => {
                if !is_iso_date(&value) {
                    return Err(IngestError::FrontMatter {
                        path: report.path.clone(),
                        line: line_no,
                        message: format!("date {value:?} is not a date written YYYY-MM-DD"),
                    });
                }
                date = Some(value)
            }
            "title" | "headline" => title = Some(value),
            _ => {}
        }
    }
    report.outlet = outlet;
    report.date = date;
    report.title = title;
    report.body = Span::new(pos, report.text.len());
    Ok(())
}

/// True for a real calendar date written `YYYY-MM-DD` (not 2024-13-45, not 2023-02-29).
fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
    let (y, m, d) = (num(0..4), num(5..7), num(8..10));
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use crate::report_from_bytes;
    use std::path::Path;

    #[test]
    fn front_matter_is_read_and_kept_out_of_the_body() {
        let src = b"---\noutlet: Harbour Gazette\ndate: 2025-03-14\ntitle: Floods\n---\nTwelve died.\n";
        let r = report_from_bytes("01", Path::new("01.txt"), src).expect("valid");
        assert_eq!(r.outlet.as_deref(), Some("Harbour Gazette"));
        assert_eq!(r.date.as_deref(), Some("2025-03-14"));
        assert_eq!(r.title.as_deref(), Some("Floods"));
        assert_eq!(r.body_text(), "Twelve died.\n");
        assert_eq!(r.text.len(), src.len());
    }

    #[test]
    fn bad_front_matter_names_the_line() {
        let src = b"---\noutlet: X\ndate: March\n---\nbody";
        let err = report_from_bytes("01", Path::new("a.txt"), src).unwrap_err().to_string();
        assert!(err.starts_with("a.txt:3:"), "{err}");
        let src = b"---\noutlet: X\n";
        assert!(report_from_bytes("01", Path::new("a.txt"), src).is_err());
    }

    #[test]
    fn a_date_with_a_wide_character_is_an_error_not_a_panic() {
        let src = "---\ndate: 2024-01-3\u{e9}\n---\nbody".as_bytes();
        let err = report_from_bytes("01", Path::new("a.txt"), src).unwrap_err().to_string();
        assert!(err.contains("YYYY-MM-DD"), "{err}");
        for bad in ["2024-13-05", "2023-02-29", "2024-04-31", "2024-00-10"] {
            let src = format!("---\ndate: {bad}\n---\nbody");
            assert!(report_from_bytes("01", Path::new("a.txt"), src.as_bytes()).is_err(), "{bad}");
        }
        let src = b"---\ndate: 2024-02-29\n---\nbody";
        assert!(report_from_bytes("01", Path::new("a.txt"), src).is_ok());
    }
}
