//! Chats held for a turn, and the connection a call runs on.
//!
//! [`SessionStore::hold`](crate::store::SessionStore::hold) takes an advisory lock on a
//! connection of its own and keeps that connection while the chat is held. Every call for the
//! held chat (read the outbox, save the turn, mark replies) runs on that same connection, so
//! the lock fences the turn: if the connection dies (a database restart ends its session and
//! with it the lock, and another instance may take the chat), the turn's next call fails
//! instead of writing over the other instance's turn.

use std::collections::HashMap;
use std::ops::{Deref, DerefMut};
use std::sync::Arc;

use deadpool_postgres::{Object, Pool};
use tokio::sync::{Mutex, OwnedMappedMutexGuard, OwnedMutexGuard};

use super::backend;
use crate::store::StoreError;

/// The connection holding one chat; `None` once it has been let go.
pub(super) type HeldConn = Arc<Mutex<Option<Object>>>;

/// The chats this process holds, by key.
#[derive(Default)]
pub(super) struct Holds(std::sync::Mutex<HashMap<String, HeldConn>>);

impl Holds {
    fn map(&self) -> std::sync::MutexGuard<'_, HashMap<String, HeldConn>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The connection holding `key`, if this process holds it.
    pub(super) fn get(&self, key: &str) -> Option<HeldConn> {
        self.map().get(key).cloned()
    }

    fn insert(&self, key: &str, conn: &HeldConn) {
        self.map().insert(key.to_owned(), Arc::clone(conn));
    }

    fn remove(&self, key: &str, conn: &HeldConn) {
        let mut map = self.map();
        if map.get(key).is_some_and(|c| Arc::ptr_eq(c, conn)) {
            map.remove(key);
        }
    }
}

/// The connection one call runs on: the chat's held one, or one from the pool.
pub(super) enum Conn {
    Pooled(Box<Object>),
    Held(OwnedMappedMutexGuard<Option<Object>, Object>),
}

impl Conn {
    /// The held connection when there is one, else a pooled one.
    pub(super) async fn of(held: Option<HeldConn>, pool: &Pool) -> Result<Conn, StoreError> {
        match held {
            Some(conn) => {
                let guard = conn.lock_owned().await;
                OwnedMutexGuard::try_map(guard, Option::as_mut)
                    .map(Conn::Held)
                    .map_err(|_| {
                        StoreError::Connect("the connection holding the chat was let go".into())
                    })
            }
            None => pool
                .get()
                .await
                .map(|o| Conn::Pooled(Box::new(o)))
                .map_err(backend::pool),
        }
    }
}

impl Deref for Conn {
    type Target = Object;

    fn deref(&self) -> &Object {
        match self {
            Conn::Pooled(o) => o,
            Conn::Held(o) => o,
        }
    }
}

impl DerefMut for Conn {
    fn deref_mut(&mut self) -> &mut Object {
        match self {
            Conn::Pooled(o) => o,
            Conn::Held(o) => o,
        }
    }
}

/// A chat held by an advisory lock. Dropping it unlocks and gives the connection back to its
/// pool; a connection that cannot be unlocked is closed, which releases the lock too.
pub(super) struct Held {
    key: String,
    conn: HeldConn,
    holds: Arc<Holds>,
    runtime: tokio::runtime::Handle,
}

impl Held {
    /// Registers `client`, which holds the lock on `key`, for the calls on `key`.
    pub(super) fn new(
        key: String,
        client: Object,
        holds: Arc<Holds>,
        runtime: tokio::runtime::Handle,
    ) -> Held {
        let conn = Arc::new(Mutex::new(Some(client)));
        holds.insert(&key, &conn);
        Held {
            key,
            conn,
            holds,
            runtime,
        }
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        self.holds.remove(&self.key, &self.conn);
        let conn = Arc::clone(&self.conn);
        self.runtime.spawn(async move {
            let Some(client) = conn.lock().await.take() else {
                return;
            };
            if client
                .batch_execute("SELECT pg_advisory_unlock_all()")
                .await
                .is_err()
            {
                drop(Object::take(client));
            }
        });
    }
}

/// A connection that is closed instead of going back to the pool unless it is kept: a lock
/// query cut off by a timeout may still take the lock on the server.
pub(super) struct Discard(pub(super) Option<Object>);

impl Drop for Discard {
    fn drop(&mut self) {
        if let Some(client) = self.0.take() {
            drop(Object::take(client));
        }
    }
}
