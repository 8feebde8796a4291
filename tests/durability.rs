//! `lots chat` on a sled data directory, as separate processes: a session survives SIGKILL and a
//! clean exit, `/forget` leaves nothing behind, and a directory that cannot be used gives a clear
//! error instead of a panic or a hang.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, ChildStdout, Stdio};

use lots::store::{SessionStore, SledStore};
use serde_json::Value;

/// A Swedish message as the shipped content formats it.
fn sv(id: &str) -> String {
    common::msg(common::content(), "sv", id)
}

/// A running `lots chat --format json` on a data directory.
struct Bot {
    child: Child,
    stdin: Option<ChildStdin>,
    stdout: BufReader<ChildStdout>,
}

impl Bot {
    fn start(data: &Path) -> Bot {
        let mut child = common::lots()
            .current_dir(common::root())
            .arg("--data")
            .arg(data)
            .args(["chat", "--format", "json", "--user", "anna"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        Bot {
            child,
            stdin,
            stdout,
        }
    }

    /// Sends a line and reads the bot's messages up to the one that asks the next question.
    fn send(&mut self, line: &str) -> Vec<Value> {
        let stdin = self.stdin.as_mut().unwrap();
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
        let mut messages = Vec::new();
        loop {
            let mut buf = String::new();
            assert!(
                self.stdout.read_line(&mut buf).unwrap() > 0,
                "the bot ended early"
            );
            let m: Value = serde_json::from_str(&buf).unwrap();
            let asks = !m["options"].as_array().unwrap().is_empty();
            messages.push(m);
            if asks {
                return messages;
            }
        }
    }

    fn kill(mut self) {
        // SIGKILL: no destructor, no flush on exit.
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }

    fn exit(mut self) {
        drop(self.stdin.take());
        let status = self.child.wait().unwrap();
        assert!(status.success());
    }
}

fn at(messages: &[Value]) -> String {
    let m = messages.last().unwrap();
    format!(
        "{}/{}",
        m["dialog"].as_str().unwrap_or("-"),
        m["step"].as_str().unwrap_or("-")
    )
}

fn all_text(messages: &[Value]) -> String {
    messages
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Answers half the sore-throat dialog: it has been longer than a week (`long = true`).
fn half_a_dialog(bot: &mut Bot) {
    bot.send("/start sore-throat");
    bot.send(&sv("answer-no"));
    bot.send(&sv("answer-no"));
    let m = bot.send(&sv("sore-throat-duration-long"));
    assert_eq!(at(&m), "sore-throat/fever");
}

/// After the restart: the same step, and `long` still true, so "no fever" leads to the
/// hälsocentral advice rather than self-care.
fn continues(bot: &mut Bot) {
    let m = bot.send("/mydata");
    assert_eq!(at(&m), "sore-throat/fever");
    assert!(
        all_text(&m).contains(&format!("long = {}", sv("answer-yes"))),
        "{}",
        all_text(&m)
    );
    let m = bot.send(&sv("answer-no"));
    assert!(
        all_text(&m).contains(&sv("sore-throat-see-hc")),
        "{}",
        all_text(&m)
    );
}

#[test]
fn a_session_survives_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut bot = Bot::start(&data);
    half_a_dialog(&mut bot);
    bot.kill();
    let mut bot = Bot::start(&data);
    continues(&mut bot);
    bot.exit();
}

#[test]
fn a_session_survives_a_clean_exit() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut bot = Bot::start(&data);
    half_a_dialog(&mut bot);
    bot.exit();
    let mut bot = Bot::start(&data);
    continues(&mut bot);
    bot.exit();
}

#[test]
fn forget_then_restart_finds_nothing_of_the_person() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut bot = Bot::start(&data);
    half_a_dialog(&mut bot);
    let stdin = bot.stdin.as_mut().unwrap();
    writeln!(stdin, "/forget").unwrap();
    bot.exit();

