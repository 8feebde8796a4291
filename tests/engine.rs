//! Engine tests: every step kind, the commands, stale presses, language switch, red flags and odd
//! input. They run on the shipped content plus the test dialogs in `tests/fixtures/kinds`, and
//! compare replies with the texts the content formats, so that rewording a text does not break them.

mod common;

use jiff::Timestamp;
use lots::content::Content;
use lots::engine::{self, Command, Input, Position, Session, Turn};
use lots::ids::LocaleCode;
use lots::transcript::position_label;
use lots::value::Value;

fn t0() -> Timestamp {
    "2026-11-22T03:00:00Z".parse().unwrap()
}

struct Chat {
    content: Content,
    session: Session,
    _dir: tempfile::TempDir,
}

impl Chat {
    fn new(lang: &str) -> Chat {
        let (dir, content) = common::with_kinds();
        let session = Session::new(LocaleCode::new(lang), t0());
        Chat {
            content,
            session,
            _dir: dir,
        }
    }

    /// A greeted chat at the main menu.
    fn at_menu(lang: &str) -> Chat {
        let mut chat = Chat::new(lang);
        chat.send("/start");
        chat
    }

    /// A chat standing at the first question of the `kinds` test dialog.
    fn in_kinds(lang: &str) -> Chat {
        let mut chat = Chat::new(lang);
        chat.send("/start kinds");
        assert_eq!(chat.at(), "kinds/pick");
        chat
    }

    fn input(&mut self, input: Input) -> Turn {
        engine::step(&self.content, &mut self.session, input, t0())
    }

    fn send(&mut self, line: &str) -> Turn {
        self.input(Input::parse(line))
    }

    fn at(&self) -> String {
        position_label(&self.session)
    }

    /// A message as the content formats it in the session's language (no variables).
    fn text(&self, id: &str) -> String {
        self.content
            .l10n()
            .format(&self.session.locale, id, &Default::default(), &[])
    }

    fn var(&self, name: &str) -> Option<&Value> {
        self.session.vars.get(name)
    }
}

fn all_text(turn: &Turn) -> String {
    turn.replies
        .iter()
        .map(|r| r.text.clone())
        .collect::<Vec<_>>()
        .join("\n")
}

fn last_options(turn: &Turn) -> Vec<String> {
    turn.replies
        .iter()
        .rev()
        .find(|r| !r.options.is_empty())
        .map(|r| r.options.clone())
        .unwrap_or_default()
}

#[test]
fn say_step_runs_on_into_the_question_with_its_options() {
    let mut chat = Chat::new("sv");
    let turn = chat.send("/start kinds");
    let text = all_text(&turn);
    assert!(text.contains(&chat.text("kinds-intro")));
    assert!(text.contains(&chat.text("kinds-pick")));
    assert_eq!(
        last_options(&turn),
        ["Ett", "Två", "Jag kan inte andas", "Till menyn"]
    );
    let last = turn.replies.last().unwrap();
    assert_eq!(last.dialog.as_ref().unwrap().as_str(), "kinds");
    assert_eq!(last.step.as_ref().unwrap().as_str(), "pick");
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
    chat.send("  tvÅ ");
    assert_eq!(chat.at(), "kinds/age");
    assert_eq!(chat.var("score"), Some(&Value::Int(2)));
}

#[test]
fn number_input_asks_again_outside_its_range_and_stores_a_valid_answer() {
    let mut chat = Chat::in_kinds("sv");
    chat.send("1");
    for bad in ["200", "-1", "abc", "12 år och lite"] {
        let before = chat.session.clone();
        let turn = chat.send(bad);
        assert!(
            all_text(&turn).contains("120"),
            "{bad}: {}",
            all_text(&turn)
        );
        assert!(all_text(&turn).contains(&chat.text("kinds-age")));
        assert_eq!(chat.session, before, "{bad} changed the session");
    }
    chat.send("42");
    assert_eq!(chat.var("age"), Some(&Value::Int(42)));
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
    assert!(all_text(&turn).contains(&chat.text("kinds-postcode-invalid")));
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
    let long = "a".repeat(201);
    chat.send(&long);
    assert_eq!(chat.at(), "kinds/words");
    chat.send("ont i knät");
    assert_eq!(chat.var("words"), Some(&Value::Text("ont i knät".into())));
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
    assert!(text.contains("6 poäng"), "{text}");
    // The actor card of 1177.
    assert!(text.contains("1177"), "{text}");
    assert!(text.contains(&chat.text("dialog-end")));
    assert_eq!(chat.at(), "menu");
    let visited: Vec<String> = turn
        .visited
        .iter()
        .map(|(d, s)| format!("{d}/{s}"))
        .collect();
    assert_eq!(visited, ["kinds/result", "kinds/high"]);
}

