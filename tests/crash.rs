//! The crash test: `lots serve` is killed with SIGKILL again and again while several people walk
//! the sore-throat dialog (buttons and typed answers) through the fake Bot API, and restarted at
//! once on the same data directory. The fake confirms updates by `offset` as Telegram does, so
//! an update the bot was handling when it died comes again to the next process.
//!
//! Nothing may be lost: every message gets its answer (after a restart if need be), and every
//! answer is the next question of the walk — never applied twice, never applied to a question
//! the person had not seen. One thing no bot can rule out: a reply Telegram took in the last
//! moment before the kill, not yet marked sent, goes out once more after the restart (the time
//! between the two is one HTTP answer). Such exact repeats are counted and bounded by the kills.
//!
//! Bounded: 20 kills, each 0.1–0.5 s after the bot began polling; every wait has a limit.

mod common;
mod fake_api;

use std::process::Child;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use fake_api::{FakeApi, buttons};
use serde_json::Value;

const KILLS: usize = 20;
const PEOPLE: i64 = 6;
/// How long a person waits for an answer before the test calls it lost.
const PATIENCE: Duration = Duration::from_secs(30);

fn sv(id: &str) -> String {
    common::msg(common::content(), "sv", id)
}

/// What a person does next.
#[derive(Debug, Clone)]
enum Act {
    Type(String),
    Press(usize),
}

/// The walk, step by step: what the person does and the message id the answer must show.
fn walk() -> Vec<(Act, &'static str)> {
    vec![
        (
            Act::Type("/start sore-throat".into()),
            "sore-throat-breathing",
        ),
        (Act::Type(sv("answer-no")), "sore-throat-one-sided"),
        (Act::Press(1), "sore-throat-duration"),
        (Act::Type("2".into()), "sore-throat-fever"),
        (Act::Press(1), "sore-throat-see-hc"),
    ]
}

/// A running `lots serve`.
struct Server {
    child: Child,
}

impl Server {
    fn start(api: &FakeApi, data: &std::path::Path) -> Server {
        let child = common::lots()
            .arg("--content")
            .arg(common::root())
            .arg("--data")
            .arg(data)
            .args(["serve", "--api-url", &api.url, "--poll-timeout", "1"])
            .env("LOTS_TELEGRAM_TOKEN", fake_api::TOKEN)
            .env("LOTS_UNTHROTTLED", "true")
            .env_remove("TELOXIDE_TOKEN")
            .env_remove("RUST_LOG")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        Server { child }
    }

