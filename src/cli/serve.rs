//! `lots serve`: the Telegram bot, with a background sweeper that deletes expired sessions.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use super::{CliError, Options};
use crate::channel::telegram::{self, ServeError};
use crate::store::{SessionStore, Sweeper};

/// How often the sweeper deletes expired sessions while the bot runs.
const SWEEP_EVERY: Duration = Duration::from_secs(3600);

/// How to reach Telegram, from the flags of `lots serve`.
#[derive(Debug, Clone)]
pub struct Serve {
    /// A self-hosted or fake Bot API instead of api.telegram.org.
    pub api_url: Option<url::Url>,
    /// Receive updates by webhook at this public address instead of long polling.
    pub webhook_url: Option<url::Url>,
    /// Where the webhook listens.
    pub listen: SocketAddr,
    /// The long-polling timeout.
    pub poll_timeout: Duration,
    /// Do not hold back messages for Telegram's rate limits (load tests against a fake API).
    pub unthrottled: bool,
    /// Where to serve Prometheus metrics at `/metrics`, if anywhere.
    pub metrics: Option<SocketAddr>,
}

/// Why the bot could not run.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Neither token variable is set.
    #[error("no bot token: set LOTS_TELEGRAM_TOKEN (or TELOXIDE_TOKEN)")]
    NoToken,
    /// Webhook mode without its secret.
    #[error("webhook mode needs LOTS_WEBHOOK_SECRET (1-256 characters A-Z, a-z, 0-9, _ and -)")]
    NoWebhookSecret,
    /// The async runtime could not start.
    #[error("cannot start the async runtime")]
    Runtime(#[source] std::io::Error),
    /// The bot stopped with an error.
    #[error(transparent)]
    Bot(#[from] ServeError),
}

/// Runs the bot until SIGINT or SIGTERM. The token comes from `LOTS_TELEGRAM_TOKEN` (or
/// `TELOXIDE_TOKEN`), the webhook secret from `LOTS_WEBHOOK_SECRET`.
pub fn run(options: &Options, serve: &Serve, err: &mut dyn std::io::Write) -> Result<(), CliError> {
    let token = ["LOTS_TELEGRAM_TOKEN", "TELOXIDE_TOKEN"]
        .iter()
        .find_map(|v| env(v).filter(|t| !t.trim().is_empty()))
        .ok_or(Error::NoToken)?;
    let webhook = match &serve.webhook_url {
        None => None,
        Some(url) => Some(telegram::Webhook {
            url: url.clone(),
            listen: serve.listen.into(),
            secret: env("LOTS_WEBHOOK_SECRET").ok_or(Error::NoWebhookSecret)?,
        }),
    };
    let content = Arc::new(options.load_content(err)?);
    let store: Arc<dyn SessionStore> = options.open_store()?.into();
    let sweeper = Sweeper::start(Arc::clone(&store), SWEEP_EVERY, options.retention());
    let config = telegram::Config {
        token,
        api_url: serve.api_url.clone(),
        webhook,
        poll_timeout: serve.poll_timeout,
        limits: if serve.unthrottled {
            telegram::unthrottled()
        } else {
            telegram::telegram_limits()
        },
        retry: Default::default(),
        chat_limit: if serve.unthrottled {
            telegram::ChatLimit::off()
        } else {
            telegram::ChatLimit::default()
        },
        metrics: serve.metrics.map(telegram::Listen::from),
    };
    let runtime = tokio::runtime::Runtime::new().map_err(Error::Runtime)?;
    let result = runtime.block_on(telegram::serve(
        config,
        content,
        options.settings.clone(),
        store,
        std::future::pending(),
    ));
    sweeper.stop();
    result.map_err(Error::Bot)?;
    Ok(())
}

/// An environment variable that is set and not empty.
fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}
