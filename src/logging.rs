//! Diagnostics for operators: one `tracing` subscriber that writes to standard error.
//!
//! The library reports through `tracing` macros and never prints; the binary calls [`init`] once.
//! teloxide logs through the `log` crate, which is bridged here, so its records are kept too.
//! Standard output stays free for replies (`lots chat --format json` prints only JSON there).
//!
//! Privacy: no message text, no chat id and no token is ever logged at any level; events carry
//! counts, error kinds and the names of things. An error is logged as a field (`error = &e as
//! &dyn Error`), so its causes are written too (`error.sources=[…]`). The binary writes to
//! standard error only; [`init_with`] exists so a test can read what would be written there.

use std::io::IsTerminal;
use std::str::FromStr;

use tracing_subscriber::filter::{ParseError, Targets};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

/// The filter used when `RUST_LOG` is unset or empty: `info` for Lots, `warn` for its libraries.
///
/// Two teloxide targets are off, because at `error` they print the raw JSON of an update they
/// cannot parse, and that holds what a person wrote. `RUST_LOG` can turn them on for debugging.
pub const DEFAULT_FILTER: &str = "warn,lots=info,\
    teloxide::dispatching::dispatcher=off,\
    teloxide::update_listeners::webhooks=off";

/// Installs the subscriber: standard error, the filter from `RUST_LOG` (else [`DEFAULT_FILTER`]),
/// colours only on a terminal, and `log` records (teloxide's, sled's) bridged in. Does nothing
/// when a subscriber is installed already, so a test or an embedding program keeps its own.
///
/// `RUST_LOG` takes `target=level` directives separated by commas, as in [`DEFAULT_FILTER`].
/// The filter is tracing-subscriber's `Targets`, not its `EnvFilter`: `EnvFilter` would turn on
/// the full-DFA features of `regex-automata` for the whole build, and with them the content's
/// pattern sets take half as long again to compile.
pub fn init() {
    init_with(std::io::stderr, std::io::stderr().is_terminal());
}

/// Installs the same subscriber as [`init`], writing to `writer` (colours if `ansi`).
pub fn init_with<W>(writer: W, ansi: bool)
where
    W: for<'w> tracing_subscriber::fmt::MakeWriter<'w> + Send + Sync + 'static,
{
    let (filter, invalid) = filter(std::env::var("RUST_LOG").ok().as_deref());
    let output = tracing_subscriber::fmt::layer()
        .with_writer(writer)
        .with_ansi(ansi);
    let installed = tracing_subscriber::registry()
        .with(output)
        .with(filter)
        .try_init()
        .is_ok();
    if installed && let Some(e) = invalid {
        tracing::warn!(error = %e, default = DEFAULT_FILTER, "RUST_LOG is not a valid filter");
    }
}

/// The filter for a `RUST_LOG` value, and the parse error when the value was not valid (then
/// the default is used, so a typo never silences the log).
fn filter(value: Option<&str>) -> (Targets, Option<ParseError>) {
    let default = || Targets::from_str(DEFAULT_FILTER).unwrap_or_default();
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => (default(), None),
        Some(v) => match Targets::from_str(v) {
            Ok(f) => (f, None),
            Err(e) => (default(), Some(e)),
        },
    }
}

#[cfg(test)]
mod tests {
    use tracing::Level;

    use super::*;

    #[test]
    fn the_default_filter_is_info_for_lots_and_warn_for_others() {
        let (f, invalid) = filter(None);
        assert!(invalid.is_none());
        assert!(f.would_enable("lots::channel::telegram", &Level::INFO));
        assert!(!f.would_enable("lots::store", &Level::DEBUG));
        assert!(f.would_enable("sled::config", &Level::WARN));
        assert!(!f.would_enable("teloxide::dispatching", &Level::INFO));
        // The targets that print a person's words when an update cannot be parsed.
        assert!(!f.would_enable("teloxide::dispatching::dispatcher", &Level::ERROR));
        let webhooks = "teloxide::update_listeners::webhooks::axum";
        assert!(!f.would_enable(webhooks, &Level::ERROR));
        assert_eq!(filter(Some("  ")).0.to_string(), f.to_string());
    }

    #[test]
    fn an_invalid_rust_log_falls_back_to_the_default() {
        let (f, invalid) = filter(Some("lots=loud"));
        assert!(invalid.is_some());
        assert_eq!(f.to_string(), filter(None).0.to_string());
        let (f, invalid) = filter(Some("debug"));
        assert!(invalid.is_none());
        assert!(f.would_enable("teloxide", &Level::DEBUG));
    }
}
