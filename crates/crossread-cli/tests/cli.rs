//! The `crossread` command as a user runs it.

use assert_cmd::Command;
use std::path::PathBuf;

fn example(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/harbour-flood").join(name)
}

fn crossread() -> Command {
    Command::cargo_bin("crossread").expect("binary built")
}

#[test]
fn figures_jsonl_offsets_point_into_the_input_file() {
    let path = example("03.txt");
    let bytes = std::fs::read(&path).expect("example exists");
    let out = crossread().args(["figures", "--format", "jsonl"]).arg(&path).output().expect("runs");
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert!(lines.len() > 5, "the example report carries many figures");
    for f in &lines {
        let (s, e) = (f["start"].as_u64().expect("start") as usize, f["end"].as_u64().expect("end") as usize);
        assert_eq!(std::str::from_utf8(&bytes[s..e]).expect("utf-8 span"), f["text"].as_str().expect("text"));
        assert_eq!(f["article"], "03");
    }
    assert!(lines.iter().any(|f| f["text"] == "12 kilometres" && f["unit"] == "km"));
}

#[test]
fn figures_table_names_file_and_line() {
    let out = crossread().arg("figures").arg(example("01.txt")).output().expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.contains("01.txt:"), "{text}");
    assert!(text.contains("figures in"), "{text}");
}

#[test]
fn lines_mode_writes_one_json_line_per_input_line() {
    let input = "Sales rose 5% to $7 billion.\n\nNo figures here.\nAbout 40 km of road, up to 12 bridges.\n";
    let out = crossread().args(["figures", "--lines"]).write_stdin(input).output().expect("runs");
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).expect("utf-8").lines().map(|l| serde_json::from_str(l).expect("json")).collect();
    assert_eq!(lines.len(), 4);
    let first = lines[0]["quantities"].as_array().expect("array");
    assert_eq!(first.len(), 2);
    assert_eq!(first[0]["unit_name"], "percentage");
    assert_eq!(first[0]["trend"], "up");
    assert_eq!(first[1]["value"], 7e9);
    assert!(lines[1]["quantities"].as_array().expect("array").is_empty());
    assert_eq!(lines[3]["quantities"][0]["approx"], "about");
    assert_eq!(lines[3]["quantities"][1]["approx"], "at_most");
}

#[test]
fn odd_bytes_do_not_stop_the_reader() {
    let out = crossread()
        .args(["figures", "--format", "jsonl", "-"])
        .write_stdin(&b"Some \xff\xfe 40 km of road.\n"[..])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let line = String::from_utf8(out.stdout).expect("utf-8");
    let f: serde_json::Value = serde_json::from_str(line.lines().next().expect("a figure")).expect("json");
    assert_eq!((f["start"].as_u64(), f["text"].as_str()), (Some(8), Some("40 km")));
}

#[test]
fn a_missing_file_is_named_once_and_the_others_are_read() {
    let out = crossread().args(["figures", "no/such/report.txt"]).arg(example("01.txt")).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert_eq!(err.matches("no/such/report.txt").count(), 1, "{err}");
    assert_eq!(err.matches("os error").count(), 1, "the reason is said once: {err}");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.contains("01.txt:"), "the other file is still read: {text}");
    let out = crossread().args(["brief", "no/such/report.txt"]).arg(example("")).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("6 reports"));
}

