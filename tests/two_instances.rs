//! Two `lots serve` processes on one PostgreSQL database and one fake Bot API. The fake hands
//! every update to both (each polls with its own offset), the worst case of a webhook retried
//! to a second replica: each update must be applied once and answered once, in order per chat,
//! while the chats run side by side. Skips, saying so once, without PostgreSQL.

mod common;
mod fake_api;
mod pg;

use std::process::Child;
use std::time::{Duration, Instant};

use fake_api::FakeApi;
use serde_json::Value;

const CHATS: i64 = 50;

/// What each person sends, all at once: a start, then the language back and forth, so that
/// every answer shows which message it answers.
const SENDS: [&str; 5] = [
    "/start",
    "/language en",
    "/language sv",
    "/language en",
    "/language sv",
];

fn serve(api: &FakeApi, url: &str) -> Child {
    common::lots()
        .arg("--content")
        .arg(common::root())
        .args(["--store", url])
        .args(["serve", "--api-url", &api.url, "--poll-timeout", "1"])
        .env("LOTS_TELEGRAM_TOKEN", fake_api::TOKEN)
        .env("LOTS_UNTHROTTLED", "true")
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("LOTS_DATABASE_URL")
        .env_remove("RUST_LOG")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap()
}

/// Stops a server with SIGTERM (it finishes the turns in progress) and waits, at most 30 s.
async fn stop(mut child: Child) {
    // The `kill` tool sends the signal, so this test needs no libc; the process is ours.
    let status = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if child.try_wait().unwrap().is_some() {
            return;
        }
        assert!(Instant::now() < deadline, "lots serve did not stop");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn text_of(m: &Value) -> &str {
    m["text"].as_str().unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_answer_every_update_once_and_in_order() {
    let Some(schema) = pg::fresh() else { return };
    let api = FakeApi::start().await;
    let first = serve(&api, &schema.url);
    let second = serve(&api, &schema.url);
    let started = Instant::now();
    for chat in 1..=CHATS {
        for send in SENDS {
            api.push(fake_api::text(chat, "sv", send));
        }
    }
    for chat in 1..=CHATS {
        api.wait_for_messages(chat, SENDS.len()).await;
    }
    let took = started.elapsed();
    stop(first).await;
    stop(second).await;
    let content = common::content();
    let english = common::msg(content, "en", "language-changed");
    let english = english
        .split('{')
        .next()
        .unwrap_or_default()
        .trim()
        .to_owned();
    let swedish = common::msg(content, "sv", "language-changed");
    let swedish = swedish
        .split('{')
        .next()
        .unwrap_or_default()
        .trim()
        .to_owned();
    let mut wrong = Vec::new();
    for chat in 1..=CHATS {
        let sent = api.sent_to(chat);
        if sent.len() != SENDS.len() {
            let texts: Vec<String> = sent
                .iter()
                .map(|m| text_of(m).chars().take(40).collect())
                .collect();
            wrong.push(format!("chat {chat}: {} answers: {texts:?}", sent.len()));
            continue;
        }
        for (i, m) in sent.iter().enumerate().skip(1) {
            let want = if i % 2 == 1 { &english } else { &swedish };
            if !text_of(m).contains(want.as_str()) {
                wrong.push(format!("chat {chat}, answer {i}: {}", text_of(m)));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    // Printed past the harness's capture: the figure for docs/operations.md.
    let _ = std::io::Write::write_all(
        &mut std::io::stderr(),
        format!(
            "two instances: {} updates to {CHATS} chats answered once each in {took:?}\n",
            CHATS as usize * SENDS.len()
        )
        .as_bytes(),
    );
}
