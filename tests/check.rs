//! `lots check` on broken copies of the shipped content: every kind of problem is found, with the
//! position of the thing that is wrong, all of them in one run, and nothing ever panics.
//!
//! Loading content is slow in a debug build (most of it compiling the red-flag patterns), so the
//! breakages that do not interfere share one copy, loaded once ([`broken`]): each dialog case is
//! a copy of `sore-throat.toml` under its own name (`dialogs/<case>.toml`) with its own edits,
//! and each test looks only at the diagnostics of the files it broke.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

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

/// Appends `more` to `file`.
fn append(root: &Path, file: &str, more: &str) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{text}{more}")).unwrap();
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

/// The one error among `diagnostics`; fails when there are none or several (one message per
/// mistake).
#[track_caller]
fn the_only_error(diagnostics: &[Diagnostic]) -> &Diagnostic {
    let errors: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{}", render(diagnostics));
    errors[0]
}

/// The one warning among `diagnostics`, when there is no error; fails otherwise.
#[track_caller]
fn the_only_warning(diagnostics: &[Diagnostic]) -> &Diagnostic {
    assert!(
        diagnostics.iter().all(|d| d.severity == Severity::Warning),
        "{}",
        render(diagnostics)
    );
    assert_eq!(diagnostics.len(), 1, "{}", render(diagnostics));
    &diagnostics[0]
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

/// Declares a number `age` and a text `name` next to the sore-throat variables.
const EXTRA_VARS: (&str, &str) = ("fever = false", "fever = false\nage = 0\nname = \"\"");

/// The dialog cases of [`broken`]: a copy of `sore-throat.toml` as `dialogs/<case>.toml`, with
/// these edits.
const CASES: &[(&str, &[(&str, &str)])] = &[
    (
        "syntax",
        &[
            ("start = \"breathing\"", "start = \"breathing"),
            ("id = \"duration\"", "id = = \"duration\""),
        ],
    ),
    (
        "unknown-keys",
        &[
            ("title = ", "tittle = "),
            ("refer = [\"1177\"]", "refers = [\"1177\"]"),
        ],
    ),
    ("duplicate-step", &[("id = \"see-hc\"", "id = \"fever\"")]),
    (
        "targets",
        &[
            ("goto = \"one-sided\"", "goto = \"one-side\""),
            ("goto = \"@emergency/breathing\"", "goto = \"@emergancy\""),
        ],
    ),
    // Nothing leads to `one-sided` any more.
    (
        "unreachable",
        &[("goto = \"one-sided\"", "goto = \"duration\"")],
    ),
    // `decide` now always goes back to `fever`, and `fever` always to `decide`: a loop with no end.
    (
        "no-end",
        &[
            (
                "{ when = \"long || fever\", goto = \"see-hc\" }",
                "{ when = \"long || fever\", goto = \"fever\" }",
            ),
            ("{ goto = \"self-care\" }", "{ goto = \"fever\" }"),
        ],
    ),
    (
        "expr-syntax",
        &[("when = \"long || fever\"", "when = \"long || \"")],
    ),
    (
        "expr-undeclared",
        &[("when = \"long || fever\"", "when = \"long || fevr\"")],
    ),
    // Type mistakes; `EXTRA_VARS` adds a number and a text variable.
    ("expr-eq-mixed", &[("\"long || fever\"", "\"long == 1\"")]),
    (
        "expr-order-text",
        &[EXTRA_VARS, ("\"long || fever\"", "\"name < \\\"m\\\"\"")],
    ),
    (
        "expr-arithmetic",
        &[
            EXTRA_VARS,
            ("\"long || fever\"", "\"age + \\\"x\\\" == name\""),
        ],
    ),
    (
        "expr-logic",
        &[EXTRA_VARS, ("\"long || fever\"", "\"long && !age\"")],
    ),
    (
        "expr-when-not-yes-no",
        &[EXTRA_VARS, ("\"long || fever\"", "\"age + 1\"")],
    ),
    (
        "expr-set-type",
        &[("set = { long = false }", "set = { long = 1 }")],
    ),
    (
        "expr-add-var",
        &[("set = { long = false }", "add = { long = 1 }")],
    ),
    (
        "expr-add-value",
        &[
            EXTRA_VARS,
            ("set = { long = false }", "add = { age = true }"),
        ],
    ),
    (
        "expr-function",
        &[("\"long || fever\"", "\"max(1, 2) > 1 || fever\"")],
    ),
    (
        "expr-always-fails",
        &[("\"long || fever\"", "\"1 / 0 > 1 || fever\"")],
    ),
    (
        "expr-divides-by-zero",
        &[EXTRA_VARS, ("\"long || fever\"", "\"age / (2 - 2) > 1\"")],
    ),
    // Two mistakes in one expression: one message.
    (
        "expr-one-message",
        &[
            EXTRA_VARS,
            ("\"long || fever\"", "\"long == 1 || age + \\\"x\\\" == 2\""),
        ],
    ),
    (
        "missing-in-sv",
        &[("ask = \"sore-throat-fever\"", "ask = \"sore-throat-feber\"")],
    ),
    // Asks a message (added to Swedish below) that uses a variable the dialog does not have.
    (
        "variables",
        &[(
            "ask = \"sore-throat-fever\"",
            "ask = \"check-variables-fever\"",
        )],
    ),
    (
        "unknown-actor",
        &[("refer = [\"1177\"]", "refer = [\"1178\"]")],
    ),
    // Several problems in one file.
    (
        "many",
        &[
            ("title = ", "tittle = "),
            ("goto = \"one-sided\"", "goto = \"one-side\""),
            ("refer = [\"1177\"]", "refer = [\"1178\"]"),
        ],
    ),
];

/// The file of a dialog case.
fn case(name: &str) -> String {
    assert!(CASES.iter().any(|(n, _)| *n == name), "no case {name}");
    format!("dialogs/{name}.toml")
}

/// One copy of the shipped content with every breakage that does not interfere with the others,
/// and its diagnostics.
struct Broken {
    dir: tempfile::TempDir,
    diagnostics: Vec<Diagnostic>,
}

impl Broken {
    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn at(&self, file: &str, needle: &str) -> (usize, usize) {
        position(self.root(), file, needle)
    }

    /// The diagnostics of one file.
    fn of(&self, file: &str) -> Vec<&Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.path == Path::new(file))
            .collect()
    }
}

