//! Engine tests: every step kind, the commands, stale presses, language switch, red flags and odd
//! input. They run on the shipped content plus the test dialogs in `tests/fixtures/kinds`, loaded
//! once for the whole binary, and compare replies with the messages the content formats by id, so
//! that rewording a text does not break them.

mod common;

use std::mem::discriminant;

use common::{alerts, at, completed, contains_message, msg, msg_args, options, referred, started};
use lots::content::{Content, MAX_TEXT_ANSWER};
use lots::engine::{self, Command, Event, Input, Position, Session, Turn};
use lots::ids::LocaleCode;
use lots::value::Value;

struct Chat {
    content: &'static Content,
    session: Session,
}

impl Chat {
    fn new(lang: &str) -> Chat {
        Chat {
            content: common::fixture("kinds"),
            session: Session::new(LocaleCode::new(lang), common::t0()),
        }
    }

    /// A greeted chat at the main menu.
    fn at_menu(lang: &str) -> Chat {
        let mut chat = Chat::new(lang);
        chat.send("/start");
        assert_eq!(chat.at(), "menu");
        chat
    }

    /// A chat standing at the first question of the `kinds` test dialog.
    fn in_kinds(lang: &str) -> Chat {
        let mut chat = Chat::new(lang);
        chat.send("/start kinds");
        assert_eq!(chat.at(), "kinds/pick");
        chat
    }

    /// A chat standing at the first question of the `faults` test dialog (tests/fixtures/faults),
    /// whose expressions type-check but can fail at run time.
    fn in_faults(lang: &str) -> Chat {
        let mut chat = Chat {
            content: common::fixture("faults"),
            session: Session::new(LocaleCode::new(lang), common::t0()),
        };
        chat.send("/start faults");
        assert_eq!(chat.at(), "faults/count");
        chat
    }

    fn input(&mut self, input: Input) -> Turn {
        engine::step(self.content, &mut self.session, input, common::t0())
    }

    fn send(&mut self, line: &str) -> Turn {
        self.input(Input::parse(line))
    }

    fn at(&self) -> String {
        at(&self.session)
    }

    fn lang(&self) -> &str {
        self.session.locale.as_str()
    }

    /// A message as the content formats it in the session's language (no arguments).
    fn text(&self, id: &str) -> String {
        msg(self.content, self.lang(), id)
    }

    /// A message as the content formats it in the session's language, with arguments.
    fn text_args(&self, id: &str, args: &[(&str, Value)]) -> String {
        msg_args(self.content, self.lang(), id, args)
    }

    /// The labels of messages, in the session's language.
    fn texts(&self, ids: &[&str]) -> Vec<String> {
        ids.iter().map(|id| self.text(id)).collect()
    }

    fn menu(&self) -> Vec<String> {
        common::menu_titles(self.content, self.lang())
    }

    fn var(&self, name: &str) -> Option<&Value> {
        self.session.vars.get(name)
    }
}

fn all_text(turn: &Turn) -> String {
    common::text(turn)
}

fn visited(turn: &Turn) -> Vec<String> {
    turn.visited
        .iter()
        .map(|(d, s)| format!("{d}/{s}"))
        .collect()
}

/// The options of the `pick` step of the `kinds` dialog.
const PICK: [&str; 4] = ["kinds-one", "kinds-two", "kinds-danger", "kinds-leave"];

#[test]
fn say_step_runs_on_into_the_question_with_its_options() {
    let mut chat = Chat::new("sv");
    let turn = chat.send("/start kinds");
    let text = all_text(&turn);
    let intro = text.find(&chat.text("kinds-intro")).expect("the say text");
    let pick = text.find(&chat.text("kinds-pick")).expect("the question");
    assert!(intro < pick, "{text}");
    assert_eq!(options(&turn), chat.texts(&PICK));
    let last = turn.replies.last().unwrap();
    assert_eq!(last.dialog.as_ref().unwrap().as_str(), "kinds");
    assert_eq!(last.step.as_ref().unwrap().as_str(), "pick");
    assert_eq!(last.question, Some(chat.session.question));
    assert_eq!(visited(&turn), ["kinds/intro", "kinds/pick"]);
    assert_eq!(started(&turn), ["kinds"]);
}

#[test]
fn an_option_sets_and_adds_variables_and_records_notes() {
    let mut chat = Chat::in_kinds("sv");
    chat.send("2");
    assert_eq!(chat.at(), "kinds/age");
    assert_eq!(chat.var("score"), Some(&Value::Int(2)));
    assert_eq!(chat.var("flag"), Some(&Value::Bool(true)));
    let notes: Vec<&str> = chat
        .session
        .notes
        .iter()
        .map(|n| n.message.as_str())
        .collect();
    assert_eq!(notes, ["kinds-note-pick", "kinds-note-two"]);
}

#[test]
fn an_option_can_be_chosen_by_its_label_in_any_case() {
    let mut chat = Chat::in_kinds("sv");
    let label = chat.text("kinds-two");
    chat.send(&format!("  {}  ", label.to_uppercase()));
    assert_eq!(chat.at(), "kinds/age");
    assert_eq!(chat.var("score"), Some(&Value::Int(2)));
}

