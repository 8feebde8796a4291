//! Where the words of the lexicons occur in one folded text: concepts by index, and the context
//! (negations, clause ends, past, now, questions) of every locale together.

use super::{Kind, LocaleNet, Net};

/// One occurrence of a lexicon entry: byte span, the word it starts in, and the entry.
#[derive(Debug, Clone, Copy)]
pub(super) struct Occ {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) word: usize,
    pub(super) entry: usize,
}

/// A folded text with the byte offsets where its words start (folded text has single spaces).
pub(super) struct Doc<'t> {
    pub(super) text: &'t str,
    starts: Vec<usize>,
}

impl<'t> Doc<'t> {
    pub(super) fn new(text: &'t str) -> Doc<'t> {
        let mut starts = vec![0];
        starts.extend(text.match_indices(' ').map(|(i, _)| i + 1));
        Doc { text, starts }
    }

    /// The index of the word that byte `at` stands in.
    pub(super) fn word(&self, at: usize) -> usize {
        self.starts.partition_point(|&s| s <= at).saturating_sub(1)
    }
}

/// The occurrences of one locale's lexicon in a text.
pub(super) struct Scan {
    /// Per concept index, its occurrences in text order.
    pub(super) by_concept: Vec<Vec<Occ>>,
    /// Context entries that occur, in text order.
    pub(super) context: Vec<(Kind, Occ)>,
}

/// What the whole message says about time and purpose, from every spelling and locale.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Flags<'a> {
    pub(super) past: Option<&'a str>,
    pub(super) now: bool,
    pub(super) question: Option<&'a str>,
    pub(super) jest: Option<&'a str>,
    pub(super) resolved: Option<&'a str>,
    pub(super) about: Option<&'a str>,
}

impl Net {
    /// The flags of a message from the entries that occur (per spelling, per locale).
    pub(super) fn flags(&self, hits: &[Vec<Vec<usize>>]) -> Flags<'_> {
        let mut flags = Flags::default();
        for per_locale in hits {
            for (locale, entries) in self.locales.iter().zip(per_locale) {
                for e in entries.iter().map(|&i| &locale.entries[i]) {
                    match e.kind {
                        Kind::Past => flags.past = flags.past.or(Some(&e.source)),
                        Kind::Now => flags.now = true,
                        Kind::Question => flags.question = flags.question.or(Some(&e.source)),
                        Kind::Jest => flags.jest = flags.jest.or(Some(&e.source)),
                        Kind::Resolved => flags.resolved = flags.resolved.or(Some(&e.source)),
                        Kind::About => flags.about = flags.about.or(Some(&e.source)),
                        _ => {}
                    }
                }
            }
        }
        flags
    }
}

impl Net {
    /// Whether a `now` word stands outside everything said to be over: the "nu" of "nu är det
    /// borta" says it is over, not that something is happening now. Looked up only when both
    /// occur, per spelling and locale (`hits` as in [`Net::flags`]).
    pub(super) fn now_outside_resolved(&self, texts: &[&str], hits: &[Vec<Vec<usize>>]) -> bool {
        texts.iter().zip(hits).any(|(text, per_locale)| {
            let spans = |kind: Kind| -> Vec<(usize, usize)> {
                self.locales
                    .iter()
                    .zip(per_locale)
                    .flat_map(|(l, entries)| entries.iter().map(move |&i| &l.entries[i]))
                    .filter(|e| e.kind == kind)
                    .flat_map(|e| e.regex.find_iter(text).map(|m| (m.start(), m.end())))
                    .collect()
            };
            let over = spans(Kind::Resolved);
            spans(Kind::Now)
                .iter()
                .any(|&(s, e)| !over.iter().any(|&(os, oe)| os <= s && e <= oe))
        })
    }
}

impl LocaleNet {
    /// The entries that occur in the text, in file order: one pass of the set.
    pub(super) fn hits(&self, text: &str) -> Vec<usize> {
        let mut hit: Vec<usize> = self.set.matches(text).collect();
        hit.sort_unstable();
        hit
    }

    /// Which concepts occur in any of the spellings whose entries are `hits`.
    pub(super) fn present<'h>(&self, hits: impl Iterator<Item = &'h [usize]>) -> Vec<bool> {
        let mut present = vec![false; self.concepts.len()];
        for &i in hits.flatten() {
            if let Kind::Concept(c) = self.entries[i].kind {
                present[c] = true;
            }
        }
        present
    }

    /// Whether some rule has all its concepts present in this spelling and none of its `none`
    /// in any (`anywhere`), going by the entries that occur: only then are positions worth
    /// looking up.
    pub(super) fn may_fire(&self, hits: &[usize], anywhere: &[bool]) -> bool {
        let present = self.present(std::iter::once(hits));
        self.rules.iter().any(|r| {
            r.all.iter().all(|g| g.iter().any(|c| present[*c]))
                && (r.any.is_empty() || r.any.iter().any(|c| present[*c]))
                && !r.none.iter().any(|c| anywhere[*c])
        })
    }

    /// Where the entries that occur (`hits`) stand in the text.
    pub(super) fn scan(&self, doc: &Doc<'_>, hits: &[usize]) -> Scan {
        let mut scan = Scan {
            by_concept: vec![Vec::new(); self.concepts.len()],
            context: Vec::new(),
        };
        for &entry in hits {
            let e = &self.entries[entry];
            if matches!(
                e.kind,
                Kind::Past | Kind::Now | Kind::Question | Kind::Jest | Kind::Resolved | Kind::About
            ) {
                continue;
            }
            for m in e.regex.find_iter(doc.text) {
                let occ = Occ {
                    start: m.start(),
                    end: m.end(),
                    word: doc.word(m.start()),
                    entry,
                };
                match e.kind {
                    Kind::Concept(c) => scan.by_concept[c].push(occ),
                    kind => scan.context.push((kind, occ)),
                }
            }
        }
        for list in &mut scan.by_concept {
            list.sort_by_key(|o| o.start);
        }
        scan
    }
}

