//! Reading TOML content files with positions, reporting every schema problem.
//!
//! Files are parsed with toml's recoverable parser, which keeps a span for every key and value and
//! returns all syntax errors at once. The schema is then read by hand through [`Table`], so that an
//! unknown key, a wrong type and a missing key are each reported where they are — all of them, not
//! only the first, as serde's derive would.

use std::ops::Range;
use std::sync::Arc;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::diag::{Report, SourceFile, did_you_mean};

/// A value read from a file, with the byte span it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Sp<T> {
    /// The value.
    pub value: T,
    /// Where it stands in the file.
    pub span: Range<usize>,
}

impl<T> Sp<T> {
    /// Pairs a value with its span.
    pub fn new(value: T, span: Range<usize>) -> Self {
        Self { value, span }
    }
}

/// A plain TOML scalar, as written in `[vars]` and in `set`.
#[derive(Debug, Clone, PartialEq)]
pub enum Scalar {
    /// A whole number.
    Int(i64),
    /// A decimal number.
    Float(f64),
    /// `true` or `false`.
    Bool(bool),
    /// A string.
    Str(String),
}

/// Parses a document, reporting every syntax error. Returns the root table when it could be read.
pub fn parse<'i>(file: &'i SourceFile, report: &mut Report) -> Spanned<DeTable<'i>> {
    let (table, errors) = DeTable::parse_recoverable(file.text());
    for e in errors {
        let span = e.span().unwrap_or(0..0);
        report.error(
            file,
            span.clone(),
            format!(
                "TOML syntax: {}{}",
                e.message().trim_end(),
                super::diag::typing_hint(file.text(), span.start)
            ),
        );
    }
    table
}