    let store = SledStore::open(&data).unwrap();
    assert!(store.keys().unwrap().is_empty());
    assert!(store.get("terminal:anna").unwrap().is_none());
    drop(store);

    let mut bot = Bot::start(&data);
    let m = bot.send("/summary");
    assert_eq!(at(&m), "-/-");
    assert!(!all_text(&m).contains("andas"), "{}", all_text(&m));
    bot.exit();
}

fn lots_chat(data: &Path) -> std::process::Output {
    let mut child = common::lots()
        .current_dir(common::root())
        .arg("--data")
        .arg(data)
        .args(["chat", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"/start\n").unwrap();
    child.wait_with_output().unwrap()
}

/// `lots stats` on a data directory: it opens the store as `lots chat` does, without loading the
/// content first, so a probe of a directory that must be refused costs no content load.
fn lots_stats(data: &Path) -> std::process::Output {
    common::lots()
        .current_dir(common::root())
        .arg("--data")
        .arg(data)
        .arg("stats")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn a_second_process_on_the_same_directory_gets_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut first = Bot::start(&data);
    first.send("/start");
    let out = lots_chat(&data);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("in use by another Lots process"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.stdout.is_empty());
    // Reading the statistics while the bot runs is refused the same way.
    let out = lots_stats(&data);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("in use by another Lots process"),
        "{stderr}"
    );
    first.exit();
}

#[test]
fn a_directory_that_is_not_a_lots_data_directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "my own files").unwrap();
    let out = lots_stats(dir.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("not a Lots data directory"), "{stderr}");
    // Nothing was written into it.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

    let file = dir.path().join("notes.txt");
    let out = lots_stats(&file);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("not a directory"), "{stderr}");
}

#[test]
fn a_damaged_database_is_refused_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut bot = Bot::start(&data);
    bot.send("/start");
    bot.exit();
    // Overwrite sled's files with garbage.
    for entry in std::fs::read_dir(data.join("db")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::write(&path, vec![0xA5u8; 4096]).unwrap();
        }
    }
    let out = lots_stats(&data);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(&data.display().to_string()), "{stderr}");
}

#[test]
fn purge_and_stats_work_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut bot = Bot::start(&data);
    half_a_dialog(&mut bot);
    bot.exit();
    let lots = |args: &[&str]| {
        common::lots()
            .current_dir(common::root())
            .arg("--data")
            .arg(&data)
            .args(args)
            .output()
            .unwrap()
    };
    let out = lots(&["stats", "--format", "json"]);
    assert!(out.status.success());
    let stats: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(stats["sessions"], 1);
    let started = stats["counters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "started" && c["subject"] == "sore-throat")
        .unwrap();
    assert_eq!(started["count"], 1);
    let out = lots(&["stats"]);
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.lines().next().unwrap().starts_with("kind"), "{table}");
    assert!(table.contains("sore-throat"), "{table}");

    // Nothing is older than the retention period yet; with 0 days everything is.
    let out = lots(&["purge"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("deleted 0 sessions"));
    let out = lots(&["--retention-days", "0", "purge"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("deleted 1 sessions"));
}

/// With the most verbose log (sled and teloxide log through the `log` crate, bridged), every log
/// line goes to stderr: stdout holds only the JSON replies.
#[test]
fn logs_go_to_stderr_and_json_stdout_stays_pure() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut child = common::lots()
        .current_dir(common::root())
        .arg("--data")
        .arg(&data)
        .args(["chat", "--format", "json"])
        .env("RUST_LOG", "trace")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("/start sore-throat\njag vet inte riktigt, kanske lite\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    // The bridged log records of sled arrived (on stderr).
    assert!(stderr.contains("sled"), "{stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.lines().count() >= 2, "{stdout}");
    for line in stdout.lines() {
        let m: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(m["text"].is_string(), "{line}");
    }
    // What the person wrote is not logged, even at trace.
    assert!(!stderr.contains("kanske lite"), "{stderr}");
}
