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
    let files = if files.is_empty() {
        vec![options.content_path(DEFAULT_DIR)]
    } else {
        files.to_vec()
    };
    replay(&content, &files, out)
}

/// Replays the transcripts in `files` against `content` and writes the report to `out`: fails
/// when a transcript cannot be read or an expectation does not hold.
pub fn replay(
    content: &Content,
    files: &[PathBuf],
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
    let unvisited = transcript::unvisited(content, &outcome);
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
