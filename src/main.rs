//! The `lots` command: parses arguments and calls the library.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};

use lots::channel::terminal::{self, Format};
use lots::content::{self, Content, Severity};
use lots::store::MemoryStore;
use lots::transcript;

/// Lots: a conversational guide to Nära vård.
#[derive(Parser)]
#[command(name = "lots", version, about)]
struct Cli {
    /// Directory holding `dialogs/` and `locales/`.
    #[arg(long, global = true, default_value = ".")]
    content: PathBuf,
    /// Directory for stored sessions.
    #[arg(long, global = true, default_value = "data")]
    data: PathBuf,
    /// Keep sessions in memory only.
    #[arg(long, global = true)]
    memory: bool,
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

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Check { strict } => {
            let loaded = content::load(&cli.content, today());
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
            if !cli.memory {
                eprintln!(
                    "lots: sessions are kept in memory for now; `{}` is not used yet",
                    cli.data.display()
                );
            }
            let store = MemoryStore::new();
            let stdin = std::io::stdin();
            if stdin.is_terminal() {
                eprintln!("Lots — skriv /start för att börja, /help för hjälp. Ctrl-D avslutar.");
            }
            let format = match format {
                OutputFormat::Text => Format::Text,
                OutputFormat::Json => Format::Json,
            };
            terminal::run(
                &content,
                &store,
                &user,
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
                files
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
