//! Update handlers: a Telegram message or button press becomes an engine [`Input`], and one
//! turn runs through [`super::turns`] (outbox first, the update applied once, its replies saved
//! with the session and then sent).
//!
//! Lots works one to one: group and channel posts get one note about private chats and nothing
//! is stored for them. Every store call runs in `spawn_blocking`, never on an async thread. This
//! file must never log message text or chat ids, and never send before a turn is committed.

use std::sync::Arc;

use teloxide::RequestError;
use teloxide::types::{CallbackQuery, ChatId, Message, Update, UpdateKind};

use super::limit::Verdict;
use super::send::{describe, send};
use super::turns::{Incoming, key, turn};
use super::{Shared, TgBot};
use crate::content::messages as msg;
use crate::engine::{self, Input};
use crate::ids::LocaleCode;

/// The longest callback data Telegram sends (64 bytes); longer data is refused.
const MAX_CALLBACK_DATA: usize = 64;

/// Handles one update: a message, a button press or a channel post. Edited messages and every
/// other kind of update are ignored on purpose. The update counts as in progress until this
/// returns (see `polling.rs`); an error that ends it is logged and counted here.
pub(super) async fn on_update(bot: TgBot, shared: Arc<Shared>, update: Update) {
    let _handling = shared.ledger.handling(update.id.0);
    let started = std::time::Instant::now();
    shared.metrics.update();
    let id = u64::from(update.id.0);
    let handled = match update.kind {
        UpdateKind::Message(msg) => on_message(&bot, id, msg, &shared).await,
        UpdateKind::CallbackQuery(q) => on_callback(&bot, id, q, &shared).await,
        UpdateKind::ChannelPost(msg) => on_channel_post(&bot, msg, &shared).await,
        _ => Ok(()),
    };
    if let Err(e) = handled {
        // Counted by its kind where the call failed (`bot.rs`).
        tracing::warn!(reason = %describe(&e), "an update could not be handled");
    }
    shared.metrics.turn_took(started.elapsed());
}

/// A text, a command or anything else from a person (or a group).
async fn on_message(
    bot: &TgBot,
    update: u64,
    msg: Message,
    shared: &Arc<Shared>,
) -> Result<(), RequestError> {
    let language = msg.from.as_ref().and_then(|u| u.language_code.clone());
    let chat = msg.chat.id;
    if !msg.chat.is_private() {
        // Lots works one to one. In groups it answers commands once each, and stores nothing.
        if msg.text().is_some_and(|t| t.starts_with('/')) {
            let locale = engine::initial_locale(&shared.content, language.as_deref());
            let note = shared.text(&locale, msg::telegram_private_only());
            send(bot, &shared.retry, chat, note, None).await?;
        }
        return Ok(());
    }
    let Some(line) = msg.text() else {
        // Photos, voice, stickers, files: a friendly word, and the current question again.
        let locale = locale_for(shared, chat, language.clone()).await;
        let note = shared.text(&locale, msg::telegram_text_only());
        send(bot, &shared.retry, chat, note, None).await?;
        let help = Input::Command(engine::Command::Help);
        let incoming = Incoming {
            chat,
            update,
            written: None,
            language,
            input: help,
        };
        return limited_turn(bot, shared, incoming).await;
    };
    let incoming = Incoming {
        chat,
        update,
        written: jiff::Timestamp::from_second(msg.date.timestamp()).ok(),
        language,
        input: Input::parse(line),
    };
    limited_turn(bot, shared, incoming).await
}

/// Runs the turn unless the chat is over its message limit; then the person is told (at most
/// once in a while) to try again later, with the apology that names 112, and the session does
/// not change.
async fn limited_turn(
    bot: &TgBot,
    shared: &Arc<Shared>,
    incoming: Incoming,
) -> Result<(), RequestError> {
    match shared
        .limiter
        .check(incoming.chat, std::time::Instant::now())
    {
        Verdict::Allow => turn(bot, shared, incoming).await,
        Verdict::Drop => Ok(()),
        Verdict::Warn => {
            tracing::warn!("a chat is over its message limit; its messages are dropped");
            let locale = locale_for(shared, incoming.chat, incoming.language).await;
            let note = shared.text(&locale, msg::telegram_error());
            send(bot, &shared.retry, incoming.chat, note, None).await
        }
    }
}

