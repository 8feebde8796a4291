//! The translators' view of the locales (`lots locales`): each locale against Swedish, and the
//! record of which Swedish text each translation was checked against (`--mark`).
//!
//! It reads the files itself instead of a loaded `Content`, so that it reports on a draft locale
//! with errors too, which loading leaves out. It never changes a `.ftl` file; `mark` writes only
//! `locales/<lang>/source.lock`.

mod folder;
mod lock;
mod plurals;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::diag::{Diagnostic, Report, SourceFile};
use super::l10n::{LocaleInfo, SOURCE_LOCALE};
use super::locale_list::{check_code, read_locale_list};
use super::shown;
use folder::Folder;

pub use lock::FILE as LOCK_FILE;

/// One locale against Swedish. Every list is sorted.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LocaleRow {
    /// The locale code.
    pub code: String,
    /// `reviewed` or `draft`.
    pub status: &'static str,
    /// Messages and terms in Swedish.
    pub total: usize,
    /// Swedish ids the locale defines.
    pub translated: usize,
    /// Swedish ids the locale lacks: people see the fallback.
    pub missing: Vec<String>,
    /// Ids the locale defines that Swedish does not: misspelt or left over.
    pub obsolete: Vec<String>,
    /// Translations whose Swedish source changed since they were last marked as checked.
    pub stale: Vec<String>,
    /// Translations that drop a `$variable` of the Swedish text or use one it does not have.
    pub variables: Vec<String>,
    /// Translations with plural keys that are not the language's CLDR categories, or a select
    /// without its default variant.
    pub plurals: Vec<String>,
    /// Red-flag categories with no pattern in the locale's `patterns.toml`.
    pub redflags_missing: Vec<String>,
}

impl LocaleRow {
    /// True when something must be done before the locale is complete: a missing, stale or
    /// mismatched translation or a red-flag category without patterns.
    pub fn has_problems(&self) -> bool {
        !(self.missing.is_empty()
            && self.stale.is_empty()
            && self.variables.is_empty()
            && self.plurals.is_empty()
            && self.redflags_missing.is_empty())
    }
}

/// The report: one row per locale in list order, or none when the locale list cannot be read.
#[derive(Debug)]
pub struct LocalesReport {
    /// The rows; `None` when the locale list has errors.
    pub rows: Option<Vec<LocaleRow>>,
    /// Problems reading the files.
    pub diagnostics: Vec<Diagnostic>,
}

