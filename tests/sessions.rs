//! Sessions over time, with an injected clock: resuming after a pause, content that changes
//! under a person mid-dialog, profile facts kept only with consent, expiry, statistics, and
//! reading sessions stored by an older build.
//!
//! The shipped content and the `profile` fixture are loaded once for the whole binary; a test
//! that changes content edits its own copy. Replies are compared with messages formatted by id.

mod common;

use std::path::Path;
use std::sync::OnceLock;

use common::{at, completed, msg, options, referred, started, t0, text};
use jiff::{SignedDuration, Timestamp};
use lots::channel;
use lots::content::{self, Content};
use lots::engine::{self, Event, Input, Session, Settings, Turn};
use lots::ids::LocaleCode;
use lots::store::{self, MemoryStore, SessionStore, SledStore};
use lots::value::Value;

/// A Swedish message as the content formats it.
fn sv(content: &Content, id: &str) -> String {
    msg(content, "sv", id)
}

fn say(content: &Content, session: &mut Session, line: &str, now: Timestamp) -> Turn {
    engine::step(content, session, Input::parse(line), now)
}

/// A Swedish session standing at sore-throat/duration.
fn at_duration(content: &Content, now: Timestamp) -> Session {
    let mut s = Session::new(LocaleCode::new("sv"), now);
    say(content, &mut s, "/start sore-throat", now);
    let no = sv(content, "answer-no");
    say(content, &mut s, &no, now);
    say(content, &mut s, &no, now);
    assert_eq!(at(&s), "sore-throat/duration");
    s
}

// ----- resume ----------------------------------------------------------------------------------

#[test]
fn after_a_long_pause_the_person_is_asked_to_continue_or_start_over() {
    let content = common::content();
    let mut s = at_duration(content, t0());
    let later = t0() + SignedDuration::from_mins(61);
    let long = sv(content, "sore-throat-duration-long");

    let turn = say(content, &mut s, &long, later);
    let all = text(&turn);
    assert!(all.contains(&sv(content, "resume-welcome-back")), "{all}");
    assert!(all.contains(&sv(content, "resume-question")), "{all}");
    assert_eq!(
        turn.replies.last().unwrap().options,
        [
            sv(content, "resume-continue"),
            sv(content, "resume-restart")
        ]
    );
    // The message was not taken as an answer.
    assert_eq!(at(&s), "sore-throat/duration");
    assert_eq!(s.vars.get("long"), Some(&Value::Bool(false)));

    let turn = say(content, &mut s, "1", later);
    assert_eq!(at(&s), "sore-throat/duration");
    assert!(
        text(&turn).contains(&sv(content, "sore-throat-duration")),
        "{}",
        text(&turn)
    );
    assert_eq!(
        options(&turn),
        [sv(content, "sore-throat-duration-short"), long.clone()]
    );
    // Continuing keeps the answers given before the pause.
    assert_eq!(s.notes.len(), 1);
    say(content, &mut s, &long, later);
    assert_eq!(s.vars.get("long"), Some(&Value::Bool(true)));
    assert_eq!(at(&s), "sore-throat/fever");
}

#[test]
fn starting_over_after_a_pause_begins_the_dialog_again_and_keeps_the_language() {
    let content = common::content();
    let mut s = at_duration(content, t0());
    say(content, &mut s, "/language en", t0());
    let later = t0() + SignedDuration::from_hours(5);
    let turn = say(content, &mut s, "hello again", later);
    let start_over = msg(content, "en", "resume-restart");
    assert!(options(&turn).contains(&start_over), "{:?}", options(&turn));
    let turn = say(content, &mut s, &start_over, later);
    assert_eq!(started(&turn), ["sore-throat"]);
    assert_eq!(at(&s), "sore-throat/breathing");
    assert_eq!(s.locale.as_str(), "en");
    assert!(s.notes.is_empty());
    assert!(
        text(&turn).contains(&msg(content, "en", "sore-throat-breathing")),
        "{}",
        text(&turn)
    );
}

#[test]
fn a_short_pause_or_a_pause_at_the_menu_asks_nothing() {
    let content = common::content();
    let mut s = at_duration(content, t0());
    let turn = say(
        content,
        &mut s,
        &sv(content, "sore-throat-duration-long"),
        t0() + SignedDuration::from_mins(59),
    );
    assert!(!text(&turn).contains(&sv(content, "resume-question")));
    assert_eq!(at(&s), "sore-throat/fever");

    let mut m = Session::new(LocaleCode::new("sv"), t0());
    say(content, &mut m, "/start", t0());
    let turn = say(content, &mut m, "1", t0() + SignedDuration::from_hours(3));
    assert!(!text(&turn).contains(&sv(content, "resume-question")));
    // The message was taken as the choice of the first topic.
    assert_ne!(at(&m), "menu");
}

