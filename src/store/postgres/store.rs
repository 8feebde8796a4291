//! [`SessionStore`] for [`PgStore`]: each call one statement or one transaction.

use jiff::Timestamp;

use super::held::{Discard, Held};
use super::{
    HOLD_WAIT, PgStore, backend, bump, locked_outbox, outbox_of, session_of, store_outbox,
};
use crate::engine::{Event, Session};
use crate::store::{
    Hold, Outbox, Outgoing, SessionKey, SessionStore, Stats, StoreError, left_on_expiry,
};

/// The upsert of a session.
const PUT: &str = "INSERT INTO lots_sessions (key, body, last_active) VALUES ($1, $2, $3)
     ON CONFLICT (key) DO UPDATE SET body = EXCLUDED.body, last_active = EXCLUDED.last_active";

impl SessionStore for PgStore {
    fn get(&self, key: &SessionKey) -> Result<Option<Session>, StoreError> {
        let key = key.to_owned();
        let body = self.with_key(&key.clone(), |c| async move {
            let row = c
                .query_opt("SELECT body FROM lots_sessions WHERE key = $1", &[&key])
                .await
                .map_err(backend::read)?;
            Ok(row.map(|r| r.get::<_, Vec<u8>>(0)))
        })?;
        session_of(body)
    }

    fn put(&self, key: &SessionKey, session: &Session) -> Result<(), StoreError> {
        let key = key.to_owned();
        let body = session.to_json();
        let active = session.last_active.as_microsecond();
        self.with_key(&key.clone(), move |c| async move {
            c.execute(PUT, &[&key, &body, &active])
                .await
                .map_err(backend::write)?;
            Ok(())
        })
    }

    fn delete(&self, key: &SessionKey) -> Result<(), StoreError> {
        let key = key.to_owned();
        self.with_key(&key.clone(), |mut c| async move {
            let tx = c.transaction().await.map_err(backend::write)?;
            tx.execute("DELETE FROM lots_sessions WHERE key = $1", &[&key])
                .await
                .map_err(backend::write)?;
            tx.execute("DELETE FROM lots_outbox WHERE key = $1", &[&key])
                .await
                .map_err(backend::write)?;
            tx.commit().await.map_err(backend::write)
        })
    }

    fn count(&self, events: &[Event]) -> Result<(), StoreError> {
        if events.is_empty() {
            return Ok(());
        }
        let events = events.to_vec();
        self.with(|mut c| async move {
            let tx = c.transaction().await.map_err(backend::write)?;
            bump(&tx, &events).await?;
            tx.commit().await.map_err(backend::write)
        })
    }

    fn commit(&self) -> Result<(), StoreError> {
        // Every call commits its own transaction before it returns.
        Ok(())
    }

    fn expire(&self, cutoff: Timestamp) -> Result<usize, StoreError> {
        let cutoff = cutoff.as_microsecond();
        self.with(move |mut c| async move {
            let old = c
                .query(
                    "SELECT key, body FROM lots_sessions WHERE last_active < $1",
                    &[&cutoff],
                )
                .await
                .map_err(backend::read)?;
            let mut removed = 0;
            for row in old {
                let key: String = row.get(0);
                let body: Vec<u8> = row.get(1);
                // A session that cannot be read is left alone: it may belong to a newer Lots.
                let Ok(session) = Session::from_json(&body) else {
                    continue;
                };
                let tx = c.transaction().await.map_err(backend::write)?;
                // Only what was read is deleted, so a turn that just saved it is not lost.
                let n = tx
                    .execute(
                        "DELETE FROM lots_sessions WHERE key = $1 AND body = $2",
                        &[&key, &body],
                    )
                    .await
                    .map_err(backend::write)?;
                if n == 1 {
                    tx.execute("DELETE FROM lots_outbox WHERE key = $1", &[&key])
                        .await
                        .map_err(backend::write)?;
                    let left: Vec<Event> = left_on_expiry(&session).into_iter().collect();
                    bump(&tx, &left).await?;
                    removed += 1;
                }
                tx.commit().await.map_err(backend::write)?;
            }
            Ok(removed)
        })
    }

