//! Loading and validating the content tree into an immutable [`Content`].
//!
//! `load` reads `dialogs/` and `locales/` under a root, reports every problem as a [`Diagnostic`]
//! with `path:line:col`, and returns a `Content` only when there is no error. A `Content` that
//! exists is valid: the engine never re-checks it. Loading never panics on bad content.

mod actors;
mod checks;
pub mod compare;
pub mod compat;
mod diag;
mod dialog;
mod drafts;
mod examples;
pub mod hours;
mod l10n;
mod levels;
mod locale_list;
pub mod locales;
pub mod messages;
mod model;
mod net;
mod patterns;
mod toml_read;
mod uses;

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use diag::{Diagnostic, Severity, did_you_mean};
pub use l10n::{L10n, LocaleInfo, SOURCE_LOCALE};
pub use model::*;
pub use net::{Assessment, Tier};
pub use patterns::{Patterns, fold, normalise};

use diag::{Report, SourceFile};
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

    /// Lets people choose draft locales (`--offer-drafts`). Set once, right after loading.
    pub fn offer_drafts(&mut self, offer: bool) {
        self.l10n.set_offer_drafts(offer);
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
///
/// A draft locale never stops the content: when the content has errors only because of draft
/// locales, those locales are left out and their diagnostics become warnings (see [`drafts`]).
pub fn load(root: &Path, today: jiff::civil::Date) -> Loaded {
    drafts::load_leaving_out_broken_drafts(root, today)
}

/// Loads the content without the locales in `leave_out`; also returns the draft locales it read.
fn load_without(
    root: &Path,
    today: jiff::civil::Date,
    leave_out: &[LocaleCode],
) -> (Loaded, Vec<LocaleCode>) {
    let mut report = Report::default();
    let mut uses = Uses::default();
    let mut fingerprint = Fingerprint::default();

    // Locales first: dialogs are checked against them.
    let locales_dir = shown(root, "locales");
    let l10n = L10n::load(&locales_dir, leave_out, &mut report);
    let codes = codes_where(l10n.as_ref(), |_| true);
    let drafts = codes_where(l10n.as_ref(), |i| !i.reviewed);
    let mut patterns = Patterns::load(&locales_dir, &codes, &mut uses, &mut report);
    if let Some(l10n) = &l10n {
        check_red_flag_coverage(&locales_dir, l10n, &patterns, &mut report);
    }
    learn_examples(root, &mut patterns, &codes, &mut fingerprint, &mut report);

    // Dialogs and actors.
    let dialogs_dir = shown(root, "dialogs");
    let DialogFiles {
        dialogs,
        actors,
        names: dialog_files,
    } = read_dialog_files(
        &dialogs_dir,
        patterns.categories(),
        today,
        &mut fingerprint,
        &mut uses,
        &mut report,
    );

    if let Some(l10n) = &l10n {
        checks::check_uses(
            &uses,
            l10n,
            &dialogs,
            &dialog_files,
            &actors,
            &patterns,
            &mut report,
        );
        checks::check_required(l10n, &patterns, &mut report);
        levels::check_levels(&dialogs, &uses, l10n, &patterns, &mut report);
        for info in l10n.locales() {
            // Sorted: the ids come from a hash map, whose order differs from one load to the next.
            let mut ids: Vec<&str> = l10n.ids(&info.code).collect();
            ids.sort_unstable();
            for id in ids {
                fingerprint.add(info.code.as_str());
                fingerprint.add(id);
                fingerprint.add(&l10n.format(&info.code, id, &Default::default(), &[]));
            }
        }
    }

    checks::check_profile_types(&dialogs, &dialogs_dir, &mut report);
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
    let loaded = Loaded {
        content,
        diagnostics: report.into_sorted(),
    };
    (loaded, drafts)
}

/// The codes of the loaded locales that `keep` says yes to, in list order.
fn codes_where(l10n: Option<&L10n>, keep: impl Fn(&LocaleInfo) -> bool) -> Vec<LocaleCode> {
    l10n.map(|l| {
        l.locales()
            .iter()
            .filter(|i| keep(i))
            .map(|i| i.code.clone())
            .collect()
    })
    .unwrap_or_default()
}

/// A locale without red-flag patterns for a category lets every message about it through in that
/// language: an error for a reviewed locale, a warning for a draft (which is not offered).
fn check_red_flag_coverage(
    locales_dir: &Path,
    l10n: &L10n,
    patterns: &Patterns,
    report: &mut Report,
) {
    for info in l10n.locales() {
        let covered = patterns.covered(&info.code);
        let missing: Vec<&String> = patterns
            .categories()
            .iter()
            .filter(|c| !covered.is_some_and(|set| set.contains(*c)))
            .collect();
        if missing.is_empty() {
            continue;
        }
        let path = locales_dir.join(info.code.as_str()).join("patterns.toml");
        let message = format!(
            "locale `{}` has no red-flag patterns for {}: an emergency written in {} about {} \
             is caught only by the other languages' patterns; add them under [redflags] \
             (see docs/translating.md)",
            info.code,
            missing
                .iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", "),
            info.name,
            if missing.len() == 1 { "it" } else { "them" },
        );
        if info.reviewed {
            report.error_at_path(&path, message);
        } else {
            report.warning_at_path(&path, message);
        }
    }
}

