//! Draft locales never stop the bot: a draft with errors is left out and its errors become
//! warnings.
//!
//! Which diagnostics a locale causes is not always visible in the diagnostic itself (a translation
//! that uses a variable a dialog lacks is reported at the dialog), so the blame is found by
//! loading: the content without any draft, then with each draft alone. A draft whose load adds
//! errors is left out; everything its load added is reported as a warning, so that nothing is
//! lost. This costs extra loads only when the content has errors.

use super::diag::{Diagnostic, Severity};
use super::{Loaded, load_without, shown};
use crate::ids::LocaleCode;

use std::path::Path;

/// Loads the content; when it has errors that only draft locales cause, loads it again without
/// those drafts and reports their diagnostics as warnings.
pub(super) fn load_leaving_out_broken_drafts(root: &Path, today: jiff::civil::Date) -> Loaded {
    let (first, drafts) = load_without(root, today, &[]);
    if first.content.is_some() || drafts.is_empty() {
        return first;
    }
    let (base, _) = load_without(root, today, &drafts);
    if base.content.is_none() {
        // Reviewed content is broken too: report everything as it is.
        return first;
    }
    let mut broken: Vec<(LocaleCode, Vec<Diagnostic>)> = Vec::new();
    for draft in &drafts {
        let others: Vec<LocaleCode> = drafts.iter().filter(|d| *d != draft).cloned().collect();
        let (alone, _) = load_without(root, today, &others);
        if alone.content.is_none() {
            let added = alone
                .diagnostics
                .into_iter()
                .filter(|d| !base.diagnostics.contains(d))
                .collect();
            broken.push((draft.clone(), added));
        }
    }
    let leave_out: Vec<LocaleCode> = broken.iter().map(|(code, _)| code.clone()).collect();
    let (mut last, _) = load_without(root, today, &leave_out);
    if last.content.is_none() {
        // Drafts that load alone but not together: leave them all out.
        let (all_out, _) = load_without(root, today, &drafts);
        last = all_out;
        for draft in &drafts {
            if !leave_out.contains(draft) {
                broken.push((draft.clone(), Vec::new()));
            }
        }
    }
    for (code, diagnostics) in broken {
        let errors = diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let summary = format!(
            "draft locale `{code}` is left out: it has {errors} error(s), listed here as warnings; \
             the bot runs without it until they are fixed"
        );
        tracing::warn!(locale = %code, errors, "a draft locale with errors is left out");
        last.diagnostics.push(Diagnostic {
            path: shown(root, "locales").join(code.as_str()),
            line: 1,
            col: 1,
            severity: Severity::Warning,
            message: summary,
        });
        for mut d in diagnostics {
            if d.severity == Severity::Error {
                d.severity = Severity::Warning;
                d.message = format!("(draft `{code}`, left out) {}", d.message);
            }
            if !last.diagnostics.contains(&d) {
                last.diagnostics.push(d);
            }
        }
    }
    last.diagnostics.sort_by(|a, b| {
        (&a.path, a.line, a.col, a.severity).cmp(&(&b.path, b.line, b.col, b.severity))
    });
    last
}
