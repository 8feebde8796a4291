//! The level-of-care lint: an emergency sign must not quietly be sent to 1177 or the hälsocentral.
//!
//! A clinical read-through (issue #12) found fever with a stiff neck and back pain with numbness
//! around the anus routed to "ring 1177", when they need 112 or the akutmottagning now. This lint
//! makes that class of mistake visible in `lots check`. It warns when
//!
//! 1. a question whose Swedish text names an emergency sign has an answer (other than a plain no)
//!    that leads, directly or through steps that ask nothing, to a step whose **first** actor card
//!    is `1177` or `halsocentral`; or
//! 2. one sentence of a step's Swedish text names an emergency sign and sends the person to 1177
//!    or the hälsocentral, without naming 112, the akutmottagning, the förlossning or a crisis line.
//!
//! An emergency sign is what the red-flag net of `patterns.toml` recognises (certain or possible),
//! or one of [`SIGNS`], the "seek care now" signs of the content brief that are not 112 phrasings.
//! Staff who decide that the lower level is right write `Level confirmed: `<step-id>`` with the
//! reason in the dialog's `[review]` notes; the warning for that step then goes. The lint only
//! adds warnings: it never changes what was loaded, and shipped content keeps zero of them.

use std::collections::{BTreeMap, BTreeSet};

use super::diag::Report;
use super::uses::{Use, Uses};
use super::{Dialog, L10n, Patterns, Route, SOURCE_LOCALE, Step, Target, Then, fold, normalise};
use crate::ids::{DialogId, LocaleCode, StepId};

/// Emergency signs of the content brief (CONTENT.md, "Self-care topics and their red flags") that
/// need care now but are not phrasings of the red-flag net, as regular expressions over folded
/// Swedish text (lowercase, å ä → a, ö → o). Swedish is the source language, so the lint reads
/// the Swedish texts only: the routing is the same in every language.
pub const SIGNS: &[&str] = &[
    r"\bstel i nacken",
    r"\bnackstel",
    r"\bblodningar i huden",
    r"\bprickar (eller flackar )?pa huden",
    r"\bforvirrad",
    r"\bsvar(t)? att vacka",
    r"\bmedvetslos",
    r"\bkramper",
    r"\bsvart att andas",
    r"\bkan inte andas",
    r"\bandnod",
    r"\bbla lappar",
    r"\b(ont|tryck) (i|over) brostet",
    r"\bsvalja",
    r"\bkissa",
    r"\bbajsa",
    r"\bhalla tatt",
    r"\bandtarm",
    r"\bkonsorgan",
    r"\bbada benen",
    r"\bblod(a|er|ning\w*)?\b",
    r"\bfostervatten",
    r"\bklart vatten",
    r"\bror sig mindre",
    r"\bmycket ont i magen",
    r"\bstryptag",
    r"\btvingat dig till sex",
    r"\binte vilja leva",
    r"\bskada dig sjalv",
];

/// Words of a sentence that send the person to the low level: 1177 or the hälsocentral.
const LOW: &str = r"\b1177\b|\bhalsocentral";

/// Words of a sentence that name a level fit for an emergency sign.
const HIGH: &str = r"\b112\b|\bakutmottagning|\bakuten\b|\bforlossning|\b90101\b|\bsjalvmordslinjen|\bgiftinformation|\bbris\b";

/// The phrase in `[review]` notes that confirms the level of one step.
const CONFIRMED: &str = "level confirmed:";

/// The compiled word lists.
struct Lexicon {
    signs: regex::RegexSet,
    low: regex::Regex,
    high: regex::Regex,
}

impl Lexicon {
    fn new() -> Lexicon {
        let compile = |p: &str| regex::Regex::new(p).expect("the level lists compile");
        Lexicon {
            signs: regex::RegexSet::new(SIGNS).expect("the level signs compile"),
            low: compile(LOW),
            high: compile(HIGH),
        }
    }
}

/// What the lint needs to read the content.
struct Reader<'a> {
    l10n: &'a L10n,
    patterns: &'a Patterns,
    words: Lexicon,
    sv: LocaleCode,
}

