//! What the bot says: channel-neutral messages the adapters render.

use serde::Serialize;

use crate::ids::{DialogId, StepId};

/// One bot message.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reply {
    /// The text, already in the person's language.
    pub text: String,
    /// Answer buttons, in order; a person may also type their number.
    pub options: Vec<String>,
    /// The dialog the person stands in after this message, `None` at the menu.
    pub dialog: Option<DialogId>,
    /// The step the person stands on after this message.
    pub step: Option<StepId>,
    /// The red-flag category when this is an emergency answer.
    pub alert: Option<String>,
    /// The question serial the options belong to, for button data.
    #[serde(skip)]
    pub question: Option<u64>,
}
