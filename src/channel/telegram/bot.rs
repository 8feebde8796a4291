//! The few Bot API calls a turn makes, through teloxide's throttle or straight.
//!
//! In production every message goes through teloxide's `Throttle`, which keeps Telegram's rate
//! limits and waits out a 429. Its worker releases queued messages only every 250 ms, though, so
//! against a fake Bot API with no limits (load and crash tests) the calls go straight to the
//! API. This file only forwards calls; it never decides what to send.

use std::future::Future;
use std::pin::Pin;

use teloxide::adaptors::Throttle;
use teloxide::payloads::{AnswerCallbackQuerySetters, SendMessageSetters};
use teloxide::prelude::Requester;
use teloxide::types::{CallbackQueryId, ChatId, InlineKeyboardMarkup, MessageId};
use teloxide::{Bot, RequestError};

/// A call in flight.
pub(super) type Call = Pin<Box<dyn Future<Output = Result<(), RequestError>> + Send>>;

/// The bot a turn talks through.
#[derive(Clone)]
pub(super) enum TgBot {
    /// Through teloxide's throttle (production).
    Throttled(Throttle<Bot>),
    /// Straight to the API (a fake without limits).
    Straight(Bot),
}

impl TgBot {
    /// Sends a text message, with buttons if given.
    pub(super) fn send_message(
        &self,
        chat: ChatId,
        text: String,
        keyboard: Option<InlineKeyboardMarkup>,
    ) -> Call {
        macro_rules! send {
            ($bot:expr) => {{
                let request = $bot.send_message(chat, text);
                let request = match keyboard {
                    Some(k) => request.reply_markup(k),
                    None => request,
                };
                Box::pin(async move { request.await.map(drop) })
            }};
        }
        match self {
            TgBot::Throttled(bot) => send!(bot),
            TgBot::Straight(bot) => send!(bot),
        }
    }

    /// Answers a button press, so the button stops spinning, with a short note if given.
    pub(super) fn answer_callback(&self, id: CallbackQueryId, note: Option<String>) -> Call {
        macro_rules! answer {
            ($bot:expr) => {{
                let request = $bot.answer_callback_query(id);
                let request = match note {
                    Some(note) => request.text(note),
                    None => request,
                };
                Box::pin(async move { request.await.map(drop) })
            }};
        }
        match self {
            TgBot::Throttled(bot) => answer!(bot),
            TgBot::Straight(bot) => answer!(bot),
        }
    }

    /// Removes the buttons of a message the bot sent.
    pub(super) fn remove_keyboard(&self, chat: ChatId, message: MessageId) -> Call {
        match self {
            TgBot::Throttled(bot) => {
                let request = bot.edit_message_reply_markup(chat, message);
                Box::pin(async move { request.await.map(drop) })
            }
            TgBot::Straight(bot) => {
                let request = bot.edit_message_reply_markup(chat, message);
                Box::pin(async move { request.await.map(drop) })
            }
        }
    }
}
