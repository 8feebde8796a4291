//! `lots locales`, `--mark` and draft locales, on temporary copies of the shipped content.
//!
//! The walkthrough test follows docs/translating.md step by step; the detection tests each break
//! one thing in a draft locale and read the JSON report. Counts come from the report's Swedish row
//! and the loaded content, never from shipped wording.

mod common;
mod fake_api;

use std::path::Path;
use std::process::Output;

use serde_json::Value;

/// Runs `lots` on the content in `dir`.
fn lots(dir: &Path, args: &[&str]) -> Output {
    common::lots()
        .env_remove("LOTS_OFFER_DRAFTS")
        .arg("--content")
        .arg(dir)
        .args(args)
        .output()
        .unwrap()
}

/// Runs `lots` with stdin.
fn lots_with_input(dir: &Path, args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = common::lots()
        .env_remove("LOTS_OFFER_DRAFTS")
        .arg("--content")
        .arg(dir)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
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

/// The JSON report's row for `code`.
fn row(dir: &Path, code: &str) -> Value {
    let out = lots(dir, &["locales", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    report["locales"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == code)
        .unwrap_or_else(|| panic!("no row for {code}: {report}"))
        .clone()
}

/// The ids of one list of a row.
fn list(row: &Value, key: &str) -> Vec<String> {
    row[key]
        .as_array()
        .unwrap_or_else(|| panic!("{key} is not a list in {row}"))
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

fn write(dir: &Path, file: &str, text: &str) {
    let path = dir.join(file);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn append(dir: &Path, file: &str, text: &str) {
    let path = dir.join(file);
    let mut old = std::fs::read_to_string(&path).unwrap();
    old.push_str(text);
    std::fs::write(path, old).unwrap();
}

/// Adds ` (ändrad)` to the first line of the Swedish message `id`; fails when there is none, so
/// that a renamed message cannot turn the test into a no-op.
fn change_swedish(dir: &Path, file: &str, id: &str) {
    let path = dir.join("locales/sv").join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let start = format!("{id} =");
    let mut found = false;
    let changed: Vec<String> = text
        .lines()
        .map(|line| {
            if line.starts_with(&start) {
                found = true;
                format!("{line} (ändrad)")
            } else {
                line.to_owned()
            }
        })
        .collect();
    assert!(found, "{id} is not in {}", path.display());
    std::fs::write(path, changed.join("\n") + "\n").unwrap();
}

/// The red-flag categories of the shipped content, in Swedish file order.
fn categories() -> Vec<String> {
    common::content().patterns().categories().to_vec()
}

/// A `[[locale]]` entry.
fn locale_entry(code: &str, name: &str, status: &str) -> String {
    format!(
        "\n[[locale]]\ncode = \"{code}\"\nname = \"{name}\"\ndirection = \"ltr\"\nstatus = \"{status}\"\n"
    )
}

/// `patterns.toml` with yes, no and one phrasing for every category but those in `leave_out`.
fn patterns(leave_out: &[&str]) -> String {
    let mut text =
        "yes = ['^\\s*(kyllä|joo)\\b']\nno = ['^\\s*(ei|en)\\b']\n\n[redflags]\n".to_owned();
    for c in categories() {
        if !leave_out.contains(&c.as_str()) {
            text.push_str(&format!("{c} = ['xyzzy {c} hätä']\n"));
        }
    }
    text
}

/// A copy of the shipped content with a draft locale `code` whose `common.ftl` is `ftl`.
fn with_draft(code: &str, ftl: &str) -> tempfile::TempDir {
    let dir = common::copy_shipped();
    append(
        dir.path(),
        "locales/locales.toml",
        &locale_entry(code, "Test", "draft"),
    );
    write(
        dir.path(),
        &format!("locales/{code}/patterns.toml"),
        &patterns(&[]),
    );
    write(dir.path(), &format!("locales/{code}/common.ftl"), ftl);
    dir
}

#[test]
fn a_locale_added_as_docs_translating_md_says_is_reported_goes_stale_and_is_marked_clean() {
    let docs = std::fs::read_to_string(common::root().join("docs/translating.md")).unwrap();
    for step in [
        "**1. Add the language to `locales/locales.toml`.**",
        "**2. Create the folder `locales/fi/`.**",
        "**3. Create `locales/fi/patterns.toml`**",
        "**4. Translate.**",
        "lots locales --mark fi",
    ] {
        assert!(
            docs.contains(step),
            "docs/translating.md lost the step {step}"
        );
    }
    let dir = common::copy_shipped();
    let root = dir.path();
    let total = row(root, "sv")["total"].as_u64().unwrap();

    // 1. The language in the list, as a draft.
    append(
        root,
        "locales/locales.toml",
        &locale_entry("fi", "Suomi", "draft"),
    );
    // 2 and 3. The folder and its patterns: yes, no, and every category but poisoning.
    write(root, "locales/fi/patterns.toml", &patterns(&["poisoning"]));
    // 4. Three messages of common.ftl, one with the Swedish text's variable.
    write(
        root,
        "locales/fi/common.ftl",
        "answer-yes = Kyllä\nanswer-no = Ei\nmenu-topic-prompt = Valitsit: { $topic }. Valitse numero.\n",
    );

    // 5. `lots check` passes (the missing category is a warning for a draft) …
    let check = lots(root, &["check"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    let stdout = String::from_utf8_lossy(&check.stdout);
    assert!(
        stdout.contains("locales/fi/patterns.toml:1:1: warning:") && stdout.contains("`poisoning`"),
        "{stdout}"
    );
    // … and `lots locales` counts exactly.
    let fi = row(root, "fi");
    assert_eq!(fi["status"], "draft");
    assert_eq!(fi["total"].as_u64(), Some(total));
    assert_eq!(fi["translated"].as_u64(), Some(3));
    assert_eq!(list(&fi, "missing").len() as u64, total - 3);
    assert!(!list(&fi, "missing").contains(&"answer-yes".to_owned()));
    assert_eq!(list(&fi, "obsolete"), Vec::<String>::new());
    assert_eq!(
        list(&fi, "stale"),
        ["answer-no", "answer-yes", "menu-topic-prompt"],
        "never marked, so all stale"
    );
    assert_eq!(list(&fi, "variables"), Vec::<String>::new());
    assert_eq!(list(&fi, "plurals"), Vec::<String>::new());
    assert_eq!(list(&fi, "redflags_missing"), ["poisoning"]);

    // 6. Marked: nothing stale.
    let mark = lots(root, &["locales", "--mark", "fi"]);
    assert!(
        mark.status.success(),
        "{}",
        String::from_utf8_lossy(&mark.stderr)
    );
    assert_eq!(list(&row(root, "fi"), "stale"), Vec::<String>::new());
    let lock = std::fs::read_to_string(root.join("locales/fi/source.lock")).unwrap();
    let ids: Vec<&str> = lock
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split(' ').next().unwrap())
        .collect();
    assert_eq!(ids, ["answer-no", "answer-yes", "menu-topic-prompt"]);
    assert!(
        lots(root, &["locales", "--strict"]).status.success(),
        "a draft's gaps do not fail --strict"
    );

    // Swedish changes: that id, and only that, is stale in Finnish and in (reviewed) English.
    change_swedish(root, "common.ftl", "answer-yes");
    assert_eq!(list(&row(root, "fi"), "stale"), ["answer-yes"]);
    assert_eq!(list(&row(root, "en"), "stale"), ["answer-yes"]);
    assert_eq!(
        lots(root, &["locales", "--strict"]).status.code(),
        Some(1),
        "a reviewed locale with a stale translation fails --strict"
    );

    // Marked again, one id at a time: clean.
    assert!(
        lots(root, &["locales", "--mark", "fi", "answer-yes"])
            .status
            .success()
    );
    assert_eq!(list(&row(root, "fi"), "stale"), Vec::<String>::new());
    assert_eq!(list(&row(root, "en"), "stale"), ["answer-yes"]);
    assert!(
        lots(root, &["locales", "--mark", "en", "answer-yes"])
            .status
            .success()
    );
    assert_eq!(list(&row(root, "en"), "stale"), Vec::<String>::new());
    assert!(lots(root, &["locales", "--strict"]).status.success());
}

#[test]
fn the_shipped_locales_are_clean_and_strict_passes() {
    let root = common::root();
    for code in ["sv", "en"] {
        let r = row(&root, code);
        assert_eq!(r["status"], "reviewed");
        assert_eq!(r["translated"], r["total"], "{code}");
        for key in [
            "missing",
            "obsolete",
            "stale",
            "variables",
            "plurals",
            "redflags_missing",
        ] {
            assert_eq!(list(&r, key), Vec::<String>::new(), "{code} {key}");
        }
    }
    let out = lots(&root, &["locales", "--strict"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("locale  status"),
        "the text table starts with its header: {text}"
    );
}

#[test]
fn an_id_not_in_swedish_is_obsolete() {
    let dir = with_draft("pl", "answer-yes = Tak\nanswer-yess = Tak\n");
    let pl = row(dir.path(), "pl");
    assert_eq!(list(&pl, "obsolete"), ["answer-yess"]);
    assert_eq!(pl["translated"].as_u64(), Some(1));
}

#[test]
fn a_missing_translation_is_listed() {
    let dir = with_draft("pl", "answer-yes = Tak\n");
    let pl = row(dir.path(), "pl");
    let missing = list(&pl, "missing");
    assert!(missing.contains(&"answer-no".to_owned()));
    assert!(!missing.contains(&"answer-yes".to_owned()));
}

#[test]
fn a_dropped_or_invented_variable_is_a_mismatch() {
    let dir = with_draft(
        "pl",
        "menu-topic-prompt = Wybrałeś temat. Wybierz numer.\n\
         answer-yes = Tak { $name }\n\
         language-changed = Teraz piszę po { $language }.\n",
    );
    let pl = row(dir.path(), "pl");
    assert_eq!(list(&pl, "variables"), ["answer-yes", "menu-topic-prompt"]);
}

#[test]
fn plural_keys_that_are_not_cldr_categories_or_no_default_are_plural_problems() {
    let dir = with_draft(
        "pl",
        "menu-topic-prompt = { $topic ->\n    [one] a\n    [dual] b\n   *[other] c { $topic }\n}\n\
         language-changed = { $language ->\n    [one] a\n    [fwe] b\n   *[other] c\n}\n\
         mydata-notes = { $count ->\n    [one] a\n    [other] b\n}\n\
         language-option = { $code ->\n    [one] a { $name }\n    [few] b\n    [many] c\n   *[other] d\n}\n\
         value = { $value ->\n    [child] a\n   *[other] b\n}\n",
    );
    let pl = row(dir.path(), "pl");
    assert_eq!(
        list(&pl, "plurals"),
        ["language-changed", "menu-topic-prompt", "mydata-notes"],
        "[dual] and [fwe] are not Polish categories, mydata-notes has no default; [few] and \
         [many] are Polish, and a select on [child] is not a plural"
    );
}

#[test]
fn a_changed_swedish_text_makes_the_translation_stale() {
    let dir = with_draft("pl", "answer-yes = Tak\nanswer-no = Nie\n");
    assert!(
        lots(dir.path(), &["locales", "--mark", "pl"])
            .status
            .success()
    );
    change_swedish(dir.path(), "common.ftl", "answer-no");
    assert_eq!(list(&row(dir.path(), "pl"), "stale"), ["answer-no"]);
}

#[test]
fn a_category_without_patterns_is_listed_and_an_error_for_a_reviewed_locale() {
    let dir = with_draft("pl", "answer-yes = Tak\n");
    write(
        dir.path(),
        "locales/pl/patterns.toml",
        &patterns(&["stroke"]),
    );
    assert_eq!(list(&row(dir.path(), "pl"), "redflags_missing"), ["stroke"]);
    // English without its stroke patterns: loading fails with an error at the file.
    let en = dir.path().join("locales/en/patterns.toml");
    let text = std::fs::read_to_string(&en).unwrap();
    let table: toml::Table = text.parse().unwrap();
    assert!(table["redflags"].get("stroke").is_some());
    let start = text
        .find("\nstroke = [")
        .expect("English has stroke patterns")
        + 1;
    let end = start + text[start..].find("\n]\n").unwrap() + 3;
    std::fs::write(&en, format!("{}{}", &text[..start], &text[end..])).unwrap();
    assert_eq!(list(&row(dir.path(), "en"), "redflags_missing"), ["stroke"]);
    let check = lots(dir.path(), &["check"]);
    assert_eq!(check.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&check.stdout);
    assert!(
        stdout.contains("locales/en/patterns.toml:1:1: error:") && stdout.contains("`stroke`"),
        "{stdout}"
    );
}

#[test]
fn strict_fails_only_for_reviewed_locales_with_work_left() {
    let dir = with_draft("pl", "answer-yes = Tak\n");
    assert!(lots(dir.path(), &["locales", "--strict"]).status.success());
    append(
        dir.path(),
        "locales/en/common.ftl",
        "\nnot-in-swedish = x\n",
    );
    assert!(
        lots(dir.path(), &["locales", "--strict"]).status.success(),
        "an obsolete id is not a gap"
    );
    change_swedish(dir.path(), "common.ftl", "answer-no");
    let out = lots(dir.path(), &["locales", "--strict"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("en"));
}

#[test]
fn marking_refuses_unknown_languages_swedish_and_ids_that_are_not_translated() {
    let dir = with_draft("pl", "answer-yes = Tak\n");
    for args in [
        &["locales", "--mark", "xx"][..],
        &["locales", "--mark", "sv"],
        &["locales", "--mark", "pl", "answer-no"],
        &["locales", "--mark", "pl", "no-such-id"],
    ] {
        let out = lots(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!String::from_utf8_lossy(&out.stderr).is_empty());
    }
    assert!(!dir.path().join("locales/pl/source.lock").exists());
}

#[test]
fn locale_codes_must_be_bcp47_language_codes() {
    for (code, status) in [("arabiska", "reviewed"), ("EN-gb", "reviewed")] {
        let dir = common::copy_shipped();
        append(
            dir.path(),
            "locales/locales.toml",
            &locale_entry(code, "X", status),
        );
        let out = lots(dir.path(), &["check"]);
        assert_eq!(out.status.code(), Some(1), "{code}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            stdout.contains("locales/locales.toml:") && stdout.contains("is not a BCP 47"),
            "{stdout}"
        );
    }
    // A draft with a bad code is left out with a warning.
    let dir = common::copy_shipped();
    append(
        dir.path(),
        "locales/locales.toml",
        &locale_entry("arabiska", "X", "draft"),
    );
    let out = lots(dir.path(), &["check"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("left out"));
}

#[test]
fn a_draft_locale_with_errors_is_left_out_with_warnings_and_never_stops_the_bot() {
    // An unknown variable (an error at the dialog that uses the message) and a Fluent syntax
    // error, both in the draft.
    let dir = with_draft(
        "pl",
        "answer-yes = Tak\nmenu-topic-prompt = { $nope }\nbroken = { \n",
    );
    let loaded = lots::content::load(dir.path(), common::today());
    let content = loaded
        .content
        .expect("a broken draft does not stop loading");
    assert!(
        content.l10n().locale("pl").is_none(),
        "the draft is left out"
    );
    assert!(content.l10n().locale("en").is_some());
    let warnings: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(
        loaded
            .diagnostics
            .iter()
            .all(|d| d.severity == lots::content::Severity::Warning),
        "{warnings:#?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("draft locale `pl` is left out"))
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("locales/pl/common.ftl:") && w.contains("Fluent syntax")),
        "{warnings:#?}"
    );
    assert!(
        warnings.iter().any(|w| w.contains("`$nope`")),
        "{warnings:#?}"
    );
    // The bot runs: a chat starts and answers; `check` passes without --strict only.
    let chat = lots_with_input(
        dir.path(),
        &["--memory", "chat", "--format", "json"],
        "/start\n",
    );
    assert!(chat.status.success());
    assert!(!chat.stdout.is_empty());
    assert!(String::from_utf8_lossy(&chat.stderr).contains("left out"));
    assert!(lots(dir.path(), &["check"]).status.success());
    assert_eq!(
        lots(dir.path(), &["check", "--strict"]).status.code(),
        Some(1)
    );
    // `lots locales` still reports on it.
    assert_eq!(row(dir.path(), "pl")["status"], "draft");
}

/// The `lang` of the last JSON message of a chat.
fn last_lang(out: &Output) -> String {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let last = stdout.lines().last().expect("the bot answered");
    let message: Value = serde_json::from_str(last).unwrap();
    message["lang"].as_str().unwrap().to_owned()
}

#[test]
fn a_draft_locale_is_offered_only_with_offer_drafts() {
    let dir = with_draft("pl", "answer-yes = Tak\n");
    let chat = |extra: &[&str], input: &str| {
        let mut args = vec!["--memory", "chat", "--format", "json"];
        args.extend_from_slice(extra);
        lots_with_input(dir.path(), &args, input)
    };
    // Not offered: `/language pl` is refused, the list does not name it, a phone set to Polish
    // gets Swedish.
    let out = chat(&[], "/language pl\n");
    assert!(out.status.success());
    assert_eq!(last_lang(&out), "sv");
    let list = chat(&[], "/language\n");
    let listed = String::from_utf8_lossy(&list.stdout);
    assert!(listed.contains("/language en") && !listed.contains("/language pl"));
    assert_eq!(last_lang(&chat(&["--lang", "pl"], "/start\n")), "sv");
    // With --offer-drafts it is.
    let out = chat(&["--offer-drafts"], "/language pl\n");
    assert_eq!(last_lang(&out), "pl");
    let list = chat(&["--offer-drafts"], "/language\n");
    assert!(String::from_utf8_lossy(&list.stdout).contains("/language pl"));
    assert_eq!(
        last_lang(&chat(&["--offer-drafts", "--lang", "pl"], "/start\n")),
        "pl"
    );
    // The draft's red flags count either way: they are checked in every language.
    let out = chat(&[], "xyzzy stroke hätä\n");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("\"alert\":\"stroke\""), "{stdout}");
}

/// `lots serve` against the fake Bot API, on the content in `dir`, sessions in memory.
fn serve(dir: &Path, api: &fake_api::FakeApi) -> std::process::Child {
    common::lots()
        .env_remove("LOTS_OFFER_DRAFTS")
        .arg("--content")
        .arg(dir)
        .args([
            "--memory",
            "serve",
            "--api-url",
            &api.url,
            "--poll-timeout",
            "1",
        ])
        .env("LOTS_TELEGRAM_TOKEN", fake_api::TOKEN)
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("RUST_LOG")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_runs_with_a_broken_draft_and_answers_a_draft_language_phone_in_swedish() {
    // `fi` is a working draft whose welcome is marked; `pl` is a draft with an error.
    let dir = with_draft("fi", "welcome = FI-DRAFT welcome\n");
    append(
        dir.path(),
        "locales/locales.toml",
        &locale_entry("pl", "Polski", "draft"),
    );
    write(dir.path(), "locales/pl/patterns.toml", &patterns(&[]));
    write(
        dir.path(),
        "locales/pl/common.ftl",
        "welcome = { $nope }\nbroken = {\n",
    );
    let api = fake_api::FakeApi::start().await;
    let mut bot = serve(dir.path(), &api);
    api.push(fake_api::text(101, "fi", "/start"));
    api.push(fake_api::text(102, "pl", "/start"));
    let welcome = common::msg(common::content(), "sv", "welcome");
    for chat in [101, 102] {
        let sent = api.wait_for_messages(chat, 1).await;
        let texts: Vec<&str> = sent.iter().filter_map(|m| m["text"].as_str()).collect();
        assert!(
            texts.iter().any(|t| t.contains(welcome.trim())),
            "chat {chat} is welcomed in Swedish: {texts:?}"
        );
        assert!(texts.iter().all(|t| !t.contains("FI-DRAFT")), "{texts:?}");
    }
    bot.kill().unwrap();
    bot.wait().unwrap();
}