fn broken() -> &'static Broken {
    static BROKEN: OnceLock<Broken> = OnceLock::new();
    BROKEN.get_or_init(|| {
        let dir = copy();
        let root = dir.path();
        let sore = std::fs::read_to_string(root.join(SORE)).unwrap();
        for (name, edits) in CASES {
            let file = case(name);
            let own_id = sore.replacen("id = \"sore-throat\"", &format!("id = \"{name}\""), 1);
            assert_ne!(own_id, sore);
            std::fs::write(root.join(&file), own_id).unwrap();
            for (from, to) in *edits {
                edit(root, &file, from, to);
            }
        }
        append(
            root,
            "locales/sv/sore-throat.ftl",
            "\ncheck-variables-fever = Har du feber, { $name }?\n",
        );
        // Fluent syntax errors, and a message a reviewed locale lacks (a warning).
        append(
            root,
            "locales/en/sore-throat.ftl",
            "\nbroken-one = { $x\nbroken-two = fine\n= no id here\n",
        );
        edit(
            root,
            "locales/en/sore-throat.ftl",
            "sore-throat-fever =",
            "# sore-throat-fever is not translated",
        );
        append(root, "locales/en/common.ftl", "\nbroken = {\n");
        // A duplicate: files load in name order, so the copy in sore-throat.ftl is the duplicate.
        append(
            root,
            "locales/sv/audit-c.ftl",
            "\nsore-throat-title = Halsont\n",
        );
        edit(
            root,
            "locales/sv/patterns.toml",
            "'sj[äa]lvmord',",
            "'sj[äa]lvmord(',",
        );
        edit(
            root,
            "dialogs/violence.toml",
            "after_emergency = [\"violence\"]",
            "after_emergency = [\"violense\"]",
        );
        edit(root, AUDIT, "[dialog]", "[dialog\n");
        let diagnostics = diagnostics(root);
        Broken { dir, diagnostics }
    })
}

