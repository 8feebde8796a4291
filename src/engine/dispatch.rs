//! One turn: the order in which an input is looked at, and how texts become replies.
//!
//! Red flags come first on every free-text message, then content changes, then a pause, and only
//! then the input itself. This room owns the `Turner` and its texts; it never decides what a
//! dialog does next (that is `flow`) nor how text is read (`interpret`).

use jiff::Timestamp;

use super::reply::Direction;
use super::{Event, Input, Position, Reply, Session, Settings, SideQuestion, Turn};
use crate::content::messages::{self as msg, Text};
use crate::content::{Assessment, Content, Tier, fold};
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
        // An option's own label, typed, chooses that option: staff wrote it, and a label such as
        // "someone hurts me" leads into the dialog's own answer for it.
        let flagged = match &input {
            Input::Text(raw) if !self.names_an_option(raw) => self.red_flag(raw),
            Input::Late(raw) => self.red_flag(raw),
            _ => None,
        };
        // Where a message typed at the menu would have led, for after "no" to a safety question.
        let then = match (&input, &flagged) {
            (Input::Text(raw), Some(a)) if a.tier == Tier::Possible => self.routes_for(raw),
            _ => Vec::new(),
        };
        let reset = self.reconcile_content();
        if let Some(Assessment { category, tier, .. }) = flagged {
            match tier {
                Tier::Certain if !reset => {
                    self.say(msg::emergency_continue());
                    self.after_emergency(&category);
                }
                Tier::Certain => {}
                // The question goes after any content-change notice, so it is the last word.
                Tier::Possible => self.ask_safety(category, then),
            }
        } else if reset && !matches!(input, Input::Command(_)) {
            // The message answered a question that is gone; the new start has been shown.
        } else if self.offer_resume(&input) {
            // The person is asked whether to continue; the message itself is not an answer.
        } else {
            match input {
                Input::Text(text) => self.text(&text),
                Input::Choice { question, index } => self.choice(question, index),
                Input::Late(_) => self.late(),
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
        self.emit_marked(text, options, alert, None);
    }

    /// Sends what is pending plus the safety question of `category` as one message.
    pub(super) fn emit_caution(&mut self, text: String, options: Vec<String>, category: String) {
        self.emit_marked(text, options, None, Some(category));
    }

    fn emit_marked(
        &mut self,
        text: String,
        options: Vec<String>,
        alert: Option<String>,
        caution: Option<String>,
    ) {
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
        let lang = self.session.locale.clone();
        let rtl = self
            .content
            .l10n()
            .locale(lang.as_str())
            .is_some_and(|l| l.rtl);
        self.turn.replies.push(Reply {
            text: parts.join("\n\n"),
            options,
            dialog,
            step,
            alert,
            caution,
            lang,
            dir: if rtl { Direction::Rtl } else { Direction::Ltr },
            question,
        });
    }

    // ----- safety ------------------------------------------------------------------------

    /// Checks free text against the red-flag net of every locale and gives the emergency answer
    /// at once when it is certain. The matched text is not stored or logged; only the category
    /// and the tier travel on.
    fn red_flag(&mut self, raw: &str) -> Option<Assessment> {
        let norm = fold(&super::interpret::sanitise(raw));
        let assessment = self.content.patterns().assess(&norm)?;
        if assessment.tier == Tier::Certain {
            self.emergency(Some(&assessment.category));
        }
        Some(assessment)
    }

    /// The possible tier: asks whether it is happening now, naming 112. Nothing else changes.
    fn ask_safety(&mut self, category: String, then: Vec<DialogId>) {
        self.turn.events.push(Event::SafetyQuestion {
            category: category.clone(),
        });
        self.session.pending = Some(SideQuestion::Safety { category, then });
        self.new_question();
    }

    /// The answer to the safety question: yes gives the category's emergency answer; no goes
    /// back to where the person was, with nothing changed — or, when the message was typed at
    /// the menu and fitted dialogs, on to them (`then`).
    pub(super) fn answer_safety(&mut self, category: &str, then: &[DialogId], yes: bool) {
        self.session.pending = None;
        if yes {
            self.emergency(Some(category));
            self.say(msg::emergency_continue());
            self.after_emergency(category);
        } else if then.is_empty() {
            self.say(msg::safety_no());
            self.prompt();
        } else {
            self.say(msg::safety_no_route());
            self.go_to_dialogs(then.to_vec());
        }
    }

    /// The safety question of a category, or the general one when its locale chain lacks one.
    pub(super) fn safety_question(&self, category: &str) -> String {
        let sv = crate::ids::LocaleCode::new(crate::content::SOURCE_LOCALE);
        let own = msg::safety_question_for(category);
        if self.content.l10n().has(&sv, own.id()) {
            self.fmt(own)
        } else {
            self.fmt(msg::safety_question())
        }
    }

    /// The emergency answer of a category (or the general one), as a message of its own.
    pub(super) fn emergency(&mut self, category: Option<&str>) {
        let text = super::render::emergency_message(self.content, category);
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
