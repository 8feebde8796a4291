//! Fluent texts: one concurrent bundle per locale, fallback chains, language negotiation.
//!
//! Loading reports Fluent syntax errors with their position and duplicate message ids across the
//! files of a locale. Formatting walks the locale's fallback chain, which always ends in Swedish, so
//! that a person never sees a raw message id.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::diag::{Report, SourceFile};
use super::locale_list::read_locale_list;
use crate::ids::LocaleCode;
use crate::value::{Value, Vars};

/// The source language, complete by definition.
pub const SOURCE_LOCALE: &str = "sv";

/// One entry of `locales/locales.toml`.
#[derive(Debug, Clone)]
pub struct LocaleInfo {
    /// The code, also the folder name.
    pub code: LocaleCode,
    /// The language's own name for itself.
    pub name: String,
    /// Written right to left (Arabic, Persian, …): Fluent keeps its isolation marks.
    pub rtl: bool,
    /// Reviewed locales must be complete; draft ones fall back quietly.
    pub reviewed: bool,
    /// Locales to try before Swedish.
    pub fallback: Vec<LocaleCode>,
}

/// Where a message is defined, for diagnostics.
#[derive(Debug, Clone)]
pub struct Definition {
    /// The file.
    pub file: Arc<SourceFile>,
    /// Byte offset of the id.
    pub offset: usize,
}

/// The texts of every locale.
pub struct L10n {
    locales: Vec<LocaleInfo>,
    langids: Vec<LanguageIdentifier>,
    bundles: HashMap<LocaleCode, FluentBundle<FluentResource>>,
    chains: HashMap<LocaleCode, Vec<LocaleCode>>,
    definitions: HashMap<LocaleCode, HashMap<String, Definition>>,
    /// Whether people may choose draft locales (`--offer-drafts`).
    offer_drafts: bool,
}

impl std::fmt::Debug for L10n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("L10n")
            .field("locales", &self.locales)
            .finish_non_exhaustive()
    }
}

