//! A person's session: where they stand, their language, their variables and summary notes.
//!
//! A session is plain data, saved by a `SessionStore` after every turn. It holds no message text
//! except values a step explicitly captures.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::ids::{DialogId, LocaleCode, MessageId, StepId};
use crate::value::Vars;

/// The version of the stored session format, raised when it changes.
pub const SESSION_SCHEMA: u32 = 1;

/// How many answers `/back` can undo.
pub const MAX_HISTORY: usize = 50;

/// Everything Lots keeps about one person in one chat.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// The stored format's version.
    pub schema: u32,
    /// The language the person reads.
    pub locale: LocaleCode,
    /// True once the person chose a language themselves (`/language`).
    pub locale_chosen: bool,
    /// Where the person stands.
    pub position: Position,
    /// The variables of the dialogs they are in.
    pub vars: Vars,
    /// Summary lines of the steps they passed.
    pub notes: Vec<Note>,
    /// Earlier states, for `/back`.
    pub history: Vec<Snapshot>,
    /// The serial number of the question shown last; a button of an older question is stale.
    pub question: u64,
    /// True once the welcome has been shown.
    pub greeted: bool,
    /// When the session began.
    pub created: Timestamp,
    /// The last turn.
    pub last_active: Timestamp,
    /// The content version of the last turn.
    pub content_version: String,
}

/// Where a person stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "at", rename_all = "kebab-case")]
pub enum Position {
    /// At the main menu.
    Menu,
    /// Choosing a dialog within a topic.
    Topic {
        /// The topic.
        topic: String,
    },
    /// In a dialog; the last frame is the current one, earlier frames called it.
    Dialog {
        /// The call stack.
        frames: Vec<Frame>,
    },
}

/// One dialog on the call stack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Frame {
    /// The dialog.
    pub dialog: DialogId,
    /// The step it stands on.
    pub step: StepId,
    /// How many notes there were when the dialog started, for `/restart`.
    pub notes_at_start: usize,
}

/// A summary line: a message and the variable values it shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    /// The dialog it came from.
    pub dialog: DialogId,
    /// The message.
    pub message: MessageId,
    /// The values of the variables the message uses, as they were.
    pub args: Vars,
}

/// A state to return to with `/back`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// Where the person stood.
    pub position: Position,
    /// The variables then.
    pub vars: Vars,
    /// How many notes there were.
    pub notes: usize,
    /// The question serial then.
    pub question: u64,
}

impl Session {
    /// A new session at the menu.
    pub fn new(locale: LocaleCode, now: Timestamp) -> Self {
        Self {
            schema: SESSION_SCHEMA,
            locale,
            locale_chosen: false,
            position: Position::Menu,
            vars: Vars::new(),
            notes: Vec::new(),
            history: Vec::new(),
            question: 0,
            greeted: false,
            created: now,
            last_active: now,
            content_version: String::new(),
        }
    }

    /// The dialog and step the person stands on, if in a dialog.
    pub fn here(&self) -> Option<&Frame> {
        match &self.position {
            Position::Dialog { frames } => frames.last(),
            _ => None,
        }
    }

    pub(crate) fn snapshot(&mut self) {
        if self.history.len() >= MAX_HISTORY {
            self.history.remove(0);
        }
        self.history.push(Snapshot {
            position: self.position.clone(),
            vars: self.vars.clone(),
            notes: self.notes.len(),
            question: self.question,
        });
    }

    pub(crate) fn restore(&mut self, s: Snapshot) {
        self.position = s.position;
        self.vars = s.vars;
        self.notes.truncate(s.notes);
        self.question = s.question;
    }
}