impl Reader<'_> {
    /// The Swedish text of a message, folded.
    fn folded(&self, id: &str) -> String {
        fold(&self.l10n.format(&self.sv, id, &Default::default(), &[]))
    }

    /// The emergency sign a folded text names, in words for the warning.
    fn sign(&self, folded: &str) -> Option<String> {
        if let Some(i) = self.words.signs.matches(folded).into_iter().next() {
            let re = regex::Regex::new(SIGNS[i]).expect("the level signs compile");
            return re.find(folded).map(|m| format!("`{}`", m.as_str()));
        }
        self.patterns
            .assess_net(folded)
            .0
            .map(|a| format!("the red flag `{}`", a.category))
    }

    /// True when the option's button is a plain no ("Nej", "Nej, inte just nu").
    fn is_no(&self, label: &str) -> bool {
        let text = self.l10n.format(&self.sv, label, &Default::default(), &[]);
        self.patterns.yes_no(&normalise(&text)) == Some(false)
    }
}

/// Warns about every emergency sign sent to 1177 or the hälsocentral without a confirmation.
pub(super) fn check_levels(
    dialogs: &BTreeMap<DialogId, Dialog>,
    uses: &Uses,
    l10n: &L10n,
    patterns: &Patterns,
    report: &mut Report,
) {
    let reader = Reader {
        l10n,
        patterns,
        words: Lexicon::new(),
        sv: LocaleCode::new(SOURCE_LOCALE),
    };
    for dialog in dialogs.values() {
        let confirmed = confirmed_steps(dialog);
        warn_stale_confirmations(uses, dialog, &confirmed, report);
        for step in dialog.steps() {
            if confirmed.contains(step.id.as_str()) {
                continue;
            }
            let found = question_routed_low(&reader, dialog, step)
                .or_else(|| sentence_routed_low(&reader, step));
            if let Some((message, problem)) = found
                && let Some(at) = message_use(uses, dialog, &message)
            {
                report.warning(
                    &at.file,
                    at.span.clone(),
                    format!(
                        "{problem}; send it to 112 or the akutmottagning, or, if the level is \
                         right, write \"Level confirmed: `{}`\" and why in the [review] notes",
                        step.id
                    ),
                );
            }
        }
    }
}

/// The step ids that the dialog's `[review]` notes confirm with "Level confirmed: `id`".
fn confirmed_steps(dialog: &Dialog) -> BTreeSet<String> {
    let notes = dialog
        .review
        .as_ref()
        .and_then(|r| r.notes.as_deref())
        .unwrap_or_default()
        .to_lowercase();
    notes
        .match_indices(CONFIRMED)
        .filter_map(|(at, phrase)| {
            let rest = notes[at + phrase.len()..].trim_start().strip_prefix('`')?;
            rest.split_once('`').map(|(id, _)| id.to_owned())
        })
        .collect()
}

/// A confirmation must name a step of the dialog: one left behind after a step was renamed or
/// removed would hide nothing, and would mislead the next reviewer.
fn warn_stale_confirmations(
    uses: &Uses,
    dialog: &Dialog,
    confirmed: &BTreeSet<String>,
    report: &mut Report,
) {
    let Some(at) = message_use(uses, dialog, dialog.title.as_str()) else {
        return;
    };
    for id in confirmed {
        if dialog.step(&StepId::new(id.as_str())).is_none() {
            report.warning(
                &at.file,
                0..0,
                format!(
                    "the [review] notes confirm the level of step `{id}`, which is not a step of \
                     dialog `{}`; correct or remove \"Level confirmed: `{id}`\"",
                    dialog.id
                ),
            );
        }
    }
}

/// Case 1: the step's question names an emergency sign and an answer leads to a step whose first
/// card is 1177 or the hälsocentral. Returns the question's message id and the problem in words.
fn question_routed_low(
    reader: &Reader<'_>,
    dialog: &Dialog,
    step: &Step,
) -> Option<(String, String)> {
    let Then::Options { ask, options } = &step.then else {
        return None;
    };
    let sign = reader.sign(&reader.folded(ask.as_str()))?;
    for option in options {
        if reader.is_no(option.label.as_str()) {
            continue;
        }
        if let Some((low, card)) = first_low_card(dialog, &option.goto) {
            let problem = format!(
                "question `{}` names an emergency sign ({sign}), but the answer `{}` leads to \
                 step `{low}`, whose first card is {card}",
                step.id, option.label
            );
            return Some((ask.as_str().to_owned(), problem));
        }
    }
    None
}

