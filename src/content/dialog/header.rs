//! The `[dialog]` table (id, title, menu topic, strategies, start, order, `after_emergency`) and
//! the `[review]` table of a dialog file.
//!
//! It checks what needs only these tables: the id against the file name, the strategies and the
//! red-flag categories. The start step is only read here, never resolved: that needs the step ids
//! (`steps.rs`).

use std::sync::Arc;

use toml::Spanned;
use toml::de::DeValue;

use super::is_valid_id;
use super::reader::Reader;
use crate::content::diag::{Report, SourceFile, did_you_mean};
use crate::content::model::{Review, STRATEGIES};
use crate::content::toml_read::{Sp, Table};

/// The keys of `[dialog]`.
const DIALOG_KEYS: &[&str] = &[
    "id",
    "title",
    "topic",
    "strategies",
    "start",
    "order",
    "after_emergency",
];

/// What `[dialog]` holds besides its id, read and checked as far as it can be on its own.
pub(super) struct Header {
    /// The menu title message, already recorded as a use.
    pub(super) title: Option<Sp<String>>,
    /// The menu topic, already recorded as a use.
    pub(super) topic: Option<Sp<String>>,
    /// The strategies as written, known or not (unknown ones are reported).
    pub(super) strategies: Vec<String>,
    /// The start step as written; resolved once the step ids are known.
    pub(super) start: Option<Sp<String>>,
    /// Place in the menu, 100 when not given.
    pub(super) order: i64,
    /// The known red-flag categories of `after_emergency`.
    pub(super) after_emergency: Vec<String>,
}

/// The `[dialog]` table, or `None` (reported) when the file has none or it is not a table.
pub(super) fn dialog_table<'a, 'i>(
    top: &Table<'a, 'i>,
    report: &mut Report,
) -> Option<Table<'a, 'i>> {
    let file = top.file();
    let Some(header) = top.get("dialog") else {
        report.error(file, 0..0, "a dialog file needs a `[dialog]` table");
        return None;
    };
    Table::new(file, header, "[dialog]", DIALOG_KEYS, report)
}

/// Checks that the dialog's id is its file name, and that the file name is a valid id.
pub(super) fn check_id(header: &Table<'_, '_>, expected_id: &str, report: &mut Report) {
    let file = header.file();
    let id = header.str("id", report);
    if let Some(id) = &id
        && id.value != expected_id
    {
        report.error(
            file,
            id.span.clone(),
            format!(
                "the dialog id `{}` must equal the file name `{expected_id}`",
                id.value
            ),
        );
    }
    if !is_valid_id(expected_id) {
        report.error(
            file,
            0..0,
            format!(
                "the dialog file name `{expected_id}` must use lowercase letters, digits and `-`"
            ),
        );
    }
}

impl Reader<'_> {
    /// Reads `[dialog]` after its id, recording the title and topic as uses.
    pub(super) fn header(&mut self, header: &Table<'_, '_>, categories: &[String]) -> Header {
        let title = header.str("title", self.report);
        if let Some(title) = &title {
            self.message(title);
        }
        let topic = header.str("topic", self.report);
        if let Some(topic) = &topic {
            let at = self.at(topic);
            self.uses.topics.push(at);
        }
        let strategies = self.strategies(header);
        let start = header.str("start", self.report);
        let order = header
            .opt_int("order", self.report)
            .map_or(100, |o| o.value);
        let after_emergency = self.after_emergency(header, categories);
        Header {
            title,
            topic,
            strategies,
            start,
            order,
            after_emergency,
        }
    }

    /// Reads `strategies`, which must be there and name at least one known strategy.
    fn strategies(&mut self, header: &Table<'_, '_>) -> Vec<String> {
        let strategies = header.str_list("strategies", self.report);
        if header.get("strategies").is_none() {
            self.error(
                header.span().start..header.span().start,
                "[dialog] needs the key `strategies`",
            );
        } else if strategies.is_empty() {
            self.error(
                header.key_span("strategies").unwrap_or(0..0),
                "`strategies` must name at least one strategy",
            );
        }
        for s in &strategies {
            if !STRATEGIES.contains(&s.value.as_str()) {
                self.error(
                    s.span.clone(),
                    format!(
                        "unknown strategy `{}`{}; the strategies are {}",
                        s.value,
                        did_you_mean(&s.value, STRATEGIES),
                        STRATEGIES.join(", ")
                    ),
                );
            }
        }
        strategies.into_iter().map(|s| s.value).collect()
    }

    /// Reads `after_emergency`, keeping the categories that exist and reporting the others.
    fn after_emergency(&mut self, header: &Table<'_, '_>, categories: &[String]) -> Vec<String> {
        let mut after_emergency = Vec::new();
        for c in header.str_list("after_emergency", self.report) {
            if categories.contains(&c.value) {
                after_emergency.push(c.value);
            } else {
                self.error(
                    c.span.clone(),
                    format!(
                        "unknown red-flag category `{}`{}; the categories are the keys of [redflags] in locales/sv/patterns.toml",
                        c.value,
                        did_you_mean(&c.value, categories.iter().map(String::as_str))
                    ),
                );
            }
        }
        after_emergency
    }
}

/// Reads `[review]`; a dialog without one gets a warning, since its sources and dates are unknown.
pub(super) fn read_review(
    file: &Arc<SourceFile>,
    value: Option<&Spanned<DeValue<'_>>>,
    report: &mut Report,
) -> Option<Review> {
    let Some(value) = value else {
        report.warning(
            file,
            0..0,
            "the dialog has no `[review]` with sources and dates",
        );
        return None;
    };
    let table = Table::new(
        file,
        value,
        "[review]",
        &["sources", "reviewed", "expires", "notes"],
        report,
    )?;
    if table.get("sources").is_none() {
        report.error(
            file,
            table.span().start..table.span().start,
            "[review] needs the key `sources`",
        );
    }
    let sources = table.str_list("sources", report);
    let reviewed = table.date("reviewed", report);
    let expires = table.date("expires", report);
    let notes = table.opt_str("notes", report);
    Some(Review {
        sources: sources.into_iter().map(|s| s.value).collect(),
        reviewed: reviewed?.value,
        expires: expires?.value,
        notes: notes.map(|n| n.value),
    })
}
