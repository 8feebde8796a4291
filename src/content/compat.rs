//! The one rule for "does a session survive a content change", used by the engine when a session
//! meets new content and by `lots check --previous` before new content is published.
//!
//! A session stands in a dialog on a chain of frames: each outer frame on a step that called the
//! next dialog, the innermost on a step that waits for an answer. It survives a change when every
//! dialog and step is still there, each step still does what made the session stand on it, and the
//! variables it holds still have the types the dialogs declare. Otherwise the engine restarts the
//! dialog with a kind message, and the checker warns staff first. This module does no I/O.

use crate::ids::DialogId;
use crate::value::VarType;

use super::{Content, Dialog, Step, Then};

/// Why a session standing somewhere does not survive a content change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Break {
    /// The dialog is gone.
    DialogRemoved,
    /// The step is gone.
    StepRemoved,
    /// The step no longer asks a question.
    NoLongerAsks,
    /// The step no longer calls the same dialog.
    CallsAnother,
    /// A variable the session holds has another type now.
    VarType {
        /// The variable.
        var: String,
        /// Its type in the new content.
        now: VarType,
    },
}

impl std::fmt::Display for Break {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Break::DialogRemoved => f.write_str("is removed"),
            Break::StepRemoved => f.write_str("is removed"),
            Break::NoLongerAsks => f.write_str("no longer asks a question"),
            Break::CallsAnother => f.write_str("no longer calls the same dialog"),
            Break::VarType { var, now } => {
                write!(f, "now declares variable `{var}` as {now}")
            }
        }
    }
}

/// What a session stands on in one dialog: the step, and the dialog it called (`None` for the
/// innermost frame, which waits for an answer).
pub fn stands_on(step: &Step) -> Option<Option<&DialogId>> {
    if step.waits() {
        return Some(None);
    }
    match &step.then {
        Then::Call { dialog, .. } => Some(Some(dialog)),
        _ => None,
    }
}

/// Whether a session can stand on `step` of `dialog` in `content`, having called `calls` from
/// there (`None` when it is the innermost frame), holding variables whose types `held` reports.
pub fn check_frame(
    content: &Content,
    dialog: &str,
    step: &str,
    calls: Option<&DialogId>,
    held: impl Fn(&str) -> Option<VarType>,
) -> Result<(), Break> {
    let dialog = content.dialog(dialog).ok_or(Break::DialogRemoved)?;
    check_step(dialog, step, calls)?;
    check_vars(dialog, held)
}

/// Whether `step` of `dialog` still does what made a session stand on it.
pub fn check_step(dialog: &Dialog, step: &str, calls: Option<&DialogId>) -> Result<(), Break> {
    let step = dialog
        .steps()
        .iter()
        .find(|s| s.id.as_str() == step)
        .ok_or(Break::StepRemoved)?;
    match (stands_on(step), calls) {
        (Some(None), None) => Ok(()),
        (Some(Some(called)), Some(wanted)) if called == wanted => Ok(()),
        (_, Some(_)) => Err(Break::CallsAnother),
        (_, None) => Err(Break::NoLongerAsks),
    }
}

/// Whether the variables a session holds (their types as `held` reports) have the types `dialog`
/// declares.
pub fn check_vars(dialog: &Dialog, held: impl Fn(&str) -> Option<VarType>) -> Result<(), Break> {
    for (name, declared) in &dialog.vars {
        if let Some(held) = held(name)
            && held != declared.var_type()
        {
            return Err(Break::VarType {
                var: name.clone(),
                now: declared.var_type(),
            });
        }
    }
    Ok(())
}