/// Extra arguments for one message, on top of the session variables.
pub type Args<'a> = &'a [(&'a str, Value)];

impl L10n {
    /// Reads `locales/locales.toml` and every locale's `.ftl` files, except the locales in
    /// `leave_out` (draft locales with errors, see `content::load`).
    pub fn load(locales_dir: &Path, leave_out: &[LocaleCode], report: &mut Report) -> Option<L10n> {
        let list_path = locales_dir.join("locales.toml");
        let text = match std::fs::read_to_string(&list_path) {
            Ok(t) => t,
            Err(e) => {
                report.error_at_path(&list_path, format!("cannot read the locale list: {e}"));
                return None;
            }
        };
        let file = SourceFile::new(list_path, text);
        let mut locales = read_locale_list(&file, report);
        locales.retain(|l| !leave_out.contains(&l.code));
        if !locales.iter().any(|l| l.code.as_str() == SOURCE_LOCALE) {
            report.error(
                &file,
                0..0,
                "the locale list must include Swedish (`sv`), the source language",
            );
        }
        let mut l10n = L10n {
            langids: Vec::new(),
            bundles: HashMap::new(),
            chains: HashMap::new(),
            definitions: HashMap::new(),
            locales: Vec::new(),
            offer_drafts: false,
        };
        for info in locales {
            let Ok(langid) = info.code.as_str().parse::<LanguageIdentifier>() else {
                report.error(
                    &file,
                    0..0,
                    format!("`{}` is not a valid language code", info.code),
                );
                continue;
            };
            let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
            bundle.set_use_isolating(info.rtl);
            let defs = load_ftl_dir(&locales_dir.join(info.code.as_str()), &mut bundle, report);
            let mut chain = vec![info.code.clone()];
            for f in info
                .fallback
                .iter()
                .chain([&LocaleCode::new(SOURCE_LOCALE)])
            {
                if !chain.contains(f) {
                    chain.push(f.clone());
                }
            }
            l10n.chains.insert(info.code.clone(), chain);
            l10n.bundles.insert(info.code.clone(), bundle);
            l10n.definitions.insert(info.code.clone(), defs);
            l10n.langids.push(langid);
            l10n.locales.push(info);
        }
        let known: Vec<LocaleCode> = l10n.locales.iter().map(|l| l.code.clone()).collect();
        for info in &l10n.locales {
            for f in &info.fallback {
                if !known.contains(f) {
                    report.error(
                        &file,
                        0..0,
                        format!(
                            "locale `{}` falls back to `{f}`, which is not in the list",
                            info.code
                        ),
                    );
                }
            }
        }
        l10n.check_references(report);
        Some(l10n)
    }

    /// A reference to a message that does not exist formats as `{name}` for the person: the
    /// usual cause is a variable written without its `$`.
    fn check_references(&self, report: &mut Report) {
        for (code, defs) in &self.definitions {
            let Some(bundle) = self.bundles.get(code) else {
                continue;
            };
            for (id, def) in defs {
                let Some(message) = bundle.get_message(id) else {
                    continue;
                };
                let (mut vars, mut refs) = (BTreeSet::new(), Vec::new());
                if let Some(pattern) = message.value() {
                    pattern_vars(pattern, &mut vars, &mut refs);
                }
                for attribute in message.attributes() {
                    pattern_vars(attribute.value(), &mut vars, &mut refs);
                }
                for missing in refs.iter().filter(|r| bundle.get_message(r).is_none()) {
                    report.error(
                        &def.file,
                        def.offset..def.offset,
                        format!(
                            "message `{id}` refers to `{{ {missing} }}`, a message that does not \
                             exist in `{code}`, so people would see \"{{{missing}}}\"; to show a \
                             variable write `{{ ${missing} }}`"
                        ),
                    );
                }
            }
        }
    }

    /// The locales in list order.
    pub fn locales(&self) -> &[LocaleInfo] {
        &self.locales
    }

    /// The locale with this exact code.
    pub fn locale(&self, code: &str) -> Option<&LocaleInfo> {
        self.locales.iter().find(|l| l.code.as_str() == code)
    }

    /// Lets people choose draft locales too (`--offer-drafts`, for a pilot). Without it a
    /// draft locale is loaded (its red flags are checked) but never offered or negotiated.
    pub fn set_offer_drafts(&mut self, offer: bool) {
        self.offer_drafts = offer;
    }

    /// Whether people may use this locale: reviewed, or a draft with `--offer-drafts`.
    pub fn offered(&self, info: &LocaleInfo) -> bool {
        info.reviewed || self.offer_drafts
    }

    /// The locales people may choose, in list order.
    pub fn offered_locales(&self) -> impl Iterator<Item = &LocaleInfo> {
        self.locales.iter().filter(|l| self.offered(l))
    }

    /// The best offered locale for a requested language tag (`en-GB` → `en`, `sv-FI` → `sv`).
    /// A draft locale is found only with `--offer-drafts`.
    pub fn negotiate(&self, requested: &str) -> Option<LocaleCode> {
        self.negotiate_among(requested, false)
    }

    /// The best locale for a requested tag among all loaded ones, drafts included: for staff
    /// tools (`lots paths`, `lots route`) that review drafts before they are offered.
    pub fn negotiate_any(&self, requested: &str) -> Option<LocaleCode> {
        self.negotiate_among(requested, true)
    }

    fn negotiate_among(&self, requested: &str, drafts: bool) -> Option<LocaleCode> {
        let requested: LanguageIdentifier = requested.trim().replace('_', "-").parse().ok()?;
        let (available, codes): (Vec<LanguageIdentifier>, Vec<&LocaleCode>) = self
            .langids
            .iter()
            .zip(&self.locales)
            .filter(|(_, info)| drafts || self.offered(info))
            .map(|(langid, info)| (langid.clone(), &info.code))
            .unzip();
        let found = negotiate_languages(
            &[requested],
            &available,
            None,
            NegotiationStrategy::Filtering,
        );
        let langid = found.first()?;
        let i = available.iter().position(|l| l == *langid)?;
        Some(codes[i].clone())
    }

    /// True when the locale itself (not its fallbacks) has the message.
    pub fn has(&self, locale: &LocaleCode, id: &str) -> bool {
        self.bundles
            .get(locale)
            .and_then(|b| b.get_message(id))
            .is_some_and(|m| m.value().is_some())
    }

    /// Where the locale defines a message.
    pub fn definition(&self, locale: &LocaleCode, id: &str) -> Option<&Definition> {
        self.definitions.get(locale)?.get(id)
    }

    /// All message ids a locale defines.
    pub fn ids(&self, locale: &LocaleCode) -> impl Iterator<Item = &str> {
        self.definitions
            .get(locale)
            .into_iter()
            .flat_map(|d| d.keys().map(String::as_str))
    }

    /// The `$variables` a message uses in a locale, following references to other messages.
    pub fn variables(&self, locale: &LocaleCode, id: &str) -> BTreeSet<String> {
        let mut vars = BTreeSet::new();
        if let Some(bundle) = self.bundles.get(locale) {
            collect_message_vars(bundle, id, &mut vars, 0);
        }
        vars
    }

    /// Formats a message of the code or the content in a locale, with the session variables.
    pub fn text(&self, locale: &LocaleCode, text: &super::messages::Text, vars: &Vars) -> String {
        let formatted = self.format(locale, text.id(), vars, text.args());
        if formatted.is_empty() && !self.has(&LocaleCode::new(SOURCE_LOCALE), text.id()) {
            // Unreachable for loaded content: every message the code and the content use exists
            // in Swedish, or loading fails. Should it happen, it is a bug in Lots, not in what
            // the person wrote, and the id is safe to log.
            tracing::error!(id = text.id(), "a message is missing in Swedish");
            debug_assert!(false, "message `{}` is missing in Swedish", text.id());
        }
        formatted
    }

    /// Formats a message in a locale, falling back along its chain. The session variables and the
    /// extra arguments are both passed; extra arguments win on a name clash.
    pub fn format(&self, locale: &LocaleCode, id: &str, vars: &Vars, extra: Args<'_>) -> String {
        let chain = self
            .chains
            .get(locale)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let source = [LocaleCode::new(SOURCE_LOCALE)];
        for code in chain.iter().chain(&source) {
            let Some(bundle) = self.bundles.get(code) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut args = FluentArgs::new();
            for (name, value) in vars
                .iter()
                .map(|(n, v)| (n.as_str(), v))
                .chain(extra.iter().map(|(n, v)| (*n, v)))
            {
                args.set(name.to_owned(), fluent_value(value));
            }
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&args), &mut errors)
                .into_owned();
        }
        String::new()
    }
}

