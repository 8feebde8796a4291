//! Where a step goes next: targets (`goto`, `next`), `branch` arms and `end`.
//!
//! A target is a step of the same dialog or one of the special targets `@end`, `@menu`,
//! `@emergency` and `@emergency/<category>`. Step targets are checked against the ids read before
//! any step, so they may point forwards; categories are recorded as uses and checked by the caller.
//! A branch always takes a target: its last arm, and only that one, has no condition.

use toml::Spanned;
use toml::de::DeValue;

use super::exprs::Wanted;
use super::reader::Reader;
use crate::content::diag::did_you_mean;
use crate::content::model::{Arm, Route, Target};
use crate::content::toml_read::{Sp, Table};
use crate::content::uses::Use;
use crate::ids::StepId;

/// Which of `next`, `branch` and `end` (when true) a step has, in that order.
pub(super) fn route_keys(
    table: &Table<'_, '_>,
    has_next: bool,
    has_end: bool,
) -> Vec<&'static str> {
    [
        has_next.then_some("next"),
        table.get("branch").map(|_| "branch"),
        has_end.then_some("end"),
    ]
    .into_iter()
    .flatten()
    .collect()
}

impl Reader<'_> {
    /// Reports a step with more than one of `next`, `branch` and `end`, at the second of them.
    pub(super) fn one_route(
        &mut self,
        table: &Table<'_, '_>,
        id: &Sp<String>,
        route_keys: &[&str],
    ) {
        if route_keys.len() > 1 {
            let span = table.key_span(route_keys[1]).unwrap_or(id.span.clone());
            self.error(
                span,
                format!(
                    "step `{}` has both `{}` and `{}`; use only one",
                    id.value, route_keys[0], route_keys[1]
                ),
            );
        }
    }

    /// The way on from `next`, else `branch`, else `end`.
    pub(super) fn route(
        &mut self,
        next: Option<&Sp<String>>,
        branch: Option<&Spanned<DeValue<'_>>>,
        end: bool,
    ) -> Option<Route> {
        if let Some(next) = next {
            self.target(next).map(Route::Goto)
        } else if let Some(branch) = branch {
            self.branch(branch)
        } else if end {
            Some(Route::Goto(Target::End))
        } else {
            None
        }
    }

    /// Resolves a target, reporting unknown steps and special targets with the nearest valid one.
    pub(super) fn target(&mut self, sp: &Sp<String>) -> Option<Target> {
        const SPECIAL: [&str; 3] = ["@end", "@menu", "@emergency"];
        let t = sp.value.as_str();
        if let Some(special) = t.strip_prefix('@') {
            if let Some(category) = special.strip_prefix("emergency/") {
                self.uses.categories.push(Use {
                    file: self.file.clone(),
                    span: sp.span.clone(),
                    id: category.to_owned(),
                });
                return Some(Target::Emergency(Some(category.to_owned())));
            }
            return match special {
                "end" => Some(Target::End),
                "menu" => Some(Target::Menu),
                "emergency" => Some(Target::Emergency(None)),
                _ => {
                    self.error(
                        sp.span.clone(),
                        format!(
                            "unknown target `{t}`{}; special targets are @end, @menu, @emergency and @emergency/<category>",
                            did_you_mean(t, SPECIAL)
                        ),
                    );
                    None
                }
            };
        }
        if self.step_ids.contains_key(t) {
            Some(Target::Step(StepId::new(t)))
        } else {
            let hint = did_you_mean(t, self.step_ids.keys().map(String::as_str));
            self.error(
                sp.span.clone(),
                format!(
                    "target `{t}` is not a step of dialog `{}`{hint}",
                    self.dialog
                ),
            );
            None
        }
    }

    /// Reads `branch = [{ when = …, goto = … }, …, { goto = … }]`; `None` when any arm is wrong.
    fn branch(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Route> {
        let DeValue::Array(items) = value.get_ref() else {
            self.error(
                value.span(),
                "`branch` must be a list of `{ when = …, goto = … }`",
            );
            return None;
        };
        if items.is_empty() {
            self.error(value.span(), "`branch` must have at least one arm");
            return None;
        }
        let mut arms = Vec::new();
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            match self.arm(item, i + 1 == items.len()) {
                Some(arm) => arms.push(arm),
                None => ok = false,
            }
        }
        ok.then_some(Route::Branch(arms))
    }

    /// Reads one arm of a branch; `None` when it is not a table, its `when` is misplaced or its
    /// target is wrong. A condition that does not check is reported and left out.
    fn arm(&mut self, item: &Spanned<DeValue<'_>>, last: bool) -> Option<Arm> {
        let table = Table::new(
            self.file,
            item,
            "a branch arm",
            &["when", "goto"],
            self.report,
        )?;
        let when = table.opt_str("when", self.report);
        let goto = table.str("goto", self.report);
        let (when, placed) = match (&when, last) {
            (Some(w), true) => {
                self.error(
                    w.span.clone(),
                    "the last arm of a branch must have no `when`, so that a target is always taken",
                );
                (None, false)
            }
            (None, false) => {
                self.error(
                    item.span(),
                    "only the last arm of a branch may leave out `when`",
                );
                (None, false)
            }
            (Some(w), false) => (self.expr(w, Wanted::Condition), true),
            (None, true) => (None, true),
        };
        let goto = goto.and_then(|g| self.target(&g))?;
        placed.then_some(Arm { when, goto })
    }
}
