//! Meeting the session again: after a content change and after a long pause.
//!
//! A session carries the content version it last ran on. When the content changed, the session
//! must still stand somewhere that exists and means the same (the rule is `content::compat`, the
//! same one `lots check --previous` uses); otherwise the dialog starts again with a kind message.
//! A person who comes back after a pause is asked whether to continue or start over.

use super::dispatch::Turner;
use super::{Input, Position, SideQuestion};
use crate::content::messages as msg;
use crate::content::{Content, compat};
use crate::value::Vars;

impl Turner<'_> {
    /// After a content change, checks that the session still stands somewhere that exists and
    /// means the same. If not, says so kindly and starts that dialog again (or shows the menu).
    /// Returns true when the session was moved.
    pub(super) fn reconcile_content(&mut self) -> bool {
        let version = self.content.version();
        if self.session.content_version.is_empty() || self.session.content_version == version {
            return false;
        }
        let content = self.content;
        let vars = self.session.vars.clone();
        self.session
            .history
            .retain(|s| position_valid(content, &s.position, &s.vars));
        if position_valid(content, &self.session.position, &vars) {
            return false;
        }
        self.session.pending = None;
        let first = match &self.session.position {
            Position::Dialog { frames } => frames.first().cloned(),
            _ => None,
        };
        match first.filter(|f| content.dialog(f.dialog.as_str()).is_some()) {
            Some(frame) => {
                self.say(msg::content_changed_restart());
                self.session.notes.truncate(frame.notes_at_start);
                self.start_dialog(&frame.dialog);
            }
            None => {
                self.say(msg::content_changed_menu());
                self.show_menu();
            }
        }
        true
    }

    /// A person in a dialog who writes after a long pause is first asked whether to continue.
    pub(super) fn offer_resume(&mut self, input: &Input) -> bool {
        let paused = self.now.duration_since(self.session.last_active) > self.settings.resume_after;
        if !paused
            || matches!(
                self.session.pending,
                Some(SideQuestion::Resume | SideQuestion::Safety { .. })
            )
            || self.session.here().is_none()
            || !matches!(input, Input::Text(_))
        {
            return false;
        }
        self.session.pending = Some(SideQuestion::Resume);
        self.say(msg::resume_welcome_back());
        self.new_question();
        true
    }

    /// The person answered whether to continue after a pause.
    pub(super) fn answer_resume(&mut self, go_on: bool) {
        self.session.pending = None;
        if go_on {
            self.new_question();
        } else {
            self.restart_dialog();
        }
    }
}

/// Whether a position exists in the content and means what it meant (see `content::compat`).
fn position_valid(content: &Content, position: &Position, vars: &Vars) -> bool {
    match position {
        Position::Menu => true,
        Position::Topic { topic } => content.menu().iter().any(|t| &t.id == topic),
        Position::Suggest { dialogs } => {
            dialogs.iter().all(|d| content.dialog(d.as_str()).is_some())
        }
        Position::Dialog { frames } => {
            !frames.is_empty()
                && frames.iter().enumerate().all(|(i, frame)| {
                    let calls = frames.get(i + 1).map(|next| &next.dialog);
                    let held = |name: &str| vars.get(name).map(|v| v.var_type());
                    compat::check_frame(
                        content,
                        frame.dialog.as_str(),
                        frame.step.as_str(),
                        calls,
                        held,
                    )
                    .is_ok()
                })
        }
    }
}
