//! The decision: every hit of a `[redflags]` phrasing or a rule becomes a candidate with a tier,
//! the context lowers it, and the best candidate is the answer.

use super::scan::{Context, Doc, Occ, Scan};
use super::{Assessment, LocaleNet, Net, Rule, Tier, quoted};

/// One possible answer, before the best is chosen.
struct Candidate {
    tier: Tier,
    /// A rule's hit yields to a phrasing's of the same tier.
    from_rule: bool,
    category: usize,
    why: Vec<String>,
}

impl Candidate {
    /// The order of preference: certain first, then phrasings, then the Swedish file's order.
    fn key(&self) -> (Tier, bool, usize) {
        (self.tier, self.from_rule, self.category)
    }

    /// Lowers the tier one step for `reason`; `None` when nothing is left.
    fn lowered(mut self, reason: String) -> Option<Candidate> {
        let from = self.tier;
        self.tier = from.lowered()?;
        self.why
            .push(format!("{reason}: {} → {}", from.name(), self.tier.name()));
        Some(self)
    }
}

impl Net {
    /// The verdict on a folded text, tried on each of its spelling `variants` (the folded text
    /// first). `red_hits` gives the `[redflags]` phrasings (indexes into `self.red`) a variant
    /// matches.
    pub(crate) fn assess(
        &self,
        variants: &[String],
        red_hits: impl Fn(&str) -> Vec<usize>,
        categories: &[String],
    ) -> Option<Assessment> {
        let docs: Vec<Doc<'_>> = variants.iter().map(|v| Doc::new(v)).collect();
        let scans: Vec<Vec<Scan>> = docs
            .iter()
            .map(|d| self.locales.iter().map(|l| l.scan(d)).collect())
            .collect();
        let mut contexts: Vec<Context<'_>> = docs
            .iter()
            .zip(&scans)
            .map(|(d, s)| Context::new(d, &self.locales, s))
            .collect();
        // The past and questions belong to the message, whichever spelling shows them: the
        // single-letter variant of "uppsats" must not lose the question.
        let past = contexts.iter().find_map(|c| c.past);
        let now = contexts.iter().any(|c| c.now);
        let question = contexts.iter().find_map(|c| c.question);
        let mut best: Option<Candidate> = None;
        for ((doc, scans), cx) in docs.iter().zip(&scans).zip(&mut contexts) {
            (cx.past, cx.now, cx.question) = (past, now, question);
            if let Some(c) = self.judge(doc, scans, cx, &red_hits(doc.text))
                && best.as_ref().is_none_or(|b| c.key() < b.key())
            {
                best = Some(c);
            }
        }
        best.map(|c| Assessment {
            category: categories.get(c.category).cloned().unwrap_or_default(),
            tier: c.tier,
            why: c.why,
        })
    }

    fn judge(
        &self,
        doc: &Doc<'_>,
        scans: &[Scan],
        cx: &Context<'_>,
        red: &[usize],
    ) -> Option<Candidate> {
        if red.is_empty() && scans.iter().all(|s| s.by_concept.iter().all(Vec::is_empty)) {
            return None;
        }
        let mut candidates: Vec<Candidate> = red
            .iter()
            .filter_map(|&i| self.phrasing(i, doc, cx))
            .collect();
        for (locale, scan) in self.locales.iter().zip(scans) {
            candidates.extend(
                locale
                    .rules
                    .iter()
                    .filter_map(|r| locale.rule_hit(r, scan, cx)),
            );
        }
        candidates
            .into_iter()
            .filter_map(|c| weighed(c, cx))
            .min_by_key(Candidate::key)
    }

    /// A `[redflags]` phrasing: certain, possible when every place it matches is negated.
    fn phrasing(&self, i: usize, doc: &Doc<'_>, cx: &Context<'_>) -> Option<Candidate> {
        let red = self.red.get(i)?;
        let candidate = Candidate {
            tier: Tier::Certain,
            from_rule: false,
            category: red.category,
            why: vec![format!("red-flag phrasing {}", quoted(&red.source))],
        };
        let mut negated = None;
        for m in red.regex.find_iter(doc.text) {
            match cx.negated(m.start(), m.end()) {
                None => return Some(candidate),
                Some(n) => negated = negated.or(Some(n)),
            }
        }
        match negated {
            Some(n) => candidate.lowered(format!("negation {} next to it", quoted(n))),
            // The set matched but the pattern alone did not: keep the safe answer.
            None => Some(candidate),
        }
    }
}

/// The message-wide context: the past (unless something says now) and questions for
/// information each lower a hit one tier.
fn weighed(c: Candidate, cx: &Context<'_>) -> Option<Candidate> {
    let c = match cx.past {
        Some(p) if !cx.now => c.lowered(format!("past {}", quoted(p)))?,
        _ => c,
    };
    match cx.question {
        Some(q) => c.lowered(format!("question {}", quoted(q))),
        None => Some(c),
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
        let candidate = Candidate {
            tier: rule.tier,
            from_rule: true,
            category: rule.category,
            why: self.explain(rule, scan, &chosen),
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
