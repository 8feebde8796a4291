//! `lots locales`: each locale against Swedish, for translators, and `--mark` to record that a
//! translation was checked against the current Swedish source.

use std::io::Write;

use super::{CliError, Format, Options, Verdict};
use crate::content::locales::{self, LocaleRow};

/// What `lots locales` was asked to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locales {
    /// Table or JSON.
    pub format: Format,
    /// Fail when a reviewed locale has anything missing, stale or mismatched.
    pub strict: bool,
    /// `--mark LANG [ID…]`: the language, then the ids (none: all).
    pub mark: Option<Vec<String>>,
}

/// Prints the report, or marks and then prints it.
pub fn run(
    options: &Options,
    command: &Locales,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Verdict, CliError> {
    if let Some((code, ids)) = command.mark.as_deref().and_then(<[String]>::split_first) {
        match locales::mark(&options.content, code, ids) {
            Ok(n) => writeln!(
                err,
                "lots locales: marked {n} translation(s) in `{code}` as checked"
            )?,
            Err(locales::MarkError::List(diagnostics)) => {
                for d in &diagnostics {
                    writeln!(err, "{d}")?;
                }
                return Err(CliError::Mark(locales::MarkError::List(diagnostics)));
            }
            Err(e) => return Err(CliError::Mark(e)),
        }
    }
    let report = locales::report(&options.content);
    for d in &report.diagnostics {
        writeln!(err, "{d}")?;
    }
    let Some(rows) = report.rows else {
        return Err(CliError::Content(options.content.clone()));
    };
    match command.format {
        Format::Json => {
            // A struct, not `json!`, so the keys keep the documented order.
            #[derive(serde::Serialize)]
            struct Report<'a> {
                locales: &'a [LocaleRow],
            }
            let json = serde_json::to_string(&Report { locales: &rows })
                .map_err(|e| CliError::Io(e.into()))?;
            writeln!(out, "{json}")?;
        }
        Format::Text => write!(out, "{}", table(&rows))?,
    }
    let failing: Vec<&str> = rows
        .iter()
        .filter(|r| r.status == "reviewed" && r.has_problems())
        .map(|r| r.code.as_str())
        .collect();
    if command.strict && !failing.is_empty() {
        writeln!(
            err,
            "lots locales: reviewed locale(s) with work left: {}",
            failing.join(", ")
        )?;
        return Ok(Verdict::Fail);
    }
    Ok(Verdict::Pass)
}

/// How many ids of one list the table shows.
const LISTED: usize = 20;

/// An aligned table of the counts, then one line per non-empty list.
pub fn table(rows: &[LocaleRow]) -> String {
    let header = [
        "locale",
        "status",
        "total",
        "translated",
        "missing",
        "obsolete",
        "stale",
        "variables",
        "plurals",
        "red flags missing",
    ];
    let mut lines: Vec<Vec<String>> = vec![header.iter().map(|h| h.to_string()).collect()];
    for r in rows {
        lines.push(vec![
            r.code.clone(),
            r.status.to_owned(),
            r.total.to_string(),
            r.translated.to_string(),
            r.missing.len().to_string(),
            r.obsolete.len().to_string(),
            r.stale.len().to_string(),
            r.variables.len().to_string(),
            r.plurals.len().to_string(),
            r.redflags_missing.len().to_string(),
        ]);
    }
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            lines
                .iter()
                .map(|l| l[i].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for line in &lines {
        let cells: Vec<String> = line
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (cell, w))| {
                if i < 2 {
                    format!("{cell:<w$}")
                } else {
                    format!("{cell:>w$}")
                }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    for r in rows {
        let lists = [
            ("missing", &r.missing),
            ("obsolete (not in sv)", &r.obsolete),
            ("stale (sv changed; check, then --mark)", &r.stale),
            ("variables differ from sv", &r.variables),
            ("plural problems", &r.plurals),
            ("red-flag categories without patterns", &r.redflags_missing),
        ];
        for (what, list) in lists {
            if list.is_empty() {
                continue;
            }
            let shown: Vec<&str> = list.iter().take(LISTED).map(String::as_str).collect();
            let more = match list.len().saturating_sub(LISTED) {
                0 => String::new(),
                n => format!(" … and {n} more (all in --format json)"),
            };
            out.push_str(&format!("{}: {what}: {}{more}\n", r.code, shown.join(", ")));
        }
    }
    out
}
