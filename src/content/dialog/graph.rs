//! The shape of a dialog as a graph of steps: which steps the start reaches, and from which steps
//! an end (a target that leaves the dialog) can be reached.
//!
//! It works on steps already read, whose step targets all exist; it reads nothing from the file
//! and reports at the step ids' spans.

use std::collections::{HashMap, VecDeque};
use std::ops::Range;

use crate::content::diag::{Report, SourceFile};
use crate::content::model::{Route, Step, Target, Then};
use crate::ids::StepId;

/// Reports steps that cannot be reached from `start`, and steps from which no end can be reached.
pub(super) fn check_graph(
    file: &SourceFile,
    steps: &[Step],
    spans: &[Range<usize>],
    start: &StepId,
    report: &mut Report,
) {
    let index: HashMap<&StepId, usize> =
        steps.iter().enumerate().map(|(i, s)| (&s.id, i)).collect();
    let Some(&s) = index.get(start) else { return };
    let (edges, exits) = edges(steps, &index);
    let reached = reached_from(s, &edges);
    let ends = reaching_an_end(exits, &edges);
    // A step that loops on itself is the root cause of what it cuts off: steps only its other
    // target led to are not reported again as unreachable.
    let looping = steps.iter().any(loops_on_itself);
    for (i, step) in steps.iter().enumerate() {
        if loops_on_itself(step) {
            report.error(
                file,
                spans[i].clone(),
                format!(
                    "step `{}` leads back to itself without asking anything: in a conversation \
                     it would go round until Lots stops the dialog with no advice; point it to \
                     another step",
                    step.id
                ),
            );
        } else if !reached[i] && !looping {
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

/// A step that asks nothing (`next`, `branch`), changes no variable and has itself as a target:
/// whenever that arm is taken, nothing changes and the same arm is taken again. (A step that
/// adds to a counter may loop on purpose.)
fn loops_on_itself(step: &Step) -> bool {
    matches!(step.then, Then::Route(_))
        && step.set.is_empty()
        && step.add.is_empty()
        && step_targets(step)
            .iter()
            .any(|t| matches!(t, Target::Step(id) if *id == step.id))
}

/// For each step, the steps it leads to, and whether it can leave the dialog.
fn edges(steps: &[Step], index: &HashMap<&StepId, usize>) -> (Vec<Vec<usize>>, Vec<bool>) {
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
    (edges, exits)
}

/// The steps reached from `start`, breadth first.
fn reached_from(start: usize, edges: &[Vec<usize>]) -> Vec<bool> {
    let mut reached = vec![false; edges.len()];
    let mut queue = VecDeque::from([start]);
    reached[start] = true;
    while let Some(i) = queue.pop_front() {
        for &j in &edges[i] {
            if !reached[j] {
                reached[j] = true;
                queue.push_back(j);
            }
        }
    }
    reached
}

/// The steps from which a step that leaves the dialog can be reached, found backwards from the
/// steps in `exits`.
fn reaching_an_end(exits: Vec<bool>, edges: &[Vec<usize>]) -> Vec<bool> {
    let mut ends = exits;
    let mut changed = true;
    while changed {
        changed = false;
        for i in 0..edges.len() {
            if !ends[i] && edges[i].iter().any(|&j| ends[j]) {
                ends[i] = true;
                changed = true;
            }
        }
    }
    ends
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
