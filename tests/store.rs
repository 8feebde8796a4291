//! The `SessionStore` contract, run against every backend: sessions, and the reply outbox that
//! is saved with them. Every backend (memory, sled, PostgreSQL) passes the same tests; a new
//! backend adds one `contract!` line at the bottom. PostgreSQL tests run in a fresh schema each
//! and skip, saying so once, when PostgreSQL is not reachable (`tests/pg/mod.rs`).

mod pg;

use jiff::Timestamp;
use lots::engine::Event;
use lots::engine::Session;
use lots::engine::{Frame, Position};
use lots::ids::LocaleCode;
use lots::ids::{DialogId, StepId};
use lots::store::{MemoryStore, Outgoing, PgStore, SessionStore, SledStore, StoreError};

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

/// Counters add up, and expiry counts a person who stood in a dialog as having left it there.
fn counters_add_up_and_expiry_counts_who_left(store: &dyn SessionStore) {
    let started = Event::Started {
        dialog: DialogId::new("sore-throat"),
        locale: LocaleCode::new("sv"),
    };
    store.count(&[started.clone(), started]).unwrap();
    store.count(&[]).unwrap();
    let mut s = session(1);
    s.position = Position::Dialog {
        frames: vec![Frame {
            dialog: DialogId::new("sore-throat"),
            step: StepId::new("fever"),
            notes_at_start: 0,
        }],
    };
    store.put("t:1", &s).unwrap();
    store.commit().unwrap();
    assert_eq!(store.expire(at(10)).unwrap(), 1);
    let stats = store.stats().unwrap();
    assert_eq!(stats.get("started\tsore-throat"), 2);
    assert_eq!(stats.get("language\tsv"), 2);
    assert_eq!(stats.get("left\tsore-throat\tfever"), 1);
    assert_eq!(store.size().unwrap().0, 0);
}

