//! Errors of the PostgreSQL client as [`StoreError`]s. tokio-postgres' errors name the failing
//! step and the server's message, never the values bound to a statement, so they may be kept
//! as sources and logged.

use crate::store::StoreError;

pub(super) fn open(e: tokio_postgres::Error) -> StoreError {
    StoreError::Connect(Box::new(e))
}

pub(super) fn read(e: tokio_postgres::Error) -> StoreError {
    StoreError::Read(Box::new(e))
}

pub(super) fn write(e: tokio_postgres::Error) -> StoreError {
    StoreError::Write(Box::new(e))
}

/// No connection could be had from the pool (the database is down, or every connection busy).
pub(super) fn pool(e: deadpool_postgres::PoolError) -> StoreError {
    StoreError::Connect(Box::new(e))
}

/// A call to the database took longer than it may.
pub(super) fn timeout(what: &'static str) -> StoreError {
    StoreError::Connect(format!("the database did not answer in time ({what})").into())
}
