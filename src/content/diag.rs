//! Diagnostics: every content problem with its file, line and column.
//!
//! Loading never stops at the first problem. Each stage pushes what it finds into a [`Report`] and
//! carries on with what it could read, so that one run of `lots check` shows everything.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How bad a problem is. Errors make content unusable; warnings fail only `lots check --strict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The content cannot be used as it is.
    Error,
    /// The content works, but something should be fixed.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One problem, printed as `path:line:col: error: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, as the person named the content directory.
    pub path: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub col: usize,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in one sentence.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.path.display(),
            self.line,
            self.col,
            self.severity,
            self.message
        )
    }
}

/// A file's text, with a table for turning byte offsets into lines and columns.
#[derive(Debug)]
pub struct SourceFile {
    path: PathBuf,
    text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// Wraps the text of the file at `path`.
    pub fn new(path: PathBuf, text: String) -> Arc<Self> {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Arc::new(Self {
            path,
            text,
            line_starts,
        })
    }

    /// The path as shown in diagnostics.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The whole text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        let col = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line, col + 1)
    }
}

/// Collects diagnostics from every stage of loading.
#[derive(Debug, Default)]
pub struct Report {
    diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// Records an error at a span of a file.
    pub fn error(&mut self, file: &SourceFile, span: Range<usize>, message: impl Into<String>) {
        self.push(file, span, Severity::Error, message.into());
    }

    /// Records a warning at a span of a file.
    pub fn warning(&mut self, file: &SourceFile, span: Range<usize>, message: impl Into<String>) {
        self.push(file, span, Severity::Warning, message.into());
    }

    /// Records a problem with a whole file or directory (reported at 1:1).
    pub fn error_at_path(&mut self, path: &Path, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic {
            path: path.to_path_buf(),
            line: 1,
            col: 1,
            severity: Severity::Error,
            message: message.into(),
        });
    }

    /// Records a warning about a whole file or directory (reported at 1:1).
    pub fn warning_at_path(&mut self, path: &Path, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic {
            path: path.to_path_buf(),
            line: 1,
            col: 1,
            severity: Severity::Warning,
            message: message.into(),
        });
    }

    fn push(&mut self, file: &SourceFile, span: Range<usize>, severity: Severity, message: String) {
        let (line, col) = file.position(span.start);
        self.diagnostics.push(Diagnostic {
            path: file.path().to_path_buf(),
            line,
            col,
            severity,
            message,
        });
    }

    /// True when at least one error was recorded.
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }

    /// The diagnostics sorted by file and position.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.diagnostics.sort_by(|a, b| {
            (&a.path, a.line, a.col, a.severity).cmp(&(&b.path, b.line, b.col, b.severity))
        });
        self.diagnostics.dedup();
        self.diagnostics
    }
}

/// The closest of `candidates` to `word`, when it is close enough to be a likely typo.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(word, c), c))
        .filter(|&(d, c)| d <= 2.max(c.len() / 3))
        .min_by_key(|&(d, c)| (d, c))
        .map(|(_, c)| c)
}

/// A plain-words hint for a syntax error at `offset` when its line (or the next) shows a typing
/// mistake a parser cannot name: curly quotes pasted from a word processor, or a tab indent.
pub fn typing_hint(text: &str, offset: usize) -> &'static str {
    let start = text[..offset.min(text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let mut lines = text[start..].lines().take(2);
    let suspicious = |line: &str| -> Option<&'static str> {
        if line.contains(['\u{201C}', '\u{201D}', '\u{201E}', '\u{2018}', '\u{2019}']) {
            Some(
                " (this line has curly quotes “ ” from a word processor: type straight quotes \" instead)",
            )
        } else if line.starts_with('\t') {
            Some(" (this line is indented with a tab: indent with spaces instead)")
        } else {
            None
        }
    };
    lines.find_map(suspicious).unwrap_or("")
}

/// ` (did you mean `x`?)` when there is a close candidate, or nothing.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    suggest(word, candidates)
        .map(|s| format!(" (did you mean `{s}`?)"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let file = SourceFile::new("x".into(), "a = 1\nå = \"ö\"\n".into());
        assert_eq!(file.position(0), (1, 1));
        assert_eq!(file.position(6), (2, 1));
        // `=` after the two-byte `å` and a space is the third character of line 2.
        assert_eq!(file.position(9), (2, 3));
    }

    #[test]
    fn suggests_only_close_words() {
        assert_eq!(
            suggest("optons", ["options", "ask", "say"]),
            Some("options")
        );
        assert_eq!(suggest("zzzzzz", ["options", "ask"]), None);
    }
}
