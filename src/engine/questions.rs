//! What the person can answer right now, and showing it.
//!
//! The session's position and pending side question decide the current question; this room
//! works it out in one place (`current`) and shows it with its options. It never changes
//! variables or moves through a dialog.

use super::dispatch::Turner;
use super::{Position, SideQuestion};
use crate::content::messages::{self as msg, Text};
use crate::content::{Choice, Dialog, Input, Step, Then, Topic};

/// What the person can answer right now.
pub(super) enum Current<'c> {
    Menu,
    Topic(&'c Topic),
    Options(&'c Dialog, &'c Step, &'c [Choice]),
    Input(&'c Dialog, &'c Step, &'c Input),
    /// Dialogs that fit what the person wrote.
    Suggest(Vec<&'c Dialog>),
    /// A question beside the dialog.
    Side(SideQuestion),
    /// The session stands somewhere the content no longer has.
    Lost,
}

impl<'a> Turner<'a> {
    pub(super) fn current(&self) -> Current<'a> {
        if let Some(side) = &self.session.pending {
            return Current::Side(side.clone());
        }
        let content = self.content;
        match &self.session.position {
            Position::Menu => Current::Menu,
            Position::Suggest { dialogs } => {
                let found: Vec<&Dialog> = dialogs
                    .iter()
                    .filter_map(|d| content.dialog(d.as_str()))
                    .collect();
                if found.is_empty() {
                    Current::Lost
                } else {
                    Current::Suggest(found)
                }
            }
            Position::Topic { topic } => content
                .menu()
                .iter()
                .find(|t| &t.id == topic)
                .map_or(Current::Lost, Current::Topic),
            Position::Dialog { frames } => {
                let Some(frame) = frames.last() else {
                    return Current::Lost;
                };
                let Some(dialog) = content.dialog(frame.dialog.as_str()) else {
                    return Current::Lost;
                };
                match dialog.step(&frame.step).map(|s| (s, &s.then)) {
                    Some((step, Then::Options { options, .. })) => {
                        Current::Options(dialog, step, options)
                    }
                    Some((step, Then::Input { input, .. })) => Current::Input(dialog, step, input),
                    _ => Current::Lost,
                }
            }
        }
    }

    /// The labels of the options the person can choose now.
    pub(super) fn labels(&self) -> Vec<String> {
        let content = self.content;
        let titles = |dialogs: &mut dyn Iterator<Item = &Dialog>| -> Vec<String> {
            dialogs
                .map(|d| self.fmt(&d.title))
                .chain([self.fmt(msg::menu_all_topics())])
                .collect()
        };
        match self.current() {
            Current::Menu => content.menu().iter().map(|t| self.fmt(&t.title)).collect(),
            Current::Topic(topic) => titles(
                &mut topic
                    .dialogs
                    .iter()
                    .filter_map(|d| content.dialog(d.as_str())),
            ),
            Current::Options(_, _, options) => options.iter().map(|o| self.fmt(&o.label)).collect(),
            Current::Suggest(dialogs) => titles(&mut dialogs.into_iter()),
            Current::Side(SideQuestion::Resume) => {
                vec![
                    self.fmt(msg::resume_continue()),
                    self.fmt(msg::resume_restart()),
                ]
            }
            Current::Side(SideQuestion::Consent | SideQuestion::Safety { .. }) => {
                vec![self.fmt(msg::answer_yes()), self.fmt(msg::answer_no())]
            }
            Current::Input(..) | Current::Lost => Vec::new(),
        }
    }

    /// Shows the current question again (or the menu).
    pub(super) fn prompt(&mut self) {
        let question: Text = match self.current() {
            Current::Menu => msg::menu_prompt(),
            Current::Topic(topic) => msg::menu_topic_prompt(self.fmt(&topic.title)),
            Current::Suggest(_) => msg::route_suggest(),
            Current::Side(SideQuestion::Resume) => msg::resume_question(),
            Current::Side(SideQuestion::Consent) => msg::profile_consent_question(),
            Current::Side(SideQuestion::Safety { category, .. }) => {
                let text = self.safety_question(&category);
                let labels = self.labels();
                return self.emit_caution(text, labels, category);
            }
            Current::Options(dialog, step, _) | Current::Input(dialog, step, _)
                if self.session.consent.is_none()
                    && super::profile::asked_fact(dialog, step).is_some() =>
            {
                // Before a question about a profile fact, ask once whether Lots may remember it.
                self.session.pending = Some(SideQuestion::Consent);
                return self.prompt();
            }
            Current::Options(_, step, _) | Current::Input(_, step, _) => match &step.then {
                Then::Options { ask, .. } | Then::Input { ask, .. } => Text::content(ask),
                _ => return,
            },
            Current::Lost => {
                self.session.position = Position::Menu;
                return self.new_question();
            }
        };
        let text = self.fmt(question);
        let labels = self.labels();
        self.emit(text, labels, None);
    }

    /// Shows a question the person has not seen yet: older buttons become stale.
    pub(super) fn new_question(&mut self) {
        self.session.question = self.session.question.wrapping_add(1);
        self.prompt();
    }

    pub(super) fn show_menu(&mut self) {
        self.session.position = Position::Menu;
        self.new_question();
    }
}