/// A post in a channel the bot was added to: a note on commands, nothing else.
async fn on_channel_post(bot: &TgBot, msg: Message, shared: &Shared) -> Result<(), RequestError> {
    if msg.text().is_some_and(|t| t.starts_with('/')) {
        let locale = LocaleCode::new(crate::content::SOURCE_LOCALE);
        let note = shared.text(&locale, msg::telegram_private_only());
        send(bot, &shared.retry, msg.chat.id, note, None).await?;
    }
    Ok(())
}

/// Reads `q:<serial>:<index>`; anything else (forged, oversized) is `None`.
pub fn parse_callback(data: &str) -> Option<Input> {
    if data.len() > MAX_CALLBACK_DATA {
        return None;
    }
    let rest = data.strip_prefix("q:")?;
    let (question, index) = rest.split_once(':')?;
    let digits = |s: &str| !s.is_empty() && s.len() <= 20 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(question) || !digits(index) {
        return None;
    }
    Some(Input::Choice {
        question: question.parse().ok()?,
        index: index.parse().ok()?,
    })
}

/// A button press. It is always answered, so the button stops spinning; the pressed keyboard is
/// removed, so old buttons visibly cannot be used again.
async fn on_callback(
    bot: &TgBot,
    update: u64,
    q: CallbackQuery,
    shared: &Arc<Shared>,
) -> Result<(), RequestError> {
    let input = q.data.as_deref().and_then(parse_callback);
    let chat = q.message.as_ref().map(|m| m.chat().clone());
    let language = q.from.language_code.clone();
    let Some((input, chat)) = input.zip(chat.filter(|c| c.is_private())) else {
        let locale = engine::initial_locale(&shared.content, language.as_deref());
        let note = shared.text(&locale, msg::telegram_button_unknown());
        let answered = bot.answer_callback(q.id.clone(), Some(note)).await;
        // The press changes nothing, so a failed answer only leaves the button spinning.
        log_failed("answering an unknown button press", answered);
        return Ok(());
    };
    let answered = bot.answer_callback(q.id.clone(), None).await;
    log_failed("answering a button press", answered);
    if let Some(message) = &q.message {
        let edited = bot.remove_keyboard(chat.id, message.id()).await;
        // A keyboard left in place is harmless: a second press is answered as a stale button.
        log_failed("removing a pressed keyboard", edited);
    }
    let incoming = Incoming {
        chat: chat.id,
        update,
        written: None,
        language,
        input,
    };
    limited_turn(bot, shared, incoming).await
}

/// Logs a request whose failure does not stop the turn, with the reason it may go on.
fn log_failed(what: &'static str, result: Result<(), RequestError>) {
    if let Err(e) = result {
        tracing::warn!(reason = %describe(&e), "{what} failed; the turn goes on");
    }
}

/// The locale to write in outside a turn: the session's, or Telegram's language, or Swedish.
/// The store is read on a blocking thread.
async fn locale_for(shared: &Arc<Shared>, chat: ChatId, language: Option<String>) -> LocaleCode {
    let worker = Arc::clone(shared);
    let read = tokio::task::spawn_blocking(move || worker.store.get(&key(chat))).await;
    match read {
        Ok(Ok(Some(session))) => return session.locale,
        Ok(Ok(None)) => {}
        Ok(Err(e)) => {
            shared.metrics.error(crate::metrics::ErrorKind::Store);
            tracing::warn!(
                error = &e as &dyn std::error::Error,
                "the session's language could not be read; using the app's"
            )
        }
        Err(_) => tracing::error!("reading the session's language panicked; using the app's"),
    }
    engine::initial_locale(&shared.content, language.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn callback_data_is_read_strictly() {
        assert!(matches!(
            parse_callback("q:12:3"),
            Some(Input::Choice {
                question: 12,
                index: 3
            })
        ));
        for bad in [
            "",
            "q:",
            "q:1",
            "q:1:",
            "q:a:1",
            "x:1:2",
            "q:1:2:3",
            "q:-1:2",
            "q:99999999999999999999999:1",
        ] {
            assert!(parse_callback(bad).is_none(), "{bad}");
        }
        assert!(parse_callback(&format!("q:1:{}", "9".repeat(70))).is_none());
    }
}