#[test]
fn number_input_asks_again_outside_its_range_and_stores_a_valid_answer() {
    let mut chat = Chat::in_kinds("sv");
    chat.send("1");
    let invalid = chat.text_args(
        "input-invalid-number",
        &[("min", Value::Int(0)), ("max", Value::Int(120))],
    );
    for bad in ["200", "121", "-1", "abc", "12 år och lite"] {
        let before = chat.session.clone();
        let turn = chat.send(bad);
        let text = all_text(&turn);
        assert!(text.contains(&invalid), "{bad}: {text}");
        assert!(text.contains(&chat.text("kinds-age")), "{bad}: {text}");
        assert_eq!(chat.session, before, "{bad} changed the session");
    }
    chat.send("120");
    assert_eq!(chat.var("age"), Some(&Value::Int(120)));
    assert_eq!(chat.at(), "kinds/smoker");
}

#[test]
fn yes_no_input_understands_ordinary_words_in_both_languages() {
    let mut chat = Chat::in_kinds("sv");
    chat.send("1");
    chat.send("42");
    let turn = chat.send("kanske");
    assert!(all_text(&turn).contains(&chat.text("input-invalid-yes-no")));
    assert_eq!(chat.at(), "kinds/smoker");
    chat.send("japp");
    assert_eq!(chat.var("smoker"), Some(&Value::Bool(true)));
    assert_eq!(chat.at(), "kinds/postcode");

    let mut chat = Chat::in_kinds("en");
    chat.send("1");
    chat.send("42");
    chat.send("nope");
    assert_eq!(chat.var("smoker"), Some(&Value::Bool(false)));
    assert_eq!(chat.at(), "kinds/postcode");
}

#[test]
fn pattern_input_uses_its_own_invalid_text_and_stores_the_match() {
    let mut chat = Chat::in_kinds("sv");
    for line in ["1", "42", "nej"] {
        chat.send(line);
    }
    let turn = chat.send("12");
    let text = all_text(&turn);
    assert!(
        text.contains(&chat.text("kinds-postcode-invalid")),
        "{text}"
    );
    assert!(
        !text.contains(&chat.text("input-invalid-pattern")),
        "{text}"
    );
    assert_eq!(chat.at(), "kinds/postcode");
    chat.send("831 30");
    assert_eq!(chat.var("postcode"), Some(&Value::Text("831 30".into())));
    assert_eq!(chat.at(), "kinds/words");
}

#[test]
fn text_input_refuses_overlong_answers() {
    let mut chat = Chat::in_kinds("sv");
    for line in ["1", "42", "nej", "831 30"] {
        chat.send(line);
    }
    let before = chat.session.clone();
    let turn = chat.send(&"a".repeat(MAX_TEXT_ANSWER + 1));
    let invalid = chat.text_args(
        "input-invalid-text",
        &[("max", Value::Int(MAX_TEXT_ANSWER as i64))],
    );
    assert!(all_text(&turn).contains(&invalid), "{}", all_text(&turn));
    assert_eq!(chat.session, before);
    let longest = "a".repeat(MAX_TEXT_ANSWER);
    chat.send(&longest);
    assert_eq!(chat.var("words"), Some(&Value::Text(longest)));
    assert_eq!(chat.at(), "kinds-helper/more");
}

#[test]
fn a_called_dialog_shares_variables_returns_and_the_branch_picks_by_score() {
    let mut chat = Chat::in_kinds("sv");
    for line in ["1", "42", "ja", "831 30", "text"] {
        chat.send(line);
    }
    assert_eq!(chat.at(), "kinds-helper/more");
    // The called dialog declares `score` too, but keeps the caller's value.
    assert_eq!(chat.var("score"), Some(&Value::Int(1)));
    let turn = chat.send("ja");
    let text = all_text(&turn);
    assert!(
        text.contains(&chat.text_args("kinds-high", &[("score", Value::Int(6))])),
        "{text}"
    );
    assert!(text.contains(&chat.text("dialog-end")), "{text}");
    // The actor card of 1177.
    assert_eq!(referred(&turn), ["1177"]);
    assert_eq!(chat.at(), "menu");
    assert_eq!(visited(&turn), ["kinds/result", "kinds/high"]);
    assert_eq!(completed(&turn), ["kinds-helper", "kinds"]);
}

#[test]
fn the_default_branch_arm_is_taken_when_no_condition_holds() {
    // `score >= 5 && smoker`: false with a low score, and false with a high score and no smoking.
    for (pick, more, score) in [("1", "nej", 1), ("1", "ja", 6)] {
        let mut chat = Chat::in_kinds("sv");
        for line in [pick, "42", "nej", "831 30", "text"] {
            chat.send(line);
        }
        let turn = chat.send(more);
        assert_eq!(chat.var("score"), Some(&Value::Int(score)));
        assert_eq!(
            visited(&turn),
            ["kinds/result", "kinds/low"],
            "score {score}"
        );
        let text = all_text(&turn);
        assert!(text.contains(&chat.text("kinds-low")), "{text}");
        assert!(referred(&turn).is_empty(), "score {score}");
        assert_eq!(completed(&turn), ["kinds-helper", "kinds"]);
        assert_eq!(chat.at(), "menu");
    }
}

