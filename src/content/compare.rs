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
        if current.dialog(old.id.as_str()).is_none() {
            out.push(Diagnostic {
                path: path.clone(),
                line: 1,
                col: 1,
                severity: Severity::Warning,
                message: format!(
                    "dialog `{}` is removed: people in it will be taken to the menu",
                    old.id
                ),
            });
            continue;
        };
        for step in old.steps() {
            let Some(calls) = compat::stands_on(step) else {
                continue;
            };
            let held = |name: &str| old.vars.get(name).map(|v| v.var_type());
            let Err(problem) =
                compat::check_frame(current, old.id.as_str(), step.id.as_str(), calls, held)
            else {
                continue;
            };
            let (line, col) = locate(&text, step.id.as_str());
            out.push(Diagnostic {
                path: path.clone(),
                line,
                col,
                severity: Severity::Warning,
                message: format!(
                    "step `{}` of dialog `{}` {problem}: people standing there will start \
                     the dialog again",
                    step.id, old.id
                ),
            });
        }
    }
    out
}

/// The line and column of a step's `id = "…"` in a dialog file (1:1 when not found).
fn locate(text: &str, step: &str) -> (usize, usize) {
    let wanted = format!("\"{step}\"");
    for (i, line) in text.lines().enumerate() {
        let t = line.trim_start();
        if t.starts_with("id") && t.contains(&wanted) {
            let col = line[..line.find(&wanted).unwrap_or(0)].chars().count() + 1;
            return (i + 1, col);
        }
    }
    (1, 1)
}
