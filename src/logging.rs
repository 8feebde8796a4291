//! Diagnostics for operators: one `tracing` subscriber that writes to standard error.
//!
//! The library reports through `tracing` macros and never prints; the binary calls [`init`] once.
//! teloxide logs through the `log` crate, which is bridged here, so its records are kept too.
//! Standard output stays free for replies (`lots chat --format json` prints only JSON there).
//!
//! Privacy: no message text, no chat id and no token is ever logged at any level; events carry
//! counts, error kinds and the names of things. This module must never install a writer other
//! than standard error.

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

/// The filter used when `RUST_LOG` is unset or empty: `info` for Lots, `warn` for its libraries.
///
/// Two teloxide targets are off, because at `error` they print the raw JSON of an update they
/// cannot parse, and that holds what a person wrote. `RUST_LOG` can turn them on for debugging.
pub const DEFAULT_FILTER: &str = "warn,lots=info,\
    teloxide::dispatching::dispatcher=off,\
    teloxide::update_listeners::webhooks=off";

/// Installs the subscriber: standard error, the filter from `RUST_LOG` (else [`DEFAULT_FILTER`]),
/// colours only on a terminal, and `log` records (teloxide's) bridged in. Does nothing when a
/// subscriber is installed already, so a test or an embedding program keeps its own.
pub fn init() {
    let (filter, invalid) = filter(std::env::var("RUST_LOG").ok().as_deref());
    let installed = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .try_init()
        .is_ok();
    if installed && let Some(e) = invalid {
        tracing::warn!(error = %e, default = DEFAULT_FILTER, "RUST_LOG is not a valid filter");
    }
}

/// The filter for a `RUST_LOG` value, and the parse error when the value was not valid (then
/// the default is used, so a typo never silences the log).
fn filter(value: Option<&str>) -> (EnvFilter, Option<tracing_subscriber::filter::ParseError>) {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => (EnvFilter::new(DEFAULT_FILTER), None),
        Some(v) => match EnvFilter::try_new(v) {
            Ok(f) => (f, None),
            Err(e) => (EnvFilter::new(DEFAULT_FILTER), Some(e)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_filter_is_info_for_lots_and_warn_for_others() {
        let (f, invalid) = filter(None);
        assert!(invalid.is_none());
        let text = f.to_string();
        assert!(text.contains("lots=info"), "{text}");
        assert!(text.starts_with("warn") || text.contains(",warn"), "{text}");
        assert_eq!(filter(Some("  ")).0.to_string(), text);
    }

    #[test]
    fn an_invalid_rust_log_falls_back_to_the_default() {
        let (f, invalid) = filter(Some("lots=loud"));
        assert!(invalid.is_some());
        assert_eq!(f.to_string(), EnvFilter::new(DEFAULT_FILTER).to_string());
        let (f, invalid) = filter(Some("debug"));
        assert!(invalid.is_none());
        assert_eq!(f.to_string(), "debug");
    }
}
