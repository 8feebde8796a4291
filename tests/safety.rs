//! The safety net and free-text routing, measured on the corpora in `tests/corpora/`.
//!
//! Every message goes through the engine exactly as a person's message would, on the shipped
//! content. The test prints recall per red-flag category, the false-positive rate and the routing
//! accuracy, lists every miss, and fails below the bar of issue 6:
//!
//! - red-flag recall 100%, in both interface languages, at the menu and inside a dialog: every
//!   phrasing gets the emergency answer (certain) or the safety question naming 112 (possible)
//!   of its own category;
//! - at most 2% of the benign messages get an emergency answer;
//! - routing: at least 90% reach the right dialog first, at least 97% have it among the dialogs
//!   started or offered.
//!
//! Run it with `cargo test --test safety -- --nocapture` to see the figures.

mod common;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use lots::content::{Content, Tier};
use lots::engine::{self, Command, Event, Input, Position, Session, Turn};
use lots::ids::LocaleCode;

const RECALL_BAR: f64 = 1.0;
const FALSE_POSITIVE_BAR: f64 = 0.02;
const TOP1_BAR: f64 = 0.90;
const OFFERED_BAR: f64 = 0.97;

/// One corpus line: its tab-separated fields and where it stands.
struct Line {
    at: String,
    fields: Vec<String>,
}

/// Another corpora directory with the same file names, from `LOTS_CORPORA`: to measure a fresh,
/// held-out corpus before anyone tunes patterns on it. The minimum sizes apply only to the
/// shipped `tests/corpora`.
fn fresh_corpora() -> Option<std::path::PathBuf> {
    std::env::var_os("LOTS_CORPORA").map(Into::into)
}

/// Reads `<corpora>/<name>`: tab-separated, `#` starts a comment line, blank lines skipped.
/// A line with the wrong number of fields fails the test with its position; the shipped corpus
/// must hold at least `minimum` lines.
fn corpus(name: &str, fields: usize, minimum: usize) -> Vec<Line> {
    let path = fresh_corpora()
        .unwrap_or_else(|| common::root().join("corpora"))
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let parts: Vec<String> = line.split('\t').map(str::to_owned).collect();
        assert_eq!(
            parts.len(),
            fields,
            "{}:{}: expected {fields} tab-separated fields",
            path.display(),
            n + 1
        );
        assert!(
            parts.iter().all(|p| !p.trim().is_empty()),
            "{}:{}: an empty field",
            path.display(),
            n + 1
        );
        out.push(Line {
            at: format!("{name}:{}", n + 1),
            fields: parts,
        });
    }
    assert!(
        fresh_corpora().is_some() || out.len() >= minimum,
        "{name} has {} lines, the bar is {minimum}",
        out.len()
    );
    out
}

fn t0() -> jiff::Timestamp {
    common::t0()
}

/// A greeted session at the menu.
fn at_menu(content: &Content, lang: &str) -> Session {
    let mut session = Session::new(LocaleCode::new(lang), t0());
    engine::step(
        content,
        &mut session,
        Input::Command(Command::Start(None)),
        t0(),
    );
    assert!(matches!(session.position, Position::Menu));
    session
}

/// A session standing at the first question of the sleep dialog.
fn in_dialog(content: &Content, lang: &str) -> Session {
    let mut session = at_menu(content, lang);
    engine::step(
        content,
        &mut session,
        Input::Command(Command::Start(Some("sleep".into()))),
        t0(),
    );
    assert!(matches!(session.position, Position::Dialog { .. }));
    session
}

/// Sessions prepared once and cloned for each message: at the menu and inside a dialog, per
/// interface language.
struct Start {
    menu: BTreeMap<&'static str, Session>,
    dialog: BTreeMap<&'static str, Session>,
}

impl Start {
    fn new(content: &Content) -> Start {
        let langs = ["sv", "en"];
        Start {
            menu: langs.map(|l| (l, at_menu(content, l))).into(),
            dialog: langs.map(|l| (l, in_dialog(content, l))).into(),
        }
    }

