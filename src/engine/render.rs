//! Texts the engine composes from several messages: actor cards, the summary, `/mydata`.
//!
//! Every part is a Fluent message; this room only puts them together. It never changes the
//! session.

use super::Position;
use super::dispatch::Turner;
use crate::content::hours::{OpeningHours, weekday_number};
use crate::content::messages::{self as msg, Text};
use crate::content::{Actor, Content, SOURCE_LOCALE};
use crate::ids::LocaleCode;
use crate::value::Vars;

/// The lines of an actor card that do not depend on the clock, in one locale: name, when to
/// contact, phone, web, hours in words and ages. `lots paths` shows these; the engine adds
/// whether the actor is open now.
pub fn card_lines(
    content: &Content,
    locale: &LocaleCode,
    vars: &Vars,
    actor: &Actor,
) -> Vec<String> {
    let fmt = |text: Text| content.l10n().text(locale, &text, vars);
    let mut lines = vec![fmt((&actor.name).into()), fmt((&actor.when).into())];
    if let Some(phone) = &actor.phone {
        lines.push(fmt(msg::actor_phone(phone.as_str())));
    }
    if let Some(web) = &actor.web {
        lines.push(fmt(msg::actor_web(web.as_str())));
    }
    if let Some(hours) = &actor.hours {
        lines.push(fmt(hours.into()));
    }
    match (actor.min_age, actor.max_age) {
        (Some(min), Some(max)) => lines.push(fmt(msg::actor_age_range(min, max))),
        (Some(min), None) => lines.push(fmt(msg::actor_age_min(min))),
        (None, Some(max)) => lines.push(fmt(msg::actor_age_max(max))),
        (None, None) => {}
    }
    lines.retain(|l| !l.trim().is_empty());
    lines
}

/// The emergency answer of a red-flag category, or the general one for a dialog's own
/// `@emergency` and for a category without its own answer.
pub fn emergency_message(content: &Content, category: Option<&str>) -> Text {
    let sv = LocaleCode::new(SOURCE_LOCALE);
    category
        .map(msg::emergency)
        .filter(|t| content.l10n().has(&sv, t.id()))
        .unwrap_or_else(msg::emergency_general)
}

impl Turner<'_> {
    /// An actor card: name, when to contact, phone, web, hours, ages, open now or when it opens.
    pub(super) fn card(&self, actor: &Actor) -> String {
        let mut lines = card_lines(
            self.content,
            &self.session.locale,
            &self.session.vars,
            actor,
        );
        // Always open: the card's `hours` text says so; no need to repeat it.
        if let Some(open) = actor.open.as_ref().filter(|o| **o != OpeningHours::Always) {
            lines.extend(self.opening(actor, open));
        }
        lines.retain(|l| !l.trim().is_empty());
        lines.join("\n")
    }

    /// "Open now", or when the actor opens next and whom to contact meanwhile.
    fn opening(&self, actor: &Actor, open: &OpeningHours) -> Vec<String> {
        if open.is_open(self.now) {
            return vec![self.fmt(msg::actor_open_now())];
        }
        let mut lines = Vec::new();
        if let Some(next) = open.next_opening(self.now) {
            let local_now = self.now.to_zoned(next.time_zone().clone());
            let day = match (next.date() - local_now.date()).get_days() {
                0 => msg::day_today(),
                1 => msg::day_tomorrow(),
                _ => msg::weekday(weekday_number(next.weekday())),
            };
            let time = next.strftime("%H:%M").to_string();
            lines.push(self.fmt(msg::actor_closed_opens(self.fmt(day), time)));
        }
        if let Some(alt) = actor
            .when_closed
            .as_ref()
            .and_then(|a| self.content.actor(a))
        {
            let contact = alt
                .phone
                .clone()
                .or_else(|| alt.web.clone())
                .unwrap_or_default();
            let name = self.fmt(&alt.name);
            lines.push(self.fmt(msg::actor_closed_alternative(name, contact)));
        }
        lines
    }

    /// The summary lines in one locale.
    fn notes_in(&self, locale: &LocaleCode) -> Vec<String> {
        let l10n = self.content.l10n();
        self.session
            .notes
            .iter()
            .map(|n| {
                let line = l10n.format(locale, n.message.as_str(), &n.args, &[]);
                l10n.text(locale, &msg::summary_line(line), &n.args)
            })
            .collect()
    }

    /// `/summary`: the notes in the person's language and, for staff, in Swedish.
    pub(super) fn summary(&self) -> String {
        if self.session.notes.is_empty() {
            return self.fmt(msg::summary_empty());
        }
        let mut parts = vec![
            self.fmt(msg::summary_header()),
            self.notes_in(&self.session.locale).join("\n"),
        ];
        let sv = LocaleCode::new(SOURCE_LOCALE);
        if self.session.locale != sv {
            parts.push(self.fmt(msg::summary_swedish_header()));
            parts.push(self.notes_in(&sv).join("\n"));
        }
        parts.join("\n\n")
    }

    /// `/mydata`: everything stored about the person, readable.
    pub(super) fn my_data(&self) -> String {
        let s = &*self.session;
        let mut parts = vec![
            self.fmt(msg::mydata_header()),
            self.fmt(msg::mydata_language(self.language_name())),
            self.my_position(),
        ];
        let listed = |vars: &crate::value::Vars| {
            vars.iter()
                .map(|(k, v)| self.fmt(msg::mydata_var(k.as_str(), self.show(v))))
                .collect::<Vec<_>>()
                .join("\n")
        };
        if !s.vars.is_empty() {
            parts.push(self.fmt(msg::mydata_vars(listed(&s.vars))));
        }
        if !s.profile.is_empty() {
            parts.push(self.fmt(msg::mydata_profile(listed(&s.profile))));
        }
        match s.consent {
            Some(true) => parts.push(self.fmt(msg::mydata_consent_yes())),
            Some(false) => parts.push(self.fmt(msg::mydata_consent_no())),
            None => {}
        }
        if !s.notes.is_empty() {
            parts.push(self.fmt(msg::mydata_notes(s.notes.len())));
            parts.push(self.notes_in(&s.locale).join("\n"));
        }
        let since = s
            .created
            .in_tz("Europe/Stockholm")
            .map(|z| z.strftime("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_else(|_| s.created.to_string());
        parts.push(self.fmt(msg::mydata_since(since)));
        parts.join("\n\n")
    }

    /// Where the person stands, for `/mydata`: each dialog on the call stack and its step.
    fn my_position(&self) -> String {
        let Position::Dialog { frames } = &self.session.position else {
            return self.fmt(msg::mydata_position_menu());
        };
        let here = frames
            .iter()
            .map(|f| {
                let title = self
                    .content
                    .dialog(f.dialog.as_str())
                    .map_or_else(|| f.dialog.to_string(), |d| self.fmt(&d.title));
                format!("{title} ({}/{})", f.dialog, f.step)
            })
            .collect::<Vec<_>>()
            .join(" → ");
        self.fmt(msg::mydata_position(here))
    }
}
