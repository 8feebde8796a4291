//! Sessions in RAM, for `--memory` and tests. Nothing survives the process.

use std::collections::HashMap;
use std::sync::Mutex;

use jiff::Timestamp;

use super::{Outbox, Outgoing, SessionKey, SessionStore, Stats, StoreError, left_on_expiry};
use crate::engine::{Event, Session};

/// A session store in a map behind a mutex.
#[derive(Debug, Default)]
pub struct MemoryStore {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    sessions: HashMap<String, Session>,
    outboxes: HashMap<String, Outbox>,
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
        let mut inner = self.lock();
        inner.sessions.remove(key);
        inner.outboxes.remove(key);
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
            inner.outboxes.remove(key);
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

    fn save_turn(
        &self,
        key: &SessionKey,
        session: &Session,
        update: Option<u64>,
        replies: &[Outgoing],
    ) -> Result<(), StoreError> {
        let mut inner = self.lock();
        inner.sessions.insert(key.to_owned(), session.clone());
        let outbox = inner.outboxes.entry(key.to_owned()).or_default();
        outbox.push(update, replies);
        if outbox.is_empty() {
            inner.outboxes.remove(key);
        }
        Ok(())
    }

    fn outbox(&self, key: &SessionKey) -> Result<Outbox, StoreError> {
        Ok(self.lock().outboxes.get(key).cloned().unwrap_or_default())
    }

    fn mark_sent(&self, key: &SessionKey, seq: u64, at: Timestamp) -> Result<(), StoreError> {
        if let Some(outbox) = self.lock().outboxes.get_mut(key) {
            outbox.mark_sent(seq, at);
        }
        Ok(())
    }

    fn mark_tried(&self, key: &SessionKey, seq: u64, at: Timestamp) -> Result<(), StoreError> {
        if let Some(outbox) = self.lock().outboxes.get_mut(key) {
            outbox.mark_tried(seq, at);
        }
        Ok(())
    }

    fn unsent(&self) -> Result<Vec<String>, StoreError> {
        let inner = self.lock();
        let mut keys: Vec<String> = inner
            .outboxes
            .iter()
            .filter(|(_, o)| !o.queued.is_empty())
            .map(|(k, _)| k.clone())
            .collect();
        keys.sort();
        Ok(keys)
    }
}
