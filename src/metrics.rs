//! Operational metrics: counts and latencies in the Prometheus text format (`lots serve
//! --metrics ADDR`, then `GET /metrics`).
//!
//! Counters are atomics a channel bumps as it works; [`Metrics::render`] writes them out with
//! the gauges a scrape asks the store for. Labels come from fixed sets only (an error kind, a
//! red-flag category from the content), so a metric never carries a chat id, a person's words or
//! anything else about one person. This file never does I/O except in [`serve`].

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use crate::engine::Event;

/// What went wrong, as counted in `lots_errors_total{kind=…}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ErrorKind {
    /// The Bot API refused a call (each failed try counts).
    BotApi,
    /// The Bot API could not be reached or answered unreadably (each failed try counts).
    Network,
    /// The Bot API answered 429 (too many requests) in spite of the rate limits.
    RateLimited,
    /// Getting updates failed (polling goes on after a pause).
    Updates,
    /// The session store failed (a turn not saved, an outbox not read, a mark lost).
    Store,
    /// A turn panicked; the person got an apology.
    Panic,
    /// A dialog's expression could not be evaluated at run time.
    Dialog,
}

impl ErrorKind {
    const ALL: [ErrorKind; 7] = [
        ErrorKind::BotApi,
        ErrorKind::Network,
        ErrorKind::RateLimited,
        ErrorKind::Updates,
        ErrorKind::Store,
        ErrorKind::Panic,
        ErrorKind::Dialog,
    ];

    fn label(self) -> &'static str {
        match self {
            ErrorKind::BotApi => "bot_api",
            ErrorKind::Network => "network",
            ErrorKind::RateLimited => "rate_limited",
            ErrorKind::Updates => "updates",
            ErrorKind::Store => "store",
            ErrorKind::Panic => "panic",
            ErrorKind::Dialog => "dialog",
        }
    }
}

/// A latency histogram with fixed buckets (upper bounds in seconds).
#[derive(Debug)]
struct Histogram {
    bounds: &'static [f64],
    /// One count per bound, and the last for `+Inf`; not cumulative.
    counts: Vec<AtomicU64>,
    sum_nanos: AtomicU64,
}

/// Turn latency buckets: a turn is milliseconds, or seconds when rate limits hold it.
const TURN_BOUNDS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// Commit latency buckets: a group commit is a disk sync.
const COMMIT_BOUNDS: &[f64] = &[
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0,
];

impl Histogram {
    fn new(bounds: &'static [f64]) -> Histogram {
        Histogram {
            bounds,
            counts: (0..=bounds.len()).map(|_| AtomicU64::new(0)).collect(),
            sum_nanos: AtomicU64::new(0),
        }
    }

    fn observe(&self, took: Duration) {
        let seconds = took.as_secs_f64();
        let bucket = self
            .bounds
            .iter()
            .position(|b| seconds <= *b)
            .unwrap_or(self.bounds.len());
        if let Some(count) = self.counts.get(bucket) {
            count.fetch_add(1, Ordering::Relaxed);
        }
        let nanos = u64::try_from(took.as_nanos()).unwrap_or(u64::MAX);
        self.sum_nanos.fetch_add(nanos, Ordering::Relaxed);
    }

    fn render(&self, out: &mut String, name: &str, help: &str) {
        let _ = writeln!(out, "# HELP {name} {help}");
        let _ = writeln!(out, "# TYPE {name} histogram");
        let mut total = 0;
        for (i, count) in self.counts.iter().enumerate() {
            total += count.load(Ordering::Relaxed);
            match self.bounds.get(i) {
                Some(bound) => {
                    let _ = writeln!(out, "{name}_bucket{{le=\"{bound}\"}} {total}");
                }
                None => {
                    let _ = writeln!(out, "{name}_bucket{{le=\"+Inf\"}} {total}");
                }
            }
        }
        let sum = self.sum_nanos.load(Ordering::Relaxed) as f64 / 1e9;
        let _ = writeln!(out, "{name}_sum {sum}");
        let _ = writeln!(out, "{name}_count {total}");
    }
}

/// The counters of one running bot.
#[derive(Debug)]
pub struct Metrics {
    updates: AtomicU64,
    replies: AtomicU64,
    errors: [AtomicU64; ErrorKind::ALL.len()],
    emergencies: Mutex<BTreeMap<String, u64>>,
    safety_questions: Mutex<BTreeMap<String, u64>>,
    turns: Histogram,
    commits: Histogram,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics {
            updates: AtomicU64::new(0),
            replies: AtomicU64::new(0),
            errors: std::array::from_fn(|_| AtomicU64::new(0)),
            emergencies: Mutex::default(),
            safety_questions: Mutex::default(),
            turns: Histogram::new(TURN_BOUNDS),
            commits: Histogram::new(COMMIT_BOUNDS),
        }
    }
}

/// What a scrape reads besides the counters.
#[derive(Debug, Clone, Default)]
pub struct Gauges {
    /// Sessions in the store, when the store could tell.
    pub sessions: Option<usize>,
    /// The content's fingerprint.
    pub content_version: String,
}

impl Metrics {
    /// An update arrived from the platform.
    pub fn update(&self) {
        self.updates.fetch_add(1, Ordering::Relaxed);
    }

    /// A message went out to a person.
    pub fn reply(&self) {
        self.replies.fetch_add(1, Ordering::Relaxed);
    }

