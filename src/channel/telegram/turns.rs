//! One Telegram turn, crash-safe: the outbox first, then the update applied exactly once, then
//! its replies.
//!
//! 1. Whatever the chat's outbox still holds (a crash, or Telegram unreachable, kept it there)
//!    is sent first, in order, each reply marked sent once Telegram took it.
//! 2. An update the session has applied already (Telegram delivered it again after a crash) is
//!    not applied again: its replies were in the outbox and went out in step 1.
//! 3. Typed text written before the person could see the current question — it was still in
//!    the outbox, or went out after the text was written — is `Input::Late`: the engine shows
//!    the question again and changes nothing (red flags are still checked).
//! 4. The turn runs; the session, the applied update id and the replies are saved in one write
//!    and committed; then the replies are sent from the outbox.
//!
//! A turn holds its chat in the store first ([`SessionStore::hold`]), so that with a shared
//! store (PostgreSQL) a second instance's turn of the same chat waits until this one's replies
//! are out. When the store cannot be reached, the person is asked to try again in a moment and
//! the update counts as handled; nothing of it was applied.
//!
//! Every store call runs in `spawn_blocking`. This file never logs message text or chat ids.

use std::sync::Arc;

use jiff::Timestamp;
use teloxide::types::ChatId;
use teloxide::{ApiError, RequestError};

use super::Shared;
use super::TgBot;
use super::send::deliver;
use crate::content::messages as msg;
use crate::engine::{self, Input, Turn};
use crate::metrics::ErrorKind;
use crate::store::{Outgoing, SessionStore, StoreError};

/// The session key of a Telegram chat.
pub(super) fn key(chat: ChatId) -> String {
    format!("telegram:{}", chat.0)
}

/// The chat of a session key written by [`key`].
pub(super) fn chat_of(key: &str) -> Option<ChatId> {
    key.strip_prefix("telegram:")?.parse().ok().map(ChatId)
}

/// What one message from a person is, as this module needs it.
pub(super) struct Incoming {
    /// The chat.
    pub chat: ChatId,
    /// The Telegram update id.
    pub update: u64,
    /// When the person wrote it (whole seconds, Telegram's clock), for typed text.
    pub written: Option<Timestamp>,
    /// The language the person's app reports.
    pub language: Option<String>,
    /// What they sent.
    pub input: Input,
}

/// What sending a chat's outbox did.
#[derive(Debug, Default)]
pub(super) struct Flushed {
    /// A reply that asks a question went out only now.
    pub asked: bool,
    /// Replies are still queued (sending failed).
    pub left: bool,
    /// When the chat's current question went out, as far as the store knows.
    pub question_sent: Option<Timestamp>,
    /// The person blocked the bot; the session is deleted.
    pub blocked: bool,
}

/// Runs one turn for a message or button press.
pub(super) async fn turn(
    bot: &TgBot,
    shared: &Arc<Shared>,
    incoming: Incoming,
) -> Result<(), RequestError> {
    let chat = incoming.chat;
    let fallback = engine::initial_locale(&shared.content, incoming.language.as_deref());
    // One turn per chat at a time across instances too; held until this turn's replies are out.
    let _held = match blocking(shared, move |store| store.hold(&key(chat))).await {
        Ok(hold) => hold,
        Err(e) => {
            shared.metrics.error(ErrorKind::Store);
            tracing::error!(error = %e, "a chat could not be held for its turn; the person gets an apology");
            return apologise(bot, shared, chat, fallback).await;
        }
    };
    let (flushed, failed) = flush(bot, shared, chat).await;
    if flushed.blocked {
        return Ok(());
    }
    let late = matches!(incoming.input, Input::Text(_)) && is_late(&flushed, incoming.written);
    let worker = Arc::clone(shared);
    let applied = tokio::task::spawn_blocking(move || apply(&worker, incoming, late)).await;
    match applied {
        Ok(Ok(Applied::Repeat)) => failed.map_or(Ok(()), Err),
        Ok(Ok(Applied::Forgot(turn))) => {
            for reply in &turn.replies {
                deliver(bot, &shared.retry, chat, &Outgoing::from(reply)).await?;
            }
            Ok(())
        }
        Ok(Ok(Applied::Saved)) => match flush(bot, shared, chat).await {
            (_, Some(e)) => Err(e),
            _ => Ok(()),
        },
        Ok(Err(e)) => {
            shared.metrics.error(ErrorKind::Store);
            tracing::error!(
                error = &e as &dyn std::error::Error,
                "a turn could not be saved; the person gets an apology"
            );
            apologise(bot, shared, chat, fallback).await
        }
        Err(_) => {
            // The turn panicked: this chat gets an apology, every other chat goes on.
            shared.metrics.error(ErrorKind::Panic);
            tracing::error!("a turn panicked; the person gets an apology");
            apologise(bot, shared, chat, fallback).await
        }
    }
}

