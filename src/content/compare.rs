//! `lots check --previous DIR`: what a content change does to people who are mid-dialog.
//!
//! A session stands on a step that waits for an answer (a question) or on a step that called
//! another dialog. When the new content removes such a step, or its dialog, people standing there
//! get a kind message and a fresh start (see the engine); staff should know before they publish.

use std::path::Path;

use super::diag::{Diagnostic, Severity};
use super::{Content, compat};

/// Warnings for every step live sessions could stand on in `previous` that `current` removes or
/// changes so that a session standing there is restarted. Positions point into the previous
/// content's files, under `previous_root`.
pub fn removed_steps(
    previous_root: &Path,
    previous: &Content,
    current: &Content,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for old in previous.dialogs() {
        let path = previous_root
            .join("dialogs")
            .join(format!("{}.toml", old.id));
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let Some(new) = current.dialog(old.id.as_str()) else {
            out.push(warning(
                &path,
                1,
                1,
                format!(
                    "dialog `{}` is removed: people in it will be taken to the menu",
                    old.id
                ),
            ));
            continue;
        };
        let held = |name: &str| old.vars.get(name).map(|v| v.var_type());
        if let Err(problem) = compat::check_vars(new, held) {
            let (line, col) = locate(&text, "[vars]", "");
            out.push(warning(
                &path,
                line,
                col,
                format!(
                    "dialog `{}` {problem}: people in it will start the dialog again",
                    old.id
                ),
            ));
            continue;
        }
        for step in old.steps() {
            let Some(calls) = compat::stands_on(step) else {
                continue;
            };
            if let Err(problem) = compat::check_step(new, step.id.as_str(), calls) {
                let (line, col) = locate(&text, "id", &format!("\"{}\"", step.id));
                out.push(warning(
                    &path,
                    line,
                    col,
                    format!(
                        "step `{}` of dialog `{}` {problem}: people standing there will start \
                     the dialog again",
                        step.id, old.id
                    ),
                ));
            }
        }
    }
    out
}

fn warning(path: &Path, line: usize, col: usize, message: String) -> Diagnostic {
    Diagnostic {
        path: path.to_owned(),
        line,
        col,
        severity: Severity::Warning,
        message,
    }
}

/// The line and column of `wanted` on the first line that starts with `start` (1:1 when not
/// found): a step's `id = "…"`, or the `[vars]` table.
fn locate(text: &str, start: &str, wanted: &str) -> (usize, usize) {
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        if t.starts_with(start) && t.contains(wanted) {
            let at = if wanted.is_empty() {
                line.len() - t.len()
            } else {
                line.find(wanted).unwrap_or(0)
            };
            let col = line[..at].chars().count() + 1;
            return (i + 1, col);
        }
    }
    (1, 1)
}
