//! The `crossread` command.

mod bench;
mod bench_html;
mod brief_cmd;
mod extract_cmd;
mod figures_cmd;
mod inputs;
mod serve_cmd;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// The memory allocator: mimalloc keeps freed blocks per thread and per size, so the many short
/// strings and lists of a brief cost fewer instructions than with the system's allocator (about a
/// tenth fewer for a 10-report brief) and two briefs at once do not contend for one heap. Version 2
/// of mimalloc, without transparent huge pages: each fresh 2 MB page was zeroed on first touch (about
/// a twentieth of the server's time under a burst), and the server held about 35 MB after a burst
/// instead of 26 MB (version 3: 45 MB).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    /// Measure reading speed (MB/s and articles/s on one core) over report files, brief and HTML
    /// brief timings, with `--html` the speed of article extraction from web pages, or with
    /// `--serve` the web app under many requests at once.
    Bench(BenchArgs),
    /// Run the web app: paste reports or pick a story folder under FOLDER and get the HTML brief;
    /// `POST /api/brief` answers the brief as JSON.
    Serve(ServeArgs),
    /// Print the article text of web pages (files, `.html.gz`, or http(s) addresses), without menus,
    /// share bars, captions or related links; `--format json` adds the page's metadata.
    Extract(ExtractArgs),
}

/// Output formats of `crossread extract`.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum ExtractFormat {
    /// The article text.
    Text,
    /// One JSON object per page: metadata and text.
    Json,
}

#[derive(clap::Args, Debug)]
struct ExtractArgs {
    /// Web pages: files (`.html`, `.htm`, `.html.gz`) or http(s) addresses.
    #[arg(required = true)]
    inputs: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Text)]
    format: ExtractFormat,
}

/// How inputs other than plain text are read.
#[derive(clap::Args, Debug, Clone)]
struct ReadArgs {
    /// Read the report files of subfolders too.
    #[arg(long, short = 'r')]
    recursive: bool,
    /// For feed items without their full text, fetch the page each links to.
    #[arg(long)]
    follow: bool,
    /// JSON record fields under other names, e.g. `--field text=article_text,date=pub_ts`
    /// (roles: text, title, url, date, outlet).
    #[arg(long, value_name = "ROLE=NAME,...")]
    field: Option<String>,
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
    /// Reports: files or folders of them (text, web pages, feeds, JSON records, WARC archives),
    /// http(s) addresses; `-` reads standard input.
    #[arg(default_value = "-")]
    inputs: Vec<PathBuf>,
    #[command(flatten)]
    read: ReadArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FiguresFormat::Table)]
    format: FiguresFormat,
    /// Treat each input line as one sentence and write one JSON line `{"quantities": [...]}` per line.
    #[arg(long)]
    lines: bool,
    /// In `jsonl`, also give each figure's sentence text (clipped), not only its offsets.
    #[arg(long)]
    with_sentence: bool,
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
    /// Reports: folders or files (text, web pages, `.html.gz`, RSS/Atom/JSON feeds, OPML lists,
    /// JSON Lines or arrays of scraper records, WARC archives), http(s) addresses; `-` reads one
    /// report from standard input.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    #[command(flatten)]
    read: ReadArgs,
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
    #[arg(long, default_value_t = 8.0, value_parser = positive)]
    megabytes: f64,
    /// Also time a brief over stories of these many reports (inputs repeated), e.g. `10,1000`.
    #[arg(long, value_delimiter = ',', value_parser = clap::value_parser!(u64).range(1..))]
    story_sizes: Vec<u64>,
    /// The inputs are web pages (`.html`, `.html.gz`, or folders of them): time article
    /// extraction and print the MB/s of HTML extracted.
    #[arg(long)]
    html: bool,
    /// Also time figures and brief over one input of each of these many megabytes (and one line of a
    /// megabyte), to show the cost per MB stays flat, e.g. `1,4,16,64`.
    #[arg(long, value_delimiter = ',', value_parser = clap::value_parser!(u64).range(1..))]
    scaling: Vec<u64>,
    /// Instead: start the web app on a free loopback port and send it brief requests at once.
    #[arg(long)]
    serve: bool,
    /// With --serve: how many requests to send in each round.
    #[arg(long, default_value_t = 200)]
    requests: usize,
    /// With --serve: how many requests in flight at once.
    #[arg(long, default_value_t = 200)]
    concurrency: usize,
    /// With --serve: how many reports each request carries (inputs repeated).
    #[arg(long, default_value_t = 10)]
    reports: usize,
    /// With --serve: how many measured rounds (after one warm-up round).
    #[arg(long, default_value_t = 3)]
    rounds: usize,
}

/// Log formats of `crossread serve`.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum LogFormat {
    /// One readable line per event.
    Text,
    /// One JSON object per event.
    Json,
}

#[derive(clap::Args, Debug)]
struct ServeArgs {
    /// A folder of story folders (each a folder of report files) that people may open; nothing
    /// outside it can be read.
    folder: Option<PathBuf>,
    /// Port to listen on (0 picks a free one; the address is printed on standard output).
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// Address to listen on; the default keeps the app on this machine.
    #[arg(long, default_value = "127.0.0.1")]
    bind: String,
    /// Largest request accepted, in megabytes.
    #[arg(long, default_value_t = 20)]
    max_mb: usize,
    /// Most reports in one request.
    #[arg(long, default_value_t = 1000)]
    max_reports: usize,
    /// Longest time one request may take, in seconds.
    #[arg(long, default_value_t = 30)]
    timeout: u64,
    /// Request log format (on standard error; RUST_LOG sets the level).
    #[arg(long, value_enum, default_value_t = LogFormat::Text)]
    log_format: LogFormat,
}

/// A number above zero.
fn positive(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v > 0.0 && v.is_finite() => Ok(v),
        _ => Err(format!("{s:?} is not a number above zero")),
    }
}

/// What a command did: `Partial` when it ran but some input could not be read.
pub enum Done {
    /// Everything read.
    Complete,
    /// Some input failed and was told on standard error.
    Partial,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Figures(args) => figures_cmd::run(&args),
        Command::Brief(args) => brief_cmd::run(&args),
        Command::Bench(args) if args.serve => bench::run_serve(&args).map(|()| Done::Complete),
        Command::Bench(args) if args.html => bench_html::run(&args.inputs, args.megabytes).map(|()| Done::Complete),
        Command::Bench(args) => bench::run(&args).map(|()| Done::Complete),
        Command::Serve(args) => serve_cmd::run(&args).map(|()| Done::Complete),
        Command::Extract(args) => extract_cmd::run(&args).map(|ok| if ok { Done::Complete } else { Done::Partial }),
    };
    match result {
        Ok(Done::Complete) => ExitCode::SUCCESS,
        Ok(Done::Partial) => ExitCode::from(1),
        Err(e) => {
            if e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) {
                return ExitCode::SUCCESS;
            }
            eprintln!("crossread: {e:#}");
            ExitCode::from(1)
        }
    }
}
