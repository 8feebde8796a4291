//! Telegram's rate limits for outgoing messages, kept before sending (built on `governor`).
//!
//! Telegram documents about one message a second in a chat (short bursts are fine), 20 a minute
//! in a group and 30 a second overall; over them it answers 429 with `retry_after`. Each chat has
//! its own generic cell rate limiter (a burst, then a steady rate) and all chats share one for
//! the overall limit. A message waits only when a limit is actually reached, and then exactly
//! until the next cell is free: there is no fixed tick, so a reply under the limits goes out at
//! once. A 429 that comes anyway is waited out by `send.rs`.
//!
//! This file decides only *when* a message may go; it never sees message text and never sends.

use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};
use teloxide::types::ChatId;

/// How many sends pass between forgetting the chats whose limiters are full again.
const PRUNE_EVERY: u64 = 4096;

/// The rate limits for outgoing messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Messages a private chat may get at once (a reply of two or three messages).
    pub private_burst: u32,
    /// Messages a private chat may get per second in the long run.
    pub private_per_second: u32,
    /// Messages a group or channel may get per minute.
    pub group_per_minute: u32,
    /// Messages all chats together may get in any one second.
    pub overall_per_second: u32,
}

/// The rate limits Telegram documents for bots: a burst of three messages in a private chat and
/// then one a second, 20 a minute in a group or channel, 30 a second overall.
pub fn telegram_limits() -> Limits {
    Limits {
        private_burst: 3,
        private_per_second: 1,
        group_per_minute: 20,
        overall_per_second: 30,
    }
}

/// No limits: only for load tests and end-to-end tests against a fake Bot API, to measure the
/// bot itself. Telegram would answer with 429s.
pub fn unthrottled() -> Limits {
    Limits {
        private_burst: u32::MAX,
        private_per_second: u32::MAX,
        group_per_minute: u32::MAX,
        overall_per_second: u32::MAX,
    }
}

impl Limits {
    /// Whether these limits hold nothing back.
    pub fn is_off(&self) -> bool {
        *self == unthrottled()
    }
}

/// The limiters of every chat and the overall one.
#[derive(Debug)]
pub(super) struct Pace {
    private: DefaultKeyedRateLimiter<i64>,
    group: DefaultKeyedRateLimiter<i64>,
    overall: DefaultDirectRateLimiter,
    sends: AtomicU64,
}

impl Pace {
    /// The limiters for `limits`, or `None` when they are off.
    pub(super) fn new(limits: Limits) -> Option<Pace> {
        if limits.is_off() {
            return None;
        }
        let at_least_one = |n: u32| NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN);
        let private = Quota::per_second(at_least_one(limits.private_per_second))
            .allow_burst(at_least_one(limits.private_burst));
        // One message at a time in a group: a burst there would break the minute's limit.
        let group = Quota::with_period(
            Duration::from_secs(60) / at_least_one(limits.group_per_minute).get(),
        )
        .unwrap_or_else(|| Quota::per_minute(NonZeroU32::MIN));
        // Overall, a reply's burst and then a steady rate, so that no second holds more than
        // `overall_per_second` messages.
        let overall = limits.overall_per_second.max(2);
        let burst = limits.private_burst.clamp(1, overall / 2);
        let overall = Quota::with_period(Duration::from_secs(1) / (overall - burst))
            .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
            .allow_burst(at_least_one(burst));
        Some(Pace {
            private: RateLimiter::keyed(private),
            group: RateLimiter::keyed(group),
            overall: RateLimiter::direct(overall),
            sends: AtomicU64::new(0),
        })
    }

    /// Waits until a message to `chat` may go: first the chat's own limit, then the overall one.
    /// Returns at once when neither is reached.
    pub(super) async fn ready(&self, chat: ChatId) {
        // Groups, supergroups and channels have negative ids, private chats positive ones.
        let limiter = if chat.0 < 0 {
            &self.group
        } else {
            &self.private
        };
        limiter.until_key_ready(&chat.0).await;
        self.overall.until_ready().await;
        if self.sends.fetch_add(1, Ordering::Relaxed) % PRUNE_EVERY == PRUNE_EVERY - 1 {
            // Chats whose limiter is full again behave as if never seen: forget them.
            for limiter in [&self.private, &self.group] {
                limiter.retain_recent();
                limiter.shrink_to_fit();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_private_chat_gets_a_burst_then_waits_and_others_do_not() {
        let pace = Pace::new(telegram_limits()).unwrap();
        let anna = 1_i64;
        assert!((0..3).all(|_| pace.private.check_key(&anna).is_ok()));
        assert!(
            pace.private.check_key(&anna).is_err(),
            "a fourth at once waits"
        );
        assert!(
            pace.private.check_key(&2).is_ok(),
            "another chat does not wait"
        );
    }

    #[test]
    fn a_group_gets_one_message_at_a_time_and_all_chats_a_burst_of_three() {
        let pace = Pace::new(telegram_limits()).unwrap();
        assert!(pace.group.check_key(&-5).is_ok());
        assert!(pace.group.check_key(&-5).is_err());
        assert!((0..3).all(|_| pace.overall.check().is_ok()));
        assert!(pace.overall.check().is_err());
    }

    #[test]
    fn off_limits_make_no_limiter() {
        assert!(Pace::new(unthrottled()).is_none());
        assert!(!telegram_limits().is_off());
    }

    #[test]
    fn ready_does_not_wait_under_the_limits_and_waits_over_them() {
        use futures::FutureExt;
        let pace = Pace::new(telegram_limits()).unwrap();
        // The burst goes out without a single pending poll: no tick to wait for.
        for _ in 0..3 {
            assert!(pace.ready(ChatId(7)).now_or_never().is_some());
        }
        assert!(pace.ready(ChatId(7)).now_or_never().is_none());
        // Another chat is under its own limit (only the overall burst of three is spent).
        assert!(pace.private.check_key(&8).is_ok());
    }
}
