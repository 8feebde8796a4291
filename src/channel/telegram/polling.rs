//! Long polling that tells Telegram an update was handled only once it was.
//!
//! Telegram forgets every update below the `offset` of the next `getUpdates`. teloxide's own
//! polling confirms a batch as soon as it has handed it to the chat queues, before any handler
//! ran, so an update in progress when the process dies is never delivered again. Here a
//! [`Ledger`] tracks the updates handed out and not yet finished, and the offset never passes
//! the oldest of them: after a crash Telegram delivers them again, and the session's applied
//! update ids and the outbox make that safe (see `turns.rs`). An update is finished when its
//! handler returns, or fails, or panics: the [`Handling`] guard is dropped then.
//!
//! This file never decides what an update means and never touches the store.

use std::collections::BTreeSet;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::Stream;
use teloxide::payloads::GetUpdatesSetters;
use teloxide::prelude::Requester;
use teloxide::stop::{StopFlag, StopToken, mk_stop_token};
use teloxide::types::{Update, UpdateKind};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};
use teloxide::{Bot, RequestError};

use super::{Backoff, send::describe};

/// How long the poller waits for an update in progress to finish before asking again, when
/// Telegram had nothing new (it answers at once while unconfirmed updates are pending).
const RECHECK: Duration = Duration::from_millis(50);

/// The updates handed to handlers and not yet finished.
#[derive(Debug, Default)]
pub(super) struct Ledger {
    state: Mutex<Handed>,
    finished: tokio::sync::Notify,
}

#[derive(Debug, Default)]
struct Handed {
    /// The highest update id handed out so far.
    highest: Option<u32>,
    /// Those handed out and not finished.
    open: BTreeSet<u32>,
}

impl Ledger {
    fn lock(&self) -> std::sync::MutexGuard<'_, Handed> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The offset for the next `getUpdates`: the oldest open update, or the one after the
    /// highest handed out (0 before the first).
    pub(super) fn offset(&self) -> i32 {
        let state = self.lock();
        let next = match (state.open.first(), state.highest) {
            (Some(open), _) => i64::from(*open),
            (None, Some(highest)) => i64::from(highest) + 1,
            (None, None) => 0,
        };
        i32::try_from(next).unwrap_or(i32::MAX)
    }

    /// Takes `id` as handed out, unless it was handed out before (Telegram sends open updates
    /// again with every answer until they are confirmed).
    fn begin(&self, id: u32) -> bool {
        let mut state = self.lock();
        if state.highest.is_some_and(|h| id <= h) {
            return false;
        }
        state.highest = Some(id);
        state.open.insert(id);
        true
    }

    /// Marks `id` finished, so the offset may pass it.
    pub(super) fn finish(&self, id: u32) {
        self.lock().open.remove(&id);
        self.finished.notify_one();
    }

    /// A guard that finishes `id` when it is dropped.
    pub(super) fn handling(self: &Arc<Self>, id: u32) -> Handling {
        Handling {
            ledger: Arc::clone(self),
            id,
        }
    }
}

/// Finishes its update when dropped: when the handler has returned, failed or panicked.
#[derive(Debug)]
pub(super) struct Handling {
    ledger: Arc<Ledger>,
    id: u32,
}

impl Drop for Handling {
    fn drop(&mut self) {
        self.ledger.finish(self.id);
    }
}

/// The update listener for the dispatcher: a task polls Telegram and passes on new updates.
pub(super) struct Listener {
    updates: tokio::sync::mpsc::Receiver<Result<Update, RequestError>>,
    stop: StopToken,
}

/// Starts polling with `ledger` deciding the offsets; `timeout` is the long-poll timeout.
pub(super) fn listener(
    bot: Bot,
    ledger: Arc<Ledger>,
    timeout: Duration,
    backoff: Backoff,
) -> Listener {
    let (stop, flag) = mk_stop_token();
    let (tx, updates) = tokio::sync::mpsc::channel(1);
    tokio::spawn(poll(bot, ledger, tx, flag, timeout, backoff));
    Listener { updates, stop }
}

type Sender = tokio::sync::mpsc::Sender<Result<Update, RequestError>>;

