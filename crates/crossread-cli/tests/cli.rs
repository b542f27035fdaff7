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
fn a_missing_file_is_named_in_the_error() {
    let out = crossread().args(["figures", "no/such/report.txt"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(err.contains("no/such/report.txt"), "{err}");
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
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no report files"));
}
