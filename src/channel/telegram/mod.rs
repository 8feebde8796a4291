//! The Telegram channel behind `lots serve`: teloxide, long polling or a webhook.
//!
//! This is the only module that knows teloxide. It turns updates into engine inputs, runs each
//! turn through [`super::handle_with`] (which saves and commits the session before this module
//! sends anything), and renders replies as Telegram messages: options as inline keyboards whose
//! callback data carries the question serial (`q:<serial>:<index>`), long texts split at
//! paragraph boundaries under Telegram's limit, plain text without a parse mode (so nothing needs
//! escaping). No message text is ever logged.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use teloxide::adaptors::Throttle;
use teloxide::adaptors::throttle::Limits;
use teloxide::dispatching::{Dispatcher, UpdateFilterExt};
use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::payloads::{AnswerCallbackQuerySetters, SendMessageSetters, SetMyCommandsSetters};
use teloxide::prelude::{Requester, RequesterExt};
use teloxide::types::{
    BotCommand, CallbackQuery, ChatId, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update,
};
use teloxide::update_listeners::Polling;
use teloxide::{ApiError, Bot, RequestError, dptree};

use crate::content::Content;
use crate::engine::{self, Input, Reply, Settings};
use crate::ids::LocaleCode;
use crate::store::SessionStore;

/// Telegram's limit for one message, in UTF-16 code units.
pub const MAX_MESSAGE: usize = 4096;

/// The longest callback data Telegram sends (64 bytes); longer data is refused.
const MAX_CALLBACK_DATA: usize = 64;

/// The commands registered with `setMyCommands`, each described by `telegram-command-<name>`.
pub const COMMANDS: &[&str] = &[
    "start", "menu", "back", "restart", "summary", "language", "mydata", "forget", "help",
];

/// How `lots serve` reaches Telegram.
#[derive(Clone)]
pub struct Config {
    /// The bot token. Never printed or logged.
    pub token: String,
    /// A self-hosted or fake Bot API instead of api.telegram.org.
    pub api_url: Option<url::Url>,
    /// Receive updates by webhook instead of long polling.
    pub webhook: Option<Webhook>,
    /// The long-polling timeout; it must stay under the HTTP client's 17 s.
    pub poll_timeout: Duration,
    /// Telegram's rate limits, enforced before sending ([`telegram_limits`] in production).
    pub limits: Limits,
}

/// The rate limits Telegram documents for bots: about one message per second in a chat, 20 per
/// minute in a group or channel, 30 per second overall. teloxide's default of 20 per minute in
/// *every* chat would make a person who answers quickly wait in a private chat.
pub fn telegram_limits() -> Limits {
    Limits {
        messages_per_sec_chat: 1,
        messages_per_min_chat: 60,
        messages_per_min_channel_or_supergroup: 20,
        messages_per_sec_overall: 30,
    }
}

/// No practical limits: only for load tests against a fake Bot API, to measure the bot itself.
pub fn unthrottled() -> Limits {
    Limits {
        messages_per_sec_chat: 1_000_000,
        messages_per_min_chat: 1_000_000,
        messages_per_min_channel_or_supergroup: 1_000_000,
        messages_per_sec_overall: 1_000_000,
    }
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("token", &"<hidden>")
            .field("api_url", &self.api_url)
            .field(
                "webhook",
                &self.webhook.as_ref().map(|w| (&w.url, w.listen)),
            )
            .field("poll_timeout", &self.poll_timeout)
            .field("limits", &self.limits.messages_per_sec_overall)
            .finish()
    }
}

/// Webhook mode: Telegram posts updates to `url`, which a reverse proxy forwards to `listen`.
#[derive(Clone)]
pub struct Webhook {
    /// The public HTTPS address Telegram posts to.
    pub url: url::Url,
    /// The local address to listen on.
    pub listen: SocketAddr,
    /// Telegram sends it in `X-Telegram-Bot-Api-Secret-Token`; requests without it are refused.
    pub secret: String,
}

/// Why the bot could not run.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// Telegram refused the token.
    #[error("Telegram refused the bot token (check LOTS_TELEGRAM_TOKEN)")]
    TokenRejected,
    /// The Bot API could not be reached or answered wrongly.
    #[error("cannot reach the Telegram Bot API: {0}")]
    Unreachable(String),
    /// The webhook could not be set up.
    #[error("cannot start the webhook: {0}")]
    Webhook(String),
}

