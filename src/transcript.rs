//! Conversation transcripts: a plain-text format a nurse can read and write, replayed against the
//! engine by `lots test` and by `cargo test`.
//!
//! ```text
//! # comment
//! lang: en
//! > /start
//! < welcome
//! * Sore throat
//! > 1
//! @ sore-throat/breathing
//! ---
//! ```
//!
//! `>` is what the person writes; `<` a fragment the bot's answer contains (case-insensitive); `<!`
//! a fragment it must not contain; `*` an option the last question offers; `@` where the person
//! stands afterwards (`dialog/step`, `menu` or `topic/<topic>`); `!` the emergency category of the
//! answer (`! none` for no emergency); `?` the category of the safety question the answer asks
//! (`? none` for none); `---` starts a new conversation. The format is documented
//! for staff in `docs/dialogs.md`.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::content::Content;
use crate::engine::{self, Input, Position, Session};

/// One conversation of a transcript file.
#[derive(Debug, Clone)]
pub struct Conversation {
    /// The file.
    pub path: PathBuf,
    /// Where it starts.
    pub line: usize,
    /// The person's language (`lang:`), Swedish if not given.
    pub lang: Option<String>,
    /// The messages and what is expected after each.
    pub turns: Vec<TurnSpec>,
}

/// One message of the person and the expectations that follow it.
#[derive(Debug, Clone)]
pub struct TurnSpec {
    /// The line of the `>`.
    pub line: usize,
    /// What the person writes.
    pub input: String,
    /// What must hold afterwards.
    pub expects: Vec<(usize, Expect)>,
}

/// One expectation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expect {
    /// The answer contains this text.
    Contains(String),
    /// The answer does not contain this text.
    Lacks(String),
    /// The last question offers this option.
    Option(String),
    /// The person stands here.
    At(String),
    /// The answer is an emergency answer of this category (`None`: it is not).
    Alert(Option<String>),
    /// The answer is the safety question of this red-flag category (`None`: no safety question).
    Caution(Option<String>),
}

/// A transcript line that does not hold.
#[derive(Debug, Clone)]
pub struct Failure {
    /// The file.
    pub path: PathBuf,
    /// The line.
    pub line: usize,
    /// What went wrong.
    pub message: String,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.path.display(), self.line, self.message)
    }
}

/// The result of replaying transcripts.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Conversations replayed.
    pub conversations: usize,
    /// Conversations with no failure.
    pub passed: usize,
    /// Every failed expectation.
    pub failures: Vec<Failure>,
    /// Steps entered, as (locale, dialog, step).
    pub visited: BTreeSet<(String, String, String)>,
}

/// Parses a transcript file into conversations.
pub fn parse(path: &Path, text: &str) -> Result<Vec<Conversation>, Vec<Failure>> {
    let mut conversations = Vec::new();
    let mut failures = Vec::new();
    let new = |line| Conversation {
        path: path.to_path_buf(),
        line,
        lang: None,
        turns: Vec::new(),
    };
    let mut current = new(1);
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let l = raw.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let fail = |message: String| Failure {
            path: path.to_path_buf(),
            line,
            message,
        };
        if l == "---" {
            if !current.turns.is_empty() {
                conversations.push(std::mem::replace(&mut current, new(line + 1)));
            }
            continue;
        }
        if let Some(lang) = l.strip_prefix("lang:") {
            if current.turns.is_empty() {
                current.lang = Some(lang.trim().to_owned());
            } else {
                failures.push(fail("`lang:` must come before the first message".into()));
            }
            continue;
        }
        if let Some(input) = l.strip_prefix('>') {
            current.turns.push(TurnSpec {
                line,
                input: input.strip_prefix(' ').unwrap_or(input).to_owned(),
                expects: Vec::new(),
            });
            continue;
        }
        let expect = if let Some(t) = l.strip_prefix("<!") {
            Expect::Lacks(t.trim().to_owned())
        } else if let Some(t) = l.strip_prefix('<') {
            Expect::Contains(t.trim().to_owned())
        } else if let Some(t) = l.strip_prefix('*') {
            Expect::Option(t.trim().to_owned())
        } else if let Some(t) = l.strip_prefix('@') {
            Expect::At(t.trim().to_owned())
        } else if let Some(t) = l.strip_prefix('!') {
            let t = t.trim();
            Expect::Alert((t != "none").then(|| t.to_owned()))
        } else if let Some(t) = l.strip_prefix('?') {
            let t = t.trim();
            Expect::Caution((t != "none").then(|| t.to_owned()))
        } else {
            failures.push(fail(format!(
                "cannot read this line; lines start with >, <, <!, *, @, !, ?, #, lang: or ---: `{l}`"
            )));
            continue;
        };
        match current.turns.last_mut() {
            Some(turn) => turn.expects.push((line, expect)),
            None => failures.push(fail("an expectation needs a `>` message before it".into())),
        }
    }
    if !current.turns.is_empty() {
        conversations.push(current);
    }
    if failures.is_empty() {
        Ok(conversations)
    } else {
        Err(failures)
    }
}