/// Polls until stopped (or until the dispatcher has gone).
async fn poll(
    bot: Bot,
    ledger: Arc<Ledger>,
    tx: Sender,
    flag: StopFlag,
    timeout: Duration,
    backoff: Backoff,
) {
    let seconds = u32::try_from(timeout.as_secs()).unwrap_or(u32::MAX);
    let mut failures = 0;
    loop {
        let request = bot.get_updates().timeout(seconds).offset(ledger.offset());
        let answer = tokio::select! {
            answer = request => answer,
            () = flag.clone() => return,
        };
        let pause = match answer {
            Ok(updates) => {
                failures = 0;
                let got = !updates.is_empty();
                match pass_on(&ledger, &tx, updates).await {
                    None => return,
                    Some(0) if got => Pause::Finished,
                    Some(_) => Pause::None,
                }
            }
            Err(RequestError::RetryAfter(wait)) => Pause::For(wait.duration()),
            Err(e) => {
                failures += 1;
                tracing::debug!(reason = %describe(&e), failures, "getting updates failed");
                if tx.send(Err(e)).await.is_err() {
                    return;
                }
                Pause::For(backoff.after(failures))
            }
        };
        tokio::select! {
            () = pause.wait(&ledger) => {}
            () = flag.clone() => return,
        }
    }
}

/// What the poller waits for before asking again.
enum Pause {
    None,
    /// Telegram sent only updates in progress: wait until one finishes (or a short while).
    Finished,
    For(Duration),
}

impl Pause {
    async fn wait(self, ledger: &Ledger) {
        match self {
            Pause::None => {}
            Pause::Finished => {
                let _ = tokio::time::timeout(RECHECK, ledger.finished.notified()).await;
            }
            Pause::For(d) => tokio::time::sleep(d).await,
        }
    }
}

/// Hands the new updates of a batch to the dispatcher; returns how many, or `None` when the
/// dispatcher has gone. Updates teloxide could not parse are finished at once, so they never
/// hold the offset back.
async fn pass_on(ledger: &Ledger, tx: &Sender, updates: Vec<Update>) -> Option<usize> {
    let mut passed = 0;
    for update in updates {
        let id = update.id.0;
        if !ledger.begin(id) {
            continue;
        }
        if let UpdateKind::Error(_) = update.kind {
            tracing::warn!("an update of a kind this build cannot read is skipped");
            ledger.finish(id);
            continue;
        }
        tx.send(Ok(update)).await.ok()?;
        passed += 1;
    }
    Some(passed)
}

/// Tells Telegram that every finished update is handled, at shutdown, so a clean stop leaves
/// nothing to deliver again. A failure only means some updates come again to the next run.
pub(super) async fn confirm(bot: &Bot, ledger: &Ledger) {
    let request = bot.get_updates().timeout(0).limit(1);
    if let Err(e) = request.offset(ledger.offset()).await {
        tracing::warn!(reason = %describe(&e), "could not confirm the handled updates");
    }
}

impl<'a> AsUpdateStream<'a> for Listener {
    type StreamErr = RequestError;
    type Stream = Pin<Box<dyn Stream<Item = Result<Update, RequestError>> + Send + 'a>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        Box::pin(futures::stream::unfold(
            &mut self.updates,
            |updates| async move { updates.recv().await.map(|u| (u, updates)) },
        ))
    }
}

impl UpdateListener for Listener {
    type Err = RequestError;

    fn stop_token(&mut self) -> StopToken {
        self.stop.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offset_waits_for_the_oldest_open_update() {
        let ledger = Arc::new(Ledger::default());
        assert_eq!(ledger.offset(), 0);
        assert!(ledger.begin(5) && ledger.begin(6) && ledger.begin(7));
        assert!(
            !ledger.begin(6),
            "an open update sent again is not handed out twice"
        );
        assert_eq!(ledger.offset(), 5);
        drop(ledger.handling(6));
        assert_eq!(ledger.offset(), 5);
        drop(ledger.handling(5));
        assert_eq!(ledger.offset(), 7);
        ledger.finish(7);
        assert_eq!(ledger.offset(), 8);
        assert!(
            !ledger.begin(4),
            "a finished update sent again is not handed out"
        );
    }
}
