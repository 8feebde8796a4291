//! The shared session store: PostgreSQL, for several instances of Lots on one database
//! (`--store postgres://…` or `LOTS_DATABASE_URL`).
//!
//! It keeps what the sled store keeps, in three tables (`migrate.rs`): `lots_sessions` (key,
//! the session as JSON, its last activity in microseconds for expiry), `lots_outbox` (key, the chat's
//! [`Outbox`] as JSON) and `lots_stats` (counter key, count). A turn's session and replies are
//! written in one transaction, as is `/forget`'s delete of both; every write is committed when
//! its call returns, so [`SessionStore::commit`] has nothing left to do. [`SessionStore::hold`]
//! takes a PostgreSQL advisory lock on the chat's key on a connection of its own, so one turn
//! per chat runs at a time across instances while other chats never wait.
//!
//! The trait is synchronous and is called both from blocking threads and from async tasks, so
//! the store runs its own small tokio runtime: each call is a task there, and the caller waits
//! on a channel (never `block_on`, which cannot run inside another runtime). Every call is
//! bounded in time; a connection the database dropped (a restart) is replaced by the pool at
//! the next call, so the bot recovers by itself. Nothing here logs a key or what a session
//! holds.

mod backend;
mod held;
mod migrate;

use std::future::Future;
use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use jiff::Timestamp;
use tokio_postgres::NoTls;

use super::{Outbox, StoreError, counter_keys};
use crate::engine::{Event, Session};
use held::Conn;
pub use migrate::SCHEMA_VERSION;

/// How long one store call may take before the person is told to try again.
const CALL_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a turn waits for the same chat's turn in another instance to end.
const HOLD_WAIT: Duration = Duration::from_secs(30);
/// Connections for reads and writes.
const POOL_SIZE: usize = 8;
/// Connections that hold a chat during its turn: the number of chats whose turns can run at
/// once (more wait for a free one). Separate from the others, so a turn holding a chat never
/// waits for itself. An instance opens at most `POOL_SIZE + HOLD_POOL_SIZE` connections, 32:
/// three instances fit PostgreSQL's default `max_connections` of 100.
const HOLD_POOL_SIZE: usize = 24;

/// Sessions, outboxes and counters in PostgreSQL.
pub struct PgStore {
    /// Marks (tried or sent) the database could not take when they were made: the reply went
    /// out all the same. They are applied before any outbox is read again, so a reply sent
    /// while the database was away is not sent a second time once it is back.
    pending: std::sync::Mutex<Vec<Pending>>,
    pool: Pool,
    hold_pool: Pool,
    holds: std::sync::Arc<held::Holds>,
    runtime: Option<tokio::runtime::Runtime>,
}

impl std::fmt::Debug for PgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgStore").finish_non_exhaustive()
    }
}

impl PgStore {
    /// Connects to the database at `url` (`postgres://user@host:port/db`; `?options=-c
    /// search_path=…` chooses a schema) and brings its schema up to date.
    pub fn open(url: &str) -> Result<Self, StoreError> {
        Self::open_at(url, SCHEMA_VERSION)
    }

