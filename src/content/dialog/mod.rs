//! Reading one dialog file into a [`Dialog`], reporting every problem in it.
//!
//! Checks that need only this file happen here: the schema, duplicate step ids, targets, variables
//! and expressions, reachability of steps and of an end. Uses of messages, actors and other dialogs
//! are recorded in [`Uses`] and checked by the caller once everything is loaded.
//!
//! This file only puts the parts together, in the order their diagnostics are reported; each part
//! is read in its own file: `header.rs` (`[dialog]` and `[review]`), `vars.rs` (`[vars]` and
//! `[profile]`), `reader.rs` (the state shared while one dialog is read), `steps.rs` (`[[step]]`
//! tables, step ids and the kind of each step), `routes.rs` (targets, `next` and `branch`),
//! `options.rs` (answer buttons), `inputs.rs` (typed answers), `exprs.rs` (`set`, `add` and
//! expressions) and `graph.rs` (unreachable steps and steps with no way to an end).
//!
//! Reading never panics and never stops at the first problem. A `Dialog` may come back while
//! errors were reported (the caller decides by the report); `None` means a part every dialog needs
//! could not be read.

mod exprs;
mod graph;
mod header;
mod inputs;
mod options;
mod reader;
mod routes;
mod steps;
mod vars;

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use super::diag::{Report, SourceFile};
use super::model::Dialog;
use super::toml_read::{Table, parse};
use super::uses::Uses;
use crate::ids::{DialogId, MessageId};

use reader::Reader;

/// True for ids made of lowercase letters, digits and `-`, starting with a letter.
pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Reads the dialog file; `expected_id` is its file name without `.toml`.
pub fn read_dialog(
    categories: &[String],
    file: &Arc<SourceFile>,
    expected_id: &str,
    uses: &mut Uses,
    report: &mut Report,
) -> Option<Dialog> {
    let root = parse(file, report);
    let top = Table::from_table(
        file,
        root.get_ref(),
        root.span(),
        "a dialog file",
        &["dialog", "review", "vars", "profile", "step"],
        report,
    );
    let header = header::dialog_table(&top, report)?;
    header::check_id(&header, expected_id, report);
    let (vars, profile) = vars::read_vars_and_profile(&top, report);
    let var_names: Arc<BTreeSet<String>> = Arc::new(vars.keys().cloned().collect());
    let mut reader = Reader {
        file,
        dialog: expected_id,
        vars: &vars,
        var_names: &var_names,
        step_ids: HashMap::new(),
        uses,
        report,
    };

    let head = reader.header(&header, categories);
    let review = header::read_review(file, top.get("review"), reader.report);
    // Steps: first their ids, so that targets can be checked in any order.
    let step_tables = steps::step_tables(&top, reader.report);
    let ids = reader.step_ids(&step_tables);
    let start = head.start.as_ref().and_then(|s| reader.start_step(s));
    let (steps, spans) = reader.steps(&step_tables, ids);
    if let Some(start) = &start {
        graph::check_graph(file, &steps, &spans, start, reader.report);
    }

    let index = steps
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.clone(), i))
        .collect();
    Some(Dialog {
        id: DialogId::new(expected_id),
        title: MessageId::new(head.title?.value),
        topic: head.topic?.value,
        strategies: head.strategies,
        start: start?,
        order: head.order,
        after_emergency: head.after_emergency,
        review,
        vars,
        profile,
        steps,
        index,
    })
}
