//! The Telegram channel behind `lots serve`: teloxide, long polling or a webhook.
//!
//! This folder is the only code that knows teloxide. This file owns the run: checking the token,
//! registering the command menu, sending what the outbox kept from the last run, receiving
//! updates (polling or webhook) into the chat lanes of `lanes.rs`, serving metrics if asked, and
//! shutting down gracefully on a signal, committing the store last. `polling.rs` confirms an
//! update to Telegram only once it was handled; `handlers.rs` turns updates into engine inputs;
//! `turns.rs` runs each turn (the session and its replies saved and committed together before
//! anything is sent, an update applied at most once); `send.rs` renders replies as Telegram
//! messages; `bot.rs` and `rate.rs` keep Telegram's rate limits; `config.rs` holds the settings.
//!
//! Replies are plain text without a parse mode (so nothing needs escaping); options are inline
//! keyboards whose callback data carries the question serial (`q:<serial>:<index>`).
//!
//! This file must never decide what to say, never call the store on an async thread, and never
//! print: diagnostics go to `tracing`, without message text, chat ids or the token.

mod bot;
mod config;
mod handlers;
mod lanes;
mod limit;
mod polling;
mod rate;
mod send;
mod turns;

use std::future::Future;
use std::sync::Arc;

use futures::{Stream, StreamExt};
use teloxide::payloads::SetMyCommandsSetters;
use teloxide::prelude::Requester;
use teloxide::types::{BotCommand, Update};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener, webhooks};
use teloxide::{ApiError, Bot, RequestError};

pub use config::{
    Backoff, ChatLimit, Config, Limits, Listen, Retry, Webhook, telegram_limits, unthrottled,
};

use crate::content::Content;
use crate::content::messages::{self as msg, Text};
use crate::engine::Settings;
use crate::ids::LocaleCode;
use crate::metrics::{ErrorKind, Metrics};
use crate::store::{SessionStore, StoreError};

/// A command's description in the command menu.
pub type Describe = fn() -> Text;

/// The commands registered with `setMyCommands`, each described by `telegram-command-<name>`.
pub const COMMANDS: &[(&str, Describe)] = &[
    ("start", msg::telegram_command_start),
    ("menu", msg::telegram_command_menu),
    ("back", msg::telegram_command_back),
    ("restart", msg::telegram_command_restart),
    ("summary", msg::telegram_command_summary),
    ("language", msg::telegram_command_language),
    ("mydata", msg::telegram_command_mydata),
    ("forget", msg::telegram_command_forget),
    ("help", msg::telegram_command_help),
];

