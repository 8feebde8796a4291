//! Replays every transcript in `tests/transcripts/` against the shipped content, the same way
//! `lots test` does, and checks that together they visit every step in every locale.

mod common;

use std::path::{Path, PathBuf};

use lots::transcript;

#[test]
fn every_transcript_passes_and_every_step_is_visited_in_every_locale() {
    let content = common::shipped();
    let dir = common::root().join("tests/transcripts");
    let conversations = transcript::load_files(&[dir]).unwrap_or_else(|failures| {
        panic!(
            "{}",
            failures
                .iter()
                .map(|f| f.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert!(!conversations.is_empty());
    let outcome = transcript::run(&content, &conversations);
    let failures: Vec<String> = outcome.failures.iter().map(|f| f.to_string()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(outcome.passed, outcome.conversations);
    let unvisited = transcript::unvisited(&content, &outcome);
    assert!(
        unvisited.is_empty(),
        "steps no transcript visits: {}",
        unvisited.join(", ")
    );
}

#[test]
fn a_transcript_that_expects_the_wrong_thing_fails_at_its_line() {
    let content = common::shipped();
    let text = "lang: sv\n> /start\n< Välkommen\n> /help\n< this text is nowhere\n! none\n";
    let conversations = transcript::parse(Path::new("wrong.txt"), text).unwrap();
    let outcome = transcript::run(&content, &conversations);
    assert_eq!(outcome.passed, 0);
    assert_eq!(outcome.failures.len(), 1);
    assert_eq!(outcome.failures[0].path, PathBuf::from("wrong.txt"));
    assert_eq!(outcome.failures[0].line, 5);
}

#[test]
fn a_wrong_emergency_expectation_fails() {
    let content = common::shipped();
    let text = "> jag har ont i bröstet\n! none\n---\n> hej\n! chest-pain\n";
    let conversations = transcript::parse(Path::new("alert.txt"), text).unwrap();
    let outcome = transcript::run(&content, &conversations);
    assert_eq!(outcome.passed, 0, "{:?}", outcome.failures);
    assert_eq!(outcome.failures.len(), 2);
}

#[test]
fn the_lots_test_command_reports_pass_and_fail() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_lots"))
        .current_dir(common::root())
        .arg("test")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains(" passed, 0 failed"), "{stdout}");

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, "> /start\n< no such words\n").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_lots"))
        .current_dir(common::root())
        .arg("test")
        .arg(&bad)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("bad.txt:2:"), "{stdout}");
    assert!(stdout.contains("0 passed, 1 failed"), "{stdout}");
}
