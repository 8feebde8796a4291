//! The `SessionStore` contract, run against every backend: sessions, and the reply outbox that
//! is saved with them. A new backend (PostgreSQL) adds one line to `contract!` at the bottom and
//! passes the same tests.

use jiff::Timestamp;
use lots::engine::Session;
use lots::ids::LocaleCode;
use lots::store::{MemoryStore, Outgoing, SessionStore, SledStore};

fn at(second: i64) -> Timestamp {
    Timestamp::from_second(1_800_000_000 + second).unwrap()
}

fn session(question: u64) -> Session {
    let mut s = Session::new(LocaleCode::new("sv"), at(0));
    s.question = question;
    s
}

fn say(text: &str) -> Outgoing {
    Outgoing {
        text: text.into(),
        options: vec![],
        question: None,
    }
}

fn ask(text: &str, question: u64) -> Outgoing {
    Outgoing {
        text: text.into(),
        options: vec!["Ja".into(), "Nej".into()],
        question: Some(question),
    }
}

fn texts(store: &dyn SessionStore, key: &str) -> Vec<String> {
    let outbox = store.outbox(key).unwrap();
    outbox.queued.iter().map(|q| q.reply.text.clone()).collect()
}

/// A turn's session and replies are stored together; the replies wait in order, with the update.
fn a_turn_is_saved_with_its_replies_in_order(store: &dyn SessionStore) {
    store
        .save_turn("t:1", &session(3), Some(41), &[say("a"), ask("b", 3)])
        .unwrap();
    store.commit().unwrap();
    assert_eq!(store.get("t:1").unwrap().unwrap().question, 3);
    let outbox = store.outbox("t:1").unwrap();
    assert_eq!(texts(store, "t:1"), ["a", "b"]);
    assert!(outbox.queued.iter().all(|q| q.update == Some(41)));
    assert!(outbox.queued[0].seq < outbox.queued[1].seq);
    assert_eq!(outbox.queued[1].reply, ask("b", 3));
    assert_eq!(store.unsent().unwrap(), ["t:1"]);
    assert!(store.outbox("t:2").unwrap().queued.is_empty());
}

/// A reply marked sent leaves the outbox and is never handed out again; the time the last
/// question went out is kept.
fn a_sent_reply_leaves_the_outbox_once(store: &dyn SessionStore) {
    store
        .save_turn("t:1", &session(1), Some(1), &[say("a"), ask("b", 1)])
        .unwrap();
    let first = store.outbox("t:1").unwrap().queued[0].seq;
    store.mark_sent("t:1", first, at(5)).unwrap();
    store.mark_sent("t:1", first, at(6)).unwrap();
    assert_eq!(texts(store, "t:1"), ["b"]);
    assert_eq!(store.outbox("t:1").unwrap().question_sent, None);
    let second = store.outbox("t:1").unwrap().queued[0].seq;
    store.mark_sent("t:1", second, at(7)).unwrap();
    store.commit().unwrap();
    let outbox = store.outbox("t:1").unwrap();
    assert!(outbox.queued.is_empty());
    assert_eq!(outbox.question_sent, Some(at(7)));
    assert!(store.unsent().unwrap().is_empty());
}

/// Replies of later turns queue behind unsent ones, and numbers are never reused.
fn later_turns_queue_behind_unsent_replies(store: &dyn SessionStore) {
    store
        .save_turn("t:1", &session(1), Some(1), &[ask("q1", 1)])
        .unwrap();
    let q1 = store.outbox("t:1").unwrap().queued[0].seq;
    store.mark_sent("t:1", q1, at(1)).unwrap();
    store
        .save_turn("t:1", &session(2), Some(2), &[ask("q2", 2)])
        .unwrap();
    store
        .save_turn("t:1", &session(3), Some(3), &[ask("q3", 3)])
        .unwrap();
    let outbox = store.outbox("t:1").unwrap();
    assert_eq!(texts(store, "t:1"), ["q2", "q3"]);
    assert!(outbox.queued.iter().all(|q| q.seq > q1));
    assert_eq!(store.get("t:1").unwrap().unwrap().question, 3);
}

/// A turn without replies stores the session and leaves no outbox behind.
fn a_turn_without_replies_leaves_no_outbox(store: &dyn SessionStore) {
    store.save_turn("t:1", &session(1), None, &[]).unwrap();
    assert!(store.get("t:1").unwrap().is_some());
    assert_eq!(store.outbox("t:1").unwrap(), Default::default());
    assert!(store.unsent().unwrap().is_empty());
}