    fn stats(&self) -> Result<Stats, StoreError> {
        self.with(|c| async move {
            let rows = c
                .query("SELECT key, n FROM lots_stats", &[])
                .await
                .map_err(backend::read)?;
            let mut stats = Stats::default();
            for row in rows {
                let n: i64 = row.get(1);
                stats
                    .counters
                    .insert(row.get(0), u64::try_from(n).unwrap_or(0));
            }
            Ok(stats)
        })
    }

    fn size(&self) -> Result<(usize, u64), StoreError> {
        self.with(|c| async move {
            let row = c
                .query_one(
                    "SELECT count(*), coalesce(sum(octet_length(key) + octet_length(body)), 0)::BIGINT
                     FROM lots_sessions",
                    &[],
                )
                .await
                .map_err(backend::read)?;
            let (n, bytes): (i64, i64) = (row.get(0), row.get(1));
            Ok((
                usize::try_from(n).unwrap_or(0),
                u64::try_from(bytes).unwrap_or(0),
            ))
        })
    }

    fn save_turn(
        &self,
        key: &SessionKey,
        session: &Session,
        update: Option<u64>,
        replies: &[Outgoing],
    ) -> Result<(), StoreError> {
        let key = key.to_owned();
        let body = session.to_json();
        let active = session.last_active.as_microsecond();
        let replies = replies.to_vec();
        self.with_key(&key.clone(), move |mut c| async move {
            let tx = c.transaction().await.map_err(backend::write)?;
            tx.execute(PUT, &[&key, &body, &active])
                .await
                .map_err(backend::write)?;
            let mut outbox = locked_outbox(&tx, &key).await?;
            outbox.push(update, &replies);
            store_outbox(&tx, &key, &outbox).await?;
            tx.commit().await.map_err(backend::write)
        })
    }

    fn outbox(&self, key: &SessionKey) -> Result<Outbox, StoreError> {
        self.settle()?;
        let key = key.to_owned();
        self.with_key(&key.clone(), |c| async move {
            let row = c
                .query_opt("SELECT body FROM lots_outbox WHERE key = $1", &[&key])
                .await
                .map_err(backend::read)?;
            Ok(outbox_of(row.as_ref().map(|r| r.get::<_, &[u8]>(0))))
        })
    }

    fn mark_sent(&self, key: &SessionKey, seq: u64, at: Timestamp) -> Result<(), StoreError> {
        self.mark(key, seq, at, false)
    }

    fn mark_tried(&self, key: &SessionKey, seq: u64, at: Timestamp) -> Result<(), StoreError> {
        self.mark(key, seq, at, true)
    }

    fn unsent(&self) -> Result<Vec<String>, StoreError> {
        self.settle()?;
        self.with(|c| async move {
            let rows = c
                .query("SELECT key FROM lots_outbox WHERE queued ORDER BY key", &[])
                .await
                .map_err(backend::read)?;
            Ok(rows.iter().map(|r| r.get(0)).collect())
        })
    }

    fn hold(&self, key: &SessionKey) -> Result<Hold, StoreError> {
        let Some(runtime) = &self.runtime else {
            return Err(backend::timeout("hold"));
        };
        let runtime = runtime.handle().clone();
        let hold_pool = self.hold_pool.clone();
        let key = key.to_owned();
        let lock_key = key.clone();
        let wait = HOLD_WAIT + std::time::Duration::from_secs(5);
        let client = self.run_for("hold", wait, async move {
            let mut conn = Discard(Some(hold_pool.get().await.map_err(backend::pool)?));
            let Some(client) = conn.0.as_ref() else {
                return Err(backend::timeout("hold"));
            };
            // The server gives up waiting before this call's own limit, so a lock is never
            // taken after the caller stopped waiting for it.
            client
                .batch_execute("SET lock_timeout = '30s'")
                .await
                .map_err(backend::read)?;
            client
                .execute(
                    "SELECT pg_advisory_lock(hashtextextended(current_schema() || ':' || $1, 0))",
                    &[&lock_key],
                )
                .await
                .map_err(backend::read)?;
            conn.0.take().ok_or_else(|| backend::timeout("hold"))
        })?;
        let holds = std::sync::Arc::clone(&self.holds);
        Ok(Hold::new(Held::new(key, client, holds, runtime)))
    }
}
