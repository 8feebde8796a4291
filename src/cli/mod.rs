//! The commands of the `lots` binary, as library functions: `main.rs` parses the arguments and
//! calls one of these; everything a command prints is written here.
//!
//! Each command writes its results to `out` (stdout) and its diagnostics and notes to `err`
//! (stderr), both passed in, so that tests can run a command in-process and read what it printed.
//! A command returns a [`Verdict`] when it ran to the end (`lots check` and `lots test` fail by
//! verdict, exit code 1) and a [`CliError`] when it could not run (exit code 2). This module never
//! prints on its own and never exits the process.
//!
//! - [`check`] — `lots check`: diagnostics and the summary line.
//! - [`chat`] — `lots chat`: the terminal channel on stdin and stdout.
//! - [`serve`] — `lots serve`: the Telegram bot with its expiry sweeper.
//! - [`stats`] — `lots stats`: the anonymous counters as a table or JSON.
//! - [`purge`] — `lots purge`: retention.
//! - [`test`](mod@test) — `lots test`: transcripts replayed, failures and the tally.
//! - [`route`] — `lots route`: the red-flag net's and routing's verdict on one message.
//! - [`paths`] — `lots paths`: every path through a dialog, as Markdown or HTML ([`doc`]).
//! - [`graph`] — `lots graph`: a dialog as a graph in dot, Mermaid or SVG.
//! - [`locales`] — `lots locales`: each locale against Swedish; `--mark` records checked sources.
//! - [`describe`] — dialog parts in plain words, shared by `paths` and `graph`.

pub mod chat;
pub mod check;
pub mod describe;
pub mod doc;
pub mod graph;
pub mod locales;
pub mod paths;
pub mod purge;
pub mod route;
pub mod serve;
pub mod stats;
pub mod test;

use std::io::Write;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};

use crate::content::{self, Content};
use crate::engine::Settings;
use crate::store::{MemoryStore, PgStore, SessionStore, SledStore, StoreError};

/// What the global flags say, shared by every command.
#[derive(Debug, Clone)]
pub struct Options {
    /// The directory holding `dialogs/` and `locales/`.
    pub content: PathBuf,
    /// Where sessions are kept.
    pub store: StoreChoice,
    /// The day review expiry is checked against: `--today`, or today in Sweden.
    pub today: Date,
    /// Sessions inactive for longer than this many days are deleted.
    pub retention_days: u32,
    /// The engine's operator settings.
    pub settings: Settings,
    /// `--offer-drafts`: people may choose draft locales (for a pilot).
    pub offer_drafts: bool,
}

/// Where sessions are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreChoice {
    /// A sled data directory (`--data`).
    Sled(PathBuf),
    /// Memory only (`--memory`): nothing survives the process.
    Memory,
    /// A PostgreSQL database (`--store postgres://…` or `LOTS_DATABASE_URL`), shared by
    /// several instances.
    Postgres(String),
}

/// How a command prints a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For people.
    Text,
    /// For programs: JSON.
    Json,
}

/// How a command that ran to the end came out; `main` maps it to the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Exit code 0.
    Pass,
    /// Exit code 1: the content or the transcripts have problems, which were printed.
    Fail,
}

