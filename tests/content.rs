//! The shipped content against its sources and its own rules: phone numbers pinned to
//! CONTENT.md (vendored in `tests/data/content-facts.toml`) and to docs/sources.md, opening hours,
//! age limits and web addresses listed in docs/sources.md, every strategy served, no doses,
//! every dialog routes to a person, opening hours and age limits on cards.

mod common;

use std::collections::BTreeSet;
use std::sync::OnceLock;

use lots::content::{Content, Then};
use lots::ids::{ActorId, LocaleCode};
use lots::value::Value;

/// The shipped content, loaded once for every test of this file.
fn shipped() -> &'static Content {
    static SHIPPED: OnceLock<Content> = OnceLock::new();
    SHIPPED.get_or_init(common::shipped)
}

/// The shipped content plus the `cards` test dialog, loaded once for every test of this file.
fn cards() -> &'static Content {
    static CARDS: OnceLock<Content> = OnceLock::new();
    // The temporary directory goes once the content is in memory.
    CARDS.get_or_init(|| common::with_fixture("cards").1)
}

/// A contact of CONTENT.md that gives a phone number, as vendored in
/// `tests/data/content-facts.toml`.
#[derive(serde::Deserialize)]
struct Contact {
    name: String,
    how: String,
    phone: String,
    actor: String,
    /// CONTENT.md's grade of the number: "V" or "C".
    grade: String,
}

/// The contacts of CONTENT.md that give a phone number.
fn content_md_contacts() -> Vec<Contact> {
    #[derive(serde::Deserialize)]
    struct Facts {
        contact: Vec<Contact>,
    }
    let path = common::root().join("tests/data/content-facts.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    toml::from_str::<Facts>(&text).unwrap().contact
}

#[test]
fn phone_numbers_match_content_md() {
    let contacts = content_md_contacts();
    assert_eq!(
        contacts.len(),
        15,
        "every row of CONTENT.md that gives a number, and the region's switchboard"
    );
    let content = shipped();
    for c in &contacts {
        // The number was copied from the row as it stands in CONTENT.md.
        assert!(
            c.how.contains(&c.phone),
            "{}: {} not in {:?}",
            c.name,
            c.phone,
            c.how
        );
        let actor = content
            .actor(&ActorId::new(c.actor.as_str()))
            .unwrap_or_else(|| panic!("actors.toml lacks `{}` ({})", c.actor, c.name));
        // A number from secondary sources only is not shown: the card links to the website.
        let shown = match c.grade.as_str() {
            "V" => Some(c.phone.as_str()),
            "C" => None,
            other => panic!("{}: unknown grade {other}", c.name),
        };
        assert_eq!(actor.phone.as_deref(), shown, "actor {}", c.actor);
        if shown.is_none() {
            assert!(actor.web.is_some(), "actor {} links nowhere", c.actor);
        }
    }
    // And no actor carries a number that CONTENT.md does not give.
    let known: BTreeSet<&str> = contacts.iter().map(|c| c.phone.as_str()).collect();
    for actor in content.actors() {
        if let Some(phone) = &actor.phone {
            assert!(
                known.contains(phone.as_str()),
                "actor {} has {phone}, not in CONTENT.md",
                actor.id
            );
        }
    }
}

/// The rows of the table under `## {section}` in docs/sources.md: the cells of each row whose
/// first cell is in backticks, with the backticks taken off cells that are code as a whole
/// (`` `112` ``, or a list `` `a`, `b` ``).
fn sources_table(section: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(common::root().join("docs/sources.md")).unwrap();
    let heading = format!("## {section}\n");
    let start = text
        .find(&heading)
        .unwrap_or_else(|| panic!("docs/sources.md has no section `{section}`"));
    let body = &text[start + heading.len()..];
    let body = &body[..body.find("\n## ").unwrap_or(body.len())];
    let rows: Vec<Vec<String>> = body
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| {
            l.trim_matches('|')
                .split(" | ")
                .map(|cell| {
                    let cell = cell.trim();
                    match cell.strip_prefix('`').and_then(|c| c.strip_suffix('`')) {
                        Some(inner) if !inner.contains('`') || inner.contains("`, `") => {
                            inner.replace("`, `", ", ")
                        }
                        _ => cell.to_owned(),
                    }
                })
                .collect()
        })
        .collect();
    assert!(!rows.is_empty(), "docs/sources.md: no rows in `{section}`");
    rows
}

/// Every phone number a text or card shows, in any locale: area-code numbers, the short
/// national numbers (112, 113 13, 1177 …) and five-digit lines such as 90101.
fn shown_numbers(content: &Content) -> BTreeSet<String> {
    let number = regex::Regex::new(
        r"\b0\d{1,3}-\d{2,3}(?: \d{2,3})+\b|\b11[2-8](?: \d{2,3})?\b|\b1177\b|\b\d{5}\b",
    )
    .unwrap();
    let mut out: BTreeSet<String> = content.actors().filter_map(|a| a.phone.clone()).collect();
    for (_, _, text) in all_texts(content) {
        out.extend(number.find_iter(&text).map(|m| m.as_str().to_owned()));
    }
    out
}