/// The files in `dir` whose name ends in `.ext`, sorted by name.
fn files_in(dir: &Path, ext: &str) -> std::io::Result<Vec<PathBuf>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    paths.sort();
    Ok(paths)
}

/// A content file's text, or `None` with a `cannot read` error at its path.
fn read_source(path: &Path, report: &mut Report) -> Option<String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(e) => {
            report.error_at_path(path, format!("cannot read: {e}"));
            None
        }
    }
}

/// Gives the net's word model the examples in `corpora/` (which the safety tests measure too);
/// they are part of the content's fingerprint, since they change its answers.
fn learn_examples(
    root: &Path,
    patterns: &mut Patterns,
    codes: &[LocaleCode],
    fingerprint: &mut Fingerprint,
    report: &mut Report,
) {
    let mut texts = Vec::new();
    let examples = examples::read(
        &shown(root, "corpora"),
        patterns.categories(),
        codes,
        &mut texts,
        report,
    );
    patterns.learn(examples);
    for text in &texts {
        fingerprint.add(text);
    }
}

/// What the dialogs folder holds.
struct DialogFiles {
    dialogs: BTreeMap<DialogId, Dialog>,
    actors: BTreeMap<ActorId, Actor>,
    /// Dialog files that exist, loaded or not (a dialog's id is its file name): a file with
    /// errors has its own diagnostics, so references to it are not reported again.
    names: HashSet<String>,
}

/// Reads every `.toml` file in the dialogs folder: the dialogs and the actor directory.
fn read_dialog_files(
    dialogs_dir: &Path,
    categories: &[String],
    today: jiff::civil::Date,
    fingerprint: &mut Fingerprint,
    uses: &mut Uses,
    report: &mut Report,
) -> DialogFiles {
    let mut out = DialogFiles {
        dialogs: BTreeMap::new(),
        actors: BTreeMap::new(),
        names: HashSet::new(),
    };
    let paths = match files_in(dialogs_dir, "toml") {
        Ok(paths) => paths,
        Err(e) => {
            report.error_at_path(dialogs_dir, format!("cannot read the dialogs folder: {e}"));
            Vec::new()
        }
    };
    let mut saw_actors = false;
    for path in paths {
        let Some(text) = read_source(&path, report) else {
            continue;
        };
        fingerprint.add(&text);
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let file = SourceFile::new(path, text);
        if stem == "actors" {
            saw_actors = true;
            out.actors = actors::read_actors(&file, uses, report);
            continue;
        }
        out.names.insert(stem.clone());
        if let Some(d) = dialog::read_dialog(categories, &file, &stem, uses, report) {
            warn_expired(&file, &d, today, report);
            out.dialogs.insert(d.id.clone(), d);
        }
    }
    if !saw_actors {
        report.error_at_path(
            &dialogs_dir.join("actors.toml"),
            "the actor directory actors.toml is missing",
        );
    }
    out
}

/// Warns when a dialog's review has expired by `today`.
fn warn_expired(file: &Arc<SourceFile>, d: &Dialog, today: jiff::civil::Date, report: &mut Report) {
    if let Some(review) = &d.review
        && review.expires < today
    {
        report.warning(
            file,
            0..0,
            format!(
                "the review of dialog `{}` expired on {}; review it and set new dates",
                d.id, review.expires
            ),
        );
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
