//! Reading what the person sent: free text (an answer, an option's number or label, yes/no, or a
//! description to route) and button presses.
//!
//! This room decides what an input means for the current question; it hands valid answers to
//! `flow` and never shows a text a person did not cause.

use super::dispatch::{MAX_SUGGESTIONS, Turner};
use super::questions::Current;
use super::{MAX_MESSAGE_CHARS, Position, SideQuestion};
use crate::content::messages as msg;
use crate::content::{Dialog, Input, InputKind, MAX_TEXT_ANSWER, Step, Then, fold};
use crate::ids::DialogId;
use crate::value::Value;

/// How typed text picks an option.
enum Pick {
    Index(usize),
    OutOfRange(usize),
    None,
}

impl Turner<'_> {
    pub(super) fn text(&mut self, raw: &str) {
        let clean = sanitise(raw);
        let norm = fold(&clean);
        if !self.session.greeted {
            return self.first_text(&clean, &norm);
        }
        if norm.is_empty() {
            self.say(msg::input_empty());
            return self.prompt();
        }
        if clean.chars().count() > MAX_MESSAGE_CHARS {
            self.say(msg::input_too_long(MAX_MESSAGE_CHARS));
            return self.prompt();
        }
        if matches!(self.session.pending, Some(SideQuestion::Safety { .. }))
            && !matches!(self.pick(&norm), Pick::Index(_))
        {
            // Neither yes nor no: the person has moved on (the question named 112). What they
            // wrote is read as if the question had not been asked.
            self.session.pending = None;
        }
        if let Current::Input(dialog, step, input) = self.current() {
            return self.answer_input(dialog, step, input, &clean, &norm);
        }
        match self.pick(&norm) {
            Pick::Index(i) => self.choose(i),
            Pick::OutOfRange(max) => {
                self.say(msg::option_out_of_range(max));
                self.prompt();
            }
            Pick::None => match self.current() {
                Current::Menu | Current::Topic(_) | Current::Suggest(_) => self.route_text(&norm),
                _ => {
                    self.say(msg::input_not_understood());
                    self.prompt();
                }
            },
        }
    }

    /// A first message that describes a situation is welcomed and routed at once.
    fn first_text(&mut self, clean: &str, norm: &str) {
        self.say(msg::welcome());
        self.session.greeted = true;
        let fits = !norm.is_empty() && !self.content.patterns().route(norm).is_empty();
        if fits && clean.chars().count() <= MAX_MESSAGE_CHARS {
            self.route_text(norm);
        } else {
            self.show_menu();
        }
    }

    /// Free text at the menu: starts the one dialog whose triggers match, offers two or three
    /// that fit, or says kindly that nothing fitted and shows the menu (never a dead end).
    fn route_text(&mut self, norm: &str) {
        let found = self.routed(norm);
        self.go_to_dialogs(found);
    }

    /// The dialogs a folded message fits, best first, at most [`MAX_SUGGESTIONS`].
    fn routed(&self, norm: &str) -> Vec<DialogId> {
        let content = self.content;
        content
            .patterns()
            .route(norm)
            .into_iter()
            .filter_map(|d| content.dialog(d))
            .map(|d| d.id.clone())
            .take(MAX_SUGGESTIONS)
            .collect()
    }

    /// Where a message typed now would be routed: the dialogs it fits when the person stands
    /// at the menu (or a topic, or a suggestion), else none.
    pub(super) fn routes_for(&self, raw: &str) -> Vec<DialogId> {
        match self.current() {
            Current::Menu | Current::Topic(_) | Current::Suggest(_) => {
                self.routed(&fold(&sanitise(raw)))
            }
            _ => Vec::new(),
        }
    }

    /// Starts the one dialog found, offers two or three, or says kindly that nothing fitted and
    /// shows the menu.
    pub(super) fn go_to_dialogs(&mut self, found: Vec<DialogId>) {
        match found.as_slice() {
            [] => {
                self.say(msg::route_nothing());
                self.show_menu();
            }
            [only] => {
                self.session.snapshot();
                self.start_dialog(only);
            }
            _ => {
                self.session.snapshot();
                self.session.position = Position::Suggest { dialogs: found };
                self.new_question();
            }
        }
    }

    pub(super) fn choice(&mut self, question: u64, index: usize) {
        if !self.session.greeted {
            return self.welcome();
        }
        let count = self.labels().len();
        if question != self.session.question || count == 0 {
            self.say(msg::stale_button());
            self.prompt();
        } else if index >= count {
            self.say(msg::option_out_of_range(count));
            self.prompt();
        } else {
            self.choose(index);
        }
    }

    /// Text written before the person saw the current question answers an older one: like a
    /// stale button, the current question is shown again and nothing changes.
    pub(super) fn late(&mut self) {
        if !self.session.greeted {
            return self.welcome();
        }
        self.say(msg::stale_button());
        self.prompt();
    }

    /// Whether typed text is, word for word, the label of an option the person can choose now.
    pub(super) fn names_an_option(&self, raw: &str) -> bool {
        let wanted = bare(&folded(raw));
        !wanted.is_empty() && self.labels().iter().any(|l| bare(l) == wanted)
    }

    /// Which option typed text names: its number, its label, or yes/no for yes/no buttons.
    fn pick(&self, norm: &str) -> Pick {
        let labels = self.labels();
        if labels.is_empty() {
            return Pick::None;
        }
        let wanted = bare(norm);
        let number = if !wanted.is_empty() && wanted.chars().all(|c| c.is_ascii_digit()) {
            Some(wanted.parse::<i64>().unwrap_or(i64::MAX))
        } else {
            self.content.patterns().number_word(&wanted)
        };
        if let Some(n) = number {
            return match usize::try_from(n) {
                Ok(n) if (1..=labels.len()).contains(&n) => Pick::Index(n - 1),
                _ => Pick::OutOfRange(labels.len()),
            };
        }
        let folded: Vec<String> = labels.iter().map(|l| bare(l)).collect();
        if let Some(i) = folded.iter().position(|l| *l == wanted) {
            return Pick::Index(i);
        }
        if let Some(i) = closest_label(&folded, &wanted) {
            return Pick::Index(i);
        }
        match (self.content.patterns().yes_no(norm), self.current()) {
            (Some(yes), Current::Options(_, _, options)) => {
                let id = if yes {
                    msg::answer_yes()
                } else {
                    msg::answer_no()
                };
                if let Some(i) = options.iter().position(|o| o.label.as_str() == id.id()) {
                    return Pick::Index(i);
                }
            }
            (Some(yes), Current::Side(SideQuestion::Consent | SideQuestion::Safety { .. })) => {
                return Pick::Index(usize::from(!yes));
            }
            _ => {}
        }
        Pick::None
    }

    /// Takes option `index` of the current question.
    pub(super) fn choose(&mut self, index: usize) {
        match self.current() {
            Current::Menu => {
                let Some(topic) = self.content.menu().get(index) else {
                    return;
                };
                self.session.snapshot();
                if let [only] = topic.dialogs.as_slice() {
                    self.start_dialog(only);
                } else {
                    self.session.position = Position::Topic {
                        topic: topic.id.clone(),
                    };
                    self.new_question();
                }
            }
            Current::Topic(topic) => self.start_or_menu(topic.dialogs.get(index).cloned()),
            Current::Suggest(dialogs) => {
                self.start_or_menu(dialogs.get(index).map(|d| d.id.clone()));
            }
            Current::Options(dialog, step, options) => {
                let Some(choice) = options.get(index) else {
                    return;
                };
                self.session.snapshot();
                self.assign(&choice.set, &choice.add);
                self.remember(dialog, step);
                self.note(dialog, step.note.as_ref());
                self.note(dialog, choice.note.as_ref());
                self.go_from(choice.goto.clone());
            }
            Current::Side(SideQuestion::Resume) => self.answer_resume(index == 0),
            Current::Side(SideQuestion::Consent) => self.answer_consent(index == 0),
            Current::Side(SideQuestion::Safety { category, then }) => {
                self.answer_safety(&category, &then, index == 0);
            }
            Current::Input(..) | Current::Lost => self.prompt(),
        }
    }

    /// A dialog chosen from a list; the list's last option ("all topics") shows the menu.
    fn start_or_menu(&mut self, dialog: Option<DialogId>) {
        self.session.snapshot();
        match dialog {
            Some(dialog) => self.start_dialog(&dialog),
            None => self.show_menu(),
        }
    }

    fn answer_input(
        &mut self,
        dialog: &Dialog,
        step: &Step,
        input: &Input,
        clean: &str,
        norm: &str,
    ) {
        let Some(value) = self.read_value(input, clean, norm) else {
            let text = match (&input.invalid, &input.kind) {
                (Some(id), _) => id.into(),
                (None, InputKind::Number { min, max }) => msg::input_invalid_number(*min, *max),
                (None, InputKind::YesNo) => msg::input_invalid_yes_no(),
                (None, InputKind::Pattern(_)) => msg::input_invalid_pattern(),
                (None, InputKind::Text) => msg::input_invalid_text(MAX_TEXT_ANSWER),
            };
            self.say(text);
            return self.prompt();
        };
        self.session.snapshot();
        self.session.vars.insert(input.var.clone(), value);
        self.remember(dialog, step);
        self.note(dialog, step.note.as_ref());
        if let Then::Input { after, .. } = &step.then {
            let target = self.route(after);
            self.go_from(target);
        }
    }

    /// The value a typed answer gives an input step, when it is valid.
    fn read_value(&self, input: &Input, clean: &str, norm: &str) -> Option<Value> {
        let trimmed = clean.trim();
        match &input.kind {
            InputKind::Number { min, max } => parse_number(norm)
                .or_else(|| self.content.patterns().number_word(norm).map(|n| n as f64))
                .filter(|n| n >= min && n <= max)
                .map(Value::from),
            InputKind::YesNo => self.content.patterns().yes_no(norm).map(Value::Bool),
            InputKind::Pattern(re) => re
                .is_match(trimmed)
                .then(|| Value::Text(trimmed.to_owned())),
            InputKind::Text => (trimmed.chars().count() <= MAX_TEXT_ANSWER)
                .then(|| Value::Text(trimmed.to_owned())),
        }
    }
}

