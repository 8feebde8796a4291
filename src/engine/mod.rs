//! The dialog engine: pure and synchronous.
//!
//! [`step`] takes the content, a session, one input and the current time, changes the session and
//! returns the bot's replies. It does no I/O, knows no channel and no store, and never panics on
//! what a person sends. Red flags are checked on every free-text message before anything else.
//!
//! One turn is run by a `Turner` (in `dispatch`), whose methods live in rooms by concern:
//! `dispatch` (the order of checks in a turn, texts and replies, emergency answers), `questions`
//! (what the person can answer now and showing it), `interpret` (reading free text and button
//! presses), `commands`, `profile` (consent and remembered facts), `reconcile` (content changes
//! and coming back after a pause), `flow` (running dialog steps) and `render` (actor cards,
//! `/summary`, `/mydata`).

mod commands;
mod dispatch;
mod flow;
mod input;
mod interpret;
mod profile;
mod questions;
mod reconcile;
mod render;
mod reply;
mod session;

use jiff::{SignedDuration, Timestamp};

pub use input::{Command, Input};
pub use interpret::folded;
pub use render::{card_lines, emergency_message};
pub use reply::{Direction, Reply};
pub use session::{
    Frame, MAX_HISTORY, MAX_NOTES, Note, Position, SESSION_SCHEMA, Session, SessionError,
    SideQuestion, Snapshot,
};

use crate::content::{Content, SOURCE_LOCALE};
use crate::ids::{ActorId, DialogId, LocaleCode, StepId};

/// The longest message the engine reads as an answer; longer ones are still checked for red flags.
pub const MAX_MESSAGE_CHARS: usize = 2000;

/// The variable that holds a person's age in whole years, when a dialog asks for it; actor cards
/// outside their age limits are then not shown.
pub const AGE_VAR: &str = "age_years";

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
    /// The safety question of the possible tier was asked.
    SafetyQuestion {
        /// The red-flag category.
        category: String,
    },
    /// An emergency answer was given.
    Emergency {
        /// The red-flag category, or `emergency` for a dialog's own emergency end.
        category: String,
    },
    /// A condition or an assignment could not be evaluated (division by zero, a number too
    /// large): the dialog stopped with the `dialog-error` message and the menu, and took no arm.
    DialogError {
        /// The innermost dialog.
        dialog: DialogId,
        /// The step whose expression failed (for an option's `set`, the question).
        step: StepId,
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
    let mut turn = dispatch::Turner::new(content, settings, session, now).run(input);
    if let Some(frame) = before {
        left(&mut turn, session, frame);
    }
    if !turn.forget {
        session.greeted = true;
        session.last_active = now;
        session.content_version = content.version().to_owned();
    }
    turn
}

/// Counts a person who stood in a dialog before the turn and is no longer in it (or started it
/// afresh) without completing it.
fn left(turn: &mut Turn, session: &Session, frame: Frame) {
    let still_in = match &session.position {
        Position::Dialog { frames } => frames.iter().any(|f| f.dialog == frame.dialog),
        _ => false,
    };
    let restarted = turn
        .events
        .iter()
        .any(|e| matches!(e, Event::Started { dialog, .. } if *dialog == frame.dialog));
    // A dialog stopped by an error is counted as that, not also as left.
    let completed = turn.events.iter().any(|e| {
        matches!(e, Event::Completed { dialog } | Event::DialogError { dialog, .. }
            if *dialog == frame.dialog)
    });
    if (!still_in || restarted) && !completed {
        turn.events.push(Event::Left {
            dialog: frame.dialog,
            step: frame.step,
        });
    }
}

/// The locale a new session should use for a requested language tag (or Swedish).
pub fn initial_locale(content: &Content, requested: Option<&str>) -> LocaleCode {
    requested
        .and_then(|r| content.l10n().negotiate(r))
        .unwrap_or_else(|| LocaleCode::new(SOURCE_LOCALE))
}
