//! One turn: the order in which an input is looked at, and how texts become replies.
//!
//! Red flags come first on every free-text message, then content changes, then a pause, and only
//! then the input itself. This room owns the `Turner` and its texts; it never decides what a
//! dialog does next (that is `flow`) nor how text is read (`interpret`).

use jiff::Timestamp;

use super::{Event, Input, Position, Reply, Session, Settings, Turn};
use crate::content::messages::{self as msg, Text};
use crate::content::{Content, fold};
use crate::ids::DialogId;
use crate::value::Value;

/// How many dialogs free text or an emergency answer may offer at once.
pub(super) const MAX_SUGGESTIONS: usize = 3;

/// Runs one turn: holds the content, the session and what the turn has produced so far.
pub(super) struct Turner<'a> {
    pub(super) content: &'a Content,
    pub(super) settings: &'a Settings,
    pub(super) session: &'a mut Session,
    /// Texts said so far that go out with the next reply.
    pending: Vec<String>,
    pub(super) turn: Turn,
    pub(super) now: Timestamp,
}

impl<'a> Turner<'a> {
    pub(super) fn new(
        content: &'a Content,
        settings: &'a Settings,
        session: &'a mut Session,
        now: Timestamp,
    ) -> Self {
        Self {
            content,
            settings,
            session,
            pending: Vec::new(),
            turn: Turn::default(),
            now,
        }
    }

    /// Runs the turn and returns what it produced.
    pub(super) fn run(mut self, input: Input) -> Turn {
        // Red flags first, on every free-text message, whatever else is going on.
        let flagged = match &input {
            Input::Text(raw) => self.red_flag(raw),
            _ => None,
        };
        let reset = self.reconcile_content();
        if let Some(category) = flagged {
            if !reset {
                self.say(msg::emergency_continue());
                self.after_emergency(&category);
            }
        } else if reset && !matches!(input, Input::Command(_)) {
            // The message answered a question that is gone; the new start has been shown.
        } else if self.offer_resume(&input) {
            // The person is asked whether to continue; the message itself is not an answer.
        } else {
            match input {
                Input::Text(text) => self.text(&text),
                Input::Choice { question, index } => self.choice(question, index),
                Input::Command(command) => self.command(command),
            }
        }
        self.emit(String::new(), Vec::new(), None);
        self.turn
    }

    // ----- texts and replies -------------------------------------------------------------

    /// Formats a message of the code or the content in the person's language.
    pub(super) fn fmt(&self, text: impl Into<Text>) -> String {
        self.content
            .l10n()
            .text(&self.session.locale, &text.into(), &self.session.vars)
    }

    /// Says a message: it goes out with the next reply.
    pub(super) fn say(&mut self, text: impl Into<Text>) {
        let text = self.fmt(text);
        self.say_composed(text);
    }

    /// Says a text composed from several messages (an actor card, the summary).
    pub(super) fn say_composed(&mut self, text: String) {
        if !text.trim().is_empty() {
            self.pending.push(text);
        }
    }

    /// A value as the person reads it: yes and no in their language, numbers and text through
    /// Fluent.
    pub(super) fn show(&self, value: &Value) -> String {
        match value {
            Value::Bool(true) => self.fmt(msg::answer_yes()),
            Value::Bool(false) => self.fmt(msg::answer_no()),
            other => self.fmt(msg::value(other.clone())),
        }
    }

    /// Sends what is pending plus `text` as one message.
    pub(super) fn emit(&mut self, text: String, options: Vec<String>, alert: Option<String>) {
        let mut parts = std::mem::take(&mut self.pending);
        if !text.trim().is_empty() {
            parts.push(text);
        }
        if parts.is_empty() && options.is_empty() && alert.is_none() {
            return;
        }
        let (dialog, step) = match self.session.here() {
            Some(f) => (Some(f.dialog.clone()), Some(f.step.clone())),
            None => (None, None),
        };
        let question = (!options.is_empty()).then_some(self.session.question);
        self.turn.replies.push(Reply {
            text: parts.join("\n\n"),
            options,
            dialog,
            step,
            alert,
            question,
        });
    }

    // ----- safety ------------------------------------------------------------------------

    /// Checks free text against the red-flag patterns of every locale and gives the emergency
    /// answer on a hit. The matched text is not stored or logged; only the category travels on.
    fn red_flag(&mut self, raw: &str) -> Option<String> {
        let norm = fold(&super::interpret::sanitise(raw));
        let category = self.content.patterns().red_flag(&norm)?.to_owned();
        self.emergency(Some(&category));
        Some(category)
    }

    /// The emergency answer of a category (or the general one), as a message of its own.
    pub(super) fn emergency(&mut self, category: Option<&str>) {
        let sv = crate::ids::LocaleCode::new(crate::content::SOURCE_LOCALE);
        let text = category
            .map(msg::emergency)
            .filter(|t| self.content.l10n().has(&sv, t.id()))
            .unwrap_or_else(msg::emergency_general);
        // Whatever was pending goes first, so that the emergency answer stands alone.
        self.emit(String::new(), Vec::new(), None);
        let text = self.fmt(text);
        let category = category.unwrap_or("emergency").to_owned();
        self.turn.events.push(Event::Emergency {
            category: category.clone(),
        });
        self.emit(text, Vec::new(), Some(category));
    }

    /// After an emergency answer: a person in a dialog is asked its question again; anyone else
    /// is offered the dialogs that follow this category (`after_emergency`), or the menu.
    fn after_emergency(&mut self, category: &str) {
        if matches!(self.session.position, Position::Dialog { .. }) {
            self.prompt();
            return;
        }
        let follow: Vec<DialogId> = self
            .content
            .dialogs()
            .filter(|d| d.after_emergency.iter().any(|c| c == category))
            .map(|d| d.id.clone())
            .take(MAX_SUGGESTIONS)
            .collect();
        if follow.is_empty() {
            self.prompt();
        } else {
            self.session.position = Position::Suggest { dialogs: follow };
            self.new_question();
        }
    }
}