#[test]
fn back_after_the_end_of_a_dialog_returns_to_its_last_question() {
    let mut chat = Chat::in_kinds("sv");
    for line in ["1", "42", "nej", "831 30", "text", "nej"] {
        chat.send(line);
    }
    assert_eq!(chat.at(), "menu");
    let turn = chat.send("/back");
    assert_eq!(chat.at(), "kinds-helper/more");
    let text = all_text(&turn);
    assert!(text.contains(&chat.text("back-done")), "{text}");
    assert!(text.contains(&chat.text("kinds-helper-more")), "{text}");
    assert_eq!(chat.var("score"), Some(&Value::Int(1)));
}

#[test]
fn an_emergency_option_answers_with_its_category_then_shows_the_menu() {
    let mut chat = Chat::in_kinds("sv");
    let turn = chat.send("3");
    let alerts = alerts(&turn);
    assert_eq!(alerts.len(), 1);
    assert_eq!(alerts[0].alert.as_deref(), Some("breathing"));
    assert_eq!(alerts[0].text, chat.text("emergency-breathing"));
    assert!(alerts[0].options.is_empty());
    assert!(turn.events.contains(&Event::Emergency {
        category: "breathing".into()
    }));
    assert_eq!(completed(&turn), ["kinds"]);
    assert_eq!(chat.at(), "menu");
    assert_eq!(options(&turn), chat.menu());
}

#[test]
fn a_menu_option_leaves_the_dialog() {
    let mut chat = Chat::in_kinds("sv");
    let turn = chat.send("4");
    assert_eq!(chat.at(), "menu");
    assert_eq!(options(&turn), chat.menu());
    // A dialog's own way to the menu is one of its ends.
    assert_eq!(completed(&turn), ["kinds"]);
    assert!(turn.replies.iter().all(|r| r.alert.is_none()));
}

#[test]
fn back_undoes_one_answer_with_the_variables_it_set() {
    let mut chat = Chat::in_kinds("sv");
    let at_pick = chat.session.clone();
    chat.send("2");
    chat.send("33");
    assert_eq!(chat.var("age"), Some(&Value::Int(33)));
    let turn = chat.send("/back");
    assert!(all_text(&turn).contains(&chat.text("back-done")));
    assert_eq!(chat.at(), "kinds/age");
    assert_eq!(chat.var("age"), Some(&Value::Int(0)));
    chat.send("/back");
    assert_eq!(chat.at(), "kinds/pick");
    assert_eq!(chat.session.vars, at_pick.vars);
    assert_eq!(chat.session.notes, at_pick.notes);
}

#[test]
fn back_with_nothing_to_undo_says_so() {
    let mut chat = Chat::at_menu("sv");
    let turn = chat.send("/back");
    assert!(all_text(&turn).contains(&chat.text("back-nothing")));
    assert!(!all_text(&turn).contains(&chat.text("back-done")));
    assert_eq!(chat.at(), "menu");
    assert_eq!(options(&turn), chat.menu());
}

#[test]
fn restart_begins_the_dialog_again_and_drops_its_notes_and_variables() {
    let mut chat = Chat::in_kinds("sv");
    chat.send("2");
    chat.send("50");
    let turn = chat.send("/restart");
    assert!(all_text(&turn).contains(&chat.text("restart-done")));
    assert_eq!(started(&turn), ["kinds"]);
    assert_eq!(chat.at(), "kinds/pick");
    assert_eq!(chat.var("score"), Some(&Value::Int(0)));
    assert_eq!(chat.var("age"), Some(&Value::Int(0)));
    assert!(chat.session.notes.is_empty());
}

#[test]
fn a_stale_button_press_reshows_the_current_question_and_changes_nothing() {
    let mut chat = Chat::in_kinds("sv");
    let old = chat.session.question;
    let stale = Input::Choice {
        question: old,
        index: 1,
    };

    // The current question takes typed input.
    chat.send("1");
    assert_ne!(chat.session.question, old);
    let before = chat.session.clone();
    let turn = chat.input(stale.clone());
    assert!(all_text(&turn).contains(&chat.text("stale-button")));
    assert!(all_text(&turn).contains(&chat.text("kinds-age")));
    assert_eq!(chat.session, before);

    // The current question has buttons of its own, and the old press names one of them.
    for line in ["42", "nej", "831 30", "text"] {
        chat.send(line);
    }
    assert_eq!(chat.at(), "kinds-helper/more");
    let before = chat.session.clone();
    let turn = chat.input(stale);
    assert!(all_text(&turn).contains(&chat.text("stale-button")));
    assert!(all_text(&turn).contains(&chat.text("kinds-helper-more")));
    assert_eq!(options(&turn), chat.texts(&["answer-yes", "answer-no"]));
    assert_eq!(chat.session, before);

    // A press of the current question works.
    let current = chat.session.question;
    chat.input(Input::Choice {
        question: current,
        index: 0,
    });
    assert_eq!(chat.var("score"), Some(&Value::Int(6)));
    assert_eq!(chat.at(), "menu");
}