#[test]
fn every_number_shown_is_in_docs_sources_md_and_pinned() {
    let pinned: std::collections::BTreeMap<String, String> = content_md_contacts()
        .into_iter()
        .map(|c| (c.phone, c.grade))
        .collect();
    let shown = shown_numbers(shipped());
    let mut listed = BTreeSet::new();
    for row in sources_table("Phone numbers") {
        let (number, is_shown, grade) = (&row[0], row[2].starts_with("yes"), &row[3]);
        listed.insert(number.clone());
        let pinned_grade = pinned.get(number).unwrap_or_else(|| {
            panic!("docs/sources.md lists {number}, not pinned in content-facts.toml")
        });
        assert!(
            grade.starts_with(&format!("[{pinned_grade}]")),
            "{number}: docs/sources.md says {grade}, CONTENT.md [{pinned_grade}]"
        );
        assert_eq!(
            is_shown,
            shown.contains(number),
            "{number}: docs/sources.md says shown = {is_shown}"
        );
        assert_eq!(
            is_shown,
            pinned_grade == "V",
            "{number}: only [V] numbers are shown"
        );
    }
    for number in &shown {
        assert!(
            listed.contains(number),
            "{number} is shown but not in docs/sources.md"
        );
    }
    assert_eq!(
        listed.len(),
        pinned.len(),
        "every pinned number is in docs/sources.md"
    );
}

/// The actor directory as written: `open`, age limits and web address by actor id.
fn actors_toml() -> Vec<toml::Table> {
    let text = std::fs::read_to_string(common::root().join("dialogs/actors.toml")).unwrap();
    let table: toml::Table = toml::from_str(&text).unwrap();
    table["actor"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_table().unwrap().clone())
        .collect()
}

#[test]
fn opening_hours_age_limits_and_web_addresses_are_in_docs_sources_md() {
    let hours: Vec<(String, String)> = sources_table("Opening hours")
        .into_iter()
        .map(|r| (r[0].clone(), r[1].clone()))
        .collect();
    let ages: Vec<(String, String, String)> = sources_table("Age limits")
        .into_iter()
        .map(|r| (r[0].clone(), r[1].clone(), r[2].clone()))
        .collect();
    let webs: Vec<(Vec<String>, String)> = sources_table("Web addresses")
        .into_iter()
        .map(|r| (r[0].split(", ").map(str::to_owned).collect(), r[1].clone()))
        .collect();
    let actors = actors_toml();
    let int = |a: &toml::Table, key: &str| a.get(key).map_or("–".to_owned(), |v| v.to_string());
    for a in &actors {
        let id = a["id"].as_str().unwrap().to_owned();
        if let Some(open) = a.get("open") {
            let open: Vec<&str> = open
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            assert!(
                hours.contains(&(id.clone(), open.join(", "))),
                "actor {id}: open {open:?} is not in docs/sources.md"
            );
        } else {
            assert!(
                !hours.iter().any(|(h, _)| *h == id),
                "actor {id} has no `open`"
            );
        }
        if a.contains_key("min_age") || a.contains_key("max_age") {
            let row = (id.clone(), int(a, "min_age"), int(a, "max_age"));
            assert!(
                ages.contains(&row),
                "actor {id}: ages {row:?} not in docs/sources.md"
            );
        }
        if let Some(web) = a.get("web").and_then(|w| w.as_str()) {
            assert!(
                webs.iter().any(|(ids, w)| ids.contains(&id) && w == web),
                "actor {id}: {web} is not in docs/sources.md"
            );
        }
    }
    // No row names an actor that is gone.
    let ids: BTreeSet<&str> = actors.iter().map(|a| a["id"].as_str().unwrap()).collect();
    for (ids_row, _) in &webs {
        for id in ids_row {
            assert!(
                ids.contains(id.as_str()),
                "docs/sources.md names unknown actor {id}"
            );
        }
    }
}

#[test]
fn every_strategy_is_served_by_at_least_two_dialogs() {
    let content = shipped();
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
    let content = shipped();
    let dose = regex::Regex::new(
        r"(?i)\b(\d+(?:[.,]\d+)?)\s?(mg|milligram|g|gram|grams|ml|µg|mcg|tabletter?|tablets?|kapslar|capsules?)\b(\s?(per|om|i|a|varje|every)\s?(dag|dygn|day|timme|hour))?",
    )
    .unwrap();
    // The size of a standard glass of alcohol in AUDIT-C is an amount, not a dose: 12 grams, in
    // that message only.
    let standard_glass = |id: &str, amount: &str, unit: &str| {
        id == "audit-c-limits" && amount == "12" && unit.to_lowercase().starts_with("gram")
    };
    let mut exempted = 0;
    for (locale, id, text) in all_texts(content) {
        for m in dose.captures_iter(&text) {
            if standard_glass(&id, &m[1], &m[2]) {
                exempted += 1;
                continue;
            }
            panic!("{locale} {id} looks like a dose ({}): {text}", &m[0]);
        }
    }
    // The pattern does find amounts: the standard glass.
    assert!(exempted > 0, "the dose pattern finds nothing at all");
}