/// Why a command could not run at all (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The content has errors; they were printed as diagnostics.
    #[error("the content in {} has errors; run `lots check` for the list", .0.display())]
    Content(PathBuf),
    /// The content given to `check --previous` has errors.
    #[error(
        "the previous content in {} has errors; run `lots --content {} check`",
        .0.display(),
        .0.display()
    )]
    PreviousContent(PathBuf),
    /// The session store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Reading input or writing output failed.
    #[error("reading or writing failed")]
    Io(#[from] std::io::Error),
    /// `lots chat` stopped.
    #[error("the chat stopped")]
    Chat(#[source] crate::channel::terminal::ChatError),
    /// `lots paths` or `lots graph` named a dialog that does not exist.
    #[error("there is no dialog `{0}")]
    UnknownDialog(String),
    /// `--lang` named a language the content does not have.
    #[error("there is no language `{0}")]
    UnknownLanguage(String),
    /// `lots graph --format svg` without Graphviz.
    #[error(
        "Graphviz is not installed: `dot` was not found on PATH; install Graphviz (e.g. \
         `apt install graphviz`), or use `--format dot` or `--format mermaid`"
    )]
    NoGraphviz,
    /// Graphviz `dot` ran but failed.
    #[error("Graphviz `dot` failed: {0}")]
    Graphviz(String),
    /// `lots locales --mark` could not record the checked sources.
    #[error(transparent)]
    Mark(#[from] content::locales::MarkError),
    /// `lots serve` could not start or stopped with an error.
    #[error(transparent)]
    Serve(#[from] serve::Error),
}

impl Options {
    /// How long inactive sessions are kept.
    pub fn retention(&self) -> SignedDuration {
        SignedDuration::from_hours(i64::from(self.retention_days) * 24)
    }

    /// Opens the session store the flags ask for.
    pub fn open_store(&self) -> Result<Box<dyn SessionStore>, StoreError> {
        Ok(match &self.store {
            StoreChoice::Memory => Box::new(MemoryStore::new()),
            StoreChoice::Sled(dir) => Box::new(SledStore::open(dir)?),
            StoreChoice::Postgres(url) => Box::new(PgStore::open(url)?),
        })
    }

    /// Loads the content, writing every diagnostic to `err`; fails when there is an error.
    /// Draft locales are offered to people only with `--offer-drafts`.
    pub fn load_content(&self, err: &mut dyn Write) -> Result<Content, CliError> {
        let loaded = content::load(&self.content, self.today);
        for d in &loaded.diagnostics {
            writeln!(err, "{d}")?;
        }
        let mut content = loaded
            .content
            .ok_or_else(|| CliError::Content(self.content.clone()))?;
        content.offer_drafts(self.offer_drafts);
        Ok(content)
    }

    /// A path inside the content directory, shown as the person named the directory: a
    /// content directory of `.` gives `tests/transcripts`, not `./tests/transcripts`.
    pub fn content_path(&self, rel: &str) -> PathBuf {
        if self.content == Path::new(".") || self.content.as_os_str().is_empty() {
            PathBuf::from(rel)
        } else {
            self.content.join(rel)
        }
    }
}

/// The date in Sweden at `now`: the day review expiry is checked against unless `--today` says
/// otherwise.
pub fn today_in_sweden(now: Timestamp) -> Date {
    let tz = jiff::tz::TimeZone::get("Europe/Stockholm").unwrap_or(jiff::tz::TimeZone::UTC);
    now.to_zoned(tz).date()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn today_in_sweden_follows_stockholm_time_not_utc() {
        // 23:30 UTC on 30 November is already 1 December in Stockholm (UTC+1 in winter).
        let late: Timestamp = "2026-11-30T23:30:00Z".parse().unwrap();
        assert_eq!(today_in_sweden(late), jiff::civil::date(2026, 12, 1));
        let early: Timestamp = "2026-11-30T22:30:00Z".parse().unwrap();
        assert_eq!(today_in_sweden(early), jiff::civil::date(2026, 11, 30));
    }

    #[test]
    fn content_paths_keep_the_directory_as_named() {
        let mut options = Options {
            content: PathBuf::from("."),
            store: StoreChoice::Memory,
            today: jiff::civil::date(2026, 11, 22),
            retention_days: 30,
            settings: Settings::default(),
            offer_drafts: false,
        };
        assert_eq!(
            options.content_path("tests/transcripts"),
            Path::new("tests/transcripts")
        );
        options.content = PathBuf::from("/srv/lots");
        assert_eq!(
            options.content_path("tests/transcripts"),
            Path::new("/srv/lots/tests/transcripts")
        );
    }
}
