//! report: the last stage. Renders a [`Brief`] for a reader: a terminal view, Markdown fit to paste
//! into a newsroom document, JSON (the shape `eval/BRIEF_JSON.md` describes, with extra fields), or
//! one self-contained HTML page ([`html`]).

pub mod html;

use crossread_model::{Approx, Unit, Value};
use crossread_reconcile::{Brief, Claim, Fact, Status};
use std::fmt::Write;

/// Text from a report made safe to print: control characters, bidirectional overrides and the
/// substitute for bytes that were not UTF-8 are shown as escapes (`\u{1b}`), so a report can never
/// move the cursor, recolour or reorder a terminal.
pub fn printable(s: &str) -> String {
    let unsafe_char = |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !s.chars().any(unsafe_char) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' | '\t' | '\r' => out.push(' '),
            c if unsafe_char(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// "1 issue", "2 issues".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A number with thousands separators and at most two decimals.
pub fn number(v: f64) -> String {
    crossread_model::readable_number(v, 2, 1000.0)
}

/// A claim's value with its exactness and unit: "~1,000 km2", "≥120,000", "13–17 mi".
pub fn claim_value(c: &Claim) -> String {
    let v = match c.value {
        Value::Number(x) => number(x),
        Value::Range(a, b) => format!("{}–{}", number(a), number(b)),
    };
    let mark = match c.approx {
        Approx::About => "~",
        Approx::AtLeast => "≥",
        Approx::AtMost => "≤",
        Approx::Exact | Approx::Range => "",
    };
    let unit = match c.unit {
        Unit::COUNT => String::new(),
        Unit::PERCENT => "%".to_string(),
        u => format!(" {u}"),
    };
    format!("{mark}{v}{unit}")
}

fn status_word(f: &Fact) -> &'static str {
    match (f.status, f.updated) {
        (Status::Differs, true) => "updated",
        (Status::Differs, false) => "DIFFERS",
        (Status::Agreed, _) => "agreed",
        (Status::Single, _) => "single",
    }
}

fn outlet_of<'a>(brief: &'a Brief, id: &'a str) -> &'a str {
    brief.articles.iter().find(|a| a.id == id).map_or(id, |a| a.outlet.as_str())
}

fn claim_outlets(brief: &Brief, c: &Claim) -> String {
    let mut ids: Vec<&str> = Vec::new();
    for m in &c.mentions {
        if !ids.contains(&m.article.as_str()) {
            ids.push(&m.article);
        }
    }
    printable(&ids.iter().map(|id| outlet_of(brief, id)).collect::<Vec<_>>().join(", "))
}

fn wordings(c: &Claim) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for m in &c.mentions {
        if !seen.contains(&m.text.as_str()) {
            seen.push(&m.text);
        }
    }
    seen.iter().map(|t| format!("\"{}\"", printable(t))).collect::<Vec<_>>().join(", ")
}

/// Width of the claimant column in the terminal view.
const WHO_WIDTH: usize = 28;

/// The terminal view: a headline, one block per fact (most widely reported first), then the issues.
pub fn terminal(brief: &Brief, color: bool) -> String {
    let paint = |code: &str, s: &str| if color { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() };
    let mut out = String::new();
    let outlets: Vec<String> = brief.articles.iter().map(|a| format!("{} ({})", printable(&a.outlet), a.id)).collect();
    let reports = plural(brief.articles.len(), "report", "reports");
    let _ = writeln!(out, "{}", paint("1", &format!("{reports}: {}", outlets.join(", "))));
    let differ = brief.facts.iter().filter(|f| f.status == Status::Differs && !f.updated).count();
    let _ = writeln!(
        out,
        "{}, {} where reports differ, {}\n",
        plural(brief.facts.len(), "fact", "facts"),
        differ,
        plural(brief.issues.len(), "issue", "issues")
    );
    for (n, f) in brief.facts.iter().enumerate() {
        let status = status_word(f);
        let status = match status {
            "DIFFERS" => paint("1;31", status),
            "updated" => paint("33", status),
            "agreed" => paint("32", status),
            s => paint("2", s),
        };
        let carried = plural(f.outlets.len(), "report", "reports");
        let _ = writeln!(out, "{:>3}. {}  [{}]  {carried}", n + 1, paint("1", &printable(&f.label)), status);
        for c in &f.claims {
            let who = printable(c.claimant.as_deref().unwrap_or("(outlet's own voice)"));
            if who.chars().count() < WHO_WIDTH {
                let _ = writeln!(out, "       {:<16} {:<WHO_WIDTH$} {}", claim_value(c), who, claim_outlets(brief, c));
            } else {
                // a long claimant gets its own line, the outlets the next, under their column
                let _ = writeln!(out, "       {:<16} {}", claim_value(c), who);
                let _ = writeln!(out, "       {:<16} {:<WHO_WIDTH$} {}", "", "", claim_outlets(brief, c));
            }
            let _ = writeln!(out, "       {:<16} {}", "", paint("2", &wordings(c)));
        }
    }
    if !brief.issues.is_empty() {
        let _ = writeln!(out, "\n{}", paint("1;31", "Issues"));
        for i in &brief.issues {
            let _ = writeln!(
                out,
                "  {} [{}..{}] {}: {}",
                printable(outlet_of(brief, &i.article)),
                i.start,
                i.end,
                i.kind,
                printable(&i.message)
            );
        }
    }
    out
}

fn md_escape(s: &str) -> String {
    printable(s).replace('|', "\\|")
}

/// Markdown: a table of facts and claims, then the issues.
pub fn markdown(brief: &Brief) -> String {
    let mut out = String::new();
    let outlets: Vec<String> = brief.articles.iter().map(|a| md_escape(&a.outlet)).collect();
    let _ = writeln!(out, "## Brief: {} reports\n", brief.articles.len());
    let _ = writeln!(out, "Outlets: {}\n", outlets.join(", "));
    let _ = writeln!(out, "| Fact | Value | Claimed by | Carried by | Status | Wording |");
    let _ = writeln!(out, "|---|---|---|---|---|---|");
    for f in &brief.facts {
        for (k, c) in f.claims.iter().enumerate() {
            let (label, status) = if k == 0 {
                (md_escape(&f.label), status_word(f).to_lowercase())
            } else {
                (String::new(), String::new())
            };
            let status = if status == "differs" { "**differs**".to_string() } else { status };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                label,
                md_escape(&claim_value(c)),
                md_escape(c.claimant.as_deref().unwrap_or("(own voice)")),
                md_escape(&claim_outlets(brief, c)),
                status,
                md_escape(&wordings(c))
            );
        }
    }
    if !brief.issues.is_empty() {
        let _ = writeln!(out, "\n### Issues\n");
        for i in &brief.issues {
            let _ = writeln!(
                out,
                "- **{}** ({}, bytes {}–{}): {}",
                md_escape(&i.text),
                md_escape(outlet_of(brief, &i.article)),
                i.start,
                i.end,
                md_escape(&i.message)
            );
        }
    }
    out
}

/// The brief as pretty-printed JSON.
pub fn json(brief: &Brief) -> String {
    serde_json::to_string_pretty(brief).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// Writes the brief as pretty-printed JSON, without holding the whole text in memory.
pub fn write_json(brief: &Brief, out: impl std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(out, brief).map_err(std::io::Error::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_well() {
        assert_eq!(number(1234567.0), "1,234,567");
        assert_eq!(number(7.5), "7.5");
        assert_eq!(number(-12.0), "-12");
        assert_eq!(number(999.996), "1,000");
    }
}
