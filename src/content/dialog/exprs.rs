//! Assignments (`set`, `add`) and expressions (values and `branch` conditions).
//!
//! An expression must parse, name only declared variables, and give the type its use needs. Types
//! are checked statically over the expression tree ([`Expr::value_type`]): every operator gets
//! operands of the types it works on, whatever values the variables hold in a conversation, so a
//! mistake is a load error and never a wrong branch. A part that reads no variable is evaluated
//! once (`1 / 0`), and a division by a zero such part is an error. What can still fail at run time (division by a variable that is 0, a
//! number too large) stops the dialog with a kind message; the engine never guesses. `add` works
//! only on number variables.

use std::collections::HashSet;

use toml::Spanned;
use toml::de::DeValue;

use super::reader::Reader;
use crate::content::model::Assign;
use crate::content::toml_read::{Scalar, Sp, Table, scalar};
use crate::value::{Expr, Value, VarType};

impl Reader<'_> {
    /// Reads `set` or `add`: `{ var = expression, … }`, leaving out (and reporting) wrong entries.
    pub(super) fn assignments(&mut self, table: &Table<'_, '_>, key: &str) -> Vec<Assign> {
        let Some(value) = table.get(key) else {
            return Vec::new();
        };
        let DeValue::Table(entries) = value.get_ref() else {
            self.error(
                value.span(),
                format!("`{key}` must be a table like `{{ score = 1 }}`"),
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for (name, value) in entries.iter() {
            let name = Sp::new(name.get_ref().to_string(), name.span());
            if let Some(assign) = self.assignment(key, name, value) {
                out.push(assign);
            }
        }
        out
    }

    /// Reads one entry of `set` or `add`.
    fn assignment(
        &mut self,
        key: &str,
        name: Sp<String>,
        value: &Spanned<DeValue<'_>>,
    ) -> Option<Assign> {
        let source = self.expr_source(value)?;
        let Some(declared) = self.vars.get(&name.value).map(Value::var_type) else {
            self.undeclared(&name.value, name.span.clone());
            return None;
        };
        let wanted = if key == "add" {
            if declared != VarType::Number {
                self.error(
                    name.span.clone(),
                    format!(
                        "`add` needs a number variable, but `{}` is {declared}; use `set`",
                        name.value
                    ),
                );
                return None;
            }
            Wanted::Add(&name.value)
        } else {
            Wanted::Set(&name.value, declared)
        };
        let expr = self.expr(&Sp::new(source, value.span()), wanted)?;
        Some(Assign {
            var: name.value,
            expr,
        })
    }

    /// The expression text of an assigned value: a string as written, a plain scalar as the
    /// expression that gives it.
    fn expr_source(&mut self, value: &Spanned<DeValue<'_>>) -> Option<String> {
        match scalar(value) {
            Some(Scalar::Str(s)) => Some(s),
            Some(Scalar::Int(i)) => Some(i.to_string()),
            Some(Scalar::Float(f)) => Some(format!("{f:?}")),
            Some(Scalar::Bool(b)) => Some(b.to_string()),
            None => {
                self.error(
                    value.span(),
                    "the value must be an expression, a number or true/false",
                );
                None
            }
        }
    }

    /// Parses an expression, checks its variables and the types of all its parts, and that it
    /// gives what its use needs. One message per expression: the first mistake found.
    pub(super) fn expr(&mut self, sp: &Sp<String>, wanted: Wanted<'_>) -> Option<Expr> {
        let expr = match Expr::parse(&sp.value) {
            Ok(e) => e,
            Err(e) => {
                self.error(
                    sp.span.clone(),
                    format!("the expression `{}` does not parse: {e}", sp.value),
                );
                return None;
            }
        };
        if self.undeclared_in(&expr, sp) {
            return None;
        }
        let found = match expr.value_type(&|name| self.vars.get(name).map(Value::var_type)) {
            Ok(found) => found,
            Err(e) => {
                self.error(sp.span.clone(), e.to_string());
                return None;
            }
        };
        if let Some(problem) = wanted.mismatch(&sp.value, found) {
            self.error(sp.span.clone(), problem);
            return None;
        }
        Some(expr)
    }

    /// Reports each undeclared variable of `expr` once, in name order; true when there was one.
    fn undeclared_in(&mut self, expr: &Expr, sp: &Sp<String>) -> bool {
        let mut unknown: Vec<String> = expr
            .variables()
            .filter(|v| !self.vars.contains_key(*v))
            .map(str::to_owned)
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        unknown.sort();
        for name in &unknown {
            self.undeclared(name, sp.span.clone());
        }
        !unknown.is_empty()
    }
}

/// What an expression is used for, which fixes the type it must give.
#[derive(Debug, Clone, Copy)]
pub(super) enum Wanted<'a> {
    /// A `when`: yes/no.
    Condition,
    /// The value of `set` for a variable of this type.
    Set(&'a str, VarType),
    /// The amount of `add` to a (number) variable.
    Add(&'a str),
}

impl Wanted<'_> {
    /// What is wrong when an expression written as `source` gives `found`, with the fix.
    fn mismatch(self, source: &str, found: VarType) -> Option<String> {
        match self {
            Wanted::Condition if found != VarType::Bool => {
                let example = match found {
                    VarType::Text => format!("{source} == \"…\""),
                    _ => format!("{source} > 0"),
                };
                Some(format!(
                    "a condition must be yes/no, but `{source}` is {found}; \
                     write a comparison such as `{example}`"
                ))
            }
            Wanted::Set(var, declared) if found != declared => {
                let fix = match declared {
                    VarType::Bool => "write `true` or `false`",
                    VarType::Number => "write a number or a calculation",
                    VarType::Text => "write text in quotes, like `'\"Berg\"'`",
                };
                Some(format!(
                    "`{var}` is {declared}, but the value `{source}` is {found}; {fix}"
                ))
            }
            Wanted::Add(var) if found != VarType::Number => Some(format!(
                "`add` adds a number to `{var}`, but the value `{source}` is {found}; write a number"
            )),
            _ => None,
        }
    }
}
