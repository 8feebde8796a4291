//! Where sessions live between turns, and the anonymous statistics.
//!
//! The [`SessionStore`] trait is all a channel knows. [`SledStore`] is the durable default (a
//! directory on disk); [`PgStore`] keeps the same in PostgreSQL for several instances of Lots
//! sharing one database; [`MemoryStore`] keeps everything in RAM for `--memory` and tests. Beside
//! each session the store keeps the chat's reply [`Outbox`] (see `outbox.rs`): the replies of a
//! turn are written together with the session, so a crash never separates an answer that was
//! saved from the reply that acknowledges it. `tests/store.rs` holds the contract every backend
//! passes.

mod memory;
mod outbox;
mod postgres;
mod sentlog;
mod sled;
mod stats;

pub use self::sled::SledStore;
pub use memory::MemoryStore;
pub use outbox::{Outbox, Outgoing, Queued};
pub use postgres::{PgStore, SCHEMA_VERSION};
pub use stats::Stats;
use stats::counter_keys;

use std::path::PathBuf;

use jiff::{SignedDuration, Timestamp};

use crate::engine::{Event, Session};

/// A session's key: the channel and the chat within it, e.g. `terminal:anna` or `telegram:42`.
pub type SessionKey = str;

/// How long an inactive session is kept unless configured otherwise: 30 days.
pub const DEFAULT_RETENTION: SignedDuration = SignedDuration::from_hours(30 * 24);

/// An error from a storage backend, kept as the source of a [`StoreError`] so that this module
/// names no backend's types (only `store::sled` knows sled).
pub type BackendError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Why the store could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another process has the data directory open.
    #[error(
        "the data directory {} is in use by another Lots process; \
         stop it or give another directory with --data",
        .dir.display()
    )]
    Locked {
        /// The data directory.
        dir: PathBuf,
    },
    /// The data directory is a file (or something else that is not a directory).
    #[error("the data directory {} is not a directory", .dir.display())]
    NotADirectory {
        /// The path given as data directory.
        dir: PathBuf,
    },
    /// The directory holds other things and has no marker file, so Lots refuses to write there.
    #[error(
        "{} is not a Lots data directory (it has no LOTS-DATA file); \
         give an empty or new directory with --data",
        .dir.display()
    )]
    Foreign {
        /// The directory.
        dir: PathBuf,
    },
    /// The database in the data directory is damaged.
    #[error(
        "the database in {} is damaged; restore it from a backup or move it away",
        .dir.display()
    )]
    Damaged {
        /// The data directory.
        dir: PathBuf,
        /// What the backend found.
        #[source]
        source: BackendError,
    },
    /// The database could not be opened for another reason.
    #[error("cannot open the database in {}", .dir.display())]
    Open {
        /// The data directory.
        dir: PathBuf,
        /// The backend's error.
        #[source]
        source: BackendError,
    },
    /// A file-system operation on the data directory failed.
    #[error("cannot {action} {}", .path.display())]
    Io {
        /// What was being done, e.g. `create` or `read`.
        action: &'static str,
        /// The file or directory.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// Reading sessions or counters failed.
    #[error("the session store could not be read")]
    Read(#[source] BackendError),
    /// Saving or deleting a session, or counting, failed.
    #[error("the session store could not be written")]
    Write(#[source] BackendError),
    /// Making the writes durable failed: what was written may not be on disk.
    #[error("the session store could not be flushed to disk")]
    Flush(#[source] BackendError),
    /// The database could not be reached or opened (`--store postgres://…`).
    #[error("cannot reach the session database")]
    Connect(#[source] BackendError),
    /// The database was set up by a newer Lots: this binary does not know its schema and
    /// refuses to write to it.
    #[error(
        "the session database has schema version {found}, newer than this Lots knows \
         (up to {supported}); run a newer Lots, or give another database"
    )]
    SchemaNewer {
        /// The version found in the database.
        found: u32,
        /// The newest version this binary knows.
        supported: u32,
    },
    /// A stored session could not be decoded (damaged, or written by a newer Lots). Its source
    /// says which, and where, without quoting anything the session holds.
    #[error("a stored session could not be decoded")]
    Decode(#[source] crate::engine::SessionError),
}

/// Loads, saves and deletes sessions, and keeps the anonymous counters.
///
/// Writes become durable at [`SessionStore::commit`]: a channel commits after every turn, before
/// the replies go out, so that an answer a person saw acknowledged is never lost.
pub trait SessionStore: Send + Sync {
    /// The session stored under `key`, if any.
    fn get(&self, key: &SessionKey) -> Result<Option<Session>, StoreError>;
    /// Saves the session under `key`.
    fn put(&self, key: &SessionKey, session: &Session) -> Result<(), StoreError>;
    /// Deletes everything stored under `key`.
    fn delete(&self, key: &SessionKey) -> Result<(), StoreError>;
    /// Adds the events of a turn to the anonymous counters.
    fn count(&self, events: &[Event]) -> Result<(), StoreError>;
    /// Makes every write so far durable.
    fn commit(&self) -> Result<(), StoreError>;
    /// Deletes the sessions last active before `cutoff`; returns how many. A person who stood
    /// in a dialog is counted as having left it there.
    fn expire(&self, cutoff: Timestamp) -> Result<usize, StoreError>;
    /// The anonymous counters.
    fn stats(&self) -> Result<Stats, StoreError>;
    /// How many sessions are stored, and their stored size in bytes.
    fn size(&self) -> Result<(usize, u64), StoreError>;
    /// Saves the session and queues the replies of the turn that produced it, in one atomic
    /// write: after a crash both are stored or neither is. `update` is the platform update the
    /// turn applied, kept with its replies. Durable at the next [`SessionStore::commit`].
    fn save_turn(
        &self,
        key: &SessionKey,
        session: &Session,
        update: Option<u64>,
        replies: &[Outgoing],
    ) -> Result<(), StoreError>;
    /// The chat's outbox: the replies not yet sent, in order, and when its last question went
    /// out. Empty for a chat that has none (or no session).
    fn outbox(&self, key: &SessionKey) -> Result<Outbox, StoreError>;
    /// Marks the queued reply `seq` of `key` as sent at `at`, so that it is never sent again.
    /// A reply that is not queued (sent already, or the chat was forgotten) is ignored. The
    /// mark survives the process dying as soon as this returns (no commit needed): the time
    /// between sending and marking is the only time a crash can send a reply twice.
    fn mark_sent(&self, key: &SessionKey, seq: u64, at: Timestamp) -> Result<(), StoreError>;
    /// Notes that sending the queued reply `seq` of `key` begins at `at`, with the same
    /// durability as [`SessionStore::mark_sent`]: after a crash, a reply tried and not marked
    /// sent is known to have maybe reached the person from `at` on.
    fn mark_tried(&self, key: &SessionKey, seq: u64, at: Timestamp) -> Result<(), StoreError>;
    /// The chats that have replies still to send.
    fn unsent(&self) -> Result<Vec<String>, StoreError>;
    /// Holds the chat `key` for one turn, across processes: until the returned [`Hold`] is
    /// dropped, a `hold` of the same key elsewhere waits; other keys never wait. A store that
    /// only one process opens (sled locks its directory, memory is private) needs nothing, as
    /// a channel already runs one turn per chat at a time inside its process.
    fn hold(&self, key: &SessionKey) -> Result<Hold, StoreError> {
        let _ = key;
        Ok(Hold::none())
    }
}

/// A chat held for one turn by [`SessionStore::hold`]; dropping it lets the next turn of the
/// chat, in any process, begin.
#[must_use = "the chat is held only while the hold lives"]
pub struct Hold(Option<Box<dyn Send>>);

impl Hold {
    /// A hold that holds nothing, for stores one process owns.
    pub fn none() -> Hold {
        Hold(None)
    }

    /// A hold released by dropping `guard`.
    pub fn new(guard: impl Send + 'static) -> Hold {
        Hold(Some(Box::new(guard)))
    }
}

impl std::fmt::Debug for Hold {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "Hold(held)"
        } else {
            "Hold(none)"
        })
    }
}

