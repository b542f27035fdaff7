//! Report ids: a file's stem, unless two inputs share it.

use crossread_model::Report;
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

/// Makes every report's id unique. Reports whose stems clash ("a/story.txt" and "b/story.txt") take
/// the path relative to the folder their paths share, without the extension ("a/story", "b/story");
/// the same file named twice takes "#2", "#3" after its id.
pub fn unique_ids(reports: &mut [Report]) {
    let mut by_id: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, r) in reports.iter().enumerate() {
        by_id.entry(r.id.clone()).or_default().push(i);
    }
    let mut clashes: Vec<Vec<usize>> = by_id.into_values().filter(|v| v.len() > 1).collect();
    clashes.sort();
    for group in clashes {
        let paths: Vec<PathBuf> = group.iter().map(|&i| absolute(&reports[i].path)).collect();
        let root = common_parent(&paths);
        for (&i, p) in group.iter().zip(&paths) {
            let rel = p.strip_prefix(&root).unwrap_or(p).with_extension("");
            let id: Vec<String> = rel
                .components()
                .filter_map(|c| match c {
                    Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
                    _ => None,
                })
                .collect();
            if !id.is_empty() {
                reports[i].id = id.join("/");
            }
        }
    }
    // what still clashes is the same path given twice
    let mut seen: HashMap<String, usize> = HashMap::new();
    for r in reports.iter_mut() {
        let n = seen.entry(r.id.clone()).or_default();
        *n += 1;
        if *n > 1 {
            r.id = format!("{}#{n}", r.id);
        }
    }
}

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

/// The deepest folder that holds every path.
fn common_parent(paths: &[PathBuf]) -> PathBuf {
    let mut root: Option<PathBuf> = None;
    for p in paths {
        let parent = p.parent().unwrap_or(Path::new("")).to_path_buf();
        root = Some(match root {
            None => parent,
            Some(r) => r.components().zip(parent.components()).take_while(|(a, b)| a == b).map(|(a, _)| a).collect(),
        });
    }
    root.unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(id: &str, path: &str) -> Report {
        Report::from_text(id, path, String::new())
    }

    #[test]
    fn clashing_stems_take_their_relative_paths() {
        let mut rs = vec![report("story", "x/a/story.txt"), report("story", "x/b/story.txt"), report("01", "x/01.txt")];
        unique_ids(&mut rs);
        let ids: Vec<_> = rs.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["a/story", "b/story", "01"]);
    }

    #[test]
    fn the_same_file_twice_is_numbered() {
        let mut rs = vec![report("01", "s/01.txt"), report("01", "s/01.txt")];
        unique_ids(&mut rs);
        let ids: Vec<_> = rs.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["01", "01#2"]);
    }
}
