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
//!
//! Other inputs are read for the article they carry, with a map from its text back to the input's
//! bytes (see [`crossread_model::Origin`]): web pages (files, `.html.gz`, fetched addresses), feeds
//! and OPML lists, JSON records, WARC archives. What an input is comes from its name, else from its
//! bytes (see [`sniff`] and [`format_by_content`]).
//!
//! Inputs are checked before they are read: a file that is none of these (a binary file, UTF-16) is
//! refused with a message naming it, an empty file is skipped with a warning, and a file, address or
//! record that cannot be read is reported once while the others are read.

mod feeds;
mod format;
mod front_matter;
mod ids;
mod inputs;
mod page;
mod records;
mod sniff;
mod warc;

use crossread_model::{decode_lossless, Report};
use std::io::Read;
use std::path::{Path, PathBuf};

pub use feeds::{opml_feeds, read_feed, FeedOptions};
pub use format::{format_by_content, format_by_name, head_of, Format};
pub use ids::unique_ids;
pub use inputs::{stem_of, MAX_DOCUMENT_BYTES, MAX_TEXT_BYTES};
pub use page::{report_from_article, report_from_page, PageSource};
pub use records::{is_json_lines, read_json_array, read_json_document, read_json_lines, Batch, FieldMap};
pub use sniff::{sniff, Content};
pub use warc::read_warc;

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
    #[error("{path}: no report files (text, web pages, feeds, JSON records, WARC) in this folder{hint}")]
    EmptyFolder {
        /// The folder.
        path: PathBuf,
        /// What else is there, e.g. subfolders that `--recursive` would read.
        hint: String,
    },
    /// The input is not prose: a page, JSON, a binary file.
    #[error("{path}: {what}")]
    NotProse {
        /// The file.
        path: PathBuf,
        /// What it looks like, and what to do.
        what: &'static str,
    },
    /// An input, or a record inside one, that could not be read: the message names both.
    #[error("{0}")]
    Unreadable(String),
}

/// File endings read as reports when a folder is given (and the same with `.gz` after them).
/// `.json` and `.xml` files are read from a folder only when they are feeds or records with text.
pub const REPORT_EXTENSIONS: &[&str] =
    &["txt", "text", "html", "htm", "jsonl", "ndjson", "json", "warc", "rss", "atom", "xml", "opml"];

/// How to read the inputs.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Read the report files of subfolders too, at any depth.
    pub recursive: bool,
    /// Fetch the page each feed item links to when the feed carries no full text.
    pub follow: bool,
    /// Which JSON record fields hold what.
    pub fields: FieldMap,
    /// How addresses are fetched.
    pub fetch: crossread_fetch::FetchOptions,
}

/// What reading the inputs gave: the reports, the inputs that failed, and warnings.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Reports read, in input order (folders in name order), each with a unique id.
    pub reports: Vec<Report>,
    /// Inputs that could not be read as reports; each is named once.
    pub errors: Vec<IngestError>,
    /// Things a user should know that did not stop anything ("empty file skipped").
    pub warnings: Vec<String>,
}

/// Reads every input named: files as one report each, folders as their report files in name order,
/// `-` as standard input. Problems with one input never stop the others.
pub fn load(inputs: &[PathBuf], options: Options) -> Loaded {
    let mut out = Loaded::default();
    let urls: Vec<String> =
        inputs.iter().filter_map(|p| p.to_str()).filter(|p| crossread_fetch::is_url(p)).map(String::from).collect();
    let mut fetched = crossread_fetch::fetch_all(&urls, &options.fetch).into_iter();
    for input in inputs {
        if input.to_str().is_some_and(crossread_fetch::is_url) {
            match fetched.next() {
                Some(Ok(f)) => inputs::read_fetched(&f, &options, &mut out),
                Some(Err(e)) => out.errors.push(IngestError::Unreadable(e.to_string())),
                None => {}
            }
        } else if input.as_os_str() == "-" {
            let mut bytes = Vec::new();
            match std::io::stdin().take(MAX_DOCUMENT_BYTES + 1).read_to_end(&mut bytes) {
                Ok(_) => inputs::read_bytes("stdin", input, bytes, &options, &mut out),
                Err(source) => out.errors.push(IngestError::Io { path: input.clone(), source }),
            }
        } else if input.is_dir() {
            match report_files(input, options.recursive) {
                Ok(Listing { files, .. }) if !files.is_empty() => {
                    for f in files {
                        inputs::read_file(&f, &options, &mut out);
                    }
                }
                Ok(Listing { subfolders, .. }) => {
                    let hint = match subfolders {
                        0 => String::new(),
                        n if options.recursive => format!(" or its {n} subfolder(s)"),
                        n => format!("; it has {n} subfolder(s): add --recursive to read them"),
                    };
                    out.errors.push(IngestError::EmptyFolder { path: input.clone(), hint });
                }
                Err(e) => out.errors.push(e),
            }
        } else {
            inputs::read_file(input, &options, &mut out);
        }
    }
    unique_ids(&mut out.reports);
    out
}

/// The report files of a folder, and how many subfolders it has.
#[derive(Debug, Default)]
pub struct Listing {
    /// Report files, sorted by path.
    pub files: Vec<PathBuf>,
    /// Subfolders directly inside (hidden ones not counted).
    pub subfolders: usize,
}

