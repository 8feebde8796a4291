//! Load harness for the session store: many chats answering dialogs at once through
//! `channel::handle`, which saves the session and commits (flushes to disk) before each reply.
//!
//! ```sh
//! cargo run --release --example store_load -- --chats 1 --turns 2000
//! cargo run --release --example store_load -- --chats 1000 --turns 20
//! cargo run --release --example store_load -- --chats 1000 --turns 20 --memory
//! ```
//!
//! Prints turns per second, per-turn latency (p50, p99, max) and bytes per stored session.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use lots::channel;
use lots::engine::Input;
use lots::store::{MemoryStore, SessionStore, SledStore};

/// One pass through the sore-throat dialog, ending at the menu.
const SCRIPT: &[&str] = &[
    "/start sore-throat",
    "Nej",
    "Nej",
    "Längre än en vecka",
    "Nej",
];

fn main() -> anyhow::Result<()> {
    let mut chats = 1usize;
    let mut turns = 1000usize;
    let mut memory = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--chats" => chats = args.next().unwrap_or_default().parse()?,
            "--turns" => turns = args.next().unwrap_or_default().parse()?,
            "--memory" => memory = true,
            other => anyhow::bail!("unknown argument {other}"),
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = Arc::new(
        lots::content::load(root, jiff::civil::date(2026, 11, 22))
            .content
            .ok_or_else(|| anyhow::anyhow!("the shipped content has errors"))?,
    );
    let dir = tempfile::tempdir()?;
    let store: Arc<dyn SessionStore> = if memory {
        Arc::new(MemoryStore::new())
    } else {
        Arc::new(SledStore::open(&dir.path().join("data"))?)
    };

    let started = Instant::now();
    let workers: Vec<_> = (0..chats)
        .map(|i| {
            let content = Arc::clone(&content);
            let store = Arc::clone(&store);
            std::thread::spawn(move || {
                let key = format!("load:{i}");
                let mut latencies = Vec::with_capacity(turns);
                for t in 0..turns {
                    let line = SCRIPT[t % SCRIPT.len()];
                    let begin = Instant::now();
                    channel::handle(
                        &content,
                        &*store,
                        &key,
                        None,
                        Input::parse(line),
                        jiff::Timestamp::now(),
                    )
                    .expect("a turn");
                    latencies.push(begin.elapsed());
                }
                latencies
            })
        })
        .collect();
    let mut latencies: Vec<Duration> = Vec::with_capacity(chats * turns);
    for w in workers {
        latencies.extend(w.join().expect("a worker"));
    }
    let elapsed = started.elapsed();
    latencies.sort_unstable();
    let pct = |p: f64| latencies[((latencies.len() - 1) as f64 * p).round() as usize];
    let (sessions, bytes) = store.size()?;
    println!(
        "store={} chats={chats} turns/chat={turns} total turns={}",
        if memory {
            "memory"
        } else {
            "sled, flush per turn"
        },
        latencies.len()
    );
    println!(
        "throughput: {:.0} turns/s over {:.2} s",
        latencies.len() as f64 / elapsed.as_secs_f64(),
        elapsed.as_secs_f64()
    );
    println!(
        "latency per turn: p50 {:?}  p99 {:?}  max {:?}",
        pct(0.50),
        pct(0.99),
        latencies[latencies.len() - 1]
    );
    println!(
        "stored sessions: {sessions}, {:.0} bytes per session (key + JSON value)",
        bytes as f64 / sessions.max(1) as f64
    );
    Ok(())
}
