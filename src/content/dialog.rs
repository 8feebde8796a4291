//! Reading one dialog file into a [`Dialog`], reporting every problem in it.
//!
//! Checks that need only this file happen here: the schema, duplicate step ids, targets, variables
//! and expressions, reachability of steps and of an end. Uses of messages, actors and other dialogs
//! are recorded in [`Uses`] and checked by the caller once everything is loaded.

use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};
use std::ops::Range;
use std::sync::Arc;

use regex::Regex;
use toml::Spanned;
use toml::de::DeValue;

use super::diag::{Report, SourceFile, did_you_mean};
use super::model::{
    Arm, Assign, Choice, Dialog, Input, InputKind, Review, Route, STRATEGIES, Step, Target, Then,
};
use super::toml_read::{Scalar, Sp, Table, parse, scalar};
use super::uses::{MessageUse, Use, Uses};
use crate::ids::{ActorId, DialogId, MessageId, StepId};
use crate::value::{Expr, Value, VarType, Vars};

const STEP_KEYS: &[&str] = &[
    "id", "say", "ask", "options", "input", "set", "add", "refer", "note", "call", "branch",
    "next", "end",
];

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
    let Some(header) = top.get("dialog") else {
        report.error(file, 0..0, "a dialog file needs a `[dialog]` table");
        return None;
    };
    let header = Table::new(
        file,
        header,
        "[dialog]",
        &[
            "id",
            "title",
            "topic",
            "strategies",
            "start",
            "order",
            "after_emergency",
        ],
        report,
    )?;

    let id = header.str("id", report);
    if let Some(id) = &id
        && id.value != expected_id
    {
        report.error(
            file,
            id.span.clone(),
            format!(
                "the dialog id `{}` must equal the file name `{expected_id}`",
                id.value
            ),
        );
    }
    if !is_valid_id(expected_id) {
        report.error(
            file,
            0..0,
            format!(
                "the dialog file name `{expected_id}` must use lowercase letters, digits and `-`"
            ),
        );
    }

    let mut vars = read_vars(file, top.get("vars"), report);
    // Profile facts are variables too; their names must not clash with the dialog's own.
    let profile_vars = read_vars(file, top.get("profile"), report);
    let mut profile = BTreeSet::new();
    if let Some(table) = top
        .get("profile")
        .and_then(|v| Table::new(file, v, "[profile]", &[], &mut Report::default()))
    {
        for (name, _) in table.entries() {
            if vars.contains_key(name.value) {
                report.error(
                    file,
                    name.span.clone(),
                    format!(
                        "`{}` is declared both in [vars] and in [profile]; keep one",
                        name.value
                    ),
                );
            }
        }
    }
    for (name, value) in profile_vars {
        profile.insert(name.clone());
        vars.entry(name).or_insert(value);
    }
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

    let title = header.str("title", reader.report);
    if let Some(title) = &title {
        reader.message(title);
    }
    let topic = header.str("topic", reader.report);
    if let Some(topic) = &topic {
        reader.uses.topics.push(reader.at(topic));
    }
    let strategies = header.str_list("strategies", reader.report);
    if header.get("strategies").is_none() {
        reader.report.error(
            file,
            header.span().start..header.span().start,
            "[dialog] needs the key `strategies`",
        );
    } else if strategies.is_empty() {
        reader.report.error(
            file,
            header.key_span("strategies").unwrap_or(0..0),
            "`strategies` must name at least one strategy",
        );
    }
    for s in &strategies {
        if !STRATEGIES.contains(&s.value.as_str()) {
            reader.report.error(
                file,
                s.span.clone(),
                format!(
                    "unknown strategy `{}`{}; the strategies are {}",
                    s.value,
                    did_you_mean(&s.value, STRATEGIES),
                    STRATEGIES.join(", ")
                ),
            );
        }
    }
    let start = header.str("start", reader.report);
    let order = header
        .opt_int("order", reader.report)
        .map_or(100, |o| o.value);
    let mut after_emergency = Vec::new();
    for c in header.str_list("after_emergency", reader.report) {
        if categories.contains(&c.value) {
            after_emergency.push(c.value);
        } else {
            reader.report.error(
                file,
                c.span.clone(),
                format!(
                    "unknown red-flag category `{}`{}; the categories are the keys of [redflags] in locales/sv/patterns.toml",
                    c.value,
                    did_you_mean(&c.value, categories.iter().map(String::as_str))
                ),
            );
        }
    }

    let review = match top.get("review") {
        Some(value) => read_review(file, value, reader.report),
        None => {
            reader.report.warning(
                file,
                0..0,
                "the dialog has no `[review]` with sources and dates",
            );
            None
        }
    };

    // Steps: first their ids, so that targets can be checked in any order.
    let step_tables: Vec<Table<'_, '_>> = match top.get("step") {
        None => {
            reader
                .report
                .error(file, 0..0, "a dialog needs at least one `[[step]]`");
            Vec::new()
        }
        Some(value) => match value.get_ref() {
            DeValue::Array(items) => items
                .iter()
                .filter_map(|item| Table::new(file, item, "a [[step]]", STEP_KEYS, reader.report))
                .collect(),
            _ => {
                reader.report.error(
                    file,
                    value.span(),
                    "`step` must be written as `[[step]]` blocks",
                );
                Vec::new()
            }
        },
    };
    let mut ids: Vec<Option<Sp<String>>> = Vec::new();
    for table in &step_tables {
        let id = table.str("id", reader.report);
        if let Some(id) = &id {
            if !is_valid_id(&id.value) {
                reader.report.error(
                    file,
                    id.span.clone(),
                    format!(
                        "step id `{}` must use lowercase letters, digits and `-`, starting with a letter",
                        id.value
                    ),
                );
            }
            if let Some(first) = reader.step_ids.get(&id.value) {
                let (line, col) = file.position(first.start);
                reader.report.error(
                    file,
                    id.span.clone(),
                    format!(
                        "duplicate step id `{}` (first defined at {line}:{col})",
                        id.value
                    ),
                );
            } else {
                reader.step_ids.insert(id.value.clone(), id.span.clone());
            }
        }
        ids.push(id);
    }

    let start_target = start.as_ref().and_then(|s| {
        if reader.step_ids.contains_key(&s.value) {
            Some(StepId::new(s.value.clone()))
        } else {
            reader.report.error(
                file,
                s.span.clone(),
                format!(
                    "start step `{}` is not a step of dialog `{expected_id}`{}",
                    s.value,
                    did_you_mean(&s.value, reader.step_ids.keys().map(String::as_str))
                ),
            );
            None
        }
    });

    let mut steps = Vec::new();
    let mut spans = Vec::new();
    for (table, id) in step_tables.iter().zip(ids) {
        if let Some(id) = id
            && let Some(step) = reader.step(table, &id)
        {
            spans.push(id.span.clone());
            steps.push(step);
        }
    }

    if let Some(start) = &start_target {
        check_graph(file, &steps, &spans, start, reader.report);
    }

    let index = steps
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.clone(), i))
        .collect();
    Some(Dialog {
        id: DialogId::new(expected_id),
        title: MessageId::new(title?.value),
        topic: topic?.value,
        strategies: strategies.into_iter().map(|s| s.value).collect(),
        start: start_target?,
        order,
        after_emergency,
        review,
        vars,
        profile,
        steps,
        index,
    })
}

