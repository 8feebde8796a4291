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
            if let Some(c) = self.judge(doc, &scans, &cx, &red, &anywhere)
                && best.as_ref().is_none_or(|b| self.better(&c, b))
            {
                best = Some(c);
            }
            if best
                .as_ref()
                .is_some_and(|b| b.key() < (Tier::Certain, true, 0))
            {
                break;
            }
        }
        let hush = self.hush(&flags, &anywhere);
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
        Hush { all, excused }
    }

    fn judge(
        &self,
        doc: &Doc<'_>,
        scans: &[Scan],
        cx: &Context<'_>,
        red: &[usize],
        anywhere: &[Vec<bool>],
    ) -> Option<Candidate> {
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
        candidates
            .into_iter()
            .filter_map(|c| weighed(c, cx))
            .reduce(|best, c| if self.better(&c, &best) { c } else { best })
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
fn weighed(c: Candidate, cx: &Context<'_>) -> Option<Candidate> {
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
        Some(p) => c.lowered(format!("past {}", quoted(p)))?,
        None => c,
    };
    let c = match cx.flags.resolved {
        Some(r) => c.lowered(format!("over {}", quoted(r)))?,
        None => c,
    };
    let c = match (cx.flags.question, cx.flags.about) {
        // Talk about emergencies (a course, a film, getting prepared) without a now is not one:
        // two tiers, so even a certain hit is silenced.
        (_, Some(_)) if !cx.flags.now => return None,
        (Some(q), _) | (None, Some(q)) => c.lowered(format!("question {}", quoted(q)))?,
        (None, None) => c,
    };
    // A joke lowers a certain hit to the safety question, never further: "haha" does not
    // silence "jag kan inte andas".
    match cx.flags.jest {
        Some(j) if c.tier == Tier::Certain => c.lowered(format!("joke {}", quoted(j))),
        _ => Some(c),
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
mod tests {
    use super::*;
    use crate::content::fold;

    const NET: &str = "[concepts]\n\
        one-side = ['ena (sidan|armen)']\n\
        numb = ['domn[a-z]*']\n\
        chest = ['br[öo]stet\\b']\n\
        pain = ['ont\\b']\n\
        breath = ['andas\\b']\n\
        unable = ['kan inte']\n\
        allergen = ['jordn[öo]t']\n\
        accident = ['av misstag']\n\
        exertion = ['efter l[öo]pningen']\n\
        [context]\n\
        negation = ['inget\\b', 'inte\\b']\n\
        past = ['f[öo]r fem [åa]r sedan']\n\
        contrast = ['men\\b']\n\
        now = ['nu\\b']\n\
        question = ['vilka symtom']\n\
        jest = ['haha\\b']\n\
        resolved = ['nu [äa]r det borta']\n\
        about = ['bara nyfiken']\n\
        [prefer]\nanaphylaxis = [\"breathing\"]\n\
        [unless]\nbreathing = [\"exertion\"]\n\
        [[rules]]\ncategory = \"stroke\"\nall = [\"one-side\", \"numb\"]\nwithin = 4\ntier = \"certain\"\n\
        [[rules]]\ncategory = \"chest-pain\"\nall = [\"chest\", \"pain\"]\nnone = [\"accident\"]\ntier = \"certain\"\n\
        [[rules]]\ncategory = \"breathing\"\nall = [\"unable\", \"breath\"]\ntier = \"certain\"\n\
        [[rules]]\ncategory = \"anaphylaxis\"\nall = [\"allergen\", \"breath\"]\ntier = \"certain\"\n";

    const CATEGORIES: [&str; 4] = ["stroke", "chest-pain", "anaphylaxis", "breathing"];

    fn assess(text: &str) -> Option<Assessment> {
        assess_spellings(&[fold(text)])
    }

    fn assess_spellings(variants: &[String]) -> Option<Assessment> {
        let (net, errors) = super::super::read::tests::read(NET);
        assert!(errors.is_empty(), "{errors:?}");
        let net = Net {
            locales: vec![net.unwrap()],
            red: Vec::new(),
        };
        let categories = CATEGORIES.map(str::to_owned);
        net.assess(variants, |_| Vec::new(), &categories).0
    }

    #[test]
    fn a_preferred_category_wins_at_the_same_tier_only() {
        // Both anaphylaxis and breathing fire; `[prefer]` puts anaphylaxis first, although
        // breathing comes first in file order of rules hit later.
        let a = assess("jordnöt och jag kan inte andas").unwrap();
        assert_eq!(
            (a.category.as_str(), a.tier),
            ("anaphylaxis", Tier::Certain)
        );
        assert_eq!(assess("jag kan inte andas").unwrap().category, "breathing");
    }

    #[test]
    fn a_joke_lowers_certain_to_possible_and_no_further() {
        let joke = assess("ont i bröstet av skratt haha").unwrap();
        assert_eq!(joke.tier, Tier::Possible);
        assert!(joke.why.last().unwrap().starts_with("joke \"haha\\b\""));
        // With the past too, the joke does not silence what the past left as possible.
        let past = assess("ont i bröstet för fem år sedan haha").unwrap();
        assert_eq!(past.tier, Tier::Possible);
    }

    #[test]
    fn what_is_over_lowers_a_hit_even_when_it_says_now() {
        // "nu" outweighs the past, but not something said to be over.
        assert_eq!(
            assess("ont i bröstet för fem år sedan, nu igen")
                .unwrap()
                .tier,
            Tier::Certain
        );
        let over = assess("hade ont i bröstet, nu är det borta").unwrap();
        assert_eq!(over.tier, Tier::Possible);
        assert!(over.why.last().unwrap().starts_with("over "));
        // Long ago and over: nothing left to ask about.
        assert_eq!(
            assess("ont i bröstet för fem år sedan, nu är det borta"),
            None
        );
    }

    #[test]
    fn a_rule_is_vetoed_by_its_none_in_any_spelling() {
        // The second spelling has lost the veto ("misstag" misspelled), the first has it.
        let spellings = [
            fold("ont i bröstet av misstag"),
            fold("ont i bröstet av mistag"),
        ];
        assert_eq!(assess_spellings(&spellings), None);
        assert_eq!(
            assess_spellings(&[fold("ont i bröstet av mistag")])
                .unwrap()
                .category,
            "chest-pain"
        );
    }

    #[test]
    fn concepts_in_any_order_within_the_window_make_the_rule_and_say_why() {
        let a = assess("Pappa säger att det domnar i ena armen").unwrap();
        assert_eq!((a.category.as_str(), a.tier), ("stroke", Tier::Certain));
        assert_eq!(
            a.why,
            [
                "concept `one-side`: \"ena (sidan|armen)\"",
                "concept `numb`: \"domn[a-z]*\"",
                "rule stroke/certain"
            ]
        );
        assert_eq!(assess("ena armen"), None);
        assert_eq!(
            assess("domnar lite, fyra fem sex sju ord sedan ena armen"),
            None
        );
    }

    #[test]
    fn negation_past_and_questions_lower_a_hit_one_tier() {
        let negated = assess("jag har inget ont i bröstet").unwrap();
        assert_eq!(negated.tier, Tier::Possible);
        assert!(
            negated
                .why
                .last()
                .unwrap()
                .starts_with("negation \"inget\\b\"")
        );
        assert_eq!(assess("jag har ont i bröstet").unwrap().tier, Tier::Certain);
        // A comma ends the negation's reach.
        assert_eq!(
            assess("inget feber, ont i bröstet").unwrap().tier,
            Tier::Certain
        );
        let past = assess("ont i bröstet för fem år sedan").unwrap();
        assert_eq!(past.tier, Tier::Possible);
        assert_eq!(assess("vilka symtom, ont i bröstet för fem år sedan"), None);
    }

    #[test]
    fn the_past_reaches_only_its_own_sentence() {
        // Same sentence: lowered.
        assert_eq!(
            assess("ont i bröstet för fem år sedan").unwrap().tier,
            Tier::Possible
        );
        // A full stop or a contrast between: the hit is now.
        let stop = assess("för fem år sedan hade jag migrän. ont i bröstet").unwrap();
        assert_eq!(stop.tier, Tier::Certain);
        let but = assess("för fem år sedan hade jag migrän men ont i bröstet").unwrap();
        assert_eq!(but.tier, Tier::Certain);
    }

    #[test]
    fn talk_about_emergencies_silences_a_hit_unless_it_says_now() {
        assert_eq!(assess("ont i bröstet, bara nyfiken"), None);
        // With a now it is a question at most: the safety question, never silence.
        let now = assess("ont i bröstet nu, bara nyfiken").unwrap();
        assert_eq!(now.tier, Tier::Possible);
        assert!(
            now.why
                .last()
                .unwrap()
                .starts_with("question \"bara nyfiken\"")
        );
    }

    #[test]
    fn context_and_exceptions_hush_the_second_opinion() {
        let (net, errors) = super::super::read::tests::read(NET);
        assert!(errors.is_empty(), "{errors:?}");
        let net = Net {
            locales: vec![net.unwrap()],
            red: Vec::new(),
        };
        let categories = CATEGORIES.map(str::to_owned);
        let hush = |text: &str| net.assess(&[fold(text)], |_| Vec::new(), &categories).1;
        // Nothing said about the message: the word model may speak.
        assert_eq!(hush("andfådd"), Hush::default());
        // An exception of `[unless]` keeps it quiet on its own category only.
        let exercise = hush("andfådd efter löpningen");
        assert!(!exercise.all);
        assert!(exercise.silences(3), "breathing");
        assert!(!exercise.silences(1), "chest-pain");
        // Talk about emergencies keeps it quiet on every category.
        assert!(hush("andfådd, bara nyfiken").all);
    }

    #[test]
    fn the_same_message_gets_the_same_answer() {
        let text = "ont i bröstet och domnar i ena armen";
        let first = assess(text);
        assert_eq!(first.as_ref().unwrap().category, "stroke");
        for _ in 0..5 {
            assert_eq!(assess(text), first);
        }
    }
}
