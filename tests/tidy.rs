//! The invariants of ARCHITECTURE.md, checked by reading `src/`: which files may name teloxide,
//! sled and anyhow, that the engine does no I/O, that the library does not print, and that files
//! and functions stay small. Every violation is printed as `path:line: what` and fails the test.
//!
//! The checks read code only: comments and the insides of string literals are blanked first,
//! so a doc comment may name teloxide and a message may contain `std::fs`.

use std::path::{Path, PathBuf};

use regex::Regex;

/// The longest a file in `src/` may be.
const MAX_FILE_LINES: usize = 600;
/// The longest a function may be, from its `fn` line to its closing brace.
const MAX_FN_LINES: usize = 80;
/// Written on a line just above a function (among its doc comments and attributes), exempts it
/// from the length limit: for functions that are mostly a table of data.
const DATA_TABLE: &str = "// tidy: data table";

/// A source file: its path relative to the repository, its text, and its code only.
struct Source {
    path: String,
    text: String,
    code: String,
}

impl Source {
    fn new(path: &str, text: &str) -> Source {
        Source {
            path: path.to_owned(),
            text: text.to_owned(),
            code: code_only(text),
        }
    }

    /// `path:line: what` for every line of code that matches `pattern`.
    fn find(&self, pattern: &Regex, what: &str) -> Vec<String> {
        self.code
            .lines()
            .enumerate()
            .filter_map(|(i, line)| {
                pattern
                    .find(line)
                    .map(|m| format!("{}:{}: {what}: `{}`", self.path, i + 1, m.as_str().trim()))
            })
            .collect()
    }
}

/// Every `.rs` file under `src/`, sorted.
fn sources() -> Vec<Source> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    collect(&root.join("src"), &mut files);
    files.sort();
    let sources: Vec<Source> = files
        .iter()
        .map(|f| {
            let rel = f
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            Source::new(&rel, &std::fs::read_to_string(f).unwrap())
        })
        .collect();
    assert!(sources.len() > 10, "found only {} files", sources.len());
    sources
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Fails with every violation, one per line.
#[track_caller]
fn assert_none(rule: &str, violations: &[String]) {
    assert!(
        violations.is_empty(),
        "{rule}: {} violations\n{}",
        violations.len(),
        violations.join("\n")
    );
}

/// A crate named in code: `name::…`, `use name`, `extern crate name`, but not a module of this
/// crate that happens to have the same name (`mod name;`, `self::name::…`, `store::name::…`).
fn crate_use(name: &str) -> Regex {
    Regex::new(&format!(r"(?:^|[^\w:])(?:::)?{name}\b")).unwrap()
}

/// The occurrences of the crate `name` in `source`, minus module declarations.
fn crate_uses(source: &Source, name: &str) -> Vec<String> {
    let declared = Regex::new(&format!(r"\bmod\s+{name}\b")).unwrap();
    let pattern = crate_use(name);
    source
        .code
        .lines()
        .enumerate()
        .filter(|(_, line)| pattern.is_match(line) && !declared.is_match(line))
        .map(|(i, line)| {
            format!(
                "{}:{}: {name} outside its module: `{}`",
                source.path,
                i + 1,
                line.trim()
            )
        })
        .collect()
}

fn print_macro() -> Regex {
    Regex::new(r"\b(?:e?print(?:ln)?|dbg)!").unwrap()
}

#[test]
fn only_the_telegram_channel_knows_teloxide() {
    let violations: Vec<String> = sources()
        .iter()
        .filter(|s| !s.path.starts_with("src/channel/telegram"))
        .flat_map(|s| crate_uses(s, "teloxide"))
        .collect();
    assert_none("teloxide outside src/channel/telegram*", &violations);
}

#[test]
fn only_the_sled_store_knows_sled() {
    let violations: Vec<String> = sources()
        .iter()
        .filter(|s| !s.path.starts_with("src/store/sled"))
        .flat_map(|s| crate_uses(s, "sled"))
        .collect();
    assert_none("sled outside src/store/sled*", &violations);
}

#[test]
fn only_the_postgres_store_knows_postgres() {
    let violations: Vec<String> = sources()
        .iter()
        .filter(|s| !s.path.starts_with("src/store/postgres"))
        .flat_map(|s| {
            let mut found = crate_uses(s, "tokio_postgres");
            found.extend(crate_uses(s, "deadpool_postgres"));
            found
        })
        .collect();
    assert_none("PostgreSQL crates outside src/store/postgres*", &violations);
}

/// What the engine must not touch: files, network, standard streams, the clock, async and the
/// platform and storage crates, and printing.
fn engine_io(source: &Source) -> Vec<String> {
    let io = Regex::new(
        r"\bstd::(?:fs|net|io|process|env|thread)\b|\bstd::\{[^}]*\b(?:fs|net|io|process|env|thread)\b|\b(?:Timestamp|Zoned|Instant|SystemTime)::now\b|\bSystemTime\b",
    )
    .unwrap();
    let mut found = source.find(&io, "I/O or the clock in the engine");
    found.extend(source.find(&print_macro(), "printing in the engine"));
    for name in [
        "tokio",
        "teloxide",
        "sled",
        "reqwest",
        "axum",
        "tokio_postgres",
        "deadpool_postgres",
    ] {
        found.extend(
            source
                .find(
                    &crate_use(name),
                    "a runtime, platform or storage crate in the engine",
                )
                .into_iter()
                .filter(|v| !v.contains(&format!("mod {name}"))),
        );
    }
    found.sort();
    found
}