#[test]
fn brief_json_lists_articles_facts_and_the_unit_slip() {
    let out = crossread().args(["brief", "--format", "json"]).arg(example("")).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["articles"].as_array().map(Vec::len), Some(6));
    assert_eq!(v["articles"][1]["outlet"], "Vestmark Daily", "front matter gives the outlet");
    let facts = v["facts"].as_array().expect("facts");
    assert!(facts.iter().any(|f| f["status"] == "differs"), "the example has disagreements");
    let issues = v["issues"].as_array().expect("issues");
    assert!(issues.iter().any(|i| i["article"] == "03" && i["text"] == "12 miles"), "{issues:#?}");
    // every mention's offsets slice to its text in its file
    for f in facts {
        for c in f["claims"].as_array().expect("claims") {
            for m in c["mentions"].as_array().expect("mentions") {
                let id = m["article"].as_str().expect("id");
                let bytes = std::fs::read(example(&format!("{id}.txt"))).expect("file");
                let (s, e) = (m["start"].as_u64().expect("s") as usize, m["end"].as_u64().expect("e") as usize);
                assert_eq!(std::str::from_utf8(&bytes[s..e]).expect("utf-8"), m["text"].as_str().expect("text"));
            }
        }
    }
}

#[test]
fn brief_terminal_and_markdown_views() {
    let out = crossread().args(["brief"]).arg(example("")).output().expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.starts_with("6 reports: Nordwire (01), Vestmark Daily (02)"), "{text}");
    assert!(text.contains("Issues"), "{text}");
    let out = crossread().args(["brief", "--format", "md"]).arg(example("")).output().expect("runs");
    let md = String::from_utf8(out.stdout).expect("utf-8");
    assert!(md.contains("| Fact | Value | Claimed by | Carried by | Status | Wording |"), "{md}");
    assert!(md.contains("### Issues"), "{md}");
}

#[test]
fn brief_of_an_empty_folder_is_a_clear_error() {
    let dir = std::env::temp_dir().join(format!("crossread-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("mkdir");
    let out = crossread().arg("brief").arg(&dir).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no report files"));
}

/// A fresh folder under the system's temporary folder.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("crossread-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("mkdir");
    dir
}

fn put(dir: &std::path::Path, name: &str, text: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
    std::fs::write(&p, text).expect("write");
    p
}

#[test]
fn two_files_with_one_name_stay_two_reports() {
    let dir = scratch("same-name");
    let a = put(&dir, "a/story.txt", b"---\noutlet: Nordwire\n---\nThe flood killed 12 people, police said.\n");
    let b = put(&dir, "b/story.txt", b"---\noutlet: Vestmark Daily\n---\nPolice said 12 people died in the flood.\n");
    let out = crossread().args(["brief", "--format", "json"]).arg(&a).arg(&b).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let ids: Vec<&str> =
        v["articles"].as_array().expect("articles").iter().map(|a| a["id"].as_str().expect("id")).collect();
    assert_eq!(ids, ["a/story", "b/story"]);
    assert_eq!(v["facts"][0]["status"], "agreed", "{:#}", v["facts"][0]);
    assert_eq!(v["facts"][0]["outlets"].as_array().map(Vec::len), Some(2));
}

#[test]
fn pages_and_json_are_read_for_what_they_are_binaries_and_empty_files_are_named() {
    let dir = scratch("not-prose");
    put(&dir, "01.txt", b"<!DOCTYPE html><html><head><title>x</title></head><body><p>12 died</p></body></html>");
    put(&dir, "02.txt", b"{\"url\": \"https://example.org/1234\", \"text\": \"12 died\"}\n");
    put(&dir, "03.txt", &[0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0, 0, 0]);
    put(&dir, "04.txt", b"");
    put(&dir, "05.txt", b"The flood killed 12 people, police said.\n");
    let out = crossread().args(["brief"]).arg(&dir).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).expect("utf-8");
    for (name, what) in [("03.txt", "program"), ("04.txt", "empty")] {
        assert!(err.lines().any(|l| l.contains(name) && l.contains(what)), "{name}: {err}");
    }
    assert!(!err.contains("01.txt") && !err.contains("02.txt"), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("3 reports: "));
}