#[test]
fn language_switch_mid_dialog_reshows_the_question_in_the_new_language() {
    let mut chat = Chat::in_kinds("sv");
    chat.send("1");
    let turn = chat.send("/language en-GB");
    assert_eq!(chat.lang(), "en");
    let text = all_text(&turn);
    let english = chat.content.l10n().locale("en").unwrap().name.clone();
    assert!(
        text.contains(&chat.text_args("language-changed", &[("language", Value::Text(english))])),
        "{text}"
    );
    assert!(text.contains(&chat.text("kinds-age")), "{text}");
    assert!(
        !text.contains(&msg(chat.content, "sv", "kinds-age")),
        "{text}"
    );
    assert_eq!(chat.at(), "kinds/age");

    let turn = chat.send("/language xx");
    assert_eq!(chat.lang(), "en");
    let text = all_text(&turn);
    assert!(
        contains_message(
            &text,
            chat.content,
            "en",
            "language-unknown",
            &[("code", Value::Text("xx".into()))],
            &["available"],
        ),
        "{text}"
    );
    // The answer shows how to choose each language.
    for locale in chat.content.l10n().locales() {
        assert!(
            text.contains(&format!("/language {}", locale.code)),
            "{text}"
        );
    }
    assert_eq!(chat.at(), "kinds/age");

    let turn = chat.send("/language sv-FI");
    assert_eq!(chat.lang(), "sv");
    assert!(all_text(&turn).contains(&chat.text("kinds-age")));
}

#[test]
fn summary_is_given_in_the_persons_language_and_in_swedish() {
    let mut chat = Chat::in_kinds("en");
    chat.send("2");
    chat.send("42");
    let turn = chat.send("/summary");
    let text = all_text(&turn);
    let age = [("age", Value::Int(42))];
    let header = text.find(&chat.text("summary-header")).expect(&text);
    let en = text
        .find(&msg_args(chat.content, "en", "kinds-note-age", &age))
        .expect(&text);
    let swedish = text
        .find(&chat.text("summary-swedish-header"))
        .expect(&text);
    let sv = text
        .find(&msg_args(chat.content, "sv", "kinds-note-age", &age))
        .expect(&text);
    assert!(header < en && en < swedish && swedish < sv, "{text}");
    assert!(text.contains(&chat.text("kinds-note-two")), "{text}");
    assert!(
        text.contains(&msg(chat.content, "sv", "kinds-note-two")),
        "{text}"
    );
    assert_eq!(chat.at(), "kinds/smoker");
}

#[test]
fn red_flags_interrupt_any_step_in_any_language_and_change_nothing() {
    let mut chat = Chat::in_kinds("sv");
    chat.send("1");
    let before = chat.session.clone();
    // Swedish interface, English words; and a number step that would otherwise reject the text.
    for (line, category) in [
        ("I can't breathe", "breathing"),
        ("jag har ont i bröstet", "chest-pain"),
        ("Jag har ONT I BROSTET", "chest-pain"),
    ] {
        let turn = chat.send(line);
        let alerts = alerts(&turn);
        assert_eq!(alerts.len(), 1, "{line}");
        assert_eq!(alerts[0].alert.as_deref(), Some(category), "{line}");
        assert_eq!(
            alerts[0].text,
            chat.text(&format!("emergency-{category}")),
            "{line}"
        );
        let text = all_text(&turn);
        assert!(text.contains(&chat.text("kinds-age")), "{line}");
        assert!(
            !text.contains(&chat.text_args(
                "input-invalid-number",
                &[("min", Value::Int(0)), ("max", Value::Int(120))]
            )),
            "{line}"
        );
        assert_eq!(chat.session.vars, before.vars);
        assert_eq!(chat.session.position, before.position);
        assert_eq!(chat.session.notes, before.notes);
    }
}

#[test]
fn a_red_flag_as_the_very_first_message_is_answered_first() {
    let mut chat = Chat::new("sv");
    let turn = chat.send("min pappa sluddrar och är sned i ansiktet");
    assert_eq!(turn.replies[0].alert.as_deref(), Some("stroke"));
    assert_eq!(turn.replies[0].text, chat.text("emergency-stroke"));
    assert_eq!(alerts(&turn).len(), 1);
    // Then the person can go on from the menu.
    assert_eq!(chat.at(), "menu");
    assert_eq!(options(&turn), chat.menu());
}