/// Folded text without the end punctuation people add to a label ("Nej.", "Ja!").
fn bare(s: &str) -> String {
    fold(s).trim_end_matches(['.', '!', '?']).trim().to_owned()
}

/// The label a typed text names despite a small typo: the only label within a small edit
/// distance (about one wrong letter in five), for texts of four letters or more.
fn closest_label(labels: &[String], wanted: &str) -> Option<usize> {
    if wanted.chars().count() < 4 {
        return None;
    }
    let mut scored: Vec<(usize, f64)> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| (i, strsim::normalized_levenshtein(l, wanted)))
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1));
    match scored.as_slice() {
        [(i, best), rest @ ..] if *best >= 0.8 && rest.first().is_none_or(|r| r.1 < best - 0.1) => {
            Some(*i)
        }
        _ => None,
    }
}

/// A typed message as the red-flag net and routing read it: sanitised, then folded.
pub fn folded(raw: &str) -> String {
    fold(&sanitise(raw))
}

/// Removes control characters, bidi controls and zero-width characters; keeps everything else.
pub(super) fn sanitise(raw: &str) -> String {
    raw.chars()
        .map(|c| if c == '\t' || c == '\n' || c == '\r' { ' ' } else { c })
        .filter(|&c| {
            !c.is_control()
                && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
        })
        .collect()
}

/// Reads a number typed with a decimal point or comma.
fn parse_number(norm: &str) -> Option<f64> {
    let n: f64 = norm.trim().replace(',', ".").parse().ok()?;
    n.is_finite().then_some(n)
}
