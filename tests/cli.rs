//! `lots chat` through its CLI contract: piped lines in, one JSON object per bot message out.
//!
//! The tests about the contract itself run the `lots` binary; the tests about what the chat
//! answers run the same terminal channel in-process (`lots::cli::chat::converse`), on content
//! loaded once. Expected texts are formatted from the content by message id.

mod common;

use std::collections::BTreeSet;
use std::io::Write;
use std::process::Stdio;
use std::sync::OnceLock;

use serde_json::Value;

use lots::cli::chat::{self, Chat};
use lots::cli::{Format, Options, StoreChoice};
use lots::content::Content;
use lots::engine::Settings;
use lots::ids::LocaleCode;
use lots::store::{MemoryStore, SessionStore};

/// The shipped content, loaded once for every test of this file.
fn shipped() -> &'static Content {
    static SHIPPED: OnceLock<Content> = OnceLock::new();
    SHIPPED.get_or_init(common::shipped)
}

/// A message of the shipped content in `locale`, without arguments.
fn msg(locale: &str, id: &str) -> String {
    let text = shipped()
        .l10n()
        .format(&LocaleCode::new(locale), id, &Default::default(), &[]);
    assert!(!text.is_empty(), "no message `{id}`");
    text
}

/// Runs `lots chat --memory --format json` with `input` on stdin; returns the exit code, the
/// JSON messages and stderr.
fn chat_binary(args: &[&str], input: &[u8]) -> (Option<i32>, Vec<Value>, String) {
    let mut child = common::lots()
        .args(["chat", "--memory", "--format", "json"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (
        out.status.code(),
        json_lines(&out.stdout),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs the chat in-process in JSON format on a memory store, as `lots chat --memory --format
/// json` does; returns the messages and what went to stderr.
fn chat_in_process(store: &dyn SessionStore, input: &[u8]) -> (Vec<Value>, String) {
    let options = Options {
        content: common::root(),
        store: StoreChoice::Memory,
        today: common::today(),
        retention_days: 30,
        settings: Settings::default(),
        offer_drafts: false,
    };
    let chat = Chat {
        lang: None,
        user: "terminal".into(),
        format: Format::Json,
        interactive: false,
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    chat::converse(
        shipped(),
        &options,
        store,
        &chat,
        &mut &input[..],
        &mut out,
        &mut err,
    )
    .unwrap();
    (json_lines(&out), String::from_utf8(err).unwrap())
}

fn json_lines(stdout: &[u8]) -> Vec<Value> {
    let stdout = std::str::from_utf8(stdout).expect("stdout is UTF-8");
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// The message ids of the shipped content that a raw id shown to a person would look like.
fn message_ids() -> &'static BTreeSet<String> {
    static IDS: OnceLock<BTreeSet<String>> = OnceLock::new();
    IDS.get_or_init(|| {
        let l10n = shipped().l10n();
        l10n.locales()
            .iter()
            .flat_map(|l| l10n.ids(&l.code))
            .filter(|id| id.contains('-'))
            .map(str::to_owned)
            .collect()
    })
}

/// Every message is an object with exactly the eight contract fields, of the right types, and
/// its text shows no raw message id.
fn assert_contract(messages: &[Value]) {
    assert!(!messages.is_empty());
    for m in messages {
        let object = m
            .as_object()
            .unwrap_or_else(|| panic!("not an object: {m}"));
        let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "alert", "caution", "dialog", "dir", "lang", "options", "step", "text"
            ],
            "{m}"
        );
        assert!(m["lang"].as_str().is_some_and(|l| !l.is_empty()), "{m}");
        assert!(matches!(m["dir"].as_str(), Some("ltr" | "rtl")), "{m}");
        assert!(m["text"].as_str().is_some_and(|t| !t.is_empty()), "{m}");
        assert!(
            m["options"]
                .as_array()
                .unwrap()
                .iter()
                .all(Value::is_string),
            "{m}"
        );
        for key in ["dialog", "step", "alert", "caution"] {
            assert!(m[key].is_null() || m[key].is_string(), "{m}");
        }
        let text = m["text"].as_str().unwrap();
        let raw = text
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .find(|word| message_ids().contains(*word));
        assert_eq!(raw, None, "a raw message id in {text}");
    }
}

fn options(m: &Value) -> Vec<&str> {
    m["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o.as_str().unwrap())
        .collect()
}

/// `start`, then the Swedish option label "no" twice: in sore-throat, no trouble breathing and
/// not one-sided, which leads to the question `duration`.
fn to_duration(start: &str) -> String {
    let no = msg("sv", "answer-no");
    format!("{start}{no}\n{no}\n")
}

fn last(messages: &[Value]) -> &Value {
    messages.last().expect("at least one message")
}

#[test]
fn a_piped_conversation_gives_one_json_object_per_bot_message() {
    let (code, messages, stderr) =
        chat_binary(&[], to_duration("/start\n/start sore-throat\n").as_bytes());
    assert_eq!(code, Some(0), "{stderr}");
    assert_contract(&messages);
    assert!(messages.len() >= 4);
    // `/start` shows the menu: no dialog, no step, the topics as options.
    assert!(messages[0]["dialog"].is_null() && messages[0]["step"].is_null());
    let topics: Vec<String> = shipped()
        .menu()
        .iter()
        .map(|t| msg("sv", t.title.as_str()))
        .collect();
    assert_eq!(options(last(&messages[..1])), topics);
    let m = last(&messages);
    assert_eq!(m["dialog"], "sore-throat");
    assert_eq!(m["step"], "duration");
    assert_eq!(m["text"], msg("sv", "sore-throat-duration"));
    assert_eq!(
        options(m),
        [
            msg("sv", "sore-throat-duration-short"),
            msg("sv", "sore-throat-duration-long")
        ]
    );
    assert!(m["alert"].is_null());
}

#[test]
fn the_first_line_need_not_be_start_and_options_can_be_picked_by_number() {
    let (code, messages, stderr) = chat_binary(&["--lang", "en-GB"], b"hello\n1\n");
    assert_eq!(code, Some(0), "{stderr}");
    assert_contract(&messages);
    assert_eq!(messages.len(), 2, "{messages:?}");
    // `--lang en-GB` is answered in English: the welcome, then the menu.
    let text = messages[0]["text"].as_str().unwrap();
    assert!(text.starts_with(&msg("en", "welcome")), "{text}");
    let menu = shipped().menu();
    let topics: Vec<String> = menu.iter().map(|t| msg("en", t.title.as_str())).collect();
    assert_eq!(options(&messages[0]), topics);
    // `1` chose the first topic: its dialogs are offered, and a way back to all topics.
    let mut dialogs: Vec<String> = menu[0]
        .dialogs
        .iter()
        .map(|d| msg("en", shipped().dialog(d.as_str()).unwrap().title.as_str()))
        .collect();
    dialogs.push(msg("en", "menu-all-topics"));
    assert_eq!(options(&messages[1]), dialogs);
    assert!(messages[1]["dialog"].is_null(), "{}", messages[1]);
}

#[test]
fn text_format_prints_numbered_options() {
    let mut child = common::lots()
        .args(["chat", "--memory"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"/start\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    // The reply ends with the menu prompt and each topic on its own line, numbered from 1.
    let mut menu = format!("{}\n", msg("sv", "menu-prompt"));
    for (n, topic) in shipped().menu().iter().enumerate() {
        menu.push_str(&format!(
            "  {}. {}\n",
            n + 1,
            msg("sv", topic.title.as_str())
        ));
    }
    menu.push('\n');
    assert!(stdout.ends_with(&menu), "{stdout}");
}

#[test]
fn no_input_gives_no_output() {
    let store = MemoryStore::new();
    let (messages, stderr) = chat_in_process(&store, b"");
    assert!(
        messages.is_empty() && stderr.is_empty(),
        "{messages:?} {stderr}"
    );
    assert_eq!(store.size().unwrap().0, 0);
}

#[test]
fn a_red_flag_is_its_own_message_with_an_alert() {
    let store = MemoryStore::new();
    let (messages, _) = chat_in_process(&store, "/start\njag har ont i bröstet\n".as_bytes());
    assert_contract(&messages);
    let alerts: Vec<&Value> = messages.iter().filter(|m| !m["alert"].is_null()).collect();
    assert_eq!(alerts.len(), 1, "{messages:?}");
    assert_eq!(alerts[0]["alert"], "chest-pain");
    // The emergency answer of its category, alone in its message, with no options.
    assert_eq!(alerts[0]["text"], msg("sv", "emergency-chest-pain"));
    assert!(options(alerts[0]).is_empty());
}

#[test]
fn bad_input_gets_a_friendly_reply_and_leaves_the_session_where_it_was() {
    // Stand at sore-throat/duration, then send every kind of odd input.
    let mut input = to_duration("/start sore-throat\n").into_bytes();
    let odd: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        vec![b'a'; 100 * 1024],
        b"abc\0def\x07\x1b[31m".to_vec(),
        "\u{202e}\u{2066}hjälp mig\u{2069}\u{200f}"
            .as_bytes()
            .to_vec(),
        "😀🙈👍🏽".as_bytes().to_vec(),
        b"0".to_vec(),
        b"99".to_vec(),
        b"/nosuchcommand".to_vec(),
        vec![0xff, 0xfe, 0xc3, 0x28],
        b"\r".to_vec(),
    ];
    for line in &odd {
        input.extend_from_slice(line);
        input.push(b'\n');
    }
    let store = MemoryStore::new();
    let (messages, stderr) = chat_in_process(&store, &input);
    assert_contract(&messages);
    assert_eq!(
        messages.len(),
        3 + odd.len(),
        "one reply per line: {messages:?}"
    );
    let question = msg("sv", "sore-throat-duration");
    let replies = &messages[messages.len() - odd.len()..];
    for m in replies {
        assert_eq!(m["dialog"], "sore-throat", "{m}");
        assert_eq!(m["step"], "duration", "{m}");
        assert!(m["alert"].is_null(), "{m}");
        // The current question is shown again, last, with its options.
        let text = m["text"].as_str().unwrap();
        assert!(text.ends_with(&question), "{m}");
        assert_eq!(options(m).len(), 2, "{m}");
    }
    // The 100 kB line is answered as too long, not echoed back.
    assert!(replies[1]["text"].as_str().unwrap().len() < 2_000);
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn forget_deletes_the_session_at_once() {
    let store = MemoryStore::new();
    // Before `/forget` the summary holds the answer just given…
    let no = msg("sv", "answer-no");
    let input = format!("/start sore-throat\n{no}\n/summary\n");
    let (messages, _) = chat_in_process(&store, input.as_bytes());
    let note = msg("sv", "sore-throat-note-breathing-no");
    let summary = last(&messages)["text"].as_str().unwrap();
    assert!(summary.contains(&note), "{summary}");
    assert_eq!(store.size().unwrap().0, 1);
    // …and after it the session is gone: the summary is empty.
    let (messages, _) = chat_in_process(&store, "/forget\n".as_bytes());
    assert_contract(&messages);
    assert_eq!(store.size().unwrap().0, 0);
    let (messages, _) = chat_in_process(&store, "/summary\n".as_bytes());
    let summary = last(&messages)["text"].as_str().unwrap();
    assert!(!summary.contains(&note), "{summary}");
    let empty = msg("sv", "summary-empty");
    assert!(summary.split("\n\n").any(|p| p == empty), "{summary}");
}

#[test]
fn route_explains_a_red_flag_and_a_routing_in_json() {
    let out = common::lots()
        .args(["route", "--format", "json", "jag har ont i bröstet"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["dialogs", "redflag", "tier", "why"], "{v}");
    assert_eq!(v["redflag"], "chest-pain", "{v}");
    assert_eq!(v["tier"], "certain", "{v}");
    assert!(!v["why"].as_array().unwrap().is_empty(), "{v}");

    let out = common::lots()
        .args([
            "route",
            "--format",
            "json",
            "jag har haft ont i halsen i tre dagar",
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["redflag"].is_null() && v["tier"].is_null(), "{v}");
    assert_eq!(v["dialogs"][0]["id"], "sore-throat", "{v}");
    assert!(v["dialogs"][0]["score"].as_u64().unwrap() >= 1, "{v}");
    assert!(
        v["why"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w.as_str().unwrap().contains("sore-throat")),
        "{v}"
    );
}

#[test]
fn route_in_text_names_the_dialog_title_in_the_language_asked() {
    let out = common::lots()
        .args([
            "route",
            "--lang",
            "en",
            "jag har haft ont i halsen i tre dagar",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(&msg("en", "sore-throat-title")), "{text}");
    assert!(text.contains("red flag: none"), "{text}");
}