/// `put` and `get` keep a session as it was; a session can be saved again and its size seen.
fn sessions_round_trip_and_are_sized(store: &dyn SessionStore) {
    assert!(store.get("t:1").unwrap().is_none());
    let mut s = session(4);
    s.record_applied(9);
    store.put("t:1", &s).unwrap();
    store.put("t:1", &s).unwrap();
    store.put("t:2", &session(1)).unwrap();
    assert_eq!(store.get("t:1").unwrap().unwrap(), s);
    let (n, bytes) = store.size().unwrap();
    assert_eq!(n, 2);
    assert!(bytes as usize > s.to_json().len(), "{bytes}");
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
        contract!(postgres, {
            let Some(schema) = super::pg::fresh() else { return };
            let store = lots::store::PgStore::open(&schema.url).unwrap();
            (schema, Box::new(store) as Box<dyn lots::store::SessionStore>)
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
    counters_add_up_and_expiry_counts_who_left,
    sessions_round_trip_and_are_sized,
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

/// Two stores on one PostgreSQL database (two instances of Lots) share sessions and outboxes.
#[test]
fn postgres_instances_share_sessions_and_outboxes() {
    let Some(schema) = pg::fresh() else { return };
    let a = PgStore::open(&schema.url).unwrap();
    let b = PgStore::open(&schema.url).unwrap();
    a.save_turn("t:1", &session(2), Some(5), &[ask("q", 2)])
        .unwrap();
    assert_eq!(b.get("t:1").unwrap().unwrap().question, 2);
    let seq = b.outbox("t:1").unwrap().queued[0].seq;
    b.mark_sent("t:1", seq, at(1)).unwrap();
    assert!(a.unsent().unwrap().is_empty());
    assert_eq!(a.outbox("t:1").unwrap().question_sent, Some(at(1)));
}

/// A chat held by one instance waits in the other until it is released; another chat does not
/// wait at all.
#[test]
fn postgres_holds_one_turn_per_chat_across_instances() {
    let Some(schema) = pg::fresh() else { return };
    let a = PgStore::open(&schema.url).unwrap();
    let b = std::sync::Arc::new(PgStore::open(&schema.url).unwrap());
    let held = a.hold("t:1").unwrap();
    // Another chat is held at once, even while t:1 is held.
    let other = b.hold("t:2").unwrap();
    let (got, gets) = std::sync::mpsc::channel();
    let waiter = {
        let b = std::sync::Arc::clone(&b);
        std::thread::spawn(move || {
            let hold = b.hold("t:1").unwrap();
            got.send(()).unwrap();
            drop(hold);
        })
    };
    let bound = std::time::Duration::from_millis(300);
    assert!(
        gets.recv_timeout(bound).is_err(),
        "the second instance took a chat the first one holds"
    );
    drop(held);
    gets.recv_timeout(std::time::Duration::from_secs(10))
        .expect("the chat was not handed over once released");
    waiter.join().unwrap();
    drop(other);
    // Both are free again.
    drop(a.hold("t:1").unwrap());
    drop(a.hold("t:2").unwrap());
}

/// A schema from an older Lots is brought up to date at start, its sessions kept; starting
/// again changes nothing.
#[test]
fn postgres_migrates_an_older_schema_and_keeps_its_sessions() {
    let Some(schema) = pg::fresh() else { return };
    {
        let old = PgStore::open_at(&schema.url, 1).unwrap();
        assert_eq!(old.schema_version().unwrap(), 1);
        old.save_turn("t:1", &session(3), Some(1), &[say("a")])
            .unwrap();
    }
    let store = PgStore::open(&schema.url).unwrap();
    assert_eq!(store.schema_version().unwrap(), lots::store::SCHEMA_VERSION);
    const { assert!(lots::store::SCHEMA_VERSION > 1) };
    assert_eq!(store.get("t:1").unwrap().unwrap().question, 3);
    assert_eq!(texts(&store, "t:1"), ["a"]);
    drop(store);
    let again = PgStore::open(&schema.url).unwrap();
    assert_eq!(again.schema_version().unwrap(), lots::store::SCHEMA_VERSION);
    assert_eq!(again.size().unwrap().0, 1);
}

/// A database a newer Lots has migrated is refused, with both versions named.
#[test]
fn postgres_refuses_a_schema_newer_than_the_binary() {
    let Some(schema) = pg::fresh() else { return };
    drop(PgStore::open(&schema.url).unwrap());
    pg::exec(&format!(
        "UPDATE {}.lots_schema SET version = 99",
        schema.name
    ))
    .unwrap();
    let err = PgStore::open(&schema.url).unwrap_err();
    assert!(
        matches!(err, StoreError::SchemaNewer { found: 99, supported } if supported == lots::store::SCHEMA_VERSION),
        "{err:?}"
    );
    assert!(err.to_string().contains("newer"), "{err}");
}

/// The database dropping every connection (a restart) fails at most the call in progress; the
/// store reconnects by itself and nothing saved is lost.
#[test]
fn postgres_reconnects_after_the_database_drops_its_connections() {
    let Some(schema) = pg::fresh() else { return };
    let store = PgStore::open(&schema.url).unwrap();
    store
        .save_turn("t:1", &session(1), Some(1), &[say("a")])
        .unwrap();
    schema.cut_connections();
    assert_eq!(store.get("t:1").unwrap().unwrap().question, 1);
    store
        .save_turn("t:1", &session(2), Some(2), &[say("b")])
        .unwrap();
    assert_eq!(texts(&store, "t:1"), ["a", "b"]);
    // A chat held when the connections go is free again: the lock went with its connection.
    let held = store.hold("t:1").unwrap();
    schema.cut_connections();
    drop(held);
    drop(store.hold("t:1").unwrap());
}

/// A database that is not there gives a connection error, not a panic or a hang.
#[test]
fn postgres_unreachable_is_a_clear_error() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    // The listener is dropped: nothing answers on the port.
    let err = PgStore::open(&format!("postgres://postgres@127.0.0.1:{port}/test")).unwrap_err();
    assert!(matches!(err, StoreError::Connect(_)), "{err:?}");
}

/// A hold fences its turn: when the database ends the holding connection (a restart), the
/// lock is gone and another instance may take the chat, so the first instance's turn can no
/// longer write the chat; it fails instead, and the person is asked to try again.
#[test]
fn postgres_a_turn_whose_hold_was_lost_cannot_write() {
    let Some(schema) = pg::fresh() else { return };
    let a = PgStore::open(&schema.url).unwrap();
    let b = PgStore::open(&schema.url).unwrap();
    a.save_turn("t:1", &session(1), Some(1), &[say("a")])
        .unwrap();
    let held = a.hold("t:1").unwrap();
    assert_eq!(a.get("t:1").unwrap().unwrap().question, 1);
    schema.cut_connections();
    // The other instance takes the chat at once and saves its turn.
    let other = b.hold("t:1").unwrap();
    b.save_turn("t:1", &session(2), Some(2), &[say("b")])
        .unwrap();
    // The first instance's turn fails rather than writing over it.
    assert!(
        a.save_turn("t:1", &session(9), Some(9), &[say("x")])
            .is_err()
    );
    assert!(a.outbox("t:1").is_err());
    drop(other);
    drop(held);
    // Once let go, the first instance works again, and sees the other's turn.
    let again = a.hold("t:1").unwrap();
    assert_eq!(a.get("t:1").unwrap().unwrap().question, 2);
    assert_eq!(texts(&a, "t:1"), ["a", "b"]);
    drop(again);
}

/// Turns of one chat from two instances at once, each reading the session, adding one and
/// saving it under its hold: none is lost, so no two turns interleaved.
#[test]
fn postgres_concurrent_turns_of_one_chat_lose_no_update() {
    let Some(schema) = pg::fresh() else { return };
    let stores: Vec<std::sync::Arc<PgStore>> = (0..2)
        .map(|_| std::sync::Arc::new(PgStore::open(&schema.url).unwrap()))
        .collect();
    stores[0].put("t:1", &session(0)).unwrap();
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let store = std::sync::Arc::clone(&stores[t % 2]);
            std::thread::spawn(move || {
                for _ in 0..10 {
                    let _held = store.hold("t:1").unwrap();
                    let mut s = store.get("t:1").unwrap().unwrap();
                    s.question += 1;
                    store.save_turn("t:1", &s, None, &[]).unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    assert_eq!(stores[1].get("t:1").unwrap().unwrap().question, 80);
}