#[test]
fn toml_syntax_errors_are_all_reported_with_their_position() {
    let b = broken();
    let file = case("syntax");
    let errors = b.of(&file);
    assert!(errors.len() >= 2, "both syntax errors: {errors:?}");
    let (start_line, _) = b.at(&file, "start = \"breathing");
    let (dup_line, _) = b.at(&file, "id = = \"duration\"");
    assert!(errors.iter().any(|e| e.line == start_line), "{errors:?}");
    assert!(errors.iter().any(|e| e.line == dup_line), "{errors:?}");
    assert!(errors.iter().all(|e| e.severity == Severity::Error));
}

#[test]
fn unknown_keys_are_rejected_with_the_nearest_valid_key() {
    let b = broken();
    let file = case("unknown-keys");
    let at = b.at(&file, "tittle");
    assert_error(
        &b.diagnostics,
        &file,
        at,
        &["tittle", "did you mean `title`"],
    );
    let at = b.at(&file, "refers");
    assert_error(
        &b.diagnostics,
        &file,
        at,
        &["refers", "did you mean `refer`"],
    );
}

#[test]
fn duplicate_step_ids_are_errors() {
    let b = broken();
    let file = case("duplicate-step");
    let text = std::fs::read_to_string(b.root().join(&file)).unwrap();
    let second = text.match_indices("id = \"fever\"").nth(1).unwrap().0;
    let line = text[..second].matches('\n').count() + 1;
    assert!(
        b.of(&file).iter().any(|x| x.severity == Severity::Error
            && x.line == line
            && x.message.contains("fever")),
        "{}",
        render(&b.diagnostics)
    );
}

#[test]
fn targets_that_do_not_exist_are_errors_with_a_suggestion() {
    let b = broken();
    let file = case("targets");
    let at = b.at(&file, "\"one-side\"");
    assert_error(&b.diagnostics, &file, at, &["one-side", "one-sided"]);
    let at = b.at(&file, "\"@emergancy\"");
    assert_error(&b.diagnostics, &file, at, &["@emergancy"]);
}

#[test]
fn unreachable_steps_are_errors() {
    let b = broken();
    let file = case("unreachable");
    let at = b.at(&file, "\"one-sided\"\nask");
    assert_error(
        &b.diagnostics,
        &file,
        at,
        &["one-sided", "cannot be reached"],
    );
}

#[test]
fn steps_from_which_no_end_can_be_reached_are_errors() {
    let b = broken();
    let file = case("no-end");
    let at = b.at(&file, "\"fever\"\nask");
    assert_error(&b.diagnostics, &file, at, &["`fever`", "no end"]);
    // The steps after the loop are now unreachable, which is reported too.
    let at = b.at(&file, "\"self-care\"\nsay");
    assert_error(
        &b.diagnostics,
        &file,
        at,
        &["self-care", "cannot be reached"],
    );
}

#[test]
fn expressions_that_do_not_parse_or_use_undeclared_variables_are_errors() {
    let b = broken();
    let file = case("expr-syntax");
    let at = b.at(&file, "\"long || \"");
    assert_error(&b.diagnostics, &file, at, &["long || "]);
    let file = case("expr-undeclared");
    let at = b.at(&file, "\"long || fevr\"");
    assert_error(
        &b.diagnostics,
        &file,
        at,
        &["fevr", "not declared", "fever"],
    );
}