#[test]
fn the_pause_is_configurable() {
    let content = common::content();
    let s = at_duration(content, t0());
    let later = t0() + SignedDuration::from_mins(6);
    let settings = Settings {
        resume_after: SignedDuration::from_mins(5),
    };
    let mut short = s.clone();
    let turn = engine::step_with(content, &settings, &mut short, Input::parse("x"), later);
    assert!(text(&turn).contains(&sv(content, "resume-question")));
    // The same pause with the default settings asks nothing.
    let mut default = s.clone();
    let turn = engine::step_with(
        content,
        &Settings::default(),
        &mut default,
        Input::parse("x"),
        later,
    );
    assert!(!text(&turn).contains(&sv(content, "resume-question")));
}

#[test]
fn a_red_flag_after_a_pause_is_answered_first() {
    let content = common::content();
    let mut s = at_duration(content, t0());
    let turn = say(
        content,
        &mut s,
        "jag kan inte andas",
        t0() + SignedDuration::from_hours(2),
    );
    assert_eq!(turn.replies[0].alert.as_deref(), Some("breathing"));
    assert_eq!(turn.replies[0].text, sv(content, "emergency-breathing"));
    assert_eq!(at(&s), "sore-throat/duration");
}

// ----- content changes -------------------------------------------------------------------------

/// Replaces the first `from` in `file` under `root`; fails when `file` lacks it, so that a content
/// change cannot quietly turn a test into a no-op.
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

/// The sore-throat question about duration in new words, whatever it said before.
fn reword_duration(root: &Path) {
    edit(
        root,
        "locales/sv/sore-throat.ftl",
        "\nsore-throat-duration =",
        "\nsore-throat-duration =\n    Nu.",
    );
}

/// The content without the dental dialog. Its free-text triggers still name it: that is a
/// warning, and they are ignored.
fn without_dental(root: &Path) {
    std::fs::remove_file(root.join("dialogs/dental.toml")).unwrap();
    for lang in ["sv", "en"] {
        std::fs::remove_file(root.join(format!("locales/{lang}/dental.ftl"))).unwrap();
    }
}

/// A next version of the shipped content, loaded once: sore-throat without its `one-sided` and
/// `seek-care-now` steps and with its duration question reworded, and no dental dialog. Each
/// test below checks what one of these changes does to a person who stands in the old version.
fn next_version() -> &'static Content {
    static NEXT: OnceLock<Content> = OnceLock::new();
    NEXT.get_or_init(|| {
        let dir = common::copy_shipped();
        without_one_sided(dir.path());
        reword_duration(dir.path());
        without_dental(dir.path());
        common::load(dir.path())
    })
}

#[test]
fn a_removed_step_gives_a_kind_message_and_a_fresh_start_of_the_dialog() {
    let old = common::content();
    let mut s = Session::new(LocaleCode::new("sv"), t0());
    say(old, &mut s, "/start sore-throat", t0());
    say(old, &mut s, &sv(old, "answer-no"), t0());
    assert_eq!(at(&s), "sore-throat/one-sided");

    let new = next_version();
    assert_ne!(old.version(), new.version());
    assert!(new.dialog("sore-throat").is_some());

    let turn = say(new, &mut s, &sv(new, "answer-yes"), t0());
    let all = text(&turn);
    assert!(all.contains(&sv(new, "content-changed-restart")), "{all}");
    assert_eq!(started(&turn), ["sore-throat"]);
    assert_eq!(at(&s), "sore-throat/breathing");
    // The answer meant for the removed question was not applied anywhere.
    assert!(s.notes.is_empty());
    assert!(turn.replies.iter().all(|r| r.alert.is_none()));
    // /back cannot lead into the removed step.
    say(new, &mut s, "/back", t0());
    assert_ne!(at(&s), "sore-throat/one-sided");
}