/// Deletes the sessions inactive for longer than `retention` and commits.
pub fn purge(
    store: &dyn SessionStore,
    now: Timestamp,
    retention: SignedDuration,
) -> Result<usize, StoreError> {
    let cutoff = now.checked_sub(retention).unwrap_or(Timestamp::MIN);
    let n = store.expire(cutoff)?;
    store.commit()?;
    Ok(n)
}

/// The event recorded for a session removed by expiry while it stood in a dialog.
fn left_on_expiry(session: &Session) -> Option<Event> {
    session.here().map(|f| Event::Left {
        dialog: f.dialog.clone(),
        step: f.step.clone(),
    })
}

/// A background thread that purges expired sessions every `every` until it is stopped, for
/// long-running channels (`lots serve`). Stopping (or dropping) it ends the thread promptly.
pub struct Sweeper {
    stop: std::sync::mpsc::Sender<()>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Sweeper {
    /// Starts sweeping `store` now and then every `every`.
    pub fn start(
        store: std::sync::Arc<dyn SessionStore>,
        every: std::time::Duration,
        retention: SignedDuration,
    ) -> Sweeper {
        let (stop, stopped) = std::sync::mpsc::channel::<()>();
        let thread = std::thread::spawn(move || {
            loop {
                match purge(&*store, Timestamp::now(), retention) {
                    Ok(0) => tracing::debug!("no expired sessions"),
                    Ok(n) => tracing::info!(sessions = n, "deleted expired sessions"),
                    Err(e) => tracing::error!(
                        error = &e as &dyn std::error::Error,
                        "the expiry sweep failed; it is tried again later"
                    ),
                }
                match stopped.recv_timeout(every) {
                    Err(std::sync::mpsc::RecvTimeoutError::Timeout) => continue,
                    _ => break,
                }
            }
        });
        Sweeper {
            stop,
            thread: Some(thread),
        }
    }

    /// Stops the thread and waits for it.
    pub fn stop(mut self) {
        self.halt();
    }

    fn halt(&mut self) {
        // Sending fails only when the thread has ended already, which joining then shows.
        let _ = self.stop.send(());
        if let Some(t) = self.thread.take()
            && t.join().is_err()
        {
            tracing::error!("the expiry sweep thread panicked");
        }
    }
}

impl Drop for Sweeper {
    fn drop(&mut self) {
        self.halt();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decode_error_does_not_show_what_the_decoder_quoted() {
        let json = br#"{"schema": "Anna Andersson"}"#;
        let e = StoreError::Decode(crate::engine::Session::from_json(json).unwrap_err());
        let mut shown = e.to_string();
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            shown.push_str(&format!(": {s}"));
            source = s.source();
        }
        assert!(shown.contains("damaged"), "{shown}");
        assert!(!shown.contains("Anna"), "{shown}");
    }
}
