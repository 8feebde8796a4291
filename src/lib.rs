//! Lots: a chat bot that guides citizens to self-care and the right contact in Nära vård.
//!
//! Data flows one way through these modules:
//!
//! - [`content`] loads `dialogs/` and `locales/` into an immutable, validated [`content::Content`],
//!   or reports every problem with `path:line:col`.
//! - [`engine`] is pure: `step(&Content, &mut Session, Input, now)` returns the replies. No I/O.
//! - [`store`] keeps sessions between turns behind the `SessionStore` trait.
//! - [`channel`] adapters turn platform events into engine inputs and replies into platform output.
//! - [`transcript`] replays plain-text conversations against the engine, for `lots test`.
//! - [`logging`] sends what the library reports through `tracing` to standard error.
//! - [`metrics`] counts updates, replies, errors and latencies for Prometheus (`serve --metrics`).
//! - [`cli`] holds the `lots` commands: each loads what it needs, runs, writes its report to the
//!   output it is given and returns a verdict; `main.rs` only parses the arguments.

pub mod channel;
pub mod cli;
pub mod content;
pub mod engine;
pub mod ids;
pub mod logging;
pub mod metrics;
pub mod store;
pub mod transcript;
pub mod value;