#[test]
fn a_removed_dialog_takes_the_person_to_the_menu_with_a_message() {
    let old = common::content();
    let mut s = Session::new(LocaleCode::new("sv"), t0());
    say(old, &mut s, "/start dental", t0());
    assert!(at(&s).starts_with("dental/"), "{}", at(&s));
    let new = next_version();
    assert!(new.dialog("dental").is_none());
    let turn = say(new, &mut s, "1", t0());
    assert!(
        text(&turn).contains(&sv(new, "content-changed-menu")),
        "{}",
        text(&turn)
    );
    assert!(started(&turn).is_empty());
    assert_eq!(at(&s), "menu");
    assert_eq!(options(&turn), common::menu_titles(new, "sv"));
}

#[test]
fn a_change_that_keeps_the_step_keeps_the_person_where_they_are() {
    let old = common::content();
    let mut s = at_duration(old, t0());
    let new = next_version();
    assert_ne!(old.version(), new.version());
    assert_ne!(
        sv(old, "sore-throat-duration"),
        sv(new, "sore-throat-duration")
    );
    let turn = say(new, &mut s, &sv(new, "sore-throat-duration-long"), t0());
    assert!(!text(&turn).contains(&sv(new, "content-changed-restart")));
    assert!(started(&turn).is_empty());
    assert_eq!(at(&s), "sore-throat/fever");
    assert_eq!(s.vars.get("long"), Some(&Value::Bool(true)));
    assert_eq!(s.content_version, new.version());
}

#[test]
fn check_with_previous_warns_about_removed_steps_sessions_may_stand_on() {
    let dir = common::copy_shipped();
    without_one_sided(dir.path());
    let out = common::lots()
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
    let old = common::content();
    let d = content::compare::removed_steps(&common::root(), old, old);
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn a_session_from_before_the_stable_fingerprint_is_not_restarted() {
    // Until 2026-11-30 the content version was a 16-digit `DefaultHasher` value. A session that
    // carries one meets content with another version: its position is checked, not thrown away.
    let content = common::content();
    assert!(
        content.version().starts_with("sha256:"),
        "{}",
        content.version()
    );
    let mut s = at_duration(content, t0());
    s.content_version = "9f86d081884c7d65".to_owned();
    let turn = say(
        content,
        &mut s,
        &sv(content, "sore-throat-duration-long"),
        t0(),
    );
    assert!(!text(&turn).contains(&sv(content, "content-changed-restart")));
    assert!(started(&turn).is_empty());
    assert_eq!(at(&s), "sore-throat/fever");
    assert_eq!(s.content_version, content.version());
}

#[test]
fn the_fingerprint_is_the_same_for_the_same_content_and_differs_for_other() {
    let again = common::load(&common::root());
    assert_eq!(again.version(), common::content().version());
    assert_ne!(next_version().version(), common::content().version());
}

#[test]
fn a_variable_that_changes_type_restarts_the_dialog_and_check_previous_says_so() {
    let (dir, old) = common::with_kinds();
    let file = "dialogs/kinds.toml";
    edit(dir.path(), file, "flag = false", "flag = 0");
    edit(
        dir.path(),
        file,
        "set = { flag = true }",
        "set = { flag = 1 }",
    );
    let new = common::load(dir.path());

    let mut s = Session::new(LocaleCode::new("sv"), t0());
    say(&old, &mut s, "/start kinds", t0());
    say(&old, &mut s, "2", t0());
    assert_eq!(at(&s), "kinds/age");
    assert_eq!(s.vars.get("flag"), Some(&Value::Bool(true)));
    let turn = say(&new, &mut s, "42", t0());
    assert!(
        text(&turn).contains(&sv(&new, "content-changed-restart")),
        "{}",
        text(&turn)
    );
    assert_eq!(started(&turn), ["kinds"]);
    assert_eq!(s.vars.get("flag"), Some(&Value::Int(0)));

    // The same rule warns staff before they publish: once for the dialog, at its `[vars]`.
    let warned = content::compare::removed_steps(dir.path(), &old, &new);
    assert_eq!(warned.len(), 1, "{warned:?}");
    assert!(
        warned[0].message.contains("`flag`"),
        "{}",
        warned[0].message
    );
    assert!(warned[0].path.ends_with(file));
    let vars_line = std::fs::read_to_string(dir.path().join(file))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("[vars]"))
        .unwrap()
        + 1;
    assert_eq!(warned[0].line, vars_line);
}

// ----- profile ---------------------------------------------------------------------------------

