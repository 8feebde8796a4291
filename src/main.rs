//! The `lots` command: parses arguments and calls the library.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};

use lots::channel::terminal::{self, Format};
use lots::content::{self, Content, Severity};
use lots::engine::Settings;
use lots::store::{self, MemoryStore, SessionStore, SledStore};
use lots::transcript;

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
    #[command(subcommand)]
    command: Command,
}

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
    Serve {
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
    },
    /// Delete sessions inactive for longer than the retention period (see --retention-days).
    Purge,
    /// Print the anonymous statistics: dialogs started and completed, where people leave,
    /// referrals per actor, languages.
    Stats {
        /// How to print them.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Replay conversation transcripts (default `tests/transcripts/`).
    Test {
        /// Transcript files or directories.
        files: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    Text,
    Json,
}

fn main() -> ExitCode {
    lots::logging::init();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("lots: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn today() -> jiff::civil::Date {
    jiff::Zoned::now()
        .with_time_zone(
            jiff::tz::TimeZone::get("Europe/Stockholm").unwrap_or(jiff::tz::TimeZone::UTC),
        )
        .date()
}

/// Loads content, printing every diagnostic to stderr; fails when there is an error.
fn load(root: &std::path::Path) -> anyhow::Result<Content> {
    let loaded = content::load(root, today());
    for d in &loaded.diagnostics {
        eprintln!("{d}");
    }
    loaded.content.with_context(|| {
        format!(
            "the content in {} has errors; run `lots check` for the list",
            root.display()
        )
    })
}

/// Opens the session store the flags ask for: sled in `--data`, or memory with `--memory`.
fn open_store(cli: &Cli) -> anyhow::Result<Box<dyn SessionStore>> {
    if cli.memory {
        return Ok(Box::new(MemoryStore::new()));
    }
    Ok(Box::new(SledStore::open(&cli.data)?))
}

fn settings(cli: &Cli) -> Settings {
    Settings {
        resume_after: jiff::SignedDuration::from_mins(i64::from(cli.resume_after_minutes)),
    }
}

fn retention(cli: &Cli) -> jiff::SignedDuration {
    jiff::SignedDuration::from_hours(i64::from(cli.retention_days) * 24)
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match &cli.command {
        Command::Serve {
            api_url,
            webhook_url,
            listen,
            poll_timeout,
            unthrottled,
        } => {
            let token = ["LOTS_TELEGRAM_TOKEN", "TELOXIDE_TOKEN"]
                .iter()
                .find_map(|v| std::env::var(v).ok().filter(|t| !t.trim().is_empty()))
                .context("no bot token: set LOTS_TELEGRAM_TOKEN (or TELOXIDE_TOKEN)")?;
            let webhook = match webhook_url {
                None => None,
                Some(url) => Some(lots::channel::telegram::Webhook {
                    url: url.clone(),
                    listen: (*listen).into(),
                    secret: std::env::var("LOTS_WEBHOOK_SECRET")
                        .ok()
                        .filter(|s| !s.is_empty())
                        .context("webhook mode needs LOTS_WEBHOOK_SECRET (1-256 characters A-Z, a-z, 0-9, _ and -)")?,
                }),
            };
            let content = std::sync::Arc::new(load(&cli.content)?);
            let store: std::sync::Arc<dyn SessionStore> = open_store(&cli)?.into();
            let sweeper = store::Sweeper::start(
                std::sync::Arc::clone(&store),
                std::time::Duration::from_secs(3600),
                retention(&cli),
            );
            let config = lots::channel::telegram::Config {
                token,
                api_url: api_url.clone(),
                webhook,
                poll_timeout: std::time::Duration::from_secs(*poll_timeout),
                limits: if *unthrottled {
                    lots::channel::telegram::unthrottled()
                } else {
                    lots::channel::telegram::telegram_limits()
                },
                retry: Default::default(),
            };
            let runtime = tokio::runtime::Runtime::new()?;
            let result = runtime.block_on(lots::channel::telegram::serve(
                config,
                content,
                settings(&cli),
                store,
                std::future::pending(),
            ));
            sweeper.stop();
            result?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Purge => {
            let store = open_store(&cli)?;
            let n = store::purge(&*store, jiff::Timestamp::now(), retention(&cli))?;
            eprintln!(
                "lots purge: deleted {n} sessions inactive for more than {} days",
                cli.retention_days
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats { format } => {
            let store = open_store(&cli)?;
            let stats = store.stats()?;
            let (sessions, bytes) = store.size()?;
            match format {
                OutputFormat::Json => {
                    let rows: Vec<serde_json::Value> = stats
                        .rows()
                        .into_iter()
                        .map(|[kind, subject, step, n]| {
                            serde_json::json!({
                                "kind": kind,
                                "subject": subject,
                                "step": (!step.is_empty()).then_some(step),
                                "count": n.parse::<u64>().unwrap_or(0),
                            })
                        })
                        .collect();
                    println!(
                        "{}",
                        serde_json::json!({ "counters": rows, "sessions": sessions })
                    );
                }
                OutputFormat::Text => {
                    let rows = stats.rows();
                    let header = ["kind", "subject", "step", "count"];
                    let width = |i: usize| {
                        rows.iter()
                            .map(|r| r[i].chars().count())
                            .chain([header[i].len()])
                            .max()
                            .unwrap_or(0)
                    };
                    let widths = [width(0), width(1), width(2)];
                    let line = |r: [&str; 4]| {
                        format!(
                            "{:w0$}  {:w1$}  {:w2$}  {:>5}",
                            r[0],
                            r[1],
                            r[2],
                            r[3],
                            w0 = widths[0],
                            w1 = widths[1],
                            w2 = widths[2]
                        )
                    };
                    println!("{}", line(header).trim_end());
                    for r in &rows {
                        println!("{}", line([&r[0], &r[1], &r[2], &r[3]]).trim_end());
                    }
                    println!("\nsessions stored now: {sessions} ({bytes} bytes)");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { strict, previous } => {
            let strict = *strict;
            let mut loaded = content::load(&cli.content, today());
            if let (Some(dir), Some(current)) = (previous, &loaded.content) {
                let old = content::load(dir, today());
                let Some(old) = old.content else {
                    anyhow::bail!(
                        "the previous content in {} has errors; run `lots --content {} check`",
                        dir.display(),
                        dir.display()
                    );
                };
                loaded
                    .diagnostics
                    .extend(content::compare::removed_steps(dir, &old, current));
            }
            let errors = loaded
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            let warnings = loaded.diagnostics.len() - errors;
            for d in &loaded.diagnostics {
                println!("{d}");
            }
            match &loaded.content {
                Some(c) => eprintln!(
                    "lots check: {errors} errors, {warnings} warnings ({} dialogs, {} actors, {} locales)",
                    c.dialogs().count(),
                    c.actors().count(),
                    c.l10n().locales().len()
                ),
                None => eprintln!("lots check: {errors} errors, {warnings} warnings"),
            }
            let failed = errors > 0 || (strict && warnings > 0);
            Ok(if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Chat { lang, user, format } => {
            let content = load(&cli.content)?;
            let store = open_store(&cli)?;
            store::purge(&*store, jiff::Timestamp::now(), retention(&cli))?;
            let stdin = std::io::stdin();
            if stdin.is_terminal() {
                let locale = lots::engine::initial_locale(&content, lang.as_deref());
                let hint =
                    content
                        .l10n()
                        .format(&locale, "terminal-hint", &Default::default(), &[]);
                eprintln!("{hint}");
            }
            let format = match format {
                OutputFormat::Text => Format::Text,
                OutputFormat::Json => Format::Json,
            };
            terminal::run(
                &content,
                &settings(&cli),
                &*store,
                user,
                lang.as_deref(),
                format,
                &mut stdin.lock(),
                &mut std::io::stdout().lock(),
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Test { files } => {
            let content = load(&cli.content)?;
            let files = if files.is_empty() {
                vec![PathBuf::from("tests/transcripts")]
            } else {
                files.clone()
            };
            let conversations = match transcript::load_files(&files) {
                Ok(c) => c,
                Err(failures) => {
                    for f in failures {
                        println!("{f}");
                    }
                    return Ok(ExitCode::FAILURE);
                }
            };
            let outcome = transcript::run(&content, &conversations);
            for f in &outcome.failures {
                println!("{f}");
            }
            let unvisited = transcript::unvisited(&content, &outcome);
            if !unvisited.is_empty() {
                println!("steps no transcript visits: {}", unvisited.join(", "));
            }
            println!(
                "transcripts: {} passed, {} failed",
                outcome.passed,
                outcome.conversations - outcome.passed
            );
            Ok(if outcome.failures.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
    }
}
