//! Sending to Telegram: replies as messages (split under the length limit, options as an inline
//! keyboard on the last part), tries again after network and server errors, and describes
//! request errors for the log.
//!
//! Rate limits are kept by `bot.rs` before each try (see `rate.rs`); a 429 that comes anyway
//! is waited out here, as long as Telegram's `retry_after` says, and the message tried again.
//! This file never decides what to say (the engine and the handlers do), never touches the
//! store, and never logs message text or chat ids.

use std::future::Future;
use std::time::Duration;

use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup};
use teloxide::{ApiError, RequestError};

use super::{Retry, TgBot};
use crate::store::Outgoing;

/// Telegram's limit for one message, in UTF-16 code units.
pub const MAX_MESSAGE: usize = 4096;

/// Sends one reply: its text in parts under the limit, the keyboard on the last part.
pub(super) async fn deliver(
    bot: &TgBot,
    retry: &Retry,
    chat: ChatId,
    reply: &Outgoing,
) -> Result<(), RequestError> {
    let keyboard = match (reply.question, reply.options.is_empty()) {
        (Some(question), false) => Some(InlineKeyboardMarkup::new(
            reply.options.iter().enumerate().map(|(i, label)| {
                vec![InlineKeyboardButton::callback(
                    label.clone(),
                    format!("q:{question}:{i}"),
                )]
            }),
        )),
        _ => None,
    };
    let parts = split(&reply.text, MAX_MESSAGE);
    let last = parts.len().saturating_sub(1);
    for (i, part) in parts.into_iter().enumerate() {
        let markup = if i == last { keyboard.clone() } else { None };
        send(bot, retry, chat, part, markup).await?;
    }
    Ok(())
}

/// Sends a message, trying again after network and server errors. Refusals (blocked, bad
/// request) are returned at once.
pub(super) async fn send(
    bot: &TgBot,
    retry: &Retry,
    chat: ChatId,
    text: String,
    keyboard: Option<InlineKeyboardMarkup>,
) -> Result<(), RequestError> {
    let text = if text.trim().is_empty() {
        "…".to_owned()
    } else {
        text
    };
    let attempt = || bot.send_message(chat, text.clone(), keyboard.clone());
    with_retries(retry, attempt, tokio::time::sleep).await
}

/// Runs `attempt` until it succeeds, fails in a way not worth trying again, or has been tried
/// `retry.attempts` times; pauses with `pause` (the real clock in production, a recorder in
/// tests) as [`Retry::send`] says between tries.
async fn with_retries<A, F, P, S>(
    retry: &Retry,
    mut attempt: A,
    pause: P,
) -> Result<(), RequestError>
where
    A: FnMut() -> F,
    F: Future<Output = Result<(), RequestError>>,
    P: Fn(Duration) -> S,
    S: Future<Output = ()>,
{
    let mut failures = 0;
    loop {
        match attempt().await {
            Ok(()) => return Ok(()),
            Err(RequestError::RetryAfter(wait)) if failures + 1 < retry.attempts => {
                failures += 1;
                tracing::debug!(?wait, failures, "rate limited; trying a message again");
                pause(wait.duration()).await;
            }
            Err(e) if transient(&e) && failures + 1 < retry.attempts => {
                failures += 1;
                tracing::debug!(reason = %describe(&e), failures, "trying a message again");
                pause(retry.send.after(failures)).await;
            }
            Err(e) => return Err(e),
        }
    }
}

/// Errors worth trying again: the network, an unreadable answer (a proxy's error page), and
/// server errors, which the Bot API reports with a description teloxide does not know.
fn transient(e: &RequestError) -> bool {
    match e {
        RequestError::Network(_) | RequestError::InvalidJson { .. } | RequestError::Io(_) => true,
        RequestError::Api(ApiError::Unknown(text)) => {
            let t = text.to_ascii_lowercase();
            [
                "internal server error",
                "bad gateway",
                "service unavailable",
                "gateway timeout",
                "too many requests",
            ]
            .iter()
            .any(|s| t.contains(s))
        }
        _ => false,
    }
}

/// A description of a request error that is safe to log: no message text (an unreadable
/// answer's raw body may echo it), no token and no chat id.
pub(super) fn describe(e: &RequestError) -> String {
    match e {
        // Telegram's description of a refusal never quotes the message.
        RequestError::Api(api) => format!("refused by the Bot API: {api}"),
        RequestError::MigrateToChatId(_) => "the chat moved to a supergroup".to_owned(),
        RequestError::RetryAfter(wait) => format!("rate limited for {:?}", wait.duration()),
        RequestError::Network(n) if n.is_timeout() => "network error: timed out".to_owned(),
        RequestError::Network(n) if n.is_connect() => "network error: cannot connect".to_owned(),
        RequestError::Network(_) => "network error".to_owned(),
        RequestError::InvalidJson { .. } => "an answer that is not the Bot API's JSON".to_owned(),
        RequestError::Io(io) => format!("I/O error: {:?}", io.kind()),
    }
}

/// Splits text into parts of at most `limit` UTF-16 code units, at paragraph breaks where
/// possible, then at line breaks, then at spaces, and only as a last resort inside a word.
pub fn split(text: &str, limit: usize) -> Vec<String> {
    let units = |s: &str| s.encode_utf16().count();
    if units(text) <= limit {
        return vec![text.to_owned()];
    }
    let mut parts = Vec::new();
    let mut current = String::new();
    for piece in pieces(text, limit) {
        let joined = if current.is_empty() {
            piece.clone()
        } else {
            format!("{current}{piece}")
        };
        if units(&joined) <= limit {
            current = joined;
        } else {
            if !current.trim().is_empty() {
                parts.push(current.trim_end().to_owned());
            }
            current = piece.trim_start().to_owned();
        }
    }
    if !current.trim().is_empty() {
        parts.push(current.trim_end().to_owned());
    }
    parts
}

