//! The paths of `lots paths`: every way from the start to a way out, one line each, and which
//! answers lead to a target.
//!
//! Answers of one question that lead to the same place are one way; a path that comes back to
//! a step it has passed stops there, naming the step (a loop is shown once).

use super::{Texts, link, target};
use crate::cli::describe;
use crate::cli::doc::{Block, Inline, Line};
use crate::content::{Dialog, Route, Step, Target, Then};
use crate::ids::StepId;

/// More paths than this are counted, not listed: a reviewer reads the steps instead.
const MAX_PATHS: usize = 200;

/// One way on from a step: what leads there, and where.
struct Way<'d> {
    via: Vec<String>,
    goto: &'d Target,
}

impl Way<'_> {
    /// The answers that lead this way, without the empty ones (a plain `next`).
    fn labels(&self) -> Vec<&str> {
        self.via
            .iter()
            .map(String::as_str)
            .filter(|v| !v.is_empty())
            .collect()
    }
}

/// The ways on from a step, answers to the same target merged, in the order written.
fn ways<'d>(texts: &Texts<'_>, step: &'d Step) -> Vec<Way<'d>> {
    let pairs: Vec<(String, &Target)> = match &step.then {
        Then::Options { options, .. } => options
            .iter()
            .map(|o| (format!("“{}”", texts.fmt(&o.label)), &o.goto))
            .collect(),
        Then::Input { after, .. } => route_pairs(after, "typed answer"),
        Then::Call { after, dialog } => route_pairs(after, &format!("after dialog {dialog}")),
        Then::Route(route) => route_pairs(route, ""),
    };
    let mut ways: Vec<Way<'d>> = Vec::new();
    for (via, goto) in pairs {
        match ways.iter_mut().find(|w| w.goto == goto) {
            Some(way) => way.via.push(via),
            None => ways.push(Way {
                via: vec![via],
                goto,
            }),
        }
    }
    ways
}

fn route_pairs<'d>(route: &'d Route, plain: &str) -> Vec<(String, &'d Target)> {
    match route {
        Route::Goto(goto) => vec![(plain.to_owned(), goto)],
        Route::Branch(arms) => arms
            .iter()
            .map(|arm| {
                let when = match &arm.when {
                    Some(expr) => format!("if {}", describe::condition(expr)),
                    None => "otherwise".to_owned(),
                };
                (when, &arm.goto)
            })
            .collect(),
    }
}

/// The section listing every path from the start.
pub(super) fn paths(texts: &Texts<'_>, dialog: &Dialog) -> Vec<Block> {
    let mut found = Vec::new();
    let mut total = 0;
    if let Some(start) = dialog.step(&dialog.start) {
        let mut walk = Walk {
            texts,
            dialog,
            found: &mut found,
            total: &mut total,
        };
        walk.from(start, Vec::new(), &mut Vec::new());
    }
    let mut blocks = vec![
        Block::Heading(2, "All paths".into()),
        Block::Para(vec![Inline::Text(format!(
            "{total} path(s) from the start to a way out; answers that lead to the same place are \
             one path, and a path that comes back to a step stops there."
        ))]),
        Block::List(found),
    ];
    if total > MAX_PATHS {
        blocks.push(Block::Para(vec![Inline::Text(format!(
            "… and {} more; see the steps above.",
            total - MAX_PATHS
        ))]));
    }
    blocks
}

struct Walk<'a, 't, 'c> {
    texts: &'a Texts<'c>,
    dialog: &'a Dialog,
    found: &'t mut Vec<Line>,
    total: &'t mut usize,
}

impl Walk<'_, '_, '_> {
    fn from(&mut self, step: &Step, line: Line, passed: &mut Vec<StepId>) {
        passed.push(step.id.clone());
        for way in ways(self.texts, step) {
            let mut line = line.clone();
            line.push(link(&step.id));
            let via = way.labels();
            let arrow = if via.is_empty() {
                " → ".to_owned()
            } else {
                format!(" {} → ", via.join(" or "))
            };
            line.push(Inline::Text(arrow));
            match way.goto {
                Target::Step(id) if passed.contains(id) => {
                    line.push(link(id));
                    line.push(Inline::Text(" (again)".into()));
                    self.done(line);
                }
                Target::Step(id) => match self.dialog.step(id) {
                    Some(next) => self.from(next, line, passed),
                    None => self.done(line),
                },
                other => {
                    line.push(target(other));
                    self.done(line);
                }
            }
        }
        passed.pop();
    }

    fn done(&mut self, line: Line) {
        *self.total += 1;
        if self.found.len() < MAX_PATHS {
            self.found.push(line);
        }
    }
}

/// "Reached from: step `a` (“Ja”), step `b` (if x)." for a target.
pub(super) fn leading_to(texts: &Texts<'_>, dialog: &Dialog, goal: &Target) -> Line {
    let mut line = vec![Inline::Strong("Reached from:".into())];
    let mut first = true;
    for step in describe::step_order(dialog) {
        for way in ways(texts, step).into_iter().filter(|w| w.goto == goal) {
            line.push(Inline::Text(if first { " " } else { ", " }.into()));
            first = false;
            line.push(link(&step.id));
            let via = way.labels();
            if !via.is_empty() {
                line.push(Inline::Text(format!(" ({})", via.join(" or "))));
            }
        }
    }
    line.push(Inline::Text(".".into()));
    line
}