#[test]
fn odd_input_gets_a_friendly_reply_and_leaves_the_session_unchanged() {
    let mut chat = Chat::in_kinds("sv");
    let huge = "x".repeat(100 * 1024);
    let max = |n: i64| vec![("max", Value::Int(n))];
    let command = |c: &str| vec![("command", Value::Text(c.into()))];
    // What is typed, the message id the answer must hold, and that message's arguments.
    type Case<'a> = (&'a str, &'a str, Vec<(&'a str, Value)>);
    let inputs: Vec<Case> = vec![
        ("", "input-empty", vec![]),
        ("   ", "input-empty", vec![]),
        (huge.as_str(), "input-too-long", max(2000)),
        ("\0\u{1}\u{7f}", "input-empty", vec![]),
        ("\u{202E}\u{2066}\u{200F}", "input-empty", vec![]),
        // Emoji count as spaces, so a message of emoji only is an empty one.
        ("🙂🙂🙂", "input-empty", vec![]),
        ("qwerty", "input-not-understood", vec![]),
        ("0", "option-out-of-range", max(4)),
        ("99", "option-out-of-range", max(4)),
        ("99999999999999999999999", "option-out-of-range", max(4)),
        ("/nonsense", "command-unknown", command("/nonsense")),
        ("/", "command-unknown", command("/")),
    ];
    for (line, id, args) in inputs {
        let before = chat.session.clone();
        let turn = chat.send(line);
        let text = all_text(&turn);
        let shown: String = line.chars().take(20).collect();
        assert!(
            text.contains(&chat.text_args(id, &args)),
            "{shown:?} should get {id}: {text}"
        );
        assert!(turn.replies.iter().all(|r| r.alert.is_none()), "{shown:?}");
        assert!(text.contains(&chat.text("kinds-pick")), "{shown:?}: {text}");
        assert_eq!(options(&turn), chat.texts(&PICK), "{shown:?}");
        // The clock stands still in these tests, so nothing at all may change.
        assert_eq!(chat.session, before, "{shown:?} changed the session");
    }
}

#[test]
fn a_button_press_out_of_range_is_refused() {
    let mut chat = Chat::in_kinds("sv");
    let before = chat.session.clone();
    let q = chat.session.question;
    let turn = chat.input(Input::Choice {
        question: q,
        index: 99,
    });
    let text = all_text(&turn);
    assert!(
        text.contains(&chat.text_args("option-out-of-range", &[("max", Value::Int(4))])),
        "{text}"
    );
    assert_eq!(options(&turn), chat.texts(&PICK));
    assert_eq!(chat.session, before);
}

#[test]
fn the_menu_groups_dialogs_by_topic() {
    let mut chat = Chat::new("sv");
    let turn = chat.send("/start");
    assert_eq!(options(&turn), chat.menu());
    // The test topic holds two dialogs, so choosing it lists them.
    let test_topic = chat
        .content
        .menu()
        .iter()
        .position(|t| t.id == "test")
        .unwrap();
    let turn = chat.send(&(test_topic + 1).to_string());
    assert_eq!(chat.at(), "topic/test");
    assert_eq!(
        options(&turn),
        chat.texts(&["kinds-title", "kinds-helper-title", "menu-all-topics"])
    );
    chat.send("1");
    assert_eq!(chat.at(), "kinds/pick");
}

#[test]
fn forget_resets_the_session_and_asks_the_channel_to_delete_it() {
    let mut chat = Chat::in_kinds("en");
    chat.send("2");
    let turn = chat.send("/forget");
    assert!(turn.forget);
    assert_eq!(all_text(&turn), chat.text("forget-done"));
    assert_eq!(chat.session.position, Position::Menu);
    assert_eq!(chat.lang(), "en");
    assert!(chat.session.vars.is_empty());
    assert!(chat.session.notes.is_empty());
    assert!(chat.session.profile.is_empty());
    // A fresh session: welcomed again, with nothing to go back to.
    let turn = chat.send("/back");
    assert!(!turn.forget);
    let text = all_text(&turn);
    assert!(text.contains(&chat.text("welcome")), "{text}");
    assert!(text.contains(&chat.text("back-nothing")), "{text}");
    assert_eq!(chat.at(), "menu");
}

#[test]
fn mydata_shows_language_position_variables_and_notes() {
    let mut chat = Chat::in_kinds("sv");
    chat.send("2");
    let text = all_text(&chat.send("/mydata"));
    let swedish = chat.content.l10n().locale("sv").unwrap().name.clone();
    assert!(
        text.contains(&chat.text_args("mydata-language", &[("language", Value::Text(swedish))])),
        "{text}"
    );
    for (id, open) in [("mydata-position", "position"), ("mydata-vars", "vars")] {
        assert!(
            contains_message(&text, chat.content, "sv", id, &[], &[open]),
            "{id}: {text}"
        );
    }
    assert!(text.contains("kinds/age"), "{text}");
    assert!(text.contains("score = 2"), "{text}");
    assert!(
        text.contains(&chat.text_args("mydata-notes", &[("count", Value::Int(2))])),
        "{text}"
    );
    assert!(text.contains(&chat.text("kinds-note-two")), "{text}");
    assert!(text.contains(&chat.text("kinds-age")), "{text}");
}

