//! Compiles the word lists in `lexicon/` into static tables that `lexicon.rs` indexes with a fast
//! hash on first use (see `lexicon/README.md`).
//!
//! Each file opens with `#` comment lines saying what the list is for, then `#! set`, `#! map`,
//! `#! list` or `#! groups` (and `#! columns: ...` naming tab-separated columns). Duplicate keys are
//! kept once here (the first wins) and reported by the crate's tests.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::Path;

fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// The value a map's columns become, by file.
fn value(file: &str, cols: &[&str]) -> String {
    let col = |i: usize| cols.get(i).copied().unwrap_or("");
    let float = |i: usize| {
        let v = col(i);
        if v.contains('.') || v.contains('e') {
            v.to_string()
        } else {
            format!("{v}.0")
        }
    };
    match file {
        "scales" => format!("Scale {{ factor: {}, glued_only: {} }}", float(1), col(2)),
        "qualifiers" => format!("Approx::{}", col(1)),
        "number_words" => format!("NumberWord {{ value: {}, tens: {} }}", float(1), col(2) == "tens"),
        "unit_forms" | "unit_forms_news" => format!(
            "UnitForm {{ code: {}, glued_only: {}, case: {}, name: {} }}",
            lit(col(1)),
            col(2),
            match col(3) {
                "exact" => format!("Case::Exact({})", lit(col(0))),
                "lower" => "Case::Lower".to_string(),
                _ => "Case::Any".to_string(),
            },
            match col(4) {
                "" | "-" => "None".to_string(),
                name => format!("Some({})", lit(name)),
            }
        ),
        "months" => col(1).to_string(),
        "harm_words" => format!("({}, {})", lit(col(1)), lit(col(2))),
        _ => lit(col(1)),
    }
}

/// The Rust type of a map's values, by file.
fn value_type(file: &str) -> &'static str {
    match file {
        "scales" => "Scale",
        "qualifiers" => "Approx",
        "number_words" => "NumberWord",
        "unit_forms" | "unit_forms_news" => "&'static [UnitForm]",
        "months" => "u8",
        "harm_words" => "(&'static str, &'static str)",
        _ => "&'static str",
    }
}

