//! Plural problems: variant keys that are not CLDR plural categories of the language.

use std::collections::BTreeSet;

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use super::folder::Select;

/// Every CLDR plural category name.
const ALL: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Languages whose `many` category (for a million in compact notation: "1,5 millions") newer
/// CLDR releases added after the rules intl_pluralrules carries. Fluent does not select it for
/// a plain number, but a translator who writes it follows CLDR and is not wrong.
const COMPACT_MANY: [&str; 5] = ["ca", "es", "fr", "it", "pt"];

/// The cardinal plural categories of a language, found by asking CLDR's rules about enough
/// numbers to meet each category (whole numbers and decimals), plus `many` for the languages of
/// [`COMPACT_MANY`]. `None` when CLDR has no rules for the language.
pub(super) fn categories(langid: &LanguageIdentifier) -> Option<BTreeSet<&'static str>> {
    let rules = PluralRules::create(langid.clone(), PluralRuleType::CARDINAL).ok()?;
    let mut found = BTreeSet::new();
    let whole = (0..=1000).map(|n| n.to_string());
    let decimals = (0..=50).map(|n| format!("{}.{}", n / 10, n % 10));
    for n in whole.chain(decimals) {
        if let Ok(category) = rules.select(n.as_str()) {
            found.insert(name(category));
        }
    }
    if COMPACT_MANY.contains(&langid.language.as_str()) {
        found.insert("many");
    }
    Some(found)
}

fn name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// Whether a select is about a number: its selector is `NUMBER(…)`, Swedish selects on the same
/// variable with plural categories, or one of its own keys is a plural category other than
/// `other`. A select on text (`{ $kind -> [child] … *[other] … }`) is none of these and may
/// have any keys.
pub(super) fn is_plural(select: &Select, source: &[Select]) -> bool {
    let plural_key = |k: &String| ALL.contains(&k.as_str());
    select.number
        || source.iter().any(|s| {
            s.var.is_some()
                && s.var == select.var
                && !s.keys.is_empty()
                && s.keys.iter().all(plural_key)
        })
        || select.keys.iter().any(|k| plural_key(k) && k != "other")
}

/// The keys of a plural select that are not categories of the language.
pub(super) fn bad_keys<'a>(select: &'a Select, categories: &BTreeSet<&str>) -> Vec<&'a str> {
    select
        .keys
        .iter()
        .filter(|k| !categories.contains(k.as_str()))
        .map(String::as_str)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(code: &str) -> Vec<&'static str> {
        categories(&code.parse().unwrap())
            .unwrap()
            .into_iter()
            .collect()
    }

    #[test]
    fn categories_follow_cldr() {
        assert_eq!(of("sv"), ["one", "other"]);
        assert_eq!(of("ar"), ["few", "many", "one", "other", "two", "zero"]);
        assert_eq!(of("uk"), ["few", "many", "one", "other"]);
        assert_eq!(of("ja"), ["other"]);
        assert_eq!(of("fr"), ["many", "one", "other"]);
    }

    #[test]
    fn text_selects_are_not_plurals() {
        let select = |keys: &[&str]| Select {
            var: Some("kind".into()),
            number: false,
            keys: keys.iter().map(|k| k.to_string()).collect(),
        };
        assert!(!is_plural(&select(&["child", "other"]), &[]));
        assert!(is_plural(&select(&["one", "dual", "other"]), &[]));
        assert!(is_plural(
            &select(&["fwe", "other"]),
            &[select(&["one", "other"])]
        ));
    }
}