    fn kill(mut self) {
        // SIGKILL: no destructor, no flush, no goodbye to Telegram.
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

/// A small deterministic generator for the kill moments and the pauses.
struct Lcg(u64);

impl Lcg {
    fn next_ms(&mut self, from: u64, to: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        from + (self.0 >> 33) % (to - from)
    }
}

/// What one person saw.
#[derive(Debug, Default)]
struct Record {
    /// Messages sent and answered.
    acts: usize,
    /// Exact repeats of the reply before (see the module's note).
    repeats: usize,
    /// What went wrong: a message with no answer, or an answer to the wrong question.
    wrong: Vec<String>,
}

/// The messages sent to `chat`, from the fake's cheap per-chat record (copying every call for
/// every look would slow the fake down, and with it the bot's replies).
fn sent_to(api: &FakeApi, chat: i64) -> Vec<Value> {
    api.messages(chat).into_iter().map(|(_, m)| m).collect()
}

/// The messages to `chat` from index `since` on, up to and including the first one with
/// buttons, waiting for it at most [`PATIENCE`].
async fn answer(api: &FakeApi, chat: i64, since: usize) -> Option<Vec<Value>> {
    let deadline = std::time::Instant::now() + PATIENCE;
    loop {
        let next = api.next_call();
        let sent = sent_to(api, chat);
        if let Some(i) = sent.iter().skip(since).position(|m| !buttons(m).is_empty()) {
            return Some(sent[since..=since + i].to_vec());
        }
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() {
            return None;
        }
        let _ = tokio::time::timeout(left.min(Duration::from_millis(50)), next).await;
    }
}

/// The answer to the act just sent, skipping exact repeats of the reply before it.
async fn answer_skipping_repeats(
    api: &FakeApi,
    chat: i64,
    mut since: usize,
    last: Option<&Value>,
    record: &mut Record,
) -> Option<Vec<Value>> {
    loop {
        let group = answer(api, chat, since).await?;
        if group.len() == 1 && last.is_some_and(|l| *l == group[0]) {
            record.repeats += 1;
            since += 1;
            continue;
        }
        return Some(group);
    }
}

/// One person walking the dialog round after round until `stop`, with a short pause before
/// each message.
async fn person(api: FakeApi, chat: i64, stop: Arc<AtomicBool>) -> Record {
    let mut record = Record::default();
    let mut last: Option<Value> = None;
    let mut think = Lcg(chat as u64);
    'rounds: while !stop.load(Ordering::SeqCst) {
        for (act, expected) in walk() {
            tokio::time::sleep(Duration::from_millis(think.next_ms(10, 120))).await;
            let since = sent_to(&api, chat).len();
            let update = match (&act, &last) {
                (Act::Type(line), _) => fake_api::text(chat, "sv", line),
                (Act::Press(i), Some(m)) => fake_api::press(chat, 1, &buttons(m)[*i].1),
                (Act::Press(_), None) => unreachable!("a press always follows a question"),
            };
            api.push(update);
            record.acts += 1;
            let got = answer_skipping_repeats(&api, chat, since, last.as_ref(), &mut record).await;
            let Some(group) = got else {
                record
                    .wrong
                    .push(format!("no answer to {act:?} ({expected})"));
                break 'rounds;
            };
            let all: String = group.iter().filter_map(|m| m["text"].as_str()).collect();
            if !all.contains(&sv(expected)) {
                let sent = sent_to(&api, chat);
                let seen: Vec<String> = sent[since.saturating_sub(3)..]
                    .iter()
                    .map(|m| m["text"].as_str().unwrap_or("").chars().take(24).collect())
                    .collect();
                let wrong = format!("{act:?}: expected {expected} at {since}: {seen:?}");
                record.wrong.push(wrong);
                break 'rounds;
            }
            last = group.last().cloned();
        }
    }
    record
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_is_lost_or_misapplied_when_serve_is_killed_again_and_again() {
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let stop = Arc::new(AtomicBool::new(false));
    let people: Vec<_> = (0..PEOPLE)
        .map(|i| tokio::spawn(person(api.clone(), 7_000_001 + i, Arc::clone(&stop))))
        .collect();
    let mut random = Lcg(1);
    let mut server = Server::start(&api, &data);
    for _ in 0..KILLS {
        let ready = api.calls_of("deleteWebhook").len() + 1;
        api.wait_until(Duration::from_secs(30), "the bot to poll", |calls| {
            calls.iter().filter(|c| c.method == "deleteWebhook").count() >= ready
        })
        .await;
        tokio::time::sleep(Duration::from_millis(random.next_ms(100, 500))).await;
        server.kill();
        server = Server::start(&api, &data);
    }
    stop.store(true, Ordering::SeqCst);
    let (mut acts, mut repeats) = (0, 0);
    for (i, person) in people.into_iter().enumerate() {
        let record = tokio::time::timeout(PATIENCE * 7, person);
        let record = record.await.unwrap().unwrap();
        assert!(record.wrong.is_empty(), "person {i}: {:?}", record.wrong);
        acts += record.acts;
        repeats += record.repeats;
        // One question per act, plus the repeats: nothing else came, nothing is missing.
        let sent = sent_to(&api, 7_000_001 + i as i64);
        let asked = sent.iter().filter(|m| !buttons(m).is_empty()).count();
        assert_eq!(asked, record.acts + record.repeats, "person {i}");
    }
    server.kill();
    assert!(
        acts >= 60,
        "the load was too light to mean anything: {acts} acts"
    );
    // A reply in flight when the process died may come once more; never more than one per kill.
    assert!(
        repeats <= KILLS,
        "{repeats} repeated replies for {KILLS} kills"
    );
    eprintln!("crash test: {acts} acts, {KILLS} kills, {repeats} replies repeated");
}