/// Why `--mark` could not record anything.
#[derive(Debug, thiserror::Error)]
pub enum MarkError {
    /// The locale list has errors.
    #[error("the locale list has errors; run `lots check`")]
    List(Vec<Diagnostic>),
    /// The language is not in the list, or is Swedish.
    #[error("{0}")]
    Language(String),
    /// Ids that are not translations of Swedish messages in the locale.
    #[error("not translated from Swedish in `{code}`: {}", ids.join(", "))]
    Ids {
        /// The locale.
        code: String,
        /// The ids.
        ids: Vec<String>,
    },
    /// Writing the lock file failed.
    #[error("cannot write {}", .0.display())]
    Write(PathBuf, #[source] std::io::Error),
}

/// The locale list and the Swedish folder, read once.
struct Base {
    locales_dir: PathBuf,
    locales: Vec<LocaleInfo>,
    sv: Folder,
}

fn read_base(root: &Path, report: &mut Report) -> Option<Base> {
    let locales_dir = shown(root, "locales");
    let list_path = locales_dir.join("locales.toml");
    let text = match std::fs::read_to_string(&list_path) {
        Ok(t) => t,
        Err(e) => {
            report.error_at_path(&list_path, format!("cannot read the locale list: {e}"));
            return None;
        }
    };
    let file = SourceFile::new(list_path, text);
    let locales = read_locale_list(&file, report);
    if report.has_errors() {
        return None;
    }
    let sv = Folder::read(&locales_dir.join(SOURCE_LOCALE), report);
    Some(Base {
        locales_dir,
        locales,
        sv,
    })
}

/// Each locale of the content under `root` against Swedish.
pub fn report(root: &Path) -> LocalesReport {
    let mut report = Report::default();
    let rows = read_base(root, &mut report).map(|base| {
        let categories = red_flags(&base.locales_dir, SOURCE_LOCALE, &mut report);
        let categories: Vec<String> = categories.into_keys().collect();
        base.locales
            .iter()
            .map(|info| row(&base, info, &categories, &mut report))
            .collect()
    });
    LocalesReport {
        rows,
        diagnostics: report.into_sorted(),
    }
}

fn row(base: &Base, info: &LocaleInfo, categories: &[String], report: &mut Report) -> LocaleRow {
    let code = info.code.as_str();
    let dir = base.locales_dir.join(code);
    let is_source = code == SOURCE_LOCALE;
    let own;
    let folder = if is_source {
        &base.sv
    } else {
        own = Folder::read(&dir, report);
        &own
    };
    let lock = lock::read(&dir.join(lock::FILE), report);
    let plural_categories = check_code(code).ok().and_then(|l| plurals::categories(&l));
    let source = &base.sv.entries;
    let mut row = LocaleRow {
        code: code.to_owned(),
        status: if info.reviewed { "reviewed" } else { "draft" },
        total: source.len(),
        translated: 0,
        missing: Vec::new(),
        obsolete: Vec::new(),
        stale: Vec::new(),
        variables: Vec::new(),
        plurals: Vec::new(),
        redflags_missing: Vec::new(),
    };
    for (id, sv_entry) in source {
        let Some(entry) = folder.entries.get(id) else {
            row.missing.push(id.clone());
            continue;
        };
        row.translated += 1;
        if !is_source && lock.get(id) != Some(&lock::fingerprint(&sv_entry.source)) {
            row.stale.push(id.clone());
        }
        if !is_source && folder.variables(id) != base.sv.variables(id) {
            row.variables.push(id.clone());
        }
        let bad_plural = entry.selects.iter().any(|s| {
            plurals::is_plural(s, &sv_entry.selects)
                && plural_categories
                    .as_ref()
                    .is_some_and(|c| !plurals::bad_keys(s, c).is_empty())
        });
        if entry.no_default || bad_plural {
            row.plurals.push(id.clone());
        }
    }
    row.obsolete = folder
        .entries
        .keys()
        .filter(|id| !source.contains_key(*id))
        .cloned()
        .collect();
    let covered = red_flags(&base.locales_dir, code, report);
    row.redflags_missing = categories
        .iter()
        .filter(|c| !covered.get(*c).copied().unwrap_or(false))
        .cloned()
        .collect();
    row
}

/// The `[redflags]` categories of a locale's `patterns.toml`, each with whether it has at least
/// one pattern, in file order. A file that cannot be read or parsed has none (and `lots check`
/// says why).
fn red_flags(locales_dir: &Path, code: &str, report: &mut Report) -> BTreeMap<String, bool> {
    let path = locales_dir.join(code).join("patterns.toml");
    let Ok(text) = std::fs::read_to_string(&path) else {
        report.warning_at_path(&path, "cannot read: the locale has no red-flag patterns");
        return BTreeMap::new();
    };
    let Ok(table) = text.parse::<toml::Table>() else {
        report.warning_at_path(&path, "not valid TOML; run `lots check` for the details");
        return BTreeMap::new();
    };
    let Some(flags) = table.get("redflags").and_then(|v| v.as_table()) else {
        return BTreeMap::new();
    };
    flags
        .iter()
        .map(|(category, list)| {
            let some = list.as_array().is_some_and(|a| !a.is_empty());
            (category.clone(), some)
        })
        .collect()
}

/// Records that the translator of `code` checked the current Swedish source of `ids` (of every
/// translated message when `ids` is empty). Entries of messages no longer in Swedish or in the
/// locale are dropped. Returns how many ids were marked.
pub fn mark(root: &Path, code: &str, ids: &[String]) -> Result<usize, MarkError> {
    let mut report = Report::default();
    let base = read_base(root, &mut report).ok_or_else(|| MarkError::List(report.into_sorted()))?;
    if code == SOURCE_LOCALE {
        return Err(MarkError::Language(
            "Swedish is the source language: there is nothing to mark".to_owned(),
        ));
    }
    if !base.locales.iter().any(|l| l.code.as_str() == code) {
        let known: Vec<&str> = base.locales.iter().map(|l| l.code.as_str()).collect();
        return Err(MarkError::Language(format!(
            "there is no locale `{code}` in locales/locales.toml (there are: {})",
            known.join(", ")
        )));
    }
    let dir = base.locales_dir.join(code);
    let mut ignored = Report::default();
    let folder = Folder::read(&dir, &mut ignored);
    let translated = |id: &str| base.sv.entries.contains_key(id) && folder.entries.contains_key(id);
    let unknown: BTreeSet<String> = ids.iter().filter(|id| !translated(id)).cloned().collect();
    if !unknown.is_empty() {
        return Err(MarkError::Ids {
            code: code.to_owned(),
            ids: unknown.into_iter().collect(),
        });
    }
    let path = dir.join(lock::FILE);
    let mut entries = lock::read(&path, &mut ignored);
    entries.retain(|id, _| translated(id));
    let chosen: Vec<&String> = if ids.is_empty() {
        base.sv.entries.keys().filter(|id| translated(id)).collect()
    } else {
        ids.iter().collect()
    };
    for id in &chosen {
        let source = &base.sv.entries[id.as_str()].source;
        entries.insert((*id).clone(), lock::fingerprint(source));
    }
    lock::write(&path, code, &entries).map_err(|e| MarkError::Write(path.clone(), e))?;
    Ok(chosen.len())
}