fn read_vars(
    file: &Arc<SourceFile>,
    value: Option<&Spanned<DeValue<'_>>>,
    report: &mut Report,
) -> Vars {
    let mut vars = Vars::new();
    let Some(value) = value else { return vars };
    let Some(table) = Table::new(file, value, "[vars]", &[], &mut Report::default()) else {
        report.error(file, value.span(), "[vars] must be a table");
        return vars;
    };
    for (name, value) in table.entries() {
        let ok_name = name
            .value
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
            && name
                .value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !ok_name {
            report.error(
                file,
                name.span.clone(),
                format!(
                    "variable name `{}` must use letters, digits and `_`, starting with a letter",
                    name.value
                ),
            );
            continue;
        }
        let v = match scalar(value) {
            Some(Scalar::Int(i)) => Value::Int(i),
            Some(Scalar::Float(f)) => Value::Float(f),
            Some(Scalar::Bool(b)) => Value::Bool(b),
            Some(Scalar::Str(s)) => Value::Text(s),
            None => {
                report.error(
                    file,
                    value.span(),
                    format!(
                        "the starting value of `{}` must be a number, true/false or text",
                        name.value
                    ),
                );
                continue;
            }
        };
        vars.insert(name.value.to_owned(), v);
    }
    vars
}

fn read_review(
    file: &Arc<SourceFile>,
    value: &Spanned<DeValue<'_>>,
    report: &mut Report,
) -> Option<Review> {
    let table = Table::new(
        file,
        value,
        "[review]",
        &["sources", "reviewed", "expires", "notes"],
        report,
    )?;
    if table.get("sources").is_none() {
        report.error(
            file,
            table.span().start..table.span().start,
            "[review] needs the key `sources`",
        );
    }
    let sources = table.str_list("sources", report);
    let reviewed = table.date("reviewed", report);
    let expires = table.date("expires", report);
    let notes = table.opt_str("notes", report);
    Some(Review {
        sources: sources.into_iter().map(|s| s.value).collect(),
        reviewed: reviewed?.value,
        expires: expires?.value,
        notes: notes.map(|n| n.value),
    })
}