/// Deleting a chat (`/forget`, a blocked bot) deletes its outbox too; marking afterwards is a
/// no-op and stores nothing.
fn delete_takes_the_outbox_with_it(store: &dyn SessionStore) {
    store
        .save_turn("t:1", &session(1), Some(1), &[say("a")])
        .unwrap();
    store
        .save_turn("t:2", &session(1), Some(2), &[say("b")])
        .unwrap();
    let seq = store.outbox("t:1").unwrap().queued[0].seq;
    store.delete("t:1").unwrap();
    store.mark_sent("t:1", seq, at(1)).unwrap();
    store.commit().unwrap();
    assert!(store.get("t:1").unwrap().is_none());
    assert_eq!(store.outbox("t:1").unwrap(), Default::default());
    assert_eq!(store.unsent().unwrap(), ["t:2"]);
    assert_eq!(store.size().unwrap().0, 1);
}

/// Expiry deletes an inactive session's outbox with it.
fn expiry_takes_the_outbox_with_it(store: &dyn SessionStore) {
    store
        .save_turn("t:old", &session(1), Some(1), &[say("a")])
        .unwrap();
    let mut recent = session(1);
    recent.last_active = at(100);
    store
        .save_turn("t:new", &recent, Some(2), &[say("b")])
        .unwrap();
    assert_eq!(store.expire(at(50)).unwrap(), 1);
    assert_eq!(store.outbox("t:old").unwrap(), Default::default());
    assert_eq!(store.unsent().unwrap(), ["t:new"]);
}

/// The applied update ids travel with the session.
fn applied_updates_are_stored_with_the_session(store: &dyn SessionStore) {
    let mut s = session(1);
    s.record_applied(77);
    store.save_turn("t:1", &s, Some(77), &[say("a")]).unwrap();
    let back = store.get("t:1").unwrap().unwrap();
    assert!(back.has_applied(77) && !back.has_applied(78));
}

/// A try is noted with its first time only, and a reply tried and then sent leaves the outbox.
fn a_try_keeps_its_first_time_until_the_reply_is_sent(store: &dyn SessionStore) {
    store
        .save_turn("t:1", &session(1), Some(1), &[ask("q", 1)])
        .unwrap();
    let seq = store.outbox("t:1").unwrap().queued[0].seq;
    store.mark_tried("t:1", seq, at(3)).unwrap();
    store.mark_tried("t:1", seq, at(4)).unwrap();
    assert_eq!(store.outbox("t:1").unwrap().queued[0].tried, Some(at(3)));
    store.mark_sent("t:1", seq, at(3)).unwrap();
    let outbox = store.outbox("t:1").unwrap();
    assert!(outbox.queued.is_empty());
    assert_eq!(outbox.question_sent, Some(at(3)));
}

/// Runs every contract test against one backend, each on a fresh store.
macro_rules! contract {
    ($backend:ident, $make:expr, [$($test:ident),* $(,)?]) => {
        mod $backend {
            $(
                #[test]
                fn $test() {
                    let (_dir, store) = $make;
                    super::$test(&*store);
                }
            )*
        }
    };
}

macro_rules! backends {
    ($($test:ident),* $(,)?) => {
        contract!(memory, (
            (),
            Box::new(lots::store::MemoryStore::new()) as Box<dyn lots::store::SessionStore>,
        ), [$($test),*]);
        contract!(sled, {
            let dir = tempfile::tempdir().unwrap();
            let store = lots::store::SledStore::open(&dir.path().join("data")).unwrap();
            (dir, Box::new(store) as Box<dyn lots::store::SessionStore>)
        }, [$($test),*]);
    };
}

backends!(
    a_turn_is_saved_with_its_replies_in_order,
    a_sent_reply_leaves_the_outbox_once,
    later_turns_queue_behind_unsent_replies,
    a_turn_without_replies_leaves_no_outbox,
    delete_takes_the_outbox_with_it,
    expiry_takes_the_outbox_with_it,
    applied_updates_are_stored_with_the_session,
    a_try_keeps_its_first_time_until_the_reply_is_sent,
);

/// On sled the outbox is durable: what was committed is there after the store is reopened, and
/// a reply marked sent stays sent.
#[test]
fn sled_keeps_the_outbox_across_a_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    {
        let store = SledStore::open(&data).unwrap();
        store
            .save_turn("t:1", &session(2), Some(9), &[say("a"), ask("b", 2)])
            .unwrap();
        let first = store.outbox("t:1").unwrap().queued[0].seq;
        store.mark_sent("t:1", first, at(1)).unwrap();
        store.commit().unwrap();
    }
    let store = SledStore::open(&data).unwrap();
    assert_eq!(texts(&store, "t:1"), ["b"]);
    assert!(store.get("t:1").unwrap().unwrap().question == 2);
    assert_eq!(store.unsent().unwrap(), ["t:1"]);
    // The memory store starts empty, as it should.
    assert!(MemoryStore::new().unsent().unwrap().is_empty());
}
