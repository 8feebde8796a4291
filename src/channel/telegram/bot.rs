//! The few Bot API calls a turn makes, each message held back only as long as Telegram's rate
//! limits ask (see `rate.rs`).
//!
//! A message waits for its chat's limit and the overall one right before each try, so a try
//! after a failure is paced too. Answers to button presses and keyboard edits are not messages
//! and are not paced (as in Telegram's limits). This file only forwards calls; it never decides
//! what to send.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use teloxide::payloads::{AnswerCallbackQuerySetters, SendMessageSetters};
use teloxide::prelude::Requester;
use teloxide::types::{CallbackQueryId, ChatId, InlineKeyboardMarkup, MessageId};
use teloxide::{Bot, RequestError};

use super::rate::{Limits, Pace};
use crate::metrics::{ErrorKind, Metrics};

/// A call in flight.
pub(super) type Call = Pin<Box<dyn Future<Output = Result<(), RequestError>> + Send>>;

/// The bot a turn talks through.
#[derive(Clone)]
pub(super) struct TgBot {
    bot: Bot,
    /// The rate limiters; `None` when the limits are off (a fake Bot API without limits).
    pace: Option<Arc<Pace>>,
    /// Messages sent and failed calls are counted here.
    metrics: Arc<Metrics>,
}

impl TgBot {
    /// The bot, keeping `limits` and counting into `metrics`.
    pub(super) fn new(bot: Bot, limits: Limits, metrics: Arc<Metrics>) -> TgBot {
        TgBot {
            bot,
            pace: Pace::new(limits).map(Arc::new),
            metrics,
        }
    }

    /// Sends a text message, with buttons if given, as soon as the rate limits allow.
    pub(super) fn send_message(
        &self,
        chat: ChatId,
        text: String,
        keyboard: Option<InlineKeyboardMarkup>,
    ) -> Call {
        let request = self.bot.send_message(chat, text);
        let request = match keyboard {
            Some(k) => request.reply_markup(k),
            None => request,
        };
        let (pace, metrics) = (self.pace.clone(), Arc::clone(&self.metrics));
        Box::pin(async move {
            if let Some(pace) = pace {
                pace.ready(chat).await;
            }
            let sent = counted(&metrics, request.await.map(drop));
            if sent.is_ok() {
                metrics.reply();
            }
            sent
        })
    }

    /// Answers a button press, so the button stops spinning, with a short note if given.
    pub(super) fn answer_callback(&self, id: CallbackQueryId, note: Option<String>) -> Call {
        let request = self.bot.answer_callback_query(id);
        let request = match note {
            Some(note) => request.text(note),
            None => request,
        };
        let metrics = Arc::clone(&self.metrics);
        Box::pin(async move { counted(&metrics, request.await.map(drop)) })
    }

    /// Removes the buttons of a message the bot sent.
    pub(super) fn remove_keyboard(&self, chat: ChatId, message: MessageId) -> Call {
        let request = self.bot.edit_message_reply_markup(chat, message);
        let metrics = Arc::clone(&self.metrics);
        Box::pin(async move { counted(&metrics, request.await.map(drop)) })
    }
}

/// Counts a failed call by its kind, and passes the result on.
fn counted(metrics: &Metrics, result: Result<(), RequestError>) -> Result<(), RequestError> {
    if let Err(e) = &result {
        metrics.error(match e {
            RequestError::Api(_) | RequestError::MigrateToChatId(_) => ErrorKind::BotApi,
            RequestError::RetryAfter(_) => ErrorKind::RateLimited,
            RequestError::Network(_) | RequestError::InvalidJson { .. } | RequestError::Io(_) => {
                ErrorKind::Network
            }
        });
    }
    result
}
