//! The decision: every hit of a `[redflags]` phrasing or a rule becomes a candidate with a tier,
//! the context lowers it, and the best candidate is the answer.

use super::scan::{Context, Doc, Flags, Occ, Scan};
use super::{Assessment, Hush, LocaleNet, Net, Rule, Tier, quoted};

/// One possible answer, before the best is chosen.
struct Candidate {
    tier: Tier,
    /// A rule's hit yields to a phrasing's of the same tier.
    from_rule: bool,
    category: usize,
    why: Vec<String>,
    /// Where in the text the hit stands (bytes), for the past, which counts only in its own
    /// sentence.
    span: (usize, usize),
}

impl Candidate {
    /// The order of preference: certain first, then phrasings, then the Swedish file's order.
    /// `[prefer]` can still let a hit of the same tier win (see [`Net::better`]).
    fn key(&self) -> (Tier, bool, usize) {
        (self.tier, self.from_rule, self.category)
    }

    /// Lowers the tier one step for `reason`; `None` when nothing is left.
    fn lowered(self, reason: String) -> Option<Candidate> {
        self.lower(reason).ok()
    }

    /// Lowers the tier one step for `reason`; when nothing is left, the hit back with the
    /// reason it was silenced, for `lots route`.
    fn lower(mut self, reason: String) -> Result<Candidate, Candidate> {
        let from = self.tier;
        match from.lowered() {
            Some(tier) => {
                self.tier = tier;
                self.why
                    .push(format!("{reason}: {} → {}", from.name(), tier.name()));
                Ok(self)
            }
            None => {
                self.why
                    .push(format!("{reason}: {} → nothing", from.name()));
                Err(self)
            }
        }
    }
}

impl Net {
    /// The verdict on a folded text, tried on each of its spelling `variants` (the folded text
    /// first). `red_hits` gives the `[redflags]` phrasings (indexes into `self.red`) a variant
    /// matches.
    /// Also says whether the context hushes the message for a second opinion: a question for
    /// information, talk about emergencies, the past (without a now), something over, a joke,
    /// or a sign denied; or only some categories, by their `[unless]` exceptions.
    pub(crate) fn assess(
        &self,
        variants: &[String],
        red_hits: impl Fn(&str) -> Vec<usize>,
        categories: &[String],
    ) -> (Option<Assessment>, Hush) {
        let docs: Vec<Doc<'_>> = variants.iter().map(|v| Doc::new(v)).collect();
        // One pass of each locale's set per spelling says which entries occur; positions are
        // looked up only where a phrasing or a rule has something to judge.
        let hits: Vec<Vec<Vec<usize>>> = docs
            .iter()
            .map(|d| self.locales.iter().map(|l| l.hits(d.text)).collect())
            .collect();
        // The past and questions belong to the message, whichever spelling shows them: the
        // single-letter variant of "uppsats" must not lose the question.
        let mut flags = self.flags(&hits);
        if flags.now && flags.resolved.is_some() {
            let texts: Vec<&str> = docs.iter().map(|d| d.text).collect();
            flags.now = self.now_outside_resolved(&texts, &hits);
        }
        // What a rule's `none` vetoes vetoes it in every spelling: the single-letter variant
        // of "by accident" ("by acident") must not let "cut my wrist" through.
        let anywhere: Vec<Vec<bool>> = (0..self.locales.len())
            .map(|l| self.locales[l].present(hits.iter().map(|h| h[l].as_slice())))
            .collect();
        let mut best: Option<Candidate> = None;
        // The best hit the context silenced, for `lots route`.
        let mut silenced: Option<Vec<String>> = None;
        for (doc, hits) in docs.iter().zip(&hits) {
            let red = red_hits(doc.text);
            let open = self
                .locales
                .iter()
                .zip(hits)
                .zip(&anywhere)
                .any(|((l, h), a)| l.may_fire(h, a));
            if red.is_empty() && !open {
                continue;
            }
            let scans: Vec<Scan> = self
                .locales
                .iter()
                .zip(hits)
                .map(|(l, h)| l.scan(doc, h))
                .collect();
            let cx = Context::new(doc, &self.locales, &scans, flags);
            match self.judge(doc, &scans, &cx, &red, &anywhere) {
                Ok(c) if best.as_ref().is_none_or(|b| self.better(&c, b)) => best = Some(c),
                Err(Some(c)) if silenced.is_none() => silenced = Some(c.why),
                _ => {}
            }
            if best
                .as_ref()
                .is_some_and(|b| b.key() < (Tier::Certain, true, 0))
            {
                break;
            }
        }
        let mut hush = self.hush(&flags, &anywhere);
        if best.is_none() {
            hush.silenced = silenced.unwrap_or_default();
        }
        let verdict = best.map(|c| Assessment {
            category: categories.get(c.category).cloned().unwrap_or_default(),
            tier: c.tier,
            why: c.why,
        });
        (verdict, hush)
    }

