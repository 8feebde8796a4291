//! The shipped content against its sources and its own rules: phone numbers pinned to
//! CONTENT.md, every strategy served, no doses, every dialog routes to a person, opening hours.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use lots::content::{Content, Then};
use lots::ids::ActorId;

/// CONTENT.md's table of national contacts: the first column and the phone number in the second.
fn content_md_numbers() -> BTreeMap<String, String> {
    let path = common::root().join("../shared/CONTENT.md");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (CI checks out ../shared beside the project)",
            path.display()
        )
    });
    let section = text
        .split("## National contacts")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("CONTENT.md has a national contacts section");
    let phone =
        regex::Regex::new(r"(?:^|[^\d.])((?:0\d{1,3}-)?\d{2,5}(?: \d{2,3}){0,3})(?:[^\d]|$)")
            .unwrap();
    let mut out = BTreeMap::new();
    for line in section
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| contact"))
    {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let (name, how) = (cells[1], cells[2]);
        let how = how.replace("acute: 112 and ask for Giftinformation; ", "");
        if let Some(m) = phone.captures(&how) {
            out.insert(name.to_owned(), m[1].trim().to_owned());
        }
    }
    out
}

#[test]
fn national_phone_numbers_match_content_md() {
    // Actor id for each row of CONTENT.md that gives a number.
    let ids: &[(&str, &str)] = &[
        ("112", "112"),
        ("1177", "1177"),
        ("113 13", "113-13"),
        ("114 14", "polisen-114-14"),
        ("Giftinformationscentralen", "giftinformation"),
        ("Mind Självmordslinjen", "mind-sjalvmordslinjen"),
        ("Mind Äldrelinjen", "mind-aldrelinjen"),
        ("BRIS", "bris"),
        ("Kvinnofridslinjen", "kvinnofridslinjen"),
        ("Jourhavande medmänniska", "jourhavande-medmanniska"),
        ("Sluta-röka-linjen", "sluta-roka-linjen"),
        (
            "Alkoholhjälpen (formerly Alkohollinjen, merged 2024)",
            "alkoholhjalpen",
        ),
        ("Försäkringskassan", "forsakringskassan"),
        ("Arbetsförmedlingen", "arbetsformedlingen"),
    ];
    let numbers = content_md_numbers();
    assert!(numbers.len() >= ids.len(), "parsed only {numbers:?}");
    let content = common::shipped();
    for (row, id) in ids {
        let expected = numbers
            .get(*row)
            .unwrap_or_else(|| panic!("CONTENT.md row {row}"));
        let actor = content
            .actor(&ActorId::new(*id))
            .unwrap_or_else(|| panic!("actors.toml lacks `{id}`"));
        assert_eq!(
            actor.phone.as_deref(),
            Some(expected.as_str()),
            "actor {id}"
        );
    }
    // And no actor carries a number that CONTENT.md does not give.
    let known: BTreeSet<&String> = numbers.values().collect();
    for actor in content.actors() {
        if let Some(phone) = &actor.phone {
            assert!(
                known.contains(phone),
                "actor {} has {phone}, not in CONTENT.md",
                actor.id
            );
        }
    }
}

#[test]
fn every_strategy_is_served_by_at_least_two_dialogs() {
    let content = common::shipped();
    for strategy in lots::content::STRATEGIES {
        let n = content
            .dialogs()
            .filter(|d| d.strategies.iter().any(|s| s == strategy))
            .count();
        assert!(n >= 2, "strategy {strategy} is served by {n} dialogs");
    }
}

/// Every text of every locale, by message id.
fn all_texts(content: &Content) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for locale in content.l10n().locales() {
        for id in content.l10n().ids(&locale.code) {
            let text = content
                .l10n()
                .format(&locale.code, id, &Default::default(), &[]);
            out.push((locale.code.to_string(), id.to_owned(), text));
        }
    }
    out
}