/// Where a session stands, as written after `@`.
pub fn position_label(session: &Session) -> String {
    match &session.position {
        Position::Menu => "menu".to_owned(),
        Position::Topic { topic } => format!("topic/{topic}"),
        Position::Suggest { .. } => "suggest".to_owned(),
        Position::Dialog { frames } => frames
            .last()
            .map_or_else(|| "menu".to_owned(), |f| format!("{}/{}", f.dialog, f.step)),
    }
}

/// Replays conversations against the content, each in a fresh session.
pub fn run(content: &Content, conversations: &[Conversation]) -> Outcome {
    let mut outcome = Outcome::default();
    // A fixed clock: transcripts must not depend on the time they run.
    let start: jiff::Timestamp = "2026-11-22T09:00:00Z".parse().unwrap_or_default();
    for conversation in conversations {
        outcome.conversations += 1;
        let before = outcome.failures.len();
        let locale = engine::initial_locale(content, conversation.lang.as_deref());
        let mut session = Session::new(locale, start);
        for (n, spec) in conversation.turns.iter().enumerate() {
            let now = start + jiff::SignedDuration::from_secs(60 * n as i64);
            let turn = engine::step(content, &mut session, Input::parse(&spec.input), now);
            for (dialog, step) in &turn.visited {
                outcome.visited.insert((
                    session.locale.to_string(),
                    dialog.to_string(),
                    step.to_string(),
                ));
            }
            let answer = Answer::of(&turn.replies, &session);
            for (line, expect) in &spec.expects {
                if let Some(message) = answer.problem(expect) {
                    let shown: String = answer.text.chars().take(300).collect();
                    outcome.failures.push(Failure {
                        path: conversation.path.clone(),
                        line: *line,
                        message: format!(
                            "after `> {}` (line {}): {message}\n    the answer was: {}",
                            spec.input,
                            spec.line,
                            shown.replace('\n', "\n    ")
                        ),
                    });
                }
            }
        }
        if outcome.failures.len() == before {
            outcome.passed += 1;
        }
    }
    outcome
}

/// What one turn answered, as the expectations see it.
struct Answer<'r> {
    /// The text of every reply.
    text: String,
    /// The same in lower case.
    lower: String,
    /// The options of the last reply that has any.
    options: &'r [String],
    /// Where the person stands afterwards.
    at: String,
    /// The emergency categories of the replies.
    alerts: Vec<&'r str>,
    /// The categories of the safety questions among the replies.
    cautions: Vec<&'r str>,
}

