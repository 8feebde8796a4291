//! Where sessions live between turns, and the anonymous statistics.
//!
//! The [`SessionStore`] trait is all a channel knows. [`SledStore`] is the durable default (a
//! directory on disk); [`MemoryStore`] keeps everything in RAM for `--memory` and tests.

mod memory;
mod sled;
mod stats;

pub use self::sled::SledStore;
pub use memory::MemoryStore;
pub use stats::{Stats, counter_keys};

use jiff::{SignedDuration, Timestamp};

use crate::engine::{Event, Session};

/// A session's key: the channel and the chat within it, e.g. `terminal:anna` or `telegram:42`.
pub type SessionKey = str;

/// How long an inactive session is kept unless configured otherwise: 30 days.
pub const DEFAULT_RETENTION: SignedDuration = SignedDuration::from_hours(30 * 24);

/// Why the store could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The backend failed.
    #[error("session store: {0}")]
    Backend(String),
    /// The data directory cannot be used (in use, not a Lots directory, damaged).
    #[error("{0}")]
    Open(String),
    /// A stored session could not be read (damaged, or written by a newer Lots).
    #[error("a stored session could not be read: {0}")]
    Unreadable(String),
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
                    Ok(n) if n > 0 => eprintln!("lots: deleted {n} expired sessions"),
                    Ok(_) => {}
                    Err(e) => eprintln!("lots: the expiry sweep failed: {e}"),
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
        let _ = self.stop.send(());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Sweeper {
    fn drop(&mut self) {
        self.halt();
    }
}
