//! `lots serve` under load and in operation, against the fake Bot API on 127.0.0.1: many chats
//! at once (none stalls), Telegram's rate limits (counted per second, per chat and overall), the
//! log (errors with their causes, never a person's words or the token) and the metrics.
//!
//! This binary installs the production log subscriber once, writing into [`LOG`], so every test
//! here logs there; the log test reads it.

mod common;
mod fake_api;

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{Duration, Instant};

use fake_api::{FakeApi, Fault, buttons};
use lots::channel::telegram::{self, Backoff, Config, Retry};
use lots::content::Content;
use lots::engine::Settings;
use lots::store::{MemoryStore, SessionStore, StoreError};
use tokio::sync::oneshot;

/// The shipped content, loaded once for all tests.
static CONTENT: LazyLock<Arc<Content>> = LazyLock::new(|| Arc::new(common::shipped()));

/// Everything the log subscriber wrote.
static LOG: LazyLock<Captured> = LazyLock::new(|| {
    let captured = Captured::default();
    lots::logging::init_with(captured.clone(), false);
    captured
});

/// A log writer that keeps what it is given.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'w> tracing_subscriber::fmt::MakeWriter<'w> for Captured {
    type Writer = Captured;
    fn make_writer(&'w self) -> Captured {
        self.clone()
    }
}

/// A bot running against the fake until stopped.
struct Running {
    stop: oneshot::Sender<()>,
    task: tokio::task::JoinHandle<Result<(), telegram::ServeError>>,
}

impl Running {
    async fn stop(self) -> Result<(), telegram::ServeError> {
        let _ = self.stop.send(());
        tokio::time::timeout(Duration::from_secs(30), self.task)
            .await
            .expect("the bot stops within 30 s")
            .expect("the bot task did not panic")
    }
}

fn config(api: &FakeApi) -> Config {
    Config {
        token: fake_api::TOKEN.to_owned(),
        api_url: Some(api.url.parse().unwrap()),
        webhook: None,
        poll_timeout: Duration::from_secs(1),
        limits: telegram::unthrottled(),
        retry: Retry {
            attempts: 3,
            send: Backoff {
                first: Duration::from_millis(1),
                max: Duration::from_millis(10),
            },
            polling: Backoff {
                first: Duration::from_millis(5),
                max: Duration::from_millis(50),
            },
        },
        chat_limit: telegram::ChatLimit::off(),
        metrics: None,
    }
}

fn start(config: Config, store: Arc<dyn SessionStore>) -> Running {
    LazyLock::force(&LOG);
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(telegram::serve(
        config,
        Arc::clone(&CONTENT),
        Settings::default(),
        store,
        async move {
            let _ = stopped.await;
        },
    ));
    Running { stop, task }
}

/// A Swedish message as the shipped content formats it.
fn sv(id: &str) -> String {
    common::msg(common::content(), "sv", id)
}

/// Presses the last button of the last message to `chat` that has buttons.
fn press_last(api: &FakeApi, chat: i64) {
    let sent = api.sent_to(chat);
    let message = sent
        .iter()
        .rev()
        .find(|m| !buttons(m).is_empty())
        .expect("a message with buttons");
    let (_, data) = buttons(message).pop().expect("a button");
    api.push(fake_api::press(chat, 1, &data));
}

/// The most messages that arrived within any `window`, given their arrival times.
fn most_within(mut times: Vec<Instant>, window: Duration) -> usize {
    times.sort();
    (0..times.len())
        .map(|i| {
            times[i..]
                .iter()
                .take_while(|t| **t - times[i] < window)
                .count()
        })
        .max()
        .unwrap_or(0)
}

/// Regression test for the stalled chats of issue 15: with 60 chats talking at once, every
/// update gets its reply. No timing is asserted; a stalled chat fails the bounded wait.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sixty_chats_at_once_every_update_gets_its_reply() {
    let api = FakeApi::start().await;
    let bot = start(config(&api), Arc::new(MemoryStore::new()));
    let chats: Vec<i64> = (0..60).map(|i| 20_000 + i).collect();
    let mut people = tokio::task::JoinSet::new();
    for chat in chats.clone() {
        let api = api.clone();
        people.spawn(async move {
            api.push(fake_api::text(chat, "sv", "/start sore-throat"));
            let mut seen = api.wait_for_messages(chat, 1).await.len();
            for _ in 0..4 {
                press_last(&api, chat);
                seen = api.wait_for_messages(chat, seen + 1).await.len();
            }
        });
    }
    while let Some(done) = people.join_next().await {
        done.expect("every chat got a reply to each of its five updates");
    }
    for chat in chats {
        assert!(
            api.sent_to(chat).len() >= 5,
            "{chat}: {:?}",
            api.sent_to(chat)
        );
    }
    bot.stop().await.unwrap();
}

