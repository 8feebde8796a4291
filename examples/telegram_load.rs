//! Load harness for `lots serve`: many simulated chats against the fake Bot API.
//!
//! ```sh
//! cargo build --release --bin lots
//! cargo run --release --example telegram_load -- --chats 200 --turns 10
//! cargo run --release --example telegram_load -- --chats 200 --turns 10 --unthrottled
//! ```
//!
//! By default the bot holds messages back for Telegram's rate limits (30 messages a second
//! overall, about one a second per chat), so the figures show what people would experience.
//! `--unthrottled` lifts the limits to measure the bot itself.
//!
//! The bot runs as its own process (`target/release/lots serve`, sled store with group commit in a
//! temporary directory), exactly as in production but pointed at the fake with `--api-url`. Each
//! chat answers the sore-throat dialog with button presses, waiting for each answer before the
//! next press, like a person. Reported: updates per second, p50/p99 time from putting an update in
//! the queue to the first reply arriving, the bot's CPU seconds per 1,000 updates (from
//! /proc/PID/stat) and its peak RSS (VmHWM).

#[path = "../tests/fake_api/mod.rs"]
mod fake_api;

use std::time::{Duration, Instant};

use fake_api::{FakeApi, buttons};

/// Button presses of one pass through the sore-throat dialog (after `/start sore-throat`).
const PRESSES: &[&str] = &["Nej", "Nej", "Längre än en vecka", "Nej"];

fn proc_field(pid: u32, file: &str, key: &str) -> Option<u64> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/{file}")).ok()?;
    text.lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
}

/// User + system CPU seconds of a process.
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the command name in parentheses; utime and stime are the 14th and 15th.
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}

async fn wait_for_reply(api: &FakeApi, chat: i64, before: usize) -> Instant {
    loop {
        let next = api.next_call();
        let messages = api.messages(chat);
        if messages.len() > before {
            // The turn is complete when a message with buttons (the next question) arrived.
            if messages[before..]
                .iter()
                .any(|(_, m)| !buttons(m).is_empty())
            {
                return messages[before].0;
            }
        }
        let _ = tokio::time::timeout(Duration::from_millis(50), next).await;
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> anyhow::Result<()> {
    let mut chats = 100i64;
    let mut turns = 10usize;
    let mut unthrottled = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--chats" => chats = args.next().unwrap_or_default().parse()?,
            "--turns" => turns = args.next().unwrap_or_default().parse()?,
            "--unthrottled" => unthrottled = true,
            other => anyhow::bail!("unknown argument {other}"),
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let binary = root.join("target/release/lots");
    anyhow::ensure!(
        binary.exists(),
        "build it first: cargo build --release --bin lots"
    );
    let api = FakeApi::start().await;
    let dir = tempfile::tempdir()?;
    let mut child = std::process::Command::new(&binary)
        .arg("serve")
        .env("LOTS_TELEGRAM_TOKEN", fake_api::TOKEN)
        .env("LOTS_API_URL", &api.url)
        .env("LOTS_DATA", dir.path().join("data"))
        .env("LOTS_CONTENT", root)
        .env(
            "LOTS_UNTHROTTLED",
            if unthrottled { "true" } else { "false" },
        )
        .stderr(std::process::Stdio::null())
        .spawn()?;
    let pid = child.id();
    // Warm up: one chat, so start-up (getMe, setMyCommands) is not measured.
    api.push(fake_api::text(1, "sv", "/help"));
    wait_for_reply(&api, 1, 0).await;
    let cpu_before = cpu_seconds(pid);

    let started = Instant::now();
    let tasks: Vec<_> = (0..chats)
        .map(|i| {
            let api = api.clone();
            tokio::spawn(async move {
                let chat = 10_000 + i;
                let mut latencies = Vec::with_capacity(turns);
                for t in 0..turns {
                    let before = api.count(chat);
                    let pushed = Instant::now();
                    let step = t % (PRESSES.len() + 1);
                    if step == 0 {
                        api.push(fake_api::text(chat, "sv", "/start sore-throat"));
                    } else {
                        let last = api.messages(chat);
                        let data = last
                            .iter()
                            .rev()
                            .map(|(_, m)| buttons(m))
                            .find(|b| !b.is_empty())
                            .and_then(|b| {
                                b.into_iter()
                                    .find(|(l, _)| l == PRESSES[step - 1])
                                    .map(|(_, d)| d)
                            })
                            .unwrap_or_else(|| {
                                let seen: Vec<_> = last
                                    .iter()
                                    .map(|(_, m)| (m["text"].clone(), buttons(m)))
                                    .collect();
                                panic!("no button {} at turn {t}: {seen:?}", PRESSES[step - 1])
                            });
                        api.push(fake_api::press(chat, 1, &data));
                    }
                    let first = wait_for_reply(&api, chat, before).await;
                    latencies.push(first.duration_since(pushed));
                }
                latencies
            })
        })
        .collect();
    let mut latencies = Vec::new();
    for t in tasks {
        latencies.extend(t.await?);
    }
    let elapsed = started.elapsed();
    let cpu = cpu_seconds(pid) - cpu_before;
    let peak_kb = proc_field(pid, "status", "VmHWM:").unwrap_or(0);
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status();
    let _ = child.wait();

    latencies.sort_unstable();
    let pct = |p: f64| latencies[((latencies.len() - 1) as f64 * p).round() as usize];
    let updates = latencies.len();
    println!(
        "chats={chats} turns/chat={turns} updates={updates} (sled store, group commit, {})",
        if unthrottled {
            "unthrottled"
        } else {
            "Telegram's rate limits"
        }
    );
    println!(
        "throughput: {:.0} updates/s over {:.2} s",
        updates as f64 / elapsed.as_secs_f64(),
        elapsed.as_secs_f64()
    );
    println!(
        "update → first reply: p50 {:?}  p99 {:?}",
        pct(0.5),
        pct(0.99)
    );
    println!(
        "bot CPU: {:.2} s in all, {:.3} s per 1,000 updates",
        cpu,
        cpu * 1000.0 / updates as f64
    );
    println!("bot peak RSS: {:.1} MB", peak_kb as f64 / 1024.0);
    Ok(())
}
