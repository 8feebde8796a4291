//! Free-text patterns from `locales/<lang>/patterns.toml`: yes, no, red flags, dialog triggers
//! and number words.
//!
//! Patterns of every locale are compiled together, because a person may type Swedish with an
//! English interface. Matching ignores case and runs on folded text (see [`fold`]): diacritics are
//! folded in both the text and the patterns, so "brostet" matches a pattern written "bröstet".
//! Red flags are also checked on spelling variants of the text (see [`variants`]).

use std::path::Path;
use std::sync::Arc;

use super::diag::{Report, SourceFile, did_you_mean};
use super::l10n::SOURCE_LOCALE;
use super::net::model::{self, Model};
use super::net::set::{Lazy, Set, build};
use super::net::{Assessment, Hush, Net, RedPattern, Tier, read_locale};
use super::toml_read::{Sp, Table, parse, str_list};
use super::uses::{Use, Uses};
use crate::ids::LocaleCode;

/// The compiled patterns of all locales.
#[derive(Debug)]
pub struct Patterns {
    yes: Set,
    no: Set,
    /// One set per locale: together in one set, the patterns of two languages overflow the lazy
    /// DFA's cache on varied text and matching drops to a slow engine (0.7 ms per message instead
    /// of microseconds, measured on the corpora). One set per category was tried too: cheaper
    /// per short message but 5–7 times slower on a 4,000-character one.
    red: Vec<Set>,
    red_category: Vec<usize>,
    categories: Vec<String>,
    triggers: Set,
    trigger_dialog: Vec<String>,
    numbers: std::collections::BTreeMap<String, i64>,
    coverage: Coverage,
    /// The net: concepts and rules per locale, and the red flags one by one.
    net: Net,
    /// The examples in `corpora/` as written, with their categories.
    examples: Vec<(String, Vec<usize>)>,
    /// The word model learned from `examples` on first use: a second opinion.
    model: std::sync::OnceLock<Model>,
}

/// Lowercases, turns every run of whitespace into one space and trims.
pub fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Folds one lowercase letter with a diacritic to its base letter (å ä → a, ö ø → o, é → e, …).
/// Letters of other scripts are kept.
fn fold_char(c: char) -> char {
    match c {
        'å' | 'ä' | 'à' | 'á' | 'â' | 'ã' | 'æ' => 'a',
        'ö' | 'ø' | 'ò' | 'ó' | 'ô' | 'õ' => 'o',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'ü' | 'ú' | 'ù' | 'û' => 'u',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ç' => 'c',
        'ñ' => 'n',
        'ý' | 'ÿ' => 'y',
        // Typographic apostrophes and dashes as typed on phones.
        '\u{2019}' | '\u{2018}' | '´' | '`' => '\'',
        '\u{2013}' | '\u{2014}' => '-',
        c => c,
    }
}

/// Folds the letters of a pattern's source the same way as text, so that a pattern written with
/// å, ä, ö also matches text typed without them. Only single letters change, so the regular
/// expression keeps its meaning.
pub fn fold_pattern(source: &str) -> String {
    // ASCII is left alone, so escapes such as `\B` or `\S` keep their case; the set is compiled
    // case-insensitively anyway.
    source
        .chars()
        .flat_map(|c| {
            let lower: Vec<char> = if c.is_ascii() {
                vec![c]
            } else {
                c.to_lowercase().collect()
            };
            lower.into_iter().map(fold_char)
        })
        .collect()
}

/// The form free text is matched in: lowercase, diacritics folded, whitespace collapsed, and a
/// letter repeated three or more times cut to two ("hjäääälp" → "hjaalp", "breathhhh" → "breathh").
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = None;
    let mut run = 0;
    let mut space = false;
    for c in text.chars().flat_map(char::to_lowercase).map(fold_char) {
        // Emoji and other symbols carry nothing the patterns look for; as spaces they also keep
        // the text ASCII, which lets the regex engine take its fast path.
        let c = if !c.is_ascii() && !c.is_alphanumeric() {
            ' '
        } else {
            c
        };
        if c.is_whitespace() {
            space = !out.is_empty();
            last = None;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        if Some(c) == last {
            run += 1;
        } else {
            last = Some(c);
            run = 1;
        }
        if run <= 2 || !c.is_alphabetic() {
            out.push(c);
        }
    }
    out
}

