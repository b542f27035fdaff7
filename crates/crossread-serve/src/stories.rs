//! Story folders under the served folder: listing them, and resolving a name a request gives so that
//! nothing outside the folder can be read.

use crate::error::AppError;
use axum::http::StatusCode;
use std::path::{Component, Path, PathBuf};

/// The story folders a person can pick: the folder itself when it holds reports (named `.`), then
/// each folder inside it that holds reports, by name.
pub fn list(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    if has_reports(root) {
        out.push(".".to_string());
    }
    let Ok(entries) = std::fs::read_dir(root) else { return out };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir() && has_reports(&e.path()))
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    out.extend(names);
    out
}

fn has_reports(dir: &Path) -> bool {
    crossread_ingest::report_files(dir, false).is_ok_and(|l| !l.files.is_empty())
}

/// The folder a story name points to, if it lies inside `root`. A name is a relative path of plain
/// parts: absolute paths, `..`, and links leading outside the folder are refused.
pub fn resolve(root: &Path, name: &str) -> Result<PathBuf, AppError> {
    let refuse = |why: &str| AppError::new(StatusCode::BAD_REQUEST, "bad_story", format!("story {name:?}: {why}"));
    if name.is_empty() {
        return Err(refuse("no story named"));
    }
    if name.contains('\0') || name.contains('\\') {
        return Err(refuse("not a plain folder name"));
    }
    let rel = Path::new(name);
    if rel.is_absolute() {
        return Err(refuse("absolute paths are refused; name a folder under the served folder"));
    }
    for c in rel.components() {
        match c {
            Component::Normal(_) | Component::CurDir => {}
            Component::ParentDir => return Err(refuse("'..' is refused; name a folder under the served folder")),
            Component::RootDir | Component::Prefix(_) => return Err(refuse("absolute paths are refused")),
        }
    }
    let not_found = || AppError::new(StatusCode::NOT_FOUND, "no_such_story", format!("no story folder {name:?}"));
    let base = root.canonicalize().map_err(|_| not_found())?;
    let dir = base.join(rel).canonicalize().map_err(|_| not_found())?;
    if !dir.starts_with(&base) {
        return Err(refuse("it leads outside the served folder"));
    }
    if !dir.is_dir() {
        return Err(not_found());
    }
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_stay_inside_the_folder() {
        let root = tempfile::tempdir().expect("temp dir");
        let story = root.path().join("flood");
        std::fs::create_dir(&story).expect("mkdir");
        std::fs::write(story.join("01.txt"), "Three people died.").expect("write");
        std::fs::create_dir(root.path().join("empty")).expect("mkdir");
        assert_eq!(list(root.path()), vec!["flood".to_string()]);
        assert!(resolve(root.path(), "flood").is_ok());
        assert!(resolve(root.path(), "./flood").is_ok());
        for bad in ["../flood", "flood/../../etc", "/etc", "", "a\\..\\b"] {
            let e = resolve(root.path(), bad).expect_err(bad);
            assert_eq!(e.status, StatusCode::BAD_REQUEST, "{bad}");
        }
        assert_eq!(resolve(root.path(), "nowhere").expect_err("missing").status, StatusCode::NOT_FOUND);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_out_of_the_folder_is_refused() {
        let outside = tempfile::tempdir().expect("temp dir");
        let root = tempfile::tempdir().expect("temp dir");
        std::os::unix::fs::symlink(outside.path(), root.path().join("escape")).expect("symlink");
        assert_eq!(resolve(root.path(), "escape").expect_err("outside").status, StatusCode::BAD_REQUEST);
    }
}
