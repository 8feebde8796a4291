//! End-to-end tests of `lots serve` through real teloxide HTTP against a fake Bot API on
//! 127.0.0.1. No network beyond the loopback is used.

mod common;
mod fake_api;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::{Duration, Instant};

use fake_api::{FakeApi, Fault, buttons};
use lots::channel::telegram::{self, Backoff, Config, Retry};
use lots::content::Content;
use lots::engine::Settings;
use lots::store::{MemoryStore, SessionStore, SledStore};
use serde_json::Value;
use tokio::sync::oneshot;

/// A bot running against the fake until stopped.
struct Running {
    stop: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<Result<(), telegram::ServeError>>,
}

impl Running {
    async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let result = tokio::time::timeout(Duration::from_secs(30), self.task)
            .await
            .expect("the bot stops within 30 s")
            .expect("the bot task did not panic");
        result.expect("the bot ran without error");
    }
}

/// The shipped content, loaded once for all tests (loading takes seconds in a debug build).
static CONTENT: LazyLock<Arc<Content>> = LazyLock::new(|| Arc::new(common::shipped()));

/// Pauses of a few milliseconds instead of Telegram's seconds, so a retry costs no real time.
fn quick_retry() -> Retry {
    Retry {
        attempts: 5,
        send: Backoff {
            first: Duration::from_millis(1),
            max: Duration::from_millis(10),
        },
        polling: Backoff {
            first: Duration::from_millis(5),
            max: Duration::from_millis(50),
        },
    }
}

/// A bot against the fake, without Telegram's rate limits (which would hold each chat to one
/// message a second) and with quick retries.
fn config(api: &FakeApi) -> Config {
    Config {
        token: fake_api::TOKEN.to_owned(),
        api_url: Some(api.url.parse().unwrap()),
        webhook: None,
        poll_timeout: Duration::from_secs(1),
        limits: telegram::unthrottled(),
        retry: quick_retry(),
        chat_limit: telegram::ChatLimit::off(),
        metrics: None,
    }
}

async fn start(api: &FakeApi, store: Arc<dyn SessionStore>) -> Running {
    start_with(config(api), store).await
}

async fn start_with(config: Config, store: Arc<dyn SessionStore>) -> Running {
    let content = Arc::clone(&CONTENT);
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(telegram::serve(
        config,
        content,
        Settings::default(),
        store,
        async move {
            let _ = stopped.await;
        },
    ));
    Running {
        stop: Some(stop),
        task,
    }
}

fn memory() -> Arc<dyn SessionStore> {
    Arc::new(MemoryStore::new())
}

/// A Swedish message as the shipped content formats it.
fn sv(id: &str) -> String {
    common::msg(common::content(), "sv", id)
}

/// Asserts that a sent message holds a Swedish message of the shipped content.
fn assert_says(sent: &Value, id: &str) {
    assert!(text_of(sent).contains(&sv(id)), "no `{id}` in {sent}");
}

/// An English message as the shipped content formats it.
fn en(id: &str) -> String {
    common::msg(common::content(), "en", id)
}

fn text_of(m: &Value) -> &str {
    m["text"].as_str().unwrap_or_default()
}