#[test]
fn every_dialog_refers_to_a_person_or_the_emergency_number() {
    let content = shipped();
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

/// Runs the `cards` test dialog in Swedish at `now` (UTC): the text of the turn that shows the
/// night-time card, and of the turn that answers the age question with `age`.
fn cards_at(now: &str, age: &str) -> (String, String) {
    let content = cards();
    let now: jiff::Timestamp = now.parse().unwrap();
    let mut s = lots::engine::Session::new(sv(), now);
    let all = |t: lots::engine::Turn| {
        t.replies
            .iter()
            .map(|r| r.text.clone())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let say = |s: &mut lots::engine::Session, text: &str| {
        all(lots::engine::step(
            content,
            s,
            lots::engine::Input::parse(text),
            now,
        ))
    };
    let night = say(&mut s, "/start cards");
    let young = say(&mut s, age);
    (night, young)
}

fn sv() -> LocaleCode {
    LocaleCode::new("sv")
}

/// A Swedish message of the cards content, formatted with `args`.
fn msg(id: &str, args: &[(&str, Value)]) -> String {
    let text = cards().l10n().format(&sv(), id, &Default::default(), args);
    assert!(!text.is_empty(), "no message `{id}`");
    text
}

fn text(s: &str) -> Value {
    Value::Text(s.to_owned())
}

/// The line of a closed card that says when it opens, on `day` (a message id) at `time`.
fn opens(day: &str, time: &str) -> String {
    msg(
        "actor-closed-opens",
        &[("day", text(&msg(day, &[]))), ("time", text(time))],
    )
}

/// The name of an actor as its card shows it.
fn name(actor: &str) -> String {
    let actor = cards().actor(&ActorId::new(actor)).unwrap();
    msg(actor.name.as_str(), &[])
}

#[test]
fn a_card_says_whether_it_is_open_now_in_swedish_time() {
    let open_now = msg("actor-open-now", &[]);
    let opens_tonight = opens("day-today", "21:00");
    // When Jourhavande medmänniska is closed its card names the actor to turn to instead.
    let night = cards()
        .actor(&ActorId::new("jourhavande-medmanniska"))
        .unwrap();
    let alternative = cards().actor(night.when_closed.as_ref().unwrap()).unwrap();
    let instead = msg(
        "actor-closed-alternative",
        &[
            ("name", text(&name(alternative.id.as_str()))),
            ("contact", text(alternative.phone.as_deref().unwrap())),
        ],
    );
    let closed = |t: &str| {
        assert!(t.contains(&opens_tonight), "{t}");
        assert!(t.contains(&instead), "{t}");
        assert!(!t.contains(&open_now), "{t}");
    };
    let open = |t: &str| {
        assert!(t.contains(&open_now), "{t}");
        assert!(!t.contains(&instead), "{t}");
    };
    // Jourhavande medmänniska is open 21–06, Stockholm time.
    // Monday 2026-11-23 14:00 UTC = 15:00 in Stockholm (winter time): closed, opens today 21:00.
    closed(&cards_at("2026-11-23T14:00:00Z", "30").0);
    // The same Monday 23:30 local: open.
    open(&cards_at("2026-11-23T22:30:00Z", "30").0);
    // Saturday 2026-11-28 03:00 local: open (the night period started on Friday).
    open(&cards_at("2026-11-28T02:00:00Z", "30").0);
    // Summer time: 2026-06-15 19:30 UTC = 21:30 local: open; at 18:30 UTC = 20:30: closed.
    open(&cards_at("2026-06-15T19:30:00Z", "30").0);
    closed(&cards_at("2026-06-15T18:30:00Z", "30").0);
    // The morning after the autumn change (2026-10-25): 06:30 local is 05:30 UTC: closed.
    closed(&cards_at("2026-10-25T05:30:00Z", "30").0);
    // In UTC it would be 05:30, still inside 21–06: a card that used UTC would say open.
}

#[test]
fn cards_with_age_limits_are_shown_only_within_them() {
    let (bris, umo) = (name("bris"), name("umo"));
    let limits = cards().actor(&ActorId::new("umo")).unwrap();
    let umo_ages = msg(
        "actor-age-range",
        &[
            ("min", Value::Int(limits.min_age.unwrap())),
            ("max", Value::Int(limits.max_age.unwrap())),
        ],
    );
    let (_, young) = cards_at("2026-11-23T14:00:00Z", "15");
    assert!(young.contains(&bris), "{young}");
    assert!(young.contains(&umo), "{young}");
    assert!(young.contains(&umo_ages), "{young}");
    let (_, adult) = cards_at("2026-11-23T14:00:00Z", "20");
    assert!(!adult.contains(&bris), "{adult}");
    assert!(adult.contains(&umo), "{adult}");
    let (_, older) = cards_at("2026-11-23T14:00:00Z", "40");
    assert!(!older.contains(&bris) && !older.contains(&umo), "{older}");
}