/// The value's kind in words, for "expected a string, found an array" messages.
fn kind(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "a whole number",
        DeValue::Float(_) => "a decimal number",
        DeValue::Boolean(_) => "true or false",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

/// A table being read against its schema: a list of known keys.
pub struct Table<'a, 'i> {
    file: &'a Arc<SourceFile>,
    table: &'a DeTable<'i>,
    span: Range<usize>,
    what: &'a str,
}

impl<'a, 'i> Table<'a, 'i> {
    /// Reads `value` as a table named `what` (for messages), reporting keys not in `known`.
    pub fn new(
        file: &'a Arc<SourceFile>,
        value: &'a Spanned<DeValue<'i>>,
        what: &'a str,
        known: &[&str],
        report: &mut Report,
    ) -> Option<Self> {
        match value.get_ref() {
            DeValue::Table(table) => Some(Self::from_table(
                file,
                table,
                value.span(),
                what,
                known,
                report,
            )),
            other => {
                report.error(
                    file,
                    value.span(),
                    format!("{what} must be a table, found {}", kind(other)),
                );
                None
            }
        }
    }

    /// Reads an already unwrapped table (such as the document root).
    pub fn from_table(
        file: &'a Arc<SourceFile>,
        table: &'a DeTable<'i>,
        span: Range<usize>,
        what: &'a str,
        known: &[&str],
        report: &mut Report,
    ) -> Self {
        for (key, _) in table.iter() {
            let name: &str = key.get_ref();
            if !known.contains(&name) {
                report.error(
                    file,
                    key.span(),
                    format!(
                        "unknown key `{name}` in {what}{}",
                        did_you_mean(name, known.iter().copied())
                    ),
                );
            }
        }
        Self {
            file,
            table,
            span,
            what,
        }
    }

    /// The file this table is in.
    pub fn file(&self) -> &'a Arc<SourceFile> {
        self.file
    }

    /// The span of the whole table.
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// The raw value of a key.
    pub fn get(&self, key: &str) -> Option<&'a Spanned<DeValue<'i>>> {
        self.table.get(key)
    }

    /// The span of a key itself, for "this key is not allowed here" messages.
    pub fn key_span(&self, key: &str) -> Option<Range<usize>> {
        self.table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == key)
            .map(|(k, _)| k.span())
    }

    /// The entries of the table in file order.
    pub fn entries(&self) -> impl Iterator<Item = (Sp<&'a str>, &'a Spanned<DeValue<'i>>)> {
        self.table
            .iter()
            .map(|(k, v)| (Sp::new(k.get_ref().as_ref(), k.span()), v))
    }

    fn missing(&self, key: &str, report: &mut Report) {
        report.error(
            self.file,
            self.span.start..self.span.start,
            format!("{} needs the key `{key}`", self.what),
        );
    }

    fn wrong(&self, key: &str, expected: &str, value: &Spanned<DeValue<'_>>, report: &mut Report) {
        report.error(
            self.file,
            value.span(),
            format!(
                "`{key}` in {} must be {expected}, found {}",
                self.what,
                kind(value.get_ref())
            ),
        );
    }

    /// A string key that may be absent.
    pub fn opt_str(&self, key: &str, report: &mut Report) -> Option<Sp<String>> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::String(s) => Some(Sp::new(s.to_string(), value.span())),
            _ => {
                self.wrong(key, "a string", value, report);
                None
            }
        }
    }

    /// A string key that must be present.
    pub fn str(&self, key: &str, report: &mut Report) -> Option<Sp<String>> {
        if self.get(key).is_none() {
            self.missing(key, report);
        }
        self.opt_str(key, report)
    }

    /// A boolean key that may be absent.
    pub fn opt_bool(&self, key: &str, report: &mut Report) -> Option<Sp<bool>> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::Boolean(b) => Some(Sp::new(*b, value.span())),
            _ => {
                self.wrong(key, "true or false", value, report);
                None
            }
        }
    }

    /// A whole number key that may be absent.
    pub fn opt_int(&self, key: &str, report: &mut Report) -> Option<Sp<i64>> {
        let value = self.get(key)?;
        match scalar(value) {
            Some(Scalar::Int(i)) => Some(Sp::new(i, value.span())),
            _ => {
                self.wrong(key, "a whole number", value, report);
                None
            }
        }
    }

    /// A number key (whole or decimal) that may be absent.
    pub fn opt_number(&self, key: &str, report: &mut Report) -> Option<Sp<f64>> {
        let value = self.get(key)?;
        match scalar(value) {
            Some(Scalar::Int(i)) => Some(Sp::new(i as f64, value.span())),
            Some(Scalar::Float(f)) => Some(Sp::new(f, value.span())),
            _ => {
                self.wrong(key, "a number", value, report);
                None
            }
        }
    }

    /// A date key (`2026-11-01`, no quotes) that must be present.
    pub fn date(&self, key: &str, report: &mut Report) -> Option<Sp<jiff::civil::Date>> {
        let Some(value) = self.get(key) else {
            self.missing(key, report);
            return None;
        };
        let parsed = match value.get_ref() {
            DeValue::Datetime(d) => d.to_string().parse::<jiff::civil::Date>().ok(),
            DeValue::String(s) => s.parse::<jiff::civil::Date>().ok(),
            _ => None,
        };
        if parsed.is_none() {
            self.wrong(key, "a date like 2026-11-01", value, report);
        }
        parsed.map(|d| Sp::new(d, value.span()))
    }

    /// A list key that may be absent.
    pub fn opt_array(&self, key: &str, report: &mut Report) -> Option<&'a [Spanned<DeValue<'i>>]> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::Array(items) => Some(&items[..]),
            _ => {
                self.wrong(key, "a list", value, report);
                None
            }
        }
    }

    /// A list of strings that may be absent (then empty).
    pub fn str_list(&self, key: &str, report: &mut Report) -> Vec<Sp<String>> {
        match self.get(key) {
            Some(value) => str_list(
                self.file,
                value,
                &format!("`{key}` in {}", self.what),
                report,
            ),
            None => Vec::new(),
        }
    }
}

/// Reads a value that must be a list of strings; `what` names it in messages.
pub fn str_list(
    file: &SourceFile,
    value: &Spanned<DeValue<'_>>,
    what: &str,
    report: &mut Report,
) -> Vec<Sp<String>> {
    let DeValue::Array(items) = value.get_ref() else {
        report.error(
            file,
            value.span(),
            format!(
                "{what} must be a list of strings, found {}",
                kind(value.get_ref())
            ),
        );
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| match item.get_ref() {
            DeValue::String(s) => Some(Sp::new(s.to_string(), item.span())),
            other => {
                report.error(
                    file,
                    item.span(),
                    format!("{what} must list strings, found {}", kind(other)),
                );
                None
            }
        })
        .collect()
}

/// The scalar a value holds, or `None` for lists, tables and dates.
pub fn scalar(value: &Spanned<DeValue<'_>>) -> Option<Scalar> {
    match value.get_ref() {
        DeValue::String(s) => Some(Scalar::Str(s.to_string())),
        DeValue::Integer(i) => i64::from_str_radix(&i.as_str().replace('_', ""), i.radix())
            .ok()
            .map(Scalar::Int),
        DeValue::Float(f) => f.as_str().replace('_', "").parse().ok().map(Scalar::Float),
        DeValue::Boolean(b) => Some(Scalar::Bool(*b)),
        _ => None,
    }
}
