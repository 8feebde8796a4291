//! `lots test`: replays conversation transcripts and reports every failure with its line, the
//! steps no transcript visits, and the tally.

use std::io::Write;
use std::path::PathBuf;

use super::{CliError, Options, Verdict};
use crate::content::Content;
use crate::transcript;

/// Where transcripts are read from when no file is named, inside the content directory.
pub const DEFAULT_DIR: &str = "tests/transcripts";

/// Loads the content and replays `files` (files or directories; `<content>/tests/transcripts/`
/// when empty), writing the report to `out`.
pub fn run(
    options: &Options,
    files: &[PathBuf],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Verdict, CliError> {
    let content = options.load_content(err)?;
    let everything = files.is_empty();
    let files = if everything {
        vec![options.content_path(DEFAULT_DIR)]
    } else {
        files.to_vec()
    };
    replay_scoped(&content, &files, everything, out)
}

/// Replays the transcripts in `files` against `content` and writes the report to `out`: fails
/// when a transcript cannot be read or an expectation does not hold.
pub fn replay(
    content: &Content,
    files: &[PathBuf],
    out: &mut dyn Write,
) -> Result<Verdict, CliError> {
    replay_scoped(content, files, true, out)
}

/// [`replay`], listing unvisited steps of every dialog (`everything`) or only of the dialogs and
/// locales the transcripts visit.
pub fn replay_scoped(
    content: &Content,
    files: &[PathBuf],
    everything: bool,
    out: &mut dyn Write,
) -> Result<Verdict, CliError> {
    let conversations = match transcript::load_files(files) {
        Ok(c) => c,
        Err(failures) => {
            for f in failures {
                writeln!(out, "{f}")?;
            }
            return Ok(Verdict::Fail);
        }
    };
    let outcome = transcript::run(content, &conversations);
    for f in &outcome.failures {
        writeln!(out, "{f}")?;
    }
    // A run of chosen files reports only the dialogs they are about, in the locales they use;
    // the whole set (the default folder) is held to every step of every dialog.
    let touched: std::collections::BTreeSet<(&str, &str)> = outcome
        .visited
        .iter()
        .map(|(locale, dialog, _)| (locale.as_str(), dialog.as_str()))
        .collect();
    let unvisited: Vec<String> = transcript::unvisited(content, &outcome)
        .into_iter()
        .filter(|line| {
            everything
                || line.split_once(' ').is_some_and(|(locale, at)| {
                    let dialog = at.split('/').next().unwrap_or_default();
                    touched.contains(&(locale, dialog))
                })
        })
        .collect();
    if !unvisited.is_empty() {
        writeln!(out, "steps no transcript visits: {}", unvisited.join(", "))?;
    }
    writeln!(
        out,
        "transcripts: {} passed, {} failed",
        outcome.passed,
        outcome.conversations - outcome.passed
    )?;
    Ok(if outcome.failures.is_empty() {
        Verdict::Pass
    } else {
        Verdict::Fail
    })
}
