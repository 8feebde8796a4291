//! Replays every transcript in `tests/transcripts/` against the shipped content, the same way
//! `lots test` does, and checks that together they visit every step in every locale.

mod common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use lots::cli::{self, Verdict};
use lots::content::Content;
use lots::ids::LocaleCode;
use lots::transcript::{self, Conversation};

/// The shipped content, loaded once for every test of this file.
fn shipped() -> &'static Content {
    static SHIPPED: OnceLock<Content> = OnceLock::new();
    SHIPPED.get_or_init(common::shipped)
}

/// Every conversation of the shipped transcripts.
fn shipped_transcripts() -> Vec<Conversation> {
    let dir = common::root().join(cli::test::DEFAULT_DIR);
    transcript::load_files(&[dir]).unwrap_or_else(|failures| {
        panic!(
            "{}",
            failures
                .iter()
                .map(|f| f.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

#[test]
fn every_transcript_passes_and_every_step_is_visited_in_every_locale() {
    let content = shipped();
    let conversations = shipped_transcripts();
    assert!(!conversations.is_empty());
    let outcome = transcript::run(content, &conversations);
    let failures: Vec<String> = outcome.failures.iter().map(|f| f.to_string()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(outcome.passed, outcome.conversations);
    assert_eq!(outcome.conversations, conversations.len());
    let unvisited = transcript::unvisited(content, &outcome);
    assert!(
        unvisited.is_empty(),
        "steps no transcript visits: {}",
        unvisited.join(", ")
    );
}

#[test]
fn a_transcript_that_expects_the_wrong_thing_fails_at_its_line() {
    let content = shipped();
    // The first line of the Swedish welcome, which `/start` does show: line 3 holds.
    let welcome =
        content
            .l10n()
            .format(&LocaleCode::new("sv"), "welcome", &Default::default(), &[]);
    let welcome = welcome.lines().next().unwrap();
    assert!(!welcome.is_empty());
    let text =
        format!("lang: sv\n> /start\n< {welcome}\n> /help\n< this text is nowhere\n! none\n");
    let conversations = transcript::parse(Path::new("wrong.txt"), &text).unwrap();
    let outcome = transcript::run(content, &conversations);
    assert_eq!(outcome.passed, 0);
    assert_eq!(outcome.failures.len(), 1, "{:?}", outcome.failures);
    assert_eq!(outcome.failures[0].path, PathBuf::from("wrong.txt"));
    assert_eq!(outcome.failures[0].line, 5);
}

#[test]
fn a_wrong_emergency_expectation_fails() {
    let text = "> jag har ont i bröstet\n! none\n---\n> hej\n! chest-pain\n";
    let conversations = transcript::parse(Path::new("alert.txt"), text).unwrap();
    let outcome = transcript::run(shipped(), &conversations);
    assert_eq!(outcome.passed, 0, "{:?}", outcome.failures);
    let lines: Vec<usize> = outcome.failures.iter().map(|f| f.line).collect();
    assert_eq!(lines, [2, 5]);
}

#[test]
fn lots_test_reports_each_failure_at_its_line_and_the_tally() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, "> /start\n< no such words\n---\n> /start\n@ menu\n").unwrap();
    let mut out = Vec::new();
    let verdict = cli::test::replay(shipped(), std::slice::from_ref(&bad), &mut out).unwrap();
    let out = String::from_utf8(out).unwrap();
    assert_eq!(verdict, Verdict::Fail, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with(&format!("{}:2: ", bad.display())),
        "{out}"
    );
    assert_eq!(
        lines.last(),
        Some(&"transcripts: 1 passed, 1 failed"),
        "{out}"
    );

    // A file that cannot be read fails too, with its name.
    let missing = dir.path().join("missing.txt");
    let mut out = Vec::new();
    let verdict = cli::test::replay(shipped(), std::slice::from_ref(&missing), &mut out).unwrap();
    let out = String::from_utf8(out).unwrap();
    assert_eq!(verdict, Verdict::Fail, "{out}");
    assert!(
        out.starts_with(&format!("{}:1: cannot read", missing.display())),
        "{out}"
    );
}

#[test]
fn the_lots_test_command_reads_the_transcripts_of_the_content_directory() {
    // Content with a transcript of its own, run from elsewhere: the default is
    // `<content>/tests/transcripts/`, not `./tests/transcripts/`.
    let content = tempfile::tempdir().unwrap();
    for dir in ["dialogs", "locales"] {
        common::copy_tree(&common::root().join(dir), &content.path().join(dir));
    }
    let transcripts = content.path().join(cli::test::DEFAULT_DIR);
    std::fs::create_dir_all(&transcripts).unwrap();
    std::fs::write(transcripts.join("menu.txt"), "> /start\n@ menu\n! none\n").unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let out = common::lots()
        .current_dir(elsewhere.path())
        .env("LOTS_TODAY", common::today().to_string())
        .arg("--content")
        .arg(content.path())
        .arg("test")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert_eq!(
        stdout.lines().last(),
        Some("transcripts: 1 passed, 0 failed"),
        "{stdout}"
    );
}

#[test]
fn a_chosen_transcript_lists_only_the_unvisited_steps_of_its_own_dialog_and_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("part.txt");
    std::fs::write(&file, "> /start sore-throat\n@ sore-throat/breathing\n").unwrap();
    let out = common::lots().arg("test").arg(&file).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    let line = stdout
        .lines()
        .find(|l| l.starts_with("steps no transcript visits:"))
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(line.contains("sv sore-throat/duration"), "{line}");
    assert!(!line.contains("en sore-throat/"), "{line}");
    assert!(!line.contains("dental/"), "{line}");
}
