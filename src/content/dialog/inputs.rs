//! A step's typed answer: `input = { type = …, var = …, … }`.
//!
//! The type decides how an answer is checked (`number` between `min` and `max`, `yes-no`, a
//! `pattern`, or any `text`) and which type of variable stores it; the variable must be declared
//! with a starting value of that type. Keys that belong to another type are reported, never
//! silently ignored.

use regex::Regex;
use toml::Spanned;
use toml::de::DeValue;

use super::reader::Reader;
use crate::content::diag::did_you_mean;
use crate::content::model::{Input, InputKind};
use crate::content::toml_read::{Sp, Table};
use crate::ids::MessageId;
use crate::value::VarType;

/// The keys of an `input` table, read before its type is known.
struct InputKeys {
    kind: Option<Sp<String>>,
    var: Option<Sp<String>>,
    min: Option<Sp<f64>>,
    max: Option<Sp<f64>>,
    pattern: Option<Sp<String>>,
    /// The message shown for an answer that does not fit, already recorded as a use.
    invalid: Option<MessageId>,
}

impl Reader<'_> {
    /// Reads `input`; `None` when its type, its keys or its variable are wrong.
    pub(super) fn input(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Input> {
        let table = Table::new(
            self.file,
            value,
            "`input`",
            &["type", "var", "min", "max", "pattern", "invalid"],
            self.report,
        )?;
        let keys = self.input_keys(&table);
        let kind_sp = keys.kind.as_ref()?;
        let (kind, wanted) = self.input_kind(&table, kind_sp, &keys)?;
        self.unused_input_keys(kind_sp, &keys);
        let var = keys.var.as_ref()?;
        self.input_var(kind_sp, var, wanted)?;
        Some(Input {
            kind,
            var: var.value.clone(),
            invalid: keys.invalid,
        })
    }

    fn input_keys(&mut self, table: &Table<'_, '_>) -> InputKeys {
        let kind = table.str("type", self.report);
        let var = table.str("var", self.report);
        let min = table.opt_number("min", self.report);
        let max = table.opt_number("max", self.report);
        let pattern = table.opt_str("pattern", self.report);
        let invalid = table
            .opt_str("invalid", self.report)
            .map(|i| self.message(&i));
        InputKeys {
            kind,
            var,
            min,
            max,
            pattern,
            invalid,
        }
    }

    /// How answers of this type are checked, and the type of variable that stores them.
    fn input_kind(
        &mut self,
        table: &Table<'_, '_>,
        kind: &Sp<String>,
        keys: &InputKeys,
    ) -> Option<(InputKind, VarType)> {
        const KINDS: [&str; 4] = ["number", "yes-no", "pattern", "text"];
        match kind.value.as_str() {
            "number" => self.number_kind(kind, keys),
            "yes-no" => Some((InputKind::YesNo, VarType::Bool)),
            "text" => Some((InputKind::Text, VarType::Text)),
            "pattern" => self.pattern_kind(table, keys.pattern.as_ref()),
            other => {
                self.error(
                    kind.span.clone(),
                    format!(
                        "unknown input type `{other}`{}; the types are number, yes-no, pattern and text",
                        did_you_mean(other, KINDS)
                    ),
                );
                None
            }
        }
    }

    /// `type = "number"`, which needs both bounds.
    fn number_kind(&mut self, kind: &Sp<String>, keys: &InputKeys) -> Option<(InputKind, VarType)> {
        let (Some(lo), Some(hi)) = (&keys.min, &keys.max) else {
            self.error(
                kind.span.clone(),
                "an input of type `number` needs both `min` and `max`",
            );
            return None;
        };
        if lo.value > hi.value {
            self.error(hi.span.clone(), "`max` must not be less than `min`");
        }
        Some((
            InputKind::Number {
                min: lo.value,
                max: hi.value,
            },
            VarType::Number,
        ))
    }

    /// `type = "pattern"`, whose regex must match the whole answer and compile.
    fn pattern_kind(
        &mut self,
        table: &Table<'_, '_>,
        pattern: Option<&Sp<String>>,
    ) -> Option<(InputKind, VarType)> {
        let Some(pattern) = pattern else {
            self.error(
                table.span().start..table.span().start,
                "an input of type `pattern` needs the key `pattern`",
            );
            return None;
        };
        match Regex::new(&format!("^(?:{})$", pattern.value)) {
            Ok(re) => Some((InputKind::Pattern(re), VarType::Text)),
            Err(e) => {
                self.error(
                    pattern.span.clone(),
                    format!("the pattern does not compile: {}", one_line(&e.to_string())),
                );
                None
            }
        }
    }

    /// Reports `pattern`, `min` and `max` in an input of a type that does not use them.
    fn unused_input_keys(&mut self, kind: &Sp<String>, keys: &InputKeys) {
        if kind.value != "pattern"
            && let Some(p) = &keys.pattern
        {
            self.error(
                p.span.clone(),
                "`pattern` is used only with `type = \"pattern\"`",
            );
        }
        if kind.value != "number" {
            for m in [&keys.min, &keys.max].into_iter().flatten() {
                self.error(
                    m.span.clone(),
                    "`min` and `max` are used only with `type = \"number\"`",
                );
            }
        }
    }

    /// Checks that the input's variable is declared with the type its answers have.
    fn input_var(&mut self, kind: &Sp<String>, var: &Sp<String>, wanted: VarType) -> Option<()> {
        match self.vars.get(&var.value) {
            None => {
                self.undeclared(&var.value, var.span.clone());
                None
            }
            Some(v) if v.var_type() != wanted => {
                self.error(
                    var.span.clone(),
                    format!(
                        "an input of type `{}` stores {wanted}, but `{}` is {} (see its starting value in [vars])",
                        kind.value,
                        var.value,
                        v.var_type()
                    ),
                );
                None
            }
            Some(_) => Some(()),
        }
    }
}

/// A multi-line error (regex errors point at the pattern with a caret line) as one line.
fn one_line(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