impl<'r> Answer<'r> {
    fn of(replies: &'r [engine::Reply], session: &Session) -> Answer<'r> {
        let text = replies
            .iter()
            .map(|r| r.text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        Answer {
            lower: text.to_lowercase(),
            text,
            options: replies
                .iter()
                .rev()
                .find(|r| !r.options.is_empty())
                .map_or(&[], |r| r.options.as_slice()),
            at: position_label(session),
            alerts: replies.iter().filter_map(|r| r.alert.as_deref()).collect(),
            cautions: replies
                .iter()
                .filter_map(|r| r.caution.as_deref())
                .collect(),
        }
    }

    /// Why `expect` does not hold, if it does not. Text is compared case-insensitively.
    fn problem(&self, expect: &Expect) -> Option<String> {
        let (lower, options, alerts) = (&self.lower, self.options, &self.alerts);
        match expect {
            Expect::Contains(t) if !lower.contains(&t.to_lowercase()) => {
                Some(format!("the answer does not contain `{t}`"))
            }
            Expect::Lacks(t) if lower.contains(&t.to_lowercase()) => {
                Some(format!("the answer contains `{t}`"))
            }
            Expect::Option(t) if !options.iter().any(|o| o == t) => {
                Some(format!("no option `{t}`; the options are {options:?}"))
            }
            Expect::At(place) if *place != self.at => Some(format!(
                "expected to stand at `{place}`, but stands at `{}`",
                self.at
            )),
            Expect::Alert(Some(c)) if !alerts.contains(&c.as_str()) => Some(format!(
                "expected the emergency answer `{c}`, got {alerts:?}"
            )),
            Expect::Alert(None) if !alerts.is_empty() => {
                Some(format!("expected no emergency answer, got {alerts:?}"))
            }
            Expect::Caution(Some(c)) if !self.cautions.contains(&c.as_str()) => Some(format!(
                "expected the safety question `{c}`, got {:?}",
                self.cautions
            )),
            Expect::Caution(None) if !self.cautions.is_empty() => Some(format!(
                "expected no safety question, got {:?}",
                self.cautions
            )),
            _ => None,
        }
    }
}

/// Reads transcript files: the given paths, where a directory means every `.txt` file in it.
pub fn load_files(paths: &[PathBuf]) -> Result<Vec<Conversation>, Vec<Failure>> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut inner: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| vec![io_failure(path, &e)])?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect();
            inner.sort();
            files.extend(inner);
        } else {
            files.push(path.clone());
        }
    }
    let mut conversations = Vec::new();
    let mut failures = Vec::new();
    for file in files {
        match std::fs::read_to_string(&file) {
            Ok(text) => match parse(&file, &text) {
                Ok(c) => conversations.extend(c),
                Err(f) => failures.extend(f),
            },
            Err(e) => failures.push(io_failure(&file, &e)),
        }
    }
    if failures.is_empty() {
        Ok(conversations)
    } else {
        Err(failures)
    }
}

fn io_failure(path: &Path, e: &std::io::Error) -> Failure {
    Failure {
        path: path.to_path_buf(),
        line: 1,
        message: format!("cannot read: {e}"),
    }
}

/// Steps of the content no transcript entered, per locale, as `locale dialog/step`.
pub fn unvisited(content: &Content, outcome: &Outcome) -> Vec<String> {
    let mut out = Vec::new();
    for locale in content.l10n().locales() {
        for dialog in content.dialogs() {
            for step in dialog.steps() {
                let key = (
                    locale.code.to_string(),
                    dialog.id.to_string(),
                    step.id.to_string(),
                );
                if !outcome.visited.contains(&key) {
                    out.push(format!("{} {}/{}", locale.code, dialog.id, step.id));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_conversations_and_expectations() {
        let text = "# c\nlang: en\n> /start\n< Welcome\n* Sore throat\n---\n> 1\n@ menu\n! none\n";
        let c = parse(Path::new("t.txt"), text).unwrap();
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].lang.as_deref(), Some("en"));
        assert_eq!(c[0].turns[0].expects.len(), 2);
        assert_eq!(c[1].turns[0].expects[1].1, Expect::Alert(None));
    }

    #[test]
    fn rejects_unreadable_lines_with_their_position() {
        let err = parse(Path::new("t.txt"), "> hi\nwhat is this\n").unwrap_err();
        assert_eq!(err[0].line, 2);
    }
}
