//! Channel adapters: platform events in, engine, session saved, replies out.
//!
//! Every adapter does the same things around the pure engine, so they share [`handle`].

pub mod telegram;
pub mod terminal;

use jiff::Timestamp;

use crate::content::Content;
use crate::engine::{self, Input, Session, Settings, Turn};
use crate::store::{SessionKey, SessionStore, StoreError};

/// The chat's session, or a new one in `language`; until the person chooses a language, it
/// follows the one their app reports.
pub(crate) fn load_session(
    content: &Content,
    store: &dyn SessionStore,
    key: &SessionKey,
    language: Option<&str>,
    now: Timestamp,
) -> Result<Session, StoreError> {
    let fresh = || Session::new(engine::initial_locale(content, language), now);
    let mut session = match store.get(key) {
        Ok(Some(session)) => session,
        Ok(None) => fresh(),
        // A damaged session (or one from a newer build) must not lock the person out: they start
        // afresh. The key is not logged; the error says only where the decoder stopped.
        Err(e @ StoreError::Decode(_)) => {
            tracing::warn!(
                error = &e as &dyn std::error::Error,
                "starting a session afresh"
            );
            fresh()
        }
        Err(e) => return Err(e),
    };
    // Until the person chooses a language, follow the one their app reports.
    if !session.locale_chosen
        && let Some(locale) = language.and_then(|l| content.l10n().negotiate(l))
    {
        session.locale = locale;
    }
    Ok(session)
}

/// Runs one turn for the chat `key` with the default [`Settings`].
pub fn handle(
    content: &Content,
    store: &dyn SessionStore,
    key: &SessionKey,
    language: Option<&str>,
    input: Input,
    now: Timestamp,
) -> Result<Turn, StoreError> {
    handle_with(
        content,
        &Settings::default(),
        store,
        key,
        language,
        input,
        now,
    )
}

/// Runs one turn for the chat `key`: loads its session (or starts one in `language`), runs the
/// engine, saves the session — or deletes it when the person asked to be forgotten — counts the
/// turn's anonymous events, and commits. When this returns `Ok`, the answer is on disk and the
/// replies may be sent. The chat is held for the turn ([`SessionStore::hold`]), so that with a
/// shared store a turn of the same chat in another process waits.
pub fn handle_with(
    content: &Content,
    settings: &Settings,
    store: &dyn SessionStore,
    key: &SessionKey,
    language: Option<&str>,
    input: Input,
    now: Timestamp,
) -> Result<Turn, StoreError> {
    let _held = store.hold(key)?;
    let mut session = load_session(content, store, key, language, now)?;
    let turn = engine::step_with(content, settings, &mut session, input, now);
    if turn.forget {
        store.delete(key)?;
    } else {
        store.put(key, &session)?;
    }
    store.count(&turn.events)?;
    store.commit()?;
    Ok(turn)
}
