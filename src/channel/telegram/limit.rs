//! A per-chat message rate limit, so that one chat sending very many messages cannot starve the
//! others (teloxide's dispatcher waits when one chat's queue is full).
//!
//! Each chat has a token bucket: `burst` messages at once, refilled at `per_second`. A message
//! over the limit is not run as a turn (the session does not change); the person is told, at
//! most once per [`WARN_EVERY`], to try again in a while. The clock is passed in, so this file
//! is plain data and tested without waiting. It never sees message text.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use teloxide::types::ChatId;

/// How often a limited chat is told about it at most.
pub const WARN_EVERY: Duration = Duration::from_secs(10);

/// How many chats are tracked before idle ones are forgotten.
const PRUNE_AT: usize = 10_000;

/// The limit for one chat.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChatLimit {
    /// Messages a chat may send at once.
    pub burst: u32,
    /// Messages per second it may send in the long run.
    pub per_second: f64,
}

impl Default for ChatLimit {
    /// The production values: 20 at once, then 2 a second. A person typing, or pressing
    /// buttons quickly, stays far below; a script does not.
    fn default() -> Self {
        ChatLimit {
            burst: 20,
            per_second: 2.0,
        }
    }
}

impl ChatLimit {
    /// No limit (load and crash tests against a fake Bot API).
    pub fn off() -> Self {
        ChatLimit {
            burst: u32::MAX,
            per_second: f64::INFINITY,
        }
    }
}

/// What to do with a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Verdict {
    /// Run it.
    Allow,
    /// Drop it and tell the person.
    Warn,
    /// Drop it quietly (they were told a moment ago).
    Drop,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
    warned: Option<Instant>,
}

/// The buckets of all chats.
#[derive(Debug)]
pub(super) struct Limiter {
    limit: ChatLimit,
    buckets: Mutex<HashMap<ChatId, Bucket>>,
}

impl Limiter {
    pub(super) fn new(limit: ChatLimit) -> Self {
        Limiter {
            limit,
            buckets: Mutex::default(),
        }
    }

    /// Takes one message of `chat` at `now`.
    pub(super) fn check(&self, chat: ChatId, now: Instant) -> Verdict {
        if self.limit == ChatLimit::off() {
            return Verdict::Allow;
        }
        let burst = f64::from(self.limit.burst);
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() >= PRUNE_AT {
            let full = |b: &Bucket| self.refilled(b, now) >= burst;
            buckets.retain(|_, b| !full(b));
        }
        let bucket = buckets.entry(chat).or_insert(Bucket {
            tokens: burst,
            at: now,
            warned: None,
        });
        bucket.tokens = self.refilled(bucket, now);
        bucket.at = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            return Verdict::Allow;
        }
        match bucket.warned {
            Some(at) if now.saturating_duration_since(at) < WARN_EVERY => Verdict::Drop,
            _ => {
                bucket.warned = Some(now);
                Verdict::Warn
            }
        }
    }

    fn refilled(&self, bucket: &Bucket, now: Instant) -> f64 {
        let seconds = now.saturating_duration_since(bucket.at).as_secs_f64();
        (bucket.tokens + seconds * self.limit.per_second).min(f64::from(self.limit.burst))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_passes_then_the_chat_is_warned_once_and_refills() {
        let limiter = Limiter::new(ChatLimit {
            burst: 3,
            per_second: 1.0,
        });
        let t = Instant::now();
        let (anna, bo) = (ChatId(1), ChatId(2));
        let verdicts: Vec<Verdict> = (0..6).map(|_| limiter.check(anna, t)).collect();
        use Verdict::*;
        assert_eq!(verdicts, [Allow, Allow, Allow, Warn, Drop, Drop]);
        // Another chat is not affected.
        assert_eq!(limiter.check(bo, t), Allow);
        // A second later one more message passes.
        assert_eq!(limiter.check(anna, t + Duration::from_secs(1)), Allow);
        assert_eq!(limiter.check(anna, t + Duration::from_secs(1)), Drop);
        // After the warning pause the chat is told again.
        assert_eq!(limiter.check(anna, t + WARN_EVERY), Allow);
        let later = t + WARN_EVERY + Duration::from_millis(1);
        assert_eq!(limiter.check(anna, later), Allow);
        assert_eq!(limiter.check(anna, later), Allow);
        assert_eq!(limiter.check(anna, later), Warn);
    }

    #[test]
    fn off_allows_everything() {
        let limiter = Limiter::new(ChatLimit::off());
        let t = Instant::now();
        assert!((0..10_000).all(|_| limiter.check(ChatId(1), t) == Verdict::Allow));
    }
}