    /// Something failed.
    pub fn error(&self, kind: ErrorKind) {
        if let Some(i) = ErrorKind::ALL.iter().position(|k| *k == kind) {
            self.errors[i].fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Counts the emergency answers, safety questions and dialog errors of a turn.
    pub fn events(&self, events: &[Event]) {
        for event in events {
            match event {
                Event::Emergency { category } => bump(&self.emergencies, category),
                Event::SafetyQuestion { category } => bump(&self.safety_questions, category),
                Event::DialogError { .. } => self.error(ErrorKind::Dialog),
                _ => {}
            }
        }
    }

    /// One update took this long, from arriving to its replies sent.
    pub fn turn_took(&self, took: Duration) {
        self.turns.observe(took);
    }

    /// One store commit took this long.
    pub fn commit_took(&self, took: Duration) {
        self.commits.observe(took);
    }

    /// Everything in the Prometheus text exposition format (version 0.0.4).
    pub fn render(&self, gauges: &Gauges) -> String {
        let mut out = String::new();
        let counter = |out: &mut String, name: &str, help: &str, value: u64| {
            let _ = writeln!(
                out,
                "# HELP {name} {help}\n# TYPE {name} counter\n{name} {value}"
            );
        };
        let updates = self.updates.load(Ordering::Relaxed);
        counter(&mut out, "lots_updates_total", "Updates received.", updates);
        let replies = self.replies.load(Ordering::Relaxed);
        counter(&mut out, "lots_replies_total", "Messages sent.", replies);
        let _ = writeln!(out, "# HELP lots_errors_total Errors by kind.");
        let _ = writeln!(out, "# TYPE lots_errors_total counter");
        for (kind, count) in ErrorKind::ALL.iter().zip(&self.errors) {
            let (kind, count) = (kind.label(), count.load(Ordering::Relaxed));
            let _ = writeln!(out, "lots_errors_total{{kind=\"{kind}\"}} {count}");
        }
        by_category(
            &mut out,
            "lots_emergency_answers_total",
            "Emergency answers by red-flag category.",
            &self.emergencies,
        );
        by_category(
            &mut out,
            "lots_safety_questions_total",
            "Safety questions (the possible tier) by red-flag category.",
            &self.safety_questions,
        );
        let help = "Seconds from an update's arrival to its replies sent.";
        self.turns.render(&mut out, "lots_turn_seconds", help);
        let help = "Seconds a store commit (a disk sync) takes.";
        self.commits
            .render(&mut out, "lots_store_commit_seconds", help);
        if let Some(sessions) = gauges.sessions {
            let name = "lots_sessions";
            let _ = writeln!(out, "# HELP {name} Sessions stored.\n# TYPE {name} gauge");
            let _ = writeln!(out, "{name} {sessions}");
        }
        let name = "lots_content_info";
        let version = escape(&gauges.content_version);
        let _ = writeln!(out, "# HELP {name} The content in use (its fingerprint).");
        let _ = writeln!(
            out,
            "# TYPE {name} gauge\n{name}{{version=\"{version}\"}} 1"
        );
        out
    }
}

fn bump(counts: &Mutex<BTreeMap<String, u64>>, category: &str) {
    let mut counts = counts.lock().unwrap_or_else(|e| e.into_inner());
    *counts.entry(category.to_owned()).or_default() += 1;
}

fn by_category(out: &mut String, name: &str, help: &str, counts: &Mutex<BTreeMap<String, u64>>) {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} counter");
    let counts = counts.lock().unwrap_or_else(|e| e.into_inner());
    for (category, count) in counts.iter() {
        let category = escape(category);
        let _ = writeln!(out, "{name}{{category=\"{category}\"}} {count}");
    }
}

/// A label value as the text format wants it.
fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// Serves `GET /metrics` on `listener` until `stop` resolves; `gauges` is asked at each scrape.
pub async fn serve<G, Fut>(
    listener: tokio::net::TcpListener,
    metrics: std::sync::Arc<Metrics>,
    gauges: G,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()>
where
    G: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: std::future::Future<Output = Gauges> + Send,
{
    let scrape = move || {
        let metrics = std::sync::Arc::clone(&metrics);
        let gauges = gauges.clone();
        async move {
            let text = metrics.render(&gauges().await);
            let kind = "text/plain; version=0.0.4; charset=utf-8";
            ([(axum::http::header::CONTENT_TYPE, kind)], text)
        }
    };
    let app = axum::Router::new().route("/metrics", axum::routing::get(scrape));
    axum::serve(listener, app)
        .with_graceful_shutdown(stop)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_histograms_and_gauges_render_as_prometheus_text() {
        let metrics = Metrics::default();
        metrics.update();
        metrics.update();
        metrics.reply();
        metrics.error(ErrorKind::Store);
        metrics.events(&[Event::Emergency {
            category: "chest-pain".to_owned(),
        }]);
        metrics.turn_took(Duration::from_millis(3));
        metrics.turn_took(Duration::from_secs(60));
        let gauges = Gauges {
            sessions: Some(7),
            content_version: "abc\"1".to_owned(),
        };
        let text = metrics.render(&gauges);
        for line in [
            "lots_updates_total 2",
            "lots_replies_total 1",
            "lots_errors_total{kind=\"store\"} 1",
            "lots_errors_total{kind=\"bot_api\"} 0",
            "lots_emergency_answers_total{category=\"chest-pain\"} 1",
            "lots_turn_seconds_bucket{le=\"0.0025\"} 0",
            "lots_turn_seconds_bucket{le=\"0.005\"} 1",
            "lots_turn_seconds_bucket{le=\"10\"} 1",
            "lots_turn_seconds_bucket{le=\"+Inf\"} 2",
            "lots_turn_seconds_count 2",
            "lots_sessions 7",
            "lots_content_info{version=\"abc\\\"1\"} 1",
        ] {
            assert!(text.lines().any(|l| l == line), "no `{line}` in\n{text}");
        }
    }
}
