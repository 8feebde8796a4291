//! Helpers shared by the integration tests.
//!
//! Content that several tests read is loaded once per test binary ([`content`], [`fixture`]);
//! a test that edits content copies the tree into a temporary directory and loads its own copy.
//! Loading always uses the fixed day [`today`] and the engine always runs at [`t0`], so the suite
//! gives the same result on every calendar day.
//!
//! Tests compare replies with messages formatted by id from the loaded content ([`msg`],
//! [`msg_args`], [`contains_message`]), never with shipped wording, so that a translator can
//! reword a text without breaking a test.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use lots::content::{self, Content};
use lots::engine::{Event, Reply, Session, Turn};
use lots::ids::LocaleCode;
use lots::value::Value;

/// The repository root, where the shipped `dialogs/` and `locales/` live.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixed day for loading content, so that review expiry does not depend on the test date.
pub fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 22)
}

/// The `lots` binary with its date pinned to [`today`], run from the repository root.
pub fn lots() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_lots"));
    command
        .current_dir(root())
        .env("LOTS_TODAY", today().to_string());
    command
}

/// A fixed moment for engine tests.
pub fn t0() -> jiff::Timestamp {
    "2026-11-22T03:00:00Z".parse().unwrap()
}

/// Copies a directory tree.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Loads content, failing the test with every diagnostic when it has errors.
pub fn load(dir: &Path) -> Content {
    let loaded = content::load(dir, today());
    match loaded.content {
        Some(c) => c,
        None => panic!(
            "content in {} has errors:\n{}",
            dir.display(),
            loaded
                .diagnostics
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

/// The shipped content, freshly loaded: for a test that needs a `Content` of its own.
/// Tests that only read the content use [`content`].
pub fn shipped() -> Content {
    load(&root())
}

/// The shipped content, loaded once per test binary and shared by its tests.
pub fn content() -> &'static Content {
    static SHIPPED: OnceLock<Content> = OnceLock::new();
    SHIPPED.get_or_init(shipped)
}

/// The shipped content plus the test content in `tests/fixtures/NAME`, loaded once per test
/// binary. The temporary tree it is loaded from is deleted after loading: a `Content` holds
/// everything it needs.
pub fn fixture(name: &'static str) -> &'static Content {
    static LOADED: Mutex<BTreeMap<&'static str, &'static OnceLock<Content>>> =
        Mutex::new(BTreeMap::new());
    let &mut cell = LOADED
        .lock()
        .unwrap()
        .entry(name)
        .or_insert_with(|| Box::leak(Box::new(OnceLock::new())));
    cell.get_or_init(|| with_fixture(name).1)
}

/// The shipped content plus the test dialogs in `tests/fixtures/kinds`, in a temporary directory.
pub fn with_kinds() -> (tempfile::TempDir, Content) {
    with_fixture("kinds")
}

/// The shipped content plus the test content in `tests/fixtures/NAME`, in a temporary directory.
pub fn with_fixture(name: &str) -> (tempfile::TempDir, Content) {
    let dir = copy_shipped();
    copy_tree(&root().join("tests/fixtures").join(name), dir.path());
    let content = load(dir.path());
    (dir, content)
}

/// A copy of the shipped `dialogs/` and `locales/` in a temporary directory, for a test that
/// edits content.
pub fn copy_shipped() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&root().join("dialogs"), &dir.path().join("dialogs"));
    copy_tree(&root().join("locales"), &dir.path().join("locales"));
    dir
}

// ----- messages ------------------------------------------------------------------------------

/// A message as the content formats it in `lang`, without arguments.
pub fn msg(content: &Content, lang: &str, id: &str) -> String {
    msg_args(content, lang, id, &[])
}

/// A message as the content formats it in `lang`, with arguments. Fails the test when the message
/// formats to nothing (an unknown id does), so that a typo in a test cannot turn
/// `text.contains(&msg(..))` into a check that always holds.
pub fn msg_args(content: &Content, lang: &str, id: &str, args: &[(&str, Value)]) -> String {
    let text = content
        .l10n()
        .format(&LocaleCode::new(lang), id, &Default::default(), args);
    assert!(
        !text.trim().is_empty(),
        "the message {id} formats to nothing in {lang}"
    );
    text
}

/// Whether `text` holds the message `id` formatted with `args`, whatever the arguments named in
/// `any` hold: the message's own words must appear in order, the open arguments may be anything.
/// For messages whose arguments the engine composes (lists, dates).
pub fn contains_message(
    text: &str,
    content: &Content,
    lang: &str,
    id: &str,
    args: &[(&str, Value)],
    any: &[&str],
) -> bool {
    // Private-use characters that no message contains mark where the open arguments go.
    const MARK: char = '\u{E000}';
    let mut all: Vec<(&str, Value)> = args.to_vec();
    all.extend(
        any.iter()
            .map(|name| (*name, Value::Text(MARK.to_string()))),
    );
    let formatted = msg_args(content, lang, id, &all);
    assert_eq!(
        formatted.matches(MARK).count(),
        any.len(),
        "{id} in {lang} does not show each of {any:?} once"
    );
    let mut rest = text;
    for part in formatted.split(MARK) {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    true
}

// ----- turns and sessions --------------------------------------------------------------------

/// Every reply text of a turn, one after another.
pub fn text(turn: &Turn) -> String {
    turn.replies
        .iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The options of the last reply that offers any: what the person can choose now.
pub fn options(turn: &Turn) -> Vec<String> {
    turn.replies
        .iter()
        .rev()
        .find(|r| !r.options.is_empty())
        .map(|r| r.options.clone())
        .unwrap_or_default()
}

/// The emergency answers of a turn: the replies that carry an alert.
pub fn alerts(turn: &Turn) -> Vec<&Reply> {
    turn.replies.iter().filter(|r| r.alert.is_some()).collect()
}

/// The `Completed` events of a turn, by dialog id.
pub fn completed(turn: &Turn) -> Vec<String> {
    turn.events
        .iter()
        .filter_map(|e| match e {
            Event::Completed { dialog } => Some(dialog.as_str().to_owned()),
            _ => None,
        })
        .collect()
}

/// The `Started` events of a turn, by dialog id.
pub fn started(turn: &Turn) -> Vec<String> {
    turn.events
        .iter()
        .filter_map(|e| match e {
            Event::Started { dialog, .. } => Some(dialog.as_str().to_owned()),
            _ => None,
        })
        .collect()
}

/// The `Referred` events of a turn, by actor id.
pub fn referred(turn: &Turn) -> Vec<String> {
    turn.events
        .iter()
        .filter_map(|e| match e {
            Event::Referred { actor } => Some(actor.as_str().to_owned()),
            _ => None,
        })
        .collect()
}

/// Where a session stands: `menu`, `topic/<id>`, `suggest` or `<dialog>/<step>` of the innermost
/// dialog.
pub fn at(session: &Session) -> String {
    lots::transcript::position_label(session)
}

/// The menu titles as the content formats them in `lang`, in menu order.
pub fn menu_titles(content: &Content, lang: &str) -> Vec<String> {
    content
        .menu()
        .iter()
        .map(|t| msg(content, lang, t.title.as_str()))
        .collect()
}
