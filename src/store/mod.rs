//! Where sessions live between turns.
//!
//! The [`SessionStore`] trait is all a channel knows. This issue ships the in-memory store; the
//! durable sled store plugs in behind the same trait.

mod memory;

pub use memory::MemoryStore;

use crate::engine::Session;

/// A session's key: the channel and the chat within it, e.g. `terminal:anna` or `telegram:42`.
pub type SessionKey = str;

/// Why the store could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The backend failed.
    #[error("session store: {0}")]
    Backend(String),
}

/// Loads, saves and deletes sessions.
pub trait SessionStore: Send + Sync {
    /// The session stored under `key`, if any.
    fn get(&self, key: &SessionKey) -> Result<Option<Session>, StoreError>;
    /// Saves the session under `key`; when this returns, the session is stored.
    fn put(&self, key: &SessionKey, session: &Session) -> Result<(), StoreError>;
    /// Deletes everything stored under `key`.
    fn delete(&self, key: &SessionKey) -> Result<(), StoreError>;
}
