//! Reading `[concepts]`, `[context]` and `[[rules]]` of one locale's `patterns.toml`, with every
//! problem reported at its `path:line:col`: a word that does not compile, a rule naming a concept
//! the file does not define or a category Swedish does not have, an unknown tier or key.

use std::sync::Arc;

use toml::de::DeValue;

use super::set::{Lazy, build};
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
    if ["concepts", "context", "rules", "unless", "deny", "prefer"]
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
    let unless = read_unless(file, top, "unless", &concepts, categories, report);
    let deny = read_unless(file, top, "deny", &concepts, categories, report);
    let prefer = read_prefer(file, top, categories, report);
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
        unless,
        deny,
        prefer,
    })
}

/// `[prefer]`: `category = ["other", …]`, the categories it wins over at the same tier.
fn read_prefer(
    file: &Arc<SourceFile>,
    top: &Table<'_, '_>,
    categories: &[String],
    report: &mut Report,
) -> Vec<(usize, usize)> {
    let Some(value) = top.get("prefer") else {
        return Vec::new();
    };
    let known: Vec<&str> = categories.iter().map(String::as_str).collect();
    let Some(t) = Table::new(file, value, "[prefer]", &known, report) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (winner, name) in categories.iter().enumerate() {
        for other in t.str_list(name, report) {
            match categories.iter().position(|c| *c == other.value) {
                Some(loser) => out.push((winner, loser)),
                None => report.error(
                    file,
                    other.span.clone(),
                    format!(
                        "red-flag category `{}` is not one of Swedish's{}",
                        other.value,
                        did_you_mean(&other.value, known.iter().copied())
                    ),
                ),
            }
        }
    }
    out
}