    /// Like [`PgStore::open`], but migrates only up to `version`: for testing a migration from
    /// an older schema.
    #[doc(hidden)]
    pub fn open_at(url: &str, version: u32) -> Result<Self, StoreError> {
        let mut config: tokio_postgres::Config =
            url.parse().map_err(|e| StoreError::Connect(Box::new(e)))?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(5));
        }
        if config.get_application_name().is_none() {
            config.application_name("lots");
        }
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("lots-postgres")
            .enable_all()
            .build()
            .map_err(|e| StoreError::Connect(Box::new(e)))?;
        let pool = |size| {
            let manager = Manager::from_config(
                config.clone(),
                NoTls,
                ManagerConfig {
                    recycling_method: RecyclingMethod::Verified,
                },
            );
            Pool::builder(manager)
                .max_size(size)
                .runtime(deadpool_postgres::Runtime::Tokio1)
                .create_timeout(Some(Duration::from_secs(5)))
                .wait_timeout(Some(HOLD_WAIT))
                .build()
                .map_err(|e| StoreError::Connect(Box::new(e)))
        };
        let store = PgStore {
            pending: std::sync::Mutex::default(),
            pool: pool(POOL_SIZE)?,
            hold_pool: pool(HOLD_POOL_SIZE)?,
            holds: std::sync::Arc::default(),
            runtime: Some(runtime),
        };
        let pool = store.pool.clone();
        let found = store.run("migrate", async move {
            let mut client = pool.get().await.map_err(backend::pool)?;
            migrate::migrate(&mut client, version).await
        })?;
        if found < version {
            tracing::info!(
                found,
                version,
                "the session database schema was brought up to date"
            );
        } else {
            tracing::debug!(version = found, "the session database is ready");
        }
        Ok(store)
    }

    /// The schema version the database is at.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        self.with(|c| async move {
            let row = c
                .query_one("SELECT version FROM lots_schema", &[])
                .await
                .map_err(backend::read)?;
            Ok(u32::try_from(row.get::<_, i32>(0)).unwrap_or(0))
        })
    }

    /// Runs `call` on the store's runtime and waits for it, at most [`CALL_TIMEOUT`].
    fn run<T: Send + 'static>(
        &self,
        what: &'static str,
        call: impl Future<Output = Result<T, StoreError>> + Send + 'static,
    ) -> Result<T, StoreError> {
        self.run_for(what, CALL_TIMEOUT, call)
    }

    fn run_for<T: Send + 'static>(
        &self,
        what: &'static str,
        limit: Duration,
        call: impl Future<Output = Result<T, StoreError>> + Send + 'static,
    ) -> Result<T, StoreError> {
        let Some(runtime) = &self.runtime else {
            return Err(backend::timeout(what));
        };
        let (done, result) = std::sync::mpsc::sync_channel(1);
        runtime.spawn(async move {
            let outcome = tokio::time::timeout(limit, call).await;
            // The caller waits for this; it is gone only if it panicked.
            let _ = done.send(outcome);
        });
        match result.recv() {
            Ok(Ok(outcome)) => outcome,
            Ok(Err(_)) | Err(_) => Err(backend::timeout(what)),
        }
    }

    /// Runs `call` with a pooled connection.
    fn with<T, F>(&self, call: impl FnOnce(Conn) -> F + Send + 'static) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: Future<Output = Result<T, StoreError>> + Send + 'static,
    {
        self.on(None, call)
    }

    /// Runs `call` for the chat `key`: on the connection holding it, if this process holds
    /// it, else on a pooled one.
    fn with_key<T, F>(
        &self,
        key: &str,
        call: impl FnOnce(Conn) -> F + Send + 'static,
    ) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: Future<Output = Result<T, StoreError>> + Send + 'static,
    {
        self.on(self.holds.get(key), call)
    }

    fn on<T, F>(
        &self,
        held: Option<held::HeldConn>,
        call: impl FnOnce(Conn) -> F + Send + 'static,
    ) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: Future<Output = Result<T, StoreError>> + Send + 'static,
    {
        let pool = self.pool.clone();
        self.run("query", async move {
            let conn = Conn::of(held, &pool).await?;
            call(conn).await
        })
    }
}

