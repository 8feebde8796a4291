//! `lots chat`: the terminal channel on the given input and output, after the retention purge.

use std::io::{BufRead, Write};

use jiff::Timestamp;

use super::{CliError, Format, Options};
use crate::channel::terminal;
use crate::content::Content;
use crate::content::messages as msg;
use crate::store::{self, SessionStore};

/// Who is chatting, in which language, and how replies are printed.
#[derive(Debug, Clone)]
pub struct Chat {
    /// The language asked for (`--lang`), if any.
    pub lang: Option<String>,
    /// Whose session this is (`--user`).
    pub user: String,
    /// How replies are printed.
    pub format: Format,
    /// A person is typing at a terminal: show how to use the chat first, on `err`.
    pub interactive: bool,
}

/// Loads the content, opens the store, deletes expired sessions and answers every line of
/// `input` until its end.
pub fn run(
    options: &Options,
    chat: &Chat,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let content = options.load_content(err)?;
    let store = options.open_store()?;
    store::purge(&*store, Timestamp::now(), options.retention())?;
    converse(&content, options, &*store, chat, input, out, err)
}

/// Answers every line of `input` with the content and store given: [`run`] after loading.
pub fn converse(
    content: &Content,
    options: &Options,
    store: &dyn SessionStore,
    chat: &Chat,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    if chat.interactive {
        let locale = crate::engine::initial_locale(content, chat.lang.as_deref());
        let hint = content
            .l10n()
            .text(&locale, &msg::terminal_hint(), &Default::default());
        writeln!(err, "{hint}")?;
    }
    terminal::run(
        content,
        &options.settings,
        store,
        &chat.user,
        chat.lang.as_deref(),
        match chat.format {
            Format::Text => terminal::Format::Text,
            Format::Json => terminal::Format::Json,
        },
        input,
        out,
    )
    .map_err(CliError::Chat)
}
