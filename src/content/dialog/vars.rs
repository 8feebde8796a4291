//! The `[vars]` and `[profile]` tables of a dialog: declared variables and their starting values.
//!
//! Profile facts are variables too, so both tables become one [`Vars`]; a name may be declared in
//! only one of them. The starting values are what expressions are type-checked against
//! (`exprs.rs`), so a value that is not a plain scalar is reported here and left out, never guessed.

use std::collections::BTreeSet;
use std::sync::Arc;

use toml::Spanned;
use toml::de::DeValue;

use crate::content::diag::{Report, SourceFile};
use crate::content::toml_read::{Scalar, Table, scalar};
use crate::value::{Value, Vars};

/// Reads `[vars]` and `[profile]` of the dialog file's top table: every variable with its
/// starting value (profile facts included), and the names of the profile facts.
pub(super) fn read_vars_and_profile(
    top: &Table<'_, '_>,
    report: &mut Report,
) -> (Vars, BTreeSet<String>) {
    let file = top.file();
    let mut vars = read_vars(file, top.get("vars"), report);
    // Profile facts are variables too; their names must not clash with the dialog's own.
    let profile_vars = read_vars(file, top.get("profile"), report);
    check_clashes(file, top.get("profile"), &vars, report);
    let mut profile = BTreeSet::new();
    for (name, value) in profile_vars {
        profile.insert(name.clone());
        vars.entry(name).or_insert(value);
    }
    (vars, profile)
}

/// Reports each `[profile]` name that `[vars]` declares too.
fn check_clashes(
    file: &Arc<SourceFile>,
    profile: Option<&Spanned<DeValue<'_>>>,
    vars: &Vars,
    report: &mut Report,
) {
    // `read_vars` has already reported a `[profile]` that is not a table.
    let Some(table) =
        profile.and_then(|v| Table::new(file, v, "[profile]", &[], &mut Report::default()))
    else {
        return;
    };
    for (name, _) in table.entries() {
        if vars.contains_key(name.value) {
            report.error(
                file,
                name.span.clone(),
                format!(
                    "`{}` is declared both in [vars] and in [profile]; keep one",
                    name.value
                ),
            );
        }
    }
}

/// Reads a table of variables with their starting values, leaving out (and reporting) bad names
/// and values.
fn read_vars(
    file: &Arc<SourceFile>,
    value: Option<&Spanned<DeValue<'_>>>,
    report: &mut Report,
) -> Vars {
    let mut vars = Vars::new();
    let Some(value) = value else { return vars };
    let Some(table) = Table::new(file, value, "[vars]", &[], &mut Report::default()) else {
        report.error(file, value.span(), "[vars] must be a table");
        return vars;
    };
    for (name, value) in table.entries() {
        if !is_var_name(name.value) {
            report.error(
                file,
                name.span.clone(),
                format!(
                    "variable name `{}` must use letters, digits and `_`, starting with a letter",
                    name.value
                ),
            );
            continue;
        }
        let v = match scalar(value) {
            Some(Scalar::Int(i)) => Value::Int(i),
            Some(Scalar::Float(f)) => Value::Float(f),
            Some(Scalar::Bool(b)) => Value::Bool(b),
            Some(Scalar::Str(s)) => Value::Text(s),
            None => {
                report.error(
                    file,
                    value.span(),
                    format!(
                        "the starting value of `{}` must be a number, true/false or text",
                        name.value
                    ),
                );
                continue;
            }
        };
        vars.insert(name.value.to_owned(), v);
    }
    vars
}

/// True for names made of ASCII letters, digits and `_`, starting with a letter, as expressions
/// can name them.
fn is_var_name(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}
