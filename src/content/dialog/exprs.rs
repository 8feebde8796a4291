//! Assignments (`set`, `add`) and expressions (values and `branch` conditions).
//!
//! An expression must parse, name only declared variables, and give the type its use needs. The
//! type is checked by evaluating it once over the starting values (a dry run), so that a mistake is
//! a load error and never a wrong branch in a conversation. `add` works only on number variables.

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
                        "`add` needs a number variable, but `{}` is {declared}",
                        name.value
                    ),
                );
                return None;
            }
            VarType::Number
        } else {
            declared
        };
        let expr = self.expr(&Sp::new(source, value.span()), Some(wanted), "the value")?;
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

    /// Parses an expression, checks its variables, and evaluates it once over the starting values
    /// to check the type of its result.
    pub(super) fn expr(
        &mut self,
        sp: &Sp<String>,
        wanted: Option<VarType>,
        what: &str,
    ) -> Option<Expr> {
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
        match expr.eval(self.vars) {
            Err(e) => {
                self.error(
                    sp.span.clone(),
                    format!(
                        "the expression `{}` cannot be evaluated with the starting values: {e}",
                        sp.value
                    ),
                );
                None
            }
            Ok(v) if wanted.is_some_and(|w| w != v.var_type()) => {
                self.error(
                    sp.span.clone(),
                    format!(
                        "{what} `{}` gives {}, but {} is needed",
                        sp.value,
                        v.var_type(),
                        wanted.unwrap_or(VarType::Text)
                    ),
                );
                None
            }
            Ok(_) => Some(expr),
        }
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
