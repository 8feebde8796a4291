//! The Telegram channel behind `lots serve`: teloxide, long polling or a webhook.
//!
//! This folder is the only code that knows teloxide. This file owns the run: checking the token,
//! registering the command menu, sending what the outbox kept from the last run, building the
//! dispatcher, receiving updates (polling or webhook), and shutting down gracefully on a signal,
//! committing the store last. `polling.rs` confirms an update to Telegram only once it was
//! handled; `handlers.rs` turns updates into engine inputs; `turns.rs` runs each turn (the
//! session and its replies saved and committed together before anything is sent, an update
//! applied at most once); `send.rs` renders replies as Telegram messages; `config.rs` holds the
//! settings.
//!
//! Replies are plain text without a parse mode (so nothing needs escaping); options are inline
//! keyboards whose callback data carries the question serial (`q:<serial>:<index>`).
//!
//! This file must never decide what to say, never call the store on an async thread, and never
//! print: diagnostics go to `tracing`, without message text, chat ids or the token.

mod bot;
mod config;
mod handlers;
mod limit;
mod polling;
mod send;
mod turns;

use std::convert::Infallible;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use teloxide::dispatching::{DefaultKey, Dispatcher, ShutdownToken, UpdateFilterExt};
use teloxide::error_handlers::ErrorHandler;
use teloxide::payloads::SetMyCommandsSetters;
use teloxide::prelude::{Requester, RequesterExt};
use teloxide::types::{BotCommand, Update};
use teloxide::update_listeners::webhooks;
use teloxide::{ApiError, Bot, RequestError, dptree};

pub use config::{
    Backoff, ChatLimit, Config, Listen, Retry, Webhook, telegram_limits, unthrottled,
};

use crate::content::Content;
use crate::content::messages::{self as msg, Text};
use crate::engine::Settings;
use crate::ids::LocaleCode;
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
    /// The webhook's address could not be listened on.
    #[error("cannot listen for the webhook on {address}")]
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
    });
    let talker = if config.limits == unthrottled() {
        TgBot::Straight(bot.clone())
    } else {
        TgBot::Throttled(bot.clone().throttle(config.limits))
    };
    let mut dispatcher = dispatcher(bot.clone(), talker.clone(), Arc::clone(&shared));
    let (end_polling, polling_ended) = teloxide::stop::mk_stop_token();
    stop_on(stop, dispatcher.shutdown_token(), end_polling.clone());
    match &config.webhook {
        None => {
            let ends = (end_polling, polling_ended);
            poll(&mut dispatcher, bot, &config, (&talker, &shared), ends).await
        }
        Some(hook) => {
            // Telegram does not post an update again once the webhook took it: what the
            // outbox holds goes out now.
            turns::flush_all(&talker, &shared, &[]).await;
            webhook(&mut dispatcher, bot, hook).await?
        }
    }
    match tokio::task::spawn_blocking(move || store.commit()).await {
        Ok(flushed) => flushed.map_err(ServeError::Flush)?,
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    }
    tracing::info!("stopped");
    Ok(())
}

type TgDispatcher = Dispatcher<Bot, RequestError, DefaultKey>;

/// Routes messages, button presses and channel posts to their handlers.
fn dispatcher(bot: Bot, talker: TgBot, shared: Arc<Shared>) -> TgDispatcher {
    let handler = dptree::entry()
        // The update counts as in progress until its handler is done (see `polling.rs`).
        .map(|update: Update, shared: Arc<Shared>| shared.ledger.handling(update.id.0))
        .branch(Update::filter_message().endpoint(handlers::on_message))
        .branch(Update::filter_callback_query().endpoint(handlers::on_callback))
        .branch(Update::filter_channel_post().endpoint(handlers::on_channel_post));
    Dispatcher::builder(bot, handler)
        .dependencies(dptree::deps![shared, talker])
        // Edited messages and every other kind of update are ignored on purpose.
        .default_handler(|_| async {})
        .error_handler(LogErrors::new("an update could not be handled"))
        .build()
}

/// Shuts the dispatcher down when `stop` resolves or a signal arrives.
/// Polling is ended directly too (`end_polling`): a shutdown that lands while the dispatcher is
/// just starting can be missed by it, and then the end of the update stream stops it.
fn stop_on(
    stop: impl Future<Output = ()> + Send + 'static,
    token: ShutdownToken,
    end_polling: teloxide::stop::StopToken,
) {
    tokio::spawn(async move {
        tokio::select! {
            () = stop => {}
            () = signals() => {}
        }
        tracing::info!("stopping: finishing the updates in progress");
        end_polling.stop();
        // Shutdown fails only while the dispatcher is not running yet; try until it is.
        loop {
            match token.shutdown() {
                Ok(done) => {
                    done.await;
                    break;
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
            }
        }
    });
}

/// Receives updates by long polling until the dispatcher is shut down, then tells Telegram
/// which updates were handled.
///
/// First come the updates Telegram still holds (those a crashed run did not finish). Their chats
/// send what their outbox holds when their update is handled, in the same order as before the
/// crash; every other chat's outbox goes out now, before anything new is handled.
async fn poll(
    dispatcher: &mut TgDispatcher,
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
    let listener = polling::listener(
        bot.clone(),
        Arc::clone(ledger),
        first,
        (config.poll_timeout, config.retry.polling),
        ends,
    );
    tracing::info!("receiving updates by long polling");
    let errors = LogErrors::new("getting updates failed");
    dispatcher.dispatch_with_listener(listener, errors).await;
    polling::confirm(&bot, ledger).await;
}

/// Sets the webhook and serves it until the dispatcher is shut down. The port is bound before
/// Telegram is told to post there.
async fn webhook(
    dispatcher: &mut TgDispatcher,
    bot: Bot,
    hook: &Webhook,
) -> Result<(), ServeError> {
    let tcp = bind(&hook.listen).await?;
    let address = tcp.local_addr().map_err(|source| ServeError::Listen {
        address: hook.listen.to_string(),
        source,
    })?;
    let options =
        webhooks::Options::new(address, hook.url.clone()).secret_token(hook.secret.clone());
    let (listener, stopped, app) = webhooks::axum_to_router(bot, options)
        .await
        .map_err(ServeError::Webhook)?;
    tracing::info!(%address, "receiving updates by webhook");
    let server =
        tokio::spawn(async move { axum::serve(tcp, app).with_graceful_shutdown(stopped).await });
    let errors = LogErrors::new("getting updates failed");
    dispatcher.dispatch_with_listener(listener, errors).await;
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
    for locale in content.l10n().locales() {
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

/// Logs errors that reach the dispatcher (from handlers and from receiving updates) with a
/// description that holds no message text: teloxide's `LoggingErrorHandler` prints the whole
/// error, and an unreadable answer's raw body may echo what a person wrote.
struct LogErrors {
    what: &'static str,
}

impl LogErrors {
    fn new(what: &'static str) -> Arc<Self> {
        Arc::new(LogErrors { what })
    }
}

impl ErrorHandler<RequestError> for LogErrors {
    fn handle_error(
        self: Arc<Self>,
        error: RequestError,
    ) -> std::pin::Pin<Box<dyn Future<Output = ()> + Send>> {
        tracing::warn!(reason = %send::describe(&error), "{}", self.what);
        Box::pin(std::future::ready(()))
    }
}

impl ErrorHandler<Infallible> for LogErrors {
    fn handle_error(
        self: Arc<Self>,
        error: Infallible,
    ) -> std::pin::Pin<Box<dyn Future<Output = ()> + Send>> {
        match error {}
    }
}
