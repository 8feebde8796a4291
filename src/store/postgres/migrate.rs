//! The PostgreSQL schema and its migrations: numbered, applied in order at start, each one
//! once, inside one transaction that holds a lock so that instances starting together do not
//! race. A database whose schema is newer than this binary knows is refused with a clear error
//! rather than written to.

use tokio_postgres::Client;

use super::backend;
use crate::store::StoreError;

/// The migrations, oldest first; the schema version is the number of migrations applied.
/// Never edit one that has shipped: add a new one.
pub(super) const MIGRATIONS: &[&str] = &[
    // 1: sessions, the reply outbox and the anonymous counters, as in the sled store's trees.
    "CREATE TABLE lots_sessions (
         key TEXT PRIMARY KEY,
         body BYTEA NOT NULL,
         last_active BIGINT NOT NULL -- microseconds since 1970, UTC
     );
     CREATE TABLE lots_outbox (
         key TEXT PRIMARY KEY,
         body BYTEA NOT NULL,
         queued BOOLEAN NOT NULL
     );
     CREATE TABLE lots_stats (
         key TEXT PRIMARY KEY,
         n BIGINT NOT NULL
     );",
    // 2: expiry and the start-up outbox scan without reading every row.
    "CREATE INDEX lots_sessions_last_active ON lots_sessions (last_active);
     CREATE INDEX lots_outbox_queued ON lots_outbox (key) WHERE queued;",
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// A lock id of Lots' own for migrations (any constant; `pg_advisory_xact_lock` takes a
/// bigint), combined with the schema name so that schemas of one database migrate apart.
const MIGRATION_LOCK: &str = "lots-migrations";

/// Brings the schema in the connection's `search_path` up to `target`, returning the version
/// found before. Refuses a schema newer than this binary.
pub(super) async fn migrate(client: &mut Client, target: u32) -> Result<u32, StoreError> {
    let tx = client.transaction().await.map_err(backend::open)?;
    tx.execute(
        "SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || ':' || $1, 0))",
        &[&MIGRATION_LOCK],
    )
    .await
    .map_err(backend::open)?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS lots_schema (
             one BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one),
             version INTEGER NOT NULL
         );
         INSERT INTO lots_schema (version) VALUES (0) ON CONFLICT DO NOTHING;",
    )
    .await
    .map_err(backend::open)?;
    let row = tx
        .query_one("SELECT version FROM lots_schema", &[])
        .await
        .map_err(backend::open)?;
    let found: i32 = row.get(0);
    let found = u32::try_from(found).unwrap_or(u32::MAX);
    if found > SCHEMA_VERSION {
        return Err(StoreError::SchemaNewer {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().take(target as usize) {
        let version = i as u32 + 1;
        if version <= found {
            continue;
        }
        tx.batch_execute(sql).await.map_err(backend::open)?;
        tracing::info!(version, "applied a database migration");
    }
    let now = i32::try_from(target.max(found)).unwrap_or(i32::MAX);
    tx.execute("UPDATE lots_schema SET version = $1", &[&now])
        .await
        .map_err(backend::open)?;
    tx.commit().await.map_err(backend::open)?;
    Ok(found)
}
