//! Reading `dialogs/actors.toml`, the directory of who a person can contact.
//!
//! It owns the actor schema and the checks that need only this file: ids and duplicates, phone
//! and web formats, opening hours, age limits and `when_closed` references. It never checks
//! messages itself: their ids are recorded in [`Uses`] and checked once the locales are loaded.
//! It never panics and reports every problem, not only the first.

use std::collections::BTreeMap;
use std::collections::BTreeSet;
use std::sync::Arc;

use toml::Spanned;
use toml::de::DeValue;

use super::diag::{Report, SourceFile, did_you_mean};
use super::hours::OpeningHours;
use super::model::Actor;
use super::toml_read::{Sp, Table, parse};
use super::uses::{MessageUse, Use, Uses};
use crate::ids::{ActorId, MessageId};

/// The keys an `[[actor]]` may have.
const ACTOR_KEYS: &[&str] = &[
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
];

/// Reads every `[[actor]]`; their message ids are recorded in `uses` for checking.
pub fn read_actors(
    file: &Arc<SourceFile>,
    uses: &mut Uses,
    report: &mut Report,
) -> BTreeMap<ActorId, Actor> {
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
        return BTreeMap::new();
    };
    let mut reader = ActorsReader {
        file,
        uses,
        report,
        no_vars: Arc::new(BTreeSet::new()),
        first: BTreeMap::new(),
        closed_refs: Vec::new(),
        actors: BTreeMap::new(),
    };
    for item in items {
        reader.actor(item);
    }
    reader.check_when_closed();
    reader.actors
}

/// State shared while the actors of the file are read.
struct ActorsReader<'r> {
    file: &'r Arc<SourceFile>,
    uses: &'r mut Uses,
    report: &'r mut Report,
    /// The variables an actor's messages may use: none.
    no_vars: Arc<BTreeSet<String>>,
    /// Where each actor id is first defined (a byte offset), for duplicate errors.
    first: BTreeMap<String, usize>,
    /// `when_closed` references, checked once every actor is known, so they may point forwards.
    closed_refs: Vec<Sp<String>>,
    /// The actors read so far.
    actors: BTreeMap<ActorId, Actor>,
}

/// The keys of one `[[actor]]` as read, before the actor is built.
struct Fields {
    id: Option<Sp<String>>,
    name: Option<Sp<String>>,
    when: Option<Sp<String>>,
    phone: Option<Sp<String>>,
    web: Option<Sp<String>>,
    hours: Option<Sp<String>>,
    open: Option<OpeningHours>,
    when_closed: Option<Sp<String>>,
    min_age: Option<Sp<i64>>,
    max_age: Option<Sp<i64>>,
}

