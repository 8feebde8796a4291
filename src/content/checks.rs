//! Cross-file checks made once every file is read: messages used by dialogs, actors and topics
//! exist (with the variables they need), the messages the code formats exist, references to
//! actors, dialogs and red-flag categories resolve, and profile facts have one type.
//!
//! These checks only add diagnostics; they never change what was loaded.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use super::diag::{Report, did_you_mean};
use super::uses::Uses;
use super::{Actor, Dialog, L10n, Patterns, SOURCE_LOCALE, messages};
use crate::ids::{ActorId, DialogId, LocaleCode};

/// A profile fact is shared by every dialog that declares it, so it must have one type.
pub(super) fn check_profile_types(
    dialogs: &BTreeMap<DialogId, Dialog>,
    dialogs_dir: &Path,
    report: &mut Report,
) {
    let mut first: BTreeMap<&str, (&DialogId, &crate::value::Value)> = BTreeMap::new();
    for d in dialogs.values() {
        for name in &d.profile {
            let Some(value) = d.vars.get(name) else {
                continue;
            };
            match first.get(name.as_str()) {
                None => {
                    first.insert(name, (&d.id, value));
                }
                Some((other, v)) if v.var_type() != value.var_type() => report.error_at_path(
                    &dialogs_dir.join(format!("{}.toml", d.id)),
                    format!(
                        "profile fact `{name}` is {} here but {} in dialog `{other}`; a profile fact has one type",
                        value.var_type(),
                        v.var_type()
                    ),
                ),
                Some(_) => {}
            }
        }
    }
}

/// Checks every cross-file use recorded while reading.
pub(super) fn check_uses(
    uses: &Uses,
    l10n: &L10n,
    dialogs: &BTreeMap<DialogId, Dialog>,
    dialog_files: &HashSet<String>,
    actors: &BTreeMap<ActorId, Actor>,
    patterns: &Patterns,
    report: &mut Report,
) {
    check_messages(uses, l10n, report);
    for at in &uses.actors {
        if !actors.contains_key(at.id.as_str()) {
            let hint = did_you_mean(&at.id, actors.keys().map(ActorId::as_str));
            report.error(
                &at.file,
                at.span.clone(),
                format!("unknown actor `{}`{hint}", at.id),
            );
        }
    }
    let dialog_hint = |id: &str| did_you_mean(id, dialogs.keys().map(DialogId::as_str));
    for at in &uses.dialogs {
        if !dialog_files.contains(&at.id) {
            let hint = dialog_hint(&at.id);
            report.error(
                &at.file,
                at.span.clone(),
                format!("unknown dialog `{}`{hint}", at.id),
            );
        }
    }
    // A trigger for a dialog that is gone is ignored, so that removing a dialog does not stop
    // the bot until every language's patterns are edited; `check --strict` still fails on it.
    for at in &uses.trigger_dialogs {
        if !dialog_files.contains(&at.id) {
            let hint = dialog_hint(&at.id);
            report.warning(
                &at.file,
                at.span.clone(),
                format!("triggers for unknown dialog `{}` are ignored{hint}", at.id),
            );
        }
    }
    for at in &uses.categories {
        if !patterns.categories().contains(&at.id) {
            let hint = did_you_mean(&at.id, patterns.categories().iter().map(String::as_str));
            report.error(
                &at.file,
                at.span.clone(),
                format!("unknown red-flag category `{}`{hint}", at.id),
            );
        }
    }
}

/// Where another locale defines a message Swedish lacks, as ` (it exists in path:line; …)`.
fn elsewhere(l10n: &L10n, id: &str) -> Option<String> {
    let def = l10n
        .locales()
        .iter()
        .find_map(|info| l10n.definition(&info.code, id))?;
    let (line, _) = def.file.position(def.offset);
    Some(format!(
        " (it exists in {}:{line}; Swedish is the source: add it to a file in locales/sv first)",
        def.file.path().display()
    ))
}

/// Every message a dialog, actor or topic uses exists in Swedish; translations of reviewed
/// locales exist; every variable a translation uses is available where the message is used.
fn check_messages(uses: &Uses, l10n: &L10n, report: &mut Report) {
    let sv = LocaleCode::new(SOURCE_LOCALE);
    let mut warned: HashSet<(LocaleCode, String)> = HashSet::new();
    let topic_uses = uses.topics.iter().map(|t| (t, format!("topic-{}", t.id)));
    let message_uses = uses
        .messages
        .iter()
        .map(|m| (&m.at, m.at.id.clone(), Some(&m.vars)))
        .chain(topic_uses.map(|(t, id)| (t, id, None)));
    let empty = BTreeSet::new();
    for (at, id, vars) in message_uses {
        let vars = vars.map_or(&empty, |v| v.as_ref());
        if !l10n.has(&sv, &id) {
            let hint = elsewhere(l10n, &id).unwrap_or_else(|| did_you_mean(&id, l10n.ids(&sv)));
            report.error(
                &at.file,
                at.span.clone(),
                format!("message `{id}` is missing in locales/sv{hint}"),
            );
            continue;
        }
        for info in l10n.locales() {
            if !l10n.has(&info.code, &id) {
                if info.reviewed && warned.insert((info.code.clone(), id.clone())) {
                    report.warning(
                        &at.file,
                        at.span.clone(),
                        format!(
                            "message `{id}` has no translation in `{}` ({})",
                            info.code, info.name
                        ),
                    );
                }
                continue;
            }
            for var in l10n.variables(&info.code, &id) {
                if !vars.contains(&var) && warned.insert((info.code.clone(), format!("{id}${var}")))
                {
                    let declared = if vars.is_empty() {
                        String::new()
                    } else {
                        let list: Vec<&str> = vars.iter().map(String::as_str).collect();
                        format!(" (declared: {})", list.join(", "))
                    };
                    report.error(
                        &at.file,
                        at.span.clone(),
                        format!(
                            "message `{id}` in `{}` uses `${var}`, which is not available here{declared}",
                            info.code
                        ),
                    );
                }
            }
        }
    }
}

/// Checks the messages the engine itself formats, and an emergency text per red-flag category.
pub(super) fn check_required(l10n: &L10n, patterns: &Patterns, report: &mut Report) {
    let sv = LocaleCode::new(SOURCE_LOCALE);
    let category_ids: Vec<(String, Vec<&str>)> = patterns
        .categories()
        .iter()
        .map(|c| (messages::emergency_id(c), Vec::new()))
        .collect();
    let all = messages::ALL
        .iter()
        .map(|r| (r.id.to_owned(), r.args.to_vec()))
        .chain(category_ids);
    for (id, args) in all {
        for info in l10n.locales() {
            let Some(def) = l10n.definition(&info.code, &id) else {
                if info.code == sv {
                    report.error_at_path(
                        &PathBuf::from("locales/sv"),
                        format!("the engine message `{id}` is missing in Swedish"),
                    );
                } else if info.reviewed {
                    report.error_at_path(
                        &PathBuf::from(format!("locales/{}", info.code)),
                        format!("the engine message `{id}` is missing in `{}`", info.code),
                    );
                }
                continue;
            };
            for var in l10n.variables(&info.code, &id) {
                if !args.contains(&var.as_str()) {
                    report.error(
                        &def.file,
                        def.offset..def.offset,
                        format!(
                            "message `{id}` uses `${var}`, but the engine passes only {}",
                            if args.is_empty() {
                                "no variables".to_owned()
                            } else {
                                args.iter()
                                    .map(|a| format!("${a}"))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            }
                        ),
                    );
                }
            }
        }
    }
}
