//! `locales/locales.toml`: the list of locales, each with its code (checked as BCP 47), name,
//! direction, status and fallbacks.

use std::sync::Arc;

use unic_langid::LanguageIdentifier;

use super::diag::{Report, SourceFile, did_you_mean};
use super::l10n::LocaleInfo;
use super::toml_read::{Sp, Table, parse};
use crate::ids::LocaleCode;

pub(crate) fn read_locale_list(file: &Arc<SourceFile>, report: &mut Report) -> Vec<LocaleInfo> {
    let root = parse(file, report);
    let top = Table::from_table(
        file,
        root.get_ref(),
        root.span(),
        "the locale list",
        &["locale"],
        report,
    );
    let Some(items) = top.opt_array("locale", report) else {
        report.error(file, 0..0, "the locale list needs `[[locale]]` entries");
        return Vec::new();
    };
    let mut out: Vec<LocaleInfo> = Vec::new();
    for item in items {
        let Some(t) = Table::new(
            file,
            item,
            "a [[locale]]",
            &["code", "name", "direction", "status", "fallback"],
            report,
        ) else {
            continue;
        };
        let code = t.str("code", report);
        let name = t.str("name", report);
        let direction = t.str("direction", report);
        let status = t.str("status", report);
        let fallback = t.str_list("fallback", report);
        let rtl = one_of(
            file,
            direction.as_ref(),
            "direction",
            ["ltr", "rtl"],
            report,
        ) == Some(1);
        let status = one_of(
            file,
            status.as_ref(),
            "status",
            ["reviewed", "draft"],
            report,
        );
        let reviewed = status == Some(0);
        let (Some(code), Some(name)) = (code, name) else {
            continue;
        };
        if !code_ok(file, &code, status == Some(1), report) {
            continue;
        }
        if out.iter().any(|l| l.code.as_str() == code.value) {
            report.error(
                file,
                code.span.clone(),
                format!("duplicate locale `{}`", code.value),
            );
            continue;
        }
        out.push(LocaleInfo {
            code: LocaleCode::new(code.value),
            name: name.value,
            rtl,
            reviewed,
            fallback: fallback
                .into_iter()
                .map(|f| LocaleCode::new(f.value))
                .collect(),
        });
    }
    out
}

/// Whether a locale code is valid; an invalid one is an error, or for a draft a warning (the
/// draft is left out).
fn code_ok(file: &Arc<SourceFile>, code: &Sp<String>, draft: bool, report: &mut Report) -> bool {
    let Err(why) = check_code(&code.value) else {
        return true;
    };
    let message = format!("`{}` is not a BCP 47 language code: {why}", code.value);
    if draft {
        let message = format!("{message}; the draft locale is left out");
        report.warning(file, code.span.clone(), message);
    } else {
        report.error(file, code.span.clone(), message);
    }
    false
}

/// Checks that a locale code is a well-formed BCP 47 tag in canonical form whose language is an
/// ISO 639 code of two or three letters (`sv`, `ar`, `pt-BR`, `sr-Latn`): a folder named after a
/// language's name (`arabiska`, `english`) is caught here. The code is also the folder name, so it
/// must be exactly the canonical spelling.
pub(crate) fn check_code(code: &str) -> Result<LanguageIdentifier, String> {
    let langid: LanguageIdentifier = code
        .parse()
        .map_err(|_| "write a tag like `ar`, `so` or `pt-BR`".to_owned())?;
    let language = langid.language.as_str();
    if !(2..=3).contains(&language.len()) || language == "und" {
        return Err(format!(
            "the language must be a two- or three-letter ISO 639 code (`ar` for Arabic), not `{language}`"
        ));
    }
    let canonical = langid.to_string();
    if canonical != code {
        return Err(format!("write it as `{canonical}`"));
    }
    Ok(langid)
}

/// Which of two allowed values a key has (`None` when it is missing or wrong, with an error for a
/// wrong one).
fn one_of(
    file: &Arc<SourceFile>,
    value: Option<&Sp<String>>,
    key: &str,
    allowed: [&str; 2],
    report: &mut Report,
) -> Option<usize> {
    let value = value?;
    match allowed.iter().position(|a| *a == value.value) {
        Some(i) => Some(i),
        None => {
            let [a, b] = allowed;
            report.error(
                file,
                value.span.clone(),
                format!(
                    "{key} must be `{a}` or `{b}`, not `{}`{}",
                    value.value,
                    did_you_mean(&value.value, allowed)
                ),
            );
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_canonical_bcp47_with_an_iso_639_language() {
        for ok in ["sv", "en", "ar", "so", "uk", "pt-BR", "sr-Latn", "fil"] {
            assert!(check_code(ok).is_ok(), "{ok}");
        }
        for bad in [
            "arabiska", "english", "EN", "en_GB", "en-gb", "und", "e", "", "sv se",
        ] {
            assert!(check_code(bad).is_err(), "{bad}");
        }
    }
}
