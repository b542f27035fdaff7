//! `crossread figures`: every figure in the input.

use crate::{FiguresArgs, FiguresFormat};
use anyhow::{Context, Result};
use crossread_figures::{read_line, read_report};
use crossread_model::{Figure, Report, Value};
use serde_json::{json, Value as Json};
use std::io::{BufRead, BufWriter, Write};

pub fn run(args: &FiguresArgs) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if args.lines {
        return run_lines(args, &mut out);
    }
    let reports = crossread_ingest::load_inputs(&args.inputs)?;
    for report in &reports {
        let reading = read_report(report);
        match args.format {
            FiguresFormat::Jsonl => {
                for f in &reading.figures {
                    let sentence = reading.sentences[f.sentence].span;
                    let mut obj = figure_json(f);
                    obj["article"] = json!(report.id);
                    obj["file"] = json!(report.path.display().to_string());
                    obj["sentence"] =
                        json!({"start": sentence.start, "end": sentence.end, "text": sentence.slice(&report.text)});
                    writeln!(out, "{obj}")?;
                }
            }
            FiguresFormat::Table => write_table(&mut out, report, &reading)?,
        }
    }
    out.flush()?;
    Ok(())
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
    json!({
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
    })
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
    writeln!(out, "{name}: {} figures in {} sentences", reading.figures.len(), reading.sentences.len())?;
    for f in &reading.figures {
        let line = 1 + report.text.as_bytes()[..f.span.start].iter().filter(|&&b| b == b'\n').count();
        let unit = if f.unit == "count" {
            match &f.counted {
                Some(c) => format!("count of {c}"),
                None => "count".to_string(),
            }
        } else {
            format!("{} ({})", f.unit, f.unit_name)
        };
        let trend = f.trend.map(|t| format!(" {t:?}").to_lowercase()).unwrap_or_default();
        writeln!(
            out,
            "  {name}:{line} [{}..{}] {:?}  = {} {}  {}{}",
            f.span.start,
            f.span.end,
            f.text,
            fmt_value(f.value),
            unit,
            f.approx.code(),
            trend
        )?;
        let sentence = reading.sentences[f.sentence].span.slice(&report.text);
        writeln!(out, "      | {}", sentence.replace('\n', " "))?;
    }
    Ok(())
}