/// State shared while the steps of one dialog are read.
struct Reader<'r> {
    file: &'r Arc<SourceFile>,
    dialog: &'r str,
    vars: &'r Vars,
    var_names: &'r Arc<BTreeSet<String>>,
    step_ids: HashMap<String, Range<usize>>,
    uses: &'r mut Uses,
    report: &'r mut Report,
}

impl Reader<'_> {
    fn at(&self, sp: &Sp<String>) -> Use {
        Use {
            file: self.file.clone(),
            span: sp.span.clone(),
            id: sp.value.clone(),
        }
    }

    fn message(&mut self, sp: &Sp<String>) -> MessageId {
        let at = self.at(sp);
        self.uses.messages.push(MessageUse {
            at,
            vars: self.var_names.clone(),
        });
        MessageId::new(sp.value.clone())
    }

    fn error(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.report.error(self.file, span, message);
    }

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
        let refer = refer
            .iter()
            .map(|a| {
                let at = self.at(a);
                self.uses.actors.push(at);
                ActorId::new(a.value.clone())
            })
            .collect();
        let set = self.assignments(table, "set");
        let add = self.assignments(table, "add");

        let options = table.get("options");
        let input = table.get("input");
        let branch = table.get("branch");
        let route_keys: Vec<&str> = [
            next.as_ref().map(|_| "next"),
            branch.map(|_| "branch"),
            end.as_ref().map(|_| "end"),
        ]
        .into_iter()
        .flatten()
        .collect();
        if route_keys.len() > 1 {
            let span = table.key_span(route_keys[1]).unwrap_or(id.span.clone());
            self.error(
                span,
                format!(
                    "step `{}` has both `{}` and `{}`; use only one",
                    id.value, route_keys[0], route_keys[1]
                ),
            );
        }
        let route = if let Some(next) = &next {
            self.target(next).map(Route::Goto)
        } else if let Some(branch) = branch {
            self.branch(branch)
        } else if end.is_some() {
            Some(Route::Goto(Target::End))
        } else {
            None
        };

        let then = if let Some(options) = options {
            if let Some(input) = input {
                self.error(
                    input.span(),
                    format!(
                        "step `{}` has both `options` and `input`; use one",
                        id.value
                    ),
                );
            }
            for key in route_keys.iter().chain(call.as_ref().map(|_| &"call")) {
                let span = table.key_span(key).unwrap_or(id.span.clone());
                self.error(
                    span,
                    format!(
                        "`{key}` is not used in a step with options: each option has its own `goto`"
                    ),
                );
            }
            let Some(ask) = ask_id else {
                self.error(
                    id.span.clone(),
                    format!("step `{}` has options but no `ask`", id.value),
                );
                return None;
            };
            let options = self.options(options)?;
            Then::Options { ask, options }
        } else if let Some(input) = input {
            if let Some(call) = &call {
                self.error(
                    call.span.clone(),
                    "`call` is not used in a step with `input`",
                );
            }
            let input = self.input(input);
            let Some(ask) = ask_id else {
                self.error(
                    id.span.clone(),
                    format!("step `{}` has input but no `ask`", id.value),
                );
                return None;
            };
            let Some(after) = route else {
                self.no_route(id, "after the input, add `next` or `branch`");
                return None;
            };
            Then::Input {
                ask,
                input: input?,
                after,
            }
        } else {
            if let Some(ask) = &ask {
                self.error(
                    ask.span.clone(),
                    format!("`ask` in step `{}` needs `options` or `input`", id.value),
                );
            }
            let Some(route) = route else {
                self.no_route(id, "add options, input, next, branch or `end = true`");
                return None;
            };
            match call {
                Some(dialog) => {
                    let at = self.at(&dialog);
                    self.uses.dialogs.push(at);
                    Then::Call {
                        dialog: DialogId::new(dialog.value),
                        after: route,
                    }
                }
                None => Then::Route(route),
            }
        };
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

    fn no_route(&mut self, id: &Sp<String>, hint: &str) {
        self.error(
            id.span.clone(),
            format!("step `{}` has no way on: {hint}", id.value),
        );
    }

    fn target(&mut self, sp: &Sp<String>) -> Option<Target> {
        const SPECIAL: [&str; 3] = ["@end", "@menu", "@emergency"];
        let t = sp.value.as_str();
        if let Some(special) = t.strip_prefix('@') {
            if let Some(category) = special.strip_prefix("emergency/") {
                self.uses.categories.push(Use {
                    file: self.file.clone(),
                    span: sp.span.clone(),
                    id: category.to_owned(),
                });
                return Some(Target::Emergency(Some(category.to_owned())));
            }
            return match special {
                "end" => Some(Target::End),
                "menu" => Some(Target::Menu),
                "emergency" => Some(Target::Emergency(None)),
                _ => {
                    self.error(
                        sp.span.clone(),
                        format!(
                            "unknown target `{t}`{}; special targets are @end, @menu, @emergency and @emergency/<category>",
                            did_you_mean(t, SPECIAL)
                        ),
                    );
                    None
                }
            };
        }
        if self.step_ids.contains_key(t) {
            Some(Target::Step(StepId::new(t)))
        } else {
            let hint = did_you_mean(t, self.step_ids.keys().map(String::as_str));
            self.error(
                sp.span.clone(),
                format!(
                    "target `{t}` is not a step of dialog `{}`{hint}",
                    self.dialog
                ),
            );
            None
        }
    }

    fn branch(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Route> {
        let DeValue::Array(items) = value.get_ref() else {
            self.error(
                value.span(),
                "`branch` must be a list of `{ when = …, goto = … }`",
            );
            return None;
        };
        if items.is_empty() {
            self.error(value.span(), "`branch` must have at least one arm");
            return None;
        }
        let mut arms = Vec::new();
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let last = i + 1 == items.len();
            let Some(table) = Table::new(
                self.file,
                item,
                "a branch arm",
                &["when", "goto"],
                self.report,
            ) else {
                ok = false;
                continue;
            };
            let when = table.opt_str("when", self.report);
            let goto = table.str("goto", self.report);
            let when = match (&when, last) {
                (Some(w), true) => {
                    self.error(
                        w.span.clone(),
                        "the last arm of a branch must have no `when`, so that a target is always taken",
                    );
                    ok = false;
                    None
                }
                (None, false) => {
                    self.error(
                        item.span(),
                        "only the last arm of a branch may leave out `when`",
                    );
                    ok = false;
                    None
                }
                (Some(w), false) => self.expr(w, Some(VarType::Bool), "a condition"),
                (None, true) => None,
            };
            let goto = goto.and_then(|g| self.target(&g));
            match goto {
                Some(goto) => arms.push(Arm { when, goto }),
                None => ok = false,
            }
        }
        ok.then_some(Route::Branch(arms))
    }

    fn options(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Vec<Choice>> {
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
            let Some(table) = Table::new(
                self.file,
                item,
                "an option",
                &["label", "goto", "set", "add", "note"],
                self.report,
            ) else {
                continue;
            };
            let label = table.str("label", self.report);
            let goto = table.str("goto", self.report);
            let note = table.opt_str("note", self.report);
            let label = label.map(|l| self.message(&l));
            let note = note.map(|n| self.message(&n));
            let goto = goto.and_then(|g| self.target(&g));
            let set = self.assignments(&table, "set");
            let add = self.assignments(&table, "add");
            if let (Some(label), Some(goto)) = (label, goto) {
                choices.push(Choice {
                    label,
                    goto,
                    set,
                    add,
                    note,
                });
            }
        }
        (choices.len() == items.len()).then_some(choices)
    }

    fn input(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Input> {
        const KINDS: [&str; 4] = ["number", "yes-no", "pattern", "text"];
        let table = Table::new(
            self.file,
            value,
            "`input`",
            &["type", "var", "min", "max", "pattern", "invalid"],
            self.report,
        )?;
        let kind = table.str("type", self.report);
        let var = table.str("var", self.report);
        let min = table.opt_number("min", self.report);
        let max = table.opt_number("max", self.report);
        let pattern = table.opt_str("pattern", self.report);
        let invalid = table
            .opt_str("invalid", self.report)
            .map(|i| self.message(&i));
        let kind_sp = kind?;
        let (kind, wanted) = match kind_sp.value.as_str() {
            "number" => {
                let (Some(lo), Some(hi)) = (&min, &max) else {
                    self.error(
                        kind_sp.span.clone(),
                        "an input of type `number` needs both `min` and `max`",
                    );
                    return None;
                };
                if lo.value > hi.value {
                    self.error(hi.span.clone(), "`max` must not be less than `min`");
                }
                (
                    InputKind::Number {
                        min: lo.value,
                        max: hi.value,
                    },
                    VarType::Number,
                )
            }
            "yes-no" => (InputKind::YesNo, VarType::Bool),
            "text" => (InputKind::Text, VarType::Text),
            "pattern" => {
                let Some(pattern) = pattern.as_ref() else {
                    self.error(
                        table.span().start..table.span().start,
                        "an input of type `pattern` needs the key `pattern`",
                    );
                    return None;
                };
                match Regex::new(&format!("^(?:{})$", pattern.value)) {
                    Ok(re) => (InputKind::Pattern(re), VarType::Text),
                    Err(e) => {
                        self.error(
                            pattern.span.clone(),
                            format!("the pattern does not compile: {}", one_line(&e.to_string())),
                        );
                        return None;
                    }
                }
            }
            other => {
                self.error(
                    kind_sp.span.clone(),
                    format!(
                        "unknown input type `{other}`{}; the types are number, yes-no, pattern and text",
                        did_you_mean(other, KINDS)
                    ),
                );
                return None;
            }
        };
        if kind_sp.value != "pattern"
            && let Some(p) = &pattern
        {
            self.error(
                p.span.clone(),
                "`pattern` is used only with `type = \"pattern\"`",
            );
        }
        if kind_sp.value != "number" {
            for m in [&min, &max].into_iter().flatten() {
                self.error(
                    m.span.clone(),
                    "`min` and `max` are used only with `type = \"number\"`",
                );
            }
        }
        let var = var?;
        match self.vars.get(&var.value) {
            None => {
                self.undeclared(&var.value, var.span.clone());
                return None;
            }
            Some(v) if v.var_type() != wanted => {
                self.error(
                    var.span.clone(),
                    format!(
                        "an input of type `{}` stores {wanted}, but `{}` is {} (see its starting value in [vars])",
                        kind_sp.value,
                        var.value,
                        v.var_type()
                    ),
                );
                return None;
            }
            Some(_) => {}
        }
        Some(Input {
            kind,
            var: var.value,
            invalid,
        })
    }

    fn undeclared(&mut self, name: &str, span: Range<usize>) {
        let hint = did_you_mean(name, self.vars.keys().map(String::as_str));
        self.error(
            span,
            format!("variable `{name}` is not declared in [vars]{hint}"),
        );
    }

    /// Reads `set` or `add`: `{ var = expression, … }`.
    fn assignments(&mut self, table: &Table<'_, '_>, key: &str) -> Vec<Assign> {
        let Some(value) = table.get(key) else {
            return Vec::new();
        };
        let DeValue::Table(entries) = value.get_ref() else {
            self.error(
                value.span(),
                format!("`{key}` must be a table like `{{ score = 1 }}`"),
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for (name, value) in entries.iter() {
            let name_sp = Sp::new(name.get_ref().to_string(), name.span());
            let source = match scalar(value) {
                Some(Scalar::Str(s)) => s,
                Some(Scalar::Int(i)) => i.to_string(),
                Some(Scalar::Float(f)) => format!("{f:?}"),
                Some(Scalar::Bool(b)) => b.to_string(),
                None => {
                    self.error(
                        value.span(),
                        "the value must be an expression, a number or true/false",
                    );
                    continue;
                }
            };
            let Some(declared) = self.vars.get(&name_sp.value).map(Value::var_type) else {
                self.undeclared(&name_sp.value, name_sp.span.clone());
                continue;
            };
            let wanted = if key == "add" {
                if declared != VarType::Number {
                    self.error(
                        name_sp.span.clone(),
                        format!(
                            "`add` needs a number variable, but `{}` is {declared}",
                            name_sp.value
                        ),
                    );
                    continue;
                }
                VarType::Number
            } else {
                declared
            };
            let expr_sp = Sp::new(source, value.span());
            if let Some(expr) = self.expr(&expr_sp, Some(wanted), "the value") {
                out.push(Assign {
                    var: name_sp.value,
                    expr,
                });
            }
        }
        out
    }

    /// Parses an expression, checks its variables, and evaluates it once over the starting values
    /// to check the type of its result.
    fn expr(&mut self, sp: &Sp<String>, wanted: Option<VarType>, what: &str) -> Option<Expr> {
        let expr = match Expr::parse(&sp.value) {
            Ok(e) => e,
            Err(e) => {
                self.error(
                    sp.span.clone(),
                    format!("the expression `{}` does not parse: {e}", sp.value),
                );
                return None;
            }
        };
        let unknown: Vec<String> = expr
            .variables()
            .filter(|v| !self.vars.contains_key(*v))
            .map(str::to_owned)
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        if !unknown.is_empty() {
            let mut unknown = unknown;
            unknown.sort();
            for name in unknown {
                self.undeclared(&name, sp.span.clone());
            }
            return None;
        }
        match expr.eval(self.vars) {
            Err(e) => {
                self.error(
                    sp.span.clone(),
                    format!(
                        "the expression `{}` cannot be evaluated with the starting values: {e}",
                        sp.value
                    ),
                );
                None
            }
            Ok(v) if wanted.is_some_and(|w| w != v.var_type()) => {
                self.error(
                    sp.span.clone(),
                    format!(
                        "{what} `{}` gives {}, but {} is needed",
                        sp.value,
                        v.var_type(),
                        wanted.unwrap_or(VarType::Text)
                    ),
                );
                None
            }
            Ok(_) => Some(expr),
        }
    }
}

fn one_line(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reports steps that cannot be reached from `start`, and steps from which no end can be reached.
fn check_graph(
    file: &SourceFile,
    steps: &[Step],
    spans: &[Range<usize>],
    start: &StepId,
    report: &mut Report,
) {
    let index: HashMap<&StepId, usize> =
        steps.iter().enumerate().map(|(i, s)| (&s.id, i)).collect();
    let mut edges: Vec<Vec<usize>> = vec![Vec::new(); steps.len()];
    let mut exits = vec![false; steps.len()];
    for (i, step) in steps.iter().enumerate() {
        for target in step_targets(step) {
            match target {
                Target::Step(id) => {
                    if let Some(&j) = index.get(id) {
                        edges[i].push(j);
                    }
                }
                _ => exits[i] = true,
            }
        }
    }
    let Some(&s) = index.get(start) else { return };
    let mut reached = vec![false; steps.len()];
    let mut queue = VecDeque::from([s]);
    reached[s] = true;
    while let Some(i) = queue.pop_front() {
        for &j in &edges[i] {
            if !reached[j] {
                reached[j] = true;
                queue.push_back(j);
            }
        }
    }
    // Backwards from the steps that leave the dialog.
    let mut ends = exits.clone();
    let mut changed = true;
    while changed {
        changed = false;
        for i in 0..steps.len() {
            if !ends[i] && edges[i].iter().any(|&j| ends[j]) {
                ends[i] = true;
                changed = true;
            }
        }
    }
    for (i, step) in steps.iter().enumerate() {
        if !reached[i] {
            report.error(
                file,
                spans[i].clone(),
                format!(
                    "step `{}` cannot be reached from the start step `{start}`",
                    step.id
                ),
            );
        } else if !ends[i] {
            report.error(
                file,
                spans[i].clone(),
                format!(
                    "from step `{}` no end of the dialog can be reached (a loop with no way out)",
                    step.id
                ),
            );
        }
    }
}

/// Every target a step can lead to.
pub fn step_targets(step: &Step) -> Vec<&Target> {
    fn route(r: &Route) -> Vec<&Target> {
        match r {
            Route::Goto(t) => vec![t],
            Route::Branch(arms) => arms.iter().map(|a| &a.goto).collect(),
        }
    }
    match &step.then {
        Then::Options { options, .. } => options.iter().map(|o| &o.goto).collect(),
        Then::Input { after, .. } | Then::Call { after, .. } => route(after),
        Then::Route(r) => route(r),
    }
}
