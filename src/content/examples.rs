//! The examples in `corpora/` beside `dialogs/` and `locales/`: the red-flag phrasings per
//! language (`redflags-<lang>.tsv`), the benign messages (`benign.tsv`) and the routing
//! descriptions (`routing.tsv`). The safety tests measure the net on them, and the net's word
//! model learns from them when the content loads (see `net::model`). A missing folder means no
//! model; a line that cannot be read is an error at its `path:line:col`.

use std::path::Path;

use super::diag::{Report, SourceFile, did_you_mean};
use crate::ids::LocaleCode;

/// One example: its text as written and its red-flag categories (empty for benign and routing).
/// Folding waits until the word model is first used.
pub(crate) struct Example {
    pub(crate) text: String,
    pub(crate) categories: Vec<usize>,
}

/// What one file holds: how many fields a line has, and which field is the language.
enum Shape {
    /// `category<TAB>message`, the language from the file name.
    RedFlags,
    /// `lang<TAB>message`.
    Benign,
    /// `lang<TAB>dialog<TAB>message`.
    Routing,
}

/// Reads every example file in `dir`, in file-name order; `texts` gets each file's text (for the
/// content's fingerprint).
pub(crate) fn read(
    dir: &Path,
    categories: &[String],
    locales: &[LocaleCode],
    texts: &mut Vec<String>,
    report: &mut Report,
) -> Vec<Example> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".tsv"))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for name in names {
        let (shape, lang) = match name.as_str() {
            "benign.tsv" => (Shape::Benign, None),
            "routing.tsv" => (Shape::Routing, None),
            n => match n
                .strip_prefix("redflags-")
                .and_then(|n| n.strip_suffix(".tsv"))
            {
                Some(lang) => (Shape::RedFlags, Some(lang.to_owned())),
                // Other files (tiers.tsv: expectations, not examples) are the tests' own.
                None => continue,
            },
        };
        let path = dir.join(&name);
        let Some(text) = super::read_source(&path, report) else {
            continue;
        };
        let file = SourceFile::new(path, text.clone());
        read_file(
            &file,
            &text,
            &shape,
            lang.as_deref(),
            categories,
            locales,
            &mut out,
            report,
        );
        texts.push(text);
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn read_file(
    file: &SourceFile,
    text: &str,
    shape: &Shape,
    file_lang: Option<&str>,
    categories: &[String],
    locales: &[LocaleCode],
    out: &mut Vec<Example>,
    report: &mut Report,
) {
    let known_lang = |l: &str| locales.iter().any(|c| c.as_str() == l);
    if let Some(lang) = file_lang.filter(|l| !known_lang(l)) {
        report.error(
            file,
            0..0,
            format!("`{lang}` in the file name is not a locale under locales/"),
        );
        return;
    }
    let fields = match shape {
        Shape::RedFlags | Shape::Benign => 2,
        Shape::Routing => 3,
    };
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let parts: Vec<&str> = line.split('\t').collect();
        if parts.len() != fields || parts.iter().any(|p| p.trim().is_empty()) {
            report.error(
                file,
                start..start + line.len(),
                format!("expected {fields} tab-separated fields, none empty"),
            );
            continue;
        }
        let message = parts[fields - 1];
        let found = match shape {
            Shape::RedFlags => category_indexes(parts[0], categories),
            _ if !known_lang(parts[0]) => {
                Err(format!("`{}` is not a locale under locales/", parts[0]))
            }
            _ => Ok(Vec::new()),
        };
        match found {
            Ok(categories) => out.push(Example {
                text: message.to_owned(),
                categories,
            }),
            Err(e) => report.error(file, start..start + parts[0].len(), e),
        }
    }
}

/// `a|b` as category indexes, or what is wrong.
fn category_indexes(field: &str, categories: &[String]) -> Result<Vec<usize>, String> {
    field
        .split('|')
        .map(|c| {
            categories.iter().position(|x| x == c).ok_or_else(|| {
                format!(
                    "red-flag category `{c}` is not one of Swedish's{}",
                    did_you_mean(c, categories.iter().map(String::as_str))
                )
            })
        })
        .collect()
}
