//! `crossread figures`: every figure in the input.

use crate::{Done, FiguresArgs, FiguresFormat};
use anyhow::{Context, Result};
use crossread_figures::{read_line, read_report};
use crossread_model::{Figure, Report, Value};
use serde_json::{json, Value as Json};
use std::io::{BufRead, BufWriter, Write};

pub fn run(args: &FiguresArgs) -> Result<Done> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if args.lines {
        run_lines(args, &mut out)?;
        return Ok(Done::Complete);
    }
    let inputs = crate::inputs::read(&args.inputs, &args.read)?;
    for report in &inputs.reports {
        let reading = read_report(report);
        match args.format {
            FiguresFormat::Jsonl => {
                for f in &reading.figures {
                    let sentence = reading.sentences()[f.sentence].span;
                    let mut obj = figure_json(f);
                    obj["article"] = json!(report.id);
                    obj["file"] = json!(report.path.display().to_string());
                    obj["sentence"] = json!({"start": sentence.start, "end": sentence.end});
                    if let (Some(_), Some(at)) = (&report.origin, report.source_span(f.span)) {
                        obj["source_start"] = json!(at.start);
                        obj["source_end"] = json!(at.end);
                    }
                    if args.with_sentence {
                        obj["sentence"]["text"] = json!(clip(sentence.slice(&report.text), SENTENCE_CLIP));
                    }
                    writeln!(out, "{obj}")?;
                }
            }
            FiguresFormat::Table => write_table(&mut out, report, &reading)?,
        }
    }
    out.flush()?;
    if inputs.reports.is_empty() && inputs.failed {
        anyhow::bail!("no reports to read");
    }
    Ok(if inputs.failed { Done::Partial } else { Done::Complete })
}

/// How many bytes of a sentence are shown beside a figure.
const SENTENCE_CLIP: usize = 300;

/// At most `max` bytes of `s` (cut on a character boundary, with "…" when cut), with control
/// characters and direction overrides shown as escapes so they never act on a terminal.
pub fn clip(s: &str, max: usize) -> String {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let mut out = crossread_render::printable(&s[..end]);
    if end < s.len() {
        out.push('\u{2026}');
    }
    out
}

/// One line in, one JSON line out: the shape `score_quantities.py` reads.
fn run_lines(args: &FiguresArgs, out: &mut impl Write) -> Result<()> {
    for input in &args.inputs {
        let reader: Box<dyn BufRead> = if input.as_os_str() == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            let f = std::fs::File::open(input).with_context(|| format!("cannot read {}", input.display()))?;
            Box::new(std::io::BufReader::new(f))
        };
        for line in reader.split(b'\n') {
            let line = line.with_context(|| format!("reading {}", input.display()))?;
            let text = crossread_model::decode_lossless(&line);
            let text = text.strip_suffix('\r').unwrap_or(&text);
            let quantities: Vec<Json> = read_line(text).iter().map(figure_json).collect();
            writeln!(out, "{}", json!({ "quantities": quantities }))?;
        }
    }
    out.flush()?;
    Ok(())
}

fn value_json(v: Value) -> Json {
    match v {
        Value::Number(x) => json!(x),
        Value::Range(a, b) => json!([a, b]),
    }
}

/// A figure as a JSON object.
pub fn figure_json(f: &Figure) -> Json {
    let mut obj = json!({
        "start": f.span.start,
        "end": f.span.end,
        "text": f.text,
        "value": value_json(f.value),
        "unit": f.unit,
        "unit_name": f.unit_name,
        "counted": f.counted,
        "approx": f.approx.code(),
        "trend": f.trend,
        "vague": f.vague,
    });
    // a count read from words without a number: where the words that say what happened stand
    if let Some(by) = f.implied {
        obj["implied"] = json!({"start": by.start, "end": by.end});
    }
    obj
}

fn fmt_value(v: Value) -> String {
    let n = |x: f64| {
        if x.fract() == 0.0 && x.abs() < 1e15 {
            format!("{}", x as i64)
        } else {
            format!("{x}")
        }
    };
    match v {
        Value::Number(x) => n(x),
        Value::Range(a, b) => format!("{}-{}", n(a), n(b)),
    }
}

fn write_table(out: &mut impl Write, report: &Report, reading: &crossread_figures::Reading) -> Result<()> {
    let name = report.path.display();
    writeln!(out, "{name}: {} figures in {} sentences", reading.figures.len(), reading.sentences().len())?;
    let lines = LineIndex::new(&report.text);
    for f in &reading.figures {
        let line = lines.line_of(f.span.start);
        let unit = if f.unit.is_count() {
            match &f.counted {
                Some(c) => format!("count of {}", crossread_render::printable(c)),
                None => "count".to_string(),
            }
        } else {
            format!("{} ({})", f.unit, f.unit_name)
        };
        let mut trend = f.trend.map(|t| format!(" {t:?}").to_lowercase()).unwrap_or_default();
        if let Some(by) = f.implied {
            trend.push_str(&format!(" implied by \"{}\"", crossread_render::printable(by.slice(&report.text))));
        }
        // a report read out of a page or record: where the figure stands in the input's bytes
        let place = match (&report.origin, report.source_span(f.span)) {
            (Some(o), at) => {
                let record = o.record.as_deref().map(|r| format!(" {r}")).unwrap_or_default();
                let bytes = at.map(|a| format!(" bytes {}..{}", a.start, a.end)).unwrap_or_default();
                format!("{name}{record}{bytes} text")
            }
            (None, _) => format!("{name}:{line}"),
        };
        writeln!(
            out,
            "  {place} [{}..{}] \"{}\"  = {} {}  {}{}",
            f.span.start,
            f.span.end,
            crossread_render::printable(&f.text),
            fmt_value(f.value),
            unit,
            f.approx.code(),
            trend
        )?;
        let sentence = reading.sentences()[f.sentence].span.slice(&report.text);
        writeln!(out, "      | {}", clip(sentence, SENTENCE_CLIP).replace('\n', " "))?;
    }
    Ok(())
}

/// Where each line of a text starts, so a byte offset's line number is a binary search away.
pub struct LineIndex(Vec<usize>);

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1));
        LineIndex(starts)
    }

    /// The 1-based line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.0.partition_point(|&s| s <= offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_numbers_from_the_index() {
        let idx = LineIndex::new("one\ntwo\n\nfour");
        assert_eq!([0, 3, 4, 8, 9, 12].map(|o| idx.line_of(o)), [1, 1, 2, 3, 4, 4]);
    }

    #[test]
    fn clipping_keeps_characters_whole_and_escapes_controls() {
        assert_eq!(clip("\u{e9}\u{e9}\u{e9}", 3), "\u{e9}\u{2026}");
        assert_eq!(clip("a\u{1b}[31mb", 100), "a\\u{1b}[31mb");
    }
}
