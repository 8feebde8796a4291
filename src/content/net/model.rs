//! The second opinion: a small word model learned from the examples in `corpora/` when the
//! content loads, for the red flags that no phrasing and no rule foresaw.
//!
//! It is a naive Bayes model over the words of a message, the pairs of words next to each other
//! and the four-letter pieces of each word (so "andnöd", "andnod" and "andningen" share pieces).
//! Every red-flag category is one class and every benign and routing example is the class
//! "nothing". For each piece it keeps, per category, how much more often it occurs in that
//! category's examples than in the benign ones (a log ratio, capped at [`CAP`] so that no single
//! piece decides); a message's score for a category is the sum over its pieces. Above
//! [`THRESHOLD`] the model asks the safety question of its best category — it never gives the
//! emergency answer by itself and never lowers what the phrasings and rules decided.
//!
//! Training is counting: no randomness, no iteration, the same examples give the same model.
//! The cap and the threshold were chosen on held-out rounds 9–12 (docs/safety.md) before round
//! 13 measured them; the threshold was raised from 10 to 12 after round 14.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The most one piece adds to or takes from a score.
pub(crate) const CAP: f32 = 3.0;
/// The score above which the model asks the safety question.
pub(crate) const THRESHOLD: f32 = 12.0;
/// The score below which the model disagrees with a possible hit of the phrasings and rules,
/// which then asks nothing. Chosen on rounds 9–18, each scored by a model learned without that
/// round: no red flag with a possible hit scored below 0, while most needless ones scored below
/// -20.
pub(crate) const DISAGREE: f32 = -20.0;
/// The score below which the model disagrees with a certain hit, which then becomes the safety
/// question (never nothing). Stricter than [`DISAGREE`]: on the same rounds, needless certain
/// hits scored -33 to -73, while a real "my son drank dish soap, what is the number for poison
/// information" scores about -22.
pub(crate) const DISAGREE_CERTAIN: f32 = -30.0;
/// Additive smoothing of the counts.
const ALPHA: f64 = 0.5;
/// The length of a word piece, with `<` and `>` marking the word's ends.
const PIECE: usize = 4;
/// The most words of a message the model reads: the first half and the last half of this many.
/// A chat message is shorter; a pasted page does not cost milliseconds (the phrasings and rules
/// still read all of it).
const WORDS: usize = 160;

/// The pieces are FNV hashes already: the map uses them as they are.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is used; anything else is folded in, to stay correct.
        self.0 = bytes.iter().fold(self.0, |h, b| fnv(h, *b));
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type PieceMap<V> = HashMap<u64, V, BuildHasherDefault<Prehashed>>;

/// One example: its folded text and its categories (empty: nothing).
pub(crate) struct Example<'a> {
    pub(crate) text: &'a str,
    pub(crate) categories: &'a [usize],
}

/// The learned model: per piece, its capped log ratio for each category.
#[derive(Debug, Default)]
pub(crate) struct Model {
    ratios: PieceMap<Box<[f32]>>,
    /// The words that were seen, to say why in words (keyed like `ratios`).
    words: PieceMap<String>,
    categories: usize,
}

/// The model's opinion of one message.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Opinion {
    pub(crate) category: usize,
    pub(crate) score: f32,
    /// The words that weighed most for the category, with their weight.
    pub(crate) words: Vec<(String, f32)>,
}

