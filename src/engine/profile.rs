//! Profile facts (such as the municipality): asked once with consent, then used by every dialog
//! that declares them.
//!
//! A fact is kept between dialogs only after the person said yes to the consent question. This
//! room never stores anything the person did not agree to.

use super::dispatch::Turner;
use crate::content::messages as msg;
use crate::content::{Dialog, Step, Target, Then};

impl Turner<'_> {
    /// The person answered the consent question.
    pub(super) fn answer_consent(&mut self, yes: bool) {
        self.session.pending = None;
        self.session.consent = Some(yes);
        self.say(if yes {
            msg::profile_consent_given()
        } else {
            msg::profile_consent_refused()
        });
        self.new_question();
    }

    /// Keeps the profile fact the step just asked for, if the person agreed.
    pub(super) fn remember(&mut self, dialog: &Dialog, step: &Step) {
        if self.session.consent != Some(true) {
            return;
        }
        if let Some(fact) = asked_fact(dialog, step)
            && let Some(value) = self.session.vars.get(fact)
        {
            self.session.profile.insert(fact.to_owned(), value.clone());
        }
    }

    /// When the step asks for a profile fact Lots already knows, answers it from the profile:
    /// returns where to go on, and tells the person which answer was used.
    pub(super) fn answer_from_profile(&mut self, dialog: &Dialog, step: &Step) -> Option<Target> {
        if self.session.consent != Some(true) {
            return None;
        }
        let fact = asked_fact(dialog, step)?;
        let known = self.session.profile.get(fact)?.clone();
        let (answer, target) = match &step.then {
            Then::Options { options, .. } => {
                let choice = options.iter().find(|c| {
                    c.set.iter().any(|a| {
                        a.var == fact && a.expr.eval(&self.session.vars) == Ok(known.clone())
                    })
                })?;
                self.assign(&choice.set, &choice.add);
                self.note(dialog, step.note.as_ref());
                self.note(dialog, choice.note.as_ref());
                (self.fmt(&choice.label), choice.goto.clone())
            }
            Then::Input { input, after, .. } => {
                self.session.vars.insert(input.var.clone(), known.clone());
                self.note(dialog, step.note.as_ref());
                (self.show(&known), self.route(after))
            }
            _ => return None,
        };
        self.say(msg::profile_used(answer));
        Some(target)
    }
}

/// The profile fact a step asks for: every option sets the same profile variable, or the input
/// stores into one.
pub(super) fn asked_fact<'d>(dialog: &'d Dialog, step: &'d Step) -> Option<&'d str> {
    match &step.then {
        Then::Options { options, .. } => {
            let fact = options
                .first()?
                .set
                .iter()
                .map(|a| a.var.as_str())
                .find(|v| dialog.profile.contains(*v))?;
            options
                .iter()
                .all(|c| c.set.iter().any(|a| a.var == fact))
                .then_some(fact)
        }
        Then::Input { input, .. } => dialog
            .profile
            .contains(&input.var)
            .then_some(input.var.as_str()),
        _ => None,
    }
}