fn fluent_value(value: &Value) -> FluentValue<'static> {
    match value {
        Value::Int(i) => FluentValue::from(*i),
        Value::Float(f) => FluentValue::from(*f),
        Value::Bool(b) => FluentValue::from(if *b { "true" } else { "false" }),
        Value::Text(s) => FluentValue::from(s.clone()),
    }
}

/// Loads every `.ftl` file of a locale folder into the bundle; returns where each id is defined.
fn load_ftl_dir(
    dir: &Path,
    bundle: &mut FluentBundle<FluentResource>,
    report: &mut Report,
) -> HashMap<String, Definition> {
    let mut defs: HashMap<String, Definition> = HashMap::new();
    let paths = match super::files_in(dir, "ftl") {
        Ok(paths) => paths,
        Err(e) => {
            report.error_at_path(dir, format!("cannot read the locale folder: {e}"));
            return defs;
        }
    };
    for path in paths {
        let Some(text) = super::read_source(&path, report) else {
            continue;
        };
        let file = SourceFile::new(path, text.clone());
        let resource = match FluentResource::try_new(text) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    let hint = super::diag::typing_hint(file.text(), e.pos.start);
                    report.error(
                        &file,
                        e.pos.clone(),
                        format!("Fluent syntax: {}{hint}", e.kind),
                    );
                }
                r
            }
        };
        for (id, offset) in scan_ids(file.text()) {
            if let Some(first) = defs.get(&id) {
                let (line, col) = first.file.position(first.offset);
                report.error(
                    &file,
                    offset..offset,
                    format!(
                        "duplicate message id `{id}` (first defined at {}:{line}:{col})",
                        first.file.path().display()
                    ),
                );
            } else {
                defs.insert(
                    id,
                    Definition {
                        file: file.clone(),
                        offset,
                    },
                );
            }
        }
        // Duplicates were reported above with their positions; the bundle keeps the first.
        let _ = bundle.add_resource(resource);
    }
    defs
}

/// The ids defined in an `.ftl` text with their byte offsets: a line that starts at column 1 with
/// an identifier followed by `=` begins a message (or, with `-`, a term).
pub(super) fn scan_ids(text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let ident: String = line
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        let first_ok = ident.starts_with(|c: char| c.is_ascii_alphabetic())
            || (ident.starts_with('-')
                && ident[1..].starts_with(|c: char| c.is_ascii_alphabetic()));
        if first_ok
            && line[ident.len()..]
                .trim_start_matches([' ', '\t'])
                .starts_with('=')
        {
            out.push((ident, offset));
        }
        offset += line.len();
    }
    out
}

fn collect_message_vars(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    vars: &mut BTreeSet<String>,
    depth: usize,
) {
    if depth > 8 {
        return;
    }
    let Some(message) = bundle.get_message(id) else {
        return;
    };
    let mut refs = Vec::new();
    if let Some(pattern) = message.value() {
        pattern_vars(pattern, vars, &mut refs);
    }
    for attribute in message.attributes() {
        pattern_vars(attribute.value(), vars, &mut refs);
    }
    for r in refs {
        collect_message_vars(bundle, &r, vars, depth + 1);
    }
}

pub(super) fn pattern_vars(
    pattern: &ast::Pattern<&str>,
    vars: &mut BTreeSet<String>,
    refs: &mut Vec<String>,
) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars, refs);
        }
    }
}

fn expression_vars(
    expression: &ast::Expression<&str>,
    vars: &mut BTreeSet<String>,
    refs: &mut Vec<String>,
) {
    match expression {
        ast::Expression::Inline(inline) => inline_vars(inline, vars, refs),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars, refs);
            for variant in variants {
                pattern_vars(&variant.value, vars, refs);
            }
        }
    }
}

fn inline_vars(
    inline: &ast::InlineExpression<&str>,
    vars: &mut BTreeSet<String>,
    refs: &mut Vec<String>,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::MessageReference { id, .. } => refs.push(id.name.to_owned()),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars, refs);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars, refs);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars, refs),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_message_and_term_ids_but_not_continuation_lines() {
        let text = "a-b = x\n    c = not an id\n-term = y\n# comment = no\nd=z\n";
        let ids: Vec<_> = scan_ids(text).into_iter().map(|(id, _)| id).collect();
        assert_eq!(ids, ["a-b", "-term", "d"]);
    }
}
