//! Loading and validating the content tree into an immutable [`Content`].
//!
//! `load` reads `dialogs/` and `locales/` under a root, reports every problem as a [`Diagnostic`]
//! with `path:line:col`, and returns a `Content` only when there is no error. A `Content` that
//! exists is valid: the engine never re-checks it. Loading never panics on bad content.

pub mod actors;
pub mod compare;
pub mod compat;
pub mod diag;
pub mod dialog;
pub mod hours;
pub mod l10n;
pub mod model;
pub mod patterns;
pub mod messages;
pub mod toml_read;
pub mod uses;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

pub use diag::{Diagnostic, Severity};
pub use l10n::{L10n, LocaleInfo, SOURCE_LOCALE};
pub use model::*;
pub use patterns::{Patterns, fold, normalise};

use diag::{Report, SourceFile, did_you_mean};
use uses::Uses;

use crate::ids::{ActorId, DialogId, LocaleCode, MessageId};

/// Everything Lots says and recognises, checked and ready to run.
#[derive(Debug)]
pub struct Content {
    dialogs: BTreeMap<DialogId, Dialog>,
    menu: Vec<Topic>,
    actors: BTreeMap<ActorId, Actor>,
    l10n: L10n,
    patterns: Patterns,
    version: String,
}

/// The result of loading: the content when it has no errors, and every diagnostic.
#[derive(Debug)]
pub struct Loaded {
    /// `Some` exactly when no diagnostic is an error.
    pub content: Option<Content>,
    /// Errors and warnings, sorted by file and position.
    pub diagnostics: Vec<Diagnostic>,
}

impl Content {
    /// A dialog by id.
    pub fn dialog(&self, id: &str) -> Option<&Dialog> {
        self.dialogs.get(id)
    }

    /// All dialogs, by id.
    pub fn dialogs(&self) -> impl Iterator<Item = &Dialog> {
        self.dialogs.values()
    }

    /// The main menu, in order.
    pub fn menu(&self) -> &[Topic] {
        &self.menu
    }

    /// An actor by id.
    pub fn actor(&self, id: &ActorId) -> Option<&Actor> {
        self.actors.get(id)
    }

    /// All actors, by id.
    pub fn actors(&self) -> impl Iterator<Item = &Actor> {
        self.actors.values()
    }

    /// The texts.
    pub fn l10n(&self) -> &L10n {
        &self.l10n
    }

    /// The free-text patterns.
    pub fn patterns(&self) -> &Patterns {
        &self.patterns
    }

    /// A fingerprint of the content files, so that a session knows which content it ran on.
    pub fn version(&self) -> &str {
        &self.version
    }
}

/// How a path is shown in diagnostics: relative to the content root as the person named it.
fn shown(root: &Path, rel: &str) -> PathBuf {
    if root == Path::new(".") || root.as_os_str().is_empty() {
        PathBuf::from(rel)
    } else {
        root.join(rel)
    }
}

/// Loads and checks the content under `root` (which holds `dialogs/` and `locales/`). `today` is
/// used to warn about expired reviews.
pub fn load(root: &Path, today: jiff::civil::Date) -> Loaded {
    let mut report = Report::default();
    let mut uses = Uses::default();
    let mut fingerprint = Fingerprint::default();

    // Locales first: dialogs are checked against them.
    let locales_dir = shown(root, "locales");
    let l10n = L10n::load(&locales_dir, &mut report);
    let codes: Vec<LocaleCode> = l10n
        .as_ref()
        .map(|l| l.locales().iter().map(|i| i.code.clone()).collect())
        .unwrap_or_default();
    let patterns = Patterns::load(&locales_dir, &codes, &mut uses, &mut report);

    // Dialogs and actors.
    let dialogs_dir = shown(root, "dialogs");
    let mut dialogs = BTreeMap::new();
    let mut actors = BTreeMap::new();
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(&dialogs_dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect(),
        Err(e) => {
            report.error_at_path(&dialogs_dir, format!("cannot read the dialogs folder: {e}"));
            Vec::new()
        }
    };
    paths.sort();
    let mut saw_actors = false;
    // Dialog files that exist, loaded or not (a dialog's id is its file name): a file with
    // errors has its own diagnostics, so references to it are not reported again.
    let mut dialog_files: HashSet<String> = HashSet::new();
    for path in paths {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                report.error_at_path(&path, format!("cannot read: {e}"));
                continue;
            }
        };
        fingerprint.add(&text);
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let file = SourceFile::new(path, text);
        if stem == "actors" {
            saw_actors = true;
            actors = actors::read_actors(&file, &mut uses, &mut report);
            continue;
        }
        dialog_files.insert(stem.clone());
        if let Some(d) =
            dialog::read_dialog(patterns.categories(), &file, &stem, &mut uses, &mut report)
        {
            if let Some(review) = &d.review
                && review.expires < today
            {
                report.warning(
                    &file,
                    0..0,
                    format!(
                        "the review of dialog `{}` expired on {}; review it and set new dates",
                        d.id, review.expires
                    ),
                );
            }
            dialogs.insert(d.id.clone(), d);
        }
    }
    if !saw_actors {
        report.error_at_path(
            &dialogs_dir.join("actors.toml"),
            "the actor directory actors.toml is missing",
        );
    }

    if let Some(l10n) = &l10n {
        check_uses(
            &uses,
            l10n,
            &dialogs,
            &dialog_files,
            &actors,
            &patterns,
            &mut report,
        );
        check_required(l10n, &patterns, &mut report);
        for info in l10n.locales() {
            for id in l10n.ids(&info.code) {
                fingerprint.add(info.code.as_str());
                fingerprint.add(id);
                fingerprint.add(&l10n.format(&info.code, id, &Default::default(), &[]));
            }
        }
    }

    check_profile_types(&dialogs, &dialogs_dir, &mut report);
    let menu = build_menu(&dialogs);
    let version = fingerprint.finish();
    let content = match l10n {
        Some(l10n) if !report.has_errors() => Some(Content {
            dialogs,
            menu,
            actors,
            l10n,
            patterns,
            version,
        }),
        _ => None,
    };
    Loaded {
        content,
        diagnostics: report.into_sorted(),
    }
}