    /// A fresh copy of the session for `lang`, at the menu or inside a dialog.
    fn session(&self, lang: &str, in_a_dialog: bool) -> Session {
        let sessions = if in_a_dialog {
            &self.dialog
        } else {
            &self.menu
        };
        sessions
            .get(lang)
            .unwrap_or_else(|| panic!("no prepared session for `{lang}`"))
            .clone()
    }
}

fn send(content: &Content, session: &mut Session, text: &str) -> Turn {
    engine::step(content, session, Input::Text(text.to_owned()), t0())
}

fn emergency(turn: &Turn) -> Option<&str> {
    turn.events.iter().find_map(|e| match e {
        Event::Emergency { category } => Some(category.as_str()),
        _ => None,
    })
}

/// The category of the safety question (the possible tier) the turn asked, if any.
fn caution(turn: &Turn) -> Option<&str> {
    turn.replies.iter().find_map(|r| r.caution.as_deref())
}

fn percent(hits: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        hits as f64 / total as f64
    }
}

/// Red flags: every phrasing gets the emergency answer of its category (certain) or the safety
/// question of its category (possible), in the interface language, at the menu and in the middle
/// of a dialog, whatever language the interface is in; the message text is not kept in the
/// session.
#[test]
fn every_red_flag_phrasing_gets_the_emergency_answer_or_the_safety_question() {
    let content = common::content();
    let start = Start::new(content);
    let categories: Vec<String> = content.patterns().categories().to_vec();
    let mut per_category: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let mut misses = String::new();
    let mut wrong_category = String::new();
    let mut total = 0;
    for (file, minimum) in [("redflags-sv.tsv", 200), ("redflags-en.tsv", 100)] {
        let lines = corpus(file, 2, minimum);
        for line in &lines {
            let expected: Vec<&str> = line.fields[0].split('|').collect();
            for c in &expected {
                assert!(
                    categories.iter().any(|k| k == c),
                    "{}: unknown category `{c}`",
                    line.at
                );
            }
            let message = &line.fields[1];
            total += 1;
            let entry = per_category.entry(expected[0].to_owned()).or_default();
            entry.0 += 1;
            // Both interface languages, at the menu and inside a dialog: all must flag.
            let mut caught = true;
            let mut right = true;
            for (lang, in_a_dialog) in [("sv", false), ("en", true), ("en", false), ("sv", true)] {
                let mut session = start.session(lang, in_a_dialog);
                let turn = send(content, &mut session, message);
                let stored = String::from_utf8_lossy(&session.to_json()).to_lowercase();
                assert!(
                    !stored.contains(&message.to_lowercase()),
                    "{}: the session keeps the message text",
                    line.at
                );
                match (emergency(&turn), caution(&turn)) {
                    (None, None) => caught = false,
                    (None, Some(got)) => {
                        if !expected.contains(&got) {
                            right = false;
                        }
                        let question = turn.replies.iter().find(|r| r.caution.is_some());
                        assert!(
                            question.is_some_and(|r| r.text.contains("112")),
                            "{}: the safety question does not name 112 in {lang}",
                            line.at
                        );
                    }
                    (Some(got), _) => {
                        if !expected.contains(&got) {
                            right = false;
                        }
                        let id = format!("emergency-{got}");
                        let answer = content.l10n().format(
                            &LocaleCode::new(lang),
                            &id,
                            &Default::default(),
                            &[],
                        );
                        assert!(
                            turn.replies
                                .iter()
                                .any(|r| r.text == answer && r.alert.as_deref() == Some(got)),
                            "{}: the answer is not {id} in {lang}",
                            line.at
                        );
                    }
                }
            }
            if caught {
                entry.1 += 1;
            } else {
                let _ = writeln!(misses, "  {}  {message}", line.at);
            }
            if caught && right {
                entry.2 += 1;
            } else if caught {
                let _ = writeln!(wrong_category, "  {}  {message}", line.at);
            }
        }
    }
    let caught: usize = per_category.values().map(|v| v.1).sum();
    let right: usize = per_category.values().map(|v| v.2).sum();
    println!("red flags: {caught}/{total} caught, {right} with their own category's answer");
    for (category, (n, c, r)) in &per_category {
        println!(
            "  {category:<12} {c:>3}/{n:<3} recall {:>6.1}%  own answer {:>6.1}%",
            100.0 * percent(*c, *n),
            100.0 * percent(*r, *n)
        );
    }
    if !wrong_category.is_empty() {
        println!("caught, but with another category's answer:\n{wrong_category}");
    }
    for category in categories.iter().filter(|_| fresh_corpora().is_none()) {
        assert!(
            per_category.get(category).is_some_and(|v| v.0 >= 10),
            "category {category} has fewer than 10 phrasings"
        );
    }
    assert!(
        percent(caught, total) >= RECALL_BAR,
        "red-flag recall {caught}/{total}; missed:\n{misses}"
    );
    assert!(
        wrong_category.is_empty(),
        "caught, but with another category's answer:\n{wrong_category}"
    );
}

