//! Property tests of the engine on the shipped content: any sequence of typed text, option
//! numbers, commands, stale, forged and late presses, language switches and `/back` chains never
//! panics, always answers, and leaves a session that is valid — its position exists in the
//! content, its lists stay within their limits, and it reads back from its stored form unchanged.

mod common;

use jiff::{SignedDuration, Timestamp};
use lots::content::Content;
use lots::engine::{self, Command, Input, MAX_HISTORY, MAX_NOTES, Position, Session};
use lots::ids::LocaleCode;
use proptest::prelude::*;

/// One thing a person may send.
fn input() -> impl Strategy<Value = Input> {
    let words = prop::sample::select(vec![
        "1",
        "2",
        "3",
        "9",
        "0",
        "-1",
        "Ja",
        "Nej",
        "ja!",
        "yes",
        "no",
        "",
        "   ",
        "ont i halsen",
        "jag har feber",
        "sore throat",
        "hjälp",
        "/",
        "😀",
        "\u{202E}abc",
        "1.5",
        "99999999999999999999",
    ]);
    prop_oneof![
        4 => words.prop_map(|w| Input::Text(w.to_owned())),
        2 => "\\PC{0,40}".prop_map(Input::Text),
        1 => "[a-zåäö ]{0,3000}".prop_map(Input::Text),
        4 => (0u64..12, 0usize..6).prop_map(|(question, index)| Input::Choice { question, index }),
        1 => prop::sample::select(vec!["Nej", "2", "ont i halsen"]).prop_map(|w| Input::Late(w.to_owned())),
        3 => command().prop_map(Input::Command),
    ]
}

fn command() -> impl Strategy<Value = Command> {
    let start = prop::sample::select(vec!["sore-throat", "fever", "nope", ""]);
    let language = prop::sample::select(vec!["en", "sv", "xx", "ar"]);
    prop_oneof![
        1 => Just(Command::Start(None)),
        1 => start.prop_map(|d| Command::Start(Some(d.to_owned()))),
        1 => Just(Command::Menu),
        4 => Just(Command::Back),
        1 => Just(Command::Restart),
        2 => language.prop_map(|l| Command::Language(Some(l.to_owned()))),
        1 => Just(Command::Language(None)),
        1 => Just(Command::Summary),
        1 => Just(Command::Help),
        1 => Just(Command::MyData),
        1 => Just(Command::Forget),
        1 => Just(Command::Unknown("nonsense".to_owned())),
    ]
}

/// What makes a session valid for `content`.
fn check_valid(content: &Content, session: &Session) -> Result<(), TestCaseError> {
    match &session.position {
        Position::Menu => {}
        Position::Topic { topic } => {
            prop_assert!(
                content.menu().iter().any(|t| &t.id == topic),
                "topic {topic}"
            );
        }
        Position::Suggest { dialogs } => {
            prop_assert!(!dialogs.is_empty());
            for d in dialogs {
                prop_assert!(content.dialog(d.as_str()).is_some(), "dialog {d}");
            }
        }
        Position::Dialog { frames } => {
            prop_assert!(!frames.is_empty(), "a dialog position without frames");
            for f in frames {
                let dialog = content.dialog(f.dialog.as_str());
                prop_assert!(dialog.is_some(), "dialog {}", f.dialog);
                let step = dialog.and_then(|d| d.step(&f.step));
                prop_assert!(step.is_some(), "step {}/{}", f.dialog, f.step);
                prop_assert!(f.notes_at_start <= session.notes.len());
            }
        }
    }
    prop_assert!(content.l10n().locale(session.locale.as_str()).is_some());
    prop_assert!(session.history.len() <= MAX_HISTORY);
    prop_assert!(session.notes.len() <= MAX_NOTES);
    let again = Session::from_json(&session.to_json());
    prop_assert_eq!(again.as_ref().ok(), Some(session));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_of_inputs_answers_and_leaves_a_valid_session(
        inputs in prop::collection::vec(input(), 1..40),
        pauses in prop::collection::vec(0i64..200, 40),
    ) {
        let content = common::content();
        let mut now = Timestamp::from_second(1_800_000_000).unwrap();
        let mut session = Session::new(LocaleCode::new("sv"), now);
        for (input, pause) in inputs.into_iter().zip(pauses) {
            // Now and then a long pause, so that the offer to resume comes up too.
            now = now.checked_add(SignedDuration::from_mins(pause)).unwrap();
            let turn = engine::step(content, &mut session, input, now);
            prop_assert!(!turn.replies.is_empty(), "a turn without an answer");
            for reply in &turn.replies {
                prop_assert!(!reply.text.trim().is_empty() || !reply.options.is_empty());
                prop_assert!(reply.options.is_empty() || reply.question.is_some());
            }
            if turn.forget {
                session = Session::new(LocaleCode::new("sv"), now);
            }
            check_valid(content, &session)?;
        }
    }
}