fn main() {
    let dir = Path::new("lexicon");
    println!("cargo:rerun-if-changed=lexicon");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("lexicon folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    let mut out = String::new();
    let mut files = String::from(
        "/// Every list file, by name, as written (for the tests).\npub static FILES: &[(&str, &str)] = &[\n",
    );
    for name in &names {
        let path = dir.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("list file");
        let stem = name.trim_end_matches(".txt");
        let upper = stem.to_uppercase();
        let _ = writeln!(
            files,
            "    ({}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/lexicon/{name}\"))),",
            lit(stem)
        );
        let kind =
            text.lines().find_map(|l| l.strip_prefix("#! ")).filter(|k| !k.starts_with("columns")).unwrap_or("set");
        let doc = text.lines().next().and_then(|l| l.strip_prefix("# ")).unwrap_or(stem);
        let doc = doc.split_once(": ").map_or(doc, |(_, d)| d);
        let entries: Vec<&str> = text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).collect();
        let _ = writeln!(out, "/// {}", doc.replace('\n', " "));
        let mut seen = HashSet::new();
        match kind.split_whitespace().next().unwrap_or("set") {
            "set" => {
                let list: Vec<String> = entries.iter().filter(|e| seen.insert(**e)).map(|e| lit(e)).collect();
                let _ = writeln!(out, "pub static {upper}: Set = Set::new(&[{}]);\n", list.join(", "));
            }
            "map" if stem.starts_with("unit_forms") => {
                // forms whose case is exact share a lower-case key: "MW" and "mW" are both "mw"
                let mut keys: Vec<String> = Vec::new();
                let mut values: Vec<Vec<String>> = Vec::new();
                for e in &entries {
                    let cols: Vec<&str> = e.split('\t').collect();
                    if !seen.insert(cols[0]) {
                        continue;
                    }
                    let key = cols[0].to_lowercase();
                    match keys.iter().position(|k| *k == key) {
                        Some(i) => values[i].push(value(stem, &cols)),
                        None => {
                            keys.push(key);
                            values.push(vec![value(stem, &cols)]);
                        }
                    }
                }
                let _ = writeln!(out, "pub static {upper}: Map<{}> = Map::new(&[", value_type(stem));
                for (k, v) in keys.iter().zip(&values) {
                    let _ = writeln!(out, "    ({}, &[{}]),", lit(k), v.join(", "));
                }
                let _ = writeln!(out, "]);\n");
            }
            "map" => {
                let _ = writeln!(out, "pub static {upper}: Map<{}> = Map::new(&[", value_type(stem));
                for e in &entries {
                    let cols: Vec<&str> = e.split('\t').collect();
                    if seen.insert(cols[0]) {
                        let _ = writeln!(out, "    ({}, {}),", lit(cols[0]), value(stem, &cols));
                    }
                }
                let _ = writeln!(out, "]);\n");
            }
            "list" => {
                let _ = writeln!(out, "pub static {upper}: &[(&str, f64, f64)] = &[");
                for e in &entries {
                    let c: Vec<&str> = e.split('\t').collect();
                    let _ = writeln!(out, "    ({}, {}, {}),", lit(c[0]), c[1], c[2]);
                }
                let _ = writeln!(out, "];\n");
            }
            _ => {
                // groups: "name<TAB>a, b, c" (or, with no name, "a, b, c")
                let named = text.contains("#! columns: name");
                if named {
                    let _ = writeln!(out, "pub static {upper}: &[(&str, &[&str])] = &[");
                    let mut of: Vec<(String, String)> = Vec::new();
                    // each sensed word's senses, in file order: (word, [(group, [cue, ...]), ...])
                    let mut senses: Vec<(String, Vec<String>)> = Vec::new();
                    for e in &entries {
                        let (head, members) = e.split_once('\t').unwrap_or((e, ""));
                        // a member may name the sense it counts in: "cut (off)", the words one of
                        // which must follow it
                        let ms: Vec<(&str, Option<&str>)> = members
                            .split(',')
                            .map(str::trim)
                            .filter(|m| !m.is_empty())
                            .map(|m| match m.split_once(" (") {
                                Some((w, cues)) => (w.trim(), Some(cues.trim_end_matches(')'))),
                                None => (m, None),
                            })
                            .collect();
                        let list: Vec<String> = ms.iter().map(|(m, _)| lit(m)).collect();
                        let _ = writeln!(out, "    ({}, &[{}]),", lit(head), list.join(", "));
                        for (m, cues) in ms {
                            if seen.insert(m) {
                                of.push((lit(m), lit(head)));
                            }
                            // a word may stand in several groups, one sense each ("taken (control)",
                            // "taken (hospital)")
                            if let Some(cues) = cues {
                                let cues: Vec<String> =
                                    cues.split('|').map(str::trim).filter(|c| !c.is_empty()).map(lit).collect();
                                let sense = format!("({}, &[{}])", lit(head), cues.join(", "));
                                match senses.iter_mut().find(|(w, _)| *w == lit(m)) {
                                    Some((_, list)) => list.push(sense),
                                    None => senses.push((lit(m), vec![sense])),
                                }
                            }
                        }
                    }
                    let _ = writeln!(out, "];\n");
                    let _ = writeln!(out, "/// The group each word of {upper} belongs to (the first, if several).");
                    let pairs: Vec<String> = of.iter().map(|(m, h)| format!("({m}, {h})")).collect();
                    let _ = writeln!(
                        out,
                        "pub static {upper}_OF: Map<&'static str> = Map::new(&[{}]);\n",
                        pairs.join(", ")
                    );
                    let _ = writeln!(
                        out,
                        "/// The words of {upper} that belong to a group only in one sense: each sense's group \
                         and the words one of which must follow the word (\"cut\": trapped, \"off\")."
                    );
                    let pairs: Vec<String> =
                        senses.iter().map(|(m, l)| format!("({m}, &[{}])", l.join(", "))).collect();
                    let _ = writeln!(
                        out,
                        "pub static {upper}_SENSES: Map<&'static [(&'static str, &'static [&'static str])]> = \
                         Map::new(&[{}]);\n",
                        pairs.join(", ")
                    );
                } else {
                    let _ = writeln!(out, "pub static {upper}: &[&[&str]] = &[");
                    for e in &entries {
                        let list: Vec<String> =
                            e.split(',').map(str::trim).filter(|m| !m.is_empty()).map(lit).collect();
                        let _ = writeln!(out, "    &[{}],", list.join(", "));
                    }
                    let _ = writeln!(out, "];\n");
                }
            }
        }
    }
    files.push_str("];\n");
    out.push_str(&files);
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("lexicon.rs");
    std::fs::write(dest, out).expect("write lexicon.rs");
}