#[test]
fn a_profile_fact_is_asked_once_after_consent_and_then_used_by_other_dialogs() {
    let content = common::fixture("profile");
    let mut s = Session::new(LocaleCode::new("sv"), t0());
    let turn = say(content, &mut s, "/start town-a", t0());
    assert!(text(&turn).contains(&sv(content, "profile-consent-question")));
    assert_eq!(
        options(&turn),
        [sv(content, "answer-yes"), sv(content, "answer-no")]
    );
    let turn = say(content, &mut s, "ja", t0());
    assert_eq!(s.consent, Some(true));
    assert!(
        text(&turn).contains(&sv(content, "town-where")),
        "{}",
        text(&turn)
    );
    let done = msg_args_sv(content, "town-done", "municipality", "ostersund");
    let turn = say(content, &mut s, &sv(content, "town-ostersund"), t0());
    assert!(text(&turn).contains(&done), "{}", text(&turn));
    assert_eq!(
        s.profile.get("municipality"),
        Some(&Value::Text("ostersund".into()))
    );

    // Another dialog that needs the municipality does not ask again.
    let turn = say(content, &mut s, "/start town-b", t0());
    let all = text(&turn);
    assert!(!all.contains(&sv(content, "town-where")), "{all}");
    assert!(
        !all.contains(&sv(content, "profile-consent-question")),
        "{all}"
    );
    let used = msg_args_sv(
        content,
        "profile-used",
        "answer",
        &sv(content, "town-ostersund"),
    );
    assert!(all.contains(&used), "{all}");
    assert!(all.contains(&done), "{all}");
    assert_eq!(completed(&turn), ["town-b"]);

    let turn = say(content, &mut s, "/mydata", t0());
    let profile = msg_args_sv(
        content,
        "mydata-profile",
        "profile",
        "municipality = ostersund",
    );
    assert!(text(&turn).contains(&profile), "{}", text(&turn));

    say(content, &mut s, "/forget", t0());
    assert!(s.profile.is_empty());
    assert_eq!(s.consent, None);
}

/// A Swedish message with one text argument.
fn msg_args_sv(content: &Content, id: &str, name: &str, value: &str) -> String {
    common::msg_args(content, "sv", id, &[(name, Value::Text(value.into()))])
}

#[test]
fn without_consent_nothing_is_kept_and_the_question_is_asked_each_time() {
    let content = common::fixture("profile");
    let mut s = Session::new(LocaleCode::new("sv"), t0());
    say(content, &mut s, "/start town-a", t0());
    say(content, &mut s, &sv(content, "answer-no"), t0());
    let turn = say(content, &mut s, &sv(content, "town-are"), t0());
    assert_eq!(completed(&turn), ["town-a"]);
    assert_eq!(s.vars.get("municipality"), Some(&Value::Text("are".into())));
    assert!(s.profile.is_empty());
    assert_eq!(s.consent, Some(false));
    let turn = say(content, &mut s, "/start town-b", t0());
    let all = text(&turn);
    assert!(all.contains(&sv(content, "town-where")), "{all}");
    assert!(
        !all.contains(&sv(content, "profile-consent-question")),
        "{all}"
    );
    assert_eq!(at(&s), "town-b/where");
}

#[test]
fn a_stale_press_on_the_consent_question_changes_nothing() {
    let content = common::fixture("profile");
    let mut s = Session::new(LocaleCode::new("sv"), t0());
    let turn = say(content, &mut s, "/start town-a", t0());
    let consent_q = turn.replies.last().unwrap().question.unwrap();
    say(content, &mut s, "1", t0());
    assert_eq!(s.consent, Some(true));
    let before = s.clone();
    // The old question's second button: "no".
    let turn = engine::step(
        content,
        &mut s,
        Input::Choice {
            question: consent_q,
            index: 1,
        },
        t0(),
    );
    assert!(text(&turn).contains(&sv(content, "stale-button")));
    assert!(text(&turn).contains(&sv(content, "town-where")));
    assert_eq!(s, before);
}

// ----- stored sessions -------------------------------------------------------------------------

