//! The `lots` command: parses arguments and calls the library.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use lots::cli::{self, Options, StoreChoice, Verdict};
use lots::engine::Settings;

/// Lots: a conversational guide to Nära vård.
#[derive(Parser)]
#[command(name = "lots", version, about)]
struct Cli {
    /// Directory holding `dialogs/` and `locales/`.
    #[arg(long, global = true, env = "LOTS_CONTENT", default_value = ".")]
    content: PathBuf,
    /// Directory for stored sessions.
    #[arg(long, global = true, env = "LOTS_DATA", default_value = "data")]
    data: PathBuf,
    /// Keep sessions in memory only.
    #[arg(long, global = true)]
    memory: bool,
    /// Keep sessions in PostgreSQL (`postgres://user@host/db`), shared by several instances.
    #[arg(
        long = "store",
        global = true,
        env = "LOTS_DATABASE_URL",
        value_name = "URL",
        hide_env_values = true,
        conflicts_with = "memory"
    )]
    database: Option<String>,
    /// Delete sessions inactive for longer than this many days.
    #[arg(
        long,
        global = true,
        env = "LOTS_RETENTION_DAYS",
        default_value_t = 30,
        value_name = "DAYS"
    )]
    retention_days: u32,
    /// Ask a person who comes back after this many minutes whether to continue or start over.
    #[arg(
        long,
        global = true,
        env = "LOTS_RESUME_AFTER_MINUTES",
        default_value_t = 60,
        value_name = "MINUTES"
    )]
    resume_after_minutes: u32,
    /// The day review expiry is checked against (default: today in Sweden).
    #[arg(long, global = true, env = "LOTS_TODAY", value_name = "YYYY-MM-DD")]
    today: Option<jiff::civil::Date>,
    /// Let people choose draft locales too (for a pilot); without it they are loaded for their
    /// red flags but never offered.
    #[arg(long, global = true, env = "LOTS_OFFER_DRAFTS")]
    offer_drafts: bool,
    #[command(subcommand)]
    command: Command,
}

// The enum is parsed once per run; boxing the larger variants would only add noise.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand)]
enum Command {
    /// Talk to the bot in the terminal, one message per line.
    Chat {
        /// Your language, e.g. `sv`, `en` or `en-GB`.
        #[arg(long)]
        lang: Option<String>,
        /// Whose session this is.
        #[arg(long, default_value = "terminal")]
        user: String,
        /// How replies are printed.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Check all content and print every problem as `path:line:col: error: …`.
    Check {
        /// Fail on warnings too.
        #[arg(long)]
        strict: bool,
        /// The content now in use: warn about steps live sessions may stand on that are removed.
        #[arg(long, value_name = "DIR")]
        previous: Option<PathBuf>,
    },
    /// Run the Telegram bot (token in LOTS_TELEGRAM_TOKEN or TELOXIDE_TOKEN).
    Serve(ServeArgs),
    /// Delete sessions inactive for longer than the retention period (see --retention-days).
    Purge,
    /// Print the anonymous statistics: dialogs started and completed, where people leave,
    /// referrals per actor, languages.
    Stats {
        /// How to print them.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Replay conversation transcripts (default `<content>/tests/transcripts/`).
    Test {
        /// Transcript files or directories.
        files: Vec<PathBuf>,
    },
    /// Show what the red-flag net and routing make of one message, and why.
    Route {
        /// The message, as a person would type it.
        text: String,
        /// The language dialog titles are shown in.
        #[arg(long)]
        lang: Option<String>,
        /// How the verdict is printed.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Write every path through a dialog as a document for clinical sign-off.
    Paths {
        /// The dialog id, e.g. `sore-throat`.
        dialog: String,
        /// The language the texts are shown in (default Swedish).
        #[arg(long)]
        lang: Option<String>,
        /// Markdown or a self-contained HTML page.
        #[arg(long, value_enum, default_value_t = PathsFormat::Md)]
        format: PathsFormat,
    },
    /// Each locale against Swedish: missing, obsolete, stale and mismatched translations and
    /// red-flag categories without patterns.
    Locales {
        /// How the report is printed.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
        /// Fail when a reviewed locale has anything missing, stale or mismatched.
        #[arg(long)]
        strict: bool,
        /// Record that the translations of LANG (all, or only the ids given) were checked
        /// against the current Swedish source.
        #[arg(long, num_args = 1.., value_name = "LANG [ID]")]
        mark: Option<Vec<String>>,
    },
    /// Draw a dialog as a graph: steps, answers, branches, emergency exits and actor cards.
    Graph {
        /// The dialog id, e.g. `sore-throat`.
        dialog: String,
        /// Graphviz dot, a Mermaid flowchart, or SVG drawn by Graphviz `dot`.
        #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
        format: GraphFormat,
    },
}

/// The flags of `lots serve`.
#[derive(clap::Args)]
struct ServeArgs {
    /// A self-hosted or fake Bot API instead of https://api.telegram.org.
    #[arg(long, env = "LOTS_API_URL", value_name = "URL")]
    api_url: Option<url::Url>,
    /// Receive updates by webhook at this public HTTPS address instead of long polling.
    /// The secret token comes from LOTS_WEBHOOK_SECRET.
    #[arg(long, env = "LOTS_WEBHOOK_URL", value_name = "URL")]
    webhook_url: Option<url::Url>,
    /// Where the webhook listens (behind a reverse proxy).
    #[arg(
        long,
        env = "LOTS_LISTEN",
        default_value = "0.0.0.0:8080",
        value_name = "ADDR"
    )]
    listen: std::net::SocketAddr,
    /// Long-polling timeout in seconds (at most 15, under the HTTP client's 17 s).
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(0..=15))]
    poll_timeout: u64,
    /// Do not hold back messages for Telegram's rate limits. Only for load tests against a
    /// fake Bot API; Telegram would answer with 429s.
    #[arg(long, env = "LOTS_UNTHROTTLED", hide = true)]
    unthrottled: bool,
    /// Serve Prometheus metrics at http://ADDR/metrics (counts and latencies only).
    #[arg(long, env = "LOTS_METRICS", value_name = "ADDR")]
    metrics: Option<std::net::SocketAddr>,
}

