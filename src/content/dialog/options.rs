//! The answer buttons of a step: `options = [{ label = …, goto = … }, …]`.
//!
//! Each option has a label message, a target, and may set or add variables and note a line for the
//! summary. A step's options are kept only when every one of them could be read, so a person is
//! never shown fewer buttons than the staff wrote.

use toml::Spanned;
use toml::de::DeValue;

use super::reader::Reader;
use crate::content::model::Choice;
use crate::content::toml_read::Table;

impl Reader<'_> {
    /// Reads `options`; `None` when it is not a non-empty list or any option is wrong.
    pub(super) fn options(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Vec<Choice>> {
        let DeValue::Array(items) = value.get_ref() else {
            self.error(
                value.span(),
                "`options` must be a list of `{ label = …, goto = … }`",
            );
            return None;
        };
        if items.is_empty() {
            self.error(value.span(), "`options` must have at least one option");
            return None;
        }
        let mut choices = Vec::new();
        for item in items {
            if let Some(choice) = self.option(item) {
                choices.push(choice);
            }
        }
        (choices.len() == items.len()).then_some(choices)
    }

    /// Reads one option; every key is read and checked even when an earlier one is wrong.
    fn option(&mut self, item: &Spanned<DeValue<'_>>) -> Option<Choice> {
        let table = Table::new(
            self.file,
            item,
            "an option",
            &["label", "goto", "set", "add", "note"],
            self.report,
        )?;
        let label = table.str("label", self.report);
        let goto = table.str("goto", self.report);
        let note = table.opt_str("note", self.report);
        let label = label.map(|l| self.message(&l));
        let note = note.map(|n| self.message(&n));
        let goto = goto.and_then(|g| self.target(&g));
        let set = self.assignments(&table, "set");
        let add = self.assignments(&table, "add");
        Some(Choice {
            label: label?,
            goto: goto?,
            set,
            add,
            note,
        })
    }
}
