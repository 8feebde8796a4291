//! Running dialogs: starting one, entering steps until the next question, calling another
//! dialog and returning, branches, assignments and summary notes.
//!
//! This room moves the session through the content's steps; it never reads what the person typed
//! (that is `interpret`). A runaway loop is stopped after `MAX_STEPS_PER_TURN` steps. A condition
//! or assignment that cannot be evaluated (content that loaded is type-checked, so only division
//! by zero or a number too large remain) never picks an arm or skips: the dialog stops with a kind
//! message, the menu and an [`Event::DialogError`], and nothing else runs in that turn.

use super::dispatch::Turner;
use super::session::Note;
use super::{AGE_VAR, Event, Frame, Position};
use crate::content::messages as msg;
use crate::content::{Assign, Dialog, Route, Target, Then};
use crate::ids::{DialogId, MessageId, StepId};
use crate::value::Value;

/// How many steps one turn may pass through before the engine stops a runaway loop.
const MAX_STEPS_PER_TURN: usize = 500;

impl Turner<'_> {
    pub(super) fn start_dialog(&mut self, id: &DialogId) {
        let Some(dialog) = self.content.dialog(id.as_str()) else {
            return self.show_menu();
        };
        self.session.position = Position::Dialog {
            frames: vec![Frame {
                dialog: dialog.id.clone(),
                step: dialog.start.clone(),
                notes_at_start: self.session.notes.len(),
            }],
        };
        // A dialog started from the menu begins with its own starting values and nothing else.
        self.session.vars.clear();
        self.init_vars(dialog);
        self.turn.events.push(Event::Started {
            dialog: dialog.id.clone(),
            locale: self.session.locale.clone(),
        });
        self.go_from(Target::Step(dialog.start.clone()));
    }

    /// Gives the dialog's variables their starting values, unless a calling dialog already set
    /// them: a called dialog shares variables with its caller by name.
    fn init_vars(&mut self, dialog: &Dialog) {
        for (name, value) in &dialog.vars {
            let kept = dialog
                .profile
                .contains(name)
                .then(|| self.session.profile.get(name))
                .flatten()
                .filter(|v| v.var_type() == value.var_type());
            let value = kept.unwrap_or(value).clone();
            self.session.vars.entry(name.clone()).or_insert(value);
        }
    }

    /// Follows targets until the dialog waits for the person or leaves.
    pub(super) fn go_from(&mut self, first: Target) {
        let mut next = Some(first);
        let mut steps = 0;
        while let Some(target) = next.take() {
            if self.halted() {
                return;
            }
            steps += 1;
            if steps > MAX_STEPS_PER_TURN {
                self.say(msg::dialog_end());
                return self.show_menu();
            }
            next = self.go(target);
        }
    }

    /// Takes one target; returns the next one, or `None` when the turn waits.
    fn go(&mut self, target: Target) -> Option<Target> {
        match target {
            Target::Step(id) => self.enter(id),
            Target::End => self.end_dialog(),
            Target::Menu => {
                self.complete_all();
                self.show_menu();
                None
            }
            Target::Emergency(category) => {
                self.complete_all();
                self.emergency(category.as_deref());
                self.show_menu();
                None
            }
        }
    }

    /// The innermost dialog ended: back to its caller's `after`, or to the menu.
    fn end_dialog(&mut self) -> Option<Target> {
        let Position::Dialog { frames } = &mut self.session.position else {
            self.show_menu();
            return None;
        };
        if let Some(done) = frames.pop() {
            self.turn.events.push(Event::Completed {
                dialog: done.dialog,
            });
        }
        let Position::Dialog { frames } = &self.session.position else {
            return None;
        };
        match frames.last().cloned() {
            Some(frame) => {
                let dialog = self.content.dialog(frame.dialog.as_str())?;
                match &dialog.step(&frame.step)?.then {
                    Then::Call { after, .. } => Some(self.route(after)),
                    _ => Some(Target::End),
                }
            }
            None => {
                self.say(msg::dialog_end());
                self.show_menu();
                None
            }
        }
    }

    /// A dialog's own route to the menu or to 112 ends every dialog on the call stack.
    fn complete_all(&mut self) {
        if let Position::Dialog { frames } = &self.session.position {
            for frame in frames.iter().rev() {
                self.turn.events.push(Event::Completed {
                    dialog: frame.dialog.clone(),
                });
            }
        }
    }

    /// Enters a step of the innermost dialog: its assignments, text and cards, then what it does.
    fn enter(&mut self, id: StepId) -> Option<Target> {
        let frame = match &mut self.session.position {
            Position::Dialog { frames } => frames.last_mut()?,
            _ => return None,
        };
        frame.step = id.clone();
        let dialog = self.content.dialog(frame.dialog.as_str())?;
        let step = dialog.step(&id)?;
        self.turn.visited.push((dialog.id.clone(), id));
        self.assign(&step.set, &step.add);
        if self.halted() {
            return None;
        }
        if let Some(say) = &step.say {
            self.say(say);
        }
        self.refer(&step.refer);
        match &step.then {
            Then::Options { .. } | Then::Input { .. } => {
                if let Some(next) = self.answer_from_profile(dialog, step) {
                    return Some(next);
                }
                self.new_question();
                None
            }
            Then::Call { dialog: called, .. } => {
                self.note(dialog, step.note.as_ref());
                let called = self.content.dialog(called.as_str())?;
                let notes = self.session.notes.len();
                if let Position::Dialog { frames } = &mut self.session.position {
                    frames.push(Frame {
                        dialog: called.id.clone(),
                        step: called.start.clone(),
                        notes_at_start: notes,
                    });
                }
                self.init_vars(called);
                Some(Target::Step(called.start.clone()))
            }
            Then::Route(route) => {
                self.note(dialog, step.note.as_ref());
                Some(self.route(route))
            }
        }
    }

    /// Shows actor cards. An actor with an age limit is not shown to a person whose age is known
    /// to be outside it.
    fn refer(&mut self, actors: &[crate::ids::ActorId]) {
        let age = match self.session.vars.get(AGE_VAR) {
            Some(Value::Int(a)) => Some(*a),
            _ => None,
        };
        for actor in actors {
            if let Some(actor) = self.content.actor(actor).filter(|a| a.serves_age(age)) {
                let card = self.card(actor);
                self.say_composed(card);
                self.turn.events.push(Event::Referred {
                    actor: actor.id.clone(),
                });
            }
        }
    }

    /// Where a route leads with the session's variables now: the first arm whose condition is
    /// true. When a condition cannot be evaluated the dialog stops ([`Self::stop_dialog`]) and the
    /// target returned, the menu, is not followed: the turn has [`Self::halted`].
    pub(super) fn route(&mut self, route: &Route) -> Target {
        let arms = match route {
            Route::Goto(target) => return target.clone(),
            Route::Branch(arms) => arms,
        };
        for arm in arms {
            match arm.when.as_ref().map(|e| e.eval(&self.session.vars)) {
                None | Some(Ok(Value::Bool(true))) => return arm.goto.clone(),
                Some(Ok(Value::Bool(false))) => {}
                Some(_) => {
                    self.stop_dialog();
                    return Target::Menu;
                }
            }
        }
        // Loading guarantees that the last arm has no condition.
        Target::End
    }

    /// Sets variables, then adds to them. When a value cannot be computed, or does not fit its
    /// variable, nothing further is assigned and the dialog stops ([`Self::stop_dialog`]).
    pub(super) fn assign(&mut self, set: &[Assign], add: &[Assign]) {
        for a in set {
            let value = a.expr.eval(&self.session.vars).ok().filter(|value| {
                self.session
                    .vars
                    .get(&a.var)
                    .is_none_or(|old| old.var_type() == value.var_type())
            });
            let Some(value) = value else {
                return self.stop_dialog();
            };
            self.session.vars.insert(a.var.clone(), value);
        }
        for a in add {
            let old = self
                .session
                .vars
                .get(&a.var)
                .cloned()
                .unwrap_or(Value::Int(0));
            let sum = a.expr.eval(&self.session.vars).ok();
            let Some(sum) = sum.and_then(|amount| old.plus(&amount)) else {
                return self.stop_dialog();
            };
            self.session.vars.insert(a.var.clone(), sum);
        }
    }

    /// An expression of the dialog failed at run time: says so (naming 1177), counts it, and
    /// shows the menu. Never a guess at what the dialog meant.
    fn stop_dialog(&mut self) {
        if self.halted() {
            return;
        }
        if let Some(frame) = self.session.here() {
            self.turn.events.push(Event::DialogError {
                dialog: frame.dialog.clone(),
                step: frame.step.clone(),
            });
        }
        self.say(msg::dialog_error());
        self.show_menu();
    }

    /// True once a dialog stopped in this turn: nothing runs after that.
    fn halted(&self) -> bool {
        self.turn
            .events
            .iter()
            .any(|e| matches!(e, Event::DialogError { .. }))
    }

    /// Records a summary line with the values of the variables it shows.
    pub(super) fn note(&mut self, dialog: &Dialog, message: Option<&MessageId>) {
        let Some(message) = message else { return };
        let l10n = self.content.l10n();
        let args = l10n
            .locales()
            .iter()
            .flat_map(|l| l10n.variables(&l.code, message.as_str()))
            .filter_map(|v| self.session.vars.get(&v).map(|value| (v, value.clone())))
            .collect();
        self.session.push_note(Note {
            dialog: dialog.id.clone(),
            message: message.clone(),
            args,
        });
    }
}