impl ActorsReader<'_> {
    /// Reads one `[[actor]]` and adds it unless its id or a required key is missing or its id is
    /// a duplicate.
    fn actor(&mut self, item: &Spanned<DeValue<'_>>) {
        let Some(t) = Table::new(self.file, item, "an [[actor]]", ACTOR_KEYS, self.report) else {
            return;
        };
        let f = self.fields(&t);
        let name = f.name.map(|n| self.message(n));
        let when = f.when.map(|w| self.message(w));
        let hours = f.hours.map(|h| self.message(h));
        self.check_contact(f.web.as_ref(), f.phone.as_ref());
        let Some(id) = f.id else { return };
        if !self.new_id(&id) {
            return;
        }
        let (Some(name), Some(when)) = (name, when) else {
            return;
        };
        self.actors.insert(
            ActorId::new(id.value.clone()),
            Actor {
                id: ActorId::new(id.value),
                name,
                when,
                phone: f.phone.map(|p| p.value),
                web: f.web.map(|w| w.value),
                hours,
                open: f.open,
                when_closed: f.when_closed.map(|w| ActorId::new(w.value)),
                min_age: f.min_age.map(|a| a.value),
                max_age: f.max_age.map(|a| a.value),
            },
        );
    }

    /// Reads the keys of an actor, checking opening hours and age limits as they are read.
    fn fields(&mut self, t: &Table<'_, '_>) -> Fields {
        let id = t.str("id", self.report);
        let name = t.str("name", self.report);
        let when = t.str("when", self.report);
        let phone = t.opt_str("phone", self.report);
        let web = t.opt_str("web", self.report);
        let hours = t.opt_str("hours", self.report);
        let open = self.open(t);
        let when_closed = t.opt_str("when_closed", self.report);
        if let Some(w) = &when_closed {
            self.closed_refs.push(w.clone());
        }
        let min_age = t.opt_int("min_age", self.report);
        let max_age = t.opt_int("max_age", self.report);
        if let (Some(lo), Some(hi)) = (&min_age, &max_age)
            && hi.value < lo.value
        {
            self.report.error(
                self.file,
                hi.span.clone(),
                "`max_age` must not be less than `min_age`",
            );
        }
        Fields {
            id,
            name,
            when,
            phone,
            web,
            hours,
            open,
            when_closed,
            min_age,
            max_age,
        }
    }

    /// Reads `open`, the opening hours, reported at their first period when they do not parse.
    fn open(&mut self, t: &Table<'_, '_>) -> Option<OpeningHours> {
        let items = t.get("open").map(|_| t.str_list("open", self.report))?;
        let texts: Vec<&str> = items.iter().map(|i| i.value.as_str()).collect();
        match OpeningHours::parse(&texts) {
            Ok(h) => Some(h),
            Err(e) => {
                let span = items.first().map_or(0..0, |i| i.span.clone());
                self.report.error(self.file, span, format!("`open`: {e}"));
                None
            }
        }
    }

    /// Records a use of a Fluent message; actor messages get no variables.
    fn message(&mut self, sp: Sp<String>) -> MessageId {
        self.uses.messages.push(MessageUse {
            at: Use {
                file: self.file.clone(),
                span: sp.span,
                id: sp.value.clone(),
            },
            vars: self.no_vars.clone(),
        });
        MessageId::new(sp.value)
    }

    /// Reports a web address that is not http(s) and a phone number with other characters than
    /// digits, spaces, `-` and `+`.
    fn check_contact(&mut self, web: Option<&Sp<String>>, phone: Option<&Sp<String>>) {
        if let Some(web) = web
            && !web.value.starts_with("https://")
            && !web.value.starts_with("http://")
        {
            self.report.error(
                self.file,
                web.span.clone(),
                "`web` must be an address starting with https://",
            );
        }
        if let Some(phone) = phone
            && !phone
                .value
                .chars()
                .all(|c| c.is_ascii_digit() || c == ' ' || c == '-' || c == '+')
        {
            self.report.error(
                self.file,
                phone.span.clone(),
                "`phone` may hold only digits, spaces, `-` and `+`",
            );
        }
    }

    /// Checks an actor id and records where it is first defined; false for a duplicate, which is
    /// left out. An id with wrong characters is reported but the actor is still kept.
    fn new_id(&mut self, id: &Sp<String>) -> bool {
        let valid = !id.value.is_empty()
            && id
                .value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid {
            self.report.error(
                self.file,
                id.span.clone(),
                "an actor id uses lowercase letters, digits and `-`",
            );
        }
        if let Some(&offset) = self.first.get(&id.value) {
            let (line, col) = self.file.position(offset);
            self.report.error(
                self.file,
                id.span.clone(),
                format!(
                    "duplicate actor id `{}` (first defined at {line}:{col})",
                    id.value
                ),
            );
            return false;
        }
        self.first.insert(id.value.clone(), id.span.start);
        true
    }

    /// Reports `when_closed` references to actors that do not exist.
    fn check_when_closed(&mut self) {
        for r in std::mem::take(&mut self.closed_refs) {
            if !self.actors.contains_key(&ActorId::new(r.value.clone())) {
                let hint = did_you_mean(&r.value, self.actors.keys().map(|a| a.as_str()));
                self.report.error(
                    self.file,
                    r.span,
                    format!("`when_closed` names the unknown actor `{}`{hint}", r.value),
                );
            }
        }
    }
}