#[test]
fn the_engine_does_no_io() {
    let violations: Vec<String> = sources()
        .iter()
        .filter(|s| s.path.starts_with("src/engine/"))
        .flat_map(engine_io)
        .collect();
    assert_none("I/O in src/engine/", &violations);
}

#[test]
fn the_library_neither_prints_nor_uses_anyhow() {
    let anyhow = Regex::new(r"\banyhow\b").unwrap();
    let violations: Vec<String> = sources()
        .iter()
        .filter(|s| s.path != "src/main.rs")
        .flat_map(|s| {
            let mut found = s.find(&print_macro(), "printing in the library");
            found.extend(s.find(&anyhow, "anyhow in the library"));
            found
        })
        .collect();
    assert_none(
        "println!/eprintln! or anyhow outside src/main.rs",
        &violations,
    );
}

#[test]
fn files_are_small() {
    let violations: Vec<String> = sources()
        .iter()
        .filter_map(|s| {
            let n = s.text.lines().count();
            (n > MAX_FILE_LINES).then(|| {
                format!(
                    "{}:{}: {n} lines, more than {MAX_FILE_LINES}",
                    s.path,
                    MAX_FILE_LINES + 1
                )
            })
        })
        .collect();
    assert_none("files over the limit", &violations);
}

#[test]
fn functions_are_short() {
    let violations: Vec<String> = sources()
        .iter()
        .flat_map(|s| {
            functions(s)
                .into_iter()
                .filter(|f| f.lines() > MAX_FN_LINES && !f.exempt)
                .map(|f| {
                    format!(
                        "{}:{}: fn `{}` is {} lines, more than {MAX_FN_LINES}",
                        s.path,
                        f.start,
                        f.name,
                        f.lines()
                    )
                })
                .collect::<Vec<_>>()
        })
        .collect();
    assert_none("functions over the limit", &violations);
}

// ----- reading Rust --------------------------------------------------------------------------

/// The text with the contents of comments, string literals and character literals replaced by
/// spaces; line breaks, the quotes and everything else stay where they were.
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
        } else if let Some(hashes) = raw_string_start(&chars, i) {
            // r"…", r#"…"#, br"…": no escapes; ends at a quote followed by the same hashes.
            let open = hashes + 2;
            out.extend(&chars[i..i + open]);
            i += open;
            let close: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            while i < chars.len() && !chars[i..].starts_with(&close) {
                out.push(blank(chars[i]));
                i += 1;
            }
            out.extend(chars[i..].iter().take(close.len()));
            i += close.len();
        } else if c == '"' {
            out.push('"');
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                let n = if chars[i] == '\\' { 2 } else { 1 };
                for &ch in chars[i..].iter().take(n) {
                    out.push(blank(ch));
                }
                i += n;
            }
            if i < chars.len() {
                out.push('"');
                i += 1;
            }
        } else if c == '\'' && is_char_literal(&chars, i) {
            out.push('\'');
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                let n = if chars[i] == '\\' { 2 } else { 1 };
                out.extend(std::iter::repeat_n(' ', n.min(chars.len() - i)));
                i += n;
            }
            if i < chars.len() {
                out.push('\'');
                i += 1;
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// At `r"`, `r#"`, `br"` … not inside an identifier: how many `#` the literal uses.
fn raw_string_start(chars: &[char], i: usize) -> Option<usize> {
    let mut j = i;
    if chars[j] == 'b' {
        j += 1;
    }
    if chars.get(j) != Some(&'r') {
        return None;
    }
    if i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_') {
        return None;
    }
    let hashes = chars[j + 1..].iter().take_while(|&&c| c == '#').count();
    (chars.get(j + 1 + hashes) == Some(&'"')).then_some(hashes + (j - i))
}

/// A `'` that opens a character literal (`'a'`, `'\n'`, `'"'`) rather than a lifetime.
fn is_char_literal(chars: &[char], i: usize) -> bool {
    match chars.get(i + 1) {
        Some('\\') => true,
        Some(_) => chars.get(i + 2) == Some(&'\''),
        None => false,
    }
}

/// A function with a body.
struct Function {
    name: String,
    /// The line of `fn`, 1-based.
    start: usize,
    /// The line of its closing brace.
    end: usize,
    /// Marked as a data table.
    exempt: bool,
}

impl Function {
    fn lines(&self) -> usize {
        self.end - self.start + 1
    }
}

