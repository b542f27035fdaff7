//! Reports from a request: a JSON list, or a multipart form of pasted texts and files. Everything is
//! read in memory; nothing is written to disk.

use crate::error::AppError;
use axum::extract::Multipart;
use crossread_model::Report;
use serde::Deserialize;
use std::path::Path;

/// The JSON body of `POST /api/brief`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BriefRequest {
    /// The reports of one story.
    pub reports: Vec<ReportIn>,
}

/// One report as a request gives it.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportIn {
    /// The report's text; it may open with a front-matter block.
    pub text: String,
    /// Publisher name.
    #[serde(default)]
    pub outlet: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    /// Headline.
    #[serde(default)]
    pub title: Option<String>,
    /// A short id for the report (default: its position, `01`, `02`, ...).
    #[serde(default)]
    pub id: Option<String>,
}

fn is_iso_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && matches!(d[5..7].parse::<u32>(), Ok(1..=12))
        && matches!(d[8..10].parse::<u32>(), Ok(1..=31))
}

fn clean(s: Option<String>) -> Option<String> {
    s.map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

/// How many bytes of text the given reports carry.
pub fn text_bytes(given: &[ReportIn]) -> usize {
    given.iter().map(|r| r.text.len()).sum()
}

/// Turns the given reports into pipeline reports: front matter read, given fields applied, ids unique.
/// `max` caps how many a request may carry.
pub fn reports_from(given: Vec<ReportIn>, max: usize) -> Result<Vec<Report>, AppError> {
    if given.is_empty() {
        return Err(AppError::unprocessable("no_reports", "no reports: give at least one report with text"));
    }
    if given.len() > max {
        return Err(AppError::unprocessable(
            "too_many_reports",
            format!("{} reports given; this server reads at most {max} at once", given.len()),
        ));
    }
    let mut out: Vec<Report> = Vec::with_capacity(given.len());
    for (i, r) in given.into_iter().enumerate() {
        let at = format!("reports[{i}]");
        if r.text.trim().is_empty() {
            return Err(AppError::unprocessable("empty_text", format!("{at}.text is empty")));
        }
        let id = clean(r.id).unwrap_or_else(|| format!("{:02}", i + 1));
        if id.len() > 200 || id.contains(['/', '\\', '\0']) {
            return Err(AppError::unprocessable("bad_id", format!("{at}.id must be a short name without slashes")));
        }
        if out.iter().any(|o| o.id == id) {
            return Err(AppError::unprocessable("duplicate_id", format!("{at}.id {id:?} is used twice")));
        }
        let path = format!("{id}.txt");
        let mut report = crossread_ingest::report_from_bytes(&id, Path::new(&path), r.text.as_bytes())
            .map_err(|e| AppError::unprocessable("bad_front_matter", format!("{at}: {e}")))?;
        if let Some(date) = clean(r.date) {
            if !is_iso_date(&date) {
                return Err(AppError::unprocessable(
                    "bad_date",
                    format!("{at}.date {date:?} is not a YYYY-MM-DD date"),
                ));
            }
            report.date = Some(date);
        }
        if let Some(outlet) = clean(r.outlet) {
            report.outlet = Some(outlet);
        }
        if let Some(title) = clean(r.title) {
            report.title = Some(title);
        }
        out.push(report);
    }
    Ok(out)
}

/// What a multipart form carries: pasted reports (`text`, with `outlet`, `date` and `title` fields
/// matched to them by position), files (any part with a file name), and a story folder name (`story`).
#[derive(Debug, Default)]
pub struct FormInput {
    /// Pasted and uploaded reports, pasted first.
    pub reports: Vec<ReportIn>,
    /// A story folder to read instead, when named.
    pub story: Option<String>,
}

/// Reads a multipart form. Blank text boxes and empty file inputs are skipped; more than `max`
/// reports is refused as soon as it is seen.
pub async fn read_form(mut form: Multipart, max: usize) -> Result<FormInput, AppError> {
    let mut texts: Vec<String> = Vec::new();
    let (mut outlets, mut dates, mut titles) = (Vec::new(), Vec::new(), Vec::new());
    let mut files: Vec<ReportIn> = Vec::new();
    let mut story = None;
    let too_many = || {
        AppError::unprocessable(
            "too_many_reports",
            format!("more than {max} reports; this server reads at most {max} at once"),
        )
    };
    let bad = |e: axum::extract::multipart::MultipartError| AppError::from_rejection(e.status(), e.body_text());
    while let Some(field) = form.next_field().await.map_err(bad)? {
        let name = field.name().unwrap_or("").to_string();
        let file_name = field.file_name().map(str::to_string);
        let bytes = field.bytes().await.map_err(bad)?;
        if let Some(file_name) = file_name {
            if file_name.is_empty() && bytes.is_empty() {
                continue;
            }
            if bytes.is_empty() {
                return Err(AppError::unprocessable("empty_text", format!("file {file_name:?} is empty")));
            }
            if let Some(what) = crossread_ingest::sniff(&bytes).refusal() {
                return Err(AppError::unprocessable("not_prose", format!("file {file_name:?}: {what}")));
            }
            let stem = Path::new(&file_name).file_stem().and_then(|s| s.to_str()).unwrap_or("file").to_string();
            let text = crossread_model::decode_lossless(&bytes);
            files.push(ReportIn { text, id: Some(stem), ..Default::default() });
            if texts.len() + files.len() > max {
                return Err(too_many());
            }
            continue;
        }
        let value = crossread_model::decode_lossless(&bytes);
        match name.as_str() {
            "text" => {
                texts.push(value);
                if texts.iter().filter(|t| !t.trim().is_empty()).count() + files.len() > max {
                    return Err(too_many());
                }
            }
            "outlet" => outlets.push(value),
            "date" => dates.push(value),
            "title" => titles.push(value),
            "story" => story = clean(Some(value)),
            _ => {}
        }
    }
    let mut reports: Vec<ReportIn> = texts
        .into_iter()
        .enumerate()
        .filter(|(_, t)| !t.trim().is_empty())
        .map(|(k, text)| ReportIn {
            text,
            outlet: outlets.get(k).cloned(),
            date: dates.get(k).cloned(),
            title: titles.get(k).cloned(),
            id: None,
        })
        .collect();
    // pasted reports are numbered by position; files keep their names, made unique
    for (k, r) in reports.iter_mut().enumerate() {
        r.id = Some(format!("{:02}", k + 1));
    }
    for mut f in files {
        let stem = f.id.take().unwrap_or_default();
        let mut id = stem.clone();
        let mut n = 2;
        while reports.iter().any(|r| r.id.as_deref() == Some(id.as_str())) {
            id = format!("{stem}-{n}");
            n += 1;
        }
        f.id = Some(id);
        reports.push(f);
    }
    Ok(FormInput { reports, story })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(text: &str) -> ReportIn {
        ReportIn { text: text.into(), ..Default::default() }
    }

    #[test]
    fn given_fields_win_over_front_matter() {
        let mut a = r("---\noutlet: Front Matter News\ndate: 2030-01-02\n---\nTwelve died.");
        a.outlet = Some(" Given Outlet ".into());
        let reports = reports_from(vec![a, r("Twelve people died.")], 10).expect("reads");
        assert_eq!(reports[0].outlet.as_deref(), Some("Given Outlet"));
        assert_eq!(reports[0].date.as_deref(), Some("2030-01-02"));
        assert_eq!((reports[0].id.as_str(), reports[1].id.as_str()), ("01", "02"));
    }

    #[test]
    fn bad_reports_are_named() {
        let e = reports_from(vec![r("ok"), r("  ")], 10).expect_err("empty");
        assert!(e.message.contains("reports[1].text"), "{}", e.message);
        let mut d = r("x");
        d.date = Some("14 March".into());
        assert_eq!(reports_from(vec![d], 10).expect_err("date").code, "bad_date");
        assert_eq!(reports_from(vec![r("a"), r("b"), r("c")], 2).expect_err("cap").code, "too_many_reports");
        assert_eq!(reports_from(vec![], 2).expect_err("none").code, "no_reports");
        let bad_fm = r("---\noutlet: x\nno end");
        assert_eq!(reports_from(vec![bad_fm], 2).expect_err("front matter").code, "bad_front_matter");
        assert!(is_iso_date("2024-02-29") && !is_iso_date("2024-13-01") && !is_iso_date("2024-1-01"));
    }
}