/// Whether typed text was written before the person could see the current question: it was
/// still queued, went out only now, or went out in a later second than the text was written
/// (Telegram dates messages in whole seconds, so text written in the same second is taken as
/// written after).
fn is_late(flushed: &Flushed, written: Option<Timestamp>) -> bool {
    let before = match (written, flushed.question_sent) {
        (Some(w), Some(sent)) => w.as_second() < sent.as_second(),
        _ => false,
    };
    flushed.asked || flushed.left || before
}

async fn apologise(
    bot: &TgBot,
    shared: &Shared,
    chat: ChatId,
    locale: crate::ids::LocaleCode,
) -> Result<(), RequestError> {
    let apology = shared.text(&locale, msg::telegram_error());
    super::send::send(bot, &shared.retry, chat, apology, None).await
}

/// What applying an update did.
enum Applied {
    /// The session had applied it before: nothing changed.
    Repeat,
    /// The turn and its replies are saved and committed; the replies wait in the outbox.
    Saved,
    /// The person asked to be forgotten: everything is deleted and committed; the replies
    /// (the confirmation) are sent directly, since nothing may stay behind.
    Forgot(Turn),
}

/// Applies one update to the chat's session (on a blocking thread).
fn apply(shared: &Shared, incoming: Incoming, late: bool) -> Result<Applied, StoreError> {
    let store: &dyn SessionStore = &*shared.store;
    let key = key(incoming.chat);
    let language = incoming.language.as_deref();
    let now = Timestamp::now();
    let mut session =
        crate::channel::load_session(&shared.content, &*shared.store, &key, language, now)?;
    if session.has_applied(incoming.update) {
        tracing::debug!(
            update = incoming.update,
            "an update applied before comes again"
        );
        return Ok(Applied::Repeat);
    }
    let input = match incoming.input {
        Input::Text(text) if late => Input::Late(text),
        other => other,
    };
    let turn = engine::step_with(&shared.content, &shared.settings, &mut session, input, now);
    shared.metrics.events(&turn.events);
    if turn.forget {
        store.delete(&key)?;
        store.count(&turn.events)?;
        commit(shared)?;
        return Ok(Applied::Forgot(turn));
    }
    session.record_applied(incoming.update);
    let replies: Vec<Outgoing> = turn.replies.iter().map(Outgoing::from).collect();
    store.save_turn(&key, &session, Some(incoming.update), &replies)?;
    store.count(&turn.events)?;
    commit(shared)?;
    Ok(Applied::Saved)
}

/// Commits the store, timing the commit for the metrics.
fn commit(shared: &Shared) -> Result<(), StoreError> {
    let started = std::time::Instant::now();
    let committed = shared.store.commit();
    shared.metrics.commit_took(started.elapsed());
    committed
}

/// Sends what the chat's outbox holds, in order, marking each reply sent (and committing)
/// as soon as Telegram took it. Returns what happened and the error that stopped it, if any.
pub(super) async fn flush(
    bot: &TgBot,
    shared: &Arc<Shared>,
    chat: ChatId,
) -> (Flushed, Option<RequestError>) {
    let mut flushed = Flushed::default();
    let outbox = match blocking(shared, move |store| store.outbox(&key(chat))).await {
        Ok(outbox) => outbox,
        Err(e) => {
            shared.metrics.error(ErrorKind::Store);
            tracing::error!(error = %e, "the outbox could not be read");
            return (flushed, None);
        }
    };
    flushed.question_sent = outbox.question_sent;
    for queued in outbox.queued {
        let seq = queued.seq;
        // A reply tried before was in flight when the last run died: the person may have seen
        // it since then. A first try is noted before it starts, for the same reason.
        let seen_from = match queued.tried {
            Some(at) => at,
            None => {
                let at = Timestamp::now();
                note(shared, chat, seq, at, Note::Tried);
                at
            }
        };
        match deliver(bot, &shared.retry, chat, &queued.reply).await {
            Ok(()) => {}
            Err(RequestError::Api(ApiError::BotBlocked | ApiError::UserDeactivated)) => {
                forget_blocked(shared, chat).await;
                flushed.blocked = true;
                return (flushed, None);
            }
            Err(e) => {
                flushed.left = true;
                return (flushed, Some(e));
            }
        }
        // Marked at once, on this thread: the time from Telegram taking the reply to this mark
        // is the only time a crash sends a reply twice, so no thread hand-over is spent on it.
        note(shared, chat, seq, seen_from, Note::Sent);
        tracing::debug!(update = ?queued.update, seq, "sent a queued reply");
        if queued.reply.asks() {
            flushed.asked |= queued.tried.is_none();
            flushed.question_sent = Some(seen_from);
        }
    }
    (flushed, None)
}