type TgBot = Throttle<Bot>;

/// What every handler needs.
struct Shared {
    content: Arc<Content>,
    settings: Settings,
    store: Arc<dyn SessionStore>,
}

/// Runs the bot until `stop` resolves (or SIGINT/SIGTERM arrive), then shuts down gracefully:
/// updates in progress finish, and the store is committed.
pub async fn serve(
    config: Config,
    content: Arc<Content>,
    settings: Settings,
    store: Arc<dyn SessionStore>,
    stop: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    let client = teloxide::net::default_reqwest_settings()
        .build()
        .map_err(|e| ServeError::Unreachable(e.to_string()))?;
    let mut bot = Bot::with_client(config.token.clone(), client);
    if let Some(url) = &config.api_url {
        bot = bot.set_api_url(url.clone());
    }
    match bot.get_me().await {
        Ok(_) => {}
        Err(RequestError::Api(ApiError::InvalidToken)) => return Err(ServeError::TokenRejected),
        Err(e) => {
            return Err(ServeError::Unreachable(redact(
                &e.to_string(),
                &config.token,
            )));
        }
    }
    register_commands(&bot, &content).await;

    let shared = Arc::new(Shared {
        content,
        settings,
        store: Arc::clone(&store),
    });
    let throttled: TgBot = bot.clone().throttle(config.limits);
    let handler = dptree::entry()
        .branch(Update::filter_message().endpoint(on_message))
        .branch(Update::filter_callback_query().endpoint(on_callback))
        .branch(Update::filter_channel_post().endpoint(on_channel_post));
    let mut dispatcher = Dispatcher::builder(throttled, handler)
        .dependencies(dptree::deps![shared])
        // Edited messages and every other kind of update are ignored on purpose.
        .default_handler(|_| async {})
        .error_handler(LoggingErrorHandler::with_custom_text(
            "lots: an update could not be handled",
        ))
        .build();

    let token = dispatcher.shutdown_token();
    tokio::spawn(async move {
        tokio::select! {
            () = stop => {}
            () = signals() => {}
        }
        // Shutdown fails only while the dispatcher is not running yet; try until it is.
        loop {
            match token.shutdown() {
                Ok(done) => {
                    done.await;
                    break;
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    });

    let errors = LoggingErrorHandler::with_custom_text("lots: getting updates failed");
    match &config.webhook {
        None => {
            let listener = Polling::builder(bot)
                .timeout(config.poll_timeout)
                .delete_webhook()
                .await
                .build();
            dispatcher.dispatch_with_listener(listener, errors).await;
        }
        Some(hook) => {
            let options =
                teloxide::update_listeners::webhooks::Options::new(hook.listen, hook.url.clone())
                    .secret_token(hook.secret.clone());
            let (listener, stopped, app) =
                teloxide::update_listeners::webhooks::axum_to_router(bot, options)
                    .await
                    .map_err(|e| ServeError::Webhook(redact(&e.to_string(), &config.token)))?;
            let tcp = tokio::net::TcpListener::bind(hook.listen)
                .await
                .map_err(|e| {
                    ServeError::Webhook(format!("cannot listen on {}: {e}", hook.listen))
                })?;
            let server = tokio::spawn(async move {
                let _ = axum::serve(tcp, app).with_graceful_shutdown(stopped).await;
            });
            dispatcher.dispatch_with_listener(listener, errors).await;
            let _ = server.await;
        }
    }
    store
        .commit()
        .map_err(|e| ServeError::Unreachable(format!("the store could not be flushed: {e}")))?;
    Ok(())
}

/// Resolves on SIGINT or SIGTERM.
async fn signals() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let term = signal(SignalKind::terminate());
        let int = signal(SignalKind::interrupt());
        match (term, int) {
            (Ok(mut term), Ok(mut int)) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = int.recv() => {}
                }
            }
            _ => std::future::pending().await,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// Removes the token from an error text (reqwest errors contain the request URL).
fn redact(text: &str, token: &str) -> String {
    if token.is_empty() {
        text.to_owned()
    } else {
        text.replace(token, "<token>")
    }
}

/// Registers the command menu in every locale (and Swedish as the default).
async fn register_commands(bot: &Bot, content: &Content) {
    let commands = |locale: &LocaleCode| -> Vec<BotCommand> {
        COMMANDS
            .iter()
            .map(|c| {
                let description = content.l10n().format(
                    locale,
                    &format!("telegram-command-{c}"),
                    &Default::default(),
                    &[],
                );
                BotCommand::new(*c, description)
            })
            .collect()
    };
    let sv = LocaleCode::new(crate::content::SOURCE_LOCALE);
    if let Err(e) = bot.set_my_commands(commands(&sv)).await {
        eprintln!("lots: could not register the command menu: {}", kind(&e));
    }
    for locale in content.l10n().locales() {
        let request = bot
            .set_my_commands(commands(&locale.code))
            .language_code(locale.code.to_string());
        if let Err(e) = request.await {
            eprintln!(
                "lots: could not register the {} command menu: {}",
                locale.code,
                kind(&e)
            );
        }
    }
}

/// A short description of an error that holds no message text and no token.
fn kind(e: &RequestError) -> &'static str {
    match e {
        RequestError::Api(_) => "refused by the Bot API",
        RequestError::MigrateToChatId(_) => "the chat moved",
        RequestError::RetryAfter(_) => "rate limited",
        RequestError::Network(_) => "network error",
        RequestError::InvalidJson { .. } => "unreadable answer",
        RequestError::Io(_) => "I/O error",
    }
}

/// The session key of a Telegram chat.
fn key(chat: ChatId) -> String {
    format!("telegram:{}", chat.0)
}

/// The locale to write in outside a turn: the session's, or Telegram's language, or Swedish.
fn locale_for(shared: &Shared, chat: ChatId, language: Option<&str>) -> LocaleCode {
    match shared.store.get(&key(chat)) {
        Ok(Some(session)) => session.locale,
        _ => engine::initial_locale(&shared.content, language),
    }
}

fn text(shared: &Shared, locale: &LocaleCode, id: &str) -> String {
    shared
        .content
        .l10n()
        .format(locale, id, &Default::default(), &[])
}

async fn on_message(bot: TgBot, msg: Message, shared: Arc<Shared>) -> Result<(), RequestError> {
    let language = msg.from.as_ref().and_then(|u| u.language_code.clone());
    if !msg.chat.is_private() {
        // Lots works one to one. In groups it answers commands once each, and stores nothing.
        if msg.text().is_some_and(|t| t.starts_with('/')) {
            let locale = engine::initial_locale(&shared.content, language.as_deref());
            let note = text(&shared, &locale, "telegram-private-only");
            send(&bot, msg.chat.id, note, None).await?;
        }
        return Ok(());
    }
    let Some(line) = msg.text() else {
        // Photos, voice, stickers, files: a friendly word, and the current question again.
        let locale = locale_for(&shared, msg.chat.id, language.as_deref());
        let note = text(&shared, &locale, "telegram-text-only");
        send(&bot, msg.chat.id, note, None).await?;
        return turn(
            &bot,
            &shared,
            msg.chat.id,
            language,
            Input::Command(engine::Command::Help),
        )
        .await
        .map(drop)
        .or(Ok(()));
    };
    turn(&bot, &shared, msg.chat.id, language, Input::parse(line)).await
}

async fn on_channel_post(
    bot: TgBot,
    msg: Message,
    shared: Arc<Shared>,
) -> Result<(), RequestError> {
    if msg.text().is_some_and(|t| t.starts_with('/')) {
        let locale = LocaleCode::new(crate::content::SOURCE_LOCALE);
        let note = text(&shared, &locale, "telegram-private-only");
        send(&bot, msg.chat.id, note, None).await?;
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

async fn on_callback(
    bot: TgBot,
    q: CallbackQuery,
    shared: Arc<Shared>,
) -> Result<(), RequestError> {
    let input = q.data.as_deref().and_then(parse_callback);
    let chat = q.message.as_ref().map(|m| m.chat().clone());
    let language = q.from.language_code.clone();
    // Always answer, so the button stops spinning.
    let Some((input, chat)) = input.zip(chat.filter(|c| c.is_private())) else {
        let locale = engine::initial_locale(&shared.content, language.as_deref());
        let note = text(&shared, &locale, "telegram-button-unknown");
        let _ = bot.answer_callback_query(q.id.clone()).text(note).await;
        return Ok(());
    };
    let _ = bot.answer_callback_query(q.id.clone()).await;
    // The pressed keyboard is spent: remove it, so old buttons visibly cannot be used again.
    if let Some(message) = &q.message {
        let _ = bot.edit_message_reply_markup(chat.id, message.id()).await;
    }
    turn(&bot, &shared, chat.id, language, input).await
}

/// Runs one turn (the engine and the store off the async threads) and sends its replies.
async fn turn(
    bot: &TgBot,
    shared: &Arc<Shared>,
    chat: ChatId,
    language: Option<String>,
    input: Input,
) -> Result<(), RequestError> {
    let worker = Arc::clone(shared);
    let chat_key = key(chat);
    let fallback = engine::initial_locale(&shared.content, language.as_deref());
    let result = tokio::task::spawn_blocking(move || {
        super::handle_with(
            &worker.content,
            &worker.settings,
            &*worker.store,
            &chat_key,
            language.as_deref(),
            input,
            jiff::Timestamp::now(),
        )
    })
    .await;
    let turn = match result {
        Ok(Ok(turn)) => turn,
        Ok(Err(e)) => {
            eprintln!("lots: a turn could not be saved: {e}");
            let locale = locale_for(shared, chat, None);
            return send(bot, chat, text(shared, &locale, "telegram-error"), None).await;
        }
        Err(_) => {
            // The turn panicked: this chat gets an apology, every other chat goes on. The
            // store is not read again here, since it may be what failed.
            eprintln!("lots: a turn failed unexpectedly");
            return send(bot, chat, text(shared, &fallback, "telegram-error"), None).await;
        }
    };
    for reply in &turn.replies {
        match deliver(bot, chat, reply).await {
            Ok(()) => {}
            Err(RequestError::Api(ApiError::BotBlocked | ApiError::UserDeactivated)) => {
                // The person blocked the bot: forget them at once.
                let store = Arc::clone(&shared.store);
                let chat_key = key(chat);
                let _ = tokio::task::spawn_blocking(move || {
                    store.delete(&chat_key).and_then(|()| store.commit())
                })
                .await;
                return Ok(());
            }
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Sends one reply: its text in parts under the limit, the keyboard on the last part.
async fn deliver(bot: &TgBot, chat: ChatId, reply: &Reply) -> Result<(), RequestError> {
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
        send(bot, chat, part, markup).await?;
    }
    Ok(())
}

/// Sends a message, waiting out `retry_after` and retrying network errors and server errors with
/// backoff. Refusals (blocked, bad request) are returned at once.
async fn send(
    bot: &TgBot,
    chat: ChatId,
    text: String,
    keyboard: Option<InlineKeyboardMarkup>,
) -> Result<(), RequestError> {
    let text = if text.trim().is_empty() {
        "…".to_owned()
    } else {
        text
    };
    retry(|| {
        let request = bot.send_message(chat, text.clone());
        let request = match keyboard.clone() {
            Some(k) => request.reply_markup(k),
            None => request,
        };
        async move { request.await.map(drop) }
    })
    .await
}

/// How often a request is tried before its error is returned.
const ATTEMPTS: u32 = 5;

async fn retry<F, Fut>(mut attempt: F) -> Result<(), RequestError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<(), RequestError>>,
{
    let mut backoff = Duration::from_millis(200);
    let mut tries = 0;
    loop {
        tries += 1;
        match attempt().await {
            Ok(()) => return Ok(()),
            Err(RequestError::RetryAfter(wait)) if tries < ATTEMPTS => {
                tokio::time::sleep(wait.duration()).await;
            }
            Err(e) if transient(&e) && tries < ATTEMPTS => {
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(5));
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
    use super::*;

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

    #[test]
    fn the_token_is_removed_from_error_texts() {
        assert_eq!(
            redact(
                "error sending request for url (http://x/bot123:ABC/getMe)",
                "123:ABC"
            ),
            "error sending request for url (http://x/bot<token>/getMe)"
        );
    }
}