    /// Whether the context hushes the second opinion: on the whole message, or on the
    /// categories whose `[unless]` exception occurs.
    fn hush(&self, flags: &Flags<'_>, anywhere: &[Vec<bool>]) -> Hush {
        // Saying no to a sign ("inget ont i bröstet") hushes the second opinion too.
        let denied = self
            .locales
            .iter()
            .zip(anywhere)
            .any(|(l, present)| l.deny.iter().any(|&(_, c)| present[c]));
        let all = denied
            || flags.question.is_some()
            || flags.about.is_some()
            || flags.resolved.is_some()
            || flags.jest.is_some()
            || (flags.past.is_some() && !flags.now);
        // An exception of `[unless]` ("i fifa", "tjatar ihjäl") hushes its own category.
        let mut excused: Vec<usize> = self
            .locales
            .iter()
            .zip(anywhere)
            .flat_map(|(l, present)| {
                l.unless
                    .iter()
                    .filter(|&&(_, c)| present[c])
                    .map(|&(category, _)| category)
            })
            .collect();
        excused.sort_unstable();
        excused.dedup();
        Hush {
            all,
            excused,
            silenced: Vec::new(),
        }
    }

    fn judge(
        &self,
        doc: &Doc<'_>,
        scans: &[Scan],
        cx: &Context<'_>,
        red: &[usize],
        anywhere: &[Vec<bool>],
    ) -> Result<Candidate, Option<Candidate>> {
        let mut candidates: Vec<Candidate> = red
            .iter()
            .filter_map(|&i| self.phrasing(i, doc, cx))
            .filter(|c| self.found(|l| &l.deny, c.category, anywhere).is_none())
            .filter_map(|c| match self.found(|l| &l.unless, c.category, anywhere) {
                Some(name) => c.lowered(format!("exception `{name}`")),
                None => Some(c),
            })
            .collect();
        for ((locale, scan), vetoes) in self.locales.iter().zip(scans).zip(anywhere) {
            candidates.extend(
                locale
                    .rules
                    .iter()
                    .filter(|r| !r.none.iter().any(|c| vetoes[*c]))
                    .filter_map(|r| locale.rule_hit(r, scan, cx)),
            );
        }
        let mut kept: Option<Candidate> = None;
        let mut silenced: Option<Candidate> = None;
        for c in candidates {
            let slot = match weighed(c, cx) {
                Ok(c) => (&mut kept, c),
                Err(c) => (&mut silenced, c),
            };
            if slot.0.as_ref().is_none_or(|b| self.better(&slot.1, b)) {
                *slot.0 = Some(slot.1);
            }
        }
        match kept {
            Some(c) => Ok(c),
            None => Err(silenced),
        }
    }

    /// Whether `a` is a better answer than `b`: a surer tier; at the same tier a category that
    /// `[prefer]` puts first (an allergy that takes the breath is anaphylaxis, not breathing
    /// trouble); otherwise [`Candidate::key`].
    fn better(&self, a: &Candidate, b: &Candidate) -> bool {
        let prefers = |winner: usize, other: usize| {
            self.locales
                .iter()
                .any(|l| l.prefer.contains(&(winner, other)))
        };
        if a.tier == b.tier && a.category != b.category {
            if prefers(a.category, b.category) {
                return true;
            }
            if prefers(b.category, a.category) {
                return false;
            }
        }
        a.key() < b.key()
    }

    /// The concept of `category` in a locale's `table` (`[unless]` or `[deny]`) that occurs in
    /// the message, if any.
    fn found(
        &self,
        table: impl Fn(&LocaleNet) -> &Vec<(usize, usize)>,
        category: usize,
        anywhere: &[Vec<bool>],
    ) -> Option<&str> {
        self.locales.iter().zip(anywhere).find_map(|(l, present)| {
            table(l)
                .iter()
                .find(|&&(c, concept)| c == category && present[concept])
                .map(|&(_, concept)| l.concepts[concept].as_str())
        })
    }

    /// A `[redflags]` phrasing: certain, possible when every place it matches is negated.
    fn phrasing(&self, i: usize, doc: &Doc<'_>, cx: &Context<'_>) -> Option<Candidate> {
        let red = self.red.get(i)?;
        let mut candidate = Candidate {
            tier: Tier::Certain,
            from_rule: false,
            category: red.category,
            why: vec![format!("red-flag phrasing {}", quoted(&red.source))],
            span: (0, doc.text.len()),
        };
        let mut negated = None;
        for m in red.regex.find_iter(doc.text) {
            match cx.negated(m.start(), m.end()) {
                None => {
                    candidate.span = (m.start(), m.end());
                    return Some(candidate);
                }
                Some(n) => {
                    if negated.is_none() {
                        candidate.span = (m.start(), m.end());
                    }
                    negated = negated.or(Some(n));
                }
            }
        }
        match negated {
            Some(n) => candidate.lowered(format!("negation {} next to it", quoted(n))),
            // The set matched but the pattern alone did not: keep the safe answer.
            None => Some(candidate),
        }
    }
}