#[test]
fn help_lists_the_commands_and_reshows_the_question() {
    let mut chat = Chat::in_kinds("sv");
    assert_eq!(Input::parse("/help"), Input::Command(Command::Help));
    assert_eq!(Input::parse("/hjälp"), Input::Command(Command::Help));
    let turn = chat.send("/help");
    let text = all_text(&turn);
    assert!(text.contains(&chat.text("help")), "{text}");
    assert!(text.contains(&chat.text("kinds-pick")), "{text}");
    assert_eq!(options(&turn), chat.texts(&PICK));

    // In every language the help names each command a person can use, and only real ones.
    let wanted = [
        Command::Menu,
        Command::Back,
        Command::Restart,
        Command::Language(None),
        Command::Summary,
        Command::MyData,
        Command::Forget,
        Command::Help,
    ];
    for locale in chat.content.l10n().locales() {
        let help = msg(chat.content, locale.code.as_str(), "help");
        let mut named = Vec::new();
        for word in help.split_whitespace().filter(|w| w.starts_with('/')) {
            let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
            match Input::parse(word) {
                Input::Command(Command::Unknown(_))
                | Input::Text(_)
                | Input::Late(_)
                | Input::Choice { .. } => {
                    panic!("the help in {} names {word}, not a command", locale.code)
                }
                Input::Command(command) => named.push(discriminant(&command)),
            }
        }
        for command in &wanted {
            assert!(
                named.contains(&discriminant(command)),
                "the help in {} does not name {command:?}",
                locale.code
            );
        }
    }
}

#[test]
fn the_first_message_of_a_new_session_gets_the_welcome_and_menu() {
    let mut chat = Chat::new("sv");
    let turn = chat.send("hej");
    assert!(all_text(&turn).contains(&chat.text("welcome")));
    assert_eq!(chat.at(), "menu");
    assert_eq!(options(&turn), chat.menu());
    // Only once.
    let turn = chat.send("hej");
    assert!(!all_text(&turn).contains(&chat.text("welcome")));
}

#[test]
fn a_description_at_the_menu_starts_the_one_dialog_that_fits() {
    let mut chat = Chat::at_menu("sv");
    let turn = chat.send("jag har haft ont i ryggen sen i måndags");
    assert!(chat.at().starts_with("back-pain/"), "{}", chat.at());
    assert_eq!(started(&turn), ["back-pain"]);
}

#[test]
fn a_description_that_fits_several_dialogs_offers_them() {
    let mut chat = Chat::at_menu("sv");
    let turn = chat.send("jag sover dåligt och har mycket stress");
    assert!(all_text(&turn).contains(&chat.text("route-suggest")));
    assert!(started(&turn).is_empty());
    let offered = options(&turn);
    let sleep = chat.text("sleep-title");
    let stress = chat.text("stress-worry-title");
    assert!(
        offered.contains(&sleep) && offered.contains(&stress),
        "{offered:?}"
    );
    assert_eq!(offered.last(), Some(&chat.text("menu-all-topics")));
    let pick = offered.iter().position(|o| *o == stress).unwrap() + 1;
    chat.send(&pick.to_string());
    assert!(chat.at().starts_with("stress-worry/"), "{}", chat.at());
}

#[test]
fn a_description_nothing_fits_gets_the_fallback_and_the_menu() {
    let mut chat = Chat::at_menu("en");
    let turn = chat.send("qwerty asdf");
    assert!(all_text(&turn).contains(&chat.text("route-nothing")));
    assert!(started(&turn).is_empty());
    assert_eq!(chat.at(), "menu");
    assert_eq!(options(&turn), chat.menu());
}

#[test]
fn numbers_can_be_typed_as_words_in_both_languages() {
    let mut chat = Chat::in_kinds("sv");
    chat.send("1");
    chat.send("fyrtio");
    assert_eq!(chat.var("age"), Some(&Value::Int(40)));
    let mut chat = Chat::in_kinds("en");
    chat.send("1");
    chat.send("Twelve.");
    assert_eq!(chat.var("age"), Some(&Value::Int(12)));
}

/// `label` with one ASCII letter near its middle left out: a typo that folding diacritics or case
/// cannot undo.
fn typo(label: &str) -> String {
    let chars: Vec<char> = label.chars().collect();
    let middle = chars.len() / 2;
    let at = (middle..chars.len())
        .chain(0..middle)
        .find(|&i| chars[i].is_ascii_alphabetic())
        .unwrap_or_else(|| panic!("{label} has no ASCII letter"));
    chars
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != at)
        .map(|(_, c)| c)
        .collect()
}

#[test]
fn an_option_label_typed_with_a_small_typo_is_understood() {
    for dialog in ["sleep", "cold-fever"] {
        let mut chat = Chat::at_menu("sv");
        let topic = chat
            .content
            .menu()
            .iter()
            .find(|t| t.dialogs.iter().any(|d| d.as_str() == dialog))
            .unwrap();
        assert!(topic.dialogs.len() > 1, "{dialog} is alone in its topic");
        let topic_label = chat.text(topic.title.as_str());
        chat.send(&typo(&topic_label));
        assert_eq!(chat.at(), format!("topic/{}", topic.id));
        let label = chat.text(&format!("{dialog}-title"));
        chat.send(&typo(&label));
        assert!(
            chat.at().starts_with(&format!("{dialog}/")),
            "{}",
            chat.at()
        );
    }
}