/// Spelling variants of folded text that red flags are also checked on: å, ä, ö typed as `aa`,
/// `ae`, `oe` (→ a, a, o), and every doubled letter written once. The folded text comes first.
pub fn variants(folded: &str) -> Vec<String> {
    let mut out = vec![folded.to_owned()];
    let digraphs = folded
        .replace("aa", "a")
        .replace("ae", "a")
        .replace("oe", "o");
    let mut single = String::with_capacity(folded.len());
    let mut last = None;
    for c in folded.chars() {
        if Some(c) != last || !c.is_alphabetic() {
            single.push(c);
        }
        last = Some(c);
    }
    for v in [digraphs, single] {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// Per locale code, the red-flag categories it has patterns for (see [`Patterns::covered`]).
type Coverage = std::collections::BTreeMap<String, std::collections::BTreeSet<String>>;
/// The patterns of every locale as read, before they are compiled.
#[derive(Default)]
struct Gathered {
    yes: Vec<String>,
    no: Vec<String>,
    /// Each red flag with the index of its locale (Swedish is 0).
    red: Vec<(String, Sp<String>, usize)>,
    categories: Vec<String>,
    triggers: Vec<(String, String)>,
    numbers: std::collections::BTreeMap<String, i64>,
    coverage: Coverage,
    net: Net,
}

fn enumerated(list: &[String]) -> Vec<(usize, &str)> {
    list.iter().map(String::as_str).enumerate().collect()
}

impl Gathered {
    /// Reads one locale's `patterns.toml`.
    fn read(
        &mut self,
        file: &Arc<SourceFile>,
        locale: &LocaleCode,
        index: usize,
        uses: &mut Uses,
        report: &mut Report,
    ) {
        let root = parse(file, report);
        let top = Table::from_table(
            file,
            root.get_ref(),
            root.span(),
            "patterns.toml",
            &[
                "yes", "no", "redflags", "triggers", "numbers", "concepts", "context", "rules",
                "unless", "deny", "prefer",
            ],
            report,
        );
        self.yes
            .extend(compile_list(file, top.str_list("yes", report), report));
        self.no
            .extend(compile_list(file, top.str_list("no", report), report));
        if let Some(value) = top.get("redflags") {
            match Table::new(file, value, "[redflags]", &[], &mut Report::default()) {
                Some(flags) => self.read_red_flags(file, &flags, locale, index, report),
                None => {
                    report.error(file, value.span(), "[redflags] must be a table of lists");
                    return;
                }
            }
        }
        if let Some(value) = top.get("triggers")
            && let Some(t) = Table::new(file, value, "[triggers]", &[], &mut Report::default())
        {
            self.read_triggers(file, &t, uses, report);
        }
        if let Some(net) = read_locale(&top, &self.categories, report) {
            self.net.locales.push(net);
        }
        if let Some(value) = top.get("numbers") {
            match Table::new(file, value, "[numbers]", &[], &mut Report::default()) {
                Some(t) => {
                    for (word, _) in t.entries() {
                        if let Some(n) = t.opt_int(word.value, report) {
                            self.numbers.insert(fold(word.value), n.value);
                        }
                    }
                }
                None => report.error(
                    file,
                    value.span(),
                    "[numbers] must be a table of words and whole numbers, like `tre = 3`",
                ),
            }
        }
    }

    /// `[redflags]`: Swedish defines the categories; other locales may not add new ones.
    fn read_red_flags(
        &mut self,
        file: &Arc<SourceFile>,
        flags: &Table<'_, '_>,
        locale: &LocaleCode,
        index: usize,
        report: &mut Report,
    ) {
        for (name, list) in flags.entries() {
            let category = name.value.to_owned();
            if !self.categories.contains(&category) {
                if locale.as_str() == SOURCE_LOCALE {
                    self.categories.push(category.clone());
                } else {
                    report.error(
                        file,
                        name.span.clone(),
                        format!(
                            "red-flag category `{category}` is not one of Swedish's{}",
                            did_you_mean(&category, self.categories.iter().map(String::as_str))
                        ),
                    );
                    continue;
                }
            }
            let what = format!("red-flag category `{category}`");
            for mut p in str_list(file, list, &what, report) {
                if check_regex(file, &p, report) {
                    self.coverage
                        .entry(locale.as_str().to_owned())
                        .or_default()
                        .insert(category.clone());
                    p.value = fold_pattern(&p.value);
                    self.red.push((category.clone(), p, index));
                }
            }
        }
    }

    /// `[triggers]`: patterns per dialog; the same pattern in two languages counts once.
    fn read_triggers(
        &mut self,
        file: &Arc<SourceFile>,
        t: &Table<'_, '_>,
        uses: &mut Uses,
        report: &mut Report,
    ) {
        for (name, _) in t.entries() {
            uses.trigger_dialogs.push(Use {
                file: file.clone(),
                span: name.span.clone(),
                id: name.value.to_owned(),
            });
            for p in compile_list(file, t.str_list(name.value, report), report) {
                let trigger = (name.value.to_owned(), p);
                if !self.triggers.contains(&trigger) {
                    self.triggers.push(trigger);
                }
            }
        }
    }

    /// Compiles everything. A set that does not compile must stop the content: an empty
    /// red-flag set would let every emergency through without a word.
    fn compile(mut self, locales_dir: &Path, locale_count: usize, report: &mut Report) -> Patterns {
        let mut compile = |what: &str, patterns: Vec<(usize, &str)>| {
            build(patterns.into_iter()).unwrap_or_else(|e| {
                report.error_at_path(
                    locales_dir,
                    format!(
                        "the {what} patterns do not compile together: {e}. \
                         Shorten them, or write [a-z] instead of \\w, which is far larger"
                    ),
                );
                Set::empty()
            })
        };
        let red = (0..locale_count)
            .map(|n| {
                let of_locale = self
                    .red
                    .iter()
                    .enumerate()
                    .filter(|(_, (_, _, l))| *l == n)
                    .map(|(i, (_, p, _))| (i, p.value.as_str()))
                    .collect();
                compile("red-flag", of_locale)
            })
            .collect();
        self.net.red = self
            .red
            .iter()
            .filter_map(|(c, p, _)| {
                Some(RedPattern {
                    category: self.categories.iter().position(|x| x == c)?,
                    regex: Lazy::new(p.value.clone()),
                    source: p.value.clone(),
                })
            })
            .collect();
        let trigger_patterns: Vec<String> = self.triggers.iter().map(|(_, p)| p.clone()).collect();
        Patterns {
            yes: compile("yes", enumerated(&self.yes)),
            no: compile("no", enumerated(&self.no)),
            red,
            red_category: self
                .red
                .iter()
                .map(|(c, _, _)| self.categories.iter().position(|x| x == c).unwrap_or(0))
                .collect(),
            triggers: compile("trigger", enumerated(&trigger_patterns)),
            trigger_dialog: self.triggers.into_iter().map(|(d, _)| d).collect(),
            categories: self.categories,
            numbers: self.numbers,
            coverage: self.coverage,
            net: self.net,
            examples: Vec::new(),
            model: std::sync::OnceLock::new(),
        }
    }
}

impl Patterns {
    /// Reads and compiles the patterns of the given locales (folders under `locales_dir`).
    /// The red-flag categories are those of Swedish; other locales may not add new ones.
    pub fn load(
        locales_dir: &Path,
        locales: &[LocaleCode],
        uses: &mut Uses,
        report: &mut Report,
    ) -> Patterns {
        // Swedish first, so that its categories are the canonical list.
        let mut ordered: Vec<&LocaleCode> = locales
            .iter()
            .filter(|l| l.as_str() == SOURCE_LOCALE)
            .collect();
        ordered.extend(locales.iter().filter(|l| l.as_str() != SOURCE_LOCALE));
        let mut gathered = Gathered::default();
        for (index, locale) in ordered.iter().enumerate() {
            let path = locales_dir.join(locale.as_str()).join("patterns.toml");
            if let Some(text) = super::read_source(&path, report) {
                let file = SourceFile::new(path, text);
                gathered.read(&file, locale, index, uses, report);
            }
        }
        gathered.compile(locales_dir, ordered.len(), report)
    }

    /// The dialogs whose triggers match the folded text, best first: by how many of their
    /// patterns match, then by name.
    pub fn route(&self, folded: &str) -> Vec<&str> {
        self.route_scored(folded)
            .into_iter()
            .map(|(d, _)| d)
            .collect()
    }

    /// [`Patterns::route`] with each dialog's score: how many of its trigger patterns match.
    pub fn route_scored(&self, folded: &str) -> Vec<(&str, usize)> {
        let mut hits: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
        for i in self.triggers.matches(folded) {
            *hits.entry(self.trigger_dialog[i].as_str()).or_default() += 1;
        }
        let mut ranked: Vec<(&str, usize)> = hits.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        ranked
    }

    /// The number a folded word stands for ("tre", "three"), from `[numbers]`.
    pub fn number_word(&self, folded: &str) -> Option<i64> {
        self.numbers
            .get(folded.trim_end_matches(['.', '!', '?']).trim())
            .copied()
    }

    /// The red-flag categories a locale has at least one pattern for.
    pub fn covered(&self, locale: &LocaleCode) -> Option<&std::collections::BTreeSet<String>> {
        self.coverage.get(locale.as_str())
    }

    /// The red-flag categories, in the order of the Swedish file.
    pub fn categories(&self) -> &[String] {
        &self.categories
    }

    /// The first red-flag category (in file order) that matches the folded text or one of its
    /// spelling [`variants`].
    pub fn red_flag(&self, folded: &str) -> Option<&str> {
        variants(folded)
            .iter()
            .flat_map(|v| self.red.iter().flat_map(move |set| set.matches(v)))
            .map(|i| self.red_category[i])
            .min()
            .map(|c| self.categories[c].as_str())
    }

    /// What the red-flag net makes of folded text: the category, how sure it is, and why. `None`
    /// when nothing fired. This is what the engine and `lots route` use.
    pub fn assess(&self, folded: &str) -> Option<Assessment> {
        self.assess_why(folded).0
    }

    /// [`Patterns::assess`], and when it gives nothing, why a hit was silenced (the context, or
    /// the word model disagreeing): what `lots route` shows staff. Empty when nothing fired.
    pub fn assess_why(&self, folded: &str) -> (Option<Assessment>, Vec<String>) {
        let (verdict, hush) = self.assess_net(folded);
        let mut silenced = hush.silenced.clone();
        // A hit the word model disagrees with may still leave its own opinion of another
        // category ("pale and bluish" is not unconsciousness, the grunting breaths are).
        if let Some(a) = verdict {
            match self.second_opinion(folded, a) {
                Ok(a) => return (Some(a), Vec::new()),
                Err(why) => silenced = why,
            }
        }
        if hush.all {
            return (None, silenced);
        }
        match self.model_opinion(folded, &hush) {
            Some(a) => (Some(a), Vec::new()),
            None => (None, silenced),
        }
    }

    /// Nothing the phrasings and rules know: the word model may still ask, unless the context
    /// hushes that category.
    fn model_opinion(&self, folded: &str, hush: &Hush) -> Option<Assessment> {
        let o = self
            .model()
            .opinion(folded)
            .filter(|o| !hush.silences(o.category))?;
        let words: Vec<String> = o
            .words
            .iter()
            .map(|(w, x)| format!("\"{w}\" +{x:.1}"))
            .collect();
        Some(Assessment {
            category: self.categories.get(o.category)?.clone(),
            tier: Tier::Possible,
            why: vec![format!(
                "word model: {} {:.1} > {:.1}, most from {}",
                self.categories[o.category],
                o.score,
                model::THRESHOLD,
                words.join(", ")
            )],
        })
    }

    /// The phrasings and rules alone, without the word model, and whether the context hushes
    /// the message for a second opinion. `lots check` judges texts with this: what the content
    /// itself says, not what the examples suggest.
    pub(crate) fn assess_net(&self, folded: &str) -> (Option<Assessment>, Hush) {
        let red_hits = |text: &str| {
            let mut hits: Vec<usize> = self.red.iter().flat_map(|set| set.matches(text)).collect();
            hits.sort_unstable();
            hits
        };
        self.net
            .assess(&variants(folded), red_hits, &self.categories)
    }

    /// A hit of the phrasings and rules, weighed by the word model: when the message looks far
    /// more like the benign examples than like the category's ("förra året hade jag
    /// självmordstankar men nu mår jag mycket bättre"), it goes one tier down — certain to the
    /// safety question (below [`model::DISAGREE_CERTAIN`]), possible to nothing (below
    /// [`model::DISAGREE`]). So the model can never silence a certain hit.
    fn second_opinion(&self, folded: &str, mut a: Assessment) -> Result<Assessment, Vec<String>> {
        let Some(category) = self.categories.iter().position(|c| *c == a.category) else {
            return Ok(a);
        };
        let score = self.model().score(folded, category);
        let floor = match a.tier {
            Tier::Certain => model::DISAGREE_CERTAIN,
            Tier::Possible => model::DISAGREE,
        };
        if score >= floor {
            return Ok(a);
        }
        let to = match a.tier {
            Tier::Certain => "possible",
            Tier::Possible => "nothing",
        };
        a.why.push(format!(
            "word model disagrees: {} {score:.1} < {floor:.1}: {} → {to}",
            a.category,
            a.tier.name()
        ));
        if a.tier == Tier::Possible {
            return Err(a.why);
        }
        a.tier = Tier::Possible;
        Ok(a)
    }

    /// Keeps the examples the word model learns from (replacing the ones it had).
    pub(crate) fn learn(&mut self, examples: Vec<super::examples::Example>) {
        self.examples = examples
            .into_iter()
            .map(|e| (e.text, e.categories))
            .collect();
        self.model = std::sync::OnceLock::new();
    }

    /// The word model, learned on first use: counting is cheap, but not free at every load.
    fn model(&self) -> &Model {
        self.model.get_or_init(|| {
            let folded: Vec<String> = self.examples.iter().map(|(t, _)| fold(t)).collect();
            let examples: Vec<model::Example<'_>> = folded
                .iter()
                .zip(&self.examples)
                .map(|(text, (_, categories))| model::Example { text, categories })
                .collect();
            Model::train(&examples, self.categories.len())
        })
    }

    /// `Some(true)` for yes, `Some(false)` for no, `None` when it is neither or both.
    pub fn yes_no(&self, normalised: &str) -> Option<bool> {
        match (self.yes.is_match(normalised), self.no.is_match(normalised)) {
            (true, false) => Some(true),
            (false, true) => Some(false),
            _ => None,
        }
    }
}

fn compile_list(file: &SourceFile, list: Vec<Sp<String>>, report: &mut Report) -> Vec<String> {
    list.into_iter()
        .filter(|p| check_regex(file, p, report))
        .map(|p| fold_pattern(&p.value))
        .collect()
}

pub(super) fn check_regex(file: &SourceFile, pattern: &Sp<String>, report: &mut Report) -> bool {
    match regex::RegexBuilder::new(&pattern.value)
        .case_insensitive(true)
        .build()
    {
        Ok(_) => true,
        Err(e) => {
            let detail = e
                .to_string()
                .lines()
                .filter(|l| l.starts_with("error:"))
                .map(|l| l.trim_start_matches("error:").trim().to_owned())
                .next()
                .unwrap_or_else(|| e.to_string().lines().next().unwrap_or_default().to_owned());
            report.error(
                file,
                pattern.span.clone(),
                format!("the pattern `{}` does not compile: {detail}", pattern.value),
            );
            false
        }
    }
}

#[cfg(test)]
mod tests;