/// Every function with a body, from its `fn` line to the brace that closes its body.
fn functions(source: &Source) -> Vec<Function> {
    let header = Regex::new(r"^\s*(?:pub(?:\([^)]*\))?\s+)?(?:(?:const|async|unsafe|default|extern\s+\S+)\s+)*fn\s+(\w+)").unwrap();
    let text_lines: Vec<&str> = source.text.lines().collect();
    let code_lines: Vec<&str> = source.code.lines().collect();
    // Byte offset of the start of each line in `code`.
    let mut starts = vec![0];
    starts.extend(source.code.match_indices('\n').map(|(i, _)| i + 1));
    let line_of = |offset: usize| starts.partition_point(|&s| s <= offset);
    let bytes = source.code.as_bytes();
    let mut out = Vec::new();
    for (i, line) in code_lines.iter().enumerate() {
        let Some(m) = header.captures(line) else {
            continue;
        };
        let Some(end) = body_end(bytes, starts[i] + m.get(0).unwrap().end()) else {
            continue;
        };
        let exempt = text_lines[..i]
            .iter()
            .rev()
            .take_while(|l| {
                let l = l.trim_start();
                l.starts_with("//") || l.starts_with("#[")
            })
            .any(|l| l.trim() == DATA_TABLE);
        out.push(Function {
            name: m[1].to_owned(),
            start: i + 1,
            end: line_of(end),
            exempt,
        });
    }
    out
}

/// From just after a function's name: the offset of the brace that closes its body, or `None`
/// for a declaration without a body (`fn f();`).
fn body_end(code: &[u8], from: usize) -> Option<usize> {
    let mut depth = 0i32;
    let mut i = from;
    // The signature: a `;` or `{` outside parentheses and brackets ends it.
    loop {
        match *code.get(i)? {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth -= 1,
            b';' if depth == 0 => return None,
            b'{' if depth == 0 => break,
            _ => {}
        }
        i += 1;
    }
    let mut braces = 0;
    for (j, &b) in code.iter().enumerate().skip(i) {
        match b {
            b'{' => braces += 1,
            b'}' => {
                braces -= 1;
                if braces == 0 {
                    return Some(j);
                }
            }
            _ => {}
        }
    }
    None
}

// ----- the checker checked -------------------------------------------------------------------

#[test]
fn comments_and_strings_are_not_code() {
    let code = code_only(
        "let a = \"std::fs // no\"; // teloxide::Bot\n/* sled::Db /* nested */ still */ let b = 'x';\nlet r = r#\"println!(\"x\")\"#; let c = '\"'; fn f<'a>(x: &'a str) {}\n",
    );
    assert_eq!(code.lines().count(), 3);
    for gone in [
        "std::fs", "teloxide", "sled", "println", "nested", "still", "no",
    ] {
        assert!(!code.contains(gone), "{gone} in {code}");
    }
    // Code after a comment, a raw string and character literals is still there.
    assert!(code.contains("let b = ' ';"), "{code}");
    assert!(code.contains("let c = ' ';"), "{code}");
    assert!(code.contains("fn f<'a>(x: &'a str) {}"), "{code}");
}

#[test]
fn crate_uses_are_found_but_modules_of_the_same_name_are_not() {
    let s = Source::new(
        "src/x.rs",
        "mod sled;\npub use self::sled::SledStore;\nuse sled::Db;\nlet db = ::sled::open(p);\n// sled::x\nuse crate::store::sled::Y;\n",
    );
    let found = crate_uses(&s, "sled");
    let lines: Vec<&str> = found.iter().map(|v| v.split(':').nth(1).unwrap()).collect();
    assert_eq!(lines, ["3", "4"], "{found:?}");
}

#[test]
fn engine_io_finds_files_clock_tokio_and_printing() {
    let s = Source::new(
        "src/engine/x.rs",
        "use std::fs;\nuse std::{collections::BTreeMap, io::Write};\nlet t = jiff::Timestamp::now();\ntokio::spawn(f);\neprintln!(\"x\");\nlet ok = \"std::fs\"; // Timestamp::now()\nuse std::fmt;\n",
    );
    let lines: Vec<String> = engine_io(&s)
        .iter()
        .map(|v| v.split(':').nth(1).unwrap().to_owned())
        .collect();
    assert_eq!(lines, ["1", "2", "3", "4", "5"]);
}

#[test]
fn function_length_runs_from_fn_to_its_closing_brace_and_data_tables_are_exempt() {
    let body = "    let x = \"}\";\n".repeat(3);
    let text = format!(
        "trait T {{\n    fn decl(&self, a: [u8; 2]);\n}}\n/// Doc.\npub fn long(a: u8) -> u8 {{\n{body}    a\n}}\n// tidy: data table\n#[rustfmt::skip]\nfn table() {{\n{body}}}\nfn one() {{}}\n"
    );
    let s = Source::new("src/x.rs", &text);
    let f: Vec<(String, usize, bool)> = functions(&s)
        .iter()
        .map(|f| (f.name.clone(), f.lines(), f.exempt))
        .collect();
    assert_eq!(
        f,
        [
            ("long".to_owned(), 6, false),
            ("table".to_owned(), 5, true),
            ("one".to_owned(), 1, false)
        ]
    );
}
