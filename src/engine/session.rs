//! A person's session: where they stand, their language, their variables and summary notes.
//!
//! A session is plain data, saved by a `SessionStore` after every turn. It holds no message text
//! except values a step explicitly captures. Besides what the engine needs it keeps the ids of
//! the last platform updates it applied, so that a channel never applies one update twice.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::ids::{DialogId, LocaleCode, MessageId, StepId};
use crate::value::Vars;

/// The version of the stored session format, raised when it changes.
///
/// - 1: position, language, variables, notes, history, timestamps.
/// - 2: adds the profile (`profile`, `consent`) and the pending questions `resume` and
///   `consent_pending`. A schema-1 session reads as one with an empty profile and no consent given.
/// - 3: the two flags become one `pending` side question; a schema-2 session's flags are read
///   into it (resume wins, as it did).
/// - 4: adds `applied`, the ids of the last platform updates the session applied (a redelivered
///   update is recognised). An older session reads as one that has applied none.
pub const SESSION_SCHEMA: u32 = 4;

/// How many applied update ids a session remembers. Telegram redelivers only updates it has not
/// been told were handled, which are the last few of a chat; 32 leaves a wide margin.
pub const MAX_APPLIED: usize = 32;

/// How many answers `/back` can undo.
pub const MAX_HISTORY: usize = 30;

/// How many summary lines a session keeps; older ones are dropped first.
pub const MAX_NOTES: usize = 60;

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
    /// Facts kept between dialogs (e.g. municipality), only with consent.
    #[serde(default)]
    pub profile: Vars,
    /// Whether the person agreed that Lots may remember profile facts; `None` until asked.
    #[serde(default)]
    pub consent: Option<bool>,
    /// A question asked beside the dialog that the person's next answer answers first.
    #[serde(default)]
    pub pending: Option<SideQuestion>,
    /// The ids of the last platform updates this session applied, oldest first, at most
    /// [`MAX_APPLIED`]. Channels without update ids (the terminal) leave it empty.
    #[serde(default)]
    pub applied: Vec<u64>,
}

/// A question asked beside the dialog, answered before the dialog goes on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SideQuestion {
    /// The person came back after a pause: continue where they were, or start over?
    Resume,
    /// May Lots remember the profile fact the next question asks for?
    Consent,
    /// What the person wrote may be an emergency of this red-flag category: is it happening
    /// now? Yes gives the emergency answer; no goes back to where they were.
    Safety {
        /// The red-flag category.
        category: String,
        /// The dialogs the message fitted when it was typed at the menu: after "no", Lots goes
        /// on with them, so the person need not write it again. The message itself is not kept.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        then: Vec<DialogId>,
    },
}

/// Why a stored session cannot be read. It never holds what the session contains: a JSON
/// error's text can quote a value the person wrote, so only its position is kept.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    /// Written by a newer Lots, whose format this build does not know.
    #[error(
        "the session was written by a newer Lots (schema {schema}, this build reads up to {SESSION_SCHEMA})"
    )]
    Newer {
        /// The schema it was written with.
        schema: u32,
    },
    /// Not a session of any known schema: damaged.
    #[error("the stored session is damaged (at line {line}, column {column})")]
    Malformed {
        /// Where the decoder stopped.
        line: usize,
        /// Where the decoder stopped.
        column: usize,
    },
}

