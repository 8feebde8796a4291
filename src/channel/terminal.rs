//! The terminal channel behind `lots chat`: one message per line on stdin, replies on stdout.
//!
//! In `text` format a reply is its text followed by numbered options. In `json` format each reply is
//! one line `{"text", "options", "dialog", "step", "alert"}` and nothing else goes to stdout.

use std::io::{BufRead, Write};

use crate::content::Content;
use crate::engine::{Input, Reply};
use crate::store::SessionStore;

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
pub fn run(
    content: &Content,
    store: &dyn SessionStore,
    user: &str,
    language: Option<&str>,
    format: Format,
    input: &mut dyn BufRead,
    output: &mut dyn Write,
) -> anyhow::Result<()> {
    let key = format!("terminal:{user}");
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        let line = String::from_utf8_lossy(&buf);
        let line = line.trim_end_matches(['\n', '\r']);
        let turn = super::handle(
            content,
            store,
            &key,
            language,
            Input::parse(line),
            jiff::Timestamp::now(),
        )?;
        for reply in &turn.replies {
            write_reply(output, reply, format)?;
        }
        output.flush()?;
    }
    Ok(())
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
