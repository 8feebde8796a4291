//! The Fluent messages the engine itself uses, and the arguments it passes to each.
//!
//! `lots check` verifies that every one of them exists in Swedish, and that none of them uses a
//! variable the engine does not pass. Translators find the list here.

/// One engine message: its id and the arguments the engine passes when it formats it.
#[derive(Debug, Clone, Copy)]
pub struct Required {
    /// The Fluent message id.
    pub id: &'static str,
    /// The `$arguments` the engine passes to this message.
    pub args: &'static [&'static str],
}

const fn req(id: &'static str, args: &'static [&'static str]) -> Required {
    Required { id, args }
}

/// Every message the engine formats, apart from the per-dialog and per-actor ones.
pub const REQUIRED: &[Required] = &[
    // Welcome and menu.
    req("welcome", &[]),
    req("menu-prompt", &[]),
    req("menu-topic-prompt", &["topic"]),
    req("menu-all-topics", &[]),
    req("dialog-end", &[]),
    // Commands.
    req("help", &[]),
    req("back-done", &[]),
    req("back-nothing", &[]),
    req("restart-done", &[]),
    req("language-changed", &["language"]),
    req("language-unknown", &["code", "available"]),
    req("language-list", &["available"]),
    req("summary-header", &[]),
    req("summary-swedish-header", &[]),
    req("summary-empty", &[]),
    // Coming back, content changes and the profile (locales/<lang>/sessions.ftl).
    // Actor cards (locales/<lang>/cards.ftl).
    req("actor-open-now", &[]),
    req("actor-closed-opens", &["day", "time"]),
    req("actor-closed-alternative", &["name", "contact"]),
    req("actor-age-range", &["min", "max"]),
    req("actor-age-min", &["min"]),
    req("actor-age-max", &["max"]),
    req("day-today", &[]),
    req("day-tomorrow", &[]),
    req("weekday-1", &[]),
    req("weekday-2", &[]),
    req("weekday-3", &[]),
    req("weekday-4", &[]),
    req("weekday-5", &[]),
    req("weekday-6", &[]),
    req("weekday-7", &[]),
    req("terminal-hint", &[]),
    // The Telegram channel (locales/<lang>/telegram.ftl); the command list is
    // `channel::telegram::COMMANDS`.
    req("telegram-private-only", &[]),
    req("telegram-text-only", &[]),
    req("telegram-button-unknown", &[]),
    req("telegram-error", &[]),
    req("telegram-command-start", &[]),
    req("telegram-command-menu", &[]),
    req("telegram-command-back", &[]),
    req("telegram-command-restart", &[]),
    req("telegram-command-summary", &[]),
    req("telegram-command-language", &[]),
    req("telegram-command-mydata", &[]),
    req("telegram-command-forget", &[]),
    req("telegram-command-help", &[]),
    req("route-suggest", &[]),
    req("route-nothing", &[]),
    req("resume-welcome-back", &[]),
    req("resume-question", &[]),
    req("resume-continue", &[]),
    req("resume-restart", &[]),
    req("content-changed-restart", &[]),
    req("content-changed-menu", &[]),
    req("profile-consent-question", &[]),
    req("profile-consent-given", &[]),
    req("profile-consent-refused", &[]),
    req("profile-used", &["answer"]),
    req("mydata-profile", &["profile"]),
    req("mydata-consent-yes", &[]),
    req("mydata-consent-no", &[]),
    req("mydata-header", &[]),
    req("mydata-language", &["language"]),
    req("mydata-position", &["position"]),
    req("mydata-position-menu", &[]),
    req("mydata-vars", &["vars"]),
    req("mydata-notes", &["count"]),
    req("mydata-since", &["since"]),
    req("mydata-nothing", &[]),
    req("forget-done", &[]),
    // Odd input.
    req("input-empty", &[]),
    req("input-too-long", &["max"]),
    req("input-not-understood", &[]),
    req("option-out-of-range", &["max"]),
    req("command-unknown", &["command"]),
    req("stale-button", &[]),
    req("input-invalid-number", &["min", "max"]),
    req("input-invalid-yes-no", &[]),
    req("input-invalid-pattern", &[]),
    req("input-invalid-text", &["max"]),
    // Safety.
    req("emergency-general", &[]),
    req("emergency-continue", &[]),
    // Actor cards.
    req("actor-phone", &["phone"]),
    req("actor-web", &["web"]),
    // Common answer labels.
    req("answer-yes", &[]),
    req("answer-no", &[]),
];
