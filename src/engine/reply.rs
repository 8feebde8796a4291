//! What the bot says: channel-neutral messages the adapters render.

use serde::Serialize;

use crate::ids::{DialogId, LocaleCode, StepId};

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
    /// The red-flag category when this is an emergency answer (the certain tier).
    pub alert: Option<String>,
    /// The red-flag category when this is the safety question of the possible tier.
    pub caution: Option<String>,
    /// The locale the text is in.
    pub lang: LocaleCode,
    /// The text's direction, for a client that sets `dir`.
    pub dir: Direction,
    /// The question serial the options belong to, for button data.
    #[serde(skip)]
    pub question: Option<u64>,
}

/// The direction a locale is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic).
    Rtl,
}