/// What [`note`] records.
#[derive(Debug, Clone, Copy)]
enum Note {
    Tried,
    Sent,
}

/// Records a try or a sent reply in the store. Both are a tree update and one write to the
/// store's log, without a disk sync, so they run on the calling thread.
fn note(shared: &Shared, chat: ChatId, seq: u64, at: Timestamp, what: Note) {
    let noted = match what {
        Note::Tried => shared.store.mark_tried(&key(chat), seq, at),
        Note::Sent => shared.store.mark_sent(&key(chat), seq, at),
    };
    if let Err(e) = noted {
        shared.metrics.error(ErrorKind::Store);
        // If a mark is lost, the reply may go out once more after a restart.
        tracing::error!(error = chain(&e), ?what, "a reply could not be marked");
    }
}

/// Sends the outbox of every chat that has replies waiting, except the chats in `later` (whose
/// update comes again and sends them), at start: before any update is handled, so no turn of
/// the same chat runs meanwhile.
pub(super) async fn flush_all(bot: &TgBot, shared: &Arc<Shared>, later: &[ChatId]) {
    let chats = match blocking(shared, |store| store.unsent()).await {
        Ok(keys) => keys,
        Err(e) => {
            shared.metrics.error(ErrorKind::Store);
            tracing::error!(error = %e, "the outboxes could not be read at start");
            return;
        }
    };
    if !chats.is_empty() {
        tracing::info!(
            chats = chats.len(),
            "sending replies left from the last run"
        );
    }
    for chat in chats.iter().filter_map(|k| chat_of(k)) {
        if later.contains(&chat) {
            continue;
        }
        // Another instance may be in a turn of this chat, sending the same outbox.
        let _held = match blocking(shared, move |store| store.hold(&key(chat))).await {
            Ok(hold) => hold,
            Err(e) => {
                tracing::warn!(error = %e, "a chat could not be held to send what was left");
                continue;
            }
        };
        if let (_, Some(e)) = flush(bot, shared, chat).await {
            let reason = super::send::describe(&e);
            tracing::warn!(%reason, "replies left from the last run could not be sent yet");
        }
    }
}

/// Runs a store call on a blocking thread; a panic there becomes an error message.
async fn blocking<T: Send + 'static>(
    shared: &Arc<Shared>,
    call: impl FnOnce(&dyn SessionStore) -> Result<T, StoreError> + Send + 'static,
) -> Result<T, String> {
    let store = Arc::clone(&shared.store);
    match tokio::task::spawn_blocking(move || call(&*store)).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(chain(&e)),
        Err(_) => Err("a store call panicked".to_owned()),
    }
}

/// An error and its sources on one line. A store error never quotes what a session holds.
fn chain(e: &dyn std::error::Error) -> String {
    let mut shown = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        shown.push_str(&format!(": {s}"));
        source = s.source();
    }
    shown
}

/// The person blocked the bot (or left Telegram): forget them at once.
pub(super) async fn forget_blocked(shared: &Arc<Shared>, chat: ChatId) {
    let deleted = blocking(shared, move |store| {
        store.delete(&key(chat))?;
        store.commit()
    })
    .await;
    match deleted {
        Ok(()) => tracing::info!("deleted the session of a person who blocked the bot"),
        Err(e) => {
            shared.metrics.error(ErrorKind::Store);
            tracing::error!(
                error = %e,
                "the session of a person who blocked the bot could not be deleted; expiry will"
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(second: i64) -> Option<Timestamp> {
        Some(Timestamp::from_second(second).unwrap())
    }

    #[test]
    fn text_is_late_only_when_the_question_came_after_it_or_not_at_all() {
        let sent = Flushed {
            question_sent: Timestamp::from_second(1_000)
                .unwrap()
                .checked_add(jiff::SignedDuration::from_millis(500))
                .ok(),
            ..Flushed::default()
        };
        assert!(is_late(&sent, at(999)));
        assert!(
            !is_late(&sent, at(1_000)),
            "the same second counts as after"
        );
        assert!(!is_late(&sent, at(1_001)));
        assert!(!is_late(&Flushed::default(), at(5)));
        let unsent = Flushed {
            left: true,
            ..Flushed::default()
        };
        assert!(is_late(&unsent, at(2_000)));
        let just_now = Flushed {
            asked: true,
            ..sent
        };
        assert!(is_late(&just_now, at(2_000)));
    }

    #[test]
    fn keys_and_chats_round_trip() {
        assert_eq!(chat_of(&key(ChatId(-42))), Some(ChatId(-42)));
        assert_eq!(chat_of("terminal:anna"), None);
        assert_eq!(chat_of("telegram:x"), None);
    }
}
