//! The state shared while the parts of one dialog are read.
//!
//! [`Reader`] carries the file, the dialog's variables and step ids, and where uses and problems
//! are recorded, so that the readers in the sibling files need no long parameter lists. It owns
//! only these small shared helpers; it never reads a key of the file itself.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::sync::Arc;

use crate::content::diag::{Report, SourceFile, did_you_mean};
use crate::content::toml_read::Sp;
use crate::content::uses::{MessageUse, Use, Uses};
use crate::ids::MessageId;
use crate::value::Vars;

/// State shared while the steps of one dialog are read.
pub(super) struct Reader<'r> {
    /// The dialog file.
    pub(super) file: &'r Arc<SourceFile>,
    /// The dialog id, for messages.
    pub(super) dialog: &'r str,
    /// Declared variables with their starting values, profile facts included.
    pub(super) vars: &'r Vars,
    /// The names of `vars`, shared by every message use of the dialog.
    pub(super) var_names: &'r Arc<BTreeSet<String>>,
    /// Every step id with where it is first defined; filled before any target is read.
    pub(super) step_ids: HashMap<String, Range<usize>>,
    /// Where uses of other files' ids are recorded.
    pub(super) uses: &'r mut Uses,
    /// Where problems are recorded.
    pub(super) report: &'r mut Report,
}

impl Reader<'_> {
    /// A use of `sp`'s id at its place in this file.
    pub(super) fn at(&self, sp: &Sp<String>) -> Use {
        Use {
            file: self.file.clone(),
            span: sp.span.clone(),
            id: sp.value.clone(),
        }
    }

    /// Records a use of a Fluent message, which may show the dialog's variables.
    pub(super) fn message(&mut self, sp: &Sp<String>) -> MessageId {
        let at = self.at(sp);
        self.uses.messages.push(MessageUse {
            at,
            vars: self.var_names.clone(),
        });
        MessageId::new(sp.value.clone())
    }

    /// Records an error in this file.
    pub(super) fn error(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.report.error(self.file, span, message);
    }

    /// Reports a variable that is not declared, with the nearest declared name.
    pub(super) fn undeclared(&mut self, name: &str, span: Range<usize>) {
        let hint = did_you_mean(name, self.vars.keys().map(String::as_str));
        self.error(
            span,
            format!("variable `{name}` is not declared in [vars]{hint}"),
        );
    }
}
