//! `lots --store postgres://…` from the command line: a conversation that goes on in the next
//! process, statistics and purge on the shared database, and clear errors (with no password
//! shown) when the database is not there. Skips, saying so once, without PostgreSQL.

mod common;
mod pg;

use std::io::Write;
use std::process::{Output, Stdio};

use serde_json::Value;

/// `lots` with the shipped content and the given store URL.
fn lots(url: &str, args: &[&str], input: &str) -> Output {
    let mut child = common::lots()
        .current_dir(common::root())
        .args(["--store", url, "--today", "2026-11-30"])
        .args(args)
        .env_remove("LOTS_DATABASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn replies(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn a_conversation_goes_on_in_the_next_process_and_is_counted() {
    let Some(schema) = pg::fresh() else { return };
    let chat = ["chat", "--format", "json", "--user", "anna"];
    let out = lots(&schema.url, &chat, "/start sore-throat\n");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first = replies(&out);
    assert_eq!(first.last().unwrap()["dialog"], "sore-throat");
    let step = first.last().unwrap()["step"].clone();
    // A new process on the same database: the person stands where they stood.
    let out = lots(&schema.url, &chat, "/help\n");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let again = replies(&out);
    assert_eq!(again.last().unwrap()["dialog"], "sore-throat");
    assert_eq!(again.last().unwrap()["step"], step);

    let out = lots(&schema.url, &["stats", "--format", "json"], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stats: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(stats["sessions"], 1);
    let started = stats["counters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "started" && c["subject"] == "sore-throat")
        .unwrap();
    assert_eq!(started["count"], 1);
    let out = lots(&schema.url, &["--retention-days", "0", "purge"], "");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("deleted 1 sessions"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn an_unreachable_database_is_a_clear_error_without_the_password() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("postgres://lots:hunter2@127.0.0.1:{port}/lots");
    let out = lots(&url, &["stats"], "");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("cannot reach the session database"),
        "{stderr}"
    );
    assert!(!stderr.contains("hunter2"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.stdout.is_empty());
}