/// Why the bot could not run, or could not stop cleanly.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The HTTP client could not be built (its TLS setup failed).
    #[error("cannot build the HTTP client")]
    Client(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// Telegram refused the token.
    #[error("Telegram refused the bot token (check LOTS_TELEGRAM_TOKEN)")]
    TokenRejected,
    /// The Bot API could not be reached or answered wrongly at start. teloxide replaces the
    /// token in the request address of a network error, so the source is safe to print.
    #[error("cannot reach the Telegram Bot API")]
    Unreachable(#[source] RequestError),
    /// The webhook's or the metrics' address could not be listened on.
    #[error("cannot listen on {address}")]
    Listen {
        /// The address, or a description of the listener given.
        address: String,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// Telegram refused to set the webhook.
    #[error("cannot set the webhook")]
    Webhook(#[source] RequestError),
    /// The store could not be flushed at shutdown: the last turns may not be on disk.
    #[error("the session store could not be flushed at shutdown")]
    Flush(#[source] StoreError),
}

use bot::TgBot;

/// What every handler needs.
struct Shared {
    content: Arc<Content>,
    settings: Settings,
    store: Arc<dyn SessionStore>,
    retry: Retry,
    /// The updates in progress, which polling does not confirm yet.
    ledger: Arc<polling::Ledger>,
    /// The per-chat message limit.
    limiter: limit::Limiter,
    /// What `--metrics` serves.
    metrics: Arc<Metrics>,
}

impl Shared {
    /// A message outside the dialogs, in `locale`.
    fn text(&self, locale: &LocaleCode, text: Text) -> String {
        self.content.l10n().text(locale, &text, &Default::default())
    }
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
    let bot = connect(&config).await?;
    register_commands(&bot, &content).await;
    let shared = Arc::new(Shared {
        content,
        settings,
        store: Arc::clone(&store),
        retry: config.retry,
        ledger: Arc::default(),
        limiter: limit::Limiter::new(config.chat_limit),
        metrics: Arc::default(),
    });
    let talker = TgBot::new(bot.clone(), config.limits, Arc::clone(&shared.metrics));
    let (end, ended) = teloxide::stop::mk_stop_token();
    stop_on(stop, end.clone());
    if let Some(listen) = &config.metrics {
        serve_metrics(listen, &shared, ended.clone()).await?;
    }
    match &config.webhook {
        None => poll(bot, &config, (&talker, &shared), (end, ended)).await,
        Some(hook) => {
            // Telegram does not post an update again once the webhook took it: what the
            // outbox holds goes out now.
            turns::flush_all(&talker, &shared, &[]).await;
            webhook(bot, hook, (&talker, &shared), ended).await?
        }
    }
    match tokio::task::spawn_blocking(move || store.commit()).await {
        Ok(flushed) => flushed.map_err(ServeError::Flush)?,
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    }
    tracing::info!("stopped");
    Ok(())
}

/// Runs every update through the handlers, in one lane per chat, until `updates` ends.
async fn dispatch(updates: impl Stream<Item = Update>, talker: &TgBot, shared: &Arc<Shared>) {
    let (talker, shared) = (talker.clone(), Arc::clone(shared));
    let handle = move |update| handlers::on_update(talker.clone(), Arc::clone(&shared), update);
    lanes::run(updates, handle).await;
}

/// Ends polling (or the webhook) when `stop` resolves or a signal arrives; the updates in
/// progress finish after that.
fn stop_on(stop: impl Future<Output = ()> + Send + 'static, end: teloxide::stop::StopToken) {
    tokio::spawn(async move {
        tokio::select! {
            () = stop => {}
            () = signals() => {}
        }
        tracing::info!("stopping: finishing the updates in progress");
        end.stop();
    });
}

/// Serves `/metrics` on `listen` until `ended`.
async fn serve_metrics(
    listen: &Listen,
    shared: &Arc<Shared>,
    ended: teloxide::stop::StopFlag,
) -> Result<(), ServeError> {
    let tcp = bind(listen).await?;
    if let Ok(address) = tcp.local_addr() {
        tracing::info!(%address, "serving metrics at /metrics");
    }
    let store = Arc::clone(&shared.store);
    let version = shared.content.version().to_owned();
    let gauges = move || {
        let (store, version) = (Arc::clone(&store), version.clone());
        async move {
            let size = tokio::task::spawn_blocking(move || store.size()).await;
            let sessions = match size {
                Ok(Ok((sessions, _))) => Some(sessions),
                Ok(Err(e)) => {
                    let e = &e as &dyn std::error::Error;
                    tracing::warn!(error = e, "the sessions could not be counted for metrics");
                    None
                }
                Err(_) => None,
            };
            crate::metrics::Gauges {
                sessions,
                content_version: version,
            }
        }
    };
    let metrics = Arc::clone(&shared.metrics);
    tokio::spawn(async move {
        if let Err(e) = crate::metrics::serve(tcp, metrics, gauges, ended).await {
            let e = &e as &dyn std::error::Error;
            tracing::error!(error = e, "the metrics server failed");
        }
    });
    Ok(())
}

/// Receives updates by long polling until polling is ended, then tells Telegram
/// which updates were handled.
///
/// First come the updates Telegram still holds (those a crashed run did not finish). Their chats
/// send what their outbox holds when their update is handled, in the same order as before the
/// crash; every other chat's outbox goes out now, before anything new is handled.
async fn poll(
    bot: Bot,
    config: &Config,
    (talker, shared): (&TgBot, &Arc<Shared>),
    ends: (teloxide::stop::StopToken, teloxide::stop::StopFlag),
) {
    if let Err(e) = bot.delete_webhook().await {
        tracing::warn!(reason = %send::describe(&e), "could not remove a webhook before polling");
    }
    let first = polling::first_batch(&bot).await;
    let waiting: Vec<_> = first
        .iter()
        .filter_map(|u| u.chat().map(|c| c.id))
        .collect();
    turns::flush_all(talker, shared, &waiting).await;
    let ledger = &shared.ledger;
    let mut listener = polling::listener(
        bot.clone(),
        Arc::clone(ledger),
        first,
        (config.poll_timeout, config.retry.polling),
        ends,
    );
    tracing::info!("receiving updates by long polling");
    let updates = listener.as_stream().filter_map(|update| {
        let update = update
            .map_err(|e| {
                shared.metrics.error(ErrorKind::Updates);
                tracing::warn!(reason = %send::describe(&e), "getting updates failed");
            })
            .ok();
        std::future::ready(update)
    });
    dispatch(updates, talker, shared).await;
    polling::confirm(&bot, ledger).await;
}

/// Sets the webhook and serves it until `ended`. The port is bound before Telegram is told to
/// post there.
async fn webhook(
    bot: Bot,
    hook: &Webhook,
    (talker, shared): (&TgBot, &Arc<Shared>),
    ended: teloxide::stop::StopFlag,
) -> Result<(), ServeError> {
    let tcp = bind(&hook.listen).await?;
    let address = tcp.local_addr().map_err(|source| ServeError::Listen {
        address: hook.listen.to_string(),
        source,
    })?;
    let options =
        webhooks::Options::new(address, hook.url.clone()).secret_token(hook.secret.clone());
    let (mut listener, stopped, app) = webhooks::axum_to_router(bot, options)
        .await
        .map_err(ServeError::Webhook)?;
    let end = listener.stop_token();
    tokio::spawn(async move {
        ended.await;
        end.stop();
    });
    tracing::info!(%address, "receiving updates by webhook");
    let server =
        tokio::spawn(async move { axum::serve(tcp, app).with_graceful_shutdown(stopped).await });
    let updates = listener
        .as_stream()
        .filter_map(|u| std::future::ready(u.ok()));
    dispatch(updates, talker, shared).await;
    match server.await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => tracing::error!(
            error = &e as &dyn std::error::Error,
            "the webhook server failed"
        ),
        // The updates were handled and the store is still to be flushed: log, and go on.
        Err(_) => tracing::error!("the webhook server panicked"),
    }
    Ok(())
}

/// Builds the bot and checks its token with `getMe`.
async fn connect(config: &Config) -> Result<Bot, ServeError> {
    let client = teloxide::net::default_reqwest_settings()
        .build()
        .map_err(|e| ServeError::Client(Box::new(e)))?;
    let mut bot = Bot::with_client(config.token.clone(), client);
    if let Some(url) = &config.api_url {
        bot = bot.set_api_url(url.clone());
    }
    match bot.get_me().await {
        Ok(_) => Ok(bot),
        Err(RequestError::Api(ApiError::InvalidToken)) => Err(ServeError::TokenRejected),
        Err(e) => Err(ServeError::Unreachable(e)),
    }
}

/// The webhook's TCP listener: bound now, or the one given, made ready for tokio.
async fn bind(listen: &Listen) -> Result<tokio::net::TcpListener, ServeError> {
    let failed = |source| ServeError::Listen {
        address: listen.to_string(),
        source,
    };
    match listen {
        Listen::Address(address) => tokio::net::TcpListener::bind(address).await.map_err(failed),
        Listen::Bound(listener) => {
            let listener = listener.try_clone().map_err(failed)?;
            listener.set_nonblocking(true).map_err(failed)?;
            tokio::net::TcpListener::from_std(listener).map_err(failed)
        }
    }
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
            (Err(e), _) | (_, Err(e)) => {
                tracing::warn!(error = %e, "cannot watch for SIGTERM and SIGINT");
                std::future::pending().await
            }
        }
    }
    #[cfg(not(unix))]
    {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::warn!(error = %e, "cannot watch for Ctrl-C");
            std::future::pending::<()>().await
        }
    }
}

/// Registers the command menu in every locale (and Swedish as the default). A failure costs
/// only the menu, so it is logged and the bot starts anyway.
async fn register_commands(bot: &Bot, content: &Content) {
    let commands = |locale: &LocaleCode| -> Vec<BotCommand> {
        COMMANDS
            .iter()
            .map(|(command, text)| {
                let description = content.l10n().text(locale, &text(), &Default::default());
                BotCommand::new(*command, description)
            })
            .collect()
    };
    let sv = LocaleCode::new(crate::content::SOURCE_LOCALE);
    if let Err(e) = bot.set_my_commands(commands(&sv)).await {
        tracing::warn!(reason = %send::describe(&e), "could not register the default command menu");
    }
    for locale in content.l10n().offered_locales() {
        let request = bot
            .set_my_commands(commands(&locale.code))
            .language_code(locale.code.to_string());
        if let Err(e) = request.await {
            tracing::warn!(
                locale = %locale.code,
                reason = %send::describe(&e),
                "could not register the command menu"
            );
        }
    }
}