/// `[unless]` or `[deny]`: `category = ["concept", …]`, the concepts that lower (unless) or drop
/// (deny) that category's phrasings.
fn read_unless(
    file: &Arc<SourceFile>,
    top: &Table<'_, '_>,
    key: &str,
    concepts: &[String],
    categories: &[String],
    report: &mut Report,
) -> Vec<(usize, usize)> {
    let Some(value) = top.get(key) else {
        return Vec::new();
    };
    let known: Vec<&str> = categories.iter().map(String::as_str).collect();
    let what = format!("[{key}]");
    let Some(t) = Table::new(file, value, &what, &known, report) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (category, name) in categories.iter().enumerate() {
        for group in t.str_list(name, report) {
            out.extend(
                names(file, &group, concepts, report)
                    .into_iter()
                    .map(|c| (category, c)),
            );
        }
    }
    out
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
        entries.push(Entry {
            kind,
            regex: Lazy::new(anchored(&fold_pattern(&p.value))),
            source: p.value,
        });
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
    // Every key is read before giving up, so that each problem is reported at once.
    let category = t.str("category", report).and_then(|c| {
        match categories.iter().position(|x| *x == c.value) {
            Some(i) => Some((i, c.value)),
            None => {
                report.error(
                    file,
                    c.span,
                    format!(
                        "red-flag category `{}` is not one of Swedish's{}",
                        c.value,
                        did_you_mean(&c.value, categories.iter().map(String::as_str))
                    ),
                );
                None
            }
        }
    });
    let tier = t
        .str("tier", report)
        .and_then(|tier| match tier.value.as_str() {
            "certain" => Some(Tier::Certain),
            "possible" => Some(Tier::Possible),
            other => {
                report.error(
                    file,
                    tier.span,
                    format!(
                        "tier `{other}` is neither `certain` nor `possible`{}",
                        did_you_mean(other, ["certain", "possible"])
                    ),
                );
                None
            }
        });
    if t.get("all").is_none() {
        report.error(file, t.span(), "a rule needs the key `all`");
    }
    let all: Vec<Vec<usize>> = t
        .str_list("all", report)
        .iter()
        .map(|group| names(file, group, concepts, report))
        .collect();
    let mut list = |key: &str| -> Vec<usize> {
        t.str_list(key, report)
            .iter()
            .flat_map(|g| names(file, g, concepts, report))
            .collect()
    };
    let (any, none) = (list("any"), list("none"));
    let within = match t.opt_int("within", report) {
        Some(n) if !(1..=60).contains(&n.value) => {
            report.error(file, n.span, "`within` counts words: from 1 to 60");
            None
        }
        Some(n) => Some(n.value as usize),
        None => Some(WITHIN),
    };
    let ((category, name), tier, within) = (category?, tier?, within?);
    if all.is_empty() || all.iter().any(Vec::is_empty) {
        return None;
    }
    Some(Rule {
        category,
        name,
        tier,
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

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::content::toml_read::parse;

    /// Reads `text` as a `patterns.toml` with the categories `stroke`, `chest-pain`,
    /// `anaphylaxis` and `breathing`; the net and every diagnostic as
    /// `path:line:col: error: …`.
    pub(crate) fn read(text: &str) -> (Option<LocaleNet>, Vec<String>) {
        let file = SourceFile::new("patterns.toml".into(), text.to_owned());
        let mut report = Report::default();
        let root = parse(&file, &mut report);
        let top = Table::from_table(
            &file,
            root.get_ref(),
            root.span(),
            "patterns.toml",
            &["concepts", "context", "rules", "unless", "deny", "prefer"],
            &mut report,
        );
        let categories = ["stroke", "chest-pain", "anaphylaxis", "breathing"].map(str::to_owned);
        let net = read_locale(&top, &categories, &mut report);
        let shown = report
            .into_sorted()
            .iter()
            .map(ToString::to_string)
            .collect();
        (net, shown)
    }

    #[test]
    fn a_valid_net_reads_without_diagnostics() {
        let (net, errors) = read(
            "[concepts]\none-side = ['ena sidan']\nnumb = ['domn[a-z]*']\n\
             [context]\nnegation = ['inte\\b']\n\
             [[rules]]\ncategory = \"stroke\"\nall = [\"one-side\", \"numb\"]\ntier = \"certain\"\n",
        );
        assert_eq!(errors, Vec::<String>::new());
        let net = net.unwrap();
        assert_eq!(net.concepts, ["one-side", "numb"]);
        assert_eq!(net.rules.len(), 1);
        assert_eq!(net.rules[0].within, WITHIN);
    }

    #[test]
    fn unknown_concepts_categories_tiers_and_keys_are_errors_where_they_stand() {
        let (_, errors) = read(
            "[concepts]\nnumb = ['domn[a-z]*']\n\
             [context]\nnegations = ['inte']\n\
             [[rules]]\ncategory = \"strok\"\nall = [\"numb\"]\ntier = \"certain\"\n\
             [[rules]]\ncategory = \"stroke\"\nall = [\"one-side|numbb\"]\ntier = \"sure\"\n\
             [[rules]]\ncategory = \"stroke\"\nall = [\"numb\"]\ntier = \"possible\"\nwithin = 0\n",
        );
        let expected = [
            "patterns.toml:4:1: error: unknown key `negations` in [context] (did you mean `negation`?)",
            "patterns.toml:6:12: error: red-flag category `strok` is not one of Swedish's (did you mean `stroke`?)",
            "patterns.toml:12:8: error: tier `sure` is neither `certain` nor `possible`",
        ];
        for e in expected {
            assert!(errors.iter().any(|x| x == e), "{e}\nnot in {errors:#?}");
        }
        assert!(
            errors
                .iter()
                .any(|x| x.starts_with("patterns.toml:11:8: error: unknown concept `one-side`")),
            "{errors:#?}"
        );
        assert!(
            errors
                .iter()
                .any(|x| x.contains("unknown concept `numbb` (did you mean `numb`?)")),
            "{errors:#?}"
        );
        assert!(
            errors.iter().any(|x| x.contains("`within` counts words")),
            "{errors:#?}"
        );
    }

    #[test]
    fn prefer_and_unless_name_known_categories_and_concepts() {
        let (net, errors) = read(
            "[concepts]\ngame = ['i fifa']\n\
             [prefer]\nanaphylaxis = [\"breathing\", \"breathng\"]\nstrok = [\"stroke\"]\n\
             [unless]\nstroke = [\"game\", \"gam\"]\n\
             [deny]\nchest-pain = [\"game\"]\n",
        );
        let expected = [
            "patterns.toml:4:29: error: red-flag category `breathng` is not one of Swedish's (did you mean `breathing`?)",
            "patterns.toml:5:1: error: unknown key `strok` in [prefer] (did you mean `stroke`?)",
            "patterns.toml:7:19: error: unknown concept `gam` (did you mean `game`?); concepts are defined under [concepts]",
        ];
        assert_eq!(errors, expected);
        let net = net.unwrap();
        assert_eq!(net.prefer, [(2, 3)]);
        assert_eq!(net.unless, [(0, 0)]);
        assert_eq!(net.deny, [(1, 0)]);
    }

    #[test]
    fn a_word_that_does_not_compile_is_an_error_at_the_word() {
        let (_, errors) = read("[concepts]\nnumb = ['domn(ad']\n");
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(
            errors[0]
                .starts_with("patterns.toml:2:9: error: the pattern `domn(ad` does not compile"),
            "{errors:#?}"
        );
    }
}
