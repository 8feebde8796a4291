//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use lots::content::{self, Content};

/// The repository root, where the shipped `dialogs/` and `locales/` live.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixed day for loading content, so that review expiry does not depend on the test date.
pub fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 22)
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

/// The shipped content.
pub fn shipped() -> Content {
    load(&root())
}

/// The shipped content plus the test dialogs in `tests/fixtures/kinds`, in a temporary directory.
pub fn with_kinds() -> (tempfile::TempDir, Content) {
    with_fixture("kinds")
}

/// The shipped content plus the test content in `tests/fixtures/NAME`, in a temporary directory.
pub fn with_fixture(name: &str) -> (tempfile::TempDir, Content) {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&root().join("dialogs"), &dir.path().join("dialogs"));
    copy_tree(&root().join("locales"), &dir.path().join("locales"));
    copy_tree(&root().join("tests/fixtures").join(name), dir.path());
    let content = load(dir.path());
    (dir, content)
}