/// Benign messages that share words with red flags: at most 2% get an emergency answer.
#[test]
fn benign_messages_rarely_get_an_emergency_answer() {
    let content = common::content();
    let start = Start::new(content);
    let lines = corpus("benign.tsv", 2, 200);
    let mut flagged = String::new();
    let mut per_lang: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for line in &lines {
        let lang = line.fields[0].as_str();
        assert!(
            matches!(lang, "sv" | "en"),
            "{}: language `{lang}`",
            line.at
        );
        let mut session = start.session(lang, false);
        let turn = send(content, &mut session, &line.fields[1]);
        let entry = per_lang.entry(lang).or_default();
        entry.0 += 1;
        if let Some(category) = emergency(&turn) {
            entry.1 += 1;
            let _ = writeln!(flagged, "  {}  [{category}]  {}", line.at, line.fields[1]);
        }
    }
    let total: usize = per_lang.values().map(|v| v.0).sum();
    let hits: usize = per_lang.values().map(|v| v.1).sum();
    // An empty corpus (possible with `LOTS_CORPORA`) would pass the bar without measuring.
    assert!(total > 0, "benign.tsv has no messages");
    println!(
        "benign: {hits}/{total} flagged, false-positive rate {:.1}%",
        100.0 * percent(hits, total)
    );
    for (lang, (n, h)) in &per_lang {
        println!("  {lang}: {h}/{n}");
    }
    if !flagged.is_empty() {
        println!("flagged:\n{flagged}");
    }
    assert!(
        percent(hits, total) <= FALSE_POSITIVE_BAR,
        "false-positive rate {hits}/{total}:\n{flagged}"
    );
}

/// Free-text descriptions typed at the menu start the right dialog, or offer it among two or
/// three (also after an emergency answer, through `after_emergency`).
#[test]
fn descriptions_at_the_menu_reach_the_right_dialog() {
    let content = common::content();
    let start = Start::new(content);
    let lines = corpus("routing.tsv", 3, 150);
    let mut top1 = 0;
    let mut offered = 0;
    let mut report = String::new();
    let mut per_dialog: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for line in &lines {
        let (lang, expected, message) = (&line.fields[0], &line.fields[1], &line.fields[2]);
        assert!(
            content.dialog(expected).is_some(),
            "{}: no dialog `{expected}`",
            line.at
        );
        let mut session = start.session(lang, false);
        let mut turn = send(content, &mut session, message);
        // A safety question first (the possible tier): the person answers no, and Lots goes
        // on with what they wrote.
        if caution(&turn).is_some() {
            let no = Input::Choice {
                question: session.question,
                index: 1,
            };
            turn = engine::step(content, &mut session, no, t0());
        }
        // After an emergency answer the person may be offered a dialog (`after_emergency`);
        // what counts is where they can go next.
        let reached: Vec<String> = match &session.position {
            Position::Dialog { frames } => vec![frames[0].dialog.as_str().to_owned()],
            Position::Suggest { dialogs } => {
                dialogs.iter().map(|d| d.as_str().to_owned()).collect()
            }
            _ => Vec::new(),
        };
        let entry = per_dialog.entry(expected.as_str()).or_default();
        entry.0 += 1;
        if reached.first() == Some(expected) {
            top1 += 1;
            entry.1 += 1;
        } else {
            let _ = writeln!(
                report,
                "  {}  want {expected}, got {reached:?}{}  {message}",
                line.at,
                if emergency(&turn).is_some() {
                    " (emergency answer)"
                } else {
                    ""
                }
            );
        }
        if reached.contains(expected) {
            offered += 1;
        }
    }
    let total = lines.len();
    println!(
        "routing: top-1 {top1}/{total} ({:.1}%), offered {offered}/{total} ({:.1}%)",
        100.0 * percent(top1, total),
        100.0 * percent(offered, total)
    );
    for (dialog, (n, h)) in &per_dialog {
        println!("  {dialog:<18} {h:>3}/{n}");
    }
    if !report.is_empty() {
        println!("not first:\n{report}");
    }
    for dialog in content.dialogs().filter(|_| fresh_corpora().is_none()) {
        assert!(
            per_dialog.contains_key(dialog.id.as_str()),
            "routing.tsv has no phrasing for {}",
            dialog.id.as_str()
        );
    }
    assert!(
        percent(top1, total) >= TOP1_BAR,
        "routing top-1 {top1}/{total}:\n{report}"
    );
    assert!(
        percent(offered, total) >= OFFERED_BAR,
        "routing offered {offered}/{total}:\n{report}"
    );
}