#[test]
fn the_default_branch_arm_is_taken_when_no_condition_holds() {
    let mut chat = Chat::in_kinds("sv");
    for line in ["1", "42", "nej", "831 30", "text", "nej"] {
        chat.send(line);
    }
    assert_eq!(chat.at(), "menu");
    assert!(chat.session.history.len() >= 6);
    let turn = chat.send("/back");
    assert_eq!(chat.at(), "kinds-helper/more");
    assert!(all_text(&turn).contains(&chat.text("back-done")));
}

#[test]
fn an_emergency_option_answers_with_its_category_then_shows_the_menu() {
    let mut chat = Chat::in_kinds("sv");
    let turn = chat.send("3");
    let alert = turn.replies.iter().find(|r| r.alert.is_some()).unwrap();
    assert_eq!(alert.alert.as_deref(), Some("breathing"));
    assert!(alert.text.contains("112"));
    assert!(alert.options.is_empty());
    assert_eq!(chat.at(), "menu");
    assert!(!last_options(&turn).is_empty());
}

#[test]
fn a_menu_option_leaves_the_dialog() {
    let mut chat = Chat::in_kinds("sv");
    chat.send("4");
    assert_eq!(chat.at(), "menu");
}

#[test]
fn back_undoes_one_answer_with_the_variables_it_set() {
    let mut chat = Chat::in_kinds("sv");
    let at_pick = chat.session.clone();
    chat.send("2");
    chat.send("33");
    assert_eq!(chat.var("age"), Some(&Value::Int(33)));
    chat.send("/back");
    assert_eq!(chat.at(), "kinds/age");
    assert_eq!(chat.var("age"), Some(&Value::Int(0)));
    chat.send("/back");
    assert_eq!(chat.at(), "kinds/pick");
    assert_eq!(chat.session.vars, at_pick.vars);
    assert_eq!(chat.session.notes, at_pick.notes);
}

#[test]
fn back_with_nothing_to_undo_says_so() {
    let mut chat = Chat::new("sv");
    chat.send("/start");
    let turn = chat.send("/back");
    assert!(all_text(&turn).contains(&chat.text("back-nothing")));
    assert_eq!(chat.at(), "menu");
}

#[test]
fn restart_begins_the_dialog_again_and_drops_its_notes_and_variables() {
    let mut chat = Chat::in_kinds("sv");
    chat.send("2");
    chat.send("50");
    let turn = chat.send("/restart");
    assert!(all_text(&turn).contains(&chat.text("restart-done")));
    assert_eq!(chat.at(), "kinds/pick");
    assert_eq!(chat.var("score"), Some(&Value::Int(0)));
    assert!(chat.session.notes.is_empty());
}

#[test]
fn a_stale_button_press_reshows_the_current_question_and_changes_nothing() {
    let mut chat = Chat::in_kinds("sv");
    let old = chat.session.question;
    chat.send("1");
    let before = chat.session.clone();
    let turn = chat.input(Input::Choice {
        question: old,
        index: 1,
    });
    assert!(all_text(&turn).contains(&chat.text("stale-button")));
    assert!(all_text(&turn).contains(&chat.text("kinds-age")));
    assert_eq!(chat.session, before);
    // A press of the current question works.
    chat.send("/back");
    let current = chat.session.question;
    chat.input(Input::Choice {
        question: current,
        index: 1,
    });
    assert_eq!(chat.var("score"), Some(&Value::Int(2)));
}

