//! Sessions over time, with an injected clock: resuming after a pause, content that changes
//! under a person mid-dialog, profile facts kept only with consent, expiry, statistics, and
//! reading sessions stored by an older build.

mod common;

use std::path::Path;

use jiff::{SignedDuration, Timestamp};
use lots::channel;
use lots::content::{self, Content, Severity};
use lots::engine::{self, Event, Input, Session, Settings, Turn};
use lots::ids::LocaleCode;
use lots::store::{self, MemoryStore, SessionStore, SledStore};
use lots::transcript::position_label;
use lots::value::Value;

fn t0() -> Timestamp {
    "2026-11-22T03:00:00Z".parse().unwrap()
}

fn text(turn: &Turn) -> String {
    turn.replies
        .iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

fn options(turn: &Turn) -> Vec<String> {
    turn.replies
        .last()
        .map(|r| r.options.clone())
        .unwrap_or_default()
}

fn msg(content: &Content, id: &str) -> String {
    content
        .l10n()
        .format(&LocaleCode::new("sv"), id, &Default::default(), &[])
}

fn say(content: &Content, session: &mut Session, line: &str, now: Timestamp) -> Turn {
    engine::step(content, session, Input::parse(line), now)
}

/// A session standing at sore-throat/duration.
fn at_duration(content: &Content, now: Timestamp) -> Session {
    let mut s = Session::new(LocaleCode::new("sv"), now);
    for line in ["/start sore-throat", "Nej", "Nej"] {
        say(content, &mut s, line, now);
    }
    assert_eq!(position_label(&s), "sore-throat/duration");
    s
}

// ----- resume ----------------------------------------------------------------------------------

#[test]
fn after_a_long_pause_the_person_is_asked_to_continue_or_start_over() {
    let content = common::shipped();
    let mut s = at_duration(&content, t0());
    let later = t0() + SignedDuration::from_mins(61);

    let turn = say(&content, &mut s, "Längre än en vecka", later);
    assert!(
        text(&turn).contains(&msg(&content, "resume-question")),
        "{}",
        text(&turn)
    );
    assert_eq!(
        options(&turn),
        [
            msg(&content, "resume-continue"),
            msg(&content, "resume-restart")
        ]
    );
    // The message was not taken as an answer.
    assert_eq!(position_label(&s), "sore-throat/duration");
    assert_eq!(s.vars.get("long"), Some(&Value::Bool(false)));

    let turn = say(&content, &mut s, "1", later);
    assert_eq!(position_label(&s), "sore-throat/duration");
    assert!(text(&turn).contains("Hur länge"), "{}", text(&turn));
    // Continuing keeps the answers given before the pause.
    assert_eq!(s.notes.len(), 1);
    say(&content, &mut s, "Längre än en vecka", later);
    assert_eq!(s.vars.get("long"), Some(&Value::Bool(true)));
}

#[test]
fn starting_over_after_a_pause_begins_the_dialog_again_and_keeps_the_language() {
    let content = common::shipped();
    let mut s = at_duration(&content, t0());
    say(&content, &mut s, "/language en", t0());
    let later = t0() + SignedDuration::from_hours(5);
    let turn = say(&content, &mut s, "hello again", later);
    assert!(
        options(&turn).contains(&"Start over".to_owned()),
        "{:?}",
        options(&turn)
    );
    say(&content, &mut s, "Start over", later);
    assert_eq!(position_label(&s), "sore-throat/breathing");
    assert_eq!(s.locale.as_str(), "en");
    assert!(s.notes.is_empty());
}

#[test]
fn a_short_pause_or_a_pause_at_the_menu_asks_nothing() {
    let content = common::shipped();
    let mut s = at_duration(&content, t0());
    let turn = say(
        &content,
        &mut s,
        "Längre än en vecka",
        t0() + SignedDuration::from_mins(59),
    );
    assert!(!text(&turn).contains(&msg(&content, "resume-question")));
    assert_eq!(position_label(&s), "sore-throat/fever");

    let mut m = Session::new(LocaleCode::new("sv"), t0());
    say(&content, &mut m, "/start", t0());
    let turn = say(&content, &mut m, "1", t0() + SignedDuration::from_hours(3));
    assert!(!text(&turn).contains(&msg(&content, "resume-question")));
}

#[test]
fn the_pause_is_configurable() {
    let content = common::shipped();
    let mut s = at_duration(&content, t0());
    let settings = Settings {
        resume_after: SignedDuration::from_mins(5),
    };
    let later = t0() + SignedDuration::from_mins(6);
    let turn = engine::step_with(&content, &settings, &mut s, Input::parse("x"), later);
    assert!(text(&turn).contains(&msg(&content, "resume-question")));
}

#[test]
fn a_red_flag_after_a_pause_is_answered_first() {
    let content = common::shipped();
    let mut s = at_duration(&content, t0());
    let turn = say(
        &content,
        &mut s,
        "jag kan inte andas",
        t0() + SignedDuration::from_hours(2),
    );
    assert_eq!(turn.replies[0].alert.as_deref(), Some("breathing"));
}

// ----- content changes -------------------------------------------------------------------------

fn copy_shipped() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&common::root().join("dialogs"), &dir.path().join("dialogs"));
    common::copy_tree(&common::root().join("locales"), &dir.path().join("locales"));
    dir
}

fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} lacks {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// The sore-throat dialog without its `one-sided` and `seek-care-now` steps.
fn without_one_sided(root: &Path) {
    let file = "dialogs/sore-throat.toml";
    edit(root, file, "goto = \"one-sided\"", "goto = \"duration\"");
    let text = std::fs::read_to_string(root.join(file)).unwrap();
    let start = text.find("[[step]]\nid = \"one-sided\"").unwrap();
    let end = text.find("[[step]]\nid = \"duration\"").unwrap();
    std::fs::write(
        root.join(file),
        format!("{}{}", &text[..start], &text[end..]),
    )
    .unwrap();
}

#[test]
fn a_removed_step_gives_a_kind_message_and_a_fresh_start_of_the_dialog() {
    let old = common::shipped();
    let mut s = Session::new(LocaleCode::new("sv"), t0());
    say(&old, &mut s, "/start sore-throat", t0());
    say(&old, &mut s, "Nej", t0());
    assert_eq!(position_label(&s), "sore-throat/one-sided");

    let dir = copy_shipped();
    without_one_sided(dir.path());
    let new = common::load(dir.path());
    assert_ne!(old.version(), new.version());

    let turn = say(&new, &mut s, "Ja", t0());
    let all = text(&turn);
    assert!(all.contains(&msg(&new, "content-changed-restart")), "{all}");
    assert_eq!(position_label(&s), "sore-throat/breathing");
    // The answer meant for the removed question was not applied anywhere.
    assert!(s.notes.is_empty());
    assert!(turn.replies.iter().all(|r| r.alert.is_none()));
    // /back cannot lead into the removed step.
    say(&new, &mut s, "/back", t0());
    assert_ne!(position_label(&s), "sore-throat/one-sided");
}

#[test]
fn a_removed_dialog_takes_the_person_to_the_menu_with_a_message() {
    let old = common::shipped();
    let mut s = at_duration(&old, t0());
    let dir = copy_shipped();
    std::fs::remove_file(dir.path().join("dialogs/sore-throat.toml")).unwrap();
    for lang in ["sv", "en"] {
        std::fs::remove_file(dir.path().join(format!("locales/{lang}/sore-throat.ftl"))).unwrap();
    }
    // The free-text triggers still name the dialog: that is a warning, and they are ignored.
    let new = content::load(dir.path(), common::today());
    let Some(new) = new.content else {
        panic!(
            "{}",
            new.diagnostics
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    };
    let turn = say(&new, &mut s, "1", t0());
    assert!(
        text(&turn).contains(&msg(&new, "content-changed-menu")),
        "{}",
        text(&turn)
    );
    assert_eq!(position_label(&s), "menu");
}

#[test]
fn a_change_that_keeps_the_step_keeps_the_person_where_they_are() {
    let old = common::shipped();
    let mut s = at_duration(&old, t0());
    let dir = copy_shipped();
    edit(
        dir.path(),
        "locales/sv/sore-throat.ftl",
        "sore-throat-duration = Hur länge har du haft ont i halsen?",
        "sore-throat-duration = Hur länge har du haft ont i halsen nu?",
    );
    let new = common::load(dir.path());
    assert_ne!(old.version(), new.version());
    let turn = say(&new, &mut s, "Längre än en vecka", t0());
    assert!(!text(&turn).contains(&msg(&new, "content-changed-restart")));
    assert_eq!(position_label(&s), "sore-throat/fever");
    assert_eq!(s.content_version, new.version());
}

#[test]
fn check_with_previous_warns_about_removed_steps_sessions_may_stand_on() {
    let dir = copy_shipped();
    without_one_sided(dir.path());
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_lots"))
        .arg("--content")
        .arg(dir.path())
        .args(["check", "--strict", "--previous"])
        .arg(common::root())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let warned: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains(": warning: "))
        .collect();
    assert_eq!(warned.len(), 1, "{stdout}");
    assert!(warned[0].contains("one-sided"), "{stdout}");
    assert!(warned[0].contains("dialogs/sore-throat.toml:"), "{stdout}");

    // Against itself there is nothing to warn about.
    let old = common::shipped();
    let d = content::compare::removed_steps(&common::root(), &old, &old);
    assert!(d.iter().all(|d| d.severity != Severity::Error) && d.is_empty());
}

// ----- profile ---------------------------------------------------------------------------------

#[test]
fn a_profile_fact_is_asked_once_after_consent_and_then_used_by_other_dialogs() {
    let (_dir, content) = common::with_fixture("profile");
    let mut s = Session::new(LocaleCode::new("sv"), t0());
    let turn = say(&content, &mut s, "/start town-a", t0());
    assert!(text(&turn).contains(&msg(&content, "profile-consent-question")));
    assert_eq!(options(&turn), ["Ja", "Nej"]);
    let turn = say(&content, &mut s, "ja", t0());
    assert!(text(&turn).contains("Vilken kommun"), "{}", text(&turn));
    let turn = say(&content, &mut s, "Östersund", t0());
    assert!(
        text(&turn).contains("Klart för ostersund"),
        "{}",
        text(&turn)
    );
    assert_eq!(
        s.profile.get("municipality"),
        Some(&Value::Text("ostersund".into()))
    );

    // Another dialog that needs the municipality does not ask again.
    let turn = say(&content, &mut s, "/start town-b", t0());
    let all = text(&turn);
    assert!(!all.contains("Vilken kommun"), "{all}");
    assert!(
        !all.contains(&msg(&content, "profile-consent-question")),
        "{all}"
    );
    assert!(all.contains("Östersund"), "{all}");
    assert!(all.contains("Klart för ostersund"), "{all}");

    let turn = say(&content, &mut s, "/mydata", t0());
    assert!(
        text(&turn).contains("municipality = ostersund"),
        "{}",
        text(&turn)
    );

    say(&content, &mut s, "/forget", t0());
    assert!(s.profile.is_empty());
    assert_eq!(s.consent, None);
}

#[test]
fn without_consent_nothing_is_kept_and_the_question_is_asked_each_time() {
    let (_dir, content) = common::with_fixture("profile");
    let mut s = Session::new(LocaleCode::new("sv"), t0());
    say(&content, &mut s, "/start town-a", t0());
    say(&content, &mut s, "Nej", t0());
    say(&content, &mut s, "Åre", t0());
    assert!(s.profile.is_empty());
    assert_eq!(s.consent, Some(false));
    let turn = say(&content, &mut s, "/start town-b", t0());
    let all = text(&turn);
    assert!(all.contains("Vilken kommun"), "{all}");
    assert!(
        !all.contains(&msg(&content, "profile-consent-question")),
        "{all}"
    );
}

#[test]
fn a_stale_press_on_the_consent_question_changes_nothing() {
    let (_dir, content) = common::with_fixture("profile");
    let mut s = Session::new(LocaleCode::new("sv"), t0());
    let turn = say(&content, &mut s, "/start town-a", t0());
    let consent_q = turn.replies.last().unwrap().question.unwrap();
    say(&content, &mut s, "1", t0());
    let before = s.clone();
    engine::step(
        &content,
        &mut s,
        Input::Choice {
            question: consent_q,
            index: 1,
        },
        t0(),
    );
    assert_eq!(s.consent, before.consent);
    assert_eq!(s.position, before.position);
}

// ----- stored sessions -------------------------------------------------------------------------

#[test]
fn a_session_stored_by_schema_1_is_read_and_continues() {
    let content = common::shipped();
    let bytes =
        std::fs::read(common::root().join("tests/fixtures/sessions/schema-1.json")).unwrap();
    let mut s = Session::from_json(&bytes).unwrap();
    assert_eq!(s.schema, lots::engine::SESSION_SCHEMA);
    assert_eq!(position_label(&s), "sore-throat/fever");
    assert_eq!(s.vars.get("long"), Some(&Value::Bool(true)));
    assert!(s.profile.is_empty() && s.consent.is_none());
    let now: Timestamp = "2026-11-22T10:05:00Z".parse().unwrap();
    let turn = say(&content, &mut s, "Nej", now);
    assert_eq!(position_label(&s), "menu");
    assert!(
        text(&turn).contains("Kontakta din hälsocentral"),
        "{}",
        text(&turn)
    );

    let newer = String::from_utf8(bytes)
        .unwrap()
        .replacen("\"schema\": 1", "\"schema\": 99", 1);
    assert!(
        Session::from_json(newer.as_bytes())
            .unwrap_err()
            .contains("newer")
    );
    assert!(Session::from_json(b"{not json").is_err());
}

fn stores() -> Vec<(tempfile::TempDir, Box<dyn SessionStore>)> {
    let dir = tempfile::tempdir().unwrap();
    let sled = SledStore::open(&dir.path().join("data")).unwrap();
    vec![
        (tempfile::tempdir().unwrap(), Box::new(MemoryStore::new())),
        (dir, Box::new(sled)),
    ]
}

#[test]
fn expiry_deletes_old_sessions_and_nothing_else() {
    let content = common::shipped();
    for (_dir, store) in stores() {
        let days = |n: i64| t0() + SignedDuration::from_hours(24 * n);
        let turn = |key: &str, line: &str, now: Timestamp| {
            channel::handle(&content, &*store, key, None, Input::parse(line), now).unwrap()
        };
        turn("t:old", "/start sore-throat", days(0));
        turn("t:edge", "/start", days(1));
        turn("t:new", "/start", days(20));
        let now = days(31);
        let n = store::purge(&*store, now, store::DEFAULT_RETENTION).unwrap();
        assert_eq!(n, 1);
        assert!(store.get("t:old").unwrap().is_none());
        assert!(store.get("t:edge").unwrap().is_some());
        assert!(store.get("t:new").unwrap().is_some());
        assert_eq!(store.size().unwrap().0, 2);
        // The person who was mid-dialog is counted as having left it there.
        assert_eq!(
            store.stats().unwrap().get("left\tsore-throat\tbreathing"),
            1
        );
        assert_eq!(
            store::purge(&*store, now, store::DEFAULT_RETENTION).unwrap(),
            0
        );
    }
}

#[test]
fn statistics_count_dialogs_leaving_points_referrals_and_languages_but_no_people() {
    let content = common::shipped();
    for (_dir, store) in stores() {
        let run = |key: &str, lines: &[&str]| {
            for line in lines {
                channel::handle(&content, &*store, key, None, Input::parse(line), t0()).unwrap();
            }
        };
        run(
            "t:1",
            &[
                "/start sore-throat",
                "Nej",
                "Nej",
                "Kortare än en vecka",
                "Nej",
            ],
        );
        run(
            "t:2",
            &["/language en", "/start sore-throat", "No", "/menu"],
        );
        run("t:3", &["/start sore-throat", "jag har ont i bröstet"]);
        let stats = store.stats().unwrap();
        assert_eq!(stats.get("started\tsore-throat"), 3);
        assert_eq!(stats.get("completed\tsore-throat"), 1);
        assert_eq!(stats.get("left\tsore-throat\tone-sided"), 1);
        assert_eq!(stats.get("referred\t1177"), 1);
        assert_eq!(stats.get("language\tsv"), 2);
        assert_eq!(stats.get("language\ten"), 1);
        assert_eq!(stats.get("emergency\tchest-pain"), 1);
        for key in stats.counters.keys() {
            assert!(!key.contains("t:"), "a chat id in the statistics: {key}");
        }
    }
}

#[test]
fn the_engine_reports_a_started_and_completed_dialog() {
    let content = common::shipped();
    let mut s = Session::new(LocaleCode::new("sv"), t0());
    let turn = say(&content, &mut s, "/start sore-throat", t0());
    assert!(
        turn.events.iter().any(
            |e| matches!(e, Event::Started { dialog, .. } if dialog.as_str() == "sore-throat")
        )
    );
    say(&content, &mut s, "Nej", t0());
    say(&content, &mut s, "Ja", t0());
    assert_eq!(position_label(&s), "menu");
}

#[test]
fn the_sweeper_purges_in_the_background_and_stops() {
    let content = common::shipped();
    let store: std::sync::Arc<dyn SessionStore> = std::sync::Arc::new(MemoryStore::new());
    let long_ago = t0() - SignedDuration::from_hours(24 * 365);
    channel::handle(
        &content,
        &*store,
        "t:old",
        None,
        Input::parse("/start"),
        long_ago,
    )
    .unwrap();
    let sweeper = store::Sweeper::start(
        std::sync::Arc::clone(&store),
        std::time::Duration::from_millis(10),
        store::DEFAULT_RETENTION,
    );
    // The first sweep runs at once; wait for it without assuming how long it takes.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while store.get("t:old").unwrap().is_some() {
        assert!(
            std::time::Instant::now() < deadline,
            "the sweeper never purged"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    sweeper.stop();
}