// ---------------------------------------------------------------------------------------------
// The net itself: `Patterns::assess` on the corpora, tier by tier.

/// Bars for the net: every red flag at least possible, few needless answers and questions.
const NET_RECALL_BAR: f64 = 1.0;
const NET_FALSE_CERTAIN_BAR: f64 = 0.02;
const NET_FALSE_POSSIBLE_BAR: f64 = 0.08;

/// The tier `assess` gives a message, with its category.
fn assessed(content: &Content, message: &str) -> Option<(Tier, String)> {
    content
        .patterns()
        .assess(&lots::content::fold(message))
        .map(|a| (a.tier, a.category))
}

/// Per category: phrasings, certain with the right category, certain or possible.
#[derive(Default)]
struct Tally {
    total: usize,
    certain: usize,
    flagged: usize,
}

/// `Patterns::assess` on the red-flag corpora: per category, how many are certain (with their
/// own category) and how many are certain or possible. Every one must be at least possible.
#[test]
fn the_net_flags_every_red_flag_at_least_as_possible() {
    let content = common::content();
    let mut per_category: BTreeMap<String, Tally> = BTreeMap::new();
    let mut not_certain = String::new();
    let mut missed = String::new();
    for (file, minimum) in [("redflags-sv.tsv", 200), ("redflags-en.tsv", 100)] {
        for line in &corpus(file, 2, minimum) {
            let expected: Vec<&str> = line.fields[0].split('|').collect();
            let message = &line.fields[1];
            let tally = per_category.entry(expected[0].to_owned()).or_default();
            tally.total += 1;
            match assessed(content, message) {
                Some((Tier::Certain, c)) if expected.contains(&c.as_str()) => {
                    tally.certain += 1;
                    tally.flagged += 1;
                }
                Some((tier, c)) if expected.contains(&c.as_str()) => {
                    tally.flagged += 1;
                    let _ = writeln!(not_certain, "  {}  [{tier:?} {c}]  {message}", line.at);
                }
                Some((tier, c)) => {
                    let _ = writeln!(not_certain, "  {}  [{tier:?} {c}]  {message}", line.at);
                    let _ = writeln!(missed, "  {}  [{tier:?} {c}]  {message}", line.at);
                }
                None => {
                    let _ = writeln!(missed, "  {}  {message}", line.at);
                }
            }
        }
    }
    let total: usize = per_category.values().map(|t| t.total).sum();
    let certain: usize = per_category.values().map(|t| t.certain).sum();
    let flagged: usize = per_category.values().map(|t| t.flagged).sum();
    println!(
        "net on red flags: certain {certain}/{total} ({:.1}%), certain or possible {flagged}/{total} ({:.1}%)",
        100.0 * percent(certain, total),
        100.0 * percent(flagged, total)
    );
    for (category, t) in &per_category {
        println!(
            "  {category:<12} {:>3}  certain {:>6.1}%  certain+possible {:>6.1}%",
            t.total,
            100.0 * percent(t.certain, t.total),
            100.0 * percent(t.flagged, t.total)
        );
    }
    if !not_certain.is_empty() {
        println!("not certain of their own category:\n{not_certain}");
    }
    if !missed.is_empty() {
        println!("missed:\n{missed}");
    }
    // The engine gives the emergency answer for certain and the safety question of the category
    // for possible: every red flag must get at least the question of its own category.
    assert!(
        percent(flagged, total) >= NET_RECALL_BAR,
        "net recall {flagged}/{total}; missed or another category:\n{missed}"
    );
}