impl Drop for PgStore {
    fn drop(&mut self) {
        // A runtime may not be dropped (joined) inside another runtime's thread; the store is
        // often dropped there, so its tasks are left to end on their own.
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

/// A mark waiting for the database.
#[derive(Debug, Clone)]
pub(super) struct Pending {
    key: String,
    seq: u64,
    at: Timestamp,
    tried: bool,
}

impl PgStore {
    /// Records a mark, or keeps it for later when the database cannot take it now.
    fn mark(&self, key: &str, seq: u64, at: Timestamp, tried: bool) -> Result<(), StoreError> {
        let k = key.to_owned();
        let marked = self.with_key(key, move |c| mark(c, k, seq, at, tried));
        if marked.is_err() {
            self.lock_pending().push(Pending {
                key: key.to_owned(),
                seq,
                at,
                tried,
            });
        }
        marked
    }

    /// Applies the marks kept while the database was away, in order; fails (keeping those not
    /// applied) while it is still away.
    fn settle(&self) -> Result<(), StoreError> {
        let waiting = std::mem::take(&mut *self.lock_pending());
        for (i, p) in waiting.iter().enumerate() {
            let (key, seq, at, tried) = (p.key.clone(), p.seq, p.at, p.tried);
            if let Err(e) = self.with_key(&p.key, move |c| mark(c, key, seq, at, tried)) {
                let mut pending = self.lock_pending();
                let newer = std::mem::take(&mut *pending);
                pending.extend(waiting[i..].iter().cloned());
                pending.extend(newer);
                return Err(e);
            }
        }
        Ok(())
    }

    fn lock_pending(&self) -> std::sync::MutexGuard<'_, Vec<Pending>> {
        self.pending.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn session_of(body: Option<Vec<u8>>) -> Result<Option<Session>, StoreError> {
    body.map(|b| Session::from_json(&b).map_err(StoreError::Decode))
        .transpose()
}

/// Reads a stored outbox. A damaged one is logged and read as empty, as on sled.
fn outbox_of(body: Option<&[u8]>) -> Outbox {
    match body.map(Outbox::from_json) {
        None => Outbox::default(),
        Some(Ok(outbox)) => outbox,
        Some(Err(e)) => {
            tracing::warn!(
                error = &e as &dyn std::error::Error,
                "a damaged outbox is read as empty"
            );
            Outbox::default()
        }
    }
}

/// Writes a chat's outbox inside a transaction, or removes it when nothing is left to keep.
async fn store_outbox(
    tx: &tokio_postgres::Transaction<'_>,
    key: &str,
    outbox: &Outbox,
) -> Result<(), StoreError> {
    if outbox.is_empty() {
        tx.execute("DELETE FROM lots_outbox WHERE key = $1", &[&key])
            .await
            .map_err(backend::write)?;
    } else {
        let queued = !outbox.queued.is_empty();
        tx.execute(
            "INSERT INTO lots_outbox (key, body, queued) VALUES ($1, $2, $3)
             ON CONFLICT (key) DO UPDATE SET body = EXCLUDED.body, queued = EXCLUDED.queued",
            &[&key, &outbox.to_json(), &queued],
        )
        .await
        .map_err(backend::write)?;
    }
    Ok(())
}

/// Reads a chat's outbox inside a transaction, locking its row until the transaction ends.
async fn locked_outbox(
    tx: &tokio_postgres::Transaction<'_>,
    key: &str,
) -> Result<Outbox, StoreError> {
    let row = tx
        .query_opt(
            "SELECT body FROM lots_outbox WHERE key = $1 FOR UPDATE",
            &[&key],
        )
        .await
        .map_err(backend::read)?;
    Ok(outbox_of(row.as_ref().map(|r| r.get::<_, &[u8]>(0))))
}

/// Adds one to each counter, inside a transaction.
async fn bump(tx: &tokio_postgres::Transaction<'_>, events: &[Event]) -> Result<(), StoreError> {
    let mut keys: Vec<String> = events.iter().flat_map(counter_keys).collect();
    // The same order everywhere, so two transactions counting the same keys cannot deadlock.
    keys.sort();
    for key in keys {
        tx.execute(
            "INSERT INTO lots_stats (key, n) VALUES ($1, 1)
             ON CONFLICT (key) DO UPDATE SET n = lots_stats.n + 1",
            &[&key],
        )
        .await
        .map_err(backend::write)?;
    }
    Ok(())
}

/// Marks a queued reply tried or sent, in one transaction.
async fn mark(
    mut client: Conn,
    key: String,
    seq: u64,
    at: Timestamp,
    tried: bool,
) -> Result<(), StoreError> {
    let tx = client.transaction().await.map_err(backend::write)?;
    let mut outbox = locked_outbox(&tx, &key).await?;
    if outbox.is_empty() {
        // Nothing queued (sent already, or the chat was forgotten): nothing to store.
        return Ok(());
    }
    if tried {
        outbox.mark_tried(seq, at);
    } else {
        outbox.mark_sent(seq, at);
    }
    store_outbox(&tx, &key, &outbox).await?;
    tx.commit().await.map_err(backend::write)
}

mod store;
