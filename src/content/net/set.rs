//! A set of regular expressions compiled for speed, with the indexes its matches report.
//!
//! Shared by the red flags, triggers and yes/no of `patterns.rs` and by the concept lexicons of
//! the net.

use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};

/// A set of patterns split in two for speed. Patterns written in ASCII (after folding) get ASCII
/// word boundaries, which the fast DFA can evaluate on any text; patterns with other letters keep
/// Unicode word boundaries in a second, small set. A Unicode `\b` anywhere in one big set would make
/// every non-ASCII message (Arabic, say) take the slow path: 31 ms instead of microseconds for
/// 4,000 characters, measured.
#[derive(Debug)]
pub(crate) struct Set {
    ascii: RegexSet,
    ascii_index: Vec<usize>,
    other: RegexSet,
    other_index: Vec<usize>,
}

impl Set {
    pub(crate) fn empty() -> Set {
        Set {
            ascii: RegexSet::empty(),
            ascii_index: Vec::new(),
            other: RegexSet::empty(),
            other_index: Vec::new(),
        }
    }

    pub(crate) fn matches(&self, text: &str) -> impl Iterator<Item = usize> + '_ {
        let a = self
            .ascii
            .matches(text)
            .into_iter()
            .map(|i| self.ascii_index[i]);
        let o = self
            .other
            .matches(text)
            .into_iter()
            .map(|i| self.other_index[i]);
        a.chain(o)
    }

    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.ascii.is_match(text) || self.other.is_match(text)
    }
}

/// `\b` and `\B` as ASCII word boundaries, leaving escaped backslashes alone.
pub(crate) fn ascii_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(b @ ('b' | 'B')) => {
                out.push_str("(?-u:\\");
                out.push(b);
                out.push(')');
            }
            Some(next) => {
                out.push('\\');
                out.push(next);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// Builds a set from patterns with the indexes its matches report.
pub(crate) fn build<'a>(
    patterns: impl Iterator<Item = (usize, &'a str)>,
) -> Result<Set, regex::Error> {
    let mut ascii = (Vec::new(), Vec::new());
    let mut other = (Vec::new(), Vec::new());
    for (i, p) in patterns {
        if p.is_ascii() {
            ascii.0.push(ascii_boundaries(p));
            ascii.1.push(i);
        } else {
            other.0.push(p.to_owned());
            other.1.push(i);
        }
    }
    Ok(Set {
        ascii: build_set(&ascii.0)?,
        ascii_index: ascii.1,
        other: build_set(&other.0)?,
        other_index: other.1,
    })
}

pub(crate) fn build_set(patterns: &[String]) -> Result<RegexSet, regex::Error> {
    RegexSetBuilder::new(patterns)
        .case_insensitive(true)
        // The default cache of the lazy DFA is too small for a few hundred patterns: matching
        // then falls back to a slower engine. With 16 MB, varied messages cost 0.13 ms each; with
        // 64 MB, 7 µs (measured on the corpora, `cargo bench --bench engine -- red-flag`). The
        // cache grows only as far as the text needs.
        .dfa_size_limit(64 << 20)
        // Room for more languages: today's patterns compile to about 5 MB.
        .size_limit(64 << 20)
        .build()
}

/// One pattern compiled alone on first use, for where it matches. Most patterns never match, and
/// every one was already checked when it was read, so compiling them all at load (about a
/// thousand) only made start-up slower. A pattern that should still fail to compile matches
/// nothing here, which leaves a phrasing's answer certain (the safe side).
#[derive(Debug)]
pub(crate) struct Lazy {
    pattern: String,
    regex: std::sync::OnceLock<Option<Regex>>,
}

impl Lazy {
    pub(crate) fn new(pattern: String) -> Lazy {
        Lazy {
            pattern,
            regex: std::sync::OnceLock::new(),
        }
    }

    /// Where the pattern matches in `text`.
    pub(crate) fn find_iter<'t>(&self, text: &'t str) -> impl Iterator<Item = regex::Match<'t>> {
        let regex = self.regex.get_or_init(|| single(&self.pattern).ok());
        regex.iter().flat_map(move |r| r.find_iter(text))
    }
}

/// One pattern compiled alone, the way [`build`] compiles it into a set (ASCII word boundaries
/// for ASCII patterns, case-insensitive), so that its match positions are those the set saw.
pub(crate) fn single(pattern: &str) -> Result<Regex, regex::Error> {
    let source = if pattern.is_ascii() {
        ascii_boundaries(pattern)
    } else {
        pattern.to_owned()
    };
    RegexBuilder::new(&source)
        .case_insensitive(true)
        .dfa_size_limit(1 << 20)
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_boundaries_become_ascii_and_escapes_stay() {
        assert_eq!(ascii_boundaries(r"\bont\B"), r"(?-u:\b)ont(?-u:\B)");
        assert_eq!(ascii_boundaries(r"a\\b"), r"a\\b");
        assert_eq!(ascii_boundaries(r"\d+\s"), r"\d+\s");
    }

    #[test]
    fn a_split_set_reports_the_original_indexes() {
        let set = build(
            ["^nej$", "\\bont\\b", "ألم", "\\bja\\b"]
                .into_iter()
                .enumerate(),
        )
        .unwrap();
        let hits: Vec<usize> = set.matches("ja det gör ont ألم").collect();
        let mut sorted = hits.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, [1, 2, 3]);
        assert!(!set.is_match("nejdå"));
    }
}
