//! One locale folder as a translator's report sees it: every message and term with its source
//! text, its `$variables` and its selectors, read even when a file has syntax errors.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use fluent_syntax::parser::ErrorKind;

use super::super::diag::Report;
use super::super::l10n::{pattern_vars, scan_ids};

/// A selector (`{ $n -> … }`) and the keys of its variants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Select {
    /// The variable selected on, when the selector is one (`$n` or `NUMBER($n)`).
    pub var: Option<String>,
    /// The selector is `NUMBER(…)`: a plural or number select whatever its keys.
    pub number: bool,
    /// The variant keys that are names (`[one]`); number keys (`[0]`) are always valid.
    pub keys: Vec<String>,
}

/// One message or term (`-name`) of a locale.
#[derive(Debug, Default)]
pub(super) struct Entry {
    /// Its text in the file, from the id to the end of its last line, each line trimmed at the
    /// end: what the fingerprint of the source is taken over.
    pub source: String,
    /// The `$variables` it uses itself.
    pub vars: BTreeSet<String>,
    /// The messages it refers to (`{ other-message }`), whose variables count as its own.
    pub refs: Vec<String>,
    /// Its select expressions.
    pub selects: Vec<Select>,
    /// A select in it has no default variant (`*[other]`): Fluent rejects the whole message.
    pub no_default: bool,
}

/// Every entry of a locale folder, by id.
#[derive(Debug, Default)]
pub(super) struct Folder {
    pub entries: BTreeMap<String, Entry>,
}

impl Folder {
    /// Reads every `.ftl` file in `dir`. Unreadable files are diagnostics; syntax errors are
    /// `lots check`'s business, but a message Fluent rejects for a missing default variant is
    /// kept, marked, so the report can name it.
    pub fn read(dir: &Path, report: &mut Report) -> Folder {
        let mut folder = Folder::default();
        let paths = match super::super::files_in(dir, "ftl") {
            Ok(paths) => paths,
            Err(e) => {
                report.error_at_path(dir, format!("cannot read the locale folder: {e}"));
                return folder;
            }
        };
        for path in paths {
            let Some(text) = super::super::read_source(&path, report) else {
                continue;
            };
            folder.add_file(&text);
        }
        folder
    }

    fn add_file(&mut self, text: &str) {
        let ids = scan_ids(text);
        let (resource, errors) = match fluent_syntax::parser::parse(text) {
            Ok(r) => (r, Vec::new()),
            Err((r, errors)) => (r, errors),
        };
        for (i, (id, offset)) in ids.iter().enumerate() {
            let end = ids.get(i + 1).map_or(text.len(), |(_, next)| *next);
            let entry = self.entries.entry(id.clone()).or_default();
            // The first definition counts; a duplicate is `lots check`'s error.
            if entry.source.is_empty() {
                entry.source = entry_text(&text[*offset..end]);
            }
        }
        for error in errors {
            if matches!(error.kind, ErrorKind::MissingDefaultVariant) {
                let owner = ids
                    .iter()
                    .rev()
                    .find(|(_, offset)| *offset <= error.pos.start);
                if let Some(entry) = owner.and_then(|(id, _)| self.entries.get_mut(id)) {
                    entry.no_default = true;
                }
            }
        }
        for entry in &resource.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            let Some(e) = self.entries.get_mut(&id) else {
                continue;
            };
            let patterns = value.into_iter().chain(attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                pattern_vars(pattern, &mut e.vars, &mut e.refs);
                selects(pattern, &mut e.selects);
            }
        }
    }

    /// The variables a message uses, its own and those of the messages it refers to.
    pub fn variables(&self, id: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut todo = vec![(id, 0)];
        while let Some((id, depth)) = todo.pop() {
            let Some(entry) = self.entries.get(id) else {
                continue;
            };
            out.extend(entry.vars.iter().cloned());
            if depth < 8 {
                todo.extend(entry.refs.iter().map(|r| (r.as_str(), depth + 1)));
            }
        }
        out
    }
}

/// An entry's text without the comments and blank lines that follow it (they belong to the next
/// entry), each line trimmed at the end.
fn entry_text(raw: &str) -> String {
    let mut lines: Vec<&str> = raw.lines().map(str::trim_end).collect();
    while lines
        .last()
        .is_some_and(|l| l.is_empty() || l.starts_with('#'))
    {
        lines.pop();
    }
    lines.join("\n")
}

fn selects(pattern: &ast::Pattern<&str>, out: &mut Vec<Select>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_selects(expression, out);
        }
    }
}

fn expression_selects(expression: &ast::Expression<&str>, out: &mut Vec<Select>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            let (var, number) = match selector {
                ast::InlineExpression::VariableReference { id } => {
                    (Some(id.name.to_owned()), false)
                }
                ast::InlineExpression::FunctionReference { id, arguments } => {
                    let var = arguments.positional.first().and_then(|a| match a {
                        ast::InlineExpression::VariableReference { id } => Some(id.name.to_owned()),
                        _ => None,
                    });
                    (var, id.name == "NUMBER")
                }
                _ => (None, false),
            };
            let keys = variants
                .iter()
                .filter_map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => Some((*name).to_owned()),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            out.push(Select { var, number, keys });
            for variant in variants {
                selects(&variant.value, out);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expression_selects(expression, out);
        }
        ast::Expression::Inline(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_keep_their_text_without_the_comments_that_follow() {
        let mut folder = Folder::default();
        folder.add_file("a = A { $x }  \n    more\n\n# about b\nb = { a }\n-t = T\n");
        assert_eq!(folder.entries["a"].source, "a = A { $x }\n    more");
        assert_eq!(folder.entries["b"].source, "b = { a }");
        assert!(folder.entries.contains_key("-t"));
        assert_eq!(folder.variables("b").into_iter().collect::<Vec<_>>(), ["x"]);
    }

    #[test]
    fn a_select_without_default_is_kept_and_marked() {
        let mut folder = Folder::default();
        folder.add_file("n = { $n ->\n    [one] one\n    [other] many\n}\nok = { NUMBER($n) ->\n    [few] a\n   *[other] b\n}\n");
        assert!(folder.entries["n"].no_default);
        let ok = &folder.entries["ok"];
        assert!(!ok.no_default);
        assert_eq!(
            ok.selects,
            [Select {
                var: Some("n".into()),
                number: true,
                keys: vec!["few".into(), "other".into()]
            }]
        );
    }
}
