//! The `[[step]]` tables of a dialog: their ids, the start step, and each step with its kind.
//!
//! A step's kind follows from its keys: `options` asks with buttons, `input` asks for a typed
//! answer, `call` runs another dialog, and otherwise the step goes on by its route. Keys that do
//! not fit the kind are reported here. The parts of a kind are read in their own files
//! (`options.rs`, `inputs.rs`, `routes.rs`, `exprs.rs`); this file never reads them itself.

use std::ops::Range;

use toml::Spanned;
use toml::de::DeValue;

use super::is_valid_id;
use super::reader::Reader;
use super::routes::route_keys;
use crate::content::diag::{Report, did_you_mean};
use crate::content::model::{Route, Step, Then};
use crate::content::toml_read::{Sp, Table};
use crate::ids::{ActorId, DialogId, MessageId, StepId};

/// The keys a `[[step]]` may have.
const STEP_KEYS: &[&str] = &[
    "id", "say", "ask", "options", "input", "set", "add", "refer", "note", "call", "branch",
    "next", "end",
];

/// The `[[step]]` tables of the dialog file's top table, each checked against [`STEP_KEYS`].
pub(super) fn step_tables<'a, 'i>(top: &Table<'a, 'i>, report: &mut Report) -> Vec<Table<'a, 'i>> {
    let file = top.file();
    match top.get("step") {
        None => {
            report.error(file, 0..0, "a dialog needs at least one `[[step]]`");
            Vec::new()
        }
        Some(value) => match value.get_ref() {
            DeValue::Array(items) => items
                .iter()
                .filter_map(|item| Table::new(file, item, "a [[step]]", STEP_KEYS, report))
                .collect(),
            _ => {
                report.error(
                    file,
                    value.span(),
                    "`step` must be written as `[[step]]` blocks",
                );
                Vec::new()
            }
        },
    }
}

/// What decides the kind of a step, read before the kind is known.
struct Shape {
    /// `ask` as written, for errors in steps that ask nothing.
    ask: Option<Sp<String>>,
    /// `ask` as a recorded message use.
    ask_id: Option<MessageId>,
    /// The dialog `call` names.
    call: Option<Sp<String>>,
    /// The way on from `next`, `branch` or `end`, when one could be read.
    route: Option<Route>,
    /// Which of `next`, `branch` and `end` the step has.
    route_keys: Vec<&'static str>,
}