impl Model {
    /// Learns from `examples`; `categories` is how many red-flag categories there are.
    pub(crate) fn train(examples: &[Example<'_>], categories: usize) -> Model {
        let none = categories;
        let mut counts: PieceMap<Vec<u32>> = PieceMap::default();
        let mut totals = vec![0u64; categories + 1];
        let mut words: PieceMap<String> = PieceMap::default();
        for example in examples {
            let pieces = pieces(example.text, Some(&mut words));
            let classes: Vec<usize> = if example.categories.is_empty() {
                vec![none]
            } else {
                example.categories.to_vec()
            };
            for &class in &classes {
                totals[class] += pieces.len() as u64;
                for &p in &pieces {
                    counts.entry(p).or_insert_with(|| vec![0; categories + 1])[class] += 1;
                }
            }
        }
        let vocabulary = counts.len() as f64;
        let log_p = |count: u32, class: usize| {
            ((f64::from(count) + ALPHA) / (totals[class] as f64 + ALPHA * vocabulary)).ln()
        };
        let ratios = counts
            .into_iter()
            .map(|(piece, count)| {
                let benign = log_p(count[none], none);
                let r: Box<[f32]> = (0..categories)
                    .map(|c| ((log_p(count[c], c) - benign) as f32).clamp(-CAP, CAP))
                    .collect();
                (piece, r)
            })
            .collect();
        words.retain(|_, w| !w.is_empty());
        Model {
            ratios,
            words,
            categories,
        }
    }

    /// Whether the model learned anything.
    pub(crate) fn is_empty(&self) -> bool {
        self.ratios.is_empty()
    }

    /// The score of one category: how much more the message looks like that category's examples
    /// than like the benign ones (negative: more like the benign).
    pub(crate) fn score(&self, folded: &str, category: usize) -> f32 {
        pieces(folded, None)
            .iter()
            .filter_map(|p| self.ratios.get(p)?.get(category))
            .sum()
    }

    /// The best category and its score when it is above [`THRESHOLD`].
    pub(crate) fn opinion(&self, folded: &str) -> Option<Opinion> {
        if self.is_empty() {
            return None;
        }
        let pieces = pieces(folded, None);
        let mut scores = vec![0f32; self.categories];
        for p in &pieces {
            if let Some(r) = self.ratios.get(p) {
                for (s, x) in scores.iter_mut().zip(r.iter()) {
                    *s += x;
                }
            }
        }
        // The first best in category order: the same message, the same answer.
        let (category, &score) = scores.iter().enumerate().fold(
            None,
            |best: Option<(usize, &f32)>, (c, s)| match best {
                Some((_, b)) if b >= s => best,
                _ => Some((c, s)),
            },
        )?;
        if score <= THRESHOLD {
            return None;
        }
        let mut words: Vec<(String, f32)> = pieces
            .iter()
            .filter_map(|p| Some((self.words.get(p)?.clone(), self.ratios.get(p)?[category])))
            .filter(|(_, w)| *w > 0.0)
            .collect();
        words.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        words.truncate(3);
        Some(Opinion {
            category,
            score,
            words,
        })
    }
}

/// The distinct pieces of a folded text: words, pairs of words, four-letter pieces of words,
/// of at most [`WORDS`] words. With `words`, remembers the text of each single word.
fn pieces(folded: &str, mut words: Option<&mut PieceMap<String>>) -> Vec<u64> {
    let mut tokens: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    if tokens.len() > WORDS {
        tokens.drain(WORDS / 2..tokens.len() - WORDS / 2);
    }
    let mut out = Vec::with_capacity(tokens.len() * 8);
    let mut marked: Vec<char> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let word = hash(b'w', &[t]);
        out.push(word);
        if let Some(words) = words.as_deref_mut() {
            words.entry(word).or_insert_with(|| (*t).to_owned());
        }
        if let Some(next) = tokens.get(i + 1) {
            out.push(hash(b'b', &[t, next]));
        }
        marked.clear();
        marked.push('<');
        marked.extend(t.chars());
        marked.push('>');
        let size = PIECE.min(marked.len());
        for w in marked.windows(size) {
            out.push(hash_chars(w));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a over a kind byte and the parts, separated: stable across runs and platforms.
fn hash(kind: u8, parts: &[&str]) -> u64 {
    let mut h = fnv(FNV_OFFSET, kind);
    for part in parts {
        h = part.bytes().fold(h, fnv);
        h = fnv(h, 0);
    }
    h
}

/// The hash of a piece of a word, as [`hash`] of kind `c` would give for its text.
fn hash_chars(piece: &[char]) -> u64 {
    let mut h = fnv(FNV_OFFSET, b'c');
    let mut buf = [0u8; 4];
    for c in piece {
        h = c.encode_utf8(&mut buf).bytes().fold(h, fnv);
    }
    fnv(h, 0)
}

fn fnv(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> Model {
        let ex = |text, categories| Example { text, categories };
        let examples = [
            ex("jag kan inte andas", &[0][..]),
            ex("hon far ingen luft och kan inte andas", &[0]),
            ex("han andas inte", &[0]),
            ex("pappa har ont i bröstet och armen", &[1]),
            ex("tryck över bröstet", &[1]),
            ex("jag vill boka tid", &[]),
            ex("ont i halsen sedan i går", &[]),
            ex("hur andas man lugnt när man mediterar", &[]),
        ];
        Model::train(&examples, 2)
    }

    #[test]
    fn pieces_of_words_carry_over_to_spellings_not_seen() {
        let m = model();
        let o = m
            .opinion("hjälp min son andas knappt, kan inte andas alls")
            .unwrap();
        assert_eq!(o.category, 0);
        assert!(o.score > THRESHOLD);
        assert!(o.words.iter().any(|(w, _)| w == "andas"), "{o:?}");
        assert_eq!(m.opinion("jag vill boka tid för halsen"), None);
    }

    #[test]
    fn the_same_examples_make_the_same_model() {
        let a = model().opinion("kan inte andas");
        for _ in 0..3 {
            assert_eq!(model().opinion("kan inte andas"), a);
        }
        assert!(Model::default().opinion("kan inte andas").is_none());
    }
}
