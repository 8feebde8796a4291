//! Free-text patterns from `locales/<lang>/patterns.toml`: yes, no and red flags.
//!
//! Patterns of every locale are compiled together, because a person may type Swedish with an
//! English interface. Matching ignores case and runs on normalised text (see [`normalise`]).

use regex::{RegexSet, RegexSetBuilder};
use std::path::Path;

use super::diag::{Report, SourceFile, did_you_mean};
use super::l10n::SOURCE_LOCALE;
use super::toml_read::{Sp, Table, parse, str_list};
use super::uses::{Use, Uses};
use crate::ids::LocaleCode;

/// The compiled patterns of all locales.
#[derive(Debug)]
pub struct Patterns {
    yes: RegexSet,
    no: RegexSet,
    red: RegexSet,
    red_category: Vec<usize>,
    categories: Vec<String>,
}

/// Lowercases, turns every run of whitespace into one space and trims.
pub fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Patterns {
    /// Reads and compiles the patterns of the given locales (folders under `locales_dir`).
    /// The red-flag categories are those of Swedish; other locales may not add new ones.
    pub fn load(
        locales_dir: &Path,
        locales: &[LocaleCode],
        uses: &mut Uses,
        report: &mut Report,
    ) -> Patterns {
        let mut yes = Vec::new();
        let mut no = Vec::new();
        let mut red: Vec<(String, Sp<String>)> = Vec::new();
        let mut categories: Vec<String> = Vec::new();
        // Swedish first, so that its categories are the canonical list.
        let mut ordered: Vec<&LocaleCode> = locales
            .iter()
            .filter(|l| l.as_str() == SOURCE_LOCALE)
            .collect();
        ordered.extend(locales.iter().filter(|l| l.as_str() != SOURCE_LOCALE));
        for locale in ordered {
            let path = locales_dir.join(locale.as_str()).join("patterns.toml");
            let text = match std::fs::read_to_string(&path) {
                Ok(t) => t,
                Err(e) => {
                    report.error_at_path(&path, format!("cannot read: {e}"));
                    continue;
                }
            };
            let file = SourceFile::new(path, text);
            let root = parse(&file, report);
            let top = Table::from_table(
                &file,
                root.get_ref(),
                root.span(),
                "patterns.toml",
                &["yes", "no", "redflags", "triggers"],
                report,
            );
            yes.extend(compile_list(&file, top.str_list("yes", report), report));
            no.extend(compile_list(&file, top.str_list("no", report), report));
            if let Some(value) = top.get("redflags") {
                let Some(flags) =
                    Table::new(&file, value, "[redflags]", &[], &mut Report::default())
                else {
                    report.error(&file, value.span(), "[redflags] must be a table of lists");
                    continue;
                };
                for (name, list) in flags.entries() {
                    let category = name.value.to_owned();
                    if !categories.contains(&category) {
                        if locale.as_str() == SOURCE_LOCALE {
                            categories.push(category.clone());
                        } else {
                            report.error(
                                &file,
                                name.span.clone(),
                                format!(
                                    "red-flag category `{category}` is not one of Swedish's{}",
                                    did_you_mean(&category, categories.iter().map(String::as_str))
                                ),
                            );
                            continue;
                        }
                    }
                    let what = format!("red-flag category `{category}`");
                    for p in str_list(&file, list, &what, report) {
                        if check_regex(&file, &p, report) {
                            red.push((category.clone(), p));
                        }
                    }
                }
            }
            if let Some(value) = top.get("triggers")
                && let Some(t) = Table::new(&file, value, "[triggers]", &[], &mut Report::default())
            {
                for (name, _) in t.entries() {
                    uses.dialogs.push(Use {
                        file: file.clone(),
                        span: name.span.clone(),
                        id: name.value.to_owned(),
                    });
                    compile_list(&file, t.str_list(name.value, report), report);
                }
            }
        }
        let red_category = red
            .iter()
            .map(|(c, _)| categories.iter().position(|x| x == c).unwrap_or(0))
            .collect();
        Patterns {
            yes: build(yes.iter().map(|p| p.as_str())),
            no: build(no.iter().map(|p| p.as_str())),
            red: build(red.iter().map(|(_, p)| p.value.as_str())),
            red_category,
            categories,
        }
    }

    /// The red-flag categories, in the order of the Swedish file.
    pub fn categories(&self) -> &[String] {
        &self.categories
    }

    /// The first red-flag category (in file order) that matches the normalised text.
    pub fn red_flag(&self, normalised: &str) -> Option<&str> {
        self.red
            .matches(normalised)
            .iter()
            .map(|i| self.red_category[i])
            .min()
            .map(|c| self.categories[c].as_str())
    }

    /// `Some(true)` for yes, `Some(false)` for no, `None` when it is neither or both.
    pub fn yes_no(&self, normalised: &str) -> Option<bool> {
        match (self.yes.is_match(normalised), self.no.is_match(normalised)) {
            (true, false) => Some(true),
            (false, true) => Some(false),
            _ => None,
        }
    }
}

fn compile_list(file: &SourceFile, list: Vec<Sp<String>>, report: &mut Report) -> Vec<String> {
    list.into_iter()
        .filter(|p| check_regex(file, p, report))
        .map(|p| p.value)
        .collect()
}

fn check_regex(file: &SourceFile, pattern: &Sp<String>, report: &mut Report) -> bool {
    match regex::RegexBuilder::new(&pattern.value)
        .case_insensitive(true)
        .build()
    {
        Ok(_) => true,
        Err(e) => {
            let detail = e
                .to_string()
                .lines()
                .filter(|l| l.starts_with("error:"))
                .map(|l| l.trim_start_matches("error:").trim().to_owned())
                .next()
                .unwrap_or_else(|| "invalid regular expression".into());
            report.error(
                file,
                pattern.span.clone(),
                format!("the pattern `{}` does not compile: {detail}", pattern.value),
            );
            false
        }
    }
}

fn build<'a>(patterns: impl Iterator<Item = &'a str>) -> RegexSet {
    RegexSetBuilder::new(patterns)
        .case_insensitive(true)
        .build()
        .unwrap_or_else(|_| RegexSet::empty())
}
