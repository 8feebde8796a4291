//! Sessions in RAM, for `--memory` and tests. Nothing survives the process.

use std::collections::HashMap;
use std::sync::Mutex;

use super::{SessionKey, SessionStore, StoreError};
use crate::engine::Session;

/// A session store in a map behind a mutex.
#[derive(Debug, Default)]
pub struct MemoryStore {
    sessions: Mutex<HashMap<String, Session>>,
}

impl MemoryStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Session>> {
        // A panic elsewhere while holding the lock leaves the map itself intact.
        self.sessions.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl SessionStore for MemoryStore {
    fn get(&self, key: &SessionKey) -> Result<Option<Session>, StoreError> {
        Ok(self.lock().get(key).cloned())
    }

    fn put(&self, key: &SessionKey, session: &Session) -> Result<(), StoreError> {
        self.lock().insert(key.to_owned(), session.clone());
        Ok(())
    }

    fn delete(&self, key: &SessionKey) -> Result<(), StoreError> {
        self.lock().remove(key);
        Ok(())
    }
}
