//! ingest: the first stage. Reads files, folders of files, or standard input into [`Report`]s whose
//! text keeps every byte of the input, so later spans are offsets into the input file.
//!
//! A plain-text report may open with a front-matter block giving what is known about it:
//!
//! ```text
//! ---
//! outlet: Harbour Gazette
//! date: 2025-03-14
//! title: Storm floods the old town
//! ---
//! ```
//!
//! The block stays in the report's text (offsets are never shifted) but is left out of its body.

mod feeds;
mod inputs;
mod page;
mod records;
mod format;
mod warc;

pub use feeds::{opml_feeds, read_feed, FeedOptions};
pub use inputs::{folder_files, load_all, stem_of, InputOptions, FOLDER_EXTENSIONS, MAX_DOCUMENT_BYTES};
pub use page::{report_from_article, report_from_page, PageSource};
pub use records::{is_json_lines, read_json_array, read_json_document, read_json_lines, FieldMap, Batch};
pub use format::{format_by_content, format_by_name, head_of, Format};
pub use warc::read_warc;

use crossread_model::{decode_lossless, Report, Span};
use std::io::Read;
use std::path::{Path, PathBuf};

/// What can go wrong while reading input.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// A file or folder could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A front-matter block is malformed.
    #[error("{path}:{line}: {message}")]
    FrontMatter {
        /// The file.
        path: PathBuf,
        /// 1-based line of the problem.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A folder held no report files.
    #[error("{0}: no report files (.txt, .text) in this folder")]
    EmptyFolder(PathBuf),
}

/// File endings read as reports when a folder is given.
pub const REPORT_EXTENSIONS: &[&str] = &["txt", "text"];

/// Reads every input named: files as one report each, folders as their report files in name order,
/// `-` as standard input.
pub fn load_inputs(inputs: &[PathBuf]) -> Result<Vec<Report>, IngestError> {
    let mut reports = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|source| IngestError::Io { path: input.clone(), source })?;
            reports.push(report_from_bytes("stdin", input, &bytes)?);
        } else if input.is_dir() {
            let files = report_files(input)?;
            if files.is_empty() {
                return Err(IngestError::EmptyFolder(input.clone()));
            }
            for f in files {
                reports.push(load_file(&f)?);
            }
        } else {
            reports.push(load_file(input)?);
        }
    }
    Ok(reports)
}

/// The report files directly inside `dir`, sorted by name.
pub fn report_files(dir: &Path) -> Result<Vec<PathBuf>, IngestError> {
    let io = |source| IngestError::Io { path: dir.to_path_buf(), source };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        if path.is_file() && REPORT_EXTENSIONS.contains(&ext.as_str()) {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Reads one file as a report, its id being the file's stem.
pub fn load_file(path: &Path) -> Result<Report, IngestError> {
    let bytes = std::fs::read(path).map_err(|source| IngestError::Io { path: path.to_path_buf(), source })?;
    let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "report".into());
    report_from_bytes(&id, path, &bytes)
}

/// Builds a report from raw bytes, reading any front matter.
pub fn report_from_bytes(id: &str, path: &Path, bytes: &[u8]) -> Result<Report, IngestError> {
    let text = decode_lossless(bytes);
    let mut report = Report::from_text(id, path, text);
    read_front_matter(&mut report)?;
    Ok(report)
}

fn read_front_matter(report: &mut Report) -> Result<(), IngestError> {
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
                        message: format!("date {value:?} is not YYYY-MM-DD"),
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

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn folders_are_read_in_name_order() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("02.txt"), "two").expect("write");
        std::fs::write(dir.path().join("01.txt"), "one").expect("write");
        std::fs::write(dir.path().join("gold.json"), "{}").expect("write");
        let reports = load_inputs(&[dir.path().to_path_buf()]).expect("load");
        let ids: Vec<_> = reports.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["01", "02"]);
    }
}
