//! `lots chat` through its CLI contract: piped lines in, one JSON object per bot message out.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

/// Runs `lots chat --memory --format json` with `input` on stdin; returns the exit code, the
/// JSON messages and stderr.
fn chat(args: &[&str], input: &[u8]) -> (Option<i32>, Vec<Value>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lots"))
        .current_dir(common::root())
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
    let stdout = String::from_utf8(out.stdout).expect("stdout is UTF-8");
    let messages = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    (
        out.status.code(),
        messages,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Every message is an object with exactly the five contract fields, of the right types.
fn assert_contract(messages: &[Value]) {
    for m in messages {
        let object = m
            .as_object()
            .unwrap_or_else(|| panic!("not an object: {m}"));
        let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["alert", "dialog", "options", "step", "text"], "{m}");
        assert!(m["text"].as_str().is_some_and(|t| !t.is_empty()), "{m}");
        assert!(
            m["options"]
                .as_array()
                .unwrap()
                .iter()
                .all(Value::is_string),
            "{m}"
        );
        for key in ["dialog", "step", "alert"] {
            assert!(m[key].is_null() || m[key].is_string(), "{m}");
        }
        // A person never sees a raw message id.
        let text = m["text"].as_str().unwrap();
        assert!(
            !text.contains("sore-throat-") && !text.contains("audit-c-"),
            "{text}"
        );
    }
}

fn last(messages: &[Value]) -> &Value {
    messages.last().expect("at least one message")
}

#[test]
fn a_piped_conversation_gives_one_json_object_per_bot_message() {
    let (code, messages, _) = chat(&[], "/start\n/start sore-throat\nNej\nNej\n".as_bytes());
    assert_eq!(code, Some(0));
    assert_contract(&messages);
    assert!(messages.len() >= 4);
    assert!(messages[0]["dialog"].is_null() && messages[0]["step"].is_null());
    let m = last(&messages);
    assert_eq!(m["dialog"], "sore-throat");
    assert_eq!(m["step"], "duration");
    assert_eq!(m["options"].as_array().unwrap().len(), 2);
    assert!(m["alert"].is_null());
}

#[test]
fn the_first_line_need_not_be_start_and_options_can_be_picked_by_number() {
    let (code, messages, _) = chat(&["--lang", "en-GB"], b"hello\n1\n");
    assert_eq!(code, Some(0));
    assert_contract(&messages);
    assert_eq!(messages.len(), 2);
    assert!(messages[0]["text"].as_str().unwrap().contains("welcome"));
    // `1` chose the first topic of the menu: the person is no longer shown the menu.
    assert_ne!(messages[1]["options"], messages[0]["options"]);
    assert!(!messages[1]["text"].as_str().unwrap().contains("welcome"));
}

#[test]
fn a_red_flag_is_its_own_message_with_an_alert() {
    let (code, messages, _) = chat(&[], "/start\njag har ont i bröstet\n".as_bytes());
    assert_eq!(code, Some(0));
    assert_contract(&messages);
    let alerts: Vec<&Value> = messages.iter().filter(|m| !m["alert"].is_null()).collect();
    assert_eq!(alerts.len(), 1, "{messages:?}");
    assert_eq!(alerts[0]["alert"], "chest-pain");
    assert!(alerts[0]["text"].as_str().unwrap().contains("112"));
}

#[test]
fn bad_input_gets_a_friendly_reply_and_leaves_the_session_where_it_was() {
    // Stand at sore-throat/duration, then send every kind of odd input.
    let mut input = "/start sore-throat\nNej\nNej\n".as_bytes().to_vec();
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
    let (code, messages, stderr) = chat(&[], &input);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_contract(&messages);
    let replies = &messages[messages.len() - odd.len()..];
    for m in replies {
        assert_eq!(m["dialog"], "sore-throat", "{m}");
        assert_eq!(m["step"], "duration", "{m}");
        assert!(m["alert"].is_null(), "{m}");
        // The current question is shown again, with its options.
        assert!(m["text"].as_str().unwrap().contains("Hur länge"), "{m}");
        assert_eq!(m["options"].as_array().unwrap().len(), 2, "{m}");
    }
    // The 100 kB line is answered as too long, not echoed back.
    assert!(replies[1]["text"].as_str().unwrap().len() < 2_000);
}

#[test]
fn forget_deletes_the_session_at_once() {
    let (code, messages, _) = chat(
        &[],
        "/start sore-throat\nNej\n/forget\n/summary\n".as_bytes(),
    );
    assert_eq!(code, Some(0));
    assert_contract(&messages);
    let summary = last(&messages)["text"].as_str().unwrap();
    assert!(!summary.contains("andas"), "{summary}");
}

#[test]
fn text_format_prints_numbered_options() {
    let out = Command::new(env!("CARGO_BIN_EXE_lots"))
        .current_dir(common::root())
        .args(["chat", "--memory"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let mut child = Command::new(env!("CARGO_BIN_EXE_lots"))
        .current_dir(common::root())
        .args(["chat", "--memory"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"/start\n").unwrap();
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("1. "), "{stdout}");
    assert!(stdout.contains("2. "), "{stdout}");
}
