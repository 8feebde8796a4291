//! How `lots serve` reaches Telegram: the token, the API address, polling or webhook, the rate
//! limits and the retry pauses.
//!
//! This file holds plain settings and their production values. It must never read the
//! environment or the command line (that is `main.rs`'s job), and never print the token.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

pub use super::limit::ChatLimit;
pub use super::rate::{Limits, telegram_limits, unthrottled};

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
    /// Telegram's rate limits, kept before sending ([`telegram_limits`] in production).
    pub limits: Limits,
    /// The pauses before failed requests are tried again ([`Retry::default`] in production).
    pub retry: Retry,
    /// How many messages one chat may send ([`ChatLimit::default`] in production).
    pub chat_limit: ChatLimit,
    /// Where to serve Prometheus metrics at `/metrics`, if anywhere.
    pub metrics: Option<Listen>,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("token", &"<hidden>")
            .field("api_url", &self.api_url)
            .field("webhook", &self.webhook)
            .field("poll_timeout", &self.poll_timeout)
            .field("limits", &self.limits)
            .field("retry", &self.retry)
            .field("chat_limit", &self.chat_limit)
            .field("metrics", &self.metrics)
            .finish()
    }
}

/// Webhook mode: Telegram posts updates to `url`, which a reverse proxy forwards to `listen`.
#[derive(Clone)]
pub struct Webhook {
    /// The public HTTPS address Telegram posts to.
    pub url: url::Url,
    /// Where to listen locally.
    pub listen: Listen,
    /// Telegram sends it in `X-Telegram-Bot-Api-Secret-Token`; requests without it are refused.
    pub secret: String,
}

impl std::fmt::Debug for Webhook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Webhook")
            .field("url", &self.url)
            .field("listen", &self.listen)
            .field("secret", &"<hidden>")
            .finish()
    }
}

/// Where the webhook server listens.
#[derive(Debug, Clone)]
pub enum Listen {
    /// Bind this address at start.
    Address(SocketAddr),
    /// Serve on a listener that is bound already. A test binds `127.0.0.1:0` and keeps the
    /// listener, so no other test can take the port between choosing it and serving on it.
    Bound(Arc<std::net::TcpListener>),
}

impl std::fmt::Display for Listen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Listen::Address(address) => write!(f, "{address}"),
            Listen::Bound(listener) => match listener.local_addr() {
                Ok(address) => write!(f, "{address} (bound already)"),
                Err(_) => write!(f, "a listener bound already"),
            },
        }
    }
}

impl From<SocketAddr> for Listen {
    fn from(address: SocketAddr) -> Self {
        Listen::Address(address)
    }
}

impl From<std::net::TcpListener> for Listen {
    fn from(listener: std::net::TcpListener) -> Self {
        Listen::Bound(Arc::new(listener))
    }
}

/// How failed requests are tried again.
///
/// A 429 is tried again after the `retry_after` Telegram asks for (within `attempts`); these
/// pauses are for network errors and server errors, which Telegram gives no pause for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retry {
    /// How often a message is tried in all before its error is returned.
    pub attempts: u32,
    /// The pauses between tries of a message.
    pub send: Backoff,
    /// The pauses before asking for updates again after `getUpdates` failed.
    pub polling: Backoff,
}

impl Default for Retry {
    /// The production values: five tries of a message 0.2, 0.4, 0.8 and 1.6 s apart, and
    /// teloxide's own polling backoff of 1 s doubling up to 64 s.
    fn default() -> Self {
        Retry {
            attempts: 5,
            send: Backoff {
                first: Duration::from_millis(200),
                max: Duration::from_secs(5),
            },
            polling: Backoff {
                first: Duration::from_secs(1),
                max: Duration::from_secs(64),
            },
        }
    }
}

/// An exponential backoff: `first`, then twice as long after each further failure, at most `max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// The pause after the first failure.
    pub first: Duration,
    /// The longest pause.
    pub max: Duration,
}

impl Backoff {
    /// The pause after `failures` failures in a row (the first failure is 1; 0 waits nothing).
    pub fn after(&self, failures: u32) -> Duration {
        if failures == 0 {
            return Duration::ZERO;
        }
        let factor = 1u32.checked_shl(failures - 1).unwrap_or(u32::MAX);
        self.first.saturating_mul(factor).min(self.max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_its_limit() {
        let b = Backoff {
            first: Duration::from_millis(200),
            max: Duration::from_secs(5),
        };
        let pauses: Vec<u128> = (0..8).map(|n| b.after(n).as_millis()).collect();
        assert_eq!(pauses, [0, 200, 400, 800, 1600, 3200, 5000, 5000]);
        assert_eq!(b.after(u32::MAX), Duration::from_secs(5));
    }

    #[test]
    fn production_polling_backoff_matches_teloxides_default() {
        let polling = Retry::default().polling;
        for failures in 0..10 {
            // teloxide's strategy gets the error count before the failure is added.
            assert_eq!(
                polling.after(failures + 1),
                Duration::from_secs(1 << failures.min(6))
            );
        }
    }

    #[test]
    fn a_listen_address_shows_as_the_address() {
        let address = SocketAddr::from(([127, 0, 0, 1], 8080));
        assert_eq!(Listen::from(address).to_string(), "127.0.0.1:8080");
        let bound = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = bound.local_addr().unwrap().port();
        let shown = Listen::from(bound).to_string();
        assert_eq!(shown, format!("127.0.0.1:{port} (bound already)"));
    }

    #[test]
    fn secrets_are_not_in_debug_output() {
        let config = Config {
            token: "123:SECRET".to_owned(),
            api_url: None,
            webhook: Some(Webhook {
                url: "https://lots.example/hook".parse().unwrap(),
                listen: SocketAddr::from(([127, 0, 0, 1], 8080)).into(),
                secret: "hook-secret".to_owned(),
            }),
            poll_timeout: Duration::from_secs(10),
            limits: telegram_limits(),
            retry: Retry::default(),
            chat_limit: ChatLimit::default(),
            metrics: None,
        };
        let shown = format!("{config:?}");
        assert!(
            !shown.contains("SECRET") && !shown.contains("hook-secret"),
            "{shown}"
        );
        assert!(shown.contains("lots.example"), "{shown}");
    }
}