/// Asserts that the dialog case `name` has exactly one error, at the first `needle`, and that it
/// mentions every one of `words`.
#[track_caller]
fn assert_one_expr_error(name: &str, needle: &str, words: &[&str]) {
    let b = broken();
    let file = case(name);
    let errors: Vec<_> = b
        .of(&file)
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .cloned()
        .collect();
    assert_eq!(errors.len(), 1, "one error:\n{}", render(&errors));
    assert_error(&errors, &file, b.at(&file, needle), words);
}

#[test]
fn comparing_values_of_different_types_is_an_error_with_the_fix() {
    assert_one_expr_error(
        "expr-eq-mixed",
        "\"long == 1\"",
        &[
            "`long == 1` compares a yes/no variable with a number",
            "write `long` or `!long`",
        ],
    );
}

#[test]
fn ordering_text_is_an_error() {
    assert_one_expr_error(
        "expr-order-text",
        "\"name < ",
        &["only numbers can be compared with `<`", "`name` is text"],
    );
}

#[test]
fn arithmetic_on_text_is_an_error() {
    assert_one_expr_error(
        "expr-arithmetic",
        "\"age + ",
        &["`age + \"x\"`: a number and text cannot be added"],
    );
}

#[test]
fn and_or_not_on_numbers_are_errors() {
    assert_one_expr_error(
        "expr-logic",
        "\"long && !age\"",
        &["`!age`: `!` needs yes/no", "`age` is a number", "`age > 0`"],
    );
}

#[test]
fn a_condition_that_is_not_yes_no_is_an_error() {
    assert_one_expr_error(
        "expr-when-not-yes-no",
        "\"age + 1\"",
        &["a condition must be yes/no", "`age + 1` is a number"],
    );
}

#[test]
fn a_set_value_of_another_type_than_its_variable_is_an_error() {
    let (line, col) = broken().at(&case("expr-set-type"), "long = 1 }");
    let b = broken();
    let file = case("expr-set-type");
    assert_eq!(b.of(&file).len(), 1, "{}", render(&b.diagnostics));
    assert_error(
        &b.diagnostics,
        &file,
        (line, col + "long = ".len()),
        &[
            "`long` is yes/no, but the value `1` is a number",
            "`true` or `false`",
        ],
    );
}

#[test]
fn add_needs_a_number_variable_and_a_number() {
    assert_one_expr_error(
        "expr-add-var",
        "long = 1 }",
        &["`add` needs a number variable", "`long` is yes/no"],
    );
    let b = broken();
    let file = case("expr-add-value");
    let (line, col) = b.at(&file, "age = true }");
    assert_error(
        &b.diagnostics,
        &file,
        (line, col + "age = ".len()),
        &["`add` adds a number to `age`", "`true` is yes/no"],
    );
}

#[test]
fn functions_are_not_supported() {
    assert_one_expr_error(
        "expr-function",
        "\"max(1, 2)",
        &["functions such as `max` are not supported"],
    );
}

#[test]
fn an_expression_that_always_fails_or_divides_by_zero_is_an_error() {
    assert_one_expr_error(
        "expr-always-fails",
        "\"1 / 0",
        &["`1 / 0` always fails", "dividing"],
    );
    assert_one_expr_error(
        "expr-divides-by-zero",
        "\"age / (2 - 2)",
        &["`age / (2 - 2)` divides by zero"],
    );
}

#[test]
fn an_expression_with_two_mistakes_gets_one_message() {
    assert_one_expr_error(
        "expr-one-message",
        "\"long == 1 ||",
        &["`long == 1` compares a yes/no variable with a number"],
    );
}

#[test]
fn fluent_ids_missing_in_swedish_are_errors_at_their_use() {
    let b = broken();
    let file = case("missing-in-sv");
    let at = b.at(&file, "\"sore-throat-feber\"");
    assert_error(&b.diagnostics, &file, at, &["sore-throat-feber", "sv"]);
}

#[test]
fn fluent_variables_a_dialog_does_not_have_are_errors() {
    let b = broken();
    let file = case("variables");
    let at = b.at(&file, "\"check-variables-fever\"");
    assert_error(
        &b.diagnostics,
        &file,
        at,
        &["$name", "check-variables-fever"],
    );
}