/// `Patterns::assess` on the benign corpus: few certain (an emergency answer), few possible (a
/// safety question).
#[test]
fn the_net_rarely_answers_or_asks_on_benign_messages() {
    let content = common::content();
    let lines = corpus("benign.tsv", 2, 200);
    let mut per_lang: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let mut listed = String::new();
    for line in &lines {
        let entry = per_lang.entry(line.fields[0].clone()).or_default();
        entry.0 += 1;
        let folded = lots::content::fold(&line.fields[1]);
        if let Some(a) = content.patterns().assess(&folded) {
            match a.tier {
                Tier::Certain => entry.1 += 1,
                Tier::Possible => entry.2 += 1,
            }
            // Which source asked: the phrasings and rules, or the word model.
            let model = a.why.iter().any(|w| w.starts_with("word model"));
            let source = if model { ", word model" } else { "" };
            let _ = writeln!(
                listed,
                "  {}  [{:?} {}{source}]  {}",
                line.at, a.tier, a.category, line.fields[1]
            );
        }
    }
    let total: usize = per_lang.values().map(|v| v.0).sum();
    let certain: usize = per_lang.values().map(|v| v.1).sum();
    let possible: usize = per_lang.values().map(|v| v.2).sum();
    assert!(total > 0, "benign.tsv has no messages");
    println!(
        "net on benign: false certain {certain}/{total} ({:.1}%), false possible {possible}/{total} ({:.1}%)",
        100.0 * percent(certain, total),
        100.0 * percent(possible, total)
    );
    for (lang, (n, c, p)) in &per_lang {
        println!("  {lang}: certain {c}/{n}, possible {p}/{n}");
    }
    if !listed.is_empty() {
        println!("flagged:\n{listed}");
    }
    assert!(
        percent(certain, total) <= NET_FALSE_CERTAIN_BAR,
        "false certain {certain}/{total}:\n{listed}"
    );
    assert!(
        percent(possible, total) <= NET_FALSE_POSSIBLE_BAR,
        "false possible {possible}/{total}:\n{listed}"
    );
}

/// `tiers.tsv`: negation, the past, questions and third persons, each line with the verdict it
/// must get: `certain:<category>`, `flagged:<category>` (certain or possible), `not-certain`
/// (possible or nothing) or `nothing`. Optional in a `LOTS_CORPORA` directory.
#[test]
fn the_net_weighs_negation_past_questions_and_third_persons() {
    let content = common::content();
    let dir = fresh_corpora().unwrap_or_else(|| common::root().join("corpora"));
    if fresh_corpora().is_some() && !dir.join("tiers.tsv").exists() {
        return;
    }
    let mut wrong = String::new();
    let lines = corpus("tiers.tsv", 2, 40);
    for line in &lines {
        let (expect, message) = (line.fields[0].as_str(), &line.fields[1]);
        let got = assessed(content, message);
        let fits = match (expect.split_once(':'), &got) {
            (Some(("certain", want)), Some((Tier::Certain, c))) => want.split('|').any(|w| w == c),
            (Some(("flagged", want)), Some((_, c))) => want.split('|').any(|w| w == c),
            (Some((kind, _)), _) => {
                assert!(
                    matches!(kind, "certain" | "flagged"),
                    "{}: `{expect}`",
                    line.at
                );
                false
            }
            (None, _) if expect == "not-certain" => !matches!(got, Some((Tier::Certain, _))),
            (None, _) if expect == "nothing" => got.is_none(),
            (None, _) => panic!("{}: unknown expectation `{expect}`", line.at),
        };
        if !fits {
            let _ = writeln!(
                wrong,
                "  {}  want {expect}, got {got:?}  {message}",
                line.at
            );
        }
    }
    println!(
        "tiers: {}/{} as expected",
        lines.len() - wrong.lines().count(),
        lines.len()
    );
    assert!(wrong.is_empty(), "not as expected:\n{wrong}");
}
