//! A fresh PostgreSQL schema per test, on the database in `LOTS_TEST_DATABASE_URL` (default
//! `postgres://postgres@127.0.0.1:5432/test`). When PostgreSQL cannot be reached, one line on
//! stderr says so and the PostgreSQL tests skip; with `LOTS_REQUIRE_POSTGRES=1` (as in
//! `.ci/run` on machines that have it) they fail instead.

#![allow(dead_code)]

use std::io::Write;
use std::sync::Once;
use std::sync::atomic::{AtomicU32, Ordering};

/// The database the tests use.
pub fn base_url() -> String {
    std::env::var("LOTS_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_owned())
}

/// The URL without its password, to print.
fn shown(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) => {
            let _ = u.set_password(None);
            u.to_string()
        }
        Err(_) => "(an unreadable URL)".to_owned(),
    }
}

/// A schema of its own, dropped with everything in it when this is dropped.
pub struct Schema {
    /// The schema's name.
    pub name: String,
    /// The database URL with the schema as `search_path` (and as `application_name`, so a
    /// test can find its own connections).
    pub url: String,
}

static SKIPPED: Once = Once::new();

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// Runs `sql` on the test database, on a connection of its own. `Err` when PostgreSQL cannot
/// be reached.
pub fn exec(sql: &str) -> Result<(), tokio_postgres::Error> {
    let sql = sql.to_owned();
    let url = base_url();
    // A thread of its own, so that this works inside an async test too.
    std::thread::spawn(move || {
        runtime().block_on(async move {
            let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await?;
            let task = tokio::spawn(connection);
            let result = client.batch_execute(&sql).await;
            drop(client);
            let _ = task.await;
            result
        })
    })
    .join()
    .unwrap()
}

/// A fresh schema, or `None` (after saying so once) when PostgreSQL is not reachable.
pub fn fresh() -> Option<Schema> {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let name = format!(
        "lots_test_{}_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::SeqCst),
        jiff::Timestamp::now().as_millisecond() % 1_000_000
    );
    match exec(&format!("CREATE SCHEMA {name}")) {
        Ok(()) => {}
        Err(e) => {
            if std::env::var_os("LOTS_REQUIRE_POSTGRES").is_some() {
                panic!("PostgreSQL is required (LOTS_REQUIRE_POSTGRES) but not reachable: {e}");
            }
            SKIPPED.call_once(|| {
                // Written past the test harness's capture, so that a skip is seen.
                let _ = writeln!(
                    std::io::stderr(),
                    "SKIPPED: the PostgreSQL tests of this file: no PostgreSQL at {} ({e}); \
                     set LOTS_TEST_DATABASE_URL to run them",
                    shown(&base_url())
                );
            });
            return None;
        }
    }
    let sep = if base_url().contains('?') { '&' } else { '?' };
    let url = format!(
        "{}{sep}options=-c%20search_path%3D{name}&application_name={name}",
        base_url()
    );
    Some(Schema { name, url })
}

impl Schema {
    /// Closes every connection of this schema's stores, as a database restart does.
    pub fn cut_connections(&self) {
        // Fails when the schema's stores have no connection, so a cut that cut nothing is
        // never taken for a reconnect.
        exec(&format!(
            "DO $$ BEGIN
                 IF (SELECT count(*) FROM pg_stat_activity WHERE application_name = '{0}') = 0
                 THEN RAISE EXCEPTION 'no connections to cut'; END IF;
             END $$;
             SELECT pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE application_name = '{0}' AND pid <> pg_backend_pid()",
            self.name
        ))
        .unwrap();
    }
}

impl Drop for Schema {
    fn drop(&mut self) {
        let _ = exec(&format!("DROP SCHEMA IF EXISTS {} CASCADE", self.name));
    }
}
