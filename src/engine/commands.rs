//! The commands every channel understands: `/start`, `/menu`, `/back`, `/restart`, `/language`,
//! `/summary`, `/help`, `/mydata`, `/forget`.
//!
//! A command answers any pending side question and then shows the current question again. This
//! room never reads free text.

use super::Command;
use super::dispatch::Turner;
use super::session::Session;
use crate::content::messages::{self as msg, Text};
use crate::ids::DialogId;

impl Turner<'_> {
    pub(super) fn command(&mut self, command: Command) {
        // A command answers any pending side question; the current question is shown again.
        self.session.pending = None;
        if !self.session.greeted {
            match command {
                Command::Start(_) | Command::Forget => {}
                Command::Menu | Command::Restart => return self.welcome(),
                // A first message that is a command still gets the welcome, and then its
                // answer: the command's own reply ends by showing the menu.
                _ => {
                    self.say(msg::welcome());
                    self.session.greeted = true;
                }
            }
        }
        match command {
            Command::Start(payload) => self.start(payload.as_deref()),
            Command::Menu => {
                if self.session.position != super::Position::Menu {
                    self.session.snapshot();
                }
                self.show_menu();
            }
            Command::Back => self.back(),
            Command::Restart => self.restart_dialog(),
            Command::Language(code) => self.language(code.as_deref()),
            Command::Summary => {
                let text = self.summary();
                self.say_composed(text);
                self.prompt();
            }
            Command::Help => self.answer_and_prompt(msg::help()),
            Command::MyData => {
                let text = self.my_data();
                self.say_composed(text);
                self.prompt();
            }
            Command::Forget => {
                self.say(msg::forget_done());
                let locale = self.session.locale.clone();
                *self.session = Session::new(locale, self.now);
                self.turn.forget = true;
            }
            Command::Unknown(name) => {
                self.answer_and_prompt(msg::command_unknown(format!("/{name}")))
            }
        }
    }

    fn answer_and_prompt(&mut self, text: Text) {
        self.say(text);
        self.prompt();
    }

    /// `/start`, with a dialog id from a deep link or without.
    fn start(&mut self, payload: Option<&str>) {
        let dialog: Option<DialogId> = payload
            .and_then(|p| self.content.dialog(p))
            .map(|d| d.id.clone());
        match dialog {
            Some(dialog) => {
                self.session.greeted = true;
                self.session.snapshot();
                self.start_dialog(&dialog);
            }
            None => {
                if self.session.position != super::Position::Menu {
                    self.session.snapshot();
                }
                self.say(msg::welcome());
                self.show_menu();
            }
        }
    }

    /// `/back`: undoes the last answer.
    fn back(&mut self) {
        match self.session.history.pop() {
            Some(snapshot) => {
                self.session.restore(snapshot);
                self.answer_and_prompt(msg::back_done());
            }
            None => self.answer_and_prompt(msg::back_nothing()),
        }
    }

    /// `/language CODE` changes the language; `/language` lists them.
    fn language(&mut self, code: Option<&str>) {
        let Some(code) = code else {
            let available = self.available_languages();
            return self.answer_and_prompt(msg::language_list(available));
        };
        match self.content.l10n().negotiate(code) {
            Some(locale) => {
                self.session.locale = locale;
                self.session.locale_chosen = true;
                let name = self.language_name();
                self.answer_and_prompt(msg::language_changed(name));
            }
            None => {
                let code: String = code.chars().take(16).collect();
                let available = self.available_languages();
                self.answer_and_prompt(msg::language_unknown(code, available));
            }
        }
    }

    /// Starts the outermost dialog again from its first step (or shows the menu).
    pub(super) fn restart_dialog(&mut self) {
        let first = match &self.session.position {
            super::Position::Dialog { frames } => frames.first().cloned(),
            _ => None,
        };
        match first {
            Some(frame) => {
                self.session.snapshot();
                self.session.notes.truncate(frame.notes_at_start);
                self.say(msg::restart_done());
                self.start_dialog(&frame.dialog);
            }
            None => self.show_menu(),
        }
    }

    pub(super) fn welcome(&mut self) {
        self.say(msg::welcome());
        self.session.greeted = true;
        self.show_menu();
    }

    /// The person's language, by its own name.
    pub(super) fn language_name(&self) -> String {
        self.content
            .l10n()
            .locale(self.session.locale.as_str())
            .map_or_else(|| self.session.locale.to_string(), |l| l.name.clone())
    }

    fn available_languages(&self) -> String {
        self.content
            .l10n()
            .offered_locales()
            .map(|l| self.fmt(msg::language_option(l.code.as_str(), l.name.as_str())))
            .collect::<Vec<_>>()
            .join("\n")
    }
}
