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
//! Telegram answers at once, with the unconfirmed updates again, while any are pending. So the
//! poller does not ask in a loop while updates are in progress: it asks when none is (a long
//! poll, which confirms them all), or once an update has finished and [`MIN_GAP`] has passed
//! since the last ask (a person who got a reply tends to answer soon), or at the latest after
//! [`MAX_GAP`] (a turn held by a rate limit, or a hung request, holds no other chat up for
//! longer). The updates still in progress that come again are skipped.
//!
//! This file never decides what an update means and never touches the store.

use std::collections::BTreeSet;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::Stream;
use teloxide::payloads::GetUpdatesSetters;
use teloxide::prelude::Requester;
use teloxide::stop::{StopFlag, StopToken};
use teloxide::types::{Update, UpdateKind};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};
use teloxide::{Bot, RequestError};

use super::{Backoff, send::describe};

/// The shortest pause between two asks while updates are in progress.
pub(super) const MIN_GAP: Duration = Duration::from_millis(5);

/// The longest pause between two asks while updates are in progress and none finishes.
pub(super) const MAX_GAP: Duration = Duration::from_millis(100);

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
    /// How many have finished so far.
    finished: u64,
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
        {
            let mut state = self.lock();
            state.open.remove(&id);
            state.finished += 1;
        }
        self.finished.notify_waiters();
    }

    /// How many updates have finished so far.
    fn finished_count(&self) -> u64 {
        self.lock().finished
    }

    /// Waits until it is time to ask again after asking at `asked`, when `before` updates had
    /// finished: at once when no update is in progress; when one has finished since and
    /// [`MIN_GAP`] has passed; at the latest after [`MAX_GAP`].
    async fn ready_to_ask(&self, asked: tokio::time::Instant, before: u64) {
        let (early, late) = (asked + MIN_GAP, asked + MAX_GAP);
        loop {
            let finished = self.finished.notified();
            tokio::pin!(finished);
            // Registered before looking, so a finish in between wakes it.
            finished.as_mut().enable();
            let (idle, moved) = {
                let state = self.lock();
                (state.open.is_empty(), state.finished != before)
            };
            if idle {
                return;
            }
            if moved {
                tokio::time::sleep_until(early).await;
                return;
            }
            if tokio::time::timeout_at(late, finished).await.is_err() {
                return;
            }
        }
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

/// Starts polling with `ledger` deciding the offsets, handing out `first` (from
/// [`first_batch`]) before asking again; `timeout` is the long-poll timeout. Polling ends when
/// the pair's token is stopped (by the dispatcher's shutdown, or directly).
pub(super) fn listener(
    bot: Bot,
    ledger: Arc<Ledger>,
    first: Vec<Update>,
    (timeout, backoff): (Duration, Backoff),
    (stop, flag): (StopToken, StopFlag),
) -> Listener {
    let (tx, updates) = tokio::sync::mpsc::channel(1);
    tokio::spawn(poll(bot, ledger, first, tx, flag, timeout, backoff));
    Listener { updates, stop }
}

/// The updates Telegram holds at start, without confirming any (empty if it cannot be asked).
pub(super) async fn first_batch(bot: &Bot) -> Vec<Update> {
    match bot.get_updates().timeout(0).await {
        Ok(updates) => updates,
        Err(e) => {
            tracing::warn!(reason = %describe(&e), "could not look at the waiting updates");
            Vec::new()
        }
    }
}

type Sender = tokio::sync::mpsc::Sender<Result<Update, RequestError>>;

/// Hands out `first`, then polls until stopped (or until the dispatcher has gone).
async fn poll(
    bot: Bot,
    ledger: Arc<Ledger>,
    first: Vec<Update>,
    tx: Sender,
    flag: StopFlag,
    timeout: Duration,
    backoff: Backoff,
) {
    let seconds = u32::try_from(timeout.as_secs()).unwrap_or(u32::MAX);
    let mut failures = 0;
    if !pass_on(&ledger, &tx, first).await {
        return;
    }
    let mut asked = (tokio::time::Instant::now(), ledger.finished_count());
    loop {
        tokio::select! {
            () = ledger.ready_to_ask(asked.0, asked.1) => {}
            () = flag.clone() => return,
        }
        asked = (tokio::time::Instant::now(), ledger.finished_count());
        let request = bot.get_updates().timeout(seconds).offset(ledger.offset());
        let answer = tokio::select! {
            answer = request => answer,
            () = flag.clone() => return,
        };
        let pause = match answer {
            Ok(updates) => {
                failures = 0;
                if !pass_on(&ledger, &tx, updates).await {
                    return;
                }
                continue;
            }
            Err(RequestError::RetryAfter(wait)) => wait.duration(),
            Err(e) => {
                failures += 1;
                tracing::debug!(reason = %describe(&e), failures, "getting updates failed");
                if tx.send(Err(e)).await.is_err() {
                    return;
                }
                backoff.after(failures)
            }
        };
        tokio::select! {
            () = tokio::time::sleep(pause) => {}
            () = flag.clone() => return,
        }
    }
}

/// Hands the new updates of a batch to the dispatcher; false when the dispatcher has gone.
/// Updates teloxide could not parse are finished at once, so they never hold the offset back.
async fn pass_on(ledger: &Ledger, tx: &Sender, updates: Vec<Update>) -> bool {
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
        if tx.send(Ok(update)).await.is_err() {
            return false;
        }
    }
    true
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
