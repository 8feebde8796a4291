//! The dialog engine: pure and synchronous.
//!
//! [`step`] takes the content, a session, one input and the current time, changes the session and
//! returns the bot's replies. It does no I/O, knows no channel and no store, and never panics on
//! what a person sends. Red flags are checked on every free-text message before anything else.

mod input;
mod render;
mod reply;
mod session;

use jiff::{SignedDuration, Timestamp};

pub use input::{Command, Input};
pub use reply::Reply;
pub use session::{
    Frame, MAX_HISTORY, MAX_NOTES, Note, Position, SESSION_SCHEMA, Session, Snapshot,
};

use crate::content::{
    Assign, Choice, Content, Dialog, InputKind, MAX_TEXT_ANSWER, Route, SOURCE_LOCALE, Step,
    Target, Then, fold,
};
use crate::ids::{ActorId, DialogId, LocaleCode, MessageId, StepId};
use crate::value::Value;
use crate::value::Vars;

/// The longest message the engine reads as an answer; longer ones are still checked for red flags.
pub const MAX_MESSAGE_CHARS: usize = 2000;

/// The variable that holds a person's age in whole years, when a dialog asks for it; actor cards
/// outside their age limits are then not shown.
pub const AGE_VAR: &str = "age_years";

/// How many dialogs free text at the menu may offer at once.
const MAX_SUGGESTIONS: usize = 3;

/// How many steps one turn may pass through before the engine stops a runaway loop.
const MAX_STEPS_PER_TURN: usize = 500;

/// Operator settings the engine needs. The defaults are the production values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// After how long a pause a person who stands in a dialog is asked whether to continue where
    /// they were or start over.
    pub resume_after: SignedDuration,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            resume_after: SignedDuration::from_hours(1),
        }
    }
}

/// Something the anonymous statistics count. It holds no chat id, no answer and no text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A dialog was started (from the menu, a deep link, `/restart` or a fresh start).
    Started {
        /// The dialog.
        dialog: DialogId,
        /// The language the person reads.
        locale: LocaleCode,
    },
    /// A dialog reached one of its ends.
    Completed {
        /// The dialog.
        dialog: DialogId,
    },
    /// A person left a dialog before its end, standing at this step.
    Left {
        /// The dialog.
        dialog: DialogId,
        /// The step they stood on.
        step: StepId,
    },
    /// An actor card was shown.
    Referred {
        /// The actor.
        actor: ActorId,
    },
    /// An emergency answer was given.
    Emergency {
        /// The red-flag category, or `emergency` for a dialog's own emergency end.
        category: String,
    },
}

/// What one turn produced besides the session change.
#[derive(Debug, Clone, Default)]
pub struct Turn {
    /// The bot's messages, in order.
    pub replies: Vec<Reply>,
    /// The person asked to be forgotten: the channel must delete the stored session.
    pub forget: bool,
    /// Every step entered during the turn, for coverage and statistics.
    pub visited: Vec<(DialogId, StepId)>,
    /// What the anonymous statistics count.
    pub events: Vec<Event>,
}

/// Runs one turn of the conversation with the default [`Settings`].
pub fn step(content: &Content, session: &mut Session, input: Input, now: Timestamp) -> Turn {
    step_with(content, &Settings::default(), session, input, now)
}

/// Runs one turn of the conversation.
pub fn step_with(
    content: &Content,
    settings: &Settings,
    session: &mut Session,
    input: Input,
    now: Timestamp,
) -> Turn {
    let before = session.here().cloned();
    let mut turn = Turner {
        content,
        settings,
        session,
        pending: Vec::new(),
        turn: Turn::default(),
        now,
    };
    turn.run(input);
    let Turner {
        session, mut turn, ..
    } = turn;
    if let Some(frame) = before {
        let still_in = match &session.position {
            Position::Dialog { frames } => frames.iter().any(|f| f.dialog == frame.dialog),
            _ => false,
        };
        let restarted = turn
            .events
            .iter()
            .any(|e| matches!(e, Event::Started { dialog, .. } if *dialog == frame.dialog));
        let completed = turn
            .events
            .iter()
            .any(|e| matches!(e, Event::Completed { dialog } if *dialog == frame.dialog));
        if (!still_in || restarted) && !completed {
            turn.events.push(Event::Left {
                dialog: frame.dialog,
                step: frame.step,
            });
        }
    }
    if !turn.forget {
        session.greeted = true;
        session.last_active = now;
        session.content_version = content.version().to_owned();
    }
    turn
}

/// The locale a new session should use for a requested language tag (or Swedish).
pub fn initial_locale(content: &Content, requested: Option<&str>) -> LocaleCode {
    requested
        .and_then(|r| content.l10n().negotiate(r))
        .unwrap_or_else(|| LocaleCode::new(SOURCE_LOCALE))
}

