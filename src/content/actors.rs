//! Reading `dialogs/actors.toml`, the directory of who a person can contact.

use std::collections::BTreeMap;
use std::collections::BTreeSet;
use std::sync::Arc;

use super::diag::{Report, SourceFile};
use super::hours::OpeningHours;
use super::model::Actor;
use super::toml_read::{Sp, Table, parse};
use super::uses::{MessageUse, Use, Uses};
use crate::ids::{ActorId, MessageId};

/// Reads every `[[actor]]`; their message ids are recorded in `uses` for checking.
pub fn read_actors(
    file: &Arc<SourceFile>,
    uses: &mut Uses,
    report: &mut Report,
) -> BTreeMap<ActorId, Actor> {
    let mut actors = BTreeMap::new();
    let mut first: BTreeMap<String, usize> = BTreeMap::new();
    let root = parse(file, report);
    let top = Table::from_table(
        file,
        root.get_ref(),
        root.span(),
        "actors.toml",
        &["actor"],
        report,
    );
    let Some(items) = top.opt_array("actor", report) else {
        return actors;
    };
    let no_vars = Arc::new(BTreeSet::new());
    let mut closed_refs: Vec<Sp<String>> = Vec::new();
    let message = |sp: Sp<String>, uses: &mut Uses| {
        uses.messages.push(MessageUse {
            at: Use {
                file: file.clone(),
                span: sp.span,
                id: sp.value.clone(),
            },
            vars: no_vars.clone(),
        });
        MessageId::new(sp.value)
    };
    for item in items {
        let Some(t) = Table::new(
            file,
            item,
            "an [[actor]]",
            &[
                "id",
                "name",
                "when",
                "phone",
                "web",
                "hours",
                "open",
                "when_closed",
                "min_age",
                "max_age",
            ],
            report,
        ) else {
            continue;
        };
        let id = t.str("id", report);
        let name = t.str("name", report);
        let when = t.str("when", report);
        let phone = t.opt_str("phone", report);
        let web = t.opt_str("web", report);
        let hours = t.opt_str("hours", report);
        let open_items = t.get("open").map(|_| t.str_list("open", report));
        let open = open_items.and_then(|items| {
            let texts: Vec<&str> = items.iter().map(|i| i.value.as_str()).collect();
            match OpeningHours::parse(&texts) {
                Ok(h) => Some(h),
                Err(e) => {
                    let span = items.first().map_or(0..0, |i| i.span.clone());
                    report.error(file, span, format!("`open`: {e}"));
                    None
                }
            }
        });
        let when_closed = t.opt_str("when_closed", report);
        if let Some(w) = &when_closed {
            closed_refs.push(w.clone());
        }
        let min_age = t.opt_int("min_age", report);
        let max_age = t.opt_int("max_age", report);
        if let (Some(lo), Some(hi)) = (&min_age, &max_age)
            && hi.value < lo.value
        {
            report.error(
                file,
                hi.span.clone(),
                "`max_age` must not be less than `min_age`",
            );
        }
        let name = name.map(|n| message(n, uses));
        let when = when.map(|w| message(w, uses));
        let hours = hours.map(|h| message(h, uses));
        if let Some(web) = &web
            && !web.value.starts_with("https://")
            && !web.value.starts_with("http://")
        {
            report.error(
                file,
                web.span.clone(),
                "`web` must be an address starting with https://",
            );
        }
        if let Some(phone) = &phone
            && !phone
                .value
                .chars()
                .all(|c| c.is_ascii_digit() || c == ' ' || c == '-' || c == '+')
        {
            report.error(
                file,
                phone.span.clone(),
                "`phone` may hold only digits, spaces, `-` and `+`",
            );
        }
        let Some(id) = id else { continue };
        let valid = !id.value.is_empty()
            && id
                .value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid {
            report.error(
                file,
                id.span.clone(),
                "an actor id uses lowercase letters, digits and `-`",
            );
        }
        if let Some(&offset) = first.get(&id.value) {
            let (line, col) = file.position(offset);
            report.error(
                file,
                id.span.clone(),
                format!(
                    "duplicate actor id `{}` (first defined at {line}:{col})",
                    id.value
                ),
            );
            continue;
        }
        first.insert(id.value.clone(), id.span.start);
        let (Some(name), Some(when)) = (name, when) else {
            continue;
        };
        actors.insert(
            ActorId::new(id.value.clone()),
            Actor {
                id: ActorId::new(id.value),
                name,
                when,
                phone: phone.map(|p| p.value),
                web: web.map(|w| w.value),
                hours,
                open,
                when_closed: when_closed.map(|w| ActorId::new(w.value)),
                min_age: min_age.map(|a| a.value),
                max_age: max_age.map(|a| a.value),
            },
        );
    }
    for r in closed_refs {
        if !actors.contains_key(&ActorId::new(r.value.clone())) {
            let hint = super::diag::did_you_mean(&r.value, actors.keys().map(|a| a.as_str()));
            report.error(
                file,
                r.span,
                format!("`when_closed` names the unknown actor `{}`{hint}", r.value),
            );
        }
    }
    actors
}
