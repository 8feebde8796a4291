//! Channel adapters: platform events in, engine, session saved, replies out.
//!
//! Every adapter does the same three things around the pure engine, so they share [`handle`].

pub mod terminal;

use jiff::Timestamp;

use crate::content::Content;
use crate::engine::{self, Input, Session, Turn};
use crate::store::{SessionKey, SessionStore, StoreError};

/// Runs one turn for the chat `key`: loads its session (or starts one in `language`), runs the
/// engine, and saves the session — or deletes it when the person asked to be forgotten.
pub fn handle(
    content: &Content,
    store: &dyn SessionStore,
    key: &SessionKey,
    language: Option<&str>,
    input: Input,
    now: Timestamp,
) -> Result<Turn, StoreError> {
    let mut session = match store.get(key)? {
        Some(session) => session,
        None => Session::new(engine::initial_locale(content, language), now),
    };
    let turn = engine::step(content, &mut session, input, now);
    if turn.forget {
        store.delete(key)?;
    } else {
        store.put(key, &session)?;
    }
    Ok(turn)
}