#[test]
fn a_message_a_reviewed_locale_lacks_is_a_warning_not_an_error() {
    let b = broken();
    let about = |d: &&Diagnostic| d.message.starts_with("message `sore-throat-fever` ");
    let found: Vec<&Diagnostic> = b.diagnostics.iter().filter(about).collect();
    assert!(
        found
            .iter()
            .any(|d| d.severity == Severity::Warning && d.message.contains("en")),
        "{}",
        render(&b.diagnostics)
    );
    assert!(
        found.iter().all(|d| d.severity == Severity::Warning),
        "{found:?}"
    );
}

#[test]
fn fluent_syntax_errors_in_any_locale_are_reported_with_their_position() {
    let b = broken();
    let file = "locales/en/sore-throat.ftl";
    let (line, _) = b.at(file, "broken-one");
    let (bad_line, _) = b.at(file, "= no id here");
    let here = b.of(file);
    // The parser points at the place where `}` was expected: the start of the next line.
    assert!(
        here.iter().any(|x| x.line == line || x.line == line + 1),
        "{here:?}"
    );
    assert!(here.iter().any(|x| x.line == bad_line), "{here:?}");
    let errors = here.iter().filter(|x| x.severity == Severity::Error);
    assert!(errors.count() >= 2, "{here:?}");
}

#[test]
fn duplicate_fluent_ids_are_errors_across_files() {
    let b = broken();
    let dup = "locales/sv/sore-throat.ftl";
    let at = b.at(dup, "sore-throat-title");
    assert_error(
        &b.diagnostics,
        dup,
        at,
        &["duplicate", "sore-throat-title", "audit-c.ftl"],
    );
}

#[test]
fn regexes_that_do_not_compile_are_errors() {
    let b = broken();
    let file = "locales/sv/patterns.toml";
    let at = b.at(file, "'sj[äa]lvmord('");
    assert_error(&b.diagnostics, file, at, &["compile"]);
}

#[test]
fn red_flag_patterns_too_large_to_compile_stop_the_content() {
    // Were the set silently empty, every emergency would pass without an answer. Each pattern
    // compiles alone; together they exceed the size limit. Not part of `broken()`: compiling
    // these takes most of this file's time, and once is enough.
    let dir = copy();
    edit(
        dir.path(),
        "locales/sv/patterns.toml",
        "suicide = [\n",
        &format!("suicide = [\n{}", "  '\\w{150}x',\n".repeat(60)),
    );
    let d = diagnostics(dir.path());
    let error = the_only_error(&d);
    assert!(
        error
            .message
            .contains("red-flag patterns do not compile together"),
        "{}",
        render(&d)
    );
}

#[test]
fn unknown_actors_are_errors_with_a_suggestion() {
    let b = broken();
    let file = case("unknown-actor");
    let at = b.at(&file, "\"1178\"");
    assert_error(&b.diagnostics, &file, at, &["1178", "1177"]);
}

#[test]
fn after_emergency_must_name_a_red_flag_category() {
    let b = broken();
    let file = "dialogs/violence.toml";
    let at = b.at(file, "\"violense\"");
    assert_error(
        &b.diagnostics,
        file,
        at,
        &["unknown red-flag category `violense` (did you mean `violence`?)"],
    );
}