/// What the person can answer right now.
enum Current<'c> {
    Menu,
    Topic(&'c crate::content::Topic),
    Options(&'c Dialog, &'c Step, &'c [Choice]),
    Input(&'c Dialog, &'c Step, &'c crate::content::Input),
    /// Dialogs that fit what the person wrote.
    Suggest(Vec<&'c Dialog>),
    /// The person came back after a pause: continue or start over?
    Resume,
    /// May Lots remember the profile fact the next question asks for?
    Consent,
    /// The session stands somewhere the content no longer has.
    Lost,
}

/// How typed text picks an option.
enum Pick {
    Index(usize),
    OutOfRange(usize),
    None,
}

struct Turner<'a> {
    content: &'a Content,
    settings: &'a Settings,
    session: &'a mut Session,
    pending: Vec<String>,
    turn: Turn,
    now: Timestamp,
}

impl<'a> Turner<'a> {
    fn run(&mut self, input: Input) {
        // Red flags first, on every free-text message, whatever else is going on.
        let flagged = match &input {
            Input::Text(raw) => self.red_flag(raw),
            _ => None,
        };
        let reset = self.reconcile_content();
        if let Some(category) = flagged {
            if !reset {
                let text = self.t("emergency-continue");
                self.say(text);
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
    }

    /// Checks free text against the red-flag patterns of every locale and gives the emergency
    /// answer on a hit. The matched text is not stored or logged; only the category travels on.
    fn red_flag(&mut self, raw: &str) -> Option<String> {
        let norm = fold(&sanitise(raw));
        let category = self.content.patterns().red_flag(&norm)?.to_owned();
        self.emergency(Some(&category));
        Some(category)
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

    /// After a content change, checks that the session still stands somewhere that exists and
    /// means the same. If not, says so kindly and starts that dialog again (or shows the menu).
    /// Returns true when the session was moved.
    fn reconcile_content(&mut self) -> bool {
        let version = self.content.version();
        if self.session.content_version.is_empty() || self.session.content_version == version {
            return false;
        }
        let content = self.content;
        let vars = self.session.vars.clone();
        self.session
            .history
            .retain(|s| position_valid(content, &s.position, &s.vars));
        if position_valid(content, &self.session.position, &vars) {
            return false;
        }
        self.session.resume = false;
        self.session.consent_pending = false;
        let first = match &self.session.position {
            Position::Dialog { frames } => frames.first().cloned(),
            _ => None,
        };
        match first.filter(|f| content.dialog(f.dialog.as_str()).is_some()) {
            Some(frame) => {
                let text = self.t("content-changed-restart");
                self.say(text);
                self.session.notes.truncate(frame.notes_at_start);
                self.start_dialog(&frame.dialog);
            }
            None => {
                let text = self.t("content-changed-menu");
                self.say(text);
                self.show_menu();
            }
        }
        true
    }

    /// A person in a dialog who writes after a long pause is first asked whether to continue.
    fn offer_resume(&mut self, input: &Input) -> bool {
        let paused = self.now.duration_since(self.session.last_active) > self.settings.resume_after;
        if !paused
            || self.session.resume
            || self.session.here().is_none()
            || !matches!(input, Input::Text(_))
        {
            return false;
        }
        self.session.resume = true;
        self.session.consent_pending = false;
        let text = self.t("resume-welcome-back");
        self.say(text);
        self.new_question();
        true
    }

    // ----- texts and replies -------------------------------------------------------------

    fn t(&self, id: &str) -> String {
        self.ta(id, &[])
    }

    fn ta(&self, id: &str, extra: &[(&str, Value)]) -> String {
        self.content
            .l10n()
            .format(&self.session.locale, id, &self.session.vars, extra)
    }

    fn say(&mut self, text: String) {
        if !text.trim().is_empty() {
            self.pending.push(text);
        }
    }

    /// Sends what is pending plus `text` as one message.
    fn emit(&mut self, text: String, options: Vec<String>, alert: Option<String>) {
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

    // ----- where the person stands ---------------------------------------------------------

    fn current(&self) -> Current<'a> {
        let content = self.content;
        if self.session.resume {
            return Current::Resume;
        }
        if self.session.consent_pending {
            return Current::Consent;
        }
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
                match dialog.step(&frame.step) {
                    Some(step) => match &step.then {
                        Then::Options { options, .. } => Current::Options(dialog, step, options),
                        Then::Input { input, .. } => Current::Input(dialog, step, input),
                        _ => Current::Lost,
                    },
                    None => Current::Lost,
                }
            }
        }
    }

    /// The labels of the options the person can choose now.
    fn labels(&self) -> Vec<String> {
        match self.current() {
            Current::Menu => self
                .content
                .menu()
                .iter()
                .map(|t| self.t(t.title.as_str()))
                .collect(),
            Current::Topic(topic) => topic
                .dialogs
                .iter()
                .filter_map(|d| self.content.dialog(d.as_str()))
                .map(|d| self.t(d.title.as_str()))
                .chain([self.t("menu-all-topics")])
                .collect(),
            Current::Options(_, _, options) => {
                options.iter().map(|o| self.t(o.label.as_str())).collect()
            }
            Current::Suggest(dialogs) => dialogs
                .iter()
                .map(|d| self.t(d.title.as_str()))
                .chain([self.t("menu-all-topics")])
                .collect(),
            Current::Resume => vec![self.t("resume-continue"), self.t("resume-restart")],
            Current::Consent => vec![self.t("answer-yes"), self.t("answer-no")],
            Current::Input(..) | Current::Lost => Vec::new(),
        }
    }

    /// Shows the current question again (or the menu).
    fn prompt(&mut self) {
        match self.current() {
            Current::Menu => {
                let text = self.t("menu-prompt");
                let labels = self.labels();
                self.emit(text, labels, None);
            }
            Current::Topic(topic) => {
                let title = self.t(topic.title.as_str());
                let text = self.ta("menu-topic-prompt", &[("topic", Value::Text(title))]);
                let labels = self.labels();
                self.emit(text, labels, None);
            }
            Current::Suggest(_) => {
                let text = self.t("route-suggest");
                let labels = self.labels();
                self.emit(text, labels, None);
            }
            Current::Resume => {
                let text = self.t("resume-question");
                let labels = self.labels();
                self.emit(text, labels, None);
            }
            Current::Consent => {
                let text = self.t("profile-consent-question");
                let labels = self.labels();
                self.emit(text, labels, None);
            }
            Current::Options(dialog, step, _) | Current::Input(dialog, step, _)
                if self.session.consent.is_none() && asked_fact(dialog, step).is_some() =>
            {
                // Before a question about a profile fact, ask once whether Lots may remember it.
                self.session.consent_pending = true;
                self.prompt();
            }
            Current::Options(_, step, _) | Current::Input(_, step, _) => {
                let ask = match &step.then {
                    Then::Options { ask, .. } | Then::Input { ask, .. } => ask.as_str(),
                    _ => "",
                };
                let text = self.t(ask);
                let labels = self.labels();
                self.emit(text, labels, None);
            }
            Current::Lost => {
                self.session.position = Position::Menu;
                self.new_question();
            }
        }
    }

    /// Shows a question the person has not seen yet: older buttons become stale.
    fn new_question(&mut self) {
        self.session.question = self.session.question.wrapping_add(1);
        self.prompt();
    }

    fn show_menu(&mut self) {
        self.session.position = Position::Menu;
        self.new_question();
    }

    // ----- inputs ----------------------------------------------------------------------------

    fn text(&mut self, raw: &str) {
        let clean = sanitise(raw);
        let norm = fold(&clean);
        if !self.session.greeted {
            // A first message that describes a situation is welcomed and routed at once.
            let text = self.t("welcome");
            self.say(text);
            self.session.greeted = true;
            let fits = !norm.is_empty() && !self.content.patterns().route(&norm).is_empty();
            if fits && clean.chars().count() <= MAX_MESSAGE_CHARS {
                self.route_text(&norm);
            } else {
                self.show_menu();
            }
            return;
        }
        if norm.is_empty() {
            let text = self.t("input-empty");
            self.say(text);
            self.prompt();
            return;
        }
        if clean.chars().count() > MAX_MESSAGE_CHARS {
            let text = self.ta(
                "input-too-long",
                &[("max", Value::Int(MAX_MESSAGE_CHARS as i64))],
            );
            self.say(text);
            self.prompt();
            return;
        }
        if let Current::Input(dialog, step, input) = self.current() {
            self.answer_input(dialog, step, input, &clean, &norm);
            return;
        }
        match self.pick(&norm) {
            Pick::Index(i) => self.choose(i),
            Pick::OutOfRange(max) => {
                let text = self.ta("option-out-of-range", &[("max", Value::Int(max as i64))]);
                self.say(text);
                self.prompt();
            }
            Pick::None => match self.current() {
                Current::Menu | Current::Topic(_) | Current::Suggest(_) => self.route_text(&norm),
                _ => {
                    let text = self.t("input-not-understood");
                    self.say(text);
                    self.prompt();
                }
            },
        }
    }

    /// Free text at the menu: starts the one dialog whose triggers match, offers two or three
    /// that fit, or says kindly that nothing fitted and shows the menu (never a dead end).
    fn route_text(&mut self, norm: &str) {
        let content = self.content;
        let found: Vec<DialogId> = content
            .patterns()
            .route(norm)
            .into_iter()
            .filter_map(|d| content.dialog(d))
            .map(|d| d.id.clone())
            .take(MAX_SUGGESTIONS)
            .collect();
        match found.as_slice() {
            [] => {
                let text = self.t("route-nothing");
                self.say(text);
                self.show_menu();
            }
            [only] => {
                self.session.snapshot();
                self.start_dialog(only);
            }
            _ => {
                self.session.snapshot();
                self.session.position = Position::Suggest { dialogs: found };
                self.new_question();
            }
        }
    }

    fn choice(&mut self, question: u64, index: usize) {
        if !self.session.greeted {
            self.welcome();
            return;
        }
        let count = self.labels().len();
        if question != self.session.question || count == 0 {
            let text = self.t("stale-button");
            self.say(text);
            self.prompt();
        } else if index >= count {
            let text = self.ta("option-out-of-range", &[("max", Value::Int(count as i64))]);
            self.say(text);
            self.prompt();
        } else {
            self.choose(index);
        }
    }

    /// Which option typed text names: its number, its label, or yes/no for yes/no buttons.
    fn pick(&self, norm: &str) -> Pick {
        let labels = self.labels();
        if labels.is_empty() {
            return Pick::None;
        }
        let bare = |s: &str| fold(s).trim_end_matches(['.', '!', '?']).trim().to_owned();
        let wanted = bare(norm);
        let number = if !wanted.is_empty() && wanted.chars().all(|c| c.is_ascii_digit()) {
            Some(wanted.parse::<i64>().unwrap_or(i64::MAX))
        } else {
            self.content.patterns().number_word(&wanted)
        };
        if let Some(n) = number {
            return match usize::try_from(n) {
                Ok(n) if (1..=labels.len()).contains(&n) => Pick::Index(n - 1),
                _ => Pick::OutOfRange(labels.len()),
            };
        }
        let folded: Vec<String> = labels.iter().map(|l| bare(l)).collect();
        if let Some(i) = folded.iter().position(|l| *l == wanted) {
            return Pick::Index(i);
        }
        if let Some(i) = closest_label(&folded, &wanted) {
            return Pick::Index(i);
        }
        match (self.content.patterns().yes_no(norm), self.current()) {
            (Some(yes), Current::Options(_, _, options)) => {
                let id = if yes { "answer-yes" } else { "answer-no" };
                if let Some(i) = options.iter().position(|o| o.label.as_str() == id) {
                    return Pick::Index(i);
                }
            }
            (Some(yes), Current::Consent) => return Pick::Index(usize::from(!yes)),
            _ => {}
        }
        Pick::None
    }

    fn choose(&mut self, index: usize) {
        match self.current() {
            Current::Menu => {
                let Some(topic) = self.content.menu().get(index) else {
                    return;
                };
                self.session.snapshot();
                if let [only] = topic.dialogs.as_slice() {
                    self.start_dialog(only);
                } else {
                    self.session.position = Position::Topic {
                        topic: topic.id.clone(),
                    };
                    self.new_question();
                }
            }
            Current::Topic(topic) => {
                self.session.snapshot();
                match topic.dialogs.get(index) {
                    Some(dialog) => self.start_dialog(dialog),
                    None => self.show_menu(),
                }
            }
            Current::Options(dialog, step, options) => {
                let Some(choice) = options.get(index) else {
                    return;
                };
                self.session.snapshot();
                self.assign(&choice.set, &choice.add);
                self.remember(dialog, step);
                self.note(dialog, step.note.as_ref());
                self.note(dialog, choice.note.as_ref());
                self.go_from(choice.goto.clone());
            }
            Current::Suggest(dialogs) => {
                self.session.snapshot();
                match dialogs.get(index) {
                    Some(dialog) => {
                        let id = dialog.id.clone();
                        self.start_dialog(&id);
                    }
                    None => self.show_menu(),
                }
            }
            Current::Resume => {
                self.session.resume = false;
                if index == 0 {
                    self.new_question();
                } else {
                    self.restart_dialog();
                }
            }
            Current::Consent => {
                self.session.consent_pending = false;
                self.session.consent = Some(index == 0);
                let id = if index == 0 {
                    "profile-consent-given"
                } else {
                    "profile-consent-refused"
                };
                let text = self.t(id);
                self.say(text);
                self.new_question();
            }
            Current::Input(..) | Current::Lost => self.prompt(),
        }
    }

    fn answer_input(
        &mut self,
        dialog: &Dialog,
        step: &Step,
        input: &crate::content::Input,
        clean: &str,
        norm: &str,
    ) {
        let trimmed = clean.trim();
        let value = match &input.kind {
            InputKind::Number { min, max } => parse_number(norm)
                .or_else(|| self.content.patterns().number_word(norm).map(|n| n as f64))
                .filter(|n| n >= min && n <= max)
                .map(|n| {
                    if n.fract() == 0.0 && n.abs() < 1e15 {
                        Value::Int(n as i64)
                    } else {
                        Value::Float(n)
                    }
                }),
            InputKind::YesNo => self.content.patterns().yes_no(norm).map(Value::Bool),
            InputKind::Pattern(re) => re
                .is_match(trimmed)
                .then(|| Value::Text(trimmed.to_owned())),
            InputKind::Text => (trimmed.chars().count() <= MAX_TEXT_ANSWER)
                .then(|| Value::Text(trimmed.to_owned())),
        };
        let Some(value) = value else {
            let text = match (&input.invalid, &input.kind) {
                (Some(id), _) => self.t(id.as_str()),
                (None, InputKind::Number { min, max }) => self.ta(
                    "input-invalid-number",
                    &[("min", number_value(*min)), ("max", number_value(*max))],
                ),
                (None, InputKind::YesNo) => self.t("input-invalid-yes-no"),
                (None, InputKind::Pattern(_)) => self.t("input-invalid-pattern"),
                (None, InputKind::Text) => self.ta(
                    "input-invalid-text",
                    &[("max", Value::Int(MAX_TEXT_ANSWER as i64))],
                ),
            };
            self.say(text);
            self.prompt();
            return;
        };
        self.session.snapshot();
        self.session.vars.insert(input.var.clone(), value);
        self.remember(dialog, step);
        self.note(dialog, step.note.as_ref());
        if let Then::Input { after, .. } = &step.then {
            let target = self.route(after);
            self.go_from(target);
        }
    }

    fn command(&mut self, command: Command) {
        // A command answers any pending side question; the current question is shown again.
        self.session.resume = false;
        self.session.consent_pending = false;
        if !self.session.greeted {
            match command {
                Command::Start(_) | Command::Forget => {}
                Command::Menu | Command::Restart => return self.welcome(),
                // A first message that is a command still gets the welcome, and then its
                // answer: the command's own reply ends by showing the menu.
                _ => {
                    let text = self.t("welcome");
                    self.say(text);
                    self.session.greeted = true;
                }
            }
        }
        match command {
            Command::Start(payload) => {
                let dialog = payload
                    .as_deref()
                    .and_then(|p| self.content.dialog(p))
                    .map(|d| d.id.clone());
                match dialog {
                    Some(dialog) => {
                        self.session.greeted = true;
                        self.session.snapshot();
                        self.start_dialog(&dialog);
                    }
                    None => {
                        if self.session.position != Position::Menu {
                            self.session.snapshot();
                        }
                        let text = self.t("welcome");
                        self.say(text);
                        self.show_menu();
                    }
                }
            }
            Command::Menu => {
                if self.session.position != Position::Menu {
                    self.session.snapshot();
                }
                self.show_menu();
            }
            Command::Back => match self.session.history.pop() {
                Some(snapshot) => {
                    self.session.restore(snapshot);
                    let text = self.t("back-done");
                    self.say(text);
                    self.prompt();
                }
                None => {
                    let text = self.t("back-nothing");
                    self.say(text);
                    self.prompt();
                }
            },
            Command::Restart => self.restart_dialog(),
            Command::Language(Some(code)) => match self.content.l10n().negotiate(&code) {
                Some(locale) => {
                    self.session.locale = locale;
                    self.session.locale_chosen = true;
                    let name = self.language_name();
                    let text = self.ta("language-changed", &[("language", Value::Text(name))]);
                    self.say(text);
                    self.prompt();
                }
                None => {
                    let code: String = code.chars().take(16).collect();
                    let text = self.ta(
                        "language-unknown",
                        &[
                            ("code", Value::Text(code)),
                            ("available", Value::Text(self.available_languages())),
                        ],
                    );
                    self.say(text);
                    self.prompt();
                }
            },
            Command::Language(None) => {
                let text = self.ta(
                    "language-list",
                    &[("available", Value::Text(self.available_languages()))],
                );
                self.say(text);
                self.prompt();
            }
            Command::Summary => {
                let text = self.summary();
                self.say(text);
                self.prompt();
            }
            Command::Help => {
                let text = self.t("help");
                self.say(text);
                self.prompt();
            }
            Command::MyData => {
                let text = self.my_data();
                self.say(text);
                self.prompt();
            }
            Command::Forget => {
                let text = self.t("forget-done");
                self.say(text);
                let locale = self.session.locale.clone();
                *self.session = Session::new(locale, self.now);
                self.turn.forget = true;
            }
            Command::Unknown(name) => {
                let text = self.ta(
                    "command-unknown",
                    &[("command", Value::Text(format!("/{name}")))],
                );
                self.say(text);
                self.prompt();
            }
        }
    }

    /// Starts the outermost dialog again from its first step (or shows the menu).
    fn restart_dialog(&mut self) {
        let first = match &self.session.position {
            Position::Dialog { frames } => frames.first().cloned(),
            _ => None,
        };
        match first {
            Some(frame) => {
                self.session.snapshot();
                self.session.notes.truncate(frame.notes_at_start);
                let text = self.t("restart-done");
                self.say(text);
                self.start_dialog(&frame.dialog);
            }
            None => self.show_menu(),
        }
    }

    /// Keeps the profile fact the step just asked for, if the person agreed.
    fn remember(&mut self, dialog: &Dialog, step: &Step) {
        if self.session.consent != Some(true) {
            return;
        }
        if let Some(fact) = asked_fact(dialog, step)
            && let Some(value) = self.session.vars.get(fact)
        {
            self.session.profile.insert(fact.to_owned(), value.clone());
        }
    }

    /// When the step asks for a profile fact Lots already knows, answers it from the profile:
    /// returns where to go on, and tells the person which answer was used.
    fn answer_from_profile(&mut self, dialog: &Dialog, step: &Step) -> Option<Target> {
        if self.session.consent != Some(true) {
            return None;
        }
        let fact = asked_fact(dialog, step)?;
        let known = self.session.profile.get(fact)?.clone();
        let (answer, target) = match &step.then {
            Then::Options { options, .. } => {
                let choice = options.iter().find(|c| {
                    c.set.iter().any(|a| {
                        a.var == fact && a.expr.eval(&self.session.vars) == Ok(known.clone())
                    })
                })?;
                self.assign(&choice.set, &choice.add);
                self.note(dialog, step.note.as_ref());
                self.note(dialog, choice.note.as_ref());
                (self.t(choice.label.as_str()), choice.goto.clone())
            }
            Then::Input { input, after, .. } => {
                self.session.vars.insert(input.var.clone(), known.clone());
                self.note(dialog, step.note.as_ref());
                (known.to_string(), self.route(after))
            }
            _ => return None,
        };
        let text = self.ta("profile-used", &[("answer", Value::Text(answer))]);
        self.say(text);
        Some(target)
    }

    fn welcome(&mut self) {
        let text = self.t("welcome");
        self.say(text);
        self.session.greeted = true;
        self.show_menu();
    }

    fn language_name(&self) -> String {
        self.content
            .l10n()
            .locale(self.session.locale.as_str())
            .map_or_else(|| self.session.locale.to_string(), |l| l.name.clone())
    }

    fn available_languages(&self) -> String {
        self.content
            .l10n()
            .locales()
            .iter()
            .map(|l| format!("/language {} ({})", l.code, l.name))
            .collect::<Vec<_>>()
            .join("\n")
    }

    // ----- running dialogs ---------------------------------------------------------------------

    fn start_dialog(&mut self, id: &DialogId) {
        let Some(dialog) = self.content.dialog(id.as_str()) else {
            self.show_menu();
            return;
        };
        self.session.position = Position::Dialog {
            frames: vec![Frame {
                dialog: dialog.id.clone(),
                step: dialog.start.clone(),
                notes_at_start: self.session.notes.len(),
            }],
        };
        // A dialog started from the menu begins with its own starting values and nothing else.
        self.session.vars.clear();
        self.init_vars(dialog);
        self.turn.events.push(Event::Started {
            dialog: dialog.id.clone(),
            locale: self.session.locale.clone(),
        });
        self.go_from(Target::Step(dialog.start.clone()));
    }

    /// Gives the dialog's variables their starting values, unless a calling dialog already set
    /// them: a called dialog shares variables with its caller by name.
    fn init_vars(&mut self, dialog: &Dialog) {
        for (name, value) in &dialog.vars {
            let kept = dialog
                .profile
                .contains(name)
                .then(|| self.session.profile.get(name))
                .flatten()
                .filter(|v| v.var_type() == value.var_type());
            let value = kept.unwrap_or(value).clone();
            self.session.vars.entry(name.clone()).or_insert(value);
        }
    }

    /// Follows targets until the dialog waits for the person or leaves.
    fn go_from(&mut self, first: Target) {
        let mut next = Some(first);
        let mut steps = 0;
        while let Some(target) = next.take() {
            steps += 1;
            if steps > MAX_STEPS_PER_TURN {
                let text = self.t("dialog-end");
                self.say(text);
                self.show_menu();
                return;
            }
            next = self.go(target);
        }
    }

    /// Takes one target; returns the next one, or `None` when the turn waits.
    fn go(&mut self, target: Target) -> Option<Target> {
        match target {
            Target::Step(id) => self.enter(id),
            Target::End => {
                let Position::Dialog { frames } = &mut self.session.position else {
                    self.show_menu();
                    return None;
                };
                if let Some(done) = frames.pop() {
                    self.turn.events.push(Event::Completed {
                        dialog: done.dialog,
                    });
                }
                let Position::Dialog { frames } = &self.session.position else {
                    return None;
                };
                let caller = frames.last().cloned();
                match caller {
                    Some(frame) => {
                        let dialog = self.content.dialog(frame.dialog.as_str())?;
                        let step = dialog.step(&frame.step)?;
                        match &step.then {
                            Then::Call { after, .. } => Some(self.route(after)),
                            _ => Some(Target::End),
                        }
                    }
                    None => {
                        let text = self.t("dialog-end");
                        self.say(text);
                        self.show_menu();
                        None
                    }
                }
            }
            Target::Menu => {
                self.complete_all();
                self.show_menu();
                None
            }
            Target::Emergency(category) => {
                self.complete_all();
                self.emergency(category.as_deref());
                self.show_menu();
                None
            }
        }
    }

    /// A dialog's own route to the menu or to 112 ends every dialog on the call stack.
    fn complete_all(&mut self) {
        if let Position::Dialog { frames } = &self.session.position {
            for frame in frames.iter().rev() {
                self.turn.events.push(Event::Completed {
                    dialog: frame.dialog.clone(),
                });
            }
        }
    }

    fn enter(&mut self, id: StepId) -> Option<Target> {
        let frame = match &mut self.session.position {
            Position::Dialog { frames } => frames.last_mut()?,
            _ => return None,
        };
        frame.step = id.clone();
        let dialog = self.content.dialog(frame.dialog.as_str())?;
        let step = dialog.step(&id)?;
        self.turn.visited.push((dialog.id.clone(), id));
        self.assign(&step.set, &step.add);
        if let Some(say) = &step.say {
            let text = self.t(say.as_str());
            self.say(text);
        }
        // An actor with an age limit is not shown to a person whose age is known to be outside it.
        let age = match self.session.vars.get(AGE_VAR) {
            Some(Value::Int(a)) => Some(*a),
            _ => None,
        };
        for actor in &step.refer {
            if let Some(actor) = self.content.actor(actor).filter(|a| a.serves_age(age)) {
                let card = self.card(actor);
                self.say(card);
                self.turn.events.push(Event::Referred {
                    actor: actor.id.clone(),
                });
            }
        }
        match &step.then {
            Then::Options { .. } | Then::Input { .. } => {
                if let Some(next) = self.answer_from_profile(dialog, step) {
                    return Some(next);
                }
                self.new_question();
                None
            }
            Then::Call { dialog: called, .. } => {
                self.note(dialog, step.note.as_ref());
                let called = self.content.dialog(called.as_str())?;
                let notes = self.session.notes.len();
                if let Position::Dialog { frames } = &mut self.session.position {
                    frames.push(Frame {
                        dialog: called.id.clone(),
                        step: called.start.clone(),
                        notes_at_start: notes,
                    });
                }
                self.init_vars(called);
                Some(Target::Step(called.start.clone()))
            }
            Then::Route(route) => {
                self.note(dialog, step.note.as_ref());
                Some(self.route(route))
            }
        }
    }

    fn route(&self, route: &Route) -> Target {
        match route {
            Route::Goto(target) => target.clone(),
            Route::Branch(arms) => arms
                .iter()
                .find(|arm| match &arm.when {
                    None => true,
                    Some(expr) => expr.eval(&self.session.vars) == Ok(Value::Bool(true)),
                })
                .map_or(Target::End, |arm| arm.goto.clone()),
        }
    }

    fn assign(&mut self, set: &[Assign], add: &[Assign]) {
        for a in set {
            if let Ok(value) = a.expr.eval(&self.session.vars) {
                let fits = self
                    .session
                    .vars
                    .get(&a.var)
                    .is_none_or(|old| old.var_type() == value.var_type());
                if fits {
                    self.session.vars.insert(a.var.clone(), value);
                }
            }
        }
        for a in add {
            let Ok(amount) = a.expr.eval(&self.session.vars) else {
                continue;
            };
            let old = self
                .session
                .vars
                .get(&a.var)
                .cloned()
                .unwrap_or(Value::Int(0));
            if let Some(sum) = old.plus(&amount) {
                self.session.vars.insert(a.var.clone(), sum);
            }
        }
    }

    /// Records a summary line with the values of the variables it shows.
    fn note(&mut self, dialog: &Dialog, message: Option<&MessageId>) {
        let Some(message) = message else { return };
        let l10n = self.content.l10n();
        let args = l10n
            .locales()
            .iter()
            .flat_map(|l| l10n.variables(&l.code, message.as_str()))
            .filter_map(|v| self.session.vars.get(&v).map(|value| (v, value.clone())))
            .collect();
        self.session.push_note(Note {
            dialog: dialog.id.clone(),
            message: message.clone(),
            args,
        });
    }

    fn emergency(&mut self, category: Option<&str>) {
        let id = category
            .map(|c| format!("emergency-{c}"))
            .filter(|id| self.content.l10n().has(&LocaleCode::new(SOURCE_LOCALE), id))
            .unwrap_or_else(|| "emergency-general".to_owned());
        // Whatever was pending goes first, so that the emergency answer stands alone.
        self.emit(String::new(), Vec::new(), None);
        let text = self.t(&id);
        let category = category.unwrap_or("emergency").to_owned();
        self.turn.events.push(Event::Emergency {
            category: category.clone(),
        });
        self.emit(text, Vec::new(), Some(category));
    }
}

/// The label a typed text names despite a small typo: the only label within a small edit
/// distance (about one wrong letter in five), for texts of four letters or more.
fn closest_label(labels: &[String], wanted: &str) -> Option<usize> {
    if wanted.chars().count() < 4 {
        return None;
    }
    let mut scored: Vec<(usize, f64)> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| (i, strsim::normalized_levenshtein(l, wanted)))
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1));
    match scored.as_slice() {
        [(i, best), rest @ ..] if *best >= 0.8 && rest.first().is_none_or(|r| r.1 < best - 0.1) => {
            Some(*i)
        }
        _ => None,
    }
}