#[test]
fn a_session_stored_by_schema_1_is_read_and_continues() {
    let content = common::content();
    let bytes =
        std::fs::read(common::root().join("tests/fixtures/sessions/schema-1.json")).unwrap();
    let mut s = Session::from_json(&bytes).unwrap();
    assert_eq!(s.schema, lots::engine::SESSION_SCHEMA);
    assert_eq!(at(&s), "sore-throat/fever");
    assert_eq!(s.vars.get("long"), Some(&Value::Bool(true)));
    assert!(s.profile.is_empty() && s.consent.is_none());
    let now: Timestamp = "2026-11-22T10:05:00Z".parse().unwrap();
    let turn = say(content, &mut s, &sv(content, "answer-no"), now);
    assert_eq!(at(&s), "menu");
    // More than a week: the dialog sends the person to the hälsocentral.
    assert!(
        text(&turn).contains(&sv(content, "sore-throat-see-hc")),
        "{}",
        text(&turn)
    );
    assert_eq!(referred(&turn), ["halsocentral", "1177"]);
    assert_eq!(completed(&turn), ["sore-throat"]);

    let newer = String::from_utf8(bytes)
        .unwrap()
        .replacen("\"schema\": 1", "\"schema\": 99", 1);
    assert!(
        Session::from_json(newer.as_bytes()).unwrap_err()
            == lots::engine::SessionError::Newer { schema: 99 }
    );
    assert!(matches!(
        Session::from_json(b"{not json"),
        Err(lots::engine::SessionError::Malformed { line: 1, .. })
    ));
}

#[test]
fn a_session_stored_by_schema_3_keeps_its_safety_question_and_continues() {
    let content = common::content();
    let bytes =
        std::fs::read(common::root().join("tests/fixtures/sessions/schema-3.json")).unwrap();
    let mut s = Session::from_json(&bytes).unwrap();
    assert_eq!(s.schema, lots::engine::SESSION_SCHEMA);
    assert!(s.applied.is_empty());
    assert!(matches!(
        s.pending,
        Some(lots::engine::SideQuestion::Safety { .. })
    ));
    // "No" to "is it happening now?": back where the person was, with nothing else changed.
    let now: Timestamp = "2026-11-22T10:05:00Z".parse().unwrap();
    let turn = say(content, &mut s, &sv(content, "answer-no"), now);
    assert_eq!(s.pending, None, "{}", text(&turn));
    assert_eq!(at(&s), "sore-throat/fever");
    assert_eq!(s.vars.get("long"), Some(&Value::Bool(true)));
    // What is stored now is the current schema, and reads back unchanged.
    assert_eq!(Session::from_json(&s.to_json()).unwrap(), s);
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
    let content = common::content();
    for (_dir, store) in stores() {
        let days = |n: i64| t0() + SignedDuration::from_hours(24 * n);
        let turn = |key: &str, line: &str, now: Timestamp| {
            channel::handle(content, &*store, key, None, Input::parse(line), now).unwrap()
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
    let content = common::content();
    let sv_no = sv(content, "answer-no");
    let en_no = msg(content, "en", "answer-no");
    let short = sv(content, "sore-throat-duration-short");
    for (_dir, store) in stores() {
        let run = |key: &str, lines: &[&str]| {
            for line in lines {
                channel::handle(content, &*store, key, None, Input::parse(line), t0()).unwrap();
            }
        };
        run(
            "t:1",
            &["/start sore-throat", &sv_no, &sv_no, &short, &sv_no],
        );
        run(
            "t:2",
            &["/language en", "/start sore-throat", &en_no, "/menu"],
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
    let content = common::content();
    let mut s = Session::new(LocaleCode::new("sv"), t0());
    let turn = say(content, &mut s, "/start sore-throat", t0());
    assert_eq!(
        turn.events,
        [Event::Started {
            dialog: lots::ids::DialogId::new("sore-throat"),
            locale: LocaleCode::new("sv"),
        }]
    );
    let turn = say(content, &mut s, &sv(content, "answer-no"), t0());
    assert!(turn.events.is_empty(), "{:?}", turn.events);
    // One-sided pain: seek care now, which ends the dialog.
    let turn = say(content, &mut s, &sv(content, "answer-yes"), t0());
    assert_eq!(at(&s), "menu");
    assert_eq!(completed(&turn), ["sore-throat"]);
    assert!(
        !turn
            .events
            .iter()
            .any(|e| matches!(e, Event::Left { .. } | Event::Started { .. })),
        "{:?}",
        turn.events
    );
}

#[test]
fn the_sweeper_purges_in_the_background_and_stops() {
    let content = common::content();
    let store: std::sync::Arc<dyn SessionStore> = std::sync::Arc::new(MemoryStore::new());
    let long_ago = t0() - SignedDuration::from_hours(24 * 365);
    channel::handle(
        content,
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
