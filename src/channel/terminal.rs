//! The terminal channel behind `lots chat`: one message per line on stdin, replies on stdout.
//!
//! In `text` format a reply is its text followed by numbered options. In `json` format each reply is
//! one line `{"text", "options", "dialog", "step", "alert", "caution", "lang", "dir"}` and nothing
//! else goes to stdout.

use std::io::{BufRead, Write};

use crate::content::Content;
use crate::engine::{Input, Reply, Settings};
use crate::store::{SessionStore, StoreError};

/// Why `lots chat` stopped before the end of its input.
#[derive(Debug, thiserror::Error)]
pub enum ChatError {
    /// Standard input could not be read.
    #[error("cannot read the input")]
    Read(#[source] std::io::Error),
    /// A reply could not be written (for example, the reader of standard output went away).
    #[error("cannot write the replies")]
    Write(#[source] std::io::Error),
    /// The turn could not be saved, so its replies were not printed.
    #[error("the conversation could not be saved")]
    Store(#[from] StoreError),
}

/// How replies are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For people: text and numbered options.
    Text,
    /// For programs: one JSON object per reply.
    Json,
}

/// Reads lines until end of input and answers each. Lines that are not valid UTF-8 are read
/// lossily, so odd bytes get a friendly answer rather than an error.
#[allow(clippy::too_many_arguments)]
pub fn run(
    content: &Content,
    settings: &Settings,
    store: &dyn SessionStore,
    user: &str,
    language: Option<&str>,
    format: Format,
    input: &mut dyn BufRead,
    output: &mut dyn Write,
) -> Result<(), ChatError> {
    let key = format!("terminal:{user}");
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if read_line_bounded(input, &mut buf, MAX_LINE_BYTES).map_err(ChatError::Read)? == 0 {
            break;
        }
        let line = String::from_utf8_lossy(&buf);
        let line = line.trim_end_matches(['\n', '\r']);
        let turn = super::handle_with(
            content,
            settings,
            store,
            &key,
            language,
            Input::parse(line),
            jiff::Timestamp::now(),
        )?;
        for reply in &turn.replies {
            write_reply(output, reply, format).map_err(ChatError::Write)?;
        }
        output.flush().map_err(ChatError::Write)?;
    }
    Ok(())
}

/// The most of one line that is kept; the rest of a longer line is read and dropped, so a
/// runaway input cannot exhaust memory. The engine answers over-long messages kindly anyway.
const MAX_LINE_BYTES: usize = 64 * 1024;

/// Reads one line (up to and including `\n`) into `buf`, keeping at most `limit` bytes of it.
/// Returns how many bytes were read from `input`, 0 at end of input.
fn read_line_bounded(
    input: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<usize> {
    let mut read = 0;
    loop {
        let chunk = match input.fill_buf() {
            Ok(chunk) => chunk,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(read);
        }
        let (len, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        let room = limit.saturating_sub(buf.len());
        buf.extend_from_slice(&chunk[..len.min(room)]);
        input.consume(len);
        read += len;
        if done {
            return Ok(read);
        }
    }
}

/// Prints one reply in the given format.
pub fn write_reply(out: &mut dyn Write, reply: &Reply, format: Format) -> std::io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer(&mut *out, reply)?;
            writeln!(out)
        }
        Format::Text => {
            if let Some(alert) = &reply.alert {
                writeln!(out, "[!] {alert}")?;
            }
            writeln!(out, "{}", reply.text)?;
            for (i, option) in reply.options.iter().enumerate() {
                writeln!(out, "  {}. {option}", i + 1)?;
            }
            writeln!(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_cut_and_the_next_line_is_still_read() {
        let long = "x".repeat(100_000);
        let text = format!("{long}\nnext\nlast");
        let mut input = std::io::BufReader::with_capacity(1024, text.as_bytes());
        let mut buf = Vec::new();
        assert_eq!(
            read_line_bounded(&mut input, &mut buf, 10).unwrap(),
            100_001
        );
        assert_eq!(buf, b"xxxxxxxxxx");
        buf.clear();
        assert_eq!(read_line_bounded(&mut input, &mut buf, 10).unwrap(), 5);
        assert_eq!(buf, b"next\n");
        buf.clear();
        assert_eq!(read_line_bounded(&mut input, &mut buf, 10).unwrap(), 4);
        assert_eq!(buf, b"last");
        buf.clear();
        assert_eq!(read_line_bounded(&mut input, &mut buf, 10).unwrap(), 0);
    }
}