/// The context of a message, from every locale: what the hits are weighed by.
pub(super) struct Context<'a> {
    doc: &'a Doc<'a>,
    /// Negations that stand outside every concept (the "inte" of "kan inte andas" is part of a
    /// concept and negates nothing), with the entry's source.
    negations: Vec<(Occ, &'a str)>,
    /// Negations of the word before them, outside every concept too.
    after: Vec<(Occ, &'a str)>,
    clauses: Vec<Occ>,
    /// Words that turn to something else ("men"), which the past does not reach across.
    contrasts: Vec<Occ>,
    /// Where the past stands, when it counts at all (no now): (start, end, source).
    past: Vec<(usize, usize, &'a str)>,
    pub(super) flags: Flags<'a>,
}

/// How many words before a key word a negation reaches ("inte ont", "inget direkt ont").
const NEGATION_REACH: usize = 3;

impl<'a> Context<'a> {
    pub(super) fn new(
        doc: &'a Doc<'a>,
        locales: &'a [LocaleNet],
        scans: &[Scan],
        flags: Flags<'a>,
    ) -> Context<'a> {
        let mut cx = Context {
            doc,
            negations: Vec::new(),
            after: Vec::new(),
            clauses: Vec::new(),
            contrasts: Vec::new(),
            past: Vec::new(),
            flags,
        };
        if flags.past.is_some() && !flags.now {
            cx.past = locales
                .iter()
                .flat_map(|l| &l.entries)
                .filter(|e| e.kind == Kind::Past)
                .flat_map(|e| {
                    e.regex
                        .find_iter(doc.text)
                        .map(move |m| (m.start(), m.end(), e.source.as_str()))
                })
                .collect();
        }
        let inside_concept = |o: &Occ| {
            scans.iter().any(|s| {
                s.by_concept.iter().flatten().any(|c| {
                    c.start <= o.start && o.end <= c.end && (c.start, c.end) != (o.start, o.end)
                })
            })
        };
        for (locale, scan) in locales.iter().zip(scans) {
            for (kind, occ) in &scan.context {
                let source = locale.entries[occ.entry].source.as_str();
                match kind {
                    Kind::Negation if !inside_concept(occ) => cx.negations.push((*occ, source)),
                    Kind::NegationAfter if !inside_concept(occ) => cx.after.push((*occ, source)),
                    Kind::Clause => cx.clauses.push(*occ),
                    Kind::Contrast => cx.contrasts.push(*occ),
                    _ => {}
                }
            }
        }
        cx
    }

    /// The negation that reaches the word starting at byte `start`, if any: at most
    /// [`NEGATION_REACH`] words before it, with no punctuation or clause word between.
    pub(super) fn negation_before(&self, start: usize) -> Option<&'a str> {
        let word = self.doc.word(start);
        self.negations
            .iter()
            .filter(|(n, _)| n.end <= start && word - n.word <= NEGATION_REACH)
            .find(|(n, _)| {
                let between = &self.doc.text[n.end..start];
                !between.contains(['.', ',', ';', ':', '!', '?'])
                    && !self
                        .clauses
                        .iter()
                        .any(|c| n.end <= c.start && c.end <= start)
            })
            .map(|(_, source)| *source)
    }

    /// The negation right after a key word ending at byte `end`, as Swedish puts it after the
    /// verb ("han sluddrar inte"): the next word, with no punctuation between.
    pub(super) fn negation_after(&self, end: usize) -> Option<&'a str> {
        let word = self.doc.word(end.saturating_sub(1));
        self.after
            .iter()
            .filter(|(n, _)| n.start >= end && n.word <= word + 1)
            .find(|(n, _)| !self.doc.text[end..n.start].contains(['.', ',', ';', ':', '!', '?']))
            .map(|(_, source)| *source)
    }

    /// The past that reaches a hit at `span`: one in the same sentence, with no full stop,
    /// question mark, colon or `contrast` word ("men", "but") between them. In a spelling
    /// variant that has lost the past's own words ("forra" read as "fora"), the past of the
    /// message counts wherever the hit is.
    pub(super) fn past_near(&self, span: (usize, usize)) -> Option<&'a str> {
        if self.past.is_empty() {
            return self.flags.past;
        }
        self.past
            .iter()
            .find(|&&(start, end, _)| {
                let (from, to) = if end <= span.0 {
                    (end, span.0)
                } else if span.1 <= start {
                    (span.1, start)
                } else {
                    return true;
                };
                !self.doc.text[from..to].contains(['.', '!', '?', ';', ':'])
                    && !self
                        .contrasts
                        .iter()
                        .any(|c| from <= c.start && c.end <= to)
            })
            .map(|&(_, _, source)| source)
    }

    /// A negation before or right after the span.
    pub(super) fn negated(&self, start: usize, end: usize) -> Option<&'a str> {
        self.negation_before(start)
            .or_else(|| self.negation_after(end))
    }
}