/// The report files inside `dir` (and its subfolders when `recursive`), sorted by path.
pub fn report_files(dir: &Path, recursive: bool) -> Result<Listing, IngestError> {
    let io = |source| IngestError::Io { path: dir.to_path_buf(), source };
    let mut listing = Listing::default();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        let hidden = path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if path.is_dir() {
            if hidden {
                continue;
            }
            listing.subfolders += 1;
            if recursive {
                listing.files.extend(report_files(&path, true)?.files);
            }
            continue;
        }
        if !hidden && path.is_file() && inputs::is_report_file(&path) {
            listing.files.push(path);
        }
    }
    listing.files.sort();
    Ok(listing)
}

/// Checks the bytes of one input and reads them as a report, or records why not.
pub(crate) fn read_one(id: &str, path: &Path, bytes: &[u8], out: &mut Loaded) {
    if let Some(what) = sniff(bytes).refusal() {
        out.errors.push(IngestError::NotProse { path: path.to_path_buf(), what });
        return;
    }
    match report_from_bytes(id, path, bytes) {
        Ok(r) if r.body_text().trim().is_empty() => {
            let what = if bytes.is_empty() { "is empty" } else { "holds no text to read" };
            out.warnings.push(format!("{} {what}; skipped", path.display()));
        }
        Ok(r) => out.reports.push(r),
        Err(e) => out.errors.push(e),
    }
}

/// A file's stem: the id of the report read from it ("05" for `05.txt`).
fn stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "report".into())
}

/// Reads one file as a report, its id being the file's stem. The file is not checked for being
/// prose; [`load`] does that.
pub fn load_file(path: &Path) -> Result<Report, IngestError> {
    let bytes = std::fs::read(path).map_err(|source| IngestError::Io { path: path.to_path_buf(), source })?;
    report_from_bytes(&stem(path), path, &bytes)
}

/// Builds a report from raw bytes, reading any front matter.
pub fn report_from_bytes(id: &str, path: &Path, bytes: &[u8]) -> Result<Report, IngestError> {
    let text = decode_lossless(bytes);
    let mut report = Report::from_text(id, path, text);
    front_matter::read_front_matter(&mut report)?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &[u8]) -> PathBuf {
        let p = dir.join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, text).expect("write");
        p
    }

    #[test]
    fn folders_are_read_in_name_order() {
        let dir = tempfile::tempdir().expect("tempdir");
        write(dir.path(), "02.txt", b"two");
        write(dir.path(), "01.txt", b"one");
        write(dir.path(), "gold.json", b"{}");
        let loaded = load(&[dir.path().to_path_buf()], Options::default());
        let ids: Vec<_> = loaded.reports.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["01", "02"]);
        assert!(loaded.errors.is_empty() && loaded.warnings.is_empty());
    }

    #[test]
    fn one_missing_file_is_reported_once_and_the_rest_are_read() {
        let dir = tempfile::tempdir().expect("tempdir");
        let a = write(dir.path(), "a.txt", b"Twelve died.");
        let missing = dir.path().join("missing.txt");
        let loaded = load(&[missing.clone(), a], Options::default());
        assert_eq!(loaded.reports.len(), 1);
        assert_eq!(loaded.errors.len(), 1);
        let msg = loaded.errors[0].to_string();
        assert!(msg.contains("missing.txt"), "{msg}");
        // the reason is said once, not twice
        assert_eq!(msg.matches("os error").count(), 1, "{msg}");
    }

    #[test]
    fn pages_and_json_in_text_files_are_read_for_what_they_are_and_binaries_refused_by_name() {
        let dir = tempfile::tempdir().expect("tempdir");
        let page = write(dir.path(), "page.txt", b"<!doctype html><html><body><p>12 died</p></body></html>");
        let json = write(dir.path(), "records.txt", b"{\"text\": \"12 died\"}\n");
        let bin = write(dir.path(), "x.txt", &[0u8, 159, 146, 150, 0, 1, 2, 3, 4, 5, 0, 0]);
        let good = write(dir.path(), "good.txt", b"Twelve died.");
        let loaded = load(&[page, json, bin, good], Options::default());
        let texts: Vec<&str> = loaded.reports.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, ["12 died", "12 died", "Twelve died."]);
        assert_eq!(loaded.errors.len(), 1);
        let msg = loaded.errors[0].to_string();
        assert!(msg.contains("x.txt") && msg.contains("binary"), "{msg}");
    }

    #[test]
    fn empty_files_are_skipped_with_a_warning() {
        let dir = tempfile::tempdir().expect("tempdir");
        write(dir.path(), "01.txt", b"");
        write(dir.path(), "02.txt", b"---\noutlet: Nordwire\n---\n  \n");
        write(dir.path(), "03.txt", b"Twelve died.");
        let loaded = load(&[dir.path().to_path_buf()], Options::default());
        assert_eq!(loaded.reports.len(), 1);
        assert_eq!(loaded.warnings.len(), 2, "{:?}", loaded.warnings);
        assert!(loaded.warnings[0].contains("01.txt is empty"), "{:?}", loaded.warnings);
        assert!(loaded.errors.is_empty());
    }

    #[test]
    fn subfolders_are_read_with_recursive_and_named_without_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        write(dir.path(), "a/story.txt", b"Twelve died.");
        write(dir.path(), "b/story.txt", b"Ten died.");
        let loaded = load(&[dir.path().to_path_buf()], Options::default());
        assert!(loaded.reports.is_empty());
        let msg = loaded.errors[0].to_string();
        assert!(msg.contains("2 subfolder(s)") && msg.contains("--recursive"), "{msg}");
        let loaded = load(&[dir.path().to_path_buf()], Options { recursive: true, ..Default::default() });
        let ids: Vec<_> = loaded.reports.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["a/story", "b/story"]);
    }
}
