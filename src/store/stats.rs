//! The anonymous statistics: named counters, no chat ids, no answers.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::engine::Event;

/// Counters by key. A key is `kind` and its subject separated by tabs, e.g. `started\taudit-c`,
/// `left\tsore-throat\tfever`, `referred\t1177`, `language\ten`, `emergency\tchest-pain`,
/// `dialog-error\taudit-c\tresult`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Counter values by key.
    pub counters: BTreeMap<String, u64>,
}

impl Stats {
    /// The value of a counter (0 when it was never counted).
    pub fn get(&self, key: &str) -> u64 {
        self.counters.get(key).copied().unwrap_or(0)
    }

    /// Adds the events to the counters.
    pub fn add(&mut self, events: &[Event]) {
        for event in events {
            for key in counter_keys(event) {
                *self.counters.entry(key).or_default() += 1;
            }
        }
    }

    /// One row per counter: kind, subject (dialog, actor, language, category), step, count.
    pub fn rows(&self) -> Vec<[String; 4]> {
        self.counters
            .iter()
            .map(|(key, n)| {
                let mut parts = key.splitn(3, '\t');
                let kind = parts.next().unwrap_or_default().to_owned();
                let subject = parts.next().unwrap_or_default().to_owned();
                let step = parts.next().unwrap_or_default().to_owned();
                [kind, subject, step, n.to_string()]
            })
            .collect()
    }
}

/// The counters an event adds one to.
pub fn counter_keys(event: &Event) -> Vec<String> {
    match event {
        Event::Started { dialog, locale } => {
            vec![format!("started\t{dialog}"), format!("language\t{locale}")]
        }
        Event::Completed { dialog } => vec![format!("completed\t{dialog}")],
        Event::Left { dialog, step } => vec![format!("left\t{dialog}\t{step}")],
        Event::Referred { actor } => vec![format!("referred\t{actor}")],
        Event::Emergency { category } => vec![format!("emergency\t{category}")],
        Event::SafetyQuestion { category } => vec![format!("safety-question\t{category}")],
        Event::DialogError { dialog, step } => vec![format!("dialog-error\t{dialog}\t{step}")],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{DialogId, StepId};

    #[test]
    fn a_dialog_error_is_counted_by_dialog_and_step() {
        let mut stats = Stats::default();
        let error = Event::DialogError {
            dialog: DialogId::new("audit-c"),
            step: StepId::new("result"),
        };
        stats.add(&[error.clone(), error]);
        assert_eq!(stats.get("dialog-error\taudit-c\tresult"), 2);
        assert_eq!(
            stats.rows(),
            [["dialog-error", "audit-c", "result", "2"].map(String::from)]
        );
    }
}
