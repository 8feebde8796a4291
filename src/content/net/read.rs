//! Reading `[concepts]`, `[context]` and `[[rules]]` of one locale's `patterns.toml`, with every
//! problem reported at its `path:line:col`: a word that does not compile, a rule naming a concept
//! the file does not define or a category Swedish does not have, an unknown tier or key.

use std::sync::Arc;

use toml::de::DeValue;

use super::set::{build, single};
use super::{CONTEXT, Entry, Kind, LocaleNet, Rule, Tier};
use crate::content::diag::{Report, SourceFile, did_you_mean};
use crate::content::patterns::{check_regex, fold_pattern};
use crate::content::toml_read::{Sp, Table};

/// How far apart the concepts of a rule may be, in words, when the rule does not say.
const WITHIN: usize = 8;

/// Reads the net of one locale from the top table of its `patterns.toml`. `categories` are the
/// red-flag categories of Swedish. `None` when the file has none of the three tables.
pub(crate) fn read_locale(
    top: &Table<'_, '_>,
    categories: &[String],
    report: &mut Report,
) -> Option<LocaleNet> {
    if ["concepts", "context", "rules"]
        .iter()
        .all(|k| top.get(k).is_none())
    {
        return None;
    }
    let file = top.file();
    let mut entries = Vec::new();
    let mut concepts = Vec::new();
    if let Some(value) = top.get("concepts") {
        match Table::new(file, value, "[concepts]", &[], &mut Report::default()) {
            Some(t) => {
                for (name, _) in t.entries() {
                    let kind = Kind::Concept(concepts.len());
                    concepts.push(name.value.to_owned());
                    read_words(&t, name.value, kind, &mut entries, report);
                }
            }
            None => report.error(file, value.span(), "[concepts] must be a table of lists"),
        }
    }
    if let Some(value) = top.get("context") {
        let known: Vec<&str> = CONTEXT.iter().map(|(k, _)| *k).collect();
        if let Some(t) = Table::new(file, value, "[context]", &known, report) {
            for (key, kind) in CONTEXT {
                read_words(&t, key, kind, &mut entries, report);
            }
        }
    }
    let rules = read_rules(file, top, &concepts, categories, report);
    let sources: Vec<(usize, String)> = entries
        .iter()
        .enumerate()
        .map(|(i, e): (usize, &Entry)| (i, anchored(&fold_pattern(&e.source))))
        .collect();
    let set = match build(sources.iter().map(|(i, s)| (*i, s.as_str()))) {
        Ok(set) => set,
        Err(e) => {
            report.error(
                file,
                top.span(),
                format!("the concept words do not compile together: {e}"),
            );
            return None;
        }
    };
    Some(LocaleNet {
        set,
        entries,
        concepts,
        rules,
    })
}

/// A word list entry as matched: at the start of a word.
fn anchored(folded: &str) -> String {
    format!(r"\b(?:{folded})")
}

/// Reads the list `key` of `table` as entries of `kind`.
fn read_words(
    table: &Table<'_, '_>,
    key: &str,
    kind: Kind,
    entries: &mut Vec<Entry>,
    report: &mut Report,
) {
    for p in table.str_list(key, report) {
        if !check_regex(table.file(), &p, report) {
            continue;
        }
        match single(&anchored(&fold_pattern(&p.value))) {
            Ok(regex) => entries.push(Entry {
                kind,
                regex,
                source: p.value,
            }),
            Err(e) => report.error(table.file(), p.span, format!("too large: {e}")),
        }
    }
}

/// `[[rules]]`: a list of tables.
fn read_rules(
    file: &Arc<SourceFile>,
    top: &Table<'_, '_>,
    concepts: &[String],
    categories: &[String],
    report: &mut Report,
) -> Vec<Rule> {
    let Some(value) = top.get("rules") else {
        return Vec::new();
    };
    let DeValue::Array(items) = value.get_ref() else {
        report.error(
            file,
            value.span(),
            "`rules` must be a list of tables, `[[rules]]`",
        );
        return Vec::new();
    };
    let known = ["category", "tier", "all", "any", "none", "within"];
    items
        .iter()
        .filter_map(|item| {
            let t = Table::new(file, item, "a rule", &known, report)?;
            read_rule(&t, concepts, categories, report)
        })
        .collect()
}

fn read_rule(
    t: &Table<'_, '_>,
    concepts: &[String],
    categories: &[String],
    report: &mut Report,
) -> Option<Rule> {
    let file = t.file();
    let category = t.str("category", report)?;
    let Some(category_index) = categories.iter().position(|c| *c == category.value) else {
        report.error(
            file,
            category.span,
            format!(
                "red-flag category `{}` is not one of Swedish's{}",
                category.value,
                did_you_mean(&category.value, categories.iter().map(String::as_str))
            ),
        );
        return None;
    };
    let tier = t.str("tier", report)?;
    let tier_value = match tier.value.as_str() {
        "certain" => Tier::Certain,
        "possible" => Tier::Possible,
        other => {
            report.error(
                file,
                tier.span,
                format!(
                    "tier `{other}` is neither `certain` nor `possible`{}",
                    did_you_mean(other, ["certain", "possible"])
                ),
            );
            return None;
        }
    };
    if t.get("all").is_none() {
        report.error(file, t.span(), "a rule needs the key `all`");
        return None;
    }
    let all: Vec<Vec<usize>> = t
        .str_list("all", report)
        .iter()
        .map(|group| names(file, group, concepts, report))
        .collect();
    let any = t
        .str_list("any", report)
        .iter()
        .flat_map(|g| names(file, g, concepts, report))
        .collect();
    let none = t
        .str_list("none", report)
        .iter()
        .flat_map(|g| names(file, g, concepts, report))
        .collect();
    let within = match t.opt_int("within", report) {
        Some(n) if n.value < 1 || n.value > 60 => {
            report.error(file, n.span, "`within` counts words: from 1 to 60");
            return None;
        }
        Some(n) => n.value as usize,
        None => WITHIN,
    };
    if all.iter().any(Vec::is_empty) {
        return None;
    }
    Some(Rule {
        category: category_index,
        name: category.value,
        tier: tier_value,
        all,
        any,
        none,
        within,
    })
}

/// The concept indexes of `a|b|c`, reporting each name the file does not define.
fn names(
    file: &SourceFile,
    group: &Sp<String>,
    concepts: &[String],
    report: &mut Report,
) -> Vec<usize> {
    let mut out = Vec::new();
    for name in group.value.split('|').map(str::trim) {
        match concepts.iter().position(|c| c == name) {
            Some(i) => out.push(i),
            None => report.error(
                file,
                group.span.clone(),
                format!(
                    "unknown concept `{name}`{}; concepts are defined under [concepts]",
                    did_you_mean(name, concepts.iter().map(String::as_str))
                ),
            ),
        }
    }
    out
}