/// Case 2: one sentence of the step's text names an emergency sign and sends the person to 1177
/// or the hälsocentral, and to nothing higher.
fn sentence_routed_low(reader: &Reader<'_>, step: &Step) -> Option<(String, String)> {
    let say = step.say.as_ref()?;
    let text = reader.folded(say.as_str());
    for sentence in sentences(&text) {
        if !reader.words.low.is_match(sentence) || reader.words.high.is_match(sentence) {
            continue;
        }
        if let Some(sign) = reader.sign(sentence) {
            let problem = format!(
                "step `{}` names an emergency sign ({sign}) and sends the person to 1177 or the \
                 hälsocentral in the same sentence: \"{sentence}\"",
                step.id
            );
            return Some((say.as_str().to_owned(), problem));
        }
    }
    None
}

/// The sentences of a text: split at `.`, `?` or `!` before a space, and at line ends.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut start = 0;
        for (i, c) in line.char_indices() {
            let next = line[i + c.len_utf8()..].chars().next();
            if matches!(c, '.' | '?' | '!') && next.is_none_or(char::is_whitespace) {
                out.push(line[start..=i].trim());
                start = i + 1;
            }
        }
        out.push(line[start..].trim());
    }
    out.retain(|s| !s.is_empty());
    out
}

/// The first step reached from `target`, through steps that ask nothing, whose first card is
/// 1177 or the hälsocentral: its id and the card.
fn first_low_card(dialog: &Dialog, target: &Target) -> Option<(StepId, &'static str)> {
    let mut todo = vec![target.clone()];
    let mut seen = BTreeSet::new();
    while let Some(target) = todo.pop() {
        let Target::Step(id) = target else { continue };
        if !seen.insert(id.clone()) {
            continue;
        }
        let step = dialog.step(&id)?;
        match step.refer.first().map(|a| a.as_str()) {
            Some("1177") => return Some((id, "1177")),
            Some("halsocentral") => return Some((id, "the hälsocentral")),
            Some(_) => continue,
            None => {}
        }
        match &step.then {
            Then::Route(Route::Goto(next)) => todo.push(next.clone()),
            Then::Route(Route::Branch(arms)) => todo.extend(arms.iter().map(|a| a.goto.clone())),
            _ => {}
        }
    }
    None
}

/// Where the dialog's file uses a message: the first use, for the warning's position.
fn message_use<'u>(uses: &'u Uses, dialog: &Dialog, message: &str) -> Option<&'u Use> {
    let file = format!("{}.toml", dialog.id);
    uses.messages
        .iter()
        .map(|m| &m.at)
        .find(|at| at.id == message && at.file.path().ends_with(&file))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_at_stops_before_a_space_and_at_line_ends() {
        let text = "ring 1177.se nu. om du bloder: ring 1177! ja?\nny rad";
        assert_eq!(
            sentences(text),
            vec![
                "ring 1177.se nu.",
                "om du bloder: ring 1177!",
                "ja?",
                "ny rad"
            ]
        );
    }

    #[test]
    fn every_sign_compiles_and_matches_folded_text_only() {
        let words = Lexicon::new();
        assert!(words.signs.is_match(&fold("Är du stel i nacken?")));
        assert!(words.signs.is_match(&fold("om barnet rör sig mindre")));
        assert!(!words.signs.is_match(&fold("Rör på dig varje dag.")));
        assert!(words.signs.is_match(&fold("om du börjar blöda")));
        assert!(!words.signs.is_match(&fold("högt blodtryck")));
        assert!(words.low.is_match("ring 1177 nu") && !words.low.is_match("ring 11770"));
        assert!(words.high.is_match("ring 112 nu") && !words.high.is_match("ring 1177"));
    }
}