/// The text cut into pieces no longer than `limit`, each keeping its trailing separator.
fn pieces(text: &str, limit: usize) -> Vec<String> {
    let units = |s: &str| s.encode_utf16().count();
    let mut out = Vec::new();
    for paragraph in text.split_inclusive("\n\n") {
        if units(paragraph) <= limit {
            out.push(paragraph.to_owned());
            continue;
        }
        for line in paragraph.split_inclusive('\n') {
            if units(line) <= limit {
                out.push(line.to_owned());
                continue;
            }
            for word in line.split_inclusive(' ') {
                if units(word) <= limit {
                    out.push(word.to_owned());
                    continue;
                }
                let mut chunk = String::new();
                for c in word.chars() {
                    if units(&chunk) + c.len_utf16() > limit {
                        out.push(std::mem::take(&mut chunk));
                    }
                    chunk.push(c);
                }
                out.push(chunk);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;
    use crate::channel::telegram::Backoff;

    #[test]
    fn long_texts_split_at_paragraphs_under_the_limit() {
        let paragraph = "Ord ".repeat(300); // 1,200 characters
        let text = [paragraph.as_str(); 5].join("\n\n");
        let parts = split(&text, 4096);
        assert_eq!(parts.len(), 2);
        assert!(parts.iter().all(|p| p.encode_utf16().count() <= 4096));
        assert!(parts[0].ends_with("Ord"));
        let rejoined: String = parts
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(
            rejoined,
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        );
    }

    #[test]
    fn a_paragraph_longer_than_the_limit_splits_at_spaces_and_then_anywhere() {
        let text = format!("{} {}", "a".repeat(5000), "b ".repeat(10));
        let parts = split(&text, 4096);
        assert!(
            parts.iter().all(|p| p.encode_utf16().count() <= 4096),
            "{parts:?}"
        );
        assert_eq!(parts.concat().replace(' ', "").len(), 5010);
        // Emoji count as two UTF-16 units.
        let emoji = "😀".repeat(3000);
        assert!(
            split(&emoji, 4096)
                .iter()
                .all(|p| p.encode_utf16().count() <= 4096)
        );
        assert_eq!(split("short", 4096), ["short"]);
    }

    fn server_error() -> RequestError {
        RequestError::Api(ApiError::Unknown("Internal Server Error".to_owned()))
    }

    /// Runs `with_retries` on scripted outcomes; returns the result, how many tries were made
    /// and the pauses asked for (none is actually waited).
    fn scripted(
        outcomes: Vec<Result<(), RequestError>>,
    ) -> (Result<(), RequestError>, usize, Vec<Duration>) {
        let retry = Retry {
            attempts: 4,
            send: Backoff {
                first: Duration::from_millis(200),
                max: Duration::from_millis(500),
            },
            ..Retry::default()
        };
        let outcomes = Arc::new(Mutex::new(outcomes.into_iter()));
        let tries = Arc::new(Mutex::new(0));
        let pauses = Arc::new(Mutex::new(Vec::new()));
        let attempt = || {
            *tries.lock().unwrap() += 1;
            let next = outcomes.lock().unwrap().next().expect("a scripted outcome");
            async move { next }
        };
        let pause = |d: Duration| {
            pauses.lock().unwrap().push(d);
            std::future::ready(())
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let result = runtime.block_on(with_retries(&retry, attempt, pause));
        let tries = *tries.lock().unwrap();
        let pauses = pauses.lock().unwrap().clone();
        (result, tries, pauses)
    }

    #[test]
    fn server_errors_are_tried_again_with_growing_pauses() {
        let (result, tries, pauses) =
            scripted(vec![Err(server_error()), Err(server_error()), Ok(())]);
        assert!(result.is_ok());
        assert_eq!(tries, 3);
        assert_eq!(
            pauses,
            [Duration::from_millis(200), Duration::from_millis(400)]
        );
    }

    #[test]
    fn tries_stop_at_the_limit_and_return_the_last_error() {
        let (result, tries, pauses) = scripted((0..4).map(|_| Err(server_error())).collect());
        assert!(matches!(
            result,
            Err(RequestError::Api(ApiError::Unknown(_)))
        ));
        assert_eq!(tries, 4);
        assert_eq!(pauses.len(), 3);
        assert_eq!(pauses[2], Duration::from_millis(500));
    }

    #[test]
    fn a_429_is_waited_out_as_long_as_telegram_asks_and_tried_again() {
        let wait = teloxide::types::Seconds::from_seconds(3);
        let (result, tries, pauses) = scripted(vec![Err(RequestError::RetryAfter(wait)), Ok(())]);
        assert!(result.is_ok());
        assert_eq!((tries, pauses), (2, vec![Duration::from_secs(3)]));
    }

    #[test]
    fn refusals_are_returned_at_once() {
        let (result, tries, pauses) = scripted(vec![Err(RequestError::Api(ApiError::BotBlocked))]);
        assert!(matches!(
            result,
            Err(RequestError::Api(ApiError::BotBlocked))
        ));
        assert_eq!((tries, pauses.len()), (1, 0));
    }

    #[test]
    fn descriptions_of_unreadable_answers_leave_out_the_body() {
        let source = serde_json::from_str::<serde_json::Value>("{").unwrap_err();
        let e = RequestError::InvalidJson {
            source: std::sync::Arc::new(source),
            raw: "{\"text\": \"jag har ont i halsen\"".into(),
        };
        assert!(!describe(&e).contains("halsen"), "{}", describe(&e));
        assert!(transient(&e));
    }
}