#[test]
fn language_switch_mid_dialog_reshows_the_question_in_the_new_language() {
    let mut chat = Chat::in_kinds("sv");
    chat.send("1");
    let turn = chat.send("/language en-GB");
    assert_eq!(chat.session.locale.as_str(), "en");
    assert!(all_text(&turn).contains("How old are you?"));
    assert_eq!(chat.at(), "kinds/age");
    let turn = chat.send("/language xx");
    assert_eq!(chat.session.locale.as_str(), "en");
    assert!(all_text(&turn).contains("/language sv"));
    chat.send("/language sv-FI");
    assert_eq!(chat.session.locale.as_str(), "sv");
}

#[test]
fn summary_is_given_in_the_persons_language_and_in_swedish() {
    let mut chat = Chat::in_kinds("en");
    chat.send("2");
    chat.send("42");
    let turn = chat.send("/summary");
    let text = all_text(&turn);
    assert!(text.contains("I chose two."), "{text}");
    assert!(text.contains("I am 42 years old."), "{text}");
    assert!(
        text.contains(&chat.text("summary-swedish-header")),
        "{text}"
    );
    assert!(text.contains("Jag är 42 år."), "{text}");
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
        let alerts: Vec<_> = turn
            .replies
            .iter()
            .filter_map(|r| r.alert.clone())
            .collect();
        assert_eq!(alerts, [category], "{line}");
        assert!(all_text(&turn).contains(&chat.text("kinds-age")), "{line}");
        assert_eq!(chat.session.vars, before.vars);
        assert_eq!(chat.session.position, before.position);
        assert_eq!(chat.session.notes, before.notes);
    }
}

#[test]
fn a_red_flag_as_the_very_first_message_is_answered_before_the_welcome() {
    let mut chat = Chat::new("sv");
    let turn = chat.send("min pappa sluddrar och är sned i ansiktet");
    assert_eq!(turn.replies[0].alert.as_deref(), Some("stroke"));
}

#[test]
fn odd_input_gets_a_friendly_reply_and_leaves_the_session_unchanged() {
    let mut chat = Chat::in_kinds("sv");
    let huge = "x".repeat(100 * 1024);
    let inputs = [
        "",
        "   ",
        huge.as_str(),
        "\0\u{1}\u{7f}",
        "\u{202E}\u{2066}\u{200F}",
        "🙂🙂🙂",
        "0",
        "99",
        "99999999999999999999999",
        "/nonsense",
        "/",
    ];
    for line in inputs {
        let before = chat.session.clone();
        let turn = chat.send(line);
        let text = all_text(&turn);
        let shown: String = line.chars().take(20).collect();
        assert!(!text.trim().is_empty(), "no reply to {shown:?}");
        assert!(turn.replies.iter().all(|r| r.alert.is_none()), "{shown:?}");
        assert!(text.contains(&chat.text("kinds-pick")), "{shown:?}: {text}");
        let mut after = chat.session.clone();
        after.last_active = before.last_active;
        assert_eq!(after, before, "{shown:?} changed the session");
    }
    assert!(all_text(&chat.send("99")).contains("4"));
    assert!(all_text(&chat.send("/nonsense")).contains("/nonsense"));
}

#[test]
fn a_button_press_out_of_range_is_refused() {
    let mut chat = Chat::in_kinds("sv");
    let before = chat.session.clone();
    let q = chat.session.question;
    chat.input(Input::Choice {
        question: q,
        index: 99,
    });
    assert_eq!(chat.session, before);
}

#[test]
fn the_menu_groups_dialogs_by_topic() {
    let mut chat = Chat::new("sv");
    let turn = chat.send("/start");
    let topics = last_options(&turn);
    let titles: Vec<String> = chat
        .content
        .menu()
        .iter()
        .map(|t| chat.text(t.title.as_str()))
        .collect();
    assert_eq!(topics, titles);
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
        last_options(&turn),
        [
            "Alla stegtyper",
            "Hjälpdialog",
            &chat.text("menu-all-topics")
        ]
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
    assert!(all_text(&turn).contains("erased") || !all_text(&turn).is_empty());
    assert_eq!(chat.session.position, Position::Menu);
    assert!(chat.session.vars.is_empty());
    assert!(chat.session.notes.is_empty());
    assert!(chat.session.history.is_empty());
}