impl SessionError {
    fn malformed(e: serde_json::Error) -> Self {
        SessionError::Malformed {
            line: e.line(),
            column: e.column(),
        }
    }
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
    /// Choosing among dialogs that fit what the person wrote.
    Suggest {
        /// The dialogs offered, best first.
        dialogs: Vec<DialogId>,
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
            profile: Vars::new(),
            consent: None,
            pending: None,
            applied: Vec::new(),
        }
    }

    /// Whether the update `id` has been applied to this session already.
    pub fn has_applied(&self, id: u64) -> bool {
        self.applied.contains(&id)
    }

    /// Remembers that the update `id` was applied, forgetting the oldest beyond [`MAX_APPLIED`].
    pub fn record_applied(&mut self, id: u64) {
        if self.has_applied(id) {
            return;
        }
        self.applied.push(id);
        let excess = self.applied.len().saturating_sub(MAX_APPLIED);
        self.applied.drain(..excess);
    }

    /// Reads a stored session of this or an earlier schema.
    pub fn from_json(bytes: &[u8]) -> Result<Self, SessionError> {
        #[derive(Deserialize)]
        struct Head {
            schema: u32,
        }
        let head: Head = serde_json::from_slice(bytes).map_err(SessionError::malformed)?;
        if head.schema > SESSION_SCHEMA {
            return Err(SessionError::Newer {
                schema: head.schema,
            });
        }
        let mut session: Session = if head.schema == SESSION_SCHEMA {
            serde_json::from_slice(bytes).map_err(SessionError::malformed)?
        } else {
            let mut old: serde_json::Value =
                serde_json::from_slice(bytes).map_err(SessionError::malformed)?;
            upgrade(&mut old);
            serde_json::from_value(old).map_err(SessionError::malformed)?
        };
        session.schema = SESSION_SCHEMA;
        Ok(session)
    }

    /// The stored form.
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("a session always serialises")
    }

    /// The dialog and step the person stands on, if in a dialog.
    pub fn here(&self) -> Option<&Frame> {
        match &self.position {
            Position::Dialog { frames } => frames.last(),
            _ => None,
        }
    }

    /// Adds a summary line, dropping the oldest when there are more than [`MAX_NOTES`]. Counts
    /// that refer to positions in the list (frames, snapshots) move with it.
    pub(crate) fn push_note(&mut self, note: Note) {
        self.notes.push(note);
        let excess = self.notes.len().saturating_sub(MAX_NOTES);
        if excess == 0 {
            return;
        }
        self.notes.drain(..excess);
        let shift = |frames: &mut Vec<Frame>| {
            for f in frames {
                f.notes_at_start = f.notes_at_start.saturating_sub(excess);
            }
        };
        if let Position::Dialog { frames } = &mut self.position {
            shift(frames);
        }
        for snap in &mut self.history {
            snap.notes = snap.notes.saturating_sub(excess);
            if let Position::Dialog { frames } = &mut snap.position {
                shift(frames);
            }
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

/// Brings a stored session of an earlier schema to the current shape. Schemas 1 and 3 lack only
/// fields that have defaults; schema 2 keeps its side questions in two flags.
fn upgrade(old: &mut serde_json::Value) {
    let Some(object) = old.as_object_mut() else {
        return;
    };
    if object.get("schema").and_then(|v| v.as_u64()) == Some(3) {
        return;
    }
    let mut flag = |name: &str| object.remove(name).and_then(|v| v.as_bool()) == Some(true);
    let resume = flag("resume");
    let consent = flag("consent_pending");
    let pending = if resume {
        Some(SideQuestion::Resume)
    } else if consent {
        Some(SideQuestion::Consent)
    } else {
        None
    };
    object.insert("pending".to_owned(), serde_json::json!(pending));
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHEMA_1: &str = include_str!("../../tests/fixtures/sessions/schema-1.json");
    const SCHEMA_2: &str = include_str!("../../tests/fixtures/sessions/schema-2.json");
    const SCHEMA_3: &str = include_str!("../../tests/fixtures/sessions/schema-3.json");

    #[test]
    fn a_schema_3_session_reads_with_its_side_question_and_no_applied_updates() {
        let session = Session::from_json(SCHEMA_3.as_bytes()).unwrap();
        assert_eq!(session.schema, SESSION_SCHEMA);
        assert_eq!(
            session.pending,
            Some(SideQuestion::Safety {
                category: "chest-pain".into(),
                then: Vec::new(),
            })
        );
        assert!(session.applied.is_empty());
        assert_eq!(session.question, 5);
        assert_eq!(session.here().map(|f| f.step.as_str()), Some("fever"));
    }

    #[test]
    fn applied_updates_are_remembered_up_to_the_limit_and_stored() {
        let mut session = Session::from_json(SCHEMA_3.as_bytes()).unwrap();
        for id in 0..(MAX_APPLIED as u64 + 5) {
            session.record_applied(id);
        }
        session.record_applied(10);
        assert_eq!(session.applied.len(), MAX_APPLIED);
        assert!(!session.has_applied(4) && session.has_applied(5) && session.has_applied(36));
        let again = Session::from_json(&session.to_json()).unwrap();
        assert_eq!(again.applied, session.applied);
    }

    #[test]
    fn a_schema_2_session_keeps_its_pending_resume_question() {
        let session = Session::from_json(SCHEMA_2.as_bytes()).unwrap();
        assert_eq!(session.schema, SESSION_SCHEMA);
        assert_eq!(session.pending, Some(SideQuestion::Resume));
        assert_eq!(session.consent, Some(true));
        assert_eq!(session.here().map(|f| f.step.as_str()), Some("fever"));
    }

    #[test]
    fn a_schema_2_consent_flag_becomes_the_consent_question() {
        let text = SCHEMA_2
            .replace("\"resume\": true", "\"resume\": false")
            .replace("\"consent_pending\": false", "\"consent_pending\": true");
        assert_ne!(text, SCHEMA_2, "the fixture must hold both flags");
        let session = Session::from_json(text.as_bytes()).unwrap();
        assert_eq!(session.pending, Some(SideQuestion::Consent));
    }

    #[test]
    fn a_schema_1_session_has_no_pending_question() {
        let session = Session::from_json(SCHEMA_1.as_bytes()).unwrap();
        assert_eq!(session.pending, None);
        assert_eq!(session.consent, None);
    }

    #[test]
    fn the_stored_form_reads_back_unchanged() {
        let mut session = Session::from_json(SCHEMA_2.as_bytes()).unwrap();
        session.pending = Some(SideQuestion::Consent);
        let again = Session::from_json(&session.to_json()).unwrap();
        assert_eq!(again, session);
        assert!(
            !String::from_utf8(session.to_json())
                .unwrap()
                .contains("consent_pending")
        );
    }
}