/// A stable fingerprint of the content: SHA-256 over the dialog files and every formatted
/// message, each part prefixed by its length. Unlike `DefaultHasher` it is the same for the same
/// content on every Rust release and machine, so a toolchain update does not make every stored
/// session look outdated. Sessions written before it carry a 16-digit `DefaultHasher` value; they
/// are not restarted for that alone: the engine then checks that their position still exists and
/// means the same (`compat`), as after any content change.
#[derive(Default)]
struct Fingerprint(sha2::Sha256);

impl Fingerprint {
    fn add(&mut self, part: &str) {
        use sha2::Digest;
        self.0.update((part.len() as u64).to_le_bytes());
        self.0.update(part.as_bytes());
    }

    fn finish(self) -> String {
        use sha2::Digest;
        let digest = self.0.finalize();
        let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
        format!("sha256:{hex}")
    }
}

/// A profile fact is shared by every dialog that declares it, so it must have one type.
fn check_profile_types(
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

fn build_menu(dialogs: &BTreeMap<DialogId, Dialog>) -> Vec<Topic> {
    let mut by_topic: BTreeMap<&str, Vec<&Dialog>> = BTreeMap::new();
    for d in dialogs.values() {
        by_topic.entry(&d.topic).or_default().push(d);
    }
    let mut topics: Vec<(i64, Topic)> = by_topic
        .into_iter()
        .map(|(topic, mut ds)| {
            ds.sort_by(|a, b| (a.order, &a.id).cmp(&(b.order, &b.id)));
            let order = ds.first().map_or(100, |d| d.order);
            (
                order,
                Topic {
                    id: topic.to_owned(),
                    title: MessageId::new(format!("topic-{topic}")),
                    dialogs: ds.iter().map(|d| d.id.clone()).collect(),
                },
            )
        })
        .collect();
    topics.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
    topics.into_iter().map(|(_, t)| t).collect()
}

/// Checks every cross-file use recorded while reading.
fn check_uses(
    uses: &Uses,
    l10n: &L10n,
    dialogs: &BTreeMap<DialogId, Dialog>,
    dialog_files: &HashSet<String>,
    actors: &BTreeMap<ActorId, Actor>,
    patterns: &Patterns,
    report: &mut Report,
) {
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
            report.error(
                &at.file,
                at.span.clone(),
                format!(
                    "message `{id}` is missing in locales/sv{}",
                    did_you_mean(&id, l10n.ids(&sv))
                ),
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
                    report.error(
                        &at.file,
                        at.span.clone(),
                        format!(
                            "message `{id}` in `{}` uses `${var}`, which is not available here{}",
                            info.code,
                            if vars.is_empty() {
                                String::new()
                            } else {
                                format!(
                                    " (declared: {})",
                                    vars.iter().cloned().collect::<Vec<_>>().join(", ")
                                )
                            }
                        ),
                    );
                }
            }
        }
    }
    for at in &uses.actors {
        if !actors.contains_key(at.id.as_str()) {
            report.error(
                &at.file,
                at.span.clone(),
                format!(
                    "unknown actor `{}`{}",
                    at.id,
                    did_you_mean(&at.id, actors.keys().map(ActorId::as_str))
                ),
            );
        }
    }
    for at in &uses.dialogs {
        if !dialog_files.contains(&at.id) {
            report.error(
                &at.file,
                at.span.clone(),
                format!(
                    "unknown dialog `{}`{}",
                    at.id,
                    did_you_mean(&at.id, dialogs.keys().map(DialogId::as_str))
                ),
            );
        }
    }
    // A trigger for a dialog that is gone is ignored, so that removing a dialog does not stop
    // the bot until every language's patterns are edited; `check --strict` still fails on it.
    for at in &uses.trigger_dialogs {
        if !dialog_files.contains(&at.id) {
            report.warning(
                &at.file,
                at.span.clone(),
                format!(
                    "triggers for unknown dialog `{}` are ignored{}",
                    at.id,
                    did_you_mean(&at.id, dialogs.keys().map(DialogId::as_str))
                ),
            );
        }
    }
    for at in &uses.categories {
        if !patterns.categories().contains(&at.id) {
            report.error(
                &at.file,
                at.span.clone(),
                format!(
                    "unknown red-flag category `{}`{}",
                    at.id,
                    did_you_mean(&at.id, patterns.categories().iter().map(String::as_str))
                ),
            );
        }
    }
}

/// Checks the messages the engine itself formats, and an emergency text per red-flag category.
fn check_required(l10n: &L10n, patterns: &Patterns, report: &mut Report) {
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
