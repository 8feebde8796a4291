//! Sessions in RAM, for `--memory` and tests. Nothing survives the process.

use std::collections::HashMap;
use std::sync::Mutex;

use jiff::Timestamp;

use super::{SessionKey, SessionStore, Stats, StoreError, left_on_expiry};
use crate::engine::{Event, Session};

/// A session store in a map behind a mutex.
#[derive(Debug, Default)]
pub struct MemoryStore {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    sessions: HashMap<String, Session>,
    stats: Stats,
}

impl MemoryStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A panic elsewhere while holding the lock leaves the map itself intact.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl SessionStore for MemoryStore {
    fn get(&self, key: &SessionKey) -> Result<Option<Session>, StoreError> {
        Ok(self.lock().sessions.get(key).cloned())
    }

    fn put(&self, key: &SessionKey, session: &Session) -> Result<(), StoreError> {
        self.lock().sessions.insert(key.to_owned(), session.clone());
        Ok(())
    }

    fn delete(&self, key: &SessionKey) -> Result<(), StoreError> {
        self.lock().sessions.remove(key);
        Ok(())
    }

    fn count(&self, events: &[Event]) -> Result<(), StoreError> {
        self.lock().stats.add(events);
        Ok(())
    }

    fn commit(&self) -> Result<(), StoreError> {
        Ok(())
    }

    fn expire(&self, cutoff: Timestamp) -> Result<usize, StoreError> {
        let mut inner = self.lock();
        let old: Vec<String> = inner
            .sessions
            .iter()
            .filter(|(_, s)| s.last_active < cutoff)
            .map(|(k, _)| k.clone())
            .collect();
        for key in &old {
            if let Some(session) = inner.sessions.remove(key) {
                let left: Vec<Event> = left_on_expiry(&session).into_iter().collect();
                inner.stats.add(&left);
            }
        }
        Ok(old.len())
    }

    fn stats(&self) -> Result<Stats, StoreError> {
        Ok(self.lock().stats.clone())
    }

    fn size(&self) -> Result<(usize, u64), StoreError> {
        let inner = self.lock();
        let bytes = inner
            .sessions
            .iter()
            .map(|(k, s)| (k.len() + s.to_json().len()) as u64)
            .sum();
        Ok((inner.sessions.len(), bytes))
    }
}
