//! References from one content file to another, checked once everything is loaded.
//!
//! A dialog may name a Fluent message, an actor or another dialog that lives in a different file.
//! While a file is read, each such use is recorded here with its position; [`super::load`] checks
//! them all against the loaded locales, actors and dialogs.

use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::Arc;

use super::diag::SourceFile;

/// A use of something defined elsewhere, with where it was written.
#[derive(Debug, Clone)]
pub struct Use {
    /// The file that uses it.
    pub file: Arc<SourceFile>,
    /// Where.
    pub span: Range<usize>,
    /// The id used.
    pub id: String,
}

/// A use of a Fluent message, with the variables available to it there.
#[derive(Debug, Clone)]
pub struct MessageUse {
    /// Where and what.
    pub at: Use,
    /// The variables the message may use (the dialog's `[vars]`, or none for actors).
    pub vars: Arc<BTreeSet<String>>,
}

/// Every cross-file use found while reading.
#[derive(Debug, Default)]
pub struct Uses {
    /// Fluent messages.
    pub messages: Vec<MessageUse>,
    /// Actor cards.
    pub actors: Vec<Use>,
    /// Called dialogs.
    pub dialogs: Vec<Use>,
    /// Dialogs named by free-text triggers in `patterns.toml`.
    pub trigger_dialogs: Vec<Use>,
    /// Menu topics, whose names are `topic-<id>` messages.
    pub topics: Vec<Use>,
    /// Red-flag categories named by `@emergency/<category>`.
    pub categories: Vec<Use>,
}