/// The message-wide context: the past (unless something says now), something said to be over,
/// questions for information and jokes each lower a hit one tier (a joke only from
/// certain to possible). Talk about emergencies in general (`about`) silences a hit unless
/// something says now; with a now it counts as a question.
fn weighed(c: Candidate, cx: &Context<'_>) -> Result<Candidate, Candidate> {
    // The past counts only without a now, and only in the hit's own sentence: "högt blodtryck
    // i många år. Men för tjugo minuter sen började det krama åt över bröstkorgen" is now.
    // Something over counts whatever `now` says. Both together ("förra veckan … nu är det
    // borta") lower two tiers.
    let past = cx
        .flags
        .past
        .filter(|_| !cx.flags.now)
        .and_then(|_| cx.past_near(c.span));
    let c = match past {
        Some(p) => c.lower(format!("past {}", quoted(p)))?,
        None => c,
    };
    let c = match cx.flags.resolved {
        Some(r) => c.lower(format!("over {}", quoted(r)))?,
        None => c,
    };
    let c = match (cx.flags.question, cx.flags.about) {
        // Talk about emergencies (a course, a film, getting prepared) without a now is not one:
        // two tiers, so even a certain hit is silenced.
        (_, Some(a)) if !cx.flags.now => {
            let mut c = c;
            c.why.push(format!("talk about {}: → nothing", quoted(a)));
            return Err(c);
        }
        (Some(q), _) | (None, Some(q)) => c.lower(format!("question {}", quoted(q)))?,
        (None, None) => c,
    };
    // A joke lowers a certain hit to the safety question, never further: "haha" does not
    // silence "jag kan inte andas".
    match cx.flags.jest {
        Some(j) if c.tier == Tier::Certain => c.lower(format!("joke {}", quoted(j))),
        _ => Ok(c),
    }
}

impl LocaleNet {
    /// A rule's hit: every group of `all` within `within` words of each other (unnegated if
    /// possible), `any` somewhere, `none` nowhere.
    fn rule_hit(&self, rule: &Rule, scan: &Scan, cx: &Context<'_>) -> Option<Candidate> {
        let present = |c: &usize| !scan.by_concept[*c].is_empty();
        if rule.none.iter().any(present) || !(rule.any.is_empty() || rule.any.iter().any(present)) {
            return None;
        }
        let groups: Vec<Vec<&Occ>> = rule
            .all
            .iter()
            .map(|g| g.iter().flat_map(|c| &scan.by_concept[*c]).collect())
            .collect();
        let mut found: Option<(Vec<&Occ>, Option<&str>)> = None;
        for anchor in groups.iter().flatten() {
            let chosen: Option<Vec<&Occ>> = groups
                .iter()
                .map(|g| pick(g, anchor.word, rule.within, cx))
                .collect();
            let Some(chosen) = chosen.filter(|c| apart(c)) else {
                continue;
            };
            let negated = chosen.iter().find_map(|o| cx.negated(o.start, o.end));
            let done = negated.is_none();
            if done || found.is_none() {
                found = Some((chosen, negated));
            }
            if done {
                break;
            }
        }
        let (chosen, negated) = found?;
        let span = (
            chosen.iter().map(|o| o.start).min().unwrap_or(0),
            chosen.iter().map(|o| o.end).max().unwrap_or(0),
        );
        let candidate = Candidate {
            tier: rule.tier,
            from_rule: true,
            category: rule.category,
            why: self.explain(rule, scan, &chosen),
            span,
        };
        match negated {
            Some(n) => candidate.lowered(format!("negation {} next to it", quoted(n))),
            None => Some(candidate),
        }
    }

    /// `concept `x`: "word"` for each concept that fired, then the rule.
    fn explain(&self, rule: &Rule, scan: &Scan, chosen: &[&Occ]) -> Vec<String> {
        let extra = rule.any.iter().filter_map(|c| scan.by_concept[*c].first());
        let mut why: Vec<String> = chosen
            .iter()
            .copied()
            .chain(extra)
            .map(|o| {
                let e = &self.entries[o.entry];
                let name = match e.kind {
                    super::Kind::Concept(c) => self.concepts[c].as_str(),
                    _ => "?",
                };
                format!("concept `{name}`: {}", quoted(&e.source))
            })
            .collect();
        why.push(format!("rule {}/{}", rule.name, rule.tier.name()));
        why
    }
}

/// Whether no two occurrences share text: "my son" is not both who hits and who is hit.
fn apart(chosen: &[&Occ]) -> bool {
    chosen.iter().enumerate().all(|(i, a)| {
        chosen[i + 1..]
            .iter()
            .all(|b| a.end <= b.start || b.end <= a.start)
    })
}

/// The occurrence of a group from word `from` to `from + within`, an unnegated one if there is.
fn pick<'o>(group: &[&'o Occ], from: usize, within: usize, cx: &Context<'_>) -> Option<&'o Occ> {
    let mut inside = group
        .iter()
        .copied()
        .filter(|o| o.word >= from && o.word <= from + within);
    let first = inside.clone().next()?;
    Some(
        inside
            .find(|o| cx.negated(o.start, o.end).is_none())
            .unwrap_or(first),
    )
}

#[cfg(test)]
mod tests;