#[test]
fn violence_at_the_menu_gets_its_answer_then_the_offer_of_the_violence_dialog() {
    let mut chat = Chat::at_menu("sv");
    let turn = chat.send("min sambo slår mig");
    let alerts = alerts(&turn);
    assert_eq!(alerts.len(), 1);
    assert_eq!(alerts[0].text, chat.text("emergency-violence"));
    assert_eq!(options(&turn).first(), Some(&chat.text("violence-title")));
    chat.send("1");
    assert!(chat.at().starts_with("violence/"), "{}", chat.at());
}

#[test]
fn violence_inside_a_dialog_gets_its_answer_and_the_same_question_again() {
    let mut chat = Chat::in_kinds("en");
    let turn = chat.send("my husband is hitting me");
    let alerts = alerts(&turn);
    assert_eq!(alerts.len(), 1);
    assert_eq!(alerts[0].alert.as_deref(), Some("violence"));
    assert_eq!(alerts[0].text, chat.text("emergency-violence"));
    assert_eq!(chat.at(), "kinds/pick");
    assert!(all_text(&turn).contains(&chat.text("kinds-pick")));
    assert_eq!(options(&turn), chat.texts(&PICK));
}

// ----- expressions that fail at run time -----------------------------------------------------

/// The `DialogError` events of a turn, as `dialog/step`.
fn dialog_errors(turn: &Turn) -> Vec<String> {
    turn.events
        .iter()
        .filter_map(|e| match e {
            Event::DialogError { dialog, step } => Some(format!("{dialog}/{step}")),
            _ => None,
        })
        .collect()
}

#[test]
fn a_condition_that_fails_at_run_time_stops_the_dialog_with_the_menu_and_an_event() {
    for lang in ["sv", "en"] {
        let mut chat = Chat::in_faults(lang);
        chat.send("0");
        assert_eq!(chat.at(), "faults/pick");
        // "Count": the branch divides by `count`, which is now 0.
        let turn = chat.send("2");
        let text = all_text(&turn);
        assert!(text.contains(&chat.text("dialog-error")), "{text}");
        for arm in ["faults-many", "faults-few"] {
            assert!(!text.contains(&chat.text(arm)), "an arm was taken: {text}");
        }
        assert_eq!(chat.at(), "menu");
        assert_eq!(options(&turn), chat.menu());
        assert_eq!(dialog_errors(&turn), ["faults/check"]);
        assert!(completed(&turn).is_empty(), "{:?}", turn.events);
        let mut stats = lots::store::Stats::default();
        stats.add(&turn.events);
        assert_eq!(stats.get("dialog-error\tfaults\tcheck"), 1);
    }
}

#[test]
fn an_assignment_that_fails_at_run_time_stops_the_dialog_instead_of_skipping_it() {
    let mut chat = Chat::in_faults("sv");
    chat.send("0");
    // "Share": `add = { total = "12 / count" }` divides by 0.
    let turn = chat.send("1");
    assert!(all_text(&turn).contains(&chat.text("dialog-error")));
    assert_eq!(chat.at(), "menu");
    assert_eq!(options(&turn), chat.menu());
    assert_eq!(dialog_errors(&turn), ["faults/pick"]);
    assert_eq!(chat.var("total"), Some(&Value::Int(6)), "nothing was added");
}

#[test]
fn the_faults_dialog_runs_through_when_nothing_fails() {
    let mut chat = Chat::in_faults("sv");
    chat.send("2");
    let turn = chat.send("1");
    // total = 6 + 12 / 2 = 12, and 12 / 2 > 2.
    assert_eq!(chat.var("total"), Some(&Value::Int(12)));
    assert!(all_text(&turn).contains(&chat.text("faults-many")));
    assert!(dialog_errors(&turn).is_empty());
    assert_eq!(completed(&turn), ["faults"]);
}

// ----- the possible tier: a safety question -------------------------------------------------

/// A message the net finds possibly, not certainly, an emergency (a chest pain in the past).
const POSSIBLE_CHEST: &str = "ont i bröstet för fem år sedan";

#[test]
fn a_possible_red_flag_asks_the_safety_question_of_its_category_and_changes_nothing() {
    let mut chat = Chat::in_kinds("sv");
    chat.send("2");
    let before = chat.session.clone();
    let turn = chat.send(POSSIBLE_CHEST);
    assert_eq!(turn.replies.len(), 1, "{}", all_text(&turn));
    let reply = &turn.replies[0];
    assert_eq!(reply.caution.as_deref(), Some("chest-pain"));
    assert_eq!(reply.alert, None);
    assert_eq!(reply.text, chat.text("safety-question-chest-pain"));
    assert!(reply.text.contains("112"));
    assert_eq!(reply.options, chat.texts(&["answer-yes", "answer-no"]));
    // Only the question is counted: no emergency answer was given.
    assert_eq!(
        turn.events,
        [Event::SafetyQuestion {
            category: "chest-pain".into()
        }]
    );
    // Where the person stands, their answers and notes are untouched.
    assert_eq!(chat.at(), "kinds/age");
    assert_eq!(chat.session.vars, before.vars);
    assert_eq!(chat.session.notes, before.notes);
}