/// Telegram's limits in production: a chat gets its burst of three and then one a second, and
/// all chats together no more than 30 in any second. Without the limits the replies below
/// arrive within milliseconds and every check fails. Times are arrival times at the fake Bot
/// API, so on a loaded machine a delayed burst can bunch with the next message: the checks allow
/// for up to a second of such delay and no more.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn production_rate_limits_hold_per_chat_and_overall() {
    let api = FakeApi::start().await;
    let mut config = config(&api);
    config.limits = telegram::telegram_limits();
    let bot = start(config, Arc::new(MemoryStore::new()));
    // One chat asks for help eight times at once; forty others start a dialog at once.
    let busy = 30_001;
    for _ in 0..8 {
        api.push(fake_api::text(busy, "sv", "/help"));
    }
    let others: Vec<i64> = (0..40).map(|i| 31_000 + i).collect();
    for chat in &others {
        api.push(fake_api::text(*chat, "sv", "/start sore-throat"));
    }
    for chat in &others {
        api.wait_for_messages(*chat, 1).await;
    }
    api.wait_for_messages(busy, 8).await;
    let second = Duration::from_millis(950);
    let busy_times: Vec<Instant> = api.messages(busy).iter().map(|(at, _)| *at).collect();
    assert!(busy_times.len() >= 8);
    // Three at once, then one a second: eight messages take five seconds; a delayed first one
    // shortens that by less than a second.
    let span = *busy_times.last().unwrap() - busy_times[0];
    assert!(
        span >= Duration::from_secs(4),
        "eight messages to one chat in {span:?}"
    );
    let per_chat = most_within(busy_times, second);
    assert!(
        per_chat <= 5,
        "{per_chat} messages to one chat within a second"
    );
    let all: Vec<Instant> = api.calls_of("sendMessage").iter().map(|c| c.at).collect();
    assert!(all.len() >= 48);
    let overall = most_within(all, second);
    assert!(overall <= 33, "{overall} messages within a second overall");
    bot.stop().await.unwrap();
}

/// `--metrics`: Prometheus text with updates, replies, emergency answers, latencies, sessions
/// and the content version, and no chat id.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_are_served_as_prometheus_text_without_chat_ids() {
    let api = FakeApi::start().await;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let mut config = config(&api);
    config.metrics = Some(listener.into());
    let bot = start(config, Arc::new(MemoryStore::new()));
    let chat = 987_654;
    api.push(fake_api::text(chat, "sv", "/start sore-throat"));
    api.wait_for_messages(chat, 1).await;
    // "Can you breathe badly?" — yes: the emergency answer.
    let sent = api.sent_to(chat);
    let yes = buttons(&sent[0])
        .into_iter()
        .find(|(label, _)| *label == sv("answer-yes"))
        .expect("a yes button");
    api.push(fake_api::press(chat, 1, &yes.1));
    api.wait_for_messages(chat, 2).await;
    // A turn is timed when its handler returns, just after its replies reached the fake.
    let deadline = Instant::now() + Duration::from_secs(30);
    let body = loop {
        let body = scrape(address).await;
        if metric(&body, "lots_turn_seconds_count") == Some(2.0) || Instant::now() > deadline {
            break body;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    let value = |name: &str| metric(&body, name).unwrap_or_else(|| panic!("no {name} in\n{body}"));
    assert_eq!(value("lots_updates_total"), 2.0, "{body}");
    assert!(value("lots_replies_total") >= 2.0, "{body}");
    assert_eq!(value("lots_turn_seconds_count"), 2.0, "{body}");
    assert!(value("lots_store_commit_seconds_count") >= 2.0, "{body}");
    assert_eq!(value("lots_sessions"), 1.0, "{body}");
    // One emergency answer, under the category the dialog's emergency exit names.
    let emergencies: Vec<&str> = body
        .lines()
        .filter(|l| l.starts_with("lots_emergency_answers_total{category=\""))
        .collect();
    assert!(
        emergencies.len() == 1 && emergencies[0].ends_with("} 1"),
        "{body}"
    );
    assert_eq!(value("lots_errors_total{kind=\"store\"}"), 0.0, "{body}");
    let version = format!("lots_content_info{{version=\"{}\"}} 1", CONTENT.version());
    assert!(body.lines().any(|l| l == version), "{body}");
    assert!(!body.contains(&chat.to_string()), "{body}");
    bot.stop().await.unwrap();
}

/// The value of the sample `name` (with its labels) in a scrape.
fn metric(body: &str, name: &str) -> Option<f64> {
    let line = body.lines().find(|l| l.starts_with(&format!("{name} ")))?;
    line.rsplit(' ').next()?.parse().ok()
}

async fn scrape(address: std::net::SocketAddr) -> String {
    let answer = reqwest::get(format!("http://{address}/metrics"))
        .await
        .expect("the metrics endpoint answers");
    assert!(answer.status().is_success());
    let kind = answer.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(kind.starts_with("text/plain; version=0.0.4"), "{kind}");
    answer.text().await.unwrap()
}

/// A Bot API refusal and a store failure reach the log with their causes; neither what the
/// person wrote nor the token nor the chat id does.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_reach_the_log_with_their_cause_and_no_text_or_token() {
    let api = FakeApi::start().await;
    let store = Arc::new(FailingCommits::default());
    let bot = start(config(&api), Arc::clone(&store) as Arc<dyn SessionStore>);
    let (refused, unsaved) = (4_471_001, 4_471_002);
    let words = "mitt hemliga xyzzy";
    // The Bot API refuses the reply.
    api.fail_next("sendMessage", Fault::ChatNotFound);
    api.push(fake_api::text(refused, "sv", words));
    api.wait_until(Duration::from_secs(60), "the refused reply", |calls| {
        calls.iter().any(|c| c.body["chat_id"] == refused)
    })
    .await;
    // The store cannot commit: the person gets the apology.
    store.failing.store(true, Ordering::SeqCst);
    api.push(fake_api::text(unsaved, "sv", words));
    let sent = api.wait_for_messages(unsaved, 1).await;
    assert!(
        sent[0]["text"]
            .as_str()
            .unwrap()
            .contains(&sv("telegram-error"))
    );
    store.failing.store(false, Ordering::SeqCst);
    bot.stop().await.unwrap();
    let log = LOG.text();
    for expected in [
        "an update could not be handled",
        "chat not found",
        "a turn could not be saved",
        "the session store could not be flushed to disk",
        "disk full",
    ] {
        assert!(log.contains(expected), "no `{expected}` in the log:\n{log}");
    }
    for secret in [
        "xyzzy",
        "hemliga",
        fake_api::TOKEN,
        "TEST-TOKEN",
        "4471001",
        "4471002",
    ] {
        assert!(!log.contains(secret), "`{secret}` in the log:\n{log}");
    }
}