#[test]
fn every_problem_in_every_file_is_reported_in_one_run() {
    let b = broken();
    let mut files: Vec<String> = CASES.iter().map(|(name, _)| case(name)).collect();
    files.extend(
        [
            AUDIT,
            "dialogs/violence.toml",
            "locales/sv/patterns.toml",
            "locales/en/common.ftl",
            "locales/en/sore-throat.ftl",
            "locales/sv/sore-throat.ftl",
        ]
        .map(String::from),
    );
    for file in &files {
        assert!(
            b.of(file).iter().any(|x| x.severity == Severity::Error),
            "no error in {file}:\n{}",
            render(&b.diagnostics)
        );
    }
    let many = b.of(&case("many"));
    assert!(many.len() >= 3, "{many:?}");
    // The shipped dialog the cases were copied from is untouched and has no error.
    assert!(b.of(SORE).is_empty(), "{:?}", b.of(SORE));
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
        // Both pattern files too: then no red-flag set is compiled, which keeps this test fast.
        for file in [
            "dialogs/hostile.toml",
            "locales/sv/hostile.ftl",
            "locales/en/patterns.toml",
            "locales/sv/patterns.toml",
        ] {
            std::fs::write(dir.path().join(file), &bytes).unwrap();
        }
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

// ----- the command -------------------------------------------------------------------------------

/// `lots --content ROOT ARGS…`, with `LOTS_TODAY` set to `today`.
fn lots(root: &Path, today: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lots"))
        .env("LOTS_TODAY", today)
        .arg("--content")
        .arg(root)
        .args(args)
        .output()
        .unwrap()
}

/// The shipped reviews expire on 2027-11-22: the last day they are valid.
const LAST_VALID_DAY: &str = "2027-11-22";
const FIRST_EXPIRED_DAY: &str = "2027-11-23";

/// The shipped dialog files (every file in `dialogs/` but the actors).
fn shipped_dialogs() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(common::root().join("dialogs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml") && !p.ends_with("actors.toml"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_shipped_review_expires_on_the_same_day() {
    // The dates the test below relies on.
    let dialogs = shipped_dialogs();
    assert!(!dialogs.is_empty());
    for path in dialogs {
        let text = std::fs::read_to_string(&path).unwrap();
        let want = format!("expires = {LAST_VALID_DAY}\n");
        assert!(text.contains(&want), "{}", path.display());
    }
}

#[test]
fn shipped_content_is_clean_until_its_reviews_expire() {
    let root = common::root();
    // `--today` wins over LOTS_TODAY.
    let out = lots(
        &root,
        FIRST_EXPIRED_DAY,
        &["--today", LAST_VALID_DAY, "check", "--strict"],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.is_empty(), "{stdout}");

    // A day later every review has expired: a warning per dialog, which fails only --strict.
    let dialogs = shipped_dialogs().len();
    for (args, code) in [(&["check"][..], 0), (&["check", "--strict"][..], 1)] {
        let out = lots(&root, FIRST_EXPIRED_DAY, args);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {stdout}");
        let lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(lines.len(), dialogs, "{stdout}");
        for line in lines {
            assert!(line.contains(": warning: "), "{line}");
            assert!(
                line.contains(&format!("expired on {LAST_VALID_DAY}")),
                "{line}"
            );
        }
    }
}

#[test]
fn the_command_prints_every_diagnostic_as_path_line_col_and_exits_1_on_errors() {
    let b = broken();
    let out = lots(b.root(), "2026-11-22", &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), b.diagnostics.len(), "{stdout}");
    let root = format!("{}/", b.root().display());
    for line in &lines {
        let rest = line
            .strip_prefix(&root)
            .unwrap_or_else(|| panic!("not under the content directory: {line}"));
        let mut parts = rest.splitn(4, ':');
        let file = parts.next().unwrap();
        assert!(b.root().join(file).exists(), "{line}");
        assert!(parts.next().unwrap().parse::<usize>().is_ok(), "{line}");
        assert!(parts.next().unwrap().parse::<usize>().is_ok(), "{line}");
        let message = parts.next().unwrap();
        assert!(
            message.starts_with(" error: ") || message.starts_with(" warning: "),
            "{line}"
        );
    }
    let file = case("unknown-keys");
    let (line, col) = b.at(&file, "tittle");
    let want = format!("{root}{file}:{line}:{col}: error: ");
    assert!(lines.iter().any(|l| l.starts_with(&want)), "{stdout}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    let errors = b
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    assert_eq!(
        stderr,
        format!(
            "lots check: {errors} errors, {} warnings\n",
            b.diagnostics.len() - errors
        )
    );
}

#[test]
fn a_variable_written_without_its_dollar_is_one_error_at_the_message() {
    // `{ weeks }` is a reference to a message called `weeks`; Fluent shows it as "{weeks}".
    let dir = copy();
    let file = "locales/sv/sore-throat.ftl";
    edit(
        dir.path(),
        file,
        "sore-throat-see-hc =\n    Kontakta din hälsocentral.",
        "sore-throat-see-hc =\n    Kontakta din hälsocentral om { weeks } veckor.",
    );
    let d = diagnostics(dir.path());
    let error = the_only_error(&d);
    let (line, col) = position(dir.path(), file, "sore-throat-see-hc =");
    assert_eq!((error.line, error.col), (line, col), "{}", render(&d));
    assert!(error.path.ends_with(file));
    assert!(
        error.message.contains("`{ weeks }`") && error.message.contains("`{ $weeks }`"),
        "{}",
        error.message
    );
}

#[test]
fn a_branch_arm_that_leads_back_to_its_own_step_is_one_error_at_the_step() {
    let dir = copy();
    let file = "dialogs/sore-throat.toml";
    edit(
        dir.path(),
        file,
        "  { goto = \"self-care\" },\n]",
        "  { goto = \"decide\" },\n]",
    );
    let d = diagnostics(dir.path());
    let error = the_only_error(&d);
    let (line, _) = position(dir.path(), file, "id = \"decide\"");
    assert_eq!(error.line, line, "{}", render(&d));
    assert!(
        error.message.contains("`decide` leads back to itself"),
        "{}",
        error.message
    );
}

#[test]
fn a_message_missing_in_swedish_says_where_it_does_exist() {
    let dir = copy();
    edit(
        dir.path(),
        "locales/sv/sore-throat.ftl",
        "\nsore-throat-see-hc =",
        "\nsore-throat-see-hc-old =",
    );
    let d = diagnostics(dir.path());
    let error = the_only_error(&d);
    let (line, _) = position(
        dir.path(),
        "locales/en/sore-throat.ftl",
        "sore-throat-see-hc =",
    );
    let wanted = format!("en/sore-throat.ftl:{line};");
    assert!(
        error
            .message
            .contains("`sore-throat-see-hc` is missing in locales/sv")
            && error.message.contains(&wanted),
        "{}",
        error.message
    );
    assert!(error.path.ends_with("dialogs/sore-throat.toml"));
}

#[test]
fn curly_quotes_from_a_word_processor_are_named_in_plain_words() {
    let dir = copy();
    let file = "dialogs/sore-throat.toml";
    edit(
        dir.path(),
        file,
        "ask = \"sore-throat-fever\"",
        "ask = \u{201C}sore-throat-fever\u{201D}",
    );
    let d = diagnostics(dir.path());
    let (line, _) = position(dir.path(), file, "ask = \u{201C}");
    let found = d
        .iter()
        .find(|d| d.path.ends_with(file) && d.line == line && d.severity == Severity::Error);
    let found = found.unwrap_or_else(|| panic!("{}", render(&d)));
    assert!(found.message.contains("curly quotes"), "{}", found.message);
    assert!(
        found.message.contains("straight quotes"),
        "{}",
        found.message
    );
}

#[test]
fn a_tab_indented_fluent_line_is_named_in_plain_words() {
    let dir = copy();
    let file = "locales/sv/sore-throat.ftl";
    edit(
        dir.path(),
        file,
        "sore-throat-see-hc =\n    Kontakta",
        "sore-throat-see-hc =\n\tKontakta",
    );
    let d = diagnostics(dir.path());
    let found = d
        .iter()
        .find(|d| d.path.ends_with(file) && d.message.starts_with("Fluent syntax"));
    let found = found.unwrap_or_else(|| panic!("{}", render(&d)));
    assert!(
        found.message.contains("indented with a tab"),
        "{}",
        found.message
    );
}

#[test]
fn an_emergency_sign_sent_to_1177_is_a_warning_at_the_question_until_review_confirms_it() {
    // The bug of issue #12: fever with a stiff neck sent to "ring 1177" instead of 112.
    let dir = copy();
    let file = "dialogs/cold-fever.toml";
    edit(
        dir.path(),
        file,
        "{ label = \"answer-yes\", goto = \"acute-care\", note = \"cold-fever-note-neck\" }",
        "{ label = \"answer-yes\", goto = \"seek-care-now\", note = \"cold-fever-note-neck\" }",
    );
    let d = diagnostics(dir.path());
    let warning = the_only_warning(&d);
    let (line, _) = position(dir.path(), file, "ask = \"cold-fever-neck\"");
    assert!(warning.path.ends_with(file), "{}", render(&d));
    assert_eq!(warning.line, line, "{}", render(&d));
    for words in [
        "question `neck`",
        "`stel i nacken`",
        "step `seek-care-now`",
        "1177",
    ] {
        assert!(
            warning.message.contains(words),
            "{words}: {}",
            warning.message
        );
    }
    assert!(
        warning.message.contains("Level confirmed: `neck`"),
        "the warning says how to confirm: {}",
        warning.message
    );
    // Staff confirm the level in the dialog's [review] notes: the warning goes.
    edit(
        dir.path(),
        file,
        "notes = \"\"\"\n",
        "notes = \"\"\"\nLevel confirmed: `neck` — checked with the region's clinicians. \\\n",
    );
    let d = diagnostics(dir.path());
    assert!(d.is_empty(), "{}", render(&d));
    // A confirmation of a step that does not exist (a typo, a renamed step) is a warning too.
    edit(
        dir.path(),
        file,
        "Level confirmed: `neck`",
        "Level confirmed: `neck`. Level confirmed: `nek`",
    );
    let d = diagnostics(dir.path());
    let warning = the_only_warning(&d);
    assert!(warning.path.ends_with(file), "{}", render(&d));
    assert!(
        warning.message.contains("step `nek`, which is not a step"),
        "{}",
        warning.message
    );
}

#[test]
fn an_emergency_sign_and_1177_in_one_sentence_is_a_warning_at_the_text() {
    // The pregnancy bug of issue #12: bleeding sent to 1177, not to the förlossning.
    let dir = copy();
    edit(
        dir.path(),
        "locales/sv/small-child.ftl",
        "Ring förlossningen direkt om du börjar blöda,",
        "Ring 1177 direkt om du börjar blöda,",
    );
    let d = diagnostics(dir.path());
    let warning = the_only_warning(&d);
    let file = "dialogs/small-child.toml";
    let (line, _) = position(dir.path(), file, "say = \"small-child-pregnant\"");
    assert!(warning.path.ends_with(file), "{}", render(&d));
    assert_eq!(warning.line, line, "{}", render(&d));
    for words in [
        "step `pregnant`",
        "`bloda`",
        "ring 1177 direkt om du borjar bloda",
    ] {
        assert!(
            warning.message.contains(words),
            "{words}: {}",
            warning.message
        );
    }
    // A plain "no" answer that leads to 1177 is not a warning: the sign is absent then. Here the
    // danger question is asked again after the infant question, and its "no" goes to 1177.
    let dir = copy();
    edit(
        dir.path(),
        file,
        "{ label = \"answer-no\", goto = \"sick\" }",
        "{ label = \"answer-no\", goto = \"danger-again\" }",
    );
    append(
        dir.path(),
        file,
        "\n[[step]]\nid = \"danger-again\"\nask = \"small-child-sick-danger\"\noptions = [\n  \
         { label = \"answer-yes\", goto = \"@emergency\" },\n  \
         { label = \"answer-no\", goto = \"sick\" },\n]\n",
    );
    let d = diagnostics(dir.path());
    assert!(d.is_empty(), "{}", render(&d));
}
