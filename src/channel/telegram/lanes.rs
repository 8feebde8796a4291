//! Updates run in lanes: one turn per chat at a time, in the order they came, and different
//! chats in parallel.
//!
//! teloxide's `Dispatcher` keeps a worker per chat too, but when it prunes idle workers it waits
//! for each pruned worker to end, and a worker that took an update in that instant runs its whole
//! turn first: every other chat waits for that one turn (seconds when its messages wait for a
//! rate limit, 17 s when a request hangs). Here nothing waits for a lane: a lane is a task that
//! runs its chat's queue and ends when the queue is empty, and a new update either joins a
//! running lane's queue or starts a lane.
//!
//! A handler that panics costs that update only; the lane goes on with the chat's next update.
//! This file never looks inside an update beyond its chat.

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex};

use futures::{FutureExt, Stream, StreamExt};
use teloxide::types::{ChatId, Update};

/// The queues of the chats with a running lane.
type Queues = Arc<Mutex<HashMap<ChatId, VecDeque<Update>>>>;

/// Runs every update of `updates` through `handle`, one at a time per chat, until the stream
/// ends; then waits until every lane has finished.
pub(super) async fn run<S, H, F>(updates: S, handle: H)
where
    S: Stream<Item = Update>,
    H: Fn(Update) -> F + Clone + Send + Sync + 'static,
    F: Future<Output = ()> + Send + 'static,
{
    let queues = Queues::default();
    // Every lane holds a sender; when all are dropped the receiver learns that all have ended.
    let (running, mut all_ended) = tokio::sync::mpsc::channel::<()>(1);
    futures::pin_mut!(updates);
    while let Some(update) = updates.next().await {
        start(&queues, &handle, &running, update);
    }
    drop(running);
    let _ = all_ended.recv().await;
}

/// Queues `update` in its chat's lane, or starts a lane for it.
fn start<H, F>(queues: &Queues, handle: &H, running: &tokio::sync::mpsc::Sender<()>, update: Update)
where
    H: Fn(Update) -> F + Clone + Send + Sync + 'static,
    F: Future<Output = ()> + Send + 'static,
{
    let handle = handle.clone();
    let running = running.clone();
    let Some(chat) = update.chat().map(|c| c.id) else {
        // Not about a chat (nothing Lots answers): no order to keep.
        tokio::spawn(async move {
            run_one(&handle, update).await;
            // What the handler holds (the store) is let go before the lane counts as ended.
            drop(handle);
            drop(running);
        });
        return;
    };
    {
        let mut lanes = lock(queues);
        if let Some(queue) = lanes.get_mut(&chat) {
            queue.push_back(update);
            return;
        }
        lanes.insert(chat, VecDeque::new());
    }
    let queues = Arc::clone(queues);
    tokio::spawn(async move {
        let mut next = Some(update);
        while let Some(update) = next {
            run_one(&handle, update).await;
            let mut lanes = lock(&queues);
            next = lanes.get_mut(&chat).and_then(VecDeque::pop_front);
            if next.is_none() {
                lanes.remove(&chat);
            }
        }
        // What the handler holds (the store) is let go before the lane counts as ended, so the
        // store is closed when `run` returns.
        drop(handle);
        drop(running);
    });
}

/// Handles one update; a panic is logged and goes no further.
async fn run_one<H, F>(handle: &H, update: Update)
where
    H: Fn(Update) -> F,
    F: Future<Output = ()>,
{
    if AssertUnwindSafe(handle(update))
        .catch_unwind()
        .await
        .is_err()
    {
        tracing::error!("handling an update panicked; the chat's next updates go on");
    }
}

fn lock(queues: &Queues) -> std::sync::MutexGuard<'_, HashMap<ChatId, VecDeque<Update>>> {
    queues.lock().unwrap_or_else(|e| e.into_inner())
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn message(update: i32, chat: i64) -> Update {
        let json = serde_json::json!({
            "update_id": update,
            "message": {
                "message_id": 1, "date": 0, "text": "x",
                "chat": {"id": chat, "type": "private", "first_name": "A"},
                "from": {"id": chat, "is_bot": false, "first_name": "A"},
            }
        });
        // teloxide reads an update's kind only from text, not from a `Value`.
        serde_json::from_str(&json.to_string()).unwrap()
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn one_chat_runs_in_order_while_a_stuck_chat_holds_up_no_other() {
        let order = Arc::new(Mutex::new(Vec::new()));
        let (release, released) = tokio::sync::watch::channel(false);
        let handle = {
            let order = Arc::clone(&order);
            move |update: Update| {
                let order = Arc::clone(&order);
                let mut released = released.clone();
                async move {
                    let chat = update.chat().unwrap().id.0;
                    if chat == 1 {
                        // Chat 1's first update hangs until every other chat is done.
                        let _ = released.wait_for(|r| *r).await;
                    }
                    order.lock().unwrap().push((chat, update.id.0));
                    if update.id.0 == 13 {
                        panic!("a handler bug");
                    }
                }
            }
        };
        let mut updates = vec![message(1, 1), message(2, 1)];
        updates.extend((10..20).map(|id| message(id, 2)));
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        for u in updates {
            tx.send(u).unwrap();
        }
        let stream =
            futures::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|u| (u, rx)) });
        let runner = tokio::spawn(run(stream, handle));
        // Chat 2's ten updates all run although chat 1 is stuck, one after another, in order.
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        while order.lock().unwrap().len() < 10 {
            assert!(tokio::time::Instant::now() < deadline, "chat 2 was held up");
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let seen: Vec<u32> = order.lock().unwrap().iter().map(|(_, id)| *id).collect();
        assert_eq!(
            seen,
            (10..20).collect::<Vec<_>>(),
            "after a panic the lane goes on"
        );
        release.send(true).unwrap();
        drop(tx);
        tokio::time::timeout(Duration::from_secs(30), runner)
            .await
            .expect("run ends once the stream ends and the lanes are done")
            .unwrap();
        let order = order.lock().unwrap();
        let chat1: Vec<u32> = order.iter().filter(|e| e.0 == 1).map(|e| e.1).collect();
        assert_eq!(chat1, [1, 2]);
    }
}