impl From<ServeArgs> for cli::serve::Serve {
    fn from(args: ServeArgs) -> Self {
        cli::serve::Serve {
            api_url: args.api_url,
            webhook_url: args.webhook_url,
            listen: args.listen,
            poll_timeout: std::time::Duration::from_secs(args.poll_timeout),
            unthrottled: args.unthrottled,
            metrics: args.metrics,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum PathsFormat {
    Md,
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum GraphFormat {
    Dot,
    Mermaid,
    Svg,
}

impl From<PathsFormat> for cli::paths::DocFormat {
    fn from(format: PathsFormat) -> Self {
        match format {
            PathsFormat::Md => cli::paths::DocFormat::Markdown,
            PathsFormat::Html => cli::paths::DocFormat::Html,
        }
    }
}

impl From<GraphFormat> for cli::graph::GraphFormat {
    fn from(format: GraphFormat) -> Self {
        match format {
            GraphFormat::Dot => cli::graph::GraphFormat::Dot,
            GraphFormat::Mermaid => cli::graph::GraphFormat::Mermaid,
            GraphFormat::Svg => cli::graph::GraphFormat::Svg,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    Text,
    Json,
}

impl From<OutputFormat> for cli::Format {
    fn from(format: OutputFormat) -> Self {
        match format {
            OutputFormat::Text => cli::Format::Text,
            OutputFormat::Json => cli::Format::Json,
        }
    }
}

fn main() -> ExitCode {
    lots::logging::init();
    match run(Cli::parse()) {
        Ok(Verdict::Pass) => ExitCode::SUCCESS,
        Ok(Verdict::Fail) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("lots: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// The global flags as the library takes them.
fn options(cli: &Cli) -> Options {
    Options {
        content: cli.content.clone(),
        store: if cli.memory {
            StoreChoice::Memory
        } else if let Some(url) = &cli.database {
            StoreChoice::Postgres(url.clone())
        } else {
            StoreChoice::Sled(cli.data.clone())
        },
        today: cli
            .today
            .unwrap_or_else(|| cli::today_in_sweden(jiff::Timestamp::now())),
        retention_days: cli.retention_days,
        settings: Settings {
            resume_after: jiff::SignedDuration::from_mins(i64::from(cli.resume_after_minutes)),
        },
        offer_drafts: cli.offer_drafts,
    }
}

fn run(cli: Cli) -> anyhow::Result<Verdict> {
    let options = options(&cli);
    // Not locked: `serve` writes to stderr from other threads while it runs.
    let (mut out, mut err) = (std::io::stdout(), std::io::stderr());
    match cli.command {
        Command::Chat { lang, user, format } => {
            let stdin = std::io::stdin();
            let chat = cli::chat::Chat {
                lang,
                user,
                format: format.into(),
                interactive: stdin.is_terminal(),
            };
            cli::chat::run(&options, &chat, &mut stdin.lock(), &mut out, &mut err)?;
        }
        Command::Check { strict, previous } => {
            return Ok(cli::check::run(
                &options,
                strict,
                previous.as_deref(),
                &mut out,
                &mut err,
            )?);
        }
        Command::Serve(args) => cli::serve::run(&options, &args.into(), &mut err)?,
        Command::Purge => {
            let store = options.open_store()?;
            cli::purge::run(&options, &*store, jiff::Timestamp::now(), &mut err)?;
        }
        Command::Stats { format } => {
            let store = options.open_store()?;
            cli::stats::run(&*store, format.into(), &mut out)?;
        }
        Command::Test { files } => {
            return Ok(cli::test::run(&options, &files, &mut out, &mut err)?);
        }
        Command::Route { text, lang, format } => {
            let lang = lang.as_deref();
            let format = format.into();
            return Ok(cli::route::run(
                &options, &text, lang, format, &mut out, &mut err,
            )?);
        }
        Command::Paths {
            dialog,
            lang,
            format,
        } => {
            let lang = lang.as_deref();
            let format = format.into();
            return Ok(cli::paths::run(
                &options, &dialog, lang, format, &mut out, &mut err,
            )?);
        }
        Command::Locales {
            format,
            strict,
            mark,
        } => {
            let locales = cli::locales::Locales {
                format: format.into(),
                strict,
                mark,
            };
            return Ok(cli::locales::run(&options, &locales, &mut out, &mut err)?);
        }
        Command::Graph { dialog, format } => {
            let graph = cli::graph::Graph {
                dialog,
                format: format.into(),
                search_path: std::env::var_os("PATH"),
            };
            return Ok(cli::graph::run(&options, &graph, &mut out, &mut err)?);
        }
    }
    Ok(Verdict::Pass)
}