/// A memory store whose commits fail while `failing` is set (a full disk).
#[derive(Default)]
struct FailingCommits {
    inner: MemoryStore,
    failing: AtomicBool,
}

impl SessionStore for FailingCommits {
    fn get(
        &self,
        key: &lots::store::SessionKey,
    ) -> Result<Option<lots::engine::Session>, StoreError> {
        self.inner.get(key)
    }
    fn put(
        &self,
        key: &lots::store::SessionKey,
        session: &lots::engine::Session,
    ) -> Result<(), StoreError> {
        self.inner.put(key, session)
    }
    fn delete(&self, key: &lots::store::SessionKey) -> Result<(), StoreError> {
        self.inner.delete(key)
    }
    fn count(&self, events: &[lots::engine::Event]) -> Result<(), StoreError> {
        self.inner.count(events)
    }
    fn commit(&self) -> Result<(), StoreError> {
        if self.failing.load(Ordering::SeqCst) {
            return Err(StoreError::Flush("disk full".into()));
        }
        self.inner.commit()
    }
    fn expire(&self, cutoff: jiff::Timestamp) -> Result<usize, StoreError> {
        self.inner.expire(cutoff)
    }
    fn stats(&self) -> Result<lots::store::Stats, StoreError> {
        self.inner.stats()
    }
    fn size(&self) -> Result<(usize, u64), StoreError> {
        self.inner.size()
    }
    fn save_turn(
        &self,
        key: &lots::store::SessionKey,
        session: &lots::engine::Session,
        update: Option<u64>,
        replies: &[lots::store::Outgoing],
    ) -> Result<(), StoreError> {
        self.inner.save_turn(key, session, update, replies)
    }
    fn outbox(&self, key: &lots::store::SessionKey) -> Result<lots::store::Outbox, StoreError> {
        self.inner.outbox(key)
    }
    fn mark_sent(
        &self,
        key: &lots::store::SessionKey,
        seq: u64,
        at: jiff::Timestamp,
    ) -> Result<(), StoreError> {
        self.inner.mark_sent(key, seq, at)
    }
    fn mark_tried(
        &self,
        key: &lots::store::SessionKey,
        seq: u64,
        at: jiff::Timestamp,
    ) -> Result<(), StoreError> {
        self.inner.mark_tried(key, seq, at)
    }
    fn unsent(&self) -> Result<Vec<String>, StoreError> {
        self.inner.unsent()
    }
}
