//! `lots check` on broken copies of the shipped content: every kind of problem is found, with the
//! position of the thing that is wrong, all of them in one run, and nothing ever panics.

mod common;

use std::path::Path;
use std::process::Command;

use lots::content::{self, Diagnostic, Severity};

/// A copy of the shipped content in a temporary directory.
fn copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_tree(&common::root().join("dialogs"), &dir.path().join("dialogs"));
    common::copy_tree(&common::root().join("locales"), &dir.path().join("locales"));
    dir
}

/// Replaces the first `from` in `file` by `to`; `from` must be there, so that a change in the
/// shipped content cannot make a test silently test nothing.
fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} does not contain {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// The 1-based line and column (in characters) where `needle` first occurs in `file`.
fn position(root: &Path, file: &str, needle: &str) -> (usize, usize) {
    let text = std::fs::read_to_string(root.join(file)).unwrap();
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {file}"));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap().chars().count() + 1;
    (line, col)
}

/// Loads the content and returns its diagnostics, with paths relative to the content root.
fn diagnostics(root: &Path) -> Vec<Diagnostic> {
    let loaded = content::load(root, common::today());
    let diagnostics: Vec<Diagnostic> = loaded
        .diagnostics
        .into_iter()
        .map(|mut d| {
            d.path = d.path.strip_prefix(root).unwrap_or(&d.path).to_path_buf();
            d
        })
        .collect();
    let has_errors = diagnostics.iter().any(|d| d.severity == Severity::Error);
    assert_eq!(
        loaded.content.is_none(),
        has_errors,
        "content must exist exactly when there are no errors"
    );
    diagnostics
}

fn render(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Asserts an error at `file:line:col` whose message contains every one of `words`.
#[track_caller]
fn assert_error(diagnostics: &[Diagnostic], file: &str, at: (usize, usize), words: &[&str]) {
    let found = diagnostics.iter().any(|d| {
        d.severity == Severity::Error
            && d.path == Path::new(file)
            && (d.line, d.col) == at
            && words.iter().all(|w| d.message.contains(w))
    });
    assert!(
        found,
        "expected an error at {file}:{}:{} mentioning {words:?}; got:\n{}",
        at.0,
        at.1,
        render(diagnostics)
    );
}

const SORE: &str = "dialogs/sore-throat.toml";
const AUDIT: &str = "dialogs/audit-c.toml";

#[test]
fn shipped_content_is_clean() {
    let dir = copy();
    let diagnostics = diagnostics(dir.path());
    assert!(diagnostics.is_empty(), "{}", render(&diagnostics));
}

#[test]
fn toml_syntax_errors_are_all_reported_with_their_position() {
    let dir = copy();
    edit(
        dir.path(),
        SORE,
        "start = \"breathing\"",
        "start = \"breathing",
    );
    edit(dir.path(), SORE, "id = \"duration\"", "id = = \"duration\"");
    let d = diagnostics(dir.path());
    let errors: Vec<_> = d.iter().filter(|d| d.path == Path::new(SORE)).collect();
    assert!(errors.len() >= 2, "both syntax errors: {}", render(&d));
    let (start_line, _) = position(dir.path(), SORE, "start = \"breathing");
    let (dup_line, _) = position(dir.path(), SORE, "id = = \"duration\"");
    assert!(
        errors.iter().any(|e| e.line == start_line),
        "{}",
        render(&d)
    );
    assert!(errors.iter().any(|e| e.line == dup_line), "{}", render(&d));
}

#[test]
fn unknown_keys_are_rejected_with_the_nearest_valid_key() {
    let dir = copy();
    edit(dir.path(), SORE, "title = ", "tittle = ");
    edit(
        dir.path(),
        SORE,
        "refer = [\"1177\"]",
        "refers = [\"1177\"]",
    );
    let d = diagnostics(dir.path());
    let at = position(dir.path(), SORE, "tittle");
    assert_error(&d, SORE, at, &["tittle", "did you mean `title`"]);
    let at = position(dir.path(), SORE, "refers");
    assert_error(&d, SORE, at, &["refers", "did you mean `refer`"]);
}

#[test]
fn duplicate_step_ids_are_errors() {
    let dir = copy();
    edit(dir.path(), SORE, "id = \"see-hc\"", "id = \"fever\"");
    let d = diagnostics(dir.path());
    let text = std::fs::read_to_string(dir.path().join(SORE)).unwrap();
    let second = text.match_indices("id = \"fever\"").nth(1).unwrap().0;
    let line = text[..second].matches('\n').count() + 1;
    assert!(
        d.iter().any(|x| x.severity == Severity::Error
            && x.path == Path::new(SORE)
            && x.line == line
            && x.message.contains("fever")),
        "{}",
        render(&d)
    );
}

#[test]
fn targets_that_do_not_exist_are_errors_with_a_suggestion() {
    let dir = copy();
    edit(
        dir.path(),
        SORE,
        "goto = \"one-sided\"",
        "goto = \"one-side\"",
    );
    edit(
        dir.path(),
        SORE,
        "goto = \"@emergency/breathing\"",
        "goto = \"@emergancy\"",
    );
    let d = diagnostics(dir.path());
    let at = position(dir.path(), SORE, "\"one-side\"");
    assert_error(&d, SORE, at, &["one-side", "one-sided"]);
    let at = position(dir.path(), SORE, "\"@emergancy\"");
    assert_error(&d, SORE, at, &["@emergancy"]);
}

#[test]
fn unreachable_steps_are_errors() {
    let dir = copy();
    // Nothing leads to `one-sided` any more.
    edit(
        dir.path(),
        SORE,
        "goto = \"one-sided\"",
        "goto = \"duration\"",
    );
    let d = diagnostics(dir.path());
    let at = position(dir.path(), SORE, "\"one-sided\"\nask");
    assert_error(&d, SORE, at, &["one-sided", "cannot be reached"]);
}

#[test]
fn steps_from_which_no_end_can_be_reached_are_errors() {
    let dir = copy();
    // `decide` now always goes back to `fever`, and `fever` always to `decide`: a loop with no end.
    edit(
        dir.path(),
        SORE,
        "{ when = \"long || fever\", goto = \"see-hc\" }",
        "{ when = \"long || fever\", goto = \"fever\" }",
    );
    edit(
        dir.path(),
        SORE,
        "{ goto = \"self-care\" }",
        "{ goto = \"fever\" }",
    );
    let d = diagnostics(dir.path());
    let at = position(dir.path(), SORE, "\"fever\"\nask");
    assert_error(&d, SORE, at, &["`fever`", "no end"]);
    // The steps after the loop are now unreachable, which is reported too.
    let at = position(dir.path(), SORE, "\"self-care\"\nsay");
    assert_error(&d, SORE, at, &["self-care", "cannot be reached"]);
}

#[test]
fn expressions_that_do_not_parse_or_use_undeclared_variables_are_errors() {
    let dir = copy();
    edit(
        dir.path(),
        SORE,
        "when = \"long || fever\"",
        "when = \"long || \"",
    );
    let d = diagnostics(dir.path());
    let at = position(dir.path(), SORE, "\"long || \"");
    assert_error(&d, SORE, at, &["long || "]);

    let dir = copy();
    edit(
        dir.path(),
        SORE,
        "when = \"long || fever\"",
        "when = \"long || fevr\"",
    );
    let d = diagnostics(dir.path());
    let at = position(dir.path(), SORE, "\"long || fevr\"");
    assert_error(&d, SORE, at, &["fevr", "not declared", "fever"]);
}

#[test]
fn fluent_ids_missing_in_swedish_are_errors_at_their_use() {
    let dir = copy();
    edit(
        dir.path(),
        SORE,
        "ask = \"sore-throat-fever\"",
        "ask = \"sore-throat-feber\"",
    );
    let d = diagnostics(dir.path());
    let at = position(dir.path(), SORE, "\"sore-throat-feber\"");
    assert_error(&d, SORE, at, &["sore-throat-feber", "sv"]);
}

#[test]
fn fluent_variables_a_dialog_does_not_have_are_errors() {
    let dir = copy();
    edit(
        dir.path(),
        "locales/sv/sore-throat.ftl",
        "sore-throat-duration = Hur länge har du haft ont i halsen?",
        "sore-throat-duration = Hur länge har du haft ont i halsen, { $name }?",
    );
    let d = diagnostics(dir.path());
    assert!(
        d.iter()
            .any(|x| x.severity == Severity::Error && x.message.contains("$name")),
        "{}",
        render(&d)
    );
}

#[test]
fn fluent_syntax_errors_in_any_locale_are_reported_with_their_position() {
    let dir = copy();
    let file = "locales/en/sore-throat.ftl";
    let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
    std::fs::write(
        dir.path().join(file),
        format!("{text}\nbroken-one = {{ $x\nbroken-two = fine\n= no id here\n"),
    )
    .unwrap();
    let d = diagnostics(dir.path());
    let (line, _) = position(dir.path(), file, "broken-one");
    let (bad_line, _) = position(dir.path(), file, "= no id here");
    let here: Vec<_> = d.iter().filter(|x| x.path == Path::new(file)).collect();
    // The parser points at the place where `}` was expected: the start of the next line.
    assert!(
        here.iter().any(|x| x.line == line || x.line == line + 1),
        "{}",
        render(&d)
    );
    assert!(here.iter().any(|x| x.line == bad_line), "{}", render(&d));
    assert!(here.iter().all(|x| x.severity == Severity::Error));
}

#[test]
fn duplicate_fluent_ids_are_errors_across_files() {
    let dir = copy();
    let file = "locales/sv/audit-c.ftl";
    let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
    std::fs::write(
        dir.path().join(file),
        format!("{text}\nsore-throat-title = Halsont\n"),
    )
    .unwrap();
    // Files load in name order, so the copy in sore-throat.ftl is the duplicate.
    let d = diagnostics(dir.path());
    let dup = "locales/sv/sore-throat.ftl";
    let at = position(dir.path(), dup, "sore-throat-title");
    assert_error(
        &d,
        dup,
        at,
        &["duplicate", "sore-throat-title", "audit-c.ftl"],
    );
}

#[test]
fn regexes_that_do_not_compile_are_errors() {
    let dir = copy();
    let file = "locales/sv/patterns.toml";
    edit(dir.path(), file, "'sj[äa]lvmord',", "'sj[äa]lvmord(',");
    let d = diagnostics(dir.path());
    let at = position(dir.path(), file, "'sj[äa]lvmord('");
    assert_error(&d, file, at, &["compile"]);
}

#[test]
fn unknown_actors_are_errors_with_a_suggestion() {
    let dir = copy();
    edit(dir.path(), SORE, "refer = [\"1177\"]", "refer = [\"1178\"]");
    let d = diagnostics(dir.path());
    let at = position(dir.path(), SORE, "\"1178\"");
    assert_error(&d, SORE, at, &["1178", "1177"]);
}

#[test]
fn every_problem_in_every_file_is_reported_in_one_run() {
    let dir = copy();
    edit(dir.path(), SORE, "title = ", "tittle = ");
    edit(
        dir.path(),
        SORE,
        "goto = \"one-sided\"",
        "goto = \"one-side\"",
    );
    edit(dir.path(), SORE, "refer = [\"1177\"]", "refer = [\"1178\"]");
    edit(dir.path(), AUDIT, "[dialog]", "[dialog\n");
    edit(
        dir.path(),
        "locales/sv/patterns.toml",
        "'sj[äa]lvmord',",
        "'sj[äa]lvmord(',",
    );
    let en = dir.path().join("locales/en/common.ftl");
    let text = std::fs::read_to_string(&en).unwrap();
    std::fs::write(&en, format!("{text}\nbroken = {{\n")).unwrap();

    let d = diagnostics(dir.path());
    for file in [
        SORE,
        AUDIT,
        "locales/sv/patterns.toml",
        "locales/en/common.ftl",
    ] {
        assert!(
            d.iter()
                .any(|x| x.path == Path::new(file) && x.severity == Severity::Error),
            "no error in {file}:\n{}",
            render(&d)
        );
    }
    let in_sore = d.iter().filter(|x| x.path == Path::new(SORE)).count();
    assert!(in_sore >= 3, "{}", render(&d));
}

#[test]
fn hostile_files_give_diagnostics_not_panics() {
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("binary", vec![0, 159, 146, 150, 0xff, 0xfe, b'\n', 0]),
        ("nesting", "x = ".bytes().chain([b'['; 5000]).collect()),
        ("huge", "# filler\n".repeat(200_000).into_bytes()),
        (
            "wrong types",
            b"[dialog]\nid = 5\ntitle = []\nstart = {}\n[[step]]\nid = true\n".to_vec(),
        ),
        ("array of nothing", b"[[step]]\n[[step]]\n".to_vec()),
    ];
    for (name, bytes) in cases {
        let dir = copy();
        std::fs::write(dir.path().join("dialogs/hostile.toml"), &bytes).unwrap();
        std::fs::write(dir.path().join("locales/sv/hostile.ftl"), &bytes).unwrap();
        std::fs::write(dir.path().join("locales/en/patterns.toml"), &bytes).unwrap();
        let d = diagnostics(dir.path());
        if name != "huge" {
            assert!(
                d.iter().any(|x| x.severity == Severity::Error
                    && x.path == Path::new("dialogs/hostile.toml")),
                "{name}: {}",
                render(&d)
            );
        }
    }
}

fn lots(root: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_lots"))
        .arg("--content")
        .arg(root)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_command_exits_0_on_clean_content_and_1_on_errors() {
    let dir = copy();
    let out = lots(dir.path(), &["check", "--strict"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(out.stdout.is_empty());

    edit(
        dir.path(),
        SORE,
        "goto = \"one-sided\"",
        "goto = \"one-side\"",
    );
    edit(dir.path(), SORE, "title = ", "tittle = ");
    let out = lots(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    let path = dir.path().join(SORE);
    assert!(lines.len() >= 2, "{stdout}");
    for line in &lines {
        let rest = line.strip_prefix(&format!("{}:", path.display())).unwrap();
        let mut parts = rest.splitn(3, ':');
        assert!(parts.next().unwrap().parse::<usize>().is_ok(), "{line}");
        assert!(parts.next().unwrap().parse::<usize>().is_ok(), "{line}");
        assert!(parts.next().unwrap().starts_with(" error: "), "{line}");
    }
    let (line, col) = position(dir.path(), SORE, "tittle");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&format!("{}:{line}:{col}: error: ", path.display()))),
        "{stdout}"
    );
}

#[test]
fn warnings_fail_only_in_strict_mode() {
    let dir = copy();
    // A message that English, a reviewed locale, lacks: a warning, not an error.
    let file = "locales/en/sore-throat.ftl";
    let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
    let kept: String = text
        .lines()
        .filter(|l| !l.starts_with("sore-throat-fever ="))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(kept, text);
    std::fs::write(dir.path().join(file), kept).unwrap();

    let d = diagnostics(dir.path());
    assert!(
        d.iter().all(|x| x.severity == Severity::Warning),
        "{}",
        render(&d)
    );
    assert!(!d.is_empty());
    assert_eq!(lots(dir.path(), &["check"]).status.code(), Some(0));
    let strict = lots(dir.path(), &["check", "--strict"]);
    assert_eq!(strict.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&strict.stdout).contains(": warning: "));
}

#[test]
fn red_flag_patterns_too_large_to_compile_stop_the_content() {
    // Were the set silently empty, every emergency would pass without an answer.
    let dir = copy();
    edit(
        dir.path(),
        "locales/sv/patterns.toml",
        "suicide = [\n",
        &format!("suicide = [\n{}", "  '\\w{150}x',\n".repeat(60)),
    );
    let out = lots(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("red-flag patterns do not compile together"),
        "{stdout}"
    );
}

#[test]
fn after_emergency_must_name_a_red_flag_category() {
    let dir = copy();
    edit(
        dir.path(),
        "dialogs/violence.toml",
        "after_emergency = [\"violence\"]",
        "after_emergency = [\"violense\"]",
    );
    let out = lots(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let (line, col) = position(dir.path(), "dialogs/violence.toml", "\"violense\"");
    let want = format!(
        "{}:{line}:{col}: error: unknown red-flag category `violense` (did you mean `violence`?)",
        dir.path().join("dialogs/violence.toml").display()
    );
    assert!(stdout.contains(&want), "{stdout}");
}
