//! `lots purge`: deletes the sessions inactive for longer than the retention period.

use std::io::Write;

use jiff::Timestamp;

use super::{CliError, Options};
use crate::store::{self, SessionStore};

/// Deletes the sessions of `store` inactive at `now` for longer than the retention period and
/// says how many on `err`; returns how many.
pub fn run(
    options: &Options,
    store: &dyn SessionStore,
    now: Timestamp,
    err: &mut dyn Write,
) -> Result<usize, CliError> {
    let n = store::purge(store, now, options.retention())?;
    writeln!(
        err,
        "lots purge: deleted {n} sessions inactive for more than {} days",
        options.retention_days
    )?;
    Ok(n)
}