impl Reader<'_> {
    /// Reads the id of every step table and records it in `step_ids`, reporting bad and duplicate
    /// ids. The result has one entry per table.
    pub(super) fn step_ids(&mut self, tables: &[Table<'_, '_>]) -> Vec<Option<Sp<String>>> {
        let mut ids = Vec::new();
        for table in tables {
            let id = table.str("id", self.report);
            if let Some(id) = &id {
                self.step_id(id);
            }
            ids.push(id);
        }
        ids
    }

    /// Checks one step id and records it unless it is a duplicate.
    fn step_id(&mut self, id: &Sp<String>) {
        if !is_valid_id(&id.value) {
            self.error(
                id.span.clone(),
                format!(
                    "step id `{}` must use lowercase letters, digits and `-`, starting with a letter",
                    id.value
                ),
            );
        }
        if let Some(first) = self.step_ids.get(&id.value) {
            let (line, col) = self.file.position(first.start);
            self.error(
                id.span.clone(),
                format!(
                    "duplicate step id `{}` (first defined at {line}:{col})",
                    id.value
                ),
            );
        } else {
            self.step_ids.insert(id.value.clone(), id.span.clone());
        }
    }

    /// Resolves the start step named in `[dialog]`.
    pub(super) fn start_step(&mut self, start: &Sp<String>) -> Option<StepId> {
        if self.step_ids.contains_key(&start.value) {
            return Some(StepId::new(start.value.clone()));
        }
        let hint = did_you_mean(&start.value, self.step_ids.keys().map(String::as_str));
        self.error(
            start.span.clone(),
            format!(
                "start step `{}` is not a step of dialog `{}`{hint}",
                start.value, self.dialog
            ),
        );
        None
    }

    /// Reads every step that has an id, returning the steps that could be read and the spans of
    /// their ids.
    pub(super) fn steps(
        &mut self,
        tables: &[Table<'_, '_>],
        ids: Vec<Option<Sp<String>>>,
    ) -> (Vec<Step>, Vec<Range<usize>>) {
        let mut steps = Vec::new();
        let mut spans = Vec::new();
        for (table, id) in tables.iter().zip(ids) {
            if let Some(id) = id
                && let Some(step) = self.step(table, &id)
            {
                spans.push(id.span.clone());
                steps.push(step);
            }
        }
        (steps, spans)
    }

    /// Reads one step. Every key is read, and every problem reported, before the step's kind
    /// decides which of them it uses.
    fn step(&mut self, table: &Table<'_, '_>, id: &Sp<String>) -> Option<Step> {
        let r = &mut *self.report;
        let say = table.opt_str("say", r);
        let ask = table.opt_str("ask", r);
        let note = table.opt_str("note", r);
        let call = table.opt_str("call", r);
        let next = table.opt_str("next", r);
        let end = table.opt_bool("end", r).filter(|e| e.value);
        let refer = table.str_list("refer", r);
        let say = say.map(|s| self.message(&s));
        let ask_id = ask.as_ref().map(|s| self.message(s));
        let note = note.map(|s| self.message(&s));
        let refer = self.refer(&refer);
        let set = self.assignments(table, "set");
        let add = self.assignments(table, "add");

        let route_keys = route_keys(table, next.is_some(), end.is_some());
        self.one_route(table, id, &route_keys);
        let route = self.route(next.as_ref(), table.get("branch"), end.is_some());
        let shape = Shape {
            ask,
            ask_id,
            call,
            route,
            route_keys,
        };
        let then = self.then(table, id, shape)?;
        Some(Step {
            id: StepId::new(id.value.clone()),
            set,
            add,
            say,
            refer,
            note,
            then,
        })
    }

    /// Records the actors of `refer` as uses.
    fn refer(&mut self, refer: &[Sp<String>]) -> Vec<ActorId> {
        refer
            .iter()
            .map(|a| {
                let at = self.at(a);
                self.uses.actors.push(at);
                ActorId::new(a.value.clone())
            })
            .collect()
    }

    /// What the step does once entered, decided by its keys.
    fn then(&mut self, table: &Table<'_, '_>, id: &Sp<String>, shape: Shape) -> Option<Then> {
        if let Some(options) = table.get("options") {
            self.then_options(table, id, options, shape)
        } else if let Some(input) = table.get("input") {
            self.then_input(id, input, shape)
        } else {
            self.then_route(id, shape)
        }
    }

    /// A question with buttons: each option has its own way on, so the step has none.
    fn then_options(
        &mut self,
        table: &Table<'_, '_>,
        id: &Sp<String>,
        options: &Spanned<DeValue<'_>>,
        shape: Shape,
    ) -> Option<Then> {
        if let Some(input) = table.get("input") {
            self.error(
                input.span(),
                format!(
                    "step `{}` has both `options` and `input`; use one",
                    id.value
                ),
            );
        }
        let call = shape.call.as_ref().map(|_| &"call");
        for key in shape.route_keys.iter().chain(call) {
            let span = table.key_span(key).unwrap_or(id.span.clone());
            self.error(
                span,
                format!(
                    "`{key}` is not used in a step with options: each option has its own `goto`"
                ),
            );
        }
        let Some(ask) = shape.ask_id else {
            self.error(
                id.span.clone(),
                format!("step `{}` has options but no `ask`", id.value),
            );
            return None;
        };
        let options = self.options(options)?;
        Some(Then::Options { ask, options })
    }

    /// A question with a typed answer, then the step's route.
    fn then_input(
        &mut self,
        id: &Sp<String>,
        input: &Spanned<DeValue<'_>>,
        shape: Shape,
    ) -> Option<Then> {
        if let Some(call) = &shape.call {
            self.error(
                call.span.clone(),
                "`call` is not used in a step with `input`",
            );
        }
        let input = self.input(input);
        let Some(ask) = shape.ask_id else {
            self.error(
                id.span.clone(),
                format!("step `{}` has input but no `ask`", id.value),
            );
            return None;
        };
        let Some(after) = shape.route else {
            self.no_route(id, "after the input, add `next` or `branch`");
            return None;
        };
        Some(Then::Input {
            ask,
            input: input?,
            after,
        })
    }

    /// A step that asks nothing: it calls a dialog and then follows its route, or only follows it.
    fn then_route(&mut self, id: &Sp<String>, shape: Shape) -> Option<Then> {
        if let Some(ask) = &shape.ask {
            self.error(
                ask.span.clone(),
                format!("`ask` in step `{}` needs `options` or `input`", id.value),
            );
        }
        let Some(route) = shape.route else {
            self.no_route(id, "add options, input, next, branch or `end = true`");
            return None;
        };
        match shape.call {
            Some(dialog) => {
                let at = self.at(&dialog);
                self.uses.dialogs.push(at);
                Some(Then::Call {
                    dialog: DialogId::new(dialog.value),
                    after: route,
                })
            }
            None => Some(Then::Route(route)),
        }
    }

    /// Reports a step that has no way on.
    fn no_route(&mut self, id: &Sp<String>, hint: &str) {
        self.error(
            id.span.clone(),
            format!("step `{}` has no way on: {hint}", id.value),
        );
    }
}