/// The profile fact a step asks for: every option sets the same profile variable, or the input
/// stores into one.
fn asked_fact<'d>(dialog: &'d Dialog, step: &'d Step) -> Option<&'d str> {
    match &step.then {
        Then::Options { options, .. } => {
            let fact = options
                .first()?
                .set
                .iter()
                .map(|a| a.var.as_str())
                .find(|v| dialog.profile.contains(*v))?;
            options
                .iter()
                .all(|c| c.set.iter().any(|a| a.var == fact))
                .then_some(fact)
        }
        Then::Input { input, .. } => dialog
            .profile
            .contains(&input.var)
            .then_some(input.var.as_str()),
        _ => None,
    }
}

/// Whether a position exists in the content and means what it meant: every dialog and step is
/// there, the innermost step still waits for an answer, each caller still calls the next dialog,
/// and the variables have the types the dialogs declare.
fn position_valid(content: &Content, position: &Position, vars: &Vars) -> bool {
    match position {
        Position::Menu => true,
        Position::Topic { topic } => content.menu().iter().any(|t| &t.id == topic),
        Position::Suggest { dialogs } => {
            dialogs.iter().all(|d| content.dialog(d.as_str()).is_some())
        }
        Position::Dialog { frames } => {
            !frames.is_empty()
                && frames.iter().enumerate().all(|(i, frame)| {
                    let Some(dialog) = content.dialog(frame.dialog.as_str()) else {
                        return false;
                    };
                    let Some(step) = dialog.step(&frame.step) else {
                        return false;
                    };
                    let shape = match (&step.then, frames.get(i + 1)) {
                        (Then::Options { .. } | Then::Input { .. }, None) => true,
                        (Then::Call { dialog: called, .. }, Some(next)) => *called == next.dialog,
                        _ => false,
                    };
                    shape
                        && dialog.vars.iter().all(|(name, declared)| {
                            vars.get(name)
                                .is_none_or(|v| v.var_type() == declared.var_type())
                        })
                })
        }
    }
}

/// Removes control characters, bidi controls and zero-width characters; keeps everything else.
fn sanitise(raw: &str) -> String {
    raw.chars()
        .map(|c| if c == '\t' || c == '\n' || c == '\r' { ' ' } else { c })
        .filter(|&c| {
            !c.is_control()
                && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
        })
        .collect()
}

/// Reads a number typed with a decimal point or comma.
fn parse_number(norm: &str) -> Option<f64> {
    let n: f64 = norm.trim().replace(',', ".").parse().ok()?;
    n.is_finite().then_some(n)
}

fn number_value(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        Value::Int(n as i64)
    } else {
        Value::Float(n)
    }
}