#[test]
fn yes_to_the_safety_question_gives_the_emergency_answer_of_that_category() {
    let mut chat = Chat::at_menu("sv");
    chat.send(POSSIBLE_CHEST);
    let turn = chat.send(&chat.text("answer-yes"));
    let alerts = common::alerts(&turn);
    assert_eq!(alerts.len(), 1, "{}", all_text(&turn));
    assert_eq!(alerts[0].alert.as_deref(), Some("chest-pain"));
    assert_eq!(alerts[0].text, chat.text("emergency-chest-pain"));
    assert!(turn.replies.iter().all(|r| r.caution.is_none()));
    assert!(turn.events.contains(&Event::Emergency {
        category: "chest-pain".into()
    }));
}

#[test]
fn no_to_the_safety_question_goes_back_to_the_same_question_with_nothing_changed() {
    let mut chat = Chat::in_kinds("sv");
    chat.send("2");
    let before = chat.session.clone();
    chat.send(POSSIBLE_CHEST);
    let turn = chat.send(&chat.text("answer-no"));
    assert!(common::alerts(&turn).is_empty());
    let text = all_text(&turn);
    assert!(text.contains(&chat.text("safety-no")), "{text}");
    assert!(text.contains(&chat.text("kinds-age")), "{text}");
    assert_eq!(chat.at(), "kinds/age");
    assert_eq!(chat.session.vars, before.vars);
    assert_eq!(chat.session.notes, before.notes);
    assert_eq!(chat.session.history, before.history);
    // The question is answered as usual afterwards.
    chat.send("42");
    assert_eq!(chat.at(), "kinds/smoker");
    assert_eq!(chat.var("age"), Some(&Value::Int(42)));
}

#[test]
fn no_to_the_safety_question_at_the_menu_goes_on_with_what_was_written() {
    // Typed at the menu, possibly a chest pain, and a question the `my-hc` dialog answers.
    let mut chat = Chat::at_menu("sv");
    let message = "hade ont i bröstet förra veckan, undrar hur jag byter hälsocentral";
    let turn = chat.send(message);
    assert_eq!(
        turn.replies.last().unwrap().caution.as_deref(),
        Some("chest-pain"),
        "{}",
        all_text(&turn)
    );
    assert_eq!(chat.at(), "menu");
    // The session keeps where the message led, not the message.
    let stored = serde_json::to_string(&chat.session).unwrap();
    assert!(
        !stored.contains("bröstet") && !stored.contains("brostet"),
        "{stored}"
    );
    let turn = chat.send(&chat.text("answer-no"));
    assert!(common::alerts(&turn).is_empty());
    let text = all_text(&turn);
    assert!(text.contains(&chat.text("safety-no-route")), "{text}");
    assert!(chat.at().starts_with("my-hc/"), "{}", chat.at());
    // Inside a dialog, no still goes back to the question: nothing to route.
    let mut chat = Chat::in_kinds("sv");
    chat.send("2");
    chat.send(message);
    let turn = chat.send(&chat.text("answer-no"));
    assert!(all_text(&turn).contains(&chat.text("safety-no")));
    assert_eq!(chat.at(), "kinds/age");
}

#[test]
fn another_answer_to_the_safety_question_is_read_as_if_it_had_not_been_asked() {
    let mut chat = Chat::in_kinds("sv");
    chat.send("2");
    chat.send(POSSIBLE_CHEST);
    let turn = chat.send("42");
    assert!(
        turn.replies
            .iter()
            .all(|r| r.caution.is_none() && r.alert.is_none())
    );
    assert_eq!(chat.at(), "kinds/smoker");
    assert_eq!(chat.var("age"), Some(&Value::Int(42)));
}

#[test]
fn a_typed_option_label_chooses_the_option_even_when_it_names_a_danger() {
    // The shipped `young` dialog offers "…or someone hurts me": typing that label chooses the
    // option, whose own step asks about danger, instead of giving the violence answer at once.
    let content = common::content();
    let mut session = Session::new(LocaleCode::new("en"), common::t0());
    let mut send =
        |line: &str| engine::step(content, &mut session, Input::parse(line), common::t0());
    send("/start young");
    send("3");
    let label = msg(content, "en", "young-about-home");
    let turn = send(&label);
    assert!(common::alerts(&turn).is_empty(), "{}", all_text(&turn));
    assert!(turn.replies.iter().all(|r| r.caution.is_none()));
    assert_eq!(at(&session), "young/home");
    // The same words inside a sentence of one's own are a red flag as ever.
    let turn = engine::step(
        content,
        &mut session,
        Input::parse(&format!("help, {label} right now")),
        common::t0(),
    );
    assert!(!common::alerts(&turn).is_empty() || turn.replies.iter().any(|r| r.caution.is_some()));
}