#[test]
fn subfolders_need_recursive_and_are_named_without_it() {
    let dir = scratch("recursive");
    put(&dir, "day1/01.txt", b"The flood killed 12 people.\n");
    put(&dir, "day2/01.txt", b"The flood killed 14 people.\n");
    let out = crossread().args(["brief"]).arg(&dir).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(err.contains("2 subfolder(s)") && err.contains("--recursive"), "{err}");
    let out = crossread().args(["brief", "--recursive", "--format", "json"]).arg(&dir).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["articles"][0]["id"], "day1/01");
    assert_eq!(v["articles"][1]["id"], "day2/01");
}

#[test]
fn report_text_never_reaches_the_terminal_raw() {
    let dir = scratch("control");
    put(&dir, "01.txt", "---\noutlet: Nord\u{1b}[2Jwire\n---\nThe flood killed 12 people, police said.\n".as_bytes());
    let out = crossread().args(["brief", "--no-color"]).arg(&dir).output().expect("runs");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(!text.contains('\u{1b}'), "{text:?}");
    assert!(text.contains("Nord\\u{1b}[2Jwire"), "{text}");
    let out = crossread().args(["figures"]).arg(dir.join("01.txt")).output().expect("runs");
    assert!(!String::from_utf8(out.stdout).expect("utf-8").contains('\u{1b}'));
}

#[test]
fn counts_in_words_agree_with_their_number() {
    let dir = scratch("plural");
    put(&dir, "01.txt", b"Crews shored up 12 kilometres (12 miles) of the embankment.\n");
    let out = crossread().args(["brief", "--no-color"]).arg(&dir).output().expect("runs");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.contains("1 report: ") && text.contains(", 1 issue\n") && text.contains("[single]  1 report\n"),
        "{text}"
    );
}

#[test]
fn a_long_claimant_keeps_the_outlet_column_apart() {
    let dir = scratch("long-claimant");
    let text = b"---\noutlet: Nordwire\n---\nThe flood killed 12 people, said Annelise Margrethe Vestergaard-Holmberg-Lindqvist.\n";
    put(&dir, "01.txt", text);
    let out = crossread().args(["brief", "--no-color"]).arg(&dir).output().expect("runs");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let line = text.lines().find(|l| l.contains("Vestergaard-Holmberg-Lindqvist")).expect("claimant line");
    assert!(!line.contains("Nordwire"), "the outlet is not run into the claimant: {text}");
    assert!(text.lines().any(|l| l.trim() == "Nordwire"), "{text}");
}

#[test]
fn an_amount_too_large_for_a_number_is_not_a_figure() {
    let huge = format!("The bill came to ${} trillion, and 12 people were hurt.\n", "9".repeat(400));
    let out = crossread().args(["figures", "--format", "jsonl", "-"]).write_stdin(huge).output().expect("runs");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(!text.contains("\"value\":null") && !text.contains("inf"), "{text}");
    assert!(text.contains("\"value\":12.0"), "{text}");
}

#[test]
fn bench_refuses_a_story_of_no_reports() {
    let out = crossread().args(["bench", "--story-sizes", "0"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("story-sizes"));
}

#[test]
fn jsonl_gives_the_sentence_by_offsets_and_its_text_on_request() {
    let line = format!("{} 40 km of road\n", "word ".repeat(2000));
    let out = crossread().args(["figures", "--format", "jsonl", "-"]).write_stdin(line.clone()).output().expect("runs");
    let f: serde_json::Value =
        serde_json::from_slice(out.stdout.split(|&b| b == b'\n').next().expect("line")).expect("json");
    assert!(f["sentence"]["start"].is_u64() && f["sentence"].get("text").is_none(), "{f}");
    let out = crossread()
        .args(["figures", "--format", "jsonl", "--with-sentence", "-"])
        .write_stdin(line)
        .output()
        .expect("runs");
    let f: serde_json::Value =
        serde_json::from_slice(out.stdout.split(|&b| b == b'\n').next().expect("line")).expect("json");
    let text = f["sentence"]["text"].as_str().expect("text");
    assert!(text.len() <= 304 && text.ends_with('\u{2026}') || text.len() <= 300, "{text}");
}
