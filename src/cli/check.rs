//! `lots check`: every diagnostic on stdout as `path:line:col: severity: message`, then a summary
//! line on stderr. Fails on errors, and with `--strict` on warnings too.

use std::io::Write;
use std::path::Path;

use super::{CliError, Options, Verdict};
use crate::content::{self, Loaded, Severity};

/// Checks the content in `options.content`. With `previous` (the content now in use), also warns
/// about steps live sessions may stand on that the new content removes.
pub fn run(
    options: &Options,
    strict: bool,
    previous: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Verdict, CliError> {
    let mut loaded = content::load(&options.content, options.today);
    if let (Some(dir), Some(current)) = (previous, &loaded.content) {
        let old = content::load(dir, options.today)
            .content
            .ok_or_else(|| CliError::PreviousContent(dir.to_path_buf()))?;
        loaded
            .diagnostics
            .extend(content::compare::removed_steps(dir, &old, current));
    }
    for d in &loaded.diagnostics {
        writeln!(out, "{d}")?;
    }
    let tally = Tally::of(&loaded);
    writeln!(err, "lots check: {tally}")?;
    Ok(if tally.fails(strict) {
        Verdict::Fail
    } else {
        Verdict::Pass
    })
}

/// What a check found, for its summary line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Diagnostics that are errors.
    pub errors: usize,
    /// Diagnostics that are warnings.
    pub warnings: usize,
    /// Dialogs, actors and locales, when the content loaded.
    pub sizes: Option<(usize, usize, usize)>,
}

impl Tally {
    /// Counts the diagnostics and the content of a load.
    pub fn of(loaded: &Loaded) -> Tally {
        let errors = loaded
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        Tally {
            errors,
            warnings: loaded.diagnostics.len() - errors,
            sizes: loaded.content.as_ref().map(|c| {
                (
                    c.dialogs().count(),
                    c.actors().count(),
                    c.l10n().locales().len(),
                )
            }),
        }
    }

    /// Whether the check fails: on any error, and in strict mode on any warning.
    pub fn fails(&self, strict: bool) -> bool {
        self.errors > 0 || (strict && self.warnings > 0)
    }
}

impl std::fmt::Display for Tally {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plural =
            |n: usize, one: &'static str, many: &'static str| if n == 1 { one } else { many };
        write!(
            f,
            "{} {}, {} {}",
            self.errors,
            plural(self.errors, "error", "errors"),
            self.warnings,
            plural(self.warnings, "warning", "warnings")
        )?;
        if let Some((dialogs, actors, locales)) = self.sizes {
            write!(
                f,
                " ({dialogs} dialogs, {actors} actors, {locales} locales)"
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warnings_fail_only_in_strict_mode_and_errors_always() {
        let warned = Tally {
            errors: 0,
            warnings: 2,
            sizes: Some((20, 31, 2)),
        };
        assert!(!warned.fails(false));
        assert!(warned.fails(true));
        let broken = Tally {
            errors: 1,
            warnings: 0,
            sizes: None,
        };
        assert!(broken.fails(false));
        let clean = Tally {
            errors: 0,
            warnings: 0,
            sizes: Some((1, 2, 3)),
        };
        assert!(!clean.fails(true));
    }

    #[test]
    fn the_summary_names_the_sizes_only_when_the_content_loaded() {
        let loaded = Tally {
            errors: 0,
            warnings: 1,
            sizes: Some((20, 31, 2)),
        };
        assert_eq!(
            loaded.to_string(),
            "0 errors, 1 warning (20 dialogs, 31 actors, 2 locales)"
        );
        let broken = Tally {
            errors: 3,
            warnings: 0,
            sizes: None,
        };
        assert_eq!(broken.to_string(), "3 errors, 0 warnings");
    }
}