/// Presses the button labelled `label` on the last message to `chat` that has buttons.
fn press(api: &FakeApi, chat: i64, label: &str) {
    let sent = api.sent_to(chat);
    let keyboard = sent
        .iter()
        .rev()
        .map(buttons)
        .find(|b| !b.is_empty())
        .expect("a message with buttons");
    let (_, data) = keyboard
        .iter()
        .find(|(l, _)| l == label)
        .unwrap_or_else(|| panic!("no button {label} in {keyboard:?}"));
    api.push(fake_api::press(chat, 555, data));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_dialog_with_button_presses() {
    let api = FakeApi::start().await;
    let bot = start(&api, memory()).await;
    let chat = 1001;
    api.push(fake_api::text(chat, "sv", "/start sore-throat"));
    let sent = api.wait_for_messages(chat, 1).await;
    let first = sent.last().unwrap();
    assert_says(first, "sore-throat-breathing");
    assert_eq!(
        buttons(first)
            .iter()
            .map(|(l, _)| l.as_str())
            .collect::<Vec<_>>(),
        [sv("answer-yes"), sv("answer-no")]
    );
    press(&api, chat, &sv("answer-no"));
    api.wait_for_messages(chat, 2).await;
    press(&api, chat, &sv("answer-no"));
    api.wait_for_messages(chat, 3).await;
    press(&api, chat, &sv("sore-throat-duration-long"));
    api.wait_for_messages(chat, 4).await;
    press(&api, chat, &sv("answer-no"));
    let sent = api.wait_for_messages(chat, 5).await;
    let all: String = sent.iter().map(text_of).collect::<Vec<_>>().join("\n");
    assert!(all.contains(&sv("sore-throat-see-hc")), "{all}");
    // Every press was answered (no spinning button) and its keyboard removed.
    api.wait_until(Duration::from_secs(10), "answers", |calls| {
        calls
            .iter()
            .filter(|c| c.method == "answerCallbackQuery")
            .count()
            == 4
            && calls
                .iter()
                .filter(|c| c.method == "editMessageReplyMarkup")
                .count()
                == 4
    })
    .await;
    // The command menu was registered for every language and as the default.
    let commands = api.calls_of("setMyCommands");
    let languages: Vec<&str> = commands
        .iter()
        .map(|c| c.body["language_code"].as_str().unwrap_or("default"))
        .collect();
    assert!(
        languages.contains(&"default") && languages.contains(&"sv") && languages.contains(&"en")
    );
    let en = commands
        .iter()
        .find(|c| c.body["language_code"] == "en")
        .unwrap();
    assert!(en.body["commands"].to_string().contains(&common::msg(
        common::content(),
        "en",
        "telegram-command-forget"
    )));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deep_link_starts_the_named_dialog_in_the_persons_language() {
    let api = FakeApi::start().await;
    let bot = start(&api, memory()).await;
    api.push(fake_api::text(2002, "en-GB", "/start audit-c"));
    let sent = api.wait_for_messages(2002, 1).await;
    assert!(
        text_of(&sent[0]).contains(&en("audit-c-intro")),
        "{}",
        sent[0]
    );
    assert!(text_of(&sent[0]).contains(&en("audit-c-q1")), "{}", sent[0]);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_group_chat_gets_one_message_and_nothing_is_stored() {
    let api = FakeApi::start().await;
    let store = memory();
    let bot = start(&api, Arc::clone(&store)).await;
    api.push(fake_api::group_text(-3003, 77, "/start"));
    api.push(fake_api::group_text(-3003, 77, "hej allihop"));
    let sent = api.wait_for_messages(-3003, 1).await;
    assert_says(&sent[0], "telegram-private-only");
    // A private message afterwards shows the group was skipped, not queued.
    api.push(fake_api::text(3004, "sv", "/start"));
    api.wait_for_messages(3004, 1).await;
    assert_eq!(api.sent_to(-3003).len(), 1);
    assert!(store.get("telegram:-3003").unwrap().is_none());
    assert_eq!(store.size().unwrap().0, 1);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn non_text_gets_a_friendly_reply_and_edits_are_ignored() {
    let api = FakeApi::start().await;
    let bot = start(&api, memory()).await;
    api.push(fake_api::text(4004, "sv", "/start sore-throat"));
    api.wait_for_messages(4004, 1).await;
    api.push(fake_api::edited(4004, "jag ändrade mig"));
    api.push(fake_api::photo(4004));
    let sent = api.wait_for_messages(4004, 2).await;
    assert_says(&sent[1], "telegram-text-only");
    // The edit was not taken as an answer: the bot still waits at the same question.
    let sent = api.wait_for_messages(4004, 3).await;
    assert!(
        sent.iter()
            .skip(2)
            .any(|m| text_of(m).contains(&sv("sore-throat-breathing"))),
        "{sent:?}"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stale_and_forged_buttons_change_nothing() {
    let api = FakeApi::start().await;
    let store = memory();
    let bot = start(&api, Arc::clone(&store)).await;
    let chat = 5005;
    api.push(fake_api::text(chat, "sv", "/start sore-throat"));
    let sent = api.wait_for_messages(chat, 1).await;
    let old = buttons(&sent[0]);
    press(&api, chat, &sv("answer-no"));
    api.wait_for_messages(chat, 2).await;
    let before = store.get("telegram:5005").unwrap().unwrap();
    // The first question's "Ja" again: stale.
    api.push(fake_api::press(chat, 555, &old[0].1));
    let sent = api.wait_for_messages(chat, 3).await;
    assert_says(&sent[2], "stale-button");
    // Forged and oversized data: answered, nothing else happens.
    api.push(fake_api::press(chat, 555, "q:abc:1"));
    api.push(fake_api::press(chat, 555, &"9".repeat(300)));
    api.wait_until(
        Duration::from_secs(10),
        "forged presses answered",
        |calls| {
            calls
                .iter()
                .filter(|c| c.method == "answerCallbackQuery" && c.body.get("text").is_some())
                .count()
                == 2
        },
    )
    .await;
    let after = store.get("telegram:5005").unwrap().unwrap();
    assert_eq!(before.position, after.position);
    assert_eq!(before.vars, after.vars);
    assert_eq!(api.sent_to(chat).len(), 3);
    bot.stop().await;
}

/// Telegram's `retry_after` is whole seconds; the fake asks for 0 so the test waits for nothing.
/// That the pause itself is waited out is teloxide's throttle's part.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_is_tried_again_and_the_message_delivered() {
    let api = FakeApi::start().await;
    let bot = start(&api, memory()).await;
    // Let startup finish first, so the fault hits the reply.
    api.push(fake_api::text(6006, "sv", "/help"));
    api.wait_for_messages(6006, 1).await;
    api.fail_next("sendMessage", Fault::RetryAfter(0));
    api.push(fake_api::text(6006, "sv", "/help"));
    // Three calls to the chat: the first reply, the refused one, and the same one again.
    let sent = api.wait_for_messages(6006, 3).await;
    assert_eq!(sent.len(), 3, "{:?}", api.summary());
    assert_eq!(sent[2], sent[1]);
    assert_says(&sent[2], "help");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_errors_and_dropped_connections_are_retried() {
    let api = FakeApi::start().await;
    let bot = start(&api, memory()).await;
    api.push(fake_api::text(7007, "sv", "/help"));
    api.wait_for_messages(7007, 1).await;
    // A burst: a dropped connection, then Telegram's internal server error.
    api.fail_next("sendMessage", Fault::Drop);
    api.fail_next("sendMessage", Fault::ServerError);
    api.push(fake_api::text(7007, "sv", "/summary"));
    api.wait_until(
        Duration::from_secs(20),
        "the reply after the burst",
        |calls| {
            calls
                .iter()
                .filter(|c| c.method == "sendMessage" && c.body["chat_id"] == 7007)
                .count()
                >= 4
        },
    )
    .await;
    let sent = api.sent_to(7007);
    assert_eq!(sent.len(), 4, "{:?}", api.summary());
    // The refused message was tried again, unchanged, until it went through.
    assert_eq!(sent[1], sent[3]);
    assert_says(&sent[3], "summary-empty");
    // Polling itself survives dropped connections.
    api.fail_next("getUpdates", Fault::Drop);
    api.push(fake_api::text(7008, "sv", "/help"));
    api.wait_for_messages(7008, 1).await;
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_who_blocked_the_bot_is_forgotten() {
    let api = FakeApi::start().await;
    let store = memory();
    let bot = start(&api, Arc::clone(&store)).await;
    api.push(fake_api::text(8008, "sv", "/start"));
    api.wait_for_messages(8008, 1).await;
    assert!(store.get("telegram:8008").unwrap().is_some());
    api.fail_next("sendMessage", Fault::Blocked);
    api.push(fake_api::text(8008, "sv", "/help"));
    api.wait_until(Duration::from_secs(20), "the session deleted", |_| {
        store.get("telegram:8008").unwrap().is_none()
    })
    .await;
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_mid_dialog_continues_where_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let api = FakeApi::start().await;
    let chat = 9009;
    {
        let store: Arc<dyn SessionStore> = Arc::new(SledStore::open(&data).unwrap());
        let bot = start(&api, store).await;
        api.push(fake_api::text(chat, "sv", "/start sore-throat"));
        api.wait_for_messages(chat, 1).await;
        press(&api, chat, &sv("answer-no"));
        api.wait_for_messages(chat, 2).await;
        press(&api, chat, &sv("answer-no"));
        api.wait_for_messages(chat, 3).await;
        press(&api, chat, &sv("sore-throat-duration-long"));
        api.wait_for_messages(chat, 4).await;
        bot.stop().await;
    }
    // A new process would open the same directory; the old store is gone.
    let store: Arc<dyn SessionStore> = Arc::new(SledStore::open(&data).unwrap());
    let bot = start(&api, store).await;
    press(&api, chat, &sv("answer-no"));
    let sent = api.wait_for_messages(chat, 5).await;
    let last = text_of(sent.last().unwrap());
    // `long` (more than a week) survived the restart: the hälsocentral, not self-care.
    assert!(last.contains(&sv("sore-throat-see-hc")), "{last}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rejected_token_is_a_clear_error() {
    let api = FakeApi::start().await;
    let mut config = config(&api);
    config.token = "999:WRONG".to_owned();
    let result = telegram::serve(
        config,
        Arc::clone(&CONTENT),
        Settings::default(),
        memory(),
        std::future::pending(),
    )
    .await;
    let err = result.unwrap_err();
    assert!(matches!(err, telegram::ServeError::TokenRejected), "{err}");
    assert!(!chain(&err).contains("WRONG"));
}

/// An error and all its sources, as `main` prints them.
fn chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(e) = source {
        text.push_str(": ");
        text.push_str(&e.to_string());
        source = e.source();
    }
    text
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_api_is_a_typed_error_without_the_token() {
    let api = FakeApi::start().await;
    api.fail_next("getMe", Fault::Drop);
    let result = telegram::serve(
        config(&api),
        Arc::clone(&CONTENT),
        Settings::default(),
        memory(),
        std::future::pending(),
    )
    .await;
    let err = result.unwrap_err();
    assert!(
        matches!(err, telegram::ServeError::Unreachable(_)),
        "{err:?}"
    );
    let shown = chain(&err);
    // The source (the request's error) is kept, and the token is not in it.
    assert!(std::error::Error::source(&err).is_some(), "{shown}");
    assert!(!shown.contains(fake_api::TOKEN), "{shown}");
    assert!(!format!("{err:?}").contains(fake_api::TOKEN), "{err:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_mode_refuses_requests_without_the_secret() {
    let api = FakeApi::start().await;
    // The listener is bound here and handed over, so no other test can take the port.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let mut config = config(&api);
    config.webhook = Some(telegram::Webhook {
        url: "https://lots.example/telegram/hook".parse().unwrap(),
        listen: listener.into(),
        secret: "s3cret-token".to_owned(),
    });
    let bot = start_with(config, memory()).await;
    api.wait_until(Duration::from_secs(20), "setWebhook", |calls| {
        calls.iter().any(|c| c.method == "setWebhook")
    })
    .await;
    let set = api.calls_of("setWebhook").pop().unwrap();
    let sent = set.body.to_string();
    assert!(sent.contains("s3cret-token"), "{sent}");

    let mut update = fake_api::text(1111, "sv", "/help");
    update["update_id"] = 1.into();
    let body = update.to_string();
    let url = format!("http://127.0.0.1:{port}/telegram/hook");
    let post = |secret: Option<&'static str>| {
        let body = body.clone();
        let url = url.clone();
        async move {
            let client = reqwest::Client::new();
            let mut request = client
                .post(&url)
                .header("content-type", "application/json")
                .body(body);
            if let Some(s) = secret {
                request = request.header("X-Telegram-Bot-Api-Secret-Token", s);
            }
            // The port has been listening since before the bot started: no retries needed.
            request.send().await.expect("the webhook answers").status()
        }
    };
    let refused = post(None).await;
    assert!(refused.is_client_error(), "{refused}");
    let wrong = post(Some("guess")).await;
    assert!(wrong.is_client_error(), "{wrong}");
    assert!(api.sent_to(1111).is_empty());
    let accepted = post(Some("s3cret-token")).await;
    assert!(accepted.is_success(), "{accepted}");
    api.wait_for_messages(1111, 1).await;
    bot.stop().await;
}

/// The container's way of running the bot: the `lots` binary configured only by environment
/// variables (as in the Dockerfile), stopped with SIGTERM like `docker stop` does.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_runs_from_environment_variables_and_stops_cleanly_on_sigterm() {
    // A chat id longer than any run of digits in a log timestamp, so finding it means it leaked.
    let chat = 4_242_424_242;
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut child = common::lots()
        .arg("serve")
        .env("LOTS_TELEGRAM_TOKEN", fake_api::TOKEN)
        .env("LOTS_API_URL", &api.url)
        .env("LOTS_DATA", &data)
        .env("LOTS_CONTENT", common::root())
        .env_remove("RUST_LOG")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    api.push(fake_api::text(chat, "sv", "/start sore-throat"));
    api.wait_for_messages(chat, 1).await;
    let status = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(30);
    let exit = loop {
        if let Some(exit) = child.try_wait().unwrap() {
            break exit;
        }
        assert!(
            Instant::now() < deadline,
            "lots serve did not stop on SIGTERM"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut stderr).unwrap();
    let mut stdout = String::new();
    std::io::Read::read_to_string(child.stdout.as_mut().unwrap(), &mut stdout).unwrap();
    assert!(exit.success(), "{exit:?}: {stderr}");
    // The log goes to stderr, at info by default, and tells what happened.
    assert!(
        stderr.contains("receiving updates by long polling"),
        "{stderr}"
    );
    assert!(stderr.contains("stopped"), "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    // The token, the chat id and what the person wrote never appear in what the bot printed.
    assert!(!stderr.contains(fake_api::TOKEN), "{stderr}");
    assert!(!stderr.contains(&chat.to_string()), "{stderr}");
    assert!(!stderr.contains("/start"), "{stderr}");
    // The session is on disk for the next start.
    let store = SledStore::open(&data).unwrap();
    let session = store.get(&format!("telegram:{chat}")).unwrap().unwrap();
    assert_eq!(session.here().unwrap().dialog.as_str(), "sore-throat");
}

/// A memory store with faults: it panics the first time one chat's session is read (standing in
/// for a bug in a turn), and its commits fail while `commits_fail` is set (a full disk).
#[derive(Default)]
struct Faulty {
    inner: MemoryStore,
    panic_once_for: Option<&'static str>,
    armed: AtomicBool,
    commits_fail: AtomicBool,
}

impl SessionStore for Faulty {
    fn get(
        &self,
        key: &lots::store::SessionKey,
    ) -> Result<Option<lots::engine::Session>, lots::store::StoreError> {
        if Some(key) == self.panic_once_for && self.armed.swap(false, Ordering::SeqCst) {
            panic!("a bug in one turn");
        }
        self.inner.get(key)
    }
    fn put(
        &self,
        key: &lots::store::SessionKey,
        session: &lots::engine::Session,
    ) -> Result<(), lots::store::StoreError> {
        self.inner.put(key, session)
    }
    fn delete(&self, key: &lots::store::SessionKey) -> Result<(), lots::store::StoreError> {
        self.inner.delete(key)
    }
    fn count(&self, events: &[lots::engine::Event]) -> Result<(), lots::store::StoreError> {
        self.inner.count(events)
    }
    fn commit(&self) -> Result<(), lots::store::StoreError> {
        if self.commits_fail.load(Ordering::SeqCst) {
            return Err(lots::store::StoreError::Flush("disk full".into()));
        }
        self.inner.commit()
    }
    fn expire(&self, cutoff: jiff::Timestamp) -> Result<usize, lots::store::StoreError> {
        self.inner.expire(cutoff)
    }
    fn stats(&self) -> Result<lots::store::Stats, lots::store::StoreError> {
        self.inner.stats()
    }
    fn size(&self) -> Result<(usize, u64), lots::store::StoreError> {
        self.inner.size()
    }
    fn save_turn(
        &self,
        key: &lots::store::SessionKey,
        session: &lots::engine::Session,
        update: Option<u64>,
        replies: &[lots::store::Outgoing],
    ) -> Result<(), lots::store::StoreError> {
        self.inner.save_turn(key, session, update, replies)
    }
    fn outbox(
        &self,
        key: &lots::store::SessionKey,
    ) -> Result<lots::store::Outbox, lots::store::StoreError> {
        self.inner.outbox(key)
    }
    fn mark_sent(
        &self,
        key: &lots::store::SessionKey,
        seq: u64,
        at: jiff::Timestamp,
    ) -> Result<(), lots::store::StoreError> {
        self.inner.mark_sent(key, seq, at)
    }
    fn mark_tried(
        &self,
        key: &lots::store::SessionKey,
        seq: u64,
        at: jiff::Timestamp,
    ) -> Result<(), lots::store::StoreError> {
        self.inner.mark_tried(key, seq, at)
    }
    fn unsent(&self) -> Result<Vec<String>, lots::store::StoreError> {
        self.inner.unsent()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panic_in_one_turn_costs_that_chat_an_apology_and_the_others_go_on() {
    let api = FakeApi::start().await;
    let store: Arc<dyn SessionStore> = Arc::new(Faulty {
        panic_once_for: Some("telegram:6006"),
        armed: AtomicBool::new(true),
        ..Faulty::default()
    });
    let bot = start(&api, store).await;
    api.push(fake_api::text(6006, "sv", "/start"));
    let sent = api.wait_for_messages(6006, 1).await;
    assert_says(&sent[0], "telegram-error");
    assert!(text_of(&sent[0]).contains("112"), "{}", sent[0]);
    // The dispatcher is alive: another chat, and the same chat again, are served.
    api.push(fake_api::text(6007, "sv", "/start sore-throat"));
    let sent = api.wait_for_messages(6007, 1).await;
    assert_says(&sent[0], "sore-throat-breathing");
    api.push(fake_api::text(6006, "sv", "/start sore-throat"));
    let sent = api.wait_for_messages(6006, 2).await;
    assert_says(&sent[1], "sore-throat-breathing");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_turn_that_cannot_be_saved_gets_an_apology_and_a_failed_final_flush_is_reported() {
    let api = FakeApi::start().await;
    let store = Arc::new(Faulty {
        commits_fail: AtomicBool::new(true),
        ..Faulty::default()
    });
    let bot = start(&api, Arc::clone(&store) as Arc<dyn SessionStore>).await;
    api.push(fake_api::text(8118, "sv", "/start sore-throat"));
    let sent = api.wait_for_messages(8118, 1).await;
    // The answer is not on disk, so its replies are not sent: only the apology is.
    assert_says(&sent[0], "telegram-error");
    api.push(fake_api::text(8119, "sv", "/help"));
    api.wait_for_messages(8119, 1).await;
    assert_eq!(api.sent_to(8118).len(), 1, "{:?}", api.summary());
    // At shutdown the last flush fails too: that is its own error, not an unreachable API.
    let Running { stop, task } = bot;
    let _ = stop.unwrap().send(());
    let result = tokio::time::timeout(Duration::from_secs(30), task)
        .await
        .expect("the bot stops within 30 s")
        .expect("the bot task did not panic");
    let err = result.unwrap_err();
    assert!(
        matches!(
            err,
            telegram::ServeError::Flush(lots::store::StoreError::Flush(_))
        ),
        "{err:?}"
    );
    assert!(chain(&err).contains("disk full"), "{}", chain(&err));
}

/// A typed answer written before the bot asked the current question answers an older one: it is
/// treated like a stale button, and the session stays where it was.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_typed_answer_written_before_the_question_changes_nothing() {
    let api = FakeApi::start().await;
    let store = memory();
    let bot = start(&api, Arc::clone(&store)).await;
    let chat = 5115;
    api.push(fake_api::text(chat, "sv", "/start sore-throat"));
    api.wait_for_messages(chat, 1).await;
    let before = store.get("telegram:5115").unwrap().unwrap();
    // "Nej", dated a minute before the question went out.
    let mut late = fake_api::text(chat, "sv", &sv("answer-no"));
    let written = late["message"]["date"].as_i64().unwrap() - 60;
    late["message"]["date"] = serde_json::json!(written);
    api.push(late);
    let sent = api.wait_for_messages(chat, 2).await;
    assert_says(&sent[1], "stale-button");
    assert_says(&sent[1], "sore-throat-breathing");
    let after = store.get("telegram:5115").unwrap().unwrap();
    assert_eq!(before.position, after.position);
    // The same answer written now is applied.
    api.push(fake_api::text(chat, "sv", &sv("answer-no")));
    let sent = api.wait_for_messages(chat, 3).await;
    assert_says(&sent[2], "sore-throat-one-sided");
    bot.stop().await;
}

/// One chat sending a flood of messages gets a few turns and one apology (naming 112); the
/// rest is dropped without a turn, and another chat is answered meanwhile.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chat_over_its_message_limit_is_told_once_and_others_go_on() {
    let api = FakeApi::start().await;
    let mut config = config(&api);
    config.chat_limit = telegram::ChatLimit {
        burst: 3,
        per_second: 0.001,
    };
    let bot = start_with(config, memory()).await;
    let (flood, other) = (5225, 5226);
    for _ in 0..12 {
        api.push(fake_api::text(flood, "sv", "/help"));
    }
    api.push(fake_api::text(other, "sv", "/start sore-throat"));
    let sent = api.wait_for_messages(other, 1).await;
    assert_says(&sent[0], "sore-throat-breathing");
    let sent = api.wait_for_messages(flood, 4).await;
    assert_says(&sent[3], "telegram-error");
    // Everything of the flood is handled: the last update is confirmed, and nothing more came.
    api.push(fake_api::text(other, "sv", &sv("answer-no")));
    api.wait_for_messages(other, 2).await;
    assert_eq!(api.sent_to(flood).len(), 4, "{:?}", api.summary());
    bot.stop().await;
}
