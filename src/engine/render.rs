//! Texts the engine composes from several messages: actor cards, the summary, `/mydata`.

use super::{Position, Turner};
use crate::content::{Actor, SOURCE_LOCALE};
use crate::ids::LocaleCode;
use crate::value::Value;

impl Turner<'_> {
    /// An actor card: name, when to contact, phone, web, hours.
    pub(super) fn card(&self, actor: &Actor) -> String {
        let mut lines = vec![self.t(actor.name.as_str()), self.t(actor.when.as_str())];
        if let Some(phone) = &actor.phone {
            lines.push(self.ta("actor-phone", &[("phone", Value::Text(phone.clone()))]));
        }
        if let Some(web) = &actor.web {
            lines.push(self.ta("actor-web", &[("web", Value::Text(web.clone()))]));
        }
        if let Some(hours) = &actor.hours {
            lines.push(self.t(hours.as_str()));
        }
        match (actor.min_age, actor.max_age) {
            (Some(min), Some(max)) => lines.push(self.ta(
                "actor-age-range",
                &[("min", Value::Int(min)), ("max", Value::Int(max))],
            )),
            (Some(min), None) => lines.push(self.ta("actor-age-min", &[("min", Value::Int(min))])),
            (None, Some(max)) => lines.push(self.ta("actor-age-max", &[("max", Value::Int(max))])),
            (None, None) => {}
        }
        // Always open: the card's `hours` text says so; no need to repeat it.
        if let Some(open) = actor
            .open
            .as_ref()
            .filter(|o| **o != crate::content::hours::OpeningHours::Always)
        {
            if open.is_open(self.now) {
                lines.push(self.t("actor-open-now"));
            } else {
                if let Some(next) = open.next_opening(self.now) {
                    let local_now = self.now.to_zoned(next.time_zone().clone());
                    let days = (next.date() - local_now.date()).get_days();
                    let day = match days {
                        0 => self.t("day-today"),
                        1 => self.t("day-tomorrow"),
                        _ => self.t(&format!(
                            "weekday-{}",
                            crate::content::hours::weekday_number(next.weekday())
                        )),
                    };
                    let time = next.strftime("%H:%M").to_string();
                    lines.push(self.ta(
                        "actor-closed-opens",
                        &[("day", Value::Text(day)), ("time", Value::Text(time))],
                    ));
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
                    let name = self.t(alt.name.as_str());
                    lines.push(self.ta(
                        "actor-closed-alternative",
                        &[
                            ("name", Value::Text(name)),
                            ("contact", Value::Text(contact)),
                        ],
                    ));
                }
            }
        }
        lines.retain(|l| !l.trim().is_empty());
        lines.join("\n")
    }

    /// The summary lines in one locale.
    fn notes_in(&self, locale: &LocaleCode) -> Vec<String> {
        self.session
            .notes
            .iter()
            .map(|n| {
                let text = self
                    .content
                    .l10n()
                    .format(locale, n.message.as_str(), &n.args, &[]);
                format!("• {text}")
            })
            .collect()
    }

    /// `/summary`: the notes in the person's language and, for staff, in Swedish.
    pub(super) fn summary(&self) -> String {
        if self.session.notes.is_empty() {
            return self.t("summary-empty");
        }
        let mut parts = vec![
            self.t("summary-header"),
            self.notes_in(&self.session.locale).join("\n"),
        ];
        let sv = LocaleCode::new(SOURCE_LOCALE);
        if self.session.locale != sv {
            parts.push(self.t("summary-swedish-header"));
            parts.push(self.notes_in(&sv).join("\n"));
        }
        parts.join("\n\n")
    }

    /// `/mydata`: everything stored about the person, readable.
    pub(super) fn my_data(&self) -> String {
        let s = &*self.session;
        let mut parts = vec![self.t("mydata-header")];
        parts.push(self.ta(
            "mydata-language",
            &[("language", Value::Text(self.language_name()))],
        ));
        match &s.position {
            Position::Dialog { frames } => {
                let here = frames
                    .iter()
                    .map(|f| {
                        let title = self
                            .content
                            .dialog(f.dialog.as_str())
                            .map_or_else(|| f.dialog.to_string(), |d| self.t(d.title.as_str()));
                        format!("{title} ({}/{})", f.dialog, f.step)
                    })
                    .collect::<Vec<_>>()
                    .join(" → ");
                parts.push(self.ta("mydata-position", &[("position", Value::Text(here))]));
            }
            _ => parts.push(self.t("mydata-position-menu")),
        }
        if !s.vars.is_empty() {
            let vars = s
                .vars
                .iter()
                .map(|(k, v)| format!("{k} = {v}"))
                .collect::<Vec<_>>()
                .join("\n");
            parts.push(self.ta("mydata-vars", &[("vars", Value::Text(vars))]));
        }
        if !s.profile.is_empty() {
            let profile = s
                .profile
                .iter()
                .map(|(k, v)| format!("{k} = {v}"))
                .collect::<Vec<_>>()
                .join("\n");
            parts.push(self.ta("mydata-profile", &[("profile", Value::Text(profile))]));
        }
        match s.consent {
            Some(true) => parts.push(self.t("mydata-consent-yes")),
            Some(false) => parts.push(self.t("mydata-consent-no")),
            None => {}
        }
        if !s.notes.is_empty() {
            parts.push(self.ta(
                "mydata-notes",
                &[("count", Value::Int(s.notes.len() as i64))],
            ));
            parts.push(self.notes_in(&s.locale).join("\n"));
        }
        let since = s
            .created
            .in_tz("Europe/Stockholm")
            .map(|z| z.strftime("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_else(|_| s.created.to_string());
        parts.push(self.ta("mydata-since", &[("since", Value::Text(since))]));
        parts.join("\n\n")
    }
}