#[test]
fn no_text_gives_a_dose() {
    let content = common::shipped();
    let dose = regex::Regex::new(
        r"(?i)\b\d+([.,]\d+)?\s?(mg|milligram|g|gram|ml|µg|mcg|tabletter?|tablets?|kapslar|capsules?)\b(\s?(per|om|i|a|varje|every)\s?(dag|dygn|day|timme|hour))?",
    )
    .unwrap();
    for (locale, id, text) in all_texts(&content) {
        // "12 gram" is the size of a standard glass of alcohol in AUDIT-C, not a dose.
        let cleaned = text
            .replace("12 gram alkohol", "")
            .replace("12 grams of alcohol", "");
        assert!(
            !dose.is_match(&cleaned),
            "{locale} {id} looks like a dose: {text}"
        );
    }
}

#[test]
fn every_dialog_refers_to_a_person_or_the_emergency_number() {
    let content = common::shipped();
    for dialog in content.dialogs() {
        let refers = dialog.steps().iter().any(|s| !s.refer.is_empty());
        let emergency = dialog.steps().iter().any(|s| match &s.then {
            Then::Options { options, .. } => options
                .iter()
                .any(|o| matches!(o.goto, lots::content::Target::Emergency(_))),
            _ => false,
        });
        assert!(
            refers || emergency,
            "dialog {} never routes to a person",
            dialog.id
        );
    }
}

/// Runs the `cards` test dialog at `now` (UTC) and returns the text of the turn.
fn cards_at(now: &str, age: &str) -> (String, String) {
    let (_dir, content) = common::with_fixture("cards");
    let now: jiff::Timestamp = now.parse().unwrap();
    let mut s = lots::engine::Session::new(lots::ids::LocaleCode::new("sv"), now);
    let all = |t: lots::engine::Turn| {
        t.replies
            .iter()
            .map(|r| r.text.clone())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let night = all(lots::engine::step(
        &content,
        &mut s,
        lots::engine::Input::parse("/start cards"),
        now,
    ));
    let young = all(lots::engine::step(
        &content,
        &mut s,
        lots::engine::Input::parse(age),
        now,
    ));
    (night, young)
}

#[test]
fn a_card_says_whether_it_is_open_now_in_swedish_time() {
    // Jourhavande medmänniska is open 21–06, Stockholm time.
    // Monday 2026-11-23 14:00 UTC = 15:00 in Stockholm (winter time): closed, opens today 21:00.
    let (night, _) = cards_at("2026-11-23T14:00:00Z", "30");
    assert!(
        night.contains("Stängt nu. Öppnar i dag kl. 21:00."),
        "{night}"
    );
    assert!(night.contains("När det är stängt: 1177"), "{night}");
    // The same Monday 23:30 local: open.
    let (night, _) = cards_at("2026-11-23T22:30:00Z", "30");
    assert!(night.contains("Öppet nu."), "{night}");
    // Saturday 2026-11-28 03:00 local: open (the night period started on Friday).
    let (night, _) = cards_at("2026-11-28T02:00:00Z", "30");
    assert!(night.contains("Öppet nu."), "{night}");
    // Summer time: 2026-06-15 19:30 UTC = 21:30 local: open; at 18:30 UTC = 20:30: closed.
    let (night, _) = cards_at("2026-06-15T19:30:00Z", "30");
    assert!(night.contains("Öppet nu."), "{night}");
    let (night, _) = cards_at("2026-06-15T18:30:00Z", "30");
    assert!(night.contains("Öppnar i dag kl. 21:00"), "{night}");
    // The morning after the autumn change (2026-10-25): 06:30 local is 05:30 UTC: closed.
    let (night, _) = cards_at("2026-10-25T05:30:00Z", "30");
    assert!(
        night.contains("Stängt nu. Öppnar i dag kl. 21:00."),
        "{night}"
    );
}

#[test]
fn cards_with_age_limits_are_shown_only_within_them() {
    let (_, young) = cards_at("2026-11-23T14:00:00Z", "15");
    assert!(young.contains("BRIS"), "{young}");
    assert!(young.contains("UMO"), "{young}");
    assert!(young.contains("För dig som är 13–25 år."), "{young}");
    let (_, adult) = cards_at("2026-11-23T14:00:00Z", "20");
    assert!(!adult.contains("BRIS"), "{adult}");
    assert!(adult.contains("UMO"), "{adult}");
    let (_, older) = cards_at("2026-11-23T14:00:00Z", "40");
    assert!(!older.contains("BRIS") && !older.contains("UMO"), "{older}");
}
