//! The `crossread` command.

mod bench;
mod brief_cmd;
mod figures_cmd;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// Reads every report of a news story and shows its figures, who claims them, and where they differ.
#[derive(Parser, Debug)]
#[command(name = "crossread", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List every figure in the reports: words, byte offsets, value, unit, exactness, sentence.
    Figures(FiguresArgs),
    /// Reconcile a story: every figure grouped by the question it answers, who claims it, which
    /// outlets carry it, whether they agree, and what looks wrong.
    Brief(BriefArgs),
    /// Measure reading speed (MB/s and articles/s on one core) over report files.
    Bench(BenchArgs),
}

/// Output formats of `crossread figures`.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum FiguresFormat {
    /// A readable listing.
    Table,
    /// One JSON object per figure.
    Jsonl,
}

#[derive(clap::Args, Debug)]
struct FiguresArgs {
    /// Report files or folders of them; `-` reads standard input.
    #[arg(default_value = "-")]
    inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FiguresFormat::Table)]
    format: FiguresFormat,
    /// Treat each input line as one sentence and write one JSON line `{"quantities": [...]}` per line.
    #[arg(long)]
    lines: bool,
}

/// Output formats of `crossread brief`.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum BriefFormat {
    /// A readable view for the terminal.
    Terminal,
    /// Markdown, fit to paste into a newsroom document.
    Md,
    /// JSON (see eval/BRIEF_JSON.md in the shared evaluation data for the core keys).
    Json,
    /// One self-contained HTML page: facts, coverage matrix, timeline, issues, highlighted texts.
    Html,
}

#[derive(clap::Args, Debug)]
struct BriefArgs {
    /// A folder of reports, or report files; `-` reads one report from standard input.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = BriefFormat::Terminal)]
    format: BriefFormat,
    /// Never colour the terminal view.
    #[arg(long)]
    no_color: bool,
}

#[derive(clap::Args, Debug)]
struct BenchArgs {
    /// Report files or folders to read (default: the bundled example story).
    inputs: Vec<PathBuf>,
    /// How many megabytes of text to read in all (inputs are read again until this is reached).
    #[arg(long, default_value_t = 8.0)]
    megabytes: f64,
    /// Also time a brief over stories of these many reports (inputs repeated), e.g. `10,1000`.
    #[arg(long, value_delimiter = ',')]
    story_sizes: Vec<usize>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Figures(args) => figures_cmd::run(&args),
        Command::Brief(args) => brief_cmd::run(&args),
        Command::Bench(args) => bench::run(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) {
                return ExitCode::SUCCESS;
            }
            eprintln!("crossread: {e:#}");
            ExitCode::from(2)
        }
    }
}