#[test]
fn mydata_shows_language_position_variables_and_notes() {
    let mut chat = Chat::in_kinds("sv");
    chat.send("2");
    let text = all_text(&chat.send("/mydata"));
    assert!(text.contains("Svenska"), "{text}");
    assert!(text.contains("kinds/age"), "{text}");
    assert!(text.contains("score = 2"), "{text}");
    assert!(text.contains("Jag valde två."), "{text}");
}

#[test]
fn help_lists_the_commands_and_reshows_the_question() {
    let mut chat = Chat::in_kinds("sv");
    let text = all_text(&chat.send("/help"));
    for command in ["/menu", "/back", "/summary", "/forget"] {
        assert!(text.contains(command), "{command}: {text}");
    }
    assert!(text.contains(&chat.text("kinds-pick")));
    let _ = Command::Help;
}

#[test]
fn the_first_message_of_a_new_session_gets_the_welcome_and_menu() {
    let mut chat = Chat::new("sv");
    let turn = chat.send("hej");
    assert!(all_text(&turn).contains(&chat.text("welcome")));
    assert_eq!(chat.at(), "menu");
    assert!(chat.session.greeted);
}

#[test]
fn a_description_at_the_menu_starts_the_one_dialog_that_fits() {
    let mut chat = Chat::at_menu("sv");
    chat.send("jag har haft ont i ryggen sen i måndags");
    assert!(chat.at().starts_with("back-pain/"), "{}", chat.at());
}

#[test]
fn a_description_that_fits_several_dialogs_offers_them() {
    let mut chat = Chat::at_menu("sv");
    let turn = chat.send("jag sover dåligt och har mycket stress");
    assert!(all_text(&turn).contains(&chat.text("route-suggest")));
    let offered = last_options(&turn);
    let sleep = chat.text("sleep-title");
    let stress = chat.text("stress-worry-title");
    assert!(
        offered.contains(&sleep) && offered.contains(&stress),
        "{offered:?}"
    );
    let pick = offered.iter().position(|o| *o == stress).unwrap() + 1;
    chat.send(&pick.to_string());
    assert!(chat.at().starts_with("stress-worry/"), "{}", chat.at());
}

#[test]
fn a_description_nothing_fits_gets_the_fallback_and_the_menu() {
    let mut chat = Chat::at_menu("en");
    let turn = chat.send("qwerty asdf");
    assert!(all_text(&turn).contains(&chat.text("route-nothing")));
    assert!(all_text(&turn).contains("1177"));
    assert_eq!(chat.at(), "menu");
    assert!(!last_options(&turn).is_empty());
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

#[test]
fn an_option_label_typed_with_a_small_typo_is_understood() {
    let mut chat = Chat::at_menu("sv");
    chat.send("Jag har besvär eller symtom");
    chat.send("Sömnbesvar");
    assert!(chat.at().starts_with("sleep/"), "{}", chat.at());
    let mut chat = Chat::at_menu("sv");
    chat.send("Jag har besvär eller symtom");
    chat.send("Förkyldning och febr");
    assert!(chat.at().starts_with("cold-fever/"), "{}", chat.at());
}

#[test]
fn violence_at_the_menu_gets_its_answer_then_the_offer_of_the_violence_dialog() {
    let mut chat = Chat::at_menu("sv");
    let turn = chat.send("min sambo slår mig");
    let alert = turn.replies.iter().find(|r| r.alert.is_some()).unwrap();
    assert_eq!(alert.text, chat.text("emergency-violence"));
    assert_eq!(
        last_options(&turn).first(),
        Some(&chat.text("violence-title"))
    );
    chat.send("1");
    assert!(chat.at().starts_with("violence/"), "{}", chat.at());
}

#[test]
fn violence_inside_a_dialog_gets_its_answer_and_the_same_question_again() {
    let mut chat = Chat::in_kinds("en");
    let turn = chat.send("my husband is hitting me");
    assert!(
        turn.replies
            .iter()
            .any(|r| r.alert.as_deref() == Some("violence"))
    );
    assert_eq!(chat.at(), "kinds/pick");
    assert!(all_text(&turn).contains(&chat.text("kinds-pick")));
}
