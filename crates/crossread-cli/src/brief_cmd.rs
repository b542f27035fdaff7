//! `crossread brief`: the reconciled view of a story.

use crate::{BriefArgs, BriefFormat};
use anyhow::{bail, Result};
use crossread_figures::{read_report, Reading};
use crossread_model::Report;
use crossread_reconcile::{reconcile, Brief, Source, Story};
use std::io::{IsTerminal, Write};

/// Reads, attributes and reconciles the reports into a brief.
pub fn build(reports: &[Report]) -> Brief {
    let readings: Vec<Reading> = reports.iter().map(read_report).collect();
    // who claims each figure, as written, then one name per person or body across the story
    let written: Vec<Vec<Option<crossread_attribute::Claimant>>> =
        reports.iter().zip(&readings).map(|(r, reading)| crossread_attribute::attribute(r, reading)).collect();
    let all_names: Vec<&str> = written.iter().flatten().flatten().map(|c| c.name.as_str()).collect();
    let cluster = crossread_attribute::canonical_names(&all_names);
    let clusters = cluster.iter().copied().max().map_or(0, |m| m + 1);
    let claimants: Vec<String> = (0..clusters)
        .map(|k| {
            let members: Vec<&str> = all_names.iter().zip(&cluster).filter(|(_, c)| **c == k).map(|(n, _)| *n).collect();
            crossread_attribute::display_name(&members)
        })
        .collect();
    let mut next = 0;
    let sources = reports
        .iter()
        .zip(&readings)
        .zip(&written)
        .map(|((report, reading), names)| {
            let ids = names
                .iter()
                .map(|n| {
                    n.as_ref().map(|_| {
                        let id = cluster[next];
                        next += 1;
                        id
                    })
                })
                .collect();
            let outlet = crossread_attribute::detect_outlet(report).unwrap_or_else(|| report.id.clone());
            Source { report, reading, claimants: ids, outlet }
        })
        .collect();
    reconcile(&Story { sources, claimants })
}

pub fn run(args: &BriefArgs) -> Result<()> {
    let reports = crossread_ingest::load_inputs(&args.inputs)?;
    if reports.is_empty() {
        bail!("no reports to read");
    }
    let brief = build(&reports);
    let text = match args.format {
        BriefFormat::Json => crossread_render::json(&brief),
        BriefFormat::Md => crossread_render::markdown(&brief),
        BriefFormat::Terminal => {
            let color = !args.no_color && std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            crossread_render::terminal(&brief, color)
        }
    };
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", text.trim_end())?;
    Ok(())
}
