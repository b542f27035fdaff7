//! `crossread brief`: the reconciled view of a story.

use crate::{BriefArgs, BriefFormat, Done};
use anyhow::{bail, Context, Result};
use std::io::{IsTerminal, Write};

pub fn run(args: &BriefArgs) -> Result<Done> {
    let inputs = crate::inputs::read(&args.inputs, &args.read)?;
    let reports = inputs.reports;
    if reports.is_empty() {
        bail!("no reports to read");
    }
    let brief = crossread::brief(&reports);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let text = match args.format {
        BriefFormat::Json => {
            crossread_render::write_json(&brief, &mut out)?;
            writeln!(out)?;
            out.flush()?;
            return Ok(if inputs.failed { Done::Partial } else { Done::Complete });
        }
        BriefFormat::Html => crossread_render::html::render(&brief, &reports).context("rendering the HTML brief")?,
        BriefFormat::Md => crossread_render::markdown(&brief),
        BriefFormat::Terminal => {
            let color = !args.no_color && std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            crossread_render::terminal(&brief, color)
        }
    };
    writeln!(out, "{}", text.trim_end())?;
    out.flush()?;
    Ok(if inputs.failed { Done::Partial } else { Done::Complete })
}
